"""The years a plan covers (period_start, period_end).

Precedence (first that applies): a year range in the title (`(2024—2028年)`, `(2011-2015)`); a
Five-Year-Plan name in the title (`“十四五”` → 2021–2025); one year in the title of an annual document
(`2021年…工作要点` → 2021–2021); a validity clause (`有效期至2028年12月31日` → issue year–2028,
`有效期5年` → issue year–issue year+5); a stated plan term in the body (`规划期限为2011年至2015年`); the
span of years the plan gives itself (`五年行动计划` in the title, `经过5年的努力`, `用3年时间` in the
preamble → issue year–issue year+N-1); the year a report sets its main targets for (`2023年…主要预期目标` →
2023–2023); the latest `到2030年` target (issue year–2030).
"""

from __future__ import annotations

import re

from gongwen.metadata.header import MAX_PREAMBLE_CHARS
from gongwen.metadata.keywords import keywords
from gongwen.text.numerals import chinese_integer
from gongwen.text.plans import five_year_plan_years_by_name

_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*(?:—|–|-|~|～|至|到)+\s*((?:19|20)\d{2})")
_FIVE_YEAR_PLAN = re.compile(
    r"“(十[一二三四五六七八九]?|[一二三四五六七八九])五”|(?<![一二三四五六七八九十])(十[一二三四五六七八九]?)五(?:规划|时期)"
)
_ONE_YEAR = re.compile(r"^[^\d《]{0,30}?((?:19|20)\d{2})年(?!.*(?:19|20)\d{2}年)")  # perhaps after its place
_VALID_UNTIL = re.compile(r"有效期(?:至|到)((?:19|20)\d{2})年")
_VALID_FOR = re.compile(r"有效期(?:为)?([0-9一二三四五六七八九十两]{1,3})年")
_YEARS_IN_TITLE = re.compile(r"(?<![0-9])([0-9一二三四五六七八九十两]{1,2})年(?:行动|攻坚|计划)")
_YEARS_OF_EFFORT = re.compile(r"(?:经过|用)([0-9一二三四五六七八九十两]{1,2})年(?:左右)?(?:的)?(?:努力|时间)")
_TARGET_YEAR = re.compile(r"(?:到|至|截至)((?:19|20)\d{2})年")
# 2023年文昌市经济社会发展主要预期目标是, 一、2023年经济社会发展主要目标, 2021年主要工作任务, 2025年,中山全市经济社会发展主要预期目标是, a section
# headed 二、2017年工作安排: the year a report (or the news of one) sets its targets and tasks for
# (2026年是“十五五”开局之年,泉州经济社会发展主要预期目标为: what the year is called, then its targets; a line break a
# page leaves inside 主要预期目标)
_YEAR_OF_TARGETS = re.compile(
    r"((?:19|20)\d{2})年(?:(?:[，,]?是[^，。；,;]{0,30}?之年[，,])?[，,]?[^，。；,;:：、]{0,24}?"
    r"(?:主要\n?(?:预期)?\n?(?:目标|指标)|主要工作任务|目标任务|增长目标)|工作安排)"
    r"(?![^，。；,;]{0,8}?完成)")  # not those it reports done (2021年全县…各项目标任务高质量全面完成)
# 2017年将全面做好…, and the growth a year is expected or striven for (2020年全市预期地区生产总值增长6.5%以上,
# 该市力争2023年地区生产总值增长8%左右), and a headline asking how a year's work is done (2025年宜都怎么干?): the year
# a report works in, and so is one whose focus it names (2026年宜宾经济社会发展的重点是什么?); a year whose task is
# named before its work is done in it (2025年是…收官之年,做好各项工作责任重大)
_YEAR_AHEAD = re.compile(r"(?<![到至截])((?:19|20)\d{2})年(?:将|要)(?:全面|重点|着力|继续)"
                         r"|((?:19|20)\d{2})年[^，。；,;]{0,6}?(?:预期|力争)[^，。；,;]{0,20}?增长"
                         r"|力争((?:19|20)\d{2})年[^，。；,;]{0,20}?增长"
                         r"|((?:19|20)\d{2})年[^，。；,;？?]{0,8}?怎么干"
                         r"|((?:19|20)\d{2})年[^，。；,;？?]{0,12}?(?:发展|工作)的重点"
                         r"|((?:19|20)\d{2})年[，,]?是[^。]{0,80}?之年[，,](?:[^。，,]{0,4}做好)")
