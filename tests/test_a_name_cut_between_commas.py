"""`Zanzibar's Minister of State in the President's Office, Ms Riziki Mbaraka Kombo, said` (Tanzanian
house style, issue 10), the tagger cutting the name into `Ms Riziki` and `Kombo` around an
untagged word, from a frozen parse of a sentence written for this file: one word in capitals
between two people's names set off together by commas is a word of one name."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_NAME_CUT_BETWEEN_COMMAS = """
Zanzibar PROPN NNP poss 2 B-ORG Zanzibar _
's PART POS case 0 O 's
Minister PROPN NNP nsubj 16 O Minister
of ADP IN prep 2 O of
State PROPN NNP pobj 3 O State
in ADP IN prep 2 O in
the DET DT det 7 O the
President PROPN NNP poss 9 O President _
's PART POS case 7 O 's
Office PROPN NNP pobj 5 O Office _
, PUNCT , punct 2 O ,
Ms PROPN NNP compound 12 B-PERSON Ms
Riziki PROPN NNP compound 14 I-PERSON Riziki
Mbaraka PROPN NNP compound 14 O Mbaraka
Kombo PROPN NNP appos 2 B-PERSON Kombo _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
islands NOUN NNS nsubj 20 O island
also ADV RB advmod 20 O also
needed VERB VBD ccomp 16 O need
new ADJ JJ amod 22 O new
docks NOUN NNS dobj 20 O dock _
. PUNCT . punct 16 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubjpass 29 O we
can AUX MD aux 29 O can _
not PART RB neg 29 O not
be AUX VB auxpass 29 O be
left VERB VBN ccomp 34 O leave
behind ADV RB advmod 29 O behind _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
she PRON PRP nsubj 34 O she
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


def test_one_word_between_two_names_set_off_by_commas_joins_them() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_NAME_CUT_BETWEEN_COMMAS))]
    # (The office named for the president's is a body of its own: the role is the whole title.)
    assert rows == [("Riziki Mbaraka Kombo", "Minister of State in the President's Office")]
