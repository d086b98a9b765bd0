"""Two given names the list knows, both tagged nothing, before a surname opened by a small
particle (`Ana Paula dos Santos`, the tagger's person only `Santos`): the person is the whole
name, so `dos Santos said` is Ana Paula dos Santos, not `Paula dos Santos`. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# LISBON - Ana Paula dos Santos, a fishmonger in Alfama, said sardine prices had soared.
# "Nobody can afford them," dos Santos said.
_TWO_UNTAGGED_GIVEN_NAMES = """
LISBON PROPN NNP ROOT 0 O LISBON
- PUNCT : punct 0 O -
Ana PROPN NNP ROOT 2 O Ana
Paula PROPN NNP nsubj 4 O Paula
dos VERB VBZ ccomp 12 O do
Santos PROPN NNP dobj 4 B-PERSON Santos _
, PUNCT , punct 5 O ,
a DET DT det 8 O a
fishmonger NOUN NN appos 5 O fishmonger
in ADP IN prep 8 O in
Alfama PROPN NNP pobj 9 B-GPE Alfama _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 12 O say
sardine NOUN NN compound 14 O sardine
prices NOUN NNS nsubj 16 O price
had AUX VBD aux 16 O have
soared VERB VBN ccomp 12 O soar _
. PUNCT . punct 12 O .
" PUNCT `` punct 25 O " _
Nobody PRON NN nsubj 21 O nobody
can AUX MD aux 21 O can
afford VERB VB ccomp 25 O afford
them PRON PRP dobj 21 O they _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
dos VERB VBZ ROOT 25 O do
Santos PROPN NNP nsubj 27 B-PERSON Santos
said VERB VBD ccomp 25 O say _
. PUNCT . punct 27 O . _
"""


def test_both_untagged_given_names_open_a_particles_surname() -> None:
    rows = Extractor().rows(frozen(_TWO_UNTAGGED_GIVEN_NAMES))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Paula dos Santos", "fishmonger")]
