"""Targets of 主要指标 tables and the tasks around 专栏 boxes, on plans written in the forms of real 规划,
行动计划 and 实施方案 (tests/fixtures/tables/), each labelled by hand in <name>.expected.json before the
code read it.

A table target is one value cell: its span is the cell, its sentence the whole row. A label with
`"table": false` is a target read from a sentence (in a 专栏, in a task-division row): its metric is
matched as the evaluation matches metrics; everything else exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gongwen.evaluation import metrics_overlap
from gongwen.indicators.extract import extract_figures, extract_indicators
from gongwen.model import Indicator
from gongwen.tasks import extract_tasks
from tests.conftest import load_labelled
from tests.indicator_helpers import actuals, brief

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))
EXACT_FIELDS = ("value", "unit", "qualifier", "comparator", "target_year", "canonical_metric")


def load(name: str) -> tuple[str, dict]:
    return load_labelled("tables", name)


def same_target(text: str, found: Indicator, label: dict) -> bool:
    if text[found.char_start : found.char_end] != label["cell"]:
        return False
    if label["table"] and found.metric != label["metric"]:
        return False
    return metrics_overlap(found.metric, label["metric"]) and all(
        getattr(found, name) == label[name] for name in EXACT_FIELDS
    )


def line_holding(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def test_there_are_five_fixtures():
    assert len(NAMES) == 5


@pytest.mark.parametrize("name", NAMES)
def test_targets_are_the_labelled_ones(name):
    text, expected = load(name)
    found = extract_indicators(text, expected["doc_year"])
    unmatched = list(expected["indicators"])
    extra = []
    for indicator in found:
        label = next((label for label in unmatched if same_target(text, indicator, label)), None)
        if label is None:
            extra.append(indicator)
        else:
            unmatched.remove(label)
    assert (unmatched, extra) == ([], [])


@pytest.mark.parametrize("name", NAMES)
def test_a_table_target_reads_its_whole_row_as_its_sentence(name):
    text, expected = load(name)
    for indicator in extract_indicators(text, expected["doc_year"]):
        row = line_holding(text, indicator.char_start)
        if "\t" in row and "\t" not in indicator.sentence:
            continue  # a target in a task-division row is read from its clause
        if "\t" in row:
            assert indicator.sentence == row.strip()


@pytest.mark.parametrize("name", NAMES)
def test_tasks_are_the_labelled_ones_and_no_box_line_joins_them(name):
    text, expected = load(name)
    found = [
        {
            "path": task.path,
            "heading": task.heading,
            "units": [unit.unit for unit in task.units],
            "roles": [unit.role for unit in task.units],
            "lead_unit": task.units[0].unit if task.units else None,
            "deadline": task.deadline,
            "last_line": task.text.split("\n")[-1],
        }
        for task in extract_tasks(text)
    ]
    assert found == expected["tasks"]


def test_the_progress_column_of_a_task_table_states_actuals():
    # xiangshan-urban-management-q4-tasks-2024 (DOCX): the quarter's breakdown column sets targets, its
    # progress column says what was done
    text = ("相山区城管局2024年第四季度重点工作任务完成情况\n"
            "任务项\t重点工作内容\t牵头责任单位\t四季度任务分解\t四季度进展情况\t完成状况\n"
            "2\t深入推进生活垃圾分类工作。\t区环卫所\t开展生活垃圾分类宣传活动2次。\t"
            "开展区级生活垃圾分类宣传活动4次,召开联席会议1次。\t已完成\n")
    assert brief(text, 2024) == [("生活垃圾分类宣传活动", 2.0, "次", None, None)]
    assert actuals(text, 2024) == [("区级生活垃圾分类宣传活动", 4.0, "次", None, 2024), ("召开联席会议", 1.0, "次", None, 2024)]
    # shaoxing-keqiao-livelihood-progress-2023 (dev-dm): a progress column whose header says more than its progress
    text = ("序号\t工作任务\t责任单位\t进展情况、存在问题及下一步打算\n"
            "1\t新改扩建公办中小学校1所\t教体局\t进展情况:新建工程室内装修及安装工程完成80%,场外工程完成70%。\n")
    assert [row[:3] for row in brief(text, 2023)] == [("新改扩建公办中小学校", 1.0, "所")]


def test_a_progress_cell_s_actual_commits_to_nothing_whatever_words_stand_before_it():
    # shaoxing-sports-monthly-work-2024 (dev-gg): 累计拨付813万元 in the 工作完成情况 column (its gate holds an actual
    # to a neutral strength: a soft one stopped the corpus)
    text = ("工作安排\t工作完成情况(具体表述)\t牵头单位\n"
            "2.评选2023年度全市体育品牌赛事,完成2023年度体育产业发展专项引导资金拨付工作。\t完成2023年度绍兴市体育品牌赛事评选,"
            "共有19项赛事入选。完成2023年度绍兴市体育产业发展专项引导资金(第二批)拨付工作,累计拨付813万元。\t市体育局\n")
    figures = [f for f in extract_figures(text, None) if f.metric == "累计拨付"]
    assert [(f.metric, f.value, f.kind, f.strength) for f in figures] == [("累计拨付", 813.0, "actual", "neutral")]


def test_the_progress_cell_of_a_task_table_written_one_cell_a_line_states_actuals():
    # shaoxing-key-work-progress-2020: 序号 / 内容与要求 / 进展情况 / 责任单位, then each row's cells one a line
    text = ("市政府2020年重点工作一季度进展情况表\n序号\n内容与要求\n进展情况\n责任单位\n"
            "1\n持续推进重大项目攻坚,确保市县长项目落地率50%以上。\n市县长项目目前已安排36个项目,总投资882.1亿元。\n市发改委\n"
            "2\n确保规上工业增加值增长7%左右。\n1-2月,战略性新兴产业增加值占规上工业增加值比重为46.3%。\n市经信局\n")
    assert [row[:3] for row in brief(text, 2020)] == [("市县长项目落地率", 50.0, "%"), ("规上工业增加值增长", 7.0, "%")]
    assert [row[:3] for row in actuals(text, 2020)] == [
        ("项目", 36.0, "个"), ("总投资", 882.1, "亿元"), ("战略性新兴产业增加值占规上工业增加值比重", 46.3, "%")]


def test_a_row_s_cell_naming_a_progress_report_in_its_sentence_is_no_progress_column():
    # a 河长制 task table's row (dev-cd): 完成情况 inside a measure's text, the targets after it for 2020
    row = ("2\t严守用水效率控制红线\t落实用水效率评估体系,把节水目标任务完成情况纳入市、县级政府政绩考核内容。"
           "到2020年,全市万元国内生产总值用水量比2015年下降24%以上。\t市水利局\t市发展改革委")
    assert [(i.kind, i.value, i.target_year) for i in extract_figures(row, 2018)] == [("target", 24, 2020)]


def test_an_assessment_table_names_its_metric_in_the_考核内容_column():
    # zhoushan-shengsi-rural-revitalization-tasks-2021 (dev-db): 考核内容 / 单位 / 年度目标 of a county's task list
    text = ("考核项目\t序号\t考核指标\t考核内容\t单位\t年度目标\t责任部门\t评分部门\n"
            "农业高质高效\t1\t确保粮食和重要农产品有效供给\t农林牧渔业增加值增幅\t%\t≥2%\t县农业农村局\t市农业农村局\n"
            "农业高质高效\t9\t确保粮食和重要农产品有效供给\t水产品产量\t万吨\t42\t县农业农村局\t市海洋渔业局\n")
    assert [row[:3] for row in brief(text, 2021)] == [("农林牧渔业增加值增幅", 2.0, "%"), ("水产品产量", 42.0, "万吨")]


def test_an_estimated_value_column_is_the_base_not_a_target():
    # shaoxing-yuecheng-yearbook-plan-table-2022 (dev-ek): a 十三五 completion table, 2020年预计值 beside 2020年目标值
    text = ("“十三五”规划主要指标完成情况\n序号\t指标名称\t2020年目标值\t2020年预计值\t完成情况\n"
            "1\t全区生产总值(亿元)\t1000\t1008.5\t完成\n2\t人均生产总值(元)\t130000\t130913\t完成\n")
    # read in the years of the plan it reports on (十三五: 2016), where a column named by a later year is a target
    assert [(metric, value) for metric, value, *_ in brief(text, 2016)] == [("全区生产总值", 1000.0), ("人均生产总值", 130000.0)]
    assert [(metric, value) for metric, value, *_ in actuals(text, 2021)] == [("全区生产总值", 1008.5), ("人均生产总值", 130913.0)]


def test_a_target_divided_among_places_is_one_target_per_place_its_unit_in_the_line_above():
    # bayannur-linhe-wheat-tasks-2023 (dev-fs): 乡镇(农场) rows, a task column named by its year, 备注 left empty
    text = ("附件: 2023年临河区小麦种植任务分解表\n面积:万亩\n乡镇(农场)\t可种植面积\t2023年小麦任务面积\t备注\n"
            "八一乡\t8.44\t0.91\n白脑包镇\t32.01\t3.89\n合计\t209.43\n")
    assert brief(text, 2022) == [("八一乡2023年小麦任务面积", 0.91, "万亩", None, 2023),
                                 ("白脑包镇2023年小麦任务面积", 3.89, "万亩", None, 2023)]
    # a unit the line above does not give leaves the cells without one: none read
    assert brief(text.replace("面积:万亩", "面积:大约"), 2022) == []