_YEAR_REVIEWED = re.compile(r"((?:19|20)\d{2})年[，,]?是[^。]{0,60}?(?:一年|之年)[。，,]"
                            r"|((?:19|20)\d{2})年(?:及“[^”]{2,6}”)?(?:主要)?(?:成就|工作回顾)|回顾((?:19|20)\d{2})年"
                            r"|从报告中获悉[，,]((?:19|20)\d{2})年(?![^。，,]{0,12}(?:将|要|目标|预期|力争))")

# A session of the National People's Congress (not of its 常务委员会, which meets every two months) opening or hearing
# what the text reports: 第十三届全国人民代表大会第五次会议…开幕, 十四届全国人大二次会议上
NATIONAL_SESSION = re.compile(r"第?(?P<term>十[一二三四五六七八九]?|[五六七八九])届全国(?:人民代表大会|人大)第?(?P<session>[一二三四五])次"
                               r"会议(?=上|开幕|在[^。，,]{0,12}?(?:开幕|举行|召开))")
_FIFTH_CONGRESS_YEAR = 1978
_CONGRESS_TERM = 5


def _from_title(title: str) -> tuple[int, int] | None:
    match = _YEAR_RANGE.search(title)
    if match:
        return int(match[1]), int(match[2])
    match = _FIVE_YEAR_PLAN.search(title)
    if match:
        return five_year_plan_years_by_name(match[1] or match[2])
    match = _ONE_YEAR.search(title)
    if match and keywords().annual_document.search(title):
        return int(match[1]), int(match[1])
    return None


def year_of_targets(text: str) -> int | None:
    """The year a report (or the news of one) sets its main targets or tasks for, where it says so; else the year
    it says it will work in (2017年将全面做好稳增长…工作), or the year after the one it looks back on (报告指出,2022年,
    是…极不平凡的一年; 回顾2017年; 2020年成就; 2025年及“十四五”工作回顾; 记者从报告中获悉,2025年青海省地区生产总值增长4.1%)."""
    match = _YEAR_OF_TARGETS.search(text) or _YEAR_AHEAD.search(text)
    if match:
        return _year(match)
    match = _YEAR_REVIEWED.search(text)
    return _year(match) + 1 if match else _national_session_year(text)


def _national_session_year(text: str) -> int | None:
    """The year of the National People's Congress session a text says opens or hears it (第十三届全国人民代表大会第五次
    会议在北京人民大会堂开幕, 在十四届全国人大二次会议上): the year the report delivered at it sets its targets for. Every
    congress since the fifth (1978) sits five years and meets once a year, in spring."""
    match = NATIONAL_SESSION.search(text)
    if match is None:
        return None
    return _FIFTH_CONGRESS_YEAR + _CONGRESS_TERM * (chinese_integer(match["term"]) - 5) + chinese_integer(match["session"]) - 1


def _year(match: re.Match[str]) -> int:
    """The year of whichever alternative matched."""
    return int(next(year for year in match.groups() if year))


def extract_period(title: str | None, text: str, issue_year: int | None) -> tuple[int | None, int | None]:
    """Plan years by the precedence in the module docstring."""
    title = title or ""
    from_title = _from_title(title)
    if from_title:
        return from_title
    match = _VALID_UNTIL.search(text)
    if match:
        return issue_year, int(match[1])
    match = _VALID_FOR.search(text)
    if match and issue_year:
        return issue_year, issue_year + chinese_integer(match[1])
    match = keywords().term_sentence.search(text)
    if match:
        return int(match[1]), int(match[2])
    match = _YEARS_IN_TITLE.search(title) or _YEARS_OF_EFFORT.search(text[:MAX_PREAMBLE_CHARS])
    if match and issue_year:
        return issue_year, issue_year + chinese_integer(match[1]) - 1
    year = year_of_targets(text)
    if year:
        return year, year
    targets = [int(y) for y in _TARGET_YEAR.findall(text)]
    targets = [y for y in targets if issue_year is None or y >= issue_year]
    if targets:
        return issue_year, max(targets)
    return None, None
