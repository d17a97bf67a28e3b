"""parse_record: a SourceRecord becomes a ParsedDocument, or a Rejection that says why not."""

from __future__ import annotations

import hashlib
from pathlib import Path

from gongwen.documents import parse_record
from gongwen.model import ParsedDocument, Rejection, SourceRecord, make_doc_id
from gongwen.reading import read_file

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def record(text: str, name: str = "doc.txt") -> SourceRecord:
    data = text.encode("utf-8")
    return SourceRecord(name, "txt", "utf-8", hashlib.sha256(data).hexdigest(), len(data), text)


def test_sample_becomes_a_parsed_document():
    parsed = parse_record(read_file(SAMPLES, SAMPLES / "liuyang-2025.txt")[0])
    assert isinstance(parsed, ParsedDocument)
    assert parsed.doc_id == make_doc_id(parsed.clean.text)
    assert parsed.meta.title == "浏阳市深入实施以人为本的新型城镇化战略五年行动计划试点工作方案"
    assert [(c.cited_number, c.relation) for c in parsed.citations] == [
        ("国发〔2024〕17号", "implements"), ("湘政发〔2024〕15号", "implements")
    ]
    assert not parsed.clean.text.endswith("扫一扫在手机打开当前页")


def test_same_text_under_another_name_and_encoding_has_the_same_doc_id(tmp_path):
    text = (SAMPLES / "chenzhou-2025.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "copy-gbk.txt").write_bytes(text.encode("gb18030"))
    first = parse_record(read_file(tmp_path, tmp_path / "a.txt")[0])
    second = parse_record(read_file(tmp_path, tmp_path / "copy-gbk.txt")[0])
    assert first.doc_id == second.doc_id


def test_text_that_is_only_web_chrome_is_rejected():
    rejection = parse_record(record("扫一扫在手机打开当前页\n【打印本页】\n【关闭窗口】\n"))
    assert isinstance(rejection, Rejection)
    assert (rejection.stage, rejection.reason) == ("normalize", "no text left after cleaning")
    assert rejection.source_file == "doc.txt"


def test_a_few_words_are_not_a_document():
    rejection = parse_record(record("郴州市人民政府\n2025年6月28日"))
    assert (rejection.stage, rejection.reason) == ("normalize", "too little Chinese text to be a document")
    assert rejection.detail.startswith("10 Chinese characters after cleaning (a document has at least 50)")


def test_a_list_of_titles_without_a_sentence_is_rejected():
    titles = "\n".join(["重庆市人民政府办公厅贯彻落实国务院办公厅关于解决无户口人员登记户口问题意见的通知",
                        "重庆市公安局关于规范办理机关事业单位工作人员户口迁移的通知",
                        "武隆县人民政府办公室关于印发进一步推进户籍制度改革实施方案的通知"])
    rejection = parse_record(record(titles))
    assert (rejection.stage, rejection.reason) == ("normalize", "no sentence in the text")


def test_a_digest_listing_figures_without_a_sentence_is_a_document():
    # hubei-gov-report-digest-2025 (dev-dn): a newspaper's bullets of a report's targets, no 。 anywhere
    text = ("政府工作报告摘要与导读\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n"
            "●城镇调查失业率5.5%左右,城镇新增就业70万人以上\n●居民消费价格涨幅2%左右\n●居民收入增长与经济增长同步\n")
    assert not isinstance(parse_record(record(text)), Rejection)
    # two figures are not enough: a list of links may name a number or two
    assert isinstance(parse_record(record(text.replace("●城镇调查失业率5.5%左右,城镇新增就业70万人以上\n", ""))), Rejection)


def test_a_run_on_plan_giving_work_to_units_without_a_sentence_is_a_document():
    # quanzhou-yongchun-specialized-smes-plan-2023 (dev-ge): a mirror ran the plan into one line of commas
    text = ("永春县促进专精特新企业发展行动方案为深入学习贯彻党的二十大精神,培育各具特色的专精特新中小企业特色产业集群,"
            "(责任单位:县工信商务局、农业农村局、科技局)(三)实施专精特新特色园区建设行动鼓励专精特新企业集聚发展,"
            "(责任单位:县工信商务局、发改局、各乡镇)(四)实施“创新驱动”行动搭建产业共性服务平台")
    assert not isinstance(parse_record(record(text)), Rejection)
    # one clause is not enough
    assert isinstance(parse_record(record(text.split("(四)")[0].replace("(责任单位:县工信商务局、发改局、各乡镇)", ""))),
                      Rejection)


def test_a_notice_cut_off_before_its_first_full_stop_is_a_document_by_its_heading_and_number():
    # a joint notice's page cut near 2,000 bytes (dev-cm): heading, 文号, addressees, a paragraph without its 。
    text = ("商务部办公厅 国家发展改革委办公厅关于支持商贸流通企业复工营业的通知\n商办服贸函〔2020〕103号\n"
            "各省、自治区、直辖市商务、发展改革主管部门:\n为深入贯彻统筹做好疫情防控和经济社会发展工作的重要指示精神,"
            "精准有序扎实地推动商贸流通行业复工营业\n一、总体要求\n按照分区分级、精准施策原则,推动经济社会秩序恢复")
    parsed = parse_record(record(text))
    assert not isinstance(parsed, Rejection) and parsed.meta.doc_number == "商办服贸函〔2020〕103号"
    # the list of titles above has no 文号 line of its own: still no document
    assert isinstance(parse_record(record(text.replace("商办服贸函〔2020〕103号\n", ""))), Rejection)


def test_a_document_s_page_naming_its_number_in_its_facts_cut_off_before_its_first_full_stop_is_a_document():
    # xuancheng-langxi-langbu-emergency-plan-2024 (dev-fm): the page's facts, the plan's heading, its contents, cut off
    facts = "名称: 郎步街道突发事件总体应急预案 文号: 郎步办【2024】25号\n成文日期: 2024-09-09 发布日期: 2024-09-09\n"
    body = ("# 郎步街道突发事件总体应急预案\n1 总则\n1.1 编制依据\n1.2 适用范围\n2 组织指挥体系\n2.1 领导机构\n"
            "以习近平新时代中国特色社会主义思想为指导,坚决防控全局性系统性风险,提高街道保障公共安全和处置突发事件的能力")
    parsed = parse_record(record(facts + body, "page.md"))
    assert not isinstance(parsed, Rejection) and parsed.meta.doc_number == "郎步办〔2024〕25号"
    # a list of documents naming several numbers is none
    listing = facts + "名称: 郎步街道防汛应急预案 文号: 郎步办【2024】26号\n" + body
    assert isinstance(parse_record(record(listing, "page.md")), Rejection)


def test_a_plan_s_cover_and_contents_cut_off_before_its_first_full_stop_is_a_document():
    # urumqi-etdz-toutunhe-14th-plan-2021 (dev-eh): the outline's title, its compiler and day, then its contents
    cover = ("乌鲁木齐经济技术开发区(头屯河区)国民经济和社会发展\n第十四个五年规划和2035年远景目标纲要\n"
             "乌鲁木齐经济技术开发区(头屯河区)发展和改革委员会\n2021年1月27日\n目 录\n")
    contents = ("第一章 把握发展机遇,开启全面建设社会主义现代化新征程\n第一节 经济社会发展取得重大成就\n"
                "第二节 发展环境面临深刻复杂变化\n第二章 坚持创新驱动发展,培育发展新优势\n第一节 深入实施创新驱动发展战略\n")
    parsed = parse_record(record(cover + contents))
    assert not isinstance(parsed, Rejection)
    assert (parsed.meta.title, parsed.meta.issue_date.isoformat()) == (
        "乌鲁木齐经济技术开发区(头屯河区)国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "2021-01-27")
    # a list of documents, each dated, is none
    listing = "\n".join(["关于印发郎步街道防汛应急预案的通知", "2024年9月9日", "关于印发郎步街道森林防火应急预案的通知",
                          "2024年9月10日", "关于印发郎步街道地质灾害应急预案的通知", "2024年9月11日"])
    assert isinstance(parse_record(record(listing)), Rejection)


def test_a_task_division_table_without_a_sentence_is_a_document():
    # sichuan-suining-sanitation-task-table-2016: a Word table alone, its cells phrases
    table = ("序号\t工作任务\t负责部门\t时间进度\n1\t完善城市管理体制\t市委编办、市住建局、市城管局\t省出台文件后2个月完成\n"
             "2\t开展环境卫生设施规划编制工作\t市住建局、市发改委、市财政局\t2016年底前\n"
             "3\t加强生活垃圾处理设施运行监管，开展排查、评估和治理工作\t市住建局、市环保局\t常态工作\n")
    parsed = parse_record(record(table))
    assert parsed.doc_id and parsed.clean.text.startswith("序号")



def test_a_text_whose_full_stops_a_converter_wrote_as_ascii_is_a_document():
    # A bilingual capture of a report: 。 became `.` after the Chinese sentences, and English runs between them.
    text = ("政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT 各位代表: Fellow Deputies, 现在,我代表国务院,向大会报告"
            "政府工作,请予审议,并请全国政协委员提出意见.\nOn behalf of the State Council, I will now report to you.\n"
            "过去一年是全面贯彻党的十九大精神开局之年,是本届政府依法履职第一年.我国发展面临多年少有的国内外复杂严峻形势.")
    parsed = parse_record(record(text))
    assert isinstance(parsed, ParsedDocument) and parsed.meta.issuer == "国务院"

def test_page_with_a_field_table_gets_its_number_from_the_table(tmp_path):
    page = ("<html><head><meta charset='gbk'></head><body><table><tr><td>索引号：</td><td>002482365/2025-00123</td>"
            "</tr><tr><td>发文字号：</td><td>浙政办发〔2025〕8号</td></tr><tr><td>成文日期：</td><td>2025-03-10</td>"
            "</tr></table><div><p>浙江省人民政府办公厅关于印发浙江省数字乡村建设行动方案的通知</p>"
            "<p>《浙江省数字乡村建设行动方案》已经省政府同意，现印发给你们，请结合实际认真贯彻执行。</p>"
            "<p>浙江省人民政府办公厅</p><p>2025年3月10日</p></div></body></html>")
    (tmp_path / "page.html").write_bytes(page.encode("gbk"))
    parsed = parse_record(read_file(tmp_path, tmp_path / "page.html")[0])
    assert (parsed.meta.doc_number, parsed.meta.issue_date.isoformat(), parsed.meta.region) == (
        "浙政办发〔2025〕8号", "2025-03-10", "浙江省"
    )
    assert "索引号" not in parsed.clean.text


def test_a_traditional_export_row_gets_its_title_hint_in_simplified():
    text = (
        "為統籌推進我省新型城鎮化工作，按照省委省政府工作部署，現提出2021年我省新型城鎮化工作要點。\n"
        "一、總體要求\n以習近平新時代中國特色社會主義思想為指導，堅持高質量推進、高品質生活。\n"
    )
    row = SourceRecord("export.csv#1", "csv", "utf-8", "0" * 64, len(text.encode()), text,
                       hints={"title": "2021年湖南省新型城鎮化工作要點"})
    parsed = parse_record(row)
    assert parsed.clean.script == "traditional"
    assert parsed.meta.title == "2021年湖南省新型城镇化工作要点"


def test_a_page_field_carries_the_pinyin_its_text_carries_and_loses_it_the_same_way():
    # chizhou-guichi-food-safety-2020 (dev-bt): a mirror's 名稱 field annotates as its text does (貴池區(qū))
    text = ("名稱: 池州市貴池區(qū)2020年食品安全重點工作安排\n池州市貴池區(qū)2020年食品安全重點工作安排\n"
            "為做好全區(qū)食品安全工作，現提出如下工作安排。\n一、加強食品安全監管\n(區(qū)市場監管局負責)。\n")
    row = SourceRecord("page.txt", "txt", "utf-8", "0" * 64, len(text.encode()), text,
                       hints={"title": "池州市貴池區(qū)2020年食品安全重點工作安排"})
    assert parse_record(row).meta.title == "池州市贵池区2020年食品安全重点工作安排"


def test_a_notice_whose_page_lost_its_punctuation_is_a_document():
    # yongde-urbanization-action-plan-2021: the page dropped every mark but the brackets
    text = ("中共永德县委办公室 永德县人民政府办公室关于印发永德县城镇化建设三年行动\n计划(2020―2022年)的通知\n"
            "各乡党委政府县委各部门县级国家机关各人民团体各企事业单位\n"
            "永德县城镇化建设三年行动计划2020―2022)》已经县委县政府同意现印发给你们请认真贯彻执行\n"
            "中共永德县委办公室\n永德县人民政府办公室\n永德县城镇化建设三年行动计划\n为深入贯彻党中央国务院关于城镇化建设的重大决策部署全面加速\n")
    parsed = parse_record(record(text))
    assert parsed.meta.title == "永德县城镇化建设三年行动计划(2020—2022年)"
    assert parsed.meta.region == "云南省临沧市永德县"


def test_a_traditional_page_s_field_table_with_glossed_labels_is_read_once_the_text_is_simplified():
    # wuzhong-tongxin-school-layout-2024 (dev-fv): 發(fā)布機(jī)構 | 同心縣教育局, 標(biāo) 題: read in neither script raw
    text = ("索 引 號(hào)\t640324004/2024-00262\t發(fā)文時(shí)間\t2024-04-16\n發(fā)布機(jī)構(gòu)\t同心縣教育局\t文 號(hào)\n"
            "標(biāo) 題:\t同心縣“十四五”中小學(xué)校布局規(guī)劃中期調(diào)整\n"
            "為適應(yīng)教育改革發(fā)展需求,進(jìn)一步整合和優(yōu)化教育資源配置,結(jié)合全縣人口、經(jīng)濟(jì)發(fā)展現(xiàn)況,編制本規(guī)劃。\n"
            "一、發(fā)展基礎(chǔ)\n“十三五”期間,縣委、縣政府始終把教育擺在優(yōu)先發(fā)展的地位。\n")
    row = SourceRecord("page.txt", "txt", "utf-8", "0" * 64, len(text.encode()), text)
    meta = parse_record(row).meta
    assert (meta.title, meta.issuer, meta.issue_date.isoformat()) == (
        "同心县“十四五”中小学校布局规划中期调整", "同心县教育局", "2024-04-16")
