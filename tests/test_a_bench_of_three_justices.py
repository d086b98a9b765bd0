"""`A bench of Justices Surya Kant, Vikram Nath and Sanjay Karol said`: a court's bench named by
three judges or more is all of them, one group whose name lists every one (ROLES.md: several
people speaking jointly), as a bench of two already was; and the plural title before the first
name of such a list is the title of each name in it, the one set off by commas in the middle
too (before, the group was the first two alone, with no role, and the middle judge had no
title). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A bench of Justices Surya Kant, Vikram Nath and Sanjay Karol said: "We cannot overlook conduct
# of this kind." "The appeal is dismissed," the bench said.
_BENCH_OF_THREE = """
A DET DT det 1 O a
bench NOUN NN nsubj 12 O bench
of ADP IN prep 1 O of
Justices PROPN NNPS compound 5 O Justices
Surya PROPN NNP compound 5 B-PERSON Surya
Kant PROPN NNP pobj 2 I-PERSON Kant _
, PUNCT , punct 5 O ,
Vikram PROPN NNP compound 8 B-PERSON Vikram
Nath PROPN NNP conj 5 I-PERSON Nath
and CCONJ CC cc 8 O and
Sanjay PROPN NNP compound 11 B-PERSON Sanjay
Karol PROPN NNP conj 8 I-PERSON Karol
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 18 O we
can AUX MD aux 18 O can _
not PART RB neg 18 O not
overlook VERB VB ccomp 12 O overlook
conduct NOUN NN dobj 18 O conduct
of ADP IN prep 19 O of
this DET DT det 22 O this
kind NOUN NN pobj 20 O kind _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O "
" PUNCT `` punct 34 O " _
The DET DT det 27 O the
appeal NOUN NN nsubjpass 29 O appeal
is AUX VBZ auxpass 29 O be
dismissed VERB VBN ccomp 34 O dismiss _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
the DET DT det 33 O the
bench NOUN NN nsubj 34 O bench
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""

# A bench of Justices A. K. Rao, B. Nath and C. Karol said: "The delay is without excuse."
_BENCH_OF_INITIALS = """
A DET DT det 1 O a
bench NOUN NN nsubj 13 O bench
of ADP IN prep 1 O of
Justices PROPN NNPS compound 6 O Justices
A. PROPN NNP compound 6 B-PERSON A.
K. PROPN NNP compound 6 I-PERSON K.
Rao PROPN NNP pobj 2 I-PERSON Rao _
, PUNCT , punct 6 O ,
B. PROPN NNP compound 9 B-PERSON B.
Nath PROPN NNP conj 6 I-PERSON Nath
and CCONJ CC cc 9 O and
C. PROPN NNP compound 12 O C.
Karol PROPN NNP conj 9 O Karol
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
The DET DT det 17 O the
delay NOUN NN nsubj 18 O delay
is AUX VBZ ccomp 13 O be
without ADP IN prep 18 O without
excuse NOUN NN pobj 19 O excuse _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""

# Justices Surya Kant, Vikram Nath and Sanjay Karol heard the appeal on Monday. "The delay is
# without excuse," Nath said.
_MIDDLE_OF_THE_LIST = """
Justices NOUN NNS compound 2 O justice
Surya PROPN NNP compound 2 B-PERSON Surya
Kant PROPN NNP nsubj 9 I-PERSON Kant _
, PUNCT , punct 2 O ,
Vikram PROPN NNP compound 5 B-PERSON Vikram
Nath PROPN NNP appos 2 I-PERSON Nath
and CCONJ CC cc 5 O and
Sanjay PROPN NNP compound 8 B-PERSON Sanjay
Karol PROPN NNP conj 5 I-PERSON Karol
heard VERB VBD ROOT 9 O hear
the DET DT det 11 O the
appeal NOUN NN dobj 9 O appeal
on ADP IN prep 9 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 9 O .
" PUNCT `` punct 24 O " _
The DET DT det 17 O the
delay NOUN NN nsubj 18 O delay
is AUX VBZ ccomp 24 O be
without ADP IN prep 18 O without
excuse NOUN NN pobj 19 O excuse _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Nath PROPN NNP nsubj 24 O Nath
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_bench_of_three_justices_is_all_three() -> None:
    rows = Extractor().rows(frozen(_BENCH_OF_THREE))
    bench = ("Surya Kant; Vikram Nath; Sanjay Karol", "Justice", "")
    assert [(r.speaker, r.role, r.organization) for r in rows] == [bench, bench]


def test_a_bench_of_three_named_by_initials_is_all_three() -> None:
    rows = Extractor().rows(frozen(_BENCH_OF_INITIALS))
    assert [(r.speaker, r.role) for r in rows] == [("A. K. Rao; B. Nath; C. Karol", "Justice")]


def test_the_name_in_the_middle_of_a_list_shares_its_plural_title() -> None:
    rows = Extractor().rows(frozen(_MIDDLE_OF_THE_LIST))
    assert [(r.speaker, r.role) for r in rows] == [("Vikram Nath", "Justice")]
