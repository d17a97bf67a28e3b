"""gongwen.tasks.actors: the units a task names as its actors where it has no responsibility clause.

Sentences from the development corpus (national-electricity-access-2025, national-sichuan-inspection-reply-2004,
shanghai-gumei-elderly-fire-2022) and the samples (hunan-2021-workpoints)."""

from gongwen.normalize.clean import clean_text
from gongwen.tasks.extract import extract_tasks
from tests.task_units import co, lead, responsible, units_of


def test_units_in_subject_position_are_responsible():
    text = ("一、完善投诉处理机制\n"
            "（一）健全投诉处理工作机制。国家能源局及其派出机构、省级能源(电力)主管部门和供电企业应完善用户投诉处理制度，"
            "研究建立投诉转办和协同联办机制。\n"
            "（二）加强配电网主动运维。供电企业深化配电网智能巡检体系建设，加强带电检测装备应用。\n")
    assert units_of(text) == [
        responsible("国家能源局及其派出机构", "省级能源(电力)主管部门", "供电企业"),
        responsible("供电企业"),
    ]


def test_the_one_unit_before_huitong_does_the_work_and_the_units_after_it_take_part():
    text = ("二、关于亭子口水利枢纽工程问题。你省请求，国家尽快审核亭子口水利枢纽工程项目建议书。\n"
            "发展改革委会同水利部研究提出了办理意见：亭子口水库已经列入全国大型水库建设规划。\n"
            "三、关于食品加工业问题。你省请求，中央加大对你省农业产业化经营的支持力度。\n"
            "发展改革委、农业部会同财政部等有关部门研究提出了办理意见。\n")
    assert units_of(text) == [
        responsible("发展改革委") + co("水利部"),
        responsible("发展改革委", "农业部") + co("财政部"),
    ]


def test_a_heading_that_is_a_unit_names_the_task_unit_and_it_leads_where_the_text_says_qiantou():
    text = ("二、职责分工\n"
            "1.街道消委办。牵头开展独居老人消防安全关爱工作，协助居委针对独居老人开展消防安全风险评估。\n"
            "2.派出所。配合开展独居老人消防安全关爱工作，负责独居老人消防安全隐患的确认。\n")
    # the 居委 the office assists does the assessment with it: a partner in the task
    assert units_of(text) == [lead("街道消委办") + co("居委"), responsible("派出所")]


def test_an_entry_of_a_list_of_duties_names_its_units_before_the_colon():
    # 关于加快推进本区公园城市建设实施意见 (奉贤, 2021), 四、工作职责: each entry opens with its units and a colon.
    text = ("四、工作职责\n"
            "(一)区信息委：加强对数字公园规划建设的指导。\n"
            "(二)区民防办：结合公园建设，开展避难场所规划建设。\n"
            "(三)各镇、街道、开发区：按照本辖区镇域规划要求，加快推进本地区公园绿地和林业建设。\n"
            "(四)工作目标：到2025年，建成各类公园230座以上。\n")
    assert units_of(text) == [responsible("区信息委"), responsible("区民防办"),
                              responsible("各镇", "街道", "开发区"), ()]


def test_the_unit_said_to_be_the_competent_department_has_the_work_and_the_one_ordered_none():
    # dev-v's 七宝镇 实施意见, 五、职责分工: 为…的主管部门 gives the office the work; 责令 orders the builder, who is
    # the object of the office's action, not an actor of the task
    text = ("五、职责分工\n"
            "1.镇规建办为限额以下工程项目管理的主管部门，负责推进、协调工程各环节的相关工作。"
            "对存在安全质量隐患的项目责令其整改，情节严重的，责令施工单位暂时停止施工。\n"
            "2.镇安监所负责限额以下工程的安全生产监督管理工作。\n")
    assert units_of(text) == [responsible("镇规建办"), responsible("镇安监所")]


def test_units_after_a_partner_verb_that_opens_a_clause_take_part_whatever_follows_them():
    text = ("一、重点工作\n"
            "1.节约用水。配合县水利局、水保局技术人员开展节约用水和水资源保护研究，协助乡镇开展水土流失治理。\n"
            "2.备用水源。与县环保局、县水文站共同推进备用水源建设，构建京津冀产业协同发展新格局。\n"
            "3.组织领导。积极配合各乡镇开展河长制工作。\n")
    assert units_of(text) == [co("县水利局", "水保局", "乡镇"), co("县环保局", "县水文站"), co("各乡镇")]


def test_a_clause_numbered_inside_a_task_is_read_past_its_number():
    text = ("一、重点工作\n"
            "1.节约用水。1.完善节水制度；2.县水利局负责开展节水宣传；3.配合县环保局开展水质监测。\n")
    assert units_of(text) == [responsible("县水利局") + co("县环保局")]


def test_a_verb_that_ends_in_a_unit_suffix_ends_no_name():
    text = ("一、重点工作\n"
            "1.打击非法捕捞。协助县级责任单位和乡镇查处非法销售捕捞工具。\n"
            "2.规范经营。协助县级责任单位和乡（镇）查处无证经营行为。\n")
    assert units_of(text) == [co("县级责任单位", "乡镇"), co("县级责任单位", "乡（镇）")]


def test_a_unit_that_is_the_object_of_an_action_is_no_actor():
    text = ("一、促进绿电消费\n"
            "（一）促进绿电消费。鼓励引导重点用能单位使用绿电，推动公共机构能耗定额管理，激发全社会绿电消费潜力。\n"
            "（二）支持民营经济。将低压办电“零投资”扩大至各类民营经济组织，支持供电企业全面推进数字电网建设。\n")
    assert units_of(text) == [(), ()]


def test_a_plan_that_assigns_its_tasks_by_clause_gives_a_task_without_one_no_actors():
    text = ("一、推进城镇化\n"
            "（一）推进户籍制度改革。全面落实放开放宽落户政策。（责任单位：省公安厅）\n"
            "（二）加强部门协调。省住房城乡建设厅要依托湖南省新型城镇化工作联席会议制度，强化统筹协调和督促落实。\n"
            "（三）推进城市更新。加快老旧小区改造。（责任单位：省住房城乡建设厅）\n")
    assert units_of(text) == [responsible("省公安厅"), (), responsible("省住房城乡建设厅")]


def test_a_plan_with_as_many_tasks_without_a_clause_as_with_one_gives_those_their_actors():
    # shanghai-changning-gas-safety-plan-2025 (dev-fm): a page cut after its second item, one item with a clause
    # (whose role verb follows a bracket: 各街道(镇)配合、管道燃气企业实施) and one naming its actors
    text = ("一、全面推进改造\n"
            "1.改造计划全面落实。2025年全面完成改造。(区建管委负责,各街道(镇)配合、管道燃气企业实施)\n"
            "2.做好项目统筹协调。各部门要将燃气老化管道改造与道路维修等项目全面统筹。交通管理部门要优化交通组织方案。\n")
    assert units_of(text) == [responsible("区建管委") + co("各街道(镇)") + responsible("管道燃气企业"),
                              responsible("各部门", "交通管理部门")]


def test_a_unit_name_that_modifies_the_noun_after_it_is_no_actor():
    text = ("三、2024年政府工作任务\n"
            "（三）扩大有效投资。合理扩大地方政府专项债券投向领域和用作资本金范围。\n"
            "（四）激发各类经营主体活力。弘扬优秀企业家精神，积极支持企业家专注创新发展。\n")
    assert units_of(text) == [(), ()]


def test_units_said_to_be_something_are_described_not_given_work():
    text = ("三、2024年政府工作任务\n"
            "（四）激发各类经营主体活力。国有企业、民营企业、外资企业都是现代化建设的重要力量。\n")
    assert units_of(text) == [()]


def test_a_unit_followed_by_what_it_does_stays_an_actor_next_to_one_that_modifies_a_noun():
    text = ("四、提升服务水平\n"
            "（九）推动绿色低碳转型。供电企业深化能效服务，服务企业生产经营向绿色低碳转型。\n")
    assert units_of(text) == [responsible("供电企业")]


def test_villages_and_neighbourhoods_named_together_are_two_actors():
    text = ("一、排查阶段\n"
            "1.重点排查。各居村、相关责任单位于2021年6月20日前，对安全隐患风险较大的城镇房屋完成重点排查。\n")
    assert units_of(text) == [responsible("各居村", "相关责任单位")]


def test_a_sign_the_plan_says_marks_the_lead_makes_it_lead_and_the_saying_is_no_unit():
    # jiaxing-pinghu-ai-plus-plan-2025 (dev-et): 标☆的为牵头单位,下同
    text = ("一、重点任务\n(一)推进“人工智能+工业制造”。鼓励各类产业平台打造智能化园区。(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)\n"
            "(二)推进“人工智能+现代农业”。探索人工智能变革现代农业监测。(责任单位:农业农村局、☆科技局)\n")
    assert units_of(text) == [lead("经信局") + co("科技局"), co("农业农村局") + lead("科技局")]
    # a sign the plan never explains leads nothing (shaoxing-zhuji-key-work-list-2023, dev-dm: ▲发改局)
    unexplained = text.replace("标☆的为牵头单位,下同。", "").replace("☆", "▲")
    assert all(unit.role != "lead" for units in units_of(unexplained) for unit in units)


def test_a_sign_after_a_unit_s_name_in_a_table_marks_the_lead_and_the_towns_column_gives_units():
    # shanghai-minhang-rural-revitalization-tasks-2023 (dev-fs): 责任部门(加*号为牵头部门,其余为参与部门) | 责任街镇
    text = ("序号\t任务名称\t责任部门(加*号为牵头部门,其余为参与部门)\t责任街镇\t完成时间节点\n"
            "1\t推进农民相对集中居住\t区农业农村委*、区规划资源局\t浦江镇、梅陇镇\t12月\n")
    assert units_of(text) == [lead("区农业农村委") + responsible("区规划资源局", "浦江镇", "梅陇镇")]


