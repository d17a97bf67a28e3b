"""gongwen.tasks.ordinals: the ordinals that open a plan's numbered lines."""

from gongwen.normalize.clean import clean_text
from gongwen.tasks import extract_tasks
from gongwen.tasks.ordinals import Ordinal, read_ordinal
from tests.task_units import lead, responsible


def test_read_ordinal_kinds():
    assert read_ordinal("二、重点任务").kind == "cn_dun"
    assert read_ordinal("（十一）建设新型智慧城市。").number == 11
    assert read_ordinal("(二十一)加强部门协调。").number == 21
    assert read_ordinal("16. 加强城市洪涝治理。").length == 4
    assert read_ordinal("（3）住房建设力度继续加码。").kind == "arabic_paren"
    assert read_ordinal("②推进城市更新").number == 2
    assert read_ordinal("第三十九条实施日期").kind == "article"
    assert read_ordinal("1.5万人以上") is None
    assert read_ordinal("2024.12.31前完成") is None
    assert read_ordinal("一、二两点所称合法稳定住所") is None


def test_a_bracketed_ordinal_broken_over_three_lines_opens_its_item():
    text = ("五、政策协同\n(十)强化与电网企业代理购电制度衔接。\n电网企业代理购电。\n"
            "(\n十一\n)加强地方电网、增量配电网相关政策衔接。\n地方电网余电上网。\n"
            "(十二)强化与绿电绿证交易政策协同。\n省内绿电交易。")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, text[t.char_start:t.char_end].split("\n")[0]) for t in tasks] == [
        ("5.10", "强化与电网企业代理购电制度衔接", "(十)强化与电网企业代理购电制度衔接。"),
        ("5.11", "加强地方电网、增量配电网相关政策衔接", "("),
        ("5.12", "强化与绿电绿证交易政策协同", "(十二)强化与绿电绿证交易政策协同。"),
    ]
    assert text[tasks[1].char_start:tasks[1].char_end] == "(\n十一\n)加强地方电网、增量配电网相关政策衔接。\n地方电网余电上网。"


def test_a_bracketed_ordinal_broken_after_its_opening_bracket_opens_its_item():
    # dev-a, the power-market evaluation notice: `（` alone on a line, `五）加强评价结果应用` on the next.
    text = ("三、评价组织\n（四）开展评价工作\n自2026年起组织开展全国统一电力市场评价。\n（\n五）加强评价结果应用\n"
            "电力市场评价工作应形成评价报告。")
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [("3.4", "开展评价工作"), ("3.5", "加强评价结果应用")]


def test_an_opening_bracket_alone_before_a_line_of_text_joins_nothing():
    text = "三、评价组织\n（一）开展评价工作\n（\n见附件）\n（二）加强评价结果应用"
    assert [t.path for t in extract_tasks(text)] == ["3.1", "3.2"]


# 广州市关于推进人才集聚工程的实施意见 (2012), items 10–12 renumbered 1–3 for the excerpt: item 11's heading
# starts with a number (2.121人才梯队项目).
_TALENT = """二、实施六大人才行动计划
（二）科技创新人才行动计划。围绕加快建设国家创新型城市，实施如下重点项目：
1.“羊城学者”特聘岗位项目。根据我市战略性主导产业、重点学科和公共管理领域建设发展需要，设立特聘岗位。（牵头单位：市委组织部，配合单位：各有关单位）
2.121人才梯队项目。重点培养不少于10名站在世界科技前沿的院士后备人才。（牵头单位：市人力资源和社会保障局，配合单位：各区、县级市）
3.博士后培养项目。深入实施博士后培养工程。（牵头单位：市人力资源和社会保障局，配合单位：各区、县级市）
"""


def test_an_item_whose_heading_starts_with_a_number_is_read_where_its_number_is_next():
    tasks = extract_tasks(_TALENT)
    assert [(t.path, t.heading) for t in tasks] == [
        ("2.2.1", "“羊城学者”特聘岗位项目"),
        ("2.2.2", "121人才梯队项目"),
        ("2.2.3", "博士后培养项目"),
    ]


