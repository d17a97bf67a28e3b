"""gongwen.tasks: a plan's tasks from the numbered items of its body (outline, body_tasks), the lines
that close a document part, 专栏 boxes, and the conventions a plan states once. Clause forms, task-division
tables, ordinals and headings have their own test_tasks_*.py.

Snippets are taken from the sample plans (data/samples/) and the field corpus, or written in the style
of other provinces' plans where the samples have no example of a form."""

from gongwen.model import Task
from gongwen.tasks.conventions import DocumentConventions, document_conventions
from gongwen.tasks.extract import extract_tasks
from tests.task_units import co, lead, responsible

# --------------------------------------------------------------------------------------- hierarchy

CHENZHOU = """郴州市人民政府
2025年6月28日
(此件主动公开)
郴州市深入推进以人为本的新型城镇化
战略五年行动计划实施方案
一、行动目标
经过五年努力,进城农民工及其随迁家属、城市间流动人口更好融入所在城市。到2030年,全市常住人口城镇化率提升至65%左右。
二、重点任务
(一)实施新一轮农业转移人口市民化行动
1.健全常住地提供基本公共服务制度。适时调整并增加常住人口可享有的基本公共服务项目。(责任单位:市公安局、市发改委、市自然资源和规划局,各县市区人民政府。排名第一的为牵头单位,下同。以下各项任务均需各县市区人民政府落实,不再列出)
2.促进农业转移人口在城镇稳定就业。深化市内区域间劳务协作。(责任单位:市人社局、市教育局、市工商联)
(二)实施潜力地区城镇化水平提升行动
3.培育特色优势产业集群。围绕构建“1221”现代化产业体系,加快11条重点产业链培育步伐。(责任单位:市工信局、市发改委、市商务局)
三、政策措施
(一)健全农业转移人口市民化激励政策。对接落实国省对市县农业转移人口市民化奖励机制。(责任单位:市财政局、市住建局)
四、组织实施
建立郴州市城镇化工作暨城乡融合发展工作联席会议制度,联席会议办公室设在市发改委,负责统筹协调调度。
本方案自公布之日起施行,有效期5年。
"""


def test_the_lowest_numbered_level_of_each_branch_is_the_task():
    # Section 二 has groups with numbered items (running on from 2. to 3.): the items are the tasks.
    # Section 三 has only groups: they are the tasks.
    tasks = extract_tasks(CHENZHOU)
    assert [(t.seq, t.path) for t in tasks] == [(1, "2.1.1"), (2, "2.1.2"), (3, "2.2.3"), (4, "3.1")]


def test_section_and_group_titles_are_the_headings_above_the_task():
    tasks = extract_tasks(CHENZHOU)
    assert [(t.section_title, t.group_title) for t in tasks] == [
        ("重点任务", "实施新一轮农业转移人口市民化行动"),
        ("重点任务", "实施新一轮农业转移人口市民化行动"),
        ("重点任务", "实施潜力地区城镇化水平提升行动"),
        ("政策措施", None),
    ]


def test_heading_is_the_first_sentence_and_text_drops_ordinal_and_clause():
    first = extract_tasks(CHENZHOU)[0]
    assert first.heading == "健全常住地提供基本公共服务制度"
    assert first.text == "健全常住地提供基本公共服务制度。适时调整并增加常住人口可享有的基本公共服务项目。"


def test_a_whole_task_row():
    text = """二、主要措施
(二)实施产业能级提升行动
1.引进培育产业人才。持续落实科技特派员制度,为农民创业、农村发展提供人才支持。[责任单位:市委组织部(市委人才办)、市教育局、市科技局]
"""
    assert extract_tasks(text) == [Task(
        seq=1,
        path="2.2.1",
        section_title="主要措施",
        group_title="实施产业能级提升行动",
        heading="引进培育产业人才",
        text="引进培育产业人才。持续落实科技特派员制度,为农民创业、农村发展提供人才支持。",
        units=responsible("市委组织部(市委人才办)", "市教育局", "市科技局"),
        deadline=None,
        char_start=text.index("1.引进"),
        char_end=text.index("市科技局]") + len("市科技局]"),
    )]


