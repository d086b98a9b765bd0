"""`said Nor Hisham bin Ismail`: `Nor`, a Malay given name, in capitals inside a sentence before a
name joined to the father's by `bin` or `binti`, is read by the tagger as the conjunction and
left out of the person's name, which it tags from the second given name (or cuts at `binti`,
the father's name a body); the name takes it back. Not an English small word opening the
sentence before the name (`When Hisham bin Ismail arrived`). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will appeal against the sentence," said Nor Hisham bin Ismail, a lawyer for the family.
_LAWYER = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
appeal VERB VB ccomp 9 O appeal
against ADP IN prep 3 O against
the DET DT det 6 O the
sentence NOUN NN pobj 4 O sentence _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Nor CCONJ CC cc 9 O nor
Hisham PROPN NNP compound 13 B-PERSON Hisham
bin PROPN NNP compound 13 I-PERSON bin
Ismail PROPN NNP nsubj 9 I-PERSON Ismail _
, PUNCT , punct 13 O ,
a DET DT det 16 O a
lawyer NOUN NN appos 13 O lawyer
for ADP IN prep 16 O for
the DET DT det 19 O the
family NOUN NN pobj 17 O family _
. PUNCT . punct 9 O . _
"""

# The market in Chow Kit reopened on Monday. "The shop was closed for a week," said Nor Azura
# binti Zakaria, a fish trader.
_TRADER = """
The DET DT det 1 O the
market NOUN NN nsubj 5 O market
in ADP IN prep 1 O in
Chow PROPN NNP compound 4 B-ORG Chow
Kit PROPN NNP pobj 2 I-ORG Kit
reopened VERB VBD ROOT 5 O reopen
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 5 O .
" PUNCT `` punct 19 O " _
The DET DT det 11 O the
shop NOUN NN nsubjpass 13 O shop
was AUX VBD auxpass 13 O be
closed VERB VBN ccomp 19 O close
for ADP IN prep 13 O for
a DET DT det 16 B-DATE a
week NOUN NN pobj 14 I-DATE week _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
said VERB VBD ROOT 19 O say
Nor CCONJ CC cc 19 O nor
Azura PROPN NNP compound 23 B-PERSON Azura
binti PROPN NNP compound 23 O binti
Zakaria PROPN NNP conj 19 B-GPE Zakaria _
, PUNCT , punct 23 O ,
a DET DT det 27 O a
fish NOUN NN compound 27 O fish
trader NOUN NN appos 23 O trader _
. PUNCT . punct 19 O . _
"""

# When Hisham bin Ismail arrived at the court, he said: "We will appeal."
_WHEN = """
When SCONJ WRB advmod 4 O when
Hisham PROPN NNP compound 3 B-PERSON Hisham
bin PROPN NNP compound 3 I-PERSON bin
Ismail PROPN NNP nsubj 4 I-PERSON Ismail
arrived VERB VBD advcl 10 O arrive
at ADP IN prep 4 O at
the DET DT det 7 O the
court NOUN NN pobj 5 O court _
, PUNCT , punct 10 O ,
he PRON PRP nsubj 10 O he
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
appeal VERB VB ccomp 10 O appeal _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""


def test_nor_opening_a_name_tagged_from_its_second_word_is_a_given_name() -> None:
    rows = Extractor().rows(frozen(_LAWYER))
    assert [(r.speaker, r.role) for r in rows] == [("Nor Hisham bin Ismail", "lawyer for the family")]


def test_nor_before_a_name_cut_at_binti_is_a_given_name() -> None:
    rows = Extractor().rows(frozen(_TRADER))
    assert [(r.speaker, r.role) for r in rows] == [("Nor Azura binti Zakaria", "fish trader")]


def test_a_small_word_opening_the_sentence_stays_out_of_the_name() -> None:
    rows = Extractor().rows(frozen(_WHEN))
    assert [r.speaker for r in rows] == ["Hisham bin Ismail"]
