"""Find quoted passages from the quote marks alone: no parser needed.

Seven conventions are read, in any mix within one document:

- double marks, straight and curly: ``"…"``, ``“…”``, ``„…“``, ``«…»``;
- single marks, British style: ``‘…’``, ``'…'``, and single guillemets ``‹…›``; apostrophes
  (``don’t``, ``Nangarhar’s``, ``the ’90s``, ``the players’ union``) are told apart from them
  by the characters around them;
- the news-archive form ``''…''``: two apostrophes open and close (LexisNexis, ProQuest and
  the New York Times archive write every quote so), also typeset as ``‘‘…’’``;
- the corpus form ````…''``: two backticks open, two apostrophes close (the Penn Treebank and
  text prepared like it).
- mixed, in scanned and retyped archives: ``"…''`` or ``''…"``;
- guillemets typed in plain letters, ``<<…>>``, a pair within one paragraph;
- straight marks doubled, ``""…""``, as spreadsheet and CSV exports escape them;
- and with no marks, speech opened by a dash (``– …, said X.``; ``quotes/dashes.py``).

A quote within a quote (single marks inside double ones, or the other way round) belongs to
its outer quote; where the closings meet (``'no.'''``, ``'no,' ''``) the inner mark closes
first. A quote that runs over several paragraphs (an opening mark on each paragraph, a
closing mark only at the end) comes out as one span per paragraph, all sharing one
``utterance`` number. An unbalanced mark never raises: it is dropped and the rest of the
paragraph is read as usual. Two apostrophes that are no quote mark (an inch mark ``2''``, a
ditto mark, an empty string in code ``x = ''``, ``'''bold'''`` in wiki markup) are left
alone, and so are a lone backtick and a run of three (a code fence).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from quotes.dashes import DASH, dash_quotes
from quotes.furniture import INSERTED_KINDS, line_kind
from quotes.transcripts import transcript_quotes
from quotes.types import QuoteSpan

OPEN, CLOSE, EITHER = "open", "close", "either"

DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("‘’'‚‹›")
BACKTICK = "`"
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS | {BACKTICK}
"""Every character a quote mark is made of (an archive mark is two of them)."""

# A mark that opens a quote is usually preceded by one of these (or nothing).
_BEFORE_OPEN = set(" \t([{—–-/") | {"\u00a0"}
# A mark that closes one is usually followed by one of these (or nothing).
_AFTER_CLOSE = set(" \t.,;:!?)]}—–-/…") | {"\u00a0"} | ALL_MARKS
# Besides letters and digits, what the first word of a quote may start with.
_QUOTE_STARTS = set("‘’'…[($£€#@¡¿")
# Punctuation a quote's last word ends with, before its closing mark.
_CLOSING_PUNCT = ",.?!;:…"

_PARAGRAPH = re.compile(r"[^\r\n]+")
# Runs of the characters archive marks are made of: backticks (one, two, or a code fence)
# and two or more apostrophes, straight or curly.
# Two commas opening a word stand for the German low mark `„` in typed archives (`,,We have
# won,`` said X`), closed by two backticks or two apostrophes.
_ARCHIVE_RUN = re.compile(r"`+|'{2,}|’{2,}|‘{2,}|(?<![,\w]),,(?=[\w‘’'(\[…])")
# Bold in wiki markup: three apostrophes around words with no quote mark inside and no
# sentence punctuation before the closing three (`'''College Bowl,''' he said` is a quote).
# Straight marks doubled, as a spreadsheet or CSV export escapes them (`""We will stay,"" said
# X`): two marks in a row, not a third beside them nor a value in markup (`alt=""`).
_DOUBLED_STRAIGHT = re.compile(r'(?<!["=])""(?!")')
_WIKI_BOLD = re.compile(r"(?<!')'''(?=\S)(?:[^'\n]|'(?=\w))+?(?<=[^\s,.;:?!])'''(?!')")
# What follows an inch mark: a noun (`a 2'' pipe`), a size (`12'' x 18''`) or a hyphen.
# A word after the spaces and tabs an OCR'd archive leaves inside an opening mark.
_SPACED_WORD = re.compile(r"[ \t]+[^\W\d_]")
_AFTER_INCHES = re.compile(r"\s?(?:[a-z]|[x×X]\s|-)")

DOUBLE, SINGLE, ARCHIVE = "double", "single", "archive"
# Guillemets typed in plain letters, `<<…>>`, as archives and feeds that lost « » write them:
# a pair with words between it and none of a table's or a menu's marks (`<< Previous | Next >>`)
# nor code's (`x << 2`). Read with the archive marks, two characters each.
_TYPED_GUILLEMETS = re.compile(
    r"(?<![<\w])<<(?=\s?[^\W\d_])"  # opening before a letter, not inside `<<<` or a word
    r"[^<>|\n]*?(?<=[\w.,!?…])\s?>>(?![>\w])"  # closing after a word or its punctuation
)

# `<<` opening a paragraph before a word, with no typed guillemet, bar or bracket after it on the
# paragraph: a quote that goes on into the next paragraph.
_RUN_ON_GUILLEMETS = re.compile(r"<<(?=\s?[^\W\d_])[^<>|\n]*\Z")


@dataclass(frozen=True)
class _Mark:
    pos: int
    role: str
    width: int = 1

    @property
    def end(self) -> int:
        return self.pos + self.width


def _double_role(text: str, i: int) -> str | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    tag_open = text.rfind("<", 0, i)
    in_tag = tag_open > text.rfind(">", 0, i) and text[tag_open + 1 : tag_open + 2].isalpha()
    if ch == '"' and (prev == "=" or in_tag):
        # An attribute value in markup left in the text: `<tweet pic="" author="X">`. Inside
        # a tag's `<name …>` a straight mark is never a quote.
        return None
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
    if ch == "'" and text[i + 1 : i + 3] in ("n'", "n’") and not text[i + 3 : i + 4].isalnum():
        return None  # rock 'n' roll, fish 'n' chips: `and` cut short, in straight marks
    if ch == BACKTICK:
        return _backtick_opens(text, i)
    if ch in "‹›":
        # Single guillemets are never apostrophes; spaced on both sides they are a page's
        # arrows (`Home › News`, `‹ Previous`), not quote marks.
        if ch == "‹":
            return OPEN if not nxt.isspace() else None
        return CLOSE if not prev.isspace() else None
    if prev.isalnum() and nxt.isalnum():
        return None  # don’t, Nangarhar’s, rock’n’roll
    if nxt.isdigit():
        return None  # the ’90s, '16
    if prev.isalpha() and text[i - 2 : i - 1] in ("’", "'") and not text[i - 3 : i - 2].isalnum():
        return None  # rock ’n’ roll: a one-letter word elided on both sides
    at_open = prev in _BEFORE_OPEN or prev in DOUBLE_MARKS or not prev.strip()
    if ch in "‘‚":
        if ch == "‘" and prev in _CLOSING_PUNCT and (nxt in _AFTER_CLOSE or not nxt.strip()):
            # German and Central European print close a single quote with the high mark
            # (`‚Wir bleiben.‘ He left`): after the quote's last stop it can only close.
            return CLOSE
        return OPEN if at_open and (nxt.isalnum() or nxt in DOUBLE_MARKS or nxt in "’…[(") else None
    if at_open and nxt.isalpha():
        if ch == "'":
            return OPEN
        return None  # ’em, ’tis: an elision, not an opening mark
    if not prev.isspace() and (nxt in _AFTER_CLOSE or not nxt.strip()):
        return CLOSE
    return None


def _backtick_opens(text: str, i: int) -> str | None:
    """A lone backtick opens a single quote, as typed archives and TeX write it (a backtick,
    then `No,' he said`), when it stands before a word and an apostrophe closes it before any
    other backtick on its line, or it opens a paragraph that has no backtick after it (a quote over several
    paragraphs): a code literal in markdown (a word between two backticks) closes with one."""
    prev = text[i - 1] if i > 0 else " "
    at_open = prev in _BEFORE_OPEN or prev in DOUBLE_MARKS or not prev.strip()
    if not at_open or not text[i + 1 : i + 2].isalnum():
        return None
    line_end = text.find("\n", i)
    line = text[i + 1 : line_end if line_end >= 0 else len(text)]
    close = re.search(r"(?<=[\w.,!?;:…])'(?![\w'])", line)
    if close is None:
        # A quote running on over paragraphs opens each with its mark and leaves it open.
        return OPEN if text[text.rfind("\n", 0, i) + 1 : i].strip() == "" and "`" not in line else None
    return OPEN if "`" not in line[: close.start()] else None


def _archive_role(text: str, i: int, width: int = 2) -> str | None:
    """The role of the apostrophes at ``text[i:i + width]`` read as one archive mark, or
    None when they are no quote mark."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + width] if i + width < len(text) else "\n"
    if prev == "=":
        return None  # a value in markup or code: `alt=''`, `name=''`
    if prev.isspace() and nxt.isspace():
        return _spaced_role(text, i, width)
    if prev.isdigit() and _inch_mark(text, i, width):
        return None
    opens = (prev.isspace() or prev in _BEFORE_OPEN or prev in ALL_MARKS) and (
        nxt.isalnum() or nxt in _QUOTE_STARTS
    )
    closes = not prev.isspace() and prev not in "([{" and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if opens and closes:
        return EITHER
    return OPEN if opens else CLOSE if closes else None


