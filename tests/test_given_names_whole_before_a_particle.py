"""A surname the tagger opened on its particle (`van den Berg`, `dela Cruz`) takes ALL the given
names of the person tagged right before it, not only the last: a hyphened given name
(`Jan-Willem`) or two given names (`Maria José`, accents and all) stay whole. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The quota will finish us," said Jan-Willem van den Berg, a pig farmer from Brabant.
_FARMER = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
quota NOUN NN nsubj 4 O quota
will AUX MD aux 4 O will
finish VERB VB ccomp 8 O finish
us PRON PRP dobj 4 O we _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Jan PROPN NNP compound 12 B-PERSON Jan _
- PUNCT HYPH punct 12 I-PERSON - _
Willem PROPN NNP compound 12 I-PERSON Willem
van PROPN NNP compound 14 B-PERSON van
den NOUN NN compound 14 I-PERSON den
Berg PROPN NNP nsubj 8 I-PERSON Berg _
, PUNCT , punct 14 O ,
a DET DT det 18 O a
pig NOUN NN compound 18 O pig
farmer NOUN NN appos 14 O farmer
from ADP IN prep 18 O from
Brabant PROPN NNP pobj 19 O Brabant _
. PUNCT . punct 8 O . _
"""


# "Prices doubled overnight," said Maria José dela Cruz, a rice vendor in Iloilo.
_VENDOR = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 2 O price
doubled VERB VBD ccomp 6 O double
overnight ADV RB advmod 2 B-TIME overnight _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Maria PROPN NNP compound 8 B-PERSON Maria
José PROPN NNP compound 10 I-PERSON José
dela PROPN NNP compound 10 B-PERSON dela
Cruz PROPN NNP nsubj 6 I-PERSON Cruz _
, PUNCT , punct 10 O ,
a DET DT det 14 O a
rice NOUN NN compound 14 O rice
vendor NOUN NN appos 10 O vendor
in ADP IN prep 14 O in
Iloilo PROPN NNP pobj 15 B-GPE Iloilo _
. PUNCT . punct 6 O . _
"""


def test_a_hyphened_given_name_stays_whole_before_the_particle() -> None:
    (row,) = Extractor().rows(frozen(_FARMER))
    assert (row.speaker, row.role) == ("Jan-Willem van den Berg", "pig farmer")


def test_two_given_names_stay_whole_before_the_particle() -> None:
    (row,) = Extractor().rows(frozen(_VENDOR))
    assert (row.speaker, row.role) == ("Maria José dela Cruz", "rice vendor")

