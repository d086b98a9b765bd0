"""`The Clerk said` in council minutes: an office in capitals, alone after `the`, that the
tagger takes for a one-word name is a description of the officer (speaker *The Clerk*, role
*Clerk*), as `The Mayor said` is; nobody is named `Clerk`. It is not linked to anyone named
before. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Councillor Evans moved the minutes. The Clerk said "the accounts are in order". "We have checked
# every line," the Clerk said.
_CLERK = """
Councillor PROPN NNP compound 1 B-ORG Councillor
Evans PROPN NNP nsubj 2 I-ORG Evans
moved VERB VBD ROOT 2 O move
the DET DT det 4 O the
minutes NOUN NNS dobj 2 O minute _
. PUNCT . punct 2 O .
The DET DT det 7 O the
Clerk PROPN NNP nsubj 8 B-PERSON Clerk
said VERB VBD ROOT 8 O say
" PUNCT `` punct 8 O " _
the DET DT det 11 O the
accounts NOUN NNS nsubj 12 O account
are AUX VBP ccomp 8 O be
in ADP IN prep 12 O in
order NOUN NN pobj 13 O order _
" PUNCT '' punct 12 O " _
. PUNCT . punct 8 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 20 O we
have AUX VBP aux 20 O have
checked VERB VBN ccomp 27 O check
every DET DT det 22 O every
line NOUN NN dobj 20 O line _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
Clerk PROPN NNP nsubj 27 B-PERSON Clerk
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# The Treasurer said "the bank has confirmed the balance of the fund".
_TREASURER = """
The DET DT det 1 O the
Treasurer PROPN NNP nsubj 2 B-PERSON Treasurer
said VERB VBD ROOT 2 O say
" PUNCT `` punct 2 O " _
the DET DT det 5 O the
bank NOUN NN nsubj 7 O bank
has AUX VBZ aux 7 O have
confirmed VERB VBN ccomp 2 O confirm
the DET DT det 9 O the
balance NOUN NN dobj 7 O balance
of ADP IN prep 9 O of
the DET DT det 12 O the
fund NOUN NN pobj 10 O fund _
" PUNCT '' punct 7 O " _
. PUNCT . punct 2 O . _
"""


def test_the_clerk_tagged_a_name_is_the_officer_described() -> None:
    rows = Extractor().rows(frozen(_CLERK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("The Clerk", "Clerk", "")] * 2


def test_the_treasurer_tagged_a_name_is_the_officer_described() -> None:
    rows = Extractor().rows(frozen(_TREASURER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("The Treasurer", "Treasurer", "")]
