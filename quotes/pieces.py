"""What the parser reads of a text: a cleaned copy (the same length, so every offset holds)
cut into paragraph-aligned pieces of bounded size."""

from __future__ import annotations

import re

from quotes.dictionary import is_english_word
from quotes.furniture import line_kind
from quotes.lexicon import lexicon
from quotes.transcripts import opens_a_turn

# Longer texts are parsed in paragraph-aligned pieces: spaCy's parser needs about 1 GB per
# 100,000 characters, and its max_length refuses more than 1,000,000 at once.
MAX_PIECE_CHARS = 100_000
# Control characters (a terminal colour code, a bell, a NUL, a form feed) are not words, but
# spaCy would glue them to the words beside them (a speaker called "Ruiz.\x07"). The parser
# reads a copy with each one replaced by a space, one for one, so every offset still holds;
# the quotes are cut from the text as read.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A lone surrogate (a JSON \ud800 escape) is no character: spaCy cannot even hash it. The
# parser reads the replacement character in its place, one for one.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# A no-break space (a saved web page's `&nbsp;`, `Eddie Griffin,\xa0who`, `Times\xa0columnist`)
# is a space to a reader, but spaCy makes it a token of its own, and the tagger, reading a word
# there, loses the name beside it (no person `Eddie Griffin`). The parser reads a space in its
# place, one for one; the narrow one of French typography too.
_NO_BREAK_SPACES = re.compile("[\u00a0\u202f]")


# spaCy's tokenizer strips a word's leading and trailing punctuation one mark at a time,
# copying the rest each time: a run of n marks with no space in it costs n² (30,000 `(` take
# minutes). No news text has such a run (none in polnear's 924 articles or the samples longer
# than 50), so the parser reads a space in place of every 51st mark of a longer one.
MAX_MARK_RUN = 50
_MARK_RUN = re.compile(rf"[^\w\s]{{{MAX_MARK_RUN + 1},}}")


def _broken_run(match: re.Match[str]) -> str:
    chars = list(match.group())
    chars[MAX_MARK_RUN :: MAX_MARK_RUN + 1] = " " * len(range(MAX_MARK_RUN, len(chars), MAX_MARK_RUN + 1))
    return "".join(chars)


