"""A name the tagger cut short, from a frozen parse of a sentence written for this file (the
entities as the tagger gave them), so a model update cannot change what a test exercises:

- `MacLeod-Byrne added`, tagged a work: a double-barrelled surname is one name though a capital
  opens a part of a barrel (`MacLeod`, `McAllister`), and so it is the person named in full
  before (the speaker was *Byrne*, someone new).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_MIXED_CASE_BARREL = """
Sean PROPN NNP compound 3 B-ORG Sean
MacLeod PROPN NNP compound 3 I-ORG MacLeod _
- PUNCT HYPH punct 3 I-ORG - _
Byrne PROPN NNP nsubj 9 I-ORG Byrne _
, PUNCT , punct 3 O ,
the DET DT det 7 O the
club NOUN NN compound 7 O club
captain NOUN NN appos 3 O captain _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 13 O we
fought VERB VBD ccomp 9 O fight _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 25 O " _
Next ADJ JJ amod 19 B-DATE next
week NOUN NN npadvmod 25 I-DATE week _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
MacLeod PROPN NNP compound 24 B-WORK_OF_ART MacLeod _
- PUNCT HYPH punct 24 I-WORK_OF_ART - _
Byrne PROPN NNP nsubj 25 I-WORK_OF_ART Byrne
added VERB VBD ROOT 25 O add _
. PUNCT . punct 25 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_barrel_with_a_capital_inside_is_part_of_the_surname() -> None:
    rows = _rows(_A_MIXED_CASE_BARREL)
    assert rows == [("Sean MacLeod-Byrne", "club captain", "")] * 2
