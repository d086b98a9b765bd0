"""An office title and a name the tagger tagged one work of art (or product, people, event):
the words after the title are the holder's name, the title its role (`“…,” Deputy Governor
Kalyanaraman Iyer said`). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Deposit rates have adjusted more slowly," Deputy Governor Kalyanaraman Iyer said at the press
# conference. (Tagged one work of art, as the tagger reads it; the given name is none the lists know.)
_WORK_OF_ART = """
" PUNCT `` punct 13 O " _
Deposit NOUN NN compound 2 O deposit
rates NOUN NNS nsubj 4 O rate
have AUX VBP aux 4 O have
adjusted VERB VBN ccomp 13 O adjust
more ADV RBR advmod 6 O more
slowly ADV RB advmod 4 O slowly _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Deputy PROPN NNP compound 10 B-WORK_OF_ART Deputy
Governor PROPN NNP compound 12 I-WORK_OF_ART Governor
Kalyanaraman PROPN NNP compound 12 I-WORK_OF_ART Kalyanaraman
Iyer PROPN NNP nsubj 13 I-WORK_OF_ART Iyer
said VERB VBD ROOT 13 O say
at ADP IN prep 13 O at
the DET DT det 17 O the
press NOUN NN compound 17 O press
conference NOUN NN pobj 14 O conference _
. PUNCT . punct 13 O . _"""


def test_a_title_and_name_tagged_a_work_of_art_are_a_person_and_role() -> None:
    rows = Extractor().rows(frozen(_WORK_OF_ART))
    assert [(r.speaker, r.role) for r in rows] == [("Kalyanaraman Iyer", "Deputy Governor")]