def test_task_span_covers_the_item_from_its_ordinal_to_its_clause():
    first = extract_tasks(CHENZHOU)[0]
    assert CHENZHOU[first.char_start:first.char_start + 2] == "1."
    assert CHENZHOU[first.char_end - 5:first.char_end] == "不再列出)"


def test_one_paragraph_sections_and_closing_lines_have_no_tasks():
    headings = [t.heading for t in extract_tasks(CHENZHOU)]
    assert not any("经过五年努力" in h or "联席会议" in h or "施行" in h for h in headings)


def test_numbering_that_restarts_under_each_group():
    text = """二、主要措施
(一)实施改革赋能行动
1.深化户籍制度改革。进一步降低农业人口进城落户“门槛”。(责任单位:市公安局)
(二)实施产业能级提升行动
1.培育壮大特色产业。全力推进新型工业化。(责任单位:经开区、市工业和信息化局)
2.提质扩面园区平台。大力开展“园区发展提质年”活动。(责任单位:经开区、市发展改革局、市工业和信息化局、市农业科技园发展中心、大瑶镇、镇头镇)
"""
    assert [t.path for t in extract_tasks(text)] == ["2.1.1", "2.2.1", "2.2.2"]


def test_group_numbering_that_runs_on_across_sections():
    text = """二、提高农村转移人口市民化质量
(一)有序放开放宽城市落户限制。深化户籍制度改革。(省公安厅、省民政厅等部门及各市州政府负责)
三、提升城市群和都市圈承载能力
(二)培育发展现代化城市群。实施“一核两副三带四区”区域经济格局发展战略。(省发改委、省工信厅等部门及各市州政府负责)
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.section_title, t.group_title) for t in tasks] == [
        ("2.1", "提高农村转移人口市民化质量", None),
        ("3.2", "提升城市群和都市圈承载能力", None),
    ]


def test_own_line_group_heading_takes_the_paragraphs_below_as_its_body():
    text = """三、政策措施

（一）健全农业转移人口市民化激励政策

建立省对市县农业转移人口市民化奖励机制。完善学前教育投入体系，支持公办幼儿园开展托育服务。（责任单位：省财政厅、省住房城乡建设厅、省自然资源厅、省教育厅）

（二）健全进城落户农民农村权益维护政策

规范开展农村不动产确权登记颁证工作。（责任单位：省自然资源厅、省农业农村厅、省林业局）
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.heading) for t in tasks] == [
        ("3.1", "健全农业转移人口市民化激励政策"),
        ("3.2", "健全进城落户农民农村权益维护政策"),
    ]
    assert tasks[0].text == ("健全农业转移人口市民化激励政策\n建立省对市县农业转移人口市民化奖励机制。"
                             "完善学前教育投入体系，支持公办幼儿园开展托育服务。")
    assert text[tasks[0].char_start:tasks[0].char_end].endswith("省教育厅）")


def test_unnumbered_paragraphs_belong_to_the_item_above_until_the_next_ordinal():
    text = """三、2026年重点工作安排
重点做好十个方面工作：
（一）纵深推进融入和服务全国统一大市场
突出重点事项攻坚。制定我省融入服务全国统一大市场建设行动方案。
突出建设循环枢纽。建设联通境内外、辐射东中西的物流通道枢纽。
（二）大力拓展内需增长新空间
充分激发消费潜能。深入实施提振消费专项行动。
各位代表！
面对新征程新使命，我们将更加深刻领悟“两个确立”的决定性意义。
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.heading) for t in tasks] == [
        ("3.1", "纵深推进融入和服务全国统一大市场"),
        ("3.2", "大力拓展内需增长新空间"),
    ]
    assert tasks[0].text.count("\n") == 2
    assert tasks[1].text == "大力拓展内需增长新空间\n充分激发消费潜能。深入实施提振消费专项行动。"


def test_lines_that_only_look_like_ordinals_stay_in_the_body():
    text = """二、重点任务
