"""`Sheikh` and `Sheikha` before a name are a style of address, no office (issue 10): `Sheikh Karim`
later is the `Sheikh Karim Al Haddad` named before, with his role, and no role of `Sheikh`.
Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “It will change,” said Sheikh Karim Al Haddad, chairman of the Linden Transport Centre. “It is
# a habit,” Sheikh Karim said.
_SHEIKH = """
“ PUNCT `` punct 6 O " _
It PRON PRP nsubj 3 O it
will AUX MD aux 3 O will
change VERB VB ccomp 6 O change _
, PUNCT , punct 6 O , _
” PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Sheikh PROPN NNP compound 10 B-PERSON Sheikh
Karim PROPN NNP compound 10 I-PERSON Karim
Al PROPN NNP compound 10 I-PERSON Al
Haddad PROPN NNP nsubj 6 I-PERSON Haddad _
, PUNCT , punct 10 O ,
chairman NOUN NN appos 10 O chairman
of ADP IN prep 12 O of
the DET DT det 17 B-ORG the
Linden PROPN NNP compound 17 I-ORG Linden
Transport PROPN NNP compound 17 I-ORG Transport
Centre PROPN NNP pobj 13 I-ORG Centre _
. PUNCT . punct 6 O .
“ PUNCT `` punct 28 O " _
It PRON PRP nsubj 21 O it
is AUX VBZ ccomp 28 O be
a DET DT det 23 O a
habit NOUN NN attr 21 O habit _
, PUNCT , punct 28 O , _
” PUNCT '' punct 28 O "
Sheikh PROPN NNP compound 27 B-PERSON Sheikh
Karim PROPN NNP nsubj 28 I-PERSON Karim
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_sheikh_is_a_form_of_address() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_SHEIKH))]
    assert rows == [("Karim Al Haddad", "chairman of the Linden Transport Centre")] * 2