def test_villages_of_a_kind_named_together_are_an_actor():
    # liuzhou-rongan-dongqi-kumquat-plan-2024 (dev-er), hengdong-mishui-safety-campaign-2024 (dev-cq): 各任务村, 各行政村
    text = ("三、工作措施\n(一)因地制宜,制定发展规划\n各任务村要按照目标任务,结合实际,制定生产发展规划。\n"
            "(二)落实属地责任\n各行政村要加强巡查,及时上报隐患。\n")
    assert units_of(text) == [responsible("各任务村"), responsible("各行政村")]


def test_a_verb_the_dictionary_tags_as_a_noun_leaves_the_unit_before_it_an_actor():
    # sichuan-renewable-pricing-2025: 代表 is a verb here; 由 ends no name the words before it start
    text = ("一、完善市场机制\n"
            "（一）完善电力中长期市场交易。现货市场连续结算试运行后，机制电量初期由电网企业代表全体用户"
            "与新能源项目按年度签订中长期合同。\n")
    assert units_of(text) == [responsible("电网企业")]


def test_a_units_staff_act_for_the_unit_but_staff_are_no_unit():
    # shanghai-gumei-elderly-fire-2022
    text = ("一、工作措施\n"
            "（一）强化日常巡查。派出所民警要结合社区警务工作，定期开展消防宣传培训。\n"
            "（二）落实相关职责。居委老龄干部、安全干部要按照规定落实相关职责。\n")
    assert units_of(text) == [responsible("派出所"), ()]


def test_a_unit_that_modifies_a_noun_is_still_no_actor():
    text = ("一、防范风险\n"
            "（一）规范债券管理。地方政府专项债券发行使用要规范。\n")
    assert units_of(text) == [()]


def test_a_unit_after_jing_or_zi_is_the_actor_not_the_words_before_the_preposition():
    # shanghai-putuo-sponge-city-2025, sichuan-renewable-pricing-2025
    text = ("一、土地出让阶段\n"
            "（一）区域整体划拨。建设单位可对各地块指标进行调整，调整方案经区建管委审核批准后执行。\n"
            "（二）执行期限。增量新能源项目机制电量和电价自省发展改革委、省能源局公布竞价结果次月起执行。\n")
    assert units_of(text) == [responsible("建设单位", "区建管委"), responsible("省发展改革委", "省能源局")]


def test_jing_inside_a_units_name_does_not_cut_it():
    text = ("一、工作分工\n"
            "（一）推进企业服务。区经委要建立重点企业联系制度。\n")
    assert units_of(text) == [responsible("区经委")]


def test_weituo_after_a_unit_ends_its_name():
    # shanghai-putuo-sponge-city-2025
    text = ("一、监督管理\n"
            "（一）监督管理。区建管委委托专业机构通过检查、抽查、巡查等多种方式进行指导和监督。\n")
    assert units_of(text) == [responsible("区建管委")]


def test_a_role_noun_made_of_an_action_word_and_danwei_is_a_unit():
    # shanghai-putuo-sponge-city-2025: 建设单位 is the unit that builds the project
    text = ("一、建设阶段\n"
            "（一）建设阶段。建设单位应按照审查合格的施工图设计文件组织施工。\n")
    assert units_of(text) == [responsible("建设单位")]


def test_an_action_word_before_a_unit_still_makes_it_an_object():
    # national-gov-report-2025: 建立健全 is a verb, 推进 is no role noun
    text = ("一、扩大内需\n"
            "（一）完善机制。建立健全跨部门协调机制。\n"
            "（二）推动转型。推进企业数字化转型。\n")
    assert units_of(text) == [(), ()]


def test_zai_with_a_provinces_abbreviation_opens_a_name():
    # sichuan-renewable-pricing-2025: 在川能源企业 are the energy companies in Sichuan
    text = ("一、执行期限\n"
            "（一）执行期限。在川能源企业要加强下级企业管理，避免延期投产的情况出现。\n")
    assert units_of(text) == [responsible("在川能源企业")]


def test_zai_before_an_ordinary_word_stays_a_preposition():
    # near miss: 新 opens 新能源, no abbreviation of its own
    text = ("一、推广应用\n"
            "（一）推广应用。在新能源企业推广储能应用。\n")
    assert units_of(text) == [()]


def test_a_set_phrase_or_zhuli_before_a_unit_makes_it_an_object():
    # national-gov-report-2024
    text = ("一、防范风险\n"
            "（一）防范风险。标本兼治化解房地产、地方债务、中小金融机构等风险，维护经济金融大局稳定。\n"
            "（二）扩大开放。加快国际物流体系建设，打造智慧海关，助力外贸企业降本提效。\n")
    assert units_of(text) == [(), ()]


def test_a_name_whose_first_word_is_a_noun_stays_an_actor_next_to_the_set_phrase_rule():
    # near miss: 高新技术 is a noun, not a set phrase
    text = ("一、强化创新\n"
            "（一）强化创新。高新技术企业要加大研发投入。\n")
    assert units_of(text) == [responsible("高新技术企业")]


def test_a_name_ending_in_zhuti_followed_by_what_it_must_do_is_an_actor():
    # sichuan-renewable-pricing-2025: 市场主体 (the market's participants) are told what to do
    text = ("一、凝聚共识\n"
            "（一）凝聚改革共识。市场主体要充分认识改革重要意义。\n"
            "（二）规范经营。经营主体要依法合规参与电力市场交易。\n")
    assert units_of(text) == [responsible("市场主体"), responsible("经营主体")]


def test_zhuti_as_an_ordinary_noun_is_no_actor():
    # near miss, shanghai-yangpu-internal-roads-2025: 托底管理的主体 is said of a unit, no unit itself
    text = ("一、保障措施\n"
            "（一）加强组织领导。属地街道作为托底管理的主体，相关部门协同推进。\n")
    assert units_of(text) == [()]


def test_a_run_of_collective_names_without_a_dunhao_is_one_unit_as_written():
    # gansu-gov-report-breakdown-2022 (dev-ag), national-moe-teachers-day-2025 (dev-dv): 各地各部门, 各地各校 written as
    # one run are one unit (LABELS.md: each as written); with a 、 between them they are two (the test below)
    text = ("一、持续推进高校毕业生就业。各地各高校要围绕战略性新兴产业、现代服务业，开发更多适合高校毕业生的就业岗位。\n"
            "二、稳定预期。各地区各部门要多出有利于稳预期、稳增长、稳就业的政策。\n")
    assert units_of(text) == [responsible("各地各高校"), responsible("各地区各部门")]


def test_places_as_a_whole_opening_a_clause_are_a_unit():
    # national-earthquake-defense-1996: 各地 (every place, as one collective) is the subject of 要
    text = ("三、意见\n"
            "（五）做好应急准备。各地、各部门要抓紧完成或完善《破坏性地震应急预案》，落实应急机构及预警通讯系统。\n")
    assert units_of(text) == [responsible("各地", "各部门")]


def test_places_as_a_whole_that_are_described_are_no_unit():
    # near miss, national-water-saving-reply-2005 and national-electricity-access-2025: 各地 before 在/按照 says what
    # places did or do, no modal gives them work
    text = ("一、基本情况\n"
            "（一）城市节水。近5年来，各地在城市节水方面做了大量工作。\n"
            "（二）优化审批。各地按照国家有关要求，积极推进电力外线接入工程审批流程优化。\n")
    assert units_of(text) == [(), ()]


def test_a_collective_name_whose_first_part_is_no_unit_stays_whole():
    # near miss: 各级 is no unit, 各级各类学校 is one name
    text = "一、加强教育。各级各类学校要加强防震减灾知识教育。\n"
    assert units_of(text) == [responsible("各级各类学校")]


def test_a_demonstrative_opens_no_name():
    # national-earthquake-defense-1996: 这些地区 points back to areas named before; 我局 is a unit
    text = ("三、意见\n"
            "（六）加强宣传教育。我局将尽快向各地、各部门提供防震减灾宣传教育大纲和科普材料。"
            "因此，这些地区也应按照上述精神认真做好防震减灾工作。\n")
    assert units_of(text) == [responsible("我局")]


def test_a_verb_phrase_tagged_as_a_noun_opens_no_name():
    # national-earthquake-defense-1996: 充分发挥 (one word jieba tags n) is an action on 各级政府
    text = ("三、意见\n"
            "（一）进一步健全与完善防震减灾工作体系，充分发挥各级政府在防震减灾中的职能作用。\n")
    assert units_of(text) == [()]


def test_a_unit_whose_name_opens_with_an_action_word_stays_an_actor_after_a_set_action():
    # near miss: 充分发挥 opens no name, 建设单位 (the unit that builds) is one
    text = "一、落实责任。充分发挥行业协会作用，建设单位要落实质量安全首要责任。\n"
    assert units_of(text) == [responsible("建设单位")]


def test_the_unit_after_you_is_the_actor_not_the_unit_a_list_is_handed_to():
    # shanghai-rental-housing-opinion-2021: 城乡建设 is one word (its 乡 ends no name); 汇总提供税务部门
    # opens with a verb
    text = ("三、支持政策\n"
            "（二）财税支持政策。落实保障性租赁住房税收优惠政策，可以享受税收优惠政策的单位和项目名单由市住房城乡建设管理、"
            "房屋管理部门按照国家规定，汇总提供税务部门。\n")
    assert units_of(text) == [responsible("市住房城乡建设管理、房屋管理部门")]


