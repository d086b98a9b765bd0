"""A Malay name whose father's name after `binti` the tagger called a place is one name, and the
words set beside it describe the person (`Nurul Izzah binti` + `Kamaruddin`, tagged a place).
A frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nurul Izzah binti Kamaruddin, 34, a fish seller, said she hoped the works would stop. "We catch
# less," she said.
_SELLER = """
Nurul PROPN NNP compound 1 B-PERSON Nurul
Izzah PROPN NNP compound 2 I-PERSON Izzah
binti NOUN NN compound 3 O binti
Kamaruddin PROPN NNP nsubj 11 B-GPE Kamaruddin _
, PUNCT , punct 3 O ,
34 NUM CD appos 3 B-DATE 34 _
, PUNCT , punct 3 O ,
a DET DT det 9 O a
fish NOUN NN compound 9 O fish
seller NOUN NN appos 3 O seller _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 11 O say
she PRON PRP nsubj 13 O she
hoped VERB VBD ccomp 11 O hop
the DET DT det 15 O the
works NOUN NNS nsubj 17 O work
would AUX MD aux 17 O would
stop VERB VB ccomp 13 O stop _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 21 O we
catch VERB VBP ccomp 26 O catch
less ADV RBR advmod 21 O less _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _

"""


def test_the_fathers_name_tagged_a_place_is_part_of_the_name() -> None:
    (row,) = Extractor().rows(frozen(_SELLER))
    assert (row.speaker, row.role) == ("Nurul Izzah binti Kamaruddin", "fish seller")
