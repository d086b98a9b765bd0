"""A name set beside a person's noun that the parser hung on the place after the noun's `of`
(`A resident of Makoko, Mrs Bisi Alabi, said …`) is still what its sentence is about, so `the
61-year-old fishmonger said` after it is that person, not someone new. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A resident of Makoko, Mrs Bisi Alabi, said the water came at night. "We have lost everything,"
# the 61-year-old fishmonger said.
_PLACE = """
A DET DT det 1 O a
resident NOUN NN nsubj 9 O resident
of ADP IN prep 1 O of
Makoko PROPN NNP pobj 2 B-ORG Makoko _
, PUNCT , punct 3 O ,
Mrs PROPN NNP compound 7 B-PERSON Mrs
Bisi PROPN NNP compound 7 I-PERSON Bisi
Alabi PROPN NNP appos 3 I-PERSON Alabi _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
water NOUN NN nsubj 12 O water
came VERB VBD ccomp 9 O come
at ADP IN prep 12 O at
night NOUN NN pobj 13 B-TIME night _
. PUNCT . punct 9 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 19 O we
have AUX VBP aux 19 O have
lost VERB VBN ccomp 30 O lose
everything PRON NN dobj 19 O everything _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
the DET DT det 29 O the
61 NUM CD nummod 26 B-DATE 61 _
- PUNCT HYPH punct 26 I-DATE - _
year NOUN NN npadvmod 28 I-DATE year _
- PUNCT HYPH punct 28 I-DATE - _
old ADJ JJ amod 29 I-DATE old
fishmonger NOUN NN nsubj 30 O fishmonger
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_an_epithet_after_a_name_hung_on_a_place_is_that_person() -> None:
    rows = Extractor().rows(frozen(_PLACE))
    assert [r.speaker for r in rows] == ["Bisi Alabi"]
