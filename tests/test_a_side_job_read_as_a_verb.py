"""A side's job in small letters that the tagger makes a present-tense verb in an inverted cue
(`"…," said Pirates coach Thabo Mokoena.`, `coach` a verb with the side its subject and the
name its object): the name speaks, with the job its role and the side its organisation (the
row had the side for its speaker). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We were poor in the first half," said Pirates coach Thabo Mokoena.
_PIRATES = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 10 O be
poor ADJ JJ acomp 2 O poor
in ADP IN prep 2 O in
the DET DT det 7 B-DATE the
first ADJ JJ amod 7 I-DATE first
half NOUN NN pobj 4 I-DATE half _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Pirates NOUN NNS nsubj 12 B-GPE pirate
coach VERB VBP ccomp 10 O coach
Thabo PROPN NNP compound 14 B-ORG Thabo
Mokoena PROPN NNP dobj 12 I-ORG Mokoena _
. PUNCT . punct 10 O . _
"""


def test_the_name_after_a_sides_job_read_as_a_verb_speaks() -> None:
    rows = Extractor().rows(frozen(_PIRATES))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Thabo Mokoena", "coach", "Pirates")]
