"""What a supervision office opens: 任务台账.xlsx and csv/<table>.csv in every release, from the samples."""

from __future__ import annotations

import openpyxl
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from warehouse.exports import flat_frame
from warehouse.registry import PUBLISHED_TABLES
from warehouse.workbook import (
    HEADERS,
    TRACKING_HEADERS,
    WORKBOOK_NAME,
    sheet_name,
    target_text,
    write_workbook,
)

CHENZHOU = "郴州市深入推进以人为本的新型城镇化战略五年行动计划实施方案"


@pytest.fixture(scope="module")
def release(samples_run):
    _, home, _ = samples_run
    return (home / "published").resolve()


@pytest.fixture(scope="module")
def book(release):
    return openpyxl.load_workbook(release / WORKBOOK_NAME)


def _rows(sheet) -> list[dict]:
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_workbook_has_every_sheet_with_the_ledger_columns(book, release):
    documents = pl.read_parquet(release / "core_documents.parquet")
    assert book.sheetnames[:6] == [
        "全部任务",
        "2021年湖南省新型城镇化工作要点",
        "湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案",
        "贵州省落实以人为本的新型城镇化战略五年行动计划实施方案（202",
        CHENZHOU,
        "浏阳市深入实施以人为本的新型城镇化战略五年行动计划试点工作方案",
    ]
    assert documents.height == 5
    assert all(name.startswith("牵头·") for name in book.sheetnames[6:-1])
    assert book.sheetnames[-1] == "目标跟踪"
    for sheet in book.worksheets[:-1]:
        assert [cell.value for cell in sheet[1]] == list(HEADERS)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:J{max(sheet.max_row, 2)}"
        assert sheet.column_dimensions["B"].width > 50
        assert sheet["B2"].alignment.wrap_text
        # Every cell of the table is bordered, the empty ones an office fills in too.
        [frame] = [(str(cf.sqref), [rule.type for rule in cf.rules]) for cf in sheet.conditional_formatting]
        assert frame == (f"A2:J{max(sheet.max_row, 2)}", ["notContainsErrors"])


def test_all_tasks_sheet_holds_exactly_the_tasks_of_core_tasks(book, release):
    tasks = pl.read_parquet(release / "core_tasks.parquet")
    rows = _rows(book["全部任务"])
    assert len(rows) == tasks.height == 109
    assert sorted(row["任务编号"] for row in rows) == sorted(tasks["task_id"])
    assert [row["序号"] for row in rows] == list(range(1, 110))
    assert all(row["进展情况"] is None and row["完成状态"] is None for row in rows)


def test_a_document_sheet_reads_like_the_plan(book):
    rows = _rows(book[CHENZHOU])  # 排名第一的为牵头单位: its first-named units really lead
    assert len(rows) == 24
    first = rows[0]
    assert first["序号"] == 1
    assert first["重点任务"].startswith("健全常住地提供基本公共服务制度。适时调整并增加常住人口可享有")
    assert first["牵头单位"] == "市公安局"
    assert first["配合单位"] == "市发改委、市自然资源和规划局、各县市区人民政府"
    assert first["来源文件 · 文号 · 条款"] == f"{CHENZHOU} · 2.1.1"
    assert first["任务编号"] == "279126e6dcad1c31-1"
    assert rows[8]["量化目标"] == "中心城区首位度 35%"


def test_a_task_lists_every_target_of_its_text(book):
    [row] = [row for row in _rows(book["全部任务"]) if row["任务编号"] == "0b640726cbb1f0c0-2"]
    assert row["重点任务"].startswith("促进转移人口稳定就业。开展稳企拓岗助就业行动")
    assert row["量化目标"] == (
        "新增城镇就业 6.8万人；农村劳动力转移就业 2.5万人；职业技能培训 9000人次；创业培训 8000人次；"
        "新发放创业担保贷款 1亿元以上"
    )


def test_the_provincial_plan_cites_its_document_number(book):
    first = _rows(book["湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案"])[0]
    assert first["来源文件 · 文号 · 条款"].split(" · ")[1] == "湘政发〔2024〕15号"


def test_each_department_sheet_holds_the_tasks_its_department_leads(book, release):
    units = pl.read_parquet(release / "core_task_units.parquet")
    tasks = pl.read_parquet(release / "core_tasks.parquet")
    department_of = {(t, u): d or u for t, u, d in units.select("task_id", "unit", "department").iter_rows()}
    led = 0
    for name in book.sheetnames[6:-1]:
        rows = _rows(book[name])
        led += len(rows)
        assert {department_of[row["任务编号"], row["牵头单位"]] for row in rows} == {name.removeprefix("牵头·")}
    assert led == tasks.filter(pl.col("lead_unit").is_not_null()).height


