"""Property tests: random and adversarial text never crashes, and offsets always hold.

Two layers. ``find_quote_spans`` needs no parser, so it gets many examples; the full
pipeline (spaCy parse + attribution + speakers) is slow, so it gets fewer, with no deadline.
The example counts are module constants so the reliability figures (docs/reliability.md) can be computed
from them (see ``python -m tests.counts``).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.dashes import SPEECH_DASHES
from quotes.lexicon import lexicon
from quotes.pipeline import extract_documents, quotes_from_doc
from quotes.read import Document
from quotes.spans import ALL_MARKS, find_quote_spans
from tests.conftest import example_budget

SPAN_EXAMPLES = example_budget(1500)
PIPELINE_EXAMPLES = example_budget(300)

QUOTE_MARKS = "".join(sorted(ALL_MARKS))
# Words a news sentence is made of, so the parser sees cue verbs, names and pronouns.
WORDS = [
    "said",
    "says",
    "told",
    "added",
    "according to",
    "she",
    "he",
    "they",
    "Ms",
    "Mr",
    "Dr",
    "Ana Ruiz",
    "Tom Hale",
    "the minister",
    "a spokesman for the ministry",
    "Reuters",
    "the State Department",
    "we",
    "will",
    "not",
    "don’t",
    "’90s",
    "rock’n’roll",
    "it",
    "was",
    "a",
    "disgrace",
    "on Tuesday",
    "—",
    "–",
    ":",
    ",",
    ".",
    "?",
    "!",
    "…",
]
RTL = "שלום עולם مرحبا بالعالم \u200f\u200e\u202b\u202c\u202e"
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85\u2028\u2029\ufeff\u200b"

# Characters that matter to quote finding: marks, the letters and spaces around them,
# paragraph breaks, apostrophe neighbours (digits), RTL and control characters.
mark_heavy_text = st.text(
    alphabet=st.sampled_from(list(QUOTE_MARKS + "ab 1.,:;—-?!\n\n\r\t()[]" + RTL + CONTROL)),
    max_size=300,
)
# Whole words with marks sprinkled between them: quote-like but unbalanced.
word_soup = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(list(QUOTE_MARKS)), st.just("\n\n")),
    max_size=60,
).map(" ".join)
# Any Unicode at all, including surrogates' neighbours, combining marks and unassigned points.
any_text = st.text(max_size=300)
adversarial = st.one_of(
    any_text,
    mark_heavy_text,
    word_soup,
    st.text(alphabet=st.sampled_from(list(QUOTE_MARKS)), max_size=80),  # only marks
    st.text(alphabet=st.sampled_from(list(".,;:!?—…-()[]" + QUOTE_MARKS)), max_size=80),  # only punctuation
    st.text(alphabet=st.sampled_from(list(CONTROL)), max_size=80),  # only control characters
    st.text(alphabet=st.sampled_from(list(RTL + QUOTE_MARKS + " \n")), max_size=120),  # right-to-left
)


# Archive marks (''…'', ``…''), their look-alikes (runs of three, a lone backtick, an inch
# mark, an empty value in markup) and apostrophes, glued to words or set apart by a space.
ARCHIVE_PIECES = [
    "''",
    "``",
    "'''",
    "`",
    "```",
    "'",
    "’",
    "’’",
    "‘‘",
    "' ''",
    "2''",
    "=''",
    "(''",
    "''.",
    ",,",
    ",,,",
]
archive_soup = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(WORDS), st.sampled_from(ARCHIVE_PIECES), st.just("\n\n")),
        st.sampled_from(["", " "]),
    ),
    max_size=60,
).map(lambda parts: "".join(piece + gap for piece, gap in parts))

# Quoted words with apostrophes of every kind inside, none next to the marks.
QUOTED_WORDS = [
    "we",
    "wasn't",
    "there",
    "the",
    "players' union",
    "’90s",
    "rock ’n’ roll",
    "Ashby’s",
    "2016",
    "O'Neill",
]
# British single marks cannot hold a plural possessive (`‘the players’ union’` reads as closed
# after `players’`) nor start on a digit (`‘90s` is a misprinted apostrophe), so the words
# quoted in them do neither.
SINGLE_QUOTED_WORDS = [w for w in QUOTED_WORDS if "s'" not in w]
CONVENTIONS = [
    ("“", "”"),
    ('"', '"'),
    ("''", "''"),
    ("``", "''"),
    ("‘‘", "’’"),
    ("‘", "’"),
    (",,", "``"),
    (",,", "''"),
]


@st.composite
def quoted_passages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A text of quotes in random conventions, and the words each one quotes."""
    parts, expected = [], []
    for _ in range(draw(st.integers(1, 6))):
        opening, closing = draw(st.sampled_from(CONVENTIONS))
        vocabulary = SINGLE_QUOTED_WORDS if opening == "‘" else QUOTED_WORDS
        starts = [w for w in vocabulary if w[0].isalpha()] if opening == "‘" else vocabulary
        first = draw(st.sampled_from(starts))
        words = " ".join([first, *draw(st.lists(st.sampled_from(vocabulary), max_size=7))])
        words = words[0].upper() + words[1:]
        attribution = draw(st.sampled_from(["she said.", "said Ana Ruiz.", "he added, laughing."]))
        parts.append(f"{opening}{words},{closing} {attribution}")
        expected.append(words + ",")
    gaps = draw(st.lists(st.sampled_from([" ", "\n\n", "\n"]), min_size=len(parts), max_size=len(parts)))
    return "".join(gap + part for gap, part in zip(gaps, parts, strict=True)), expected


