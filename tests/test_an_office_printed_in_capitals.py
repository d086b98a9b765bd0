"""`The CHANCELLOR of the EXCHEQUER said`: archive reports print an office's words in capitals,
joined by small words. Each such word of English is written as a title again, in the role and in
the body and the unnamed speaker that repeat it, as the office written so gives (*Chancellor of
the Exchequer* / *Exchequer*, not *Chancellor of the EXCHEQUER* / *EXCHEQUER*). A body's letters,
no word of English, stay as printed. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The CHANCELLOR of the EXCHEQUER said the revenue had exceeded every estimate. "The country has
# never been more prosperous than it is today," he said.
_CHANCELLOR = """
The DET DT det 1 O the
CHANCELLOR NOUN NN nsubj 5 O chancellor
of ADP IN prep 1 O of
the DET DT det 4 O the
EXCHEQUER PROPN NNP pobj 2 B-ORG EXCHEQUER
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
revenue NOUN NN nsubj 9 O revenue
had AUX VBD aux 9 O have
exceeded VERB VBN ccomp 5 O exceed
every DET DT det 11 O every
estimate NOUN NN dobj 9 O estimate _
. PUNCT . punct 5 O .
" PUNCT `` punct 28 O " _
The DET DT det 15 O the
country NOUN NN nsubj 18 O country
has AUX VBZ aux 18 O have
never ADV RB neg 18 O never
been AUX VBN ccomp 28 O be
more ADV RBR advmod 20 O more
prosperous ADJ JJ acomp 18 O prosperous
than SCONJ IN mark 23 O than
it PRON PRP nsubj 23 O it
is AUX VBZ advcl 20 O be
today NOUN NN attr 23 B-DATE today _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# "The returns from the northern towns are alarming," said the PRESIDENT of the BOARD of TRADE.
_BOARD = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
returns NOUN NNS nsubj 7 O return
from ADP IN prep 2 O from
the DET DT det 6 O the
northern ADJ JJ amod 6 O northern
towns NOUN NNS pobj 3 O town
are AUX VBP ccomp 11 O be
alarming ADJ JJ acomp 7 O alarming _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
PRESIDENT PROPN NNP nsubj 11 O PRESIDENT
of ADP IN prep 13 O of
the DET DT det 16 B-ORG the
BOARD PROPN NNP pobj 14 I-ORG BOARD
of ADP IN prep 16 I-ORG of
TRADE PROPN NNP pobj 17 I-ORG TRADE _
. PUNCT . punct 11 O . _
"""

# "The returns from the northern towns are alarming," said the CHAIRMAN of the LCC.
_LETTERS = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
returns NOUN NNS nsubj 7 O return
from ADP IN prep 2 O from
the DET DT det 6 O the
northern ADJ JJ amod 6 O northern
towns NOUN NNS pobj 3 O town
are AUX VBP ccomp 11 O be
alarming ADJ JJ acomp 7 O alarming _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
CHAIRMAN PROPN NNP nsubj 11 O CHAIRMAN
of ADP IN prep 13 O of
the DET DT det 16 O the
LCC PROPN NNP pobj 14 B-ORG LCC _
. PUNCT . punct 11 O . _
"""




def test_an_office_in_capitals_is_written_as_titles() -> None:
    office = ("The Chancellor of the Exchequer", "Chancellor of the Exchequer", "Exchequer")
    assert who_of(_CHANCELLOR) == [office]


def test_a_body_of_several_words_in_capitals_inside_the_office() -> None:
    office = ("the President of the Board of Trade", "President of the Board of Trade", "Board of Trade")
    assert who_of(_BOARD) == [office]


def test_a_bodys_letters_stay_as_printed() -> None:
    assert who_of(_LETTERS) == [("the CHAIRMAN of the LCC", "Chairman of the LCC", "LCC")]
