"""An `as` clause of be, have or do closing a report (`said she wants an inquiry, as have two
other councillors`, `…, as is customary for candidates`, `…, as was the case in May`) is the
writer setting what was said beside other cases, not the speaker's words: the report ends
before it (quotes/indirect.py, ``_without_like_case``; cut after the keep-model has weighed
the whole report). Not where the clause sits inside the report (`will, as is customary,
publish …`). Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Councillor Ana Ruiz said she wants an inquiry into the contract, as have two other councillors.
INQUIRY_LIKE_CASE = """
Councillor PROPN NNP compound 2 B-PERSON Councillor
Ana PROPN NNP compound 2 I-PERSON Ana
Ruiz PROPN NNP nsubj 3 I-PERSON Ruiz
said VERB VBD ROOT 3 O say
she PRON PRP nsubj 5 O she
wants VERB VBZ ccomp 3 O want
an DET DT det 7 O an
inquiry NOUN NN dobj 5 O inquiry
into ADP IN prep 7 O into
the DET DT det 10 O the
contract NOUN NN pobj 8 O contract _
, PUNCT , punct 5 O ,
as SCONJ IN mark 13 O as
have VERB VBP advcl 5 O have
two NUM CD nummod 16 B-CARDINAL two
other ADJ JJ amod 16 O other
councillors NOUN NNS dobj 13 O councillor _
. PUNCT . punct 3 O . _
"""
# The mayor said she will publish her tax returns, as is customary for candidates.
RETURNS_CUSTOM = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
said VERB VBD ROOT 2 O say
she PRON PRP nsubj 5 O she
will AUX MD aux 5 O will
publish VERB VB ccomp 2 O publish
her PRON PRP$ poss 8 O her
tax NOUN NN compound 8 O tax
returns NOUN NNS dobj 5 O return _
, PUNCT , punct 5 O ,
as SCONJ IN mark 11 O as
is AUX VBZ advcl 5 O be
customary ADJ JJ acomp 11 O customary
for ADP IN prep 12 O for
candidates NOUN NNS pobj 13 O candidate _
. PUNCT . punct 2 O . _
"""
# The mayor said she will publish her tax returns, as is customary, before the vote.
RETURNS_CUSTOM_INSIDE = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
said VERB VBD ROOT 2 O say
she PRON PRP nsubj 5 O she
will AUX MD aux 5 O will
publish VERB VB ccomp 2 O publish
her PRON PRP$ poss 8 O her
tax NOUN NN compound 8 O tax
returns NOUN NNS dobj 5 O return _
, PUNCT , punct 5 O ,
as SCONJ IN mark 11 O as
is AUX VBZ advcl 5 O be
customary ADJ JJ acomp 11 O customary _
, PUNCT , punct 5 O ,
before ADP IN prep 5 O before
the DET DT det 16 O the
vote NOUN NN pobj 14 O vote _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_an_as_clause_of_have_closing_the_report_is_left_out() -> None:
    assert _reports(INQUIRY_LIKE_CASE) == ["she wants an inquiry into the contract"]


def test_an_as_clause_of_be_closing_the_report_is_left_out() -> None:
    assert _reports(RETURNS_CUSTOM) == ["she will publish her tax returns"]


def test_an_as_clause_inside_the_report_stays() -> None:
    assert _reports(RETURNS_CUSTOM_INSIDE) == [
        "she will publish her tax returns, as is customary, before the vote"
    ]
