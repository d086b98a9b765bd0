"""A short form, then the place the body is `of`, is the body it spells out with the same words
after it where the article writes them so (`a staff attorney with the ACLU of Ohio` after `The
American Civil Liberties Union of Ohio`, the tagger cutting the name before `of`). Frozen parse of
sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The American Civil Liberties Union of Ohio criticized the vote. "This contractor has been sued
# nine times," said Joel Friedman, a staff attorney with the ACLU of Ohio.
_ACLU = """
The DET DT det 4 B-ORG the
American PROPN NNP compound 4 I-ORG American
Civil PROPN NNP compound 3 I-ORG Civil
Liberties PROPN NNPS compound 4 I-ORG Liberties
Union PROPN NNP nsubj 7 I-ORG Union
of ADP IN prep 4 O of
Ohio PROPN NNP pobj 5 O Ohio
criticized VERB VBD ROOT 7 O criticize
the DET DT det 9 O the
vote NOUN NN dobj 7 O vote _
. PUNCT . punct 7 O .
" PUNCT `` punct 16 O " _
This DET DT det 13 O this
contractor NOUN NN nsubjpass 16 O contractor
has AUX VBZ aux 16 O have
been AUX VBN auxpass 16 O be
sued VERB VBN ccomp 21 O sue
nine NUM CD nummod 18 B-CARDINAL nine
times NOUN NNS npadvmod 16 O time _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Joel PROPN NNP compound 23 B-PERSON Joel
Friedman PROPN NNP nsubj 21 I-PERSON Friedman _
, PUNCT , punct 23 O ,
a DET DT det 27 O a
staff NOUN NN compound 27 O staff
attorney NOUN NN appos 23 O attorney
with ADP IN prep 27 O with
the DET DT det 30 O the
ACLU PROPN NNP pobj 28 B-ORG ACLU
of ADP IN prep 30 O of
Ohio PROPN NNP pobj 31 B-GPE Ohio _
. PUNCT . punct 21 O . _
"""


def test_a_short_form_of_a_place_is_spelled_out_with_it() -> None:
    rows = Extractor().rows(frozen(_ACLU))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("Joel Friedman", "American Civil Liberties Union of Ohio")
    ]
