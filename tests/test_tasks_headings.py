"""gongwen.tasks.headings: the lead phrase of an item's first line, and of a table cell."""

from gongwen.tasks.extract import extract_tasks
from gongwen.tasks.headings import cell_lead_phrase, lead_phrase
from gongwen.vocabulary import MAX_HEADING_CHARS


def test_lead_phrase_stops_at_the_first_sentence():
    assert lead_phrase("健全常住地提供基本公共服务制度。适时调整…") == "健全常住地提供基本公共服务制度"
    assert lead_phrase("实施新一轮农业转移人口市民化行动") == "实施新一轮农业转移人口市民化行动"


def test_a_colon_does_not_end_the_lead_phrase():
    assert lead_phrase("公共课：农业政策与法规、农产品市场与营销、农业信息等。学员可选修。") == (
        "公共课：农业政策与法规、农产品市场与营销、农业信息等")
    assert lead_phrase("目标任务：到2025年，全市常住人口城镇化率达到60%。") == "目标任务：到2025年，全市常住人口城镇化率达到60%"


def test_a_cell_loses_the_ordinal_its_text_opens_with():
    assert cell_lead_phrase("1. 进一步强化医疗机构分类投放管理责任人责任，丰富宣传告知形式。") == (
        "进一步强化医疗机构分类投放管理责任人责任，丰富宣传告知形式")
    assert cell_lead_phrase("1、完善沿街商铺分类收集模式，优化上门收集和废物箱清运频次。") == (
        "完善沿街商铺分类收集模式，优化上门收集和废物箱清运频次")


def test_a_cell_opening_with_a_number_that_is_no_ordinal_keeps_it():
    assert cell_lead_phrase("2025年底前完成老旧小区改造。") == "2025年底前完成老旧小区改造"
    assert cell_lead_phrase("1.5万户居民完成分类投放。") == "1.5万户居民完成分类投放"


# A web page's inline spans one a line: the ordinal alone (`2` / `.`), headings written as sentences.
_SPAN_LINES = """二、全面构建安全可靠的能源供应体系
（一）提升能源供应保障能力。
1
.
加强
油气供应保障。
加大南海油气资源勘探开发力度，争取实现油气资源增储上产。
2
.
做好煤炭供应保障。
加强与国内煤炭主产省区衔接合作，保障煤炭长期稳定供应。
3
.
加强能源储备能力建设。
建立以港口公共煤炭储运和电厂等大型用煤企业自有储备相结合的煤炭储备体系。
（二）完善能源输送网络。
1
.
加强电网建设。
稳步推进全省电网目标网架建设。
2
.
促进
新型储能
发展。
推动新型储能与新能源协同发展。
3
.
加强油气管道建设。
加快油气管网基础设施规划建设。
"""


def test_a_heading_a_web_page_broke_into_spans_is_read_whole():
    assert [t.heading for t in extract_tasks(_SPAN_LINES)] == [
        "加强油气供应保障", "做好煤炭供应保障", "加强能源储备能力建设", "加强电网建设", "促进新型储能发展", "加强油气管道建设"]


def test_a_heading_on_its_ordinals_line_does_not_take_the_sentence_below():
    text = _SPAN_LINES.replace("1\n.\n加强\n油气供应保障。", "1.油气供应保障\n坚持系统谋划。")
    assert extract_tasks(text)[0].heading == "油气供应保障"


def test_a_document_whose_headings_are_no_sentences_keeps_the_first_span():
    text = _SPAN_LINES
    for heading in ("做好煤炭供应保障", "加强能源储备能力建设", "加强电网建设", "加强油气管道建设"):
        text = text.replace(f"{heading}。", heading)
    assert [t.heading for t in extract_tasks(text)][:2] == ["加强", "做好煤炭供应保障"]


def test_a_first_sentence_too_long_for_a_heading_ends_at_its_last_clause_within_the_bound():
    # The State Council's division of its report opens an item with one sentence of 330 characters.
    clauses = [f"坚持第{i}项重点工作的基本要求" for i in range(1, 31)]  # 14 or 15 characters each
    sentence = "，".join(clauses) + "。下一句。"
    heading = lead_phrase(sentence)
    assert len(heading) <= MAX_HEADING_CHARS < len(sentence.split("。")[0])
    assert sentence.startswith(heading + "，") and heading.endswith("基本要求")
