"""gongwen.tasks.flat_tables: a task-division table a web capture flattened to one cell per line, read
as its rows."""

from gongwen.normalize.clean import clean_text
from gongwen.tasks.extract import extract_tasks
from gongwen.tasks.flat_tables import rebuild_flat_tables
from gongwen.tasks.lines import split_lines
from gongwen.tasks.table_cells import split_unit_cell
from tests.task_units import co, lead, responsible

# 2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单, as a web capture flattened it: the
# 任务名称 cell is merged over rows 1 and 2 (row 2 has one cell fewer).
_BAOSHAN = """附件1
2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单
序号
任务名称
任务内容
牵头部门
配合部门
时间节点
1
加强组织领导
召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。
区政府办公室
各联席会议成员单位
2019年3月
2
将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。
区委组织部（区公务员局）
区绿化市容局
2019年
附件2
2019年街镇（园区）生活垃圾分类目标任务分解表
"""

# 虹口区生活垃圾全程分类体系建设行动计划任务清单: a 类别 cell written down the column, sub-rows per
# year (节点, 指标数), the units of one cell one per line, numbering from 1 again in the next 类别.
_HONGKOU = """类别
序号
主要任务
节点
指标数
责任单位
配合单位
分
类
1
创建达标分类小区（累计数）
2018年
345个
各街道办事处
区文明办
区绿化市容局
2019年
440个
运
输
1
按照建设标准，建立“两网融合”中转站
（累计数）
2018年
4个
区绿化市容局
区商务委
"""


def test_flattened_rows_become_tasks_with_their_columns():
    tasks = extract_tasks(_BAOSHAN)
    got = [(t.path, t.group_title, t.heading, t.units, t.deadline) for t in tasks]
    assert got == [
        ("1", "加强组织领导", "召开全区生活垃圾分类工作动员大会", lead("区政府办公室") + co("各联席会议成员单位"),
         "2019年3月"),
        ("2", "加强组织领导", "将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系",
         lead("区委组织部（区公务员局）") + co("区绿化市容局"), "2019年"),
    ]


def test_a_row_one_cell_short_of_text_and_one_more_of_units_is_read_by_content():
    # row 14 of the same table (here numbered 3): no 任务名称 cell (merged with the rows above) and two 配合 cells, as many cells
    # as the header has columns: the lead is the first unit, not the second
    row = "3\n党政机关、公共机构垃圾分类完成全覆盖，100%实现达标标准。\n区机管局\n区绿化市容局\n区党政机关、公共机构\n2019年9月\n"
    tasks = extract_tasks(_BAOSHAN.replace("附件2", row + "附件2"))
    assert (tasks[-1].path, tasks[-1].units[0], tasks[-1].deadline) == ("3", lead("区机管局")[0], "2019年9月")


def test_a_rebuilt_row_covers_its_cells_in_the_text():
    rows = [line for line in rebuild_flat_tables(split_lines(_BAOSHAN)) if "\t" in line.text]
    assert [line.text for line in rows][0] == "序号\t任务名称\t任务内容\t牵头部门\t配合部门\t时间节点"
    assert _BAOSHAN[rows[2].start:rows[2].end] == (
        "2\n将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。\n"
        "区委组织部（区公务员局）\n区绿化市容局\n2019年")


def test_sub_rows_and_split_unit_cells_are_read_by_content():
    tasks = extract_tasks(_HONGKOU)
    got = [(t.path, t.heading, t.units) for t in tasks]
    assert got == [
        ("1", "创建达标分类小区（累计数）", responsible("各街道办事处") + co("区文明办", "区绿化市容局")),
        ("1", "按照建设标准，建立“两网融合”中转站（累计数）", responsible("区绿化市容局") + co("区商务委")),
    ]


def test_a_count_in_an_indicator_cell_is_no_unit():
    text = _HONGKOU.replace("345个", "4个街道")
    assert extract_tasks(text)[0].units == responsible("各街道办事处") + co("区文明办", "区绿化市容局")


def test_a_list_of_column_words_in_prose_is_no_table():
    # Column words one per line without a row numbered 1 after them: not a table.
    text = "附件\n序号\n任务内容\n牵头单位\n配合单位\n说明：各单位按职责分工落实。\n"
    lines = split_lines(text)
    assert rebuild_flat_tables(lines) == lines


