"""A unit in small letters that a verb of leading takes, owned by a body tagged before its
possessive (`who leads the World Health Organization's tuberculosis programme`), is held at that
body. Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dr Ruth Adeyemi, who leads the World Health Organization's tuberculosis programme, said the
# figures were worrying. "We are losing ground," she said.
_LEADER = """
Dr PROPN NNP compound 2 O Dr
Ruth PROPN NNP compound 2 B-PERSON Ruth
Adeyemi PROPN NNP nsubj 14 I-PERSON Adeyemi _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
leads VERB VBZ relcl 2 O lead
the DET DT det 9 B-ORG the
World PROPN NNP compound 9 I-ORG World
Health PROPN NNP compound 9 I-ORG Health
Organization PROPN NNP poss 12 I-ORG Organization _
's PART POS case 9 I-ORG 's
tuberculosis NOUN NN compound 12 O tuberculosis
programme NOUN NN dobj 5 O programme _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
figures NOUN NNS nsubj 18 O figure
were AUX VBD aux 18 O be
worrying VERB VBG ccomp 14 O worry _
. PUNCT . punct 14 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 23 O we
are AUX VBP aux 23 O be
losing VERB VBG ccomp 28 O lose
ground NOUN NN dobj 23 O ground _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_the_body_owning_the_unit_led_is_the_organisation() -> None:
    (row,) = Extractor().rows(frozen(_LEADER))
    expected = ("Ruth Adeyemi", "leader", "World Health Organization")
    assert (row.speaker, row.role, row.organization) == expected
