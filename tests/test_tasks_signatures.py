"""gongwen.tasks.lines: a signature of stacked issuers (one perhaps broken over two lines) closes the last
item; its names are no part of that item's text or units."""

from gongwen.tasks import extract_tasks

# 国家发展改革委办公厅 国家能源局综合司关于做好电力现货市场试点连续试结算相关工作的通知 (ndrc.gov.cn capture).
_SPOT_SETTLEMENT_END = """四、附则
（十四）工作中如遇重大事项，请及时报告国家发展改革委、国家能源局。
（十五）本通知自发布之日起施行，有效期2年。
国家发展
改革委办公厅
国家能源局综合司
2020年3月26日
"""


def test_stacked_signature_lines_above_the_date_close_the_last_item():
    tasks = extract_tasks(_SPOT_SETTLEMENT_END)
    assert [(t.path, t.text, t.units) for t in tasks][-1] == ("4.15", "本通知自发布之日起施行，有效期2年。", ())


def test_a_joint_signature_of_two_bodies_closes_the_last_item():
    # 国家发展改革委 国家能源局关于促进新能源消纳和调控的指导意见: two bodies stacked above the date.
    text = ("七、保障措施\n（二十二）强化监测监管与目标执行。\n国家能源局派出机构针对新能源消纳和调控政策措施落实情况进行常态化监管。\n"
            "国家发展改革委\n国家能源局\n2025年10月29日\n")
    assert [unit.unit for unit in extract_tasks(text)[-1].units] == ["国家能源局派出机构"]


def test_an_unpunctuated_line_above_a_signature_that_opens_no_name_stays_in_the_item():
    text = "二、工作要求\n（三）加强督查考核。各单位按季度报送进展。\n加强督查考核\n市发展改革委\n2025年3月1日\n"
    assert extract_tasks(text)[-1].text == "加强督查考核。各单位按季度报送进展。\n加强督查考核"
