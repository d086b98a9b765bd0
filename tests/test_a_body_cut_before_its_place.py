"""`The Association of National Exchanges Members of` | `India` (`ANMI`): a body's name the tagger
ended on `of` right before the place it goes on to name runs on over the place, one body, so `Its
president` is of it (not two bodies, the name cut short and its short form, that leave `Its`
unsure). Frozen parse of a text written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Association of National Exchanges Members of India (ANMI) said it would study the order. Its
# president, Mr K. Suresh, said: "We respect the regulator."
_CUT_AT_OF = """
The DET DT det 1 B-ORG the
Association PROPN NNP nsubj 11 I-ORG Association
of ADP IN prep 1 I-ORG of
National PROPN NNP compound 5 I-ORG National
Exchanges PROPN NNPS compound 5 I-ORG Exchanges
Members PROPN NNPS pobj 2 I-ORG Members
of ADP IN prep 5 I-ORG of
India PROPN NNP pobj 6 B-GPE India
( PUNCT -LRB- punct 1 O ( _
ANMI PROPN NNP appos 1 B-ORG ANMI _
) PUNCT -RRB- punct 1 O )
said VERB VBD ROOT 11 O say
it PRON PRP nsubj 14 O it
would AUX MD aux 14 O would
study VERB VB ccomp 11 O study
the DET DT det 16 O the
order NOUN NN dobj 14 O order _
. PUNCT . punct 11 O .
Its PRON PRP$ poss 19 O its
president NOUN NN nsubj 25 O president _
, PUNCT , punct 19 O ,
Mr PROPN NNP compound 23 B-PERSON Mr
K. PROPN NNP compound 23 I-PERSON K.
Suresh PROPN NNP appos 19 I-PERSON Suresh _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 25 O say _
: PUNCT : punct 25 O :
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 29 O we
respect VERB VBP ccomp 25 O respect
the DET DT det 31 O the
regulator NOUN NN dobj 29 O regulator _
. PUNCT . punct 25 O . _
" PUNCT '' punct 25 O " _
"""


def test_a_body_cut_before_its_place_runs_on_over_it() -> None:
    rows = Extractor().rows(frozen(_CUT_AT_OF))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("K. Suresh", "Association of National Exchanges Members of India")
    ]
