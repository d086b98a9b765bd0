"""`The Duke of Lenton said`, `said the Duke of Wellington`: a title of rank in capitals after `the`
and before its place's `of` (a peer's, a prince's) describes its holder as `the Mayor of London`
does, though the parser calls the title a proper noun (`the Earl of Derby` too, though `Earl` is
no title before a surname, being a given name): the mention is the whole phrase, not the
title alone as a one-word name; the place is the title's, no employer (models/offices.txt), and
`the duke` after it is the same person (models/role_nouns.txt). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Duke of Lenton said: "We must act." The duke added that the closure was "a scandal".
_DUKE = """
The DET DT det 1 O the
Duke PROPN NNP nsubj 4 O Duke
of ADP IN prep 1 O of
Lenton PROPN NNP pobj 2 B-PERSON Lenton
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
We PRON PRP nsubj 9 O we
must AUX MD aux 9 O must
act VERB VB ccomp 4 O act _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O "
The DET DT det 13 O the
duke NOUN NN nsubj 14 O duke
added VERB VBD ROOT 14 O add
that SCONJ IN mark 18 O that
the DET DT det 17 O the
closure NOUN NN nsubj 18 O closure
was AUX VBD ccomp 14 O be
" PUNCT `` punct 18 O " _
a DET DT det 21 O a
scandal NOUN NN attr 18 O scandal _
" PUNCT '' punct 18 O " _
. PUNCT . punct 14 O . _
"""

# "The noble Lord is mistaken," said the Duke of Wellington.
_AFTER_THE_QUOTE = """
" PUNCT `` punct 8 O " _
The DET DT det 3 O the
noble ADJ JJ amod 3 O noble
Lord PROPN NNP nsubj 4 O Lord
is AUX VBZ ccomp 8 O be
mistaken ADJ JJ acomp 4 O mistaken _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
Duke PROPN NNP nsubj 8 O Duke
of ADP IN prep 10 O of
Wellington PROPN NNP pobj 11 B-GPE Wellington _
. PUNCT . punct 8 O . _
"""

# The Prince of Wales said: "We must protect the hedgerows."
_PRINCE = """
The DET DT det 1 O the
Prince PROPN NNP nsubj 4 O Prince
of ADP IN prep 1 O of
Wales PROPN NNP pobj 2 O Wales
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
We PRON PRP nsubj 9 O we
must AUX MD aux 9 O must
protect VERB VB ccomp 4 O protect
the DET DT det 11 O the
hedgerows NOUN NNS dobj 9 O hedgerow _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""

# The Earl of Derby said: "I cannot support the bill in its present form."
_EARL = """
The DET DT det 1 O the
Earl PROPN NNP nsubj 4 O Earl
of ADP IN prep 1 O of
Derby PROPN NNP pobj 2 B-ORG Derby
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
I PRON PRP nsubj 10 O I
can AUX MD aux 10 O can _
not PART RB neg 10 O not
support VERB VB ccomp 4 O support
the DET DT det 12 O the
bill NOUN NN dobj 10 O bill
in ADP IN prep 10 O in
its PRON PRP$ poss 16 O its
present ADJ JJ amod 16 O present
form NOUN NN pobj 13 O form _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


def test_the_duke_of_a_place_and_the_duke_are_one_speaker() -> None:
    rows = Extractor().rows(frozen(_DUKE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("The Duke of Lenton", "Duke of Lenton", "")
    ] * 2


def test_the_duke_after_the_quote_and_his_place_no_employer() -> None:
    rows = Extractor().rows(frozen(_AFTER_THE_QUOTE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("the Duke of Wellington", "Duke of Wellington", "")
    ]


def test_the_prince_of_a_place_is_no_one_word_name() -> None:
    rows = Extractor().rows(frozen(_PRINCE))
    assert [(r.speaker, r.role) for r in rows] == [("The Prince of Wales", "Prince of Wales")]


def test_the_earl_of_a_place_is_no_one_word_name() -> None:
    rows = Extractor().rows(frozen(_EARL))
    assert [(r.speaker, r.role) for r in rows] == [("The Earl of Derby", "Earl of Derby")]
