"""`Alderman JOHN SMITH said …`, `Senator MARY JONES told …`: council minutes, archive reports and
African copy set a name in capitals after a title written in small letters. The name is a
person's, as after `Mr.` (names._addressed_in_capitals), so the title before it is the role; a
headline all in capitals (`ALDERMAN JOHN SMITH RE-ELECTED`) is no sentence of the story still.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Alderman JOHN SMITH said the rates had risen twice in a year. "The poor of this town cannot
# pay," he said.
_ALDERMAN = """
Alderman PROPN NNP compound 2 O Alderman
JOHN PROPN NNP compound 2 B-PERSON JOHN
SMITH PROPN NNP nsubj 3 I-PERSON SMITH
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
rates NOUN NNS nsubj 7 O rate
had AUX VBD aux 7 O have
risen VERB VBN ccomp 3 O rise
twice ADV RB advmod 7 O twice
in ADP IN prep 7 O in
a DET DT det 11 B-DATE a
year NOUN NN pobj 9 I-DATE year _
. PUNCT . punct 3 O .
" PUNCT `` punct 25 O " _
The DET DT det 15 O the
poor ADJ JJ nsubj 21 O poor
of ADP IN prep 15 O of
this DET DT det 18 O this
town NOUN NN pobj 16 O town
can AUX MD aux 21 O can _
not PART RB neg 21 O not
pay VERB VB ccomp 25 O pay _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# Senator MARY JONES told the meeting: "We shall write to the minister."
_SENATOR = """
Senator PROPN NNP compound 2 O Senator
MARY PROPN NNP compound 2 B-PERSON MARY
JONES PROPN NNP nsubj 3 I-PERSON JONES
told VERB VBD ROOT 3 O tell
the DET DT det 5 O the
meeting NOUN NN dobj 3 O meeting _
: PUNCT : punct 3 O :
" PUNCT `` punct 3 O " _
We PRON PRP nsubj 10 O we
shall AUX MD aux 10 O shall
write VERB VB ccomp 3 O write
to ADP IN prep 10 O to
the DET DT det 13 O the
minister NOUN NN pobj 11 O minister _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""

# ALDERMAN JOHN SMITH RE-ELECTED  The count ended at midnight. "I am grateful to the voters," Mr
# Smith said.
_HEADLINE = """
ALDERMAN PROPN NNP compound 3 O ALDERMAN
JOHN PROPN NNP compound 2 O JOHN
SMITH PROPN NNP compound 3 O SMITH
RE PROPN NNP ROOT 3 O RE _
- VERB VBD punct 3 O - _
ELECTED VERB VBD xcomp 3 O elect _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 8 O the
count NOUN NN nsubj 9 O count
ended VERB VBD ROOT 9 O end
at ADP IN prep 9 O at
midnight NOUN NN pobj 10 B-TIME midnight _
. PUNCT . punct 9 O .
" PUNCT `` punct 15 O " _
I PRON PRP nsubj 15 O I
am AUX VBP ccomp 24 O be
grateful ADJ JJ acomp 15 O grateful
to ADP IN prep 16 O to
the DET DT det 19 O the
voters NOUN NNS pobj 17 O voter _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Mr PROPN NNP compound 23 O Mr
Smith PROPN NNP nsubj 24 B-PERSON Smith
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_an_aldermans_name_in_capitals_has_his_title_for_role() -> None:
    rows = Extractor().rows(frozen(_ALDERMAN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("John Smith", "Alderman", "")]


def test_a_senators_name_in_capitals_has_her_title_for_role() -> None:
    rows = Extractor().rows(frozen(_SENATOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Mary Jones", "Senator", "")]


def test_a_headline_all_in_capitals_gives_no_role() -> None:
    rows = Extractor().rows(frozen(_HEADLINE))
    assert [(r.speaker, r.role) for r in rows] == [("Smith", "")]
