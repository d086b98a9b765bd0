"""What `quotes` costs on top of spaCy's parse: words/s, --jobs scaling, peak memory, start-up.

    python benchmarks/throughput.py            # the full run (long: about an hour on 2 slow cores)
    python benchmarks/throughput.py --quick    # the same measurements on smaller batches

Run from the repository root on a quiet machine. Every figure is the median of several runs,
after a warm-up run; the environment is printed first so figures can be compared.

1. Throughput, on the same articles (``../shared/eval/polnear-train.jsonl`` texts, and the seed
   article repeated as many times): bare ``nlp.pipe`` of the full default pipeline, bare
   ``nlp.pipe`` of the components quotes uses, and the whole of ``quotes`` in one process --
   reading the articles from a JSONL corpus on disk, extraction, and CSV written to a file.
   Words are whitespace-separated words of the input texts; the ratio is quotes / bare parse
   (same components), and for ``quotes --indirect`` (reported speech too) the ratio is to
   quotes without it.
2. ``--jobs 2`` against ``--jobs 1`` on a batch of 800 articles (the whole quotes path).
   ``--only cluster``: ``--cluster local:2`` against ``--jobs 2`` and ``--jobs 1`` on the same
   batch (the same read, extract and CSV path, the batch cut in shards and run on a Dask
   LocalCluster of two single-threaded workers, warmed up first; the cluster's start and its
   workers' model load are reported apart), and the CPU seconds of every process.
3. Peak RSS over 500 and over 5,000 articles (train texts cycled), each in a fresh process with
   the default number of workers: the main process and the largest worker.
4. Wall time of ``python -m quotes extract`` on the seed article (model load included).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's quotes, whatever is installed

import spacy  # noqa: E402

from quotes.pipeline import extract_documents, load_pipeline, resolve_model  # noqa: E402
from quotes.read import read_inputs  # noqa: E402
from quotes.write import Writer  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "eval" / "polnear-train.jsonl"
SEED = SHARED / "seed" / "article.txt"


def train_texts() -> list[str]:
    with open(TRAIN, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def write_corpus(path: Path, texts: Iterable[str]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")


def run_quotes(nlp: spacy.Language, corpus: Path, out: Path, jobs: int, indirect: bool = False) -> int:
    """The CLI's path: read the corpus, extract, write CSV to a file. Returns the row count."""
    documents = (d for d in read_inputs([str(corpus)]) if not isinstance(d, Exception))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = Writer(fh, "csv")
        for result in extract_documents(nlp, documents, jobs=jobs, indirect=indirect):  # type: ignore[arg-type]
            if result.error:
                raise RuntimeError(f"{result.document.source}: {result.error}")
            writer.write(result.rows)
        writer.close()
        return writer.count


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def environment() -> dict[str, str]:
    model = resolve_model()
    return {
        "date (UTC)": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": platform.processor() or platform.machine(),
        "cores": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "load average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "spacy": spacy.__version__,
        "model": f"{model} {spacy.util.get_package_version(model) or '?'}",
    }


def throughput(n_articles: int, runs: int, tmp: Path) -> list[dict[str, object]]:
    full = spacy.load(resolve_model())  # every default component
    nlp = load_pipeline()
    corpora = {
        "polnear-train": train_texts()[:n_articles],
        "seed article repeated": [SEED.read_text(encoding="utf-8")] * n_articles,
    }
    table: list[dict[str, object]] = []
    for corpus_name, texts in corpora.items():
        table += throughput_on(f"{corpus_name} ({len(texts)} articles)", texts, full, nlp, runs, tmp)
    return table


