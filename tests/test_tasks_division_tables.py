"""gongwen.tasks.division_tables: the rows of a task-division table (重点任务分工表) as tasks."""

import json
from pathlib import Path

from gongwen.tasks.extract import extract_tasks
from tests.task_units import co, lead, responsible

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