def test_a_township_written_alone_is_still_a_unit():
    # near miss for 城乡: 乡镇 and a bracketed alternative 街道（乡镇） (shanghai-rental-housing-opinion-2021)
    text = ("三、支持政策\n"
            "（六）配套公共服务支持政策。街道（乡镇）应当将保障性租赁住房纳入城市网格化管理和社区管理服务范围。\n"
            "（七）集体土地。各乡镇要统筹利用集体经营性建设用地。\n")
    assert units_of(text) == [responsible("街道（乡镇）"), responsible("各乡镇")]


def test_a_verb_before_a_role_noun_names_the_unit_that_does_it():
    # shanghai-rental-housing-opinion-2021: 出租单位 is the unit that lets the housing
    text = ("二、基础制度\n"
            "（二）明确准入条件，严格租赁管理。承租人有上述行为的，出租单位应当立即解除租赁合同。\n")
    assert units_of(text) == [responsible("出租单位")]


def test_a_verb_before_an_ordinary_noun_names_no_unit():
    # near miss: 出租房屋 is housing, no unit
    text = ("二、基础制度\n"
            "（二）严格租赁管理。出租房屋应当符合安全要求。\n")
    assert units_of(text) == [()]


def test_a_joint_conference_is_an_actor():
    # shanghai-rental-housing-opinion-2021
    text = ("四、组织实施\n"
            "（一）市、区协同，统筹推进。市促进房地产市场健康发展联席会议加挂市保障性租赁住房工作领导小组牌子，"
            "负责协调解决保障性租赁住房工作推进中的重大问题。\n")
    assert units_of(text)[0][0] == responsible("市促进房地产市场健康发展联席会议")[0]


def test_a_joint_conference_system_is_no_actor():
    # near miss: 联席会议制度 is a mechanism the plan sets up
    text = "一、健全机制。建立联席会议制度，定期研究解决重大问题。\n"
    assert units_of(text) == [()]


def test_a_list_whose_only_unit_word_is_its_dengbumen_tail_keeps_it():
    # shanghai-rental-housing-opinion-2021: the departments of two fields, named as written
    text = ("二、基础制度\n"
            "（一）强化顶层设计。区房屋管理部门会同区发展改革、规划资源等部门联合认定。\n")
    assert units_of(text) == [responsible("区房屋管理部门") + co("区发展改革、规划资源等部门")]


def test_a_dengbumen_tail_after_a_unit_name_is_dropped():
    # near miss: 省统计局 is a unit of its own, 等部门 only closes the list
    text = "一、加强监测。省发展改革委会同省统计局等部门建立监测制度。\n"
    assert units_of(text) == [responsible("省发展改革委") + co("省统计局")]


def test_he_opening_a_clause_makes_the_unit_after_it_an_actor_and_zhuanbao_makes_none():
    # shanghai-distribution-grid-2023: 和X一起审核 (X acts too); 转报X (a report goes to X)
    text = ("四、保障措施\n"
            "（二）明确责任分工。市发展改革委负责批复配电网升级改造专项规划，和市住房城乡建设管理委一起审核并下达年度计划。"
            "各区政府组织审查各区电力公司编制的改造工作年度计划，转报市发展改革委、市住房城乡建设管理委。\n")
    assert units_of(text) == [responsible("市发展改革委", "市住房城乡建设管理委", "各区政府")]


def test_he_as_the_first_character_of_a_place_name_is_no_conjunction():
    # near miss: 和平区 is a district (Tianjin), its 和 opens no clause
    text = "一、加强统筹。和平区人民政府要加强统筹协调。\n"
    assert units_of(text) == [responsible("和平区人民政府")]


def test_suo_inside_suozaidi_ends_no_name():
    # national-earthquake-defense-1996: 所在地 is one word, 重点监视防御区所 is no unit (the name goes on to
    # 人民政府); 特别是 parts the two names the subject is made of
    text = ("三、意见\n"
            "（三）进一步加强防震减灾立法工作。各省、自治区、直辖市特别是重点监视防御区所在地人民政府，"
            "也要抓紧地方的防震减灾立法工作。\n")
    assert units_of(text) == [responsible("各省、自治区、直辖市", "重点监视防御区所在地人民政府")]


def test_suo_ending_its_own_word_is_a_unit():
    # near miss: 派出所 is a unit
    text = "一、加强巡查。派出所要加强对独居老人住所的巡查。\n"
    assert units_of(text) == [responsible("派出所")]


def test_units_a_unit_organises_to_act_together_take_part():
    # shanghai-rental-housing-opinion-2021
    text = ("三、支持政策\n"
            "（一）规划和土地支持政策。对新实施的非居住存量房屋改建保障性租赁住房项目，由区政府组织区房屋管理、规划资源、"
            "建设管理、消防等部门联合审查改建方案后，办理保障性租赁住房认定手续。\n")
    assert units_of(text) == [responsible("区政府") + co("区房屋管理、规划资源、建设管理、消防等部门")]


def test_units_a_unit_organises_without_acting_together_are_not_read():
    # near miss: 组织区有关部门开展 names no joint act
    text = "一、加强检查。区政府组织区有关部门开展安全检查。\n"
    assert units_of(text) == [responsible("区政府")]


def test_an_abbreviated_unit_before_fuze_is_a_unit_whatever_jieba_tags_its_first_character():
    # shanghai-wujing-housing-safety-2021: 安 (verb), 平安 and 新 (adjectives), 经 (an opener) open abbreviations
    text = ("三、保障措施\n"
            "（二）细化职责分工。经发办负责园区、企业、商业体的房屋安全隐患排查整治工作；"
            "平安办、公安派出所负责城镇旅馆业、特种行业的房屋安全隐患排查整治工作；"
            "安监所负责人员密集场所房屋的消防安全宣传和指导工作；"
            "新吴泾投资经营有限公司负责镇属国有资产的房屋安全隐患排查整治工作。\n")
    assert units_of(text) == [
        responsible("经发办", "平安办", "公安派出所", "安监所", "新吴泾投资经营有限公司"),
    ]


def test_an_action_before_fuze_still_opens_no_name():
    # near miss: 由 and 请 stay openers before a name followed by 负责, 推进 an action
    text = ("一、加强巡查\n"
            "（一）落实责任。由区政府负责统筹协调，请服务办负责汇总上报。\n"
            "（二）压实责任。推进企业负责人落实安全生产责任。\n")
    assert units_of(text) == [responsible("区政府", "服务办"), ()]


def test_juweihui_is_one_name():
    # shanghai-gumei-elderly-fire-2022: the heading 居委会 names the unit, 牵头 in its text makes it lead
    text = ("二、职责分工\n"
            "1.居委会。具体负责排摸更新社区独居老人信息，牵头召集民警及物业及时排查整治消防安全隐患。\n")
    assert units_of(text) == [lead("居委会")]


def test_a_unit_after_you_is_the_agent_whatever_verb_follows():
    # shanghai-gumei-elderly-fire-2022: 由居委纳入 makes 居委 act, though 纳入 is no predicate word
    text = ("三、分级管理\n"
            "（一）高风险类：存在失能失智的独居老人。对应措施：由居委纳入重点关注对象，加大关心关爱频次。\n")
    assert units_of(text) == [responsible("居委")]


def test_a_weak_suffix_name_without_you_or_predicate_is_no_actor():
    # near miss: the same name before 纳入 without 由 is not read as an actor
    text = ("三、分级管理\n"
            "（一）高风险类：存在失能失智的独居老人。对应措施：居委纳入重点关注对象，加大关心关爱频次。\n")
    assert units_of(text) == [()]


def test_a_short_name_the_text_gives_a_unit_is_that_unit():
    # sichuan-renewable-pricing-2025
    text = ("三、推动新能源上网电价全面由市场形成\n"
            "（一）推动新能源上网电量参与市场交易。国网四川省电力公司（以下简称“国网四川电力”）要组织新能源"
            "项目参与市场交易。\n"
            "（二）强化政策执行。国网四川电力要加快建设机制电量和电价竞价系统。\n")
    assert units_of(text) == [
        responsible("国网四川省电力公司"),
        responsible("国网四川电力"),
    ]


def test_a_short_name_given_to_something_else_is_no_unit():
    # near miss (sichuan-renewable-pricing-2025): 机制电量 is the short name of a quantity of power
    text = ("四、建立健全支持新能源高质量发展的制度机制\n"
            "（一）建立结算机制。对纳入机制的电量（以下简称“机制电量”），按机制电价开展差价结算。\n"
            "（二）明确机制电量。机制电量要与新能源项目上网电量相衔接。\n")
    assert units_of(text) == [(), ()]


def test_a_collective_of_areas_is_the_subject_of_its_clause_and_the_agent_after_you():
    # shanghai-luodian-sanitation-2020
    text = ("二、主要措施\n"
            "（一）驻村保洁员属地化管理。驻村保洁员今后由各村属地化管理，由村委会负责保洁人员的日常管理。\n"
            "（二）加强考核。各县（市、区）要加强对保洁工作的考核。\n")
    assert units_of(text) == [responsible("各村", "村委会"), responsible("各县（市、区）")]


def test_an_area_word_running_on_into_a_longer_word_is_no_collective():
    # near miss: 各区域 is no 各区, 理由 holds no 由
    text = ("二、主要措施\n"
            "（一）统筹推进。各区域要加强统筹。\n"
            "（二）说明理由。理由各区不同。\n")
    assert units_of(text) == [(), ()]


def test_units_listed_before_deng_and_a_predicate_are_actors():
    # national-vocational-week-2016
    text = ("二、活动内容\n"
            "（三）开放院所。职业教育研究机构、学会（协会）等要围绕主题，举办论坛、讲座、展览等。"
            "行业职业教育教学指导委员会要结合行业特点，面向职业院校和企业开展产教对话。\n")
    assert units_of(text) == [responsible("职业教育研究机构", "学会（协会）", "行业职业教育教学指导委员会")]