def test_a_wrapped_line_starting_with_a_decimal_stays_in_the_item_even_where_its_number_is_next():
    text = "二、重点任务\n1.扩大就业。新增城镇就业人数达到\n2.5万人以上。\n3.稳定物价。保持物价总水平基本稳定。\n"
    tasks = extract_tasks(text)
    assert [(t.path, t.text) for t in tasks] == [
        ("2.1", "扩大就业。新增城镇就业人数达到\n2.5万人以上。\n3.稳定物价。保持物价总水平基本稳定。"),
    ]


def test_a_number_before_a_decimal_that_is_not_next_opens_no_item():
    text = "二、重点任务\n1.扩大就业。新增城镇就业人数。\n5.5万人以上的县要设立服务站。\n2.稳定物价。\n"
    assert [t.path for t in extract_tasks(text)] == ["2.1", "2.2"]


def test_an_arabic_ordinal_a_web_capture_broke_from_its_dot_opens_its_item():
    # 广东省推进能源高质量发展实施方案 as a web capture saved it: each inline span on a line of its own.
    text = "（一）全力确保能源供应安全。\n1\n.\n加强\n油气供应保障。\n加大南海油气资源勘探开发力度。\n2\n.\n做好煤炭供应保障\n。\n"
    tasks = extract_tasks(text)
    assert [(t.path, text[t.char_start:t.char_end].split("\n")[0]) for t in tasks] == [("1.1", "1"), ("1.2", "2")]


def test_a_number_alone_on_a_line_without_a_dot_after_it_is_no_ordinal_line():
    text = "（一）全力确保能源供应安全。\n1\n加强油气供应保障。\n"
    assert [t.path for t in extract_tasks(text)] == ["1"]


# 深化蒙东电网新能源上网电价市场化改革实施方案 (内蒙古, 2025) as nyj.nmg.gov.cn's capture saved it: a section
# ordinal alone on its line (`二、`), one broken from its 、 (`四` / `、保障措施`), items headed by a date
# broken at its numbers (`1. 2025` / `年` / `6` / …). Items （五） and （八） renumbered （二） and （三） for the excerpt.
_MENGDONG = """一、改革总体思路
要坚持市场化改革方向。
二、
推动新能源上网电价全面由市场形成
（一）新能源项目上网电量全部进入电力市场
。
推动分布式光伏参与市场交易。
三、建立健全支持新能源高质量发展的制度机制
（二）新能源可持续发展价格结算机制的电量规模、机制电价和执行期限。
1. 2025
年
6
月
1
日前投产的新能源存量项目
电量规模，
衔接目前具有保障性质的上网电量规模确定。
2.
2025
年
6
月
1
日后投产的新能源增量项目
暂不安排新增纳入机制的电量。
四
、保障措施
（
三
）
加强组织落实
。
自治区发展改革委会同能源局协调解决实施过程中遇到的问题。
"""


def test_a_section_ordinal_alone_on_its_line_opens_its_section():
    assert (read_ordinal("二、").kind, read_ordinal("二、").number) == ("cn_dun", 2)
    assert [t.path for t in extract_tasks(_MENGDONG)][:1] == ["2.1"]


def test_a_chinese_ordinal_a_capture_broke_from_its_mark_opens_its_section():
    assert [t.path for t in extract_tasks(_MENGDONG)][-1] == "4.3"


def test_a_heading_a_capture_broke_at_its_numbers_is_read_whole():
    tasks = extract_tasks(_MENGDONG)
    assert [(t.path, t.heading) for t in tasks] == [
        ("2.1", "新能源项目上网电量全部进入电力市场"),
        ("3.2.1", "2025年6月1日前投产的新能源存量项目"),
        ("3.2.2", "2025年6月1日后投产的新能源增量项目"),
        ("4.3", "加强组织落实"),
    ]


