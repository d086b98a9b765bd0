"""`Sqn Ldr Anil Kurup, a spokesman for the air force, said … Sqn Ldr Kurup said` (Indian,
Pakistani and Commonwealth air force style, issue 10), from a frozen parse of a sentence written
for this file, the tagger taking the rank into the person: an air force rank written short
(models/titles.txt: `Sqn Ldr`, `Flt Lt`, `Wg Cdr`) is no part of the name."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_SQN_LDR = """
Sqn PROPN NNP compound 3 B-PERSON Sqn
Ldr PROPN NNP compound 3 I-PERSON Ldr
Anil PROPN NNP compound 3 I-PERSON Anil
Kurup PROPN NNP nsubj 12 I-PERSON Kurup _
, PUNCT , punct 3 O ,
a DET DT det 6 O a
spokesman NOUN NN appos 3 O spokesman
for ADP IN prep 6 O for
the DET DT det 10 O the
air NOUN NN compound 10 O air
force NOUN NN pobj 7 O force _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
crash NOUN NN nsubj 15 O crash
was AUX VBD ccomp 12 O be
under ADP IN prep 15 O under
investigation NOUN NN pobj 16 O investigation _
. PUNCT . punct 12 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
find VERB VB ccomp 30 O find
the DET DT det 24 O the
cause NOUN NN dobj 22 O cause _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Sqn PROPN NNP compound 29 B-WORK_OF_ART Sqn
Ldr PROPN NNP compound 29 I-WORK_OF_ART Ldr
Kurup PROPN NNP nsubj 30 I-WORK_OF_ART Kurup
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_an_air_force_rank_written_short_is_no_part_of_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_SQN_LDR))]
    assert rows == [("Anil Kurup", "spokesman for the air force")]