1.扩大就业。新增城镇就业人数达到
1.5万人以上。
2024.12.31前完成摸底。
5.这一行的编号不接续上文，不是新条目。
2.稳定物价。保持物价总水平基本稳定。
"""
    tasks = extract_tasks(text)
    assert [t.path for t in tasks] == ["2.1", "2.2"]
    assert tasks[0].text.split("\n")[1:] == ["1.5万人以上。", "2024.12.31前完成摸底。", "5.这一行的编号不接续上文，不是新条目。"]


def test_document_numbered_at_one_level_has_its_sections_as_tasks():
    text = """各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门：
一、合理确定福州市辖区、平潭综合实验区和厦门市落户条件
福州市辖区和平潭综合实验区要以具有合法稳定职业和合法稳定住所（含租赁）为前置条件。
责任单位：福州市人民政府、平潭综合实验区管委会
厦门市要进一步完善落户政策，按照国务院有关政策要求，建立积分落户制度。
责任单位：厦门市人民政府
二、全面放开其他地区落户限制
居住在我省福州市辖区、厦门市、平潭综合实验区之外的其他设区市的城区，可以申请登记常住户口。
责任单位：漳州、泉州、三明、莆田、南平、龙岩、宁德市人民政府
福建省人民政府
2015年2月11日
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.section_title) for t in tasks] == [
        ("1", "合理确定福州市辖区、平潭综合实验区和厦门市落户条件", None),
        ("2", "全面放开其他地区落户限制", None),
    ]
    assert tasks[0].units == responsible("福州市人民政府", "平潭综合实验区管委会", "厦门市人民政府")
    assert tasks[1].units == responsible("漳州、泉州、三明、莆田、南平、龙岩、宁德市人民政府")
    assert "责任单位" not in tasks[0].text


def test_intro_section_of_a_one_level_document_is_not_a_task():
    text = """一、总体要求
以习近平新时代中国特色社会主义思想为指导，加快推进农业转移人口市民化。
二、高度重视。各地要把户籍制度改革作为重要任务。
三、强化督查。各地要定期开展督促检查。
"""
    assert [t.path for t in extract_tasks(text)] == ["2", "3"]


def test_a_section_stating_aims_or_looking_back_is_no_task_however_long():
    # national-electronics-growth-action-2025 (dev-ac) and others: a page cut after its 一、总体要求, several paragraphs
    aims = """一、总体要求
以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念。
坚持稳中求进工作总基调，推动电子信息制造业高质量发展。
"""
    assert extract_tasks(aims) == []
    # jiaxing-gov-report-2025 (dev-al): a report cut in its review, which names the units that did the work
    review = """一、2024年工作回顾
过去一年，市发展改革委会同市财政局推进重大项目建设。
市商务局牵头举办消费季活动，各县（市、区）政府积极配合。
"""
    assert extract_tasks(review) == []
    # lianyungang-economic-plan-report-2024 (dev-ce), maanshan-gov-report-2016 (dev-ca): a plan's execution, a
    # period's achievements
    for heading in ("2023年国民经济和社会发展计划执行情况", "2015年工作回顾和“十二五”发展成就"):
        assert extract_tasks(review.replace("2024年工作回顾", heading)) == []
    # a closing frame with its paragraphs is still a task of a document numbered at one level
    closing = """一、高度重视。各地要把户籍制度改革作为重要任务。
二、保障措施
各地要加强组织领导。
各部门要强化协同配合。
"""
    assert [t.path for t in extract_tasks(closing)] == ["1", "2"]


def test_cover_notice_signature_and_attachment_list_are_not_tasks():
    text = """各县市区人民政府，市政府各工作部门：
现将《实施方案》印发给你们，请认真贯彻落实。
附件：1.郴州市城镇化重点任务分工方案
2.郴州市城镇化重点项目清单
郴州市人民政府
2025年6月28日
（此件主动公开）
一、重点任务
（一）推进户籍制度改革。放开城镇落户限制。（责任单位：市公安局）
抄送：市委各部门，市人大常委会办公室。
郴州市人民政府办公室2025年6月30日印发
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.text) for t in tasks] == [("1.1", "推进户籍制度改革。放开城镇落户限制。")]


def test_first_unit_leads_from_where_the_document_says_so():
    tasks = extract_tasks(CHENZHOU)
    assert tasks[0].units == lead("市公安局") + co("市发改委", "市自然资源和规划局", "各县市区人民政府")
    assert tasks[1].units == lead("市人社局") + co("市教育局", "市工商联")


def test_conventions_are_reported_once_per_document():
    assert document_conventions(CHENZHOU) == DocumentConventions(lead_first=True, implicit_units=("各县市区人民政府",))


def test_a_unit_name_cut_off_at_one_character_names_no_unit():
    # A web page's excerpt ends inside the last 责任单位 line (区发展和改革局 cut after 区): that task keeps
    # no unit, and the unit gate (names of 2 to 60 characters) does not stop the run.
    text = """一、2023年全区经济社会发展的主要预期目标
