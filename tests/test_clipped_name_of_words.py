"""A body's short name whose first word is the clipped start of the first word of one longer
name the article gives, the rest as it is (`the Met Service` after `The Meteorological Service
of Jamaica`), is that body, as `Met` alone is *Metropolitan Police*. Frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Meteorological Service of Jamaica says the storm is now a Category 2 hurricane.
#
# "Some areas could see 300 millimetres of rain," said Evan Rowe, director of the Met Service.
_ROWE = """
The DET DT det 2 B-ORG the
Meteorological PROPN NNP compound 2 I-ORG Meteorological
Service PROPN NNP nsubj 5 I-ORG Service
of ADP IN prep 2 I-ORG of
Jamaica PROPN NNP pobj 3 I-ORG Jamaica
says VERB VBZ ROOT 5 O say
the DET DT det 7 O the
storm NOUN NN nsubj 8 O storm
is AUX VBZ ccomp 5 O be
now ADV RB advmod 8 O now
a DET DT det 13 O a
Category NOUN NN nmod 13 B-NORP category
2 NUM CD nummod 11 I-NORP 2
hurricane NOUN NN attr 8 O hurricane _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 20 O " _
Some DET DT det 18 O some
areas NOUN NNS nsubj 20 O area
could AUX MD aux 20 O could
see VERB VB ccomp 27 O see
300 NUM CD nummod 22 B-QUANTITY 300
millimetres NOUN NNS dobj 20 I-QUANTITY millimetre
of ADP IN prep 22 O of
rain NOUN NN pobj 23 O rain _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
Evan PROPN NNP compound 29 B-PERSON Evan
Rowe PROPN NNP nsubj 27 I-PERSON Rowe _
, PUNCT , punct 29 O ,
director NOUN NN appos 29 O director
of ADP IN prep 31 O of
the DET DT det 35 B-ORG the
Met PROPN NNP compound 35 I-ORG Met
Service PROPN NNP pobj 32 I-ORG Service _
. PUNCT . punct 27 O . _
"""


def test_a_clipped_first_word_before_the_rest_of_a_name_is_that_body() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_ROWE))]
    assert rows == [("Evan Rowe", "director of the Met Service", "Meteorological Service of Jamaica")]
