"""Transcripts (`quotes/transcripts.py`): an interview or a broadcast written as turns, each
paragraph opening with its speaker's label, and a Q&A. Every text here was written for this
file; the parses are frozen (see tests/frozen.py)."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor, in_small_letters
from quotes.pieces import text_for_parser
from quotes.spans import find_quote_spans, paragraph_bounds
from quotes.transcripts import turn_label
from quotes.types import Speaker
from tests.frozen import frozen


def quoted(text: str) -> list[str]:
    spans = find_quote_spans(text)
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in spans)
    return [text[s.start : s.end] for s in spans]


_BROADCAST = (
    "Tom Becker: Welcome back. With me is Priya Nair, the mayor of Lenton.\n"
    "Priya Nair: Thank you, Tom. It has been a hard week for the town.\n"
    "Tom Becker: How many homes were flooded?\n"
    "Priya Nair: About four hundred, and we expect more if the rain goes on.\n"
    "Update: This story was updated on Wednesday.\n"
    "Photo: Lenton town hall after the flood.\n"
)


def test_each_turn_of_a_transcript_is_a_quote_with_exact_offsets() -> None:
    assert quoted(_BROADCAST) == [
        "Welcome back. With me is Priya Nair, the mayor of Lenton.",
        "Thank you, Tom. It has been a hard week for the town.",
        "How many homes were flooded?",
        "About four hundred, and we expect more if the rain goes on.",
    ]


def test_a_q_and_a_gives_its_answers_not_its_questions() -> None:
    text = (
        "Ana Ruiz runs the port. She spoke to us about the strike.\n\n"
        "Q: Will the port close during the strike?\n\n"
        "A: No. We will stay open, and the ferries will run on time.\n\n"
        "Q. What about the new cranes?\n\n"
        "A. The cranes arrive in March, paid for out of our own reserves.\n\n"
        "Note: This interview has been edited for length and clarity."
    )
    assert quoted(text) == [
        "No. We will stay open, and the ferries will run on time.",
        "The cranes arrive in March, paid for out of our own reserves.",
    ]


def test_a_turn_in_quote_marks_is_read_inside_them() -> None:
    text = (
        "HOST: \u201cWhat did the council decide about the bridge last night?\u201d\n\n"
        "Mr Dev Patel (Lenton North): \u201cIt voted to close it until the repairs are done.\u201d"
    )
    assert quoted(text) == [
        "What did the council decide about the bridge last night?",
        "It voted to close it until the repairs are done.",
    ]


def test_an_answer_quoted_with_its_cue_after_it_is_the_words_inside_the_marks() -> None:
    text = (
        "Ana Ruiz runs the port. We spoke to her about the strike.\n\n"
        "Q: Will the port close during the strike?\n\n"
        "A: \u201cNo. We will stay open, and the ferries will run on time,\u201d she said.\n\n"
        "Q: What about the new cranes?\n\n"
        "A: \"The cranes arrive in March.\" Then, \"We paid for them ourselves,\" she added.\n\n"
    )
    assert quoted(text) == [
        "No. We will stay open, and the ferries will run on time,",
        "The cranes arrive in March.",
        "We paid for them ourselves,",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # notes, updates and credits are the page's
        "Note: The council later said the figure was 420.\nUpdate: This story was updated on Wednesday "
        "with a statement from the council.\nPhoto: The town hall of Lenton on Tuesday night.",
        # an event's details
        "Venue: The town hall in Lenton, by the river.\nTickets: Five pounds at the door, or free "
        "for members of the club.\nParking: There is none at the hall, so please come by bus.",
        # a wire story's dateline
        "NEW DELHI: The government said on Monday that it would cut the tax on fuel.\n"
        "MUMBAI: Shares rose on the news, and the rupee gained against the dollar.",
        # a list of results and what each candidate needs
        "Ana Ruiz: 1,204.\nTom Becker: 988.\nRuiz: Win the city by a wide margin.\nBecker: Hold on.",
        # a list of candidates and their plans, about them
        "Ana Ruiz: Ruiz wants a tax on every cruise ship that docks in the port.\n"
        "Tom Becker: Becker would sell the old harbour office to pay for the new cranes.",
    ],
)
def test_labelled_lines_that_are_no_transcript_give_no_rows(text: str) -> None:
    assert quoted(text) == []


def test_a_turn_starts_a_paragraph_in_hard_wrapped_text() -> None:
    line = "The council met on Tuesday night to talk about the bridge, the road and the"
    text = (
        f"{line}\nschool, and the mayor spoke first about what the town would do next.\n"
        "Ana Ruiz: We will rebuild the bridge before the winter, and the road after.\n"
        "Tom Becker: And the school? The parents have waited for two years now.\n"
        f"{line}\nschool, and the meeting ended at ten with no vote on any of them.\n"
    )
    parsed = text_for_parser(text)
    assert parsed[len(line)] == " "  # (the text is read as wrapped)
    assert "the winter, and the road after.\nTom Becker:" in parsed
    assert "school, and the mayor spoke first about what the town would do next.\nAna Ruiz:" in parsed


# The mayor of Lenton, Priya Nair, spoke to Tom Becker.
#
# TOM BECKER: How many homes were flooded last week?
#
# PRIYA NAIR: About four hundred, most of them in the lower town.
#
# BECKER: Will the families get help soon?
#
# NAIR: Every family will get a grant by Friday.
_NAMED_TURNS = """
The DET DT det 1 O the
mayor NOUN NN nsubj 8 O mayor
of ADP IN prep 1 O of
Lenton PROPN NNP pobj 2 B-GPE Lenton _
, PUNCT , punct 3 O ,
Priya PROPN NNP compound 6 B-PERSON Priya
Nair PROPN NNP appos 3 I-PERSON Nair _
, PUNCT , punct 1 O ,
spoke VERB VBD ROOT 8 O speak
to ADP IN prep 8 O to
Tom PROPN NNP compound 11 B-PERSON Tom
Becker PROPN NNP pobj 9 I-PERSON Becker _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
TOM PROPN NNP compound 15 O TOM
BECKER PROPN NNP ROOT 15 O BECKER _
: PUNCT : punct 21 O :
How SCONJ WRB advmod 18 O how
many ADJ JJ amod 19 O many
homes NOUN NNS nsubjpass 21 O home
were AUX VBD auxpass 21 O be
flooded VERB VBN acl 15 O flood
last ADJ JJ amod 23 B-DATE last
week NOUN NN npadvmod 21 I-DATE week _
? PUNCT . punct 21 O ? _
<paragraph> SPACE _SP dep 24 O <paragraph> _
PRIYA PROPN NNP ROOT 26 O PRIYA
NAIR PROPN NNP appos 26 B-ORG NAIR _
: PUNCT : punct 26 O :
About ADV RB advmod 31 B-CARDINAL about
four NUM CD compound 31 I-CARDINAL four
hundred NUM CD ROOT 31 I-CARDINAL hundred _
, PUNCT , punct 31 O ,
most ADJ JJS appos 31 O most
of ADP IN prep 33 O of
them PRON PRP pobj 34 O they
in ADP IN prep 33 O in
the DET DT det 39 O the
lower ADJ JJR amod 39 O low
town NOUN NN pobj 36 O town _
. PUNCT . punct 31 O . _
<paragraph> SPACE _SP dep 40 O <paragraph> _
BECKER PROPN NNP ROOT 42 B-PERSON BECKER _
: PUNCT : punct 42 O :
Will AUX MD aux 47 O will
the DET DT det 46 O the
families NOUN NNS nsubj 47 O family
get VERB VB ROOT 47 O get
help NOUN NN dobj 47 O help
soon ADV RB advmod 47 O soon _
? PUNCT . punct 47 O ? _
<paragraph> SPACE _SP dep 50 O <paragraph> _
NAIR PROPN NNP ROOT 52 B-ORG NAIR _
: PUNCT : punct 52 O :
Every DET DT det 55 O every
family NOUN NN nsubj 57 O family
will AUX MD aux 57 O will
get VERB VB ROOT 57 O get
a DET DT det 59 O a
grant NOUN NN dobj 57 O grant
by ADP IN prep 57 O by
Friday PROPN NNP pobj 60 B-DATE Friday _
. PUNCT . punct 57 O . _
"""


def test_a_turns_speaker_is_its_label_in_capitals_or_by_surname() -> None:
    rows = Extractor().rows(frozen(_NAMED_TURNS))
    mayor = ("Priya Nair", "mayor of Lenton", "PRIYA NAIR")
    assert [(r.speaker, r.role, r.mention, r.quote) for r in rows] == [
        ("Tom Becker", "", "TOM BECKER", "How many homes were flooded last week?"),
        (*mayor, "About four hundred, most of them in the lower town."),
        # (a surname alone stands for the label in full before it)
        ("Tom Becker", "", "TOM BECKER", "Will the families get help soon?"),
        (*mayor, "Every family will get a grant by Friday."),
    ]
    assert len({r.speaker_id for r in rows}) == 2


# Ana Ruiz runs the port of Valdora. She spoke to us about the strike.
#
# Q: Will the port close during the strike?
#
# A: No. We will stay open, and the ferries will run on time.
#
# Q: What about the new cranes?
#
# A: The cranes arrive in March, paid for out of our own reserves.
_QA = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
runs VERB VBZ ROOT 2 O run
the DET DT det 4 O the
port NOUN NN dobj 2 O port
of ADP IN prep 4 O of
Valdora PROPN NNP pobj 5 B-PERSON Valdora _
. PUNCT . punct 2 O .
She PRON PRP nsubj 9 O she
spoke VERB VBD ROOT 9 O speak
to ADP IN prep 9 O to
us PRON PRP pobj 10 O we
about ADP IN prep 9 O about
the DET DT det 14 O the
strike NOUN NN pobj 12 O strike _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
Q PROPN NNP ROOT 17 O Q _
: PUNCT : punct 17 O :
Will AUX MD aux 22 O will
the DET DT det 21 O the
port NOUN NN nsubj 22 O port
close ADV RB punct 17 O close
during ADP IN prep 22 O during
the DET DT det 25 O the
strike NOUN NN pobj 23 O strike _
? PUNCT . punct 22 O ? _
<paragraph> SPACE _SP dep 26 O <paragraph> _
A NOUN NN ROOT 28 O a _
: PUNCT : punct 28 O :
No INTJ UH intj 28 O no _
. PUNCT . punct 28 O .
We PRON PRP nsubj 34 O we
will AUX MD aux 34 O will
stay VERB VB ROOT 34 O stay
open ADJ JJ acomp 34 O open _
, PUNCT , punct 34 O ,
and CCONJ CC cc 34 O and
the DET DT det 39 O the
ferries NOUN NNS nsubj 41 O ferry
will AUX MD aux 41 O will
run VERB VB conj 34 O run
on ADP IN prep 41 O on
time NOUN NN pobj 42 O time _
. PUNCT . punct 41 O . _
<paragraph> SPACE _SP dep 44 O <paragraph> _
Q PROPN NNP ROOT 46 O Q _
: PUNCT : punct 46 O :
What PRON WP dep 49 O what
about ADP IN prep 46 O about
the DET DT det 52 O the
new ADJ JJ amod 52 O new
cranes NOUN NNS pobj 49 O crane _
? PUNCT . punct 46 O ? _
<paragraph> SPACE _SP dep 53 O <paragraph> _
A NOUN NN ROOT 55 O a _
: PUNCT : punct 55 O :
The DET DT det 58 O the
cranes NOUN NNS nsubj 59 O crane
arrive VERB VBP acl 55 O arrive
in ADP IN prep 59 O in
March PROPN NNP pobj 60 B-DATE March _
, PUNCT , punct 59 O ,
paid VERB VBN acl 55 O pay
for ADP IN prep 63 O for
out ADP IN prep 63 O out
of ADP IN prep 65 O of
our PRON PRP$ poss 69 O our
own ADJ JJ amod 69 O own
reserves NOUN NNS pobj 66 O reserve _
. PUNCT . punct 55 O . _
"""


