"""The two forms a target is written in, each naming its metric: the tail form puts the metric before
the value (新增城镇就业6.8万人), the count form a count verb before it and the counted noun after it
(培育4家高标准造纸集团)."""

from __future__ import annotations

import re

from gongwen.indicators.clauses import CLAUSE_ENDS, clause_end
from gongwen.indicators.grammar import NUMERAL_START, Grammar, Unit
from gongwen.indicators.phrases import (
    strip_joiners,
    trim_metric,
)
from gongwen.indicators.readings import Reading
from gongwen.indicators.shared_values import read_alike, read_joined, read_respectively
from gongwen.indicators.values import Number
from gongwen.text.chars import HAN, has_han

MAX_NOUN = 24
_MODIFIER_WORD = 4  # a word of a modifier's 、-list (特色明显, 带动性强)
# A bracket of one or two characters between characters of a word: the other reading (居(村)委).
_ALTERNATIVE_AFTER = 2  # …right after a word's first characters (居(村)委), not after a phrase (有条件的县(市)发展…)
_ALTERNATIVE_IN_WORD = re.compile(rf"[(（][{HAN}]{{1,2}}[)）](?=[{HAN}])")
# How far a counted noun phrase with a 的-modifier is followed to find its head (…带动新兴学科的创新创业领军人才).
_MODIFIED_NOUN_REACH = 60
_QUOTED = re.compile(r"[“「][^“”「」]*[”」]")
_NOUN_ENDS = frozenset(",，;；:：。!！?？)）(（\n")
_SHARE_FIRST_KINDS = frozenset({"percent", "measure"})
# How long the rest of a clause opened by a share may be to be read as its metric (…落户企业; a longer rest
# is a clause of its own).
_SHARE_OPENING_LENGTHS = (4, 2 * MAX_NOUN)


def read_tail(
    grammar: Grammar,
    phrase: str,
    before: tuple[Reading | None, Reading | None],
    quoted: str | None,
    here: tuple[int, int],
    listed: int = 1,
) -> Reading | None:
    """Metric before the value: 新增城镇就业6.8万人, 常住人口城镇化率提升至65%左右. `before` is the value before it
    in its clause and the one before it in its sentence, `quoted` the quotation holding it; `here` is the value's
    (end, clause start); `listed` how many values a list joined by 、 holds from this one on."""
    previous, earlier = before
    achieved = any(marker in phrase for marker in grammar.achievement_markers)
    if achieved:
        phrase = without_achievement_markers(phrase, grammar)
    if previous is not None:
        phrase = strip_joiners(phrase, grammar)
    if grammar.respectively in phrase:
        return read_respectively(grammar, phrase, here, listed)
    one_each = read_respectively(grammar, phrase, here) if listed > 1 and previous is None else None
    if one_each is not None and len(one_each.shares) + 1 == listed:
        return one_each  # 健康镇、健康村…的比例不低于30%、30%、65%: as many values as names, one each
    alike = read_alike(grammar, phrase, here) if grammar.alike in phrase else None
    if alike is not None:
        return alike
    metric, scope, verb = trim_metric(phrase, grammar)
    metric = _listed_class(metric, grammar)
    joined = read_joined(grammar, metric, scope, verb, here) if previous is None else None
    if joined is not None:
        return joined
    if metric in grammar.length_words and previous is not None and previous.form == "tail":
        return Reading(*here, previous.metric + grammar.length_metric, previous.scope, verb, "tail")  # 176条长89.9公里
    if not metric and previous is not None:
        # A value listed after another (分别提高510元、440元; 由…增加到…): the next or the same metric.
        if previous.shares:
            return Reading(*here, previous.shares[0], previous.scope, verb, "tail", shares=previous.shares[1:])
        return Reading(*here, previous.metric, previous.scope, verb, "tail")
    change = next((metric[len(base):] for base in grammar.change_bases if metric.startswith(base)), metric)
    if (change in grammar.change_words and earlier is not None and earlier.form != "count"
            and grammar.change_ending(earlier.metric) is None):  # not 投资增长增长: a change of a change
        metric, scope = earlier.metric + change, scope or earlier.scope
    if not metric and verb is not None and previous is None and earlier is not None and earlier.form == "tail":
        change = grammar.change_ending(earlier.metric)
        if change and len(earlier.metric) > len(change):  # 人均财政补助标准提高30元,达到580元: the level the change reaches
            metric, scope = earlier.metric[: -len(change)], scope or earlier.scope
    if not metric and quoted is not None:
        metric = quoted  # “突破两千亿、挺进五十强”: the slogan names the target
    if len(metric) < 2:
        return None
    if scope is None and previous is not None and previous.form == "tail":
        scope = previous.scope
    return Reading(*here, metric, scope, verb, "tail", achieved=achieved)


