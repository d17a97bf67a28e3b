"""OFD (GB/T 33190) read into lines: a real package's first lines (tests/fixtures/formats/SOURCES.md), the steps of a
run written out, parts named by absolute paths and without a namespace, and what is quarantined."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from gongwen.model import Rejection, SourceRecord
from gongwen.reading.ofd import NoOfdText, _steps, read_ofd
from gongwen.reading.office import read_office_file

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"


def _package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _plain_package(page: str, base_loc: str = "Pages/Page_0/Content.xml") -> bytes:
    """An OFD as a writer without namespace prefixes makes it, its document under Doc_0/."""
    return _package({
        "OFD.xml": "<OFD><DocBody><DocRoot>/Doc_0/Document.xml</DocRoot></DocBody></OFD>",
        "Doc_0/Document.xml": f'<Document><Pages><Page ID="1" BaseLoc="{base_loc}"/></Pages></Document>',
        "Doc_0/Pages/Page_0/Content.xml": f"<Page><Content><Layer>{page}</Layer></Content></Page>",
    })


def test_a_real_package_setting_each_character_in_a_text_object_of_its_own_reads_as_lines():
    # 易转换's OFD of a news page (one character a TextObject, each scaled by its CTM, in nested PageBlocks): its title
    # line wraps its last character below the date line, as the page sets it; a full title line runs on into the next
    text = read_ofd((FORMATS / "wuhan-property-news-excerpt.ofd").read_bytes())
    assert text.split("\n") == [
        "奏响“红色物业”最强音——记武汉市物业人抗击疫情的点点滴发布日期:2020-06-05",
        "滴",
        "在武汉封城的日子里，在抗击疫情的火线上，有一群默默",
    ]


def test_the_steps_of_a_run_are_written_out():
    assert _steps("g 3 6.61 2") == [6.61, 6.61, 6.61, 2.0]
    assert _steps("3.5 g 2 1.75") == [3.5, 1.75, 1.75]
    assert _steps(None) == []


def test_a_run_is_placed_by_its_steps_and_a_blank_between_latin_words_is_kept():
    # the second run sets no blank: a gap wider than half a character stands for one (PM, then 2.5 after 3.5 mm)
    page = ('<TextObject Boundary="20 30 100 8" Size="5"><TextCode X="0" Y="4.4" DeltaX="g 6 5">一、工作要求。</TextCode>'
            '</TextObject><TextObject Boundary="20 45 100 8" Size="5"><TextCode X="0" Y="4.4" DeltaX="2.5 6 2.5 1.25">'
            'PM2.5</TextCode></TextObject>')
    assert read_ofd(_plain_package(page)) == "一、工作要求。\nPM 2.5"


def test_a_package_whose_pages_hold_no_character_is_a_scan():
    with pytest.raises(NoOfdText):
        read_ofd(_plain_package('<ImageObject Boundary="0 0 210 297" ResourceID="9"/>'))
    rejected = read_office_file("scan.ofd", (FORMATS / "jinan-employment-2025-scan.ofd").read_bytes(), ".ofd", "0")
    assert isinstance(rejected, Rejection) and rejected.reason == "scanned OFD: no text layer"


def test_a_package_naming_a_part_it_does_not_hold_is_quarantined_as_unreadable():
    data = _plain_package('<TextObject Boundary="0 0 10 10" Size="5"><TextCode X="0" Y="4">字</TextCode></TextObject>',
                          base_loc="Pages/Page_9/Content.xml")
    rejected = read_office_file("damaged.ofd", data, ".ofd", "0")
    assert isinstance(rejected, Rejection) and rejected.reason == "OFD cannot be read"
    assert "Page_9" in rejected.detail


def test_the_office_reader_gives_an_ofd_s_text_as_a_record():
    record = read_office_file("jinan.ofd", (FORMATS / "jinan-employment-2025.ofd").read_bytes(), ".ofd", "0")
    assert isinstance(record, SourceRecord) and record.format == "ofd"
    assert record.text.split("\n")[:3] == ["济南市人民政府办公厅文件", "济政办字〔2025〕9号",
                                           "济南市人民政府办公厅关于印发济南市促进高校毕业生等青年就业创业若干措施的通知"]


def test_a_page_is_read_with_the_template_it_draws_its_content_over():
    data = _package({
        "OFD.xml": "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>",
        "Doc_0/Document.xml": '<Document><CommonData><TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/></CommonData>'
                              '<Pages><Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></Pages></Document>',
        "Doc_0/Tpls/Tpl_0/Content.xml": '<Page><Content><Layer><TextObject Boundary="60 20 90 12" Size="10">'
                                        '<TextCode X="0" Y="9" DeltaX="g 8 10">济南市人民政府办公厅文件</TextCode>'
                                        "</TextObject></Layer></Content></Page>",
        "Doc_0/Pages/Page_0/Content.xml": '<Page><Template TemplateID="7"/><Content><Layer><TextObject '
                                          'Boundary="28 60 156 8" Size="5.5"><TextCode X="0" Y="4.8" DeltaX="g 5 5.5">'
                                          "各区县人民政府：</TextCode></TextObject></Layer></Content></Page>",
    })
    assert read_ofd(data) == "济南市人民政府办公厅文件\n各区县人民政府："
