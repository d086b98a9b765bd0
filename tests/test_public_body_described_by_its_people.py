"""A public body described by its people and its noun in small letters (`The Scottish
government's transport secretary`), and named no more, is that description: the fullest name the
article gives it (ROLES.md 5). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The Scottish government's transport secretary, Fiona Hyslop, said two new ferries would "enter
# service" next year.
_SCOTTISH = """
The DET DT det 2 O the
Scottish ADJ JJ amod 2 B-NORP scottish
government NOUN NN poss 5 O government _
's PART POS case 2 O 's
transport NOUN NN compound 5 O transport
secretary NOUN NN nsubj 10 O secretary _
, PUNCT , punct 5 O ,
Fiona PROPN NNP compound 8 B-PERSON Fiona
Hyslop PROPN NNP appos 5 I-PERSON Hyslop _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 10 O say
two NUM CD nummod 13 B-CARDINAL two
new ADJ JJ amod 13 O new
ferries NOUN NNS nsubj 16 O ferry
would AUX MD aux 16 O would
" PUNCT `` punct 16 O " _
enter VERB VB ccomp 10 O enter
service NOUN NN dobj 16 O service _
" PUNCT '' punct 16 O "
next ADJ JJ amod 20 B-DATE next
year NOUN NN npadvmod 16 I-DATE year _
. PUNCT . punct 10 O . _
"""


def test_public_body_described_by_its_people() -> None:
    assert who(_SCOTTISH) == [("Fiona Hyslop", "transport secretary", "Scottish government")]
