"""Normalization, step by step, on snippets of the samples and the field exports."""

from __future__ import annotations

import opencc
import pytest

from gongwen.normalize import (
    clean_text,
    fullwidth_to_halfwidth,
    join_spaced_characters,
    reduce_news_lead,
    remove_pinyin_annotations,
    remove_web_chrome,
    repair_gbk_mojibake,
    traditional_share,
)
from gongwen.normalize.lines import join_spaced_numbers
from gongwen.normalize.run_on import split_run_on_document
from gongwen.normalize.shared_pages import join_shared_pages
from gongwen.reading.text_fields import text_field_hints

# ------------------------------------------------------------------------------------------- pinyin


def test_pinyin_annotation_with_a_tone_mark_is_removed():
    text = "湖南省推進新型城鎮(zhèn)化工作領導小組辦公室關于征求《2021年湖南省新型城鎮(zhèn)化工作要點》"
    assert remove_pinyin_annotations(text) == (
        "湖南省推進新型城鎮化工作領導小組辦公室關于征求《2021年湖南省新型城鎮化工作要點》", 2
    )


def test_an_annotation_a_mirror_repeats_goes_whole():
    # national-coal-capacity-price-news-2023 (dev-bs): 電(dian)(dian)(dian)(dian), 場(chǎng)(chǎng)
    text = "煤(mei)電(dian)(dian)(dian)(dian)容(rong)量電(dian)價(jia)按照回(hui)收煤(mei)電機組;市場(chǎng)(chǎng)化"
    assert remove_pinyin_annotations(text) == ("煤電容量電價按照回收煤電機組;市場化", 8)


def test_real_brackets_survive_pinyin_removal():
    text = "聯(lián)系人:晁陽 88950076,,88950081(傳真);細顆粒物(PM2.5)濃度;(一)有序放開"
    assert remove_pinyin_annotations(text) == ("聯系人:晁陽 88950076,,88950081(傳真);細顆粒物(PM2.5)濃度;(一)有序放開", 1)


def test_a_mirror_s_pinyin_with_a_space_before_its_bracket_is_removed_and_its_traditional_words_converted():
    # a mirror of a State Council opinion: some words Traditional, each with its pinyin, one written `(huì )`
    text = ("國(guó)務(wù)院关于加快建立健全绿色低碳循环发展经济體(tǐ)系的指导意见\n"
            "在公共服务领域推广政府和社會(huì )资本合作模式,是转变政府职能的重要改革举措。")
    assert clean_text(text).text.split("\n") == [
        "国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见", "在公共服务领域推广政府和社会资本合作模式,是转变政府职能的重要改革举措。"]


# ----------------------------------------------------------------------------------------- mojibake


def test_mojibake_after_a_closing_bracket_becomes_full_stop_and_character():
    text = "《2021年湖南省新型城鎮化工作要點(征求意見稿)》?,F(xiàn)書面征求貴單位意見"
    assert repair_gbk_mojibake(text) == ("《2021年湖南省新型城鎮化工作要點(征求意見稿)》。現(xiàn)書面征求貴單位意見", 1)


def test_mojibake_over_a_long_run_is_realigned():
    text = "加強背街小巷等環境衛生死角整治??刂瞥鞘袦厥覛怏w排放,推動能源清潔低碳安全高效利用"
    assert repair_gbk_mojibake(text) == ("加強背街小巷等環境衛生死角整治。控制城市溫室氣體排放,推動能源清潔低碳安全高效利用", 1)


def test_mojibake_that_swallowed_an_opening_bracket_gets_it_back():
    text = "激發周邊地區的經濟活力和發展?jié)摿Α?省發改委、省工信廳等部門及各市州政府負責)"
    assert repair_gbk_mojibake(text) == ("激發周邊地區的經濟活力和發展潛力。(省發改委、省工信廳等部門及各市州政府負責)", 1)


def test_an_ordinary_question_mark_is_left_alone():
    text = "如何推进农业转移人口市民化?我们要坚持存量优先。"
    assert repair_gbk_mojibake(text) == (text, 0)


# ------------------------------------------------------------------------------------------ width


def test_fullwidth_ascii_becomes_halfwidth_but_chinese_punctuation_stays():
    text = "（一）常住人口城镇化率提升至６６％左右，见《方案》（湘政发〔2024〕15号）。责任单位：省公安厅、省教育厅"
    assert fullwidth_to_halfwidth(text) == (
        "(一)常住人口城镇化率提升至66%左右,见《方案》(湘政发〔2024〕15号)。责任单位:省公安厅、省教育厅"
    )


def test_clean_text_turns_ideographic_spaces_and_nbsp_into_trimmed_lines():
    assert clean_text("\u3000\u3000湖南省人民政府\xa0\r\n\r\n\r\n\u3000\u30002024年11月30日\n").text == (
        "湖南省人民政府\n2024年11月30日"
    )


def test_a_number_of_wan_or_yi_set_apart_from_the_words_before_it_is_joined_to_them():
    # nantong-tongzhou-rural-work-points-2025 (dev-gw): a PDF's spacing before a number, none after it
    lines = ["推进 3.1万亩绿色蔬菜保供基地建设。蔬菜播种面积 36万亩次、总产量 82.5万吨。", "办公室 2025年3月12日印发"]
    assert join_spaced_numbers(lines) == [
        "推进3.1万亩绿色蔬菜保供基地建设。蔬菜播种面积36万亩次、总产量82.5万吨。", "办公室 2025年3月12日印发"]
    # pingdingshan-gov-report-targets-2025 (dev-gy): a mirror's decimal point set apart; an item's number before a year stays
    assert join_spaced_numbers(["主要预期目标是:经济增长6 . 5%左右", "1. 2025年完成"]) == [
        "主要预期目标是:经济增长6.5%左右", "1. 2025年完成"]


