"""A quote that runs on over paragraphs and is attributed after its last piece is that
speaker's in every paragraph: the sentence before it (`…, its owners said.`) does not take the
first piece. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The plant will close in March, its owners said. /  / "We were told nothing. /  / "We will
# fight this," said union official Gareth Pryce.
_RUNS_ON = """
The DET DT det 1 O the
plant NOUN NN nsubj 3 O plant
will AUX MD aux 3 O will
close VERB VB ccomp 9 O close
in ADP IN prep 3 O in
March PROPN NNP pobj 4 B-DATE March _
, PUNCT , punct 9 O ,
its PRON PRP$ poss 8 O its
owners NOUN NNS nsubj 9 O owner
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 15 O " _
We PRON PRP nsubjpass 15 O we
were AUX VBD auxpass 15 O be
told VERB VBN ROOT 15 O tell
nothing PRON NN dobj 15 O nothing _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
fight VERB VB ccomp 26 O fight
this PRON DT dobj 22 O this _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
said VERB VBD ROOT 26 O say
union NOUN NN compound 28 O union
official NOUN NN compound 30 O official
Gareth PROPN NNP compound 30 B-PERSON Gareth
Pryce PROPN NNP nsubj 26 I-PERSON Pryce _
. PUNCT . punct 26 O . _
"""


def test_every_piece_is_the_speaker_named_at_its_end() -> None:
    rows = Extractor().rows(frozen(_RUNS_ON))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Gareth Pryce", "We were told nothing."),
        ("Gareth Pryce", "We will fight this,"),
    ]
