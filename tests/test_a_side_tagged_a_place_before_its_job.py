"""`Yanga coach X` opening a sentence, the side's one word tagged a place (and read as an
adjective): a word the tagger calls a place is a name, not a word in capitals only because it
opens the sentence, and one no place or people the lists know before a job only a side has
(models/team_jobs.txt) is the side: role `coach`, organisation `Yanga`. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Yanga coach Pablo Ortega said his side would attack from the first whistle. "The players are
# ready," Ortega said.
_COACH = """
Yanga ADJ JJ amod 1 B-GPE yanga
coach NOUN NN compound 3 O coach
Pablo PROPN NNP compound 3 B-PERSON Pablo
Ortega PROPN NNP nsubj 4 I-PERSON Ortega
said VERB VBD ROOT 4 O say
his PRON PRP$ poss 6 O his
side NOUN NN nsubj 8 O side
would AUX MD aux 8 O would
attack VERB VB ccomp 4 O attack
from ADP IN prep 8 O from
the DET DT det 12 O the
first ADJ JJ amod 12 B-ORDINAL first
whistle NOUN NN pobj 9 O whistle _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
The DET DT det 16 O the
players NOUN NNS nsubj 17 O player
are AUX VBP ccomp 22 O be
ready ADJ JJ acomp 17 O ready _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Ortega PROPN NNP nsubj 22 B-PERSON Ortega
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# Yanga winger Stephane Aziz Ki was named man of the match. "I did it for my mother," Ki said.
_WINGER = """
Yanga ADJ JJ amod 1 B-GPE yanga
winger NOUN NN compound 4 O winger
Stephane PROPN NNP compound 4 B-PERSON Stephane
Aziz PROPN NNP compound 4 I-PERSON Aziz
Ki PROPN NNP nsubjpass 6 I-PERSON Ki
was AUX VBD auxpass 6 O be
named VERB VBN ROOT 6 O name
man NOUN NN oprd 6 O man
of ADP IN prep 7 O of
the DET DT det 10 O the
match NOUN NN pobj 8 O match _
. PUNCT . punct 6 O .
" PUNCT `` punct 22 O " _
I PRON PRP nsubj 14 O I
did VERB VBD ccomp 22 O do
it PRON PRP dobj 14 O it
for ADP IN prep 14 O for
my PRON PRP$ poss 18 O my
mother NOUN NN pobj 16 O mother _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Ki PROPN NNP nsubj 22 B-PERSON Ki
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_side_tagged_a_place_before_its_coach() -> None:
    rows = Extractor().rows(frozen(_COACH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Pablo Ortega", "coach", "Yanga")]


def test_a_side_tagged_a_place_before_its_winger() -> None:
    rows = Extractor().rows(frozen(_WINGER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Stephane Aziz Ki", "winger", "Yanga")]
