"""Lines cut at a fixed width (OCR, a PDF's text layer, a viewer's TXT export) joined back into paragraphs
where the text is normalized, page numbers between them dropped; numbered headings, table rows and
cell-per-line lists left as they are. And the numbered-heading pattern every stage shares."""

from gongwen.normalize.clean import clean_text
from gongwen.text.patterns import NUMBERED_HEADING, PAGE_NUMBER
from gongwen.text.wrapped import cut_width, join_cut_lines, join_pieces, runs_on

# 上海市发展和改革委员会等关于印发《上海市配电网升级改造三年行动计划（2023－2025年）实施方案》的通知
# (沪发改能源〔2023〕30号), the OCR text of its scanned PDF (data/dev-b): every line cut at ~26
# characters, page markers and page numbers (`-2一`) between the pages.
_OCR = """各区人民政府，各有关单位：
根据市政府关于提升城市供电安全水平的工作部署，为深入

--- 第 2 页 OCR ---
践行“人民城市人民建，人民城市为人民”重要理念，进一步提
高我市配电网可靠性、智能化和数字化水平，加快建设国际领先
城市配电网，有力保障城市运行安全和经济社会发展，特制定《上
海市配电网升级改造三年行动计划（2023一2025年）实施方案》，
具体内容如下：
一、主要原则
（一）聚焦重点,问题导向。聚焦全市重要区域配电网薄弱
环节，全面解决单侧电源比例高“支援难”、智能化水平不足“发
现难”、缺乏有效协调机制“实施难”等问题，最大程度减少配电
网故障导致的停电事故。
（二）规划引领，分步实施。统筹平衡好供电安全、区域发
展和电价水平等因素，与全市电力发展“十四五”规划、电网发
展“十四五”规划充分衔接，科学编制专项规划和年度计划，根
据《上海市城市更新条例》等有关规定要求，按照“抓重点、分
段推、全覆盖”的原则，有序推进配电网升级改造。
二、工作目标
（一）总体目标。在全市重要区域和地下变电站供电范围，
以10千伏配电网升级改造为抓手，打造“智能感知、智能处置、
智能愈合”的“三智”型国际领先城市配电网。到2025年，实现4
-2一

--- 第 3 页 OCR ---
个100%目标：全市重要区域内10千伏开关站双侧电源供电比例达
到100%；地下变电站直供用户和所供10千伏开关站双侧电源供电
比例达到100%；配电网自动化有效覆盖率达到100%；10千伏开关
站光纤接入率达到100%。
"""


def test_lines_cut_at_a_width_are_joined_into_paragraphs_across_page_breaks():
    clean = clean_text(_OCR)
    assert clean.text.split("\n") == [
        "各区人民政府,各有关单位:",
        "根据市政府关于提升城市供电安全水平的工作部署,为深入践行“人民城市人民建,人民城市为人民”重要理念,"
        "进一步提高我市配电网可靠性、智能化和数字化水平,加快建设国际领先城市配电网,有力保障城市运行安全和"
        "经济社会发展,特制定《上海市配电网升级改造三年行动计划(2023一2025年)实施方案》,具体内容如下:",
        "一、主要原则",
        "(一)聚焦重点,问题导向。聚焦全市重要区域配电网薄弱环节,全面解决单侧电源比例高“支援难”、智能化水平"
        "不足“发现难”、缺乏有效协调机制“实施难”等问题,最大程度减少配电网故障导致的停电事故。",
        "(二)规划引领,分步实施。统筹平衡好供电安全、区域发展和电价水平等因素,与全市电力发展“十四五”规划、"
        "电网发展“十四五”规划充分衔接,科学编制专项规划和年度计划,根据《上海市城市更新条例》等有关规定要求,"
        "按照“抓重点、分段推、全覆盖”的原则,有序推进配电网升级改造。",
        "二、工作目标",
        "(一)总体目标。在全市重要区域和地下变电站供电范围,以10千伏配电网升级改造为抓手,打造“智能感知、智能"
        "处置、智能愈合”的“三智”型国际领先城市配电网。到2025年,实现4个100%目标:全市重要区域内10千伏开关站"
        "双侧电源供电比例达到100%;地下变电站直供用户和所供10千伏开关站双侧电源供电比例达到100%;配电网自动化"
        "有效覆盖率达到100%;10千伏开关站光纤接入率达到100%。",
    ]
    assert clean.flags == ("page_numbers_removed:3", "cut_lines_joined:18")


# 2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单 as a web capture flattened it, one
# cell a line: cells are short or end their sentence, and stay lines of their own.
_CELLS = """序号
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
"""


