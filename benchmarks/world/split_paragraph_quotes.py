"""Split gold quotes that run over paragraphs into one gold quote per paragraph, as PolNeAR marks
them (each paragraph of a quote that goes on opens with a quote mark; only the last closes).

The world writers' offset checker asked for a closing mark after every quote, so they marked
such a quote as one span. Run once on 2026-12-02 over the four rounds (see README.md):

    python benchmarks/world/split_paragraph_quotes.py GOLD_IN GOLD_OUT [LABELS_IN LABELS_OUT]

Who-labels are copied to each piece. A line broken inside a paragraph (archive text) is no
paragraph break: a piece ends only where the next line opens with a quote mark.
"""

from __future__ import annotations

import json
import re
import sys

OPENING_MARKS = "\"“‘'"
BREAK = re.compile(r"\s*\n\s*")


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quote at [start, end) cut at each paragraph break followed by an opening mark."""
    out = []
    piece_start = start
    for found in BREAK.finditer(text, start, end):
        next_line = found.end()
        if next_line >= end or text[next_line] not in OPENING_MARKS:
            continue
        out.append((piece_start, found.start()))
        piece_start = next_line + 1
    out.append((piece_start, end))
    return [(a, b) for a, b in out if b > a]


def split_file(gold_in: str, gold_out: str, labels_in: str = "", labels_out: str = "") -> int:
    """Write the gold (and labels) with split quotes; return how many quotes were split."""
    split: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    articles = []
    with open(gold_in, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            text, quotes = article["text"], []
            for quote in article["quotes"]:
                parts = [(quote["start"], quote["end"])]
                if quote["kind"] != "indirect":
                    parts = pieces(text, quote["start"], quote["end"])
                if len(parts) > 1:
                    split[(article["id"], quote["start"], quote["end"])] = parts
                quotes += [{**quote, "start": a, "end": b, "text": text[a:b]} for a, b in parts]
            articles.append({**article, "quotes": quotes})
    with open(gold_out, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    if labels_in:
        with open(labels_in, encoding="utf-8") as lines, open(labels_out, "w", encoding="utf-8") as out:
            for line in lines:
                label = json.loads(line)
                key = (label["id"], label["start"], label["end"])
                for a, b in split.get(key, [(label["start"], label["end"])]):
                    out.write(json.dumps({**label, "start": a, "end": b}, ensure_ascii=False) + "\n")
    return len(split)


if __name__ == "__main__":
    print(split_file(*sys.argv[1:]), "quotes split")
