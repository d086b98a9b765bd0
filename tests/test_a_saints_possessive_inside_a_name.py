"""A saint's name and its possessive inside a body's name are part of the name wherever the
saint stands in it (`the Friends of St Bride’s Hospice Appeal`, not *Friends of St Bride*), so
`the appeal’s chairwoman` is of the appeal. A frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor (the row had no organisation).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Treasurer jailed / Tom Reid, 58, admitted stealing £20,000 from the Friends of St Bride’s
# Hospice Appeal between 2016 and 2023. / The appeal’s chairwoman, Mary Cole, said outside court
# that the charity had lost "far more than money".
_SAINT = """
Treasurer PROPN NNP nsubj 1 B-PERSON Treasurer
jailed VERB VBD ROOT 1 O jail _
<paragraph> SPACE _SP dep 1 O <paragraph> _
Tom PROPN NNP compound 4 B-PERSON Tom
Reid PROPN NNP nsubj 8 I-PERSON Reid _
, PUNCT , punct 4 O ,
58 NUM CD appos 4 B-DATE 58 _
, PUNCT , punct 4 O ,
admitted VERB VBD ROOT 8 O admit
stealing VERB VBG xcomp 8 O steal
£ SYM $ nmod 11 O £ _
20,000 NUM CD dobj 9 B-MONEY 20,000
from ADP IN prep 9 O from
the DET DT det 14 B-ORG the
Friends PROPN NNPS pobj 12 I-ORG Friends
of ADP IN prep 14 I-ORG of
St PROPN NNP compound 17 I-ORG St
Bride PROPN NNP poss 20 I-ORG Bride _
’s PART POS case 17 I-ORG ’s
Hospice PROPN NNP compound 20 I-ORG Hospice
Appeal PROPN NNP pobj 15 I-ORG Appeal
between ADP IN prep 9 B-DATE between
2016 NUM CD pobj 21 I-DATE 2016
and CCONJ CC cc 22 I-DATE and
2023 NUM CD conj 22 I-DATE 2023 _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
The DET DT det 28 O the
appeal NOUN NN poss 30 O appeal _
’s PART POS case 28 O ’s
chairwoman NOUN NN nsubj 35 O chairwoman _
, PUNCT , punct 30 O ,
Mary PROPN NNP compound 33 B-PERSON Mary
Cole PROPN NNP appos 30 I-PERSON Cole _
, PUNCT , punct 30 O ,
said VERB VBD ROOT 35 O say
outside ADJ JJ amod 37 O outside
court NOUN NN dobj 35 O court
that SCONJ IN mark 42 O that
the DET DT det 40 O the
charity NOUN NN nsubj 42 O charity
had AUX VBD aux 42 O have
lost VERB VBN ccomp 35 O lose
" PUNCT `` punct 42 O " _
far ADV RB advmod 45 O far
more ADJ JJR dobj 42 O more
than ADP IN prep 45 O than
money NOUN NN pobj 46 O money _
" PUNCT '' punct 42 O " _
. PUNCT . punct 35 O . _
"""


def test_a_saints_possessive_inside_a_bodys_name_is_kept() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_SAINT))]
    assert rows == [("Mary Cole", "chairwoman", "Friends of St Bride’s Hospice Appeal")]
