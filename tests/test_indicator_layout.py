"""Targets of issue 9 whose text was laid out by a web page or a PDF rather than by its writer: figures set
apart on lines of their own (a page's styled spans copied as text), read whole, and the near misses the
joining must leave alone (numbered headings, a paragraph closed before the number, a cell list).

Sentences are from the development corpus (Shanxi's coal carbon-peak plan) as gongwen.normalize leaves them."""

from gongwen.indicators.extract import extract_indicators


def brief(text: str, doc_year: int | None = 2023) -> list[tuple]:
    """(metric, value, unit, qualifier, target_year, span) of each target, in text order."""
    return [
        (i.metric, i.value, i.unit, i.qualifier, i.target_year, text[i.char_start : i.char_end])
        for i in extract_indicators(text, doc_year)
    ]


_SET_APART = (
    "二、主要目标\n"
    "“十四五”时期,煤炭稳定供应能力显著增强,绿色低碳发展水平持续提高,单位产品能耗有效降低。到\n"
    "2025\n年,矿井吨原煤生产综合能耗比\n2020\n年下降\n10%\n以上,煤矿瓦斯抽采利用率力争达到\n50%\n。\n"
    "三、重点任务"
)


def test_figures_set_apart_on_lines_of_their_own_are_read_with_their_sentence():
    assert brief(_SET_APART) == [
        ("矿井吨原煤生产综合能耗下降", 10.0, "%", "以上", 2025, "10%\n以上"),
        ("煤矿瓦斯抽采利用率", 50.0, "%", None, 2025, "50%"),
    ]


def test_the_sentence_of_a_figure_set_apart_keeps_its_line_breaks():
    sentences = [i.sentence for i in extract_indicators(_SET_APART, 2023)]
    assert sentences[1] == "到\n2025\n年,矿井吨原煤生产综合能耗比\n2020\n年下降\n10%\n以上,煤矿瓦斯抽采利用率力争达到\n50%"


def test_scraps_set_apart_with_a_number_join_its_sentence():
    # 120 万吨 / 年的煤矿 read whole is a threshold of a class (…年的煤矿), not 120 万吨 cut short.
    text = "有序释放先进产能,提高供给体系质量。停止核准新建和改扩建后产能低于\n120\n万吨\n/\n年的煤矿。"
    assert brief(text) == []


def test_an_output_per_year_is_one_unit():
    text = "到2025年,原油产量超过1800万吨/年、天然气产量达到100亿立方米/年左右。"
    assert brief(text) == [
        ("原油产量", 1800.0, "万吨/年", "超过", 2025, "超过1800万吨/年"),
        ("天然气产量", 100.0, "亿立方米/年", "左右", 2025, "100亿立方米/年左右"),
    ]


def test_a_numbered_heading_after_a_bare_number_is_not_joined():
    text = "到2025年,大型煤矿全部达到绿色矿山标准,力争建成\n3\n个国家级绿色矿业发展示范区\n1.\n推进全域绿色矿山建设工作。"
    assert [(metric, value, unit) for metric, value, unit, *_ in brief(text)] == [
        ("国家级绿色矿业发展示范区", 3.0, "个")
    ]


def test_a_number_after_a_closed_paragraph_stays_on_its_own():
    text = "到2025年,大型煤矿全部达到绿色矿山标准。\n3\n个国家级绿色矿业发展示范区"
    assert brief(text) == []
