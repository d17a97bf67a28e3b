"""How one value was read: the metric it names and what it leaves for the values after it in its clause."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """How one value was read, and what it leaves for the values after it in its clause."""

    end: int
    clause_start: int
    metric: str
    scope: str | None
    verb: str | None
    form: str  # tail | count | baseline
    noun_end: int = -1  # count form: where the counted noun stops (for 建成35个先导区、1000个和美乡村)
    shares: tuple[str, ...] = ()  # 分别: the metrics still to hand out, in order
    alike: bool = False  # 均: each of the shares takes this same value
    achieved: bool = False  # the phrase reports what is done (已建成…, 城镇化率已达…)
    bound_word: str | None = None  # a bound written before a base between verb and value (不低于其年用气量5%)