(一)固定资产投资增长10%以上
责任单位:区发展和改革局
(二)工业投资增长12%以上
责任单位:区
"""
    tasks = extract_tasks(text)
    assert [t.units for t in tasks] == [responsible("区发展和改革局"), ()]



def test_a_section_heading_ending_with_its_lead_gives_its_items_that_lead():
    # Two districts' 2025 若干政策 (Huzhou, Wenzhou): 一、强化科技创新(由区科技局牵头), then items naming no unit
    for heading in ("一、强化科技创新(由区科技局牵头)", "一、强化科技创新（区科技局牵头）"):
        text = f"{heading}\n聚焦打造高水平创新型城区。\n(一)推动科创平台提质增效。制定行动计划。\n(二)支持企业研发。对企业给予补助。\n"
        assert [(t.path, t.units) for t in extract_tasks(text)] == [("1.1", lead("区科技局")), ("1.2", lead("区科技局"))]


def test_a_task_list_grouped_by_lead_unit_gives_each_task_its_groups_lead():
    # A cover notice's own items (units named as actors in their text) above its annex, a 政府工作报告 task
    # list grouped under headings that name the lead (一、县示范区管委会牵头工作(8项)).
    text = """县示范区管委会，各乡、镇人民政府，县直各有关单位：
经县政府同意，现将《2025年县政府工作报告任务清单》印发给你们。请各单位认真对照，抓好落实。
一、责任到人，闭环管理。各责任单位要将所承担任务进一步明确、细化。
二、节点管控，动态调度。各单位要紧盯目标任务，加强调度运行。
三、协同破题，联动增效。针对跨单位任务，由牵头单位发挥统筹协调作用。
附件：1.2025年县政府工作报告任务清单
2.2025年十五件民盼实事任务分解
某某县人民政府办公室
2025年5月18日
附件1
2025年县政府工作报告任务清单
一、县示范区管委会牵头工作(8项)
1.建设南美白对虾工厂化循环水养殖基地。
2.打造食用菌酵素生产基地。(责任单位:县农业农村局)
"""
    assert [(t.path, t.units) for t in extract_tasks(text)] == [
        ("1", responsible("各责任单位")),
        ("2", responsible("各单位")),
        ("3", responsible("牵头单位")),
        ("1.1", lead("县示范区管委会")),
        ("1.2", responsible("县农业农村局")),
    ]
    grouped = "一、县发展和改革局牵头的任务(共2项)\n1.争取超长期特别国债项目。\n2.推进项目前期工作。\n二、县财政局牵头负责\n1.盘活存量资产。\n"
    assert [(t.path, t.units) for t in extract_tasks(grouped)] == [
        ("1.1", lead("县发展和改革局")), ("1.2", lead("县发展和改革局")), ("2.1", lead("县财政局"))]


def test_a_clause_saying_every_task_also_falls_to_a_unit_not_named_again_names_it_once():
    text = """一、健全市场体系
