"""`A bench of Justices Ravi Menon and Asha Rao said …. “…,” the bench observed`: a court's bench
stands for the two judges it is named by, one group whose name lists both (ROLES.md: several people
speaking jointly), and a later `the bench` for the same group, as Indian and Pakistani court reports
write them. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The High Court on Monday refused to stay the demolition of the market.  A bench of Justices Ravi
# Menon and Asha Rao said the structures were "patently illegal". "Encroachment on public land
# cannot be regularised by the passage of time," the bench observed.
_BENCH = """
The DET DT det 2 B-ORG the
High PROPN NNP compound 2 I-ORG High
Court PROPN NNP nsubj 5 I-ORG Court
on ADP IN prep 5 O on
Monday PROPN NNP pobj 3 B-DATE Monday
refused VERB VBD ROOT 5 O refuse
to PART TO aux 7 O to
stay VERB VB xcomp 5 O stay
the DET DT det 9 O the
demolition NOUN NN dobj 7 O demolition
of ADP IN prep 9 O of
the DET DT det 12 O the
market NOUN NN pobj 10 O market _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
A DET DT det 16 O a
bench NOUN NN nsubj 24 O bench
of ADP IN prep 16 O of
Justices PROPN NNPS compound 20 O Justices
Ravi PROPN NNP compound 20 B-PERSON Ravi
Menon PROPN NNP pobj 17 I-PERSON Menon
and CCONJ CC cc 20 O and
Asha PROPN NNP compound 23 B-PERSON Asha
Rao PROPN NNP conj 20 I-PERSON Rao
said VERB VBD ROOT 24 O say
the DET DT det 26 O the
structures NOUN NNS nsubj 27 O structure
were AUX VBD ccomp 24 O be
" PUNCT `` punct 30 O " _
patently ADV RB advmod 30 O patently
illegal ADJ JJ acomp 27 O illegal _
" PUNCT '' punct 27 O " _
. PUNCT . punct 24 O .
" PUNCT `` punct 41 O " _
Encroachment NOUN NN nsubjpass 41 O encroachment
on ADP IN prep 34 O on
public ADJ JJ amod 37 O public
land NOUN NN pobj 35 O land
can AUX MD aux 41 O can _
not PART RB neg 41 O not
be AUX VB auxpass 41 O be
regularised VERB VBN ccomp 51 O regularise
by ADP IN agent 41 O by
the DET DT det 44 O the
passage NOUN NN pobj 42 O passage
of ADP IN prep 44 O of
time NOUN NN pobj 45 O time _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
the DET DT det 50 O the
bench NOUN NN nsubj 51 O bench
observed VERB VBD ROOT 51 O observe _
. PUNCT . punct 51 O . _
"""


def test_a_bench_and_the_bench_are_its_two_judges() -> None:
    rows = Extractor().rows(frozen(_BENCH))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Ravi Menon; Asha Rao", "Justice"),
        ("Ravi Menon; Asha Rao", "Justice"),
    ]
    assert rows[0].speaker_id == rows[1].speaker_id
