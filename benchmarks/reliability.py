"""What the reliability tests try: test cases, nasty inputs, and property-test examples.

Runs the four reliability test files once with Hypothesis statistics on and prints the
figures the README's Reliability section quotes:

    python benchmarks/reliability.py

Takes a few minutes (it runs the tests). Example counts are what Hypothesis actually ran
(passing examples, summed over its phases), not just the configured budgets.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = [
    "tests/test_properties.py",
    "tests/test_robustness.py",
    "tests/test_cli_errors.py",
    "tests/test_csv.py",
]
_TEST_HEADER = re.compile(r"^(tests/\S+::\S+):$")
_PASSING = re.compile(r"- (\d+) passing examples?")


def collected() -> Counter[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *FILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return Counter(line.split("::")[0] for line in out.splitlines() if "::" in line)


def examples() -> tuple[dict[str, int], str]:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--hypothesis-show-statistics", *FILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    counts: dict[str, int] = {}
    current = ""
    for line in run.stdout.splitlines():
        header = _TEST_HEADER.match(line.strip())
        if header:
            current = header.group(1)
            counts[current] = 0
            continue
        passing = _PASSING.search(line)
        if passing and current:
            counts[current] += int(passing.group(1))
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    if run.returncode != 0:
        raise SystemExit(f"the reliability tests failed:\n{run.stdout[-3000:]}")
    return counts, summary


def main() -> None:
    from tests import test_cli_errors, test_csv, test_robustness

    tests = collected()
    per_test, summary = examples()
    committed = len(test_robustness.PROCESSED) + len(test_robustness.REFUSED)
    generated = len(test_robustness.EXPECTED_FOLDER_ERRORS) + 3  # + a named pipe, 5 MB, long article
    print(f"pytest: {summary}")
    print()
    print("| what | count |")
    print("| --- | --- |")
    for name in FILES:
        print(f"| test cases in `{name}` | {tests[name]} |")
    print(f"| nasty files in `tests/nasty/` (each decoded or refused as expected) | {committed} |")
    print(f"| nasty inputs made by the tests (links, pipes, unreadable, 5 MB, long) | {generated} |")
    not_articles = len(test_cli_errors.NOT_ARTICLES)
    what = "files that are not articles made by the tests (PDF, Word, zip…; each refused as what it is)"
    print(f"| {what} | {not_articles} |")
    cells = f"{len(test_csv.DANGEROUS)} / {len(test_csv.SAFE)}"
    print(f"| CSV cells checked as formula starts / as safe | {cells} |")
    for test, n in sorted(per_test.items()):
        print(f"| property examples run: `{test.split('::')[1]}` | {n} |")
    print(f"| property examples run in all | {sum(per_test.values())} |")


if __name__ == "__main__":
    main()
