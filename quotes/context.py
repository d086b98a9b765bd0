"""What every rule reads of one parsed document, worked out once: its text, where each token
starts, its lines and paragraphs, its sentences and its page furniture.

Attribution, reported speech and the who layer all read the same parse. Building the text
(``Doc.text`` joins every token on each access), the token offsets or the furniture once per
document, and handing the one ``DocContext`` down, keeps extraction nearly free beside the
parse, with no state kept between documents.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from functools import cached_property
from typing import Any, TypeVar, cast

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from quotes.columns import Columns, read_columns
from quotes.furniture import FurnitureLine, datelines, furniture_lines, run_on_credits
from quotes.spans import paragraph_bounds

_NEWLINE = re.compile("\n")
T = TypeVar("T")


class DocContext:
    """One parsed document and the lookups over it that the rules share."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.starts: list[int] = doc.to_array(IDX).tolist()  # [t.idx for t in doc], at C speed
        self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, worked out once per document for ``key``: the who layer reads the same
        name or organisation at several steps."""
        if key not in self._memo:
            self._memo[key] = make()
        return cast(T, self._memo[key])

    @cached_property
    def columns(self) -> Columns:
        """The tokens' attributes as plain lists (``quotes/columns.py``)."""
        return read_columns(self.doc)

    @cached_property
    def small_words(self) -> frozenset[str]:
        """The words the article writes in small letters (`comfort`, against a `Comfort` that
        opens a sentence): a word in capitals it also writes so is no name."""
        cols, strings = self.columns, self.doc.vocab.strings
        small = {o for o, low in zip(cols.orth, cols.is_lower, strict=True) if low}
        return frozenset(strings[o] for o in small)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens that overlap chars [start, end)."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        # (The token's start from ``starts``: one token object a call, not two.)
        if first < len(self.starts) and self.starts[first] + len(self.doc[first]) <= start:
            first += 1
        last = bisect_left(self.starts, end)
        return first, last

    def same_paragraph(self, a: Token, b: Token) -> bool:
        """Whether two tokens stand in one paragraph: the parser may join two paragraphs into
        one sentence, and a word in another paragraph neither governs nor speaks there."""
        low, high = sorted((a.idx, b.idx))
        return bisect_left(self._newlines, low) == bisect_left(self._newlines, high)

    def line_of(self, char: int) -> tuple[int, int]:
        """The line holding ``char``: [start, end) offsets in the text."""
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return start, len(self.text) if end < 0 else end

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """The (start, end) of each paragraph (``spans.paragraph_bounds``)."""
        return paragraph_bounds(self.text)

    @cached_property
    def opening(self) -> int:
        """The paragraph that opens the story, where a headline stands: the first that is not
        page furniture set above it (`THE DAILY GLEANER, Tuesday, March 14, 1978`, `FEATURE`,
        `Home | News`). Archive clippings and saved pages put such lines over the headline."""
        # (Not a label that heads a list, `SHORT READS:`: what follows it is no headline.)
        above = {f.start for f in self.furniture if not self.text[f.start : f.end].rstrip().endswith(":")}
        for n, (start, end) in enumerate(self.paragraphs):
            lead = len(self.text[start:end]) - len(self.text[start:end].lstrip())
            if start + lead not in above:
                return n
        return 0

    @cached_property
    def headline(self) -> tuple[int, int]:
        """The (start, end) of the opening paragraph when it reads as a headline: one line that
        ends on no full stop (`Karachi heatwave kills dozens`), with more text below; (0, 0)
        when the story opens on a sentence of its own."""
        if len(self.paragraphs) < self.opening + 2:
            return 0, 0
        start, end = self.paragraphs[self.opening]
        line = self.text[start:end].strip()
        if not line or "\n" in line or line.endswith((".", "!", "?", "\u201d", '"')):
            return 0, 0
        return start, end

    @cached_property
    def furniture(self) -> list[FurnitureLine]:
        """The lines of page furniture (bylines, credits, captions, related links)."""
        return furniture_lines(self.text)

    @cached_property
    def datelines(self) -> list[FurnitureLine]:
        """The datelines wire stories open their lines with (``furniture.datelines``)."""
        return datelines(self.text)

    @cached_property
    def run_on_credits(self) -> list[FurnitureLine]:
        """The pictures' credits run on after a story line's last sentence
        (``furniture.run_on_credits``): the line is story, the credit alone is furniture."""
        return run_on_credits(self.text, self.furniture)

    @cached_property
    def _nobody(self) -> tuple[list[tuple[int, int]], list[int]]:
        # The places where no name is a speaker (furniture lines and wire datelines), sorted and
        # merged: a dateline's pattern can match the head of a furniture line (`BYLINE: By …`),
        # and the line must still count whole. (A picture's credit run on after a story line's
        # last sentence, `… transport. Photograph: Ana Ruiz`, names nobody of the story either.)
        merged: list[tuple[int, int]] = []
        places = self.furniture + self.datelines + self.run_on_credits
        for f in sorted(places, key=lambda f: f.start):
            if merged and f.start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], f.end))
            else:
                merged.append((f.start, f.end))
        return merged, [start for start, _ in merged]

    def in_furniture(self, char: int) -> bool:
        """True when character ``char`` lies on a line of page furniture or in a dateline: no
        name there is a speaker."""
        nobody, starts = self._nobody
        i = bisect_right(starts, char) - 1
        return i >= 0 and char < nobody[i][1]

    @cached_property
    def has_sentences(self) -> bool:
        # A pipeline without a parser (a blank model) sets no sentences: the document is one.
        return self.doc.has_annotation("SENT_START")

    @cached_property
    def sentences(self) -> list[Span]:
        # Each sentence once: Token.sent walks its sentence at every call, which made a text of
        # thousands of quotes in one run-on sentence quadratic.
        return list(self.doc.sents) if self.has_sentences else []

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self.sentences]

    def sentence(self, i: int) -> Span:
        """The sentence holding token ``i`` (only when ``has_sentences``)."""
        return self.sentences[bisect_right(self._sentence_starts, i) - 1]


def previous_paragraph_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding char ``at`` starts (past blank lines)."""
    end = max(text.rfind("\n", 0, at), 0)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1
