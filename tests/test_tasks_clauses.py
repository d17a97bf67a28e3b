"""gongwen.tasks.clauses: responsibility clauses and the units, roles and deadline they give.

Snippets are taken from the sample plans (data/samples/) and the field corpus, or written in the style
of other provinces' plans where the samples have no example of a form."""

from gongwen.tasks.clauses import find_responsibility_clauses
from gongwen.tasks.conventions import document_conventions
from gongwen.tasks.extract import extract_tasks
from gongwen.tasks.unit_lists import split_unit_list
from tests.task_units import co, lead, responsible

# --------------------------------------------------------------------------------- clause forms


def clause_units(line, lead_first=False):
    return [c.units for c in find_responsibility_clauses(line, lead_first)]


def test_list_with_no_lead_convention_is_responsible_and_keeps_names_with_a_dun():
    line = ("修订《湖南省户口登记管理办法》。（责任单位：省公安厅、省发展改革委、省自然资源厅，各市州、县市区人民政府"
            "按职责分工负责，下同。以下各项任务均需各市州、县市区人民政府落实，不再单独列出）")
    assert clause_units(line) == [responsible("省公安厅", "省发展改革委", "省自然资源厅", "各市州、县市区人民政府")]
    assert document_conventions(line).implicit_units == ("各市州、县市区人民政府",)


def test_a_convention_naming_the_first_listed_with_zhe_makes_it_the_lead():
    # neijiang-employment-opinion-2015: 列第一位者为牵头单位,下同
    text = ("一、健全就业促进机制\n（一）建立经济发展与扩大就业联动机制。把稳定和扩大就业作为经济运行的下限。"
            "（市发展改革委、市财政局、市统计局等负责，列第一位者为牵头单位，下同）\n"
            "（二）发展吸纳就业能力强的产业。大力发展服务业。（市商务局、市农业局负责）\n")
    assert [t.units for t in extract_tasks(text)] == [
        lead("市发展改革委") + responsible("市财政局", "市统计局"), lead("市商务局") + responsible("市农业局")]
    # tongxiang-gov-report-responsibility-2020 (dev-bt): 列第一位者为牵头或汇总单位,下同 — the first leads or collects
    text = ("一、重点工作\n1.制定出台高质量发展政策体系。\n责任单位:财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)\n"
            "2.全面落实各级“五减”系列政策。\n责任单位:发改局、经信局、财政局\n")
    assert [t.units for t in extract_tasks(text)] == [
        lead("财政局") + co("发改局", "工商联"), lead("发改局") + co("经信局", "财政局")]


def test_what_stands_before_a_later_label_is_the_clauses_timing_not_a_unit():
    lines = ["初步建成全市三维地理空间信息平台。（视情况适时推进，牵头考核单位：市工信局）",
             "建设平台。（第三季度见效，责任单位：市发改委、市财政局）"]
    clauses = [find_responsibility_clauses(line)[0] for line in lines]
    assert [(c.units, c.deadline) for c in clauses] == [
        (lead("市工信局"), "视情况适时推进"), (responsible("市发改委", "市财政局"), "第三季度见效")]


def test_square_brackets_with_nested_round_ones():
    line = "打造“营商福地看浏阳”升级版。[责任单位:市委组织部(市委人才办)、市教育局、市科技局]"
    assert clause_units(line) == [responsible("市委组织部(市委人才办)", "市教育局", "市科技局")]


def test_local_governments_after_deng_bumen_ji_are_an_implicit_unit():
    line = "便利有序引导人口落户。(省公安厅、省民政厅等部门及各市州政府负责)"
    assert clause_units(line) == [responsible("省公安厅", "省民政厅")]
    assert document_conventions(line).implicit_units == ("各市州政府",)


def test_clause_whose_opening_bracket_was_lost_to_mojibake():
    repaired = "激发周边地区的经济活力和发展潜力。省发改委、省工信厅、省自然资源厅等部门及各市州政府负责)"
    garbled = "激发周边地区的经济活力和发展?jié)摿Α?省发改委、省工信厅、省自然资源厅等部门及各市州政府负责)"
    expected = [responsible("省发改委", "省工信厅", "省自然资源厅")]
    assert clause_units(repaired) == expected
    assert clause_units(garbled) == expected


