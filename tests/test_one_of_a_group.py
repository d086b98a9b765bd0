"""A speaker described as one of a group (`one of the victims said`) is that person, described;
a bare place fronted as a preposition would be (`Outside court, a neighbour said`), which the
parser reads as the subject with the speaker in apposition to it or as a second subject, is
where they spoke, not who. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# (parsed with two subjects) Outside court, one of the victims said the sentence was "a start".
_OUTSIDE_COURT_ONE_OF = """
Outside ADJ JJ amod 1 O outside
court NOUN NN nsubj 7 O court _
, PUNCT , punct 7 O ,
one NUM CD nsubj 7 O one
of ADP IN prep 3 O of
the DET DT det 6 O the
victims NOUN NNS pobj 4 O victim
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
sentence NOUN NN nsubj 10 O sentence
was AUX VBD ccomp 7 O be
" PUNCT `` punct 10 O " _
a DET DT det 13 O a
start NOUN NN attr 10 O start _
" PUNCT '' punct 10 O " _
. PUNCT . punct 7 O . _
"""

# Outside court, a neighbour, who asked not to be named, said he was "a quiet man".
_OUTSIDE_COURT_APPOSED = """
Outside ADJ JJ amod 1 O outside
court NOUN NN nsubj 13 O court _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
neighbour NOUN NN appos 1 O neighbour _
, PUNCT , punct 4 O ,
who PRON WP nsubj 7 O who
asked VERB VBD relcl 4 O ask
not PART RB neg 11 O not
to PART TO aux 11 O to
be AUX VB auxpass 11 O be
named VERB VBN xcomp 7 O name _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say
he PRON PRP nsubj 15 O he
was AUX VBD ccomp 13 O be
" PUNCT `` punct 15 O " _
a DET DT det 19 O a
quiet ADJ JJ amod 19 O quiet
man NOUN NN attr 15 O man _
" PUNCT '' punct 15 O " _
. PUNCT . punct 13 O . _
"""

# Judge Ann Lee jailed him. "It is a start," one of the victims said.
_ONE_OF_AFTER = """
Judge PROPN NNP compound 2 O Judge
Ann PROPN NNP compound 2 B-PERSON Ann
Lee PROPN NNP nsubj 3 I-PERSON Lee
jailed VERB VBD ROOT 3 O jail
him PRON PRP dobj 3 O he _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
It PRON PRP nsubj 8 O it
is AUX VBZ ccomp 17 O be
a DET DT det 10 O a
start NOUN NN attr 8 O start _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
one NUM CD nsubj 17 B-CARDINAL one
of ADP IN prep 13 O of
the DET DT det 16 O the
victims NOUN NNS pobj 14 O victim
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# "It is a disgrace," said one of the party advisers.
_ONE_OF_THE_ADVISERS = """
" PUNCT `` punct 7 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 7 O be
a DET DT det 4 O a
disgrace NOUN NN attr 2 O disgrace _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
one NUM CD nsubj 7 B-CARDINAL one
of ADP IN prep 8 O of
the DET DT det 12 O the
party NOUN NN compound 12 O party
advisers NOUN NNS pobj 9 O adviser _
. PUNCT . punct 7 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.organization) for r in Extractor().rows(frozen(spec))]


def test_one_of_a_group_speaks_after_a_fronted_place_read_as_a_second_subject() -> None:
    assert who(_OUTSIDE_COURT_ONE_OF) == [("one of the victims", "")]


def test_the_apposition_to_a_fronted_place_speaks() -> None:
    assert who(_OUTSIDE_COURT_APPOSED) == [("a neighbour", "")]


def test_one_of_a_group_after_the_quote_speaks() -> None:
    assert [r[0] for r in who(_ONE_OF_AFTER)] == ["one of the victims"]


def test_one_of_a_group_holds_the_groups_role_in_the_singular() -> None:
    rows = Extractor().rows(frozen(_ONE_OF_THE_ADVISERS))
    assert [(r.speaker, r.role) for r in rows] == [("one of the party advisers", "party adviser")]
