"""gongwen.tasks.actor_names: where a unit's name begins and ends, and how a list of names is split.

Sentences from the development corpus (dev-g guangxi-power-trading-2024, dev-j national-spot-settlement-2020,
dev-m anshun-grain-reserve-2023, dev-o hebei-gov-report-2024, dev-q jiangxi-infant-care, dev-r
national-chronic-disease-settlement, national-rational-drug-use, national-drug-price-management-2019)."""

from tests.task_units import co, lead, responsible, units_of


def test_a_name_may_open_with_the_place_where_something_is_done():
    text = ("一、结算\n"
            "1.待遇认定。参保地医保经办机构应加强病种待遇认定管理。\n"
            "2.退费处理。就医地医疗机构要加强内部流程优化。\n"
            "3.应急处置。发生地人民政府要立即启动应急响应，认真地落实各部门责任。\n"
            "4.投入。统筹地方政府新增债券用于县镇村建设。\n")  # dev-l guangdong-county-towns: 统筹|地方, no 地 of its own
    assert units_of(text) == [responsible("参保地医保经办机构"), responsible("就医地医疗机构"),
                              responsible("发生地人民政府"), ()]


def test_a_party_in_a_list_is_no_unit_and_no_field_word_of_the_next_name():
    text = ("一、合同\n"
            "1.签订合同。市场化中长期交易均应由购买方和发电企业签订双边中长期交易合同。\n"
            "2.计量装置。用户和发电企业应配合电网企业做好计量装置改造。\n"
            "3.协调。发展改革和财政部门要加强协调。\n")
    assert units_of(text) == [responsible("发电企业"), responsible("发电企业") + co("电网企业"),
                              responsible("发展改革和财政部门")]


def test_a_bare_government_after_a_list_of_no_units_is_no_actor():
    text = ("一、协同发展\n"
            "1.承接疏解。市场机制和政府引导相结合，项目和政策两手抓。\n"
            "2.加强领导。各级党委和政府要高度重视。\n")
    assert units_of(text) == [(), responsible("各级党委和政府")]


def test_the_unit_of_a_place_named_after_where_another_sits():
    text = ("一、储备\n"
            "1.成品粮油储备。市人民政府所在地西秀区人民政府和安顺经开区管委会建立成品粮油储备。\n"
            "2.防御。重点监视防御区所在地人民政府要加强值守。\n")
    assert units_of(text) == [responsible("西秀区人民政府", "安顺经开区管委会"),
                              responsible("重点监视防御区所在地人民政府")]


def test_the_lianhe_of_a_lianheti_opens_no_partner():
    text = ("一、药学服务\n"
            "1.指导基层。医疗联合体内上级医疗机构要加强对下级医疗机构的指导。\n")
    assert units_of(text) == [responsible("医疗联合体内上级医疗机构")]


def test_words_no_name_holds_and_the_organ_that_registers():
    text = ("一、价格\n"
            "1.定价。麻醉药品和第一类精神药品实行政府指导价。\n"
            "2.登记。登记机关应及时将托育机构登记信息推送至同级卫生健康部门，各级纪检监察机关要加强监督。\n"
            "3.参与。机关、事业单位要带头参与。\n")
    assert units_of(text) == [(), responsible("登记机关", "各级纪检监察机关"), responsible("事业单位")]


def test_a_name_ends_before_shi_and_is_given_the_duty_it_is_said_to_hold():
    # dev-p zhongshan-gov-data-2020; dev-h national-earthquake (特别是)
    text = ("一、职责\n"
            "1.明确职责。政务部门是本部门政务数据管理的责任主体，负责本部门政务数据的目录编制。\n"
            "2.力量。国有企业、民营企业都是重要力量。\n"
            "3.立法。各省、自治区、直辖市特别是重点监视防御区所在地人民政府，也要抓紧地方的防震减灾立法工作。\n")
    assert units_of(text) == [responsible("政务部门"), (),
                              responsible("各省、自治区、直辖市", "重点监视防御区所在地人民政府")]


def test_a_verb_jieba_tags_a_noun_after_a_unit_and_a_suffix_inside_a_word():
    # dev-r national-medical-smart-audit-2025 (由各地核实); 办理, 部署: the 办 and 部 of a verb end no name
    text = ("一、核查\n"
            "1.核实疑点。发现疑点数据由各地核实。\n"
            "2.办理。申请材料由市民政局办理。\n")
    assert units_of(text) == [responsible("各地"), responsible("市民政局")]


def test_other_units_after_the_last_joiner_and_cities_at_prefecture_level_or_above():
    # dev-p abazhou-gov-data (…通信管理部门和其他有关部门应当…); dev-l guangdong-county-towns (各地级以上市要…)
    text = ("一、安全\n"
            "1.安全保障。网信部门、公安部门、通信管理部门和其他有关部门应当按照各自职责做好安全工作。\n"
            "2.责任。各地级以上市要强化责任担当，国家能源局及其派出机构要加强监管。\n")
    assert units_of(text) == [responsible("网信部门", "公安部门", "通信管理部门"),
                              responsible("各地级以上市", "国家能源局及其派出机构")]


