"""`Colleges and Universities Minister X`, `Schools Minister X`: an education ministry split by
level names its portfolios so (models/portfolios.txt); none is the minister's body. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Students deserve certainty," Colleges and Universities Minister Nolan Quinn told reporters.
_COLLEGES = """
" PUNCT `` punct 12 O " _
Students NOUN NNS nsubj 2 O student
deserve VERB VBP ccomp 12 O deserve
certainty NOUN NN dobj 2 O certainty _
, PUNCT , punct 3 O , _
" PUNCT '' punct 12 O "
Colleges PROPN NNP nmod 11 O Colleges
and CCONJ CC cc 6 O and
Universities PROPN NNPS compound 9 O Universities
Minister PROPN NNP conj 6 O Minister
Nolan PROPN NNP compound 11 B-PERSON Nolan
Quinn PROPN NNP nsubj 12 I-PERSON Quinn
told VERB VBD ROOT 12 O tell
reporters NOUN NNS dobj 12 O reporter _
. PUNCT . punct 12 O . _
"""

# Schools Minister Catherine Dale said: "Every child counts."
_SCHOOLS = """
Schools PROPN NNP compound 1 O Schools
Minister PROPN NNP compound 3 O Minister
Catherine PROPN NNP compound 3 B-PERSON Catherine
Dale PROPN NNP nsubj 4 I-PERSON Dale
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
Every DET DT det 8 O every
child NOUN NN nsubj 9 O child
counts VERB VBZ ccomp 4 O count _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


def test_colleges_and_universities_is_the_ministers_portfolio() -> None:
    rows = Extractor().rows(frozen(_COLLEGES))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Nolan Quinn", "Colleges and Universities Minister", "")
    ]


def test_schools_is_a_portfolio() -> None:
    rows = Extractor().rows(frozen(_SCHOOLS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Catherine Dale", "Schools Minister", "")]
