"""`Asst Commissioner Anil Kurup said` (South Asian and Singaporean house style, issue 10), from a
frozen parse of a sentence written for this file, the tagger calling `Asst` a body: a rank word
written short (models/role_modifiers.txt, kind `rank`) is part of the title, no body's name."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_ASST_COMMISSIONER = """
Asst PROPN NNP compound 1 B-ORG Asst
Commissioner PROPN NNP compound 3 O Commissioner
Anil PROPN NNP compound 3 B-PERSON Anil
Kurup PROPN NNP nsubj 4 I-PERSON Kurup
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
roads NOUN NNS nsubj 7 O road
were AUX VBD ccomp 4 O be
unsafe ADJ JJ acomp 7 O unsafe _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
Drivers NOUN NNS nsubj 12 O driver
are AUX VBP ccomp 17 O be
reckless ADJ JJ acomp 12 O reckless _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Kurup PROPN NNP nsubj 17 B-PERSON Kurup
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def test_a_rank_word_written_short_is_part_of_the_title() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_ASST_COMMISSIONER))]
    assert rows == [("Anil Kurup", "Asst Commissioner", "")]
