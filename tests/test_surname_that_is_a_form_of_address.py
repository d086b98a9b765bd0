"""A form of address standing alone (`Sheikh said`) that ends the name of someone the article
names in full (`Tariq Mahmood Sheikh`) is that person's surname, not a title with no name. A
frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tariq Mahmood Sheikh, a cloth trader, said sales had fallen. "Nobody is buying," Sheikh said.
_SHEIKH = """
Tariq PROPN NNP compound 2 B-PERSON Tariq
Mahmood PROPN NNP compound 2 I-PERSON Mahmood
Sheikh PROPN NNP nsubj 8 I-PERSON Sheikh _
, PUNCT , punct 2 O ,
a DET DT det 6 O a
cloth NOUN NN compound 6 O cloth
trader NOUN NN appos 2 O trader _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 8 O say
sales NOUN NNS nsubj 11 O sale
had AUX VBD aux 11 O have
fallen VERB VBN ccomp 8 O fall _
. PUNCT . punct 8 O .
" PUNCT `` punct 20 O " _
Nobody PRON NN nsubj 16 O nobody
is AUX VBZ aux 16 O be
buying VERB VBG ccomp 20 O buy _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Sheikh PROPN NNP nsubj 20 B-PERSON Sheikh
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_form_of_address_ending_a_full_name_is_its_surname() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_SHEIKH))]
    assert rows == [("Tariq Mahmood Sheikh", "cloth trader", "")]


# Helen Barr, a retired teacher, told reporters she was relieved. "I just want my boat back in the
# water," Ms Barr said.
_BARR = """
Helen PROPN NNP compound 1 B-PERSON Helen
Barr PROPN NNP nsubj 7 I-PERSON Barr _
, PUNCT , punct 1 O ,
a DET DT det 5 O a
retired ADJ JJ amod 5 O retired
teacher NOUN NN appos 1 O teacher _
, PUNCT , punct 1 O ,
told VERB VBD ROOT 7 O tell
reporters NOUN NNS dobj 7 O reporter
she PRON PRP nsubjpass 11 O she
was AUX VBD auxpass 11 O be
relieved VERB VBN ccomp 7 O relieve _
. PUNCT . punct 7 O .
" PUNCT `` punct 16 O " _
I PRON PRP nsubj 16 O I
just ADV RB advmod 16 O just
want VERB VBP ccomp 27 O want
my PRON PRP$ poss 18 O my
boat NOUN NN dobj 16 O boat
back ADV RB advmod 16 O back
in ADP IN prep 19 O in
the DET DT det 22 O the
water NOUN NN pobj 20 O water _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Ms PROPN NNP compound 26 B-PERSON Ms
Barr PROPN NNP nsubj 27 I-PERSON Barr
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_surname_read_as_a_short_title_after_ms_is_the_surname() -> None:
    """`Barr.` is a barrister's title written short (models/titles.txt), but `Ms Barr` ends in it
    and the story names Helen Barr: the row is hers."""
    rows = [(r.speaker, r.role, r.mention) for r in Extractor().rows(frozen(_BARR))]
    assert rows == [("Helen Barr", "retired teacher", "Ms Barr")]