def _spaced_role(text: str, i: int, width: int) -> str | None:
    """An archive mark with white space on both sides: a closing mark set off by a space
    (`coalitions, '' said`, or `the term 'poor,' ''` where a nested quote closes first), an
    opening one before a nested quote (`'' 'No,' he said`), else a ditto mark.

    Retyped and OCR'd archives set every mark off by spaces (`'' We have made hard choices, ''
    said the mayor`): a mark that opens its paragraph before a word opens a quote, and one after
    sentence punctuation before a word in capitals either closes the quote before it or opens
    one (`He said: '' We won. ''`), as the marks before it decide. A ditto mark stands under a
    word or a figure of the line above, never before a sentence."""
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    before = text[line_start:i].rstrip()
    after = text[i + width : line_end if line_end >= 0 else len(text)].lstrip()
    sentence_after = after[:1].isupper() and after.split(" ", 1)[0].strip(",.;:!?").isalpha()
    if not before and sentence_after:
        return OPEN
    if before and before[-1] in _CLOSING_PUNCT:
        return EITHER if sentence_after and after.find("''") > 0 else CLOSE
    if len(before) > 1 and before[-1] in "'’" and not before[-2].isspace() and before[-2] not in "'’":
        return CLOSE
    if after[:1] in ("'", "‘") and after[1:2].isalpha() and (not before or before[-1] in ".:—–-("):
        return OPEN
    return None


