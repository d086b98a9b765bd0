"""The words of a portfolio before `Commissioner` (`Agriculture Commissioner Helena Vasko`) are
the commissioner's brief, part of the title, not a body, also where the article writes the
word mid-sentence elsewhere (`Poland's Agriculture Minister`). Frozen parse of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Poland's Agriculture Minister Jan Nowak spoke first. Agriculture Commissioner Helena Vasko,
# arriving at the building, said: "My door is open."
_VASKO = """
Poland PROPN NNP poss 3 B-GPE Poland _
's PART POS case 0 O 's
Agriculture PROPN NNP compound 3 B-ORG Agriculture
Minister PROPN NNP compound 5 O Minister
Jan PROPN NNP compound 5 B-PERSON Jan
Nowak PROPN NNP nsubj 6 I-PERSON Nowak
spoke VERB VBD ROOT 6 O speak
first ADV RB advmod 6 B-ORDINAL first _
. PUNCT . punct 6 O .
Agriculture PROPN NNP compound 10 O Agriculture
Commissioner PROPN NNP compound 12 O Commissioner
Helena PROPN NNP compound 12 B-PERSON Helena
Vasko PROPN NNP nsubj 19 I-PERSON Vasko _
, PUNCT , punct 12 O ,
arriving VERB VBG acl 12 O arrive
at ADP IN prep 14 O at
the DET DT det 17 O the
building NOUN NN pobj 15 O building _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
My PRON PRP$ poss 23 O my
door NOUN NN nsubj 24 O door
is AUX VBZ ccomp 19 O be
open ADJ JJ acomp 24 O open _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


def test_a_portfolio_before_commissioner_is_part_of_the_title() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_VASKO))]
    assert rows == [("Helena Vasko", "Agriculture Commissioner", "")]
