"""`said Noraini binti Yusof, a hawker`: given names and a father's name joined by `binti` (or
`bin`) in small letters, none of which the tagger tagged a person's (`Noraini` a people, `Yusof`
nothing), are one person's name: the speaker is the whole name with her role, not `Yusof`, and a
later `she` finds her. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Prices are up," said Noraini binti Yusof, a hawker.
_SAID_AFTER = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 2 O price
are AUX VBP ccomp 6 O be
up ADV RB advmod 2 O up _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Noraini PROPN NNP compound 9 B-NORP Noraini
binti NOUN NN compound 9 O binti
Yusof PROPN NNP nsubj 6 O Yusof _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
hawker NOUN NN appos 9 O hawker _
. PUNCT . punct 6 O . _
"""

# Noraini binti Yusof, a hawker, said prices were up. "We cannot cope," she said.
_SHE_LATER = """
Noraini PROPN NNP compound 2 B-NORP Noraini
binti NOUN NN compound 2 O binti
Yusof PROPN NNP nsubj 7 O Yusof _
, PUNCT , punct 2 O ,
a DET DT det 5 O a
hawker NOUN NN appos 2 O hawker _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 7 O say
prices NOUN NNS nsubj 9 O price
were AUX VBD ccomp 7 O be
up ADV RB advmod 9 O up _
. PUNCT . punct 7 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 16 O we
can AUX MD aux 16 O can _
not PART RB neg 16 O not
cope VERB VB ccomp 20 O cope _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_patronym_tagged_no_person_is_the_speakers_name() -> None:
    rows = Extractor().rows(frozen(_SAID_AFTER))
    assert [(r.speaker, r.role) for r in rows] == [("Noraini binti Yusof", "hawker")]


def test_a_later_she_finds_the_person_named_by_a_patronym() -> None:
    rows = Extractor().rows(frozen(_SHE_LATER))
    assert [(r.speaker, r.role) for r in rows] == [("Noraini binti Yusof", "hawker")]