(一)加强市场体系建设。推进高标准市场体系建设。〔责任单位:省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕
(二)优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位:省市场监管局〕
"""
    assert [t.units for t in extract_tasks(text)] == [responsible("省发展改革委", "省市场监管局"),
                                                      responsible("省市场监管局")]
    assert document_conventions(text).implicit_units == ("相关市(州)人民政府",)

# --- 专栏 boxes and 主要指标 tables between items -------------------------------------------------------


def test_a_box_between_items_is_no_task_and_the_numbering_goes_on_after_it():
    text = (
        "(一)做强优势产业集群\n"
        "1.壮大电子信息产业。聚焦超高清视频显示、新型储能等领域。(责任单位:市工业和信息化局)\n"
        "2.发展石化能源新材料产业。推动大亚湾石化区延链补链。(责任单位:市工业和信息化局)\n"
        "专栏1 先进制造业集群培育工程\n"
        "1.超高清视频显示集群:建设超高清视频显示产业园,引进上下游企业50家以上。\n"
        "2.新能源电池集群:推动动力电池、储能电池项目建成投产。\n"
        "3.石化新材料集群:推进乙烯下游高端新材料项目建设。\n"
        "3.培育未来产业。前瞻布局人工智能、低空经济等未来产业。(责任单位:市科技局)\n"
    )
    tasks = extract_tasks(text)
    assert [(t.path, t.heading) for t in tasks] == [
        ("1.1", "壮大电子信息产业"),
        ("1.2", "发展石化能源新材料产业"),
        ("1.3", "培育未来产业"),
    ]
    assert tasks[1].text == "发展石化能源新材料产业。推动大亚湾石化区延链补链。"


def test_bracketed_items_of_a_box_do_not_become_children_of_the_item_above():
    text = (
        "(一)深入打好蓝天保卫战\n"
        "1.推进重点行业深度治理。推动焦化、氯碱、电石等行业超低排放改造。(责任单位:市生态环境局)\n"
        "专栏1 大气污染防治重点工程\n"
        "(1)钢铁超低排放改造工程:完成3家钢铁企业超低排放改造。\n"
        "(2)挥发性有机物综合治理工程:开展化工园区挥发性有机物泄漏检测与修复。\n"
        "2.强化移动源污染防治。加快淘汰国三及以下排放标准营运柴油货车。(责任单位:市公安局)\n"
    )
    assert [(t.path, t.heading, t.units) for t in extract_tasks(text)] == [
        ("1.1", "推进重点行业深度治理", responsible("市生态环境局")),
        ("1.2", "强化移动源污染防治", responsible("市公安局")),
    ]


def test_the_category_rows_caption_and_note_of_a_target_table_are_not_items():
    text = (
        "一、发展目标\n"
        "(一)总体目标。到2030年,综合实力跃上新台阶。\n"
        "表1 “十五五”时期经济社会发展主要指标\n"
        "指标名称\t基期值\t目标值\t年均增速\t指标属性\n"
        "一、经济发展\n"
        "地区生产总值(亿元)\t420\t560\t6左右\t预期性\n"
        "二、绿色生态\n"
        "森林覆盖率(%)\t58.2\t58.5以上\t—\t约束性\n"
        "注:[ ]内为五年累计数。\n"
        "二、主要任务\n"
        "(一)做大做强先进制造业。推动主导产业集群发展。\n"
    )
    assert [(t.path, t.heading, t.text) for t in extract_tasks(text)] == [
        ("1.1", "总体目标", "总体目标。到2030年,综合实力跃上新台阶。"),
        ("2.1", "做大做强先进制造业", "做大做强先进制造业。推动主导产业集群发展。"),
    ]


def test_the_numbered_names_below_an_attachment_line_are_no_tasks():
    # 山西省能源局关于加强2025年新型储能管理工作的通知 as a web capture saved it: the attachment list's
    # ordinals on lines of their own, the date broken into pieces.
    text = """一、强化项目库管理
由各市能源局组织对项目进展进行核实。
届时将符合条件的项目调整入库。
二、做好电网服务保障
电网公司要加快办理接入并网手续。
鼓励具备条件的项目实施联合送出。
附件:
1.
调整入库新型储能项目清单
2.
调整出库新型储能项目清单
山西省能源局
2025
年
5
月
6
日
"""
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [("1", "强化项目库管理"), ("2", "做好电网服务保障")]


def test_a_plan_attached_after_the_attachment_line_is_read_as_a_body():
    text = """附件
郴州市城镇化重点任务分工方案
1.推进户籍制度改革。放开城镇落户限制。（责任单位：市公安局）
2.完善居住证制度。（责任单位：市公安局）
"""
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [("1", "推进户籍制度改革"), ("2", "完善居住证制度")]


def test_numbered_items_below_an_attachment_line_that_say_something_are_items():
    text = """附件:
