"""Normalization: decoded text → the cleaned body every extractor reads (one paragraph per line).

Steps, in order: Unicode cleanup; a document-sharing site's pages joined (`1、…` / `2、…`); run-on lines and
documents broken at their items; GBK-shift mojibake repaired; pinyin annotations removed; full-width ASCII forms
to half-width; a forum's anti-copy noise removed; Traditional→Simplified when the document is Traditional; lines
stripped and spaced-out characters joined; web chrome removed; a news article's lead before the plan it wraps dropped;
page numbers between pages dropped (`-2-`, `--- 第 3 页 OCR ---`), a table of contents above the parts it
lists dropped, numbers joined to their words, and lines
cut at a fixed width (OCR, a PDF's copied text layer) joined back into paragraphs (gongwen.text.wrapped,
the same rule the PDF reader joins its lines by), so that every stage reads whole paragraphs.
One module a step: characters (Unicode, width), shared_pages, run_on, mojibake, pinyin, jammer, script, lines,
chrome, news_lead, contents;
clean.py runs them in order.

Width choice: every character of the full-width block U+FF01–U+FF5E becomes its ASCII twin, including
the Chinese sentence punctuation that has one: （）→(), ，→",", ：→":", ；→";", ？→"?", ！→"!", ％→%,
Ａ-Ｚ/０-９ → A-Z/0-9. Most sources (and four of the five samples) already write `(一)`, `(责任单位:…)`
and `,` that way, so one form is kept everywhere and downstream patterns need only match ASCII.
Punctuation with no ASCII twin stays as written: 。、“”‘’《》〈〉〔〕【】—…·. U+3000 and no-break spaces
become spaces; ― (U+2015) becomes — (U+2014).

Display form: the text columns people read (titles, headings, task text, units, sentences …) are
written back with Chinese punctuation full-width by to_gongwen_punctuation (gongwen.normalize.punctuation),
applied where rows are built (gongwen.rows), one character for one, so spans still index the cleaned
text. raw_documents.text, doc_id and every parser keep the ASCII form.
"""

from gongwen.normalize.characters import fullwidth_to_halfwidth
from gongwen.normalize.chrome import remove_web_chrome
from gongwen.normalize.clean import clean_text
from gongwen.normalize.lines import join_spaced_characters
from gongwen.normalize.mojibake import repair_gbk_mojibake
from gongwen.normalize.news_lead import reduce_news_lead
from gongwen.normalize.pinyin import remove_pinyin_annotations
from gongwen.normalize.punctuation import to_gongwen_punctuation
from gongwen.normalize.script import to_simplified, traditional_share

__all__ = ["clean_text", "fullwidth_to_halfwidth", "join_spaced_characters", "reduce_news_lead",
           "remove_pinyin_annotations", "remove_web_chrome", "repair_gbk_mojibake", "to_gongwen_punctuation",
           "to_simplified", "traditional_share"]
