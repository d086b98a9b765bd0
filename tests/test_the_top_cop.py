"""`Commissioner of Police X said … "…," the top cop said` (Caribbean, Indian and tabloid house
style, issue 10), from a frozen parse of a sentence written for this file: `cop`, the police's
everyday noun, stands for the one person the article gives a police rank, as `the officer` does,
not for someone new."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_TOP_COP = """
Commissioner PROPN NNP nsubj 5 O Commissioner
of ADP IN prep 0 O of
Police PROPN NNP compound 4 O Police
Gary PROPN NNP compound 4 B-PERSON Gary
Rampersad PROPN NNP pobj 1 I-PERSON Rampersad
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
search NOUN NN nsubj 9 O search
would AUX MD aux 9 O would
go VERB VB ccomp 5 O go
on ADP RP prt 9 O on _
. PUNCT . punct 5 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
not PART RB neg 16 O not
rest VERB VB ccomp 26 O rest
until SCONJ IN mark 20 O until
they PRON PRP nsubjpass 20 O they
are AUX VBP auxpass 20 O be
found VERB VBN advcl 16 O find _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
top ADJ JJ amod 25 O top
cop NOUN NN nsubj 26 O cop
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_the_top_cop_is_the_commissioner_of_police() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_TOP_COP))]
    assert rows == [("Gary Rampersad", "Commissioner of Police")]
