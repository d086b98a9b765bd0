"""`said a spokesman for Ontario Premier Doug Ford`, the tagger making the place, the office and
the holder's name one body and the parser making the place the object of `for`: the speaker is
the unnamed spokesman, not the premier named after the words of his title (entities'
_titled_person walks no further than a job's `for`), with *spokesman* for the role and no
organisation, as for any office-holder one speaks for (tests/test_a_job_for_an_office_holder.py).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# "We have no comment," said a spokesman for Ontario Premier Doug Ford.
_AFTER = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
have VERB VBP ccomp 7 O have
no DET DT det 4 O no
comment NOUN NN dobj 2 O comment _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
a DET DT det 9 O a
spokesman NOUN NN nsubj 7 O spokesman
for ADP IN prep 9 O for
Ontario PROPN NNP pobj 10 B-ORG Ontario
Premier PROPN NNP compound 14 I-ORG Premier
Doug PROPN NNP compound 14 I-ORG Doug
Ford PROPN NNP appos 9 I-ORG Ford _
. PUNCT . punct 7 O . _
"""


# A spokesman for Ontario Premier Doug Ford said: "We have no comment."
_BEFORE = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 7 O spokesman
for ADP IN prep 1 O for
Ontario PROPN NNP pobj 2 B-ORG Ontario
Premier PROPN NNP compound 6 I-ORG Premier
Doug PROPN NNP compound 6 I-ORG Doug
Ford PROPN NNP nsubj 7 I-ORG Ford
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 11 O we
have VERB VBP ccomp 7 O have
no DET DT det 13 O no
comment NOUN NN dobj 11 O comment _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_the_spokesman_speaks_after_the_verb_not_the_premier() -> None:
    assert [(r.role, r.organization) for r in Extractor().rows(frozen(_AFTER))] == [("spokesman", "")]
    assert who(_AFTER)[0][0] != "Doug Ford"


def test_the_spokesman_speaks_before_the_verb_not_the_premier() -> None:
    assert who(_BEFORE) == [("A spokesman", "spokesman", "")]
