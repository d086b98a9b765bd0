"""How `quotes` does on saved web pages: the pages of samples/html/ against their hand-made tables.

python benchmarks/webpages.py [--errors] [--json] [PAGE ...]

Each page ``samples/html/<name>.html`` has, written by hand from the story (not from the tool's
output), ``tests/expected/html/<name>.txt``: the text the page must be read as (headline, ``By``
line, story paragraphs, a live entry's time stamp, nothing else), and
``tests/expected/html/<name>.csv``: the rows a correct system gives, with offsets into that text
(conventions in ``tests/expected/README.md``).

The page is read as ``quotes extract`` reads it (``quotes/read.py``, ``quotes/page.py``) and
its rows are extracted as a user sees them (hidden kinds left out). For each page, and in total:

- **text**: does the text start with the headline; the lines it holds that are no line of the
  story (furniture: a caption, a bio, a related link, a tweet left in); the story's lines it
  lost; whether it is the expected text exactly.
- **named rows**: rows that name a speaker; **right**: of them, rows that are an expected
  attributed quote with that speaker, by the rules of ``quotes evaluate`` (spans overlapping by
  half, the speaker's content words one a subset of the other; the expected table gives no
  mention offsets, so speakers match by name); **precision** = right / named rows, the figure
  of issue 11 ("of the rows that name a speaker, ≥ 0.90 are real attributed quotes with that
  speaker"). An expected row with no speaker (a sign, a scare quote) is no gold quote, nor is
  a headline's, which a user's table hides (its table may give it the speaker who says it again
  below): a row naming a speaker for one counts against precision.
- **recall**: expected rows with a speaker found with the right speaker / expected rows with a
  speaker.
- **who**: the ``quotes evaluate`` who-scores with the tables' speaker, role and organisation as
  labels (an expected speaker in lower case, ``the agent``, is an unnamed person).

When the text read is not the expected text, each expected quote is looked for in the same
paragraph of the text read; a quote whose paragraph was lost counts as missed.

``--errors`` lists every row that is wrong (quote, expected, got) and every furniture or lost
line; ``--json`` prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Score the checkout this script sits in, not whichever `quotes` happens to be installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.evaluate import (  # noqa: E402
    GoldArticle,
    GoldQuote,
    Scores,
    WhoLabel,
    score_article,
)
from quotes.pipeline import extract_documents, load_pipeline  # noqa: E402
from quotes.read import Document, read_inputs  # noqa: E402
from quotes.types import Quote  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "samples" / "html"
EXPECTED = ROOT / "tests" / "expected" / "html"


@dataclass
class ExpectedRow:
    speaker: str
    role: str
    organization: str
    cue: str
    quote: str
    start: int
    end: int
    utterance: int


def expected_rows(name: str) -> list[ExpectedRow]:
    with open(EXPECTED / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return [
            ExpectedRow(
                r["speaker"],
                r["role"],
                r["organization"],
                r["cue"],
                r["quote"],
                int(r["start"]),
                int(r["end"]),
                int(r["utterance"]),
            )
            for r in csv.DictReader(fh)
        ]


def expected_text(name: str) -> str:
    return (EXPECTED / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")


@dataclass
class PageResult:
    name: str
    starts_with_headline: bool
    exact_text: bool
    furniture: list[str]
    lost: list[str]
    scores: Scores
    wrong_rows: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""


def _paragraph_at(text: str, offset: int) -> tuple[int, str]:
    """The paragraph (blank-line separated) holding ``offset``, and where it starts."""
    start = text.rfind("\n\n", 0, offset)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", offset)
    return start, text[start : end if end >= 0 else len(text)]


def gold_quotes(rows: list[ExpectedRow], wanted: str, got: str) -> list[GoldQuote]:
    """The expected rows with a speaker as gold quotes over the text read (``got``), which may
    differ from the expected text (``wanted``): each quote is found again in its paragraph. A
    quote whose paragraph is not in ``got`` gets an empty span, which no row can match."""
    got_paragraphs: dict[str, int] = {}
    offset = 0
    for paragraph in got.split("\n\n"):
        got_paragraphs.setdefault(paragraph, offset)
        offset += len(paragraph) + 2
    golds = []
    # A headline's quote is hidden from the rows a user sees (`--all` shows it), though its
    # table may give it the speaker who says it again below: no gold quote here either.
    headline_end = wanted.find("\n")
    for row in rows:
        if not row.speaker or row.end <= headline_end:
            continue
        p_start, paragraph = _paragraph_at(wanted, row.start)
        if got == wanted:
            start = row.start
        elif paragraph in got_paragraphs:
            start = got_paragraphs[paragraph] + row.start - p_start
        else:
            start = 0  # lost with its paragraph: the empty span 0:0 matches nothing
        end = start + (row.end - row.start) if (got == wanted or paragraph in got_paragraphs) else 0
        unnamed = row.speaker[:1].islower()
        label = WhoLabel(
            name="" if unnamed else row.speaker,
            role=row.role,
            organization=row.organization,
            speaker_type="person" if unnamed else "",
        )
        golds.append(GoldQuote(start, end, row.quote, row.speaker, -1, -1, row.cue, "direct", label))
    return golds


def _describe(q: Quote | None) -> str:
    if q is None:
        return "(no row)"
    return f"{q.speaker or '-'} | {q.role or '-'} | {q.organization or '-'} ({q.sieve or q.kind})"


def score_page(name: str, document: Document, rows: list[Quote], error: str = "") -> PageResult:
    wanted = expected_text(name)
    got = document.text
    wanted_lines = [line for line in wanted.split("\n") if line.strip()]
    got_lines = [line for line in got.split("\n") if line.strip()]
    wanted_set, got_set = set(wanted_lines), set(got_lines)
    expected = expected_rows(name)
    golds = gold_quotes(expected, wanted, got)
    scores = Scores()
    errors = score_article(GoldArticle(name, got, tuple(golds)), rows, scores, failed=bool(error))
    wrong = []
    for e in errors:
        field_name = {"wrong-role": "role", "wrong-organization": "organization"}.get(e["error"], "speaker")
        wrong.append(
            {
                "error": e["error"],
                "quote": e["quote"] or "(lost with its paragraph)",
                "expected": e.get(f"gold_{field_name}") or "-",
                "got": e.get(f"predicted_{field_name}") or "-",
                "sieve": e.get("sieve") or "",
            }
        )
    return PageResult(
        name=name,
        starts_with_headline=bool(got_lines) and bool(wanted_lines) and got_lines[0] == wanted_lines[0],
        exact_text=got == wanted,
        furniture=[line for line in got_lines if line not in wanted_set],
        lost=[line for line in wanted_lines if line not in got_set],
        scores=scores,
        wrong_rows=wrong,
        error=error,
    )


def add(total: Scores, part: Scores) -> None:
    for attr in (
        "articles",
        "failed_articles",
        "gold",
        "predicted",
        "predicted_with_speaker",
        "found",
        "found_right_speaker",
    ):
        setattr(total, attr, getattr(total, attr) + getattr(part, attr))
    for fs in ("name", "role", "organization"):
        t, p = getattr(total.who, fs), getattr(part.who, fs)
        t.labels += p.labels
        t.predicted += p.predicted
        t.right += p.right
    total.who.labelled += part.who.labelled
    total.who.found += part.who.found


def run(names: list[str]) -> list[PageResult]:
    paths = [str(PAGES / f"{n}.html") for n in names]
    documents = []
    for item in read_inputs(paths):
        if not isinstance(item, Document):
            raise SystemExit(f"error: {item.source}: {item.message}")
        documents.append(item)
    nlp = load_pipeline()
    results = []
    for name, extraction in zip(names, extract_documents(nlp, documents), strict=True):
        results.append(score_page(name, extraction.document, extraction.rows, extraction.error))
    return results


def _ratio(right: int, n: int) -> str:
    return f"{right / n:.3f} ({right}/{n})" if n else "-"


def as_dict(results: list[PageResult]) -> dict[str, Any]:
    total = Scores()
    pages = {}
    for r in results:
        add(total, r.scores)
        s = r.scores
        pages[r.name] = {
            "named_rows": s.predicted_with_speaker,
            "right": s.found_right_speaker,
            "precision": round(s.precision, 4),
            "expected_rows": s.gold,
            "recall": round(s.recall, 4),
            "starts_with_headline": r.starts_with_headline,
            "exact_text": r.exact_text,
            "furniture_lines": r.furniture,
            "lost_lines": r.lost,
            "wrong_rows": r.wrong_rows,
            "who": s.who.as_dict(),
        }
    return {
        "pages": pages,
        "total": {
            "pages": len(results),
            "named_rows": total.predicted_with_speaker,
            "right": total.found_right_speaker,
            "precision": round(total.precision, 4),
            "expected_rows": total.gold,
            "recall": round(total.recall, 4),
            "pages_starting_with_headline": sum(r.starts_with_headline for r in results),
            "pages_with_furniture": sum(bool(r.furniture) for r in results),
            "pages_losing_story_lines": sum(bool(r.lost) for r in results),
            "pages_with_exact_text": sum(r.exact_text for r in results),
            "who": total.who.as_dict(),
        },
    }


def print_table(results: list[PageResult], show_errors: bool) -> None:
    total = Scores()
    head = (
        f"{'page':32} {'named':>5} {'right':>5} {'precision':>9} {'expected':>8} {'recall':>6}  "
        "headline furniture lost exact"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        add(total, r.scores)
        s = r.scores
        print(
            f"{r.name:32} {s.predicted_with_speaker:5} {s.found_right_speaker:5} {s.precision:9.3f} "
            f"{s.gold:8} {s.recall:6.3f}  {'yes' if r.starts_with_headline else 'NO':8} "
            f"{len(r.furniture):9} {len(r.lost):4} {'yes' if r.exact_text else 'no'}"
        )
    print("-" * len(head))
    n = len(results)
    print(
        f"{'total (' + str(n) + ' pages)':32} {total.predicted_with_speaker:5} {total.found_right_speaker:5} "
        f"{total.precision:9.3f} {total.gold:8} {total.recall:6.3f}  "
        f"{sum(r.starts_with_headline for r in results):>3}/{n:<4} "
        f"{sum(len(r.furniture) for r in results):9} "
        f"{sum(len(r.lost) for r in results):4} {sum(r.exact_text for r in results)}/{n}"
    )
    w = total.who
    print()
    named = _ratio(total.found_right_speaker, total.predicted_with_speaker)
    print(f"precision of rows that name a speaker: {named}")
    print(f"recall of expected rows with a speaker: {_ratio(total.found_right_speaker, total.gold)}")
    print(
        f"who: name accuracy {_ratio(w.name.right, w.name.labels)}, "
        f"role accuracy {_ratio(w.role.right, w.role.labels)} "
        f"precision {_ratio(w.role.right, w.role.predicted)}, "
        f"organisation accuracy {_ratio(w.organization.right, w.organization.labels)} "
        f"precision {_ratio(w.organization.right, w.organization.predicted)}"
    )
    if not show_errors:
        return
    for r in results:
        if not (r.wrong_rows or r.furniture or r.lost or r.error):
            continue
        print(f"\n== {r.name}")
        if r.error:
            print(f"  failed: {r.error}")
        for line in r.furniture:
            print(f"  furniture: {line[:100]}")
        for line in r.lost:
            print(f"  lost:      {line[:100]}")
        for e in r.wrong_rows:
            print(f"  {e['error']:13} {e['quote'][:60]!r}")
            print(f"{'':16}expected {e['expected']!r}, got {e['got']!r} {e['sieve']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="*", help="page names (default: every page with an expected table)")
    ap.add_argument("--errors", action="store_true", help="list every wrong row, furniture and lost line")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    names = args.pages or sorted(
        p.stem for p in PAGES.glob("*.html") if (EXPECTED / f"{p.stem}.csv").exists()
    )
    results = run(names)
    if args.json:
        print(json.dumps(as_dict(results), indent=2, ensure_ascii=False))
    else:
        print_table(results, args.errors)


if __name__ == "__main__":
    main()
