"""Titles and issuers around a notice's marks: the publication mark between a cover notice and its plan, an
office named 督查室, a news lead naming one body of several."""

from __future__ import annotations

from gongwen.metadata import extract_metadata
from gongwen.metadata.notices import find_notice
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints
from gongwen.vocabulary import COUNTY, NATIONAL


def _meta(text: str):
    return extract_metadata(clean_text(text).text, {})


def test_the_publication_mark_above_a_plan_s_heading_is_no_part_of_its_title():
    # national-mot-openness-points-2021: (此件公开发布) on its own line between the cover's date and the plan
    meta = _meta("部属各单位、部内各司局:\n现将《交通运输部2021年政务公开工作要点》及工作台账印发给你们,请认真贯彻落实。\n"
                 "交通运输部办公厅\n2021年4月27日\n(此件公开发布)\n交通运输部2021年政务公开工作要点\n"
                 "2021年是中国共产党成立100周年。\n一、深化政务公开\n")
    assert (meta.title, meta.issuer, meta.admin_level) == ("交通运输部2021年政务公开工作要点", "交通运输部办公厅", NATIONAL)


def test_a_government_s_督查室_issues_the_notice_its_title_names_it_for():
    meta = _meta("扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知\n市直相关部门、各乡、镇(场)人民政府:\n"
                 "为有效推进市政府重点工作,现将有关事宜通知如下:\n一、重点督办事项\n")
    assert (meta.issuer, meta.region) == ("扶余市人民政府督查室", "吉林省松原市扶余市")


def test_a_news_lead_naming_a_body_and_the_count_of_those_with_it_names_them_so_and_the_document():
    # national-rural-water-supply-news-2021
    meta = _meta("近日,水利部等九部门印发《关于做好农村供水保障工作的指导意见》,要求各地在“十四五”期间稳步推进农村供水保障。"
                 "到2025年,全国农村自来水普及率达到88%。\n【雄安之声】水利部等九部门共同发力农村供水保障\n")
    assert (meta.title, meta.issuer, meta.admin_level) == ("关于做好农村供水保障工作的指导意见", "水利部等九部门", NATIONAL)
    # guangdong-auto-cluster-plan-2023 (dev-bi): 等 with no count after it names no others
    meta = _meta("近日,广东工信厅等印发《广东省发展汽车战略性支柱产业集群行动计划》,提出到2025年汽车产量超过500万辆。\n")
    assert meta.issuer == "广东工信厅"


def test_the_body_a_page_s_breadcrumb_names_publishes_a_page_that_names_no_issuer():
    # lingbi-health-gov-report-tasks-2021
    text = ("您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况\n县卫健委2021年政府工作报告任务分解\n"
            "1.创建国家卫生县城。\n牵头责任单位:县卫健委\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.admin_level, meta.region) == ("灵璧县卫生健康委员会", COUNTY, "安徽省宿州市灵璧县")
    text = text.replace("灵璧县卫生健康委员会 > ", "")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.region) == ("县卫健委", None)  # without the crumb: the department its title opens with


def test_the_body_a_red_header_names_above_the_addressees_issues_a_document_naming_no_other():
    # jilin-government-restructuring-opinions-undated: the header line twice, then the addressees
    meta = _meta("吉林省人民政府\n吉林省人民政府\n各市(州)人民政府,各县(市)人民政府,省政府各厅委办、各直属机构:\n"
                 "《机构改革方案》已经同意备案,经省政府同意,提出以下实施意见:\n一、指导思想\n")
    assert (meta.issuer, meta.region) == ("吉林省人民政府", "吉林省")
    # xuchang-gov-report-tasks-2023: a page's category (市政府文件) names no place; the body below it does
    meta = _meta("市政府文件\n许昌市人民政府\n2023-02-20 15:38\n许政 [2023] 2号\n各县(市、区)人民政府,市人民政府各部门:\n"
                 "现将《政府工作报告》提出的2023年重点工作任务予以分解。\n")
    assert (meta.issuer, meta.region, meta.doc_number) == ("许昌市人民政府", "河南省许昌市", "许政〔2023〕2号")


