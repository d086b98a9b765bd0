"""Find quoted passages from the quote marks alone: no parser needed.

Double marks (straight and curly) and single marks (British style) are paired separately,
apostrophes (``don’t``, ``Nangarhar’s``, ``the ’90s``) are told apart from single quotes by
the characters around them, and a quote that runs over several paragraphs (an opening mark
on each paragraph, a closing mark only at the end) comes out as one span per paragraph,
all sharing one ``utterance`` number. An unbalanced mark never raises: it is dropped and the
rest of the paragraph is read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotes.types import QuoteSpan

OPEN, CLOSE, EITHER = "open", "close", "either"

DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("‘’'‚")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS

# A mark that opens a quote is usually preceded by one of these (or nothing).
_BEFORE_OPEN = set(" \t([{—–-/") | {"\u00a0"}
# A mark that closes one is usually followed by one of these (or nothing).
_AFTER_CLOSE = set(" \t.,;:!?)]}—–-/…") | {"\u00a0"} | ALL_MARKS

_PARAGRAPH = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class _Mark:
    pos: int
    role: str
    style: str


def _double_role(text: str, i: int) -> str | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    in_tag = text.rfind("<", 0, i) > text.rfind(">", 0, i)
    if ch == '"' and (prev == "=" or (nxt == ">" and in_tag)):
        return None  # an attribute value in markup left in the text: `<tweet author="X">`
    opens = prev in _BEFORE_OPEN or prev in ALL_MARKS or not prev.strip()
    closes = nxt in _AFTER_CLOSE or not nxt.strip()
    if ch in "“„«":
        # “ used by mistake as a closing mark: `quote,“ he said`
        if closes and not opens and not nxt.isalnum():
            return CLOSE
        return OPEN
    if ch in "”»":
        # ” used by mistake as an opening mark: `he said: ”We`
        if opens and not closes and nxt.isalnum():
            return OPEN
        return CLOSE
    # straight double quote: decided by context
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return EITHER


def _single_role(text: str, i: int) -> str | None:
    """Single marks are apostrophes unless the context clearly says quote."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return None  # don’t, Nangarhar’s, rock’n’roll
    if nxt.isdigit():
        return None  # the ’90s, '16
    at_open = prev in _BEFORE_OPEN or prev in DOUBLE_MARKS or not prev.strip()
    if ch in "‘‚":
        return OPEN if at_open and (nxt.isalnum() or nxt in DOUBLE_MARKS or nxt in "…[(") else None
    if at_open and nxt.isalpha():
        if ch == "'":
            return OPEN
        return None  # ’em, ’tis: an elision, not an opening mark
    if not prev.isspace() and (nxt in _AFTER_CLOSE or not nxt.strip()):
        return CLOSE
    return None


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def _marks(text: str, start: int, end: int, style: str) -> list[_Mark]:
    marks = []
    charset = DOUBLE_MARKS if style == "double" else SINGLE_MARKS
    role_of = _double_role if style == "double" else _single_role
    for i in range(start, end):
        if text[i] in charset:
            role = role_of(text, i)
            if role is not None:
                marks.append(_Mark(i, role, style))
    return marks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair_style(text: str, style: str) -> list[QuoteSpan]:
    """Pair the marks of one style, paragraph by paragraph."""
    paragraphs = list(_paragraphs(text))
    spans: list[QuoteSpan] = []
    utterance = 0
    # A quote left open at the end of a paragraph: (open mark, utterance, paragraph index)
    carried: tuple[int, int] | None = None
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        marks = _marks(text, p_start, p_end, style)
        first = text[p_start:p_end].lstrip()
        first_pos = p_end - len(first)
        opens_paragraph = bool(marks) and marks[0].pos == first_pos and marks[0].role != CLOSE
        open_at: int | None = None
        open_utterance = 0
        if carried is not None:
            if opens_paragraph:
                # the continuation of a multi-paragraph quote
                open_at = marks[0].pos
                open_utterance = carried[1]
                marks = marks[1:]
            carried = None
        for mark in marks:
            if open_at is None:
                if mark.role in (OPEN, EITHER):
                    open_at = mark.pos
                    utterance += 1
                    open_utterance = utterance
                continue
            if mark.role == OPEN and mark.pos > open_at + 1:
                # Two openings in a row: the first was never closed. Keep the newer one.
                open_at = mark.pos
                utterance += 1
                open_utterance = utterance
                continue
            if mark.pos == open_at + 1:
                continue  # an empty pair such as `""`: nothing quoted
            start, end = _trim(text, open_at + 1, mark.pos)
            if end > start:
                spans.append(QuoteSpan(start, end, open_at, mark.pos, p_index, open_utterance, style))
            open_at = None
        if open_at is not None:
            start, end = _trim(text, open_at + 1, p_end)
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            next_opens = False
            if nxt is not None:
                nxt_text = text[nxt[0] : nxt[1]].lstrip()
                next_opens = bool(nxt_text) and nxt_text[0] in (DOUBLE_MARKS if style == "double" else "‘'")
            paragraph_quote = open_at == first_pos
            # `Brandt told analysts: “We simply cannot …` with no closing mark: a quote
            # introduced by a colon runs to the end of its paragraph.
            after_colon = text[p_start:open_at].rstrip().endswith(":")
            if end > start and (next_opens or paragraph_quote or after_colon):
                # Open at the paragraph end: the quote runs on (or its closing mark is missing
                # on a paragraph that is all quote). Either way the words are the paragraph's.
                spans.append(QuoteSpan(start, end, open_at, -1, p_index, open_utterance, style))
                if next_opens:
                    carried = (open_at, open_utterance)
    return spans