def _inch_mark(text: str, i: int, width: int) -> bool:
    """Two apostrophes after a number are an inch mark (`a 2'' pipe`, `5'11''`,
    `12'' x 18''`) unless the number is all the quote holds (`dial ''1'' for English`)."""
    j = i
    while j > 0 and (text[j - 1].isdigit() or text[j - 1] in "./"):
        j -= 1
    if text[max(0, j - 2) : j] in ("''", "‘‘", "``"):
        return False
    if j > 0 and text[j - 1] in "'’":
        return True  # feet and inches
    return _AFTER_INCHES.match(text, i + width) is not None


def _backtick_role(text: str, i: int, p_start: int, p_end: int) -> str | None:
    """Two backticks open a quote that two apostrophes close, unless they are a code literal
    in markup (````make````: the next two backticks come before any two apostrophes); after
    a quote opened by two commas (`,,We won,`` he said`) they close it."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 2] if i + 2 < p_end else " "
    if (
        not prev.isspace()
        and (nxt in _AFTER_CLOSE or nxt.isspace())
        and _ARCHIVE_RUN.search(text[p_start:i].replace("`", " ").replace("'", " "))
    ):
        return CLOSE
    if prev.isalnum():
        return None
    again = text.find("``", i + 2, p_end)
    close = text.find("''", i + 2, p_end)
    if nxt.isspace() and (close < 0 or not _SPACED_WORD.match(text, i + 2, p_end)):
        # (Set off by a space, as OCR and retyping leave it, `said: `` I have …''`, the
        # mark still opens before a word that two apostrophes close; else it is no mark.)
        return None
    if again >= 0 and (close < 0 or again < close):
        return None
    return OPEN


def _archive_marks(text: str, start: int, end: int) -> tuple[list[_Mark], list[tuple[int, int]]]:
    """The archive marks in ``text[start:end]``, and the runs of apostrophes that are no
    mark at all (an inch or ditto mark, code, wiki markup): neither archive nor single."""
    marks: list[_Mark] = []
    inert: list[tuple[int, int]] = []
    bold = []
    if "'''" in text[start:end]:
        bold = [(m.start(), m.end()) for m in _WIKI_BOLD.finditer(text, start, end)]
    for m in _ARCHIVE_RUN.finditer(text, start, end):
        pos, run = m.start(), m.group()
        ch, n = run[0], len(run)
        if ch == BACKTICK:
            # A lone backtick and a code fence (three or more) are no quote marks.
            role = _backtick_role(text, pos, start, end) if n == 2 else None
            if role is not None:
                marks.append(_Mark(pos, role, 2))
            continue
        if ch == ",":
            marks.append(_Mark(pos, OPEN, 2))
            continue
        if any(b_start <= pos < b_end for b_start, b_end in bold):
            inert.append((pos, pos + n))
            continue
        role = _archive_role(text, pos) if n == 2 else None
        if n == 3:
            # A nested quote closing with the outer one (' + '') or opening with it ('' + ');
            # its own mark is left to the single marks.
            if ch != "‘" and _archive_role(text, pos + 1) == CLOSE:
                marks.append(_Mark(pos + 1, CLOSE, 2))
                continue
            if ch != "’" and _archive_role(text, pos, 3) in (OPEN, EITHER):
                marks.append(_Mark(pos, OPEN, 2))
                continue
        if ch == "‘" and role != OPEN:
            role = None  # ‘‘ only ever opens
        if role is None:
            inert.append((pos, pos + n))
        else:
            marks.append(_Mark(pos, role, 2))
    if '""' in text[start:end]:
        marks = sorted(marks + _doubled_marks(text, start, end), key=lambda mark: mark.pos)
    if "<<" in text[start:end]:
        for m in _TYPED_GUILLEMETS.finditer(text, start, end):
            marks += [_Mark(m.start(), OPEN, 2), _Mark(m.end() - 2, CLOSE, 2)]
        if _RUN_ON_GUILLEMETS.match(text, start, end) and _runs_on_to_a_close(text, end):
            # (A quote over several paragraphs opens each with `<<` and closes only the last.)
            marks.append(_Mark(start, OPEN, 2))
        marks.sort(key=lambda mark: mark.pos)
    return marks, inert


def _runs_on_to_a_close(text: str, end: int) -> bool:
    """Whether the paragraph after ``end`` opens with `<<` again and a `>>` closes the run: a
    list of links, `<<Home`, `<<Back to news`, closes nothing."""
    return text[end:].lstrip().startswith("<<") and ">>" in text[end:]


def _doubled_role(text: str, i: int) -> str | None:
    """The role of a straight mark doubled (``""`` at ``i``) read as one mark: it opens before
    a word after a space or the line's start, closes after a word before a space or a stop,
    else it is no mark (an empty string, `""`, set off by spaces)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 2] if i + 2 < len(text) else " "
    opens = (not prev.strip() or prev in _BEFORE_OPEN) and (nxt.isalnum() or nxt in _QUOTE_STARTS)
    closes = bool(prev.strip()) and prev not in "([{" and (not nxt.strip() or nxt in _AFTER_CLOSE)
    return OPEN if opens and not closes else CLOSE if closes and not opens else None


