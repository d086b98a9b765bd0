"""`eThekwini Municipality spokesperson Gugu Sisilana`: a Nguni name keeps its noun-class prefix
in small letters before the capital (`eThekwini`, `uMngeni`, `eSwatini`): it opens a name as a
capital does, so the body before the job is read as one. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.letters import capitalised
from tests.frozen import frozen

# "Water will be restored by Friday," said eThekwini Municipality spokesperson Gugu Sisilana.
_ETHEKWINI = """
" PUNCT `` punct 9 O " _
Water NOUN NN nsubjpass 4 O water
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
restored VERB VBN ccomp 9 O restore
by ADP IN prep 4 O by
Friday PROPN NNP pobj 5 B-DATE Friday _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
eThekwini PROPN NNP compound 11 O eThekwini
Municipality PROPN NNP compound 12 O Municipality
spokesperson NOUN NN compound 14 O spokesperson
Gugu PROPN NNP compound 14 B-PERSON Gugu
Sisilana PROPN NNP nsubj 9 I-PERSON Sisilana _
. PUNCT . punct 9 O . _
"""


def test_a_prefix_in_small_letters_opens_a_name() -> None:
    assert capitalised("eThekwini") and capitalised("uMngeni")
    assert not capitalised("email") and not capitalised("e-mail")


def test_the_municipality_named_with_its_prefix_is_the_body() -> None:
    rows = Extractor().rows(frozen(_ETHEKWINI))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Gugu Sisilana", "spokesperson", "eThekwini Municipality")
    ]