def throughput_on(
    label: str, texts: list[str], full: spacy.Language, nlp: spacy.Language, runs: int, tmp: Path
) -> list[dict[str, object]]:
    corpus, warm, out = tmp / "corpus.jsonl", tmp / "warm.jsonl", tmp / "rows.csv"
    write_corpus(corpus, texts)
    write_corpus(warm, texts[:3])

    def bare_full() -> None:
        for _ in full.pipe(texts, batch_size=16):
            pass

    def bare_same() -> None:
        with nlp.select_pipes(disable=["quotes"]):
            for _ in nlp.pipe(texts, batch_size=16):
                pass

    configs: dict[str, Callable[[], object]] = {
        "bare parse, full default pipeline": bare_full,
        "bare parse, components quotes uses": bare_same,
        "quotes, 1 process (read + extract + CSV)": lambda: run_quotes(nlp, corpus, out, 1),
        "quotes --indirect, 1 process": lambda: run_quotes(nlp, corpus, out, 1, indirect=True),
    }
    # Warm-up: first calls allocate and fill caches.
    with nlp.select_pipes(disable=["quotes"]):
        list(nlp.pipe(texts[:3]))
    list(full.pipe(texts[:3]))
    run_quotes(nlp, warm, out, 1)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
    for _ in range(runs):  # interleaved, so a noisy minute hits every configuration alike
        for name, fn in configs.items():
            times[name].append(timed(fn))
    n_words = words(texts)
    rows: list[dict[str, object]] = []
    for name in configs:
        wall = statistics.median(t for t, _ in times[name])
        cpu = statistics.median(c for _, c in times[name])
        rows.append(
            {
                "articles": f"{label}, {n_words:,} words",
                "pipeline": name,
                "words/s": n_words / wall,
                "words/CPU-s": n_words / cpu,
            }
        )
    same, ours, reported = rows[1], rows[2], rows[3]
    ours["ratio"] = float(ours["words/s"]) / float(same["words/s"])  # type: ignore[arg-type]
    ours["ratio (CPU)"] = float(ours["words/CPU-s"]) / float(same["words/CPU-s"])  # type: ignore[arg-type]
    # What reported speech costs: --indirect against the same run without it.
    reported["ratio"] = float(reported["words/s"]) / float(ours["words/s"])  # type: ignore[arg-type]
    reported["ratio (CPU)"] = float(reported["words/CPU-s"]) / float(ours["words/CPU-s"])  # type: ignore[arg-type]
    return rows


