"""A surname the tagger calls a body is no organisation for a spokesperson: not when a person's
possessive owns the job (`Khumalo's spokesperson`: the minister's, not the body named before),
nor when the article names a person by that surname (`Lwazi Mthembu` … `Mthembu wrote …` then
`A spokesperson said`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Mthembu said the chamber would write to the Minister of Transport, Nomsa Khumalo, this week.
#
# Khumalo's spokesperson, Pieter Botha, said: "The minister is aware of the delay."
_OWNED = """
Mthembu PROPN NNP nsubj 1 B-ORG Mthembu
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
chamber NOUN NN nsubj 5 O chamber
would AUX MD aux 5 O would
write VERB VB ccomp 1 O write
to ADP IN prep 5 O to
the DET DT det 8 B-ORG the
Minister PROPN NNP pobj 6 I-ORG Minister
of ADP IN prep 8 I-ORG of
Transport PROPN NNP pobj 9 I-ORG Transport _
, PUNCT , punct 8 O ,
Nomsa PROPN NNP compound 13 B-PERSON Nomsa
Khumalo PROPN NNP appos 8 I-PERSON Khumalo _
, PUNCT , punct 8 O ,
this DET DT det 16 B-DATE this
week NOUN NN npadvmod 5 I-DATE week _
. PUNCT . punct 1 O . _
<space> SPACE _SP dep 17 O <space> _
Khumalo PROPN NNP poss 21 B-GPE Khumalo _
's PART POS case 19 O 's
spokesperson NOUN NN nsubj 26 O spokesperson _
, PUNCT , punct 21 O ,
Pieter PROPN NNP compound 24 B-PERSON Pieter
Botha PROPN NNP appos 21 I-PERSON Botha _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
The DET DT det 30 O the
minister NOUN NN nsubj 31 O minister
is AUX VBZ ccomp 26 O be
aware ADJ JJ acomp 31 O aware
of ADP IN prep 32 O of
the DET DT det 35 O the
delay NOUN NN pobj 33 O delay _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""

# Lwazi Mthembu chairs the chamber.
#
# Mthembu wrote to the port on Monday. A spokesperson said: "We will meet again on Friday."
_SURNAME = """
Lwazi PROPN NNP compound 1 B-PERSON Lwazi
Mthembu PROPN NNP nsubj 2 I-PERSON Mthembu
chairs VERB VBZ ROOT 2 O chair
the DET DT det 4 O the
chamber NOUN NN dobj 2 O chamber _
. PUNCT . punct 2 O . _
<space> SPACE _SP dep 5 O <space> _
Mthembu PROPN NNP nsubj 8 B-ORG Mthembu
wrote VERB VBD ROOT 8 O write
to ADP IN prep 8 O to
the DET DT det 11 O the
port NOUN NN pobj 9 O port
on ADP IN prep 8 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 8 O .
A DET DT det 16 O a
spokesperson NOUN NN nsubj 17 O spokesperson
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
meet VERB VB ccomp 17 O meet
again ADV RB advmod 22 O again
on ADP IN prep 22 O on
Friday PROPN NNP pobj 24 B-DATE Friday _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""


def test_a_spokesperson_a_person_owns_takes_no_body_from_the_sentence_before() -> None:
    assert who(_OWNED) == [("Pieter Botha", "spokesperson", "")]


def test_a_persons_surname_tagged_a_body_is_no_spokespersons_organisation() -> None:
    assert who(_SURNAME) == [("A spokesperson", "spokesperson", "")]