def test_a_header_without_a_unit_column_is_no_task_table():
    text = "序号\n街镇\n目标任务\n1\n罗店镇\n垃圾分类绿色账户推进100%全覆盖。\n"
    lines = split_lines(text)
    assert rebuild_flat_tables(lines) == lines


# The same 任务清单 with the 类别 cells' ordinals (`1.` `分` `类` `投` `放`), numbering from 1 again under
# each, the second 类别 cell repeated where the page broke.
_HONGKOU_GROUPS = """类别
序号
主要任务
节点
指标数
责任单位
配合单位
1.
分
类
投
放
1
道路废物箱标识更新
2018年
735个
区绿化市容局
各街道办事处
2.
分
类
运
输
2.
分
类
运
输
1
干垃圾车标识更新
2018年
89辆
区绿化市容局
2
有害垃圾车配置
2018年
1辆
区绿化市容局
"""


def test_rows_numbered_anew_under_each_group_cell_have_the_group_ordinal_in_their_path():
    tasks = extract_tasks(_HONGKOU_GROUPS)
    assert [(t.path, t.group_title, t.heading) for t in tasks] == [
        ("1.1", "分类投放", "道路废物箱标识更新"),
        ("2.1", "分类运输", "干垃圾车标识更新"),
        ("2.2", "分类运输", "有害垃圾车配置"),
    ]


def test_rows_numbered_on_across_group_cells_keep_their_number_alone():
    text = _HONGKOU_GROUPS.replace("1\n干垃圾车", "2\n干垃圾车").replace("2\n有害垃圾车", "3\n有害垃圾车")
    assert [t.path for t in extract_tasks(text)] == ["1", "2", "3"]


# dev-t's 静安区城市更新行动重点任务清单 as a Markdown capture wrote it, one cell a line: the 任务类型 column
# holds a group's label (行动一：… / 旧区改造) on lines of its own between rows, and a 推进单位 cell merged over
# several rows is written once, after the first of them.
_JINGAN = """任务类型
序号
工作任务
推进单位
行动一：再造发展新极行动（综合区域整体焕新行动）
1
推进走马塘片区规划研究
区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、市北高新集团
行动二：重塑美丽新居行动（人居环境品质提升行动）
旧区改造
2
全面完成中心城区零星二级旧里以下房屋改造
区“两旧”专班、区房管局、区旧改总办、区成套办、各相关街镇
旧住房更新改造
3
加快推进各类旧住房更新改造。
4
完成既有多层住宅加装电梯700台
“美丽家园”建设
5
创建20个新时代“美丽家园”特色小区
行动五：提档园区新产行动（产业园区提质增效行动）
产业园区
6
对产业用地综合绩效评估分类，优化建立评价体系与低效识别。重点推进：市北与大宁地区存量工业用地转型。市北高新园区走马塘重点项目地块规划研究与建设、大徐家阁地区规划研究
区规划资源局、区商务委、区建设管理委、区发展改革委、区国资委、市北高新集团、大宁集团
"""


def test_group_labels_between_rows_and_a_unit_cell_merged_over_rows():
    tasks = extract_tasks(_JINGAN)
    merged = responsible("区“两旧”专班", "区房管局", "区旧改总办", "区成套办", "各相关街镇")
    assert [(t.path, t.heading) for t in tasks] == [
        ("1", "推进走马塘片区规划研究"),
        ("2", "全面完成中心城区零星二级旧里以下房屋改造"),
        ("3", "加快推进各类旧住房更新改造"),
        ("4", "完成既有多层住宅加装电梯700台"),
        ("5", "创建20个新时代“美丽家园”特色小区"),
        ("6", "对产业用地综合绩效评估分类，优化建立评价体系与低效识别"),
    ]
    assert [t.units for t in tasks[1:5]] == [merged] * 4
    assert tasks[5].units == responsible(
        "区规划资源局", "区商务委", "区建设管理委", "区发展改革委", "区国资委", "市北高新集团", "大宁集团")


