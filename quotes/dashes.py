"""Quotes opened by a dash, as continental European news (and English translated from it)
writes speech: no quote marks, a paragraph opening with `– ` or `— `, the words running to
the attribution (`– We will not move, said Jordi Puig.`, `— We will not move — said Jordi
Puig.`) and going on after it at the next dash (`… said Jordi Puig. – Not this week.`)."""

from __future__ import annotations

import re

from quotes.types import QuoteSpan

SPEECH_DASHES = frozenset("–—")
DASH = "dash"

_OPENING = re.compile(r"[ \t]*([–—])[ \t]+(?=\S)")
# Inflected forms (the words are read on the raw text, with no parse).
_CUE = (
    r"(?:said|says|added|adds|told|tells|explained|explains|recalled|replied|replies|answered|answers"
    r"|asked|asks|insisted|insists|continued|continues|shouted|warned|warns|admitted|admits)"
)
_WHO = r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|he|she|they|we|I)"
# The attribution after the words: `, said Jordi Puig`, `, he said`, `? asked the mayor` (the
# comma or question mark stays with the words, as inside quote marks), or one set off by a
# dash: ` – said Jordi Puig`, ` – he said`. A dash paragraph without one is a list's item.
_ATTRIBUTION = re.compile(
    rf"(?P<punct>[,?!])\s+(?:{_CUE}\s+(?:[A-Z]|(?:the|a|an|one|his|her|its|their)\s)|{_WHO}\s+{_CUE}\b)"
    rf"|\s+(?P<dash>[–—])\s+(?:{_CUE}\b|{_WHO}\s+{_CUE}\b)"
)
# Where the words go on after the attribution: at a dash after its sentence ends (`said Puig.
# – Not …`), or after an attribution a dash set off, at its closing dash (`— said Puig — until
# …`); never at a dash later in the paragraph, which is the writer's.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_DASH_AGAIN = re.compile(r"[ \t]+(?P<dash>[–—])[ \t]+(?=\S)")
# A paragraph with quote marks of its own is read by them (and so is one whose words open
# with a single mark).
_MARKS = frozenset('"“”„«»‘')


def dash_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The quotes of the paragraphs of ``text`` that open with a speech dash and have an
    attribution, one span per piece, a paragraph's pieces one utterance (style ``dash``)."""
    spans: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        opening = _OPENING.match(text, p_start, p_end)
        if opening is None or not _MARKS.isdisjoint(text[p_start:p_end]) or text[opening.end()] in "'’":
            continue
        for start, end, open_mark, attributed in _pieces(text, opening.end(), p_end, opening.start(1)):
            # No closing mark: the attribution's words are read after the words, not a mark.
            utterance = len(spans) if attributed or not spans else spans[-1].utterance
            spans.append(QuoteSpan(start, end, open_mark, -1, p_index, utterance, DASH))
    return spans


def _pieces(text: str, start: int, p_end: int, open_mark: int) -> list[tuple[int, int, int, bool]]:
    """(start, end, open_mark, whether an attribution of its own follows) of each piece of
    the words a paragraph opened by the dash at ``open_mark`` quotes; none when no attribution
    follows the first piece. A piece after the first with an attribution of its own is another
    speaker's answer (`– Why? asked a reporter. – Because, said Puig.`)."""
    pieces: list[tuple[int, int, int, bool]] = []
    attribution = _ATTRIBUTION.search(text, start, p_end)
    if attribution is None:
        return pieces
    while True:
        if attribution is None:
            end = p_end
        elif attribution.group("dash"):
            end = attribution.start()
        else:
            end = attribution.start("punct") + 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            pieces.append((start, end, open_mark, attribution is not None))
        if attribution is None:
            return pieces
        resumed = _resumed(text, attribution, p_end)
        if resumed is None:
            return pieces
        open_mark, start = resumed.start("dash"), resumed.end()
        attribution = _ATTRIBUTION.search(text, start, p_end)


def _resumed(text: str, attribution: re.Match[str], p_end: int) -> re.Match[str] | None:
    """The dash where the words go on after ``attribution``, or None."""
    stop = _SENTENCE_END.search(text, attribution.end(), p_end)
    if attribution.group("dash"):
        again = _DASH_AGAIN.search(text, attribution.end(), p_end)
        return again if again is not None and (stop is None or again.start() <= stop.end()) else None
    return _DASH_AGAIN.match(text, stop.end(), p_end) if stop is not None else None
