"""A `he` or `she` saying the next words continues someone unnamed whose noun says no gender,
when that person was the main subject of a verb of saying in the sentence right before (`A
neighbour said …. "…," she said`), not a woman named further back; unless the verb spoke to a
person (`A reporter asked Holt …. "…," she replied`: Holt). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Station manager Claire Holt said the blaze began in the kitchen. "The crew reached the house
# within six minutes," Holt said. /  / A neighbour said the family had lived there for years. "I
# heard the glass break and ran out," she said.
_A_NEIGHBOUR_SAID = """
Station NOUN NN compound 1 O station
manager NOUN NN compound 3 O manager
Claire PROPN NNP compound 3 B-PERSON Claire
Holt PROPN NNP nsubj 4 I-PERSON Holt
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
blaze NOUN NN nsubj 7 O blaze
began VERB VBD ccomp 4 O begin
in ADP IN prep 7 O in
the DET DT det 10 O the
kitchen NOUN NN pobj 8 O kitchen _
. PUNCT . punct 4 O .
" PUNCT `` punct 24 O " _
The DET DT det 14 O the
crew NOUN NN nsubj 15 O crew
reached VERB VBD ccomp 24 O reach
the DET DT det 17 O the
house NOUN NN dobj 15 O house
within ADP IN prep 15 O within
six NUM CD nummod 20 B-TIME six
minutes NOUN NNS pobj 18 I-TIME minute _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Holt PROPN NNP nsubj 24 O Holt
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
A DET DT det 28 O a
neighbour NOUN NN nsubj 29 O neighbour
said VERB VBD ROOT 29 O say
the DET DT det 31 O the
family NOUN NN nsubj 33 O family
had AUX VBD aux 33 O have
lived VERB VBN ccomp 29 O live
there ADV RB advmod 33 O there
for ADP IN prep 33 O for
years NOUN NNS pobj 35 B-DATE year _
. PUNCT . punct 29 O .
" PUNCT `` punct 50 O " _
I PRON PRP nsubj 40 O I
heard VERB VBD ccomp 50 O hear
the DET DT det 43 O the
glass NOUN NN compound 43 O glass
break VERB VB dobj 40 O break
and CCONJ CC cc 40 O and
ran VERB VBD conj 40 O run
out ADP RP prt 45 O out _
, PUNCT , punct 50 O , _
" PUNCT '' punct 50 O "
she PRON PRP nsubj 50 O she
said VERB VBD ROOT 50 O say _
. PUNCT . punct 50 O . _
"""

# Station manager Claire Holt said the blaze began in the kitchen. A reporter asked Holt how the
# crew felt. "We are tired," she replied.
_A_REPORTER_ASKED = """
Station NOUN NN compound 1 O station
manager NOUN NN compound 3 O manager
Claire PROPN NNP compound 3 B-PERSON Claire
Holt PROPN NNP nsubj 4 I-PERSON Holt
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
blaze NOUN NN nsubj 7 O blaze
began VERB VBD ccomp 4 O begin
in ADP IN prep 7 O in
the DET DT det 10 O the
kitchen NOUN NN pobj 8 O kitchen _
. PUNCT . punct 4 O .
A DET DT det 13 O a
reporter NOUN NN nsubj 14 O reporter
asked VERB VBD ROOT 14 O ask
Holt PROPN NNP dobj 14 B-PERSON Holt
how SCONJ WRB advmod 19 O how
the DET DT det 18 O the
crew NOUN NN nsubj 19 O crew
felt VERB VBD ccomp 14 O feel _
. PUNCT . punct 14 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 23 O we
are AUX VBP ccomp 28 O be
tired ADJ JJ acomp 23 O tired _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
replied VERB VBD ROOT 28 O reply _
. PUNCT . punct 28 O . _
"""


def test_she_after_a_neighbour_who_said_something() -> None:
    rows = Extractor().rows(frozen(_A_NEIGHBOUR_SAID))
    assert [r.speaker for r in rows] == ["Claire Holt", "A neighbour"]


def test_she_after_a_reporter_asked_her() -> None:
    rows = Extractor().rows(frozen(_A_REPORTER_ASKED))
    assert [r.speaker for r in rows] == ["Claire Holt"]
