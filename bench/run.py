"""Benchmark: whole `gongwen run` processes on generated corpora, beside plain jieba.lcut over the same text.

    python bench/run.py                      # 1,000 plans: a few minutes
    python bench/run.py --docs 5000 20000    # the large sizes (20,000 plans: ~380 MB of text, about 20 minutes)
    python bench/run.py --docs 1000 --workers 2 --keep

For each corpus size, generated from the bundled samples (every plan made distinct), it prints:
  - baseline: `jieba.lcut` of every file's text, one core, in this process (dictionary loaded before);
  - one plan: `gongwen run` on the corpus's first plan alone, a whole process: the run's fixed cost, which
    the cost per plan is also given beyond;
  - full run: `gongwen run` into a fresh home, a whole process (imports, every asset, every gate, publishing);
  - rerun with nothing changed: `gongwen run` again on the same home;
  - rerun with 1 % of the files changed (a sentence appended to each): `gongwen run` a third time;
  - peak memory: the largest resident set of any one process of the run (the run or a worker);
  - CPU seconds (user + system) of each `gongwen run` and every process it starts (workers, exports): on a
    machine shared with other work they move much less than wall seconds, so compare them between runs;
  - the per-document stage alone (reading and parsing every file, assets/raw.py ingest_file) through
    assets/pool.py in local worker processes, and on a local Ray head when ray is installed (one this
    process starts for the measurement and stops after, unless GONGWEN_RAY_ADDRESS names a cluster).
Throughput is MB of UTF-8 input text per second of wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SAMPLES = REPO / "data" / "samples"
BIN = Path(sys.executable).parent
CHANGED_SHARE = 0.01  # of the files changed before the third run
PLACES = ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "益阳", "永州", "怀化", "娄底", "遵义", "六盘水"]

# Runs a command and prints, as its last line, the largest max-RSS of any process it waited for (KB) and
# the CPU seconds (user + system) of every process it waited for: the run, its workers and its exports.
_MEASURED = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
    "sys.exit(code)\n"
)


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


def change_files(corpus: Path, share: float, seed: int = 11) -> int:
    """Append a new sentence to `share` of the files (at least one): new content, new doc_ids."""
    files = sorted(corpus.iterdir())
    chosen = random.Random(seed).sample(files, max(1, round(len(files) * share)))
    for n, path in enumerate(chosen):
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"本方案第{n + 1}次修订后自印发之日起施行。\n")
    return len(chosen)


def baseline_jieba(corpus: Path) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    for path in sorted(corpus.iterdir()):
        jieba.lcut(path.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def gongwen_run(corpus: Path, home: Path, workers: int) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one `gongwen run` process and the processes it
    starts. On a machine shared with other work, the CPU seconds move less than the wall time."""
    env = {**os.environ, "GONGWEN_INBOX": str(corpus), "GONGWEN_HOME": str(home),
           "DAGSTER_HOME": str(home / "dagster"), "GONGWEN_WORKERS": str(workers), "PYTHONHASHSEED": "0",
           # This checkout's code, also from a git worktree beside the one the venv was installed from
           # (the venv's `gongwen` script would import that one's).
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    env.pop("GONGWEN_RAY_ADDRESS", None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED, str(BIN / "gongwen"), "run"], env=env,
                          capture_output=True, text=True, cwd=REPO)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"gongwen run failed on {corpus}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    peak_kb, cpu_s = done.stdout.strip().splitlines()[-1].split()
    return elapsed, int(peak_kb) / 1024, float(cpu_s)


def per_document_stage(corpus: Path, workers: int, ray_address: str | None) -> float:
    """Seconds to read and parse every file through parallel_map (locally, or on Ray)."""
    from assets.pool import on_ray, parallel_map
    from assets.raw import ingest_file
    from gongwen.reading import walk_inbox

    entries = [entry for entry in walk_inbox(corpus) if entry.readable]
    with on_ray(ray_address):
        start = time.perf_counter()
        n = sum(1 for _ in parallel_map(ingest_file, entries, workers))
        elapsed = time.perf_counter() - start
    assert n == len(entries)
    return elapsed


def ray_installed() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


def per_document_stage_on_ray(corpus: Path, workers: int) -> float:
    """The stage on the Ray cluster named in GONGWEN_RAY_ADDRESS, or else on a local head this process
    starts for the measurement (`workers` CPUs, no dashboard, no usage stats) and stops after."""
    import ray

    address = os.environ.get("GONGWEN_RAY_ADDRESS")
    if address:
        return per_document_stage(corpus, workers, address)
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(address="local", num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level="warning")
    try:
        per_document_stage(corpus, workers, "local")  # warm-up: workers start and import the parsers once
        return per_document_stage(corpus, workers, "local")
    finally:
        ray.shutdown()