def test_a_labelled_clause_left_open_at_the_end_of_its_line_runs_to_the_end():
    # A web page's excerpt cut off inside the clause: its bracket never closes.
    line = "全面开放市场，一律取消招标限制。(牵头单位:省发展改革委;责任单位:省编办、省国土资源厅、省环保厅、"
    assert clause_units(line) == [lead("省发展改革委") + responsible("省编办", "省国土资源厅", "省环保厅")]


def test_within_the_year_and_ongoing_is_a_deadline():
    line = "统筹推进疫情防控和经济社会发展工作。(国务院各部门分别负责,年内持续推进)"
    clause = find_responsibility_clauses(line)[0]
    assert (clause.units, clause.deadline) == (responsible("国务院各部门"), "年内持续推进")


def test_lead_and_co_labels():
    line = "推进农业转移人口市民化。（牵头单位：市发展改革委；配合单位：市财政局、市自然资源和规划局）"
    assert clause_units(line) == [lead("市发展改革委") + co("市财政局", "市自然资源和规划局")]


def test_lead_label_then_responsible_label():
    line = "建立健全城乡融合发展体制机制。（牵头单位：市发展改革委；责任单位：各区县政府）"
    assert clause_units(line) == [lead("市发展改革委") + responsible("各区县政府")]


def test_unit_lists_followed_by_what_they_do():
    assert clause_units("完善财政转移支付制度。（省发展改革委牵头，省财政厅、省自然资源厅配合）") == [
        lead("省发展改革委") + co("省财政厅", "省自然资源厅")]
    assert clause_units("开展职业技能培训。（市人社局牵头，市教育局、市总工会等参与）") == [
        lead("市人社局") + co("市教育局", "市总工会")]
    assert clause_units("推进城乡客运一体化。（由市交通运输局牵头负责）") == [lead("市交通运输局")]


def test_a_role_marked_in_brackets_after_one_unit_of_the_list():
    line = "完善财政转移支付制度。（责任单位：市发改委（牵头）、市财政局、市自然资源和规划局）"
    assert clause_units(line) == [lead("市发改委") + co("市财政局", "市自然资源和规划局")]


def test_responsibility_line_standing_alone_after_its_paragraph():
    assert clause_units("责任单位：省国土厅、农业厅") == [responsible("省国土厅", "农业厅")]


def test_deadlines_in_brackets_and_in_clauses():
    found = find_responsibility_clauses("制定居住证实施细则。（2017年底前完成）")
    assert [(c.units, c.deadline) for c in found] == [((), "2017年底前完成")]
    found = find_responsibility_clauses("完善用工激励政策。（牵头单位：市人力社保局；完成时限：长期坚持）")
    assert [(c.units, c.deadline) for c in found] == [(lead("市人力社保局"), "长期坚持")]


def test_a_plan_period_in_brackets_is_not_a_deadline():
    assert find_responsibility_clauses("编制《湖南省国土空间规划（2021—2035年）》，加快实施。") == []


def test_ordinary_parentheticals_are_not_clauses():
    line = "支持职业院校（含技工院校）面向社会提供培训服务，推进老旧小区（街区、厂区）改造，控制细颗粒物(PM2.5)。"
    assert find_responsibility_clauses(line) == []


def test_split_unit_list_rejoins_names_that_contain_a_dun():
    assert split_unit_list("省公安厅、各市州、县市区人民政府") == ["省公安厅", "各市州、县市区人民政府"]
    assert split_unit_list("市委组织部(市委人才办、市人才中心)、市教育局") == ["市委组织部(市委人才办、市人才中心)", "市教育局"]
    assert split_unit_list("漳州、泉州、宁德市人民政府、各县（市、区）人民政府") == [
        "漳州、泉州、宁德市人民政府", "各县（市、区）人民政府"]
    # 项城市 ends in 城市 (试点城市 is a unit's ending) but is a place sharing the government after it.
    assert split_unit_list("川汇区、商水县、项城市、沈丘县人民政府") == ["川汇区、商水县、项城市、沈丘县人民政府"]