def test_a_document_on_one_line_below_a_page_s_bars_is_broken_into_its_lines():
    # hangzhou-prehospital-emergency-opinion-2025 (dev-gv): the page's bars of | around its header, the body on one line
    bars = "| " + "|" * 150
    body = ("各区、县(市)人民政府,市政府各部门: 为加快推进我市院前医疗急救高质量发展,现制定如下实施意见。 一、总体要求 "
            "到2027年,全市平均急救反应时间城市地区不超过8分钟。 二、主要措施 (一)完善院前急救网络布局。 1.推进全域急救一体化。"
            "落实急救中心(站)医疗机构基本标准,推进院前急救职业化、标准化、数字化、一体化建设。[责任单位:市卫生健康委员会] "
            "2.科学规划急救站点。科学编制急救站点建设规划,将急救站点建设纳入国土空间规划。")
    text = f"{bars}\n杭州市人民政府办公厅关于推进院前医疗急救高质量发展的实施意见\n时间:2025-07-24 来源:市政府 {bars}\n{body}"
    broken, count = split_run_on_document(text)
    assert count == 1 and "\n1.推进全域急救一体化。" in broken and "\n2.科学规划急救站点。" in broken


def test_spaced_out_characters_are_joined():
    assert join_spaced_characters("浏阳市人民政府办公室 关于印发《浏阳市试点工作方案》的 通 知") == (
        "浏阳市人民政府办公室 关于印发《浏阳市试点工作方案》的通知"
    )
    assert join_spaced_characters("河南省人民政府省长 王凯") == "河南省人民政府省长 王凯"


# ----------------------------------------------------------------------------------------- script


def test_traditional_share_separates_the_scripts():
    traditional = "為統籌推進我省新型城鎮化工作,按照省委省政府工作部署,我辦研究起草了工作要點"
    simplified = "为统筹推进我省新型城镇化工作,按照省委省政府工作部署,我办研究起草了工作要点"
    assert traditional_share(simplified) == 0.0
    assert traditional_share(traditional) == 7 / 36  # 為統籌進鎮辦點 of 36 characters


def test_traditional_document_is_converted_and_marked():
    clean = clean_text("湖南省推進新型城鎮(zhèn)化工作領導小組辦公室\n2021年7月15日")
    assert clean.text == "湖南省推进新型城镇化工作领导小组办公室\n2021年7月15日"
    assert clean.script == "traditional"
    assert clean.flags == ("pinyin_removed:1", "converted_to_simplified")


# A Simplified sentence with 着 and 卫 (hunan-2024.txt, chenzhou-2025.txt): OpenCC's s2tw writes 著, s2hk 衞.
VARIANT_SENTENCE = "围绕着力解决农业转移人口市民化问题,推进城镇卫生服务均等化,让进城务工人员享有基本公共服务。"


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_every_traditional_variant_converts_back_to_its_simplified_twin(config):
    traditional = opencc.OpenCC(config).convert(VARIANT_SENTENCE)
    clean = clean_text(traditional)
    assert (clean.script, clean.text) == ("traditional", VARIANT_SENTENCE)


def test_taiwan_and_hong_kong_forms_are_written_as_the_mainland_simplifies_them():
    assert (opencc.OpenCC("s2tw").convert("着力"), opencc.OpenCC("s2hk").convert("卫生")) == ("著力", "衞生")
    assert clean_text("推進新型城鎮化,著力解決衞生服務問題").text == "推进新型城镇化,着力解决卫生服务问题"
    # chongqing-elderly-care-2019 (dev-cv): a PDF broke its line inside a pinyin annotation (實(sh / í)施方案)
    assert clean_text("推進養老服務發展實(sh\ní)施方案的通知").text == "推进养老服务发展实施方案的通知"
    # shaanxi-gov-report-2021 (dev-cw): a mirror page's 陜, a variant of 陝 OpenCC leaves alone
    assert clean_text("陜西省第十三屆人民代表大會第五次會議在西安開幕").text == "陕西省第十三届人民代表大会第五次会议在西安开幕"


def test_simplified_document_is_not_converted():
    clean = clean_text("郴州市人民政府\n2025年6月28日")
    assert (clean.text, clean.script, clean.flags) == ("郴州市人民政府\n2025年6月28日", "simplified", ())


# ----------------------------------------------------------------------------------------- chrome


def test_chrome_split_one_item_per_line_as_in_the_field_exports():
    henan = ["下载", "打印", "全屏", "收藏", "【字号:", "加大", "还原", "减小", "】", "2026年河南省政府工作报告",
             "来源:河南日报", "时间:2026-02-03", "河南省人民政府省长 王凯"]
    assert remove_web_chrome(henan) == (["2026年河南省政府工作报告", "河南省人民政府省长 王凯"], 11)