def test_a_weak_suffix_name_before_deng_without_a_predicate_is_no_actor():
    # near miss: 等 followed by no predicate (等方面) keeps the name unread
    text = "二、活动内容\n（三）开放院所。研究中心等方面的成果要集中展示。\n"
    assert units_of(text) == [()]


def test_a_collective_of_areas_that_opens_a_longer_name_is_that_name():
    # near miss (shanxi-storage-management-2025): 由各市能源局组织 names 各市能源局, not 各市
    text = "一、强化项目库管理。由各市能源局组织对项目进展进行核实。\n"
    assert units_of(text) == [responsible("各市能源局")]


def test_a_name_before_a_time_adverb_and_a_predicate_or_before_jiehe_is_the_subject():
    # shanghai-luodian-sanitation-2020, shanghai-wujing-housing-safety-2021
    text = ("二、主要措施\n"
            "（一）长效考核、完善管理。镇规保办每月对各村考核一次，考核成绩呈送镇主要领导。\n"
            "（二）细化职责分工。城运中心结合全市第一次自然灾害综合风险普查，协同做好面上排查整治协调等工作。\n")
    assert units_of(text) == [responsible("镇规保办"), responsible("城运中心")]


def test_a_name_before_a_time_adverb_without_a_predicate_is_no_actor():
    # near miss: 每月 followed by 的 (a noun phrase), 结合 inside a name is no predicate of the name before it
    text = ("二、主要措施\n"
            "（一）加强统计。研究中心每月的数据纳入年度报告。\n"
            "（二）推进医养结合。医养结合服务中心要加强巡查。\n")
    assert units_of(text) == [(), responsible("医养结合服务中心")]


def test_a_collective_of_areas_after_qing_is_asked_to_act():
    # shanghai-sponge-city-workplan-2025
    text = ("二、重点任务\n"
            "（四）推进海绵城市重点片区建设。请各区持续推进16个市级海绵城市重点建设区，梳理海绵城市项目建设情况。\n")
    assert units_of(text) == [responsible("各区")]


def test_qing_inside_shenqing_asks_no_one():
    # near miss: 申请 is a word, its 请 opens no agent
    text = "二、重点任务\n（四）加强审核。项目单位申请各区同意后实施。\n"
    assert units_of(text) == [responsible("项目单位")]


def test_a_weak_suffix_name_after_shenqing_is_no_agent():
    # near miss (shanghai-wujing-housing-safety-2021): 落实申请主体 names no actor
    text = "二、整治措施\n（四）加大督促整改力度。协调区相关部门，落实申请主体，加快办理速度。\n"
    assert units_of(text) == [()]


def test_the_units_a_report_or_filing_goes_to_are_not_its_actors():
    # national-electricity-access-2025, shanghai-rental-housing-opinion-2021: where a report or filing goes is a
    # standing line of report, not a unit named for the task (measured: counting recipients cost unit precision
    # on dev-b, dev-c, dev-d, dev-j and the held-out dev-g, and gained only on dev-a and dev-h)
    text = ("一、优化服务\n"
            "（一）加强风险防控。电网企业、市场运营机构要密切跟踪电力市场和新能源交易价格，"
            "并向省发展改革委、省能源局报告。\n"
            "（二）稳定租赁价格。保障性租赁住房租赁价格由出租单位制定，报区房屋管理部门备案。\n")
    assert units_of(text) == [responsible("电网企业", "市场运营机构"), responsible("出租单位")]


def test_an_escalation_or_a_unit_given_something_names_no_unit():
    # near misses: guizhou-2024 and shanghai-wujing-housing-safety-2021 escalate what is grave up a standing line;
    # national-earthquake-defense-1996 gives material to 各地、各部门, it reports nothing
    text = ("一、保障措施\n"
            "（一）强化监测评估。重大事项及时向省委、省政府报告。\n"
            "（二）及时处置。发现城镇房屋安全重大险情、隐患危及人民群众生命财产安全时，要立即向镇有关部门报告。\n"
            "（三）加强宣传教育。我局将尽快向各地、各部门提供防震减灾宣传教育大纲和科普材料。\n")
    assert units_of(text) == [(), (), responsible("我局")]


def test_a_unit_before_ni_intends_to_act_and_a_ministry_jieba_reads_as_one_name_is_no_action():
    # national-water-saving-reply-2005: 拟 (intends to) ends the name; 建设 opens 建设部, jieba's one name
    text = ("三、有关部门下一步拟采取的措施\n"
            "（一）城市节水。建设部拟继续做好城市节水规划编制工作，建立健全城市节约用水责任制。\n"
            "（二）清洁生产。环保总局拟积极推广太钢等企业减污节水经验。\n")
    assert units_of(text) == [responsible("建设部"), responsible("环保总局")]


def test_the_units_an_office_is_housed_in_act_when_it_is_given_work():
    # shanghai-rental-housing-opinion-2021; near miss shanghai-wujing-housing-safety-2021: an office housed in a unit
    # and given no work there only sets the office up
    text = ("四、保障措施\n"
            "（一）统筹推进。市保障性租赁住房工作领导小组办公室设在市住房城乡建设管理委、市房屋管理局，"
            "负责健全统筹协调机制。\n"
            "（二）强化组织领导。办公室设在镇房管所，办公室主任由镇房管所所长兼任。\n")
    housed, set_up = units_of(text)
    assert housed == responsible("市保障性租赁住房工作领导小组办公室", "市住房城乡建设管理委", "市房屋管理局")
    assert "镇房管所" not in [unit.unit for unit in set_up]


def test_a_report_up_to_the_leadership_names_no_unit_and_bao_opens_no_name():
    # national-sichuan-inspection-reply-2004: 报请国务院核准 goes up the standing line; near miss: 报市政府 is no name
    text = ("一、关于乙烯项目问题\n"
            "（一）项目核准。发展改革委将对该项目核准问题的建议，按程序报请国务院核准。\n"
            "（二）方案审定。报市政府审定后实施。\n")
    assert units_of(text) == [responsible("发展改革委"), ()]


def test_a_list_inside_brackets_is_part_of_one_name_and_a_ban_on_anyone_names_no_actor():
    # national-spot-market-2025: 各省（区、市） is one collective of provinces, its 、 joins no names;
    # tianjin-power-trading-2025: 任何单位或个人不得… forbids anyone, it gives no unit work
    text = ("一、有关要求\n"
            "（一）加强组织。各省（区、市）现货市场第一责任单位及国家电网公司、南方电网公司要按照本通知要求做好工作。\n"
            "（二）规范秩序。任何单位不得非法干预市场。\n")
    assert units_of(text) == [responsible("各省（区、市）现货市场第一责任单位", "国家电网公司", "南方电网公司"), ()]


# sichuan-policy-inspection-2014 (dev-k): a notice numbered at one level whose sections are one paragraph each
SELF_INSPECTION = (
    "现就有关工作通知如下。\n"
    "一、各地自查\n"
    "各市（州）、县（市、区）要按照督查的内容和重点，对本地区贯彻实施情况开展逐项自查。\n"
    "二、部门自查\n"
    "19个方面督查重点，由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、环境保护厅、民政厅、省经济和信息化委、"
    "文化厅、省政府金融办、商务厅、科技厅等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合。\n"
    "三、总体要求\n"
    "以习近平新时代中国特色社会主义思想为指导，确保决策措施的贯彻落实取得实质进展。\n"
)


def _cleaned_tasks(text):
    return extract_tasks(clean_text(text).text)  # half-width brackets and commas, as the pipeline reads it


def test_a_one_paragraph_section_that_gives_units_work_is_a_task_in_a_document_numbered_at_one_level():
    tasks = _cleaned_tasks(SELF_INSPECTION)
    assert [task.heading for task in tasks] == ["各地自查", "部门自查"]  # 三、 gives nobody work


def test_a_long_list_after_you_with_a_modifier_and_a_kind_at_its_end_names_every_unit():
    # 由所涉及的 (the words before 的 say which units), ten names past the forty characters a name once had,
    # 等省级主管部门（单位） closing the list, 其他相关部门（单位） no unit of its own
    assert [u.unit for u in _cleaned_tasks(SELF_INSPECTION)[1].units] == [
        "省政府办公厅", "住房城乡建设厅", "省发展改革委", "环境保护厅", "民政厅", "省经济和信息化委", "文化厅",
        "省政府金融办", "商务厅", "科技厅"]


def test_no_name_runs_across_de():
    # shanghai-wujing-housing-safety-2021: the members of a group being set up are no actors of the task
    text = ("一、加强组织领导\n"
            "（一）成立领导小组。成立由镇行政主要领导担任组长，镇党政办、经发办、规建生态办、社发办、社区办、平安办、"
            "经发中心、城运中心、各居村等成员单位的镇房屋安全隐患排查整治工作领导小组，统筹推进排查整治工作。\n"
            "（二）落实责任。各居村要落实属地责任。\n")
    assert units_of(text)[0] == ()


def test_a_unit_said_to_be_the_one_responsible_is_given_the_work():
    # national-renewable-consumption-2025: …是…的责任主体 / 主要责任单位 gives the unit the work
    text = ("七、保障措施\n"
            "（二十一）明确责任分工。各省级能源主管部门是统筹保障本地区新能源消纳的责任主体，全面组织落实各项消纳举措。"
            "电网企业是保障新能源接网与调控运行的主要责任单位，持续加强电网建设。"
            "国有企业、民营企业都是现代化建设的重要力量。\n")
    assert units_of(text) == [responsible("各省级能源主管部门", "电网企业")]


def test_an_ordinal_before_a_unit_ranks_it_and_opens_no_action():
    # national-spot-market-2025: 第一责任单位 (the first responsible unit), not 第一 + an action
    text = ("一、工作要求\n"
            "（一）开展校验。第一责任单位应事先委托具备专业能力和经验的第三方机构，对现货市场开展系统校验。\n")
    assert units_of(text) == [responsible("第一责任单位")]


