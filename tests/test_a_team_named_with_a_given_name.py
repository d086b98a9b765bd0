"""`Chiefs face Orlando Pirates on Saturday. "…," said the coach.`: an untagged run of a given name
(`Orlando`) and a plural that closes a sports team's name (`Pirates`, models/team_nicknames.txt) is a
team, no person; it was taken for one, the nearest person before `the coach`, which became *Orlando
Pirates* (a related-link line such as `READ: '…,' says Chiefs striker` set the coach named in the
intro a paragraph further off). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kaizer Chiefs coach Nasreddine Nabi says his side are ready for the Soweto derby.  READ: 'We
# were robbed,' says Chiefs striker  Chiefs face Orlando Pirates at FNB Stadium on Saturday. "We
# know what this game means to the supporters," said the coach.
_DERBY = """
Kaizer PROPN NNP compound 1 B-ORG Kaizer
Chiefs PROPN NNPS compound 2 I-ORG Chiefs
coach NOUN NN compound 4 O coach
Nasreddine PROPN NNP compound 4 B-PERSON Nasreddine
Nabi PROPN NNP nsubj 5 I-PERSON Nabi
says VERB VBZ ROOT 5 O say
his PRON PRP$ poss 7 O his
side NOUN NN nsubj 8 O side
are AUX VBP ccomp 5 O be
ready ADJ JJ acomp 8 O ready
for ADP IN prep 9 O for
the DET DT det 13 O the
Soweto PROPN NNP compound 13 B-GPE Soweto
derby NOUN NN pobj 10 O derby _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
READ VERB VBN ccomp 24 O READ _
: PUNCT : punct 16 O :
' PUNCT `` punct 16 O ' _
We PRON PRP nsubjpass 21 O we
were AUX VBD auxpass 21 O be
robbed VERB VBN ccomp 24 O rob _
, PUNCT , punct 24 O , _
' PUNCT '' punct 24 O '
says VERB VBZ ROOT 24 O say
Chiefs PROPN NNP compound 26 O Chiefs
striker NOUN NN ccomp 24 O striker _
<paragraph> SPACE _SP dep 26 O <paragraph> _
Chiefs PROPN NNPS ROOT 28 O Chiefs
face VERB VBP ROOT 29 O face
Orlando PROPN NNP compound 31 O Orlando
Pirates PROPN NNPS dobj 29 O Pirates
at ADP IN prep 29 O at
FNB PROPN NNP compound 34 B-FAC FNB
Stadium PROPN NNP pobj 32 I-FAC Stadium
on ADP IN prep 29 O on
Saturday PROPN NNP pobj 35 B-DATE Saturday _
. PUNCT . punct 29 O .
" PUNCT `` punct 50 O " _
We PRON PRP nsubj 40 O we
know VERB VBP ccomp 50 O know
what PRON WP dobj 44 O what
this DET DT det 43 O this
game NOUN NN nsubj 44 O game
means VERB VBZ ccomp 40 O mean
to ADP IN prep 44 O to
the DET DT det 47 O the
supporters NOUN NNS pobj 45 O supporter _
, PUNCT , punct 50 O , _
" PUNCT '' punct 50 O "
said VERB VBD ROOT 50 O say
the DET DT det 52 O the
coach NOUN NN nsubj 50 O coach _
. PUNCT . punct 50 O . _
"""


def test_a_given_name_and_a_teams_plural_is_no_person() -> None:
    rows = Extractor().rows(frozen(_DERBY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Nasreddine Nabi", "coach", "Kaizer Chiefs")
    ]
