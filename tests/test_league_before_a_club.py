"""A competition's name before a side's noun (`the Serie A club`) says which league the club
plays in: `the club said` is then not the league (models/competitions.txt), but the side the
lede's sentence opens on, which sacked a coach. A frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Castelnuovo sacked coach Marco Pirelli on Monday with the Serie A club one point above the
# drop. "We thank Marco for his work," the club said.
_CLUB = """
Castelnuovo PROPN NNP nsubj 1 B-GPE Castelnuovo
sacked VERB VBD amod 2 O sack
coach NOUN NN compound 4 O coach
Marco PROPN NNP compound 4 B-PERSON Marco
Pirelli PROPN NNP ROOT 4 I-PERSON Pirelli
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday
with ADP IN prep 4 O with
the DET DT det 11 O the
Serie PROPN NNP compound 10 B-ORG Serie
A PROPN NNP compound 11 I-ORG A
club NOUN NN pobj 7 O club
one NUM CD nummod 13 B-CARDINAL one
point NOUN NN npadvmod 14 O point
above ADP IN prep 4 O above
the DET DT det 16 O the
drop NOUN NN pobj 14 O drop _
. PUNCT . punct 4 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 20 O we
thank VERB VBP ccomp 29 O thank
Marco PROPN NNP dobj 20 B-PERSON Marco
for ADP IN prep 20 O for
his PRON PRP$ poss 24 O his
work NOUN NN pobj 22 O work _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
the DET DT det 28 O the
club NOUN NN nsubj 29 O club
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_the_club_is_not_the_league_it_plays_in() -> None:
    rows = Extractor().rows(frozen(_CLUB))
    assert [(r.mention, r.organization) for r in rows] == [("the club", "Castelnuovo")]
    assert "Serie" not in rows[0].speaker