def _doubled_marks(text: str, start: int, end: int) -> list[_Mark]:
    """The doubled straight marks of ``text[start:end]`` when they are the paragraph's way of
    writing quotes: one of them opens, or every straight mark is doubled. (`"I was told "no""
    by the desk"`: a quote nested in one of the same marks closes with it, one mark each.)"""
    runs = [(m.start(), _doubled_role(text, m.start())) for m in _DOUBLED_STRAIGHT.finditer(text, start, end)]
    marks = [_Mark(pos, role, 2) for pos, role in runs if role is not None]
    lone = text.count('"', start, end) > 2 * len(runs)
    return marks if any(m.role == OPEN for m in marks) or not lone else []


def _double_marks(text: str, bounds: tuple[int, int], archive: list[_Mark]) -> list[_Mark]:
    """The double marks of the paragraph at ``bounds`` but those a doubled straight mark read with the
    archive marks (``_DOUBLED_STRAIGHT``) is made of."""
    marks = _marks(text, *bounds, DOUBLE)
    taken = {p for m in archive if text[m.pos] == '"' for p in range(m.pos, m.end)}
    return [m for m in marks if m.pos not in taken] if taken else marks


def _mixed_openings(text: str, doubles: list[_Mark], archive: list[_Mark]) -> tuple[list[_Mark], list[_Mark]]:
    """One paragraph's double and archive marks, with a straight ``"`` that an archive mark
    closes (or the other way round) moved over to the archive marks as a one-character mark.

    Typed and scanned archives mix the two (`"It is the best day,'' said the mayor.`, or
    `''We will,"`): read apart, the ``"`` is left open and the ``''`` closes nothing. A mark
    is moved only when the next mark of either kind is its partner, so a straight quote with
    an archive quote inside (`"He said ''no'' to me"`) is left as it is.
    """
    if not doubles or not archive:
        return doubles, archive
    merged = sorted([(m.pos, 0, m) for m in doubles] + [(m.pos, 1, m) for m in archive], key=lambda t: t[0])
    moved: set[int] = set()
    extra: list[_Mark] = []
    for (_, kind, mark), (_, next_kind, nxt) in zip(merged, merged[1:], strict=False):
        if kind == next_kind or text[mark.pos if kind == 0 else nxt.pos] != '"':
            continue
        if kind == 0 and mark.role in (OPEN, EITHER) and nxt.role == CLOSE:
            moved.add(mark.pos)
            extra.append(_Mark(mark.pos, OPEN))
        elif kind == 1 and mark.role == OPEN and nxt.role in (CLOSE, EITHER):
            moved.add(nxt.pos)
            extra.append(_Mark(nxt.pos, CLOSE))
    if not extra:
        return doubles, archive
    kept = [m for m in doubles if m.pos not in moved]
    return kept, sorted(archive + extra, key=lambda m: m.pos)


