"""gongwen.normalize.wrap_spaces: the spaces a PDF's text layer leaves where a paragraph's lines wrapped go;
spaces between fields and names stay. Lines from national-medical-fund-supervision-2023 (国办发〔2023〕17号),
as a PDF-to-text tool left them (every line of the page 30 characters wide)."""

from gongwen.metadata.doc_numbers import find_doc_number
from gongwen.normalize.clean import clean_text
from gongwen.normalize.wrap_spaces import join_wrap_spaces

WRAPPED = (
    "医疗保障基金（以下简称医保基金）是人民群众的“看病钱”、“救 命钱”。加强医保基金使用常态化监管，对保障医保基金安全运行、 "
    "提高基金使用效率、规范医疗服务行为、减轻群众看病就医负担具有 重要意义。为进一步贯彻落实党中央、国务院决策部署，扎实推进医 "
    "保基金使用常态化监管工作，经国务院同意，现提出以下意见。\n"
    "（一）强化医保行政部门监管责任。县级以上医保行政部门负责基金 使用常态化监管工作的组织实施。国家医保局负责监督指导全国医保 "
    "基金使用常态化监管工作，省级医保行政部门负责本行政区域内医保 基金使用常态化监管工作的统筹协调。\n"
    "（二）夯实定点医药机构自我管理主体责任。定点医药机构要切实落 实自我管理主体责任。\n"
    "国务院办公厅\n2023年5月26日\n"
)


def test_spaces_where_the_lines_wrapped_go_and_nothing_else_moves():
    joined, removed = join_wrap_spaces(WRAPPED)
    assert removed == 8 and " " not in joined
    assert "“救命钱”" in joined and "省级医保行政部门负责本行政区域内医保基金使用" in joined
    assert joined.replace("\n", "") == WRAPPED.replace(" ", "").replace("\n", "")


def test_a_text_whose_spaces_come_at_no_one_width_keeps_them():
    fields = ("区发改委 区财政局\n国家发展改革委 国家能源局关于做好工作的通知\n办公室 2025年3月12日印发\n"
              "市住房城乡建设管理委 市规划资源局 市财政局\n")
    assert join_wrap_spaces(fields) == (fields, 0)
    two_lines = WRAPPED.split("扎实推进医")[0]  # two wraps alone are too few to tell a page's width
    assert join_wrap_spaces(two_lines) == (two_lines, 0)


def test_clean_text_flags_the_join():
    assert "wrap_spaces_removed:8" in clean_text(WRAPPED).flags


def test_a_number_in_brackets_under_the_title_is_the_documents_own():
    lines = ["关于加强医疗保障基金使用常态化监管的实施意见", "(国办发〔2023〕17 号)", "各省、自治区、直辖市人民政府:"]
    assert find_doc_number(lines, lines[0]) == "国办发〔2023〕17号"
