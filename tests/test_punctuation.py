"""Display form: the text columns carry Chinese punctuation full-width, one character for one."""

from __future__ import annotations

from gongwen.evaluation import normalize_text
from gongwen.normalize import clean_text, to_gongwen_punctuation


def test_comma_between_chinese_characters_is_full_width():
    assert to_gongwen_punctuation("到2025年,全市常住人口城镇化率达到62%") == "到2025年，全市常住人口城镇化率达到62%"


def test_semicolon_and_colon_next_to_chinese_are_full_width():
    assert to_gongwen_punctuation("责任单位:市发展改革委;市财政局") == "责任单位：市发展改革委；市财政局"


def test_question_and_exclamation_marks_next_to_chinese_are_full_width():
    assert to_gongwen_punctuation("如何落实?必须落实!") == "如何落实？必须落实！"


def test_brackets_around_chinese_are_full_width_with_their_colon():
    assert to_gongwen_punctuation("推进户籍制度改革。(责任单位:市公安局)") == "推进户籍制度改革。（责任单位：市公安局）"


def test_chinese_ordinal_brackets_are_full_width():
    assert to_gongwen_punctuation("(一)有序放开城市落户限制") == "（一）有序放开城市落户限制"


def test_digit_ordinal_brackets_next_to_chinese_are_full_width():
    assert to_gongwen_punctuation("(1)加强组织领导") == "（1）加强组织领导"


def test_latin_in_brackets_beside_chinese_is_kept_inside_full_width_brackets():
    assert to_gongwen_punctuation("细颗粒物(PM2.5)浓度下降") == "细颗粒物（PM2.5）浓度下降"


def test_brackets_between_latin_letters_stay():
    assert to_gongwen_punctuation("f(x) = 2x") == "f(x) = 2x"


def test_decimal_point_and_ordinal_point_stay():
    assert to_gongwen_punctuation("1.PM2.5平均浓度降至35微克/立方米") == "1.PM2.5平均浓度降至35微克/立方米"


def test_ratio_between_digits_stays():
    assert to_gongwen_punctuation("比例尺1:1000地形图") == "比例尺1:1000地形图"


def test_comma_between_latin_and_digits_stays():
    assert to_gongwen_punctuation("建成5G,IPv6网络") == "建成5G,IPv6网络"


def test_straight_quotes_around_chinese_become_curly_pairs():
    assert to_gongwen_punctuation('深化"放管服"改革,优化"一网通办"') == "深化“放管服”改革，优化“一网通办”"


def test_straight_quotes_around_latin_stay():
    assert to_gongwen_punctuation('代码"ABC"有效') == '代码"ABC"有效'


def test_comma_after_a_full_width_bracket_is_full_width():
    assert to_gongwen_punctuation("(2024-2026年),全面推进") == "（2024-2026年），全面推进"


def test_full_width_letters_and_digits_of_the_source_stay_half_width():
    clean = clean_text("到２０２５年，建成ＰＭ２．５监测站（一）").text
    assert to_gongwen_punctuation(clean) == "到2025年，建成PM2.5监测站（一）"


def test_conversion_keeps_every_character_in_place():
    text = '一、总体要求\n(一)指导思想。坚持"两个毫不动摇",推进1:1配套(责任单位:市发改委)'
    shown = to_gongwen_punctuation(text)
    assert shown == "一、总体要求\n（一）指导思想。坚持“两个毫不动摇”，推进1:1配套（责任单位：市发改委）"
    assert len(shown) == len(text)


def test_none_and_text_without_ascii_punctuation_pass_through():
    assert (to_gongwen_punctuation(None), to_gongwen_punctuation("全面推进乡村振兴。")) == (None, "全面推进乡村振兴。")


def test_evaluation_matches_gold_written_in_either_punctuation():
    assert normalize_text("深化“放管服”改革（一）：") == normalize_text('深化"放管服"改革(一):')
    # a range's dash and a title's angle brackets as the page prints them (dingxi: 2021—2035 and 2021-2035)
    assert normalize_text("定西市新型城镇化规划(2021—2035年)") == normalize_text("定西市新型城镇化规划（2021-2035年）")
    assert normalize_text("2020年市〈政府工作报告〉") == normalize_text("2020年市<政府工作报告>") == normalize_text(
        "2020年市《政府工作报告》")
    assert normalize_text("2021—2035年") != normalize_text("2021、2035年")