def test_a_header_written_letter_spaced_names_its_columns():
    # A page's 责任分解 annex, one cell a line, its header letter-spaced (主  要  工  作  任  务), as cleaned.
    text = clean_text("2024年政府工作报告重点工作责任分解\n序号\n主  要  工  作  任  务\n责 任 单 位\n"
            "1\n生产总值增长6%左右。\n发改局\n2\n一般公共预算收入增长6%。\n财政局\n").text
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "生产总值增长6%左右", responsible("发改局")), ("2", "一般公共预算收入增长6%", responsible("财政局"))]


def test_a_header_cell_a_capture_broke_over_two_lines_is_one_column():
    # xiangshan-sizhoutou-town-key-work-2024 (dev-bq): 责任 / 领导 and 责任 / 科室 are two columns, not four
    text = ("泗洲头镇2024年度重点工作计划二季度执行情况\n序号\n重点工作\n责任\n领导\n责任\n科室\n攻坚目标\n任务\n"
            "1\n白仙山水库工程政策处理\n欧乾震\n白仙山水库工程政策处理工作领导小组\n完成项目政策处理工作。\n推进坟墓迁移工作。\n"
            "2\n现代化美丽城镇\n吴宇凡\n乡村振兴办\n成功创建首批浙江省美丽城镇。\n按照时间节点开展项目建设。\n")
    assert [task.heading for task in extract_tasks(clean_text(text).text)] == ["白仙山水库工程政策处理", "现代化美丽城镇"]


def test_a_bureaus_excerpt_of_the_governments_numbered_list_is_read_row_by_row():
    # bengbu-huaiyuan-agriculture-key-work-progress-2023 (dev-bx): one cell a line, the rows keep the numbers of
    # the government's whole list (6, 52, 53), the units are the bureau's sections (…股)
    text = ("农业农村局2023年11月承担政府重点工作完成情况\n序号\n目标任务\n牵头责任单位\n计划完成时间\n目前完成情况\n"
            "6\n农村常住居民人均可支配收入与经济增长同步。\n经管站\n2023年底\n三季度绝对数16285元,增幅7.4%\n"
            "52\n建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。\n农田建设管理股、农业股\n2023年底\n整体进度70%。\n"
            "53\n加快推动农业规模化经营,全县土地流转率达60%。\n经管站\n2023年底\n已累计完成改革试验面积31.7万亩。\n")
    tasks = extract_tasks(clean_text(text).text)
    assert [(t.path, t.units) for t in tasks] == [
        ("6", lead("经管站")), ("52", lead("农田建设管理股", "农业股")), ("53", lead("经管站"))]


def test_a_livelihood_projects_table_one_cell_a_line_under_a_民生实事_column():
    # a county's 民生实事目标任务分解表 as its page gives it (dev-ci): the projects are the tasks
    text = ("2016年民生实事目标任务分解表\n序号\n民生实事\n责任单位\n完成时限\n"
            "1\n启动建设东湖湿地公园。\n县水务局\n县住建局\n12月底前\n2\n新建2座人行天桥。\n县住建局\n9月投入使用\n")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, t.units) for t in tasks] == [
        ("1", "启动建设东湖湿地公园", responsible("县水务局", "县住建局")), ("2", "新建2座人行天桥", responsible("县住建局"))]


def test_a_target_table_naming_its_rows_by_任务名称_gives_a_task_a_row():
    text = ("2019年《政府工作报告》目标任务分解表\n序号\t任务名称\t指标要求\t牵头部门\t配合部门\t目标类型\n"
            "1\t地区生产总值\t增长5.5%\t区发改经信局\t区财政局、区统计局\tA类\n")
    assert [(t.heading, t.units) for t in extract_tasks(text)] == [
        ("地区生产总值", lead("区发改经信局") + co("区财政局", "区统计局"))]


def test_a_body_s_own_departments_in_a_unit_cell_are_one_unit():
    # luan-key-work-list-2022 (dev-ah): a cell of 市政府各部门、各直属机构; units run together still part (县水利局县环保局)
    assert split_unit_cell("市政府各部门、各直属机构") == ["市政府各部门", "各直属机构"]
    assert split_unit_cell("县水利局县环保局") == ["县水利局", "县环保局"]
    assert split_unit_cell("县水利局各乡镇人民政府") == ["县水利局", "各乡镇人民政府"]