def test_breadcrumb_and_fields_split_over_lines_are_removed():
    ningxia = ["当前位置:", "首页", ">", "政务信息", ">", "宁夏要闻", "2026年宁夏回族自治区政府工作报告",
               "发表时间:", "2026-02-09 09:45:30", "来源:", "宁夏日报客户端", "阅读量:", "【字体:", "小", "中", "大",
               "】", "政府工作报告"]
    assert remove_web_chrome(ningxia) == (["2026年宁夏回族自治区政府工作报告", "政府工作报告"], 16)


def test_one_line_breadcrumb_does_not_take_the_title_with_it():
    lines = ["当前位置:首页 > 信息公开 > 政策法规 > 住房保障", "住房保障规划", "一、总体要求"]
    assert remove_web_chrome(lines) == (["住房保障规划", "一、总体要求"], 1)


def test_a_trail_of_crumbs_marked_with_double_chevrons_and_a_copy_button_are_chrome():
    # lishui-gov-report-responsibility-2023 and xinxiang-gov-report-digest-2024 (dev-dn): both ran into the title
    lines = [">>专题专栏>>归档专题>> 2023市政府重点工作(已归档)", "市政府工作报告重点工作责任分解(2023年)", "- 全文复制",
             "2024年政府工作报告(摘要)"]
    assert remove_web_chrome(lines) == (["市政府工作报告重点工作责任分解(2023年)", "2024年政府工作报告(摘要)"], 2)


def test_a_newspaper_s_page_lines_are_chrome_not_a_title_s_first_line():
    # zhangzhou-gov-report-2025 (dev-dr) and jinhua-gov-report-2025 (dev-ar): a report as a newspaper printed it
    lines = ["闽南日报/2025年/2月/5日/第002版要闻", "浙江日报 数字报纸", "第01版:头版", "版次:03 作者:2023年01月12日",
             "2021-08-06 第05版:五版 【字体】大 |默认 |", "政府工作报告", "托育机构保育指导大纲(试行)(第2版)"]
    assert remove_web_chrome(lines) == (["政府工作报告", "托育机构保育指导大纲(试行)(第2版)"], 5)


def test_footer_and_trailing_lists_are_removed():
    lines = ["重大事项及时向省委、省政府报告。"] * 4 + [
        "扫一扫在手机打开当前页",
        "【打 印】",
        "Copyright © 2015 www.cq.gov.cn All Rights Reserved. 重庆市人民政府版权所有 重庆市人民政府办公厅主办",
        "ICP备案:渝ICP备05003300号 国际联网备案:渝公网备500000012-00013",
        "主题相关文章",
        "重庆市公安局关于规范办理机关事业单位工作人员户口迁移的通知",
    ]
    assert remove_web_chrome(lines) == (["重大事项及时向省委、省政府报告。"] * 4, 6)


def test_a_sites_link_list_as_long_as_the_article_is_removed():
    # dev-u's 保定 report digest: 友情链接 and thirty-five links after a forty-line article
    body = ["坚持尽力而为、量力而行，把资金用在发展紧要处、民生急需上。"] * 40
    links = ["友情链接:", "国家级科技部门", "中国科技部", "各省科技厅", "河北省科技厅"] + ["北京市科委"] * 30
    assert remove_web_chrome(body + links) == (body, 35)
    assert remove_web_chrome(["添加时间 2026/2/12 15:20:47 浏览次数 4034 次", *body]) == (body, 1)
    # shenzhen-pingshan-gov-report-2022 (dev-ca): a news page's counters under its headline
    assert remove_web_chrome(["0浏览 评论0条", *body]) == (body, 1)


def test_info_and_toolbar_strips_are_removed_but_a_signature_date_is_kept():
    lines = [
        "2025-03-14 17:00 来源: 中国政府网 【字体:大 中 小】",
        "时间:2025-03-12 09:30 来源:区政府办 【字体:大 中 小】",
        "【我要纠错】 责任编辑:王洋",
        "国务院",
        "2025年3月10日",
        "2025-03-03 [打印] [关闭]",
    ]
    assert remove_web_chrome(lines) == (["国务院", "2025年3月10日"], 4)
    # national-holiday-notice-2025 (dev-go): the page's editor and end mark after the signature's day, no time of day
    assert remove_web_chrome(["国务院办公厅", "2024年11月12日 【编辑:梁异】 新闻结尾"]) == (["国务院办公厅", "2024年11月12日"], 0)
    assert remove_web_chrome(["2024年11月12日 10:05 来源: 中国新闻网"]) == ([], 1)  # a posting stamp goes whole


def test_site_breadcrumbs_attachment_links_and_section_names_are_removed():
    lines = [
        "您现在的位置:首页 >> 政府信息公开 >> 政府文件",
        "首页 > 政务公开 > 政策文件 > 市政府文件",
        "重庆市政府信息公开",
        "绵阳市人民政府关于进一步优化营商环境的实施意见",
        "附件下载:绵阳市优化营商环境重点任务清单.docx",
    ]
    assert remove_web_chrome(lines) == (["绵阳市人民政府关于进一步优化营商环境的实施意见"], 4)


def test_a_body_line_that_looks_like_a_field_label_is_kept():
    lines = ["时间:2021年7月至9月,开展动员部署。", "来源:国家统计局公布的常住人口数据,按年度更新。"]
    assert remove_web_chrome(lines) == (lines, 0)


# -------------------------------------------------------------------------------------- news lead

