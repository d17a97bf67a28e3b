"""align_tasks: each child task's best parent tasks by TF-IDF cosine; task_terms: the words of a task."""

import math

import pytest

from gongwen.rollup.alignment import align_tasks, task_terms

# Three tasks of 郴州's plan and the same three of 湖南's (its parent), parents in another order.
CHENZHOU = [
    (
        "chenzhou-14",
        "稳步推进城市更新",
        "稳步推进城市更新。深入开展城市体检,实施城市更新行动。推进中心城区和各县市老旧居住区宜居改造、"
        "城中村改造、老旧管网改造升级等城市更新项目。",
    ),
    (
        "chenzhou-16",
        "加强城市洪涝治理",
        "加强城市洪涝治理。积极谋划系统化地下管网建设工程,实施城市内涝治理和雨水源头减排工程,"
        "全域推进“海绵城市”“韧性城市”建设。",
    ),
    (
        "chenzhou-10",
        "提升城际交通互联",
        "提升城际交通互联。积极推动完善城际交通网络体系,完善城际快速路网,实现1小时通勤圈全覆盖。",
    ),
]
HUNAN = [
    (
        "hunan-16",
        "加强城市洪涝治理",
        "加强城市洪涝治理。支持各级城市编制系统化地下管网建设方案，实施城市内涝治理和雨水源头减排工程，"
        "全域推进海绵城市建设。",
    ),
    (
        "hunan-10",
        "提升城际交通互联",
        "提升城际交通互联。建设“轨道上的长株潭”，积极推进长赣、长九等高铁建设，完善枢纽出城的公路网络。",
    ),
    (
        "hunan-14",
        "稳步推进城市更新",
        "稳步推进城市更新。深入开展城市体检，实施城市更新行动。统筹推进城中村、老旧小区（街区、厂区）"
        "改造和绿色完整社区建设。",
    ),
]


def _terms(tasks):
    return [(task_id, task_terms(heading, text)) for task_id, heading, text in tasks]


def test_each_child_ranks_its_counterpart_first_and_lists_only_parents_it_shares_words_with():
    rows = align_tasks(_terms(CHENZHOU), _terms(HUNAN))
    assert [(child, parent, rank) for child, parent, _, rank in rows] == [
        ("chenzhou-14", "hunan-14", 1),
        ("chenzhou-14", "hunan-16", 2),
        ("chenzhou-16", "hunan-16", 1),
        ("chenzhou-16", "hunan-14", 2),
        ("chenzhou-16", "hunan-10", 3),
        ("chenzhou-10", "hunan-10", 1),
    ]


def test_scores_lie_in_the_unit_interval_and_fall_with_rank():
    rows = align_tasks(_terms(CHENZHOU), _terms(HUNAN))
    assert all(0.0 < score <= 1.0 for _, _, score, _ in rows)
    scores_of_16 = [score for child, _, score, _ in rows if child == "chenzhou-16"]
    assert scores_of_16 == sorted(scores_of_16, reverse=True)
    assert scores_of_16[0] > 0.5 > scores_of_16[1]


def test_score_is_the_cosine_of_idf_weighted_words():
    # 城市更新 is in both parents (idf = 1), 老旧小区 in one (idf = 1 + ln 3/2).
    rows = align_tasks(
        [("c", ["城市更新", "老旧小区"])], [("p1", ["城市更新"]), ("p2", ["老旧小区", "城市更新"])]
    )
    rare_idf = 1 + math.log(3 / 2)
    assert rows == [("c", "p2", 1.0, 1), ("c", "p1", round(1 / math.sqrt(1 + rare_idf**2), 6), 2)]


def test_equal_scores_keep_parent_order():
    parents = [("first", ["城市更新"]), ("second", ["城市更新"])]
    assert align_tasks([("c", ["城市更新"])], parents) == [("c", "first", 1.0, 1), ("c", "second", 1.0, 2)]


def test_a_child_sharing_no_word_with_any_parent_gets_no_row():
    child = [("guizhou-22", task_terms("压实地方责任", "压实地方责任。"))]
    assert align_tasks(child, _terms(HUNAN)) == []


def test_top_k_limits_the_rows_per_child():
    rows = align_tasks(_terms(CHENZHOU), _terms(HUNAN), top_k=1)
    assert [(child, parent) for child, parent, _, _ in rows] == [
        ("chenzhou-14", "hunan-14"),
        ("chenzhou-16", "hunan-16"),
        ("chenzhou-10", "hunan-10"),
    ]


def test_top_k_below_one_is_refused():
    with pytest.raises(ValueError, match="top_k"):
        align_tasks([], [], top_k=0)


def test_task_terms_counts_heading_words_twice_and_adds_parts_of_long_words():
    assert task_terms("加强城市洪涝治理", "加强城市洪涝治理。全域推进海绵城市建设。") == [
        *["城市", "洪涝", "治理"],
        *["城市", "洪涝", "治理"],
        *["全域", "海绵", "城市", "海绵城市", "建设"],
    ]


def test_task_terms_puts_a_heading_missing_from_the_text_in_front():
    assert task_terms("加强城市洪涝治理", "全域推进海绵城市建设。") == task_terms(
        "加强城市洪涝治理", "加强城市洪涝治理。全域推进海绵城市建设。"
    )
