"""`"…," Miners' union president X told reporters.`: a plural in capitals right after a quote, its
plural's mark and a body's noun in small letters before a job are the body its members make, as
at the sentence's start (`Doctors' union chief X said`): the organisation is *Miners' union* and
the role *president*, not *Miners* and *union president*. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The prices are too low," Farmers' cooperative chairman Joseph Mwangi said.
_FARMERS = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
prices NOUN NNS nsubj 3 O price
are AUX VBP ccomp 14 O be
too ADV RB advmod 5 O too
low ADJ JJ acomp 3 O low _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Farmers PROPN NNP poss 11 B-ORG Farmers _
' PART POS case 8 O '
cooperative ADJ JJ amod 11 O cooperative
chairman NOUN NN compound 13 O chairman
Joseph PROPN NNP compound 13 B-PERSON Joseph
Mwangi PROPN NNP nsubj 14 I-PERSON Mwangi
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "This is a betrayal," Miners' union president Thabo Dlamini told reporters.
_MINERS = """
" PUNCT `` punct 13 O " _
This PRON DT nsubj 2 O this
is AUX VBZ ccomp 13 O be
a DET DT det 4 O a
betrayal NOUN NN attr 2 O betrayal _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Miners PROPN NNP poss 10 O Miners _
' PART POS case 7 O '
union NOUN NN compound 10 O union
president NOUN NN compound 12 O president
Thabo PROPN NNP compound 12 B-PERSON Thabo
Dlamini PROPN NNP nsubj 13 I-PERSON Dlamini
told VERB VBD ROOT 13 O tell
reporters NOUN NNS dobj 13 O reporter _
. PUNCT . punct 13 O . _
"""


def test_a_cooperative_its_members_make_after_a_quote() -> None:
    rows = Extractor().rows(frozen(_FARMERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Joseph Mwangi", "chairman", "Farmers' cooperative")
    ]


def test_a_union_its_members_make_after_a_quote() -> None:
    rows = Extractor().rows(frozen(_MINERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Thabo Dlamini", "president", "Miners' union")
    ]
