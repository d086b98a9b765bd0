"""`Lady Ashby said` after `Lord Ashby`, `Sir Hale` after `Dame Mary Hale`: two titles of rank
that say opposite genders are two people (a peer and his wife), though no given name says
either's gender; a `Mrs Khan` after a `Mr Khan` with no given name stays one person (a title of
address may have been read for the wrong one of a couple). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lord Ashby, who chairs the committee, said the plan was "a mistake from the start". Lady Ashby
# said the family would "fight this to the end".
_PEERS = """
Lord PROPN NNP compound 1 O Lord
Ashby PROPN NNP nsubj 8 B-ORG Ashby _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
chairs VERB VBZ relcl 1 O chair
the DET DT det 6 O the
committee NOUN NN dobj 4 O committee _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
plan NOUN NN nsubj 11 O plan
was AUX VBD ccomp 8 O be
" PUNCT `` punct 11 O " _
a DET DT det 14 O a
mistake NOUN NN attr 11 O mistake
from ADP IN prep 14 O from
the DET DT det 17 O the
start NOUN NN pobj 15 O start _
" PUNCT '' punct 11 O " _
. PUNCT . punct 8 O .
Lady PROPN NNP compound 21 B-PERSON Lady
Ashby PROPN NNP nsubj 22 I-PERSON Ashby
said VERB VBD ROOT 22 O say
the DET DT det 24 O the
family NOUN NN nsubj 27 O family
would AUX MD aux 27 O would
" PUNCT `` punct 27 O " _
fight VERB VB ccomp 22 O fight
this PRON DT dobj 27 O this
to ADP IN prep 27 O to
the DET DT det 31 O the
end NOUN NN pobj 29 O end _
" PUNCT '' punct 27 O " _
. PUNCT . punct 22 O . _
"""

# Dame Mary Hale said she would stand down. Sir Hale said the house was "too quiet without her".
_KNIGHT = """
Dame PROPN NNP compound 2 O Dame
Mary PROPN NNP compound 2 B-PERSON Mary
Hale PROPN NNP nsubj 3 I-PERSON Hale
said VERB VBD ROOT 3 O say
she PRON PRP nsubj 6 O she
would AUX MD aux 6 O would
stand VERB VB ccomp 3 O stand
down ADP RP prt 6 O down _
. PUNCT . punct 3 O .
Sir PROPN NNP compound 10 O Sir
Hale PROPN NNP nsubj 11 B-PERSON Hale
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
house NOUN NN nsubj 14 O house
was AUX VBD ccomp 11 O be
" PUNCT `` punct 14 O " _
too ADV RB advmod 17 O too
quiet ADJ JJ acomp 14 O quiet
without ADP IN prep 17 O without
her PRON PRP pobj 18 O she _
" PUNCT '' punct 14 O " _
. PUNCT . punct 11 O . _
"""


def test_a_lady_is_not_the_lord_of_her_name() -> None:
    rows = Extractor().rows(frozen(_PEERS))
    assert [r.speaker for r in rows] == ["Ashby", "Ashby"]
    assert rows[0].speaker_id != rows[1].speaker_id


def test_a_knight_is_not_the_dame_of_his_name() -> None:
    rows = Extractor().rows(frozen(_KNIGHT))
    assert [r.speaker for r in rows] == ["Hale"]
