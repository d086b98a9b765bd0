"""Superlatives of praise or record before a role (ROLES.md 4 drops praise; the noun stays the
role), from a frozen parse of sentences written for this file:

- `said Tariq Aziz, one of the paper's most respected columnists`: *columnist* (was no role:
  `most` made the role a judgement);
- `said Nkechi Obi, one of the city's longest-serving councillors`: *councillor* (was
  `longest-serving councillor`).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The roads are a disgrace," said Tariq Aziz, one of the paper's most respected columnists.
# "We cannot wait," said Nkechi Obi, one of the city's longest-serving councillors.
_SPEC = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
roads NOUN NNS nsubj 3 O road
are AUX VBP ccomp 8 O be
a DET DT det 5 O a
disgrace NOUN NN attr 3 O disgrace _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tariq PROPN NNP compound 10 B-PERSON Tariq
Aziz PROPN NNP nsubj 8 I-PERSON Aziz _
, PUNCT , punct 10 O ,
one NUM CD appos 10 B-CARDINAL one
of ADP IN prep 12 O of
the DET DT det 15 O the
paper NOUN NN poss 19 O paper _
's PART POS case 15 O 's
most ADV RBS advmod 18 O most
respected ADJ JJ amod 19 O respected
columnists NOUN NNS pobj 13 O columnist _
. PUNCT . punct 8 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 25 O we
can AUX MD aux 25 O can _
not PART RB neg 25 O not
wait VERB VB ccomp 28 O wait _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
said VERB VBD ROOT 28 O say
Nkechi PROPN NNP compound 30 B-ORG Nkechi
Obi PROPN NNP nsubj 28 I-ORG Obi _
, PUNCT , punct 30 O ,
one NUM CD appos 30 O one
of ADP IN prep 32 O of
the DET DT det 35 O the
city NOUN NN poss 40 O city _
's PART POS case 35 O 's
longest ADV RBS advmod 39 O long _
- PUNCT HYPH punct 39 O - _
serving VERB VBG amod 40 O serve
councillors NOUN NNS pobj 33 O councillor _
. PUNCT . punct 28 O . _
"""


def test_most_and_longest_serving_go_the_noun_stays() -> None:
    rows = {r.speaker: r.role for r in Extractor().rows(frozen(_SPEC))}
    assert rows == {"Tariq Aziz": "columnist", "Nkechi Obi": "councillor"}