def test_a_chinese_numeral_line_before_a_line_that_does_not_open_with_its_mark_joins_nothing():
    text = "四、保障措施\n（八）加强组织落实。\n自治区发展改革委协调解决问题，涉及事项共\n十\n项。\n（九）强化政策协同。"
    assert [t.path for t in extract_tasks(text)] == ["4.8", "4.9"]


def test_a_heading_that_only_starts_with_a_number_is_not_joined():
    text = "二、重点任务\n1. 2025年底前完成改造。\n年度计划另行下达。\n2. 强化保障。"
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [("2.1", "2025年底前完成改造"), ("2.2", "强化保障")]


def test_ordinals_of_a_letter_spaced_page_are_read_whole():
    # A page set with a space between characters (柳河县's GBK page: 第1 0条, 二 、).
    assert read_ordinal("第1 0条鼓励企业标准创制。") == Ordinal("article", 10, 5)
    assert (read_ordinal("第 2 条 对重点产业").kind, read_ordinal("第 2 条 对重点产业").number) == ("article", 2)
    assert (read_ordinal("二 、支持范围").kind, read_ordinal("二 、支持范围").number) == ("cn_dun", 2)


def test_articles_numbered_inside_groups_are_the_groups_items():
    text = ("一、政策支持\n第1条设立重点产业发展引导资金。\n二、支持范围\n(一)固定资产投资奖励\n"
            "第2条对重点产业新上的工业类项目给予奖励。\n第3条重大产业项目投资奖励可在第2条基础上提高。\n"
            "(二)绩效奖励\n第4条对重点产业新建项目给予企业奖励。\n三、组织保障\n第5条成立重点产业工作领导小组。")
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [
        ("1.1", "设立重点产业发展引导资金"),
        ("2.1.2", "对重点产业新上的工业类项目给予奖励"),
        ("2.1.3", "重大产业项目投资奖励可在第2条基础上提高"),
        ("2.2.4", "对重点产业新建项目给予企业奖励"),
        ("3.5", "成立重点产业工作领导小组"),
    ]


def test_articles_of_a_chapter_stay_the_chapters_items():
    text = "第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于全市。\n第二章 职责\n第三条 市发展改革委负责统筹。"
    assert [t.path for t in extract_tasks(text)] == ["1.1", "1.2", "2.3"]


def test_numbers_set_in_one_character_number_items_as_their_spelled_out_forms_do():
    # ⑴ … ⒇ and ⒈ … ⒛ as a converter writes an item's ordinal: cleaning spells them out, (1) and 1.
    from gongwen.normalize import clean_text

    text = clean_text("""一、主要目标
(一)约束性指标。
1.资源环境。
⑴九年义务教育巩固率达到97%。
责任单位:省教育厅。
⑵耕地保有量保持在6120万亩。
责任单位:省国土资源厅。
""").text
    assert [(t.path, t.heading, [u.unit for u in t.units]) for t in extract_tasks(text)] == [
        ("1.1.1.1", "九年义务教育巩固率达到97%", ["省教育厅"]),
        ("1.1.1.2", "耕地保有量保持在6120万亩", ["省国土资源厅"]),
    ]
    assert clean_text("⒈加强组织领导。\n⒉强化督查。").text == "1.加强组织领导。\n2.强化督查。"


def test_a_decimal_outline_nests_its_parts_by_their_numbers():
    # longju-town-emergency-plan-2023: a township's 应急预案 numbered 1 / 1.1 / 1.3.1, with (1) inside 1.3.2
    text = ("重庆市万州区龙驹镇2023年突发事件总体应急预案(暂行)\n1总则\n1.1制定目的\n规范应对突发事件行为。\n1.2制定依据\n"
            "根据《重庆市突发事件应对条例》,制定本预案。\n1.3分级分类\n1.3.1为有效处置各类突发事件,由低到高划分为4个级别。\n"
            "1.3.2根据其发生的过程,主要有四大类。\n(1)自然灾害。主要包括水旱灾害。\n(2)事故灾难。主要包括交通运输事故。\n"
            "2组织体系\n2.1镇应急委员会\n镇应急委员会是全镇突发事件应对工作的领导机构。\n")
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [
        ("1.1", "制定目的"), ("1.2", "制定依据"), ("1.3.1", "为有效处置各类突发事件,由低到高划分为4个级别"),
        ("1.3.2.1", "自然灾害"), ("1.3.2.2", "事故灾难"), ("2.1", "镇应急委员会")]


