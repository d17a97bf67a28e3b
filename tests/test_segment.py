"""tokenize: jieba words minus noise, policy terms kept whole; expand_compounds: parts of long words."""

from gongwen.rollup.segment import expand_compounds, load_stopwords, tokenize


def test_policy_terms_from_the_user_dictionary_stay_whole():
    assert tokenize("完善农业转移人口多元化住房保障体系") == ["农业转移人口", "多元化", "住房保障", "体系"]


def test_department_names_stay_whole():
    assert tokenize("(责任单位:市住建局、市发改委、市自然资源和规划局)") == [
        "责任单位",
        "市住建局",
        "市发改委",
        "市自然资源和规划局",
    ]


def test_boilerplate_verbs_are_dropped():
    assert tokenize("加快推进城市更新") == ["城市更新"]
    assert tokenize("稳步推进城中村改造和保障性住房建设") == ["城中村改造", "保障性住房", "建设"]


def test_numbers_punctuation_and_scope_words_are_dropped():
    assert tokenize("到2030年,全市常住人口城镇化率提升至65%左右") == ["常住人口城镇化率"]


def test_names_with_digits_are_kept():
    assert tokenize("实现5G网络城区连续覆盖,推进IPv6规模部署和应用") == [
        "5G网络",
        "城区",
        "连续",
        "覆盖",
        "IPv6",
        "规模",
        "部署",
        "应用",
    ]


def test_stopword_file_holds_function_words_and_plan_verbs_but_no_comments():
    stopwords = load_stopwords()
    assert {"的", "和", "推进", "加快", "加强", "完善", "推动", "深化", "健全"} <= stopwords
    assert not any(word.startswith("#") for word in stopwords)


def test_expand_compounds_adds_the_dictionary_words_inside_a_long_word():
    # 学前教育 in one plan must meet 普惠性学前教育 in another; 性学 is jieba's own word, kept as its
    # search mode would keep it.
    assert expand_compounds(["随迁子女", "普惠性学前教育", "范围"]) == [
        "随迁",
        "子女",
        "随迁子女",
        "性学",
        "学前",
        "教育",
        "普惠性学前教育",
        "范围",
    ]