def test_units_joined_by_he_are_two_units_but_names_containing_he_stay_whole():
    line = "发展社区居家养老服务。（省民政厅、省住房城乡建设厅和省商务厅，各地级以上市人民政府按职责分工负责）"
    assert clause_units(line) == [responsible("省民政厅", "省住房城乡建设厅", "省商务厅", "各地级以上市人民政府")]
    assert split_unit_list("工业和信息化部、自然资源和规划局、教育部和民政部") == [
        "工业和信息化部", "自然资源和规划局", "教育部", "民政部"]
    assert split_unit_list("各级党委和政府") == ["各级党委和政府"]


def test_list_tail_deng_bumen_he_danwei_is_not_part_of_the_last_name():
    line = "开展老年人能力综合评估。（省民政厅、省卫生健康委、省医保局等部门和单位按职责分工负责）"
    assert clause_units(line) == [responsible("省民政厅", "省卫生健康委", "省医保局")]


def test_local_governments_after_deng_bumen_he_are_an_implicit_unit():
    line = "完善设施功能。（国家发展改革委、财政部等部门和各地区按职责分工负责）"
    assert clause_units(line) == [responsible("国家发展改革委", "财政部")]
    assert document_conventions(line).implicit_units == ("各地区",)


def test_generic_departments_and_localities_do_not_hide_the_lead():
    line = "加快推进城市更新。（国家发展改革委牵头，有关部门和地方按职责分工负责）"
    assert clause_units(line) == [lead("国家发展改革委") + responsible("有关部门和地方")]


def test_a_guiding_unit_takes_part_without_leading():
    line = "推动各地制定地方清单。（各地级以上市人民政府负责，省民政厅指导）"
    assert clause_units(line) == [responsible("各地级以上市人民政府") + co("省民政厅")]


def test_the_unit_before_huitong_does_the_work_without_leading():
    # 会同 is no 牵头 (LABELS.md: lead_unit is the unit the text makes lead): the labellers of nine of ten sets
    # agree
    assert clause_units("落实学生资助政策。（省教育厅会同省财政厅负责）") == [responsible("省教育厅") + co("省财政厅")]


def test_officials_named_in_a_clause_are_not_units():
    line = "深化农村集体产权制度改革。（责任领导：刘建国；牵头单位：县委农办；责任单位：县农业农村局、县财政局）"
    assert clause_units(line) == [lead("县委农办") + responsible("县农业农村局", "县财政局")]


def test_labelled_lists_parted_by_a_blank_instead_of_a_semicolon():
    line = "强化乡村人才支撑。（牵头单位：县委组织部、县人社局\u3000责任单位：县农业农村局、县教育局）"
    assert clause_units(line) == [lead("县委组织部", "县人社局") + responsible("县农业农村局", "县教育局")]


def test_lead_and_co_labels_on_lines_of_their_own():
    text = """二、重点任务
（二）城市基础设施更新行动
1.推进城市内涝治理。实施瓯江沿岸排涝泵站改造工程，消除易涝积水点42个。
牵头单位：市水利局
配合单位：市住房城乡建设局、市综合行政执法局
"""
    [task] = extract_tasks(text)
    assert (task.path, task.units) == ("2.2.1", lead("市水利局") + co("市住房城乡建设局", "市综合行政执法局"))
    assert task.text == "推进城市内涝治理。实施瓯江沿岸排涝泵站改造工程，消除易涝积水点42个。"


def test_task_units_are_deduplicated_in_document_order():
    text = "一、重点任务\n（一）推进户籍制度改革。放开落户限制。（省公安厅牵头）完善居住证制度。（省公安厅、省民政厅负责）\n"
    assert extract_tasks(text)[0].units == lead("省公安厅") + responsible("省民政厅")


def test_enterprises_and_agencies_named_in_a_clause_are_units():
    line = ("提升数据中心、5G等新型基础设施能效水平，加快绿色数据中心建设。"
            "（省能源局、各市节能主管部门，有关企业）")
    assert clause_units(line) == [responsible("省能源局", "各市节能主管部门", "有关企业")]