def test_a_decimal_outline_written_with_dots_after_its_numbers_nests_under_its_arabic_first_level():
    # songjiang-zhongshan-flood-plan-2022: 1.总则 / 1.1.编制目的, as a street office's 应急预案 numbers its parts
    text = ("1.总则\n1.1.编制目的\n为有效应对台风、暴雨灾害,编制本预案。\n1.2.适用范围\n本预案适用于本地区。\n"
            "2.风险评估\n本地区雨量丰沛。\n3.组织体系\n3.1.组织领导机构\n防汛防台工作由党工委、办事处统一领导。\n")
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [
        ("1.1", "编制目的"), ("1.2", "适用范围"), ("3.1", "组织领导机构")]


def test_a_decimal_opening_a_line_is_no_ordinal_where_no_outline_holds_it():
    text = ("一、工作目标\n到2025年,全市建成高标准农田:\n1.5万亩以上高标准农田建成。\n2.3个示范区完成建设。\n"
            "二、重点任务\n(一)加强建设。\n")
    assert [t.path for t in extract_tasks(text)] == ["2.1"]


def test_an_item_run_on_after_the_clause_closing_the_one_before_is_an_item_of_its_own():
    # heilongjiang: a page joined (一) and (二) into one paragraph, and 1. and 2. into another
    text = ("一、全省经济社会发展主要目标\n"
            "（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（省财政厅负责）\n"
            "（三）进出口总额增长8%左右。（省商务厅负责）\n"
            "二、大力推进产业项目建设\n（一）全力推进产业项目建设。\n"
            "1.抓好600个省级重点产业项目。（省发改委牵头）2.重点抓好一批技术领先的项目，促进尽快落地。（省工信委牵头）\n")
    assert [(t.path, t.units) for t in extract_tasks(text)] == [
        ("1.1", responsible("省发改委")), ("1.2", responsible("省财政厅")), ("1.3", responsible("省商务厅")),
        ("2.1.1", lead("省发改委")), ("2.1.2", lead("省工信委"))]
    # a later number of another kind, or not the next one, stays in its sentence
    text = "（一）加强领导。按照（三）的要求办理。（省发改委负责）\n（二）强化保障。（省财政厅负责）\n"
    assert [t.path for t in extract_tasks(text)] == ["1", "2"]


def test_a_dash_typed_for_the_first_section_s_one_opens_that_section():
    # linquan-rural-living-environment-plan-2022 (dev-bq): `—、总体要求` over its (一) and (二)
    text = clean_text("—、总体要求\n(一)指导思想\n以习近平新时代中国特色社会主义思想为指导。\n(二)工作原则\n坚持规划先行。\n").text
    assert [(task.path, task.heading) for task in extract_tasks(text)] == [("1.1", "指导思想"), ("1.2", "工作原则")]