def _listed_class(metric: str, grammar: Grammar) -> str:
    """上海大学附属嘉定实验学校等各级各类学校 → 各级各类学校: examples closed by 等 before the class they belong to
    (the class ends in the examples' own head noun: 学校) give the class; 钢铁、有色等行业能耗 keeps its examples."""
    for marker in grammar.enumeration_markers:
        examples, found, kind = metric.rpartition(marker)
        if found and len(kind) >= 2 and len(examples) >= 2 and examples.endswith(kind[-2:]):
            return kind
    return metric


def without_achievement_markers(phrase: str, grammar: Grammar) -> str:
    """城镇化率已达 → 城镇化率达: the marker says when, it is no part of the metric."""
    for marker in grammar.achievement_markers:
        phrase = phrase.replace(marker, "")
    return phrase


def read_count(
    grammar: Grammar, line: str, phrase: str, continued: Reading | None, number: Number, here: tuple[int, int]
) -> Reading | None:
    """Count before the noun it counts: 培育4家高标准造纸集团, 迈上五百亿台阶, 建成中心城区6座污水处理厂 (a place
    or kind between verb and count is part of what is counted); `continued` is the count this one is
    listed after (建成35个先导区、1000个和美乡村)."""
    unit = number.unit
    # 720兆瓦储能电站, 10万千瓦燃煤机组: a measure naming a kind of thing; unless 新增/增加 come right before it and a
    # qualifier after it (新增2亿千瓦以上新能源…): an amount of what follows
    added = grammar.amount_verb.search(phrase) and line[: here[0]].endswith(tuple(grammar.qualifiers_after))
    if unit is not None and not unit.count_first and not added:
        return None
    verb, gap = _count_verb(grammar, phrase, number.value)
    if verb is None and continued is None:
        return None
    end = here[0]
    noun_start = end + 1 if line.startswith("的", end) else end
    kind_start = _listed_kind(grammar, line, noun_start)
    if kind_start is not None:
        noun_start, gap = kind_start, ""  # …等海绵重点项目建设: the list before 等 gives examples of the kind
    noun_end = _noun_end(grammar, line, noun_start)
    head = _head_after_modifier(grammar, line, noun_start, noun_end)
    if head is not None:
        (noun_start, noun_end), gap = head, ""
    if (
        unit is not None
        and unit.kind == "count"
        and verb is not None
        and grammar.activity_verbs.search(verb.group())
        and not _names_activity(grammar, line, end)
    ):
        return None  # 持续推进16个市级海绵城市重点建设区: counts what exists, sets no number to reach
    noun = grammar.noun_trailing.sub("", line[noun_start:noun_end].rstrip())
    if grammar.value.fullmatch(noun):
        return None  # 实现4个100%目标: a count of the targets stated after it
    if _counted_after(grammar, noun):
        return None  # 建成1000亩以上开放休闲林地5个: a measure that sets a class apart, counted after it
    perfective = gap.startswith(grammar.perfective_markers)
    if perfective:
        gap = gap[1:]  # 新增了34个指标: done, not to do
    scope = continued.scope if continued is not None and verb is None else None
    metric = gap + noun
    if verb is not None and noun.startswith(grammar.level_nouns):
        subject, scope, _ = trim_metric(phrase[: verb.start()], grammar)
        metric = subject or noun
    if len(metric) < 2:
        return None
    achieved = perfective or (verb is not None and phrase[: verb.start()].endswith(grammar.achievement_markers))
    return Reading(
        *here, metric, scope, verb.group() if verb else None, "count", noun_end=noun_end, achieved=achieved
    )


