"""`The Tribune cited the commissioner as saying: “…”`: a paper that passes on another's words
with a verb of quoting and `as saying` is not who speaks, its object is; nor is it the body of
the one it quotes. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Tribune cited police commissioner Rajesh Kumar as saying: "No one will be spared."
_NAMED = """
The DET DT det 1 O the
Tribune PROPN NNP nsubj 2 B-ORG Tribune
cited VERB VBD ROOT 2 O cite
police NOUN NN compound 4 O police
commissioner NOUN NN compound 6 O commissioner
Rajesh PROPN NNP compound 6 B-PERSON Rajesh
Kumar PROPN NNP dobj 2 I-PERSON Kumar
as ADP IN prep 2 O as
saying VERB VBG pcomp 7 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
No DET DT det 12 O no
one NOUN NN nsubjpass 15 O one
will AUX MD aux 15 O will
be AUX VB auxpass 15 O be
spared VERB VBN ccomp 8 O spar _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""

# The Tribune quoted the commissioner as saying: "No one will be spared."
_DESCRIBED = """
The DET DT det 1 O the
Tribune PROPN NNP nsubj 2 B-ORG Tribune
quoted VERB VBD ROOT 2 O quote
the DET DT det 4 O the
commissioner NOUN NN dobj 2 O commissioner
as ADP IN prep 2 O as
saying VERB VBG pcomp 5 O say _
: PUNCT : punct 6 O :
" PUNCT `` punct 6 O " _
No DET DT det 10 O no
one NOUN NN nsubjpass 13 O one
will AUX MD aux 13 O will
be AUX VB auxpass 13 O be
spared VERB VBN ccomp 6 O spar _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""



def test_the_named_person_a_paper_cites_speaks() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Rajesh Kumar", "police commissioner", "")
    ]


def test_the_paper_is_not_the_body_of_the_one_it_quotes() -> None:
    rows = Extractor().rows(frozen(_DESCRIBED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("the commissioner", "commissioner", "")]