# A paragraph of speech opened by a dash (`– We will not move, said Ana Ruiz.`) has no quote
# marks: the dash opens the quote.
# (Two commas open a quote in typed archives, for the German low mark.)
OPENING_MARKS = ALL_MARKS | SPEECH_DASHES | {","}


def check_spans(text: str) -> None:
    spans = find_quote_spans(text)
    previous_end = -1
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        quoted = text[s.start : s.end]
        assert quoted == quoted.strip(), "spans are trimmed of white space"
        assert 0 <= s.open_mark < s.start
        assert text[s.open_mark] in OPENING_MARKS
        if s.close_mark >= 0:
            assert s.end <= s.close_mark < len(text)
            assert text[s.close_mark] in ALL_MARKS
        assert s.start >= previous_end, "spans are in reading order and do not overlap"
        previous_end = s.end
        assert "\n" not in quoted and "\r" not in quoted, "a span stays within one paragraph"
        assert s.style in ("double", "single")
        # Between a mark and the words, only the mark and white space: offsets hold for the
        # two-character marks ('' and ``) as for the others.
        assert set(text[s.open_mark : s.start].strip()) <= OPENING_MARKS
        if s.close_mark >= 0:
            assert set(text[s.end : s.outer_end].strip()) <= ALL_MARKS
        assert s.utterance >= 0
    assert find_quote_spans(text) == spans, "same input, same output"


@settings(max_examples=SPAN_EXAMPLES, deadline=None)
@given(adversarial)
def test_quote_spans_hold_on_any_text(text: str) -> None:
    check_spans(text)