def test_an_answer_is_the_interviewees_the_introduction_names() -> None:
    rows = Extractor().rows(frozen(_QA))
    assert [(r.speaker, r.mention, r.quote) for r in rows] == [
        ("Ana Ruiz", "Ana Ruiz", "No. We will stay open, and the ferries will run on time."),
        ("Ana Ruiz", "Ana Ruiz", "The cranes arrive in March, paid for out of our own reserves."),
    ]


# JANE MOSS: Welcome back. The storm hit the coast last night.
#
# OWEN PRICE: It did, and the sea wall held, which surprised everyone.
#
# MOSS: Will it hold next time?
#
# PRICE: Nobody can promise that, but we are raising it by a metre.
_CAPITALS_ONLY = """
JANE PROPN NNP compound 1 B-PERSON JANE
MOSS PROPN NNP ROOT 1 I-PERSON MOSS _
: PUNCT : punct 1 I-PERSON :
Welcome VERB VBP ROOT 3 O welcome
back ADP RP prt 3 O back _
. PUNCT . punct 3 O .
The DET DT det 7 O the
storm NOUN NN nsubj 8 O storm
hit VERB VBD ROOT 8 O hit
the DET DT det 10 O the
coast NOUN NN dobj 8 O coast
last ADJ JJ amod 12 B-TIME last
night NOUN NN npadvmod 8 I-TIME night _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
OWEN ADJ JJ compound 16 O owen
PRICE NOUN NN ROOT 16 O price _
: PUNCT : punct 16 O :
It PRON PRP nsubj 19 O it
did VERB VBD ROOT 19 O do _
, PUNCT , punct 19 O ,
and CCONJ CC cc 19 O and
the DET DT det 24 O the
sea NOUN NN compound 24 O sea
wall NOUN NN conj 19 O wall
held VERB VBN acl 24 O hold _
, PUNCT , punct 24 O ,
which PRON WDT nsubj 28 O which
surprised VERB VBD relcl 24 O surprise
everyone PRON NN dobj 28 O everyone _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
MOSS NOUN NN ROOT 32 O moss _
: PUNCT : punct 32 O :
Will AUX MD aux 36 O will
it PRON PRP nsubj 36 O it
hold VERB VB ROOT 36 O hold
next ADJ JJ amod 38 O next
time NOUN NN npadvmod 36 O time _
? PUNCT . punct 36 O ? _
<paragraph> SPACE _SP dep 39 O <paragraph> _
PRICE NOUN NN ROOT 41 O price _
: PUNCT : punct 41 O :
Nobody PRON NN nsubj 45 O nobody
can AUX MD aux 45 O can
promise VERB VB ROOT 45 O promise
that PRON DT dobj 45 O that _
, PUNCT , punct 45 O ,
but CCONJ CC cc 45 O but
we PRON PRP nsubj 51 O we
are AUX VBP aux 51 O be
raising VERB VBG conj 45 O raise
it PRON PRP dobj 51 O it
by ADP IN prep 51 O by
a DET DT det 55 O a
metre NOUN NN pobj 53 O metre _
. PUNCT . punct 51 O . _
"""


