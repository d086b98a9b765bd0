"""A minister's portfolio of many briefs listed with commas after `for` (`Minister for Children,
Equality, Disability, Integration and Youth Mary Byrne`: nine words after `for`, as Irish and other
governments name their departments) is the role whole; a portfolio stopped at eight words and the
title gave no role. A short one is read as before (`Minister for Roads and Highways Arvind Sethi`,
the name not taken into the brief). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister for Children, Equality, Disability, Integration and Youth Mary Byrne said: "The waiting
# lists are too long."
_CHILDREN = """
Minister PROPN NNP nsubj 13 O Minister
for ADP IN prep 0 O for
Children PROPN NNP pobj 1 O Children _
, PUNCT , punct 2 O ,
Equality PROPN NNP conj 2 O Equality _
, PUNCT , punct 4 O ,
Disability PROPN NNP conj 4 O Disability _
, PUNCT , punct 6 O ,
Integration PROPN NNP conj 6 O Integration
and CCONJ CC cc 8 O and
Youth PROPN NNP compound 12 O Youth
Mary PROPN NNP compound 12 B-PERSON Mary
Byrne PROPN NNP conj 8 I-PERSON Byrne
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
The DET DT det 18 O the
waiting NOUN NN compound 18 O waiting
lists NOUN NNS nsubj 19 O list
are AUX VBP ccomp 13 O be
too ADV RB advmod 21 O too
long ADJ JJ acomp 19 O long _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


# "The bypass will open in June," said Minister for Roads and Highways Arvind Sethi.
_ROADS = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
bypass NOUN NN nsubj 4 O bypass
will AUX MD aux 4 O will
open VERB VB ccomp 9 O open
in ADP IN prep 4 O in
June PROPN NNP pobj 5 B-DATE June _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Minister PROPN NNP nsubj 9 O Minister
for ADP IN prep 10 O for
Roads PROPN NNPS pobj 11 O Roads
and CCONJ CC cc 12 O and
Highways PROPN NNP compound 16 O Highways
Arvind PROPN NNP compound 16 B-PERSON Arvind
Sethi PROPN NNP conj 12 I-PERSON Sethi _
. PUNCT . punct 9 O . _
"""


def test_a_portfolio_of_nine_words_is_the_role() -> None:
    rows = Extractor().rows(frozen(_CHILDREN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mary Byrne", "Minister for Children, Equality, Disability, Integration and Youth", "")
    ]


def test_a_short_portfolio_stops_before_the_name() -> None:
    rows = Extractor().rows(frozen(_ROADS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Arvind Sethi", "Minister for Roads and Highways", "")
    ]
