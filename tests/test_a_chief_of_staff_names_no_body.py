"""`Chief of Staff Ruth Ong said`, `Chief of Staff to the Premier Tom Hale said`: the staff a
chief heads is the office's own word, no body, so the organisation is empty (it was *Staff*);
a body named before the title stays its organisation (`Government House Chief of Staff Ruth Ong`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Chief of Staff Ruth Ong said: "The minister has seen the letter."
_CHIEF = """
Chief PROPN NNP nmod 4 O Chief
of ADP IN prep 0 O of
Staff PROPN NNP pobj 1 O Staff
Ruth PROPN NNP compound 4 B-PERSON Ruth
Ong PROPN NNP nsubj 5 I-PERSON Ong
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
The DET DT det 9 O the
minister NOUN NN nsubj 11 O minister
has AUX VBZ aux 11 O have
seen VERB VBN ccomp 5 O see
the DET DT det 13 O the
letter NOUN NN dobj 11 O letter _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


# Government House Chief of Staff Ruth Ong said: "The minister has seen the letter."
_HOUSE = """
Government PROPN NNP compound 1 O Government
House PROPN NNP compound 2 O House
Chief PROPN NNP nmod 6 O Chief
of ADP IN prep 2 O of
Staff PROPN NNP pobj 3 O Staff
Ruth PROPN NNP compound 6 B-PERSON Ruth
Ong PROPN NNP nsubj 7 I-PERSON Ong
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 11 O the
minister NOUN NN nsubj 13 O minister
has AUX VBZ aux 13 O have
seen VERB VBN ccomp 7 O see
the DET DT det 15 O the
letter NOUN NN dobj 13 O letter _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


# Chief of Staff to the Premier Dan Ruiz said the letter "was answered".
_TO_THE_PREMIER = """
Chief PROPN NNP nmod 7 O Chief
of ADP IN prep 0 O of
Staff PROPN NNP pobj 1 O Staff
to ADP IN prep 0 O to
the DET DT det 5 O the
Premier PROPN NNP compound 7 O Premier
Dan PROPN NNP compound 7 B-PERSON Dan
Ruiz PROPN NNP nsubj 8 I-PERSON Ruiz
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
letter NOUN NN nsubjpass 13 O letter
" PUNCT `` punct 13 O " _
was AUX VBD auxpass 13 O be
answered VERB VBN ccomp 8 O answer _
" PUNCT '' punct 13 O " _
. PUNCT . punct 8 O . _
"""


def test_a_chief_of_staff_names_no_body() -> None:
    assert who(_CHIEF) == [("Ruth Ong", "Chief of Staff", "")]


def test_a_chief_of_staff_to_an_office_names_no_body() -> None:
    assert who(_TO_THE_PREMIER) == [("Dan Ruiz", "Chief of Staff to the Premier", "")]


def test_the_body_before_the_chief_of_staff_stays_its_organisation() -> None:
    assert who(_HOUSE) == [("Ruth Ong", "Chief of Staff", "Government House")]