def test_a_page_of_a_long_division_list_that_starts_at_its_123rd_item_has_its_items():
    # xianning-gov-report-responsibility-2023 (dev-bt): a page of a list numbered on from 1 to 130 over the report's
    # parts, starting at 123.; and province-education-work-points-2023 (dev-bh), an excerpt starting at 13.
    text = ("(湖北省)2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案\n"
            "123.完善一刻钟公共文体服务圈。(牵头单位:市文旅局;责任单位:各县市区人民政府)\n"
            "124.持续开展文化惠民活动。(牵头单位:市文旅局;责任单位:各县市区人民政府)\n"
            "(七)突出“国之大者”,千方百计增进民生福祉。\n"
            "125.坚持人民至上、生命至上,有序组织实施疫情防控举措。(牵头单位:市卫健委;责任单位:各县市区人民政府)\n"
            "126.加强就业兜底帮扶。(牵头单位:市人社局;责任单位:市教育局)\n")
    tasks = extract_tasks(text)
    assert [(task.path, task.units[:1]) for task in tasks] == [
        ("123", lead("市文旅局")), ("124", lead("市文旅局")), ("7.125", lead("市卫健委")), ("7.126", lead("市人社局"))]
    # an attachment list whose first names a number opens (1.2025年…汇总表) is no excerpt: the text's items came before
    text = ("一、工作任务\n(一)开展建设评估工作。请各区于3月底前报送汇总表。\n(二)加强跟踪指导。请各区抓好落实。\n附件:\n"
            "1.2025年海绵城市计划建成区汇总表\n4.上海16个市级海绵城市重点建设区汇总表\n5.市级海绵城市重点建设区项目建设情况汇总表\n"
            "6.2025年上海海绵城市建设年末指导细则(试行)\n")
    assert [task.path for task in extract_tasks(text)] == ["1.1", "1.2"]


def test_an_item_numbered_with_a_full_stop_before_its_text_is_an_item():
    # tianjin-gov-report-tasks-2020 (dev-df): 1。 and 2。 as the page typed them; a number ending a sentence is none
    assert read_ordinal("1。在以习近平同志为核心的党中央坚强领导下,全面贯彻党的十九大精神。") == Ordinal("arabic", 1, 2)
    assert read_ordinal("3。") is None
    assert read_ordinal("2020。全年完成投资") is None


def test_a_list_numbered_from_one_run_into_an_item_after_its_heading_is_its_items():
    # national-moe-mof-special-post-teachers-2026 (dev-do), yichun-livelihood-projects-2021 (dev-cs)
    text = ("一、政策要点\n(一)实施范围。2026年实施范围为中西部重点县。\n"
            "(二)招聘条件。1.具有相应的教师资格证书。2.一般要求本科及以上学历。3.年龄不超过33周岁。\n"
            "(三)工作重点。重点向民族地区倾斜;1个县可以单列。\n")
    assert [t.path for t in extract_tasks(text)] == ["1.1", "1.2.1", "1.2.2", "1.2.3", "1.3"]
    # numbered out of turn, or a single number after a sentence: no list
    assert [t.path for t in extract_tasks(text.replace("3.年龄", "5.年龄").replace("2.一般", "4.一般"))] == [
        "1.1", "1.2", "1.3"]
    # heyuan-yuancheng-gov-report-supervision-2024 (dev-ei): after a short heading and its colon, not after a sentence's
    text = ("一、督查安排\n(一)督查方式。实行清单管理。\n(二)督查重点:1.一批重点跟踪任务98项(详见附件2);2.区十件民生实事任务10项。\n"
            "(三)考核标准。按照五个标准考核:1.按时完成;2.质量达标。\n")
    assert [t.path for t in extract_tasks(text)] == ["1.1", "1.2.1", "1.2.2", "1.3"]


def test_an_arabic_ordinal_a_plan_marks_with_a_star_is_read():
    # guangzhou-huangpu-business-environment-plan-2022 (dev-he): 1* .开展…, 2*.开展… (new measures marked)
    assert read_ordinal("1* .开展“一证多址”改革。") == Ordinal("arabic", 1, 4)
    assert read_ordinal("2*.开展企业住所标准化登记。") == Ordinal("arabic", 2, 3)
    tasks = extract_tasks("一、推进营商环境评价\n(一)企业开办、经营及退出。深入推进改革。\n1* .开展“一证多址”改革。\n"
                          "2*.开展企业住所标准化登记。\n3*.推进市场准入效能评估工作。\n")
    assert [task.heading for task in tasks] == ["开展“一证多址”改革", "开展企业住所标准化登记", "推进市场准入效能评估工作"]
    # a product written with a star is no ordinal
    assert read_ordinal("2*3米的展板") is None