def _count_verb(grammar: Grammar, phrase: str, count: float) -> tuple[re.Match[str] | None, str]:
    """The count verb governing a count and the words between them: right before it (培育), or a few
    words before it when only opening words stand before the verb (持续推进居住区289个…), or before the names
    the count counts (see _verb_before_names)."""
    verb = grammar.count_verb_tail.search(phrase)
    if verb is not None:
        return verb, ""
    near = grammar.count_verb_near.search(phrase)
    if near is not None and grammar.object_count.match(near.group("gap")):
        near = None  # 改造项目将对全县农村27座…: the count is of the things a work is done on (read_object_count)
    if near is None or _opening_words(grammar, phrase[: near.start()]):
        named = _verb_before_names(grammar, phrase, count)
        return (named, "") if named is not None else _per_unit_verb(grammar, phrase)
    return grammar.count_verb_lead.match(phrase, near.start()), near.group("gap")


def _per_unit_verb(grammar: Grammar, phrase: str) -> tuple[re.Match[str] | None, str]:
    """每个镇建有1个全民健身广场, 各区（县级市）有1所三级甲等综合医院: a possession verb whose holder is each of a
    kind of place sets a count per place; the holder is part of what is counted (每个镇 + 全民健身广场). None
    for a holder without a distributive word (全市有15个街道: a description)."""
    verb = grammar.possession_verb.search(phrase)
    if verb is None:
        return None, ""
    holder = grammar.per_unit_holder.search(phrase, 0, verb.start())
    if holder is None:
        return None, ""
    return verb, holder.group("holder") or holder.group("each")


def _opening_words(grammar: Grammar, words: str) -> str:
    """What stands before a count verb besides opening words (years, 2年内)."""
    words = grammar.lead.sub("", words)
    return "" if grammar.within_years.match(words) else words


def _verb_before_names(grammar: Grammar, phrase: str, count: float) -> re.Match[str] | None:
    """新增西门文化公园等9座城市公园: a count verb before a list of names closed by 等 governs the count after
    it (what is counted is the noun after the count; the names are examples of it); so it does before names
    joined by 、 as many as the count (开工建设京沪高铁辅助通道天津至潍坊段、雄商高铁、济滨高铁3个项目)."""
    marked = phrase.endswith(grammar.enumeration_markers)
    names_start = len(phrase) - grammar.enumeration_reach
    verbs = [verb for verb in grammar.count_verb_lead.finditer(phrase) if verb.end() >= names_start]
    for verb in reversed(verbs):
        names = phrase[verb.end() : len(phrase) - marked]
        if (names and not any(ch in CLAUSE_ENDS for ch in names) and not _counts_inside(grammar, names)
                and (marked or 1 < names.count("、") + 1 == count)):
            return verb
    return None


def _counts_inside(grammar: Grammar, names: str) -> bool:
    """Whether names listed before a count hold a count of their own (、1000个和美乡村), a number in figures, not a
    numeral of a name (向家坝灌区一期二步工程)."""
    return any(ch.isdigit() for ch in names) or any(
        (unit := grammar.unit_of(found)) is not None and unit.kind == "count" for found in grammar.value.finditer(names))


def _listed_kind(grammar: Grammar, line: str, start: int) -> int | None:
    """Where the kind counted starts when a list of examples closed by 等 follows the count (100个建筑与小区、
    公园与绿地、…等海绵重点项目建设 → 海绵重点项目建设); None when no such list follows in the clause."""
    end = start
    while end < len(line) and end - start < grammar.enumeration_reach and line[end] not in CLAUSE_ENDS:
        if line[end] in NUMERAL_START:
            return None  # another count of the list (、1000个和美乡村)
        end += 1
    clause = line[start:end]
    marker = max((clause.rfind(word) for word in grammar.enumeration_markers), default=-1)
    if marker < 0 or "、" not in clause[:marker] or len(clause) - marker - 1 < 2:
        return None
    first, *others = clause[:marker].split("、")
    if len(first) > max(map(len, others)):
        return None  # 5%新增建设用地指标保障乡村公共设施、公益事业…等: the count's noun comes first, a list follows
    return start + marker + 1


