"""Build the gold JSONL (``../shared/eval/*.jsonl``'s format) from a PolNeAR checkout.

python benchmarks/polnear_gold.py PATH/TO/PolNeAR --split train -o polnear-train.jsonl
python benchmarks/polnear_gold.py PATH/TO/PolNeAR --split dev --indirect -o polnear-dev-with-indirect.jsonl

PolNeAR (Political News Attribution Relations; Newell, Margolin and Ruths, LREC 2018) is a
public corpus of US election news with attribution relations annotated in brat's standoff
format: each article is ``NAME.txt`` beside ``NAME.ann``, and the ``.ann`` file holds

- text-bound annotations, ``T1<TAB>Source 0 10<TAB>Ana Ruiz``, of type ``Source``, ``Cue`` or
  ``Content`` (types are matched without regard to case), whose span may be discontinuous
  (``Content 12 40;52 80``);
- the links that make one attribution of them: relations, ``R1<TAB>NAME Arg1:T2 Arg2:T1``, or
  events, ``E1<TAB>Cue:T2 Source:T1 Content:T3``. Whatever their names, each content makes an
  attribution with the cues linked to it and the sources linked to it or to those cues.

Each attribution gives gold quotes (see ../shared/README.md):

- every stretch of its content set in double quote marks (“…”, "…", or the archive form
  ''…'') is a quote: ``start``/``end`` cover the words inside the marks; ``kind`` is ``direct``
  when the quoted words are the whole content (less marks, spaces and punctuation, in however
  many pieces around the cue), else ``partial``;
- with ``--indirect``, a content with no quote marks at all whose cue is a verb of saying
  (``models/speech_verbs.txt``, by lemma, or ``according to``) is one ``indirect`` quote over the
  whole content (its first fragment to its last);
- ``speaker`` is the source as written, ``speaker_start``/``speaker_end`` its first fragment
  (-1 and an empty speaker when the attribution has no source), ``cue`` the cue as written.

Articles are found by walking the checkout for ``.ann`` files; ``--split`` keeps those with a
folder of that name in their path (``train``, ``dev``, ``test``); an article's id is its path
below the checkout, without the suffix. What was and was not checked against the real corpus:
docs/accuracy.md, "Gold files".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("source", "cue", "content")
PUNCTUATION = re.compile(r"[\s\W_]*")


@dataclass
class Bound:
    """A text-bound annotation: its type, its fragments (start, end) and its text."""

    kind: str
    fragments: list[tuple[int, int]]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass
class Attribution:
    sources: list[Bound] = field(default_factory=list)
    cues: list[Bound] = field(default_factory=list)
    contents: list[Bound] = field(default_factory=list)


class AnnotationError(ValueError):
    pass


def read_ann(text: str, where: str = "") -> tuple[dict[str, Bound], list[list[str]]]:
    """The text-bound annotations of a brat ``.ann`` file by id, and its links, each the list
    of the annotation ids it joins (relations and events alike). Notes, attributes and
    normalisations are left aside."""
    bounds: dict[str, Bound] = {}
    links: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        try:
            if ident.startswith("T"):
                head, _, covered = rest.partition("\t")
                kind, _, offsets = head.partition(" ")
                fragments = [(int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))]
                bounds[ident] = Bound(kind.lower(), sorted(fragments), covered)
            elif ident.startswith("R"):
                _, *args = rest.split()
                links.append([arg.split(":", 1)[1] for arg in args])
            elif ident.startswith("E"):
                links.append([arg.split(":", 1)[1] for arg in rest.split()])
        except (ValueError, IndexError) as exc:
            raise AnnotationError(f"{where}:{number}: not brat standoff: {line!r} ({exc})") from None
    return bounds, links


def attributions(bounds: dict[str, Bound], links: list[list[str]]) -> list[Attribution]:
    """One attribution per content: the cues linked to it, and the sources linked to it or to
    one of those cues. So a cue at the hub (cue–source, cue–content), a content at the hub
    (content–source, content–cue) and a brat event joining all three give the same."""
    linked: dict[str, set[str]] = {ident: set() for ident in bounds}
    for link in links:
        ids = [i for i in link if i in bounds]
        for ident in ids:
            linked[ident].update(i for i in ids if i != ident)

    def of_kind(ids: Iterable[str], kind: str) -> list[str]:
        return sorted((i for i in ids if bounds[i].kind == kind), key=lambda i: bounds[i].start)

    found = []
    for content in of_kind(bounds, "content"):
        cues = of_kind(linked[content], "cue")
        near = set(linked[content]).union(*(linked[cue] for cue in cues))
        sources = of_kind(near, "source")
        found.append(Attribution([bounds[i] for i in sources], [bounds[i] for i in cues], [bounds[content]]))
    return found


# Double quote marks, as the gold counts them: curly, straight, and the archive form ''.
_MARKS = re.compile(r"''|[“”\"]")


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the words inside each pair of double quote marks, pairing each
    opening mark with the next closing one (“ with ”, " with ", '' with '')."""
    stretches = []
    opening: tuple[str, int] | None = None
    for match in _MARKS.finditer(text):
        mark = match.group()
        if opening is None:
            if mark != "”":
                opening = (mark, match.end())
            continue
        opened, inside = opening
        closes = mark == "”" if opened == "“" else mark == opened
        if closes:
            if match.start() > inside:
                stretches.append((inside, match.start()))
            opening = None
        elif mark == "“":  # a new opening: the earlier mark was never closed
            opening = (mark, match.end())
    return stretches


