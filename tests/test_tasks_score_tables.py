"""gongwen.tasks.score_tables: the rows of an assessment table (考核细则, 评分细则) as tasks."""

from gongwen.tasks.extract import extract_tasks
from tests.task_units import co, responsible

# A county's assessment rules as a Word table reads: the section ordinal a cell of its own, a score column
# between the item and its text, a unit column, a section without numbered rows that names its unit.
TOWN_RULES = """某县2019年度生态环境保护工作乡镇考核细则
序号\t考核项目\t各项分值\t考核指标\t负责考核部门
总分\t100
一、\t健全工作机制\t20
1\t落实责任体系\t8\t建立乡村两级责任体系，及时调整并向社会公布。\t县生态环境局
2\t强化督查督办\t12\t严格执行督办制度，对发现的问题实行台帐管理。\t县督查办县生态环境局
二、\t推进专项整治\t70
3\t整治入河排污口\t40\t1.建立排污口台帐，得10分。2.督促整改，得30分。\t县水利局
4\t加强秸秆禁烧\t30\t开展巡查，全年无火点，得30分。\t县农业农村局
三、\t信息报送工作\t10\t按时上报半年小结和年终总结，得10分。\t县生态环境局
"""

# The departments' rules: a class of departments (重点考核部门) and the department in cells the header has
# no column for, numbered anew in each section; a section naming no unit is no task.
DEPARTMENT_RULES = """某县2019年度生态环境保护工作责任单位考核细则
序号\t考核项目\t各项分值\t考核内容\t评分标准
一、\t通用考核项目\t40
1\t组织领导\t20\t组织领导\t成立工作领导小组(20分)。
2\t宣传工作\t20\t工作宣传\t开展相关宣传(20分)。
二、\t部门履职考核项目\t60
1\t重点考核部门\t县住建局\t60\t推进城镇污水治理\t完善污水管网建设(60分)。
1\t重点考核部门\t县住建局\t60\t推进建筑扬尘治理\t落实施工工地防尘措施(60分)。
2\t一般考核部门\t县教育局\t60\t加强环保教育\t开展环保知识进校园活动(60分)。
三、\t综合奖扣分项目\t\t上级部门检查评比\t被省通报表扬的奖5分。
"""


def _rows(text: str) -> list[tuple]:
    return [(t.path, t.section_title, t.group_title, t.heading, t.units) for t in extract_tasks(text)]


def test_assessment_table_rows_are_tasks_named_by_their_item_without_scores():
    assert _rows(TOWN_RULES) == [
        ("1.1", "健全工作机制", None, "落实责任体系", responsible("县生态环境局")),
        ("1.2", "健全工作机制", None, "强化督查督办", responsible("县督查办", "县生态环境局")),
        ("2.3", "推进专项整治", None, "整治入河排污口", responsible("县水利局")),
        ("2.4", "推进专项整治", None, "加强秸秆禁烧", responsible("县农业农村局")),
        ("3", "信息报送工作", None, "信息报送工作", responsible("县生态环境局")),
    ]


def test_assessment_table_text_holds_the_indicator_and_not_the_score():
    task = extract_tasks(TOWN_RULES)[2]
    assert task.text == "1.建立排污口台帐，得10分。2.督促整改，得30分。"


def test_assessment_table_class_column_and_unit_cells_outside_the_header():
    assert _rows(DEPARTMENT_RULES) == [
        ("1.1", "通用考核项目", None, "组织领导", ()),
        ("1.2", "通用考核项目", None, "宣传工作", ()),
        ("2.1", "部门履职考核项目", "重点考核部门", "推进城镇污水治理", responsible("县住建局")),
        ("2.1", "部门履职考核项目", "重点考核部门", "推进建筑扬尘治理", responsible("县住建局")),
        ("2.2", "部门履职考核项目", "一般考核部门", "加强环保教育", responsible("县教育局")),
    ]


def test_units_a_row_text_says_the_work_is_done_with_take_part_after_the_unit_cells():
    text = TOWN_RULES.replace("2.督促整改，得30分。", "2.与县生态环境局、县水文站共同督促整改，得30分。")
    assert extract_tasks(text)[2].units == responsible("县水利局") + co("县生态环境局", "县水文站")