def test_a_name_only_labels_write_in_capitals_is_written_as_a_name() -> None:
    rows = Extractor().rows(frozen(_CAPITALS_ONLY))
    assert [(r.speaker, r.mention) for r in rows] == [
        ("Jane Moss", "JANE MOSS"),
        ("Owen Price", "OWEN PRICE"),
        ("Jane Moss", "JANE MOSS"),
        ("Owen Price", "OWEN PRICE"),
    ]


def test_a_parliaments_record_names_the_member_or_the_office_holder_in_brackets() -> None:
    text = (
        "Mr Owen Hale (Lenton North): I beg to move that the Bill be now read a second time.\n\n"
        "The Minister for Transport (Ms Clara Voss): I thank the honourable Member for that.\n\n"
        "Mr Hale: The cost of doing nothing is higher, and the Minister knows it.\n"
    )
    spans = find_quote_spans(text)
    paragraphs = paragraph_bounds(text)
    labels = []
    for s in spans:
        start, end = turn_label(text, s, paragraphs[s.paragraph][0])
        labels.append(text[start:end])
    assert labels == ["Mr Owen Hale", "Ms Clara Voss", "Mr Hale"]
    assert quoted(text)[1] == "I thank the honourable Member for that."


@pytest.mark.parametrize(
    ("label", "kind", "written"),
    [
        (Speaker("JAKE TAPPER"), "person", Speaker("Jake Tapper")),
        (Speaker("MS. ADLER"), "person", Speaker("Adler")),
        (Speaker("O'NEILL-HART"), "person", Speaker("O'Neill-Hart")),
        (Speaker("THE COURT", "", "THE COURT", "organization"), "organization", Speaker("the court")),
        (Speaker("REPORTER", "REPORTER"), "person", Speaker("reporter")),
    ],
)
def test_a_label_in_capitals_is_written_as_a_story_would(label: Speaker, kind: str, written: Speaker) -> None:
    assert label.kind == kind
    assert in_small_letters(label) == written