def cpu_all() -> float:
    """CPU seconds of this process and of its reaped children (the workers) so far."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def jobs_scaling(n_articles: int, runs: int, tmp: Path) -> list[dict[str, object]]:
    """Wall-clock words/s for --jobs 1 and 2, and the CPU all processes spent: on a busy
    machine the wall clock cannot show a speed-up, but the CPU says what the workers cost."""
    nlp = load_pipeline()
    texts = list(itertools.islice(itertools.cycle(train_texts()), n_articles))
    corpus, out = tmp / "batch.jsonl", tmp / "rows.csv"
    write_corpus(corpus, texts)
    warm = tmp / "warm.jsonl"
    write_corpus(warm, texts[:4])
    run_quotes(nlp, warm, out, 2)
    walls: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(runs):
        for jobs in walls:
            cpu = cpu_all()
            walls[jobs].append(timed(lambda j=jobs: run_quotes(nlp, corpus, out, j))[0])  # type: ignore[misc]
            cpus[jobs].append(cpu_all() - cpu)
    n_words = words(texts)
    rows: list[dict[str, object]] = []
    for jobs in walls:
        rows.append(
            {
                "jobs": jobs,
                "articles": len(texts),
                "words/s": n_words / statistics.median(walls[jobs]),
                "CPU s, all processes": statistics.median(cpus[jobs]),
            }
        )
    rows[1]["speed-up"] = float(rows[1]["words/s"]) / float(rows[0]["words/s"])  # type: ignore[arg-type]
    rows[1]["CPU vs jobs 1"] = float(rows[1]["CPU s, all processes"]) / float(rows[0]["CPU s, all processes"])  # type: ignore[arg-type]
    return rows


def run_on_cluster(client: object, corpus: Path, out: Path) -> int:
    """The --cluster path: the corpus cut into shards, run on the client's workers, CSV
    written here in input order. Returns the row count."""
    from quotes.cluster import run_shards
    from quotes.shards import ShardOptions, plan_shards

    shards, errors = plan_shards([str(corpus)], ShardOptions())
    assert not errors, errors
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = Writer(fh, "csv")
        for outcome in run_shards(client, shards, ShardOptions()):
            for item in outcome.items:
                if isinstance(item, Exception) or item.error:
                    raise RuntimeError(f"{item}")
                writer.write(item.rows)
        writer.close()
        return writer.count


def _worker_cpu() -> float:
    return time.process_time()


def cluster_scaling(n_articles: int, runs: int, tmp: Path) -> list[dict[str, object]]:
    """--jobs 1, --jobs 2 and --cluster local:2 on the same batch, interleaved: words/s (wall)
    and the CPU seconds of every process (this one, its forked workers, the Dask workers)."""
    from quotes.cluster import connect
    from quotes.pipeline import shared_pipeline

    nlp = load_pipeline()
    texts = list(itertools.islice(itertools.cycle(train_texts()), n_articles))
    corpus, out = tmp / "batch.jsonl", tmp / "rows.csv"
    write_corpus(corpus, texts)
    warm = tmp / "warm.jsonl"
    write_corpus(warm, texts[:4])
    run_quotes(nlp, warm, out, 2)
    started = time.perf_counter()
    with connect("local:2") as client:
        client.run(shared_pipeline)  # every worker loads the model once, as its first shard would
        start_s = time.perf_counter() - started
        run_on_cluster(client, warm, out)
        modes = ("jobs 1", "jobs 2", "cluster local:2")
        walls: dict[str, list[float]] = {m: [] for m in modes}
        cpus: dict[str, list[float]] = {m: [] for m in modes}
        counts: dict[str, int] = {}
        for _ in range(runs):
            for mode in modes:
                cpu = cpu_all()
                workers = sum(client.run(_worker_cpu).values()) if mode.startswith("cluster") else 0.0
                if mode.startswith("cluster"):
                    wall, _ = timed(lambda m=mode: counts.__setitem__(m, run_on_cluster(client, corpus, out)))  # type: ignore[misc]
                    workers = sum(client.run(_worker_cpu).values()) - workers
                else:
                    jobs = int(mode.split()[1])
                    wall, _ = timed(
                        lambda j=jobs, m=mode: counts.__setitem__(m, run_quotes(nlp, corpus, out, j))  # type: ignore[misc]
                    )
                walls[mode].append(wall)
                cpus[mode].append(cpu_all() - cpu + workers)
    assert len(set(counts.values())) == 1, counts  # the same rows every way
    n_words = words(texts)
    rows: list[dict[str, object]] = []
    for mode in modes:
        rate = n_words / statistics.median(walls[mode])
        rows.append(
            {
                "run": mode,
                "articles": len(texts),
                "words": n_words,
                "words/s": rate,
                "CPU s, all processes": statistics.median(cpus[mode]),
                "words/CPU-s": n_words / statistics.median(cpus[mode]),
            }
        )
    base, pair = float(rows[0]["words/s"]), float(rows[1]["words/s"])  # type: ignore[arg-type]
    for row in rows[1:]:
        row["vs jobs 1"] = float(row["words/s"]) / base  # type: ignore[arg-type]
        row["vs jobs 2"] = float(row["words/s"]) / pair  # type: ignore[arg-type]
    rows[2]["cluster start + model load s"] = start_s
    return rows


def _own_peak_mb() -> float:
    """This process's peak RSS. Linux keeps ru_maxrss across exec (it would report the
    benchmark parent that forked us), so read the high-water mark of our own memory map."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
        1024 * 1024 if sys.platform == "darwin" else 1024
    )


def rss_child(n_articles: int) -> None:
    """Run in a fresh process: extract n articles with the default workers, print peak RSS."""
    nlp = load_pipeline()
    texts = itertools.islice(itertools.cycle(train_texts()), n_articles)
    with tempfile.TemporaryDirectory() as d:
        corpus = Path(d) / "batch.jsonl"
        write_corpus(corpus, texts)
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        start = time.perf_counter()
        rows = run_quotes(nlp, corpus, Path(d) / "rows.csv", jobs)
        wall = time.perf_counter() - start
    # Workers are forked and reaped by now: RUSAGE_CHILDREN holds the largest one's peak.
    worker_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "articles": n_articles,
                "rows": rows,
                "jobs": jobs,
                "seconds": round(wall, 1),
                "main MB": round(_own_peak_mb(), 1),
                "largest worker MB": round(
                    worker_kib / (1024 * 1024 if sys.platform == "darwin" else 1024), 1
                ),
            }
        )
    )


