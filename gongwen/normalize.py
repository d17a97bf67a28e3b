"""Normalization: decoded text → the cleaned body every extractor reads (one paragraph per line).

Steps, in order: Unicode cleanup; GBK-shift mojibake repaired; pinyin annotations removed; full-width
ASCII forms to half-width; Traditional→Simplified when the document is Traditional; lines stripped and
spaced-out characters joined; web chrome removed; a news article's lead before the plan it wraps dropped.

Width choice: every character of the full-width block U+FF01–U+FF5E becomes its ASCII twin, including
the Chinese sentence punctuation that has one: （）→(), ，→",", ：→":", ；→";", ？→"?", ！→"!", ％→%,
Ａ-Ｚ/０-９ → A-Z/0-9. Most sources (and four of the five samples) already write `(一)`, `(责任单位:…)`
and `,` that way, so one form is kept everywhere and downstream patterns need only match ASCII.
Punctuation with no ASCII twin stays as written: 。、“”‘’《》〈〉〔〕【】—…·. U+3000 and no-break spaces
become spaces; ― (U+2015) becomes — (U+2014).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import opencc

from gongwen.model import CleanText

_CJK = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")

# ------------------------------------------------------------------------------------------ unicode

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_ANY_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_SPACE_LIKE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _unicode_cleanup(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if _ANY_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    text = text.replace("\u2015", "\u2014")
    # CJK compatibility ideographs (U+F900–FAFF) come from legacy converters; NFKC maps them to unified ones.
    return re.sub("[\uf900-\ufaff]", lambda m: unicodedata.normalize("NFKC", m.group()), text)


def fullwidth_to_halfwidth(text: str) -> str:
    """U+FF01–U+FF5E → ASCII (see the module docstring for why the punctuation goes too)."""
    # re.sub over the (sparse) full-width characters is ~4x faster than str.translate with a table.
    return _ANY_FULLWIDTH.sub(_to_halfwidth, text)


def _to_halfwidth(match: re.Match) -> str:
    return chr(ord(match.group()) - 0xFEE0)


_ANY_FULLWIDTH = re.compile("[\uff01-\uff5e]")

# -------------------------------------------------------------------------------------------- pinyin

_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = f"a-zü{_TONED_VOWELS}"
_PINYIN_ANNOTATION = re.compile(
    rf"(?<=[{_CJK}])[(（]([{_PINYIN_LETTERS}]{{0,5}}[{_TONED_VOWELS}][{_PINYIN_LETTERS}]{{0,5}})[)）]"
)


def remove_pinyin_annotations(text: str) -> tuple[str, int]:
    """`鎮(zhèn)` → `鎮`: a CJK character followed by one bracketed syllable that carries a tone mark.
    Brackets without a tone mark — (PM2.5), (一), (傳真) — are real text and stay."""
    return _PINYIN_ANNOTATION.subn("", text)


# ------------------------------------------------------------------------------------------ mojibake

_MARKERS = "?？\ufffd"
# What the lost GBK byte most likely was: sentence punctuation first, by how often it ends a clause.
_PUNCTUATION_PRIOR = {
    "。": 6.0, "，": 5.5, "、": 5.0, "；": 4.5, "：": 4.5, "“": 4.0, "”": 4.0, "（": 3.5, "）": 3.5,
}
# A page converted to half-width after the damage: map ASCII punctuation back to the GBK form it had.
_BACK_TO_FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PINYIN_JUNK = re.compile(rf"[{_PINYIN_LETTERS}]{{0,5}}[{_TONED_VOWELS}][{_PINYIN_LETTERS}]{{0,5}}\)")
_MAX_MOJIBAKE_RUN = 40
_MIN_REPAIR_GAIN = 3.0


@cache
def _word_frequencies() -> dict[str, int]:
    """Frequencies of one- and two-character words from jieba's dictionary (loaded only when needed)."""
    dictionary = (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    return {word: int(frequency) for word, frequency in re.findall(r"(?m)^(\S{1,2}) (\d+)", dictionary)}


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _char_score(ch: str) -> float:
    """How ordinary a character is in Chinese text (log10 frequency; punctuation is ordinary)."""
    if ch in _PUNCTUATION_PRIOR:
        return _PUNCTUATION_PRIOR[ch]
    if not _CJK_CHAR.match(ch):
        return 0.0
    frequency = _word_frequencies().get(_t2s().convert(ch), 0)
    return math.log10(frequency + 1)


def _in_context_score(ch: str, before: str, after: str) -> float:
    """A candidate character's score, boosted when it forms a word with its neighbour (潛+力 → 潜力)."""
    score = _char_score(ch)
    if not _CJK_CHAR.match(ch):
        return score
    words = _word_frequencies()
    for pair in (before + ch, ch + after):
        if len(pair) == 2:
            frequency = words.get(_t2s().convert(pair), 0)
            if frequency:
                score = max(score, 2.0 + math.log10(frequency + 1))
    return score


def _gbk_bytes(run: str) -> bytes | None:
    try:
        return "".join(_BACK_TO_FULLWIDTH.get(ch, ch) for ch in run).encode("gbk")
    except UnicodeEncodeError:
        return None


def _best_byte(before_bytes: bytes, after_bytes: bytes, before: str, after: str,
               candidates: range) -> tuple[str, float] | None:
    """The character made by the one lost byte (tried over candidates) that reads best in context."""
    best: tuple[str, float] | None = None
    for value in candidates:
        try:
            ch = (before_bytes + bytes([value]) + after_bytes).decode("gbk")
        except UnicodeDecodeError:
            continue
        if len(ch) != 1:
            continue
        score = _in_context_score(ch, before, after)
        if best is None or score > best[1]:
            best = (ch, score)
    return best


@dataclass(frozen=True)
class _Repair:
    start: int
    end: int
    replacement: str
    gain: float
    lost_open_bracket: bool


def _repair_at(text: str, marker: int) -> _Repair | None:
    """Try to undo a GBK byte lost (or replaced by "?") at `marker`: the bytes after it were decoded one
    byte off. Re-encode the run to GBK, put a byte back, decode again; keep the best-reading result."""
    start = marker
    position = marker + 1
    junk = _PINYIN_JUNK.match(text, position)
    if junk:  # the pinyin annotation of the character the lost byte belonged to
        position = junk.end()
    before = text[marker - 1] if marker > 0 else ""
    best: _Repair | None = None
    run_start = position
    index = position
    while index < len(text) and index - run_start <= _MAX_MOJIBAKE_RUN:
        ch = text[index]
        if ch == "\n":
            break
        is_marker = ch in _MARKERS
        if is_marker and index > run_start:
            # The decoder swallowed a lead byte and its (invalid) trail: the run ends here, lost trail byte.
            candidate = _repair_lost_trail(text, start, run_start, index, before)
            if candidate and (best is None or candidate.gain > best.gain):
                best = candidate
        if "!" <= ch <= "~" and ch not in _BACK_TO_FULLWIDTH:
            # An ASCII byte that was really the trail byte of the last character: realigned here.
            candidate = _repair_realigned(text, start, run_start, index, before)
            if candidate and (best is None or candidate.gain > best.gain):
                best = candidate
            break
        if ord(ch) < 0x80 and ch not in _BACK_TO_FULLWIDTH:
            break
        index += 1
    return best if best and best.gain >= _MIN_REPAIR_GAIN else None


def _original_score(span: str) -> float:
    return sum(_char_score(ch) for ch in span if ch not in _MARKERS)


def _repair_realigned(text: str, start: int, run_start: int, terminator: int, before: str) -> _Repair | None:
    run_bytes = _gbk_bytes(text[run_start:terminator])
    if not run_bytes:
        return None
    tail_bytes = run_bytes[1:] + text[terminator].encode("ascii")
    try:
        rest = tail_bytes.decode("gbk")
    except UnicodeDecodeError:
        return None
    first = _best_byte(b"", run_bytes[:1], before, rest[:1], range(0x81, 0xFF))
    if first is None:
        return None
    repaired = first[0] + rest
    gain = first[1] + sum(_char_score(ch) for ch in rest) - _original_score(text[start:terminator + 1])
    return _Repair(start, terminator + 1, repaired, gain, False)


def _repair_lost_trail(text: str, start: int, run_start: int, marker: int, before: str) -> _Repair | None:
    run_bytes = _gbk_bytes(text[run_start:marker])
    if not run_bytes or len(run_bytes) < 2:
        return None
    # Shifted by one byte, the run ends with a dangling lead byte whose trail was lost with the marker.
    middle, dangling = run_bytes[1:-1], run_bytes[-1:]
    try:
        rest = middle.decode("gbk")
    except UnicodeDecodeError:
        return None
    first = _best_byte(b"", run_bytes[:1], before, rest[:1], range(0x81, 0xFF))
    after = text[marker + 1] if marker + 1 < len(text) else ""
    last = _best_byte(dangling, b"", rest[-1:] if rest else "", after, range(0x40, 0xFF))
    if first is None or last is None:
        return None
    repaired = first[0] + rest + last[0]
    gain = first[1] + sum(_char_score(ch) for ch in rest) + last[1] - _original_score(text[start:marker + 1])
    return _Repair(start, marker + 1, repaired, gain, True)


def _closes_unopened_bracket(line_rest: str) -> bool:
    depth = 0
    for ch in line_rest:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


# Mojibake starts where a byte was lost: right after a Chinese character or punctuation.
_MARKER_IN_CHINESE = re.compile(f"(?<=[{_CJK}》」』”。，、)])[{_MARKERS}]")
_DAMAGED_OPENING = re.compile(
    rf"[{_MARKERS}](?:[{_PINYIN_LETTERS}]*[{_TONED_VOWELS}][{_PINYIN_LETTERS}]*\)|[,;:]?[A-Za-z])"
)


def _may_be_mojibake(text: str, marker: int) -> bool:
    """Cheap test before the dictionary is consulted: shifted GBK shows as rare characters (outside
    GB2312 and not Traditional forms: 摿, 覛) or as a stray Latin letter or pinyin fragment right after
    the marker (`?,F`, `?jié)`)."""
    if _DAMAGED_OPENING.match(text, marker):
        return True
    window = text[marker + 1: marker + 1 + _MAX_MOJIBAKE_RUN].split("\n", 1)[0]
    for ch in window:
        if ord(ch) >= 0x80 and ch not in _BACK_TO_FULLWIDTH.values():
            try:
                ch.encode("gb2312")
            except UnicodeEncodeError:
                if _t2s().convert(ch) == ch:  # not merely a Traditional character
                    return True
    return False


def repair_gbk_mojibake(text: str) -> tuple[str, int]:
    """Repair spans such as `?,F` (→ `。現`) and `?jié)摿Α?` (→ `潛力。(`): GBK text decoded one byte off
    after a byte was lost. When the repair shows the lost bytes also swallowed a `(` (the line goes on
    to close a bracket it never opened), the `(` is put back. Returns the text and the number repaired."""
    if not any(marker in text for marker in _MARKERS):
        return text, 0
    pieces: list[str] = []
    cursor = 0
    repaired = 0
    for match in _MARKER_IN_CHINESE.finditer(text):
        if match.start() < cursor or not _may_be_mojibake(text, match.start()):
            continue
        repair = _repair_at(text, match.start())
        if repair is None:
            continue
        replacement = fullwidth_to_halfwidth(repair.replacement)
        line_end = text.find("\n", repair.end)
        line_rest = text[repair.end: line_end if line_end >= 0 else len(text)]
        if repair.lost_open_bracket and _closes_unopened_bracket(line_rest):
            replacement += "("
        pieces.append(text[cursor:repair.start])
        pieces.append(replacement)
        cursor = repair.end
        repaired += 1
    pieces.append(text[cursor:])
    return "".join(pieces), repaired


# ---------------------------------------------------------------------------------------- script

_TRADITIONAL_SHARE = 0.05
_SCRIPT_SAMPLE_CHARS = 4000


def traditional_share(text: str) -> float:
    """Share of CJK characters that OpenCC t2s changes: ~0 for Simplified text, ~0.2 for Traditional."""
    sample = text[:_SCRIPT_SAMPLE_CHARS]
    converted = _t2s().convert(sample)
    n_cjk = len(_CJK_CHAR.findall(sample))
    if not n_cjk:
        return 0.0
    if len(converted) == len(sample):
        changed = sum(map(str.__ne__, sample, converted))
    else:  # a phrase conversion changed the length: count characters that only one side has
        changed = len(set(sample) - set(converted))
    return changed / n_cjk


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


# ------------------------------------------------------------------------------------------- lines

_SPACES = re.compile(r" {2,}")
# "的 通 知", "重 点 任 务": a single character set apart by spaces (a typesetting habit) is joined back.
_SPACE_BEFORE_SINGLE = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}](?:[^{_CJK}]|$))", re.MULTILINE)
_SPACE_AFTER_SINGLE = re.compile(rf"(?:(?<=^[{_CJK}])|(?<=[^{_CJK}][{_CJK}])) +(?=[{_CJK}])", re.MULTILINE)


