"""assign_theme: the theme a task spends itself on, from keyword hits in its heading and text."""

from gongwen.rollup.themes import FALLBACK_THEME, THEMES, assign_theme, load_themes, theme_scores


def test_themes_are_listed_in_file_order_with_the_fallback_last():
    assert THEMES[0] == "市民化与户籍"
    assert THEMES[-1] == FALLBACK_THEME == "其他"
    assert len(THEMES) == len(load_themes()) + 1


def test_flood_control_task_is_safety_and_resilience():
    heading = "加强城市洪涝治理"
    text = "加强城市洪涝治理。积极谋划系统化地下管网建设工程,实施城市内涝治理和雨水源头减排工程,全域推进“海绵城市”“韧性城市”建设。"
    assert assign_theme(heading, text) == "安全韧性"


def test_employment_task_of_migrant_workers_is_employment_not_citizenship():
    heading = "促进农业转移人口在城镇稳定就业"
    text = "促进农业转移人口在城镇稳定就业。实施先进制造业促进就业行动,持续建设就业帮扶车间和基地。"
    assert assign_theme(heading, text) == "就业创业"


def test_longest_keyword_wins_a_place_in_the_text():
    # 农业转移人口 is one hit of 市民化与户籍; the 农业 inside it is not a hit of 城乡融合与土地.
    scores = theme_scores("促进农业转移人口在城镇稳定就业", "")
    assert scores["市民化与户籍"] == 3
    assert scores["城乡融合与土地"] == 0
    assert scores["就业创业"] == 3


def test_heading_alone_is_enough():
    assert assign_theme("健全资金多元投入保障机制", "") == "资金与政策保障"
    assert assign_theme("压实地方责任", "") == "组织实施"
    assert assign_theme("加快城镇化潜力地区发展", "") == "县城与城镇体系"


def test_equal_scores_go_to_the_theme_listed_first():
    # 智慧 and 绿色 each hit once in the heading; 智慧城市 comes before 绿色低碳 in themes.csv.
    assert (
        theme_scores("建设绿色智慧城市", "")["绿色低碳"] == theme_scores("建设绿色智慧城市", "")["智慧城市"]
    )
    assert assign_theme("建设绿色智慧城市", "") == "智慧城市"


def test_equal_scores_go_to_the_theme_the_heading_names():
    # 乡村 in the heading (3) ties with 教育, 医疗, 养老 in the text (3 for 公共服务, listed earlier).
    heading = "推动公共设施向乡村延伸"
    text = "推进教育、医疗、养老等设施延伸覆盖。"
    scores = theme_scores(heading, text)
    assert scores["公共服务"] == scores["城乡融合与土地"] == 3
    assert assign_theme(heading, text) == "城乡融合与土地"


def test_text_without_any_keyword_falls_to_other():
    assert assign_theme("", "本方案自公布之日起施行。") == "其他"