def _counted_after(grammar: Grammar, noun: str) -> bool:
    """Whether the noun after a measure goes on to a count of it (1000亩以上开放休闲林地5个): a class set apart; not
    a count inside a name in quotes (10个“一件事”服务场景)."""
    quoted = [found.span() for found in _QUOTED.finditer(noun)]
    for value in grammar.value.finditer(noun):
        unit = grammar.unit_of(value)
        if any(start < value.start() < end for start, end in quoted):
            continue
        if value.start() > 0 and unit is not None and unit.kind == "count":
            return True
    return False


_COPULA = "是"
_MIN_NOUN_BEFORE_COPULA = 2


def _noun_end(grammar: Grammar, line: str, start: int) -> int:
    """Where a counted noun stops: at a clause end or a bracket, at a 、 that lists another count (、1000个和美
    乡村) or another noun (公共设施、公益事业), or at 和/与 before another count (1000套专家公寓和10000套人才公寓);
    a 、 inside a modifier goes on (1万名具有博士、硕士学位的企业紧缺人才), and so does a bracket holding the
    other reading of a character inside a word (500个居(村)委)."""
    end = start
    while end < len(line) and end - start < MAX_NOUN:
        if line[end] in _NOUN_ENDS:
            alternative = _ALTERNATIVE_IN_WORD.match(line, end)
            if alternative is None or not 0 < end - start <= _ALTERNATIVE_AFTER:
                break
            end = alternative.end()
            continue
        if line[end] == "、" and (end == start or not _inside_modifier(line, end)):
            break
        if line[end] == "》" and "《" not in line[start:end]:
            break  # the count was inside a title's marks: items set in 《》 one after another
        if _joins_count(grammar, line, end) or line[end] == _COPULA and end - start >= _MIN_NOUN_BEFORE_COPULA:
            break  # …, or at 是 after a noun: 办好65件民生实事项目|是县政府对全县人民的庄严承诺
        end += 1
    return end


def _joins_count(grammar: Grammar, line: str, at: int) -> bool:
    """和/与 before another count of the same unit (1000套专家公寓和10000套人才公寓), not before a measure naming a
    kind (22个750千伏和330千伏电网工程)."""
    if line[at] not in grammar.value_joiners or line[at + 1 : at + 2] not in NUMERAL_START:
        return False
    following = grammar.value.match(line, at + 1)
    unit = grammar.unit_of(following) if following is not None else None
    return unit is not None and unit.kind == "count"


def _head_after_modifier(grammar: Grammar, line: str, start: int, noun_end: int) -> tuple[int, int] | None:
    """(start, end) of the head noun of a count whose noun phrase runs on past a name's length to its clause
    end through a 的-modifier (200名左右能够突破关键技术、发展高新技术产业、带动新兴学科的创新创业领军人才 →
    创新创业领军人才; 100名在学科专业领域起骨干带头作用的享受国务院政府特殊津贴的后备人才 → 享受国务院政府特殊
    津贴的后备人才): the longest part after a 的 that fits a name. None for a phrase that fits (1万名具有博士、
    硕士学位的企业紧缺人才 keeps its modifier)."""
    end = noun_end
    while end < len(line) and end - start < _MODIFIED_NOUN_REACH and line[end] not in _NOUN_ENDS:
        if line[end] in NUMERAL_START or _joins_count(grammar, line, end):
            break
        end += 1
    while end > start and line[end - 1] in "、和与及":
        end -= 1
    if end - start <= MAX_NOUN or (end < len(line) and line[end] not in _NOUN_ENDS):
        return None
    for at in range(start + 2, end - 2):
        if line[at] == "的" and end - at - 1 <= MAX_NOUN:
            return at + 1, end
    return None


def _inside_modifier(line: str, joiner: int) -> bool:
    """Whether the 、 at `joiner` joins words of a modifier: a 的 follows in its clause before any numeral, after
    only short words joined by 、 (博士、硕士学位的…; 1个产业突出、特色明显、带动性强的国家级强镇)."""
    word = 0
    for ch in line[joiner + 1 : joiner + 1 + MAX_NOUN]:
        if ch == "的":
            return True
        if ch in CLAUSE_ENDS or ch in NUMERAL_START or (ch == "、" and word > _MODIFIER_WORD):
            return False
        word = 0 if ch == "、" else word + 1
    return False


