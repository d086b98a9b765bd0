"""`“…,” His Honour said`, `His Lordship said: “…”`: a judge's or magistrate's style after `his` or
`her` (models/courtesy_epithets.txt, kind `style`), which the tagger tags a person or a work's title,
is no one's name: the speaker is the one judge the report names, else the style itself as a
description. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# John Moffat was charged with stealing a watch. "The evidence against the prisoner is very
# slight," His Honour said.
_HONOUR = """
John PROPN NNP compound 1 B-PERSON John
Moffat PROPN NNP nsubjpass 3 I-PERSON Moffat
was AUX VBD auxpass 3 O be
charged VERB VBN ROOT 3 O charge
with ADP IN prep 3 O with
stealing VERB VBG pcomp 4 O steal
a DET DT det 7 O a
watch NOUN NN dobj 5 O watch _
. PUNCT . punct 3 O .
" PUNCT `` punct 22 O " _
The DET DT det 11 O the
evidence NOUN NN nsubj 15 O evidence
against ADP IN prep 11 O against
the DET DT det 14 O the
prisoner NOUN NN pobj 12 O prisoner
is AUX VBZ ccomp 22 O be
very ADV RB advmod 17 O very
slight ADJ JJ acomp 15 O slight _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
His PRON PRP$ poss 21 O his
Honour PROPN NNP nsubj 22 B-PERSON Honour
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# Thomas Ryan was charged with assault at the fair. His Lordship said: "This is a grave offence."
_LORDSHIP = """
Thomas PROPN NNP compound 1 B-PERSON Thomas
Ryan PROPN NNP nsubjpass 3 I-PERSON Ryan
was AUX VBD auxpass 3 O be
charged VERB VBN ROOT 3 O charge
with ADP IN prep 3 O with
assault NOUN NN pobj 4 O assault
at ADP IN prep 3 O at
the DET DT det 8 O the
fair NOUN NN pobj 6 O fair _
. PUNCT . punct 3 O .
His PRON PRP$ poss 11 O his
Lordship NOUN NN nsubj 12 B-ORG lordship
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
This PRON DT nsubj 16 O this
is AUX VBZ ccomp 12 O be
a DET DT det 19 O a
grave ADJ JJ amod 19 O grave
offence NOUN NN attr 16 O offence _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# Judge Alan Wills heard the case. John Moffat was charged with stealing a watch. "Take him down,"
# His Lordship said.
_NAMED = """
Judge PROPN NNP compound 2 O Judge
Alan PROPN NNP compound 2 B-PERSON Alan
Wills PROPN NNPS nsubj 3 I-PERSON Wills
heard VERB VBD ROOT 3 O hear
the DET DT det 5 O the
case NOUN NN dobj 3 O case _
. PUNCT . punct 3 O .
John PROPN NNP compound 8 B-PERSON John
Moffat PROPN NNP nsubjpass 10 I-PERSON Moffat
was AUX VBD auxpass 10 O be
charged VERB VBN ROOT 10 O charge
with ADP IN prep 10 O with
stealing VERB VBG pcomp 11 O steal
a DET DT det 14 O a
watch NOUN NN dobj 12 O watch _
. PUNCT . punct 10 O .
" PUNCT `` punct 17 O " _
Take VERB VB ccomp 24 O take
him PRON PRP dobj 17 O he
down ADP RP prt 17 O down _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
His PRON PRP$ poss 23 B-WORK_OF_ART his
Lordship PROPN NNP nsubj 24 I-WORK_OF_ART Lordship
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def _speakers(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_a_style_tagged_a_person_is_no_name() -> None:
    assert _speakers(_HONOUR) == [("His Honour", "")]


def test_a_style_tagged_a_works_title_is_no_name() -> None:
    assert _speakers(_LORDSHIP) == [("His Lordship", "")]


def test_a_style_is_the_judge_the_report_names() -> None:
    assert _speakers(_NAMED) == [("Alan Wills", "Judge")]
