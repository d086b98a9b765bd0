"""`The Mayor: “Is that seconded?”`, `The defendant: “…”`: a lead-in that is nothing but `the`
and a noun for a person, then a colon, labels who speaks, as council minutes and court reports
set out an exchange; `The result: “…”` names no one. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Mayor: "Is that seconded? We have other business to get through tonight."
_MAYOR = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 4 O Mayor _
: PUNCT : punct 1 O :
" PUNCT `` punct 4 O " _
Is AUX VBZ ROOT 4 O be
that PRON DT nsubj 6 O that
seconded ADJ JJ acomp 4 O seconded _
? PUNCT . punct 4 O ?
We PRON PRP nsubj 9 O we
have VERB VBP ROOT 9 O have
other ADJ JJ amod 11 O other
business NOUN NN dobj 9 O business
to PART TO aux 13 O to
get VERB VB relcl 11 O get
through ADP IN prep 13 O through
tonight NOUN NN pobj 14 B-TIME tonight _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

# The defendant: "I was not there that night, sir."
_DEFENDANT = """
The DET DT det 1 O the
defendant NOUN NN ROOT 1 O defendant _
: PUNCT : punct 1 O :
" PUNCT `` punct 1 O " _
I PRON PRP nsubj 5 O I
was AUX VBD acl 1 O be
not PART RB neg 5 O not
there ADV RB advmod 5 O there
that DET DT det 9 O that
night NOUN NN npadvmod 5 O night _
, PUNCT , punct 9 O ,
sir PROPN NNP npadvmod 5 O sir _
. PUNCT . punct 1 O . _
" PUNCT '' punct 1 O " _
"""

# The result: "Nobody was hurt in the fire."
_RESULT = """
The DET DT det 1 O the
result NOUN NN ROOT 1 O result _
: PUNCT : punct 1 O :
" PUNCT `` punct 1 O " _
Nobody PRON NN nsubjpass 6 O nobody
was AUX VBD auxpass 6 O be
hurt VERB VBN acl 1 O hurt
in ADP IN prep 6 O in
the DET DT det 9 O the
fire NOUN NN pobj 7 O fire _
. PUNCT . punct 1 O . _
" PUNCT '' punct 1 O " _
"""


def test_the_mayor_before_a_colon_speaks() -> None:
    rows = Extractor().rows(frozen(_MAYOR))
    assert [(r.speaker, r.role, r.sieve) for r in rows] == [("The Mayor", "Mayor", "colon-lead-in")]


def test_the_defendant_before_a_colon_speaks() -> None:
    rows = Extractor().rows(frozen(_DEFENDANT))
    assert [r.speaker for r in rows] == ["The defendant"]


def test_a_thing_before_a_colon_is_no_speaker() -> None:
    rows = Extractor().rows(frozen(_RESULT))
    assert [r.speaker for r in rows] == [""]
