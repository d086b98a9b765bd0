"""`Sergeant 14 B said`, `said Police-constable 212 K.`: older British court reports give a
police officer by the rank, the collar number and the division's letter. Those name no one: the
speaker is an unnamed officer whose role is the rank alone, with no body (before, the letter or
the whole was the speaker, read as a product, a person or a body). A number of something after
a rank (`Sergeant 14 years ago`) is no collar number. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Sergeant 14 B said: "I saw the prisoner strike the constable twice."
_SERGEANT_BEFORE = """
Sergeant NOUN NN compound 2 B-PRODUCT sergeant
14 NUM CD nummod 2 I-PRODUCT 14
B PROPN NNP nsubj 3 I-PRODUCT B
said VERB VBD ROOT 3 O say _
: PUNCT : punct 3 O :
" PUNCT `` punct 3 O " _
I PRON PRP nsubj 7 O I
saw VERB VBD ccomp 3 O see
the DET DT det 9 O the
prisoner NOUN NN nsubj 10 O prisoner
strike VERB VB ccomp 7 O strike
the DET DT det 12 O the
constable NOUN NN dobj 10 O constable
twice ADV RB advmod 10 O twice _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""

# "He was very violent when we took him," said Police-constable 212 K.
_CONSTABLE_AFTER = """
" PUNCT `` punct 11 O " _
He PRON PRP nsubj 2 O he
was AUX VBD ccomp 11 O be
very ADV RB advmod 4 O very
violent ADJ JJ acomp 2 O violent
when SCONJ WRB advmod 7 O when
we PRON PRP nsubj 7 O we
took VERB VBD advcl 2 O take
him PRON PRP dobj 7 O he _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Police PROPN NNP npadvmod 14 O Police _
- PUNCT HYPH punct 14 O - _
constable ADJ JJ amod 16 O constable
212 NUM CD nummod 16 B-CARDINAL 212
K. NOUN NN nsubj 11 B-NORP k. _
"""

# "The man was sober when I left him," added Constable 301 C, who had been on duty at the gate.
_CONSTABLE_ADDED = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
man NOUN NN nsubj 3 O man
was AUX VBD ccomp 11 O be
sober ADJ JJ acomp 3 O sober
when SCONJ WRB advmod 7 O when
I PRON PRP nsubj 7 O I
left VERB VBD advcl 3 O leave
him PRON PRP dobj 7 O he _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
added VERB VBD ROOT 11 O add
Constable PROPN NNP nsubj 11 B-LAW Constable
301 NUM CD nummod 14 I-LAW 301
C PROPN NNP nsubj 11 I-LAW C _
, PUNCT , punct 14 O ,
who PRON WP nsubj 18 O who
had AUX VBD aux 18 O have
been AUX VBN relcl 14 O be
on ADP IN prep 18 O on
duty NOUN NN pobj 19 O duty
at ADP IN prep 18 O at
the DET DT det 23 O the
gate NOUN NN pobj 21 O gate _
. PUNCT . punct 11 O . _
"""

# "He was drunk and quarrelsome," said Inspector 4.
_INSPECTOR_NO_LETTER = """
" PUNCT `` punct 8 O " _
He PRON PRP nsubj 2 O he
was AUX VBD ccomp 8 O be
drunk ADJ JJ acomp 2 O drunk
and CCONJ CC cc 3 O and
quarrelsome ADJ JJ conj 3 O quarrelsome _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Inspector PROPN NNP nsubj 8 O Inspector
4 NUM CD nummod 9 B-CARDINAL 4 _
. PUNCT . punct 8 O . _
"""


def test_a_sergeant_by_collar_number_before_the_verb_is_unnamed() -> None:
    rows = Extractor().rows(frozen(_SERGEANT_BEFORE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sergeant 14 B", "Sergeant", "")]


def test_a_hyphened_constable_by_collar_number_after_the_verb_is_unnamed() -> None:
    rows = Extractor().rows(frozen(_CONSTABLE_AFTER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Police-constable 212 K", "Police-constable", "")
    ]


def test_a_constable_by_collar_number_before_a_clause_is_unnamed() -> None:
    rows = Extractor().rows(frozen(_CONSTABLE_ADDED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Constable 301 C", "Constable", "")]


def test_a_collar_number_without_its_letter_is_still_no_name() -> None:
    rows = Extractor().rows(frozen(_INSPECTOR_NO_LETTER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Inspector 4", "Inspector", "")]
