"""An office held for a portfolio set off by commas before a name, in the middle of a sentence,
is an apposition whatever word of it the parser made the head (`…, Minister of Local Government
and Community Development, Hon. Desmond McKenzie, announced …`). Frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Government has set aside 500 million dollars to repair roads, Minister of Local Government and
# Community Development, Hon. Desmond McKenzie, announced yesterday. McKenzie said: "We will not wait
# for the rains to stop."
_MINISTER_OF = """
The DET DT det 1 O the
Government PROPN NNP nsubj 3 O Government
has AUX VBZ aux 3 O have
set VERB VBN ROOT 3 O set
aside ADV RB advmod 3 O aside
500 NUM CD compound 6 B-MONEY 500
million NUM CD nummod 7 I-MONEY million
dollars NOUN NNS dobj 3 I-MONEY dollar
to PART TO aux 9 O to
repair VERB VB advcl 3 O repair
roads NOUN NNS dobj 9 O road _
, PUNCT , punct 10 O ,
Minister PROPN NNP dobj 3 O Minister
of ADP IN prep 12 O of
Local PROPN NNP compound 15 B-ORG Local
Government PROPN NNP pobj 13 I-ORG Government
and CCONJ CC cc 15 I-ORG and
Community PROPN NNP compound 18 I-ORG Community
Development PROPN NNP conj 12 I-ORG Development _
, PUNCT , punct 12 O ,
Hon. PROPN NNP compound 22 O Hon.
Desmond PROPN NNP compound 22 B-PERSON Desmond
McKenzie PROPN NNP npadvmod 3 I-PERSON McKenzie _
, PUNCT , punct 3 O ,
announced VERB VBD advcl 3 O announce
yesterday NOUN NN npadvmod 24 B-DATE yesterday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
McKenzie PROPN NNP nsubj 29 B-PERSON McKenzie
said VERB VBD ROOT 29 O say _
: PUNCT : punct 29 O :
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 35 O we
will AUX MD aux 35 O will
not PART RB neg 35 O not
wait VERB VB ccomp 29 O wait
for ADP IN prep 35 O for
the DET DT det 38 O the
rains NOUN NNS pobj 36 O rain
to PART TO aux 40 O to
stop VERB VB relcl 38 O stop _
. PUNCT . punct 29 O . _
" PUNCT '' punct 29 O " _"""


def test_an_office_held_for_a_portfolio_set_off_by_commas_is_an_apposition() -> None:
    rows = Extractor().rows(frozen(_MINISTER_OF))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Desmond McKenzie", "Minister of Local Government and Community Development")
    ]
