"""`The Sharks have sacked …`, the tagger calling `The Sharks` a person, then `Sharks chief executive
X`: one plural word in capitals that the story elsewhere makes, after `the`, the subject of a clause
is a side's or a body's name before a job whose holder is named at once. Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Sharks have sacked head coach John Plumtree after a 50-10 loss to Leinster. / / Sharks chief
# executive Eduard Coetzee said: "We had to act."
_PLURAL = """
The DET DT det 1 O the
Sharks PROPN NNPS nsubj 3 B-PERSON Sharks
have AUX VBP aux 3 O have
sacked VERB VBN ROOT 3 O sack
head NOUN NN compound 5 O head
coach NOUN NN compound 7 O coach
John PROPN NNP compound 7 B-PERSON John
Plumtree PROPN NNP dobj 3 I-PERSON Plumtree
after ADP IN prep 3 O after
a DET DT det 13 O a
50 NUM CD nummod 13 B-CARDINAL 50 _
- SYM SYM punct 12 I-CARDINAL - _
10 NUM CD prep 10 I-CARDINAL 10
loss NOUN NN pobj 8 O loss
to ADP IN prep 13 O to
Leinster PROPN NNP pobj 14 B-PERSON Leinster _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
Sharks PROPN NNP compound 22 O Sharks
chief ADJ JJ amod 20 O chief
executive NOUN NN compound 22 O executive
Eduard PROPN NNP compound 22 B-PERSON Eduard
Coetzee PROPN NNP nsubj 23 I-PERSON Coetzee
said VERB VBD ROOT 23 O say _
: PUNCT : punct 23 O :
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 27 O we
had VERB VBD ccomp 23 O have
to PART TO aux 29 O to
act VERB VB xcomp 27 O act _
. PUNCT . punct 23 O . _
" PUNCT '' punct 23 O " _
"""


def test_a_plural_named_with_the_is_a_side_before_a_job() -> None:
    rows = Extractor().rows(frozen(_PLURAL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Eduard Coetzee", "chief executive", "Sharks")
    ]
