"""Words in capitals closed by the trade a company sells (models/trade_name_words.txt) set beside a
noun that can name a person's trade as well as a firm (`The contractor, Kaveri Infra Projects,`)
are the company's name, no person's, so `Its chief executive, X,` next works for it. Frozen parse
of a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The contractor, Kaveri Infra Projects, said in a statement that it was cooperating. Its chief
# executive, Suresh Menon, said: “We regret the incident.”
_CONTRACTOR = """
The DET DT det 1 O the
contractor NOUN NN nsubj 7 O contractor _
, PUNCT , punct 1 O ,
Kaveri PROPN NNP compound 4 B-ORG Kaveri
Infra PROPN NNPS compound 5 I-ORG Infra
Projects PROPN NNPS appos 1 I-ORG Projects _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 7 O say
in ADP IN prep 7 O in
a DET DT det 10 O a
statement NOUN NN pobj 8 O statement
that SCONJ IN mark 14 O that
it PRON PRP nsubj 14 O it
was AUX VBD aux 14 O be
cooperating VERB VBG acl 10 O cooperate _
. PUNCT . punct 7 O .
Its PRON PRP$ poss 18 O its
chief ADJ JJ amod 18 O chief
executive NOUN NN nsubj 23 O executive _
, PUNCT , punct 18 O ,
Suresh PROPN NNP compound 21 B-PERSON Suresh
Menon PROPN NNP appos 18 I-PERSON Menon _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 23 O say _
: PUNCT : punct 23 O :
“ PUNCT `` punct 23 O " _
We PRON PRP nsubj 27 O we
regret VERB VBP ccomp 23 O regret
the DET DT det 29 O the
incident NOUN NN dobj 27 O incident _
. PUNCT . punct 23 O . _
” PUNCT '' punct 23 O " _
"""


def test_a_company_named_by_its_trade_beside_a_trade_noun_is_no_person() -> None:
    rows = Extractor().rows(frozen(_CONTRACTOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Suresh Menon", "chief executive", "Kaveri Infra Projects")
    ]
