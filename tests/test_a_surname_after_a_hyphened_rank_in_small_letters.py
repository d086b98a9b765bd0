"""`Police-constable GREEN said`: older British court reports join the force's word to the rank by a
hyphen and print the surname alone in capitals, which the tagger takes for a body. The surname is
the officer, the hyphened rank whole is the role (as with a given name, `Police-constable John
Green`), and `Police` names no force. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Police-constable GREEN said he found the prisoner lying across the footway. "He refused to go
# home and struck at me twice," said the constable.
_CONSTABLE = """
Police NOUN NN npadvmod 2 O police _
- PUNCT HYPH punct 2 O - _
constable ADJ JJ amod 3 O constable
GREEN PROPN NNP nsubj 4 B-ORG GREEN
said VERB VBD ROOT 4 O say
he PRON PRP nsubj 6 O he
found VERB VBD ccomp 4 O find
the DET DT det 8 O the
prisoner NOUN NN nsubj 9 O prisoner
lying VERB VBG ccomp 6 O lie
across ADP IN prep 9 O across
the DET DT det 12 O the
footway NOUN NN pobj 10 O footway _
. PUNCT . punct 4 O .
" PUNCT `` punct 27 O " _
He PRON PRP nsubj 16 O he
refused VERB VBD ccomp 27 O refuse
to PART TO aux 18 O to
go VERB VB xcomp 16 O go
home ADV RB advmod 18 O home
and CCONJ CC cc 18 O and
struck VERB VBD conj 18 O strike
at ADP IN prep 21 O at
me PRON PRP pobj 22 O I
twice ADV RB advmod 21 O twice _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
the DET DT det 29 O the
constable NOUN NN nsubj 27 O constable _
. PUNCT . punct 27 O . _
"""

# Police-sergeant WHITE said the prisoner was well known. "He has been convicted eleven times for
# the same offence," said Police-sergeant WHITE.
_SERGEANT = """
Police NOUN NN compound 2 O police _
- PUNCT HYPH punct 2 O - _
sergeant NOUN NN compound 3 O sergeant
WHITE PROPN NNP nsubj 4 B-ORG WHITE
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
prisoner NOUN NN nsubj 7 O prisoner
was AUX VBD ccomp 4 O be
well ADV RB advmod 9 O well
known VERB VBN acomp 7 O know _
. PUNCT . punct 4 O .
" PUNCT `` punct 24 O " _
He PRON PRP nsubjpass 15 O he
has AUX VBZ aux 15 O have
been AUX VBN auxpass 15 O be
convicted VERB VBN ccomp 24 O convict
eleven NUM CD nummod 17 B-CARDINAL eleven
times NOUN NNS npadvmod 15 O time
for ADP IN prep 15 O for
the DET DT det 21 O the
same ADJ JJ amod 21 O same
offence NOUN NN pobj 18 O offence _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
Police PROPN NNP compound 27 O Police _
- PUNCT HYPH punct 27 O - _
sergeant NOUN NN compound 28 O sergeant
WHITE PROPN NNP nsubj 24 B-ORG WHITE _
. PUNCT . punct 24 O . _
"""


def test_a_constables_surname_in_capitals_after_his_hyphened_rank() -> None:
    rows = Extractor().rows(frozen(_CONSTABLE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("GREEN", "Police-constable", "")]


def test_a_sergeant_named_so_twice() -> None:
    rows = Extractor().rows(frozen(_SERGEANT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("WHITE", "Police-sergeant", "")]
