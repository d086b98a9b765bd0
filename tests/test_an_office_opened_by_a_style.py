"""`Harbourton Lord Mayor X opened …`, the tagger tagging `Harbourton Lord` a person: the words
up to the style that opens an office of two words (`Lord Mayor`: models/role_nouns.txt) are the
office's place and style, no one, so a later `she` has no phantom `Harbourton Lord` to take
and goes to the holder named after the office. Frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbourton Lord Mayor Dwayne Ostrowski opened the shelter on Friday. "There are beds for
# everyone," she said.
_PHANTOM_BEFORE_THE_OFFICE = """
Harbourton PROPN NNP compound 2 B-PERSON Harbourton
Lord PROPN NNP compound 2 I-PERSON Lord
Mayor PROPN NNP compound 4 O Mayor
Dwayne PROPN NNP compound 4 B-PERSON Dwayne
Ostrowski PROPN NNP nsubj 5 I-PERSON Ostrowski
opened VERB VBD ROOT 5 O open
the DET DT det 7 O the
shelter NOUN NN dobj 5 O shelter
on ADP IN prep 5 O on
Friday PROPN NNP pobj 8 B-DATE Friday _
. PUNCT . punct 5 O .
" PUNCT `` punct 13 O " _
There PRON EX expl 13 O there
are VERB VBP ccomp 20 O be
beds NOUN NNS attr 13 O bed
for ADP IN prep 14 O for
everyone PRON NN pobj 15 O everyone _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_place_and_style_before_an_office_are_no_one() -> None:
    rows = [r for r in Extractor().rows(frozen(_PHANTOM_BEFORE_THE_OFFICE)) if r.kind == "direct"]
    assert [(r.speaker, r.role) for r in rows] == [("Dwayne Ostrowski", "Harbourton Lord Mayor")]
