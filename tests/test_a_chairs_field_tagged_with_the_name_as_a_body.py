"""`Professor of Agronomy Makhan Singh Bhullar said`: the tagger takes the chair's field and the
holder's name for one body (*Agronomy Makhan Singh Bhullar*), so the speaker was a body. After
a title and `of`, a body whose words after the field read as a person's name (given names or
words no dictionary has) is the field and the holder; a body of dictionary words
(`Secretary of Homeland Security`) stays a body. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The soil is exhausted after three wheat crops a year," Professor of Agronomy Makhan Singh
# Bhullar said in Ludhiana. "Farmers need another rotation," he added.
_BODY = """
" PUNCT `` punct 19 O " _
The DET DT det 2 O the
soil NOUN NN nsubjpass 4 O soil
is AUX VBZ auxpass 4 O be
exhausted VERB VBN ccomp 19 O exhaust
after ADP IN prep 4 O after
three NUM CD nummod 8 B-CARDINAL three
wheat NOUN NN compound 8 O wheat
crops NOUN NNS pobj 5 O crop
a DET DT det 10 B-DATE a
year NOUN NN npadvmod 8 I-DATE year _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Professor PROPN NNP nmod 18 O Professor
of ADP IN prep 13 O of
Agronomy PROPN NNP pobj 14 B-ORG Agronomy
Makhan PROPN NNP compound 18 I-ORG Makhan
Singh PROPN NNP compound 18 I-ORG Singh
Bhullar PROPN NNP nsubj 19 I-ORG Bhullar
said VERB VBD ROOT 19 O say
in ADP IN prep 19 O in
Ludhiana PROPN NNP pobj 20 B-GPE Ludhiana _
. PUNCT . punct 19 O .
" PUNCT `` punct 31 O " _
Farmers NOUN NNS nsubj 25 O farmer
need VERB VBP ccomp 31 O need
another DET DT det 27 O another
rotation NOUN NN dobj 25 O rotation _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
added VERB VBD ROOT 31 O add _
. PUNCT . punct 31 O . _
"""

# "We are ready for the storm," Secretary of Homeland Security said on Monday.
_DEPT = """
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 13 O be
ready ADJ JJ acomp 2 O ready
for ADP IN prep 3 O for
the DET DT det 6 O the
storm NOUN NN pobj 4 O storm _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Secretary PROPN NNP nmod 12 O Secretary
of ADP IN prep 9 O of
Homeland PROPN NNP pobj 10 B-ORG Homeland
Security PROPN NNP nsubj 13 I-ORG Security
said VERB VBD ROOT 13 O say
on ADP IN prep 13 O on
Monday PROPN NNP pobj 14 B-DATE Monday _
. PUNCT . punct 13 O . _
"""


def test_the_field_and_the_name_tagged_one_body_are_split() -> None:
    rows = Extractor().rows(frozen(_BODY))
    got = [(r.speaker, r.role, r.organization) for r in rows]
    assert got == [("Makhan Singh Bhullar", "Professor of Agronomy", "")] * 2


def test_a_body_of_dictionary_words_after_a_title_stays_a_body() -> None:
    rows = Extractor().rows(frozen(_DEPT))
    assert [r.speaker for r in rows] == ["Homeland Security"]
