"""`A bench of Justices Smith, Brown and Jones said …`: a title in the plural before a list of
surnames, set apart by commas and `and`, is the title of each, and each is a person, whatever the
tagger made of them: it leaves the first surname, right after the title, untagged (so the bench
was no group, and a later `Smith said` had no role), and may call the others places or bodies
(`Justices Mehta, Qureshi and Naidu`). Now the bench is all of them, one group (ROLES.md: several
people speaking jointly), and the first of the list is a justice. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A bench of Justices Smith, Brown and Jones said the appeal was out of time. "The delay has not
# been explained," the bench said.
_BENCH = """
A DET DT det 1 O a
bench NOUN NN nsubj 9 O bench
of ADP IN prep 1 O of
Justices PROPN NNPS compound 4 O Justices
Smith PROPN NNP pobj 2 O Smith _
, PUNCT , punct 4 O ,
Brown PROPN NNP conj 4 B-PERSON Brown
and CCONJ CC cc 6 O and
Jones PROPN NNP conj 6 B-PERSON Jones
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
appeal NOUN NN nsubj 12 O appeal
was AUX VBD ccomp 9 O be
out ADP IN prep 12 O out
of ADP IN prep 13 O of
time NOUN NN pobj 14 O time _
. PUNCT . punct 9 O .
" PUNCT `` punct 28 O " _
The DET DT det 19 O the
delay NOUN NN nsubjpass 23 O delay
has AUX VBZ aux 23 O have
not PART RB neg 23 O not
been AUX VBN auxpass 23 O be
explained VERB VBN ccomp 28 O explain _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
bench NOUN NN nsubj 28 O bench
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# A bench of Justices Smith, Brown and Jones heard the appeal on Monday. "The delay has not been
# explained," Smith said.
_FIRST = """
A DET DT det 1 O a
bench NOUN NN nsubj 9 O bench
of ADP IN prep 1 O of
Justices PROPN NNPS compound 4 O Justices
Smith PROPN NNP pobj 2 O Smith _
, PUNCT , punct 4 O ,
Brown PROPN NNP conj 4 B-PERSON Brown
and CCONJ CC cc 6 O and
Jones PROPN NNP conj 6 B-PERSON Jones
heard VERB VBD ROOT 9 O hear
the DET DT det 11 O the
appeal NOUN NN dobj 9 O appeal
on ADP IN prep 9 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 9 O .
" PUNCT `` punct 25 O " _
The DET DT det 17 O the
delay NOUN NN nsubjpass 21 O delay
has AUX VBZ aux 21 O have
not PART RB neg 21 O not
been AUX VBN auxpass 21 O be
explained VERB VBN ccomp 25 O explain _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Smith PROPN NNP nsubj 25 B-PERSON Smith
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# A bench of Justices Mehta, Qureshi and Naidu said the tribunal had exceeded its powers. "The
# order cannot stand," the bench said.
_MISTAGGED = """
A DET DT det 1 O a
bench NOUN NN nsubj 9 O bench
of ADP IN prep 1 O of
Justices PROPN NNPS compound 4 B-PERSON Justices
Mehta PROPN NNP pobj 2 I-PERSON Mehta _
, PUNCT , punct 4 O ,
Qureshi PROPN NNP conj 4 B-GPE Qureshi
and CCONJ CC cc 6 O and
Naidu PROPN NNP conj 6 B-ORG Naidu
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
tribunal NOUN NN nsubj 13 O tribunal
had AUX VBD aux 13 O have
exceeded VERB VBN ccomp 9 O exceed
its PRON PRP$ poss 15 O its
powers NOUN NNS dobj 13 O power _
. PUNCT . punct 9 O .
" PUNCT `` punct 27 O " _
The DET DT det 19 O the
order NOUN NN nsubj 22 O order
can AUX MD aux 22 O can _
not PART RB neg 22 O not
stand VERB VB ccomp 27 O stand _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
bench NOUN NN nsubj 27 O bench
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_bench_is_every_surname_listed() -> None:
    assert _rows(_BENCH) == [("Smith; Brown; Jones", "Justice")]


def test_the_first_surname_after_the_title_is_a_justice() -> None:
    assert _rows(_FIRST) == [("Smith", "Justice")]


def test_surnames_the_tagger_took_for_a_place_and_a_body_are_the_bench() -> None:
    assert [speaker for speaker, _ in _rows(_MISTAGGED)] == ["Mehta; Qureshi; Naidu"]
