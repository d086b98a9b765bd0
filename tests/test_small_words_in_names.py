"""Small words inside a name in a title before a person (`<Body> <job> <Name>`), on frozen
parses: a determiner in capitals that opens a body's name mid-sentence (`All Blacks coach`,
`No Doubt manager`) is part of it, unlike the `All` that opens a sentence; so is a small `the`
between words in capitals (`Unite the Union regional officer`, `Meet the Press host`), unless the
word before it is a place or a function word (`In Ottawa the Liberal leader`, `As the Hollywood
columnist`).

Each sentence was written for this file; its parse (by en_core_web_sm 3.8) is written out token
by token (see tests/frozen.py), so a model update cannot change what a test exercises.
"""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer, determiner_opening_a_name, strip_det
from tests.frozen import frozen


def described(spec: str) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the sentence gives `Ana Ruiz`."""
    doc = frozen(spec)
    start = [t.text for t in doc].index("Ana")
    people = frozenset(t.lower_ for t in doc if t.ent_type_ == "PERSON") | {"ana", "ruiz"}
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), people)
    return [(d.role, d.organization) for d in describer.describe(start, start + 2)]


# "The side struggled, said All Blacks coach Ana Ruiz."
_ALL_BLACKS = """
The DET DT det 1 O the
side NOUN NN nsubj 2 O side
struggled VERB VBD ccomp 4 O struggle _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 4 O say
All DET DT det 6 O all
Blacks PROPN NNPS nsubj 7 O Blacks
coach NOUN NN ccomp 4 O coach
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP dobj 7 O Ruiz _
. PUNCT . punct 4 O . _
"""

# "Ticket sales were slow, said No Doubt manager Ana Ruiz."
_NO_DOUBT = """
Ticket NOUN NN compound 1 O ticket
sales NOUN NNS nsubj 2 O sale
were AUX VBD ccomp 5 O be
slow ADJ JJ acomp 2 O slow _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 5 O say
No DET DT det 8 O no
Doubt PROPN NNP compound 8 O Doubt
manager NOUN NN compound 10 O manager
Ana PROPN NNP compound 10 O Ana
Ruiz PROPN NNP nsubj 5 O Ruiz _
. PUNCT . punct 5 O . _
"""

# "All Labour councillors backed the plan, said Ana Ruiz."
_ALL_COUNCILLORS = """
All DET DT det 2 O all
Labour PROPN NNP compound 2 B-ORG Labour
councillors NOUN NNS nsubj 3 O councillor
backed VERB VBD ccomp 7 O back
the DET DT det 5 O the
plan NOUN NN dobj 3 O plan _
, PUNCT , punct 7 O ,
said VERB VBD ROOT 7 O say
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 7 O Ruiz _
. PUNCT . punct 7 O . _
"""


# "Pay talks failed, said Unite the Union regional officer Ana Ruiz."
_UNITE = """
Pay NOUN NN compound 1 O pay
talks NOUN NNS nsubj 2 O talk
failed VERB VBD ccomp 4 O fail _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 4 O say
Unite PROPN NNP nsubj 4 O Unite
the DET DT det 9 O the
Union PROPN NNP nmod 9 B-ORG Union
regional ADJ JJ amod 9 O regional
officer NOUN NN appos 5 O officer
Ana PROPN NNP compound 11 O Ana
Ruiz PROPN NNP appos 9 O Ruiz _
. PUNCT . punct 4 O . _
"""

# "Ratings rose, said Meet the Press host Ana Ruiz."
_MEET = """
Ratings NOUN NNS nsubj 1 O rating
rose VERB VBD ccomp 3 O rise _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 3 O say
Meet PROPN NNP nmod 7 B-ORG Meet
the DET DT det 7 I-ORG the
Press PROPN NNP compound 7 I-ORG Press
host NOUN NN compound 9 O host
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 3 O Ruiz _
. PUNCT . punct 3 O . _
"""

# "In Ottawa the Liberal leader Ana Ruiz spoke." (`Liberal` made a proper noun, as a tagger may)
_OTTAWA = """
In ADP IN prep 7 O in
Ottawa PROPN NNP pobj 0 B-GPE Ottawa
the DET DT det 4 O the
Liberal PROPN NNP compound 4 B-ORG Liberal
leader NOUN NN nsubj 7 O leader
Ana PROPN NNP compound 6 B-PERSON Ana
Ruiz PROPN NNP appos 4 I-PERSON Ruiz
spoke VERB VBD ROOT 7 O speak _
. PUNCT . punct 7 O . _
"""

# "As the Hollywood columnist Ana Ruiz wrote, it was over."
_AS_THE = """
As SCONJ IN mark 6 O as
the DET DT det 3 O the
Hollywood PROPN NNP compound 3 B-GPE Hollywood
columnist NOUN NN nsubj 6 O columnist
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP appos 3 O Ruiz
wrote VERB VBD advcl 9 O write _
, PUNCT , punct 6 O ,
it PRON PRP nsubj 9 O it
was AUX VBD ROOT 9 O be
over ADV RB advmod 9 O over _
. PUNCT . punct 9 O . _
"""


def test_the_between_capitals_is_inside_the_body_name() -> None:
    assert described(_UNITE) == [("regional officer", "Unite the Union")]
    assert described(_MEET) == [("host", "Meet the Press")]


def test_the_after_a_place_or_a_function_word_opens_no_name() -> None:
    assert described(_OTTAWA) == [("leader", "Liberal")]
    assert described(_AS_THE) == [("Hollywood columnist", "")]


def test_a_capitalised_all_mid_sentence_opens_the_name_in_the_title() -> None:
    # (`coach` is a job only a side has, so the side's name stands apart as its organisation.)
    assert described(_ALL_BLACKS) == [("coach", "All Blacks")]


def test_a_capitalised_no_mid_sentence_opens_the_name_in_the_title() -> None:
    assert described(_NO_DOUBT) == [("No Doubt manager", "")]


def test_all_opening_a_sentence_is_a_determiner_and_is_stripped() -> None:
    doc = frozen(_ALL_COUNCILLORS)
    assert not determiner_opening_a_name(doc[0])
    assert [t.text for t in strip_det(list(doc[0:3]))] == ["Labour", "councillors"]


def test_the_is_still_stripped_before_a_name() -> None:
    doc = frozen(_ALL_BLACKS)
    assert not determiner_opening_a_name(doc[0])
    assert [t.text for t in strip_det(list(doc[5:8]))] == ["All", "Blacks", "coach"]
