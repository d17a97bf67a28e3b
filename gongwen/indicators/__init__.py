"""Quantitative targets (rows of core_indicators) read from one document's cleaned text.

A target is read clause by clause with a small grammar (grammar.py) whose words live in
`resources/indicators_grammar.yaml`, `units.csv` and `metrics.csv` (metrics.py names metrics across
documents):

    tail form     [scope][metric][level verb][qualifier] NUMBER[万/亿][unit][qualifier]   全省常住人口城镇化率提升至66%左右
    count form    [count verb][qualifier] NUMBER[万/亿][unit][以上][的] noun              培育4家高标准造纸集团

paragraphs.py reads a paragraph value by value: values.py (is it a value, its unit and bounding words),
clauses.py (its sentence, clause and piece), phrases.py and forms.py (its metric in either form, read into a
readings.Reading; clause_forms.py when the clause around it names it: 对…进行, 共计; shared_values.py when
metrics named together share values out: 分别, 均). The year a target is for (years.py)
comes from the sentence (到2028年 governs what follows it up to 。; 全年/今年 are the document's year;
“十五五”时期 ends in 2030) or else from the section heading (sections.py: 三、2026年重点工作).

A 主要指标 table (tables.py; HTML rows arrive as lines of tab-joined cells) is read by its header instead:
the metric column, a unit column or the metric's (%)/(万人) suffix, and the target columns (2025年, 目标值,
年均增速; the base-year column is none) give one target per value cell, its span the cell, its sentence
the row. Its rows are not read again as sentences, nor are those of a list of projects with their investment.
The same table flattened one cell per line by a PDF or a saved page (flat_tables.py: 指标 / 单位 / 2022年 /
2025年 on lines of their own, then each row's label cells and one line per value) is read by the same header.

What is deliberately not a target: a number with no unit (dates, 文号, article numbers, phone numbers),
a digit inside a name (5G, G107, IPv6, PM2.5, “1221”, 人才新政52条 in quotes), a small Chinese count
(三年行动, 十个方面), a count not led by a target verb (加快11条重点产业链…, 兴仁等18个…), a range of a
class (60至70微克/立方米之间的镇; a range to reach is its first number, the range its qualifier: 增长5%—5.5% is
≥ 5%), a starting point (由2.57万元增加到…), a class (千亿级), anything in a report's review section
(一、2025年工作回顾 … up to the next heading of its rank) or a paragraph opening with 过去一年/一年来…,
and a value governed by a year before the document's own (2010年末…, “十一五”期间…: a baseline).
"""

from gongwen.indicators.extract import (
    extract_figures,
    extract_indicators,
    qualifier_comparator_pattern,
    qualifier_comparators,
)
from gongwen.indicators.grammar import Unit
from gongwen.indicators.metrics import canonical_metric

__all__ = ["Unit", "canonical_metric", "extract_figures", "extract_indicators", "qualifier_comparator_pattern",
           "qualifier_comparators"]
