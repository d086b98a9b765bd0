"""Every gold report of a TRAIN file by what became of it: where reported speech's recall goes.

    python benchmarks/reported_fates.py ../shared/eval/polnear-train-with-indirect.jsonl
    python benchmarks/reported_fates.py TRAIN_WITH_INDIRECT --show "dropped"

``reported_misses.py`` counts the gold reports that get no candidate at all; this puts every
gold quote of kind ``indirect`` in one fate, judged by the evaluation's rules (half-overlap
spans, ``speaker_matches``) against the rows the pipeline writes with the model of
``models/reported.json`` and against every candidate before it:

- ``found``: a row matches its span and names its speaker;
- ``wrong speaker``: a row matches its span but names somebody else (the score counts it
  against recall and precision both, as a spurious row and a miss);
- ``dropped``: a candidate matches its span and speaker, and the model or the one-row-per-
  utterance rules (a report nested in a longer one, two cues over one span) left it out;
- ``dropped, wrong speaker``: a candidate matches its span only, and was left out;
- ``near``: a candidate overlaps it, short of the half-overlap bar;
- ``none``: no candidate overlaps it (``reported_misses.py`` tells these apart by shape).

Dev and test files are refused: fates are for choosing what to work on, from train.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate import held_out  # noqa: E402
from score_dev import cached_docs  # noqa: E402

from quotes.attribution import Attribution, QuoteIndex, attribute  # noqa: E402
from quotes.entities import resolve_speakers  # noqa: E402
from quotes.evaluate import GoldQuote, read_gold, spans_match, speaker_matches  # noqa: E402
from quotes.indirect import in_text_order, reported_attributions, reported_model  # noqa: E402
from quotes.pipeline import load_pipeline  # noqa: E402
from quotes.trust import TrustModel  # noqa: E402
from quotes.types import Quote  # noqa: E402

FATES = ("found", "wrong speaker", "dropped", "dropped, wrong speaker", "near", "none")


def reported_rows(index: QuoteIndex, model: TrustModel | None) -> list[tuple[Quote, Attribution]]:
    """The reported-speech rows that name somebody, as the pipeline resolves their speakers,
    each with its attribution: those ``model`` keeps, or every candidate (``None``)."""
    doc = index.doc
    reported = reported_attributions(index, len(index.spans), model=model)
    merged = in_text_order(attribute(index), reported)
    outside = [index.outside(i) for i in range(len(doc))]
    rows = []
    for att, speaker in zip(merged, resolve_speakers(index.context, merged, outside), strict=True):
        if att.kind != "indirect" or speaker is None or not speaker.name or att.mention is None:
            continue
        start, end, mention = att.span.start, att.span.end, att.mention
        row = Quote(
            "",
            speaker.name,
            "",
            "",
            "",
            att.cue,
            "indirect",
            0.0,
            start,
            end,
            mention.start,
            mention.end,
            0,
            att.sieve,
        )
        rows.append((row, att))
    return rows


def fate(gold: GoldQuote, kept: list[Quote], candidates: list[Quote]) -> str:
    """What became of ``gold`` given the rows ``kept`` and every candidate (see the docstring)."""
    kept_spans = [q for q in kept if spans_match(q.start, q.end, gold.start, gold.end)]
    if any(speaker_matches(q, gold) for q in kept_spans):
        return "found"
    if kept_spans:
        return "wrong speaker"
    spans = [q for q in candidates if spans_match(q.start, q.end, gold.start, gold.end)]
    if any(speaker_matches(q, gold) for q in spans):
        return "dropped"
    if spans:
        return "dropped, wrong speaker"
    return "near" if any(q.start < gold.end and gold.start < q.end for q in candidates) else "none"


def article_fates(doc: Doc, golds: list[GoldQuote], model: TrustModel) -> list[tuple[str, str]]:
    """Each gold report's fate, with a line that shows it: our speaker and the model's chance
    for the candidate nearest its span, the gold speaker and cue, the gold words."""
    index = QuoteIndex.of(doc)
    kept = reported_rows(index, model)
    candidates = reported_rows(index, None)
    out = []
    for gold in golds:
        what = fate(gold, [q for q, _ in kept], [q for q, _ in candidates])
        near = [(q, a) for q, a in candidates if q.start < gold.end and gold.start < q.end]
        ours = ""
        if near:
            q, att = max(near, key=lambda qa: min(qa[0].end, gold.end) - max(qa[0].start, gold.start))
            ours = f"{q.speaker} ({model.chance(att.evidence):.2f})"
        out.append((what, f"{ours or '-'}\t{gold.speaker}\t{gold.cue}\t{gold.text[:120]}"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="a TRAIN file with reported speech (polnear-train-with-indirect.jsonl)")
    ap.add_argument("--show", choices=FATES, help="print the gold reports of this fate")
    args = ap.parse_args()
    if held_out(args.gold):
        return 2
    articles = list(read_gold(args.gold))
    docs = cached_docs(load_pipeline(), args.gold, articles)
    model = reported_model()
    counts: Counter[str] = Counter()
    for article, doc in zip(articles, docs, strict=True):
        golds = [g for g in article.quotes if g.kind == "indirect"]
        for what, line in article_fates(doc, golds, model):
            counts[what] += 1
            if what == args.show:
                print(f"{article.id[:40]}\t{line}")
    total = sum(counts.values())
    print(f"{total} gold reports by fate:")
    for what in FATES:
        print(f"  {counts[what]:>5}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