def _names_activity(grammar: Grammar, line: str, start: int) -> bool:
    """Whether the clause after a count ends in an activity (…生态廊道建设, …融合发展), a bracket aside."""
    clause = re.sub(r"[(（][^)）]*[)）]$", "", line[start : clause_end(line, start)].rstrip())
    return clause.endswith(grammar.activity_endings)


def read_share_first(
    grammar: Grammar, line: str, phrase: str, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """A share or an area before what it measures: 本区建成区40%以上面积达到海绵城市建设目标要求 → 建成区面积达到
    海绵城市建设目标要求 (scope 本区 dropped as a lead), 70%以上居住区实现垃圾分类实效达标 → 居住区实现…."""
    if unit is None or unit.kind not in _SHARE_FIRST_KINDS:
        return None
    found = grammar.share_first.match(line, here[0])
    if found is None:
        return _share_opening(grammar, line, phrase, unit, here)
    subject, scope, _ = trim_metric(phrase, grammar)
    # 100%实现一次性装修: what the share is of is not written; after 的 one character names it (90%的县达到…)
    if len(subject + found.group("noun")) < (1 if found.group().startswith("的") else 2):
        return None
    metric = subject + found.group("noun") + found.group("verb") + found.group("rest")
    achieved = any(marker in phrase for marker in grammar.achievement_markers)
    return Reading(*here, metric, scope, None, "tail", achieved=achieved)


def _share_opening(grammar: Grammar, line: str, phrase: str, unit: Unit, here: tuple[int, int]) -> Reading | None:
    """A share opening its clause (only a scope or a year before it), then what it is of and what that does,
    whatever the verb: 75%以上科技人员落户企业, 50%以上的专利由企业申请, 全市10%的城乡社区达标 → the rest of the
    clause is the metric. Not a share after words naming a metric (其中50%…: the tail form's), nor a clause
    holding another number."""
    if unit.kind != "percent" or any(word in phrase for word in grammar.share_part_words):
        return None
    subject, scope, verb = trim_metric(phrase, grammar)
    if subject and grammar.scope.fullmatch(subject):
        subject, scope = "", subject  # 全市10%的城乡社区达标
    if subject or verb:
        return None
    rest, _ = clause_after(line, here[0])
    rest = rest.removeprefix("的")
    if not _SHARE_OPENING_LENGTHS[0] <= len(rest) <= _SHARE_OPENING_LENGTHS[1] or not re.match(f"[{HAN}]", rest):
        return None
    if any(ch in NUMERAL_START for ch in rest):
        return None
    achieved = any(marker in phrase for marker in grammar.achievement_markers)
    return Reading(*here, rest, scope, None, "tail", achieved=achieved)


def sets_no_number_to_reach(
    grammar: Grammar, line: str, reading: Reading, unit: Unit | None, spans: tuple[int, int, int]
) -> bool:
    """Whether a value read (at spans[1:], its clause from spans[0]) sets no number to reach: what a thing takes up
    or a level bears of a cost (该项目占地10亩, 中央财政负担60%), who takes a role (确定1名工作人员为联络员), or the
    document's own parts after a verb saying what it holds (提出…等10项措施, 安排27项重点工作, 文件包括8个部分47条) or in
    brackets after a heading (…方面(分解任务15项))."""
    clause_start, start, end = spans
    if reading.metric.endswith(grammar.describing_metric_endings):
        return True
    if reading.verb in grammar.designating_verbs and grammar.designation_word in line[end : reading.noun_end]:
        return True
    if unit is None or unit.kind != "count":
        return False
    bracketed = line[end : end + 1] in ")）" and grammar.parts_counted.search(line, 0, start) is not None
    if bracketed and grammar.document_part.fullmatch(unit.name):
        return True  # …方面(分解任务15项), …分工方案(共计121项): how many items a part or the document holds
    if grammar.describing_verb.search(line, clause_start, start) is None:
        return False
    return (grammar.document_part.match(line, end) is not None
            or (grammar.document_part.fullmatch(unit.name) is not None and not has_han(line[end : end + 1])))


def clause_after(line: str, end: int) -> tuple[str, int]:
    """The rest of the clause that goes on at `end` of `line` (up to a clause end), and where it ends."""
    ends = clause_end(line, end)
    return line[end:ends], ends
