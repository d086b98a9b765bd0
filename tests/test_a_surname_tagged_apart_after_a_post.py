"""`Ghaziabad SSP Ramesh` + `Kumar said`: the tagger tags a place, a post written by its letters in
capitals and the holder's given name as one thing (a work of art) and the surname after it as a
body of its own; the surname alone gave the speaker *Kumar* with the organisation *Kumar* (or,
with another Kumar in the story, that other person), and the two are now one span read as the
span tagged whole is: the holder's name after the post. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have recovered most of the stolen gold," Ghaziabad SSP Ramesh Kumar said on Wednesday.
_SURNAME = """
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
recovered VERB VBN ccomp 15 O recover
most ADJ JJS dobj 3 O most
of ADP IN prep 4 O of
the DET DT det 8 O the
stolen VERB VBN amod 8 O steal
gold NOUN NN pobj 5 O gold _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Ghaziabad PROPN NNP compound 14 B-WORK_OF_ART Ghaziabad
SSP PROPN NNP compound 14 I-WORK_OF_ART SSP
Ramesh PROPN NNP compound 14 I-WORK_OF_ART Ramesh
Kumar PROPN NNP nsubj 15 B-ORG Kumar
said VERB VBD ROOT 15 O say
on ADP IN prep 15 O on
Wednesday PROPN NNP pobj 16 B-DATE Wednesday _
. PUNCT . punct 15 O . _
"""


# Kanpur SP Anil Kumar said two men had been held. "We have recovered the stolen gold," Ghaziabad
# SSP Ramesh Kumar said on Wednesday.
_TWO_KUMARS = """
Kanpur PROPN NNP compound 1 B-ORG Kanpur
SP PROPN NNP compound 3 I-ORG SP
Anil PROPN NNP compound 3 I-ORG Anil
Kumar PROPN NNP nsubj 4 I-ORG Kumar
said VERB VBD ROOT 4 O say
two NUM CD nummod 6 B-CARDINAL two
men NOUN NNS nsubjpass 9 O man
had AUX VBD aux 9 O have
been AUX VBN auxpass 9 O be
held VERB VBN ccomp 4 O hold _
. PUNCT . punct 4 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 14 O we
have AUX VBP aux 14 O have
recovered VERB VBN ccomp 24 O recover
the DET DT det 17 O the
stolen VERB VBN amod 17 O steal
gold NOUN NN dobj 14 O gold _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Ghaziabad PROPN NNP compound 23 B-WORK_OF_ART Ghaziabad
SSP PROPN NNP compound 23 I-WORK_OF_ART SSP
Ramesh PROPN NNP compound 23 I-WORK_OF_ART Ramesh
Kumar PROPN NNP nsubj 24 B-ORG Kumar
said VERB VBD ROOT 24 O say
on ADP IN prep 24 O on
Wednesday PROPN NNP pobj 25 B-DATE Wednesday _
. PUNCT . punct 24 O . _
"""


def test_a_surname_tagged_apart_after_a_post_and_given_name_is_the_holders() -> None:
    rows = Extractor().rows(frozen(_SURNAME))
    assert [(r.speaker, r.organization) for r in rows] == [("Ramesh Kumar", "")]


def test_a_surname_tagged_apart_is_not_another_holder_of_it() -> None:
    rows = Extractor().rows(frozen(_TWO_KUMARS))
    assert [(r.speaker, r.organization) for r in rows] == [("Ramesh Kumar", "")]
