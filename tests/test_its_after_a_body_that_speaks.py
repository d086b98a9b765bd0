"""`Its` opening a sentence after one whose subject is a body stands for that body, also when
the tagger did not tag its name a body: a name followed by a relative clause on `which`
(`Harbourlink, which runs the island buses, said …`) is a thing's or a body's, never a
person's. So `Its managing director, Robbie Drummond,` works for Harbourlink, not for the last
body the tagger did tag. Frozen parses of a text written for this file (see tests/frozen.py):
as the tagger reads it (the name a person's), and with the name set by hand to an untagged
common noun, as the tagger reads a word it does not know opening a sentence."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from tests.frozen import frozen

# A Transport Ministry spokeswoman said: "We share the frustration of island communities."
# Harbourlink, which runs the island buses, said it was working to restore services. Its managing
# director, Robbie Drummond, said: "Our drivers are doing an incredible job."
_PERSON_TAGGED = """
A DET DT det 3 O a
Transport PROPN NNP compound 2 B-ORG Transport
Ministry PROPN NNP compound 3 I-ORG Ministry
spokeswoman NOUN NN nsubj 4 O spokeswoman
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
We PRON PRP nsubj 8 O we
share VERB VBP ccomp 4 O share
the DET DT det 10 O the
frustration NOUN NN dobj 8 O frustration
of ADP IN prep 10 O of
island NOUN NN compound 13 O island
communities NOUN NNS pobj 11 O community _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O "
Harbourlink PROPN NNP nsubj 24 B-PERSON Harbourlink _
, PUNCT , punct 16 O ,
which PRON WDT nsubj 19 O which
runs VERB VBZ relcl 16 O run
the DET DT det 22 O the
island NOUN NN compound 22 O island
buses NOUN NNS dobj 19 O bus _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 24 O say
it PRON PRP nsubj 27 O it
was AUX VBD aux 27 O be
working VERB VBG ccomp 24 O work
to PART TO aux 29 O to
restore VERB VB advcl 27 O restore
services NOUN NNS dobj 29 O service _
. PUNCT . punct 24 O .
Its PRON PRP$ poss 34 O its
managing VERB VBG compound 34 O manage
director NOUN NN nsubj 39 O director _
, PUNCT , punct 34 O ,
Robbie PROPN NNP compound 37 B-PERSON Robbie
Drummond PROPN NNP appos 34 I-PERSON Drummond _
, PUNCT , punct 34 O ,
said VERB VBD ROOT 39 O say _
: PUNCT : punct 39 O :
" PUNCT `` punct 39 O " _
Our PRON PRP$ poss 43 O our
drivers NOUN NNS nsubj 45 O driver
are AUX VBP aux 45 O be
doing VERB VBG ccomp 39 O do
an DET DT det 48 O an
incredible ADJ JJ amod 48 O incredible
job NOUN NN dobj 45 O job _
. PUNCT . punct 39 O . _
" PUNCT '' punct 39 O " _
"""

# (The same parse, with the name an untagged common noun.)
_UNTAGGED_NOUN = _PERSON_TAGGED.replace(
    "Harbourlink PROPN NNP nsubj 24 B-PERSON Harbourlink", "Harbourlink NOUN NN nsubj 24 O harbourlink"
)


def test_the_second_parse_differs_from_the_first() -> None:
    assert _UNTAGGED_NOUN != _PERSON_TAGGED


@pytest.mark.parametrize("spec", [_PERSON_TAGGED, _UNTAGGED_NOUN])
def test_its_after_a_body_that_speaks_is_that_body(spec: str) -> None:
    rows = Extractor().rows(frozen(spec))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("A Transport Ministry spokeswoman", "spokeswoman", "Transport Ministry"),
        ("Robbie Drummond", "managing director", "Harbourlink"),
    ]
