"""A long title before a name: the job, `of`, and a body's whole name tagged as one, before the
holder's name (`Chief executive of the Lenton Housing Trust Mark Dunne said`) is the role, the
body its organisation, as in apposition after the name (the row had no role, the words after
`of` being more than a portfolio's three). Not when the tagger ran the body on over the name (`the
Lenton Gallery Mark Dunne` one body, the tagged parse with the name's two lines changed): then no
body's name closes the title. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_BODYS_NAME_AFTER_A_TITLES_OF = """
Chief ADJ JJ amod 1 O chief
executive NOUN NN nsubj 9 O executive
of ADP IN prep 1 O of
the DET DT det 6 B-ORG the
Lenton PROPN NNP compound 6 I-ORG Lenton
Housing PROPN NNP compound 6 I-ORG Housing
Trust PROPN NNP pobj 2 I-ORG Trust
Mark PROPN NNP compound 8 B-PERSON Mark
Dunne PROPN NNP nsubj 9 I-PERSON Dunne
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 14 O the
waiting NOUN NN compound 14 O waiting
list NOUN NN nsubj 15 O list
is AUX VBZ ccomp 9 O be
longer ADJ JJR acomp 15 O long
than ADP IN prep 16 O than
ever ADV RB pcomp 17 O ever _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

_A_BODY_RUN_ON_OVER_THE_NAME = """
Director PROPN NNP nmod 6 O Director
of ADP IN prep 0 O of
the DET DT det 4 B-ORG the
Lenton PROPN NNP compound 4 I-ORG Lenton
Gallery PROPN NNP pobj 1 I-ORG Gallery
Mark PROPN NNP compound 6 I-ORG Mark
Dunne PROPN NNP nsubj 7 I-ORG Dunne
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 12 O the
waiting NOUN NN compound 12 O waiting
list NOUN NN nsubj 13 O list
is AUX VBZ ccomp 7 O be
longer ADJ JJR acomp 13 O long
than ADP IN prep 14 O than
ever ADV RB pcomp 15 O ever _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_bodys_name_after_a_titles_of_closes_the_title() -> None:
    body = "Lenton Housing Trust"
    assert _rows(_A_BODYS_NAME_AFTER_A_TITLES_OF) == [("Mark Dunne", f"Chief executive of the {body}", body)]


def test_a_body_run_on_over_the_name_closes_no_title() -> None:
    assert _rows(_A_BODY_RUN_ON_OVER_THE_NAME) == [("Mark Dunne", "", "")]
