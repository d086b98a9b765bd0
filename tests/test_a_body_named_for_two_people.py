"""`a fellow at the Henry and Clara Ostrow Foundation`: a body named for two people, the first's
given name tagged alone (a place, a person), is the whole name after `and` up to its body's noun,
not the given name. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The grants will double next year," said Maria Lopez, program officer for health at the Anna and
# Louis Brandt Foundation.
_BRANDT = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
grants NOUN NNS nsubj 4 O grant
will AUX MD aux 4 O will
double VERB VB ccomp 9 O double
next ADJ JJ amod 6 B-DATE next
year NOUN NN npadvmod 4 I-DATE year _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Maria PROPN NNP compound 11 B-PERSON Maria
Lopez PROPN NNP nsubj 9 I-PERSON Lopez _
, PUNCT , punct 11 O ,
program NOUN NN compound 14 O program
officer NOUN NN appos 11 O officer
for ADP IN prep 14 O for
health NOUN NN pobj 15 O health
at ADP IN prep 14 O at
the DET DT det 19 O the
Anna PROPN NNP pobj 17 B-GPE Anna
and CCONJ CC cc 19 O and
Louis PROPN NNP compound 23 B-ORG Louis
Brandt PROPN NNP compound 23 I-ORG Brandt
Foundation PROPN NNP conj 19 I-ORG Foundation _
. PUNCT . punct 9 O . _
"""

# "It will take a decade," said Tom Reyes, a fellow at the Henry and Clara Ostrow Foundation.
_OSTROW = """
" PUNCT `` punct 8 O " _
It PRON PRP nsubj 3 O it
will AUX MD aux 3 O will
take VERB VB ccomp 8 O take
a DET DT det 5 B-DATE a
decade NOUN NN dobj 3 I-DATE decade _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Reyes PROPN NNP nsubj 8 I-PERSON Reyes _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
fellow NOUN NN appos 10 O fellow
at ADP IN prep 13 O at
the DET DT det 16 O the
Henry PROPN NNP pobj 14 B-LOC Henry
and CCONJ CC cc 16 O and
Clara PROPN NNP compound 20 B-ORG Clara
Ostrow PROPN NNP compound 20 I-ORG Ostrow
Foundation PROPN NNP conj 16 I-ORG Foundation _
. PUNCT . punct 8 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_foundation_named_for_two_people_after_a_brief() -> None:
    assert _who(_BRANDT) == [("Maria Lopez", "Anna and Louis Brandt Foundation")]


def test_a_foundation_named_for_two_people_the_first_tagged_a_place() -> None:
    assert _who(_OSTROW) == [("Tom Reyes", "Henry and Clara Ostrow Foundation")]