GUIZHOU_OPENING = [
    "日前,贵州省人民政府关于印发《贵州省落实以人为本的新型城镇化战略五年行动计划实施方案(2024—2028年)》的通知。"
    "文件提出,推动能源化工、大数据等产业积极参与绿色电力交易。",
    "实施5G网络加密行动,实现5G网络城区连续覆盖和重点场所深度覆盖,推动北斗应用融入城市建设管理,"
    "到2028年累计新建5G基站19万个。",
    "贵州省落实以人为本的新型城镇化战略五年行动计划实施方案(2024—2028年)",
    "一、总体要求",
    "(一)推进新型基础设施建设。到2028年累计新建5G基站19万个。",
]


def test_news_lead_is_cut_to_the_plan_and_keeps_the_notice_it_names():
    assert reduce_news_lead(GUIZHOU_OPENING) == (
        [
            "贵州省人民政府关于印发《贵州省落实以人为本的新型城镇化战略五年行动计划实施方案(2024—2028年)》的通知",
            "贵州省落实以人为本的新型城镇化战略五年行动计划实施方案(2024—2028年)",
            "一、总体要求",
            "(一)推进新型基础设施建设。到2028年累计新建5G基站19万个。",
        ],
        True,
    )


def test_a_document_that_is_not_a_news_article_keeps_its_opening():
    lines = ["各县市区人民政府:", "现将《郴州市实施方案》印发给你们,请认真贯彻落实。", "郴州市实施方案"]
    assert reduce_news_lead(lines) == (lines, False)


def test_clean_text_flags_the_news_lead():
    clean = clean_text("\n".join(GUIZHOU_OPENING))
    assert "news_lead_removed" in clean.flags
    assert clean.text.count("19万个") == 1  # the plan's, not the lead's restating it


# ------------------------------------------------------------------------------------- run-on lines

_ARTICLES = "".join(
    f"第{n}条\u00a0\u00a0承储企业应当按照国家有关规定做好市级储备粮的储存管理，确保数量真实、质量良好和储存安全，"
    "并接受市发展改革委和市财政局的监督检查。"
    for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五")
)
ANSHUN_RUN_ON = (
    "各县、自治县、区人民政府（管委会），市政府各工作部门：现将《安顺市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。"
    "安顺市人民政府2023年9月5日（此件公开发布）安顺市市级储备粮管理办法第一章\u00a0\u00a0总\u00a0\u00a0则"
    + _ARTICLES + "第十六条\u00a0\u00a0有下列情形之一的，可以动用市级储备粮：（一）粮食明显供不应求；（二）发生重大自然灾害。"
)


def test_a_document_a_capture_ran_onto_one_line_gets_its_lines_back():
    # 安顺市人民政府's notice as a scraper stored it: no line break at all, articles set apart by blanks.
    lines = clean_text(ANSHUN_RUN_ON).text.split("\n")
    assert lines[1:6] == ["安顺市人民政府", "2023年9月5日", "(此件公开发布)", "安顺市市级储备粮管理办法", "第一章总则"]
    assert lines[6].startswith("第一条 承储企业") and lines[21] == "第十六条 有下列情形之一的,可以动用市级储备粮:"
    assert lines[22:] == ["(一)粮食明显供不应求;", "(二)发生重大自然灾害。"]


def test_a_long_paragraph_citing_articles_is_left_whole():
    paragraph = "依照本办法第三条、第五条和第九条的规定，" + "承储企业应当做好市级储备粮的储存管理。" * 60
    assert clean_text(paragraph).text == fullwidth_to_halfwidth(paragraph)


def test_sentences_numbered_with_circled_numbers_inside_a_paragraph_are_its_items():
    # dev-u's 高阳县2019年政府工作报告: ① … ⑤ open sentences of a paragraph, or sentences of a list after 分别是：
    text = ("一年来，我们认真落实市委、市政府要求，为对接服务雄安新区规划建设提供了有力保障。①加强房地产管控。坚持定位。"
            "②加强规划管控。严格审批。\n"
            "涉及我们高阳有2项，分别是：①现有20万吨污水处理厂深度治理工程。抓紧进行再升级再提标；"
            "②日处理污水6万吨的污水处理厂三期工程。加紧推进实施。\n"
            "按照五个标准制定各村保洁员额度：①每30户/1名保洁员；②每个村宅公厕/1名保洁员。\n")
    cleaned = clean_text(text)
    assert cleaned.text.split("\n") == [
        "一年来,我们认真落实市委、市政府要求,为对接服务雄安新区规划建设提供了有力保障。", "①加强房地产管控。坚持定位。",
        "②加强规划管控。严格审批。", "涉及我们高阳有2项,分别是:", "①现有20万吨污水处理厂深度治理工程。抓紧进行再升级再提标;",
        "②日处理污水6万吨的污水处理厂三期工程。加紧推进实施。",
        "按照五个标准制定各村保洁员额度:①每30户/1名保洁员;②每个村宅公厕/1名保洁员。"]
    assert "circled_items_split:2" in cleaned.flags


def test_a_character_lost_before_a_line_is_dropped():
    # dongshan-street-rural-governance-2020: a page's icon before its headline, saved as `?`
    assert clean_text("?东山街道乡村治理体系建设试点示范工作实施方案\n为深入贯彻…,制定本方案。\n").text.split("\n")[0] == (
        "东山街道乡村治理体系建设试点示范工作实施方案")
    assert clean_text("是否达标?\n").text == "是否达标?"  # a question mark that ends a line stays


