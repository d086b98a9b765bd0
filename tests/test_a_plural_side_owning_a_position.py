"""`Rangers' striker X`, `Pirates' goalkeeper X` opening a sentence: a plural in capitals with its
possessive mark, which the tagger reads as a common noun (`ranger`, `pirate`) because it opens the
sentence, owning a position on a team (models/sports_positions.txt) is the side's name, the
player's organisation (a ranger has no striker); a plural owning any other job stays a people's
word (`Farmers' leader X`: no body). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Rangers' striker Callum Baird was in no doubt after the draw. "We will go again on Sunday,"
# Baird said.
_STRIKER = """
Rangers NOUN NNS poss 2 B-ORG ranger _
' PART POS case 0 O '
striker NOUN NN compound 4 O striker
Callum PROPN NNP compound 4 B-PERSON Callum
Baird PROPN NNP nsubj 5 I-PERSON Baird
was AUX VBD ROOT 5 O be
in ADP IN prep 5 O in
no DET DT det 8 O no
doubt NOUN NN pobj 6 O doubt
after ADP IN prep 5 O after
the DET DT det 11 O the
draw NOUN NN pobj 9 O draw _
. PUNCT . punct 5 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
go VERB VB ccomp 23 O go
again ADV RB advmod 16 O again
on ADP IN prep 16 O on
Sunday PROPN NNP pobj 18 B-DATE Sunday _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Baird PROPN NNP nsubj 23 B-PERSON Baird
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Pirates' goalkeeper Thabo Nkosi said they were ready for the derby. "We trust the coach," Nkosi
# said.
_GOALKEEPER = """
Pirates NOUN NNS poss 2 B-GPE pirate _
' PART POS case 0 O '
goalkeeper NOUN NN compound 4 O goalkeeper
Thabo PROPN NNP compound 4 B-ORG Thabo
Nkosi PROPN NNP nsubj 5 I-ORG Nkosi
said VERB VBD ROOT 5 O say
they PRON PRP nsubj 7 O they
were AUX VBD ccomp 5 O be
ready ADJ JJ acomp 7 O ready
for ADP IN prep 8 O for
the DET DT det 11 O the
derby NOUN NN pobj 9 O derby _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 15 O we
trust VERB VBP ccomp 21 O trust
the DET DT det 17 O the
coach NOUN NN dobj 15 O coach _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Nkosi PROPN NNP nsubj 21 B-ORG Nkosi
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Farmers' leader Tom Hale said prices were too low. "We are struggling," Hale said.
_LEADER = """
Farmers NOUN NNS poss 2 B-ORG farmer _
' PART POS case 0 O '
leader NOUN NN compound 4 O leader
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP nsubj 5 I-PERSON Hale
said VERB VBD ROOT 5 O say
prices NOUN NNS nsubj 7 O price
were AUX VBD ccomp 5 O be
too ADV RB advmod 9 O too
low ADJ JJ acomp 7 O low _
. PUNCT . punct 5 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 14 O we
are AUX VBP aux 14 O be
struggling VERB VBG ccomp 18 O struggle _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Hale PROPN NNP nsubj 18 O Hale
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_a_plural_opening_the_sentence_owning_a_position_is_the_side() -> None:
    rows = Extractor().rows(frozen(_STRIKER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Callum Baird", "striker", "Rangers")]


def test_a_plural_owning_a_goalkeeper_is_the_side() -> None:
    rows = Extractor().rows(frozen(_GOALKEEPER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Thabo Nkosi", "goalkeeper", "Pirates")]


def test_a_plural_owning_another_job_is_no_body() -> None:
    rows = Extractor().rows(frozen(_LEADER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Hale", "leader", "")]