def _single_view(
    text: str, archive: list[tuple[list[_Mark], list[tuple[int, int]]]], spans: list[QuoteSpan]
) -> str:
    """``text`` as the single marks are read: each archive mark shows as ``"`` (so a single
    mark beside one is read as beside a double mark), apostrophes that are no mark as ``#``.

    An archive closing mark after a word that closes no quote is the possessive of a plural
    and a closing single mark (`‘a win for the players’’`): only its last character is a mark.
    """
    if not any(marks or inert for marks, inert in archive):
        return text
    used = {s.open_mark for s in spans} | {s.close_mark for s in spans}
    chars = list(text)
    for marks, inert in archive:
        for mark in marks:
            stray = mark.pos not in used and mark.end - 1 not in used
            if stray and mark.role == CLOSE and text[mark.pos - 1].isalpha():
                chars[mark.pos] = "s"
                continue
            chars[mark.pos : mark.end] = '"' * mark.width
        for start, end in inert:
            chars[start:end] = "#" * (end - start)
    return "".join(chars)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph, a line with some text on it: the unit quote spans
    number (``QuoteSpan.paragraph``) and the attribution rules look within."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


# Each style's marks as one character class: the regex finds them in a paragraph at C speed,
# where a look at every character from Python cost 1% of extraction.
_MARK_CHARS = {
    DOUBLE: re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]"),
    # (and a lone backtick, which a typed archive opens a single quote with, closed by an apostrophe)
    SINGLE: re.compile("[" + re.escape("".join(sorted(SINGLE_MARKS))) + "]|(?<!`)`(?!`)"),
}


def _marks(text: str, start: int, end: int, style: str) -> list[_Mark]:
    marks = []
    role_of = _double_role if style == DOUBLE else _single_role
    for m in _MARK_CHARS[DOUBLE if style == DOUBLE else SINGLE].finditer(text, start, end):
        i = m.start()
        role = role_of(text, i)
        if role is not None:
            marks.append(_Mark(i, role))
    return marks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _closes(
    text: str, style: str, open_mark: _Mark, marks: list[_Mark], k: int, runs_on: bool = False
) -> bool:
    """Whether ``marks[k]`` closes the quote ``open_mark`` opens; ``runs_on`` when a quote
    left open at the paragraph's end would go on into the next (``_runs_on``)."""
    mark = marks[k]
    if mark.pos == open_mark.end:
        return False  # an empty pair such as `""`: nothing quoted
    # `‘It’s the farmers’ money,’ he said`: the quote closes at the next mark; and with no
    # mark after it, at the paragraph's end when the quote runs on over paragraphs (`Miss Davies
    # said: 'The girls' wages have not risen.` / `'We shall go to the Board of Trade.'`).
    if not (style == SINGLE and _plural_possessive(text, mark.pos)):
        return True
    after = marks[k + 1 : k + 2]
    return not runs_on if not after else after[0].role == OPEN


def _runs_on(
    text: str,
    paragraphs: list[tuple[int, int]],
    p_index: int,
    open_mark: _Mark,
    opens_with_mark: Callable[[str], bool],
) -> bool:
    """Whether the quote ``open_mark`` opens, at the head of its paragraph or after a colon,
    would run on into the next story paragraph, which opens with a mark of its own, as a quote
    over several paragraphs does (British papers, archive reports)."""
    p_start, p_end = paragraphs[p_index]
    heads = open_mark.pos == p_end - len(text[p_start:p_end].lstrip())
    if not (heads or text[p_start : open_mark.pos].rstrip().endswith(":")):
        return False
    nxt = next((q for q in paragraphs[p_index + 1 :] if not _inserted(text, *q)), None)
    return nxt is not None and opens_with_mark(text[nxt[0] : nxt[1]].lstrip())


