"""`Alderman` says no gender: in Britain and Ireland a woman is an alderman too, so `she said`
after `Alderman Joan McKee` is her. A frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tom Reid said the plan was dead. "It is over," he said.
#
# Alderman Joan McKee, who chairs the planning committee, said she backed the plan. "Nobody
# wants this," she said.
_ALDERMAN = """
Tom PROPN NNP compound 1 B-PERSON Tom
Reid PROPN NNP nsubj 2 I-PERSON Reid
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
plan NOUN NN nsubj 5 O plan
was AUX VBD ccomp 2 O be
dead ADJ JJ acomp 5 O dead _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ccomp 15 O be
over ADV RB advmod 10 O over _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
he PRON PRP nsubj 15 O he
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
Alderman PROPN NNP compound 20 O Alderman
Joan PROPN NNP compound 20 B-PERSON Joan
McKee PROPN NNP nsubj 28 I-PERSON McKee _
, PUNCT , punct 20 O ,
who PRON WP nsubj 23 O who
chairs VERB VBZ relcl 20 O chair
the DET DT det 26 O the
planning NOUN NN compound 26 O planning
committee NOUN NN dobj 23 O committee _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 28 O say
she PRON PRP nsubj 30 O she
backed VERB VBD ccomp 28 O back
the DET DT det 32 O the
plan NOUN NN dobj 30 O plan _
. PUNCT . punct 28 O .
" PUNCT `` punct 41 O " _
Nobody PRON NN nsubj 36 O nobody
wants VERB VBZ ccomp 41 O want
this PRON DT dobj 36 O this _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
she PRON PRP nsubj 41 O she
said VERB VBD ROOT 41 O say _
. PUNCT . punct 41 O . _
"""


def test_she_after_an_alderman_is_her() -> None:
    rows = Extractor().rows(frozen(_ALDERMAN))
    assert [(r.speaker, r.role) for r in rows] == [("Tom Reid", ""), ("Joan McKee", "Alderman")]
