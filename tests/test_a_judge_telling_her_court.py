"""A judge's organisation is the court their own clause names where they speak (`Judge Orla Crowe
told Dublin Circuit Criminal Court`; ROLES.md 5's `at`, `to`); a barrister telling the same court
works for a client and gets none. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Judge Orla Crowe told Dublin Circuit Criminal Court that the landlord had shown "a callous
# disregard" for his tenants.
_A_JUDGE_TELLING_HER_COURT = """
Judge PROPN NNP compound 2 O Judge
Orla PROPN NNP compound 2 B-PERSON Orla
Crowe PROPN NNP nsubj 3 I-PERSON Crowe
told VERB VBD ROOT 3 O tell
Dublin PROPN NNP compound 5 B-ORG Dublin
Circuit PROPN NNP compound 7 I-ORG Circuit
Criminal PROPN NNP compound 7 I-ORG Criminal
Court PROPN NNP dobj 3 I-ORG Court
that SCONJ IN mark 12 O that
the DET DT det 10 O the
landlord NOUN NN nsubj 12 O landlord
had AUX VBD aux 12 O have
shown VERB VBN ccomp 3 O show
" PUNCT `` punct 12 O " _
a DET DT det 16 O a
callous ADJ JJ amod 16 O callous
disregard NOUN NN dobj 12 O disregard _
" PUNCT '' punct 16 O "
for ADP IN prep 16 O for
his PRON PRP$ poss 20 O his
tenants NOUN NNS pobj 18 O tenant _
. PUNCT . punct 3 O . _
"""


def test_a_judge_telling_a_court_sits_in_it() -> None:
    rows = Extractor().rows(frozen(_A_JUDGE_TELLING_HER_COURT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Orla Crowe", "Judge", "Dublin Circuit Criminal Court")
    ]


def test_a_barrister_telling_a_court_works_for_no_court() -> None:
    judge, counsel = "Judge PROPN NNP compound 2 O Judge", "Counsel PROPN NNP compound 2 O Counsel"
    spec = _A_JUDGE_TELLING_HER_COURT.replace(judge, counsel)
    rows = Extractor().rows(frozen(spec))
    assert [r.organization for r in rows] == [""]
