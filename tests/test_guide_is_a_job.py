"""A guide is a job (`a tour guide`, `who works as a guide`; issue 10): the relative clause gives
the role. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen

# Karim Haddad, who works as a guide in the valley, said the river rose fast.
_GUIDE = """
Karim PROPN NNP compound 1 B-PERSON Karim
Haddad PROPN NNP nsubj 12 I-PERSON Haddad _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
works VERB VBZ relcl 1 O work
as ADP IN prep 4 O as
a DET DT det 7 O a
guide NOUN NN pobj 5 O guide
in ADP IN prep 7 O in
the DET DT det 10 O the
valley NOUN NN pobj 8 O valley _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
river NOUN NN nsubj 15 O river
rose VERB VBD ccomp 12 O rise
fast ADV RB advmod 15 O fast _
. PUNCT . punct 12 O . _
"""


def test_who_works_as_a_guide_is_a_guide() -> None:
    doc = frozen(_GUIDE)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    assert [d.role for d in describer.describe(0, 2) if d.role] == ["guide in the valley"]
