"""British police ranks written short in capital letters before a name (`DI`, `DS`, `DC`:
detective inspector, sergeant, constable) are titles, no part of the name (`DI Sarah Khan`:
*Sarah Khan*), but only right before a person's name, since `DC` is also Washington's (`DC
United coach Ben Olsen`: the club keeps its name). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Detectives have charged two men over a stabbing in Luton.
#
# DI Sarah Khan, who led the inquiry, said: “This was a senseless attack.”
_DI = """
Detectives NOUN NNS nsubj 2 O detective
have AUX VBP aux 2 O have
charged VERB VBN ROOT 2 O charge
two NUM CD nummod 4 B-CARDINAL two
men NOUN NNS dobj 2 O man
over ADP IN prep 2 O over
a DET DT det 7 O a
stabbing NOUN NN pobj 5 O stabbing
in ADP IN prep 7 O in
Luton PROPN NNP pobj 8 B-GPE Luton _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
DI PROPN NNP compound 14 B-PERSON DI
Sarah PROPN NNP compound 14 I-PERSON Sarah
Khan PROPN NNP nsubj 21 I-PERSON Khan _
, PUNCT , punct 14 O ,
who PRON WP nsubj 17 O who
led VERB VBD relcl 14 O lead
the DET DT det 19 O the
inquiry NOUN NN dobj 17 O inquiry _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 21 O say _
: PUNCT : punct 21 O :
“ PUNCT `` punct 21 O " _
This PRON DT nsubj 25 O this
was AUX VBD ccomp 21 O be
a DET DT det 28 O a
senseless ADJ JJ amod 28 O senseless
attack NOUN NN attr 25 O attack _
. PUNCT . punct 21 O . _
” PUNCT '' punct 21 O " _
"""

# “We let the fans down,” said DC United coach Ben Olsen.
_DC_UNITED = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 2 O we
let VERB VBP ccomp 8 O let
the DET DT det 4 O the
fans NOUN NNS nsubj 5 O fan
down ADP RP ccomp 2 O down _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
DC PROPN NNP compound 10 B-ORG DC
United PROPN NNP compound 11 I-ORG United
coach NOUN NN compound 13 O coach
Ben PROPN NNP compound 13 B-PERSON Ben
Olsen PROPN NNP nsubj 8 I-PERSON Olsen _
. PUNCT . punct 8 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_letters_of_a_rank_before_a_name_are_no_part_of_it() -> None:
    assert who(_DI) == [("Sarah Khan", "", "")]


def test_the_letters_before_a_clubs_name_stay_in_it() -> None:
    assert who(_DC_UNITED) == [("Ben Olsen", "coach", "DC United")]
