"""Office formats read into lines: PDF paragraphs re-joined, Word list numbering written back, HTML table
cells merged down carried into each row, a page's body carried twice (in a script) read once."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pypdfium2
import pytest

from gongwen.reading import placed_lines
from gongwen.reading.docx import Numbering, _Level, chinese_counting, format_number, read_docx
from gongwen.reading.html import read_html
from gongwen.reading.pdf import NoTextLayer, _page_lines, read_pdf
from gongwen.reading.placed_lines import PlacedLine, right_margin

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def jinan_pdf_lines():
    return read_pdf((FORMATS / "jinan-employment-2025.pdf").read_bytes()).split("\n")


def test_pdf_keeps_the_red_header_and_the_doc_number_as_lines_of_their_own(jinan_pdf_lines):
    assert jinan_pdf_lines[:3] == [
        "济南市人民政府办公厅文件",
        "济政办字〔2025〕9号",
        "济南市人民政府办公厅关于印发济南市促进高校毕业生等青年就业创业若干措施的通知",
    ]


def test_pdf_drops_running_heads_and_page_numbers(jinan_pdf_lines):
    assert jinan_pdf_lines.count("济南市人民政府办公厅文件") == 1
    assert [line for line in jinan_pdf_lines if "—" in line and len(line) < 8] == []


def test_pdf_joins_a_paragraph_wrapped_over_a_page_break_and_keeps_a_line_starting_with_a_decimal(jinan_pdf_lines):
    assert "（2）实施“三支一扶”计划，招募高校毕业生到基层服务。" in jinan_pdf_lines
    assert "1.5万个基层就业岗位在2025年6月底前完成招聘。（责任单位：市人力资源社会保障局、市教育局、市卫生健康委）" in jinan_pdf_lines
    assert jinan_pdf_lines[10].endswith("城镇调查失业率控制在5.5%以内。")


def test_pdf_keeps_a_right_aligned_signature_and_date_apart(jinan_pdf_lines):
    assert jinan_pdf_lines[5:8] == ["济南市人民政府办公厅", "2025年4月21日", "（此件公开发布）"]


def test_pdf_lines_are_measured_where_the_pdf_places_characters_not_by_installed_fonts():
    # The fixture's body is set in 16 pt, its title in 22 pt (SOURCES.md). Character boxes measure the font PDFium
    # substitutes for one not embedded (14.6 pt here without CJK fonts installed, 16.6 with the Noto CJK fonts),
    # so the same PDF read differently from one machine to the next; the step between characters does not.
    document = pypdfium2.PdfDocument((FORMATS / "jinan-employment-2025.pdf").read_bytes())
    lines = {line.text: line for line in _page_lines(document[0], 0)}
    assert round(lines["一、工作目标"].size, 1) == 16.0
    assert round(lines["施"].size, 1) == 22.0  # a line of one character: the size the PDF sets, in the page's steps
    body = lines["以上，城镇新增就业18万人，城镇调查失业率控制在5.5%以"]
    assert 442 <= body.right - body.left <= 443  # from the first character to the end of the last: the text width


def test_a_scanned_pdf_has_no_text_layer():
    with pytest.raises(NoTextLayer):
        read_pdf((FORMATS / "jinan-employment-2025-scan.pdf").read_bytes())


def test_chinese_counting_is_written_as_word_writes_it():
    assert [chinese_counting(n) for n in (1, 10, 11, 20, 21, 99, 100, 105, 110)] == [
        "一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十"]


def test_number_formats_of_word_lists():
    assert [format_number(12, f) for f in ("decimal", "ideographDigital", "decimalEnclosedCircle", "lowerLetter",
                                           "upperRoman", "decimalFullWidth", "bullet")] == [
        "12", "一二", "⑫", "l", "XII", "１２", ""]


def test_list_counters_restart_below_a_higher_level_and_honour_a_start_override():
    numbering = Numbering(levels={"3": {0: _Level(1, "chineseCounting", "%1、"),
                                        1: _Level(1, "chineseCounting", "（%2）"),
                                        2: _Level(1, "decimal", "%3.")}},
                          starts={("3", 0): 2})
    labels = [numbering.label("3", level) for level in (0, 1, 2, 2, 1, 0, 1, 2)]
    assert labels == ["二、", "（一）", "1.", "2.", "（二）", "三、", "（一）", "1."]


def test_docx_numbering_is_written_back_and_tables_are_rows_of_cells():
    lines = read_docx((FORMATS / "jingmen-rural-living-2025.docx").read_bytes()).split("\n")
    assert lines[7] == "一、工作目标"
    assert lines[-2:] == ["（一）加强组织领导。各县(市、区)要落实主体责任。",
                          "（二）强化考核督办。将农村人居环境整治提升纳入乡村振兴实绩考核。"]
    assert lines[18] == "2\t加快推进农村生活污水治理。新增完成治理行政村60个。\t市生态环境局\t市住房城乡建设局\t2025年12月"


def _docx_with_rows(rows: list[list[list[str]]]) -> bytes:
    """A DOCX of one table, each cell given as its paragraphs."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, paragraphs in zip(row.cells, cells, strict=True):
            cell.text = paragraphs[0]
            for paragraph in paragraphs[1:]:
                cell.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_figures_one_a_paragraph_in_their_cells_are_sub_rows():
    # weizhi-education-indicators-undated (dev-cg): 其中 rows of an indicator table kept in one Word row
    data = _docx_with_rows([
        [["4.标准班额比例(%)", "其中:小学", "初中"], ["34.52%", "77.34%"], ["80%以上", "85%以上"], ["预期性"]],
        [["1.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)"], ["97.74%", "49.85%"], ["100%", "50%"], ["预期性"]],
        # a task's units one a paragraph are no figures: the row stays one line
        [["1"], ["推进老旧小区改造。"], ["市住建局", "市财政局"], ["2025年底"]],
    ])
    assert read_docx(data).split("\n") == [
        "4.标准班额比例(%)其中:小学\t34.52%\t80%以上\t预期性",
        "初中\t77.34%\t85%以上\t预期性",
        "1.幼儿教师专科及以上学历比例(%)\t97.74%\t100%\t预期性",
        "其中:本科及以上学历比例(%)\t49.85%\t50%\t预期性",
        "1\t推进老旧小区改造。\t市住建局市财政局\t2025年底",
    ]


