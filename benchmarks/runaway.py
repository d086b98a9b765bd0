"""Time and peak memory of `quotes extract` on inputs made to run away with the machine.

Each case is one `python -m quotes extract FILE --jobs 1 -f jsonl` in a fresh process, over a
file this script writes: a long news article (1 MB and 2 MB, so time can be seen to grow
linearly), a file of nothing but `"`, a run of `(` after one quote, and `"a" 'b' ` repeated
(every double-quoted span beside a single-quoted one). Prints one Markdown table line per case:
seconds (wall), peak resident memory of the process (MB), rows.

    python benchmarks/runaway.py [--only NAME ...]

Takes a few minutes (the long articles are parsed for real).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPH = (
    "The county said on Monday that the river bridge would stay shut for another month while "
    "engineers checked its cables. “We will not open it until every test is done,” said Tomas "
    "Varga, the county engineer. Traders on both banks said the closure had cost them dearly.\n\n"
)


def article(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


CASES = {
    "article-1mb": lambda: article(1_000_000),
    "article-2mb": lambda: article(2_000_000),
    "double-marks-100kb": lambda: '"' * 100_000,
    "parens-30000": lambda: "“Yes,” he said. " + "(" * 30_000,
    "double-single-40kb": lambda: ("\"a\" 'b' " * 5_000)[:40_000],
}


def run(name: str, text: str) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # A fresh child per case, so its peak is its own (RUSAGE_CHILDREN keeps the largest).
        code = (
            "import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "took = time.perf_counter() - t\n"
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
            "print(took, peak, sum(1 for line in p.stdout.splitlines() if line.strip()))\n"
        )
        command = [sys.executable, "-m", "quotes", "extract", str(path), "--jobs", "1", "-f", "jsonl", "-q"]
        out = subprocess.run(
            [sys.executable, "-c", code, *command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        return float(out[0]), float(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run only these cases")
    args = parser.parse_args()
    print("| input | seconds | peak MB | rows |")
    print("| --- | --- | --- | --- |")
    for name, make in CASES.items():
        if args.only and name not in args.only:
            continue
        took, peak, rows = run(name, make())
        print(f"| {name} | {took:.1f} | {peak:.0f} | {rows} |", flush=True)


if __name__ == "__main__":
    main()
