"""clean_text: a decoded document through every cleaning step, in order, with flags saying which acted."""

from __future__ import annotations

from gongwen.model import CleanText
from gongwen.normalize.characters import ascii_full_stops, fullwidth_to_halfwidth, unicode_cleanup
from gongwen.normalize.chrome import remove_web_chrome
from gongwen.normalize.contents import drop_table_of_contents
from gongwen.normalize.jammer import remove_jammer_noise
from gongwen.normalize.lines import (
    drop_page_numbers,
    drop_repeated_body,
    join_spaced_numbers,
    pipe_rows_to_cells,
    tidy_lines,
)
from gongwen.normalize.mojibake import repair_gbk_mojibake
from gongwen.normalize.news_lead import reduce_news_lead
from gongwen.normalize.pinyin import remove_pinyin_annotations
from gongwen.normalize.run_on import (
    split_circled_items,
    split_closing_signature,
    split_heading_before_first_item,
    split_run_on,
    split_run_on_document,
)
from gongwen.normalize.script import TRADITIONAL_SHARE, to_simplified, traditional_share
from gongwen.normalize.shared_pages import join_shared_pages
from gongwen.normalize.wrap_spaces import join_wrap_spaces
from gongwen.text.wrapped import join_cut_lines
from gongwen.vocabulary import SIMPLIFIED, TRADITIONAL

# The steps that give a text saved with its paragraphs run together its lines back, in order, with their flags.
_LINE_BREAKING = (
    (join_shared_pages, "shared_pages_joined:{}"),
    (split_run_on, "run_on_lines_split:{}"),
    (split_run_on_document, "run_on_document_split"),
    (split_closing_signature, "signatures_split:{}"),
    (split_heading_before_first_item, "headings_split:{}"),
    (split_circled_items, "circled_items_split:{}"),
)


def clean_text(text: str) -> CleanText:
    """The cleaned body of a decoded document (see gongwen.normalize for the steps and width choice)."""
    flags: list[str] = []
    text = unicode_cleanup(text)
    for step, flag in _LINE_BREAKING:
        text, count = step(text)
        if count:
            flags.append(flag.format(count))
    text, n_wraps = join_wrap_spaces(text)  # before punctuation goes half-width: the widths are the page's
    if n_wraps:
        flags.append(f"wrap_spaces_removed:{n_wraps}")
    text, n_mojibake = repair_gbk_mojibake(text)
    if n_mojibake:
        flags.append(f"mojibake_repaired:{n_mojibake}")
    text, n_pinyin = remove_pinyin_annotations(text)
    if n_pinyin:
        flags.append(f"pinyin_removed:{n_pinyin}")
    text = ascii_full_stops(fullwidth_to_halfwidth(text))
    text, n_jammer = remove_jammer_noise(text)
    if n_jammer:
        flags.append(f"jammer_removed:{n_jammer}")
    script = SIMPLIFIED
    share = traditional_share(text)
    if share >= TRADITIONAL_SHARE or n_pinyin and share:
        # a mirror that annotates with pinyin writes a share of words in Traditional (國(guó)務(wù)院…經濟體(tǐ)系)
        script = TRADITIONAL if share >= TRADITIONAL_SHARE else script
        text = to_simplified(text)
        flags.append("converted_to_simplified")
    lines = tidy_lines(text)
    lines, n_chrome = remove_web_chrome(lines)
    if n_chrome:
        flags.append(f"chrome_removed:{n_chrome}")
    lines, n_repeated = drop_repeated_body(lines)
    if n_repeated:
        flags.append(f"repeated_body_removed:{n_repeated}")
    lines, lead_removed = reduce_news_lead(lines)
    if lead_removed:
        flags.append("news_lead_removed")
    lines, n_pages = drop_page_numbers(lines)
    if n_pages:
        flags.append(f"page_numbers_removed:{n_pages}")
    lines, n_contents = drop_table_of_contents(lines)
    if n_contents:
        flags.append(f"table_of_contents_removed:{n_contents}")
    lines, n_rows = pipe_rows_to_cells(lines)
    if n_rows:
        flags.append(f"pipe_rows_to_cells:{n_rows}")
    # Lengths are compared once numbers are joined to their words (新建配电自动化终端860 套 is cut as 860套).
    lines, n_joins = join_cut_lines(join_spaced_numbers(lines))
    if n_joins:
        flags.append(f"cut_lines_joined:{n_joins}")
    return CleanText("\n".join(lines), script, tuple(flags))
