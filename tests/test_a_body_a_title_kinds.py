"""`Union official Dave Kerr, of Unite, said`: a one-word name set off by commas after a person
whose title opens with a body's noun is the body the person works for, though one word alone
(`Jane Cole, of Derby,` with no such title says where she lives). Frozen parse of a sentence
written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Bus drivers will strike next week over pay. /  / Union official Dave Kerr, of Unite, said: "Our
# members have been left with no choice."
_UNION = """
Bus NOUN NN compound 1 O bus
drivers NOUN NNS nsubj 3 O driver
will AUX MD aux 3 O will
strike VERB VB ROOT 3 O strike
next ADJ JJ amod 5 B-DATE next
week NOUN NN npadvmod 3 I-DATE week
over ADP IN prep 3 O over
pay NOUN NN pobj 6 O pay _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Union PROPN NNP compound 11 O Union
official NOUN NN compound 13 O official
Dave PROPN NNP compound 13 B-PERSON Dave
Kerr PROPN NNP nsubj 18 I-PERSON Kerr _
, PUNCT , punct 13 O ,
of ADP IN prep 13 O of
Unite PROPN NNP pobj 15 B-ORG Unite _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
Our PRON PRP$ poss 22 O our
members NOUN NNS nsubjpass 25 O member
have AUX VBP aux 25 O have
been AUX VBN auxpass 25 O be
left VERB VBN ccomp 18 O leave
with ADP IN prep 25 O with
no DET DT det 28 O no
choice NOUN NN pobj 26 O choice _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_a_one_word_body_after_a_union_official() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Dave Kerr", "Union official", "Unite")]
