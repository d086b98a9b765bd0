"""`Harare mayor Jacob Mafume`: a town tagged a body right before an office only a town has is
the place the office governs, no employer (ROLES.md 4, `Tampa Mayor`), also where the tagger
reads the town as an adjective of the office; a people's adjective stays no town. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The roads will be cleared by Friday," Harare mayor Jacob Mafume said.
_TRAILING = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
roads NOUN NNS nsubjpass 5 O road
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
cleared VERB VBN ccomp 14 O clear
by ADP IN prep 5 O by
Friday PROPN NNP pobj 6 B-DATE Friday _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Harare ADJ JJ amod 11 B-ORG harare
mayor NOUN NN compound 13 O mayor
Jacob PROPN NNP compound 13 B-PERSON Jacob
Mafume PROPN NNP nsubj 14 I-PERSON Mafume
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# Harare mayor Jacob Mafume said the council had no money. "We are asking residents to be
# patient," he said.
_LEDE = """
Harare ADJ JJ amod 1 B-ORG harare
mayor NOUN NN compound 3 O mayor
Jacob PROPN NNP compound 3 B-PERSON Jacob
Mafume PROPN NNP nsubj 4 I-PERSON Mafume
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
council NOUN NN nsubj 7 O council
had VERB VBD ccomp 4 O have
no DET DT det 9 O no
money NOUN NN dobj 7 O money _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 14 O we
are AUX VBP aux 14 O be
asking VERB VBG ccomp 22 O ask
residents NOUN NNS dobj 14 O resident
to PART TO aux 17 O to
be AUX VB xcomp 14 O be
patient ADJ JJ acomp 17 O patient _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""



def test_a_town_read_as_an_adjective_before_mayor_is_no_organisation() -> None:
    rows = Extractor().rows(frozen(_TRAILING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Jacob Mafume", "Harare mayor", "")]


def test_the_pronoun_later_keeps_the_town_in_the_role() -> None:
    rows = Extractor().rows(frozen(_LEDE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Jacob Mafume", "Harare mayor", "")]
