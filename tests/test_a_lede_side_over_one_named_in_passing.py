"""`Harriers have sacked manager Tom Hale after a 2-0 defeat at Dundee`, then `The club's chief
executive`: the lede's subject the tagger called no body (a plural read as a common noun, which
the story writes in capitals inside a sentence too) is the side `the club` means over a body the
story names only in passing, one that never acts itself; the subject is the one opening the lede's
sentence, whatever the parser made its root (here `sacked` qualifying `manager`). Frozen parse of
a text written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harriers have sacked manager Tom Hale after a 2-0 defeat at Dundee.
#
# The club's chief executive, Ama Reid, said: "We thank Tom for his efforts."
#
# The defeat left Harriers third in the table.
_HARRIERS = """
Harriers NOUN NNS nsubj 2 O harrier
have AUX VBP aux 2 O have
sacked VERB VBN amod 3 O sack
manager NOUN NN compound 5 O manager
Tom PROPN NNP compound 5 B-PERSON Tom
Hale PROPN NNP ROOT 5 I-PERSON Hale
after ADP IN prep 5 O after
a DET DT det 11 O a
2 NUM CD nummod 11 B-CARDINAL 2 _
- SYM SYM punct 10 O - _
0 NUM CD prep 8 O 0
defeat NOUN NN pobj 6 O defeat
at ADP IN prep 11 O at
Dundee PROPN NNP pobj 12 B-ORG Dundee _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
The DET DT det 17 O the
club NOUN NN poss 20 O club _
's PART POS case 17 O 's
chief ADJ JJ amod 20 O chief
executive NOUN NN nsubj 25 O executive _
, PUNCT , punct 20 O ,
Ama PROPN NNP compound 23 B-PERSON Ama
Reid PROPN NNP appos 20 I-PERSON Reid _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 25 O say _
: PUNCT : punct 25 O :
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 29 O we
thank VERB VBP ccomp 25 O thank
Tom PROPN NNP dobj 29 B-PERSON Tom
for ADP IN prep 29 O for
his PRON PRP$ poss 33 O his
efforts NOUN NNS pobj 31 O effort _
. PUNCT . punct 25 O . _
" PUNCT `` punct 25 O " _
<paragraph> SPACE _SP dep 35 O <paragraph> _
The DET DT det 38 O the
defeat NOUN NN nsubj 39 O defeat
left VERB VBD ROOT 39 O leave
Harriers PROPN NNPS dobj 39 B-NORP Harriers
third ADV RB advmod 39 I-NORP third
in ADP IN prep 39 O in
the DET DT det 44 O the
table NOUN NN pobj 42 O table _
. PUNCT . punct 39 O . _
"""


def test_the_lede_side_over_one_named_in_passing() -> None:
    rows = Extractor().rows(frozen(_HARRIERS))
    assert [(r.speaker, r.organization) for r in rows] == [("Ama Reid", "Harriers")]
