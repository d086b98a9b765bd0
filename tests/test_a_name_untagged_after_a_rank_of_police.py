"""`Senior Superintendent of Police Ram Bahadur Karki, chief of ...,` with the name tagged nothing
(or its surname alone a body): after a title ending `of Police`, two to four words in capitals a
name may hold, closed by a comma, a stop or a word in small letters, are the holder's name. Left
untagged, the speaker is the rank and a later `Karki added` speaks for the body *Karki*. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senior Superintendent of Police Ram Bahadur Karki, chief of the district police, said the
# highway would stay shut. "We have deployed 300 officers," Karki added.
_RANK = """
Senior ADJ JJ amod 1 O senior
Superintendent PROPN NNP nsubj 14 O Superintendent
of ADP IN prep 1 O of
Police PROPN NNP compound 6 O Police
Ram PROPN NNP compound 5 O Ram
Bahadur PROPN NNP compound 6 O Bahadur
Karki PROPN NNP pobj 2 O Karki _
, PUNCT , punct 6 O ,
chief NOUN NN appos 6 O chief
of ADP IN prep 8 O of
the DET DT det 12 O the
district NOUN NN compound 12 O district
police NOUN NN pobj 9 O police _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
highway NOUN NN nsubj 18 O highway
would AUX MD aux 18 O would
stay VERB VB ccomp 14 O stay
shut ADJ JJ acomp 18 O shut _
. PUNCT . punct 14 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 24 O we
have AUX VBP aux 24 O have
deployed VERB VBN ccomp 30 O deploy
300 NUM CD nummod 26 B-CARDINAL 300
officers NOUN NNS dobj 24 O officer _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Karki PROPN NNP nsubj 30 B-ORG Karki
added VERB VBD ROOT 30 O add _
. PUNCT . punct 30 O . _
"""

# "No one will be spared," said Deputy Inspector General of Police Ram Bahadur Karki.
_INSPECTOR = """
" PUNCT `` punct 8 O " _
No DET DT det 2 O no
one NOUN NN nsubjpass 5 O one
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
spared VERB VBN ccomp 8 O spar _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Deputy PROPN NNP compound 11 O Deputy
Inspector PROPN NNP compound 11 O Inspector
General PROPN NNP nsubj 8 O General
of ADP IN prep 11 O of
Police PROPN NNP compound 16 O Police
Ram PROPN NNP compound 15 O Ram
Bahadur PROPN NNP compound 16 O Bahadur
Karki PROPN NNP pobj 12 O Karki _
. PUNCT . punct 8 O . _
"""


def test_a_later_surname_speaks_for_the_officer_named_after_the_rank() -> None:
    rows = Extractor().rows(frozen(_RANK))
    assert [(r.speaker, r.organization) for r in rows] == [("Ram Bahadur Karki", "")]


def test_the_name_after_a_rank_of_police_speaks() -> None:
    rows = Extractor().rows(frozen(_INSPECTOR))
    got = [(r.speaker, r.role) for r in rows]
    assert got == [("Ram Bahadur Karki", "Deputy Inspector General of Police")]
