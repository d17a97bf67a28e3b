"""Making published values and hand labels comparable: document names, text, 发文字号, headings, ordinals,
metric names and values."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath
from typing import Any

from gongwen.text.chars import HAN
from gongwen.text.numerals import chinese_integer

# Metric names of a matched indicator must share this share of character bigrams (of the shorter name)
# when neither contains the other: 常住人口城镇化率 vs 全市常住人口城镇化率 match, 通勤圈 vs 城镇化率 do not.
METRIC_BIGRAM_OVERLAP = 0.5

_VALUE_TOLERANCE = 1e-6
_NOT_WORD_CHARACTER = re.compile(f"[^0-9A-Za-z{HAN}]+")
_YEAR_BRACKETS = str.maketrans({"[": "〔", "【": "〔", "(": "〔", "]": "〕", "】": "〕", ")": "〕"})
# Curly quotes straight; a range's dash and a title's angle brackets as one typography (a page prints one plan's
# period 2021—2035 and 2021-2035, and 〈政府工作报告〉 or <政府工作报告> for 《政府工作报告》).
_TYPOGRAPHY = str.maketrans("“”‘’―—–‐‑‒─〈〉<>", "\"\"''-------《》《》")
# 1。 as pages print 1.; 第一节, 第二部分, 一是; 1*. (a plan's star marking a new measure)
_ORDINAL_DECORATION = re.compile(r"[\s、.．。()（）〔〕第条章节*]+|部分|(?<=[一二三四五六七八九十])是$")
_DECIMAL_ORDINAL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.(?P<last>\d{1,2})")  # 1.3.2 of a decimal outline


def document_key(source_file: str) -> str:
    """The name gold labels use for a published document: the input file's stem (`chenzhou-2025.txt` →
    `chenzhou-2025`); an export row keeps its row number (`exports/reports.csv#3` → `reports#3`)."""
    name = PurePosixPath(source_file.replace("\\", "/")).name
    name, hash_sign, row = name.partition("#")
    stem = PurePosixPath(name).stem
    return f"{stem}#{row}" if hash_sign else stem


def document_names(source_files: list[str]) -> dict[str, str]:
    """source_file → the gold name of each published document: document_key, except that an export file
    that gave one row only is named by its stem alone (labelled sets keep one document per file:
    `reports-2024.jsonl#1` → `reports-2024`)."""
    keys = {source_file: document_key(source_file) for source_file in source_files}
    rows_per_stem: dict[str, int] = {}
    for key in keys.values():
        stem = key.partition("#")[0]
        rows_per_stem[stem] = rows_per_stem.get(stem, 0) + 1
    return {source_file: (key.partition("#")[0] if rows_per_stem[key.partition("#")[0]] == 1 else key)
            for source_file, key in keys.items()}


def normalize_text(value: Any) -> str | None:
    """NFKC (full-width to half-width), curly quotes straight, dashes and angle brackets as one (_TYPOGRAPHY), no
    whitespace; None stays None, dates become ISO strings. Gold and output compare equal whether written
    `（一）“十四五”，` or `(一)"十四五",`, `〈政府工作报告〉(2021—2022)` or `《政府工作报告》(2021-2022)`."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = unicodedata.normalize("NFKC", str(value)).translate(_TYPOGRAPHY)
    return "".join(text.split())


def normalize_doc_number(value: Any) -> str | None:
    """发文字号 with any bracket style around the year made 〔〕: 深府办[2011]46号 → 深府办〔2011〕46号."""
    text = normalize_text(value)
    return text.translate(_YEAR_BRACKETS) if text else text


def normalize_heading(heading: str | None) -> str:
    """Letters, digits and ideographs only: headings that differ in punctuation or spacing compare equal."""
    return _NOT_WORD_CHARACTER.sub("", unicodedata.normalize("NFKC", heading or ""))


def ordinal_to_int(ordinal: str) -> int:
    """One ordinal of a heading as a number: 二、 → 2, (十一) → 11, 3. → 3, 第二十条 → 20, 第一节 → 1, 1.3.2 → 2, 一是 → 1."""
    decimal = _DECIMAL_ORDINAL.fullmatch(unicodedata.normalize("NFKC", ordinal).strip())
    if decimal:
        return int(decimal["last"])
    text = _ORDINAL_DECORATION.sub("", unicodedata.normalize("NFKC", ordinal))
    if not text:
        raise ValueError(f"ordinal_to_int: empty ordinal {ordinal!r}")
    try:
        return chinese_integer(text)
    except ValueError:
        raise ValueError(f"ordinal_to_int: cannot read {ordinal!r} as an ordinal") from None


def gold_path(parts: list[str] | str) -> str:
    """Gold's path (["二、", "(一)", "1."]) in the contract's form ("2.1.1")."""
    if isinstance(parts, str):
        return parts.strip()
    return ".".join(str(ordinal_to_int(part)) for part in parts)


def metrics_overlap(published: str | None, gold: str | None) -> bool:
    """Whether two metric names speak of the same thing: one contains the other, or they share enough
    character bigrams."""
    a, b = normalize_heading(published), normalize_heading(gold)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    bigrams_a = {a[i : i + 2] for i in range(len(a) - 1)}
    bigrams_b = {b[i : i + 2] for i in range(len(b) - 1)}
    shorter = min(len(bigrams_a), len(bigrams_b))
    return shorter > 0 and len(bigrams_a & bigrams_b) / shorter >= METRIC_BIGRAM_OVERLAP


def same_value(a: Any, b: Any) -> bool:
    """Two numbers equal up to a relative 1e-6; None equals nothing."""
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= _VALUE_TOLERANCE * max(1.0, abs(a), abs(b))
