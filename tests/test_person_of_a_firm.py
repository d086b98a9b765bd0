"""A person `of` a firm whose last word the parser made the subject (`Mr Tomas Ekwueme of
Ekwueme & Co. Advocates argued`) is the speaker; the firm's last word is nobody. A frozen
parse of a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Defence lawyer Mr Tomas Ekwueme of Ekwueme & Co. Advocates argued that the calls were
# "ordinary business". "They are his voters," Mr Ekwueme said.
_FIRM = """
Defence NOUN NN compound 1 O defence
lawyer NOUN NN compound 4 O lawyer
Mr PROPN NNP compound 4 O Mr
Tomas PROPN NNP compound 4 B-PERSON Tomas
Ekwueme PROPN NNP ROOT 4 I-PERSON Ekwueme
of ADP IN prep 4 O of
Ekwueme PROPN NNP pobj 5 B-ORG Ekwueme
& CCONJ CC cc 6 I-ORG &
Co. PROPN NNP punct 4 I-ORG Co.
Advocates NOUN NNS nsubj 10 O advocate
argued VERB VBD ROOT 10 O argue
that SCONJ IN mark 14 O that
the DET DT det 13 O the
calls NOUN NNS nsubj 14 O call
were AUX VBD ccomp 10 O be
" PUNCT `` punct 17 O " _
ordinary ADJ JJ amod 17 O ordinary
business NOUN NN attr 14 O business _
" PUNCT '' punct 17 O " _
. PUNCT . punct 10 O .
" PUNCT `` punct 29 O " _
They PRON PRP nsubj 22 O they
are AUX VBP ccomp 29 O be
his PRON PRP$ poss 24 O his
voters NOUN NNS attr 22 O voter _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Mr PROPN NNP compound 28 O Mr
Ekwueme PROPN NNP nsubj 29 B-PERSON Ekwueme
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_the_person_of_the_firm_speaks() -> None:
    rows = Extractor().rows(frozen(_FIRM))
    assert [(r.speaker, r.role) for r in rows] == [("Tomas Ekwueme", "Defence lawyer")] * 2
