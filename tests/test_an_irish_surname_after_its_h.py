"""`Seán Ó hAilpín … Ó hAilpín said`: Irish writes an `h` before a surname opening on a vowel after
`Ó` and `Ní`, and the word is a name in capitals all the same, so the speaker is named in full.
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Seán Ó hAilpín, who won three titles with Cork, received the freedom of the city on Friday.
# "This city made me who I am," Ó hAilpín said.
_IRISH = """
Seán NOUN NNS compound 2 B-PERSON Seán
Ó PROPN NNP compound 2 I-PERSON Ó
hAilpín PROPN NNP nsubj 11 I-PERSON hAilpín _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
won VERB VBD relcl 2 O win
three NUM CD nummod 7 B-CARDINAL three
titles NOUN NNS dobj 5 O title
with ADP IN prep 7 O with
Cork PROPN NNP pobj 8 B-ORG Cork _
, PUNCT , punct 2 O ,
received VERB VBD ROOT 11 O receive
the DET DT det 13 O the
freedom NOUN NN dobj 11 O freedom
of ADP IN prep 13 O of
the DET DT det 16 O the
city NOUN NN pobj 14 O city
on ADP IN prep 11 O on
Friday PROPN NNP pobj 17 B-DATE Friday _
. PUNCT . punct 11 O .
" PUNCT `` punct 23 O " _
This DET DT det 22 O this
city NOUN NN nsubj 23 O city
made VERB VBD ccomp 32 O make
me PRON PRP dobj 23 O I
who PRON WP attr 27 O who
I PRON PRP nsubj 27 O I
am AUX VBP relcl 24 O be _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Ó PROPN NNP compound 31 O Ó
hAilpín PROPN NNP nsubj 32 O hAilpín
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def test_an_irish_surname_after_its_h_is_a_name_in_capitals() -> None:
    rows = Extractor().rows(frozen(_IRISH))
    assert [r.speaker for r in rows] == ["Seán Ó hAilpín"]
