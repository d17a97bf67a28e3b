"""One inbox file read in a worker (assets/raw.py ingest_file): what became of each of its records."""

from __future__ import annotations

from assets.raw import Parsed, ingest_file
from gongwen.model import Rejection
from gongwen.reading.walk import walk_inbox


def _outcomes(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (entry,) = walk_inbox(tmp_path)
    return ingest_file(entry).outcomes


def test_a_text_the_parser_rejects_is_quarantined_with_the_parser_s_reason(tmp_path):
    # qinghai-finance-reform-undated (dev-df): a PDF transcription without one sentence end, which parse_record
    # rejects; the rejection is the outcome, not an AttributeError on it ("parser failed")
    titles = "\n".join(["重庆市人民政府办公厅贯彻落实国务院办公厅关于解决无户口人员登记户口问题意见的通知",
                        "重庆市公安局关于规范办理机关事业单位工作人员户口迁移的通知",
                        "武隆县人民政府办公室关于印发进一步推进户籍制度改革实施方案的通知"])
    ((_, parsed),) = _outcomes(tmp_path, "titles.txt", titles)
    assert isinstance(parsed, Rejection)
    assert (parsed.stage, parsed.reason) == ("normalize", "no sentence in the text")


def test_a_document_is_parsed_with_its_id(tmp_path):
    text = ("关于加强安全生产工作的通知\n各乡镇人民政府,县政府各部门:\n一、落实企业主体责任。各企业要建立健全安全生产责任制,"
            "定期开展隐患排查治理。\n二、强化部门监管责任。县应急管理局牵头,各有关部门按职责分工负责。\n")
    ((_, parsed),) = _outcomes(tmp_path, "notice.txt", text)
    assert isinstance(parsed, Parsed) and len(parsed.doc_id) == 16