def test_a_name_opening_with_a_compound_jieba_cuts_in_two_is_a_name():
    # national-spot-settlement-2020: jieba knows no 售电 and tags 售 a verb
    text = ("二、做好合同衔接\n"
            "（二）做好电力中长期交易合同衔接工作。售电企业及直接参加电力现货交易的电力用户应在合同中约定分时结算规则。\n")
    assert units_of(text) == [responsible("售电企业")]


def test_a_name_opening_with_a_compound_jieba_cuts_into_characters_is_a_name():
    # 安顺市市级储备粮管理办法: jieba knows no 承储 (承 a verb, 储 alone); 激励企业 is an action on enterprises
    text = ("第三章 储存管理\n第十四条 承储企业应当加强仓储设施、质量检验保障能力建设和维护。\n"
            "第十五条 激励企业加强粮食仓储技术研发。\n")
    assert units_of(text) == [responsible("承储企业"), ()]


def test_kexue_after_a_unit_is_the_adverb_of_its_verb():
    # national-renewable-consumption-2025: 科学 (tagged a noun) says how the unit works, it starts no noun phrase
    text = ("七、保障措施\n"
            "（二十）优化新能源消纳管理机制。各省级能源主管部门科学开展本地区年度新能源利用率目标制定工作。\n")
    assert units_of(text) == [responsible("各省级能源主管部门")]


def test_a_collective_of_county_level_cities_in_brackets_is_a_unit_of_its_own_in_a_list():
    # guangzhou-clean-governance-2012: 县级市 is a kind of area, 各区（县级市） a collective unit
    text = clean_text("七、保障措施\n"
                      "（一）加强组织领导。各区（县级市）、各部门要结合实际制定具体工作意见或实施方案。\n").text
    assert units_of(text) == [responsible("各区(县级市)", "各部门")]


def test_units_in_a_clause_that_ends_in_de_name_a_condition_not_actors():
    # national-spot-settlement-2020: …放弃…资格的，按照…: those the condition holds for, given no work
    text = ("二、严格市场注册管理\n"
            "（八）严格市场注册管理。交易机构严格按照市场注册工作制度，提供各类市场主体注册服务。"
            "发电企业、电力用户自愿放弃直接参加市场资格的，按照有关规定执行保底电价。\n")
    assert units_of(text) == [responsible("交易机构")]


def test_a_run_of_kinds_of_area_goes_on_into_the_name_after_it_only_with_another_kind_of_area():
    # 各省、自治区、直辖市 goes on into 人民政府; 各区 does not into 管委会 (shanghai-sponge-city-workplan-2025)
    text = ("三、加强法制建设\n"
            "（四）抓好条例落实。各省、自治区、直辖市人民政府要制定相应的实施细则。\n"
            "（五）加强跟踪指导。请各区、管委会强化日常管理。\n")
    assert units_of(text) == [responsible("各省、自治区、直辖市人民政府"), responsible("各区", "管委会")]


def test_the_unit_after_huitong_takes_part_whatever_follows_its_name():
    # shanghai-zero-carbon-parks-2026: 会同 makes 市经济信息化委 a partner though 发布 is no predicate word;
    # shanghai-gumei-elderly-fire-2022: staff after 会同 are no unit, nor what they form
    text = ("四、组织实施\n"
            "（一）组织申报和评估遴选。市发展改革委会同市经济信息化委发布零碳园区申报通知。\n"
            "（二）强化日常巡查。派出所要会同物业管理人员组成工作小组，落实日常巡查。\n")
    assert units_of(text) == [responsible("市发展改革委") + co("市经济信息化委"), responsible("派出所")]


def test_a_name_before_huitong_is_the_subject_whatever_jieba_tags_its_first_word():
    # national-sichuan-inspection-reply-2004: 振兴 (a verb) opens the name of the office 振兴东北办
    text = ("七、关于德阳重大技术装备基地建设问题。你省请求，中央将德阳市重装基地纳入老工业基地改造的政策范围。\n"
            "振兴东北办会同国资委等有关部门研究提出了办理意见：国家对德阳重大技术装备项目已给予了积极支持。\n")
    assert units_of(text) == [responsible("振兴东北办") + co("国资委")]


def test_a_known_department_in_a_list_keeps_the_action_word_of_its_name():
    # sichuan-policy-inspection-2014: 保障 is an action word, but 人力资源社会保障厅 is a department's name
    text = ("二、部门自查\n"
            "省级部门要按照职责分工深入自查。督查重点由省政府办公厅、财政厅、人力资源社会保障厅等省级主管部门（单位）牵头完成自查报告。\n")
    units = units_of(clean_text(text).text)[0]
    assert [u.unit for u in units] == ["省级部门", "省政府办公厅", "财政厅", "人力资源社会保障厅"]


def test_the_first_of_a_list_of_units_that_lead_together_leads():
    # shanghai-wujing-housing-safety-2021: A、B负责牵头 makes A the lead, as a clause's list of leads does
    text = ("三、保障措施\n"
            "（二）细化职责分工。房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作；"
            "经发办负责园区、企业的房屋安全隐患排查整治工作。\n")
    assert units_of(text) == [lead("房管所") + responsible("规建生态办", "经发办")]


def test_units_the_work_is_done_together_with_take_part():
    # national-medical-fund-supervision-2023, national-medical-instant-settlement-2025: …等部门的协同/贯通协同
    text = ("四、完善监管机制\n"
            "（一）高度重视，协同推进。各省级医保部门要高度重视，尽快制定工作方案。要进一步做好与财政、卫生健康等部门的协同。\n"
            "（二）完善部门间协同监管机制。加强医保部门与公安、财政、市场监管等部门的贯通协同，推进信息互通共享。\n"
            "（三）建立沟通机制。建立完善与宣传、网信、公安等部门的沟通协调机制。加强产业链上下游的协同。\n")
    assert units_of(text) == [
        responsible("各省级医保部门") + co("财政、卫生健康等部门"),
        co("医保部门", "公安、财政、市场监管等部门"),
        (),
    ]


def test_kinds_of_actor_after_a_qualifier_and_before_a_modal_of_duty_are_given_work():
    # national-earthquake-defense-1996, national-vocational-week-2016; 可 (leave to do) gives no duty
    text = ("三、工作要求\n"
            "（五）做好应急准备。有条件的地区特别是地震重点监视防御区要进行地震应急演练。有关的大中城市应完成震害预测工作。\n"
            "（六）开放企业。有条件的行业、企业要面向中小学生开辟通道或展区。\n"
            "（七）扩大结算范围。有条件的地方可探索将大病保险资金纳入即时结算。有关的政策措施要落实到位。\n")
    assert units_of(text) == [
        responsible("有条件的地区", "地震重点监视防御区", "有关的大中城市"),
        responsible("有条件的行业", "企业"),
        (),
    ]


def test_two_actors_either_of_which_acts_are_two_units():
    text = ("一、加强管理人员考核。县（区）民政部门或乡镇人民政府要加强对敬老院管理人员的规范管理。\n"
            "二、做好经费保障。各县（区）人民政府要把敬老院运营经费列入财政预算。\n")
    assert [[u.unit for u in t.units] for t in extract_tasks(text)] == [
        ["县（区）民政部门", "乡镇人民政府"], ["各县（区）人民政府"]]


def test_a_reposting_sites_source_line_belongs_to_no_task():
    text = ("第一条 学校实行封闭管理。\n第二条 本办法自印发之日起施行。\n（来源：河南省教育厅）\n"
            "原标题：《关于学校出入管理办法》\n")
    tasks = extract_tasks(text)
    assert [(t.heading, t.units) for t in tasks] == [("学校实行封闭管理", ()), ("本办法自印发之日起施行", ())]
    assert "来源" not in tasks[-1].text


def test_a_definition_names_no_actor():
    text = ("第三条 本办法所称政务部门,是指市政府组成部门、直属机构。\n"
            "第四条 本办法所称数据共享,是指政务部门因履行职责需要使用其他政务部门的政务数据。\n"
            "第五条 市政务数据主管部门负责统筹全市政务数据管理工作。\n")
    assert [[u.unit for u in t.units] for t in extract_tasks(text)] == [[], [], ["市政务数据主管部门"]]


def test_a_short_name_given_in_brackets_and_the_kind_after_deng_are_no_part_of_the_name():
    # dev-g guangxi-power-trading-2024
    text = ("一、加强市场运行监控\n"
            "（一）加强市场运行监控。广西电力调度控制中心（以下简称广西中调）等市场运营机构要加强市场运行监控。\n"
            "（二）规范交易时序。具体交易时序及标的由广西电力交易中心（以下简称交易中心）结合市场运行情况适时安排。\n")
    assert units_of(text) == [responsible("广西电力调度控制中心"), responsible("广西电力交易中心")]


def test_bing_opening_bingwang_is_no_opener():
    # dev-g guangdong-grid-safety-2025: 并网主体 (the plants connected to the grid), not 并 + 网主体
    text = ("一、强化管理\n（一）强化容量变更管理。电网企业要加强管理，并网主体应及时报送容量变更。\n"
            "（二）强化过程管控。并网后，各并网主体应完成全部涉网试验。\n")
    assert units_of(text) == [responsible("电网企业", "并网主体"), responsible("各并网主体")]


def test_a_name_ends_before_a_verb_no_name_holds():
    # dev-q jiangxi-infant-care-2020: 采取 ends 各级政府 (it used to run on to the next 政府, 各级政府采取政府)
    text = "一、发展\n（一）大力发展社区照护服务。各级政府采取政府补贴、行业引导等方式，开展婴幼儿照护服务。\n"
    assert units_of(text) == [responsible("各级政府")]


