"""The story's lede, found once per article: its first sentence of prose and the paragraph
that holds it.

Three rules read it: a post with no body of its own is of the body the lede is on
(quotes/descriptors.py); the business or side the lede's subject names is a later `the
company` or `the club`, and a description `a judge` in the lede stands for the judge named
further down, where one past it is mostly a source left unnamed (quotes/entities.py). They read
the one lede here, so they never disagree on which sentence it is.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span

from quotes.context import DocContext

# Eight words make a sentence of prose; a headline, a byline, a dateline or a label is shorter
# or ends on no full stop (`The Taoiseach has ruled out an early general election.` is a lede).
_MIN_WORDS = 8


class Lede(NamedTuple):
    """Where the lede stands: ``sentence`` the index of its sentence's first token and ``first``
    that of its paragraph's first word past a wire dateline (-1 for both when there is no lede
    or no parse); ``start`` and ``end`` the chars of its paragraph (-1 and the text's length
    when none)."""

    sentence: int
    first: int
    start: int
    end: int


def lede(context: DocContext) -> Lede:
    """The story's lede: the first sentence of prose (eight words or more ending on a full stop,
    past any closing quote marks: `would ''rise again.''`) in a paragraph that is no line of page
    furniture (a caption under the top picture reads as a sentence too) and no standfirst (the
    paragraph right above a byline); worked out once per article."""
    return context.memo(("lede",), lambda: _find(context))


def _find(context: DocContext) -> Lede:
    text = context.text
    furniture = {f.start for f in context.furniture}
    for start, end in context.paragraphs:
        paragraph = text[start:end]
        if start + len(paragraph) - len(paragraph.lstrip()) in furniture or _above_a_byline(context, end):
            continue
        sent = next((s for s in _sentences_in(context, start, end) if _prose(s)), None)
        if sent is not None:
            return _lede_in(context, start, end, sent)
    return Lede(-1, -1, -1, len(text))


def _prose(sent: Span) -> bool:
    """A sentence of eight words or more that ends on a full stop, past closing quote marks."""
    words = [t for t in sent if not t.is_space]
    if len([t for t in words if not t.is_punct]) < _MIN_WORDS:
        return False
    while words[-1].is_quote and len(words) > 1:
        words.pop()
    return words[-1].text == "."


def _above_a_byline(context: DocContext, end: int) -> bool:
    """Whether the paragraph that ends at ``end`` stands right above a byline: a standfirst
    comes between the headline and the byline, the lede below them."""
    text, at = context.text, end
    while at < len(text) and text[at].isspace():
        at += 1
    return any(f.start == at and f.kind == "byline" for f in context.furniture)


def _sentences_in(context: DocContext, start: int, end: int) -> list[Span]:
    """The sentences of the paragraph [start, end), in order (none without a parse)."""
    first, last = context.token_range(start, end)
    found: list[Span] = []
    while context.has_sentences and first < last:
        found.append(context.sentence(first))
        first = found[-1].end
    return found


def _lede_in(context: DocContext, start: int, end: int, sent: Span) -> Lede:
    """The lede ``sent`` in the paragraph [start, end), with the paragraph's first word past a
    wire dateline (`WELLINGTON - Kiwibank will cut …`): the parser may cut a name in capitals
    off the sentence it opens (`British` | `Steel said today …`)."""
    doc = context.doc
    at = max([d.end for d in context.datelines if start <= d.start < end], default=start)
    first, last = context.token_range(at, end)
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return Lede(sent.start, first if first < last else sent.start, start, end)
