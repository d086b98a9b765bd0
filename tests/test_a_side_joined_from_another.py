"""`X, who joined the Stormers from the Sharks last year, said`: a side's name in capitals the
tagger left untagged, the object of `joined` with a `from` naming the side left, is the body
the person moved to, their organisation (ROLES.md 5 ties them by the verb), not the one left;
a side joined with no name (`joined the club from Arsenal`, no club named) gives none. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tom Hale, who joined the Stormers from the Sharks last year, said the move had revived his
# career. "I feel at home in Cape Town," Hale said.
_STORMERS = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 13 I-PERSON Hale _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
joined VERB VBD relcl 1 O join
the DET DT det 6 O the
Stormers PROPN NNPS dobj 4 O Stormers
from ADP IN prep 4 O from
the DET DT det 9 O the
Sharks PROPN NNPS pobj 7 O Sharks
last ADJ JJ amod 11 B-DATE last
year NOUN NN npadvmod 4 I-DATE year _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
move NOUN NN nsubj 17 O move
had AUX VBD aux 17 O have
revived VERB VBN ccomp 13 O revive
his PRON PRP$ poss 19 O his
career NOUN NN dobj 17 O career _
. PUNCT . punct 13 O .
" PUNCT `` punct 32 O " _
I PRON PRP nsubj 23 O I
feel VERB VBP ccomp 32 O feel
at ADP IN prep 23 O at
home NOUN NN pobj 24 O home
in ADP IN prep 23 O in
Cape PROPN NNP compound 28 B-GPE Cape
Town PROPN NNP pobj 26 I-GPE Town _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Hale PROPN NNP nsubj 32 O Hale
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Ana Ruiz, who joined the club from Arsenal last season, said the squad was close. "Everyone
# works hard," Ruiz said.
_CLUB = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 12 O Ruiz _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
joined VERB VBD relcl 1 O join
the DET DT det 6 O the
club NOUN NN dobj 4 O club
from ADP IN prep 4 O from
Arsenal PROPN NNP pobj 7 B-GPE Arsenal
last ADJ JJ amod 10 B-DATE last
season NOUN NN npadvmod 4 I-DATE season _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
squad NOUN NN nsubj 15 O squad
was AUX VBD ccomp 12 O be
close ADJ JJ acomp 15 O close _
. PUNCT . punct 12 O .
" PUNCT `` punct 25 O " _
Everyone PRON NN nsubj 20 O everyone
works VERB VBZ ccomp 25 O work
hard ADV RB advmod 20 O hard _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Ruiz PROPN NNP nsubj 25 O Ruiz
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_an_untagged_side_joined_from_another_is_the_persons() -> None:
    rows = Extractor().rows(frozen(_STORMERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Hale", "", "Stormers")]


def test_a_club_joined_with_no_name_is_not_the_one_left() -> None:
    rows = Extractor().rows(frozen(_CLUB))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ana Ruiz", "", "")]
