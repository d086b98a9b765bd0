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
