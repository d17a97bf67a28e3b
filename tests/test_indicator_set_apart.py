"""gongwen.indicators.wrapping: a page capture that sets a paragraph's words apart as well as its numbers
(each styled span on a line of its own) is read as one sentence until one ends."""

from gongwen.indicators.extract import extract_figures

# 深化蒙东电网新能源上网电价市场化改革实施方案 (内蒙古, 2025) as nyj.nmg.gov.cn's capture saved it.
_MENGDONG = ("东电力市场不断加快建设,坚决扛起市场化改革大旗不动摇,\n202\n4\n年\n市场交易新能源电量占\n比已达\n91\n%\n以上\n,\n为\n"
             "深化新能源上网电价市场化改革\n创造了\n坚实基础和有\n利\n条件。")


def test_a_figure_whose_words_were_set_apart_with_it_is_read():
    assert [(f.metric, f.value, f.unit, f.qualifier, f.kind, f.as_of_year) for f in extract_figures(_MENGDONG, 2025)] == [
        ("市场交易新能源电量占比", 91.0, "%", "以上", "actual", 2024)]


def test_a_paragraph_set_apart_ends_with_its_sentence():
    text = "全市新能源装机容量不断提升,全年新增风电光伏装机\n120\n万千瓦。\n到2027年新增新型储能装机50万千瓦以上。"
    assert [(f.value, f.unit, f.target_year) for f in extract_figures(text, 2025)] == [
        (120.0, "万千瓦", 2025), (50.0, "万千瓦", 2027)]