def test_a_turn_goes_on_over_the_paragraphs_before_the_next_turn() -> None:
    text = (
        "TOM BECKER: How many homes were flooded last week in the town?\n\n"
        "PRIYA NAIR: About four hundred, most of them in the lower town.\n\n"
        "(CLIP PLAYS)\n\n"
        "BECKER: And will the families get help from the council soon?\n\n"
        "NAIR: Every family will get a grant by Friday.\n\n"
        "I signed the order myself this morning.\n\n"
        "BECKER: Thank you for joining us this evening, Mayor.\n\n"
        "The council later said the grants would cost two million pounds.\n"
    )
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "How many homes were flooded last week in the town?",
        "About four hundred, most of them in the lower town.",
        "And will the families get help from the council soon?",
        "Every family will get a grant by Friday.",
        "I signed the order myself this morning.",
        # (after the last turn, the story's own paragraphs)
        "Thank you for joining us this evening, Mayor.",
    ]
    assert spans[3].utterance == spans[4].utterance != spans[2].utterance


# Ana Ruiz runs the port. She spoke to us.
#
# Q: Will the port close?
#
# A: No. We will stay open through the strike.
#
# The ferries will run on time, too.
#
# Q: And the cranes?
#
# A: They arrive in March, as we planned.
_ANSWER_OVER_TWO_PARAGRAPHS = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
runs VERB VBZ ROOT 2 O run
the DET DT det 4 O the
port NOUN NN dobj 2 O port _
. PUNCT . punct 2 O .
She PRON PRP nsubj 7 O she
spoke VERB VBD ROOT 7 O speak
to ADP IN prep 7 O to
us PRON PRP pobj 8 O we _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Q PROPN NNP nsubj 17 O Q _
: PUNCT : punct 12 O :
Will AUX MD aux 17 O will
the DET DT det 16 O the
port NOUN NN nsubj 17 O port
close ADJ JJ ROOT 17 O close _
? PUNCT . punct 17 O ? _
<paragraph> SPACE _SP dep 18 O <paragraph> _
A NOUN NN ROOT 20 O a _
: PUNCT : punct 20 O :
No INTJ UH intj 20 O no _
. PUNCT . punct 20 O .
We PRON PRP nsubj 26 O we
will AUX MD aux 26 O will
stay VERB VB ROOT 26 O stay
open ADJ JJ acomp 26 O open
through ADP IN prep 26 O through
the DET DT det 30 O the
strike NOUN NN pobj 28 O strike _
. PUNCT . punct 26 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
The DET DT det 34 O the
ferries NOUN NNS nsubj 36 O ferry
will AUX MD aux 36 O will
run VERB VB ROOT 36 O run
on ADP IN prep 36 O on
time NOUN NN pobj 37 O time _
, PUNCT , punct 36 O ,
too ADV RB advmod 36 O too _
. PUNCT . punct 36 O . _
<paragraph> SPACE _SP dep 41 O <paragraph> _
Q PROPN NNP ROOT 43 O Q _
: PUNCT : punct 43 O :
And CCONJ CC cc 43 O and
the DET DT det 47 O the
cranes NOUN NNS conj 43 O crane _
? PUNCT . punct 47 O ? _
<paragraph> SPACE _SP dep 48 O <paragraph> _
A NOUN NN ROOT 50 O a _
: PUNCT : punct 50 O :
They PRON PRP nsubj 53 O they
arrive VERB VBP ROOT 53 O arrive
in ADP IN prep 53 O in
March PROPN NNP pobj 54 B-DATE March _
, PUNCT , punct 53 O ,
as SCONJ IN mark 59 O as
we PRON PRP nsubj 59 O we
planned VERB VBD advcl 53 O plan _
. PUNCT . punct 53 O . _
"""


def test_an_answer_over_two_paragraphs_is_the_interviewees_in_both() -> None:
    rows = Extractor().rows(frozen(_ANSWER_OVER_TWO_PARAGRAPHS))
    assert [(r.speaker, r.utterance, r.quote) for r in rows] == [
        ("Ana Ruiz", 0, "No. We will stay open through the strike."),
        ("Ana Ruiz", 0, "The ferries will run on time, too."),
        ("Ana Ruiz", 1, "They arrive in March, as we planned."),
    ]
