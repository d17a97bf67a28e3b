"""Anti-copy noise a forum mixes into a reposted text (Discuz's hidden `jammer` strings: `_8 M1 x* {3 N# y1
D9 w` after a title, around a body's name), and a mirror's mark set between words throughout (`各省@@、自治区@@、
直辖市人@@民政府@@:`), removed."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN

# Runs of at least four tokens of one or two ASCII characters, one space apart, next to a Chinese character,
# a blank or a line's end: no sentence of a 公文 is written so.
_RUN = re.compile(rf"(?:(?<=[{HAN}\s])|^)[!-~]{{1,2}}(?: [!-~]{{1,2}}){{3,}}(?=[{HAN}\s]|$)", re.MULTILINE)
# Four such tokens one space apart, wherever they stand: what a text without is read no further for runs.
_TOKENS = re.compile(r"[!-~]{1,2}(?: [!-~]{1,2}){3}")
_MIN_MIXED = 2  # tokens mixing a letter with a digit or a symbol (M1, x*): a list (1 2 3 4, A B C D) has none
# A symbol no sentence uses, doubled or more, right after a Chinese character or a mark: set between words this often,
# it is a mirror's noise (no 公文 writes @@ or ## even once).
_WORD_MARK = re.compile(rf"(?<=[{HAN}、，。；：）”,;:)])([@#$^&~|=_])\1+")
_MIN_WORD_MARKS = 10


def _mixed(token: str) -> bool:
    return len(token) == 2 and token[0].isalpha() != token[1].isalpha()


def remove_jammer_noise(text: str) -> tuple[str, int]:
    """The text without runs of noise or marks set between its words; and how many runs and marks were removed."""
    n_marks = 0
    if len(_WORD_MARK.findall(text)) >= _MIN_WORD_MARKS:
        text, n_marks = _WORD_MARK.subn("", text)
    if not _TOKENS.search(text):
        return text, n_marks
    removed = 0

    def drop(found: re.Match[str]) -> str:
        nonlocal removed
        run = found.group()
        if sum(_mixed(token) for token in run.split(" ")) < _MIN_MIXED or not any(ch.isalpha() for ch in run):
            return run
        removed += 1
        return ""

    return _RUN.sub(drop, text), removed + n_marks
