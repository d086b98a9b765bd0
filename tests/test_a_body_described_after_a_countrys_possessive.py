"""`Uganda's health ministry has confirmed … The ministry's permanent secretary, X, said`: a body the
article never names, described in small letters after a country's possessive, is what `the
ministry's` means, the country saying which ministry as a people's name does (`the Chinese foreign
ministry`). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Uganda's health ministry has confirmed three new cases. The ministry's permanent secretary, Dr
# Mary Muthoni, said contact tracing was under way. "There is no cause for panic," she said.
_MINISTRY = """
Uganda PROPN NNP poss 3 B-GPE Uganda _
's PART POS case 0 O 's
health NOUN NN compound 3 O health
ministry NOUN NN nsubj 5 O ministry
has AUX VBZ aux 5 O have
confirmed VERB VBN ROOT 5 O confirm
three NUM CD nummod 8 B-CARDINAL three
new ADJ JJ amod 8 O new
cases NOUN NNS dobj 5 O case _
. PUNCT . punct 5 O .
The DET DT det 11 O the
ministry NOUN NN poss 14 O ministry _
's PART POS case 11 O 's
permanent ADJ JJ amod 14 O permanent
secretary NOUN NN nsubj 20 O secretary _
, PUNCT , punct 14 O ,
Dr PROPN NNP compound 18 O Dr
Mary PROPN NNP compound 18 B-PERSON Mary
Muthoni PROPN NNP appos 14 I-PERSON Muthoni _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 20 O say
contact NOUN NN compound 22 O contact
tracing NOUN NN nsubj 23 O tracing
was AUX VBD ccomp 20 O be
under ADP IN prep 23 O under
way NOUN NN pobj 24 O way _
. PUNCT . punct 20 O .
" PUNCT `` punct 37 O " _
There PRON EX expl 29 O there
is VERB VBZ ccomp 37 O be
no DET DT det 31 O no
cause NOUN NN attr 29 O cause
for ADP IN prep 31 O for
panic NOUN NN pobj 32 O panic _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
she PRON PRP nsubj 37 O she
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
"""


def test_a_body_described_after_a_countrys_possessive_is_the_ministrys() -> None:
    rows = Extractor().rows(frozen(_MINISTRY))
    assert [(r.speaker, r.organization) for r in rows] == [("Mary Muthoni", "Uganda's health ministry")]
