"""A name ends at the end of its line: the tagger can run a headline's name over the blank line
into the byline's (`Ona Petraitė` + `Jonas Kairys`, one person to it), which would make a second
person whose given name the story's `Ona` could also be. A frozen parse of a story written for
this file (see tests/frozen.py; the tags set by hand to the shape the tagger gives), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The long road of Ona Petraitė / Jonas Kairys, Radio Vilnius / "I never planned this," Ona
# Petraitė says. / Ona grew up in Alytus. "I was angry for a year," she says.
_HEADLINE_INTO_BYLINE = """
The DET DT det 2 O the
long ADJ JJ amod 2 O long
road NOUN NN ROOT 2 O road
of ADP IN prep 2 O of
Ona PROPN NNP compound 5 B-PERSON Ona
Petraitė PROPN NNP pobj 3 I-PERSON Petraitė _
<paragraph> SPACE _SP dep 5 I-PERSON <paragraph> _
Jonas PROPN NNP compound 8 I-PERSON Jonas
Kairys PROPN NNP ROOT 8 I-PERSON Kairys _
, PUNCT , punct 8 O ,
Radio PROPN NNP compound 11 B-ORG Radio
Vilnius PROPN NNP appos 8 I-ORG Vilnius _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 16 O " _
I PRON PRP nsubj 16 O I
never ADV RB neg 16 O never
planned VERB VBD ccomp 22 O plan
this PRON DT dobj 16 O this _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Ona PROPN NNP compound 21 B-PERSON Ona
Petraitė PROPN NNP nsubj 22 I-PERSON Petraitė
says VERB VBZ ROOT 22 O say _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Ona PROPN NNP nsubj 26 B-PERSON Ona
grew VERB VBD ROOT 26 O grow
up ADP RP prt 26 O up
in ADP IN prep 26 O in
Alytus PROPN NNP pobj 28 B-ORG Alytus _
. PUNCT . punct 26 O .
" PUNCT `` punct 33 O " _
I PRON PRP nsubj 33 O I
was AUX VBD ccomp 41 O be
angry ADJ JJ acomp 33 O angry
for ADP IN prep 34 O for
a DET DT det 37 B-DATE a
year NOUN NN pobj 35 I-DATE year _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
she PRON PRP nsubj 41 O she
says VERB VBZ ROOT 41 O say _
. PUNCT . punct 41 O . _
"""


def test_a_name_run_over_a_blank_line_stops_at_it() -> None:
    rows = Extractor().rows(frozen(_HEADLINE_INTO_BYLINE))
    assert [(r.speaker, r.speaker_id) for r in rows] == [("Ona Petraitė", 1), ("Ona Petraitė", 1)]
