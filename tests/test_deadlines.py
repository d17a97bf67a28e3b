"""deadline_date: the last day a deadline as written allows, and deadline_kind beside it."""

import datetime as dt

import pytest

from gongwen.rows import task_rows
from gongwen.tasks import Deadline, extract_tasks, read_deadline

D = dt.date


@pytest.mark.parametrize(("written", "expected"), [
    ("2025年底前", Deadline(D(2025, 12, 31), "date")),
    ("2025年年底前完成", Deadline(D(2025, 12, 31), "date")),
    ("2026年6月底前", Deadline(D(2026, 6, 30), "date")),
    ("2024年2月", Deadline(D(2024, 2, 29), "date")),
    ("2026年六月底", Deadline(D(2026, 6, 30), "date")),
    ("2025年12月15日前", Deadline(D(2025, 12, 15), "date")),
    ("2025年第三季度", Deadline(D(2025, 9, 30), "date")),
    ("2025年一季度末前完成", Deadline(D(2025, 3, 31), "date")),
    ("2025年上半年", Deadline(D(2025, 6, 30), "date")),
    ("2025年下半年", Deadline(D(2025, 12, 31), "date")),
    ("2027年", Deadline(D(2027, 12, 31), "date")),
    ("2015―2020年", Deadline(D(2020, 12, 31), "date")),
    ("2025年6月底前启动，2026年底前完成", Deadline(D(2026, 12, 31), "date")),
    ("长期坚持", Deadline(None, "ongoing")),
    ("持续推进", Deadline(None, "ongoing")),
    ("年内完成", Deadline(None, "unknown")),
    ("2025年2月30日", Deadline(None, "unknown")),
    (None, Deadline(None, "none")),
])
def test_last_day_of_each_deadline_form(written, expected):
    assert read_deadline(written) == expected


def _deadlines(text: str) -> list[tuple]:
    tasks, _ = task_rows("0123456789abcdef", extract_tasks(text), "prefecture", "湖南省郴州市")
    return [(t["deadline"], t["deadline_date"], t["deadline_kind"]) for t in tasks]


def test_a_deadline_in_the_responsibility_clause():
    text = ("一、重点任务\n"
            "1.实施老旧小区改造。完成老旧小区改造50个。（市住建局牵头，市财政局配合，2025年第三季度完成）\n"
            "2.加强城市洪涝治理。实施城市内涝治理工程。（市水利局牵头，市住建局配合，长期坚持）\n"
            "3.保障随迁子女在流入地受教育权利。加快完善随迁子女入学政策。（责任单位：市教育局）\n")
    assert _deadlines(text) == [
        ("2025年第三季度完成", D(2025, 9, 30), "date"),
        ("长期坚持", None, "ongoing"),
        (None, None, "none"),
    ]


def test_a_deadline_column_of_a_task_division_table():
    text = ("附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t推进城市更新，完成老旧小区改造50个。\t市住建局\t市财政局\t2025年上半年\n"
            "2\t健全城市排水防涝体系。\t市水利局\t市住建局\t2026年6月底前\n")
    assert _deadlines(text) == [
        ("2025年上半年", D(2025, 6, 30), "date"),
        ("2026年6月底前", D(2026, 6, 30), "date"),
    ]
