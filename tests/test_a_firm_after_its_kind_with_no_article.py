"""`a partner at law firm Arthur Cox`: a body's noun in small letters hung as a compound on the
name a job's preposition governs, with no `the` before it, says the name is that body's, though
the tagger read a founder's name in it (ROLES.md 5: `at` ties the person to the body), as
`at the law firm Arthur Cox` already read; a person's name after a job that is no body's noun
stays a person's (`an adviser to party leader John Smith`). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The contract is void," said Sarah Byrne, a partner at law firm Arthur Cox.
_FIRM = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
contract NOUN NN nsubj 3 O contract
is AUX VBZ ccomp 7 O be
void ADJ JJ acomp 3 O void _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Sarah PROPN NNP compound 9 B-PERSON Sarah
Byrne PROPN NNP nsubj 7 I-PERSON Byrne _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
partner NOUN NN appos 9 O partner
at ADP IN prep 12 O at
law NOUN NN compound 15 O law
firm NOUN NN compound 17 O firm
Arthur PROPN NNP compound 17 B-PERSON Arthur
Cox PROPN NNP pobj 13 I-PERSON Cox _
. PUNCT . punct 7 O . _
"""

# "The contract is void," said Sarah Byrne, an adviser to party leader John Smith.
_LEADER = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
contract NOUN NN nsubj 3 O contract
is AUX VBZ ccomp 7 O be
void ADJ JJ acomp 3 O void _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Sarah PROPN NNP compound 9 B-PERSON Sarah
Byrne PROPN NNP nsubj 7 I-PERSON Byrne _
, PUNCT , punct 9 O ,
an DET DT det 12 O an
adviser NOUN NN appos 9 O adviser
to ADP IN prep 12 O to
party NOUN NN compound 15 O party
leader NOUN NN compound 17 O leader
John PROPN NNP compound 17 B-PERSON John
Smith PROPN NNP pobj 13 I-PERSON Smith _
. PUNCT . punct 7 O . _
"""


def test_a_firm_named_for_a_person_after_its_kind() -> None:
    rows = Extractor().rows(frozen(_FIRM))
    assert [(r.speaker, r.organization) for r in rows] == [("Sarah Byrne", "Arthur Cox")]


def test_a_person_after_a_job_is_no_body() -> None:
    rows = Extractor().rows(frozen(_LEADER))
    assert [(r.speaker, r.organization) for r in rows] == [("Sarah Byrne", "")]
