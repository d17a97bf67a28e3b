"""Check the segmenters against the reference: rjieba beside jieba.lcut, same user dictionary, no HMM (task
alignment); rjieba's tagger beside jieba.posseg, jieba's own dictionary, no HMM (the actors of a task's clauses).

    python bench/segmenters.py

Segments every sample and field text with both (markup of the field pages stripped), then prints
throughput of each and the share of tokens (words with their tags) that differ (tokens of one not matched in
order by the other).
"""

from __future__ import annotations

import difflib
import io
import logging
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def corpus_texts() -> list[str]:
    import lxml.html

    texts = []
    for folder in ("samples", "field"):
        for path in sorted((REPO / "data" / folder).iterdir()):
            raw = path.read_text(encoding="utf-8", errors="replace")
            texts.append(lxml.html.fromstring(raw).text_content() if path.suffix == ".html" else raw)
    return texts


def reference_tokenizer():
    import jieba

    from gongwen.text.resources import read_lines

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokenizer.load_userdict(io.StringIO("\n".join(read_lines("userdict.txt"))))
    return lambda text: tokenizer.lcut(text, HMM=False)


def candidate_tokenizer():
    from gongwen.rollup.segment import _tokenizer

    tokenizer = _tokenizer()
    return lambda text: tokenizer.cut(text, False)


def reference_tagger():
    import jieba
    from jieba import posseg

    jieba.setLogLevel(logging.WARNING)
    return lambda text: [(pair.word, pair.flag) for pair in posseg.cut(text, HMM=False)]


def candidate_tagger():
    from gongwen.text.words import tagged

    return lambda text: [tuple(word) for word in tagged(text)]


def timed(cut, texts: list[str]) -> tuple[float, list[list[str]]]:
    start = time.perf_counter()
    tokens = [cut(text) for text in texts]
    return time.perf_counter() - start, tokens


def share_different(reference: list[list[str]], candidate: list[list[str]]) -> tuple[int, int]:
    """(tokens of the reference not matched in order by the candidate, reference tokens)."""
    different = total = 0
    for ref, cand in zip(reference, candidate, strict=True):
        matched = sum(block.size for block in difflib.SequenceMatcher(None, ref, cand, autojunk=False).get_matching_blocks())
        different += len(ref) - matched
        total += len(ref)
    return different, total


def main() -> None:
    texts = corpus_texts()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    reference, candidate = reference_tokenizer(), candidate_tokenizer()
    reference(texts[0]), candidate(texts[0])  # dictionaries loaded outside the timings
    t_ref, ref_tokens = timed(reference, texts)
    t_cand, cand_tokens = timed(candidate, texts)
    different, total = share_different(ref_tokens, cand_tokens)
    print(f"{len(texts)} texts, {mb:.2f} MB of UTF-8")
    print(f"jieba.lcut (reference): {t_ref:.2f} s, {mb / t_ref:.2f} MB/s")
    print(f"gongwen segmenter:      {t_cand:.2f} s, {mb / t_cand:.2f} MB/s ({t_ref / t_cand:.1f}x)")
    print(f"tokens different: {different} of {total} ({100 * different / total:.3f} %)")
    from gongwen.normalize import clean_text

    texts = [clean_text(text).text for text in texts]  # the tagger reads cleaned (Simplified) text
    reference, candidate = reference_tagger(), candidate_tagger()
    reference(texts[0]), candidate(texts[0])
    t_ref, ref_tokens = timed(reference, texts)
    t_cand, cand_tokens = timed(candidate, texts)
    different, total = share_different(ref_tokens, cand_tokens)
    print(f"jieba.posseg (reference): {t_ref:.2f} s, {mb / t_ref:.2f} MB/s")
    print(f"gongwen tagger:           {t_cand:.2f} s, {mb / t_cand:.2f} MB/s ({t_ref / t_cand:.1f}x)")
    print(f"tagged words different: {different} of {total} ({100 * different / total:.3f} %)")


if __name__ == "__main__":
    main()
