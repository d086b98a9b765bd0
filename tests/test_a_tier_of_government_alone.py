"""`State Revenue Minister K. Rajan said`, `State` tagged a body alone: a tier of government in
capitals before a title names no body by itself and stays in the role (it gave the organisation
*State*); unless it opens a body's name the article gives (`State spokesman` after `the State
Department`). So do a tier and a governing body's nouns before a title in capitals (`County
Executive Committee Member for Health Jane Mugo`: every county has one, so they name the office,
not a body; it gave *Member for Health* / *County Executive Committee*). Frozen parses of texts
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Lenton government has declared a holiday. State Revenue Minister K. Rajan said: "Relief
# camps have been opened."
_STATE = """
The DET DT det 2 O the
Lenton PROPN NNP compound 2 B-PERSON Lenton
government NOUN NN nsubj 4 O government
has AUX VBZ aux 4 O have
declared VERB VBN ROOT 4 O declare
a DET DT det 6 O a
holiday NOUN NN dobj 4 O holiday _
. PUNCT . punct 4 O .
State PROPN NNP compound 9 B-ORG State
Revenue PROPN NNP compound 10 O Revenue
Minister PROPN NNP compound 12 O Minister
K. PROPN NNP compound 12 B-PERSON K.
Rajan PROPN NNP nsubj 13 I-PERSON Rajan
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
Relief NOUN NN compound 17 O relief
camps NOUN NNS nsubjpass 20 O camp
have AUX VBP aux 20 O have
been AUX VBN auxpass 20 O be
opened VERB VBN ccomp 13 O open _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


def test_a_tier_alone_is_no_body() -> None:
    rows = Extractor().rows(frozen(_STATE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("K. Rajan", "State Revenue Minister", "")]


# "Every ward will have a nurse by June," County Executive Committee Member for Health Jane
# Mugo said.
_CEC_MEMBER = """
" PUNCT `` punct 19 O " _
Every DET DT det 2 O every
ward NOUN NN nsubj 4 O ward
will AUX MD aux 4 O will
have VERB VB ccomp 19 O have
a DET DT det 6 O a
nurse NOUN NN dobj 4 O nurse
by ADP IN prep 4 O by
June PROPN NNP pobj 7 B-DATE June _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
County PROPN NNP compound 13 B-ORG County
Executive PROPN NNP compound 13 I-ORG Executive
Committee PROPN NNP compound 14 I-ORG Committee
Member PROPN NNP nsubj 19 O Member
for ADP IN prep 14 O for
Health PROPN NNP compound 18 O Health
Jane PROPN NNP compound 18 O Jane
Mugo PROPN NNP pobj 15 O Mugo
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_a_tier_and_its_governing_body_stay_in_the_title() -> None:
    rows = Extractor().rows(frozen(_CEC_MEMBER))
    role = "County Executive Committee Member for Health"
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Jane Mugo", role, "")]
