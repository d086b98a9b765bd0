"""`Kerry's full-back Shane Ryan`, `Wexford's goalkeeper X`: a name in capitals owning a position on
a team (models/sports_positions.txt) is a side, whatever the tagger calls it (a person has no
full-back), so it is the player's organisation; not a job a person's own staff hold too
(`Serena's coach X`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kerry's full-back Shane Ryan said: "We never stopped running."
_FULL_BACK = """
Kerry PROPN NNP poss 6 B-PERSON Kerry _
's PART POS case 0 O 's
full ADJ JJ amod 4 O full _
- PUNCT HYPH punct 4 O - _
back NOUN NN compound 6 O back
Shane PROPN NNP compound 6 B-PERSON Shane
Ryan PROPN NNP nsubj 7 I-PERSON Ryan
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 12 O we
never ADV RB neg 12 O never
stopped VERB VBD ccomp 7 O stop
running VERB VBG xcomp 12 O run _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""

# Wexford's goalkeeper Mark Fanning said: "We kept going."
_GOALKEEPER = """
Wexford PROPN NNP poss 2 B-GPE Wexford _
's PART POS case 0 O 's
goalkeeper NOUN NN nsubj 5 O goalkeeper
Mark PROPN NNP compound 4 B-PERSON Mark
Fanning PROPN NNP appos 2 I-PERSON Fanning
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
We PRON PRP nsubj 9 O we
kept VERB VBD ccomp 5 O keep
going VERB VBG xcomp 9 O go _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""

# Serena's coach Patrick Mouratoglou said: "She was brave."
_COACH = """
Serena PROPN NNP poss 2 B-PERSON Serena _
's PART POS case 0 O 's
coach NOUN NN nsubj 5 O coach
Patrick PROPN NNP compound 4 B-PERSON Patrick
Mouratoglou PROPN NNP appos 2 I-PERSON Mouratoglou
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
She PRON PRP nsubj 9 O she
was AUX VBD ccomp 5 O be
brave ADJ JJ acomp 9 O brave _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def test_a_name_owning_a_hyphenated_position_is_the_players_side() -> None:
    rows = Extractor().rows(frozen(_FULL_BACK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Shane Ryan", "full-back", "Kerry")]


def test_a_name_owning_a_position_is_the_players_side() -> None:
    rows = Extractor().rows(frozen(_GOALKEEPER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Mark Fanning", "goalkeeper", "Wexford")]


def test_a_persons_coach_has_no_side() -> None:
    rows = Extractor().rows(frozen(_COACH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Patrick Mouratoglou", "coach", "")]
