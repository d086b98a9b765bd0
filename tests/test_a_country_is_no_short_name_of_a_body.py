"""`A Ghana fintech firm … said its co-founder, X … The Ghana Revenue Authority said`: a country's
name the tagger tags a place, used before the story's own business, is that country, not a short
name of a body named later for it, so `its` before the body is named is no body's. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A Ghana fintech firm that lends to market traders has raised $5 million.  "Traders have never
# had credit on fair terms," said its co-founder, Kwame Asante, in an interview.  The Ghana
# Revenue Authority said the firm was registered.
_GHANA = """
A DET DT det 3 O a
Ghana PROPN NNP compound 3 B-GPE Ghana
fintech NOUN NN compound 3 O fintech
firm NOUN NN nsubj 10 O firm
that PRON WDT nsubj 5 O that
lends VERB VBZ relcl 3 O lend
to ADP IN prep 5 O to
market NOUN NN compound 8 O market
traders NOUN NNS pobj 6 O trader
has AUX VBZ aux 10 O have
raised VERB VBN ROOT 10 O raise
$ SYM $ quantmod 13 B-MONEY $ _
5 NUM CD compound 13 I-MONEY 5
million NUM CD dobj 10 I-MONEY million _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 27 O " _
Traders NOUN NNS nsubj 20 O trader
have AUX VBP aux 20 O have
never ADV RB neg 20 O never
had VERB VBN ccomp 27 O have
credit NOUN NN dobj 20 O credit
on ADP IN prep 20 O on
fair ADJ JJ amod 24 O fair
terms NOUN NNS pobj 22 O term _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
its PRON PRP$ poss 29 O its
co NOUN NN nsubj 27 O co _
- NOUN NN nsubj 27 O - _
founder NOUN NN nsubj 27 O founder _
, PUNCT , punct 31 O ,
Kwame PROPN NNP compound 34 B-PERSON Kwame
Asante PROPN NNP appos 31 I-PERSON Asante _
, PUNCT , punct 27 O ,
in ADP IN prep 27 O in
an DET DT det 38 O an
interview NOUN NN pobj 36 O interview _
. PUNCT . punct 27 O . _
<paragraph> SPACE _SP dep 39 O <paragraph> _
The DET DT det 44 B-ORG the
Ghana PROPN NNP compound 44 I-ORG Ghana
Revenue PROPN NNP compound 44 I-ORG Revenue
Authority PROPN NNP nsubj 45 I-ORG Authority
said VERB VBD ROOT 45 O say
the DET DT det 47 O the
firm NOUN NN nsubjpass 49 O firm
was AUX VBD auxpass 49 O be
registered VERB VBN ccomp 45 O register _
. PUNCT . punct 45 O . _
"""


def test_a_country_before_a_business_is_no_short_name_of_a_later_body() -> None:
    rows = Extractor().rows(frozen(_GHANA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Kwame Asante", "co-founder", "")]
