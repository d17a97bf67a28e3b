"""The words metadata reads a document with (resources/metadata_keywords.yaml), compiled into patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.text.resources import read_yaml

AUTONOMOUS_REGION = "自治区"  # the kind an autonomous region calls itself by (self_references)


@dataclass(frozen=True)
class Keywords:
    document_types: tuple[str, ...]
    notice: re.Pattern  # 关于印发《X》的通知, or a page's 印发X的通知 that dropped the issuer and 关于
    issued_verb: re.Pattern  # 印发, 转发… opening a title
    issued_notice: re.Pattern  # 机关+印发《X》的通知: the issuer, then the verb, no 关于
    own_matters: re.Pattern  # 通知如下: a notice that says matters of its own
    consultation: re.Pattern  # 关于《X(征求意见稿)》公开征求意见的公告: the draft it asks about is the document
    consultation_verbs: tuple[str, ...]  # 征求, 征集: a notice's verb asking for comments
    publications: frozenset[str]
    organization_suffix: str  # the endings of an issuing body's name, as one alternation
    organization_suffixes: tuple[str, ...]
    organization_end: re.Pattern
    national_issuers: tuple[str, ...]
    central_enterprise: re.Pattern  # 中国国家铁路集团有限公司
    several_bodies: re.Pattern  # 教育部等五部门
    seal_note: re.Pattern  # （河南省教育厅代章）: another body's seal stands for the signer's
    seal_note_after: re.Pattern  # the same note after the signer's name on its line
    internal_office: re.Pattern  # the office of a body that signs for it (…办公厅, …综合司)
    central_review: re.Pattern  # 2022年,在…领导下,(?P<rest>交通运输部以习近平…): a year's review and its subject
    own_work_openings: tuple[str, ...]  # 以习近平, 深入, 坚持: a subject's own work following it
    report_speaker: re.Pattern
    speaker_delivers: re.Pattern  # 1月27日,湖北省省长李殿勋向省十四届人大四次会议作政府工作报告: a lead's speaker and day
    level_word: re.Pattern  # 省/市/自治区… opening a name
    level_words: tuple[str, ...]  # 省, 市, 自治区 …: the kinds a body may be named by alone
    words_before_a_body: str  # 按照|市委, 经|市政府: what a body named by its level alone may follow
    divisions_below: dict[str, re.Pattern]  # level → 各县(市、区) …: the divisions below it a text of that level tasks
    province_abbreviations: dict[str, str]  # 鄂 → 湖北省: a province's 文号 opens with it
    leading_noise: re.Pattern  # a year or a party prefix before an issuer's jurisdiction
    draft_mark: re.Pattern
    implement_trigger: re.Pattern
    announcement: re.Pattern  # 工业和信息化部、市场监督管理总局近日印发《X》: a news lead naming the issuers of X
    announcement_verb: re.Pattern  # 发布, 印发: one of the verbs alone
    introduced: re.Pattern  # 出台《X》(下称《意见》): a document a news page issues and then calls by a short name
    introduced_after: re.Pattern  # 《X》(简称《行动计划》)于日前发布: …named first, then said to be issued
    compiled: re.Pattern  # 编制《X纲要》,主要阐明…: a plan's preamble naming the plan
    explained: re.Pattern  # 召开《X》政策解读新闻发布会: a press conference explaining X
    published_report: re.Pattern  # 现向社会公开发布《X报告》: a yearly report publishing itself
    delivered: re.Pattern  # …受省政府委托,…向…会议作《X报告》: a body delivering a report for a government
    announced: re.Pattern  # 《X》已正式公布: a news lead naming no issuer
    announced_notice: re.Pattern  # 杭州市人民政府办公厅印发X的通知: a news lead naming the notice without 《》
    announced_guanyu: re.Pattern  # 安徽省人民政府发布关于X的通知: a news lead naming the notice it carries
    # 江苏省人民政府办公厅发布X的实施意见, 工业和信息化部发布X工作要点(以下简称…): a headline or lead naming the document
    # without 《》 (not a notice: 省政府印发X通知 names the notice loosely; the lead below it names it as printed)
    announced_unmarked: re.Pattern
    announced_unmarked_alone: re.Pattern  # 9月13日,湖北数字经济强省三年行动计划正式印发,…: …and naming no issuer
    announced_unnamed: re.Pattern  # 2月14日,许昌市政府印发通知,对…: a lead naming the issuer of a notice it does not name
    reviewed_year: re.Pattern  # after a lead's year: 教育工作总结会, 计划执行情况 (the year reviewed, not the one it is in)
    self_making: re.Pattern
    spirit: re.Pattern
    title_end: re.Pattern
    annual_document: re.Pattern
    # What a signature's date may run on into on its line: a document's title (…日工会参与劳动争议处理办法第一章…), a
    # bracketed note ((联系人…)), the copy list (抄送:); not the words of a sentence (…2020年9月16日下发的《…》), nor 印发
    # (a 版记's printing office and day, 重庆市人民政府办公厅 2015年8月27日印发, no signature)
    run_on_after_date: re.Pattern
    term_sentence: re.Pattern
    township_suffixes: tuple[str, ...]  # 街道, 镇, 乡: the kinds of township
    city_zone_kinds: tuple[str, ...]  # 高新区, 经开区: the development zones a city governs as a county
    city_zone: re.Pattern  # such a zone, perhaps after a name of its own (万盛经开区)
    township: re.Pattern  # a 镇/乡/街道 followed by its body's name
    township_alone: re.Pattern  # 镇人民政府, 街道办事处: a township's body named by its kind alone
    township_opening: re.Pattern  # 南漳镇 opening 南漳镇人民政府 or 湖镇镇政府工作报告, or a name that is all of it
    township_speaking: re.Pattern  # 全镇, 该乡, 镇党委, 镇长, 街道办事处: a township speaking of itself or its bodies
    self_references: dict[str, re.Pattern]  # 市 → 全市|本市|我市; 自治区 → 自治区 alone
    self_reference_levels: dict[str, str]  # 县 → county: the kinds that name one level
    scope_area: re.Pattern  # 行政区域内, 辖区内: what a division named before it governs
    national_self_reference: re.Pattern  # 全国|我国
    central_leadership: re.Pattern  # 党中央|国务院
    addressee: re.Pattern  # 省政府各部门, 市直各部门: the group named after the addressee's level word
    addressee_levels: dict[str, str]  # 省 → province
    national_addressees: tuple[str, ...]  # 各省、自治区、直辖市: a national sender's addressees
    township_addressees: tuple[str, ...]  # 各乡镇, 各街道: a county's addressees
    own_place: re.Pattern  # 结合(?P<name>淮安)实际: a division named as the document's own
    passing_mention: tuple[str, ...]  # 学习, 对标: before a division named in passing
    kinds_named_in_text: tuple[str, ...]  # 市, 县: kinds whose body named alone the text's names complete


@cache
def keywords() -> Keywords:
    data = read_yaml("metadata_keywords.yaml")
    doc_types = alternation(data["document_types"])
    drafts = alternation(data["draft_marks"])
    verbs, kinds = alternation(data["notice_verbs"]), alternation(data["notice_kinds"])
    issued_verbs = alternation(data["issued_notice_verbs"])
    organization_suffix = alternation(data["organization_suffixes"])
    return Keywords(
        document_types=tuple(data["document_types"]),
        notice=re.compile(
            rf"^(?:(?P<issuer>[^。;:,]{{0,60}}?)关于(?P<verb>{verbs})|{issued_verbs})"
            rf"(?P<rest>[^。]*?)(?:的)?(?P<kind>{kinds})$"
        ),
        issued_verb=re.compile(issued_verbs),
        consultation=re.compile(
            rf"^(?P<issuer>[^。;:,]{{0,60}}?)关于(?:对)?(?P<rest>《[^。]*》)(?:的)?(?:{alternation(data['consultation_verbs'])})"
            rf"[^。《》]{{0,8}}?意见(?:建议)?的(?P<kind>{alternation(data['consultation_kinds'])})$"
        ),
        issued_notice=re.compile(
            rf"^(?P<issuer>[^。;:,《》]{{2,200}}?)(?P<verb>{issued_verbs})"
            rf"(?P<rest>《[^。]*》)(?:的)?(?P<kind>{kinds})$"
        ),
        own_matters=re.compile(alternation(data["own_matters"])),
        consultation_verbs=tuple(data["consultation_verbs"]),
        publications=frozenset(data["publications"]),
        organization_suffix=organization_suffix, organization_suffixes=tuple(data["organization_suffixes"]),
        township_suffixes=tuple(data["township_suffixes"]),
        organization_end=re.compile(rf"(?:{organization_suffix})$"),
        national_issuers=tuple(data["national_issuers"]),
        seal_note=re.compile(data["seal_note_pattern"]),
        seal_note_after=re.compile(r"(?<=\S)\s*" + data["seal_note_pattern"].removeprefix("^")),
        several_bodies=re.compile(data["several_bodies_pattern"]),
        province_abbreviations=dict(data["province_abbreviations"]),
        leading_noise=re.compile(rf"^(?:\d{{4}}年(?:度)?|{alternation(data['party_prefixes'])})"),
        draft_mark=re.compile(rf"[(（]?(?:{drafts})[)）]?$"),
        implement_trigger=re.compile(alternation(data["implement_triggers"])),
        self_making=re.compile(alternation(data["self_making"])),
        reviewed_year=re.compile(rf"[^，,。]{{0,12}}?(?:{alternation(data['reviewed_year_words'])})"),
        spirit=re.compile(alternation(data["spirit_words"])),
        title_end=re.compile(
            rf"(?:{doc_types})(?:[(（][^()（）]{{1,20}}[)）])?(?:[(（](?:{drafts})[)）])?$"
        ),
        run_on_after_date=re.compile(rf"[^\s，,。；;：:、《》]{{0,40}}?(?:{doc_types})|[(（]|抄送"),
        annual_document=re.compile(alternation(data["annual_document_words"])),
        term_sentence=re.compile(rf"(?:{alternation(data['plan_term_words'])})[^。\n]{{0,20}}?"
                                 r"((?:19|20)\d{2})\s*年?\s*(?:—|–|-|~|至|到)\s*((?:19|20)\d{2})"),
        self_references=_self_reference_patterns(data),
        scope_area=re.compile(alternation(data["scope_area_words"])),
        national_self_reference=re.compile(alternation(data["national_self_references"])),
        central_leadership=re.compile(alternation(data["central_leadership"])),
        own_place=_own_place_pattern(data["own_place_frames"]),
        passing_mention=tuple(data["passing_mention_words"]),
        kinds_named_in_text=tuple(data["kinds_named_in_text"]),
        **_level_patterns(data),
        **_addressee_patterns(data),
        **_announcement_patterns(data),
        **_speaker_patterns(data),
        **_township_patterns(data),
        **_central_patterns(data),
    )


def names_a_document(text: str) -> bool:
    """The text ends with a document type after a name of its own (…2018年目标任务责任分解, 湖北…三年行动计划), not
    with the type alone (the 意见 asked on a draft, 实施方案)."""
    found = keywords().title_end.search(text)
    return found is not None and found.start() > 0


def _level_patterns(data: dict) -> dict:
    return {
        "level_word": re.compile(rf"^(?:{alternation(data['level_words'])})"),
        "level_words": tuple(data["level_words"]),
        "self_reference_levels": dict(data["self_reference_levels"]),
        "words_before_a_body": "".join(data["words_before_a_body"]),
        "divisions_below": {level: re.compile(alternation(words)) for level, words in data["divisions_below"].items()},
    }


def _addressee_patterns(data: dict) -> dict:
    addressee_words = [word for words in data["addressee_levels"].values() for word in words]
    return {
        # 省政府各部门, 市直各部门, 国务院各部委, 市各委办局 (not 各区有关部门: each district's, from above)
        "addressee": re.compile(rf"(?P<level>{alternation(addressee_words)})(?:(?:人民)?政府|直|(?<=国务院)|(?=各))"
                                rf"(?:{alternation(data['addressee_bodies'])})"),
        "addressee_levels": {word: level for level, words in data["addressee_levels"].items() for word in words},
        "national_addressees": tuple(data["national_addressees"]),
        "township_addressees": tuple(data["township_addressees"]),
    }


def _self_reference_patterns(data: dict) -> dict[str, re.Pattern]:
    """By kind, the words a document calls its own division by (全市 …), not where they rank it in a wider one."""
    ranking = alternation(data["self_reference_rankings"])
    return {**{kind: re.compile(rf"(?:{alternation(words)})(?!{ranking})") for kind, words in data["self_references"].items()},
            AUTONOMOUS_REGION: re.compile(data["autonomous_region_self_reference"])}


def _own_place_pattern(frames: list[str]) -> re.Pattern:
    """结合…实际, 立足…实际 → a pattern whose group `name` is what stands for the ellipsis."""
    before, after = zip(*(frame.split("…") for frame in frames), strict=True)
    return re.compile(rf"(?:{alternation(before)})(?P<name>[^，。,\s]{{2,8}}?)(?:{alternation(after)})")


def _speaker_patterns(data: dict) -> dict[str, re.Pattern]:
    speakers = alternation(data["report_speakers"])
    return {
        "report_speaker": re.compile(rf"^(?P<body>[^\s,。]{{2,30}}?(?:人民政府|政府)?)代?(?:{speakers})[\s?]*\S{{0,6}}$"),
        "speaker_delivers": re.compile(
            rf"(?:(?P<day>\d{{1,2}}月\d{{1,2}}日)[^，,。]{{0,4}}[，,]\s*)?(?P<place>[^，,。\s]{{2,20}}?)代?"
            rf"(?:{speakers})[^，,。\s向]{{2,4}}向[^。]{{0,30}}?作了?政府工作报告"),
    }


def _announcement_patterns(data: dict) -> dict[str, re.Pattern]:
    # the day a lead may give between the bodies and the verb (国务院国资委21日联合印发《…》)
    # (工信部网站发布2021年工业和信息化标准工作要点: a body's site publishes for it)
    adverbs = (rf"(?:{alternation(data['announcement_sites'])})?"
               rf"(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:{alternation(data['announcement_adverbs'])})*")
    verbs = alternation(data["announcement_verbs"])
    kinds = alternation(data["notice_kinds"])
    return {
        "announcement_verb": re.compile(verbs),
        # …印发《X》; 国家发展改革委等11部门印发的《X》19日对外公布
        "announcement": re.compile(rf"(?P<bodies>[^，,。；;：:《》\s]{{2,80}}?){adverbs}(?:{verbs})[了的]?"
                                   rf"《(?P<title>[^《》]{{4,150}})》"),
        # 《X》(以下简称《行动计划》)出炉
        # (2025年江西省委一号文件《X》正式发布: what the news calls the document before its name; 日前《X》出台)
        "announced": re.compile(rf"{adverbs}(?:[^，,。；;：:《》\s]{{0,20}}?文件)?《(?P<title>[^《》]{{4,150}})》"
                                rf"(?:[(（](?:以下简称|即)[^()（）]{{1,20}}[)）])?{adverbs}(?:{verbs})"),
        "announced_notice": re.compile(rf"(?P<bodies>[^，,。；;：:《》\s]{{2,80}}?){adverbs}(?:印发|下发)了?"
                                       rf"(?P<title>[^，,。；;：:《》“”]{{4,100}}?)的通知"),
        # (…下发“关于X的通知”(发改环资〔2025〕13号): the notice's title in quotes)
        "announced_guanyu": re.compile(rf"(?P<bodies>[^，,。；;：:《》\s]{{2,80}}?){adverbs}(?:{verbs})了?“?"
                                       rf"(?P<title>关于[^，,。；;：:《》]{{2,100}}?的(?:{kinds}))"),
        # 印发实施《X》,现就有关事项解读如下: a 解读 page's lead names the document it explains
        # 出台了培育发展新质生产力的指导性文件——《X》(以下简称《实施意见》): what it is, then its name after a dash
        "introduced": re.compile(rf"(?:{verbs}|{alternation(data['introducing_verbs'])})(?:实施)?了?的?"
                                 rf"(?:[^《》，,。；;]{{2,30}}——)?《(?P<title>[^《》]{{4,150}})》"
                                 r"(?:[(（](?:以下简称|下称|简称)[^()（）]{1,20}[)）]|[，,]\s*现就[^。，,]{0,10}解读如下|(?P<bare>))"),
        # 根据《…的建议》,编制《X规划纲要》,主要阐明…: a 纲要's preamble naming the plan itself
        "compiled": re.compile(r"编制《(?P<title>[^《》]{4,150})》[，,]\s*(?:主要|重点)?(?:阐明|明确|提出)"),
        # 市政府新闻办召开《X》政策解读新闻发布会: the page reports the press conference explaining X
        # 特向社会公布2025年连生乡人民政府政府信息公开工作情况报告; 现向社会公开发布《张家川县…工作报告》
        "published_report": re.compile(r"[现特]向社会(?:公开)?(?:发布|公布)《?(?P<title>[^《》，,。；;]{6,80}?报告)(?:》|(?=[，,。]))"),
        "explained": re.compile(r"召开《(?P<title>[^《》]{4,150})》(?:政策)?解读(?:新闻)?发布会"
                                r"|就《(?P<topic>[^《》]{4,150})》召开[^，,。《》]{0,8}(?:新闻)?发布会"),
        # 2月5日,省发展和改革委员会受省政府委托,以书面形式向省…会议作《关于…计划草案的报告》: the report, its body, its day
        "delivered": re.compile(r"^(?:(?P<day>\d{1,2}月\d{1,2}日)[，,])?(?P<body>[^，,。《》]{2,30}?)受[^，,。]{2,12}委托[，,]?"
                                r"[^。《》]{0,60}?(?:会议|大会)上?作(?:了)?《(?P<title>[^《》]{4,150}报告)》"),
        "introduced_after": re.compile(rf"《(?P<title>[^《》]{{4,150}})》[(（](?:以下简称|下称|简称)[^()（）]{{1,20}}[)）]"
                                       rf"于?{adverbs}(?:{verbs})"),
        # 2月14日,许昌市政府印发通知,对…; 固始县疫情防控指挥部发布通告!禁止…: a notice or announcement it does not name
        "announced_unnamed": re.compile(rf"(?P<bodies>[^，,。；;：:《》\s!！]{{2,80}}?){adverbs}(?:印发|下发|发出|发布)了?"
                                        rf"(?P<kind>通知|通告)(?=[，,。!！])"),
        "announced_unmarked_alone": re.compile(rf"(?P<title>[^，,。；;：:《》\s]{{6,60}}?){adverbs}(?:{verbs})(?=[，,。；;]|$)"),
        "announced_unmarked": re.compile(rf"(?P<bodies>[^，,。；;：:《》\s]{{2,80}}?){adverbs}(?:{verbs})了?"
                                         rf"(?P<title>[^，,。；;：:《》\s]{{4,100}}?)"
                                         + "".join(f"(?<!{kind})" for kind in data["cover_kinds"])
                                         + r"(?=[(（]以下简称|[，,。；;]|$)"),
    }


def _central_patterns(data: dict) -> dict:
    return {
        "central_enterprise": re.compile(rf"^(?:{alternation(data['central_enterprise_openings'])})[{HAN}]{{2,20}}?"
                                         rf"(?:{alternation(data['central_enterprise_endings'])})$"),
        "internal_office": re.compile(rf"(?:{alternation(data['internal_offices'])})$"),
        "central_review": re.compile(data["central_review_pattern"]),
        "own_work_openings": tuple(data["own_work_openings"]),
    }


def _township_patterns(data: dict) -> dict:
    suffixes, bodies = alternation(data["township_suffixes"]), alternation(data["township_bodies"])
    return {
        "township": re.compile(rf"[{HAN}]{{1,8}}?(?:{suffixes})(?=(?:{bodies}))"),
        "township_alone": re.compile(rf"^(?:{suffixes})(?:{bodies})"),
        "township_opening": re.compile(rf"^[{HAN}]{{1,8}}?(?:{suffixes})(?=(?:{bodies})|$)"),
        # (not a county's 各乡镇人民政府)
        "township_speaking": re.compile(rf"[全本我该](?:{suffixes})|(?<![各乡])(?:{suffixes})(?:{bodies}|长)"),
        "city_zone_kinds": tuple(data["city_zone_kinds"]),
        "city_zone": re.compile(rf"[{HAN}]{{0,4}}?(?:{alternation(data['city_zone_kinds'])})"),
    }
