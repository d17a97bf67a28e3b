"""parse_number: Arabic, Chinese and mixed numerals as targets write them; split_magnitude: 万/亿 apart."""

import pytest

from gongwen.text.numerals import parse_number, split_magnitude


def test_arabic_integers_and_decimals():
    assert parse_number("65") == 65.0
    assert parse_number("6.8") == 6.8
    assert parse_number("4.35") == 4.35


def test_full_width_digits():
    assert parse_number("４５") == 45.0
    assert parse_number("５．５") == 5.5


def test_chinese_numerals():
    assert parse_number("五百") == 500.0
    assert parse_number("两百") == 200.0
    assert parse_number("两千") == 2000.0
    assert parse_number("一千九百三十") == 1930.0
    assert parse_number("五十") == 50.0


def test_a_leading_hundred_or_thousand_reads_as_one_of_them():
    assert parse_number("千亿") == 1e11
    assert parse_number("百亿") == 1e10


def test_magnitude_is_multiplied_in():
    assert parse_number("1.2万") == 12000.0
    assert parse_number("6.8万") == 68000.0
    assert parse_number("两百亿") == 2e10
    assert parse_number("一千九百三十万") == 19300000.0
    assert parse_number("2.5万亿") == 2.5e12


def test_split_magnitude_keeps_digits_and_factor_apart():
    assert split_magnitude("1.2万") == ("1.2", 10_000)
    assert split_magnitude("两百亿") == ("两百", 100_000_000)
    assert split_magnitude("2.5万亿") == ("2.5", 10**12)
    assert split_magnitude("65") == ("65", 1)


def test_a_plan_name_is_not_a_numeral():
    with pytest.raises(ValueError, match="十四五"):
        parse_number("十四五")


def test_digits_inside_a_name_are_not_a_numeral():
    with pytest.raises(ValueError, match="5G"):
        parse_number("5G")