def one_plan_run(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of a full run on the corpus's first plan alone: the run's fixed cost."""
    one = out / "corpus-1"
    shutil.rmtree(one, ignore_errors=True)
    one.mkdir(parents=True)
    first = min(corpus.iterdir())
    (one / first.name).write_bytes(first.read_bytes())
    home = Path(tempfile.mkdtemp(prefix="gongwen-bench-1-"))
    try:
        return gongwen_run(one, home, workers)[:3:2]
    finally:
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(one, ignore_errors=True)


def bench_size(n_docs: int, workers: int, out: Path) -> dict:
    corpus = out / f"corpus-{n_docs}"
    shutil.rmtree(corpus, ignore_errors=True)
    mb = generate_corpus(corpus, n_docs) / 1e6
    home = Path(tempfile.mkdtemp(prefix=f"gongwen-bench-{n_docs}-"))
    try:
        t_base = baseline_jieba(corpus)
        t_one, cpu_one = one_plan_run(corpus, out, workers)
        t_full, rss_full, cpu_full = gongwen_run(corpus, home, workers)
        t_rerun, rss_rerun, cpu_rerun = gongwen_run(corpus, home, workers)
        n_changed = change_files(corpus, CHANGED_SHARE)
        t_changed, rss_changed, cpu_changed = gongwen_run(corpus, home, workers)
        per_document_stage(corpus, workers, None)  # warm-up, as for Ray: parsers loaded in this process
        t_stage = per_document_stage(corpus, workers, None)
        t_ray = per_document_stage_on_ray(corpus, workers) if ray_installed() else None
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return {"docs": n_docs, "mb": mb, "baseline_s": t_base, "one_plan_s": t_one, "full_s": t_full, "rerun_s": t_rerun,
            "changed_s": t_changed, "n_changed": n_changed, "peak_mb": max(rss_full, rss_rerun, rss_changed),
            "stage_local_s": t_stage, "stage_ray_s": t_ray, "one_plan_cpu_s": cpu_one, "full_cpu_s": cpu_full,
            "rerun_cpu_s": cpu_rerun, "changed_cpu_s": cpu_changed}


def report(row: dict, workers: int) -> None:
    mb = row["mb"]
    print(f"\n{row['docs']:,} plans, {mb:.1f} MB of UTF-8 text; workers={workers}")
    print(f"  {'what':<48}{'seconds':>9}{'MB/s':>8}{'× jieba':>9}{'CPU s':>8}")
    lines = [("baseline: jieba.lcut, one core", row["baseline_s"], None),
             ("gongwen run: full, whole process", row["full_s"], row["full_cpu_s"]),
             ("gongwen run: rerun, nothing changed", row["rerun_s"], row["rerun_cpu_s"]),
             (f"gongwen run: rerun, {row['n_changed']} files changed (1 %)", row["changed_s"], row["changed_cpu_s"]),
             ("per-document stage, local processes", row["stage_local_s"], None)]
    if row["stage_ray_s"] is not None:
        lines.append(("per-document stage, local Ray head", row["stage_ray_s"], None))
    for what, seconds, cpu in lines:
        print(f"  {what:<48}{seconds:>9.1f}{mb / seconds:>8.2f}{row['baseline_s'] / seconds:>9.2f}"
              f"{'' if cpu is None else f'{cpu:>8.1f}'}")
    print(f"  rerun / full: {row['rerun_s'] / row['full_s']:.2f}; 1 % changed / full: "
          f"{row['changed_s'] / row['full_s']:.2f}; "
          f"cost per plan: {1000 * row['full_s'] / row['docs']:.1f} ms, beyond a one-plan run "
          f"({row['one_plan_s']:.1f} s, {row['one_plan_cpu_s']:.1f} s of CPU): "
          f"{1000 * (row['full_s'] - row['one_plan_s']) / (row['docs'] - 1):.1f} ms "
          f"({1000 * (row['full_cpu_s'] - row['one_plan_cpu_s']) / (row['docs'] - 1):.1f} ms of CPU); "
          f"peak memory {row['peak_mb']:.0f} MB")
    if row["stage_ray_s"] is None:
        print("  (Ray not measured: pip install -r requirements-ray.txt)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000],
                        help="corpus sizes in plans (the issue's: 1000 5000 20000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)

    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n_docs in args.docs:
        rows.append(bench_size(n_docs, args.workers, out))
        report(rows[-1], args.workers)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    if args.docs == [1000]:
        print("\nlarger corpora: .venv/bin/python bench/run.py --docs 5000 20000")


if __name__ == "__main__":
    main()
