"""A partner a person owns (`Her partner, Dele, works nights`) at no body is kin, no job
(ROLES.md: kinship is no role); a partner at a firm (`a partner at Baker McKenzie`) is a job.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Her partner, Dele, works nights as a guard. "It is not enough," he says.
_SOMEONES_PARTNER = """
Her PRON PRP$ poss 1 O her
partner NOUN NN ROOT 1 O partner _
, PUNCT , punct 1 O ,
Dele PROPN NNP appos 1 B-PERSON Dele _
, PUNCT , punct 1 O ,
works VERB VBZ compound 6 O work
nights NOUN NNS appos 1 O night
as ADP IN prep 6 O as
a DET DT det 9 O a
guard NOUN NN pobj 7 O guard _
. PUNCT . punct 1 O .
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 19 O be
not PART RB neg 13 O not
enough ADJ JJ acomp 13 O enough _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
he PRON PRP nsubj 19 O he
says VERB VBZ ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

# Dele Ade, a partner at Baker McKenzie, said: "It is not enough."
_A_PARTNER_AT_A_FIRM = """
Dele PROPN NNP compound 1 B-PERSON Dele
Ade PROPN NNP nsubj 9 I-PERSON Ade _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
partner NOUN NN appos 1 O partner
at ADP IN prep 4 O at
Baker PROPN NNP compound 7 B-PERSON Baker
McKenzie PROPN NNP pobj 5 I-PERSON McKenzie _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 9 O be
not PART RB neg 13 O not
enough ADJ JJ acomp 13 O enough _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_someones_partner_is_kin_not_a_role() -> None:
    assert who(_SOMEONES_PARTNER) == [("Dele", "", "")]


def test_a_partner_at_a_firm_is_a_job() -> None:
    assert who(_A_PARTNER_AT_A_FIRM) == [("Dele Ade", "partner at Baker McKenzie", "Baker McKenzie")]
