"""gongwen.departments.classify_unit: canonical department and level of a responsible unit, read
against the document that names it (its admin_level and region)."""

import csv

import pytest

from gongwen.departments import DEPARTMENTS_PATH, classify_unit, normalize_unit_name
from gongwen.model import UnitClass

CHENZHOU = ("prefecture", "湖南省郴州市")
HUNAN = ("province", "湖南省")
LIUYANG = ("county", "湖南省长沙市浏阳市")
CHONGQING = ("province", "重庆市")
NINGXIA = ("province", "宁夏回族自治区")


@pytest.mark.parametrize(("unit", "document", "expected"), [
    ("市发改委", CHENZHOU, UnitClass("发展改革", "prefecture", True)),
    ("省发展改革委", HUNAN, UnitClass("发展改革", "province", True)),
    ("市发展改革局", LIUYANG, UnitClass("发展改革", "county", True)),
    ("国家发展改革委", CHENZHOU, UnitClass("发展改革", "national", True)),
    ("区发展改革委", NINGXIA, UnitClass("发展改革", "province", True)),
])
def test_one_department_across_levels(unit, document, expected):
    assert classify_unit(unit, *document) == expected


@pytest.mark.parametrize(("unit", "department"), [
    ("市人社局", "人力资源社会保障"),
    ("省人力资源社会保障厅", "人力资源社会保障"),
    ("市人力社保局", "人力资源社会保障"),
    ("市住建局", "住房城乡建设"),
    ("省住房城乡建设厅", "住房城乡建设"),
    ("市城乡建委", "住房城乡建设"),
    ("市住房和城市更新局", "住房城乡建设"),
    ("区经济和科技促进局", "工业和信息化"),
    ("市城市管理执法委", "城管执法"),
    ("省卫健委", "卫生健康"),
    ("市卫生健康委", "卫生健康"),
    ("市卫生计生委", "卫生健康"),
    ("省卫建委", "卫生健康"),
    ("市自然资源和规划局", "自然资源"),
    ("市国土房管局", "自然资源"),
    ("省工信厅", "工业和信息化"),
    ("市经济信息委", "工业和信息化"),
    ("市文旅广体局", "文化和旅游"),
    ("市城管和综合执法局", "城管执法"),
    ("市数据局", "数据"),
    ("省医保局", "医疗保障"),
    ("市通管办", "通信管理"),
    ("市住房公积金管理中心", "住房公积金"),
    ("市供销合作联社", "供销社"),
    ("省委编办", "编办"),
    ("省委金融办", "金融办"),
    ("市委政法委", "政法委"),
    ("市市场监管局", "市场监管"),
    ("市场监管局", "市场监管"),
])
def test_aliases_and_abbreviations_share_a_canonical_department(unit, department):
    assert classify_unit(unit, *CHENZHOU).department == department


def test_shi_means_the_level_of_the_city_whose_document_it_is():
    assert classify_unit("市公安局", *CHENZHOU).level == "prefecture"
    assert classify_unit("市公安局", *CHONGQING).level == "province"
    assert classify_unit("市公安局", *LIUYANG).level == "county"


def test_county_and_district_prefixes_are_county_level():
    assert classify_unit("县财政局", *CHENZHOU) == UnitClass("财政", "county", True)
    assert classify_unit("区住建局", *CHENZHOU) == UnitClass("住房城乡建设", "county", True)


def test_national_organs_are_national_whatever_the_document():
    assert classify_unit("公安部", *LIUYANG) == UnitClass("公安", "national", True)
    assert classify_unit("国务院办公厅", *HUNAN) == UnitClass("政府办公室", "national", True)


def test_party_organs_and_bracketed_inner_offices():
    assert classify_unit("市委组织部(市委人才办)", *LIUYANG) == UnitClass("组织部", "county", True)
    assert classify_unit("中共湖南省委组织部", *HUNAN) == UnitClass("组织部", "province", True)
    assert normalize_unit_name("市委组织部(市委人才办)") == "市委组织部"


def test_local_governments_are_a_department_with_the_level_of_their_wording():
    assert classify_unit("各县市区人民政府", *CHENZHOU) == UnitClass("地方人民政府", "county", True)
    assert classify_unit("各市州、县市区人民政府", *HUNAN) == UnitClass("地方人民政府", "prefecture", True)
    assert classify_unit("各区县（自治县）人民政府", *CHONGQING) == UnitClass("地方人民政府", "county", True)
    assert classify_unit("厦门市人民政府", "province", "福建省") == UnitClass("地方人民政府", "prefecture", True)
    assert classify_unit("桂阳县人民政府", *CHENZHOU) == UnitClass("地方人民政府", "county", True)