def test_a_predicate_before_a_unit_suffix_makes_no_name():
    # dev-p hebei-gov-report-2025, dev-g guangxi-power-trading-2024: a count or a verb before 企业/政府 says what is
    # done, not who does it
    text = ("一、聚力抓投资促消费\n（一）扩大有效投资。精准招引一批产业链头部企业，选树一批领跑企业。\n"
            "（二）保障优先发电。云电、西电等区外受入电量根据政府间协议确定。电网企业应做好优先发电计划安排。\n")
    assert units_of(text) == [(), responsible("电网企业")]


def test_an_adverb_of_manner_opens_an_action_not_a_name():
    # dev-b shanxi-coal-carbon-peak-2023: 认真贯彻落实党中央、国务院和省委、省政府关于…的决策部署 names no actor
    text = ("五、保障措施\n（一）加强组织实施。认真贯彻落实党中央、国务院和省委、省政府关于碳达峰碳中和的重大决策部署，"
            "强化部门协调。各级政府要加强对煤炭行业碳达峰工作的组织领导。\n")
    assert units_of(text) == [responsible("各级政府")]


def test_an_adverb_of_measure_between_subject_and_predicate():
    # dev-k national-overprescribing-monitoring-2025
    text = ("一、工作目标\n（一）开展试点，探索经验。2025年12月底前，全国智能监管改革试点地区至少将50种重点监测药品"
            "纳入智能监管覆盖范围。\n")
    assert units_of(text) == [responsible("全国智能监管改革试点地区")]


def test_zai_xiao_inside_a_word_ends_no_school_name():
    # dev-n henan-school-entry-2020: 学校在校园… is 学校 + 在 + 校园, not a name 学校在校
    text = "一、校园管理\n1.学校在校园出入口配备必要的体温检测和防护设备。\n"
    assert units_of(text) == [responsible("学校")]


def test_provinces_as_one_collective_and_a_signature_with_its_date_on_one_line():
    # dev-r national-outpatient-cross-province-2021: 各省份 is every province; the 落款 shares a line with
    # its date and the office's imprint follows: neither is part of the last item
    text = ("三、加强组织实施\n（三）加强调度督导。各省份要建立省内专项工作督导台账。\n"
            "国家医保局 财政部 2021年4月12日\n国家医疗保障局办公室\n")
    assert units_of(text) == [responsible("各省份")]


def test_lianhe_inside_a_exchanges_name():
    # dev-q jiangxi-finance-epidemic-measures-2020
    text = "1.江西联合股权交易中心要对疫情防控领域企业开放绿色融资通道，简化审批手续。\n"
    assert units_of("一、融资\n" + text) == [responsible("江西联合股权交易中心")]


def test_the_closing_words_below_the_last_of_one_paragraph_items_are_no_part_of_it():
    # dev-q jiangxi-ganfutong-measures-2020: 一、…十、 one paragraph each, then the closing address and the date
    items = "".join(f"{n}、加快工作进度{n}。大力推动更多事项不见面审批。\n" for n in "一二三四")
    text = items + "各市、县(区)人民政府和省政府有关部门要结合本地本部门实际，细化实化具体措施。\n2020年2月3日\n"
    assert units_of(text) == [(), (), (), ()]


def test_public_hospitals_and_a_known_department_holding_an_action_word():
    # dev-r national-rational-drug-use-2020, national-drug-price-management-2019
    text = ("一、规范\n（一）完善药品采购供应制度。医疗机构应当坚持以临床需求为导向。公立医疗机构应当认真落实集中采购要求。\n"
            "（二）落实挂网采购政策。各地医疗保障部门应加强对短缺药品集中采购和使用工作的指导。\n")
    assert units_of(text) == [responsible("医疗机构", "公立医疗机构"), responsible("各地医疗保障部门")]


def test_a_signature_above_a_year_written_with_latin_os_closes_the_last_item():
    # dev-q guangxi-grain-enterprise-reform-2006: 二OO六年 (letter O for 〇)
    text = ("六、切实加强领导\n各市、县(市、区)人民政府要切实加强领导。\n广西壮族自治区人民政府\n二OO六年三月十四日\n")
    assert units_of(text) == [responsible("各市、县(市、区)人民政府")]


def test_every_place_before_ye_and_a_modal_of_duty():
    # dev-r national-medical-smart-audit-2025: 各地也要… gives every place work, as 各地要… does
    assert units_of("一、规范\n（二）加大抽查。各地也要相应加大抽查力度。\n") == [responsible("各地")]


def test_an_adverb_after_a_name_with_a_weak_suffix_makes_it_the_subject():
    # dev-g guangdong-grid-safety-2025: 中心 is a unit only before its predicate; 分别 opens that predicate
    text = ("一、强化管控\n（一）强化改造过程管控。广东电网电力调度控制中心、深圳供电局电力调度控制中心分别汇总情况后"
            "报告省能源局。\n")
    assert units_of(text) == [responsible("广东电网电力调度控制中心", "深圳供电局电力调度控制中心")]


def test_no_name_runs_across_staff_or_a_step_done_before():
    # dev-q guangxi-grain-enterprise-reform-2006
    text = ("一、改革\n（一）妥善安置职工。国有粮食企业职工与企业依法解除劳动关系时，应按照规定补缴社会保险费。\n"
            "（二）制定改革方案。改制为非国有企业的由国有资产监督管理机构审核后报同级人民政府审批。\n"
            "（三）积极筹措资金，妥善安置国有粮食企业职工。\n")
    assert units_of(text) == [responsible("国有粮食企业"), responsible("国有资产监督管理机构"), ()]


def test_every_area_is_read_whole_where_a_suffix_ends_inside_it():
    # dev-r national-business-environment-2022: 各地区要… (the suffix 各地 ends inside 各地区)
    text = "一、要求\n（一）高度重视复制推广工作。各地区要将复制推广工作作为重要举措。国务院各有关部门要结合自身职责。\n"
    assert units_of(text) == [responsible("各地区", "国务院各有关部门")]


def test_the_unit_authorised_acts_and_cities_or_provinces_are_subjects():
    # dev-p abazhou-gov-data-2021 (授权), dev-r national-business-environment-2022 (各试点城市要…)
    text = ("一、要求\n（一）明确职责。州人民政府授权州数据资源主管部门负责全州政务数据管理工作。\n"
            "（二）用足试点机制。各试点城市要围绕推动有效市场和有为政府更好结合，推进城市更新。\n")
    assert units_of(text) == [responsible("州数据资源主管部门"), responsible("各试点城市")]


def test_named_banks_before_zhongdian_act_and_where_a_list_is_sent_names_no_actor():
    # dev-q jiangxi-finance-epidemic-measures-2020
    text = ("一、融资\n（一）实行名单制管理。省金融局汇总融资需求，发送至省金融监管局。人行南昌中心支行指导各承贷银行机构"
            "用好优惠政策，精准、主动与重点企业对接。江西银行、九江银行、进贤农商行重点向省级名单内的企业发放贷款。\n")
    assert units_of(text) == [responsible("省金融局", "人行南昌中心支行", "江西银行", "九江银行", "进贤农商行")]


def test_a_known_unit_after_a_one_character_verb_is_its_object():
    # dev-k national-overprescribing-monitoring-2025: 供各地医保部门参考 (for them to consult): the list goes to them
    text = "一、重点\n（一）紧盯三方面重点。国家医保局将梳理重点监测药品清单，供各地医保部门参考。\n"
    assert units_of(text) == [responsible("国家医保局")]


def test_a_subject_before_genju_or_tongchou():
    # dev-r national-medical-smart-audit-2025, national-outpatient-cross-province-2021
    text = "一、试点\n（一）启动试点工作。试点省份根据实际情况，选取部分推进试点工作。街道网格中心统筹推进系统改造。\n"
    assert units_of(text) == [responsible("试点省份", "街道网格中心")]


def test_a_bare_government_after_the_last_joiner_shares_the_words_before_the_list():
    text = ("一、保障措施\n"
            "1.加强领导。各级党委和政府要把粮食安全摆在突出位置，市发展改革委和财政局要加强统筹，省有关部门和单位要按照职责分工抓好落实。\n")
    assert units_of(text) == [responsible("各级党委和政府", "市发展改革委", "财政局")]


def test_the_short_name_a_list_of_units_is_given_stands_between_them_and_their_predicate():
    text = ("一、职责\n"
            "1.明确机构。各镇政府、区管委会、街道办事处（统称镇区）应当明确政务数据管理机构。\n")
    assert units_of(text) == [responsible("各镇政府", "区管委会", "街道办事处")]


def test_a_preposition_between_two_suffixes_ends_the_name():
    text = ("一、共享\n"
            "1.逾期答复。超过期限不答复的，由市政务数据主管部门自政务部门逾期答复之日起五个工作日内径行提供。\n")
    assert units_of(text) == [responsible("市政务数据主管部门")]


def test_units_a_condition_is_about_are_no_actors():
    # dev-g guangxi-power-trading-2025 (当燃煤发电企业…时)
    text = ("一、价格机制\n"
            "1.价格平衡。当燃煤发电企业各合同电量低于核定电量时，按差额结算。当地党委和政府要加强领导。\n")
    assert units_of(text) == [responsible("当地党委和政府")]


def test_a_clause_label_is_no_actor():
    # A notice whose items name no units by clause, the last item cut off by the page's end after a label
    # and one character of a name (责任单位:区): its actors are read from its text, and the label is none.
    text = ("一、工作要求\n"
            "（一）各责任单位要高度重视，切实加强领导，制订工作方案。\n"
            "（二）区绩效考评机构要将重要目标任务纳入绩效管理考核范围。\n"
            "（三）工业投资增长12%以上\n责任单位:区\n")
    assert units_of(text) == [responsible("各责任单位"), responsible("区绩效考评机构"), ()]