def test_a_parenthetical_naming_kinds_of_enterprise_is_not_a_clause():
    line = "支持各类市场主体（含民营企业、外资企业）参与电力市场交易。"
    assert find_responsibility_clauses(line) == []


# --------------------------------------------------------------------------------- clauses a line break cut


def test_a_labelled_clause_a_pdf_line_break_cut_inside_a_name_is_read_whole():
    text = ("一、提升公园品质\n"
            "（八）盘活公园房屋资源。在6座市属公园先行启动试点工作，2028年逐步扩大至全市范围。（责任单位：市绿化市容局、"
            "市规划资源局、市房屋管理局、市消\n"
            "防救援局、各区政府）\n"
            "（九）创新用地保障政策。研究公园绿地叠加绿化融合管理措施。\n")
    assert [task.units for task in extract_tasks(text)][0] == responsible(
        "市绿化市容局", "市规划资源局", "市房屋管理局", "市消防救援局", "各区政府")


def test_a_parenthetical_that_is_no_clause_is_not_joined_to_the_next_line():
    text = ("一、提升公园品质\n"
            "（八）盘活公园房屋资源。支持公园（含郊野公园、\n"
            "城市公园）开放共享。（责任单位：市绿化市容局）\n"
            "（九）创新用地保障政策。研究公园绿地叠加绿化融合管理措施。（责任单位：市规划资源局）\n")
    tasks = extract_tasks(text)
    assert [task.units for task in tasks] == [responsible("市绿化市容局"), responsible("市规划资源局")]
    assert tasks[0].text.count("\n") == 1


def test_a_bracket_that_ends_an_item_with_only_unit_names_is_a_clause():
    # guangdong-energy-hq-2023: units of every kind, 有关电厂 and 南方电网 without a unit suffix
    line = ("完善广东省电煤实时监测预警系统，督促省内煤电企业落实国家要求的煤炭最低库存制度。"
            "（省能源局、各市能源主管部门，有关煤炭储运企业、有关电厂）")
    assert clause_units(line) == [responsible("省能源局", "各市能源主管部门", "有关煤炭储运企业", "有关电厂")]
    line = "到2025年，抽水蓄能发电装机规模达到968万千瓦。（有关市能源主管部门，南方电网、省能源集团、深圳能源集团等）"
    assert clause_units(line) == [responsible("有关市能源主管部门", "南方电网", "省能源集团", "深圳能源集团")]


def test_a_bracket_of_names_inside_a_sentence_or_of_non_units_is_no_clause():
    assert clause_units("鼓励各类企业（含民营企业、外资企业）参与储能项目投资。") == []
    assert clause_units("鼓励各类企业参与储能项目投资（含民营企业、外资企业）。") == []
    # names without a unit suffix are let in only among names that plainly are units
    assert clause_units("在重点地区布局建设抽水蓄能电站（湛江、茂名、省能源集团）。") == []


def test_split_unit_list_parts_two_collective_names():
    assert split_unit_list("各居村、相关责任单位") == ["各居村", "相关责任单位"]
    assert split_unit_list("各市州、各县市区人民政府") == ["各市州", "各县市区人民政府"]
    assert split_unit_list("各区、县级市人民政府") == ["各区、县级市人民政府"]


def test_split_unit_list_parts_a_local_unit_from_a_name_opening_with_its_own_level():
    # shanghai-yangpu-internal-roads-2025: 相关部门：属地街道、区建设管理委、区绿容局、区规划资源局、区公安分局等。
    assert split_unit_list("属地街道、区建设管理委、区绿容局") == ["属地街道", "区建设管理委", "区绿容局"]
    assert split_unit_list("各乡镇、县直有关部门") == ["各乡镇", "县直有关部门"]


def test_split_unit_list_keeps_areas_before_a_list_of_levels_whole():
    # near miss: 各市州 is no unit on its own, and 县 begins a list of areas (县市区), not a name
    assert split_unit_list("各市州、县市区人民政府") == ["各市州、县市区人民政府"]
    assert split_unit_list("各乡、镇人民政府") == ["各乡、镇人民政府"]


