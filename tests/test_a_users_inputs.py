"""Inputs as a new user brings them: a caption's photo credit between a speaker and her
`she`, quotes a web page marks up as ``<q>``, single guillemets (``‹…›``). Every sentence and
page here was written for this file; the parse is frozen (see tests/frozen.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from quotes.page import read_page
from quotes.pieces import text_for_parser
from quotes.spans import find_quote_spans
from quotes.tokens import (
    end_entities_before_a_full_stop,
    join_a_body_cut_before_its_noun,
    take_in_a_hyphenated_word_before_a_body,
)
from tests.frozen import VOCAB, frozen

# Ana Ruiz led the beach clean-up on Sunday.
#
# Volunteers on the beach. Photo: Joanne Kerr
#
# "It was a great day," she said.
_CREDIT_BETWEEN = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
led VERB VBD ROOT 2 O lead
the DET DT det 7 O the
beach NOUN NN compound 7 O beach
clean NOUN NN compound 7 O clean _
- PUNCT HYPH punct 7 O - _
up NOUN NN dobj 2 O up
on ADP IN prep 2 O on
Sunday PROPN NNP pobj 8 B-DATE Sunday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Volunteers NOUN NNS ROOT 12 O volunteer
on ADP IN prep 12 O on
the DET DT det 15 O the
beach NOUN NN pobj 13 O beach _
. PUNCT . punct 12 O .
Photo NOUN NN nsubj 31 O photo _
: PUNCT : punct 17 O :
Joanne PROPN NNP compound 20 B-PERSON Joanne
Kerr PROPN NNP appos 17 I-PERSON Kerr _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 24 O it
was AUX VBD ccomp 31 O be
a DET DT det 27 B-DATE a
great ADJ JJ amod 27 I-DATE great
day NOUN NN attr 24 I-DATE day _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
she PRON PRP nsubj 31 O she
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_photo_credit_is_no_one_a_later_she_can_mean() -> None:
    rows = Extractor().rows(frozen(_CREDIT_BETWEEN))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "It was a great day,")]


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_single_guillemets_are_quote_marks() -> None:
    text = "Its spokeswoman added: ‹We are ready to talk at any hour.› The union did not reply."
    assert quoted(text) == ["We are ready to talk at any hour."]


def test_a_pages_arrows_are_no_quote_marks() -> None:
    text = "Home › News › Local\n\n‹ Previous story | Next story ›"
    assert quoted(text) == []


def _page(paragraph: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Bakery fire on Main Street | Valley Post</title></head>"
        "<body><article><h1>Bakery fire on Main Street</h1>"
        "<p>A fire destroyed a family bakery on Main Street in the early hours of Tuesday, and "
        "the flats above it were evacuated as a precaution.</p>"
        f"<p>{paragraph}</p></article></body></html>"
    )


def test_a_quote_marked_up_as_q_keeps_its_marks() -> None:
    text = read_page(_page("Fire officer Tom Brown said it was <q>not being treated as suspicious</q>.")).text
    assert quoted(text) == ["not being treated as suspicious"]
    assert "said it was “not being treated as suspicious”." in text


def test_a_q_inside_a_q_gets_single_marks_and_marks_written_out_are_not_doubled() -> None:
    inner = read_page(_page("He said: <q>The sign said <q>closed</q> when we came.</q> Then he left.")).text
    assert "“The sign said ‘closed’ when we came.”" in inner
    written = read_page(_page("He said it was <q>“a tragedy”</q> for the town.")).text
    assert "it was “a tragedy” for the town." in written


# Special to The Harbour Times
#
# The weavers voted to strike on Monday. Its president, Ana Ruiz, said the vote was clear.
#
# "We are ready," she said.
_DESK_BYLINE = """
Special ADJ JJ advmod 8 O special
to ADP IN prep 0 O to
The DET DT det 4 B-ORG the
Harbour PROPN NNP compound 4 I-ORG Harbour
Times PROPN NNP pobj 1 I-ORG Times _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 7 O the
weavers NOUN NNS nsubj 8 O weaver
voted VERB VBD ROOT 8 O vote
to PART TO aux 10 O to
strike VERB VB xcomp 8 O strike
on ADP IN prep 10 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 8 O .
Its PRON PRP$ poss 15 O its
president NOUN NN nsubj 20 O president _
, PUNCT , punct 15 O ,
Ana PROPN NNP compound 18 O Ana
Ruiz PROPN NNP appos 15 O Ruiz _
, PUNCT , punct 15 O ,
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
vote NOUN NN nsubj 23 O vote
was AUX VBD ccomp 20 O be
clear ADJ JJ acomp 23 O clear _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 29 O we
are AUX VBP ccomp 34 O be
ready ADJ JJ acomp 29 O ready _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
she PRON PRP nsubj 34 O she
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _

"""


def test_its_is_no_body_a_byline_names() -> None:
    rows = Extractor().rows(frozen(_DESK_BYLINE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ana Ruiz", "president", "")]


@pytest.mark.parametrize(
    "line",
    [
        "Special to The Harbour Times",
        "Special to the Star.",
        "Harbour Wire Services",
        "From staff and wire reports",
        "Compiled from wire reports",
        "Staff and agencies",
        "With agency inputs",
        "Bureau Report",
        "Web Desk",
        "Coastal News Service",
    ],
)
def test_a_desk_or_a_wire_for_a_byline(line: str) -> None:
    assert line_kind(line) == "byline"


@pytest.mark.parametrize(
    "line", ["Special thanks to everyone who came.", "Agencies said the plan would fail.", "Fire Services"]
)
def test_sentences_about_agencies_and_services_are_story(line: str) -> None:
    assert line_kind(line) == ""


# The council met on Tuesday. Councillor Ana Ruiz spoke for ten minutes before the vote.
#
# "The wall will not stop every flood, but it will stop most of them.
#
# "Vote yes."
_SPOKE_THEN_QUOTE = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 3 B-DATE Tuesday _
. PUNCT . punct 2 O .
Councillor PROPN NNP compound 8 B-PERSON Councillor
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP nsubj 9 O Ruiz
spoke VERB VBD ROOT 9 O speak
for ADP IN prep 9 O for
ten NUM CD nummod 12 B-TIME ten
minutes NOUN NNS npadvmod 13 I-TIME minute
before ADP IN prep 9 O before
the DET DT det 15 O the
vote NOUN NN pobj 13 O vote _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
" PUNCT `` punct 23 O " _
The DET DT det 20 O the
wall NOUN NN nsubj 23 O wall
will AUX MD aux 23 O will
not PART RB neg 23 O not
stop VERB VB ROOT 23 O stop
every DET DT det 25 O every
flood NOUN NN dobj 23 O flood _
, PUNCT , punct 23 O ,
but CCONJ CC cc 23 O but
it PRON PRP nsubj 30 O it
will AUX MD aux 30 O will
stop VERB VB conj 23 O stop
most ADJ JJS dobj 30 O most
of ADP IN prep 31 O of
them PRON PRP pobj 32 O they _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
" PUNCT `` punct 37 O " _
Vote VERB VB ROOT 37 O vote
yes INTJ UH advmod 37 O yes _
. PUNCT . punct 37 O . _
" PUNCT '' punct 37 O " _

"""


def test_a_quote_over_paragraphs_after_one_who_spoke_is_theirs() -> None:
    rows = Extractor().rows(frozen(_SPOKE_THEN_QUOTE))
    assert [(r.speaker, r.utterance) for r in rows] == [("Ana Ruiz", 0), ("Ana Ruiz", 0)]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("12:04 GMT", "stamp"),
        ("9.40am AEDT", "stamp"),
        ("Tue 3 Nov 2026 12.04 GMT", "date"),
        ("3 November 2026, 4:15pm AEDT", "date"),
        ("5 min read", "notice"),
        ("Reading time: 4 minutes", "notice"),
        ("Listen to this article · 4:12 min", "notice"),
        ("Print this page", "notice"),
        ("Comments (12)", "notice"),
        ("Skip to main content", "notice"),
        ("Download our app", "notice"),
        ("© 2026 The Harbour Times", "notice"),
        ("Copyright 2026 The Harbour Times. All rights reserved.", "notice"),
        ("Tags: harbour, council, flood", "notice"),
        ("Subscribe", "share"),
        ("Table of contents", "listhead"),
        ("In this article", "listhead"),
    ],
)
def test_reading_tools_stamps_and_page_ends_are_furniture(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The meeting starts at 7:30 PM sharp.",
        "At 12:04 GMT the ship sank.",
        "Copyright law protects the songs, she said.",
        "Contents of the bag were seized.",
        "In this article I argue that the plan fails.",
    ],
)
def test_sentences_with_times_and_such_words_are_story(line: str) -> None:
    assert line_kind(line) == ""


