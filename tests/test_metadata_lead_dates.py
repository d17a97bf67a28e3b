"""The day of a news page that gives no year with it (gongwen issue 9, dev-cq … dev-gv): its lead's day, in the year
the lead's sentence names for what it reports."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text


def _date(text: str) -> dt.date | None:
    return extract_metadata(clean_text(text).text, {}).issue_date


def test_a_lead_day_takes_the_year_its_sentence_names():
    # shigatse-health-work-conference-2024, anqing-yixiu-insurance-collection-news-2025
    assert _date("2024年全市卫生健康工作会召开\n3月25日，2024年全市卫生健康工作会议召开，会议传达学习了全国、全区"
                 "卫生健康工作会议精神。\n") == dt.date(2024, 3, 25)
    assert _date("10月24日下午，宜秀区召开2025年城乡居民医疗保险费征缴工作动员部署会议。区政府副区长出席会议并讲话。\n"
                 ) == dt.date(2025, 10, 24)


def test_of_two_years_a_meeting_early_in_the_year_is_in_the_later_and_a_year_reviewed_is_the_one_before():
    # sichuan-soe-work-conference-2026, chongqing-kaizhou-education-summary-meeting-2026
    assert _date("1月22日，四川省国资委在成都召开全省国资国企工作会议，总结2025年和“十四五”工作，研究“十五五”工作"
                 "思路，部署2026年重点任务。\n") == dt.date(2026, 1, 22)
    assert _date("开州区2025年教育工作总结会召开\n1月23日，开州区2025年教育工作总结会召开。区委教育工委书记出席会议"
                 "并讲话。\n") == dt.date(2026, 1, 23)


def test_a_datelines_day_is_the_pages_and_a_title_a_target_or_a_whole_date_names_no_year():
    # hunan-sasac-q3-operations-2025: 人民网长沙10月14日电 (…)10月13日…
    assert _date("人民网长沙10月14日电 （记者向宇）10月13日，湖南省国资委召开2025年三季度省属监管企业经济运行"
                 "分析会。\n") == dt.date(2025, 10, 14)
    # chongqing-energy-plan-2022, national-coal-capacity-price-news-2023, hubei-digital-economy-plan-2022
    assert _date("6月15日，重庆市人民政府办公厅发布关于印发重庆市能源发展“十四五”规划(2021—2025年)的通知。\n") is None
    assert _date("11月10日，国家发改委价格司对外发布《国家发展改革委 国家能源局关于建立煤电容量电价机制的通知》，"
                 "自2024年1月1日起实施。\n") is None
    assert _date("9月13日，湖北数字经济强省三年行动计划正式印发，擘画“数字湖北”的3年目标。到2024年底，我省将通过"
                 "六大行动、十项工程实现核心产业增加值翻番。\n") is None


def test_a_lead_opening_with_its_events_year_and_the_datelines_day_and_a_fourth_quarter_reviewed():
    # sichuan-transport-work-conference-news-2025, national-mohrss-q4-press-conference-2025 (dev-ho)
    assert _date("中新社成都1月13日电 （记者 王鹏）2025年四川省交通运输工作会议13日在成都召开，会议披露，2024年四川完成"
                 "公路水路建设投资2680亿元。\n") == dt.date(2025, 1, 13)
    assert _date("1月21日，人社部举行2024年四季度新闻发布会，公布去年全国城镇新增就业1256万人。\n") == dt.date(2025, 1, 21)
    # a dateline alone, the lead naming a year elsewhere in its sentence: no year
    assert _date("新华社北京7月10日电 人力资源社会保障部、财政部近日印发通知，从2024年1月1日起调整退休人员基本养老金，"
                 "总体调整水平为2024年退休人员月人均基本养老金的3%。\n") is None
