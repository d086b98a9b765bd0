"""Page furniture: the lines of a plain text that belong to the page, not to the story.

Saved pages, wire copy and archive exports carry bylines (`By Ana Ruiz, CBC News`), photo
credits and captions (`(Justin Tang/The Canadian Press)`), reading prompts (`READ MORE: …`),
notices (`Advertisement`), share prompts and section labels among the story's paragraphs.
None of them is speech: a quote inside one has no speaker, a name inside one is nobody's
attribution, and a caption between two paragraphs of one speaker does not interrupt them.

The line patterns are data, in ``models/furniture.txt`` (shared with the HTML reader); this
module adds one rule the patterns cannot say: a run of several short Title Case lines in a
row is a list of related headlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quotes.lexicon import ACTIVE_WORD_LISTS, lexicon_of, without_accents, word_list_path

FURNITURE_FILE = "furniture.txt"

# Furniture dropped into the middle of a story (a caption, a credit, `READ MORE: …`, an
# advertisement notice): it interrupts neither a speaker's turn nor a quote running over
# several paragraphs. A section label or a list of related headlines starts something else.
INSERTED_KINDS = frozenset({"byline", "date", "credit", "caption", "related", "notice", "share"})

# A run of related headlines: at least this many title-like lines in a row.
MIN_HEADLINE_RUN = 3
_HEADLINE_MAX_WORDS = 14
_LINK_MAX_WORDS = 24
# Words a Title Case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    "a an the of and or but nor in on at to for with by from as vs v. via into over after up out off "
    "is are was be its it".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?][’”'\"]?\s+[A-Z“\"‘]")
_LINE = re.compile(r"[^\r\n]+")
# Longer lines are story paragraphs: no furniture pattern is tried on them.
_MAX_FURNITURE_CHARS = 600
# The kind of models/furniture.txt's patterns for a byline by a name and the reporter's place
# (`Ana Ruiz in Nairobi`), which only its place on the page makes a byline (``_placed_byline``):
# like datelines, they are not asked of every line.
_PLACED = "placed"
_NOT_LINE_KINDS = frozenset({"dateline", _PLACED})


@dataclass(frozen=True)
class FurnitureLine:
    """One line of page furniture: ``text[start:end]`` is the line, white space trimmed."""

    start: int
    end: int
    kind: str  # byline, date, stamp, credit, caption, related, listhead, notice, share, label or headlines


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]


def _expand(regex: str, pieces: dict[str, str]) -> str:
    for _ in range(10):  # pieces may use earlier pieces
        expanded = re.sub(r"%(\w+)%", lambda m: pieces.get(m.group(1), m.group(0)), regex)
        if expanded == regex:
            break
        regex = expanded
    if re.search(r"%\w+%", regex):
        raise ValueError(f"{FURNITURE_FILE}: unknown piece in {regex!r}")
    return regex


def _all_patterns() -> tuple[_Pattern, ...]:
    # The running extraction's list (``lexicon.word_lists_from``), else the packaged one.
    return _patterns_of(ACTIVE_WORD_LISTS.get())


@lru_cache(maxsize=8)
def _patterns_of(folder: Path | None) -> tuple[_Pattern, ...]:
    # (`%particle%`, the small words inside a name, is models/name_particles.txt's.)
    particles = sorted(lexicon_of(folder).name_particles, key=lambda w: (-len(w), w))
    pieces: dict[str, str] = {"particle": "(?:" + "|".join(particles) + ")"}
    patterns: list[_Pattern] = []
    for line in word_list_path(FURNITURE_FILE, folder).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, regex = line.partition("\t")
        if name.startswith("%") and name.endswith("%"):
            pieces[name.strip("%")] = _expand(regex, pieces)
        else:
            patterns.append(_Pattern(name, re.compile(_expand(regex, pieces))))
    return tuple(patterns)


def furniture_patterns() -> tuple[_Pattern, ...]:
    """The line patterns of ``models/furniture.txt``, in file order (the first match wins)."""
    return tuple(p for p in _all_patterns() if p.kind not in _NOT_LINE_KINDS)


def datelines(text: str) -> list[FurnitureLine]:
    """The datelines wire stories open their lines with (`WASHINGTON (AP) — `, `NEW YORK,
    Nov. 19 (UPI) — `): ``text[start:end]`` is the dateline alone, its line is story. They are
    not page furniture (``furniture_lines`` leaves them out), but a name in one is nobody's."""
    patterns = [p.regex for p in _all_patterns() if p.kind == "dateline"]
    found = []
    for m in _LINE.finditer(text):
        raw = m.group()
        start = m.start() + (len(raw) - len(raw.lstrip()))
        for regex in patterns:
            hit = regex.match(text, start, m.end())
            if hit is not None:
                found.append(FurnitureLine(start, hit.end(), "dateline"))
                break
        else:
            end = _place_in_title_case(text, start, m.end())
            if end:
                found.append(FurnitureLine(start, end, "dateline"))
    return found