def test_toneless_pinyin_is_removed_where_a_text_holds_many():
    # national-elderly-childcare-opinion-2020: a mirror annotating characters without tone marks
    text = "國務(wu)院(yuan)辦公(gong)廳關于促進\n國辦發(fa)〔2020〕52號\n各省(sheng)、自(zi)治(zhi)區人民政府:\n"
    assert remove_pinyin_annotations(text) == ("國務院辦公廳關于促進\n國辦發〔2020〕52號\n各省、自治區人民政府:\n", 7)
    assert remove_pinyin_annotations("附件(a)和附件(b)")[1] == 0  # a few letters in brackets are no pinyin
    # qingdao-15th-plan-proposal-note-2025 (dev-fl): a neutral tone carries no mark, among toned annotations
    text = "關於《中共青島市委(wěi)關於製定第(dì)十五個五年規劃的建議》的(de)說明\n《中(zhōng)共青島市委關於(yú)製定》\n"
    assert remove_pinyin_annotations(text) == ("關於《中共青島市委關於製定第十五個五年規劃的建議》的說明\n《中共青島市委關於製定》\n", 5)


def test_a_forums_anti_copy_noise_is_removed():
    # national-medical-group-pilot-list-2023: a forum's repost with Discuz's hidden jammer strings
    text = ("关于印发紧密型城市医疗集团试点城市名单的通知( _8 M1 x* {3 N# y1 D9 w\n国卫办医政函〔2023〕199号/ G; t3 d8 f* N* I# ~\n"
            ") m9 s. G4 T3 T3 H国家疾控局综合司* j- l, J: F+ X: x& u c' e( h j( c\n2023年5月26日\n")
    assert clean_text(text).text == ("关于印发紧密型城市医疗集团试点城市名单的通知\n国卫办医政函〔2023〕199号\n国家疾控局综合司\n"
                                     "2023年5月26日")
    assert clean_text("PM2.5 5G A B C D 1 2 3 4\n").text == "PM2.5 5G A B C D 1 2 3 4"  # no noise


def test_a_mirrors_mark_set_between_words_throughout_is_removed():
    # dev-hd national-port-trade-facilitation-notice-2021: a mirror inserting @@ between words (GBK)
    text = ("各省@@、自治区@@、直辖市人@@民政府@@:\n为落实党中央@@、国务院决策部署@@,深化@@“放管服@@”改革@@,进一@@步深化@@跨境"
            "贸易便利化改革@@@@、优化口岸营商环境@@@@,现将有关事宜通知如下@@。\n一@@、总体要求@@\n(一@@)指导思想@@。\n")
    assert clean_text(text).text == ("各省、自治区、直辖市人民政府:\n为落实党中央、国务院决策部署,深化“放管服”改革,进一步深化跨境"
                                     "贸易便利化改革、优化口岸营商环境,现将有关事宜通知如下。\n一、总体要求\n(一)指导思想。")
    # a mark or two in a real text stays: an e-mail address, a Markdown rule
    assert clean_text("联系邮箱:office@@example.cn\n各地要加强领导。\n").text == "联系邮箱:office@@example.cn\n各地要加强领导。"


def test_a_doc_number_below_an_empty_page_label_is_kept():
    # gansu-economic-reform-points-2012: • 来源: (no value) and then the document's own 文号
    text = ("欢迎访问甘肃经济信息网!\n首页 / 文件汇编/ 正文\n甘肃省人民政府关于批转X的通知\n  • 时间:2012-04-28\n  • 来源:\n\n"
            "甘政发〔2012〕53号\n\n各市、自治州人民政府,省政府各部门:\n  省政府同意X,现转发给你们,请认真贯彻执行。\n")
    cleaned = clean_text(text).text
    assert "甘政发〔2012〕53号" in cleaned.split("\n")
    assert "来源" not in cleaned


def test_a_site_s_menu_and_an_item_of_it_repeated_on_its_own_line_are_chrome():
    # national-public-service-plan-2021: 地名查询, an item of the menu, stands above the plan's heading
    text = ("首页 | 政策法规 | 行政区划 | 理论研究 | 工作动态 | 地名查询\n地名查询\n“十四五”公共服务规划\n"
            "第一章 规划背景\n“十四五”时期,我国将进入新发展阶段。\n")
    assert clean_text(text).text.split("\n")[0] == "“十四五”公共服务规划"
    # a table's row of short cells is no menu (its cells are kept, set apart by tabs)
    row = "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限"
    assert row.replace(" | ", "\t") in clean_text(f"{row}\n1 | 完善城市管理体制。 | 市委编办 | 市住建局 | 2016年底前\n").text


