"""`Tenants clamoring to stop the sale say …`: the parser can read the participle that describes
the group as the sentence's main verb, with the group for its subject, and hang the verb of
saying on it with no relation it can name; the group speaks. A frozen parse (the model's own)
of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tenants clamoring to stop the sale of the estate say they were never consulted.
_TENANTS = """
Tenants NOUN NNS nsubj 1 O tenant
clamoring VERB VBG ROOT 1 O clamor
to PART TO aux 3 O to
stop VERB VB advcl 1 O stop
the DET DT det 5 O the
sale NOUN NN dobj 3 O sale
of ADP IN prep 5 O of
the DET DT det 8 O the
estate NOUN NN pobj 6 O estate
say VERB VBP dep 1 O say
they PRON PRP nsubjpass 13 O they
were AUX VBD auxpass 13 O be
never ADV RB neg 13 O never
consulted VERB VBN ccomp 9 O consult _
. PUNCT . punct 1 O . _
"""


def test_the_group_a_participle_describes_speaks() -> None:
    rows = [(r.kind, r.speaker, r.quote) for r in Extractor(indirect=True).rows(frozen(_TENANTS))]
    assert rows == [("indirect", "Tenants", "they were never consulted")]
