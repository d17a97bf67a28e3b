"""is_lead and lead_unit: a unit leads only where the text makes it 牵头; first_unit is the first named."""

from gongwen.model import TaskUnit
from gongwen.rows import task_rows
from gongwen.tasks import extract_tasks
from gongwen.vocabulary import LEAD

DOC = "0123456789abcdef"


def _rows(text: str) -> tuple[list[tuple], list[list[tuple[str, bool]]]]:
    """(lead_unit, first_unit) per task, and (unit, is_lead) of each task's units."""
    tasks, units = task_rows(DOC, extract_tasks(text), "prefecture", "湖南省郴州市")
    by_task = [[(u["unit"], u["is_lead"]) for u in units if u["task_id"] == t["task_id"]] for t in tasks]
    return [(t["lead_unit"], t["first_unit"]) for t in tasks], by_task


def test_a_lead_verb_in_the_clause_makes_that_unit_lead():
    text = ("一、重点任务\n"
            "1.实施老旧小区改造。完成老旧小区改造50个。（市住建局牵头，市财政局、市发改委配合，2025年底前完成）\n")
    assert _rows(text) == (
        [("市住建局", "市住建局")],
        [[("市住建局", True), ("市财政局", False), ("市发改委", False)]],
    )


def test_the_lead_need_not_be_the_first_unit_named():
    text = "一、重点任务\n1.实施老旧小区改造。完成老旧小区改造50个。（市财政局配合，市住建局牵头）\n"
    assert _rows(text) == ([("市住建局", "市财政局")], [[("市财政局", False), ("市住建局", True)]])


def test_lead_and_co_labels():
    text = ("一、重点任务\n"
            "1.推进户籍制度改革。全面放开城镇落户限制。（牵头单位：市公安局；配合单位：市发改委、市人社局）\n")
    assert _rows(text) == (
        [("市公安局", "市公安局")],
        [[("市公安局", True), ("市发改委", False), ("市人社局", False)]],
    )


def test_the_first_ranked_leads_where_the_document_says_so():
    text = ("一、重点任务\n"
            "1.健全常住地提供基本公共服务制度。完善农业转移人口市民化机制。"
            "（责任单位：市公安局、市发改委、市自然资源和规划局。排名第一的为牵头单位，下同）\n"
            "2.促进农业转移人口在城镇稳定就业。开展稳企拓岗助就业行动。（责任单位：市人社局、市教育局）\n")
    assert _rows(text) == (
        [("市公安局", "市公安局"), ("市人社局", "市人社局")],
        [
            [("市公安局", True), ("市发改委", False), ("市自然资源和规划局", False)],
            [("市人社局", True), ("市教育局", False)],
        ],
    )


def test_a_plain_list_of_responsible_units_has_no_lead():
    text = "一、重点任务\n1.保障随迁子女在流入地受教育权利。加快完善随迁子女入学政策。（责任单位：省教育厅、省财政厅）\n"
    assert _rows(text) == ([(None, "省教育厅")], [[("省教育厅", False), ("省财政厅", False)]])


def test_a_unit_the_text_makes_lead_leads_a_clause_that_names_no_lead():
    # shanghai-sponge-city-opinion-2024: 责任单位 lists the units, the sentence before it says which one leads
    text = ("三、保障措施\n"
            "（一）加强组织领导。市住房城乡建设管理委牵头负责统筹协调本市海绵城市建设。"
            "（责任单位：市发展改革委、市住房城乡建设管理委）\n"
            "（二）强化资金保障。落实海绵城市建设资金保障。（责任单位：市财政局、市发展改革委）\n")
    assert _rows(text) == (
        [("市住房城乡建设管理委", "市发展改革委"), (None, "市财政局")],
        [[("市发展改革委", False), ("市住房城乡建设管理委", True)], [("市财政局", False), ("市发展改革委", False)]],
    )


def test_a_unit_that_must_lead_leads_and_of_two_names_ending_together_the_longer_is_meant():
    # shanxi-storage-management-2025: 要牵头; 各区政府牵头 names 各区政府, not the 区政府 inside it
    text = ("一、工作要求\n"
            "1.做好电网服务保障。电网公司要优化接入流程。各地市能源局要牵头协调推进联合送出工程建设。\n"
            "2.做好统筹。区政府负责组织。各区政府牵头推进项目建设。\n")
    assert _rows(text) == (
        [("各地市能源局", "电网公司"), ("各区政府", "区政府")],
        [[("电网公司", False), ("各地市能源局", True)], [("区政府", False), ("各区政府", True)]],
    )


def test_a_month_of_the_plans_year_before_a_lead_assessor_label_is_the_deadline():
    """An annual assessment plan's clause: (5月底取得明显成效并持续推进，牵头考核单位：市审批服务局)."""
    text = ("四、考评内容\n（一）政务服务\n"
            "1.各级政务服务事项全部开通全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）\n"
            "2.成立政务服务便民热线工作机构。（6月底完成，牵头考核单位：市政府办公室、市公安局）\n")
    tasks = extract_tasks(text)
    assert [(t.units[0].unit, t.units[0].role, t.deadline) for t in tasks] == [
        ("市审批服务局", "lead", "5月底取得明显成效并持续推进"), ("市政府办公室", "lead", "6月底完成")]


def test_a_month_written_with_fen_or_progress_as_scheduled_before_a_lead_assessor_label_is_the_deadline():
    text = ("四、考评内容\n（一）政务网络\n"
            "1.初步建成全市三维地理空间信息平台。（11月份取得明显成效，牵头考核单位：市工信局）\n"
            "2.建立全市物价信息服务平台。（1分）（按进度推进，牵头考核单位：市发改委）\n"
            "3.加快网络设备更新改造。（年底前取得明显成效，牵头考核单位：市工信局）\n")
    tasks = extract_tasks(text)
    assert [(t.units, t.deadline) for t in tasks] == [
        ((TaskUnit("市工信局", LEAD),), "11月份取得明显成效"), ((TaskUnit("市发改委", LEAD),), "按进度推进"),
        ((TaskUnit("市工信局", LEAD),), "年底前取得明显成效")]