# Markdown (a `.md` file, a page saved as Markdown) marks up what a page shows: emphasis
# around words (`**Ana Ruiz**`, `*Photo: X*`), a heading's `#`, a quote block's `>` and a
# link's brackets and address (`[Read more: …](https://…)`). The parser, the quote marks and
# the furniture patterns read spaces in their place (a speaker called `*`, a byline or a
# `Read more:` line not known as one, a quote that did not open its paragraph); the rows keep
# the text as written.
_MARKDOWN_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*(?![\w*])")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_MARKDOWN_LINE_MARK = re.compile(r"(?m)^(?:#{1,6}|>)(?=[ \t])")
_MARKDOWN_LINK = re.compile(r"!?\[(?=[^\]\n]+\]\([^()\s]*\))([^\]\n]+)\]\([^()\s]*\)")


def _markup_blanked(match: re.Match[str]) -> str:
    """The match with everything but its first group's words as spaces (or all of it)."""
    if match.lastindex is None:
        return " " * len(match.group())
    start, end = match.span(1)
    whole = match.group()
    at, upto = start - match.start(), end - match.start()
    return " " * at + whole[at:upto] + " " * (len(whole) - upto)


def _without_markdown(text: str) -> str:
    if "*" not in text and "[" not in text and "#" not in text and ">" not in text:
        return text
    for pattern in (_MARKDOWN_LINK, _MARKDOWN_STRONG, _MARKDOWN_EMPHASIS, _MARKDOWN_LINE_MARK):
        text = pattern.sub(_markup_blanked, text)
    return text


# A name broken at a line's end by a hyphen (`Hig-` / `ginbottom`: an archive story, a PDF
# copied out, OCR): the parser reads it whole, its letters moved up over the hyphen and the line
# break and soft hyphens after them (`Higginbottom\xad\xad`), which no name keeps
# (names.plain_letters). The word keeps its place, so its offsets hold. Only a name's: a word
# in capitals that no dictionary has, whole or in two (`Vice-` / `president` is two words); the
# word lists would not know a common word with soft hyphens after it (`company\xad\xad`).
# A common word so broken (`impor-` / `tant`) is read whole too, with spaces after it, and the
# line break after a hyphenated word's hyphen (`well-` / `known`) as a space: a paragraph never
# ends inside a word, so a quote over such a break is one quote even where the text is not
# read as hard-wrapped (a few lines of a PDF pasted into a story), or where it is and the line
# is short enough for the wrapping to read its break as a paragraph's end (`long over-` / `due`).
_BROKEN_WORD = re.compile(r"\b([^\W\d_]+)-\r?\n([a-z][^\W\d_]*)")


def _rejoined(original: str, cleaned: str) -> str:
    """``cleaned`` (``original`` cleaned, the same length) with each name ``original`` breaks
    at a line's end read whole; and, where ``cleaned`` keeps the break (not a hard-wrapped line's
    soft break, a space already there), each common word too."""
    if "-\n" not in original and "-\r\n" not in original:
        return cleaned
    chars = list(cleaned)
    for m in _BROKEN_WORD.finditer(original):
        first, rest = m.group(1), m.group(2)
        gap = m.start(2) - m.end(1)
        whole, halves = is_english_word(first + rest), is_english_word(first) and is_english_word(rest)
        if first[0].isupper() and not whole and not halves:
            chars[m.end(1) : m.end()] = rest + "\xad" * gap
        elif "\n" not in cleaned[m.end(1) : m.start(2)]:
            continue  # (a wrapped line's soft break, read as a space already)
        elif first[0].isupper() and _after_a_given_name(original, m.start(1)):
            chars[m.end(1) : m.end()] = rest + "\xad" * gap  # (`Margaret Hollo-` / `way`)
        elif whole:
            chars[m.end(1) : m.end()] = rest + " " * gap  # (`impor-` / `tant`)
        else:
            chars[m.end(1) + 1 : m.start(2)] = " " * (gap - 1)  # (`well-` / `known`: two words)
    return "".join(chars)


def _after_a_given_name(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in lexicon().first_names


def text_for_parser(text: str) -> str:
    """``text`` with control characters (except tab, line feed and carriage return) and
    no-break spaces as spaces,
    lone surrogates as U+FFFD, Markdown's markup around words as spaces, runs of over
    ``MAX_MARK_RUN`` punctuation marks broken by a space, the line breaks of hard-wrapped
    text (``soft_line_breaks``) as spaces and a name broken by a hyphen at a line's end
    whole: the same length, so every offset holds."""
    text = _NO_BREAK_SPACES.sub(" ", _CONTROL_CHARS.sub(" ", text))
    text = _rejoined(text, _unwrapped(_without_markdown(text)))
    if _LONE_SURROGATES.search(text):
        text = _LONE_SURROGATES.sub("\ufffd", text)
    return _MARK_RUN.sub(_broken_run, text)


# Hard-wrapped text (an archive story, an e-mail, a PDF copied out, a wire service's fixed
# width) breaks its lines where the next word would not fit; everywhere else in this project a
# line is a paragraph (quote spans, sentences). A text is read as wrapped at width w when most
# of its lines are no longer than w, w is a width text is wrapped at (a newspaper column's 30
# characters to a printout's 132), many lines reach near it and few go far past it: a line far
# longer (a paragraph of a web page's text) is a paragraph, and then the text is not wrapped.
WRAP_WIDTHS = range(30, 133)
_WRAP_SLACK = 15  # a wrapped line is at most this much shorter than the width (a long word next)
_MIN_WRAPPED_LINES = 4
_NEAR_SHARE = 0.4  # of the lines, at least this many reach near the width (paragraphs of 2+ lines)
_PAST_SHARE = 0.1  # of the lines, at most this many go past it (a headline, a link)


def wrap_width(text: str) -> int | None:
    """The width ``text`` is hard-wrapped at, or None if it is not wrapped: its lines are
    paragraphs (a web page's text, one paragraph per line, is hundreds of characters wide)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < _MIN_WRAPPED_LINES or _paragraphs_of_a_line_under_the_top(text):
        return None
    if _a_sentence_a_line_under_the_top(text):
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width not in WRAP_WIDTHS:
        return None
    near = sum(1 for n in lengths if n >= width - _WRAP_SLACK)
    past = sum(1 for n in lengths if n > width + _WRAP_SLACK)
    return width if near >= _NEAR_SHARE * len(lengths) and past <= _PAST_SHARE * len(lengths) else None


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _paragraphs_of_a_line_under_the_top(text: str) -> bool:
    """Whether every paragraph set off by blank lines under the first (two or more of them) is a
    line of its own: a short story whose paragraphs are a sentence or two each, under a top of a
    headline, a standfirst and a byline one a line (`‘I never thought I’d see this day’ – joy as
    ferry returns` / `Islanders cheer as the service resumes`). Its lines may be about as long as
    each other, as a wrapped text's are, but a wrapped story's paragraphs run over lines: no
    line of its top is wrapped into the next."""
    blocks = [block for block in _BLANK_LINE.split(text.strip()) if block.strip()]
    under = blocks[1:]
    return len(under) >= 2 and all("\n" not in block.strip() for block in under)


# A line that ends a sentence: its stop, with a closing mark or bracket after it or not.
_ENDS_A_SENTENCE = re.compile(r"[.!?…][’”'\")\]]*\s*$")
_MAX_TOP_LINES = 4  # a headline, a standfirst, a byline and a date over the story
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MIN_LINES_UNDER_THE_TOP = 3


def _a_sentence_a_line_under_the_top(text: str) -> bool:
    """Whether every line under the top (the lines that end no sentence over the first that
    does: a headline, a standfirst, a byline) ends a sentence, page furniture apart, with no
    blank lines between: a page's text set one paragraph a line (`Islanders cheer as the service
    resumes` / `Commuters on Kawau Island cheered on Monday.` / …). A wrapped story's lines end
    where the width ran out, most of them inside a sentence; set off by blank lines, a wrapped
    paragraph's last lines may all end sentences (`_paragraphs_of_a_line_under_the_top` reads
    such pages)."""
    if _BLANK_LINE.search(text):
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    top = next((k for k, line in enumerate(lines) if _ENDS_A_SENTENCE.search(line)), len(lines))
    under = lines[top:]
    if top > _MAX_TOP_LINES or len(under) < _MIN_LINES_UNDER_THE_TOP:
        return False
    return all(_ENDS_A_SENTENCE.search(line) or line_kind(line) for line in under)


def soft_line_breaks(text: str) -> list[int]:
    """The offsets of the line breaks of hard-wrapped ``text`` that wrap a paragraph, not end
    one: the next line's first word would not have fitted on the line (within a fifth of the
    width: a printed column's letters are not all as wide). A line after a blank line, or one
    indented, starts a paragraph."""
    width = wrap_width(text)
    if width is None:
        return []
    fits = width - width // 5
    breaks = []
    end = -1
    lines = text.split("\n")
    # (A caption, a byline or a related link is a line whole, never wrapped into the next: each
    # line's kind read once, though it is looked at as the line and as the line after.)
    furniture = [bool(line_kind(line)) for line in lines]
    for k, (line, after) in enumerate(zip(lines, lines[1:], strict=False)):
        end += len(line) + 1
        if not line.strip() or not after.strip() or after[:1].isspace():
            continue
        if furniture[k] or furniture[k + 1] or opens_a_turn(after):
            continue  # (and a transcript's turn opens a paragraph of its own)
        if len(line.rstrip()) + 1 + len(after.split()[0]) > fits:
            breaks.append(end)
    return breaks


def _unwrapped(text: str) -> str:
    breaks = soft_line_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
        if i > 0 and chars[i - 1] == "\r":
            chars[i - 1] = " "
    return "".join(chars)


_BREAKS = (re.compile(r"\n[ \t\r]*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s"), re.compile(r"\s"))


def split_for_parse(text: str, max_chars: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each at most ``max_chars`` long.

    Pieces end at a blank line where there is one, else at a line break, a sentence end or a
    space, so quotes are rarely cut; ``text[offset:offset + len(piece)] == piece`` always.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > (size := _piece_size(text, start, max_chars)):
        window = text[start : start + size]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = size
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


# The parser's memory grows with tokens, not characters: news runs about 18,000 tokens to
# 100,000 characters, but a page of quote marks or brackets is a token a character (100 KB of
# `"` peaked at 1.7 GB in one piece). A piece holds at most this many tokens, roughly counted.
MAX_PIECE_TOKENS = 30_000
_TOKENISH = re.compile(r"\w+|[^\w\s]")


def rough_tokens(text: str, start: int = 0, end: int | None = None) -> int:
    """About how many tokens the parser makes of ``text[start:end]``: words and marks."""
    return sum(1 for _ in _TOKENISH.finditer(text, start, len(text) if end is None else end))


def _piece_size(text: str, start: int, max_chars: int) -> int:
    """How many characters from ``start`` the next piece may take: ``max_chars``, or fewer
    when they hold more than ``MAX_PIECE_TOKENS`` tokens."""
    window = min(max_chars, len(text) - start)
    tokens = rough_tokens(text, start, start + window)
    if tokens <= MAX_PIECE_TOKENS:
        return max_chars
    return max(1_000, window * MAX_PIECE_TOKENS // tokens)