def test_a_table_of_contents_above_the_parts_it_lists_is_dropped():
    # xingcheng-water-pollution-emergency-plan-2017: a 应急预案's contents, then its parts
    text = ("兴城市突发水污染事件应急预案\n目录\n1 总则\n1.1编制目的\n1.2编制依据\n2 组织指挥体系\n2.1组织机构\n"
            "1 总则\n1.1编制目的\n为建立健全兴城市突发水污染事件应急响应机制,制定本预案。\n1.2编制依据\n依据有关法律法规。\n")
    cleaned = clean_text(text)
    assert cleaned.text.split("\n") == ["兴城市突发水污染事件应急预案", "1总则", "1.1编制目的",
                                        "为建立健全兴城市突发水污染事件应急响应机制,制定本预案。", "1.2编制依据", "依据有关法律法规。"]
    assert "table_of_contents_removed:6" in cleaned.flags
    # suizhou-heavy-pollution-weather-plan-2019 (dev-em): the title repeated between the contents and the first part
    text = ("随州市重污染天气应急预案\n目录\n1总则\n1.1编制依据\n1.2适用范围\n2组织机构与职责\n2.1市指挥部及职责\n"
            "随州市重污染天气应急预案\n1总则\n1.1编制依据\n《中华人民共和国大气污染防治法》等。\n")
    assert clean_text(text).text.split("\n")[:3] == ["随州市重污染天气应急预案", "1总则", "1.1编制依据"]
    plain = "一、总体要求\n二、重点任务\n三、保障措施\n四、组织实施\n五、附则\n"  # headings alone, none repeated: kept
    assert clean_text(plain).text.split("\n") == plain.split("\n")[:-1]
    # urumqi-etdz-toutunhe-14th-plan-2021 (dev-eh), zhangye-transport-plan-2022 (dev-hh): a page cut after its
    # contents (headings with commas, or leaders to their pages), before the first part: the contents go
    cover = "头屯河区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n2021年1月27日\n目 录\n"
    contents = ("第一章 把握发展机遇,开启全面建设社会主义现代化新征程\n第一节 经济社会发展取得重大成就\n"
                "第二节 发展环境面临深刻复杂变化\n第二章 坚持创新驱动发展,培育发展新优势……………………12\n"
                "第一节 深入实施创新驱动发展战略……………………12\n（一）培育路衍经济产业集群………………28\n（二）实\n")
    cleaned = clean_text(cover + contents)
    assert cleaned.text.split("\n") == cover.split("\n")[:2]
    assert "table_of_contents_removed:8" in cleaned.flags
    # a sentence among them: no contents
    assert "第二节" in clean_text(cover + contents + "第三节 这是一句话。\n").text
    # xianning-tongcheng-gov-report-2026 (dev-fl): a report's outline, no label, then its title, the salutation and
    # opening, then its first part: the outline goes, the title and opening stay
    outline = ("一、2025年工作回顾\n（一）抓实产业提质\n（二）抓实创新驱动\n（三）抓实动力培育\n二、“十五五”发展目标任务\n"
               "（一）坚持稳中求进\n（二）坚守实体经济\n三、奋力实现良好开局\n（一）以扩大内需为牵引\n（二）以科技创新为驱动\n")
    body = ("2026年通城县政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告政府工作。\n一、2025年工作回顾\n"
            "这五年,县政府攻坚克难。\n")
    assert clean_text(outline + body).text.split("\n") == body.split("\n")[:-1]
    # national-public-service-plan-2021 (dev-an): a preface's name among the contents, the page cut after them
    preface = "“十四五”公共服务规划\n目录\n序言\n" + "".join(f"第{n}章 规划背景{n}\n第一节 发展基础{n}\n" for n in "一二三")
    assert clean_text(preface).text.split("\n") == ["“十四五”公共服务规划"]
    # shaanxi-jiguan-affairs-work-points-2026 (dev-fo): an outline of two levels at the head of a page, no label, then
    # the title and the opening paragraph, the page cut before the first part
    heads = "".join(f"{part}、坚持以{word}为统领\n（一）突出{word}建设\n（二）强化{word}管理\n"
                    for part, word in zip("一二三", ("政治建设", "资产管理", "预算绩效"), strict=True))
    opening = "市机关事务服务中心2026年度工作要点\n2026年是“十五五”规划的开局之年。机关事务工作总体要求是:以\n"
    assert clean_text(heads + opening).text.split("\n") == opening.split("\n")[:-1]
    # a list of one level (the projects of a year) is no outline
    projects = "".join(f"{n}.实施{word}工程\n" for n, word in enumerate("甲乙丙丁戊己庚辛", 1))
    assert clean_text("2024年民生实事项目\n" + projects).text.count("工程") == 8
    # a table a capture wrote one cell a line repeats its figures: no outline
    cells = "友谊路街道\n60\n75\n1\n28.16\n29.66\n14.08\n1\n3\n张庙街道\n60\n"
    assert clean_text(cells).text.split("\n") == cells.split("\n")[:-1]


def test_contents_with_leaders_to_their_pages_are_matched_to_the_parts_by_their_words():
    # hangzhou-xihu-zero-waste-city-plan-draft-2020 (dev-hp): every entry carries its page (一、总则... 1), some a comma;
    # the first part (一、总则) follows the last entry
    contents = ("目录\n一、总则... 1\n（一）指导思想... 1\n（二）基本原则... 1\n二、主要实施任务... 4\n"
                "（一）坚决落实碧水保卫战,确保废水无直排... 13\n（二）深入实施蓝天保卫战,力争废气无臭味... 14\n")
    body = "西湖区“无废城市”建设实施方案\n一、总则\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
    cleaned = clean_text(body.split("\n")[0] + "\n" + contents + "\n".join(body.split("\n")[1:]))
    assert cleaned.text == clean_text(body).text
    assert "table_of_contents_removed:7" in cleaned.flags


