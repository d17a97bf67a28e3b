"""Encodings decided by the bytes, and bytes no encoding reads."""

from __future__ import annotations

import codecs

import pytest

from tests.reading_helpers import NOTICE, read_one


@pytest.mark.parametrize(
    ("codec", "bom", "expected_encoding"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("gbk", b"", "gb18030"),
        ("gb2312", b"", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-16-le", b"", "utf-16"),
    ],
)
def test_txt_is_decoded_by_its_bytes(tmp_path, codec, bom, expected_encoding):
    record = read_one(tmp_path, "hunan.txt", bom + NOTICE.encode(codec))
    assert (record.format, record.encoding, record.text) == ("txt", expected_encoding, NOTICE)
    assert record.flags == ()


def test_big5_traditional_text_is_not_mistaken_for_gbk(tmp_path):
    text = "湖南省推進新型城鎮化工作領導小組辦公室關於征求《2021年湖南省新型城鎮化工作要點》意見的函\n"
    record = read_one(tmp_path, "tw.txt", text.encode("big5"))
    assert (record.encoding, record.text) == ("big5", text)


def test_utf8_cut_mid_character_keeps_the_text_and_is_flagged(tmp_path):
    data = "湖南省人民政府\n2024年11月30日".encode() + "郴".encode()[:2]
    record = read_one(tmp_path, "cut.txt", data)
    assert record.text == "湖南省人民政府\n2024年11月30日"
    assert record.flags == ("truncated_utf8",)


def test_bytes_no_encoding_reads_are_rejected_with_their_offset(tmp_path):
    data = "常住人口城镇化率".encode() * 20 + b"\x80\x80\x80" + "提升至66%左右".encode() * 20
    rejection = read_one(tmp_path, "broken.txt", data)
    assert rejection.reason == "undecodable bytes at offset 480 under every candidate encoding"
