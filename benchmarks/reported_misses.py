"""Count the gold reported speech of a TRAIN file that gets no candidate at all, by shape.

    python benchmarks/reported_misses.py ../shared/eval/polnear-train-with-indirect.jsonl
    python benchmarks/reported_misses.py TRAIN_WITH_INDIRECT --show "verb: no content (after)"

The model of ``models/reported.json`` can only keep what ``quotes/indirect.py`` proposes; a
gold quote of kind ``indirect`` that no candidate matches (the evaluation's half-overlap
rule, before the model) is lost to recall whatever the model weighs. Each such quote is put
in one shape, by its cue word (the word of the gold cue that is a verb or noun of saying,
nearest the content):

- ``near``: a candidate overlaps it, short of the half-overlap bar (bounds drawn otherwise);
- ``verb: no content (before|after|around)``: a verb of saying whose content the rules do not
  cut out, with the gold content before, after or around it;
- ``verb: no speaker``: content found, nobody named;
- ``verb: dropped``: content and speaker found, the candidate left out (too short, holding a
  quote, or its bounds elsewhere);
- ``not a verb of saying (POS)``, ``noun of saying``, ``according to``, ``no cue word``.

Dev and test files are refused: shapes are for writing rules, and rules come from train.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Token

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate import held_out  # noqa: E402
from score_dev import cached_docs  # noqa: E402

from quotes.attribution import QuoteIndex  # noqa: E402
from quotes.evaluate import GoldQuote, read_gold, spans_match  # noqa: E402
from quotes.indirect import reported_speech, verb_report  # noqa: E402
from quotes.lexicon import lexicon  # noqa: E402
from quotes.pipeline import load_pipeline  # noqa: E402


def cue_token(doc: Doc, gold: GoldQuote) -> Token | None:
    """The token of the gold cue that says (a verb or noun of saying, or `according`) nearest
    the gold content; None when no word of the cue is one."""
    words = {w.lower() for w in (gold.cue or "").split()}
    saying = lexicon().speech_verbs | lexicon().speech_nouns | {"accord"}
    found = [t for t in doc if t.lower_ in words and t.lemma_.lower() in saying]
    return min(found, key=lambda t: min(abs(t.idx - gold.start), abs(t.idx - gold.end)), default=None)


def shape(idx: QuoteIndex, gold: GoldQuote, overlapping: bool) -> str:
    """The shape of a gold report that no candidate matches (see the module's docstring)."""
    if overlapping:
        return "near"
    cue = cue_token(idx.doc, gold)
    if cue is None:
        return "no cue word"
    if cue.lemma_.lower() == "accord":
        return "according to"
    content, mention = verb_report(idx, cue)
    if content is None and mention is None and cue.pos_ == "NOUN":
        return "noun of saying"
    if content is None and mention is None and not cue.tag_.startswith("VB"):
        return f"not a verb of saying ({cue.pos_})"
    if content is None:
        where = "before" if gold.end <= cue.idx else "after" if gold.start >= cue.idx else "around"
        return f"verb: no content ({where})"
    return "verb: no speaker" if mention is None else "verb: dropped"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="a train gold file with quotes of kind indirect")
    ap.add_argument("--show", default="", help="print the sentences of this shape")
    ap.add_argument("--model", default=None, help="spaCy model (default: the pipeline's)")
    args = ap.parse_args()
    if held_out(args.gold):
        return 2
    articles = list(read_gold(args.gold))
    docs = cached_docs(load_pipeline(args.model), args.gold, articles)
    counts: Counter[str] = Counter()
    total = 0
    for article, doc in zip(articles, docs, strict=True):
        idx = QuoteIndex.of(doc)
        candidates = reported_speech(idx)
        for gold in (g for g in article.quotes if g.kind == "indirect"):
            total += 1
            if any(spans_match(r.start, r.end, gold.start, gold.end) for r in candidates):
                continue
            overlapping = any(r.start < gold.end and gold.start < r.end for r in candidates)
            kind = shape(idx, gold, overlapping)
            counts[kind] += 1
            if kind == args.show:
                print(f"{article.id}\t{gold.cue}\t{article.text[gold.start : gold.end][:120]}")
    print(f"{sum(counts.values())} of {total} gold reports get no candidate:", file=sys.stderr)
    for kind, n in counts.most_common():
        print(f"  {n:>5}  {kind}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