PAGE = """<html><head><title>荆门</title></head><body><div class="article">
<p>重点任务分工表</p>
<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>扎实推进农村厕所革命。</td><td rowspan="2">市农业农村局</td><td>/</td><td rowspan="2">2025年12月</td></tr>
<tr><td>2</td><td>整治提升村容村貌。</td><td>市自然资源和规划局</td></tr></table></div>
<script>var pageData = {"content":"\\u003cp\\u003e重点任务分工表\\u003c/p\\u003e\\u003ctable\\u003e\\u003ctr\\u003e\\u003ctd\\u003e1\\u003c/td\\u003e"};</script>
</body></html>"""


def test_html_cells_merged_down_carry_their_value_into_each_row_and_a_script_copy_is_not_read():
    assert read_html(PAGE).text.split("\n") == [
        "重点任务分工表",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t扎实推进农村厕所革命。\t市农业农村局\t/\t2025年12月",
        "2\t整治提升村容村貌。\t市农业农村局\t市自然资源和规划局\t2025年12月",
    ]


def _pdf_lines(rows: list[tuple[float, float, str]], size: float = 11.0) -> list[PlacedLine]:
    return [PlacedLine(text, left, right, size, 0) for left, right, text in rows]


# 广州市关于推进人才集聚工程的实施意见 (2012), as PDFium measures its lines: justified lines stop between 556 and
# 566 points, one runs to 576.
_TALENT_LINES = [
    (81, 559, "1.目标。2012年起5年内，大力实施“产业提升、科技创新、城乡一体、文化引领、民生幸"),
    (57, 561, "福、国际交流”六大人才行动计划，着力构建“交流培养、创新创业、服务保障”三大人才开发"),
    (57, 105, "力支持。"),
    (81, 566, "2.战略性主导产业紧缺人才开发项目。5年内市、区（县级市）两级在战略性主导产业领域重"),
    (57, 556, "的紧缺人才，分2年给予政府安家补助；对战略性主导产业领域企业现有的紧缺人才，5年内享"),
    (57, 561, "受政府薪酬补贴。"),
    (57, 576, "“国际人才港”，为人才强市和新型城市化发展提供坚实的人才保证和智力支持。"),
    (57, 560, "点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才。对战略性主导产业领域企业引进"),
    (57, 561, "升级紧缺的专业技术人才，着力打造一支门类齐全、技艺精湛的高技能人才队伍，实施如下重点"),
    (57, 93, "项目："),
]


