"""gongwen.tasks.headings: the lead phrase of an item's first line."""

from gongwen.tasks.headings import lead_phrase


def test_lead_phrase_stops_at_the_first_sentence_or_an_early_colon():
    assert lead_phrase("健全常住地提供基本公共服务制度。适时调整…") == "健全常住地提供基本公共服务制度"
    assert lead_phrase("实施新一轮农业转移人口市民化行动") == "实施新一轮农业转移人口市民化行动"
    assert lead_phrase("目标任务：到2025年，全市常住人口城镇化率达到60%。") == "目标任务"
