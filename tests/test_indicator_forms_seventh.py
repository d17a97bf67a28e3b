"""Target forms of the seventh pass, read from real sentences of the development corpus (a national 实施意见 on
future industries, a county 批复 of a building project): a hundred written 百 before what it counts, areas in
m2; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from tests.indicator_helpers import brief


def test_a_hundred_written_百_before_what_it_counts_is_a_figure():
    # national-future-industries-opinion-2024
    text = "到2025年,建设一批未来产业孵化器,突破百项前沿关键核心技术,打造百家领军企业。"
    assert brief(text, 2024) == [("前沿关键核心技术", 100.0, "项", None, 2025),
                                 ("领军企业", 100.0, "家", None, 2025)]
    # not in a slogan's list, nor in 千家万户
    assert brief("到2025年,打造“百个大空间、千个链接点”,惠及千家万户。", 2024) == []


def test_areas_written_m2_are_square_metres():
    # fengjie-mushroom-project-approval-2021
    assert brief("项目建设内容:平整场地3645m2,硬化场地1460.6m2。", 2021) == [
        ("平整场地", 3645.0, "m2", None, None), ("硬化场地", 1460.6, "m2", None, None)]


def test_a_density_in_kilometres_per_area_is_one_unit():
    # anhui-yangtze-delta-action-plan-summary-undated
    assert brief("到2025年,铁路网密度达到507公里/万平方公里,高速公路密度达到4.85公里/百平方公里。", 2021) == [
        ("铁路网密度", 507.0, "公里/万平方公里", None, 2025), ("高速公路密度", 4.85, "公里/百平方公里", None, 2025)]