def test_a_quote_over_paragraphs_runs_on_past_a_listen_prompt() -> None:
    text = (
        'Mayor Ana Ruiz said:\n\n"This is the best day for this town in twenty years.\n\n'
        'Listen to this article\n\n"We will start work in the spring."'
    )
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "This is the best day for this town in twenty years.",
        "We will start work in the spring.",
    ]
    assert len({s.utterance for s in spans}) == 1


def test_markdown_markup_is_read_as_spaces_by_the_parser() -> None:
    text = (
        "# Council backs cycle lanes\n\n**By Ana Ruiz** | *Harbour News*\n\n"
        '> "The streets must be safe," said **Maya Singh**.\n\n'
        "[Read more: Traders fear for trade](https://example.com/a)\n"
    )
    cleaned = text_for_parser(text)
    assert len(cleaned) == len(text)
    assert cleaned.splitlines()[2].strip() == "By Ana Ruiz   |  Harbour News"
    assert '  "The streets must be safe," said   Maya Singh  .' in cleaned
    assert [line_kind(line) for line in cleaned.splitlines()] == ["", "", "byline", "", "", "", "related"]


@pytest.mark.parametrize(
    "text", ["f***ing hell", "2*3*4 = 24", "* item one", "5 * 6 = 30 * 1", "#hashtag", "[1] a note"]
)
def test_stars_and_brackets_that_are_no_markdown_stay(text: str) -> None:
    assert text_for_parser(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Rock 'n' roll is dead,' said Ms Ruiz.", ["Rock 'n' roll is dead,"]),
        ("He wrote 'fish 'n' chips'.", ["fish 'n' chips"]),
        ("'I was at St James' Park,' said Tom.", ["I was at St James' Park,"]),
        ("'We are the Titans' Army,' he said.", ["We are the Titans' Army,"]),
        ("They sang 'Blue Skies' Monday and 'Danny Boy' Tuesday.", ["Blue Skies", "Danny Boy"]),
    ],
)
def test_apostrophes_inside_british_single_quotes(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_a_block_quote_a_colon_introduces_is_quoted_paragraph_by_paragraph() -> None:
    text = read_page(
        _page(
            "In a letter to parents, head teacher Tom Brown wrote:</p>"
            "<blockquote><p>I'm sorry that we've had to close the upper classrooms.</p>"
            "<p>The engineers will be on site on <strong>Monday</strong></p></blockquote>"
            "<p>Parents said the letter came too late."
        )
    ).text
    assert (
        "“I'm sorry that we've had to close the upper classrooms.\n\n"
        "“The engineers will be on site on Monday”" in text
    )
    assert quoted(text) == [
        "I'm sorry that we've had to close the upper classrooms.",
        "The engineers will be on site on Monday",
    ]


def test_a_block_quote_no_colon_introduces_or_with_its_own_marks_is_left_as_it_is() -> None:
    plain = read_page(
        _page(
            "Parents said the letter came too late.</p>"
            "<blockquote><p>Rules of the school.</p></blockquote><p>"
        )
    ).text
    assert "\n\nRules of the school.\n\n" in plain + "\n\n"
    marked = read_page(_page('He wrote:</p><blockquote><p>"We are sorry."</p></blockquote><p>')).text
    assert '"We are sorry."' in marked and "“" not in marked


# "We got the scraps," said Tom Brown, chairman of the Kilrush Fishermen's Co-operative.
_COOPERATIVE = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
got VERB VBD ccomp 7 O get
the DET DT det 4 O the
scraps NOUN NNS dobj 2 O scrap _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Tom PROPN NNP compound 9 B-PERSON Tom
Brown PROPN NNP nsubj 7 I-PERSON Brown _
, PUNCT , punct 9 O ,
chairman NOUN NN appos 9 O chairman
of ADP IN prep 11 O of
the DET DT det 15 B-ORG the
Kilrush PROPN NNP compound 15 I-ORG Kilrush
Fishermen PROPN NNP poss 17 I-ORG Fishermen _
's PART POS case 15 I-ORG 's
Co NOUN NN pobj 12 I-ORG co _
- ADJ JJ pobj 12 I-ORG - _
operative ADJ JJ pobj 12 I-ORG operative _
. PUNCT . punct 7 O . _

"""


def test_a_body_named_with_a_possessive_inside_is_one_body() -> None:
    rows = Extractor().rows(frozen(_COOPERATIVE))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Brown", "Kilrush Fishermen's Co-operative")]


def test_a_body_the_tagger_cut_at_a_hyphen_is_joined_to_its_noun() -> None:
    words = ["said", "Tom", "Brown", "of", "the", "Kilrush", "Co", "-", "operative", "Society", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "O"]
    spaces = [True, True, True, True, True, True, False, False, True, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents)
    join_a_body_cut_before_its_noun(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Tom Brown", "PERSON"),
        ("the Kilrush Co-operative Society", "ORG"),
    ]


def test_two_bodies_side_by_side_stay_two_when_the_second_is_no_bodys_noun() -> None:
    words = ["the", "Harbour", "Board", "Acme", "said"]
    doc = Doc(VOCAB, words=words, ents=["B-ORG", "I-ORG", "I-ORG", "B-ORG", "O"])
    join_a_body_cut_before_its_noun(doc)
    assert [e.text for e in doc.ents] == ["the Harbour Board", "Acme"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "'They keep calling it a 'temporary' fix, but it is not,' said Ana Ruiz.",
            ["They keep calling it a 'temporary' fix, but it is not,"],
        ),
        (
            "'We sang 'Abide with Me' twice,' he said. 'It was lovely.'",
            ["We sang 'Abide with Me' twice,", "It was lovely."],
        ),
        ("He said the 'burbs and the 'city' are 'great'.", ["city", "great"]),
    ],
)
def test_a_single_quoted_word_inside_single_quotes_belongs_to_the_outer_quote(
    text: str, expected: list[str]
) -> None:
    assert quoted(text) == expected


# Hosepipe bans are likely from April, the water company said.
#
# "Every household must save water," said Ana Ruiz, the company's head of water resources.
_OPENING_WORD_TAGGED_A_BODY = """
Hosepipe PROPN NNP compound 1 B-ORG Hosepipe
bans NOUN NNS nsubj 2 O ban
are AUX VBP ccomp 10 O be
likely ADJ JJ acomp 2 O likely
from ADP IN prep 3 O from
April PROPN NNP pobj 4 B-DATE April _
, PUNCT , punct 10 O ,
the DET DT det 9 O the
water NOUN NN compound 9 O water
company NOUN NN nsubj 10 O company
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 21 O " _
Every DET DT det 15 O every
household NOUN NN nsubj 17 O household
must AUX MD aux 17 O must
save VERB VB ccomp 21 O save
water NOUN NN dobj 17 O water _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Ana PROPN NNP compound 23 O Ana
Ruiz PROPN NNP nsubj 21 O Ruiz _
, PUNCT , punct 23 O ,
the DET DT det 26 O the
company NOUN NN poss 28 O company _
's PART POS case 26 O 's
head NOUN NN appos 23 O head
of ADP IN prep 28 O of
water NOUN NN compound 31 O water
resources NOUN NNS pobj 29 O resource _
. PUNCT . punct 21 O . _
"""


def test_a_word_in_capitals_only_because_it_opens_a_sentence_is_no_company() -> None:
    rows = Extractor().rows(frozen(_OPENING_WORD_TAGGED_A_BODY))
    # (No *Hosepipe*: the company the article describes in small letters, never names.)
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "head of water resources", "water company")
    ]


# The bakery will close.
#
# "We are proud of our shops," said a spokesman for the Co-operative Group.
_SPOKESMAN_FOR_A_HYPHENATED_BODY = """
The DET DT det 1 O the
bakery NOUN NN nsubj 3 O bakery
will AUX MD aux 3 O will
close VERB VB ROOT 3 O close _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 8 O we
are AUX VBP ccomp 15 O be
proud ADJ JJ acomp 8 O proud
of ADP IN prep 9 O of
our PRON PRP$ poss 12 O our
shops NOUN NNS pobj 10 O shop _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
a DET DT det 17 O a
spokesman NOUN NN nsubj 15 O spokesman
for ADP IN prep 17 O for
the DET DT det 23 O the
Co ADJ JJ amod 23 B-ORG co _
- ADJ JJ amod 23 I-ORG - _
operative ADJ JJ amod 23 I-ORG operative
Group PROPN NNP pobj 18 I-ORG Group _
. PUNCT . punct 15 O . _
"""


def test_a_hyphen_inside_a_bodys_name_does_not_cut_the_body_a_spokesman_speaks_for() -> None:
    rows = Extractor().rows(frozen(_SPOKESMAN_FOR_A_HYPHENATED_BODY))
    assert [(r.role, r.organization) for r in rows] == [
        ("spokesman for the Co-operative Group", "Co-operative Group")
    ]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        (
            ["at", "the", "Co", "-", "operative", "Group", "."],
            ["IN", "DT", "JJ", "JJ", "JJ", "NNP", "."],
            "Co-operative Group",
        ),
        (
            ["at", "the", "Paris", "-", "based", "Acme", "."],
            ["IN", "DT", "NNP", "HYPH", "VBN", "NNP", "."],
            "Acme",
        ),
    ],
)
def test_a_hyphenated_word_in_capitals_the_tagger_left_out_opens_the_body(
    words: list[str], tags: list[str], expected: str
) -> None:
    spaces = [True, True, False, False, True, False, False]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "O"]
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=tags, ents=ents)
    take_in_a_hyphenated_word_before_a_body(doc)
    assert [e.text for e in doc.ents] == [expected]


# The mill will close.
#
# "We tried everything," said the owner, Frank Oller<U+00AD>ton.
#
# "It is over," Ollerton said.
_SOFT_HYPHEN_IN_A_NAME = """
The DET DT det 1 O the
mill NOUN NN nsubj 3 O mill
will AUX MD aux 3 O will
close VERB VB ROOT 3 O close _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 8 O we
tried VERB VBD ccomp 12 O try
everything PRON NN dobj 8 O everything _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
owner NOUN NN nsubj 12 O owner _
, PUNCT , punct 14 O ,
Frank PROPN NNP appos 14 B-PERSON Frank
Oller\xadton NUM CD punct 12 I-PERSON oller\xadton _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 27 O " _
It PRON PRP nsubj 22 O it
is AUX VBZ ccomp 27 O be
over ADV RB advmod 22 O over _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Ollerton PROPN NNP nsubj 27 B-PERSON Ollerton
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_soft_hyphen_is_no_letter_of_a_name() -> None:
    rows = Extractor().rows(frozen(_SOFT_HYPHEN_IN_A_NAME))
    assert [(r.speaker, r.speaker_id, r.mention) for r in rows] == [
        ("Frank Ollerton", 1, "Frank Oller\xadton"),
        ("Frank Ollerton", 1, "Ollerton"),
    ]


# Bus routes will be cut.
#
# "We have no choice," said Mary Gri<U+FB03>ths, the cabinet member for <U+FB01>nance.
#
# Griffiths said the cuts would be reviewed. "Nothing is forever," she added.
_LIGATURES_IN_A_NAME = """
Bus NOUN NN compound 1 O bus
routes NOUN NNS nsubjpass 4 O route
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
cut VERB VBN ROOT 4 O cut _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 9 O we
have VERB VBP ccomp 14 O have
no DET DT det 11 O no
choice NOUN NN dobj 9 O choice _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Mary PROPN NNP compound 16 B-PERSON Mary
Gri\ufb03ths PROPN NNP nsubj 14 I-PERSON Gri\ufb03ths _
, PUNCT , punct 16 O ,
the DET DT det 20 O the
cabinet NOUN NN compound 20 O cabinet
member NOUN NN appos 16 O member
for ADP IN prep 20 O for
\ufb01nance PROPN NNP pobj 21 O \ufb01nance _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Griffiths NOUN NNS nsubj 26 B-PERSON griffith
said VERB VBD ROOT 26 O say
the DET DT det 28 O the
cuts NOUN NNS nsubjpass 31 O cut
would AUX MD aux 31 O would
be AUX VB auxpass 31 O be
reviewed VERB VBN ccomp 26 O review _
. PUNCT . punct 26 O .
" PUNCT `` punct 40 O " _
Nothing PRON NN nsubj 35 O nothing
is AUX VBZ ccomp 40 O be
forever ADV RB advmod 35 O forever _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
she PRON PRP nsubj 40 O she
added VERB VBD ROOT 40 O add _
. PUNCT . punct 40 O . _
"""


def test_a_ligature_is_its_letters_in_a_name_and_a_role() -> None:
    rows = Extractor().rows(frozen(_LIGATURES_IN_A_NAME))
    assert [(r.speaker, r.role, r.speaker_id) for r in rows] == [
        ("Mary Griffiths", "cabinet member for finance", 1),
        ("Mary Griffiths", "cabinet member for finance", 1),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("said Ana Hig-\nginbottom, who", "said Ana Higginbottom\xad\xad, who"),
        ("said Ana Hig-\r\nginbottom, who", "said Ana Higginbottom\xad\xad\xad, who"),
        # (a common word is read whole with spaces after it, which the word lists know)
        ("the com-\npany said", "the company   said"),
        # (two words, the hyphen kept: only the line break goes)
        ("Vice-\npresident Ana Ruiz", "Vice- president Ana Ruiz"),
    ],
)
def test_a_name_broken_at_a_lines_end_is_read_whole_in_its_place(text: str, expected: str) -> None:
    assert text_for_parser(text) == expected


