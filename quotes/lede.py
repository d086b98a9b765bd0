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
# A finite verb's tags: past, present, a modal.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The lines that open the story under its standfirst: a byline, the story's date.
_TOP_KINDS = frozenset({"byline", "date"})


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
    past any closing quote marks: `would ''rise again.''`) with a finite verb, in a paragraph
    that is no line of page furniture (a caption under the top picture reads as a sentence too)
    and no standfirst (above a byline, the story's date or a wire dateline); worked out once per
    article."""
    return context.memo(("lede",), lambda: _find(context))


def _find(context: DocContext) -> Lede:
    text = context.text
    furniture = {f.start for f in context.furniture}
    for n, (start, end) in enumerate(context.paragraphs):
        paragraph = text[start:end]
        if start + len(paragraph) - len(paragraph.lstrip()) in furniture or _above_the_story(context, n):
            continue
        sent = next((s for s in _sentences_in(context, start, end) if _prose(s)), None)
        if sent is not None and _finite(sent):
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


def _finite(sent: Span) -> bool:
    """Whether the sentence has a finite verb: a caption under the top picture often has none
    (`Jane Doe at the launch in Nairobi on Monday.`), a lede always does."""
    return any(t.tag_ in _FINITE_TAGS for t in sent)


def _above_the_story(context: DocContext, n: int) -> bool:
    """Whether paragraph ``n`` stands above the story's top: a standfirst comes between the
    headline and the byline or the story's date (a lone name line may come first: `Ana Ruiz`
    over `Tue 3 Mar 2026 12.04 GMT`), and a wire story opens on its dateline, so what stands
    right above the dateline's paragraph is a standfirst or a caption."""
    kinds = {f.start: f.kind for f in context.furniture}
    datelines = {d.start for d in context.datelines}
    top = False  # (a byline at the foot, `— Reuters` under a brief of one paragraph, is no top)
    for start, end in context.paragraphs[n + 1 :]:
        line = context.text[start:end]
        at = start + len(line) - len(line.lstrip())
        if at in datelines:
            return True
        top = top or kinds.get(at) in _TOP_KINDS
        if at not in kinds and not _a_name_line(line):
            return top
    return False


def _a_name_line(line: str) -> bool:
    """A short line with no sentence's end, as a name alone on a line of a byline is."""
    words = line.split()
    return 0 < len(words) <= 4 and line.rstrip()[-1:] not in ".!?:;,\"'”’"


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
