"""GBK mojibake repair: text decoded one byte off after a byte was lost (`?,F` → `。現`), put back by
re-encoding the damaged run and choosing the lost byte that reads best against jieba's word frequencies."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from gongwen.normalize.characters import fullwidth_to_halfwidth
from gongwen.normalize.pinyin import PINYIN_LETTERS, TONED_VOWELS
from gongwen.normalize.script import changed_by_t2s, t2s
from gongwen.text.chars import HAN, HAN_CHAR

_MARKERS = "?？\ufffd"
# What the lost GBK byte most likely was: sentence punctuation first, by how often it ends a clause.
_PUNCTUATION_PRIOR = {
    "。": 6.0, "，": 5.5, "、": 5.0, "；": 4.5, "：": 4.5, "“": 4.0, "”": 4.0, "（": 3.5, "）": 3.5,
}
# A page converted to half-width after the damage: map ASCII punctuation back to the GBK form it had.
_BACK_TO_FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PINYIN_JUNK = re.compile(rf"[{PINYIN_LETTERS}]{{0,5}}[{TONED_VOWELS}][{PINYIN_LETTERS}]{{0,5}}\)")
_MAX_MOJIBAKE_RUN = 40
_MIN_REPAIR_GAIN = 3.0


@cache
def _word_frequencies() -> dict[str, int]:
    """Frequencies of one- and two-character words from jieba's dictionary (loaded only when needed)."""
    dictionary = (files("jieba") / "dict.txt").read_text(encoding="utf-8")
    return {word: int(frequency) for word, frequency in re.findall(r"(?m)^(\S{1,2}) (\d+)", dictionary)}


@cache
def _frequency(word: str) -> int:
    """The dictionary frequency of a one- or two-character word, read in its Simplified form."""
    return _word_frequencies().get(t2s().convert(word), 0)


def _char_score(ch: str) -> float:
    """How ordinary a character is in Chinese text (log10 frequency; punctuation is ordinary)."""
    if ch in _PUNCTUATION_PRIOR:
        return _PUNCTUATION_PRIOR[ch]
    if not HAN_CHAR.match(ch):
        return 0.0
    return math.log10(_frequency(ch) + 1)


def _in_context_score(ch: str, before: str, after: str) -> float:
    """A candidate character's score, boosted when it forms a word with its neighbour (潛+力 → 潜力)."""
    score = _char_score(ch)
    if not HAN_CHAR.match(ch):
        return score
    for pair in (before + ch, ch + after):
        if len(pair) == 2:
            frequency = _frequency(pair)
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


# Mojibake starts where a byte was lost: right after a Chinese character or punctuation (the marker matched first and
# what stands before it checked behind: a text is scanned for markers only).
_MARKER_IN_CHINESE = re.compile(f"[{_MARKERS}](?<=[{HAN}》」』”。，、)].)")
_DAMAGED_OPENING = re.compile(
    rf"[{_MARKERS}](?:[{PINYIN_LETTERS}]*[{TONED_VOWELS}][{PINYIN_LETTERS}]*\)|[,;:]?[A-Za-z])"
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
                if not changed_by_t2s(ch):  # not merely a Traditional character
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
