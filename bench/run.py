"""Benchmark: the whole pipeline on a generated corpus, beside plain jieba.lcut over the same text.

    python bench/run.py [--docs 2000] [--workers 2]

Generates a corpus from the bundled samples (each document made distinct, as many as asked), then
measures in the same process, on the same files:
  1. baseline: `jieba.lcut` of every file's text, one core (what "just segmenting" costs);
  2. gongwen: every asset and every quality gate, in-process, into a temporary home;
  3. gongwen again on a quarter of the corpus, to show cost grows linearly.
Prints throughput (MB/s of input text) and peak memory (max RSS of this process and its workers).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SAMPLES = REPO / "data" / "samples"
PLACES = ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "益阳", "永州", "怀化", "娄底", "遵义", "六盘水"]


def generate_corpus(target: Path, n_docs: int, seed: int = 7) -> int:
    """Write n_docs distinct documents built from the samples; returns the bytes written."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    target.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n_docs):
        lines = texts[i % len(texts)].splitlines()
        # Vary place names and figures so every document is its own text (and its own doc_id).
        place = rng.choice(PLACES)
        body = "\n".join(lines).replace("郴州", place).replace("浏阳", place)
        body += f"\n本方案由{place}市发展改革委负责解释，编号{i:06d}。\n"
        data = body.encode("utf-8")
        (target / f"doc-{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def baseline_jieba(corpus: Path) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    for path in sorted(corpus.iterdir()):
        jieba.lcut(path.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def run_pipeline(corpus: Path, workers: int) -> float:
    import dagster as dg

    from assets.resources import Gongwen
    from pipelines.definitions import defs

    home = Path(tempfile.mkdtemp(prefix="gongwen-bench-"))
    try:
        resource_ = Gongwen(inbox=str(corpus), home=str(home), workers=workers)
        start = time.perf_counter()
        with dg.DagsterInstance.ephemeral() as instance:
            result = dg.materialize(
                [*defs.assets, *defs.asset_checks], resources={"gongwen": resource_}, instance=instance
            )
        elapsed = time.perf_counter() - start
        if not result.success:
            raise SystemExit("pipeline failed during the benchmark")
        return elapsed
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)

    out = REPO / "bench" / "out"
    shutil.rmtree(out, ignore_errors=True)
    full, quarter = out / "corpus", out / "corpus-quarter"
    n_bytes = generate_corpus(full, args.docs)
    q_bytes = generate_corpus(quarter, max(1, args.docs // 4))
    mb = n_bytes / 1e6

    # Warm-up outside the timings: imports (GX ~5 s) and the jieba dictionary are paid once per process.
    import great_expectations  # noqa: F401
    import jieba

    jieba.initialize()
    run_pipeline(SAMPLES, args.workers)  # warm-up: GX context, dictionaries, Dagster's first run

    t_base = baseline_jieba(full)
    t_quarter = run_pipeline(quarter, args.workers)
    t_full = run_pipeline(full, args.workers)

    print(f"\ncorpus: {args.docs} documents, {mb:.1f} MB of UTF-8 text; workers={args.workers}")
    print(f"{'what':<42}{'seconds':>10}{'MB/s':>10}")
    print(f"{'baseline: jieba.lcut, one core':<42}{t_base:>10.1f}{mb / t_base:>10.2f}")
    print(f"{'gongwen: every asset + every gate':<42}{t_full:>10.1f}{mb / t_full:>10.2f}")
    print(f"{'gongwen on a quarter of the corpus':<42}{t_quarter:>10.1f}{q_bytes / 1e6 / t_quarter:>10.2f}")
    print(f"\nspeed vs baseline: {t_base / t_full:.2f}x (goal ≥ 1.0)")
    print(f"growth: {n_bytes / q_bytes:.1f}x the text took {t_full / t_quarter:.1f}x the time (linear ≈ equal)")
    print(f"peak memory: {peak_rss_mb():.0f} MB (goal < 2048 MB for 10 000 documents)")


if __name__ == "__main__":
    main()
