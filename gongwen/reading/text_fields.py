"""Hints from the metadata block at the head of a text or Markdown export: "发布日期: 2025-09-30" (a
`**发布日期**: …` line once the Markdown is read), a 信息公开 label with its value on the next line
("成文日期:" / "2025-09-29"), or a page's table of facts flattened to rows of cells ("文号 | 鹿山政〔2020〕72号 |
成文日期: | 2020年10月22日 |", or a Markdown table's row), by the labels of resources/metadata_columns.csv."""

from __future__ import annotations

import re
from functools import cache

from gongwen.normalize.script import TRADITIONAL_SHARE, to_simplified, traditional_share
from gongwen.reading.columns import add_hint, cell_pairs, field_labels, squash_label
from gongwen.text.chars import HAN
from gongwen.text.patterns import SHARED_FILE, alternation
from gongwen.text.resources import read_yaml
from gongwen.vocabulary import CRUMBS, DATE_HINTS, PAGE_HINT_PREFIX

HEAD_LINES = 60  # a page capture puts its field block after the site's navigation
_LONG_LABEL = 3  # characters of a label that no value holds by chance (成文日期, 发布机构; not 来源, 时间)
TITLE, DOC_NUMBER = "title", "doc_number"  # the hint keys of metadata_columns.csv a run-on line treats apart


@cache
def _field_line() -> tuple[re.Pattern, dict[str, str]]:
    label, labels = field_labels()
    # at a line's start, or after a space: a page's table of facts flattened to a line holds several
    # (主题分类: 政务公开 发文单位: 通山县人民政府), labels letter-spaced or not (索 引 号:), in brackets with blanks
    # inside ([ 发文字号 ] 渝卫发〔2021〕14号), a field left empty running into the next (浏览次数:信息来源:丽水市政府)
    # (【制定机关】武汉市人民政府办公厅: a label in 【】 needs no colon, nor a space before it when a legal database's
    # fields run on: 【发布部门】通化市政府【发布日期】2015.08.10【实施日期】…), a long label and its colon right after
    # the value before it (…宏观经济发文机关:国务院成文日期:2021年09月23日: no value holds 成文日期: by chance)
    long = alternation([name for name in labels if len(name) >= _LONG_LABEL])
    field = re.compile(rf"(?:(?:^|(?<=[\s\d:：]))(?:[【\[] *)?|【|(?=(?:{long})\s*[:：]))(?P<label>{label})"
                       rf"(?: *[】\]]\s*[:：]?|\s*[:：])\s*", re.IGNORECASE)
    return field, labels


_FIELD_ENDS = ":：】]"  # every match of _field_line's pattern holds one
_BLANKS = (" ", "\u3000")  # before a field that follows a title on its line


_BRACKETED_LABEL = re.compile(rf"【[{HAN}]{{2,8}}】")  # a field label of its own (【2015】 in a 文号 is none)
# A field block written as a list (• 发布机构:…; 2. [发文机构] 北京市财政局)
_BULLET = re.compile(r"^(?:[•·▪∙\-*]|\d{1,2}\.(?=\s*[\[【]))\s*")
# A page's "you are here" line (您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况): its crumbs, one
# of which may name the body whose page it is (see gongwen/metadata/extract.py).
_BREADCRUMB = re.compile(r"位置\s*[:：]\s*(?P<crumbs>.*?>.*)$")
_CELL_BREAK = re.compile(r"\s*[|\t]\s*")
# A field of a label gongwen does not read opening a line of fields (目录组配分类: 空气环境信息 发布时间: 2026-02-02)
_OTHER_LABEL = re.compile(rf"^[{HAN}]{{2,8}}\s*[:：]\s*\S[^:：]*\s")
# A page's posting time opening its line of fields (2025-04-10 16:41 来源: 诺水河镇人民政府; 2021/12/06/ 21:48来源:…)
_POSTED_DAY, _POSTED_TIME = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}", r"\d{1,2}:\d{2}(?::\d{2})?"
_POSTED_AT = re.compile(rf"^(?P<day>{_POSTED_DAY})/?(?:\s*(?P<time>{_POSTED_TIME}))?\s*(?=\S)")
# …or alone on its line, to the minute, perhaps after the paper's or site's name (2026-01-28 22:06 over a news page's
# lead; 新浪财经·2026-01-18 07:54, Jie Fang Ri Bao·2026-02-09 01:28 under a headline): when the page was posted
_POSTED_ALONE = re.compile(rf"^(?:[^·•:：,，。]{{2,24}}[·•]\s*)?(?P<day>{_POSTED_DAY})\s+{_POSTED_TIME}$")


def _table_row_hints(line: str, field: re.Pattern, labels: dict[str, str]) -> dict[str, str] | None:
    """{hint: value} of a row of cells that opens with a label, letter-spaced or not, with or without its
    colon (`文 号: | … | 成文日期: | 发布日期: | 2020-04-09`: no 成文日期; see cell_pairs), or with a label and its value
    (`发文机关:南漳镇人民政府 | 主题词:工作计划`). None for other lines."""
    cells = [cell for cell in _CELL_BREAK.split(line.strip()) if cell]  # a row written `| 文号 | … |`
    if not cells or not (squash_label(cells[0]) in labels and len(cells) > 1 or field.match(cells[0])):
        return None
    return cell_pairs([cells])