def test_a_line_listing_related_departments_is_a_clause():
    # shanghai-yangpu-internal-roads-2025
    assert clause_units("相关部门：区公安分局、区城管执法局、区绿容局、区建设管理委、滨江集团等。") == [
        responsible("区公安分局", "区城管执法局", "区绿容局", "区建设管理委", "滨江集团")]
    assert clause_units("由业主自行管理，相关部门要加强指导。") == []


def test_a_template_clause_with_ellipses_names_no_unit():
    # A description of the form (dev-i's SOURCES.md, a drafting template) is no assignment: … is no name.
    text = "一、主要任务\n（一）完善制度。各项任务均注明（牵头单位：…，配合单位：…）。\n（二）加强监督。（牵头单位：市监察局）\n"
    assert [task.units for task in extract_tasks(text)] == [(), lead("市监察局")]


def test_a_bodys_other_name_in_brackets_is_part_of_its_name_not_a_clause():
    # 安顺市市级储备粮管理办法: the development commission also named as the grain bureau it houses.
    text = """第五条 市发展改革委(市粮食和物资储备局)负责市级储备粮行政管理,实施监督检查。
第六条 市财政局会同市发展改革委(市粮食和物资储备局)负责安排市级储备粮的贷款利息。
第七条 加快推进粮食仓储设施建设。(市发展改革委)
"""
    assert [(t.heading, [(u.unit, u.role) for u in t.units]) for t in extract_tasks(text)] == [
        ("市发展改革委(市粮食和物资储备局)负责市级储备粮行政管理,实施监督检查",
         [("市发展改革委(市粮食和物资储备局)", "responsible")]),
        ("市财政局会同市发展改革委(市粮食和物资储备局)负责安排市级储备粮的贷款利息",
         [("市财政局", "responsible"), ("市发展改革委(市粮食和物资储备局)", "co")]),
        ("加快推进粮食仓储设施建设", [("市发展改革委", "responsible")]),
    ]


def test_units_that_take_part_by_their_duties_and_a_trade_promotion_council():
    # dev-o anhui-rcep-opening-2022: 按职责分工配合 is the co-units' verb, and 省贸促会 (the province's council
    # for the promotion of international trade) a unit.
    line = "全面推广原产地证书“智能审核”。（合肥海关牵头，省贸促会、省商务厅按职责分工配合）"
    assert clause_units(line) == [lead("合肥海关") + co("省贸促会", "省商务厅")]


def test_role_verbs_joined_by_a_dun_and_written_with_how_the_units_act():
    # dev-t's 上海 燃气安全专项整治: 、 between two lists that each end in a role verb, and 按职责(分工)/组织 before it
    assert clause_units("开展执法检查。（市市场监管局牵头负责、各区政府组织落实）") == [
        lead("市市场监管局") + responsible("各区政府")]
    assert clause_units("开展执法检查。（市市场监管局、市公安局按职责分工负责落实、各区政府组织落实）") == [
        responsible("市市场监管局", "市公安局", "各区政府")]
    assert clause_units("推进改造。（市住房城乡建设管理委牵头负责，市民政局按职责组织配合）") == [
        lead("市住房城乡建设管理委") + co("市民政局")]


def test_main_cooperating_units_are_co_units():
    # a county health commission's 任务分解: 牵头责任单位 then 主要协作单位 under each item
    text = ("县卫健委2021年政府工作报告任务分解\n1.创建国家卫生县城。\n牵头责任单位:县卫健委\n"
            "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门\n")
    [task] = extract_tasks(text)
    assert task.units == lead("县卫健委") + co("各乡镇人民政府", "经济开发区管委会", "县政府有关部门")