@settings(max_examples=SPAN_EXAMPLES // 5, deadline=None)
@given(st.lists(word_soup, min_size=1, max_size=40).map("\n\n".join))
def test_quote_spans_hold_on_long_paragraph_runs(text: str) -> None:
    check_spans(text)


@settings(max_examples=SPAN_EXAMPLES, deadline=None)
@given(archive_soup)
def test_quote_spans_hold_on_text_mixing_archive_marks(text: str) -> None:
    check_spans(text)


@settings(max_examples=SPAN_EXAMPLES // 3, deadline=None)
@given(quoted_passages())
def test_quotes_in_every_convention_come_back_word_for_word(passages: tuple[str, list[str]]) -> None:
    text, expected = passages
    check_spans(text)
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == expected


def test_quote_spans_on_a_very_long_paragraph() -> None:
    # One paragraph of 200,000 characters with an unbalanced mark every so often.
    sentence = "“We will not stop,” said Ana Ruiz, and the crowd’s ”answer was loud. "
    text = sentence * 3000
    check_spans(text)
    assert len(find_quote_spans(text)) >= 3000


def check_rows(text: str, rows: list) -> None:  # type: ignore[type-arg]
    pronouns = lexicon().pronouns
    for q in rows:
        assert text[q.start : q.end] == q.quote
        assert q.quote.strip()
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker_start == -1:
            assert q.speaker_end == -1
            continue
        assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        mention = text[q.speaker_start : q.speaker_end]
        assert mention.strip(), "a mention is words, not white space"
        assert not (q.start <= q.speaker_start < q.end), "the speaker is not inside the quote"
        assert q.mention == mention
        if not q.speaker:
            # A mention that stands for nobody the article names: a pronoun left unresolved.
            assert mention.lower() in pronouns or mention.lower() in RELATIVES, mention
            assert q.speaker_id == -1 and not q.role and not q.organization
            continue
        # The mention names the speaker (a word of it is in the speaker's name, role or
        # organisation), is a pronoun that was resolved to them, or a description of them.
        described = " ".join((q.speaker, q.role, q.organization)).replace("’s", " ").replace("'s", " ")
        words = {w.strip(".,’'").lower() for w in described.split()}
        mention_words = {w.strip(".,’'").lower() for w in mention.replace("’s", " ").split()}
        description = mention.split()[0].lower() in ("the", "a", "an", "its", "his", "her", "their")
        resolved = mention.lower() in pronouns or mention.lower() in RELATIVES
        assert resolved or description or mention_words & words, (mention, q.speaker)
    check_entities(rows)


RELATIVES = ("who", "which", "that")


def check_entities(rows: list) -> None:  # type: ignore[type-arg]
    """Every row of one entity says the same about it; entities are numbered 1, 2, …"""
    profiles: dict[int, tuple[str, str, str]] = {}
    for q in rows:
        assert (q.speaker_id >= 1) == bool(q.speaker), (q.speaker_id, q.speaker)
        if q.speaker_id >= 1:
            profile = (q.speaker, q.role, q.organization)
            assert profiles.setdefault(q.speaker_id, profile) == profile, "one entity, one profile"
    assert sorted(profiles) == list(range(1, len(profiles) + 1)), "speaker ids are 1, 2, …"


@settings(
    max_examples=PIPELINE_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(adversarial)
def test_pipeline_rows_hold_on_any_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    rows = quotes_from_doc(nlp(text), include_all=True)
    check_rows(text, rows)
    assert quotes_from_doc(nlp(text), include_all=True) == rows, "same input, same output"


@settings(
    max_examples=PIPELINE_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(word_soup, min_size=1, max_size=8).map("\n\n".join))
def test_pipeline_rows_hold_on_quote_like_news(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    check_rows(text, quotes_from_doc(nlp(text)))


@settings(
    max_examples=PIPELINE_EXAMPLES // 3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(word_soup, min_size=2, max_size=12).map("\n\n".join), st.integers(20, 200))
def test_pieces_keep_offsets_exact(nlp, text: str, max_chars: int) -> None:  # type: ignore[no-untyped-def]
    """A long text parsed in pieces gives rows whose offsets index the whole text."""
    (result,) = extract_documents(nlp, [Document("t", text)], max_chars=max_chars)
    assert not result.error
    check_rows(text, result.rows)


# News-like paragraphs for the entity layer: people who share surnames, honorifics, titles,
# appositions, organisations, pronouns and descriptions, in any order.
GIVEN = ["Ana", "Carlos", "Tom", "Priya", "Li"]
FAMILY = ["Ruiz", "Hale", "Raman"]
ROLES = ["a spokeswoman for the Harbour Trust", "the chief executive of Northline Rail", "a nurse", "29"]
news_sentence = st.one_of(
    st.builds(
        "“We will appeal,” said {} {}, {}.".format,
        st.sampled_from(GIVEN),
        st.sampled_from(FAMILY),
        st.sampled_from(ROLES),
    ),
    st.builds(
        "“Nothing has changed,” {} {} said.".format,
        st.sampled_from(["Mr", "Ms", "Dr", "Sen.", "Judge"]),
        st.sampled_from(FAMILY),
    ),
    st.builds(
        "{} {} of {} said the vote was “a disgrace”.".format,
        st.sampled_from(GIVEN),
        st.sampled_from(FAMILY),
        st.sampled_from(["Northline Rail", "the Harbour Trust", "Boston"]),
    ),
    st.builds(
        "“It is over,” {} said.".format,
        st.sampled_from(["he", "she", "they", "it", "the company", "the trust", "a spokesman"]),
    ),
    st.builds(
        "Chief inspector {} {} led the inquiry.".format, st.sampled_from(GIVEN), st.sampled_from(FAMILY)
    ),
    st.just("Northline Rail said it would not comment."),
)
news_article = st.lists(
    st.lists(news_sentence, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6
).map("\n\n".join)


@settings(
    max_examples=PIPELINE_EXAMPLES // 3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(news_article)
def test_rows_of_one_speaker_carry_the_same_name_role_and_organisation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    rows = quotes_from_doc(nlp(text))
    check_rows(text, rows)
    pronouns = lexicon().pronouns
    assert all(q.speaker.lower() not in pronouns for q in rows), "a speaker is never a bare pronoun"