def test_the_place_where_something_is_done_may_be_the_subject_of_a_duty():
    # dev-r national-chronic-disease-settlement: the place insured and the place where care is had act as units
    text = ("一、结算\n"
            "1.病种代码。参保地要做好本地病种代码映射，就医地应及时做好病种代码与名称对应工作。\n"
            "2.响应。问题协同地应按要求及时响应。\n"
            "3.提示信息。各省需进一步规范信息系统报错提示信息。\n"
            "4.落实。认真地要做好落实工作，参保地有相应待遇的，按规定结算。\n"
            "5.资金。轮入所需资金，由农发行安顺分行及时发放贷款。\n")  # dev-m anshun-grain-reserve: 所需, no modal
    assert units_of(text) == [responsible("参保地", "就医地"), responsible("问题协同地"), responsible("各省"), (),
                              responsible("农发行安顺分行")]


def test_what_a_number_counts_and_who_reports_are_no_actors():
    # field henan-gov-report-2026, ningxia-gov-report-2026: targets and the speaker of a 政府工作报告
    text = ("一、开放\n"
            "1.外贸。力争新增外资外贸企业30家左右，进出口总额增长3%以上。\n"
            "2.企业培育。国家高新技术企业达到1.5万家、科技型中小企业3.2万家。\n"
            "3.报告。我代表省人民政府，向大会报告工作。\n"
            "4.达标。各县人民政府要达到标准。\n"
            # dev-hg taian-clean-healthy-action-plan-2010: the honours a city sets out to win, counted right after
            "5.创建。到2012年，全市创建省级卫生先进单位10-15个；创建卫生社区（村）10-15个。\n"
            "6.办理。县行政审批局3个工作日内办结。\n")
    assert units_of(text) == [(), (), (), responsible("各县人民政府"), (), responsible("县行政审批局")]


def test_the_items_of_a_part_that_looks_back_give_no_unit_work():
    # dev-o/dev-p hebei-gov-report, dev-b beijing-energy-storage: what was done names units that act no more
    text = ("一、2024年工作回顾\n"
            "（一）改革开放加力提速。河北水发集团组建运营，省国资委监管企业利润增长10%。\n"
            "（二）民生保障。各级政府要兜牢底线。\n"
            "二、2025年工作安排\n"
            "（一）深化改革。省国资委要推进国企改革。\n"
            "（二）保障民生。各级政府要兜牢底线。\n")
    assert units_of(text) == [(), (), responsible("省国资委"), responsible("各级政府")]


def test_an_organisation_is_a_unit_but_other_organisations_are_too_general():
    # dev-h shanghai-rental-housing, dev-p zhongshan-gov-data
    text = ("一、支持政策\n"
            "1.集体土地。农村集体经济组织可以通过自建或联营等方式建设运营保障性租赁住房。\n"
            "2.查询。公民、法人和其他组织可以在线查询政务数据。\n"
            "3.验收。区政府组织区相关部门联合验收。\n")
    assert units_of(text) == [responsible("农村集体经济组织"), (), responsible("区政府") + co("区相关部门")]


def test_an_office_named_for_what_it_does_after_its_place_is_named_whole():
    # dev-v's 七宝镇 实施意见: the office's name holds the words of its work (建设, 保护) after the town's name
    text = ("七、附则\n"
            "1.本实施意见自发布之日起施行。\n"
            "2.本实施意见由七宝镇规划建设和环境保护办公室负责解释。\n"
            "3.镇规划建设和环境保护办公室负责日常联络。\n")
    assert units_of(text)[1:] == [responsible("七宝镇规划建设和环境保护办公室"), responsible("镇规划建设和环境保护办公室")]


def test_an_organisation_department_is_named_whole_though_its_first_word_is_an_action():
    # chenzhou-talent-rules-undated (dev-ea): jieba reads 组织部门 and 组织部 as words, whose 组织 is no verb
    text = ("一、职责\n"
            "1.保障。引进人才服务保障工作由党委组织部门牵头,相关部门共同组织实施。\n"
            "2.召集。市委人才办(市委组织部)负责联席会议的召集工作。\n"
            "3.考核。市委组织部负责考核。\n")
    assert [units[:1] for units in units_of(text)] == [
        (lead("党委组织部门")[0],), responsible("市委人才办(市委组织部)"), responsible("市委组织部")]


def test_a_suffix_opening_a_role_verb_and_money_passed_down_to_units_end_no_name():
    # sichuan-forestry-reform-fund-2022, quanzhou-licheng-forest-subsidy-2022 (dev-ef)
    text = ("一、资金\n"
            "1.组织实施。由各项目县（市、区）统筹组织实施。\n"
            "2.下拨。本次管护补助支出全部下拨相关街道。\n"
            "3.宣传。行业职业教育教学指导委员会要结合行业特点开展产教对话。\n")
    units = units_of(text)
    assert not any("统筹" in unit.unit or "下拨" in unit.unit for task_units in units for unit in task_units)
    assert units[2] == responsible("行业职业教育教学指导委员会")
