"""A day or a date after a body's name and a joining word (`chief executive of Kestrel Bank on
Monday`) says when, and is no word of the name: the role and organisation end at the body.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Helen Park was named the new chief executive of Kestrel Bank on Monday. "Our priority is growth," Park said.
_BANK = """
Helen PROPN NNP compound 1 B-FAC Helen
Park PROPN NNP nsubjpass 3 I-FAC Park
was AUX VBD auxpass 3 O be
named VERB VBN ROOT 3 O name
the DET DT det 7 O the
new ADJ JJ amod 7 O new
chief ADJ JJ amod 7 O chief
executive NOUN NN oprd 3 O executive
of ADP IN prep 7 O of
Kestrel PROPN NNP compound 10 B-ORG Kestrel
Bank PROPN NNP pobj 8 I-ORG Bank
on ADP IN prep 3 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 3 O .
" PUNCT `` punct 22 O " _
Our PRON PRP$ poss 16 O our
priority NOUN NN nsubj 17 O priority
is AUX VBZ ccomp 22 O be
growth NOUN NN attr 17 O growth _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Park PROPN NNP nsubj 22 B-PERSON Park
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# "Fares will rise," said Tom Hale, the chairman of Kestrel Rail on Friday.
_RAIL = """
" PUNCT `` punct 6 O " _
Fares NOUN NNS nsubj 3 O fare
will AUX MD aux 3 O will
rise VERB VB ccomp 6 O rise _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Tom PROPN NNP compound 8 B-PERSON Tom
Hale PROPN NNP nsubj 6 I-PERSON Hale _
, PUNCT , punct 8 O ,
the DET DT det 11 O the
chairman NOUN NN appos 8 O chairman
of ADP IN prep 11 O of
Kestrel PROPN NNP compound 14 B-ORG Kestrel
Rail PROPN NNP pobj 12 I-ORG Rail
on ADP IN prep 11 O on
Friday PROPN NNP pobj 15 B-DATE Friday _
. PUNCT . punct 6 O . _
"""


def test_a_day_after_the_body_of_a_post_given() -> None:
    rows = Extractor().rows(frozen(_BANK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Helen Park", "new chief executive of Kestrel Bank", "Kestrel Bank")
    ]


def test_a_day_after_the_body_of_an_apposition() -> None:
    rows = Extractor().rows(frozen(_RAIL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Hale", "chairman of Kestrel Rail", "Kestrel Rail")
    ]