def join_spaced_characters(line: str) -> str:
    if " " not in line:
        return line
    line = _SPACE_BEFORE_SINGLE.sub("", line)
    return _SPACE_AFTER_SINGLE.sub("", line)


def _tidy_lines(text: str) -> list[str]:
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw.strip())
        line = "\t".join(cell.strip() for cell in line.split("\t")) if "\t" in line else line
        if line.strip():
            lines.append(join_spaced_characters(line))
    return lines


# ------------------------------------------------------------------------------------------ chrome


@dataclass(frozen=True)
class _Boilerplate:
    line: re.Pattern
    label: re.Pattern
    token_line: re.Pattern
    footer: re.Pattern
    breadcrumb: re.Pattern
    tail: re.Pattern
    strip_piece: re.Pattern  # one piece of an info/toolbar strip: a token, a "label: value", a date or time
    strip_label: re.Pattern  # a piece that is a field label or a toolbar word (what makes a strip chrome)


@cache
def _boilerplate() -> _Boilerplate:
    sections: dict[str, list[str]] = {}
    current = None
    source = resources.files("gongwen") / "resources" / "boilerplate.txt"
    for raw in source.read_text(encoding="utf-8").splitlines():
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("[") and entry.endswith("]") and entry[1:-1].isalpha():
            current = entry[1:-1]
            sections[current] = []
        elif current is None:
            raise ValueError(f"boilerplate.txt: pattern {entry!r} before any [section]")
        else:
            sections[current].append(entry)

    def either(name: str) -> str:
        return "|".join(f"(?:{p})" for p in sections.get(name, ["(?!)"]))

    tokens = sorted(sections.get("token", []), key=len, reverse=True)
    return _Boilerplate(
        line=re.compile(rf"^(?:{either('line')})$"),
        label=re.compile(rf"^[【\[]?(?:{either('label')})\s*:\s*(?P<value>.*)$"),
        token_line=re.compile(rf"^(?:[\s【】\[\]|/·•>»<«\-:]|{'|'.join(tokens)})+$"),
        footer=re.compile(either("footer")),
        breadcrumb=re.compile(rf"^(?:{either('breadcrumb')})$"),
        tail=re.compile(rf"^(?:{either('tail')})$"),
        strip_piece=re.compile(
            rf"^(?:(?:{'|'.join(tokens)})|(?:{either('label')}|时间|日期)\s*:.*|{_DATE_OR_TIME})$"
        ),
        strip_label=re.compile(rf"^(?:(?:{'|'.join(tokens)})|(?:{either('label')})\s*:.*)$"),
    )


