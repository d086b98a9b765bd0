"""What --indirect does to the quotes' own rows: it should add rows, not change the others.

    python benchmarks/indirect_effect.py ../shared/eval/polnear-train.jsonl

Runs every article of a gold file twice (parses cached in .cache/parses, as score_dev.py), with
and without reported speech, and counts the articles whose direct and partial rows differ in
anything but ``speaker_id``. Reported speech is read with or without --indirect (it names people
for the quotes' pronouns; its rows are written only with it), so this should print 0: it
guards that the flag adds rows and changes no other but for their ``speaker_id``.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_dev import cached_docs  # noqa: E402

from quotes.evaluate import read_gold  # noqa: E402
from quotes.pipeline import load_pipeline, quotes_from_doc  # noqa: E402


def main() -> int:
    gold = sys.argv[1]
    articles = list(read_gold(gold))
    nlp = load_pipeline()
    docs = cached_docs(nlp, gold, articles)
    changed_articles = changed_rows = rows = 0
    for article, doc in zip(articles, docs, strict=True):
        plain = [replace(q, speaker_id=0) for q in quotes_from_doc(doc, text=article.text)]
        both = quotes_from_doc(doc, text=article.text, indirect=True)
        kept = [replace(q, speaker_id=0) for q in both if q.kind != "indirect"]
        rows += len(plain)
        if plain != kept:
            changed_articles += 1
            differ = sum(1 for a, b in zip(plain, kept, strict=False) if a != b)
            changed_rows += differ + abs(len(plain) - len(kept))
    print(f"{len(articles)} articles, {rows} rows without --indirect: {changed_articles} articles and "
          f"{changed_rows} rows differ with it (speaker_id aside)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