def test_a_page_s_date_label_above_a_title_and_a_colon_after_one_leave_it_a_title():
    # houma-vehicle-restriction-lifting-2020: 今天是: (a page's date widget) above the 通告's title; a 交警大队 signs
    meta = _meta("今天是:\n关于提前解除侯马市区机动车限行措施的通告\n为有效应对重污染天气,决定提前解除限行措施。\n特此通告。\n"
                 "侯马市公安局交通警察大队\n2020年1月30日\n")
    assert (meta.title, meta.issuer, meta.region) == (
        "关于提前解除侯马市区机动车限行措施的通告", "侯马市公安局交通警察大队", "山西省临汾市侯马市")
    # xian-plate-restriction-suspension-2022: joint issuers before 关于, the line run into a colon
    meta = _meta("西安市公安局交通管理局、西安市生态环境局关于暂停执行工作日机动车尾号限行交通管理措施的通告:\n"
                 "根据近期交通流量,决定暂停执行工作日机动车尾号限行交通管理措施。\n西安市公安局交通管理局\n西安市生态环境局\n"
                 "2022年12月20日\n")
    assert meta.title == "西安市公安局交通管理局、西安市生态环境局关于暂停执行工作日机动车尾号限行交通管理措施的通告"
    # a sentence that ends in a document type and a colon is no title
    meta = _meta("为贯彻落实《广东省人民政府关于印发若干政策措施的通知》(粤府〔2021〕13号),强化就业优先政策,提出如下意见:\n"
                 "一、稳定就业岗位\n")
    assert meta.title is None


def test_a_province_named_by_its_short_name_that_sends_out_a_notice_names_the_page_s_document():
    # shandong-rural-revitalization-demo-notice-2019
    meta = _meta("山东“六项重点”推进振兴样板示范区建设\n日前,山东发出了《关于深入推进涉农资金统筹整合扎实开展乡村振兴齐鲁样板示范区"
                 "创建工作的通知》,要求每个县每年创建1个县级乡村振兴示范区。\n")
    assert meta.title == "关于深入推进涉农资金统筹整合扎实开展乡村振兴齐鲁样板示范区创建工作的通知"