_DATE_OR_TIME = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d{4}年\d{1,2}月\d{1,2}日"
_STRIP_SPLIT = re.compile(r"[\s【】\[\]|]+")
_EMPTY_LABEL = re.compile(r":$")


def _is_chrome_strip(line: str) -> bool:
    """A line of page fields and toolbar words only ("2025-03-14 17:00 来源: 中国政府网 【字体:大 中 小】",
    "【我要纠错】 责任编辑:王洋"); a bare date, the signature's, is not one."""
    bp = _boilerplate()
    pieces = [piece for piece in _STRIP_SPLIT.split(line) if piece]
    if len(pieces) < 2 or len(line) > _MAX_CHROME_VALUE * 2:
        return False
    labelled = False
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if not bp.strip_piece.match(piece):
            return False
        labelled = labelled or bool(bp.strip_label.match(piece))
        if _EMPTY_LABEL.search(piece) and index + 1 < len(pieces):
            index += 1  # "来源: 中国政府网": the value is the next piece
        index += 1
    return labelled


_SENTENCE_END = re.compile(r"[。;；!?！？]")
_CRUMB_SEPARATOR = re.compile(r"^[>»›/\-|]+$")
_MAX_CHROME_VALUE = 60
_MAX_CRUMB = 14
_MAX_FOOTER_LINE = 200


