"""A holder's name after a portfolio with `and`, the two tagged one body: `Secretary for Transport
and Logistics Mable Chan said` (Hong Kong's style of its secretaries). The tagger tagged `Transport
and Logistics Mable Chan` one body, so the title had no holder, and `Logistics`, a department's
word, was no brief's, so the title was no portfolio's: no role. A given name the lists know ending
such a body after `for` and a title in capitals now opens a person's name, and a department's word
joined to a brief is part of the portfolio: *Secretary for Transport and Logistics*. A body's noun
after a given name (`Director for Grace Hospital`) keeps the body. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The new fares will take effect in January," Secretary for Transport and Logistics Mable Chan
# said. "We have listened to passengers," Chan added.
_TRANSPORT = """
" PUNCT `` punct 18 O " _
The DET DT det 3 O the
new ADJ JJ amod 3 O new
fares NOUN NNS nsubj 5 O fare
will AUX MD aux 5 O will
take VERB VB ccomp 18 O take
effect NOUN NN dobj 5 O effect
in ADP IN prep 5 O in
January PROPN NNP pobj 7 B-DATE January _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Secretary PROPN NNP nmod 17 O Secretary
for ADP IN prep 11 O for
Transport PROPN NNP nmod 17 B-ORG Transport
and CCONJ CC cc 13 I-ORG and
Logistics PROPN NNP conj 13 I-ORG Logistics
Mable PROPN NNP compound 17 I-ORG Mable
Chan PROPN NNP nsubj 18 I-ORG Chan
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 23 O we
have AUX VBP aux 23 O have
listened VERB VBN ccomp 29 O listen
to ADP IN prep 23 O to
passengers NOUN NNS pobj 24 O passenger _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Chan PROPN NNP nsubj 29 B-PERSON Chan
added VERB VBD ROOT 29 O add _
. PUNCT . punct 29 O . _
"""
# "The law is clear," Secretary for Security Chris Tang said.
_SECURITY = """
" PUNCT `` punct 12 O " _
The DET DT det 2 O the
law NOUN NN nsubj 3 O law
is AUX VBZ ccomp 12 O be
clear ADJ JJ acomp 3 O clear _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Secretary PROPN NNP nmod 11 O Secretary
for ADP IN prep 7 O for
Security PROPN NNP pobj 8 O Security
Chris PROPN NNP compound 11 B-PERSON Chris
Tang PROPN NNP nsubj 12 I-PERSON Tang
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""
# "Every bed is taken," said the Director for Grace Hospital.
_HOSPITAL = """
" PUNCT `` punct 7 O " _
Every DET DT det 2 O every
bed NOUN NN nsubjpass 4 O bed
is AUX VBZ auxpass 4 O be
taken VERB VBN ccomp 7 O take _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
Director PROPN NNP nsubj 7 O Director
for ADP IN prep 9 O for
Grace PROPN NNP compound 12 B-ORG Grace
Hospital PROPN NNP pobj 10 I-ORG Hospital _
. PUNCT . punct 7 O . _
"""




def test_a_holder_tagged_with_a_portfolio_of_two_briefs_has_the_title() -> None:
    title = "Secretary for Transport and Logistics"
    assert who_of(_TRANSPORT) == [("Mable Chan", title, "")] * 2


def test_a_holder_tagged_apart_keeps_the_title() -> None:
    assert who_of(_SECURITY) == [("Chris Tang", "Secretary for Security", "")]


def test_a_body_opened_by_a_given_name_stays_a_body() -> None:
    assert who_of(_HOSPITAL)[0][2] == "Grace Hospital"