def _left_open(
    text: str,
    paragraphs: list[tuple[int, int]],
    p_index: int,
    open_mark: _Mark,
    opens_with_mark: Callable[[str], bool],
) -> tuple[tuple[int, int], bool] | None:
    """A quote still open at the end of paragraph ``p_index``: its words' (start, end) and
    whether the next story paragraph goes on with it, or None when it is no quote.

    Open at the paragraph end, the quote runs on (or its closing mark is missing on a
    paragraph that is all quote): either way the words are the paragraph's.
    """
    p_start, p_end = paragraphs[p_index]
    start, end = _trim(text, open_mark.end, p_end)
    next_opens = False
    nxt = next((q for q in paragraphs[p_index + 1 :] if not _inserted(text, *q)), None)
    if nxt is not None:
        next_opens = opens_with_mark(text[nxt[0] : nxt[1]].lstrip())
    paragraph_quote = open_mark.pos == p_end - len(text[p_start:p_end].lstrip())
    # `Brandt told analysts: “We simply cannot …` with no closing mark: a quote introduced by
    # a colon runs to the end of its paragraph.
    after_colon = text[p_start : open_mark.pos].rstrip().endswith(":")
    if end > start and (next_opens or paragraph_quote or after_colon):
        if not next_opens:
            end = _before_a_lost_closing_mark(text, start, end)
        return (start, _before_the_rooms_answer(text, start, end)), next_opens
    return None


# `… these three weeks. (Hear, hear.)`: what a report puts in brackets after a speech's
# sentence, the room's answer (`(Cheers.)`, `(Laughter.)`, `(Loud cheers.)`), a few words
# opening on a capital; a quote left open to its paragraph's end stops before it.
_ROOMS_ANSWER = re.compile(r"(?<=[.!?…])\s+\((?:[A-Z][\w'’-]*)(?:,?\s[\w'’-]+){0,4}[.!]?\)$")


def _before_the_rooms_answer(text: str, start: int, end: int) -> int:
    """The end of an open quote's words before the room's answer in brackets that closes its
    paragraph (`… we shall have it. (Cheers.)`); else ``end``."""
    m = _ROOMS_ANSWER.search(text, start, end)
    return m.start() if m is not None else end


# `“There was no warning, said Kessel, whose group …`: the closing mark left out before the
# attribution. A comma, a verb of saying and a capitalised name (or the name, then the verb).
# (Inflected forms, not cue_verbs.txt's lemmas: marks are paired on the raw text, with no parse.)
_LOST_CLOSE = re.compile(
    r",\s+(?:(?:said|says|added|adds|told|explained|recalled)\s+(?:[A-Z][\w’'.-]*|the\s)"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:said|says|added|adds|told|explained|recalled)\b)"
)


def _before_a_lost_closing_mark(text: str, start: int, end: int) -> int:
    """Where a quote left open ends when its closing mark was lost before the attribution
    (`“…what papers to keep, said Kessel, whose …`): after the comma; else ``end``."""
    m = _LOST_CLOSE.search(text, start, end)
    return m.start() + 1 if m is not None else end


def _pair(
    text: str,
    paragraphs: list[tuple[int, int]],
    marks_in: list[list[_Mark]],
    opens_with_mark: Callable[[str], bool],
    style: str,
) -> list[QuoteSpan]:
    """Pair the marks of one convention, paragraph by paragraph.

    ``marks_in[p]`` holds paragraph ``p``'s marks; ``opens_with_mark`` tells whether a
    paragraph (white space stripped) starts with a mark of the convention. A span's
    ``close_mark`` is the last character of its closing mark.
    """
    spans: list[QuoteSpan] = []
    utterance = 0
    # The utterance of a quote left open at the end of the previous paragraph.
    carried: int | None = None
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        # A caption or credit line inside a quote that runs on is passed over (attrib's edit).
        held = carried if carried is not None and _inserted(text, p_start, p_end) else None
        carried = None if held is not None else carried
        marks = _without_nested(text, marks_in[p_index]) if style == SINGLE else marks_in[p_index]
        first_pos = p_end - len(text[p_start:p_end].lstrip())
        opens_paragraph = bool(marks) and marks[0].pos == first_pos and marks[0].role != CLOSE
        # A quote carried from the paragraph before goes on at this one's opening mark.
        goes_on = carried is not None and opens_paragraph
        open_mark: _Mark | None = marks[0] if goes_on else None
        open_utterance = carried if goes_on and carried is not None else 0
        marks = marks[1:] if goes_on else marks
        carried = None
        for k, mark in enumerate(marks):
            if open_mark is None:
                if mark.role in (OPEN, EITHER):
                    open_mark = mark
                    utterance += 1
                    open_utterance = utterance
                continue
            if mark.role == OPEN and mark.pos > open_mark.end:
                # Two openings in a row: the first was never closed. Keep the newer one.
                open_mark = mark
                utterance += 1
                open_utterance = utterance
                continue
            runs_on = style == SINGLE and _runs_on(text, paragraphs, p_index, open_mark, opens_with_mark)
            if not _closes(text, style, open_mark, marks, k, runs_on):
                continue
            start, end = _trim(text, open_mark.end, mark.pos)
            if end > start:
                close = mark.end - 1
                spans.append(QuoteSpan(start, end, open_mark.pos, close, p_index, open_utterance, style))
            open_mark = None
        if open_mark is not None:
            left_open = _left_open(text, paragraphs, p_index, open_mark, opens_with_mark)
            if left_open is not None:
                (start, end), next_opens = left_open
                spans.append(QuoteSpan(start, end, open_mark.pos, -1, p_index, open_utterance, style))
                carried = open_utterance if next_opens else None
        if held is not None and carried is None:
            carried = held
    return spans


