"""HTML pages: Word HTML, tables, the article among a page's chrome, 信息公开 field tables, charset tags."""

from __future__ import annotations

from gongwen.reading.html import html_to_text, read_html
from gongwen.reading.inbox import read_file
from tests.reading_helpers import FIELD, read_one

# Word exports split numbers over spans, pad with &nbsp; and wrap source lines inside a paragraph.
WORD_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>p {margin:0}</style><script>var x = "不是正文";</script></head><body>
<p class=MsoNormal><span lang=EN-US>2015</span><span>年</span><span lang=EN-US>8</span><span>月</span>
<span lang=EN-US>25</span><span>日</span></p>
<p>&nbsp;&nbsp;到<span>20</span><span>20</span>年,全市常住人口城镇化率达到<b>65</b>%以上,户籍人口城镇化率
达到50%左右。</p>
</body></html>"""


def test_word_html_numbers_stay_whole_and_lines_follow_blocks():
    assert html_to_text(WORD_HTML) == (
        "2015年8月25日\n到2020年,全市常住人口城镇化率达到65%以上,户籍人口城镇化率达到50%左右。"
    )


def test_html_charset_tag_that_lies_is_ignored_and_flagged(tmp_path):
    record = read_one(tmp_path, "page.htm", WORD_HTML.encode("utf-8"))
    assert (record.format, record.encoding, record.flags) == ("html", "utf-8", ("charset_tag_lied:gb2312",))


def test_html_charset_tag_that_tells_the_truth_is_not_flagged(tmp_path):
    record = read_one(tmp_path, "page.htm", WORD_HTML.encode("gbk"))
    assert (record.encoding, record.flags) == ("gb18030", ())


TASK_TABLE = """<body><p>附件</p><table>
<tr><td colspan=3><p>重</p><p>点任务</p></td><td>牵头单位</td><td>配合单位</td><td><p>完成</p><p>时限</p></td></tr>
<tr><td>(三)实行城乡统一的户口登记制度</td><td>3</td><td>制定城乡统一的户口登记管理办法。</td>
<td>市公安局</td><td></td><td>2015年</td></tr>
</table></body>"""


def test_table_row_is_one_line_of_tab_separated_cells():
    assert html_to_text(TASK_TABLE).split("\n") == [
        "附件",
        "重点任务\t牵头单位\t配合单位\t完成时限",
        "(三)实行城乡统一的户口登记制度\t3\t制定城乡统一的户口登记管理办法。\t市公安局\t\t2015年",
    ]


def test_layout_table_around_the_article_keeps_its_paragraphs():
    paragraphs = "".join(f"<p>第{i}段。" + "推进农业转移人口市民化。" * 10 + "</p>" for i in range(15))
    html = f"<body><table><tr><td><a href='/'>首页</a></td><td>{paragraphs}</td></tr></table></body>"
    lines = html_to_text(html).split("\n")
    assert len(lines) == 15  # one per paragraph; the navigation cell beside the article is left out
    assert lines[0].startswith("第0段。推进农业转移人口市民化。")


def test_main_content_drops_navigation_but_keeps_the_title_above_the_article():
    body = "".join("<p>" + "居住在我省福州市辖区、厦门市之外的其他县(市)城区,均可将户口迁入居住地。" + "</p>" for _ in range(8))
    html = (
        "<body><div class=nav><a href='/'>首页</a> <a href='/a'>信息公开</a> <a href='/b'>政策信息</a></div>"
        "<div class=main><div class=title>福建省人民政府关于进一步推进户籍制度改革的意见</div>"
        f"<div class=content>{body}</div></div>"
        "<div class=related><a href='/1'>相关文章一</a><a href='/2'>相关文章二</a><a href='/3'>相关文章三</a></div>"
        "</body>"
    )
    lines = html_to_text(html).split("\n")
    assert lines[0] == "福建省人民政府关于进一步推进户籍制度改革的意见"
    assert len(lines) == 9


def test_fujian_field_page_is_utf8_despite_its_gb2312_tag():
    record = read_file(FIELD, FIELD / "fujian-hukou-2015.html")[0]
    assert (record.encoding, record.flags) == ("utf-8", ("charset_tag_lied:gb2312",))
    assert record.text.split("\n")[0] == "福建省人民政府关于进一步推进户籍制度改革的意见"
    assert record.text.split("\n")[-2:] == ["福建省人民政府", "2015年2月11日"]


def test_chongqing_field_page_gives_the_annex_as_tab_separated_rows():
    text = read_file(FIELD, FIELD / "chongqing-hukou-2015.html")[0].text
    lines = text.split("\n")
    assert "重庆市人民政府\n2015年8月25日" in text  # the signature date, split over Word spans
    row = next(line for line in lines if line.startswith("40\t") or "\t40\t" in line)
    assert row == (
        "(十二)积极做好宣传引导\t40\t多形式、多渠道开展进一步推进户籍制度改革相关政策和工作宣传。\t"
        "市委宣传部\t市发展改革委、市公安局、各区县(自治县)人民政府\t2015―2020年"
    ).replace("(", "（").replace(")", "）")


# A CMS page: field table above the article, toolbar between title and text, footer with more plain text
# than a short article's title block.
CMS_PAGE = """<body><div class=crumb><a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></div>
<table class=xxgk><tr><td>索 引 号：</td><td>000014349/2025-00021</td><td>主题分类：</td><td>体育</td></tr>
<tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2025年03月10日</td></tr>
<tr><td>标　　题：</td><td colspan=3>国务院关于印发《全民健身设施补短板三年行动计划》的通知</td></tr>
<tr><td>发文字号：</td><td>国发〔2025〕4号</td><td>发布日期：</td><td>2025年03月14日</td></tr></table>
<div class=article><h1>国务院关于印发《全民健身设施补短板三年行动计划》的通知</h1>
<div class=tools>【字体：<a href=#>大</a> <a href=#>中</a> <a href=#>小</a>】<a href=#>打印本页</a></div>
<div class=content><p>国发〔2025〕4号</p><p>现将《全民健身设施补短板三年行动计划》印发给你们，请认真贯彻执行。</p>
<p>国务院</p><p>2025年3月10日</p></div></div>
<div class=footer><p>版权所有：中国政府网　主办单位：国务院办公厅　运行维护：中国政府网运行中心</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div></body>"""


def test_field_table_becomes_hints_and_leaves_the_page():
    page = read_html(CMS_PAGE)
    assert page.fields == {
        "index_number": "000014349/2025-00021",
        "topic": "体育",
        "issuer": "国务院",
        "written_date": "2025年03月10日",
        "title": "国务院关于印发《全民健身设施补短板三年行动计划》的通知",
        "doc_number": "国发〔2025〕4号",
        "publish_date": "2025年03月14日",
    }
    assert "索" not in page.text and "发文字号" not in page.text


def test_article_is_the_block_of_sentences_with_its_title_above_the_toolbar():
    assert read_html(CMS_PAGE).text.split("\n") == [
        "国务院关于印发《全民健身设施补短板三年行动计划》的通知",
        "国发〔2025〕4号",
        "现将《全民健身设施补短板三年行动计划》印发给你们，请认真贯彻执行。",
        "国务院",
        "2025年3月10日",
    ]


def test_fields_written_as_a_list_of_label_value_items():
    html = ("<ul class=info><li><label>索引号：</label><span>008454129/2025-00015</span></li>"
            "<li><label>文号：</label><span>绵府发〔2025〕3号</span></li>"
            "<li><label>成文日期：</label><span>2025年02月18日</span></li>"
            "<li><label>有效性：</label><span></span></li></ul>"
            "<p>现提出如下实施意见。</p>")
    page = read_html(html)
    assert page.fields == {"index_number": "008454129/2025-00015", "doc_number": "绵府发〔2025〕3号",
                           "written_date": "2025年02月18日"}
    assert page.text == "现提出如下实施意见。"


def test_fields_written_as_a_definition_list():
    html = ("<dl><dt>索引号</dt><dd>11370700004359458M/2025-0042</dd><dt>发文字号</dt><dd>潍政办字〔2025〕9号</dd>"
            "<dt>成文日期</dt><dd>2025-02-26</dd><dt>有效性</dt><dd></dd></dl><p>现印发给你们。</p>")
    assert read_html(html).fields == {"index_number": "11370700004359458M/2025-0042",
                                      "doc_number": "潍政办字〔2025〕9号", "written_date": "2025-02-26"}


def test_two_field_labels_are_no_field_table():
    html = "<table><tr><td>文号：</td><td>绵府发〔2025〕3号</td><td>有效性：</td><td>有效</td></tr></table>"
    assert read_html(html).fields == {}


def test_word_list_number_keeps_no_padding():
    html = ("<p class=MsoListParagraph><span style='mso-list:Ignore'>1.<span style='font:7.0pt'>&nbsp;&nbsp; "
            "</span></span><span>逐步普及农村卫生厕所。</span></p>")
    assert html_to_text(html) == "1.逐步普及农村卫生厕所。"


def test_a_bold_numbered_heading_inside_running_text_is_a_line_of_its_own():
    # sichuan-policy-inspection-2014 (dev-k): the items run on in one <div>, their headings only bold
    html = ("<html><body><div>现就有关工作通知如下。\n<b>一、各地自查</b>\n各市（州）要开展逐项自查。\n"
            "<b>二、部门自查</b>\n省级部门要深入自查，重点见<b>附表一、二</b>所列。</div></body></html>")
    assert html_to_text(html).split("\n") == [
        "现就有关工作通知如下。", "一、各地自查", "各市（州）要开展逐项自查。", "二、部门自查",
        "省级部门要深入自查，重点见附表一、二所列。"]


def test_a_tables_caption_is_the_line_above_its_rows():
    # 石城县's assessment table as its web app serves it: the document's title is the table's caption.
    html = ("<div><h2><c>县级考核依据</c></h2><table border='1'>"
            "<caption>石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则</caption>"
            "<thead><tr><th>序号</th><th>考核项目</th><th>各项分值</th></tr></thead>"
            "<tbody><tr><td>1</td><td>组织领导</td><td>8</td></tr></tbody></table></div>")
    assert html_to_text(html).split("\n") == [
        "县级考核依据", "石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则", "序号\t考核项目\t各项分值",
        "1\t组织领导\t8"]


def test_a_cms_pages_article_title_meta_is_the_title_hint_and_its_dates_are_not():
    page = ("<html><head><title>网站首页</title><meta name=\"ArticleTitle\" content=\"某市住房公积金管理委员会关于调整"
            "贷款政策的通知\"><meta name=\"PubDate\" content=\"2024-05-16 09:00\"></head><body>"
            "<div id=\"zoom\"><p>各缴存单位、职工：</p><p>一、调整首付比例。</p></div></body></html>")
    fields = read_html(page).fields
    assert fields == {"title": "某市住房公积金管理委员会关于调整贷款政策的通知"}


def test_a_field_tables_file_number_label_gives_the_doc_number():
    # jinhua-wucheng-ai-plan-2025 (dev-et): 文件字号, as 发文字号 and 文号 are
    page = read_html("<html><body><table><tr><td>主题分类:</td><td>其他</td></tr><tr><td>体裁分类:</td><td>通知</td></tr>"
                     "<tr><td>发布机构:</td><td>婺城区政府办公室</td></tr>"
                     "<tr><td>文件字号:</td><td>婺区政发〔2025〕15号</td></tr><tr><td>成文日期:</td><td>2025-12-24</td></tr></table>"
                     "<p>金华市婺城区人民政府关于印发婺城区推动人工智能创新发展行动方案的通知</p></body></html>")
    assert page.fields["doc_number"] == "婺区政发〔2025〕15号"


def test_a_page_s_posting_time_written_in_its_text_dates_the_page(tmp_path):
    # yunnan-gov-report-digest-2026 (dev-ff): 2026-01-28 22:06 alone above a news lead, no field block in the markup
    page = ("<html><head><meta charset='utf-8'><title>云南省政府工作报告</title></head><body><p>2026-01-28 22:06</p>"
            "<p>1月28日,云南省第十四届人民代表大会第四次会议在昆明开幕。</p>"
            "<p>省长王予波代表省人民政府向大会作政府工作报告。</p></body></html>")
    record = read_one(tmp_path, "page.html", page.encode("utf-8"))
    assert record.hints == {"page_publish_date": "2026-01-28"}
