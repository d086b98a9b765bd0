"""`Nana` is a given name of either sex (in Ghana the style and name of chiefs and queen mothers
alike, and a woman's name elsewhere): `he` after `Dr Nana Ofori, a senior lecturer, said …` is
Nana Ofori, not the man named before him. Frozen parse of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "I thank God," Kofi Adjei told reporters outside the court. Dr Nana Ofori, a senior lecturer in
# law at the University of Cape Coast, said the case was rare. "Very few officials are ever
# convicted," he said.
_NANA = """
" PUNCT `` punct 8 O " _
I PRON PRP nsubj 2 O I
thank VERB VBP ccomp 8 O thank
God PROPN NNP dobj 2 O God _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
Kofi PROPN NNP compound 7 B-WORK_OF_ART Kofi
Adjei PROPN NNP nsubj 8 I-WORK_OF_ART Adjei
told VERB VBD ROOT 8 O tell
reporters NOUN NNS dobj 8 O reporter
outside ADP IN prep 8 O outside
the DET DT det 12 O the
court NOUN NN pobj 10 O court _
. PUNCT . punct 8 O .
Dr PROPN NNP compound 16 B-ORG Dr
Nana PROPN NNP compound 16 I-ORG Nana
Ofori PROPN NNP nsubj 30 I-ORG Ofori _
, PUNCT , punct 16 O ,
a DET DT det 20 O a
senior ADJ JJ amod 20 O senior
lecturer NOUN NN appos 16 O lecturer
in ADP IN prep 20 O in
law NOUN NN pobj 21 O law
at ADP IN prep 20 O at
the DET DT det 25 B-ORG the
University PROPN NNP pobj 23 I-ORG University
of ADP IN prep 25 I-ORG of
Cape PROPN NNP compound 28 I-ORG Cape
Coast PROPN NNP pobj 26 I-ORG Coast _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 30 O say
the DET DT det 32 O the
case NOUN NN nsubj 33 O case
was AUX VBD ccomp 30 O be
rare ADJ JJ acomp 33 O rare _
. PUNCT . punct 30 O .
" PUNCT `` punct 46 O " _
Very ADV RB advmod 38 O very
few ADJ JJ amod 39 O few
officials NOUN NNS nsubjpass 42 O official
are AUX VBP auxpass 42 O be
ever ADV RB advmod 42 O ever
convicted VERB VBN ccomp 46 O convict _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
he PRON PRP nsubj 46 O he
said VERB VBD ROOT 46 O say _
. PUNCT . punct 46 O . _
"""


def test_he_after_nana_is_nana() -> None:
    rows = Extractor().rows(frozen(_NANA))
    assert [r.speaker for r in rows] == ["Kofi Adjei", "Nana Ofori"]