def _without_nested(text: str, marks: list[_Mark]) -> list[_Mark]:
    """``marks`` without those of a quote inside a quote of the same marks: an opening mark
    right after another, closed by the next mark, which the outer quote's closing mark follows
    (`'They call it a 'temporary' fix,' said Ana Ruiz`), rather than the outer mark being an
    apostrophe."""
    out: list[_Mark] = []
    k = 0
    while k < len(marks):
        nested = (
            0 < k < len(marks) - 2
            and marks[k - 1].role in (OPEN, EITHER)
            and marks[k].role == OPEN
            and marks[k + 1].role != OPEN
            and marks[k + 2].role != OPEN
            and _closes(text, SINGLE, marks[k], marks, k + 1)
        )
        if not nested:
            out.append(marks[k])
        k += 2 if nested else 1
    return out


def _plural_possessive(text: str, i: int) -> bool:
    """`the farmers’ money`: a mark after a plural's `s`, with a word in small letters after
    it, which may be an apostrophe rather than a closing mark; so may one after a name ending
    in `s` with a name after it (`St James' Park`)."""
    if text[i - 1 : i] != "s" or text[i + 1 : i + 2] != " ":
        return False
    after = text[i + 2 : i + 3]
    return after.islower() or (after.isupper() and _word_before(text, i)[:1].isupper())


def _word_before(text: str, i: int) -> str:
    start = i
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-.’'"):
        start -= 1
    return text[start:i]


def _inserted(text: str, start: int, end: int) -> bool:
    return line_kind(text[start:end]) in INSERTED_KINDS


def _opens_with_double(paragraph: str) -> bool:
    return paragraph[:1] in DOUBLE_MARKS


def _opens_with_single(paragraph: str) -> bool:
    return paragraph[:1] in ("‘", "'")


def _opens_with_archive(paragraph: str) -> bool:
    return paragraph.startswith(("''", "``", "‘‘", ",,", '""', "<<"))


def _inside(inner: QuoteSpan, outer: QuoteSpan) -> bool:
    return outer.open_mark < inner.open_mark and inner.outer_end <= outer.outer_end


def _overlaps(a: QuoteSpan, b: QuoteSpan) -> bool:
    return a.open_mark < b.outer_end and b.open_mark < a.outer_end


