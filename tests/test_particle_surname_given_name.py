"""A person's name the tagger opened on a surname's small particle (`Eduardo` a body, `dela Cruz`
a person) takes the given name before it; `dela`, `delos`, `dos`, `das` and `des` open surnames
as `de` and `van` do. A frozen parse (by the project's pipeline) of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Barangay captain Eduardo dela Cruz of Barangay Payatas said residents had started clearing
# canals. "It is hard, but we can do it," he said.
_DELA = """
Barangay PROPN NNP compound 1 B-ORG Barangay
captain NOUN NN compound 4 O captain
Eduardo PROPN NNP compound 4 B-ORG Eduardo
dela NOUN NN compound 4 B-PERSON dela
Cruz PROPN NNP nsubj 8 I-PERSON Cruz
of ADP IN prep 4 O of
Barangay PROPN NNP compound 7 B-ORG Barangay
Payatas PROPN NNP pobj 5 I-ORG Payatas
said VERB VBD ROOT 8 O say
residents NOUN NNS nsubj 11 O resident
had AUX VBD aux 11 O have
started VERB VBN ccomp 8 O start
clearing VERB VBG xcomp 11 O clear
canals NOUN NNS dobj 12 O canal _
. PUNCT . punct 8 O .
" PUNCT `` punct 28 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 28 O be
hard ADJ JJ acomp 17 O hard _
, PUNCT , punct 17 O ,
but CCONJ CC cc 17 O but
we PRON PRP nsubj 23 O we
can AUX MD aux 23 O can
do VERB VB conj 17 O do
it PRON PRP dobj 23 O it _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_a_given_name_the_tagger_left_out_opens_a_surname_with_a_particle() -> None:
    rows = Extractor().rows(frozen(_DELA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Eduardo dela Cruz", "captain", "Barangay Payatas")
    ]