def _is_short_value(line: str) -> bool:
    return len(line) <= _MAX_CHROME_VALUE and not _SENTENCE_END.search(line) and "," not in line


def remove_web_chrome(lines: list[str]) -> tuple[list[str], int]:
    """Drop the lines a web page wraps around a document (toolbars, breadcrumbs, source/date/view-count
    fields, footers, trailing related-article lists), also when an export split them one per line."""
    bp = _boilerplate()
    kept: list[str] = []
    removed = 0
    pending_value = False  # the previous line was a label whose value may sit on this line
    in_breadcrumb = False
    tail_from = len(lines) * 2 // 3
    for number, line in enumerate(lines):
        if number >= tail_from and bp.tail.match(line):
            removed += len(lines) - number
            break
        if in_breadcrumb:
            if _CRUMB_SEPARATOR.match(line) or (
                len(line) <= _MAX_CRUMB and _is_short_value(line) and _crumb_continues(lines, number)
            ):
                removed += 1
                continue
            in_breadcrumb = False
        if pending_value:
            pending_value = False
            if _is_short_value(line) and not bp.label.match(line) and not _looks_like_heading(line):
                removed += 1
                continue
        if bp.breadcrumb.match(line):
            removed += 1
            in_breadcrumb = line.endswith((":", "位置"))  # its crumbs follow one per line
            continue
        label = bp.label.match(line)
        if label and _is_short_value(label.group("value")):
            removed += 1
            pending_value = not label.group("value").strip(" 】]")
            continue
        if bp.line.match(line) or bp.token_line.match(line) or _is_chrome_strip(line):
            removed += 1
            continue
        if len(line) <= _MAX_FOOTER_LINE and bp.footer.search(line) and not line.endswith("。"):
            removed += 1
            continue
        kept.append(line)
    return kept, removed


