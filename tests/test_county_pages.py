"""What the county and prefecture pages of dev-hl showed (labelled before the code ran on them): a page's heading
printed again below its fields under a site's menus, a notice's issuer calling itself before the document it issues,
and a first item whose heading opens with a number right under a heading of a few words."""

from __future__ import annotations

from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.tasks.extract import extract_tasks


def test_a_title_the_page_prints_again_below_its_fields_is_the_title_not_the_menu_above():
    # gannan-zhuoni-rapeseed-base-2023 (dev-hl): the site's name and its 政府信息公开指南 menu above the heading
    text = ("卓尼县人民政府\n政府信息公开指南\n政府信息公开制度\n法定主动公开内容\n"
            "卓尼县2023年万亩油菜标准化种植基地建设项目实施方案\n时间:2023-04-10   作者:卓尼县农业农村局 点击数:\n"
            "卓尼县2023年万亩油菜标准化种植基地\n建设项目实施方案\n"
            "为深入贯彻落实二十大和中央农业农村工作会议精神,推进我县油菜产业高产高效、绿色生态发展,特制定本实施方案。\n"
            "1、项目名称:卓尼县2023年万亩油菜标准化种植基地建设项目\n")
    assert extract_metadata(clean_text(text).text, {}).title == "卓尼县2023年万亩油菜标准化种植基地建设项目实施方案"


def test_a_notice_naming_itself_before_the_document_it_issues_wraps_that_title():
    # putian-hrss-shortfall-campaign-2022 (dev-hl): 现将我局《X》印发给你们
    text = ("局机关各科室、局属各单位:\n根据有关文件要求,现将我局《2022年度就业环境和社会保障领域“补短板”专项攻坚方案》"
            "印发给你们,请认真贯彻落实。\n一、工作目标\n补齐短板。\n")
    assert extract_metadata(clean_text(text).text, {}).title == "2022年度就业环境和社会保障领域“补短板”专项攻坚方案"


def test_a_first_item_opening_with_a_number_right_under_a_short_heading_is_an_item():
    # chongqing-qianjiang-soybean-corn-intercropping-2025 (dev-hl): (二)时间 / 1.1月至3月中旬:…; a number wrapped
    # under a heading of a few words is still no item
    text = ("四、进度安排\n(一)建设期限:2025年1月—2025年12月。\n(二)时间\n"
            "1.1月至3月中旬:制定实施方案,进行任务分解;土地整理及相关物资准备;\n2.4月至6月:开展播种。\n")
    assert [(task.path, task.heading) for task in extract_tasks(text)] == [
        ("4.1", "建设期限:2025年1月—2025年12月"), ("4.2.1", "1月至3月中旬:制定实施方案,进行任务分解;土地整理及相关物资准备"),
        ("4.2.2", "4月至6月:开展播种")]
    wrapped = "一、主要目标\n(一)粮食生产到2025年新增\n1.5万亩高标准农田。\n(二)油料生产稳定增长。\n"
    assert [task.path for task in extract_tasks(wrapped)] == ["1.1", "1.2"]
