"""`The coast guard spokesperson, Dana Reyes, said`: `guard`, a noun that can name a job, right
after `coast` names a kind of body with it (models/body_kinds_of_two_words.txt), so the job is the
word after it, and the two words are the body's, stripped from the role (ROLES.md 4) and standing
for the coast guard the article names. Frozen parses of texts written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Norland Coast Guard sent two patrol boats to the reef on Monday. The coast guard
# spokesperson, Dana Reyes, said "both vessels returned safely."
_NORLAND = """
The DET DT det 3 B-ORG the
Norland PROPN NNP compound 3 I-ORG Norland
Coast PROPN NNP compound 3 I-ORG Coast
Guard PROPN NNP nsubj 4 I-ORG Guard
sent VERB VBD ROOT 4 O send
two NUM CD nummod 7 B-CARDINAL two
patrol NOUN NN compound 7 O patrol
boats NOUN NNS dobj 4 O boat
to ADP IN prep 4 O to
the DET DT det 10 O the
reef NOUN NN pobj 8 O reef
on ADP IN prep 4 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 4 O .
The DET DT det 17 O the
coast NOUN NN compound 16 O coast
guard PROPN NNP compound 17 O guard
spokesperson NOUN NN nsubj 22 O spokesperson _
, PUNCT , punct 17 O ,
Dana PROPN NNP compound 20 B-PERSON Dana
Reyes PROPN NNP appos 17 I-PERSON Reyes _
, PUNCT , punct 17 O ,
said VERB VBD ROOT 22 O say
" PUNCT `` punct 22 O " _
both DET DT det 25 O both
vessels NOUN NNS nsubj 26 O vessel
returned VERB VBD ccomp 22 O return
safely ADV RB advmod 26 O safely _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""

# The Norland Coast Guard sent two patrol boats to the reef on Monday. A coast guard
# spokesperson said "both vessels returned safely."
_UNNAMED = """
The DET DT det 3 B-ORG the
Norland PROPN NNP compound 3 I-ORG Norland
Coast PROPN NNP compound 3 I-ORG Coast
Guard PROPN NNP nsubj 4 I-ORG Guard
sent VERB VBD ROOT 4 O send
two NUM CD nummod 7 B-CARDINAL two
patrol NOUN NN compound 7 O patrol
boats NOUN NNS dobj 4 O boat
to ADP IN prep 4 O to
the DET DT det 10 O the
reef NOUN NN pobj 8 O reef
on ADP IN prep 4 O on
Monday PROPN NNP pobj 11 B-DATE Monday _
. PUNCT . punct 4 O .
A DET DT det 17 O a
coast NOUN NN compound 16 O coast
guard NOUN NN compound 17 O guard
spokesperson NOUN NN nsubj 18 O spokesperson
said VERB VBD ROOT 18 O say
" PUNCT `` punct 22 O " _
both DET DT det 21 O both
vessels NOUN NNS nsubj 22 O vessel
returned VERB VBD ccomp 18 O return
safely ADV RB advmod 22 O safely _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_a_named_spokesperson_of_the_coast_guard() -> None:
    rows = Extractor().rows(frozen(_NORLAND))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Dana Reyes", "spokesperson", "Norland Coast Guard")
    ]


def test_an_unnamed_spokesperson_of_the_coast_guard() -> None:
    rows = Extractor().rows(frozen(_UNNAMED))
    assert [(r.role, r.organization) for r in rows] == [("spokesperson", "Norland Coast Guard")]
