"""A name the tagger calls a body whose surname it took for a plural noun (`Sian Davies`, `Davies`
a common noun) is a person's after a given name the word lists know: no organisation of her
own. A frozen parse of a sentence written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Defending, Sian Davies said her client was "deeply ashamed" and had a gambling addiction.
_DAVIES = """
Defending VERB VBG advcl 4 O defend _
, PUNCT , punct 4 O ,
Sian PROPN NNP compound 3 B-ORG Sian
Davies NOUN NNS nsubj 4 I-ORG davy
said VERB VBD ROOT 4 O say
her PRON PRP$ poss 6 O her
client NOUN NN nsubj 7 O client
was AUX VBD ccomp 4 O be
" PUNCT `` punct 10 O " _
deeply ADV RB advmod 10 O deeply
ashamed ADJ JJ acomp 7 O ashamed _
" PUNCT '' punct 10 O "
and CCONJ CC cc 7 O and
had VERB VBD conj 7 O have
a DET DT det 16 O a
gambling NOUN NN compound 16 O gambling
addiction NOUN NN dobj 13 O addiction _
. PUNCT . punct 4 O . _
"""


def test_a_surname_taken_for_a_plural_noun_after_a_given_name_is_a_persons() -> None:
    rows = Extractor().rows(frozen(_DAVIES))
    assert [(r.speaker, r.organization) for r in rows] == [("Sian Davies", "")]