def test_the_units_of_a_role_named_as_the_subject_of_a_sentence_are_actors():
    # A cover notice's own items (dev-z, dev-ab, dev-x): 各牵头单位要…, 由牵头单位发挥…, 主要责任单位要… name the units
    # of a role as actors; a role word that opens with an action (支持单位参与…) or a collective (相关单位) does not.
    text = ("一、压实责任。各牵头单位要加强统筹，细化工作方案。\n"
            "二、协同破题。针对跨单位任务，由牵头单位发挥统筹协调作用。\n"
            "三、强化协作。主要责任单位要加强沟通联系。\n"
            "四、扩大开放。支持单位参与国际标准制定。\n")
    assert units_of(text) == [responsible("各牵头单位"), responsible("牵头单位"), responsible("主要责任单位"), ()]


def test_the_convenors_and_members_of_a_standing_body_take_its_work():
    # anshun-grain-reserve-2023; near miss: a body taking new members (吸纳为成员单位) names none
    text = ("一、组织保障\n"
            "（一）建立联席会议制度。联席会议由市发展改革委召集，市财政局、市市场监管局、农发行安顺分行为成员，"
            "负责研究市级储备粮管理中的重要事项。\n"
            "（二）扩大联盟。将符合条件的企业吸纳为成员单位。\n")
    assert units_of(text) == [responsible("市发展改革委", "市财政局", "市市场监管局", "农发行安顺分行"), ()]


def test_members_are_named_even_where_the_plan_gives_its_other_tasks_units_by_clause():
    # shanghai-gas-safety-rectification-2023: a closing 加强组织领导 names the 工作专班's convenors and members
    text = ("一、整治任务\n"
            "1.排查燃气管道隐患。（市住房城乡建设管理委牵头负责，各区政府组织落实）\n"
            "2.打击非法经营燃气行为。（市公安局牵头负责，各区政府组织落实）\n"
            "二、保障措施\n"
            "（一）加强组织领导。成立本市城镇燃气安全专项整治工作专班，市住房城乡建设管理委为召集人单位、市应急局为"
            "副召集人单位，成员由市发展改革委、市教委、市人力资源和社会保障局等部门单位组成。\n"
            "（二）加强督促检查。要强化统筹协调和督促落实。\n")
    units = units_of(text)
    assert units[2] == responsible("市住房城乡建设管理委", "市应急局", "市发展改革委", "市教委", "市人力资源和社会保障局")
    assert units[3] == ()


def test_joint_signing_bodies_on_one_line_above_the_date_are_no_part_of_the_last_item():
    # dev-ak national-three-offices-tutoring-nonprofit-2021: three offices on one line, set apart by spaces
    text = ("三、压实工作责任。各地要严格监管，确保工作按期完成。\n"
            "教育部办公厅 民政部办公厅 市场监管总局办公厅\n2021年8月30日\n")
    assert units_of(text) == [responsible("各地")]


def test_a_body_invited_to_take_part_is_named_without_the_verb():
    # dev-ak national-moe-anti-bullying-campaign-2021: 并邀请公安机关参与…
    text = "一、严肃处置。情节较重的，学校可给予纪律处分，并邀请公安机关参与警示教育或予以训诫。\n"
    assert [unit.unit for task in extract_tasks(clean_text(text).text) for unit in task.units] == ["学校", "公安机关"]


def test_an_official_who_presides_over_a_body_names_no_unit():
    # shaanxi-zhenba-gov-work-rules-2024: 县长主持县政府全面工作
    text = "一、组成和职责\n1.县政府实行县长负责制。县长主持县政府全面工作。\n"
    assert units_of(text) == [responsible("县政府")]


def test_a_body_s_units_of_a_role_are_one_collective():
    # gansu-gov-report-breakdown-2022: 省政府各牵头部门要切实履行好牵头抓总…的职责
    text = "三、加强协作抓落实。省政府各牵头部门要切实履行好牵头抓总、组织协调的职责,各配合单位要积极支持。\n"
    assert units_of(text) == [responsible("省政府各牵头部门", "各配合单位")]


def test_a_state_word_before_a_known_ministry_is_an_action_on_it_not_a_unit():
    # wuhan-transport-work-points-2022: 紧盯交通运输部批复我省交通强国建设试点目标
    text = ("一、加快建设交通强国\n1.全面实施综合交通运输规划,研究制定配套政策。\n"
            "2.紧盯交通运输部批复我省交通强国建设试点目标,确保现有试点任务按期完成。\n")
    assert [t.units for t in extract_tasks(text)] == [(), ()]


def test_a_list_of_actors_goes_on_past_a_department_whose_name_holds_a_modal_character():
    # gushi-anshan-park-gathering-notice-2021: 县应急管理局's 应 is no 应当
    text = ("一、严禁人员聚集。\n二、加强管控。县林茶局负责景区管理,县交通运输局、县应急管理局、森林公安局、消防大队负责做好应急处置。\n")
    assert units_of(text)[1] == responsible("县林茶局", "县交通运输局", "县应急管理局", "森林公安局", "消防大队")


def test_how_or_how_often_work_is_done_is_no_unit_s_name():
    text = ("一、总则\n（一）工作原则。统一指挥,分级分部门负责;统筹兼顾,局部服从全局。\n"
            "（二）运行机制。镇级每月组织巡查,村级每周开展巡河。\n（三）经济发展。分层分级开展企业走访,帮助企业解决困难。\n")
    assert units_of(text) == [(), (), ()]


def test_the_body_a_unit_is_to_ask_or_a_hope_is_no_unit():
    # wuhan-hongshan-task-division-2025 (dev-bo): 提请区人民政府统筹协调解决 asks the government, gives it no work
    text = ("一、加强组织领导\n各责任单位要及时报告推进落实过程中存在的困难和问题,提请区人民政府统筹协调解决。\n"
            "二、书信征集\n县政府真诚希望各单位积极参与。\n")
    assert [[unit.unit for unit in task.units] for task in extract_tasks(text)][0] == ["各责任单位"]
    assert all("希望" not in unit.unit for task in extract_tasks(text) for unit in task.units)


def test_what_a_sentence_says_was_listed_or_used_is_no_unit_s_name():
    # wuhan-wuchang-gov-report-tasks-2019 (dev-bk), national-skills-subsidy-2017 (dev-n): 列出了 and 运用 are
    # what is done, not words of a name, however a unit's suffix (单位, 部门) closes the sentence
    text = ("一、明确分办原则\n责任分解中,部分同一责任事项列出了多个责任单位,均为同责单位。\n"
            "二、加大宣传力度\n运用广播电视、报纸期刊、微博微信等渠道宣传申领条件、申请办法、受理部门。\n")
    assert [task.units for task in extract_tasks(text)] == [(), ()]


def test_a_unit_that_by_follows_is_what_the_clause_is_about_not_who_acts():
    # national-three-gorges-office-notice-1986 (dev-bs), henan-school-entry-2020 (dev-n): X由Y… gives Y the work
    text = ("一、有关事项\n（一）国务院三峡地区经济开发办公室由李伯宁同志任主任,陈光健同志兼任副主任。\n"
            "（二）学校附属单位由学校参照上述规定,负责做好疫情防控工作。\n"
            "（三）办公室为国务院直属机构,由国家计委和水电部代管,编制暂定五十人。\n")  # 代管: a verb jieba tags a noun
    assert [[unit.unit for unit in task.units] for task in extract_tasks(text)] == [[], ["学校"], ["国家计委", "水电部"]]


def test_towns_and_streets_together_are_one_collective_and_a_listing_is_no_name():
    # chongqing-tongliang-rural-housing-plan-notice-2022 (dev-bw): 各镇街要…; chengdu-dayi-gov-report-2021 (dev-bw):
    # …遗址入选全国重点文物保护单位 says what a site became, no unit
    text = ("一、工作要求\n（一）加强政策宣传。各镇街要加强政策宣传,精准认定补助对象。\n"
            "（二）文化事业。高山古城遗址入选全国重点文物保护单位,文化事业繁荣发展。\n")
    assert [[unit.unit for unit in task.units] for task in extract_tasks(text)] == [["各镇街"], []]


def test_a_section_of_one_paragraph_headed_with_work_whose_units_its_text_names_is_a_task():
    # fuzhou-housing-market-supplement-2016 (dev-p): a section with numbered items, then one paragraph of actors
    text = ("一、调整住房限购政策\n（一）拥有2套及以上商品住房的本市五城区户籍居民家庭，暂停在五城区向其销售商品住房。\n"
            "（二）拥有1套及以上商品住房的非本市户籍居民家庭，暂停向其销售商品住房。\n"
            "二、加大房地产市场监管工作力度\n市房管局、市建委、市市场监督管理局要加强联合巡查，严厉查处违法违规行为。\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks][2:] == [
        ("2", "加大房地产市场监管工作力度", responsible("市房管局", "市建委", "市市场监督管理局"))]
    # a frame section (四、做好组织落实, 五、组织保障) is none, whoever its paragraph names
    for frame in ("做好组织落实", "组织保障"):
        assert len(extract_tasks(text.replace("加大房地产市场监管工作力度", frame))) == 2


def test_units_after_jianyi_are_whom_an_item_suggests_act_not_its_actors():
    text = ("第二十二条(虚假申报的处理)\n"
            "所在单位出具虚假证明材料的,可向税务、市场监管等部门通报,建议相关部门及时检查该单位的劳动工资情况。\n"
            "第二十三条(退出)\n区房管局负责公共租赁住房的退出管理。\n")
    assert [[u.unit for u in t.units] for t in _cleaned_tasks(text)] == [[], ["区房管局"]]


