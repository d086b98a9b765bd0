"""Frozen parses for unit tests: a Doc written out token by token, so that a model update cannot
change what a test exercises.

A line is one token: ``text pos tag dep head entity lemma``, with ``head`` the index of the
token's head and ``entity`` an IOB tag (``B-PERSON``, ``I-ORG``, ``O``), and a final ``_``
when no space follows the token; a token of whitespace (a doubled space) is written
``<space>``, a line break ``<newline>``, a blank line between paragraphs ``<paragraph>``. The
parses were made by en_core_web_sm 3.8 from sentences written for the tests.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.extractor import Extractor
from quotes.indirect import reported_speech

# English lexical attributes (is_lower, is_punct, like_num) without any trained component.
VOCAB = spacy.blank("en").vocab
_WHITE = {"<space>": " ", "<newline>": "\n", "<paragraph>": "\n\n"}


def frozen(spec: str) -> Doc:
    """A Doc from one token a line (see the module's docstring)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [_WHITE.get(r[0], r[0]) for r in rows]
    spaces = [not (len(r) > 7 and r[7] == "_") for r in rows]
    spaces[-1] = False
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        ents=[r[5] for r in rows],
        lemmas=[_WHITE.get(r[6], r[6]) for r in rows],
    )


# The who columns of a row, the fields most tests of a sieve or a descriptor read.
WHO = ("speaker", "role", "organization")


def who_of(spec: str, fields: tuple[str, ...] = WHO) -> list[tuple[str, ...]]:
    """The ``fields`` of every row the extractor gives for a frozen parse."""
    return [tuple(getattr(row, f) for f in fields) for row in Extractor().rows(frozen(spec))]


def reported(spec: str) -> list[tuple[str, str, str]]:
    """(content, speaker mention, cue) of every reported-speech candidate in a frozen parse."""
    doc = frozen(spec)
    text = doc.text
    return [
        (text[r.start : r.end], text[r.mention.start : r.mention.end], r.cue)
        for r in reported_speech(QuoteIndex(DocContext(doc), []))
    ]


def spec_of(doc: Doc) -> str:
    """The frozen form of a parsed Doc (to write a new test's parse out)."""
    lines = []
    for t in doc:
        ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
        white = {"\n": "<newline>", "\n\n": "<paragraph>"}
        text = white.get(t.text, "<space>" if t.is_space else t.text)
        lemma = text if t.is_space else t.lemma_ or t.text
        line = f"{text} {t.pos_} {t.tag_} {t.dep_} {t.head.i} {ent} {lemma}"
        lines.append(line + ("" if t.whitespace_ else " _"))
    return "\n".join(lines)
