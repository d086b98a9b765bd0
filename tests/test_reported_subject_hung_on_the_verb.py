"""`said about half of the gap reflected …`, `said their volunteers, mostly students until lately,
were now …`: the parser hangs the reported clause's subject on the verb of saying (`about` as a
preposition, or the noun as the verb's object) and leaves the clause's verb, in a tense, with no
subject. A verb in a tense needs one, so what was said runs from the word after the verb of
saying, not from the clause's verb (quotes/indirect.py, ``_subject_hung_on_verb``). A phrase
that says how it was said (`said in a statement issued …`) is no subject. Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.indirect import reported_speech
from tests.frozen import frozen

# The audit office said about half of the larger gap in its spending forecasts reflected lost fuel
# duty from the new tax relief.
_AUDIT = """
The DET DT det 2 O the
audit NOUN NN compound 2 O audit
office NOUN NN nsubj 3 O office
said VERB VBD ROOT 3 O say
about ADP IN prep 3 B-CARDINAL about
half NOUN NN pobj 4 I-CARDINAL half
of ADP IN prep 5 O of
the DET DT det 9 O the
larger ADJ JJR amod 9 O large
gap NOUN NN pobj 6 O gap
in ADP IN prep 9 O in
its PRON PRP$ poss 13 O its
spending NOUN NN compound 13 O spending
forecasts NOUN NNS pobj 10 O forecast
reflected VERB VBD ccomp 3 O reflect
lost VERB VBN amod 17 O lose
fuel NOUN NN compound 17 O fuel
duty NOUN NN dobj 14 O duty
from ADP IN prep 17 O from
the DET DT det 22 O the
new ADJ JJ amod 22 O new
tax NOUN NN compound 22 O tax
relief NOUN NN pobj 18 O relief _
. PUNCT . punct 3 O . _
"""


# The council said over a third of the unpaid rates in its annual accounts came from businesses
# that had closed.
_COUNCIL = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
said VERB VBD ROOT 2 O say
over ADP IN prep 2 O over
a DET DT det 5 B-CARDINAL a
third NOUN NN pobj 3 I-CARDINAL third
of ADP IN prep 5 O of
the DET DT det 9 O the
unpaid ADJ JJ amod 9 O unpaid
rates NOUN NNS pobj 6 O rate
in ADP IN prep 2 O in
its PRON PRP$ poss 13 O its
annual ADJ JJ amod 13 B-DATE annual
accounts NOUN NNS pobj 10 O account
came VERB VBD ccomp 2 O come
from ADP IN prep 14 O from
businesses NOUN NNS pobj 15 O business
that PRON WDT nsubj 19 O that
had AUX VBD aux 19 O have
closed VERB VBN relcl 16 O close _
. PUNCT . punct 2 O . _
"""


# Organisers in Lagos said their volunteers, mostly students until a couple of years ago, were now
# largely retirees.
_ORGANISERS = """
Organisers NOUN NNS nsubj 3 O organiser
in ADP IN prep 0 O in
Lagos PROPN NNP pobj 1 B-GPE Lagos
said VERB VBD ROOT 3 O say
their PRON PRP$ poss 5 O their
volunteers NOUN NNS dobj 3 O volunteer _
, PUNCT , punct 5 O ,
mostly ADV RB advmod 8 O mostly
students NOUN NNS appos 5 O student
until ADP IN prep 3 O until
a DET DT det 11 B-DATE a
couple NOUN NN pobj 9 I-DATE couple
of ADP IN prep 11 I-DATE of
years NOUN NNS pobj 12 I-DATE year
ago ADV RB advmod 11 I-DATE ago _
, PUNCT , punct 3 O ,
were AUX VBD ccomp 3 O be
now ADV RB advmod 16 O now
largely ADV RB advmod 19 O largely
retirees NOUN NNS attr 16 O retiree _
. PUNCT . punct 3 O . _
"""


# The spokesman said in a statement issued an hour before the rally began.
_STATEMENT = """
The DET DT det 1 O the
spokesman NOUN NN nsubj 2 O spokesman
said VERB VBD ROOT 2 O say
in ADP IN prep 2 O in
a DET DT det 5 O a
statement NOUN NN pobj 3 O statement
issued VERB VBN acl 5 O issue
an DET DT det 8 B-TIME an
hour NOUN NN npadvmod 12 I-TIME hour
before SCONJ IN mark 12 O before
the DET DT det 11 O the
rally NOUN NN nsubj 12 O rally
began VERB VBD advcl 6 O begin _
. PUNCT . punct 2 O . _
"""


# Ana Ruiz Says Tom Hale’s Record Doesn’t ‘Fit With What I Thought I Knew’ About Him  Ana Ruiz
# spoke on Friday in Leeds about the plan.
_HEADLINE = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
Says VERB VBZ ROOT 2 O say
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP poss 6 I-PERSON Hale _
’s PART POS case 4 I-PERSON ’s
Record PROPN NNP dobj 2 O Record
Does VERB VBZ ccomp 2 O do _
n’t PUNCT . punct 2 O n’t
‘ PUNCT `` punct 10 O ' _
Fit VERB VB ccomp 2 O fit
With ADP IN prep 10 O with
What PRON WP dep 14 O what
I PRON PRP nsubj 14 O I
Thought VERB VBD pcomp 11 O think
I PRON PRP nsubj 16 O I
Knew VERB VBD ccomp 14 O know _
’ PUNCT '' punct 16 O '
About ADP IN prep 16 O about
Him PRON PRP pobj 18 O he _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Ana PROPN NNP compound 22 O Ana
Ruiz PROPN NNP nsubj 23 O Ruiz
spoke VERB VBD ROOT 23 O speak
on ADP IN prep 23 O on
Friday PROPN NNP pobj 24 B-DATE Friday
in ADP IN prep 23 O in
Leeds PROPN NNPS pobj 26 B-GPE Leeds
about ADP IN prep 27 O about
the DET DT det 30 O the
plan NOUN NN pobj 28 O plan _
. PUNCT . punct 23 O . _
"""


def _reports(spec: str) -> list[tuple[str, str]]:
    doc = frozen(spec)
    text = doc.text
    return [
        (text[r.start : r.end], text[r.mention.start : r.mention.end] if r.mention else "")
        for r in reported_speech(QuoteIndex.of(doc))
    ]


def test_an_amount_read_as_a_phrase_of_the_verb_is_the_subject() -> None:
    assert _reports(_AUDIT) == [
        (
            "about half of the larger gap in its spending forecasts reflected lost fuel duty from the"
            " new tax relief",
            "The audit office",
        )
    ]


def test_over_a_share_read_as_a_phrase_of_the_verb_is_the_subject() -> None:
    assert _reports(_COUNCIL) == [
        (
            "over a third of the unpaid rates in its annual accounts came from businesses that had closed",
            "The council",
        )
    ]


def test_a_subject_read_as_the_verbs_object_is_the_subject() -> None:
    assert _reports(_ORGANISERS) == [
        (
            "their volunteers, mostly students until a couple of years ago, were now largely retirees",
            "Organisers in Lagos",
        )
    ]


def test_where_it_was_said_is_no_subject() -> None:
    assert _reports(_STATEMENT) == []


def test_a_headlines_verb_keeps_its_whole_report() -> None:
    # (A headline's parse is not to be trusted: `Record` read as the verb's object there is the
    # report's subject, but its clause's end is the line's, `… About Him`, not `Does`.)
    assert _reports(_HEADLINE)[:1] == [
        ("Tom Hale’s Record Doesn’t ‘Fit With What I Thought I Knew’ About Him", "Ana Ruiz")
    ]