# `Lagos — `, `Port Moresby - `: a place of one or two words in title case and a dash set off by
# spaces, opening a long story line, as African, Pacific and some wire copy writes its dateline.
_TITLE_CASE_PLACE = re.compile(r"([A-Z][a-zà-ÿ'’]+(?: [A-Z][a-zà-ÿ'’]+)?) [—–-]{1,2} (?=[A-Z][^\n]{40})")


def _place_in_title_case(text: str, start: int, end: int) -> int:
    """Where a dateline in title case ends at ``start`` (0 for none): the words must not be a
    person's, so none is a given name the lists know or a title (`Ana Ruiz — `, `Mr Ruiz — `
    open a story line about a person), nor a body's."""
    hit = _TITLE_CASE_PLACE.match(text, start, end)
    if hit is None:
        return 0
    lex = lexicon_of(ACTIVE_WORD_LISTS.get())
    for word in hit.group(1).lower().split():
        word = without_accents(word)
        if word in lex.first_names or word in lex.titles or word in lex.organization_nouns:
            return 0
    return hit.end()


@lru_cache(maxsize=8)
def _any_pattern_of(folder: Path | None) -> re.Pattern[str] | None:
    # Every furniture pattern as one alternation: most lines are story, and one regex that
    # fails on them costs about two thirds of asking each pattern in turn from Python. Group
    # names repeat between patterns, so they are dropped here; None when the patterns cannot
    # be joined (a back reference in a list of one's own: joined, its group numbers would
    # shift), and each is asked in turn.
    patterns = [p.regex.pattern for p in _patterns_of(folder) if p.kind not in _NOT_LINE_KINDS]
    if any(_refers_back(p) for p in patterns):
        return None
    joined = "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", p) + ")" for p in patterns)
    try:
        return re.compile(joined)
    except re.error:
        return None


def _refers_back(pattern: str) -> bool:
    # (A back reference: `\1`, `(?P=name)` or a conditional `(?(1)…)`, read past escaped
    # characters, so that `\(?(?:` is a bracket that may open the line, no conditional.)
    escapes = re.findall(r"\\.", pattern)
    unescaped = re.sub(r"\\.", "", pattern)
    return any(e[1] in "123456789" for e in escapes) or "(?P=" in unescaped or "(?(" in unescaped


def _match(line: str) -> tuple[str, re.Match[str]] | None:
    if len(line) > _MAX_FURNITURE_CHARS:
        return None
    gate = _any_pattern_of(ACTIVE_WORD_LISTS.get())
    if gate is not None and gate.fullmatch(line) is None:
        return None
    for pattern in furniture_patterns():
        m = pattern.regex.fullmatch(line)
        if m is not None:
            return pattern.kind, m
    return None


def line_kind(line: str) -> str:
    """The furniture kind of one line (``byline``, ``credit``, …), or ``""`` for story text.

    Looks at the line alone; runs of related headlines need their neighbours
    (``furniture_lines``).
    """
    found = _match(line.strip())
    return found[0] if found else ""