def test_a_bracketed_clause_no_clause_reader_takes_names_its_units_without_the_bracket():
    # guangdong-private-investment-plan-2023: a mirror swapped 负责 for 卖力 (牵头卖力, 按职责分工卖力)
    text = ("一、发挥重大项目牵引作用\n1.梳理筛选项目,多种方式吸引民间资本参与。(省发展改革委牵头卖力)\n"
            "2.推行市场化运作。(省发展改革委、交通运输厅、水利厅等省有关部门和各地级以上市人民政府按职责分工卖力)\n")
    assert [(t.path, t.units) for t in extract_tasks(text)] == [
        ("1.1", lead("省发展改革委")),
        ("1.2", responsible("省发展改革委", "交通运输厅", "水利厅", "各地级以上市人民政府")),
    ]


def test_主办_leads_and_协办_takes_part():
    # heilongjiang's 分工 意见: (省财政厅主办,省国税局、地税局协办)
    text = ("一、主要目标\n（一）公共财政收入增长13%左右。（省财政厅主办，省国税局、地税局协办）\n"
            "（二）进出口总额增长8%左右。（省商务厅负责）\n")
    assert [t.units for t in extract_tasks(text)] == [
        lead("省财政厅") + co("省国税局", "地税局"), responsible("省商务厅")]


def test_a_ministry_s_departments_named_司_are_units():
    # national-mot-openness-points-2021: (综合规划司牵头,各有关司局按职责分工负责)
    text = ("（一）做好各类规划主动公开。\n1.加强综合交通运输发展规划公开和解读。（综合规划司牵头，各有关司局按职责分工负责）\n"
            "2.及时公开有关政策措施和规则标准。（政策研究室牵头，综合规划司、公路局、运输服务司等按职责分工负责）\n")
    assert [t.units for t in extract_tasks(text)] == [
        lead("综合规划司") + responsible("各有关司局"),
        lead("政策研究室") + responsible("综合规划司", "公路局", "运输服务司")]


def test_an_unlabelled_clause_a_page_cut_off_after_the_item_s_last_sentence_names_its_units():
    # liaoning-gov-report-division-2025: the page ends inside 〔…
    text = ("1.加快推进300个省级重大项目建设。〔省发展改革委、省工业和信息化厅〕\n"
            "2.加快5G、数据、充换电站等新型基础设施建设。〔省委军民融合办、省发展改革委、省数据局(省营商局)")
    assert [t.units for t in extract_tasks(text)] == [
        responsible("省发展改革委", "省工业和信息化厅"), responsible("省委军民融合办", "省发展改革委", "省数据局(省营商局)")]
    # an open bracket inside a sentence is no clause
    text = "1.加快推进300个省级重大项目建设。\n2.加快建设(包括省发展改革委、省数据局负责的项目"
    assert [t.units for t in extract_tasks(text)][1] == ()


def test_a_line_of_its_own_saying_who_carries_the_item_out_names_its_units():
    # zhoukou-key-work-notice-2013: 由A,B,C负责落实 below each item
    text = ("一、强化项目带动战略,持续壮大经济社会发展基础\n"
            "1.抓好以“双十五工程”为核心的189个市级重点项目,总投资1906.4亿元,年度计划投资484.6亿元。加大去年新开工200个"
            "项目的推进力度,确保完成年度投资计划。\n"
            "由市发展改革委,各县市区人民政府,市经济开发区管委会、市东新区管委会负责落实\n"
            "2.加快周口至郑州高速公路、周口通用机场等一批重大项目建设进度。\n"
            "由市交通运输局、市公路局、市发展改革委,市经济开发区管委会负责落实\n")
    assert [t.units for t in extract_tasks(text)] == [
        responsible("市发展改革委", "各县市区人民政府", "市经济开发区管委会", "市东新区管委会"),
        responsible("市交通运输局", "市公路局", "市发展改革委", "市经济开发区管委会")]