def test_a_title_under_its_column_s_label_and_a_field_naming_the_issuer_without_its_place():
    # anhui-chuzhou-key-work-responsibility-2020: 【column】 before the title
    meta = _meta("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n各县、市、区人民政府,市政府各部门:\n"
                 "现将2020年市政府重点工作及责任分解如下。\n")
    assert (meta.title, meta.issuer, meta.region) == (
        "滁州市人民政府关于2020年市政府重点工作及责任分解的通知", "滁州市人民政府", "安徽省滁州市")
    # shandong-tengzhou-water-creation-division-2021: the page's 发文机关 field leaves out the place its title names
    text = ("发文机关 | 城乡水务局 | 关键词 | 工作任务\n滕州市城乡水务局关于印发《涉水任务责任分工方案》的通知\n滕水字〔2021〕51号\n"
            "局机关各科室、局属各单位:\n现将方案印发给你们,请认真贯彻落实。\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert meta.issuer == "滕州市城乡水务局"


def test_a_notice_head_with_its_number_after_a_blank_or_in_brackets_run_on_with_its_addressees():
    # changzhou-gov-report-tasks-2023: the number after a blank
    meta = _meta("关于印发2023年《政府工作报告》重点任务分解落实方案的通知 常政发〔2023〕1号\n"
                 "各辖市、区人民政府,市各委办局: 现将方案印发给你们,有关要求如下: 一要凝聚共识抓落实。\n")
    assert (meta.doc_number, meta.notice_title) == ("常政发〔2023〕1号", "关于印发2023年《政府工作报告》重点任务分解落实方案的通知")
    # ezhou-gov-report-targets-2010: title, (number), addressees and the first paragraph on one line
    meta = _meta("鄂州市人民政府办公室关于印发《主要工作目标分解落实意见》的通知 (鄂州政办发〔2010〕10号) 各区人民政府、开发区管委会,"
                 "市政府各部门: 市六届人大四次会议审议通过的《政府工作报告》,确定了2010年全市经济社会发展的指导思想、奋斗目标和"
                 "主要措施,是指导全市2010年各项工作的重要文件。为抓好各项任务的落实,经市政府同意,现将《主要工作目标分解落实意见》"
                 "印发给你们,望各责任单位抓紧制订落实方案。现就有关事项通知如下:\n一、各级政府要抓紧明确工作任务。\n")
    assert (meta.issuer, meta.doc_number, meta.region) == ("鄂州市人民政府办公室", "鄂州政办发〔2010〕10号", "湖北省鄂州市")


def test_page_fields_in_brackets_or_set_apart_by_blanks_and_bars():
    # wuhan-gov-report-responsibility-2020: ∙【制定机关】武汉市人民政府办公厅
    text = ("文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n正文\n市人民政府办公厅关于印发2020年市\n"
            "《政府工作报告》确定的主要目标任务责任分解方案的通知\n武政办〔2020〕1号\n各区人民政府,市人民政府各部门:\n现将方案印发给你们。\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.region) == ("武汉市人民政府办公厅", "湖北省武汉市")
    # jiangyin-manufacturing-tasks-2023: 文件编号 and its value, set apart by a blank
    meta = _meta("文件编号 澄政办发〔2023〕66号公开时限 长期公开 发布机构 江阴市人民政府办公室\n关于印发《江阴制造强市建设工作任务》的通知\n"
                 "各镇人民政府,市各委办局:\n现印发给你们,请认真贯彻落实。\n")
    assert meta.doc_number == "澄政办发〔2023〕66号"
    # wuhan-jianghan-gov-report-responsibility-2022: 标题 | …
    meta = _meta("标题 | 区人民政府办公室关于印发2022年区《政府工作报告》目标任务责任分解方案的通知\n"
                 "各街道办事处,区人民政府各部门:\n现将方案印发给你们,请认真贯彻执行。\n")
    assert meta.issuer == "区人民政府办公室"
    # tonghua-sanitary-city-plan-2015 (dev-cu): a legal database's fields run on, each in 【】, some of no known label
    hints = text_field_hints("【法规类别】卫生综合规定【发文字号】\n通市政明电【2015】7号\n"
                             "【发布部门】通化市政府【发布日期】2015.08.10【实施日期】2015.08.10【时效性】现行有效\n")
    assert (hints["doc_number"], hints["publisher"], hints["page_publish_date"]) == (
        "通市政明电【2015】7号", "通化市政府", "2015.08.10")
    # national-special-regions-plan-reply-2021 (dev-cm): gov.cn's table of facts run together, each label and its colon
    # right after the value before it
    hints = text_field_hints("索引号:000014349/2021-00087主题分类:宏观经济发文机关:国务院成文日期:2021年09月23日"
                             "发文字号:国函〔2021〕98号发布日期:2021年10月08日\n国务院关于“十四五”特殊类型地区振兴发展规划的批复\n")
    assert (hints["topic"], hints["issuer"], hints["written_date"], hints["doc_number"]) == (
        "宏观经济", "国务院", "2021年09月23日", "国函〔2021〕98号")


def test_a_plan_s_period_on_the_line_below_its_heading_is_part_of_its_title():
    # dingzhou-city-quality-plan-2021
    meta = _meta("定州市城市品质提升工程三年行动实施方案\n(2021-2023年)\n为深入贯彻党的十九届五中全会精神,制定如下实施方案。\n"
                 "一、总体要求\n")
    assert (meta.title, meta.period_start, meta.period_end) == (
        "定州市城市品质提升工程三年行动实施方案(2021-2023年)", 2021, 2023)


def test_a_page_title_opening_with_its_doc_number_is_the_heading_after_it():
    # yulin-jingbian-work-scheduling-2025 (dev-cx): <title>靖政发〔2025〕17号 靖边县人民政府 关于…的通知
    text = "各镇人民政府,县政府各工作部门:\n为形成工作格局,现将有关要求通知如下:\n一、将重点工作纳入月调度机制。\n"
    meta = extract_metadata(clean_text(text).text, {"title": "靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知"})
    assert (meta.title, meta.issuer) == ("靖边县人民政府关于建立重点工作调度机制的通知", "靖边县人民政府")



def test_a_sites_column_label_before_a_headline_and_a_dash_is_no_part_of_the_issuer():
    # luan-jinzhai-drowning-prevention-plan-2024 (dev-ey): 其他文件——金寨县人民政府办公室关于印发《…》的通知
    notice = find_notice(["其他文件——金寨县人民政府办公室关于印发《金寨县预防中小学生溺水工作方案》的通知",
                          "各乡镇人民政府,县直各单位:"])
    assert (notice.issuer, notice.wrapped) == ("金寨县人民政府办公室", "金寨县预防中小学生溺水工作方案")


def test_a_notice_title_run_on_with_its_number_and_the_text_after_is_read_with_its_number():
    # hubei-energy-project-2020: a page's copy runs the notice title, its 文号 and the plan's first words together
    meta = _meta("湖北省人民政府关于印发湖北省疫后重振补短板强功能“十大工程”三年行动方案(2020—2022年)的通知,鄂政发〔2020〕19号,"
                 "在能源提升工程这一类别中,全省三年拟实施项目共29个。\n1.三年目标。武汉市城市电网初步达到国际领先水平。\n")
    assert (meta.doc_number, meta.issuer, meta.title) == (
        "鄂政发〔2020〕19号", "湖北省人民政府", "湖北省疫后重振补短板强功能“十大工程”三年行动方案(2020—2022年)")
    # acftu-labour-dispute-measures-2023: the number run into the title and the page's 来源 label; a 总工会 issues it
    notice = find_notice(["中华全国总工会关于印发《工会参与劳动争议处理办法》的通知总工发〔2023〕23号来源:全总法律工作部各省、自"])
    assert (notice.issuer, notice.number, notice.wrapped) == ("中华全国总工会", "总工发〔2023〕23号", "工会参与劳动争议处理办法")
    assert _meta("中华全国总工会关于印发《工会参与劳动争议处理办法》的通知总工发〔2023〕23号来源:全总法律工作部\n"
                 "各省、自治区、直辖市总工会:\n现印发给你们。\n").issuer == "中华全国总工会"
    # a body's sentence citing a notice and its number is no notice's title
    assert find_notice(["国务院办公厅关于印发X方案的通知(国办发〔2020〕1号)要求各地加快推进。"]) is None


def test_a_letter_asking_for_comments_on_no_document_it_names_is_titled_by_itself():
    # jingdezhen-changjiang-farmland-task-letter-2022 (dev-hi): 关于征求X意见的函, X in no 《》
    meta = extract_metadata("关于征求2021-2030年高标准农田建设规划任务意见的函\n各镇人民政府:\n"
                            "根据市里下达的任务,我区拟定了各镇建设任务,请于4月15日前反馈意见。\n附件:任务分配表\n", {})
    assert meta.title == "关于征求2021-2030年高标准农田建设规划任务意见的函"
    # a draft in 《》 is still the document a consultation is about
    meta = extract_metadata("关于征求《县养老服务设施布局规划(征求意见稿)》意见的函\n各镇人民政府:\n请于4月15日前反馈意见。\n", {})
    assert meta.title == "县养老服务设施布局规划(征求意见稿)"