def test_a_sharing_sites_page_numbers_go_and_its_pages_run_on():
    # xinmin-gov-report-2022 (dev-bu), sichuan-chengdu-waste-sorting-division-2021 (dev-av): 淘文阁, 第壹文秘
    text = ("《2022政府工作报告_市政府工作报告_22.docx》由会员分享,可在线阅读。\n"
            "1、政府工作报告 各位代表: 一、2022年工作回顾 (一)坚决不移抓发展,综合实\n"
            "2、力显著提升。农业经济稳步增长。\n3、(二)坚持改革开放。\n")
    assert join_shared_pages(text) == (
        "《2022政府工作报告_市政府工作报告_22.docx》由会员分享,可在线阅读。\n"
        "政府工作报告 各位代表: 一、2022年工作回顾 (一)坚决不移抓发展,综合实力显著提升。农业经济稳步增长。(二)坚持改革开放。\n", 2)
    # a document's own items, with no sharing site's line at its head, are no pages
    items = "一、工作任务\n1、加强领导。\n2、压实责任。\n"
    assert join_shared_pages(items) == (items, 0)
    # unnamed-township-work-points-2023 (dev-hp): no such line, but the text is its pages alone, each long and cut
    # mid-sentence; a list of long items each closing its sentence is no pages
    first = "1、乡镇2023年工作要点 " + "乡党委政府将在县委、县政府的领导下做强产业。" * 10 + "坚决禁用高度"
    assert join_shared_pages(first + "\n2、高残农药,实现无公害茶叶。\n") == (first[2:] + "高残农药,实现无公害茶叶。\n", 1)
    listed = "1、" + "加强组织领导,压实各方责任。" * 15 + "\n2、强化督查考核。\n"
    assert join_shared_pages(listed) == (listed, 0)


def test_a_table_a_capture_wrote_with_pipes_is_read_as_rows_of_cells_below_an_empty_field_label():
    # a county page: its field block ends with an empty 浏览次数: label, and the table right below it is the document
    text = ("开化县2023年度重点工作清单\n时间:2023-12-22 17:46\n来源:\n开化县\n浏览次数:\n"
            "序号 | 工作事项 | 进度安排 | 进展情况 |\n1 | 启动综合体建设。 | 5月底前开工。 | 已完成。 |\n"
            "2 | 壮大金融服务业。 | 3月底前召开会议。 | 已完成。 |\n说明 | 见附件\n")
    assert clean_text(text).text.split("\n") == [
        "开化县2023年度重点工作清单", "序号\t工作事项\t进度安排\t进展情况", "1\t启动综合体建设。\t5月底前开工。\t已完成。",
        "2\t壮大金融服务业。\t3月底前召开会议。\t已完成。", "说明 | 见附件"]


def test_a_portal_s_top_bar_and_the_kind_of_page_it_shows_are_chrome():
    # wuhan-donghu-hitech-work-report-2024 (dev-cq), beijing-xicheng-key-tasks-completion-2020 (dev-cn)
    text = "智能问答   |   无障碍浏览   |   长者专区   |   ENGLISH\n信息详情\n东湖高新区2024年工作报告\n一、2023年工作回顾\n"
    assert clean_text(text).text.split("\n")[0] == "东湖高新区2024年工作报告"


def test_runs_of_question_marks_a_page_wrote_for_its_blanks_are_blanks():
    # mudanjiang-chronic-disease-plan-2018 (dev-bg), dali-yunlong-funeral-plan-2020 (dev-dg): blanks (U+3000) saved
    # as ? by an encoding without them; the signature and its date are read again
    text = ("??經市政府同意,現將《牡丹江市防治慢性病中長期規劃(2018—2025年)》印發給你們,請認真貫徹執行。\n"
            "??牡丹江市人民政府辦公室\n??2018年5月14日\n")
    assert clean_text(text).text.splitlines() == [
        "经市政府同意,现将《牡丹江市防治慢性病中长期规划(2018—2025年)》印发给你们,请认真贯彻执行。",
        "牡丹江市人民政府办公室", "2018年5月14日"]
    # a single ? (a question, or a lost character) stays; a run inside a line marks GBK mojibake, repaired
    assert "是否达标?" in clean_text("各地要自查是否达标?请于月底前报送。\n").text
    assert "整治。控制城市温室气体排放" in clean_text(
        "加强背街小巷等环境衛生死角整治??刂瞥鞘袦厥覛怏w排放,推动能源清洁低碳安全高效利用。\n").text


def test_quotes_a_page_lost_as_double_semicolons_are_quotes_again():
    # guangyuan-gov-report-2016 (dev-ck, from 公文搜): “十二五” written ;;十二五;; — its review heading was not read
    # as one, and the results of the five years under it were published as targets
    lines = clean_text("各位代表:\n;;十二五;;主要成就及2015年工作回顾\n;;十二五;;时期,是我市经济社会取得长足发展的五年。\n"
                       ).text.splitlines()
    assert lines[1:] == ["“十二五”主要成就及2015年工作回顾", "“十二五”时期,是我市经济社会取得长足发展的五年。"]
    assert clean_text("分值;;备注\n").text == "分值;;备注"  # around no run of Chinese: as written


def test_a_full_stop_a_page_wrote_as_a_period_after_chinese_text_is_one():
    # suzhou-changshu-gov-work-tasks-2018 (dev-di): the page ends its sentences with `.`; the targets in its task
    # table (一般公共预算收入增长8%以上.) were not read
    text = "请认真组织实施.市政府将对各项目标任务实施动态管理.\n2\t\t一般公共预算收入增长8%以上.\t财政局\n一.总体要求\n增长1.5%.\n"
    assert clean_text(text).text.splitlines() == [
        "请认真组织实施。市政府将对各项目标任务实施动态管理。", "2\t\t一般公共预算收入增长8%以上。\t财政局", "一.总体要求", "增长1.5%。"]