class _SpansByOpening:
    """Spans of one convention sorted by their opening mark, to ask which of them holds or
    overlaps another span without comparing it with every one (a text of thousands of quotes
    in both conventions would take minutes). Spans of one convention may nest or cross (a
    paragraph's quote left open runs to its end), so a span's reach is the furthest end of any
    span opened before or at it."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = sorted(spans, key=lambda s: s.open_mark)
        self.opens = [s.open_mark for s in self.spans]
        self.reach: list[int] = []
        furthest = -1
        for s in self.spans:
            furthest = max(furthest, s.outer_end)
            self.reach.append(furthest)

    def _candidates(self, opened_before: int, ending_after: int) -> Iterator[QuoteSpan]:
        """The spans opened before ``opened_before`` whose end is after ``ending_after``, the
        latest opened first."""
        k = bisect.bisect_left(self.opens, opened_before) - 1
        while k >= 0 and self.reach[k] > ending_after:
            if self.spans[k].outer_end > ending_after:
                yield self.spans[k]
            k -= 1

    def any_holding(self, inner: QuoteSpan) -> bool:
        """True when one of the spans holds ``inner`` (``_inside(inner, span)``)."""
        return any(_inside(inner, s) for s in self._candidates(inner.open_mark, inner.outer_end - 1))

    def any_overlapping(self, other: QuoteSpan) -> bool:
        """True when one of the spans overlaps ``other`` (``_overlaps(other, span)``)."""
        return any(_overlaps(other, s) for s in self._candidates(other.outer_end, other.open_mark))


def _first_opened(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Of double-mark and archive spans that nest or cross, the one opened first: a quote in
    a quote belongs to its outer quote, and crossing marks of two conventions (`“…''…”…''`)
    are read as the first one opened."""
    out: list[QuoteSpan] = []
    for s in sorted(spans, key=lambda s: s.open_mark):
        if out and s.open_mark < out[-1].outer_end:
            continue
        out.append(s)
    return out


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted passages in ``text``, outermost only, in reading order.

    ``text[span.start:span.end]`` is the quoted words, without the marks and without the
    white space just inside them. Archive quotes (``''…''``, ````…''``) have the ``style``
    ``"double"``: they are double quotes written another way.
    """
    paragraphs = paragraph_bounds(text)
    archive_marks = [_archive_marks(text, start, end) for start, end in paragraphs]
    double_marks = [_double_marks(text, p, a) for p, (a, _) in zip(paragraphs, archive_marks, strict=True)]
    for k, (marks, inert) in enumerate(archive_marks):
        double_marks[k], marks = _mixed_openings(text, double_marks[k], marks)
        archive_marks[k] = (marks, inert)
    archive = _pair(text, paragraphs, [marks for marks, _ in archive_marks], _opens_with_archive, ARCHIVE)
    doubles = _pair(text, paragraphs, double_marks, _opens_with_double, DOUBLE)
    single_text = _single_view(text, archive_marks, archive)
    single_marks = [_marks(single_text, s, e, SINGLE) for s, e in paragraphs]
    singles = _pair(single_text, paragraphs, single_marks, _opens_with_single, SINGLE)
    primary = _first_opened(doubles + archive) if archive else doubles
    # A quote within a quote belongs to its outer quote (American style nests single marks
    # inside double, British style the other way round).
    in_primary = _SpansByOpening(primary)
    kept = [s for s in singles if not in_primary.any_holding(s)]
    in_kept = _SpansByOpening(kept)
    kept_primary = [d for d in primary if not in_kept.any_holding(d)]
    # A single-quoted span that overlaps a double-quoted one without nesting is an
    # apostrophe misread as a mark.
    by_opening = _SpansByOpening(kept_primary)
    kept = [s for s in kept if not by_opening.any_overlapping(s)]
    # A single-quoted word inside a dash's words belongs to them (`– It's a 'temporary' fix,
    # said Ana Ruiz.`).
    dashes = dash_quotes(text, paragraphs)
    in_dashes = _SpansByOpening(dashes)
    kept = [s for s in kept if not in_dashes.any_overlapping(s)]
    # A transcript's turn is read from its label, and marks inside its words belong to it.
    turns = transcript_quotes(text, paragraphs)
    if turns:
        in_turns = _SpansByOpening(turns)
        kept_primary = [s for s in kept_primary if not in_turns.any_overlapping(s)]
        kept = [s for s in kept if not in_turns.any_overlapping(s)]
        dashes = [s for s in dashes if not in_turns.any_overlapping(s)]
    spans = sorted(kept_primary + kept + dashes + turns, key=lambda s: s.start)
    # Number utterances across the conventions in reading order; a quote split by its
    # attribution (`“X,” she said. “Y.”`) is one utterance.
    renumber: dict[tuple[str, int], int] = {}
    numbers: set[int] = set()  # the utterance numbers given so far (renumber's values)
    out: list[QuoteSpan] = []
    for k, s in enumerate(spans):
        key = (s.style, s.utterance)
        if key not in renumber:
            joined = k > 0 and _split_by_attribution(text, spans[k - 1], s, spans[k + 1 : k + 2])
            renumber[key] = out[-1].utterance if joined else len(numbers)
            numbers.add(renumber[key])
        style = DOUBLE if s.style in (ARCHIVE, DASH) else s.style
        out.append(QuoteSpan(s.start, s.end, s.open_mark, s.close_mark, s.paragraph, renumber[key], style))
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