def peak_rss(sizes: list[int]) -> list[dict[str, object]]:
    rows = []
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--rss-child", str(n)], check=True, capture_output=True, text=True
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"<!-- {n} articles done: {json.dumps(rows[-1])} -->", flush=True)
    return rows


def single_file(runs: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "quotes", "extract", str(SEED), "--format", "csv", "--quiet"]
    walls, cpus = [], []
    for _ in range(runs + 1):  # the first run warms the file cache
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    load = statistics.median(timed(load_pipeline)[0] for _ in range(3))
    return {
        "wall s": statistics.median(walls[1:]),
        "CPU s": statistics.median(cpus[1:]),
        "model load s (in process)": load,
    }


def markdown(rows: list[dict[str, object]]) -> str:
    keys = list(dict.fromkeys(k for r in rows for k in r))
    lines = ["| " + " | ".join(keys) + " |", "|" + " --- |" * len(keys)]
    for r in rows:
        cells = []
        for k in keys:
            v = r.get(k, "")
            cells.append(
                f"{v:,.0f}"
                if isinstance(v, float) and v >= 100
                else f"{v:.2f}"
                if isinstance(v, float)
                else str(v)
            )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller batches and fewer runs")
    ap.add_argument("--runs", type=int, default=0, help="runs per measurement (default 5, quick 3)")
    ap.add_argument("--articles", type=int, default=0, help="articles per throughput corpus (200, quick 40)")
    ap.add_argument(
        "--jobs-articles", type=int, default=0, help="articles for the --jobs batch (800, quick 160)"
    )
    ap.add_argument(
        "--only",
        default="throughput,jobs,rss,start",
        help="comma-separated sections to run (also: cluster, which needs quotes[dask])",
    )
    ap.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child)
        return
    runs = args.runs or (3 if args.quick else 5)
    n_articles = args.articles or (40 if args.quick else 200)
    jobs_articles = args.jobs_articles or (160 if args.quick else 800)
    jobs_runs = args.runs or (1 if args.quick else 3)
    rss_sizes = [50, 500] if args.quick else [500, 5000]
    sections = set(args.only.split(","))
    print("command: python benchmarks/throughput.py " + " ".join(sys.argv[1:]))
    print(markdown([environment()]), end="\n\n", flush=True)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if "throughput" in sections:
            print("## Throughput (median of runs)\n")
            print(markdown(throughput(n_articles, runs, tmp)), end="\n\n", flush=True)
        if "jobs" in sections:
            print(f"## --jobs on {jobs_articles} articles (median of {jobs_runs} runs)\n")
            print(markdown(jobs_scaling(jobs_articles, jobs_runs, tmp)), end="\n\n", flush=True)
        if "cluster" in sections:
            title = f"--cluster local:2, --jobs 2, --jobs 1 on {jobs_articles} articles"
            print(f"## {title} (median of {jobs_runs} runs)\n")
            print(markdown(cluster_scaling(jobs_articles, jobs_runs, tmp)), end="\n\n", flush=True)
    if "rss" in sections:
        print("## Peak RSS, default workers\n")
        rss = peak_rss(rss_sizes)
        growth = max(float(rss[1][k]) / float(rss[0][k]) for k in ("main MB", "largest worker MB"))  # type: ignore[arg-type]
        print(markdown(rss))
        print(f"\nlargest growth from {rss_sizes[0]} to {rss_sizes[1]} articles: {growth:.2f}x\n", flush=True)
    if "start" in sections:
        print("## One small file (python -m quotes extract <seed article>)\n")
        print(markdown([single_file(3)]), flush=True)


if __name__ == "__main__":
    main()