def test_a_place_acting_uniformly_entrusting_a_company_or_asking_a_government_reads_as_written():
    # shanghai-touqiao-land-reduction-2024 (dev-cl): 统一 after a unit is the adverb of its verb, and 确定 (decide) is
    # no word of a unit's name: the street picks the service unit, the street acts
    text = ("六、资金管理\n（一）综合评估服务\n对减量化项目立项范围内的土地进行评估。所有减量化项目由街道统一招标确定服务单位，"
            "并签署服务合同。\n"
            # shanghai-changning-public-rental-housing-measures-2021 (dev-ch): 委托 opens the clause of the one entrusted
            "（二）职责分工\n区住房保障中心负责审核，并委托上海长宁公共租赁住房运营有限公司（以下简称“长宁公租房公司”）负责申请受理。\n"
            # wuhan-hongshan-task-division-2025 (dev-bo): the government asked (提请, 邀请) to coordinate does not act
            "（三）加强组织领导\n各责任单位要及时报告存在的困难和问题，提请区人民政府统筹协调解决。\n"
            # guangzhou-farmer-training-2013 (dev-c): a verb before a ministry (颁发农业部…的证书) is no unit's name
            "（四）考试与发证\n经区农业行政主管部门审核，颁发农业部统一印制的农民绿色证书。\n")
    assert [[u.unit for u in t.units] for t in _cleaned_tasks(text)] == [
        ["街道"], ["区住房保障中心", "上海长宁公共租赁住房运营有限公司"], ["各责任单位"], ["区农业行政主管部门"]]


def test_a_verb_before_a_known_department_makes_the_words_an_action_on_it():
    # tianjin-hebei-major-decisions-2022 (dev-cn): 整理好卷宗送区司法局审核 sends files to the bureau, it names none
    text = "一、目录管理\n1.已经完成决策的,承办单位应当自目录印发之日起十日内,整理好卷宗送区司法局审核。\n"
    assert [[u.unit for u in t.units] for t in _cleaned_tasks(text)] == [["承办单位"]]


def test_a_suffix_inside_a_word_ends_no_name_and_contacting_a_body_is_an_action():
    # huaian-lianshui-dev-zone-park-management-2024 (dev-cq): the 处 of 处置 ends no 区派出所及时处
    text = ("一、工作职责\n综合工作部做好舆情和处置;财政审计局保障园区管理资金使用;区派出所及时处置社会治理问题。\n"
            # henan-school-entry-2020 (dev-n): 由学校联系当地有关部门: the school acts, it contacts the departments
            "二、安全管理\n对不服从学校管理的社会人员,由学校联系当地有关部门进行处理。\n")
    assert [[u.unit for u in t.units] for t in _cleaned_tasks(text)] == [
        ["综合工作部", "财政审计局", "区派出所"], ["学校"]]


def test_a_person_named_with_tongzhi_is_no_unit():
    # hengdong-mishui-safety-campaign-2024 (dev-cq): 由曹东辉同志任办公室主任 names who heads the office
    text = "一、组织领导\n领导小组办公室设在镇应急办,由曹东辉同志任办公室主任,负责日常的组织协调。\n"
    assert [[u.unit for u in t.units] for t in _cleaned_tasks(text)] == [["领导小组办公室"]]


def test_a_quantity_before_a_noun_opens_no_actor():
    # national-four-depts-school-baseline-2026 (dev-do), zhangzhou-relief-measures-2022 (dev-ap)
    text = ("一、配齐人员\n（一）配备专职人员。每校至少配备1名专职心理健康教育教师。\n"
            "（二）给予补助。单家企业最高补助50万元。\n（三）加强指导。县教育局要加强督导。\n")
    assert units_of(text) == [(), (), responsible("县教育局")]


def test_a_list_of_units_after_a_label_names_every_unit_however_long():
    # chongqing-xiushan-department-assessment-2011 (dev-bw): the departments assessed, forty names after a label
    listed = ["县政府办公室", "县发展改革委", "县教委", "县科委", "县经济信息委", "县民宗委", "县公安局", "县民政局", "县司法局",
              "县财政局", "县人力社保局", "县国土房管局", "县环保局", "县城乡建委", "县规划局", "县交委", "县市政园林局", "县水务局",
              "县农委", "县商委", "县文体广新局", "县卫生局", "县人口计生委", "县审计局", "县安监局", "县档案局(馆)"]
    text = ("一、考核对象\n(一)政府部门序列:" + "、".join(listed) + "。\n"
            # fujian-industry-leadership-division-2017 (dev-fh): the offices a leader oversees, a sentence of their own
            "二、领导分工\n(一)副主任:协助分管装备工业、规划和投资。分管投资和规划处、国防科技工业处、装备工业处。\n")
    assert units_of(text) == [responsible(*listed), ()]


def test_the_kind_of_units_in_brackets_after_deng_bumen_ends_the_list():
    # yongzhou-public-health-emergency-plan-undated (dev-em): 等部门(单位)负责人为指挥部成员
    text = "一、应急组织机构\n市委组织部、市委宣传部、市教育局、市爱卫办等部门(单位)负责人为指挥部成员。\n"
    assert units_of(text) == [responsible("市委组织部", "市委宣传部", "市教育局", "市爱卫办")]


def test_a_bracketed_rule_for_a_condition_names_no_actor_and_keeps_the_subject_before_it():
    # wuhan-gov-report-responsibility-2025 (dev-eq): the aside defines, its units do nothing; the subject acts
    text = ("一、工作要求\n(一)科学制订办理方案。各牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要统筹相关责任单位"
            "科学制订办理方案。\n"
            # sichuan-ten-depts-chengyu-vocational-week-2023 (dev-do): a note in brackets breaks no list of subjects
            "(二)市(州)和学校活动。各市(州)、各职业学校(含技工院校,下同)和有关单位要结合实际,开展好省级活动。\n"
            # ningxia-health-work-points-2022 (dev-dl): an aside that gives work is read
            "(三)深化健康促进。开展健康教育“六进”活动。(自治区卫生健康委牵头,教育厅、总工会配合)\n")
    assert units_of(text) == [responsible("各牵头单位"), responsible("各市(州)", "各职业学校"),
                              lead("自治区卫生健康委") + co("教育厅", "总工会")]


def test_a_unit_after_yu_with_no_gongtong_is_the_other_party_not_an_actor():
    # wuhan-gov-report-responsibility-2025 (dev-eq): the lead units keep in touch with the units responsible
    text = ("一、工作要求\n(一)协同推进。各牵头单位要切实发挥统筹抓总作用,与责任单位建立常态化沟通协商机制。\n"
            "(二)联合治理。与县环保局、县水文站共同推进治理。\n")
    assert units_of(text) == [responsible("各牵头单位"), co("县环保局", "县水文站")]


def test_verbs_and_times_no_unit_s_name_holds_end_it_or_open_none():
    text = ("一、工作安排\n"
            # yancheng-smart-manufacturing-plan-2025 (dev-fx): where the support goes, no name
            "(一)培育企业。重点围绕专精特新企业开展智能化改造诊断服务。\n"
            # lincang-cangyuan-insurance-inspection-rectification-2025 (dev-gi): what the bureau did, after its name
            "(二)加强整改。县医疗保障局先后召开行政班子及股室会议研究整改工作。\n"
            # guangde-news-release-plan-2023 (dev-bt): the time before the name is no part of it
            "(三)加强宣传。年底市委宣传部汇总各单位发布情况。\n"
            # heyuan-yuancheng-gov-report-supervision-2024 (dev-ei), baicheng-zhenlai-jianping-opengov-report-2025 (dev-hc)
            "(四)压实责任。各项重点工作均明确责任单位。调整充实政务公开工作领导小组。\n"
            # anhui-newborn-one-thing-plan-2024 (dev-fr): what the departments complete is no part of their name
            "(五)系统对接。各部门完成本部门涉及业务系统与政务服务平台深度对接工作。\n")
    assert units_of(text) == [(), responsible("县医疗保障局"), (), (), responsible("各部门")]


def test_jingkai_opens_a_zone_s_name_not_a_clause_after_jing():
    # nanning-etdz-gov-report-division-2020 (dev-cs): 经开区, the economic development zone
    text = "一、工作要求\n(一)高度重视。经开区各级各部门要高度重视,认真抓好落实。\n"
    assert units_of(text) == [responsible("经开区各级各部门")]


def test_wenlian_qiaolian_and_gongqingtuan_are_bodies():
    # unknown-county-festival-activities-2026 (dev-gz): the writers' and artists' federation beside the townships
    text = "一、工作要求\n(一)组织活动。文联及各乡镇(街道)要组织开展文体活动。\n(二)联系侨胞。县侨联、共青团县委要做好联络服务。\n"
    assert units_of(text) == [responsible("文联", "各乡镇(街道)"), responsible("县侨联", "共青团县委")]


def test_a_heading_naming_a_team_after_what_it_does_names_the_unit():
    # hangzhou-gongshu-xiangfu-flood-plan-2025 (dev-fm): 监测 opens the team's name, not a requirement to set one up
    text = ("一、工作组职责\n1.监测预警小组\n负责接收上级防指发送的预警信息,及时通知受影响群众。\n"
            "2.设置学生心理辅导室\n每校设置1间心理辅导室。\n")
    assert units_of(text) == [responsible("监测预警小组"), ()]


def test_yingji_holds_the_modal_ying_inside_a_name():
    # yongzhou-public-health-emergency-plan-undated (dev-em): 应急 (emergency) is no 应 (shall) ending the name
    text = ("一、应急指挥体系\n1.市卫生应急指挥部\n领导、指挥和协调全市突发公共卫生事件应急工作。\n"
            # …and a heading's 应急组织机构 says how bodies are organised, no body
            "2.应急组织机构\n市委组织部、市教育局等部门负责人为指挥部成员。\n")
    assert units_of(text) == [responsible("市卫生应急指挥部"), responsible("市委组织部", "市教育局")]