_WORD_EDGES = "\"“”‘’'«»()[]{}.,:;!?…—–-"


def is_title_case(line: str) -> bool:
    """Most words capitalised, as headlines are set: `Council Votes To Close The Bridge`.

    Small words (`to`, `of`, `the`) and words that do not start with a letter are not counted;
    quote marks and punctuation around a word are looked past.
    """
    words = [w.strip(_WORD_EDGES) for w in line.split()]
    content = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w[:1].isupper())
    return capitalised / len(content) >= 0.75


def _title_like(line: str) -> bool:
    """Short, no sentence punctuation, most words capitalised: `Council Votes To Close Bridge`."""
    if line[-1:] in ".!:;,":
        return False
    words = line.split()
    if not 2 <= len(words) <= _HEADLINE_MAX_WORDS or _SENTENCE_BREAK.search(line):
        return False
    return is_title_case(line)


def _link_like(line: str) -> bool:
    """A line that reads as a link's title, not a sentence of the story: short, and not ended
    as a sentence is (`Energy bills to fall in January, says regulator`)."""
    body = line.rstrip("’”'\"»)")
    short = len(line.split()) <= _LINK_MAX_WORDS
    return short and body[-1:] not in ".!?;,:" and not _SENTENCE_BREAK.search(line)


def furniture_lines(text: str) -> list[FurnitureLine]:
    """Every line of ``text`` that is page furniture, in order.

    A line is furniture when a pattern of ``models/furniture.txt`` matches all of it, or when
    it is one of at least ``MIN_HEADLINE_RUN`` Title Case lines in a row (blank lines and other
    furniture between them allowed): a related-stories list. The first line of the text is
    never part of such a run: it is the article's own headline. The lines under a list heading
    (`More from Business`) are links, in any case, until one reads as a sentence.
    """
    found: list[FurnitureLine] = []
    run: list[FurnitureLine] = []
    first = True
    links = False  # the lines under a list heading (``listhead``) are links until a sentence

    def close_run() -> None:
        if len(run) >= MIN_HEADLINE_RUN:
            found.extend(run)
        run.clear()

    for m in _LINE.finditer(text):
        raw = m.group()
        line = raw.strip()
        if not line:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(line)
        hit = _match(line)
        if hit is not None:
            found.append(FurnitureLine(start, end, hit[0]))
            links = hit[0] == "listhead"
        elif links and _link_like(line):
            found.append(FurnitureLine(start, end, "related"))
        else:
            links = False
            if not first and _title_like(line):
                run.append(FurnitureLine(start, end, "headlines"))
            else:
                close_run()
        first = False
    close_run()
    found.extend(_captions_over_their_credits(text, found))
    placed = _placed_byline(text, found)
    if placed is not None:
        found.append(placed)
    found.sort(key=lambda f: f.start)
    return found


# A credit for the reporting, not for a picture: `With files from The Canadian Press`, `(With
# inputs from PTI)`.
REPORTERS_CREDIT = re.compile(r"[—–-]?[ \t]*\(?(?i:with)\b")
# A caption is a sentence or two: what the picture shows.
_MAX_CAPTION_WORDS = 60
_MAX_CAPTION_BREAKS = 1
# The marks a quote opens on (`“`, `'`, the low `„`, guillemets, a corpus's backtick): a line
# opening on one is a story's quote, read by the captions here and attribution's headlines; a
# transcript's turn (transcripts) or a page's <q> (page) quoted whole opens on one.
QUOTE_OPENERS = "“‘\"'„«‹`"
# The marks that close one (`“` too: `„…“`).
QUOTE_CLOSERS = "”’\"'“»›"
_ENDS_A_SENTENCE = re.compile(r"[.!?…][’”'\")\]]*$")


