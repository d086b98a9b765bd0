"""`"…," said Mr. and Mrs. Patel`: a couple named by two titles joined by `and` before one
surname, after the verb. The parser makes the surname the subject, the first title its
modifier (nmod) and the second title that one's conjunct; the speaker is the couple, as before
the verb (tests/test_a_couple_named_by_two_titles.py), not the surname alone (*Patel*), even
when the story has named one of them before. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. Patel said the rent had doubled. "We will not close," said Mr. and Mrs. Patel on Tuesday.
_PATELS_ON_TUESDAY = """
Mr. PROPN NNP compound 1 O Mr.
Patel PROPN NNP nsubj 2 B-PERSON Patel
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
rent NOUN NN nsubj 6 O rent
had AUX VBD aux 6 O have
doubled VERB VBN ccomp 2 O double _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
not PART RB neg 12 O not
close VERB VB ccomp 15 O close _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Mr. PROPN NNP nmod 19 O Mr.
and CCONJ CC cc 16 O and
Mrs. PROPN NNP conj 16 O Mrs.
Patel PROPN NNP nsubj 15 B-PERSON Patel
on ADP IN prep 15 O on
Tuesday PROPN NNP pobj 20 B-DATE Tuesday _
. PUNCT . punct 15 O . _
"""


# Raj Patel opened the shop in 1990. "We will not close," said Mr. and Mrs. Patel.
_PATELS = """
Raj ADV RB compound 1 B-PERSON raj
Patel PROPN NNP nsubj 2 I-PERSON Patel
opened VERB VBD ROOT 2 O open
the DET DT det 4 O the
shop NOUN NN dobj 2 O shop
in ADP IN prep 2 O in
1990 NUM CD pobj 5 B-DATE 1990 _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
not PART RB neg 12 O not
close VERB VB ccomp 15 O close _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Mr. PROPN NNP nmod 19 O Mr.
and CCONJ CC cc 16 O and
Mrs. PROPN NNP conj 16 O Mrs.
Patel PROPN NNP nsubj 15 B-PERSON Patel _
. PUNCT . punct 15 O . _
"""


def test_the_couple_after_the_verb_speaks_after_one_of_them_is_named() -> None:
    rows = Extractor().rows(frozen(_PATELS_ON_TUESDAY))
    assert [(r.speaker, r.mention) for r in rows] == [("Mr. and Mrs. Patel", "Mr. and Mrs. Patel")]


def test_the_couple_after_the_verb_is_not_the_one_named_before() -> None:
    rows = Extractor().rows(frozen(_PATELS))
    assert [(r.speaker, r.mention) for r in rows] == [("Mr. and Mrs. Patel", "Mr. and Mrs. Patel")]