def gold_quotes(
    text: str,
    attribution: Attribution,
    stretches: list[tuple[int, int]],
    is_speech: Callable[[str], bool] | None,
) -> list[dict[str, Any]]:
    """The gold quotes of one attribution (``is_speech`` given: its reported speech too)."""
    if not attribution.contents:
        return []
    fragments = sorted(f for content in attribution.contents for f in content.fragments)
    inside = [s for s in stretches if any(s[0] < b and a < s[1] for a, b in fragments)]
    source = attribution.sources[0] if attribution.sources else None
    cue = " ".join(c.text for c in attribution.cues)
    speaker: dict[str, Any] = {
        "speaker": source.text if source else "",
        "speaker_start": source.fragments[0][0] if source else -1,
        "speaker_end": source.fragments[0][1] if source else -1,
        "cue": cue,
    }
    if not inside:
        if is_speech is None or not cue or not is_speech(cue):
            return []
        start, end = fragments[0][0], fragments[-1][1]
        return [{"start": start, "end": end, "text": text[start:end], **speaker, "kind": "indirect"}]
    unquoted = "".join(
        text[i] for a, b in fragments for i in range(a, b) if not any(s <= i < e for s, e in inside)
    )
    kind = "direct" if PUNCTUATION.fullmatch(unquoted.replace("''", "")) else "partial"
    return [{"start": s, "end": e, "text": text[s:e], **speaker, "kind": kind} for s, e in inside]


def article(ann_path: Path, root: Path, is_speech: Callable[[str], bool] | None) -> dict[str, Any]:
    """One gold record from ``NAME.ann`` and the ``NAME.txt`` beside it."""
    text_path = ann_path.with_suffix(".txt")
    # brat offsets count characters of the text as saved: read it without newline translation.
    with open(text_path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    bounds, links = read_ann(ann_path.read_text(encoding="utf-8"), str(ann_path))
    for ident, bound in bounds.items():
        covered = " ".join(text[a:b] for a, b in bound.fragments)
        if bound.end > len(text) or covered.split() != bound.text.split():
            raise AnnotationError(f"{ann_path}: {ident} says {bound.text!r} but its offsets hold {covered!r}")
    stretches = quoted_stretches(text)
    seen: set[tuple[int, int, str]] = set()
    quotes = []
    for attribution in attributions(bounds, links):
        for quote in gold_quotes(text, attribution, stretches, is_speech):
            key = (quote["start"], quote["end"], quote["kind"])
            if key not in seen:
                seen.add(key)
                quotes.append(quote)
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    identity = ann_path.relative_to(root).with_suffix("").as_posix()
    return {"id": identity, "text": text, "quotes": quotes}


def articles(
    root: Path, split: str | None, is_speech: Callable[[str], bool] | None
) -> Iterator[dict[str, Any]]:
    for ann_path in sorted(root.rglob("*.ann")):
        if split is not None and split not in ann_path.relative_to(root).parts[:-1]:
            continue
        yield article(ann_path, root, is_speech)


def speech_cue() -> Callable[[str], bool]:
    """Whether a cue is a verb of saying (by spaCy lemma, as ``quotes --indirect`` reads it)
    or ``according to``."""
    from quotes.lexicon import lexicon
    from quotes.pipeline import shared_pipeline

    verbs = lexicon().speech_verbs
    nlp = shared_pipeline(None)

    def is_speech(cue: str) -> bool:
        if "according" in cue.lower().split():
            return True
        return any(t.lemma_.lower() in verbs for t in nlp(cue))

    return is_speech


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "checkout", type=Path, help="a PolNeAR checkout (or any folder of brat .ann/.txt pairs)"
    )
    parser.add_argument("--split", help="keep the articles with a folder of this name in their path")
    parser.add_argument("--indirect", action="store_true", help="also reported speech (kind indirect)")
    parser.add_argument("-o", "--output", type=Path, help="the gold JSONL to write (default: stdout)")
    args = parser.parse_args(argv)
    if not args.checkout.is_dir():
        parser.error(f"{args.checkout}: not a folder")
    is_speech = speech_cue() if args.indirect else None
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    count = quotes = 0
    try:
        for record in articles(args.checkout, args.split, is_speech):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            quotes += len(record["quotes"])
    except (AnnotationError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{count} articles, {quotes} gold quotes", file=sys.stderr)
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