# A picture's credit run on after the full sentence that ends a story's line (`… would "gut"
# transport. Photograph: Ana Ruiz`, `… Photo / Tom Hale`): where it may start.
_RUN_ON_CREDIT = re.compile(
    r"(?<=[.!?”’\"')])[ \t]+((?:[A-Z]{2,5}[ \t]+)?(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]icture|[Pp]ic|[Ii]mage|"
    r"[Cc]redit|[Cc]ourtesy)\b[^\n]{1,100})$",
    re.MULTILINE,
)


def run_on_credits(text: str, lines: list[FurnitureLine]) -> list[FurnitureLine]:
    """The pictures' credits run on after a story line's last sentence, on lines not in
    ``lines`` (the text's furniture: such a line is a caption when it says what a picture
    shows): ``text[start:end]`` is the credit alone. The line is story, but the photographer
    named in its credit is nobody of the story."""
    whole = {f.start for f in lines}
    found = []
    for m in _RUN_ON_CREDIT.finditer(text):
        if text.rfind("\n", 0, m.start()) + 1 in whole:
            continue
        hit = _match(m.group(1))
        if hit is not None and hit[0] == "credit":
            found.append(FurnitureLine(m.start(1), m.end(1), "credit"))
    return found


def _captions_over_their_credits(text: str, found: list[FurnitureLine]) -> list[FurnitureLine]:
    """The story lines a picture's credit stands right under, on a line of its own with no blank
    line between (`Prime Minister Lawrence Wong at the rally on Sunday.` / `Image: Getty`): a
    caption, as it is with its credit run into it. Not the text's first line (the headline, a
    picture under it), nor one that runs on from the line over it (a wrapped paragraph's last
    line: the line over it is blank, furniture or ends a sentence), nor more than a sentence or
    two, nor a line that opens on a quote (`"We had no choice," said Tom Hale.`: a story's quote
    paragraph, as a text pasted a sentence a line sets each; a caption says first what the
    picture shows); a credit for the reporting (`With files from …`) or an embedded post's signature
    (`— Ana Ruiz (@anaruiz) …`) credits no picture."""
    furniture = {f.start: f.kind for f in found}
    if "credit" not in furniture.values():
        return []
    lines = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip()))
        for m in _LINE.finditer(text)
        if m.group().strip()
    ]
    captions = []
    for k in range(2, len(lines)):
        (over_start, over_end), (start, end), (credit, _) = lines[k - 2], lines[k - 1], lines[k]
        if furniture.get(credit) != "credit" or start in furniture or text.count("\n", end, credit) > 1:
            continue
        if REPORTERS_CREDIT.match(text, credit) or "(@" in text[credit : lines[k][1]]:
            continue
        opens = text.count("\n", over_end, start) > 1 or over_start in furniture
        line = text[start:end]
        if line[0] in QUOTE_OPENERS:
            continue
        if not (opens or _ENDS_A_SENTENCE.search(text[over_start:over_end])):
            continue
        short = len(line.split()) <= _MAX_CAPTION_WORDS
        if short and len(_SENTENCE_BREAK.findall(line)) <= _MAX_CAPTION_BREAKS:
            captions.append(FurnitureLine(start, end, "caption"))
    return captions


def _placed_match(line: str) -> re.Match[str] | None:
    """The match of a byline by a name and the reporter's place (`Ana Okafor, Abuja`), or None."""
    for pattern in _all_patterns():
        m = pattern.regex.fullmatch(line) if pattern.kind == _PLACED else None
        if m is not None:
            return m
    return None


