"""What the reliability tests try: test cases, nasty inputs, and property-test examples.

Runs the four reliability test files once with Hypothesis statistics on and prints the
figures docs/reliability.md quotes:

    python benchmarks/reliability.py
    python benchmarks/reliability.py --guarantees   # issue 15's guarantees and their tests

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
    "tests/test_safety.py",
    "tests/test_batch.py",
    "tests/test_stops.py",
    "tests/test_runaway.py",
]
# Issue 15's guarantees, each with the test that holds it (docs/reliability.md
# lists the same): the run below must collect and pass every one.
GUARANTEES = [
    (
        "an output that is the file on stdin is refused",
        "tests/test_safety.py::test_output_that_is_the_file_on_stdin_is_refused",
    ),
    ("-o onto a FIFO writes through it", "tests/test_safety.py::test_output_onto_a_fifo_writes_through_it"),
    (
        "-o onto a link to stdout (a FIFO) writes through, the link kept",
        "tests/test_safety.py::test_output_onto_a_link_to_a_fifo_writes_through_and_keeps_the_link",
    ),
    (
        "-o onto a link to a file replaces the file, keeps link and permissions",
        "tests/test_safety.py::test_output_onto_a_link_to_a_file_replaces_the_file_and_keeps_the_link",
    ),
    (
        "-o onto a device (/dev/full) writes through: one line on a full disk",
        "tests/test_safety.py::test_output_onto_a_full_device_is_one_clear_error",
    ),
    (
        "Parquet output onto a FIFO or device is refused, the FIFO kept",
        "tests/test_safety.py::test_parquet_output_onto_a_fifo_is_refused_and_the_fifo_kept",
    ),
    (
        "another program's SQLite database is refused untouched",
        "tests/test_safety.py::test_a_database_of_another_program_is_refused_untouched",
    ),
    (
        "a half-matching schema is refused, not half-migrated",
        "tests/test_safety.py::test_a_half_matching_schema_is_refused_not_half_migrated",
    ),
    (
        "--keep-text never overwrites a file it did not write",
        "tests/test_safety.py::test_keep_text_never_overwrites_a_file_it_did_not_write",
    ),
    (
        "kept texts are never read back as inputs",
        "tests/test_safety.py::test_kept_texts_are_not_read_back_as_inputs",
    ),
    (
        "--keep-text never writes outside its folder",
        "tests/test_safety.py::test_keep_text_never_writes_outside_its_folder_through_a_link",
    ),
    (
        "inputs whose names clean alike keep distinct texts",
        "tests/test_safety.py::test_inputs_whose_names_clean_alike_keep_distinct_texts",
    ),
    (
        "a page naming a codec that is no text encoding is read",
        "tests/test_batch.py::test_a_page_naming_a_codec_that_is_no_text_encoding_is_read_all_the_same",
    ),
    (
        "a lone surrogate in a record is one error, the rest written",
        "tests/test_batch.py::test_lone_surrogates_in_a_record_are_one_error_and_the_rest_is_written",
    ),
    (
        "a record nested too deeply is one error",
        "tests/test_batch.py::test_a_record_nested_a_thousand_levels_deep_is_one_error",
    ),
    (
        "evaluate names a gold line nested too deeply",
        "tests/test_batch.py::test_evaluate_says_which_line_is_nested_too_deeply",
    ),
    (
        "evaluate scores an article holding a lone surrogate",
        "tests/test_batch.py::test_evaluate_scores_an_article_holding_a_lone_surrogate",
    ),
    (
        "a file name that is not UTF-8 is written as its bytes show",
        "tests/test_batch.py::test_a_file_name_that_is_not_utf8_is_written_as_its_bytes_show",
    ),
    (
        "every good document comes out whatever the odd ones (property)",
        "tests/test_batch.py::test_every_good_document_comes_out_whatever_the_odd_ones",
    ),
    (
        "an output folder that cannot be written is one line",
        "tests/test_stops.py::test_an_output_folder_that_cannot_be_written_is_one_line",
    ),
    ("a locked database is one line", "tests/test_stops.py::test_a_locked_database_is_one_line"),
    (
        "an --errors path that cannot be written is refused before scoring",
        "tests/test_stops.py::test_an_errors_file_that_cannot_be_written_is_refused_before_scoring",
    ),
    ("a closed stdout is one line", "tests/test_stops.py::test_a_closed_stdout_is_one_line"),
    (
        "SQLite commits every finished document",
        "tests/test_stops.py::test_every_finished_document_is_committed_at_once",
    ),
    (
        "a terminated database run keeps every finished document",
        "tests/test_stops.py::test_a_terminated_database_run_keeps_every_finished_document",
    ),
    (
        "--jobs is capped at the cores with a note",
        "tests/test_stops.py::test_jobs_beyond_the_cores_are_capped_with_a_note",
    ),
    ("workers die with a killed parent", "tests/test_stops.py::test_workers_die_with_a_killed_parent"),
    (
        "Ctrl-C and SIGTERM stop within seconds, quietly, nothing left",
        "tests/test_stops.py::test_an_interrupt_stops_within_seconds_quietly_leaving_nothing",
    ),
    (
        "runs of marks are broken before the parser, offsets kept",
        "tests/test_runaway.py::test_long_runs_of_marks_are_broken_for_the_parser_and_offsets_hold",
    ),
    (
        "the quote finder compares no all pairs",
        "tests/test_runaway.py::test_the_quote_finder_does_not_compare_every_double_quote_with_every_single_one",
    ),
    (
        "the parser is given one long piece at a time",
        "tests/test_runaway.py::test_the_parser_is_given_one_long_piece_at_a_time",
    ),
    (
        "a corpus record over the size limit is one error",
        "tests/test_runaway.py::test_a_corpus_record_over_the_size_limit_is_one_error",
    ),
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


def collected_ids() -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *FILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in out.splitlines() if "::" in line]


def guarantees_table() -> None:
    """docs/reliability.md's list: each guarantee and the test that holds it."""
    print("| guarantee | test |")
    print("| --- | --- |")
    for what, test in GUARANTEES:
        print(f"| {what} | `{test.split('::')[1]}` |")


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
    passed = collected_ids()
    missing = [test for _, test in GUARANTEES if not any(node.startswith(test) for node in passed)]
    if missing:
        raise SystemExit(f"guarantees with no test: {missing}")
    print(f"| guarantees of issue 15, each held by a passing test | {len(GUARANTEES)} |")
    for test, n in sorted(per_test.items()):
        print(f"| property examples run: `{test.split('::')[1]}` | {n} |")
    print(f"| property examples run in all | {sum(per_test.values())} |")


if __name__ == "__main__":
    if sys.argv[1:] == ["--guarantees"]:
        guarantees_table()
    else:
        main()