def _crumb_continues(lines: list[str], number: int) -> bool:
    """In a breadcrumb split one crumb per line, a crumb sits next to a separator line (the last crumb
    right after one), or is the first crumb right after the "当前位置:" line."""
    previous = lines[number - 1] if number > 0 else ""
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return bool(_CRUMB_SEPARATOR.match(previous) or _CRUMB_SEPARATOR.match(following)
                or _boilerplate().breadcrumb.match(previous))


_HEADING = re.compile(r"^(?:[一二三四五六七八九十百]+、|\(?[一二三四五六七八九十]+\)|\d+[.、])")


def _looks_like_heading(line: str) -> bool:
    return bool(_HEADING.match(line))


# --------------------------------------------------------------------------------------- news lead

_NEWS_OPENING = re.compile(r"^(?:日前|近日|近期|目前|今天|今日|昨天|昨日|本报讯|\d{1,2}月\d{1,2}日)")
_LEAD_CITED_TITLE = re.compile(r"《([^《》]{4,120})》")
_LEAD_NOTICE = re.compile(r"([^\s,。:;《》]{2,40}?关于印发《[^《》]{4,120}》的通知)")
_MAX_LEAD_LINES = 12


def reduce_news_lead(lines: list[str]) -> tuple[list[str], bool]:
    """A news article that wraps a plan (`日前,贵州省人民政府关于印发《X》的通知。文件提出,…`, a few
    sentences restating the body, then the line `X` and the plan itself) is cut to the plan, so that its
    targets are not counted twice. The notice named by the lead is kept as the first line."""
    if not lines or not _NEWS_OPENING.match(lines[0]):
        return lines, False
    titles = _LEAD_CITED_TITLE.findall(lines[0])
    if not titles:
        return lines, False
    wanted = {_squash(t) for t in titles}
    for number in range(1, min(len(lines), _MAX_LEAD_LINES + 1)):
        if _squash(lines[number]) in wanted:
            notice = _LEAD_NOTICE.search(lines[0])
            head = [notice.group(1)] if notice else []
            return head + lines[number:], True
    return lines, False


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------------------------------- entry


def clean_text(text: str) -> CleanText:
    """The cleaned body of a decoded document (see the module docstring for the steps and width choice)."""
    flags: list[str] = []
    text = _unicode_cleanup(text)
    text, n_mojibake = repair_gbk_mojibake(text)
    if n_mojibake:
        flags.append(f"mojibake_repaired:{n_mojibake}")
    text, n_pinyin = remove_pinyin_annotations(text)
    if n_pinyin:
        flags.append(f"pinyin_removed:{n_pinyin}")
    text = fullwidth_to_halfwidth(text)
    script = "simplified"
    if traditional_share(text) >= _TRADITIONAL_SHARE:
        script = "traditional"
        text = to_simplified(text)
        flags.append("converted_to_simplified")
    lines = _tidy_lines(text)
    lines, n_chrome = remove_web_chrome(lines)
    if n_chrome:
        flags.append(f"chrome_removed:{n_chrome}")
    lines, lead_removed = reduce_news_lead(lines)
    if lead_removed:
        flags.append("news_lead_removed")
    return CleanText("\n".join(lines), script, tuple(flags))