1.推进户籍制度改革。放开城镇落户限制。
2.完善居住证制度。推进居住证制度覆盖全部未落户城镇常住人口。
"""
    assert [t.path for t in extract_tasks(text)] == ["1", "2"]


def test_an_attached_form_to_fill_in_holds_no_tasks():
    # 国家能源局西北监管局's summer-supply notice: ten items giving work to the actors they name, then a
    # weekly report's template whose items (with the units that report them) are headings of a form.
    text = """一、坚决扛牢能源保供首要职责
各能源企业要落实保供主体责任。
二、全面保障电力系统安全稳定
电网企业要加强运行监视。
三、全力确保能源电力生产安全
发电企业要加强设备巡检。
附件：1.XX电网迎峰度夏能源保供情况周报
附件1
XX电网迎峰度夏能源保供情况周报
2025年X月XX日
一、上周供需情况
（一）负荷情况（国网西北分部及各省级电网企业）
上周（XX月XX日-XX月XX日），全网最大负荷XX万千瓦。
（二）外送情况（国网西北分部）
外送功率XX-XX万千瓦。
二、重点问题
（一）电煤库存情况（国网西北分部）
"""
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [
        ("1", "坚决扛牢能源保供首要职责"), ("2", "全面保障电力系统安全稳定"), ("3", "全力确保能源电力生产安全")]


def test_an_attached_plan_with_a_blank_or_two_is_read():
    text = """附件
XX区城镇化重点任务分工方案
1.推进户籍制度改革。放开城镇落户限制。（责任单位：区公安分局）
2.完善居住证制度。（责任单位：XX街道）
"""
    assert [t.path for t in extract_tasks(text)] == ["1", "2"]


def test_one_paragraph_sections_headed_with_work_are_the_tasks_of_a_notice_numbered_at_one_level():
    # 国家卫生计生委办公厅's notice: four requirements, each one paragraph, no unit named; 总体要求 frames them.
    text = """一、总体要求
以习近平新时代中国特色社会主义思想为指导,规范诊疗行为。
二、推进临床路径管理与医疗质控和绩效考核相结合
要充分发挥临床路径作为医疗质量控制与管理工具的作用。
三、推进临床路径管理与支付方式改革相结合
通过临床路径合理测算单病种付费等支付方式的支付标准。
四、工作意义
开展试点是推进医保基金监管的重要举措。
"""
    assert [t.heading for t in extract_tasks(text)] == [
        "推进临床路径管理与医疗质控和绩效考核相结合", "推进临床路径管理与支付方式改革相结合"]


def test_numbered_one_sentence_requirements_are_tasks_and_name_no_unit_they_ask_to_set_up():
    # national-four-depts-school-baseline-2026 (dev-do): a 底线要求 of twenty one-sentence items; 设置…室 sets a room up
    text = """中小学基本办学条件底线要求
1.校园内设置旗台、旗杆,使用规范国旗。
2.拆除或封存D级危房,C级危房经加固评估达标后使用。
3.学校实施封闭管理,校门口安装一键式报警装置和防冲撞设施,学校重点部位和区域设置视频监控装置。
4.设置学生心理辅导室。
"""
    tasks = extract_tasks(text)
    assert [t.path for t in tasks] == ["1", "2", "3", "4"]
    assert tasks[3].units == ()


def test_every_article_without_items_is_a_task_beside_the_items_of_others():
    # 重庆市粮食局's 实施细则: articles at the top level, four of fifteen split into items.
    text = """第一条 为动员社会力量参与政策性粮食购销领域监管,制定本细则。
