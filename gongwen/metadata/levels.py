"""The level of a document's jurisdiction where nothing names its place: the kind its bodies, its title or the units
it gives work to are named by alone (县人民政府办公室, 2023年区政府…, 牵头单位:区民政局)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TypeVar

from gongwen.departments.gazetteer import gazetteer as departments
from gongwen.metadata.keywords import keywords
from gongwen.text.patterns import alternation
from gongwen.vocabulary import COUNTY

_Key = TypeVar("_Key")  # what dominant counts: names, kinds, regions

MIN_MENTIONS = 2  # said this often, a kind or a name is the document's own (named once: see jurisdiction._named_alone)


def level_of_bodies(bodies: list[str]) -> str | None:
    """The level of issuing bodies named by their kind alone where the kind names one level whatever the
    division (县人民政府办公室, 县疫情防控指挥部 → county; 省政府办公厅 → province), a township's by its body
    (镇人民政府 → county; not 乡村振兴局): one level for them all, else None."""
    levels = set()
    for body in bodies:
        if keywords().township_alone.match(body) or keywords().township_opening.match(body):
            levels.add(COUNTY)  # 镇人民政府, 清溪镇人民政府办公室: a township's body, whichever township
        elif body[:1] not in keywords().township_suffixes:  # 乡村振兴局: a township's kind opens words too
            kind = keywords().level_word.match(body)
            levels.add(keywords().self_reference_levels.get(kind.group() if kind else body[:1]))
    return levels.pop() if len(levels) == 1 else None


def level_its_title_names(title: str | None) -> str | None:
    """The level of the division a title names by its kind alone, after its year: the whole of it (2017年全省交通运输
    工作主要任务), the kind before a year (县2022年农村人居环境整治工作方案), a report (2023年区《政府工作报告》…) or a
    government (2023年区政府重点民生实事项目…); else None."""
    found = _TITLE_KIND.match(title or "")
    if found is None or not (found["whole"] or found["after"]):
        return None
    return keywords().self_reference_levels.get(found["kind"])


_TITLE_KIND = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?P<whole>全)?(?P<kind>自治区|自治州|[省市区县州盟旗])"
                         r"(?P<after>(?:19|20)\d{2}年|[《〈<]政府工作报告|(?:人民)?政府(?!工作报告))?")


def level_its_units_name(text: str) -> str | None:
    """The level of the units a document gives its work to where they open with a kind alone (牵头单位:县教育局,
    县财政局 → county; 区经信局 → county; 市发改委 → prefecture): one kind at least twice and more than any other."""
    return keywords().self_reference_levels.get(dominant(Counter(
        found["kind"] for found in _units_of_a_kind().finditer(text)), MIN_MENTIONS))


def level_of_a_township_it_speaks_for(text: str) -> str | None:
    """A text that speaks for a township, whichever it is (鼓楼街道办事处深入学习…; 全镇, 镇党委, 乡长), at least twice:
    county, the level a township is counted with."""
    return COUNTY if len(keywords().township_speaking.findall(text)) >= MIN_MENTIONS else None


@cache
def _units_of_a_kind() -> re.Pattern[str]:
    """A department read at its prefix's level (教育局, 发改委) after a kind alone opening the unit (not 各县教育局)."""
    names = [name for name, entry in departments().by_suffix.items()
             if entry.department is not None and entry.fixed_level is None and len(name) > 1]
    kinds = [kind for kind in keywords().self_reference_levels if kind not in keywords().township_suffixes]
    return re.compile(rf"(?:^|(?<=[、，,：:；;（(\s]))(?P<kind>{alternation(kinds)})(?:委|政府)?"
                      rf"(?:{alternation(names)})", re.MULTILINE)


def dominant(counts: Counter[_Key], at_least: int) -> _Key | None:
    """The key counted at least `at_least` times and more often than any other, else None."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
