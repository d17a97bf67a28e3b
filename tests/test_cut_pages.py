"""Pages cut off after a few thousand bytes and PDFs' spaced text (gongwen issue 9, dev-ah … dev-aj): a news lead
whose figures the cut page no longer repeats, a notice's own paragraphs before its plan's items, ordinals and unit
names a PDF's text spaced, a progress report's months."""

from __future__ import annotations

from gongwen.indicators import extract_figures
from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.normalize.news_lead import reduce_news_lead
from gongwen.tasks.extract import extract_tasks
from gongwen.vocabulary import ACTUAL, TARGET

# xian-gov-report-2025: a news page over the notice that issues the report, the report cut after its first lines
_LEAD = ["3月28日,西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知。",
         "其中提到,2024年,西安市建成投用变电站20座,城市电网供电能力达到1600万千瓦。",
         "原文如下:"]
_NOTICE = ["西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知",
           "各区、县人民政府,市人民政府各工作部门、各直属机构:",
           "叶牛平市长在市十七届人大六次会议上所作的《政府工作报告》已经大会审议通过,现印发给你们,请认真抓好落实。",
           "西安市人民政府", "2025年3月28日", "政府工作报告", "——2025年3月25日在西安市第十七届人民代表大会第六次会议上"]


def test_a_news_lead_is_cut_at_the_notice_issuing_what_it_names_when_the_text_restates_its_figures():
    body = ["2024年,全市建成投用变电站20座,城市电网供电能力达到1600万千瓦。"]
    lines, cut = reduce_news_lead(_LEAD + _NOTICE + body)
    assert cut and lines[0] == _NOTICE[0]


def test_a_news_lead_whose_figures_the_cut_page_lacks_is_kept():
    lines, cut = reduce_news_lead(_LEAD + _NOTICE)
    assert not cut and lines == _LEAD + _NOTICE


def test_the_plan_s_items_after_a_notice_s_own_paragraphs_are_not_theirs():
    # heze-kinetic-energy-division-2023: the notice's three paragraphs, then the plan's first item
    text = ("菏政办字〔2023〕1号\n各县区人民政府,市政府各部门:\n现将有关事项通知如下。\n"
            "一、高度重视,认真研究政策。各县区、各部门要认真落实党中央、国务院决策部署。\n"
            "二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项,制定工作推进方案。\n"
            "三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。\n"
            "1.菏泽市深化新旧动能转换取得重大突破,形成一批可复制可推广的成功经验。(牵头单位:市发展改革委)\n")
    tasks = extract_tasks(clean_text(text).text)
    assert [task.heading for task in tasks] == ["高度重视,认真研究政策", "压实责任,推动工作落实", "加强督导,健全推进机制",
                                                "菏泽市深化新旧动能转换取得重大突破,形成一批可复制可推广的成功经验"]


def test_items_under_a_heading_paragraph_that_introduces_them_stay_its_items():
    # near miss: a paragraph that ends with a colon introduces the items below it
    text = ("一、加快发展。推进产业升级。\n二、扩大开放。推进对外合作。\n三、重点任务。围绕以下方面抓好落实:\n"
            "1.建设产业园区。(责任单位:市发展改革委)\n2.培育龙头企业。(责任单位:市工业和信息化局)\n")
    tasks = extract_tasks(clean_text(text).text)
    assert [task.path for task in tasks][-2:] == ["3.1", "3.2"]


def test_ordinals_and_unit_names_a_pdf_s_text_spaced_are_read_whole():
    # xinmi-gov-report-tasks-2021: `1 .` and `伏羲 山管委会`
    text = ("一 、 承担的2021年省政府工作报告重点工作任务及责任分解\n1 . 严格管控地方政府债务,切实保障“三保”支出。\n"
            "责任单位:市财政局\n2 . 强化县城综合承载能力,满足农村人口向县城转移的需求。\n"
            "责任单位: 市发展改革委、住建局, 各乡镇政府、街道办事处 、伏羲 山管委会\n")
    tasks = extract_tasks(clean_text(text).text)
    assert [[unit.unit for unit in task.units] for task in tasks] == [
        ["市财政局"], ["市发展改革委", "住建局", "各乡镇政府", "街道办事处", "伏羲山管委会"]]


def test_a_list_bullet_is_no_part_of_a_line():
    assert clean_text("• 新密市人民政府办公室 关于认真做好重点工作任务落实的通知\n正文。").text.startswith("新密市人民政府办公室")


def test_figures_of_the_months_a_progress_report_covers_are_actuals():
    # shaoxing-key-work-progress-2020: the task's target, then its progress
    text = ("确保地区生产总值增长7%左右。\n1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点。\n"
            "截至3月底,全市新开工项目36个。\n")
    kinds = [(figure.value, figure.kind) for figure in extract_figures(clean_text(text).text, 2020)]
    assert kinds == [(7.0, TARGET), (12.7, ACTUAL), (1.7, ACTUAL), (36.0, ACTUAL)]


def test_a_page_without_its_plan_s_title_line_takes_the_title_a_sentence_or_a_news_lead_names():
    # jining-jinxiang-key-work-division-2025; national-transport-power-action-plan-2023
    county = ("各镇政府,各街道办事处,县政府各部门:\n为全面完成县十八届人大四次会议确定的各项任务,县政府研究确定了"
              "《2025年金乡县政府重要工作事项责任分工》,现印发给你们,请认真抓好落实。\n一、经济发展\n")
    news = ("日前,交通运输部、国家铁路局、中国民用航空局联合印发《加快建设交通强国五年行动计划(2023—2027年)》。\n"
            "《行动计划》在数字交通方面的表述如下:\n建成国家综合交通运输信息平台。\n")
    county_meta, news_meta = (extract_metadata(clean_text(text).text, {}) for text in (county, news))
    assert county_meta.title == "2025年金乡县政府重要工作事项责任分工"
    assert (news_meta.title, news_meta.issuer) == ("加快建设交通强国五年行动计划(2023—2027年)",
                                                   "交通运输部、国家铁路局、中国民用航空局")