def _placed_byline(text: str, found: list[FurnitureLine]) -> FurnitureLine | None:
    """The line right under the headline (the first line of the story's text, past furniture, and
    other furniture under it) when it is a byline by a name and the reporter's place, `Ana Ruiz
    in Nairobi`, `Ana Okafor, Abuja`. A headline, a kicker or a caption has that shape too
    (`Barack Obama in Kenya`), but its subject is the story's, named again below, where a
    byline's author is not; and the name opens on a given name the lists know (`State House,
    Nairobi` is a place, no byline)."""
    furniture = {f.start for f in found}
    headline = False
    for m in _LINE.finditer(text):
        line = m.group().strip()
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if not line or start in furniture:
            continue
        if not headline:
            headline = True
            continue
        hit = _placed_match(line)
        below = text[m.end() :]
        if hit is None or not below.strip():
            return None
        words = hit.group("author").split()
        if without_accents(words[0].lower()) not in lexicon_of(ACTIVE_WORD_LISTS.get()).first_names:
            return None
        if re.search(rf"\b{re.escape(words[-1])}\b", below, re.IGNORECASE):
            return None
        return FurnitureLine(start, start + len(line), "byline")
    return None


# Words that make a byline name an organisation or a desk rather than a person.
_NOT_A_PERSON = frozenset(
    "the staff news press associated editorial board editors editor desk reporters agency wire "
    "service services team online digital times post herald journal guardian telegraph "
    "reuters afp bloomberg".split()
)


@dataclass(frozen=True)
class BylineName:
    """One name in a byline: ``text[start:end]`` is the name as written."""

    start: int
    end: int
    name: str  # as written, or in title case when written in capitals


_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|AND|&)\s+")


def byline_names(text: str, lines: list[FurnitureLine] | None = None) -> list[BylineName]:
    """The names in the text's first byline (`By Ana Ruiz and Tom Brown` gives both), empty
    when there is no byline. ``lines``: the text's ``furniture_lines``, when already found."""
    for line in furniture_lines(text) if lines is None else lines:
        if line.kind != "byline":
            continue
        hit = _match(text[line.start : line.end])
        # (a byline by a name and a place is one only where it stands: no line pattern has it)
        m = hit[1] if hit is not None else _placed_match(text[line.start : line.end])
        if m is None or "author" not in m.re.groupindex or not m.group("author"):
            continue
        group_start = line.start + m.start("author")
        group = m.group("author")
        names = []
        cut = 0
        for sep in [*_NAME_SEPARATOR.finditer(group), None]:
            end = sep.start() if sep is not None else len(group)
            piece = group[cut:end].strip()
            if piece:
                start = group_start + group.index(piece, cut)
                name = piece.title() if piece.isupper() else piece
                names.append(BylineName(start, start + len(piece), name))
            cut = sep.end() if sep is not None else len(group)
        return names
    return []


def byline_authors(text: str) -> list[str]:
    """The names in the text's first byline, as written; names in capitals are given in title
    case. Empty when there is no byline."""
    return [b.name for b in byline_names(text)]


def _names_a_person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.lower().strip(".") in _NOT_A_PERSON for w in words)


def byline_people(text: str, lines: list[FurnitureLine] | None = None) -> list[BylineName]:
    """The names in the text's first byline that read as people's (not `Reuters Staff`)."""
    return [b for b in byline_names(text, lines) if _names_a_person(b.name)]


def author_byline(text: str, lines: list[FurnitureLine] | None = None) -> BylineName | None:
    """The one person the byline names (who `I` is in a column), else None.

    Two authors, or a byline that names a desk or an agency (`By Reuters Staff`, `By The
    Editorial Board`), name no one person.
    """
    names = byline_names(text, lines)
    return names[0] if len(names) == 1 and _names_a_person(names[0].name) else None


def publisher_byline(text: str, lines: list[FurnitureLine] | None = None) -> BylineName | None:
    """The byline's name when it names an organisation or desk (`By The Editorial Board`):
    who `we` is in an editorial. None otherwise."""
    names = byline_names(text, lines)
    return names[0] if len(names) == 1 and not _names_a_person(names[0].name) else None


def byline_author(text: str) -> str:
    """The name of ``author_byline``, or ``""``."""
    author = author_byline(text)
    return author.name if author else ""


def byline_organisation(text: str) -> str:
    """The name of ``publisher_byline``, or ``""``."""
    publisher = publisher_byline(text)
    return publisher.name if publisher else ""
