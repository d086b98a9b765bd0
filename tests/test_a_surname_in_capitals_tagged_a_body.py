"""`President BIYA said`, the tagger reading the one word in capitals after a title as a body: it
is the surname of the person the story names in title case (`Paul Biya`), who speaks with the
title for role; a body's letters after a title (`President ASUU`), which no person's name in the
story holds, stay a body. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Paul Biya returned to Yaounde on Monday after a week abroad.  President BIYA said "The nation is
# at peace."
_PRESIDENT = """
Paul PROPN NNP compound 1 B-PERSON Paul
Biya PROPN NNP nsubj 2 I-PERSON Biya
returned VERB VBD ROOT 2 O return
to ADP IN prep 2 O to
Yaounde PROPN NNP pobj 3 O Yaounde
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday
after ADP IN prep 2 O after
a DET DT det 9 B-DATE a
week NOUN NN pobj 7 I-DATE week
abroad ADV RB advmod 9 O abroad _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
President PROPN NNP compound 14 O President
BIYA PROPN NNP nsubj 15 B-ORG BIYA
said VERB VBD ROOT 15 O say
" PUNCT `` punct 15 O " _
The DET DT det 18 O the
nation NOUN NN nsubj 19 O nation
is AUX VBZ ccomp 15 O be
at ADP IN prep 19 O at
peace NOUN NN pobj 20 O peace _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""

# The lecturers met in Abuja on Tuesday.  President ASUU said: "The strike goes on."
_UNION = """
The DET DT det 1 O the
lecturers NOUN NNS nsubj 2 O lecturer
met VERB VBD ROOT 2 O meet
in ADP IN prep 2 O in
Abuja PROPN NNP pobj 3 B-GPE Abuja
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 5 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
President PROPN NNP compound 10 O President
ASUU PROPN NNP nsubj 11 B-ORG ASUU
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
The DET DT det 15 O the
strike NOUN NN nsubj 16 O strike
goes VERB VBZ ccomp 11 O go
on ADP RP prt 16 O on _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


def test_a_surname_in_capitals_after_a_title_is_the_person_named() -> None:
    rows = Extractor().rows(frozen(_PRESIDENT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Paul Biya", "President", "")]


def test_letters_no_name_in_the_story_holds_stay_a_body() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert len(rows) == 1
    assert "ASUU" in rows[0].organization