def test_pdf_right_margin_is_where_most_lines_end_not_the_widest_line():
    assert right_margin([right for _, right, _ in _TALENT_LINES]) == 566


def test_pdf_lines_stopping_a_little_short_of_the_margin_are_still_wrapped():
    paragraphs = placed_lines.paragraphs(_pdf_lines(_TALENT_LINES[:6]))
    assert [p[:9] for p in paragraphs] == ["1.目标。2012", "2.战略性主导产业"]
    assert paragraphs[1].endswith("5年内享受政府薪酬补贴。")


def test_pdf_a_line_stopping_well_short_of_the_margin_ends_its_paragraph():
    paragraphs = placed_lines.paragraphs(_pdf_lines([(57, 300, "培养一批具有开拓创新精神的优秀企业家"), _TALENT_LINES[8]]))
    assert len(paragraphs) == 2


# yueyang-xiangyin-economic-push-plan-2025 (dev-es), as PDFium measures it: 28 characters a line whatever their width,
# so a line of digits and Latin commas stops short of the margin (478.6) though it runs on; a title, a 文号 and a source
# line stop short of it too and end their line (tianzhen, shenzhen: set in the same size).
_COUNTED_LINES = [
    (100, 478.6, "——改革开放活力充分释放。各领域改革任务加快推进,积"),
    (70, 478.6, "极推动重点改革事项取得标志性成果,服务和融入全国统一大市"),
    (70, 446.3, "场建设取得积极进展;利用2025湖南内外贸一体化融合发展"),
    (70, 451.0, "博览会平台载体,推动外贸保稳提质,外贸实绩企业达20家以"),
    (70, 257.5, "上,进出口总额增长8%左右。"),
    (100, 442.7, "天镇县人民政府关于做好2025年安全生产工作的通知"),
    (70, 194.6, "天政发〔2025〕1号"),
    (70, 420.0, "2022-05-11 08:37:56出处:深圳商报"),
    (70, 479.0, "日,深圳市印发了《深圳市卫生健康事业发展“十四五”规划》。"),
]


def test_pdf_a_line_of_prose_set_by_characters_counts_its_narrow_ones_as_the_room_they_leave():
    paragraphs = placed_lines.paragraphs(_pdf_lines(_COUNTED_LINES, size=15.0))
    assert paragraphs[0].endswith("融合发展博览会平台载体,推动外贸保稳提质,外贸实绩企业达20家以上,进出口总额增长8%左右。")
    assert paragraphs[1:] == [text for _, _, text in _COUNTED_LINES[5:]]


def test_a_docx_export_headed_by_a_field_block_gives_its_hints(tmp_path):
    # dev-u's 保定 2026 report digest: a scraper's 标题/发文单位/发文时间 block above the text, saved as DOCX
    import io

    import docx

    from tests.reading_helpers import read_one

    document = docx.Document()
    for line in ("标题：2026年保定市政府工作报告", "发文单位：保定市人民政府", "发文时间：未知",
                 "来源URL：http://kjj.baoding.gov.cn/info_show.asp?infoid=12114", "正文：",
                 "本报讯 2月4日，市长在市十六届人大七次会议上作政府工作报告。"):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    record = read_one(tmp_path, "baoding.docx", data.getvalue())
    assert (record.hints["title"], record.hints["issuer"], record.hints["source_url"]) == (
        "2026年保定市政府工作报告", "保定市人民政府", "http://kjj.baoding.gov.cn/info_show.asp?infoid=12114")
