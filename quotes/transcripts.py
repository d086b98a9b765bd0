"""Transcripts: an interview, a hearing, a broadcast or a debate written as turns, each
paragraph opening with its speaker's label and a colon, the words after it unquoted
(`PRIYA NAIR: About four hundred.`, `Ms Nair (Lenton North): I thank the minister.`,
`THE COURT: Sit down.`), or a Q&A (`Q: …` / `A: …`).

A turn's words are a quote, its label names who speaks them (the attribution reads the
label: ``quotes/attribution.py``); an `A:` answer is the interviewee's, whom the introduction
names. A `Q:` question is the publication's and gives no row. A line with a label is a turn
only in a transcript: at least two turns, by at least two labels, that read as speech; and
only a label that names a person (a given name, a title or form of address, a job, `THE` and
a word in capitals, a style after `his` or `her` (`His Honour`), or the surname of a name the
text gives in full) is a speaker's, so that `Note:`, `Update:`, `Photo:`, `Venue:` or a dateline
(`NEW DELHI: …`) never makes one.
"""

from __future__ import annotations

import re

from quotes.furniture import QUOTE_CLOSERS, QUOTE_OPENERS, is_title_case, line_kind
from quotes.lexicon import lexicon
from quotes.types import QuoteSpan

TURN = "turn"
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})

