"""`Snr Supt Anil Kurup, head of the traffic police, said … Snr Supt Kurup said` (Indian, Sri
Lankan and Singaporean house style, issue 10), from a frozen parse of a sentence written for this
file (the name hand-changed), the tagger taking the rank into the person: `Snr` (senior), like
`Asst`, `Addl`, `Dy` and `Jt`, opens a rank or a title written short (models/titles.txt), no part
of the name."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_SNR_SUPT = """
Snr PROPN NNP compound 3 B-PERSON Snr
Supt PROPN NNP compound 3 I-PERSON Supt
Anil PROPN NNP compound 3 I-PERSON Anil
Kurup PROPN NNP nsubj 11 I-PERSON Kurup _
, PUNCT , punct 3 O ,
head NOUN NN appos 3 O head
of ADP IN prep 5 O of
the DET DT det 9 O the
traffic NOUN NN compound 9 O traffic
police NOUN NNS pobj 6 O police _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
roads NOUN NNS nsubj 14 O road
were AUX VBD ccomp 11 O be
unsafe ADJ JJ acomp 14 O unsafe _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
Drivers NOUN NNS nsubj 19 O driver
are AUX VBP ccomp 26 O be
reckless ADJ JJ acomp 19 O reckless _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Snr PROPN NNP compound 25 B-PERSON Snr
Supt PROPN NNP compound 25 I-PERSON Supt
Kurup PROPN NNP nsubj 26 I-PERSON Kurup
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_a_short_form_opening_a_rank_is_no_part_of_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_SNR_SUPT))]
    assert rows == [("Anil Kurup", "head of the traffic police")]
