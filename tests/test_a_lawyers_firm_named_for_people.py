"""A name the tagger calls a person's, set off after a lawyer with `, of`, is the law firm the
lawyer works for (firms are named for their founders): `Solicitor Mark Doyle, of Slater and
Gordon,`; not a place (`of Brisbane`). Frozen parse of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Solicitor Mark Doyle, of Slater and Gordon, who acted for the workers, said the payout was
# "a fair outcome".
_FIRM = """
Solicitor PROPN NNP compound 2 O Solicitor
Mark PROPN NNP compound 2 B-PERSON Mark
Doyle PROPN NNP nsubj 15 I-PERSON Doyle _
, PUNCT , punct 2 O ,
of ADP IN prep 2 O of
Slater PROPN NNP pobj 4 B-PERSON Slater
and CCONJ CC cc 5 O and
Gordon PROPN NNP conj 5 B-PERSON Gordon _
, PUNCT , punct 2 O ,
who PRON WP nsubj 10 O who
acted VERB VBD relcl 2 O act
for ADP IN prep 10 O for
the DET DT det 13 O the
workers NOUN NNS pobj 11 O worker _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
payout NOUN NN nsubj 18 O payout
was AUX VBD ccomp 15 O be
" PUNCT `` punct 18 O " _
a DET DT det 22 O a
fair ADJ JJ amod 22 O fair
outcome NOUN NN attr 18 O outcome _
" PUNCT '' punct 22 O " _
. PUNCT . punct 15 O . _
"""

# Lawyer Hannah Price, of Brisbane, who represented the growers, said the ruling was "a long
# overdue win".
_TOWN = """
Lawyer PROPN NNP compound 2 B-PERSON Lawyer
Hannah PROPN NNP compound 2 I-PERSON Hannah
Price PROPN NNP nsubj 12 I-PERSON Price _
, PUNCT , punct 2 O ,
of ADP IN prep 2 O of
Brisbane PROPN NNP pobj 4 B-GPE Brisbane _
, PUNCT , punct 5 O ,
who PRON WP nsubj 8 O who
represented VERB VBD relcl 5 O represent
the DET DT det 10 O the
growers NOUN NNS dobj 8 O grower _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
ruling NOUN NN nsubj 15 O ruling
was AUX VBD ccomp 12 O be
" PUNCT `` punct 15 O " _
a DET DT det 20 O a
long ADJ JJ amod 19 O long
overdue ADJ JJ amod 20 O overdue
win NOUN NN attr 15 O win _
" PUNCT '' punct 15 O " _
. PUNCT . punct 12 O . _
"""


def test_a_firm_named_for_people_after_a_solicitor() -> None:
    rows = Extractor().rows(frozen(_FIRM))
    expected = [("Mark Doyle", "Solicitor", "Slater and Gordon")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected


def test_a_town_after_a_lawyer_is_no_firm() -> None:
    rows = Extractor().rows(frozen(_TOWN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Hannah Price", "Lawyer", "")]
