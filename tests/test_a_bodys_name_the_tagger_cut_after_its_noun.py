"""A body's name after its noun in small letters runs on over the words in capitals the tagger
left out of it: `of the charity Shelter Now`, `Now` tagged nothing, is *Shelter Now*, not
*Shelter*. Frozen parse of a sentence written for this file (see tests/frozen.py), through the
whole extractor. A word in capitals right after such a noun, which the parser read as a common
noun (`of the charity Shelter`), names that body too."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Homelessness in Leeds has doubled in two years. "Families are sleeping in cars," said
# campaigner Ravi Menon of the charity Shelter Now.
_SHELTER = """
Homelessness PROPN NNP nsubj 4 O Homelessness
in ADP IN prep 0 O in
Leeds PROPN NNPS pobj 1 B-GPE Leeds
has AUX VBZ aux 4 O have
doubled VERB VBN ROOT 4 O double
in ADP IN prep 4 O in
two NUM CD nummod 7 B-DATE two
years NOUN NNS pobj 5 I-DATE year _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
Families NOUN NNS nsubj 12 O family
are AUX VBP aux 12 O be
sleeping VERB VBG ccomp 17 O sleep
in ADP IN prep 12 O in
cars NOUN NNS pobj 13 O car _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
campaigner ADJ JJ compound 20 O campaigner
Ravi PROPN NNP compound 20 B-PERSON Ravi
Menon PROPN NNP nsubj 17 I-PERSON Menon
of ADP IN prep 20 O of
the DET DT det 23 O the
charity NOUN NN compound 24 O charity
Shelter PROPN NNP pobj 21 B-PERSON Shelter
Now ADV RB advmod 17 O now _
. PUNCT . punct 17 O . _
"""


# "Families are sleeping in cars," said Polly Neate of the charity Shelter.
_NEATE = """
" PUNCT `` punct 8 O " _
Families NOUN NNS nsubj 3 O family
are AUX VBP aux 3 O be
sleeping VERB VBG ccomp 8 O sleep
in ADP IN prep 3 O in
cars NOUN NNS pobj 4 O car _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Polly PROPN NNP compound 10 B-PERSON Polly
Neate PROPN NNP nsubj 8 I-PERSON Neate
of ADP IN prep 10 O of
the DET DT det 14 O the
charity NOUN NN compound 14 O charity
Shelter NOUN NN pobj 11 B-PERSON shelter _
. PUNCT . punct 8 O . _
"""


def test_a_charitys_name_the_tagger_cut() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_SHELTER))]
    assert rows == [("Ravi Menon", "campaigner", "Shelter Now")]


def test_a_charitys_name_read_as_a_common_noun() -> None:
    rows = [(r.speaker, r.organization) for r in Extractor().rows(frozen(_NEATE))]
    assert rows == [("Polly Neate", "Shelter")]
