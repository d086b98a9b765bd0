"""`… according to The Sydney Morning Herald. The newspaper said the sale was “…”`: a newspaper's
name the tagger calls a work of art or an event, words in capitals ending in a masthead's word
(models/masthead_words.txt) outside quote marks, is a body, which `the newspaper` goes on with;
one the story only tells things to stays nobody's employer (`A spokesman told The Sydney Morning
Herald …`). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The council plans to sell the park, according to The Sydney Morning Herald. The newspaper said
# the sale was "all but certain".
_HERALD = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
plans VERB VBZ ROOT 2 O plan
to PART TO aux 4 O to
sell VERB VB xcomp 2 O sell
the DET DT det 6 O the
park NOUN NN dobj 4 O park _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 8 O to
The DET DT det 13 B-WORK_OF_ART the
Sydney PROPN NNP compound 13 I-WORK_OF_ART Sydney
Morning PROPN NNP compound 13 I-WORK_OF_ART Morning
Herald PROPN NNP pobj 9 I-WORK_OF_ART Herald _
. PUNCT . punct 2 O .
The DET DT det 16 O the
newspaper NOUN NN nsubj 17 O newspaper
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
sale NOUN NN nsubj 20 O sale
was AUX VBD ccomp 17 O be
" PUNCT `` punct 20 O " _
all PRON DT attr 20 O all
but CCONJ CC cc 22 O but
certain ADJ JJ conj 22 O certain _
" PUNCT '' punct 20 O " _
. PUNCT . punct 17 O . _
"""


# A spokesman told The Sydney Morning Herald the sale was "all but certain". "It is a done deal,"
# the spokesman said.
_HERALD_TOLD = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 2 O spokesman
told VERB VBD ROOT 2 O tell
The DET DT det 6 B-WORK_OF_ART the
Sydney PROPN NNP compound 5 I-WORK_OF_ART Sydney
Morning PROPN NNP compound 6 I-WORK_OF_ART Morning
Herald PROPN NNP dobj 2 I-WORK_OF_ART Herald
the DET DT det 8 O the
sale NOUN NN nsubj 9 O sale
was AUX VBD ccomp 2 O be
" PUNCT `` punct 9 O " _
all PRON DT attr 9 O all
but CCONJ CC cc 11 O but
certain ADJ JJ conj 11 O certain _
" PUNCT '' punct 9 O " _
. PUNCT . punct 2 O .
" PUNCT `` punct 26 O " _
It PRON PRP nsubj 18 O it
is AUX VBZ ccomp 26 O be
a DET DT det 21 O a
done VERB VBN amod 21 O do
deal NOUN NN attr 18 O deal _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
spokesman NOUN NN nsubj 26 O spokesman
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_newspaper_goes_on_with_a_masthead_tagged_a_work_of_art() -> None:
    assert who(_HERALD) == [("Sydney Morning Herald", "", "Sydney Morning Herald")]


def test_a_masthead_told_stays_no_body_of_the_spokesman() -> None:
    assert who(_HERALD_TOLD) == [("A spokesman", "spokesman", "")] * 2
