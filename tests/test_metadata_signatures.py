"""Metadata as real documents write it: joint signatures (a dozen bodies, two a line, dates broken into
pieces by a capture), the letterhead of a joint notice whose signature is seals, a notice's title that
cites a document, one that issues requirements rather than a document, and the jurisdiction of a 镇 or
街道, or of a document that names only itself (全市)."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata, find_region
from gongwen.metadata.dates import date_only
from gongwen.metadata.issuers import bodies_on_line, letterhead_issuer
from gongwen.metadata.jurisdiction import region_it_calls_itself
from gongwen.metadata.notices import find_notice
from gongwen.metadata.signatures import closing_signature, find_signature, letterhead_issuers
from gongwen.metadata.titles import title_above_addressees
from gongwen.reading.text_fields import text_field_hints
from gongwen.text.regions import gazetteer

BODY = "一、总体要求\n以习近平新时代中国特色社会主义思想为指导,扎实推进各项工作。\n"


def _meta(text: str, hints: dict[str, str] | None = None):
    meta = extract_metadata(text, hints or {})
    return meta.title, meta.issuer, meta.doc_number, meta.issue_date, meta.admin_level, meta.region


# ------------------------------------------------------------------------------------------- issuers


def test_joint_signature_over_a_date_a_capture_broke_into_seven_pieces():
    lines = ["山西省发展和改革委员会", "山西省能源局", "20", "23", "年", "10", "月", "19", "日", "(此件主动公开)"]
    assert find_signature(lines) == ("山西省发展和改革委员会、山西省能源局", dt.date(2023, 10, 19), 2)


def test_number_pieces_that_make_no_date_are_no_signature():
    assert find_signature(["山西省能源局", "20", "23", "个", "项目"]) is None


def test_joint_issuers_on_the_line_above_the_notice_title_are_joined():
    text = ("山西省发展和改革委员会 山西省能源局\n关于印发《山西省煤炭行业碳达峰实施方案》的通知\n"
            "晋能源规发〔2023〕251号\n省直各有关单位,各市发展改革委、能源局,各有关企业:\n"
            "山西省煤炭行业碳达峰实施方案\n" + BODY)
    assert _meta(text)[:3] == ("山西省煤炭行业碳达峰实施方案", "山西省发展和改革委员会、山西省能源局",
                               "晋能源规发〔2023〕251号")


def test_five_bodies_signing_one_a_line_are_all_issuers():
    text = ("关于印发《重庆市支持智能网联新能源商用车产业发展政策措施(2025—2027年)》的通知\n各有关单位:\n"
            "现将《重庆市支持智能网联新能源商用车产业发展政策措施(2025—2027年)》印发给你们,请认真贯彻执行。\n"
            "重庆市经济和信息化委员会\n重庆市财政局\n中共重庆市委金融委员会办公室\n国家金融监督管理总局重庆监管局\n"
            "重庆市商务委员会\n2025年12月30日\n" + BODY)
    assert _meta(text)[1] == ("重庆市经济和信息化委员会、重庆市财政局、中共重庆市委金融委员会办公室、"
                              "国家金融监督管理总局重庆监管局、重庆市商务委员会")


def test_central_bodies_signing_by_a_short_name_without_a_bodys_ending_are_issuers():
    # dev-cm national-new-consumption-plan-2021: 28 bodies two a line; 银保监会证监会 ends in no 局/部/委
    text = ("关于印发《加快培育新型消费实施方案》的通知\n发改就业〔2021〕396号\n各省、自治区、直辖市有关部门和单位:\n"
            "现将《加快培育新型消费实施方案》印发给你们,请认真抓好贯彻落实。\n国家发展改革委中央网信办\n"
            "海关总署税务总局\n银保监会证监会\n中国残联 共青团中央\n国家药监局 国家知识产权局\n2021年3月22日\n" + BODY)
    assert _meta(text)[1] == ("国家发展改革委、中央网信办、海关总署、税务总局、银保监会、证监会、中国残联、共青团中央、"
                              "国家药监局、国家知识产权局")


def test_two_bodies_of_one_district_written_together_on_a_signature_line_are_two():
    assert bodies_on_line("黄浦区发展和改革委员会黄浦区建设和管理委员会") == [
        "黄浦区发展和改革委员会", "黄浦区建设和管理委员会"]


def test_a_body_naming_another_place_inside_its_name_stays_one():
    assert bodies_on_line("国家金融监督管理总局重庆监管局") == ["国家金融监督管理总局重庆监管局"]
    assert bodies_on_line("上海市人民政府办公厅") == ["上海市人民政府办公厅"]


def test_letterhead_of_a_joint_notice_names_its_issuers_in_order():
    lines = ["上海市发展和改革委员会", "上海市住房和城乡建设管理委员会", "上海市公安局", "文件", "上海市交通委员会",
             "沪发改能源(2023)30号", "关于印发《上海市配电网升级改造三年行动计划(2023-2025年)实施方案》的通知"]
    assert letterhead_issuers(lines) == ("上海市发展和改革委员会、上海市住房和城乡建设管理委员会、上海市公安局、"
                                         "上海市交通委员会")


def test_bodies_above_a_number_without_the_word_wenjian_are_no_letterhead():
    # A page's chrome (the site's name, its parent sites) above a disclosure table's 文号.
    lines = ["山西省能源局", "国家能源局", "山西省人民政府", "晋能源新能源发〔2025〕90号", "各市能源局:"]
    assert letterhead_issuers(lines) is None


def test_export_number_field_in_square_brackets_is_the_documents_number():
    text = ("[制发单位]北京市经济和信息化局\n[成文日期]2024-12-05\n[发文字号]京经信发〔2024〕65号\n"
            "北京市经济和信息化局关于印发《北京市新型储能产业发展实施方案(2024—2027年)》的通知\n各有关单位:\n" + BODY)
    assert _meta(text)[2] == "京经信发〔2024〕65号"


# -------------------------------------------------------------------------------------------- titles


def test_notice_title_citing_a_law_names_the_plan_as_its_heading_prints_it():
    text = ("上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知\n"
            "各镇人民政府,各街道办事处,区政府各委、办、局:\n"
            "《关于贯彻〈上海市生活垃圾管理条例〉推进全程分类体系建设的实施方案》已经区政府同意,现印发给你们,请认真按照执行。\n"
            "上海市宝山区人民政府办公室\n2019年5月5日\n关于贯彻《上海市生活垃圾管理条例》\n推进全程分类体系建设的实施方案\n"
            + BODY)
    assert _meta(text)[0] == "关于贯彻《上海市生活垃圾管理条例》推进全程分类体系建设的实施方案"


def test_a_cover_notice_issuing_a_document_named_after_the_one_in_book_marks_names_both():
    # taizhou-gov-report-targets-responsibility-2018 (dev-di): 关于印发《政府工作报告》2018年目标任务责任分解的通知, the page
    # holding the notice alone
    text = ("台州市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知\n各县(市、区)人民政府,市政府直属各单位:\n"
            "《政府工作报告》2018年目标任务责任分解已经市政府第21次常务会议研究同意,现印发给你们,请认真贯彻执行。\n")
    assert _meta(text)[0] == "《政府工作报告》2018年目标任务责任分解"


def test_notice_forwarding_a_plan_another_body_made_names_the_plan():
    text = ("上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通知\n"
            "各街道办事处、徐家汇街道办事处,区政府各委、办、局:\n" + BODY)
    assert _meta(text)[0] == "关于进一步加强本区装修垃圾处理的工作方案"


def test_the_plans_own_name_in_the_wrapping_sentence_finds_its_heading_when_the_notice_words_it_otherwise():
    text = ("上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n"
            "各乡、镇人民政府,区政府各委、办、局,区各直属单位,在崇市属有关部门:\n"
            "《2021年崇明区城市体检工作方案》已经区政府同意,现印发给你们,请认真按照执行。\n"
            "2021年9月9日\n(此件公开发布)\n2021年崇明区城市体检工作方案\n" + BODY)
    assert _meta(text)[0] == "2021年崇明区城市体检工作方案"


def test_a_notice_issuing_requirements_rather_than_a_document_is_the_document():
    text = ("上海市住房和城乡建设管理委员会关于发布2025年本市海绵城市建设工作要求的通知\n沪建综规〔2025〕69号\n"
            "各区建设管理(交通)委,新片区管委会、虹桥管委会、度假区管委会、长兴岛管委会:\n"
            "为进一步做好2025年本市海绵城市建设工作,现就有关要求通知如下:\n" + BODY)
    assert _meta(text)[0] == "上海市住房和城乡建设管理委员会关于发布2025年本市海绵城市建设工作要求的通知"


def test_a_notice_issuing_a_plan_the_text_leaves_out_is_titled_with_the_plan():
    text = ("关于印发《上海市配电网升级改造三年行动计划(2023-2025年)实施方案》的通知\n各区人民政府,各有关单位:\n"
            "根据市政府关于提升城市供电安全水平的工作部署,具体内容如下:\n" + BODY)
    assert _meta(text)[0] == "上海市配电网升级改造三年行动计划(2023-2025年)实施方案"


def test_title_above_addressees_rejoins_a_year_broken_out_and_keeps_the_issuer_heading_it():
    text = ("山西省能源局\n关于加强\n2025\n年新型储能管理工作的通知\n晋能源新能源发〔2025〕90号\n"
            "各市能源局,国网山西省电力公司、山西地方电力公司:\n" + BODY)
    assert _meta(text)[:3] == ("山西省能源局关于加强2025年新型储能管理工作的通知", "山西省能源局",
                               "晋能源新能源发〔2025〕90号")



def test_title_above_addressees_opens_at_its_guanyu_whatever_kind_of_document_that_line_ends_with():
    # huainan-shouxian-report-tasks-supervision-2022 (dev-bw): 关于印发…主要任务 / 上半年落实情况的通报
    lines = ["寿县人民政府督查室 2022年8月19", "关于印发2022年《政府工作报告》主要任务", "上半年落实情况的通报",
             "各乡镇人民政府,县政府各部门、各直属机构:", "根据县政府工作安排,县政府督查室进行了专项督查。"]
    assert title_above_addressees(lines) == "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报"
    # a page's heading ending a title of its own above the title stays apart
    lines[1] = "2022年政务督查工作要点"
    assert title_above_addressees(lines) == "上半年落实情况的通报"


# ---------------------------------------------------------------------------------------- jurisdiction


def test_a_towns_government_is_at_county_level_with_the_town_in_its_region():
    region = find_region("闵行区吴泾镇人民政府")
    assert (region.level, region.path) == ("county", "上海市闵行区吴泾镇")


def test_a_subdistrict_office_signing_a_plan_is_its_issuer_and_region():
    text = ("关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知\n机关各部门、各企事业单位、各居委会:\n"
            "现将《古美路街道加强独居老人消防安全工作实施方案》印发给你们,请结合本辖区工作实际,认真组织实施。\n"
            "闵行区古美路街道办事处\n2022年7月20日\n古美路街道加强独居老人消防安全工作实施方案\n" + BODY)
    assert _meta(text)[1:] == ("闵行区古美路街道办事处", None, dt.date(2022, 7, 20), "county",
                               "上海市闵行区古美路街道")


def test_a_town_named_in_a_district_bodys_title_without_its_body_is_not_a_region():
    region = find_region("闵行区城镇房屋安全隐患排查整治工作方案")
    assert region.path == "上海市闵行区"


def test_a_towns_region_has_the_chain_of_its_county():
    assert [region.name for region in gazetteer().chain("上海市闵行区吴泾镇")] == ["闵行区", "上海市"]


GUANGZHOU_TALENT = (
    "关于推进人才集聚工程的实施意见\n"
    "为深入贯彻科学发展观,全面落实省第十一次党代会、市第十次党代会精神,根据《中共广州市委、广州市人民政府关于"
    "全面推进新型城市化发展的决定》,就推进人才集聚工程,提出以下实施意见。\n"
    "一、总体目标\n1.目标。全市大专以上学历人才资源总量达到320万名左右,初步把广州建设成为“国际人才港”。\n"
    "2.战略性主导产业紧缺人才开发项目。5年内市、区(县级市)两级重点引进和培养1万名左右企业紧缺人才。"
    "(牵头单位:市发展改革委,配合单位:市委组织部、市人力资源和社会保障局)\n"
    "3.人才服务项目。建立广州市高层次人才服务窗口,我市对引进人才给予安家补助。(牵头单位:市委组织部)\n"
    "4.交流项目。支持广州市企业与省内外高校合作,全市每年组织交流活动。(牵头单位:市人力资源和社会保障局)\n"
)


def test_a_plan_naming_no_issuer_is_the_city_it_calls_itself_and_names_most():
    meta = extract_metadata(GUANGZHOU_TALENT, {})
    assert (meta.issuer, meta.admin_level, meta.region) == (None, "prefecture", "广东省广州市")


def test_a_city_named_once_is_not_the_jurisdiction_of_a_document_saying_quanshi():
    text = "为推进人才工作,全市加快建设。学习深圳市经验,我市各单位要落实。\n一、目标\n到2025年引进人才。\n"
    assert region_it_calls_itself(text) is None


def test_a_division_named_by_one_character_and_its_kind_is_not_read_inside_words():
    # quzhou-longyou-gov-report-2025 (dev-dn): 市委…全会和县委…全会 named 和县 (安徽省马鞍山市和县) twice
    text = ("全县上下要认真贯彻市委全会和县委全会精神,推动现代县域经济发展。全县要落实市委和县委部署,"
            "全县各部门要抓好落实。\n一、目标\n到2025年全县生产总值增长7%。\n")
    assert region_it_calls_itself(text) is None


CLEAN_GUANGZHOU = (
    "关于走新型城市化发展道路建设廉洁广州的决定\n"
    "为深入贯彻广东省第十一次党代会、广州市第十次党代会精神,不断提高反腐倡廉建设水平,更好服务、保障、促进广州"
    "新型城市化发展和国家中心城市建设,特就建设廉洁广州作出如下决定。\n"
    "一、充分认识建设廉洁广州的重要意义\n改革开放以来,我市坚持“两手抓、两手都要硬”。"
    "市第十次党代会作出“12338”决策部署,强调要走出一条具有广州特色的新型城市化发展道路。\n"
    "二、主要任务\n(一)建立健全市一级预防腐败机构,研究制定我市预防腐败的地方性法规。\n"
    "(二)建立廉洁广州新闻发布、案件查处情况公开制度。\n"
)


def test_a_city_named_in_full_once_and_by_its_short_name_throughout_is_the_one_it_calls_itself():
    meta = extract_metadata(CLEAN_GUANGZHOU, {})
    assert (meta.issuer, meta.admin_level, meta.region) == (None, "prefecture", "广东省广州市")


def test_a_short_name_used_throughout_without_the_full_name_names_the_city_it_calls_itself():
    # xuancheng-ecology-work-points-2024 (dev-bh): 全市 … 美丽宣城, 宣城 seven times, 宣城市 never
    assert region_it_calls_itself(CLEAN_GUANGZHOU.replace("广州市第十次", "市第十次")).path == "广东省广州市"
    # 西安 is 西安市's (辽源's 西安区 is lower); a short name that is a word too names nothing (资源县, 合作市)
    xian = "全市要加快发展。西安要建设先进制造业。西安的产业、西安的企业和西安的园区要协同。我市各单位要落实。\n"
    assert region_it_calls_itself(xian).path == "陕西省西安市"
    assert region_it_calls_itself(xian.replace("西安", "合作")) is None
    assert region_it_calls_itself(xian.replace("全市", "全县").replace("我市", "我县").replace("西安", "资源")) is None
    # named as often as another city, or not twice as often, it is not the one the text calls itself
    assert region_it_calls_itself(xian.replace("西安的企业和西安", "成都的企业和成都")) is None


def test_the_one_division_a_text_calling_itself_quanqu_names_at_all_is_its_own():
    # nanchong-shunqing-emergency-rescue-system-plan-2022 (dev-em): 顺庆区 once, in the body it sets up; 我区 throughout
    text = ("为提升我区应急救援能力,结合我区实际,制定本方案。\n一、领导体制\n成立南充市顺庆区应急委员会(以下简称区应急委),"
            "统筹全区应急救援工作。\n二、工作要求\n全区各部门要抓好落实。\n")
    assert region_it_calls_itself(text).path == "四川省南充市顺庆区"
    # named after a word that names it in passing, it is not (学习深圳市经验: see the test before)
    assert region_it_calls_itself(text.replace("成立南充市顺庆区", "学习南充市顺庆区经验,成立")) is None


def test_a_city_named_by_its_short_name_a_few_times_in_passing_is_not_the_jurisdiction():
    text = ("为推进人才工作,全市加快建设。学习深圳市经验,借鉴深圳做法,对标深圳标准,我市各单位要落实。\n"
            "一、目标\n到2025年引进人才。\n")
    assert region_it_calls_itself(text) is None


GUANGDONG_COVER = (
    "各地级以上市发展改革局(委)、惠州市能源和重点项目局,有关能源企业:\n"
    "为贯彻落实国家和省委、省政府关于高质量发展的工作部署,切实推动广东能源高质量发展,我们研究制定了《广东省推进能源"
    "高质量发展实施方案》,现印发给你们。请结合实际,抓好贯彻落实。\n"
)


def test_a_body_and_its_date_set_apart_on_one_line_are_the_signature():
    lines = [*GUANGDONG_COVER.splitlines(), "广东省能源局    2023年5月22日"]
    assert find_signature(lines) == ("广东省能源局", dt.date(2023, 5, 22), 2)


def test_a_printing_line_of_the_colophon_is_no_signature():
    lines = [*GUANGDONG_COVER.splitlines(), "抄送:国家能源局。", "广东省能源局办公室    2023年5月23日印发"]
    assert find_signature(lines) is None


def test_a_sentence_ending_in_a_date_is_no_signature():
    lines = [*GUANGDONG_COVER.splitlines(), "请各单位于 2023年6月30日"]
    assert find_signature(lines) is None


# ------------------------------------------------------------------ notices and signatures of dev-h


def test_notice_titled_without_guanyu_names_its_joint_issuers_and_the_plan_it_issues():
    title = ("上海市交通委员会、上海市发展和改革委员会、上海市规划和自然资源局、上海市住房和城乡建设管理委员会、"
             "上海市公安局印发《关于加快实施本市道路交通基础设施全生命周期管理的意见》的通知")
    notice = find_notice([title, "各相关单位:"])
    assert (notice.issuer, notice.wrapped, notice.end_line) == (
        "上海市交通委员会、上海市发展和改革委员会、上海市规划和自然资源局、上海市住房和城乡建设管理委员会、上海市公安局",
        "关于加快实施本市道路交通基础设施全生命周期管理的意见", 1)


def test_a_title_quoting_a_document_after_words_that_are_no_issuer_is_no_notice():
    assert find_notice(["请认真学习《关于加快发展本市保障性租赁住房的实施意见》的通知"]) is None


def test_undated_signature_of_seven_ministries_two_and_three_a_line_closes_the_notice():
    lines = ["为贯彻落实全国职业教育工作会议精神,特制定《职业学校教师企业实践规定》。现印发给你们,请遵照执行。",
             "执行中如遇问题,请及时反馈。", "教育部 国务院国有资产监督管理委员会",
             "国家发展和改革委员会 工业和信息化部 财政部", "人力资源和社会保障部 国家税务总局"]
    assert closing_signature(lines) == ("教育部、国务院国有资产监督管理委员会、国家发展和改革委员会、工业和信息化部、"
                                        "财政部、人力资源和社会保障部、国家税务总局")


def test_a_division_table_ending_in_a_unit_column_is_no_signature():
    lines = ["序号 重点任务 牵头单位", "1 完善综合竣工验收制度 市住房城乡建设管理委", "市规划资源局"]
    assert closing_signature(lines) is None


def test_export_title_with_ministries_apart_before_guanyu_names_them_as_joint_issuers():
    title = "教育部 中央宣传部 人力资源社会保障部关于做好2016年职业教育活动周相关工作的通知"
    meta = extract_metadata("各省、自治区、直辖市教育厅(教委):\n一、时间和主题\n1.时间:2016年5月8日至14日\n",
                            {"title": title})
    assert (meta.issuer, meta.admin_level) == ("教育部、中央宣传部、人力资源社会保障部", "national")


def test_export_title_of_one_office_keeps_one_issuer():
    meta = extract_metadata("一、持续推进高校毕业生就业。各地各高校要开发更多就业岗位。\n",
                            {"title": "教育部办公厅关于进一步做好高校毕业生 就业创业工作的通知"})
    assert (meta.title, meta.issuer) == ("教育部办公厅关于进一步做好高校毕业生就业创业工作的通知", "教育部办公厅")


# ------------------------------------------------------------------------------- scans of joint notices

_JOINT_SCAN = ("广西壮族自治区能源局\n文件\n国家能源局南方监管局\n桂能电力〔2024〕594号\n"
               "广西壮族自治区能源局国家能源局南方监管局关于做好电力市场化交易工作的通知\n各设区市电力主管部门:\n"
               + BODY + "特此通知。\n广西社族\nENZGIZ)\n国家能源局南方监管局\n广西壮族自治区能源局\n{date}\n"
               "(此件公开发布)\n广西壮族自治区能源局\n2024年12月26日印发\n")


def test_joint_signature_under_seals_takes_the_letterheads_order():
    meta = extract_metadata(_JOINT_SCAN.format(date="2024年12月21日"), {})
    assert meta.issuer == "广西壮族自治区能源局、国家能源局南方监管局"
    assert meta.issue_date == dt.date(2024, 12, 21)


def test_a_signature_date_a_scan_garbled_is_the_imprints_date():
    assert extract_metadata(_JOINT_SCAN.format(date="202年12月26日"), {}).issue_date == dt.date(2024, 12, 26)
    assert extract_metadata(_JOINT_SCAN.format(date="2024年12月2"), {}).issue_date == dt.date(2024, 12, 26)


def test_an_imprint_date_alone_is_no_written_date():
    # A seal page OCR made noise of leaves no 成文日期: the 印发 line's date is the printing's, not it.
    assert extract_metadata(_JOINT_SCAN.format(date="广西社族"), {}).issue_date is None


def test_a_regional_office_issuing_with_a_province_speaks_for_the_province():
    text = ("国家能源局南方监管局\n文件\n广东省能源局\n南方监能安全〔2025〕82号\n"
            "国家能源局南方监管局广东省能源局关于提升涉网安全能力的通知\n各地级以上市能源主管部门:\n" + BODY)
    meta = extract_metadata(text, {})
    assert (meta.issuer, meta.admin_level, meta.region) == (
        "国家能源局南方监管局、广东省能源局", "province", "广东省")


def test_the_addressees_say_the_level_of_a_document_naming_no_issuer():
    def level(addressees: str) -> tuple[str, str | None]:
        meta = extract_metadata(f"关于开展政策落实情况自查的通知\n{addressees}现就有关工作通知如下。\n{BODY}", {})
        return meta.admin_level, meta.region

    assert level("各市(州)、县(市、区)人民政府,省政府各部门、各直属机构:") == ("province", None)
    assert level("各县(市、区)人民政府,市直各部门:") == ("prefecture", None)
    assert level("各镇人民政府、各街道办事处,区政府各部门:") == ("county", None)
    assert level("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:") == ("national", None)
    assert level("各区有关部门:") == ("unknown", None)


def test_a_document_naming_no_issuer_and_no_place_has_the_level_its_kind_of_self_reference_names():
    # dev-l's 柳河 incentives: a county's page with no header, 我县/本县 throughout, its place named in passing.
    def level(text: str) -> tuple[str, str | None]:
        meta = extract_metadata(text, {})
        return meta.admin_level, meta.region

    county = "为推动旅游业发展,结合我县实际,制定本意见。\n一、景区建设\n1.本县新建景区给予奖励。\n2.我县民宿达标的给予补助。\n"
    assert level(county) == ("county", None)
    assert level(county.replace("我县", "我省").replace("本县", "全省")) == ("province", None)
    # 全市 and 全区 at their usual levels (a county-level city or a 自治区 names itself): a prefecture, a district
    assert level(county.replace("我县", "我市").replace("本县", "全市")) == ("prefecture", None)
    assert level(county.replace("我县", "我区").replace("本县", "全区")) == ("county", None)


def test_a_page_heading_above_a_title_opening_with_its_place_is_no_part_of_it():
    text = ("县级考核依据\n石城县2018年度河长制湖长制工作责任单位目标管理(绩效)考核细则\n"
            "序号\t考核项目\t各项分值\n1\t组织领导\t8\n" + BODY)
    meta = extract_metadata(text, {})
    assert (meta.title, meta.admin_level, meta.region) == (
        "石城县2018年度河长制湖长制工作责任单位目标管理(绩效)考核细则", "county", "江西省赣州市石城县")


def test_a_leading_group_signs_over_two_lines_above_the_note_of_the_seal_that_stands_for_its_own():
    """The line opening with 的 goes on with the long line above it; (…代章) stands between it and the date."""
    lines = ["请认真贯彻执行。", "河北省卫生健康委突发公共卫生事件", "的应急处置工作领导小组", "（河北省卫生健康委代章）",
             "2021年5月6日"]
    assert find_signature(lines) == ("河北省卫生健康委突发公共卫生事件的应急处置工作领导小组", dt.date(2021, 5, 6), 4)


def test_a_notice_title_a_page_cut_before_its_verb_still_wraps_the_document():
    """印发X的通知: the page dropped the issuer and 关于; the document is X."""
    notice = find_notice(["印发推动养老服务提质增效若干措施的通知", "各县（区）人民政府，市政府各部门："])
    assert (notice.title, notice.issuer, notice.wrapped) == (
        "印发推动养老服务提质增效若干措施的通知", None, "推动养老服务提质增效若干措施")


def test_a_decree_is_issued_by_the_body_its_heading_names_not_by_the_head_who_signs_it():
    text = ("某市政务数据管理办法\n中山市人民政府令\n（第16号）\n《中山市政务数据管理办法》已经市人民政府常务会议审议通过，现予公布。\n"
            "市长 张三\n2020年5月15日\n" + BODY)
    assert _meta(text)[1:] == ("中山市人民政府", None, dt.date(2020, 5, 15), "prefecture", "广东省中山市")


def test_a_report_headed_only_政府工作报告_takes_the_exports_fuller_title():
    text = "政府工作报告\n——2025年1月13日在河北省第十四届人民代表大会第三次会议上\n河北省人民政府省长 王五\n" + BODY
    assert _meta(text, {"title": "2025年河北省政府工作报告"})[:2] == ("2025年河北省政府工作报告", "河北省人民政府")
    assert _meta(text)[0] == "政府工作报告"


def test_a_notice_issuing_two_documents_is_titled_by_itself():
    text = ("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知\n"
            "皖政办秘〔2021〕82号\n各市人民政府,省政府各部门:\n"
            "《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划(2021-2023年)》已经省政府同意,现印发给你们。\n"
            "安徽省人民政府办公厅\n2021年9月2日\n支持工业互联网发展若干政策\n" + BODY
            + "安徽省工业互联网创新发展行动计划(2021-2023年)\n一、总体要求\n")  # both documents follow
    assert _meta(text)[0] == ("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划"
                              "(2021—2023年)的通知")


def test_a_signature_date_whose_year_month_and_day_marks_a_page_lost_is_read_where_only_one_day_fits():
    # quanzhou-agri-fund-rules-2019 (dev-ax), yongde (dev-bg), xingcheng (dev-bl): 2019610, 2021416, 20171116
    meta = extract_metadata("关于印发资金管理暂行规定的通知\n各县(市、区)财政局:\n现将《暂行规定》印发给你们。\n"
                            "泉州市财政局 泉州市农业农村局\n2019610\n", {})
    assert (meta.issuer, meta.issue_date) == ("泉州市财政局、泉州市农业农村局", dt.date(2019, 6, 10))
    assert date_only("20171116") == dt.date(2017, 11, 16)
    assert date_only("2019114") is None  # 1月14日 or 11月4日
    assert date_only("2019131") == dt.date(2019, 1, 31)  # no month 13
    assert date_only("2019132") is None and date_only("2021") is None  # neither 1月32日 nor 13月2日; a year alone


def test_a_compact_date_of_two_readings_is_the_one_before_the_page_was_published():
    # wuhan-hanyang-gov-report-tasks-2019 (dev-bk): 2019114 is 1月14日 or 11月4日; the page went up on 2019-01-14,
    # its date run into the field before it (点击量:1570发布于:…)
    text = ("阳政办〔2019〕1号—区人民政府办公室关于印发分解方案的通知\n点击量:1570发布于:2019-01-14 04:42\n"
            "各街办事处,区人民政府各部门:\n现将《分解方案》印发给你们。\n武汉市汉阳区人民政府办公室\n2019114\n")
    meta = extract_metadata(text, text_field_hints(text))
    assert (meta.issue_date, meta.published_date) == (dt.date(2019, 1, 14), dt.date(2019, 1, 14))
    # the body over that date signs the document: its place completes the headline's 区人民政府办公室
    assert (meta.issuer, meta.region) == ("武汉市汉阳区人民政府办公室", "湖北省武汉市汉阳区")
    later = text.replace("2019-01-14", "2019-12-01")  # both readings before the page's day: no telling which
    assert extract_metadata(later, text_field_hints(later)).issue_date is None


def test_an_annex_title_cut_short_at_the_end_of_a_notice_is_no_signature():
    # a county's notice whose page ends on its annex's first line: 附件1.2023年县政府 ends like a body but holds a year
    lines = ["西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知",
             "各镇人民政府,县政府各部门:", "现将任务分解一览表印发给你们,请认真抓好落实。", "附件1.2023年县政府"]
    assert closing_signature(lines) is None
    assert _meta("\n".join(lines))[1] == "西乡县人民政府"


def test_bodies_signing_by_their_short_names_are_the_cover_notices_bodies_named_in_full():
    text = ("上海市交通委员会 上海市公安局关于印发《高效办成大件运输“一件事”实施方案》的通知\n各有关单位:\n"
            "上海市交通委员会、上海市公安局联合制定《高效办成大件运输“一件事”实施方案》,现予印发,请遵照执行。\n"
            "市交通委 市公安局\n2025年4月1日\n高效办成大件运输“一件事”实施方案\n一、适用范围\n")
    assert _meta(text, {"publisher": "上海市交通委员会"})[1] == "上海市交通委员会、上海市公安局"


def test_the_body_and_date_right_below_a_title_are_the_pages_facts_the_notices_signature_follows():
    # jinhua-kaifaqu-heavy-pollution-plan-2024 (dev-eu): the page lists who posted it and when under the title
    lines = ["关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知", "金华市生态环境局金华经济技术开发区分局",
             "2024-03-01", "各乡镇人民政府、街道办事处,管委会各有关单位:",
             "《金华经济技术开发区重污染天气应急预案(2024年修订)》已经管委会同意,现印发给你们,请认真贯彻执行。",
             "金华经济技术开发区管理委员会党政综合办公室", "2024年2月29日", "金华经济技术开发区重污染天气应急预案(2024年修订)",
             "一、总则"]
    assert find_signature(lines) == ("金华经济技术开发区管理委员会党政综合办公室", dt.date(2024, 2, 29), 6)
    # …and they stand for the signature where the page keeps no other
    assert find_signature(lines[:5]) == ("金华市生态环境局金华经济技术开发区分局", dt.date(2024, 3, 1), 2)


def test_ten_bodies_signing_two_a_line_an_archives_among_them_all_issue():
    # anhui-newborn-one-thing-plan-2024 (dev-fr): a 档案馆 signs with the 档案局
    lines = ["关于印发《安徽省高效办成新生儿出生“一件事”实施方案》的通知", "各市卫生健康委、公安局:",
             "现将《安徽省高效办成新生儿出生“一件事”实施方案》印发给你们,请认真组织实施。",
             "安徽省卫生健康委员会 安徽省公安厅", "安徽省民政厅 国家税务总局安徽省税务局", "安徽省档案局 安徽省档案馆",
             "2024年6月7日"]
    bodies, date, _ = find_signature(lines)
    assert bodies.split("、") == ["安徽省卫生健康委员会", "安徽省公安厅", "安徽省民政厅", "国家税务总局安徽省税务局",
                                 "安徽省档案局", "安徽省档案馆"]
    assert date == dt.date(2024, 6, 7)


def test_a_seal_note_after_the_signer_on_its_line_and_a_document_approved_name_the_issuer_and_title():
    # hunan-farmland-grain-responsibility-2024 (dev-fs): 《X》已经省人民政府审定,现印发给你们; the signer's seal note on its line
    text = ("各市州落实耕地保护和粮食安全责任制考核工作机制,省直及中央在湘有关单位:\n"
            "《湖南省2024年度落实耕地保护和粮食安全责任制工作要点及责任分工》已经省人民政府审定,现印发给你们,请认真抓好贯彻落实。\n"
            "湖南省落实耕地保护和粮食安全责任制考核工作组办公室(湖南省粮食和物资储备局代章)\n2024年3月13日\n(此件公开发布)\n"
            "湖南省2024年度落实耕地保护和粮食安全\n责任制工作要点及责任分工\n一、严守耕地保护红线。严守耕地。\n")
    assert _meta(text)[:4] == ("湖南省2024年度落实耕地保护和粮食安全责任制工作要点及责任分工",
                               "湖南省落实耕地保护和粮食安全责任制考核工作组办公室", None, dt.date(2024, 3, 13))


def test_the_title_above_addressees_a_page_broke_over_two_lines():
    # neimenggu-one-thing-opinion-2024 (dev-fr): a flip-book page's heading, then the opinion's own heading
    lines = ["优化政务服务提升行政效能推动“高效办成一件事”的实施意见", "P. 1", "内蒙古自治区人民政府关于", "优化政务服务提升行政效能推动",
             "“高效办成一件事”的实施意见", "内政发〔2024〕15号", "各盟行政公署、市人民政府,自治区各委、办、厅、局,各大企", "业、事业单位:",
             "为深入贯彻落实国务院部署,现提出如下实施意见。"]
    assert title_above_addressees(lines) == "内蒙古自治区人民政府关于优化政务服务提升行政效能推动“高效办成一件事”的实施意见"
    assert title_above_addressees(lines[:7] + ["业、事业单位和各社会团体以及各有关方面:"] + lines[8:]) is None


def test_a_site_banner_naming_its_government_in_english_after_it_is_a_letterhead():
    # tieling-qinghe-supervision-notice-2023 (dev-fu)
    lines = ["清河区人民政府 The People's Government of Qinghe Municipality", "关于昌盛路环境整治工作“回头看”的通报"]
    assert letterhead_issuer(lines) == "清河区人民政府"
    assert letterhead_issuer(["清河区人民政府 Qinghe", "关于昌盛路环境整治工作“回头看”的通报"]) is None


def test_sixteen_departments_signing_one_a_line_the_central_bank_among_them():
    # national-data-elements-plan-2024 (dev-fx)
    bodies = ["国家数据局", "中央网信办", "科技部", "工业和信息化部", "交通运输部", "农业农村部", "文化和旅游部", "国家卫生健康委",
              "应急管理部", "中国人民银行", "金融监管总局", "国家医保局", "中国科学院", "中国气象局", "国家文物局", "国家中医药局"]
    lines = ["国数政策〔2023〕11号", "各省、自治区、直辖市数据管理部门:", "现印发给你们,请认真组织实施。", *bodies, "2023年12月31日"]
    assert find_signature(lines) == ("、".join(bodies), dt.date(2023, 12, 31), len(lines) - 1)


def test_a_signature_closing_a_notice_a_page_ran_into_one_line_signs_it():
    # jilin-education-work-points-2015 (dev-cj): the cover notice, its annex list and its signature on one line
    text = ("吉林省教育厅文件\n吉教发[2015]1号关于印发《吉林省教育厅2015年工作要点》的通知\n各市(州)教育局,各高等学校:\n"
            "现将《吉林省教育厅2015年工作要点》印发给你们,请结合实际,认真抓好贯彻落实。 附件:吉林省教育厅2015年工作要点 "
            "吉林省教育厅 2015年3月10日\n附件\n吉林省教育厅2015年工作要点\n一、加强党的建设\n")
    meta = extract_metadata(text, {})
    assert (meta.issuer, meta.issue_date) == ("吉林省教育厅", dt.date(2015, 3, 10))
    # a body and a day ending a sentence's line without a sentence's end before them sign nothing
    assert find_signature(["标题", "关于开展检查的通知", "检查由 吉林省教育厅 2015年3月10日"]) is None


def test_a_congress_session_s_presidium_signs_its_announcement():
    # xiangyang-baokang-livelihood-projects-2026 (dev-fq): …现予公告。 / 保康县第十九届人民代表大会第五次会议主席团 / 2025年12月27日
    meta = extract_metadata("保康县2026年民生实事项目\n大会表决通过了2026年民生实事项目,现予公告。\n"
                            "保康县第十九届人民代表大会第五次会议主席团\n2025年12月27日\n", {})
    assert (meta.issuer, meta.issue_date) == ("保康县第十九届人民代表大会第五次会议主席团", dt.date(2025, 12, 27))


def test_a_report_digest_is_dated_by_the_bracketed_day_a_heading_above_it_prints():
    # taizhou-jiangyan-gov-report-2026 (dev-ev): (江苏省)X政府工作报告(2026年1月13日) above the digest's own heading
    meta = extract_metadata("(江苏省)泰州市姜堰区2026年政府工作报告(2026年1月13日)\n泰州市姜堰区2026年政府工作报告(摘要版)\n"
                            "2025年及“十四五”工作回顾\n2025年,预计地区生产总值增长5.5%左右。\n", {})
    assert (meta.title, meta.issue_date) == ("泰州市姜堰区2026年政府工作报告(摘要版)", dt.date(2026, 1, 13))
    # a bracketed day after words that name no document dates nothing
    meta = extract_metadata("区长在会上讲话(2026年1月13日)\n泰州市姜堰区2026年政府工作报告(摘要版)\n一、工作回顾\n", {})
    assert meta.issue_date is None


def test_a_signature_run_on_after_the_notice_s_last_sentence_signs_it():
    # shaoyang-shaodong-shuangfeng-geohazard-plan-2022 (dev-dt): body, date and all on the notice's last line
    lines = ["邵双政发〔2022〕60号", "双凤乡人民政府关于修订印发《双凤乡突发性地质灾害应急预案(试行)》的通知", "各村、乡属各部门:",
             "新修订的《双凤乡突发性地质灾害应急预案(试行)》已经双凤乡人民政府同意,现印发给你们,请认真遵照执行。 "
             "邵东市双凤乡人民政府2022年2月27日"]
    assert find_signature(lines) == ("邵东市双凤乡人民政府", dt.date(2022, 2, 27), 3)


def test_a_signature_and_date_the_document_s_title_runs_on_after_sign_it():
    # acftu-labour-dispute-measures-2023 (dev-fh): …执行。中华全国总工会2023年12月28日工会参与劳动争议处理办法第一章…
    lines = ["中华全国总工会关于印发《工会参与劳动争议处理办法》的通知", "各省、自治区、直辖市总工会:",
             "《工会参与劳动争议处理办法》已经审议通过,现印发给你们,请认真贯彻执行。中华全国总工会2023年12月28日"
             "工会参与劳动争议处理办法第一章总则第一条为深入贯彻习近平法治思想,制定本办法。"]
    assert find_signature(lines) == ("中华全国总工会", dt.date(2023, 12, 28), 2)
    # …and where a PDF's text put the title, addressees and all but its first words on the second line
    lines = ["中华全国总工会关于印发《工会参与劳动争议处理办法》的通知总工发〔2023〕23号各省、自",
             "治区、直辖市总工会:《工会参与劳动争议处理办法》已经审议通过,现印发给你们,请认真贯彻执行。中华全国总工会"
             "2023年12月28日工会参与劳动争议处理办法第一章总则第一条为深入贯彻习近平法治思想,制定本办法。"]
    assert find_signature(lines) == ("中华全国总工会", dt.date(2023, 12, 28), 1)
    # …and where the day closes the line, no blank before the body
    lines = ["中华全国总工会关于印发《工会参与劳动争议处理办法》的通知", "各省、自治区、直辖市总工会:",
             "《工会参与劳动争议处理办法》已经审议通过,现印发给你们,请认真贯彻执行。中华全国总工会2023年12月28日",
             "工会参与劳动争议处理办法"]
    assert find_signature(lines) == ("中华全国总工会", dt.date(2023, 12, 28), 2)
    # wenzhou-shanfu-town-emergency-plan-2020 (dev-z): after the annex list, the plan's title runs on after the day
    lines = ["鹿山政〔2020〕72号", "关于印发山福镇突发公共事件总体应急预案(修订)的通知", "各村:",
             "现将预案印发给你们,请认真组织实施。 附件:山福镇突发公共事件总体应急预案(修订) 温州市鹿城区山福镇人民政府 "
             "2020年10月22日山福镇突发公共事件总体应急预案(修订)"]
    assert find_signature(lines) == ("温州市鹿城区山福镇人民政府", dt.date(2020, 10, 22), 3)
    # putian-chengxiang-industry-town-funds-2023 (dev-hi): the body run on after the annex list, 抄送 after the day
    lines = ["关于下达2023年市级农业产业强镇奖补资金的通知", "华亭镇人民政府:",
             "请你镇做好公告公示工作,附件:1.2023年市级农业产业强镇奖补资金分配表2.2023年市级农业产业强镇项奖补资金"
             "绩效目标表中共莆田市城厢区委乡村振兴工作领导小组办公室2023年5月19日抄送:区财政局"]
    assert find_signature(lines) == ("中共莆田市城厢区委乡村振兴工作领导小组办公室", dt.date(2023, 5, 19), 2)
    # beijing-xicheng-key-tasks-completion-2020 (dev-cn): a unit and a day inside a table row's sentence sign nothing
    row = "城镇登记失业率控制在1.5%以内。\t区人力社保局\t根据市人力社保局2020年9月16日下发的《关于调整统计制度有关问题的通知》要求"
    assert find_signature(["重点工作全年完成情况", "主要预期目标", row]) is None


def test_a_seal_signed_document_is_dated_by_the_day_above_its_publication_note():
    # xinjiang-economic-plan-2021 (dev-bc): the seal stands for the body; the day closes the annex list, and the
    # note of how the document is published stands below it
    text = "\n".join([
        "新疆维吾尔自治区人民政府 文件", "新政发〔2021〕19号", "关于印发2021年自治区国民经济和社会发展计划及主要指标的通知",
        "伊犁哈萨克自治州,各州、市人民政府:", "2021年自治区国民经济和社会发展计划已经审议通过,现印发给你们,请认真贯彻执行。",
        "附件:1.2021年自治区国民经济和社会发展计划 2.2021年自治区国民经济和社会发展计划主要指标 2021年2月28日",
        "(此件公开发布)", "附件1:", "2021年自治区国民经济和社会发展计划", "2021年是中国共产党成立100周年。",
    ])
    assert extract_metadata(text, {}).issue_date == dt.date(2021, 2, 28)
    # a day that is not right above the note dates nothing by it
    undated = text.replace("主要指标 2021年2月28日\n(此件公开发布)", "主要指标\n(此件公开发布)")
    assert extract_metadata(undated, {}).issue_date is None
