"""`Lenton MP Ana Ruiz said`, `Kampala Central MP Muhammad Nsereko`: the constituency before a
member's letters is the seat, which stays in the role and is no employer (ROLES.md), though the
tagger took it for a body or for the person (`Lenton` tagged a person, the name after the letters
nothing: the name after the letters is the person). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lenton MP Ana Ruiz said the bill would hurt farmers. "It is a bad bill," she said.
_LENTON = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
MP PROPN NNP compound 3 O MP
Ana PROPN NNP compound 3 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
bill NOUN NN nsubj 8 O bill
would AUX MD aux 8 O would
hurt VERB VB ccomp 4 O hurt
farmers NOUN NNS dobj 8 O farmer _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 20 O be
a DET DT det 16 O a
bad ADJ JJ amod 16 O bad
bill NOUN NN attr 13 O bill _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Kampala Central MP Muhammad Nsereko opposed the bill. "Farmers will suffer," he said.
_KAMPALA = """
Kampala PROPN NNP compound 2 B-ORG Kampala
Central PROPN NNP compound 2 I-ORG Central
MP PROPN NNP compound 4 O MP
Muhammad PROPN NNP compound 4 B-PERSON Muhammad
Nsereko PROPN NNP nsubj 5 I-PERSON Nsereko
opposed VERB VBD ROOT 5 O oppose
the DET DT det 7 O the
bill NOUN NN dobj 5 O bill _
. PUNCT . punct 5 O .
" PUNCT `` punct 16 O " _
Farmers PROPN NNP nsubj 12 B-ORG Farmers
will AUX MD aux 12 O will
suffer VERB VB ccomp 16 O suffer _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
he PRON PRP nsubj 16 O he
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_the_name_after_the_letters_is_the_member() -> None:
    rows = Extractor().rows(frozen(_LENTON))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ana Ruiz", "Lenton MP", "")]


def test_a_seat_tagged_a_body_is_no_employer() -> None:
    rows = Extractor().rows(frozen(_KAMPALA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Muhammad Nsereko", "Kampala Central MP", "")
    ]
