"""`lawmaker` and `legislator` are one job: `the lawmaker said` after `Legislator Kenneth Chau
said …` is he, not a lawmaker the story names later (nor `the legislator` after `Lawmaker Amy Lo`
the legislator named before her). Frozen parse of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Legislator Kenneth Chau said drivers would switch tunnels. "You will simply move the jam," the
# lawmaker said. Lawmaker Amy Lo said fares were high. "It is unfair," the legislator said.
_LAWMAKERS = """
Legislator PROPN NNP compound 2 O Legislator
Kenneth PROPN NNP compound 2 B-PERSON Kenneth
Chau PROPN NNP nsubj 3 I-PERSON Chau
said VERB VBD ROOT 3 O say
drivers NOUN NNS nsubj 6 O driver
would AUX MD aux 6 O would
switch VERB VB ccomp 3 O switch
tunnels NOUN NNS dobj 6 O tunnel _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
You PRON PRP nsubj 13 O you
will AUX MD aux 13 O will
simply ADV RB advmod 13 O simply
move VERB VB ccomp 20 O move
the DET DT det 15 O the
jam NOUN NN dobj 13 O jam _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
lawmaker NOUN NN nsubj 20 O lawmaker
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O .
Lawmaker NOUN NN compound 24 O lawmaker
Amy PROPN NNP compound 24 B-PERSON Amy
Lo PROPN NNP nsubj 25 I-PERSON Lo
said VERB VBD ROOT 25 O say
fares NOUN NNS nsubj 27 O fare
were AUX VBD ccomp 25 O be
high ADJ JJ acomp 27 O high _
. PUNCT . punct 25 O .
" PUNCT `` punct 38 O " _
It PRON PRP nsubj 32 O it
is AUX VBZ ccomp 38 O be
unfair ADJ JJ acomp 32 O unfair _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
the DET DT det 37 O the
legislator NOUN NN nsubj 38 O legislator
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_lawmaker_and_legislator_are_one_job() -> None:
    rows = Extractor().rows(frozen(_LAWMAKERS))
    assert [r.speaker for r in rows] == ["Kenneth Chau", "Amy Lo"]