def test_a_labelled_clause_after_the_items_last_sentence_with_the_lead_convention_in_a_bracket():
    # jiaxing-haiyan-gov-report-responsibility-2022: 责任单位： on the item's line, the first unit leads, said in a
    # bracket after it once for all (首位单位为牵头单位，下同)
    text = ("一、经济发展\n"
            "1.全县生产总值增长7.5%左右；一般公共预算收入增长8.5%。 责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局\n"
            "2.落实党政机关过紧日子的要求。 责任单位：县财政局\n")
    assert [t.units for t in extract_tasks(text)] == [lead("县发改局") + co("县财政局", "县税务局"), lead("县财政局")]
    # a record of other fields on the line (项目责任人：, 实际完成情况：) is no clause: its units are read as before
    text = ("1.新辟公交线路10条。 牵头领导：王仁洲 责任单位：市交通委 项目责任人：劳可军 配合单位：市公安局、市城管局\n"
            "2.新增网点100个。 牵头领导：王仁洲 责任单位：市交通委 实际完成情况：已完成\n")
    assert [t.units for t in extract_tasks(text)] == [
        responsible("市交通委", "市公安局", "市城管局"), responsible("市交通委")]


def test_a_bureaus_sections_named_by_a_责任科室_label_are_its_units():
    # jiaxing-haiyan-agriculture-work-points-2023
    text = ("一、夯实稳产保供基础\n1.加强粮油稳定优质供应。确保粮食播种面积34.2万亩以上(责任科室:农作站、农田科)。"
            "快速兑现粮油补贴(责任科室:政改科、农作站)。\n")
    assert [t.units for t in extract_tasks(text)] == [responsible("农作站", "农田科", "政改科")]


def test_the_lead_convention_worded_as_a_lead_or_summarising_unit_in_a_bracket_after_the_list():
    text = ("一、市长主抓重点工作\n1.坚持并完善学习制度,推动工作落实。\n"
            "责任单位:市政府办公室、市级其他有关单位、各区县政府(列第一位的为工作牵头单位或汇总单位,下同)\n"
            "2.全面实施招商引才行动。\n责任单位:市政府办公室、市委人才办\n")
    tasks = extract_tasks(text)
    assert [t.units for t in tasks] == [lead("市政府办公室") + co("市级其他有关单位", "各区县政府"),
                                        lead("市政府办公室") + co("市委人才办")]


def test_a_bracket_left_open_where_a_page_was_cut_off_is_no_part_of_the_last_unit():
    assert split_unit_list("自治区农牧厅(") == ["自治区农牧厅"]
    assert split_unit_list("自治区发展改革委、自治区农牧厅(乡村") == ["自治区发展改革委", "自治区农牧厅"]
    assert split_unit_list("自治区农牧厅(乡村振兴局)") == ["自治区农牧厅(乡村振兴局)"]


def test_a_bare_list_of_ministries_in_brackets_after_an_item_is_its_clause():
    # a national 工作要点 names the ministries that carry an item in a bracket with no 负责 or 牵头
    line = "打击邮件、快件渠道非法寄递侵权假冒商品行为。(工业和信息化部、公安部、海关总署)"
    assert clause_units(line) == [responsible("工业和信息化部", "公安部", "海关总署")]
    # a page cut off inside it
    assert clause_units(line[:-1]) == [responsible("工业和信息化部", "公安部", "海关总署")]
    assert clause_units("加强街区治理。(街区、厂区)") == []


def test_the_name_a_page_was_cut_off_in_is_no_unit_of_the_clause_left_open():
    line = "对取消和下放审批的事项要同步落实监管责任和措施。(市政府办公室、市"
    assert clause_units(line) == [responsible("市政府办公室")]
    line = "不断优化申报模式。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政"
    assert clause_units(line) == [lead("区行政审批服务局", "区发展改革局")]
    # hunan-consumption-measures-2023 (dev-cy): the cut took the role verb after 等按职责分工, not the last name
    line = "推进车位资源共享利用。(省公安厅、省商务厅、省财政厅、省住房城乡建设厅等按职责分工"
    assert clause_units(line) == [responsible("省公安厅", "省商务厅", "省财政厅", "省住房城乡建设厅")]
    # jiyuan-gov-report-tasks-2024 (dev-di): …without 等, the units naming no level (济源's bodies)
    line = "城镇、农村居民人均可支配收入增长保持全省领先。(发展改革和统计局、农业农村局按职责分工"
    assert clause_units(line) == [responsible("发展改革和统计局", "农业农村局")]