第二条 举报人可通过12325监管热线向各级粮食行政管理部门举报。
第三条 举报奖励应当同时符合下列条件:
(一)有明确的被举报对象和具体违法违规线索;
(二)举报事项经查证属实。
第四条 本实施细则自发布之日起施行。
"""
    assert [t.path for t in extract_tasks(text)] == ["1", "2", "3.1", "3.2", "4"]


def test_a_chapter_heading_with_its_first_article_run_on_is_two_lines():
    text = ("第一章 总则 第一条 为规范政务数据资源管理，制定本办法。\n第二条 本办法适用于全州。\n"
            "第二章 规划建设 第三条 州数据资源主管部门应当编制发展规划。\n第四条州级政务部门应当依托平台建设。\n")
    assert [(t.path, t.section_title, t.heading) for t in extract_tasks(text)] == [
        ("1.1", "总则", "为规范政务数据资源管理，制定本办法"),
        ("1.2", "总则", "本办法适用于全州"),
        ("2.3", "规划建设", "州数据资源主管部门应当编制发展规划"),
        ("2.4", "规划建设", "州级政务部门应当依托平台建设"),
    ]


def test_items_numbered_with_a_small_full_stop_are_items():
    text = ("二、主要任务\n（一）夯实网络基础\n1﹒推进工业互联网外网建设。加快网络改造。\n"
            "2﹒推进企业内网改造升级。支持企业改造内网。\n")
    assert [(t.path, t.heading) for t in extract_tasks(text)] == [
        ("2.1.1", "推进工业互联网外网建设"), ("2.1.2", "推进企业内网改造升级")]


def test_what_applies_to_all_the_items_and_the_notices_term_are_no_part_of_the_last_item():
    # dev-s's 东莞 notice: three one-paragraph items, then the notice's closing words
    text = ("关于调整部分住房公积金贷款和提取规定的通知\n各住房公积金缴存职工：\n"
            "一、调整最高贷款额度。首套房最高贷款额度由120万元调整为90万元。\n"
            "二、增加购买外市二手房申请提取的条件。购买外市二手房应办出不动产权证满6个月方可申请提取。\n"
            "三、停止受理物业管理费提取。\n"
            "以上政策的执行以向东莞市住房公积金管理中心业务系统递交业务申请登记的日期为准。\n"
            "本通知有效期三年，由市住房公积金管理中心负责解释，有效期内可由市住房公积金管理委员会作出调整。\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "调整最高贷款额度", ()),
        ("2", "增加购买外市二手房申请提取的条件", ()),
        ("3", "停止受理物业管理费提取", ()),
    ]
    assert tasks[-1].text == "停止受理物业管理费提取。"


def test_the_paragraph_below_a_series_of_semicolon_items_is_no_part_of_its_last_item():
    # dev-v's 七宝镇 实施意见: materials to submit, each closed by ；, the last by 。; what follows is about them all
    text = ("四、操作规程\n（一）项目申报操作规程\n1.适用范围\n总投资在100万元以下的小型建设工程项目。\n4.提交材料\n"
            "（1）《项目申报流转表》（提交一份）；\n（2）《项目承诺书》（提供版本，提交一份）；\n（3）预算书（提交一份）。\n"
            "镇规建办在收到建设单位的申报材料后，对符合条件的，在规定期限内办结。\n")
    tasks = extract_tasks(text)
    assert [t.heading for t in tasks][-3:] == ["《项目申报流转表》（提交一份）", "《项目承诺书》（提供版本，提交一份）", "预算书（提交一份）"]
    assert tasks[-1].text == "预算书（提交一份）。"
    assert tasks[-1].units == ()


def test_an_item_cut_off_after_one_character_is_no_task():
    # A web page's excerpt ends one character into its second item: the first is the only task.
    tasks = extract_tasks("一、主要任务\n（一）推进产业升级。加快建设先进制造业基地。\n（二）优")
    assert [(t.seq, t.heading) for t in tasks] == [(1, "推进产业升级")]


def test_a_sections_look_back_is_no_task_where_it_holds_no_items():
    # jinhua-gov-report-2025 (a page cut in its review): 一、2024年工作回顾 and its paragraphs give no work
    text = ("政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n一、2024年工作回顾\n过去一年,全市经济稳中有进。\n"
            "我们坚持稳中求进,全市地区生产总值增长6%。\n")
    assert extract_tasks(text) == []
    # a section whose heading holds such words among others is work (…,发展基础更加牢固)
    text = "(一)全力以赴兴产业、筑体系,发展基础更加牢固\n我们坚持项目为王。\n全年新开工项目120个。\n"
    assert [t.heading for t in extract_tasks(text)] == ["全力以赴兴产业、筑体系,发展基础更加牢固"]


def test_a_clause_saying_every_later_task_needs_a_unit_without_naming_the_tasks_is_no_unit():
    # national-culture-tourism-consumption-2019 (dev-dh): (…人民银行、银保监会和地方各级人民政府负责。以下均需地方各级人民
    # 政府负责,不再列出): the second sentence says the local governments are in every later task, it names no unit here
    text = ("二、主要任务\n(一)推出消费惠民措施。继续推动国有景区门票降价。(文化和旅游部、发展改革委、财政部、人民银行、"
            "银保监会和地方各级人民政府负责。以下均需地方各级人民政府负责,不再列出)\n(二)提高消费便捷程度。推动实施移动支付便民示范工程。\n")
    assert [u.unit for u in extract_tasks(text)[0].units] == [
        "文化和旅游部", "发展改革委", "财政部", "人民银行", "银保监会", "地方各级人民政府"]
    # sanming-consumption-plan-2025 (dev-gh): 此项及以下任务 (this task and every later one) is no unit either
    text = ("一、稳就业增收入\n1.促进就业。城镇新增就业1.5万人。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。"
            "各责任单位按职责分工落实〕\n2.支持创业。发放创业担保贷款。〔市人社局〕\n")
    first, second = ([u.unit for u in task.units] for task in extract_tasks(text))
    assert first[0] == "市人社局" and "此项及" not in first and second == ["市人社局"]


def test_a_note_inside_a_clause_explains_its_names_and_names_no_unit():
    # city-credit-work-points-2024 (dev-gl): …XX开发区管委会。注:市、县信用办指…联席会议办公室,下同)
    text = ("二、重点任务\n1.贯彻落实国家信用体系建设顶层设计决策部署。(责任单位:市信用办及市社会信用体系建设联席会议成员单位;"
            "各县(市、区)人民政府、XX开发区管委会。注:市、县信用办指市社会信用体系建设联席会议办公室和县(市、区)、"
            "XX开发区社会信用体系建设联席会议办公室,下同)\n")
    assert [u.unit for u in extract_tasks(text)[0].units] == [
        "市信用办", "市社会信用体系建设联席会议成员单位", "各县(市、区)人民政府", "XX开发区管委会"]


def test_the_short_name_a_unit_is_given_in_brackets_is_no_part_of_its_name():
    # fuyang-jieshou-key-work-2020 (dev-dk)
    text = ("一、聚焦推进更高质量发展\n1.坚持创新驱动发展战略,获批国家高新区。\n"
            "牵头责任单位:安徽阜阳界首高新技术产业开发区管委会(以下简称高新区管委会),市发展改革委。\n")
    assert [u.unit for u in extract_tasks(text)[0].units] == ["安徽阜阳界首高新技术产业开发区管委会", "市发展改革委"]


def test_sections_of_one_kind_without_numbered_parts_are_tasks_beside_those_with_parts():
    # xiangyang-baokang-livelihood-projects-2026 (dev-fq): projects, some with numbered parts, some one sentence
    text = ("保康县第十九届人民代表大会第五次会议对2026年县政府民生实事项目进行了票决。票决结果如下:\n"
            "一、保障性租赁住房建设项目。1.新建保康县老一中保租房,建筑内容共6层。2.新建马桥镇物流园保租房,建筑内容共8层。\n"
            "二、农村公路提档升级项目。新建、改建农村公路100公里。\n"
            "三、库区供水工程项目。1.在马桥镇新建水厂一座。2.在寺坪镇实施管网改造工程。\n"
            "四、污水处理厂改扩建项目。对污水处理厂进水泵房等构筑物进行新建或改造。\n"
            "五、组织保障。各乡镇要加强领导。\n")
    assert [task.heading for task in extract_tasks(text)] == [
        "新建保康县老一中保租房,建筑内容共6层", "新建马桥镇物流园保租房,建筑内容共8层", "农村公路提档升级项目",
        "在马桥镇新建水厂一座", "在寺坪镇实施管网改造工程", "污水处理厂改扩建项目"]