# A label and its colon at a paragraph's start (or `Q.` / `A.`, as court records write them,
# old reports with a typed dash, `Q.--`),
# then the words. A bracket after a name is its seat or party (`Mr Hale (Bath):`).
_TURN = re.compile(
    r"[ \t]*(?:[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]+)?"  # a podcast's time code: `[00:01:05]`
    r"(?P<label>(?:[^\W\d_][\w.'’-]*[ \t]+){0,4}[^\W\d_][\w.'’-]*(?:[ \t]*\([^()\n]{1,60}\))?)"
    r"[ \t]*:[ \t]+(?=\S)"
    r"|[ \t]*(?P<court>[QA])\.(?:[ \t]+|-{1,2}[ \t]*|[—–][ \t]*)(?=\S)"  # `Q. `, archives' `Q.--`
)
_BRACKET = re.compile(r"[ \t]*\([^()\n]*\)$")
# Words a person's name or an office may hold in small letters (`Luis de Souza`, `The Minister
# for Transport`), besides the name particles.
_SMALL_NAME_WORDS = frozenset({"of", "the", "for", "and"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A turn that reads as speech: a few words, ending as a sentence does (a transcript's turns
# mostly do; a list's items, `Clinton: 1,769.` or `Rubio: Finish second.`, mostly do not).
_SPEECH = re.compile(r"(?:\S+\s+){4,}\S*[.!?…]['’\"”)]*\s*$")
_SHORT_SPEECH = re.compile(r"(?:\S+\s+){1,3}\S*[.!?…]['’\"”)]*\s*$")
_FIRST_PERSON = frozenset({"i", "i'm", "i’m", "me", "my", "we", "our", "us"})
# What may follow a quoted answer's closing mark: its cue (`, she said.`, ` he says`).
_CUE_TAIL = re.compile(r"\s*,?\s*(?:[^\W\d_][\w'’-]*\s+){1,4}[^\W\d_][\w'’-]*[.!?]?\s*")
# An archive's quote marks of two characters (``quotes/spans.py``): OCR'd and retyped reports.
_ARCHIVE_OPENINGS = ("''", "``", "‘‘")
_ARCHIVE_CLOSINGS = ("''", "’’")
# Labels of one word that name who speaks by their part in a broadcast, a debate or a hearing.
_PARTS = frozenset(
    "host presenter interviewer moderator reporter anchor correspondent caller chair chairman chairwoman "
    "chairperson speaker witness judge prosecutor counsel defendant interviewee guest narrator".split()
)


def transcript_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The turns of ``text`` when it is a transcript, one span per answer or named turn, each
    its own utterance (style ``turn``), and one per paragraph it goes on over before the next
    turn, in the same utterance; none when it is not one."""
    turns = [t for t in (_turn(text, k, p) for k, p in enumerate(paragraphs)) if t is not None]
    if not turns:
        return []
    labels = {_key(label) for _, label, _ in turns}
    named = {key for key in labels if key not in QUESTION_LABELS | ANSWER_LABELS}
    surnames = _surnames(text, named)
    speakers = [t for t in turns if _speakers_label(t[1], surnames) and _spoken(text, t, paragraphs)]
    keys = {_key(label) for _, label, _ in speakers}
    qa = keys & QUESTION_LABELS and keys & ANSWER_LABELS
    said = sum(1 for k, _, m in speakers if _SPEECH.match(text, m.end(), paragraphs[k][1]))
    # (`The CLERK: About four thousand pounds.`, `Witness: I did, sir.`: minutes and court
    # reports set out short exchanges; a turn of two words or more ending a sentence reads as
    # speech when an office or a part speaks it, which a list's names, `Rubio: Finish second.`,
    # are not. One turn at least still reads as speech at length.)
    short = sum(
        1 for k, label, m in speakers if _short_turn_of_an_office(text, label, m.end(), paragraphs[k][1])
    )
    if said >= 1:
        said += short
    if len(keys) < 2 or said < 2 or 2 * said < len(speakers):
        return []
    spans: list[QuoteSpan] = []
    for n, (paragraph, label, m) in enumerate(speakers):
        if _key(label) in QUESTION_LABELS or (not qa and _key(label) in ANSWER_LABELS):
            continue
        utterance = spans[-1].utterance + 1 if spans else 0
        end = _trimmed_end(text, paragraphs[paragraph])
        if _quoted_as_prose(text, m.end(), end):
            continue
        spans.append(_inside_marks(text, m.end(), end, paragraph, utterance))
        # (An answer goes on over the paragraphs after it, up to the next turn.)
        next_turn = speakers[n + 1][0] if n + 1 < len(speakers) else paragraph + 1
        for k in range(paragraph + 1, next_turn):
            if not _goes_on(text, paragraphs[k]):
                break
            end = _trimmed_end(text, paragraphs[k])
            spans.append(_inside_marks(text, paragraphs[k][0], end, k, utterance))
    return spans


def _short_turn_of_an_office(text: str, label: str, start: int, end: int) -> bool:
    """Whether a turn too short for ``_SPEECH`` is a sentence of two to four words spoken by an
    office after `The` (`The CLERK`, `The Coroner`) or a part alone (`Witness`, ``_PARTS``)."""
    words = label.split()
    office = len(words) == 2 and words[0].lower() == "the" and words[1].lower() in lexicon().role_nouns
    part = len(words) == 1 and words[0].lower() in _PARTS
    return (office or part) and _SHORT_SPEECH.match(text, start, end) is not None


def _trimmed_end(text: str, bounds: tuple[int, int]) -> int:
    start, end = bounds
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _goes_on(text: str, bounds: tuple[int, int]) -> bool:
    """Whether a paragraph with no label, between a turn and the next, goes on with the turn's
    words: not a stage direction in brackets (`(END VIDEO CLIP)`), furniture, another label,
    a line with no words or the reporter's own account of the hearing."""
    start, end = bounds
    words = text[start:end].strip()
    if not any(c.isalpha() for c in words) or words[0] in "([" or line_kind(words):
        return False
    if _told_by_the_reporter(words):
        return False
    return _TURN.match(text, start, end) is None and not text[start:end].startswith((" ", "\t"))


# The reporter's account between the turns of a court's or an inquest's hearing: a witness
# called or sworn (`John Evans, fireman, was then called.`) or one whose evidence is told
# (`Mary Doyle, the widow, deposed that …`). Court reporting, by hand.
_CALLED = re.compile(
    r"(?:was|were)\s+(?:then\s+|next\s+|also\s+|afterwards\s+)?(?:called|recalled|sworn|examined)\b"
    r"|(?:deposed|testified|gave\s+evidence)\b"
)


# How far into such a paragraph the calling or the evidence may come (past a name, a job and
# an age set off by commas).
_ACCOUNTS_OPENING = 160


def _told_by_the_reporter(words: str) -> bool:
    """Whether a paragraph opens as the reporter's account of the hearing: someone named in
    capitals, then, in its first words, called or sworn, or giving evidence told in the
    third person (a witness's own words say `I`, and go on with the turn)."""
    if not words[0].isupper() or _WORD.match(words) is None:
        return False
    sentence = words[:_ACCOUNTS_OPENING]
    found = _CALLED.search(sentence)
    if found is None:
        return False
    before = sentence[: found.start()]
    # (`I was then called`, `"He was sworn," I said`: a witness's own words.)
    return {w.lower() for w in _WORD.findall(before)}.isdisjoint(_FIRST_PERSON) and not any(
        c in before for c in "\"“„«"
    )


def _inside_marks(text: str, start: int, end: int, paragraph: int, utterance: int) -> QuoteSpan:
    """The turn's words, inside the marks when the transcript quotes them whole (an archive's
    marks of two characters, `The CLERK: ''About four thousand pounds.''`, as well)."""
    archive = text[start : start + 2] in _ARCHIVE_OPENINGS and text[end - 2 : end] in _ARCHIVE_CLOSINGS
    width = 2 if archive else 1
    marked = archive or (text[start] in QUOTE_OPENERS and text[end - 1] in QUOTE_CLOSERS)
    if end - start > 2 * width and marked:
        inner = text[start + width : end - width]
        nested = archive and any(mark in inner for mark in _ARCHIVE_OPENINGS)
        if not nested and not any(mark in inner for mark in QUOTE_OPENERS if mark != "'"):
            first, last = start + width, end - width
            while first < last and text[first].isspace():
                first += 1
            while last > first and text[last - 1].isspace():
                last -= 1
            return QuoteSpan(first, last, start, end - 1, paragraph, utterance, TURN)
    return QuoteSpan(start, end, start, -1, paragraph, utterance, TURN)


def _quoted_as_prose(text: str, start: int, end: int) -> bool:
    """`A: “Yes. The crowds are the danger now,” she said.`: a turn that opens on a quote mark
    and closes it before its end quotes its words as a story does, with a cue after them; the
    quote marks, not the label, say where the words are."""
    if end - start < 3 or text[start] not in QUOTE_OPENERS or text[start] == "'":
        return False
    close = max(text.rfind(mark, start + 1, end) for mark in QUOTE_CLOSERS if mark != "'")
    return close > start + 1 and bool(_CUE_TAIL.fullmatch(text, close + 1, end))


def turn_label(text: str, span: QuoteSpan, p_start: int) -> tuple[int, int]:
    """The (start, end) of the label of the turn ``span``, without its bracket and colon."""
    m = _TURN.match(text, p_start, span.start + 1)
    if m is None:
        return span.start, span.start
    group = "label" if m.group("label") else "court"
    start, end = m.start(group), m.end(group)
    bracket = _BRACKET.search(text, start, end)
    if bracket is None:
        return start, end
    inside = text.index("(", bracket.start()) + 1, end - 1
    if _names_the_holder(text[inside[0] : inside[1]]):
        return inside
    return start, bracket.start()


def is_answer(label: str) -> bool:
    return _key(label) in ANSWER_LABELS


def opens_a_turn(line: str) -> bool:
    """Whether ``line`` opens with a label a transcript's turn has (`Tom Becker: …`, `Q: …`);
    a label of one word is not known to be a surname here, and counts only as a part
    (`HOST: …`)."""
    m = _TURN.match(line)
    return m is not None and _speakers_label(_BRACKET.sub("", m.group("label") or m.group("court")), set())


def _turn(text: str, paragraph: int, bounds: tuple[int, int]) -> tuple[int, str, re.Match[str]] | None:
    start, end = bounds
    m = _TURN.match(text, start, end)
    if m is None or line_kind(text[start:end]):
        return None
    label = m.group("label") or m.group("court")
    bracket = _BRACKET.search(label)
    if bracket is not None and _names_the_holder(bracket.group().strip()[1:-1]):
        return paragraph, bracket.group().strip()[1:-1], m
    return paragraph, _BRACKET.sub("", label), m


def _names_the_holder(inside: str) -> bool:
    """`The Minister for Transport (Ms Clara Voss):`: the bracket after an office, as a
    parliament's record writes it, names who holds it (a form of address or a given name, and
    a name), and that person speaks; a bracket after a name is the seat (`Mr Hale (Bath):`)."""
    words = inside.split()
    return len(words) > 1 and _speakers_label(inside, set()) and words[-1].lower() not in lexicon().role_nouns


def _spoken(text: str, turn: tuple[int, str, re.Match[str]], paragraphs: list[tuple[int, int]]) -> bool:
    """Whether a turn's words can be its label's: words with letters, not a headline's in
    Title Case (`Ana Ruiz: We Will Stay`), and not about the label's own surname, in the
    third person (a list's `Ana Ruiz: Ruiz wants a port tax.`)."""
    paragraph, label, m = turn
    words = text[m.end() : paragraphs[paragraph][1]]
    headline = len(words.split()) > 2 and is_title_case(words) and not words.rstrip().endswith(".")
    if headline or not any(c.isalpha() for c in words):
        return False
    surname = label.split()[-1].lower()
    said = _WORD.findall(words.lower())
    if _key(label) in QUESTION_LABELS | ANSWER_LABELS or surname not in said:
        return True
    return not _FIRST_PERSON.isdisjoint(said)  # (`I'm Kate Lowe, and today …`)


def _key(label: str) -> str:
    return " ".join(label.lower().replace(".", "").split())


def _surnames(text: str, labels: set[str]) -> set[str]:
    """The last words, lower case, of the names in full the text gives (a given name then a
    word in capitals) and of the labels of more than one word."""
    lex = lexicon()
    out = {label.split()[-1] for label in labels if len(label.split()) > 1}
    words = _WORD.findall(text)
    for given, surname in zip(words, words[1:], strict=False):
        if given[0].isupper() and surname[0].isupper() and given.lower() in lex.first_names:
            out.add(surname.lower())
    return out


def _speakers_label(label: str, surnames: set[str]) -> bool:
    """Whether ``label`` names who speaks: Q or A, or a person (see the module's notes)."""
    key = _key(label)
    if key in QUESTION_LABELS | ANSWER_LABELS:
        return True
    words = label.split()
    lex = lexicon()
    if any(not w[0].isupper() and w.lower() not in lex.name_particles | _SMALL_NAME_WORDS for w in words):
        return False
    first, last = words[0].lower().rstrip("."), words[-1].lower()
    if len(words) == 1:
        return last in surnames or last in _PARTS
    if first in lex.titles or first in lex.first_names or last in lex.role_nouns:
        return True
    # (`His Honour:`, a court record's judge: a style after `his` or `her`, models/titles.txt.)
    if len(words) == 2 and first in ("his", "her") and last in lex.title_nouns:
        return True
    return first == "the" and label.isupper()