@cache
def _run_on_label() -> re.Pattern:
    """A field label where a page's table of facts ran its cells together without colons (索引号000014349/2025-687634
    成文日期2025-05-14, 发布机构 …街道办事处文号 东公政发〔2020〕18号): at the line's start, after a blank, a digit or a
    closing bracket, or after other characters where it is too long to stand inside a value (成文日期) or is the 文号."""
    label, labels = field_labels()  # letter-spaced or not (有 效 性)
    long_or_number = [name for name in labels if _long_or_number(name)]
    return re.compile(rf"(?:^|(?<=[\s\d)）〕\]]))(?P<label>{label})|(?P<inner>{alternation(long_or_number)})")


def _long_or_number(label: str) -> bool:
    return len(label) >= _LONG_LABEL or field_labels()[1].get(label) == DOC_NUMBER


def _run_on_hints(line: str, labels: dict[str, str]) -> dict[str, str]:
    """{hint: value} of a line of fields run together, which opens with a label and holds another, or opens with a
    long label and a blank (成文日期 2020-07-23公文时效 正常); a title's field runs to the line's end (名称南加镇2025年度…
    方案: no label is looked for inside a title)."""
    if not _run_on_label().match(line):
        return {}  # (most lines: the one cheap look at their start)
    found = []
    for match in _run_on_label().finditer(line):
        if found and labels[squash_label(found[-1].group())] == TITLE:
            break
        found.append(match)
    alone = len(found) == 1 and line[found[0].end():found[0].end() + 1].isspace() and _long_or_number(found[0].group())
    if len(found) < 2 and not alone:
        return {}
    ends = [match.start() for match in found[1:]] + [len(line)]
    return {labels[squash_label(match.group())]: line[match.end():end].strip() for match, end in zip(found, ends, strict=True)}


def _titled_fields(line: str, field: re.Pattern) -> tuple[str, list[re.Match]] | None:
    """(title, its fields) of a line holding a document's title and the page's fields after a blank (福建省“十四五”
    文化和旅游改革发展专项规划 发布时间:2022-04-15): the title ends with a kind of document; None for any other line."""
    if not any(blank in line for blank in _BLANKS) or not any(mark in line for mark in _FIELD_ENDS):
        return None  # (most lines: a field follows a blank and ends with one of these marks)
    found = list(field.finditer(line))
    if not found or not line[: found[0].start()].endswith(_BLANKS):
        return None
    title = line[: found[0].start()].strip()
    return (title, found) if title.endswith(_document_kinds()) else None


@cache
def _document_kinds() -> tuple[str, ...]:
    return tuple(read_yaml("metadata_keywords.yaml")["document_types"])


def _is_bare_label(line: str, labels: dict[str, str]) -> bool:
    """A label alone on its line, without a colon (a 信息公开 block copied cell by cell: 发布机构 / 广水市太平镇)."""
    return squash_label(line) in labels


def text_field_hints(text: str) -> dict[str, str]:
    """Hints (publisher, source_url, doc_number, written_date, page_publish_date …) from "label: value" lines
    among the first lines of a text; a label ending its line takes the next line as its value."""
    field, labels = _field_line()
    head = "\n".join(text.split("\n", HEAD_LINES * 2)[:HEAD_LINES * 2])
    if traditional_share(head) >= TRADITIONAL_SHARE:
        head = to_simplified(head)  # 發文機關: 國務院辦公廳, as the document's text is read
    lines = [_BULLET.sub("", line.strip()) for line in head.split("\n") if line.strip()][:HEAD_LINES]
    hints: dict[str, str] = {}
    for number, line in enumerate(lines):
        if crumbs := _BREADCRUMB.search(line):
            add_hint(hints, CRUMBS, crumbs["crumbs"])
            continue
        if shared := SHARED_FILE.match(line):
            add_hint(hints, "title", shared["name"])
            continue
        if posted := _POSTED_ALONE.match(line):
            add_hint(hints, "publish_date", posted["day"])
            continue
        row = _table_row_hints(line, field, labels) if "|" in line or "\t" in line else None
        if row is not None:
            for hint, value in row.items():
                add_hint(hints, hint, value)
            continue
        posted = _POSTED_AT.match(line)
        found = list(field.finditer(line)) if field.match(line) or posted or _OTHER_LABEL.match(line) else []
        if posted and posted["time"] and found and found[0].start() == posted.end():
            add_hint(hints, "publish_date", posted["day"])  # 2021/12/06/ 21:48来源:新甘肃: when the page was posted
        if not found and (titled := _titled_fields(line, field)):
            add_hint(hints, TITLE, titled[0])
            found = titled[1]
        if not found and (run_on := _run_on_hints(line, labels)):
            for hint, value in run_on.items():
                add_hint(hints, hint, value)
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not found and _is_bare_label(line, labels) and following and not _is_bare_label(following, labels):
            add_hint(hints, labels[squash_label(line)], following)  # 发布机构 / 广水市太平镇: a block without colons
            continue
        for i, match in enumerate(found):
            value = line[match.end(): found[i + 1].start() if i + 1 < len(found) else len(line)]
            value = _BRACKETED_LABEL.split(value, maxsplit=1)[0]  # …2015.08.10【实施日期】…: a field of no known label
            if i + 1 == len(found) and not value.strip() and following and not field.search(following):
                value = following
            add_hint(hints, labels[squash_label(match["label"])], value)  # the labels are kept lower-cased (来源URL)
    # A capture's 发布日期 line (2024-08-09 00:18:23 来源: …) says when a site posted the page, often a repost
    # months later: it dates the page, not the document.
    return {PAGE_HINT_PREFIX + key if key in DATE_HINTS else key: value for key, value in hints.items()}