def test_central_bank_and_financial_regulator_branches_take_the_level_of_their_place():
    assert classify_unit("人民银行郴州市分行", *CHENZHOU) == UnitClass("人民银行", "prefecture", True)
    assert classify_unit("人民银行湖南省分行", *HUNAN) == UnitClass("人民银行", "province", True)
    assert classify_unit("人行重庆营管部", *CHONGQING) == UnitClass("人民银行", "province", True)
    assert classify_unit("湖南金融监管局", *HUNAN) == UnitClass("金融监管", "province", True)
    assert classify_unit("郴州金融监管分局", *CHENZHOU) == UnitClass("金融监管", "prefecture", True)


@pytest.mark.parametrize(("unit", "document"), [
    ("各镇街", LIUYANG),
    ("经开区", LIUYANG),
    ("浏发集团", LIUYANG),
    ("大瑶镇", LIUYANG),
    ("各乡镇人民政府", LIUYANG),
    ("市农业科技园发展中心", LIUYANG),
    ("省长株潭一体化发展事务中心", HUNAN),
    ("国家开发银行湖南省分行", HUNAN),
    ("平潭综合实验区管委会", ("province", "福建省")),
])
def test_known_bodies_that_are_not_government_departments(unit, document):
    assert classify_unit(unit, *document) == UnitClass(None, "other", True)


@pytest.mark.parametrize(("unit", "document", "expected"), [
    ("市生态环境局蒲江分局", ("county", "四川省成都市蒲江县"), UnitClass("生态环境", "county", True)),
    ("市公安局高新分局", ("prefecture", "四川省成都市"), UnitClass("公安", "prefecture", True)),
    ("市公安局交通管理支队", ("prefecture", "山东省济南市"), UnitClass("公安", "prefecture", True)),
])
def test_a_branch_of_a_department_is_that_department_at_the_branch_place_level(unit, document, expected):
    assert classify_unit(unit, *document) == expected


@pytest.mark.parametrize(("unit", "document", "expected"), [
    ("县委社治委", ("county", "四川省成都市蒲江县"), UnitClass("社会工作", "county", True)),
    ("中央社会工作部", ("national", None), UnitClass("社会工作", "national", True)),
    ("县经科信局", ("county", "四川省成都市蒲江县"), UnitClass("工业和信息化", "county", True)),
    ("市政务服务管理和网络理政办", ("prefecture", "四川省成都市"), UnitClass("政务服务", "prefecture", True)),
    ("市政务服务数据管理局", ("prefecture", "广东省广州市"), UnitClass("数据", "prefecture", True)),
    ("县文广旅局", ("county", "四川省成都市蒲江县"), UnitClass("文化和旅游", "county", True)),
    ("各地级以上市人民政府", ("province", "广东省"), UnitClass("地方人民政府", "prefecture", True)),
    ("国家外汇局", ("national", None), UnitClass("外汇管理", "national", True)),
])
def test_department_names_of_other_provinces(unit, document, expected):
    assert classify_unit(unit, *document) == expected


def test_a_unit_the_gazetteer_cannot_place_is_unknown():
    assert classify_unit("浏阳河风光带", *LIUYANG) == UnitClass(None, "other", False)


def test_gazetteer_rows_are_well_formed():
    with DEPARTMENTS_PATH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert len(rows) > 500
    assert {r["match"] for r in rows} == {"suffix", "regex"}
    assert {r["level"] for r in rows} <= {"", "national", "other"}
    assert all(r["level"] == "other" for r in rows if not r["department"])
    departments = {r["department"] for r in rows if r["department"]}
    assert {"发展改革", "人力资源社会保障", "住房城乡建设", "卫生健康", "公安", "教育", "财政", "自然资源",
            "工业和信息化", "商务", "民政", "医疗保障", "交通运输", "水利", "应急管理", "农业农村", "生态环境",
            "市场监管", "数据", "文化和旅游", "国资委", "税务", "统计", "林业", "气象", "通信管理", "能源", "科技",
            "退役军人", "城管执法", "住房公积金", "组织部", "统战部", "政法委", "编办", "金融办", "工商联", "总工会",
            "残联", "供销社", "人民银行", "金融监管"} <= departments


def test_an_enterprise_or_agency_named_as_actor_is_a_known_unit_of_no_government_level():
    assert classify_unit("供电企业", "national", None) == UnitClass(department=None, level="other", known=True)
    assert classify_unit("市场运营机构", "province", "四川省") == UnitClass(department=None, level="other", known=True)
