"""gongwen.tasks.division_tables: the rows of a task-division table (重点任务分工表) as tasks."""

import json
from pathlib import Path

from gongwen.tasks.extract import extract_tasks
from gongwen.tasks.unit_lists import looks_like_unit
from tests.task_units import co, lead, responsible, units_of

FIXTURES = Path(__file__).parent / "fixtures" / "tasks"

# ------------------------------------------------------------------------------------------ tables


def test_chongqing_annex_table_rows_are_the_tasks():
    text = (FIXTURES / "chongqing-hukou-2015-annex.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / "chongqing-hukou-2015-annex.expected.json").read_text(encoding="utf-8"))
    tasks = extract_tasks(text)
    got = [{"path": t.path, "section_title": t.section_title, "group_title": t.group_title, "heading": t.heading,
            "lead": [u.unit for u in t.units if u.role == "lead"],
            "co": [u.unit for u in t.units if u.role == "co"], "deadline": t.deadline} for t in tasks]
    assert len(tasks) == 40
    assert got == expected


def test_chongqing_annex_third_row():
    text = (FIXTURES / "chongqing-hukou-2015-annex.txt").read_text(encoding="utf-8")
    third = extract_tasks(text)[2]
    assert (third.path, third.section_title, third.group_title, third.text, third.units, third.deadline) == (
        "3", "创新人口管理制度", "实行城乡统一的户口登记制度", "制定城乡统一的户口登记管理办法。",
        lead("市公安局"), "2015年")
    assert text[third.char_start:third.char_end] == "（三）实行城乡统一的户口登记制度\t3\t制定城乡统一的户口登记管理办法。\t市公安局\t\t2015年"


def test_table_with_a_number_column_and_section_rows():
    text = """附件
重点任务分工表
序号\t重点任务\t牵头单位\t配合单位\t完成时限
一、深化户籍制度改革
1\t全面放开城镇落户限制。\t省公安厅\t省发展改革委、省人力资源社会保障厅\t2025年底前
2\t完善居住证制度。\t省公安厅\t各市州人民政府\t长期坚持
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.section_title, t.heading, t.units, t.deadline) for t in tasks] == [
        ("1", "深化户籍制度改革", "全面放开城镇落户限制", lead("省公安厅") + co("省发展改革委", "省人力资源社会保障厅"),
         "2025年底前"),
        ("2", "深化户籍制度改革", "完善居住证制度", lead("省公安厅") + co("各市州人民政府"), "长期坚持"),
    ]


def test_table_cells_merged_over_rows_are_inherited_from_the_row_above():
    text = """序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t全面放开城镇落户限制。\t省公安厅\t省发展改革委\t2025年
2\t完善居住证制度。\t各市州人民政府\t2025年
3\t保障随迁子女受教育权利。\t省教育厅\t省财政厅
"""
    tasks = extract_tasks(text)
    assert [(t.units, t.deadline) for t in tasks] == [
        (lead("省公安厅") + co("省发展改革委"), "2025年"),
        (lead("省公安厅") + co("各市州人民政府"), "2025年"),
        (lead("省教育厅") + co("省财政厅"), "2025年"),
    ]


def test_table_row_split_over_two_lines_is_one_task():
    text = """序号\t工作任务\t责任单位\t完成时间
1\t全面放开城镇落户限制，\t省公安厅\t2025年
\t有序推进农业转移人口落户。\t\t
2\t完善居住证制度。\t省公安厅、省民政厅\t持续推进
"""
    tasks = extract_tasks(text)
    assert [(t.path, t.text, t.units, t.deadline) for t in tasks] == [
        ("1", "全面放开城镇落户限制，有序推进农业转移人口落户。", responsible("省公安厅"), "2025年"),
        ("2", "完善居住证制度。", responsible("省公安厅", "省民政厅"), "持续推进"),
    ]


def test_table_cells_list_units_with_commas_too():
    text = """序号\t重点任务\t牵头单位\t责任单位\t完成时限
1\t深化工程建设项目审批制度改革\t市住建局、市规划和自然资源局\t市发改委、市水务局，成都东部新区管委会\t2025年9月
"""
    [task] = extract_tasks(text)
    assert task.units == lead("市住建局", "市规划和自然资源局") + responsible("市发改委", "市水务局", "成都东部新区管委会")


def test_table_column_of_leading_officials_is_neither_text_nor_units():
    text = """序号\t工作任务\t具体措施\t牵头县领导\t牵头单位\t责任单位\t完成时限
1\t优化政务服务\t推行“一件事一次办”，年底前实现高频事项全覆盖\t张建华\t县政务服务中心\t县级各部门\t2025年12月
2\t加快项目建设\t实施重点项目60个，完成投资45亿元\t李明\t县发改局\t县自然资源局、县住建局\t长期坚持
"""
    tasks = extract_tasks(text)
    assert [(t.group_title, t.heading, t.units, t.deadline) for t in tasks] == [
        ("优化政务服务", "推行“一件事一次办”，年底前实现高频事项全覆盖", lead("县政务服务中心") + responsible("县级各部门"),
         "2025年12月"),
        ("加快项目建设", "实施重点项目60个，完成投资45亿元", lead("县发改局") + responsible("县自然资源局", "县住建局"),
         "长期坚持"),
    ]


def test_a_table_without_unit_columns_is_not_a_task_table():
    text = """二、重点任务
（一）推进保障性住房建设。加快筹集建设保障性住房。
年份\t已安排筹集建设总套数\t类型
2006\t13707\t13707
"""
    assert [t.path for t in extract_tasks(text)] == ["2.1"]


def test_cells_an_office_marks_empty_with_a_slash_a_dash_or_wu_are_empty():
    text = """序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t扎实推进农村厕所革命。\t市农业农村局\t/\t2025年12月
2\t加快推进农村生活污水治理。\t市生态环境局\t—\t—
3\t健全农村生活垃圾收运处置体系。\t市住房城乡建设局\t无\t长期坚持
"""
    assert [(t.units, t.deadline) for t in extract_tasks(text)] == [
        (lead("市农业农村局"), "2025年12月"),
        (lead("市生态环境局"), None),
        (lead("市住房城乡建设局"), "长期坚持"),
    ]


# ------------------------------------------------------------------------------------------ row names


def test_a_name_cell_every_row_has_of_its_own_is_the_rows_heading():
    text = """序号\t任务类型\t重点内容\t责任单位
1\t海绵城市建设管理\t区建设管理委负责指导推进海绵城市建设工作，会同各行业主管部门制定年度计划。\t区建设管理委
2\t海绵城市系统方案\t聚焦重点区域、重大项目、达标区域，编制海绵城市系统方案。\t区建设管理委
3\t海绵城市达标评估\t结合系统方案编制计划，有序推进达标评估工作。\t区水务局
"""
    assert [t.heading for t in extract_tasks(text)] == ["海绵城市建设管理", "海绵城市系统方案", "海绵城市达标评估"]


def test_a_name_cell_merged_over_rows_heads_a_group_and_the_text_is_the_heading():
    text = """序号\t任务名称\t任务内容\t牵头部门\t配合部门
1\t加强组织领导\t召开全区生活垃圾分类工作动员大会。建立联席会议制度。\t区政府办公室\t各联席会议成员单位
2\t将生活垃圾管理纳入专项督查和绩效评价指标体系。\t区委组织部\t区绿化市容局
3\t推进基层建设\t落实居（村）委垃圾分类工作分析评价制度。\t各街镇\t区绿化市容局
"""
    tasks = extract_tasks(text)
    assert [(t.group_title, t.heading) for t in tasks] == [
        ("加强组织领导", "召开全区生活垃圾分类工作动员大会"),
        ("加强组织领导", "将生活垃圾管理纳入专项督查和绩效评价指标体系"),
        ("推进基层建设", "落实居（村）委垃圾分类工作分析评价制度"),
    ]


def test_a_group_row_as_long_as_a_flat_tables_group_label_heads_its_rows():
    # 35 characters and no sentence: a group's name in either table reader (headings.names_a_group)
    group = "实施城市更新行动（老旧小区改造、城中村改造、危旧房改造和完整社区建设）"
    text = f"""序号\t重点任务\t牵头单位\t配合单位
{group}
1\t完成老旧小区改造200个。\t市住房城乡建设局\t各区政府
"""
    tasks = extract_tasks(text)
    assert [(t.group_title, t.heading) for t in tasks] == [(group, "完成老旧小区改造200个")]


def test_a_name_cell_repeated_down_the_column_is_a_group_not_a_heading():
    text = """序号\t领域\t重点任务\t牵头单位
1\t生活垃圾分类\t完善沿街商铺分类收集模式。\t区绿化市容局
2\t生活垃圾分类\t加大源头不分类违法行为查处力度。\t区城管执法局
"""
    assert [t.heading for t in extract_tasks(text)] == ["完善沿街商铺分类收集模式", "加大源头不分类违法行为查处力度"]


def test_a_text_cell_loses_its_own_ordinal_in_the_heading():
    text = """序号\t工作内容\t责任单位
1\t1. 进一步强化医疗机构分类投放管理责任人责任，丰富宣传告知形式。\t区卫生健康委
2\t1、完善沿街商铺分类收集模式，优化上门收集和废物箱清运频次。\t区绿化市容局
"""
    assert [t.heading for t in extract_tasks(text)] == [
        "进一步强化医疗机构分类投放管理责任人责任，丰富宣传告知形式", "完善沿街商铺分类收集模式，优化上门收集和废物箱清运频次"]


def test_units_a_cell_held_on_lines_of_their_own_are_apart_once_run_together():
    # A DOCX cell with one unit a paragraph, read as one string (县水利局县环保局); 县委宣传部 stays one name.
    text = """序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t开展河长制公益宣传,营造全社会合力推进河长制工作的良好氛围。\t县委宣传部\t县教育局 县河长办\t2025年底
2\t加快推进农村生活污水处理厂建设。\t县城建局\t县水利局县环保局\t2025年底
"""
    assert [[(u.unit, u.role) for u in t.units] for t in extract_tasks(text)] == [
        [("县委宣传部", "lead"), ("县教育局", "co"), ("县河长办", "co")],
        [("县城建局", "lead"), ("县水利局", "co"), ("县环保局", "co")],
    ]


def test_a_broadcaster_and_an_observatory_are_units_in_a_cell_of_names_apart():
    # huainan-gov-report-tasks-progress-2025 (dev-eq): a 牵头单位 cell of six names set apart by blanks
    text = """序号\t主要任务\t牵头单位\t落实情况
249\t支持志愿服务、广播电视、地震、气象等事业发展。\t市委社会工作部 市广播电视台 市地震局 市气象台\t已完成
"""
    assert [u.unit for u in extract_tasks(text)[0].units] == ["市委社会工作部", "市广播电视台", "市地震局", "市气象台"]


def test_a_tables_header_with_its_year_and_a_main_responsible_column_is_read():
    # chizhou-qingyang-health-task-progress-2023 (dev-ey): 2023年重点工作任务 / 牵头责任单位 / 主体责任单位 / 配合责任单位
    text = ("序号\t2023年重点工作任务\t牵头 领导\t牵头 责任单位\t主体 责任单位\t配合 责任单位\t工作评价\n"
            "85\t新增托育机构2所以上。\t吴蓓蓓\t县卫健委\t有关乡镇\t县直有关单位\t已完成\n")
    task = extract_tasks(text)[0]
    assert (task.path, [(u.unit, u.role) for u in task.units]) == (
        "85", [("县卫健委", "lead"), ("有关乡镇", "responsible"), ("县直有关单位", "co")])


def test_a_row_that_lost_its_empty_remarks_keeps_its_unit_under_the_unit_column():
    # luan-shucheng-emergency-task-progress-2024 (dev-ey), hangzhou-shangcheng-gov-report-tasks-2019 (dev-ci): no
    # time column to check the row against, the unit column does
    text = ("序号\t重点工作\t目标要求\t责任单位\t工作举措\t完成情况\t备注\n"
            "1\t协调做好自然灾害防范应对工作\t杜绝重特大森林火灾和人员伤亡事故的发生\t县应急局\t督促完成森林防灭火演练\t已完成演练\n")
    assert [u.unit for u in extract_tasks(text)[0].units] == ["县应急局"]


def test_a_bureau_s_sections_are_units_and_fields_of_study_none():
    # bozhou-agriculture-report-tasks-2024 (dev-de): a bureau's 科 (section) leads; a cell of one unit a paragraph
    # reads 产业科市畜牧中心市农技中心 and is three
    text = """序号\t目标任务\t责任科室\t完成时限
1\t农产品加工业产值增长15%以上。\t产业科\t2024年底前
2\t发展养生滋补预制菜产业。\t产业科市畜牧中心市农技中心\t2024年底前
"""
    assert [[u.unit for u in t.units] for t in extract_tasks(text)] == [
        ["产业科"], ["产业科", "市畜牧中心", "市农技中心"]]
    # a sentence ending in a field of study or medicine (综合专科, 学科) names no unit
    assert not looks_like_unit("各省级医保局申报时综合考虑定点医药机构级别、类型、中西医、综合专科")
    assert not looks_like_unit("加强学科") and looks_like_unit("种植业管理科")


def test_rows_numbered_as_items_under_section_rows_numbered_as_sections():
    # dev-t's 青浦 任务职责分工表 as the DOCX reader gives it: 序号 cells （一）… under section rows 二 (a cell
    # merged across the row), an item split into sub-rows that repeat its number, — for an empty cell
    text = ("序号\t工作任务\t主要工作内容\t牵头单位\t配合单位\n"
            "—\t构建产消平衡的处置体系\n"
            "（一）\t推动源头减量\t在项目规划、立项、设计文件中，增加工程土方消纳平衡内容。\t建设主管部门、区规划资源局\t区水务局、区房管局\n"
            "（二）\t落实建筑垃圾转运码头规划、建设和备案\t根据市级部门码头工作方案建设建筑垃圾转运码头。\t区建设管理委\t——\n"
            "（二）\t落实建筑垃圾转运码头规划、建设和备案\t开展建筑垃圾转运码头规划、备案工作。\t区绿化市容局\t——\n"
            "二\t构建全链条全过程闭环管理体系\n"
            "（一）\t加强备案申报管理\t严格落实建筑垃圾处理方案备案制度。\t区绿化市容局\t区建设管理委\n")
    tasks = extract_tasks(text)
    # the 工作任务 cell heads each row; the 主要工作内容 cell after it (a column of no task word) is its text too
    assert [(t.path, t.section_title, t.heading, t.units) for t in tasks] == [
        ("1", None, "推动源头减量", lead("建设主管部门", "区规划资源局") + co("区水务局", "区房管局")),
        ("2", None, "落实建筑垃圾转运码头规划、建设和备案", lead("区建设管理委")),
        ("2", None, "落实建筑垃圾转运码头规划、建设和备案", lead("区绿化市容局")),
        ("2.1", "构建全链条全过程闭环管理体系", "加强备案申报管理", lead("区绿化市容局") + co("区建设管理委")),
    ]
    assert tasks[2].text == "落实建筑垃圾转运码头规划、建设和备案 开展建筑垃圾转运码头规划、备案工作。"


def test_a_table_of_targets_with_a_lead_column_gives_a_task_per_target():
    # A county-level city's 主要目标任务 (DOCX): each numbered target row names the unit that leads it; its
    # name is the heading, the unit and the years' values are figures of the row, not more of its text
    text = ("序号\t指标名称\t单位\t2023年\t2025年\t2027年\t牵头单位\n"
            "1\t人均预期寿命\t岁\t78.09\t≥79.2\t≥80\t市卫健局\n"
            "2\t道路交通事故死亡率\t/10万\t7.45\t较2022年下降3%\t较2025年下降3%\t市公安局 市交通运输局\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.text, t.units) for t in tasks] == [
        ("1", "人均预期寿命", "人均预期寿命 岁 78.09 ≥79.2 ≥80", lead("市卫健局")),
        ("2", "道路交通事故死亡率", "道路交通事故死亡率 /10万 7.45 较2022年下降3% 较2025年下降3%",
         lead("市公安局", "市交通运输局")),
    ]


def test_a_table_of_targets_and_tasks_with_the_county_leader_in_charge():
    # A county's 2024 分解表 (DOCX): 目标与任务, then the 分管 县领导 (people, not units), its header broken by a space
    text = ("2024年《政府工作报告》重点工作目标任务分解表\n序号\t目标与任务\t分管 县领导\t牵头责任单位\t责任单位\n"
            "80\t加大普惠性托育供给,新增托位数400个以上。\t张明\t县教育局\t县各有关单位\n"
            "81\t支持芜湖科技工程学校发展。\t陆明\t县教育局\t县各有关单位\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.units) for t in tasks] == [
        ("80", lead("县教育局") + responsible("县各有关单位")), ("81", lead("县教育局") + responsible("县各有关单位"))]


def test_a_quarterly_table_numbered_by_task_item_with_its_work_content():
    # A county bureau's quarterly task table (DOCX): 任务项 numbers the rows, 重点工作内容 holds the task, the
    # quarter's breakdown and progress columns are no units
    text = ("相山区城管局2024年第四季度重点工作任务完成情况\n"
            "任务项\t重点工作内容\t牵头责任单位\t四季度任务分解\t四季度进展情况\t完成状况\n"
            "1\t深入推进生活垃圾分类工作。\t区环卫所(垃圾分类管理办)\t开展宣传活动2次。\t已开展宣传活动4次。\t已完成\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "深入推进生活垃圾分类工作", lead("区环卫所(垃圾分类管理办)"))]


def test_a_header_may_name_its_year_and_call_the_lead_column_牵头负责部门():
    # shapingba: 序号 / 2022年预期目标 / 责任单位 written one cell a line; a national table: 牵头负责部门
    text = ("附件1\n2022年区政府工作报告经济社会发展预期目标任务分解表\n序号\n2022年预期目标\n责任单位\n"
            "1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n工业增加值增长7%左右\n区经济信息委\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "地区生产总值增长5.5%左右", responsible("区发展改革委")),
        ("2", "工业增加值增长7%左右", responsible("区经济信息委"))]
    text = "量化指标任务分工\n序号\t工作任务\t牵头负责部门\n1\t城镇新增就业1000万人以上\t人力资源社会保障部\n"
    assert [t.units for t in extract_tasks(text)] == [lead("人力资源社会保障部")]


def test_a_column_named_two_ways_takes_the_first_s_role_or_beside_helpers_the_lead():
    # unknown-city-garden-city-tasks-2010: 责任单位 或牵头单位 / 协助 单位: beside a column of helpers, the unit of the
    # column that may also name the lead leads them (as its labels have it); alone, 责任单位或牵头单位 is responsible
    text = ("序号\t任务内容\t责任单位 或牵头单位\t协助 单位\t完成 期限\n"
            "1\t城市大环境绿化扎实开展\t市规划局\t市国土资源局\t2010年9月20日前\n")
    assert [(t.heading, t.units, t.deadline) for t in extract_tasks(text)] == [
        ("城市大环境绿化扎实开展", lead("市规划局") + co("市国土资源局"), "2010年9月20日前")]
    alone = "序号\t任务内容\t责任单位或牵头单位\t完成期限\n1\t城市大环境绿化扎实开展\t市规划局\t2010年9月20日前\n"
    assert [t.units for t in extract_tasks(alone)] == [responsible("市规划局")]


def test_rows_numbered_in_brackets_and_headings_between_them_stay_in_the_table():
    # wuhu-key-work-division-2025 (a Word table): (1) (2) … rows, a section's headings on lines of their own
    text = ("序号\t目标与任务\t牵头责任单位\t责任单位\n一、主要预期目标\n"
            "(1)\t地区生产总值增长6%以上。\t市发展改革委\t各县市区政府\n"
            "(2)\t规上工业增加值增长9%以上。\t市工业和信息化局\t各县市区政府\n"
            "二、重点做好以下九个方面工作\n(一)加强经济运行调节,持续推动经济发展。\n"
            "(3)\t统筹衔接消费券发放与消费品以旧换新行动。\t市商务局\t市财政局\n")
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [
        ("地区生产总值增长6%以上", lead("市发展改革委") + responsible("各县市区政府")),
        ("规上工业增加值增长9%以上", lead("市工业和信息化局") + responsible("各县市区政府")),
        ("统筹衔接消费券发放与消费品以旧换新行动", lead("市商务局") + responsible("市财政局"))]


def test_a_row_whose_last_cells_are_empty_keeps_its_units_in_their_columns():
    # shenyang-liaozhong-gov-report-tasks-2024 (dev-bq): a 主要工作举措 column, and row 1's 责任领导 cell empty
    # (a line's trailing empty cell is lost with its blanks): its 牵头单位 is no 配合单位
    text = ("序号\t主要工作举措\t牵头单位\t配合单位\t责任领导\n一、做大做强主导产业\n"
            "1\t加快构建现代化产业体系,实现三产融合发展。\t区农业农村局\t区发展改革局、区工业和信息化局\n"
            "2\t加快在建项目的建设进度。\t沈阳近海经济区管委会\t自然资源分局、区发展改革局\t冯冬昌\n")
    tasks = extract_tasks(text)
    assert [task.units for task in tasks] == [
        lead("区农业农村局") + co("区发展改革局", "区工业和信息化局"),
        lead("沈阳近海经济区管委会") + co("自然资源分局", "区发展改革局"),
    ]


def test_a_row_that_lost_its_empty_last_cell_keeps_its_units_under_their_columns():
    # nantong-chongchuan-livelihood-projects-progress-2023 (DOCX): the 说明 cell of most rows is empty, lost with
    # the row's trailing blanks; the leader's name stays under 分管领导, the units under 牵头单位 and 责任主体与协同单位
    text = ("序号\t主要任务\t全年目标任务\t分管 领导\t牵头 单位\t责任主体与协同单位\t1-10月推进情况\t1-11月推进情况\t是否达序\t说明\n"
            "24\t优化提升50条背街后巷交通组织。\t\t徐国江\t城管局\t市政局、相关街道\t已进场施工,完成30%。\t已进场施工,完成60%。\t是\n"
            "25\t新增四分类达标小区210个。\t\t徐国江\t城管局\t市政局、各街道\t正在推进点位选址。\t建成38个厢房。\t否\t合同滞后了2个月。\n")
    assert [t.units for t in extract_tasks(text)] == [
        lead("城管局") + responsible("市政局", "相关街道"), lead("城管局") + responsible("市政局", "各街道")]


def test_a_row_whose_task_cell_is_merged_with_the_row_above_takes_its_text_from_the_next_column():
    # a Word table (序号/类别/主要任务/细化措施/牵头单位/参与单位/责任单位) whose 主要任务 cell spans two rows
    text = ("全面推行河长制主要任务分解表\n序号\t类别\t主要任务\t细化措施\t牵头单位\t参与单位\t责任单位\n"
            "1\t加强水资源保护\t严守用水效率控制红线\t落实用水效率评估体系。\t市水利局\t市发展改革委\t各县(市、区)人民政府\n"
            "2\t\t\t抓好工业节水。加快实施工业节水技术改造。\t市工业和信息化委\t市发展改革委\t各县(市、区)人民政府\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading) for t in tasks] == [("1", "严守用水效率控制红线"), ("2", "抓好工业节水")]
    assert tasks[1].units == lead("市工业和信息化委") + responsible("各县(市、区)人民政府") + co("市发展改革委")


def test_a_numbered_work_list_with_a_schedule_column_is_a_task_table():
    # 序号 / 工作事项 / 进度安排 / 进展情况: no unit column; the schedule and progress are written out in sentences
    text = ("开化县2023年度重点工作清单\n序号\t工作事项\t进度安排\t进展情况\t完成情况\n"
            "1\t启动综合体建设。\t①2月上旬前,完成设计招标。②5月底前,开工建设。\t①已完成。\t达序推进\n"
            "2\t支持银行、证券、保险业发展,壮大金融服务业。\t①3月底前,召开金融联席会议。\t①已完成。\t达序推进\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "启动综合体建设", ()), ("2", "支持银行、证券、保险业发展,壮大金融服务业", ())]


def test_a_task_column_named_with_its_requirements_and_units_set_apart_by_spaces():
    # a county's Word table (dev-cf): 具体工作任务和要求 names the task column, 和 joining two names of it
    text = ("10件民生实事任务分解表\n序号\t具体工作任务和要求\t责任领导\t责任单位\t落实情况\n"
            "1\t扎实推进城乡供水一体化建设,提升城区供水能力。\t张学伟\t县住建局 各相关乡镇政府\t金滩水厂建设基本完成。\n")
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [
        ("扎实推进城乡供水一体化建设,提升城区供水能力", responsible("县住建局", "各相关乡镇政府"))]


def test_a_ledger_s_refined_division_column_whose_rows_lost_their_empty_remarks_is_read_by_its_columns():
    # guangdong-health-open-government-ledger-2021 (dev-cp): 工作任务 repeated down the rows, 细化分工 the row's own
    # work; the empty 备注 cell of each row is lost with the line's trailing blanks; a cell of units closed by
    # 等按职责分工落实, and 会 for 会同 between two offices
    text = ("2021年政务公开工作重点任务台账\n序号\t工作任务\t细化分工\t责任处室\t完成时限\t备注\n"
            "1\t做好常态化疫情防控信息发布\t重点围绕散发疫情、精准防控等发布权威信息\t应急处、监督处、基层处等按职责分工落实\t长期推进\n"
            "2\t做好常态化疫情防控信息发布\t扎实做好疫苗接种信息公开和舆论引导工作\t疾控处\t长期推进\n"
            "3\t做好常态化疫情防控信息发布\t提高新冠肺炎疫情信息发布规范化水平\t宣传处会办公室\t2021年8月前\n")
    assert [(t.heading, t.units, t.deadline) for t in extract_tasks(text)] == [
        ("重点围绕散发疫情、精准防控等发布权威信息", responsible("应急处", "监督处", "基层处"), "长期推进"),
        ("扎实做好疫苗接种信息公开和舆论引导工作", responsible("疾控处"), "长期推进"),
        ("提高新冠肺炎疫情信息发布规范化水平", responsible("宣传处") + co("办公室"), "2021年8月前"),
    ]


def test_columns_of_matters_supervised_or_decided_are_task_columns():
    # beijing-xicheng-key-tasks-completion-2020 (dev-cn): 重点督办内容 / 牵头单位 / 全年完成情况
    text = ("类别\t序号\t重点督办内容\t牵头单位\t全年完成情况\n"
            "经济社会发展主要预期目标\t1\t地区生产总值增长6%左右。\t区发展改革委\t地区生产总值增速调整为正增长。\n")
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [("地区生产总值增长6%左右", lead("区发展改革委"))]
    # tianjin-hebei-major-decisions-2022 (dev-cn): a catalogue of major decisions, 序号 / 决策事项名称 / 承办单位
    text = "重大行政决策事项目录\n序号\t决策事项名称\t承办单位\n1\t河北区算力中心项目基础设施建设\t区国资委\n"
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [("河北区算力中心项目基础设施建设", responsible("区国资委"))]


def test_a_unit_cell_of_several_clauses_gives_each_clause_s_roles_and_numbered_requirements_are_the_tasks():
    # jiangmen-taishan-open-government-tasks-undated (dev-cs): 工作任务 / 具体要求 (numbered) / 责任单位, the cell holding
    # a lead, partners and the towns that follow by reference (参照落实), parted by ；
    text = ("工作任务\t具体要求\t责任单位\n"
            "一、做好各类规划主动公开。\t1.主动公开“十四五”规划纲要、各项规划等相关信息。\t市直有关部门;各镇(街)\n"
            "一、做好各类规划主动公开。\t2.做好各项规划的归集整理和主动公开工作。\t市政府办公室、市发展和改革局牵头,市直有关部门配合;各镇(街)参照落实\n")
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [
        ("主动公开“十四五”规划纲要、各项规划等相关信息", responsible("市直有关部门", "各镇(街)")),
        ("做好各项规划的归集整理和主动公开工作",
         lead("市政府办公室", "市发展和改革局") + responsible("各镇(街)") + co("市直有关部门")),
    ]


def test_a_unit_cell_saying_what_each_unit_leads_or_does_ends_the_row_s_text():
    # zibo-zhangdian-open-government-task-list-2023 (dev-cs): more cells than the header, the last one units, each with
    # what it leads (区司法局牵头区级规范性文件集中公开工作)
    text = ("工作任务\t具体要求\t责任单位\n"
            "主动公开\t基础信息公开\t行政规范\t做好行政规范性文件的集中、规范公开工作。\t"
            "区司法局牵头区级规范性文件集中公开工作,区各行政规范性文件制定主体具体落实;各成员单位负责做好本单位行政规范性文件集中公开工作\n"
            "主动公开\t基础信息公开\t行政规范\t及时公开行政规范性文件的备案目录。\t各成员单位\n")
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [
        ("做好行政规范性文件的集中、规范公开工作", lead("区司法局") + responsible("区各行政规范性文件制定主体", "各成员单位")),
        ("及时公开行政规范性文件的备案目录", responsible("各成员单位")),
    ]


def test_a_lead_column_naming_one_of_the_responsible_units_makes_it_lead():
    # lishui-liandu-gov-report-tasks-2023 (dev-cx): 责任单位 before 牵头单位
    text = ("分类\t序号\t事项\t责任单位\t牵头单位\n"
            "发展目标\t3\t区本级规上工业增加值增长10%。\t区经商局、莲都经开区管委会\t区经商局\n")
    assert [t.units for t in extract_tasks(text)] == [lead("区经商局") + responsible("莲都经开区管委会")]


def test_a_progress_table_of_livelihood_projects_names_its_task_column_任务项目指标():
    # zhejiang-district-livelihood-progress-2024 (dev-db): 序号 / 任务项目指标 / 责任单位 / 进展比例
    text = ("序号\t任务项目指标\t责任单位\t进展比例\n"
            "1\t为3.078万60岁以上老年人免费接种流感疫苗。\t区卫生健康局\t20%\n"
            "2\t培训应急救护人员575人以上。\t区红十字会\t50%\n")
    tasks = extract_tasks(text)
    assert [(t.heading, t.units) for t in tasks] == [
        ("为3.078万60岁以上老年人免费接种流感疫苗", responsible("区卫生健康局")),
        ("培训应急救护人员575人以上", responsible("区红十字会"))]


def test_a_target_column_beside_the_task_column_is_the_row_s_figure_not_its_work():
    # zhoushan-shengsi-rural-revitalization-tasks-2021 (dev-db): 考核内容 names the work, 年度目标 its figure (0 for a
    # county without farmland to add)
    text = ("考核项目\t序号\t考核指标\t考核内容\t单位\t年度目标\t责任部门\t评分部门\n"
            "农业高质高效\t4\t确保粮食和重要农产品有效供给\t粮食播种面积\t万亩\t0.07\t县农业农村局\t市农业农村局\n"
            "农业高质高效\t5\t确保粮食和重要农产品有效供给\t油菜面积\t万亩\t0\t县农业农村局\t市农业农村局\n")
    assert [t.heading for t in extract_tasks(text)] == ["粮食播种面积", "油菜面积"]
    # a table whose only task column is its targets keeps it
    text = ("序号\t年度目标\t责任单位\n1\t全年新增城镇就业1万人以上。\t县人力资源和社会保障局\n")
    assert [t.heading for t in extract_tasks(text)] == ["全年新增城镇就业1万人以上"]


def test_a_scoring_department_column_names_units_beside_the_responsible_one():
    # zhoushan-shengsi-rural-revitalization-tasks-2021 (dev-db): 责任部门 and 评分部门, as a 负责考核部门 column is read
    text = ("考核项目\t序号\t考核内容\t单位\t年度目标\t责任部门\t评分部门\n"
            "农业高质高效\t3\t粮食安全责任制\t-\t良好以上\t县经济和信息化局\t市商务局\n")
    assert [t.units for t in extract_tasks(text)] == [responsible("县经济和信息化局") + responsible("市商务局")]


def test_a_table_without_its_header_row_is_read_by_what_its_columns_hold():
    # bozhou-agriculture-report-tasks-2024 (dev-de): a bureau's 政府工作报告 task table saved as DOCX without its
    # header row (序号 / 报告章节 / 目标任务 / 责任科室 / 责任人 / 完成时限 / 电话); the excerpt cut its last row
    text = ("1\t一、经济社会发展的主要预期目标\t农村常住居民人均可支配收入与全省同步增长。\t法规科\t潘秀峰\t2024年底前\t5555309\n"
            "2\t一、经济社会发展的主要预期目标\t粮食产量100亿斤以上。\t市农技中心\t卢伯瑛\t2024年底前\t5555097\n"
            "3\t二、加快新型工业化进程\t农产品加工业产值增长15%以上。\t产业科\t\t2024年底前\t5555309\n"
            "4\t二、加快新型工业化进程\t做好第三次全国土壤普查。\t市农发中心\t潘秀峰\t2024年底前\t5110393\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.section_title, t.heading, t.units, t.deadline) for t in tasks] == [
        ("1", "经济社会发展的主要预期目标", "农村常住居民人均可支配收入与全省同步增长", responsible("法规科"), "2024年底前"),
        ("2", "经济社会发展的主要预期目标", "粮食产量100亿斤以上", responsible("市农技中心"), "2024年底前"),
        ("3", "加快新型工业化进程", "农产品加工业产值增长15%以上", responsible("产业科"), "2024年底前"),
        ("4", "加快新型工业化进程", "做好第三次全国土壤普查", responsible("市农发中心"), "2024年底前")]


def test_rows_without_a_header_and_without_a_unit_column_are_no_task_table():
    # a table of figures (序号 / 指标 / 2025年 / 2027年) printed without its header names no unit: not read as tasks here
    text = ("1\t地区生产总值增速\t6%\t6.5%\n2\t一般公共预算收入增速\t5%\t6%\n3\t城镇新增就业人数\t1.2万人\t1.3万人\n")
    assert all(not t.units for t in extract_tasks(text))


def test_a_progress_table_s_second_target_column_and_its_sub_rows_are_the_row_s_figures():
    # huangshan-qimen-livelihood-progress-undated (dev-dg): 目标任务 twice, the second (after 牵头单位) the figure; a
    # sub-row that lost its merged first cells (“三公里”充分就业社区4个 / 4 / 4 / 100%) is the rest of the row above
    text = ("序号\t类别\t项目名称\t目标任务\t牵头单位\t目标任务\t累计完成\t累计进度\t备注\n"
            "1\t一、就业促进(3项)\t促进重点群体稳定就业\t城镇新增就业1100人\t县人社局\t1100\t1063\t96.64%\n"
            "“三公里”充分就业社区4个\t4\t4\t100%\n"
            "2\t一、就业促进(3项)\t放心家政行动\t培训家政服务人员613人次\t县科商工信局\t613\t626\t102.12%\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.units) for t in tasks] == [("1", lead("县人社局")), ("2", lead("县科商工信局"))]


def test_a_main_work_column_under_an_empty_block_column_and_marked_units():
    # shaoxing-zhuji-key-work-list-2023 (dev-dm): 主要工作 names the task column; the 分块 cells are empty, and a ▲
    # the list does not explain stands before a row's first unit
    text = ("分块\t序号\t主要工作\t责任单位\n1\t生产总值增长7.5%左右\t▲发改局,各部门,各镇乡(街道)\n"
            "2\t研发投入强度2.85%以上\t▲科技局,各镇乡(街道)\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "生产总值增长7.5%左右", responsible("发改局", "各部门", "各镇乡(街道)")),
        ("2", "研发投入强度2.85%以上", responsible("科技局", "各镇乡(街道)")),
    ]


def test_a_project_content_column_beside_a_lead_column_is_the_task():
    # wenzhou-cangnan-livelihood-progress-2022 (dev-dm): 序号 / 项目内容 / 当前进度 / 牵头单位 / 备注
    text = ("序号\t项目内容\t当前进度\t牵头单位\t备注\n1\t新建公办园5所,新增公办幼儿学位1000个。\t80%\t县教育局\t市民生实事\n"
            "2\t建设四好农村路55公里。\t95%\t县交通局\t县民生实事\n")
    assert [(t.path, t.units) for t in extract_tasks(text)] == [("1", lead("县教育局")), ("2", lead("县交通局"))]


def test_a_content_list_column_under_a_grouping_header_row_holds_the_task():
    # haiyuan-hongyang-law-popularization-2022 (dev-ec): a 普法 "四清单" table, its header over two rows
    text = ("附件1:\n海原县红羊乡“谁执法谁普法”四个清单工作分解表\n序号\t内容清单\t责任清单\t措施清单\t标准清单\n"
            "序号\t内容清单\t责任领导\t责任人\t责任处室\t普法对象\t学习宣传载体\t方式措施\t标准清单\n"
            "1\t重点宣传《中国共产党章程》等党规党纪及习近平法治思想。\t李进军\t朱继文\t党建办公室\t全体乡村两级干部\t1.理论学习、讲座\t集中学习\t全覆盖\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.text, t.units) for t in tasks] == [
        ("1", "重点宣传《中国共产党章程》等党规党纪及习近平法治思想。", responsible("党建办公室"))]


def test_a_main_responsible_column_beside_helpers_leads_and_the_rows_of_kept_sections_are_read():
    # bozhou-qiaocheng-education-tasks-2025 (dev-fv): an extract of a 分解表 that kept the rows of two sections,
    # the headings of the four between them on lines of their own
    text = ("谯城区教育局2025年政府工作报告重点工作任务分解表\n序号\t重点工作任务\t主要责任单位\t协同配合单位\n"
            "一、2025年经济社会发展的主要预期目标\n3\t固定资产投资增长7.5%左右。\t区发改委\t区工信局、区教育局\n"
            "二、全力以赴扩投资、优服务,筑牢经济增长根基\n三、全力以赴延链条、壮集群,构建现代产业体系\n"
            "四、全力以赴增动能、聚人气,激发改革创新活力\n五、全力以赴促融合、护生态,打造宜居宜业家园\n"
            "六、全力以赴惠民生、增福祉,加快社会事业发展\n"
            "69\t深化与海亮集团合作,积极引进优质教育资源。\t区教育局\t区投资促进中心。\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.section_title, t.units) for t in tasks] == [
        ("3", "2025年经济社会发展的主要预期目标", lead("区发改委") + co("区工信局", "区教育局")),
        ("69", "全力以赴惠民生、增福祉,加快社会事业发展", lead("区教育局") + co("区投资促进中心"))]
    # changzhou-zhonglou-waste-sorting-tasks-2023 (dev-db): the only unit column, its cell ending in the role it gives
    text = ("序号\t任务名称\t目标内容\t主要责任单位\t完成期限\n1\t习惯培养\t开展垃圾分类宣传。\t区委组织部、镇(街道)等按职责分工负责\t全年\n"
            "2\t宣传发动\t加强垃圾分类宣传。\t区委组织部等按职责分工负责\t全年\n")
    assert units_of(text) == [responsible("区委组织部", "镇(街道)"), responsible("区委组织部")]


def test_units_written_before_分别_and_their_role_verb():
    # weifang-open-government-plan-2017 (dev-cs)
    assert units_of("1.推进金融信息公开。(市金融办、潍坊银监分局分别牵头落实)\n") == [lead("市金融办", "潍坊银监分局")]


def test_a_header_word_with_a_note_in_brackets_and_a_planned_completion_column():
    # hangzhou-xihu-elderly-tasks-2024 (dev-gb): 重点工作任务(民生实事项目) | 牵头单位 | … | 计划完成时间
    text = ("序号\t重点工作任务(民生实事项目)\t牵头单位\t负责科室\t负责人\t计划完成时间\t进展情况(一季度)\n"
            "1\t新增老年食堂(助餐点)15个\t区民政局\t养老服务科\t何滢\t11月底前\t其中北山街道1个\n"
            "2\t新增认知障碍照护专区床位100张\t区民政局\t养老服务科\t何滢\t10月底前\t目前已完成选址\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units, t.deadline) for t in tasks] == [
        ("1", "新增老年食堂(助餐点)15个", lead("区民政局"), "11月底前"),
        ("2", "新增认知障碍照护专区床位100张", lead("区民政局"), "10月底前")]
