"""Anti-copy noise a forum mixes into a reposted text (Discuz's hidden `jammer` strings: `_8 M1 x* {3 N# y1
D9 w` after a title, around a body's name), removed."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN

# Runs of at least four tokens of one or two ASCII characters, one space apart, next to a Chinese character,
# a blank or a line's end: no sentence of a 公文 is written so.
_RUN = re.compile(rf"(?:(?<=[{HAN}\s])|^)[!-~]{{1,2}}(?: [!-~]{{1,2}}){{3,}}(?=[{HAN}\s]|$)", re.MULTILINE)
# Four such tokens one space apart, wherever they stand: what a text without is read no further for runs.
_TOKENS = re.compile(r"[!-~]{1,2}(?: [!-~]{1,2}){3}")
_MIN_MIXED = 2  # tokens mixing a letter with a digit or a symbol (M1, x*): a list (1 2 3 4, A B C D) has none


def _mixed(token: str) -> bool:
    return len(token) == 2 and token[0].isalpha() != token[1].isalpha()


def remove_jammer_noise(text: str) -> tuple[str, int]:
    """The text without runs of noise; and how many runs were removed."""
    if not _TOKENS.search(text):
        return text, 0
    removed = 0

    def drop(found: re.Match[str]) -> str:
        nonlocal removed
        run = found.group()
        if sum(_mixed(token) for token in run.split(" ")) < _MIN_MIXED or not any(ch.isalpha() for ch in run):
            return run
        removed += 1
        return ""

    return _RUN.sub(drop, text), removed