def test_a_cell_per_line_task_list_after_a_cut_text_keeps_its_cells_on_their_lines():
    clean = clean_text(_OCR + _CELLS)
    cells = clean.text.split("\n")[-len(_CELLS.splitlines()):]
    assert cells == clean_text(_CELLS).text.split("\n")
    assert cells[8] == "召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。"


def test_a_table_row_is_never_joined_to_the_line_before():
    text = _OCR + "重点任务\t牵头单位\n编制配电网升级改造专项规划并纳入全市电网发展规划\t市发展改革委\n"
    assert clean_text(text).text.split("\n")[-2:] == [
        "重点任务\t牵头单位", "编制配电网升级改造专项规划并纳入全市电网发展规划\t市发展改革委"
    ]


def test_a_number_the_wrap_cut_is_one_number_whatever_the_width():
    # national-gov-report-2026 (dev-go): a PDF line of many digits stops short of the margin inside a number
    assert runs_on("主要预期目标是：经济增长4.5%－", "5%，在实际工作中努力争取更好结果", fills_width=False)
    assert runs_on("城镇调查失业率5.5", "%左右，城镇新增就业1200万人以上", fills_width=False)
    # a line ending in a number before a numbered item, or a short line before a number, ends its paragraph
    assert not runs_on("完成投资5", "1.加强组织领导。", fills_width=False)
    assert not runs_on("主要预期目标是", "5%左右", fills_width=False)


def test_a_text_written_one_paragraph_a_line_is_left_as_written():
    # 2025年政府工作报告: long lines that leave a sentence open but share no length.
    text = ("一、2024年工作回顾\n"
            "过去一年,我国经济运行总体平稳、稳中有进,高质量发展扎实推进\n"
            "国内生产总值达到134.9万亿元,增长5%,增速居世界主要经济体前列\n"
            "城镇新增就业1256万人,城镇调查失业率平均为5.1%\n")
    assert cut_width(text.splitlines()) is None
    assert clean_text(text).text == text.rstrip("\n")


def test_page_numbers_are_told_from_figures_set_apart():
    assert [bool(PAGE_NUMBER.match(line)) for line in ("-2一", "— 3 —", "第3页 共12页", "--- 第 4 页 OCR ---")] == [
        True, True, True, True
    ]
    # a figure a web page set on its own line (…综合能耗比 / 2020 / 年下降 / 10% / 以上) stays
    assert [bool(PAGE_NUMBER.match(line)) for line in ("2020", "10%", "-2.5%", "3/12")] == [False, False, False, False]


def test_a_numbered_heading_gives_its_rank():
    lines = ["第三部分 保障措施", "第十二条 本办法自印发之日起施行", "四、保障措施", "(二)规划引领,分步实施。",
             "(一)聚焦重点", "1.加强组织领导", "(3)完善机制", "④建立台账"]
    assert [NUMBERED_HEADING.match(line).lastgroup for line in lines] == [
        "chapter", "section", "section", "item", "item", "numbered", "numbered", "numbered"
    ]


def test_a_number_or_a_bracketed_period_opens_no_heading():
    lines = ["1.5万亩高标准农田", "2025.3", "(2023-2025年)实施方案》的通知", "十四五规划充分衔接", "100%目标"]
    assert [NUMBERED_HEADING.match(line) for line in lines] == [None] * 5


def test_a_numbered_item_keeps_the_year_its_part_heading_names():
    from gongwen.indicators.grammar import grammar
    from gongwen.indicators.sections import Sections

    sections = Sections(grammar(), 2025, [])
    seen = []
    for line in ("三、2026年重点工作", "1.2025年底前完成试点区域改造。", "2.新建配电自动化终端860套。", "(一)2027年工作目标", "四、保障措施"):
        sections.enter(line)
        seen.append(sections.year)
    assert seen == [2026, 2026, 2026, 2027, None]


def test_a_paragraph_a_line_text_cut_where_a_page_ended_is_joined_and_nothing_else():
    # national-drug-procurement-2015 (国办发〔2015〕7号), as a PDF's text layer wrote it: one paragraph a line,
    # and a line break where the page ended, inside 工商
    lines = [
        "七、切实加强组织领导",
        "(一)落实各方责任。各省(区、市)人民政府要加强组织领导和督导评估,及时研究解决药品集中采购工作中的问题。"
        "卫生计生、发展改革、人力资源社会保障、财政、商务、工业和信息化、工",
        "商、食品药品监管、保险监管等有关部门要各司其职,密切配合,形成工作合力。",
        "(二)精心组织实施。各省(区、市)要按照本意见精神,抓紧研究制定本地公立医院药品集中采购实施方案",
        "国务院办公厅",
        "关于完善公立医院药品集中采购工作的指导意见,国务院办公厅印发供各地参照执行的文件",
        "> 依《中华人民共和国著作权法》第五条第一项,具有立法、行政、司法性质的文件不适用著作权法。",
    ]
    joined, n = join_cut_lines(lines)
    assert n == 1 and joined[1].endswith("工业和信息化、工商、食品药品监管、保险监管等有关部门要各司其职,密切配合,形成工作合力。")
    assert joined[2:] == lines[3:]


