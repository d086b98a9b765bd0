"""A netball position opening a sentence before a player's name, tagged one person with it
(`Shooter Grace Nweke`), is the player's role and no part of the name (models/role_nouns.txt).
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Shooter Grace Nweke, who scored 41 goals, said the crowd had lifted the team. /
# / "You could feel it on court," the 22-year-old said.
_A_NETBALL_POSITION_BEFORE_A_NAME = """
Shooter PROPN NNP compound 1 B-PERSON Shooter
Grace PROPN NNP compound 2 I-PERSON Grace
Nweke PROPN NNP nsubj 9 I-PERSON Nweke _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
scored VERB VBD relcl 2 O score
41 NUM CD nummod 7 B-CARDINAL 41
goals NOUN NNS dobj 5 O goal _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
crowd NOUN NN nsubj 13 O crowd
had AUX VBD aux 13 O have
lifted VERB VBN ccomp 9 O lift
the DET DT det 15 O the
team NOUN NN dobj 13 O team _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
" PUNCT `` punct 21 O " _
You PRON PRP nsubj 21 O you
could AUX MD aux 21 O could
feel VERB VB ccomp 33 O feel
it PRON PRP dobj 21 O it
on ADP IN prep 21 O on
court NOUN NN pobj 23 O court _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
the DET DT det 32 O the
22 NUM CD nummod 30 B-DATE 22 _
- PUNCT HYPH punct 30 I-DATE - _
year NOUN NN npadvmod 32 I-DATE year _
- PUNCT HYPH punct 32 I-DATE - _
old ADJ JJ nsubj 33 I-DATE old
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""


def test_a_netball_position_before_a_name_is_the_role() -> None:
    rows = Extractor().rows(frozen(_A_NETBALL_POSITION_BEFORE_A_NAME))
    assert [(r.speaker, r.role) for r in rows] == [("Grace Nweke", "Shooter")]
