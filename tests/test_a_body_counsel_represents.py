"""`Representing Kestrel Council, Tom Hale said` (British, Irish and Commonwealth court reporting,
issue 10), from a frozen parse of sentences written for this file: the body named after a
participle of representing that opens the speaker's sentence is the body they represent
(ROLES.md 5), with no role, as no noun is written; `Mitigating, Jo Bell said` gives neither."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_REPRESENTING = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Council PROPN NNP nsubj 2 I-ORG Council
took VERB VBD ROOT 2 O take
the DET DT det 4 O the
landlord NOUN NN dobj 2 O landlord
to ADP IN prep 2 O to
court NOUN NN pobj 5 O court
over ADP IN prep 2 O over
the DET DT det 10 O the
damp ADJ JJ amod 10 O damp
flats NOUN NNS pobj 7 O flat _
. PUNCT . punct 2 O .
Representing VERB VBG advcl 18 B-ORG represent
Kestrel PROPN NNP compound 14 I-ORG Kestrel
Council PROPN NNP dobj 12 I-ORG Council _
, PUNCT , punct 18 O ,
Tom PROPN NNP compound 17 B-PERSON Tom
Hale PROPN NNP nsubj 18 I-PERSON Hale
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
The DET DT det 22 O the
tenants NOUN NNS nsubj 24 O tenant
were AUX VBD aux 24 O be
living VERB VBG ccomp 18 O live
in ADP IN prep 24 O in
squalor NOUN NN pobj 25 O squalor _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O "
Mitigating PROPN NNP advcl 33 O Mitigating _
, PUNCT , punct 33 O ,
Jo PROPN NNP compound 32 B-PERSON Jo
Bell PROPN NNP nsubj 33 I-PERSON Bell
said VERB VBD ROOT 33 O say _
: PUNCT : punct 33 O :
" PUNCT `` punct 33 O " _
He PRON PRP nsubj 37 O he
is AUX VBZ ccomp 33 O be
of ADP IN prep 37 O of
previous ADJ JJ amod 41 O previous
good ADJ JJ amod 41 O good
character NOUN NN pobj 38 O character _
. PUNCT . punct 33 O . _
" PUNCT '' punct 33 O " _
"""


def test_the_body_counsel_represents() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_REPRESENTING))]
    assert rows == [("Tom Hale", "", "Kestrel Council"), ("Jo Bell", "", "")]
