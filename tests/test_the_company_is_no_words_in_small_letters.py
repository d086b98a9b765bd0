"""`the company` stands for a body the article names, never for words in small letters the tagger
took for one (`convener of shop stewards`): with no company named, `the company` is left as it is
written. Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Workers at the Govan yard voted to strike, said Jim Moohan, convener of shop stewards. /
# The company said it was "disappointed" by the vote.
_SHOP_STEWARDS = """
Workers NOUN NNS nsubj 5 O worker
at ADP IN prep 0 O at
the DET DT det 4 O the
Govan PROPN NNP compound 4 B-NORP Govan
yard NOUN NN pobj 1 O yard
voted VERB VBD ccomp 9 O vote
to PART TO aux 7 O to
strike VERB VB xcomp 5 O strike _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 9 O say
Jim PROPN NNP compound 11 B-PERSON Jim
Moohan PROPN NNP nsubj 9 I-PERSON Moohan _
, PUNCT , punct 11 O ,
convener NOUN NN appos 11 O convener
of ADP IN prep 13 O of
shop NOUN NN compound 16 B-ORG shop
stewards NOUN NNS pobj 14 I-ORG steward _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
The DET DT det 20 O the
company NOUN NN nsubj 21 O company
said VERB VBD ROOT 21 O say
it PRON PRP nsubj 23 O it
was AUX VBD ccomp 21 O be
" PUNCT `` punct 25 O " _
disappointed ADJ JJ acomp 23 O disappointed _
" PUNCT '' punct 25 O "
by ADP IN prep 25 O by
the DET DT det 29 O the
vote NOUN NN pobj 27 O vote _
. PUNCT . punct 21 O . _
"""


def test_the_company_is_no_body_tagged_in_small_letters() -> None:
    rows = Extractor().rows(frozen(_SHOP_STEWARDS))
    assert [(r.quote, r.speaker, r.organization) for r in rows] == [("disappointed", "company", "")]