# The plant opened on Monday.
#
# Local council leader Magnus Flett welcomed the news. "It brings forty jobs," he said.
_ADJECTIVE_OPENING_A_TITLE = """
The DET DT det 1 O the
plant NOUN NN nsubj 2 O plant
opened VERB VBD ROOT 2 O open
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Local ADJ JJ amod 9 O local
council NOUN NN compound 9 O council
leader NOUN NN compound 11 O leader
Magnus PROPN NNP compound 11 B-PERSON Magnus
Flett PROPN NNP nsubj 12 I-PERSON Flett
welcomed VERB VBD ROOT 12 O welcome
the DET DT det 14 O the
news NOUN NN dobj 12 O news _
. PUNCT . punct 12 O .
" PUNCT `` punct 18 O " _
It PRON PRP nsubj 18 O it
brings VERB VBZ ccomp 24 O bring
forty NUM CD nummod 20 B-CARDINAL forty
jobs NOUN NNS dobj 18 O job _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_an_adjective_in_capitals_only_because_it_opens_the_sentence_names_no_body() -> None:
    rows = Extractor().rows(frozen(_ADJECTIVE_OPENING_A_TITLE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Magnus Flett", "Local council leader", "")
    ]


def test_a_full_stop_the_tagger_ran_a_name_over_is_no_part_of_the_mention() -> None:
    words = ["said", "Puig", ".", "said", "Tom", "Hale", "Jr."]
    doc = Doc(VOCAB, words=words, ents=["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON"])
    end_entities_before_a_full_stop(doc)
    assert [e.text for e in doc.ents] == ["Puig", "Tom Hale Jr."]


# – We will stay, answered the port director, Ana Ruiz.
_ANSWERED_THE_PORT_DIRECTOR = """
– PUNCT : punct 3 O –
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
stay VERB VB ROOT 3 O stay _
, PUNCT , punct 3 O ,
answered VERB VBD conj 3 O answer
the DET DT det 8 O the
port NOUN NN compound 8 O port
director NOUN NN dobj 5 O director _
, PUNCT , punct 8 O ,
Ana PROPN NNP compound 11 O Ana
Ruiz PROPN NNP appos 8 O Ruiz _
. PUNCT . punct 3 O . _
"""


def test_the_noun_after_a_cue_with_no_subject_is_the_speaker_not_the_word_before_it() -> None:
    # (The parse gives `answered` no subject and `director` for its object: `port`, the first
    # noun after the cue, only leads up to it.)
    rows = Extractor().rows(frozen(_ANSWERED_THE_PORT_DIRECTOR))
    assert [(r.speaker, r.role, r.organization, r.mention) for r in rows] == [
        ("Ana Ruiz", "port director", "", "the port director")
    ]


# Ferries will run through the strike
#
# "We will not let the town be cut off."
#
# The port director, Ana Ruiz, said ferries would keep running.
#
# "We will not let the town be cut off," Ruiz said on Monday.
_PULL_QUOTE = """
Ferries NOUN NNS nsubj 2 O ferry
will AUX MD aux 2 O will
run VERB VB ROOT 2 O run
through ADP IN prep 2 O through
the DET DT det 5 O the
strike NOUN NN pobj 3 O strike _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` ROOT 7 O " _
We PRON PRP nsubj 11 O we
will AUX MD aux 11 O will
not PART RB neg 11 O not
let VERB VB ROOT 11 O let
the DET DT det 13 O the
town NOUN NN nsubjpass 15 O town
be AUX VB auxpass 15 O be
cut VERB VBN ccomp 11 O cut
off ADP RP prt 15 O off _
. PUNCT . punct 11 O . _
" PUNCT `` ROOT 18 O " _
<paragraph> SPACE _SP dep 18 O <paragraph> _
The DET DT det 22 O the
port NOUN NN compound 22 O port
director NOUN NN nsubj 27 O director _
, PUNCT , punct 22 O ,
Ana PROPN NNP compound 25 O Ana
Ruiz PROPN NNP appos 22 O Ruiz _
, PUNCT , punct 22 O ,
said VERB VBD ROOT 27 O say
ferries NOUN NNS nsubj 30 O ferry
would AUX MD aux 30 O would
keep VERB VB ccomp 27 O keep
running VERB VBG xcomp 30 O run _
. PUNCT . punct 27 O . _
<paragraph> SPACE _SP dep 32 O <paragraph> _
" PUNCT `` punct 38 O " _
We PRON PRP nsubj 38 O we
will AUX MD aux 38 O will
not PART RB neg 38 O not
let VERB VB ccomp 47 O let
the DET DT det 40 O the
town NOUN NN nsubjpass 42 O town
be AUX VB auxpass 42 O be
cut VERB VBN ccomp 38 O cut
off ADP RP prt 42 O off _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
Ruiz PROPN NNP nsubj 47 O Ruiz
said VERB VBD ROOT 47 O say
on ADP IN prep 47 O on
Monday PROPN NNP pobj 48 B-DATE Monday _
. PUNCT . punct 47 O . _
"""


def test_a_pull_quote_that_repeats_a_quote_of_the_story_is_furniture() -> None:
    rows = Extractor(include_all=True).rows(frozen(_PULL_QUOTE))
    expected = [("", "furniture", 38), ("Ana Ruiz", "direct", 141)]
    assert [(r.speaker, r.kind, r.start) for r in rows] == expected
    assert [r.start for r in Extractor().rows(frozen(_PULL_QUOTE))] == [141]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        # a common word broken at a line's end is read whole, spaces after it
        ("a spokes-\nman said", "a spokesman   said"),
        # a hyphenated word's line break is a space: no paragraph ends inside a word
        ("a well-\nknown man", "a well- known man"),
        # a surname after a given name, though its halves are words (`hollo`, `way`)
        ("Margaret Hollo-\nway said", "Margaret Holloway\xad\xad said"),
    ],
)
def test_a_word_broken_at_a_lines_end_in_text_not_read_as_wrapped(text: str, parsed: str) -> None:
    assert text_for_parser(text) == parsed


def test_a_quote_over_a_word_broken_at_a_lines_end_is_one_quote() -> None:
    text = (
        "The council voted on Tuesday.\n\n"
        '"This is the most impor-\ntant decision we have taken," said the leader of the council.\n'
    )
    assert [text[s.start : s.end] for s in find_quote_spans(text_for_parser(text))] == [
        "This is the most impor-\ntant decision we have taken,"
    ]


# Lenton 2 Upton Athletic 1
#
# Lenton manager Sam Reid praised his side. "We never stopped running," Reid said.
_SCORE_LINE = """
Lenton PROPN NNP nmod 2 B-ORG Lenton
2 NUM CD nummod 0 I-ORG 2
Upton PROPN NNP npadvmod 3 I-ORG Upton
Athletic ADJ JJ ROOT 3 I-ORG athletic
1 NUM CD nummod 3 O 1 _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Lenton PROPN NNP compound 7 O Lenton
manager NOUN NN compound 9 O manager
Sam PROPN NNP compound 9 B-PERSON Sam
Reid PROPN NNP nsubj 10 I-PERSON Reid
praised VERB VBD ROOT 10 O praise
his PRON PRP$ poss 12 O his
side NOUN NN dobj 10 O side _
. PUNCT . punct 10 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 17 O we
never ADV RB neg 17 O never
stopped VERB VBD ccomp 22 O stop
running VERB VBG xcomp 17 O run _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Reid PROPN NNP nsubj 22 B-PERSON Reid
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_matchs_result_in_the_headline_is_no_clubs_full_name() -> None:
    rows = Extractor().rows(frozen(_SCORE_LINE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sam Reid", "manager", "Lenton")]