def test_punctuation_a_pdf_font_wrote_as_its_gb2312_code_is_that_punctuation():
    # qinghai-finance-reform-undated (dev-df): a transcription of a PDF whose font gave ， and 。 their GB2312 codes as
    # Unicode (U+A3AC ꎬ, U+A3AE ꎮ, Yi syllables), every character set apart, 《》 written «»: no sentence was read
    text = "现 印 发 给 你 们 \ua3ac 请 认 真 贯 彻 执 行 \ua3ae «青 海 省 金 融 改 革 若 干 政 策 措 施»\ua3ac 已 经 省 政 府 同 意 \ua3ae\n"
    assert clean_text(text).text == "现印发给你们,请认真贯彻执行。《青海省金融改革若干政策措施》,已经省政府同意。"
    # a Yi syllable not after Chinese text stays
    assert "\ua3ac" in clean_text("ꀀ\ua3ac 彝文\n").text


def test_a_field_label_over_an_empty_cell_gives_no_hint():
    # qinghai-finance-reform-undated (dev-df): `标题` over the `|` of an empty cell was read as the title `|`
    assert "title" not in text_field_hints("标题\n|\n|\n正文\n")


def test_a_field_left_empty_runs_into_the_next_which_is_still_read():
    # lishui-gov-report-responsibility-2023 (dev-dn): 浏览次数: had no count; 信息来源 names the publisher
    hints = text_field_hints("市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01浏览次数:信息来源:丽水市政府\n")
    assert hints["publisher"] == "丽水市政府"


def test_a_site_s_menus_saved_as_numbered_lists_are_chrome_but_a_document_s_short_items_are_not():
    # neimenggu-agri-investment-rules-2025 (dev-dl): the site's menus, numbered afresh under each heading, were read
    # as seven tasks, and the title below them was lost
    menus = ["1. 现行有效行政规范性文件库", "1. 目录", "2. 旗人民政府", "3. 旗人民政府办公室", "1. 旗政府工作部门",
             "2. 苏木镇人民政府", "1. 国民经济和社会发展规划", "2. 专项规划", "微博 qq 空间"]
    assert remove_web_chrome([*menus, "内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则"]) == (
        ["内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则"], 9)
    # a plan's contents (1.总则 / 1.1编制目的 …) and a list counting on are kept
    contents = ["1.总则", "1.1编制目的", "1.2编制依据", "2.组织机构", "2.1应急组织机构", "2.2职责", "3.监测预警",
                "3.1日常监测", "3.2预警"]
    assert remove_web_chrome(contents) == (contents, 0)
    items = [f"{n}.{name}" for n, name in enumerate(["总体要求", "主要目标", "重点任务", "保障措施", "组织领导",
                                                      "资金保障", "督查考核", "宣传引导", "附则"], start=1)]
    assert remove_web_chrome(items) == (items, 0)


def test_a_body_carried_twice_is_read_once():
    # fujian-industry-leadership-division-2017 (dev-fh): a scraper's row printing its content column twice
    body = ("各处室(局)、派出机构、直属单位:经研究,现将省经信委领导工作分工通知如下:"
            "一、翁玉耀党组书记、主任:主持委全面工作。二、梁伟新党组副书记、副主任:协助分管国防科技工业、装备工业、规划和投资工作。"
            "三、李长根党组成员、省纪委驻省经信委纪检组组长:负责纪检、监察工作。四、郭学军副主任:协助分管企业改革与发展、中小企业工作。"
            "五、陈建业党组成员、副主任:协助分管电子信息产业、软件与服务业、生产服务业、信息化工作。"
            "六、李志忠党组成员、总工程师:协助分管经济运行、能源工业、消费品工业工作。福建省经济和信息化委员会 2017年7月21日")
    cleaned = clean_text(f"[3b27c1f9,null,关于省经信委领导工作分工的通知,{body},政务,2017-08-15 19:05:47,0,MENHU,null,{body}]")
    assert cleaned.text.count("翁玉耀") == 1
    assert any(flag.startswith("repeated_body_removed") for flag in cleaned.flags)
    # a joint document's bodies named above and again signing it are no body repeated (a few short lines)
    bodies = "重庆市经济和信息化委员会\n重庆市财政局\n重庆市商务委员会\n重庆市交通运输委员会\n重庆市生态环境局\n"
    joint = clean_text(bodies + "关于推动新能源汽车推广应用的通知\n各区县人民政府:\n为推动新能源汽车推广应用,现通知如下。\n" + bodies)
    assert joint.text.count("重庆市财政局") == 2


def test_a_title_with_the_page_s_fields_after_it_on_its_line_gives_both():
    # fujian-culture-tourism-plan-2022 (dev-fg): a news site's heading line
    hints = text_field_hints("福建省“十四五”文化和旅游改革发展专项规划 发布时间:2022-04-15 17;12\n中商情报网讯:…\n")
    assert hints["title"] == "福建省“十四五”文化和旅游改革发展专项规划"
    assert hints["page_publish_date"] == "2022-04-15 17;12"
    # words before a field that end with no kind of document are no title
    assert "title" not in text_field_hints("福建省文化和旅游厅 发布时间:2022-04-15\n")
