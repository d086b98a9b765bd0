"""A position on a team written as a title right before a player's name is the player's role,
also a position that is an everyday word too (`junior forward Tom Hale`, `forward` read as an
adverb; `sophomore center Tom Rocha`): models/sports_positions.txt, kind `title`. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The play was designed for junior forward Tom Hale to curl off a screen. "I was open too," Hale said.
_FORWARD = """
The DET DT det 1 O the
play NOUN NN nsubjpass 3 O play
was AUX VBD auxpass 3 O be
designed VERB VBN ROOT 3 O design
for SCONJ IN mark 10 O for
junior ADJ JJ amod 8 O junior
forward ADV RB advmod 5 O forward
Tom PROPN NNP compound 8 B-PERSON Tom
Hale PROPN NNP nsubj 10 I-PERSON Hale
to PART TO aux 10 O to
curl VERB VB advcl 3 O curl
off ADP RP prt 10 O off
a DET DT det 13 O a
screen NOUN NN dobj 10 O screen _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 24 O " _
I PRON PRP nsubj 18 O I
was AUX VBD ccomp 24 O be
open ADJ JJ acomp 18 O open
too ADV RB advmod 18 O too _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Hale PROPN NNP nsubj 24 O Hale
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _"""

# Lincoln led behind 22 points from sophomore center Tom Rocha. "Next year," Rocha said.
_CENTER = """
Lincoln PROPN NNP nsubj 1 B-ORG Lincoln
led VERB VBD ROOT 1 O lead
behind ADP IN prep 1 O behind
22 NUM CD nummod 4 B-CARDINAL 22
points NOUN NNS pobj 2 O point
from ADP IN prep 1 O from
sophomore NOUN NN compound 7 O sophomore
center NOUN NN compound 9 O center
Tom PROPN NNP compound 9 B-PERSON Tom
Rocha PROPN NNP pobj 5 I-PERSON Rocha _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 18 O " _
Next ADJ JJ amod 14 B-DATE next
year NOUN NN npadvmod 18 I-DATE year _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Rocha PROPN NNP nsubj 18 B-PERSON Rocha
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_a_position_read_as_an_adverb_before_a_name_is_the_role() -> None:
    assert who(_FORWARD) == [("Tom Hale", "junior forward", "")]


def test_a_position_that_is_an_everyday_word_is_a_role_as_a_title() -> None:
    # (The side that led through his points, tagged a body, is his: descriptors._scorers_side.)
    assert who(_CENTER) == [("Tom Rocha", "sophomore center", "Lincoln")]