def test_the_lead_convention_for_a_case_said_inside_the_clause_names_neither_as_a_unit():
    line = ("加快推进标准化建设。(责任单位:标准化处、省药监局相关处室,各市〔州〕市场监管局;"
            "若工作涉及多个处室的,列第一的为牵头责任处室,下同)")
    assert clause_units(line, lead_first=True) == [lead("标准化处") + co("省药监局相关处室", "各市〔州〕市场监管局")]
    assert document_conventions(line).lead_first


def test_first_responsible_unit_leads_when_the_first_clause_says_so():
    # xiamen-business-environment-measures-2019 (dev-cv): the convention stated inside the first clause
    text = ("一、营造公平竞争环境\n(一)推进完善PPP健康运行长效机制和基础性制度建设。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n"
            "(二)严格落实全省统一的招投标政策。\n责任单位:市建设局、市财政局\n")
    assert [t.units for t in extract_tasks(text)] == [lead("市发改委") + co("市财政局"), lead("市建设局") + co("市财政局")]


def test_the_matter_a_clause_gives_before_by_is_no_part_of_the_unit_after_it():
    # national-mca-openness-points-2022 (dev-dv): (规范性文件公开由制发司(局)牵头,…): 由 names who
    [clause] = find_responsibility_clauses("(规范性文件公开由制发司(局)牵头,各有关司(局)配合)")
    assert clause.units == lead("制发司(局)") + co("各有关司(局)")
    [clause] = find_responsibility_clauses("(自由贸易试验区管委会牵头)")
    assert clause.units == lead("自由贸易试验区管委会")


def test_units_labelled_as_sharing_the_responsibility_take_part():
    # lianyungang-livelihood-projects-2023 (dev-ds): (牵头单位:市教育局;共同责任单位:市财政局、市机关管理局,各县区、功能板块)
    [clause] = find_responsibility_clauses("(牵头单位:市教育局;共同责任单位:市财政局、市机关管理局,各县区、功能板块)")
    assert clause.units == lead("市教育局") + co("市财政局", "市机关管理局", "各县区、功能板块")


def test_a_convention_for_the_tasks_below_without_xiang_names_no_unit_of_its_own():
    # linxia-business-environment-plan-2023 (dev-dx): 以下各任务均需…落实,不再一一列出 (not 各项任务)
    [clause] = find_responsibility_clauses("(责任单位:州政务服务中心,各县市人民政府、州直相关行业部门按职责分工负责,"
                                           "以下各任务均需各县市人民政府、州直相关行业部门落实,不再一一列出)")
    assert [unit.unit for unit in clause.units] == ["州政务服务中心", "各县市人民政府", "州直相关行业部门"]
    assert clause.implicit_units == ("各县市人民政府、州直相关行业部门",)


def test_split_unit_list_parts_two_bodies_joined_by_ji_after_a_bracket_but_not_a_place_s_second_body():
    # shenyang-gov-report-division-2026 (dev-eg); pingdingshan-river-chief-tasks-2018 (dev-cd)
    assert split_unit_list("各区、县(市)政府及开发区管委会") == ["各区、县(市)政府", "开发区管委会"]
    assert split_unit_list("各县(市、区)党委和人民政府、高新区党工委和管委会") == [
        "各县(市、区)党委和人民政府", "高新区党工委和管委会"]
    assert split_unit_list("市卫健委(市中医药管理局和市疾控局)") == ["市卫健委(市中医药管理局和市疾控局)"]


def test_a_unit_giving_a_targets_data_is_labelled_so():
    # alxa-alashanyouqi-plan-division-2023 (dev-fc): each indicator of a 纲要's division with the unit that gives its data
    text = ("一、经济发展\n1.地区生产总值年均增长7%左右。\n数据提供单位:旗统计局\n2.一般公共预算收入年均增长6%。\n"
            "数据提供单位:旗财政局\n")
    assert [[(u.unit, u.role) for u in t.units] for t in extract_tasks(text)] == [
        [("旗统计局", "responsible")], [("旗财政局", "responsible")]]

