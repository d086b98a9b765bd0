"""`Celtic have parted company with their manager. “…,” the Club said.`: clubs and companies write
their own noun in capitals in their statements (`the Club`, `the Company`), and a plain article
copied from one keeps it. The tagger reads it as a body of its own, so the club spoke as *Club*;
it is the description `the club`, which names the story's club (or company). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Celtic have parted company with their manager. "We thank him for his service," the Club said in
# a statement.
_CLUB = """
Celtic ADJ JJ nsubj 2 B-ORG celtic
have AUX VBP aux 2 O have
parted VERB VBN ROOT 2 O part
company NOUN NN dobj 2 O company
with ADP IN prep 3 O with
their PRON PRP$ poss 6 O their
manager NOUN NN pobj 4 O manager _
. PUNCT . punct 2 O .
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 10 O we
thank VERB VBP ccomp 19 O thank
him PRON PRP dobj 10 O he
for ADP IN prep 10 O for
his PRON PRP$ poss 14 O his
service NOUN NN pobj 12 O service _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
the DET DT det 18 O the
Club PROPN NNP nsubj 19 B-ORG Club
said VERB VBD ROOT 19 O say
in ADP IN prep 19 O in
a DET DT det 22 O a
statement NOUN NN pobj 20 O statement _
. PUNCT . punct 19 O . _
"""

# Safaricom PLC reported higher profits on Thursday. "We are pleased with the results," the
# Company said.
_COMPANY = """
Safaricom PROPN NNP compound 1 B-ORG Safaricom
PLC PROPN NNP nsubj 2 I-ORG PLC
reported VERB VBD ROOT 2 O report
higher ADJ JJR amod 4 O high
profits NOUN NNS dobj 2 O profit
on ADP IN prep 2 O on
Thursday PROPN NNP pobj 5 B-DATE Thursday _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 10 O we
are AUX VBP ccomp 19 O be
pleased ADJ JJ acomp 10 O pleased
with ADP IN prep 11 O with
the DET DT det 14 O the
results NOUN NNS pobj 12 O result _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
the DET DT det 18 O the
Company PROPN NNP nsubj 19 B-ORG Company
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_the_club_in_capitals_is_the_storys_club() -> None:
    rows = Extractor().rows(frozen(_CLUB))
    assert [(r.speaker, r.organization) for r in rows] == [("Celtic", "Celtic")]


def test_the_company_in_capitals_is_the_storys_company() -> None:
    rows = Extractor().rows(frozen(_COMPANY))
    assert [(r.speaker, r.organization) for r in rows] == [("Safaricom PLC", "Safaricom PLC")]