def test_a_bare_list_of_names_after_an_open_line_is_a_table_cell_not_the_rest_of_a_cut_sentence():
    # dev-t's 静安 task list, one cell a line: the 工作任务 cell ends without a full stop, its 推进单位 cell follows
    text_cell = "对产业用地综合绩效评估分类，优化建立评价体系与低效识别。重点推进：市北高新园区走马塘重点项目地块规划研究与建设、大徐家阁地区规划研究"
    units_cell = "区规划资源局、区商务委、区建设管理委、区发展改革委、区国资委、市北高新集团、大宁集团"
    assert join_cut_lines([text_cell, units_cell]) == ([text_cell, units_cell], 0)
    # prose cut where a page ended goes on as before
    cut = "各市、县（区）人民政府要切实加强对这项工作的组织领导，建立协调机制，发展改革、工业和信息化、工"
    rest = "商、食品药品监管、质监、农业等有关部门要各司其职，形成工作合力。"
    assert join_cut_lines([cut, rest]) == ([cut + rest], 1)


def test_a_number_the_wrap_cut_is_joined_without_a_space_and_two_latin_words_with_one():
    # xuchang-skills-certificates-2021 (dev-cv): a PDF wrapped 达到7 / 0万人
    assert join_pieces("中高级技能人才总量达到7", "0万人") == "中高级技能人才总量达到70万人"
    assert join_pieces("the State", "Council") == "the State Council"


def test_a_page_number_a_copy_ran_into_its_line_between_blanks_breaks_the_line():
    # shaoyang-shaodong-shuangfeng-geohazard-plan-2022 (dev-dt): a document site's text of a PDF, pages run together
    clean = clean_text("现印发给你们,请认真遵照执行。 邵东市双凤乡人民政府2022年2月27日 -1- 双凤乡突发性地质灾害应急预案(试行)\n"
                       "4.2应急响应行动 - 2 - 4.3信息发布\n2020-1-2 与 3 - 4 - 5 不是页码\n")
    assert clean.text.split("\n") == ["现印发给你们,请认真遵照执行。 邵东市双凤乡人民政府2022年2月27日", "双凤乡突发性地质灾害应急预案(试行)",
                                      "4.2应急响应行动", "4.3信息发布", "2020-1-2与3 - 4 - 5不是页码"]


def test_a_line_ending_in_a_list_or_an_open_bracket_runs_on_whatever_its_width():
    # chengdu-urban-renewal-plan-2024 (PDF): a 责任单位 list broken after 、 and inside a bracket, short of the margin
    assert runs_on("(牵头单位:市规划和自然资源局,责任单位:市经信局、", "市水务局、市住建局、各区(市)县政府(", False)
    assert runs_on("市水务局、市住建局、各区(市)县政府(", "管委会)、成都环境集团。完成时限:持续开展)", False)
    assert not runs_on("(牵头单位:市规划和自然资源局,责任单位:市经信局", "市水务局", False)
    assert not runs_on("各部门要密切协作、", "(一)加强组织领导", False)  # never into a numbered heading


def test_a_line_filling_the_width_with_a_quoted_term_or_an_abbreviation_at_its_end_runs_on():
    # yunnan-transport-conference-2025 (dev-ga, PDF): 成功举办大湄公河次区域(GMS) / 国际道路运输试运行…; 。“优质服务” /
    # 品牌逐步打响; taian-clean-healthy-action-plan-2010 (dev-hg): 精心打造“整洁健康泰安” / 品牌。
    assert runs_on("运输货物突破5000万吨。成功举办大湄公河次区域(GMS)", "国际道路运输试运行和中越公路跨境直达运输活动。", True)
    assert runs_on("实施村道“消危工程”7128公里,改造危桥215座。“优质服务”", "品牌逐步打响。", True)
    assert runs_on("与社会、人与环境、人与自然和谐发展,精心打造“整洁健康泰安”", "品牌。", True)
    # a quotation closed after its sentence's stop, a bracketed clause, a quoted line alone: their paragraph ends
    assert not runs_on("他说:“要抓好落实。”", "二是加强督查。", True)
    assert not runs_on("加快推进项目建设。(责任单位:市发展改革委)", "二是加强督查。", True)
    assert not runs_on("“优质服务”", "品牌逐步打响。", True)