def test_the_same_tables_give_the_same_workbook_bytes(release, tmp_path):
    first = write_workbook(release, tmp_path / "a.xlsx")
    second = write_workbook(release, tmp_path / "b.xlsx")
    assert first.read_bytes() == second.read_bytes()


def test_a_list_longer_than_a_sheet_goes_on_over_numbered_sheets(release, tmp_path, monkeypatch):
    monkeypatch.setattr("warehouse.workbook.ROWS_PER_SHEET", 50)  # Excel's is 1,048,575 under the header
    book = openpyxl.load_workbook(write_workbook(release, tmp_path / "paged.xlsx"))
    pages = [_rows(book[name]) for name in ("全部任务", "全部任务(2)", "全部任务(3)")]
    assert [len(rows) for rows in pages] == [50, 50, 9]
    assert [row["序号"] for rows in pages for row in rows] == list(range(1, 110))


def test_sheet_names_are_cut_cleaned_and_made_unique():
    taken: set[str] = set()
    assert sheet_name("牵头·省发改委/省财政厅[暂定]", taken) == "牵头·省发改委_省财政厅_暂定_"
    long_title = "郴州市深入推进以人为本的新型城镇化战略五年行动计划实施方案（征求意见稿）"
    assert sheet_name(long_title, taken) == long_title[:31]
    assert sheet_name(long_title, taken) == long_title[:28] + "(2)"


def test_a_target_keeps_its_qualifier_where_the_text_puts_it():
    after = {"左右", "以上"}
    assert target_text("常住人口城镇化率", 64.0, "%", "左右", after) == "常住人口城镇化率 64%左右"
    assert target_text("高频服务", 7.0, "项", "不少于", after) == "高频服务 不少于7项"
    assert target_text("保障性租赁住房开工", 4.35, "万套", None, after) == "保障性租赁住房开工 4.35万套"


@pytest.mark.parametrize("table", PUBLISHED_TABLES)
def test_every_published_table_has_a_csv_with_a_bom_that_round_trips(release, table):
    path = release / "csv" / f"{table}.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    expected = flat_frame(pl.read_parquet(release / f"{table}.parquet"))
    assert_frame_equal(pl.read_csv(path, schema_overrides=expected.schema), expected)


def test_list_columns_are_joined_with_the_enumeration_comma(release):
    text = (release / "csv" / "core_tasks.csv").read_text(encoding="utf-8-sig")
    assert "市工业和信息化局、市人力资源社会保障局、市农业农村局、市退役军人局" in text


NINGXIA = "2026年宁夏回族自治区政府工作报告"
HENAN = "2026年河南省政府工作报告"


def test_the_tracking_sheet_sets_each_target_beside_its_latest_actual(samples_field_run):
    """目标跟踪 on the samples and the field reports: Ningxia's and Henan's urbanization and new urban jobs."""
    _, home, _ = samples_field_run
    sheet = openpyxl.load_workbook(home / "published" / WORKBOOK_NAME)["目标跟踪"]
    assert [cell.value for cell in sheet[1]] == list(TRACKING_HEADERS) == [
        "指标", "区域", "目标值", "单位", "目标年份", "最新实际值", "实际年份", "差距", "每年所需进度", "已实现进度",
        "状态", "来源文件"]
    assert sheet.freeze_panes == "A2"
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True)
            if row[0] in ("常住人口城镇化率", "新增城镇就业") and row[1] in ("宁夏回族自治区", "河南省")]
    assert rows == [
        ("常住人口城镇化率", "宁夏回族自治区", 69.5, "%", 2026, 69.1, 2025, 0.4, 0.4, None, "进度落后 behind", NINGXIA),
        ("常住人口城镇化率", "宁夏回族自治区", 71, "%", 2030, 69.1, 2025, 1.9, 0.38, None, "进度落后 behind", NINGXIA),
        ("常住人口城镇化率", "河南省", 65, "%", 2030, 60, 2025, 5, 1, None, "进度落后 behind", HENAN),
        ("新增城镇就业", "宁夏回族自治区", 82000, "人", 2026, 85500, 2025, -3500, 82000, 85500, "进度正常 on track",
         NINGXIA),
        ("新增城镇就业", "河南省", 1100000, "人", 2026, 1217000, 2025, -117000, 1100000, 1217000, "进度正常 on track",
         HENAN),
        ("新增城镇就业", "河南省", 5000000, "人", 2030, 1217000, 2025, 3783000, 1000000, 1217000, "进度正常 on track",
         HENAN),
    ]
    assert sheet.max_row - 1 == pl.read_parquet(home / "published" / "out_target_tracking.parquet").height
