"""`"…," Lamsal told Parliament.`, the tagger reading the three words as one work's title, from a
frozen parse of a sentence written for this file: a verb in small letters is no word of a body's
name, though the span ends in a body's noun, so the surname is the minister named before."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_TOLD_PARLIAMENT = """
Home PROPN NNP compound 1 O Home
Minister PROPN NNP compound 3 O Minister
Bishnu PROPN NNP compound 3 B-PERSON Bishnu
Lamsal PROPN NNP nsubj 4 I-PERSON Lamsal
said VERB VBD ROOT 4 O say
more ADJ JJR amod 6 O more
arrests NOUN NNS nsubj 8 O arrest
would AUX MD aux 8 O would
follow VERB VB ccomp 4 O follow _
. PUNCT . punct 4 O .
" PUNCT `` punct 19 O " _
No DET DT det 12 O no
one NOUN NN nsubjpass 15 O one
will AUX MD aux 15 O will
be AUX VB auxpass 15 O be
spared VERB VBN ccomp 19 O spar _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Lamsal PROPN NNP nsubj 19 B-WORK_OF_ART Lamsal
told VERB VBD ROOT 19 I-WORK_OF_ART tell
Parliament PROPN NNP dobj 19 I-WORK_OF_ART Parliament _
. PUNCT . punct 19 O . _
"""


def test_a_verb_inside_a_span_tagged_a_work_makes_no_body() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_TOLD_PARLIAMENT))]
    assert rows == [("Bishnu Lamsal", "Home Minister", "")]
