"""A double-barrelled surname written again alone, which the tagger leaves untagged
(`Kowlessar-Singh was unmoved`), is a mention of the person the story named with it, so the `he`
after it is that person, not someone named between. Frozen parse of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Anand Kowlessar-Singh, president of the Merchants Association, said members would meet the mayor.
# City engineer Keith Baptiste said work would start in June. Kowlessar-Singh was unmoved by the
# pledge. “Shovel in the ground when?” he asked.
_AGAIN = """
Anand PROPN NNP compound 3 B-PERSON Anand
Kowlessar PROPN NNP compound 3 I-PERSON Kowlessar _
- PUNCT HYPH punct 3 I-PERSON - _
Singh PROPN NNP nsubj 11 I-PERSON Singh _
, PUNCT , punct 3 O ,
president NOUN NN appos 3 O president
of ADP IN prep 5 O of
the DET DT det 9 B-ORG the
Merchants PROPN NNPS compound 9 I-ORG Merchants
Association PROPN NNP pobj 6 I-ORG Association _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 11 O say
members NOUN NNS nsubj 14 O member
would AUX MD aux 14 O would
meet VERB VB ccomp 11 O meet
the DET DT det 16 O the
mayor NOUN NN dobj 14 O mayor _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
City PROPN NNP compound 20 O City
engineer NOUN NN compound 22 O engineer
Keith PROPN NNP compound 22 B-PERSON Keith
Baptiste PROPN NNP nsubj 23 I-PERSON Baptiste
said VERB VBD ROOT 23 O say
work NOUN NN nsubj 26 O work
would AUX MD aux 26 O would
start VERB VB ccomp 23 O start
in ADP IN prep 26 O in
June PROPN NNP pobj 27 B-DATE June _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
Kowlessar PROPN NNP compound 33 O Kowlessar _
- PUNCT HYPH punct 33 O - _
Singh PROPN NNP nsubjpass 35 O Singh
was AUX VBD auxpass 35 O be
unmoved VERB VBN ROOT 35 O unmove
by ADP IN agent 35 O by
the DET DT det 38 O the
pledge NOUN NN pobj 36 O pledge _
. PUNCT . punct 35 O .
“ PUNCT `` punct 49 O " _
Shovel PROPN NNP xcomp 49 O Shovel
in ADP IN prep 41 O in
the DET DT det 44 O the
ground NOUN NN pobj 42 O ground
when SCONJ WRB advmod 41 O when _
? PUNCT . punct 49 O ? _
” PUNCT '' punct 49 O "
he PRON PRP nsubj 49 O he
asked VERB VBD ROOT 49 O ask _
. PUNCT . punct 49 O . _"""


def test_a_double_barrelled_surname_again_alone_is_the_person() -> None:
    rows = Extractor().rows(frozen(_AGAIN))
    assert [(r.speaker, r.mention) for r in rows] == [("Anand Kowlessar-Singh", "he")]