def _inside(inner: QuoteSpan, outer: QuoteSpan) -> bool:
    return outer.open_mark < inner.open_mark and inner.outer_end <= outer.outer_end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted passages in ``text``, outermost only, in reading order.

    ``text[span.start:span.end]`` is the quoted words, without the marks and without the
    white space just inside them.
    """
    doubles = _pair_style(text, "double")
    singles = _pair_style(text, "single")
    # A quote within a quote belongs to its outer quote (American style nests single marks
    # inside double, British style the other way round).
    kept = [s for s in singles if not any(_inside(s, d) for d in doubles)]
    kept_doubles = [d for d in doubles if not any(_inside(d, s) for s in kept)]
    # A single-quoted span that overlaps a double-quoted one without nesting is an
    # apostrophe misread as a mark.
    kept = [
        s
        for s in kept
        if not any(s.open_mark < d.outer_end and d.open_mark < s.outer_end for d in kept_doubles)
    ]
    spans = sorted(kept_doubles + kept, key=lambda s: s.start)
    # Number utterances across both styles in reading order; a quote split by its
    # attribution (`“X,” she said. “Y.”`) is one utterance.
    renumber: dict[tuple[str, int], int] = {}
    out: list[QuoteSpan] = []
    for k, s in enumerate(spans):
        key = (s.style, s.utterance)
        if key not in renumber:
            joined = k > 0 and _split_by_attribution(text, spans[k - 1], s, spans[k + 1 : k + 2])
            renumber[key] = out[-1].utterance if joined else len(set(renumber.values()))
        out.append(QuoteSpan(s.start, s.end, s.open_mark, s.close_mark, s.paragraph, renumber[key], s.style))
    return out


# The attribution between the pieces of a split quote: `, she said.`, `, said Peter Hale,
# chairman of the traders' association.`, `, he said, laughing.` A full stop inside it only
# ends an abbreviation (`Dr.`, `St.`) or an initial (`John F. Kennedy`).
_MAX_SPLIT_ATTRIBUTION_WORDS = 25
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Rev|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|No|Co|Corp|Inc|Ltd"
_ABBREVIATION = re.compile(rf"(?:\b[A-Z]|\b(?:{_ABBREVIATIONS})|U\.S)\.$")
_CUT_MARKS = (",", "…", "...", "—", "–")


def _split_by_attribution(text: str, first: QuoteSpan, second: QuoteSpan, after: list[QuoteSpan]) -> bool:
    """True when ``second`` goes on the sentence ``first`` broke off to name its speaker.

    ``first`` must end cut off (a comma or an ellipsis: the sentence goes on with its
    attribution), the words between the two must be a short clause that ends the sentence,
    and ``second`` must not carry an attribution of its own (`“Hi,” Jones replied.`), which
    would make it another speaker's turn in a dialogue.
    """
    if first.close_mark < 0 or first.paragraph != second.paragraph:
        return False
    if not _cut_off(text, first):
        return False
    if not _attribution_clause(text[first.outer_end : second.open_mark]):
        return False
    if second.close_mark >= 0 and _cut_off(text, second):
        nxt = after[0].open_mark if after and after[0].paragraph == second.paragraph else None
        tail = text[second.outer_end : nxt] if nxt is not None else _rest_of_line(text, second.outer_end)
        if _attribution_clause(tail):
            return False
    return True


def _cut_off(text: str, span: QuoteSpan) -> bool:
    inner = text[span.start : span.end]
    return inner.endswith(_CUT_MARKS) or text[span.outer_end : span.outer_end + 1] == ","


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _attribution_clause(between: str) -> bool:
    clause = between.strip().lstrip(",").strip()
    if not clause or clause[-1] not in ".,:" or any(c in DOUBLE_MARKS for c in clause):
        return False
    words = clause.split()
    if len(words) > _MAX_SPLIT_ATTRIBUTION_WORDS:
        return False
    # no sentence ends inside it, bar abbreviations
    for word in words[:-1]:
        if word[-1] in "!?;" or (word[-1] == "." and not _ABBREVIATION.search(word)):
            return False
    return True
