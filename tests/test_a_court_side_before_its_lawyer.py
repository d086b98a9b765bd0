"""`Crown prosecutor Emma Lyons said …`: a side of a criminal case written before its lawyer
(models/court_sides.txt) is part of the lawyer's role, as `Defence counsel` is, though the tagger
calls `Crown` a body; a body named for the Crown stays one (`Crown Prosecution Service lawyer
X`). Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Crown prosecutor Emma Lyons said the family had been "shattered".
_PROSECUTOR = """
Crown ADJ JJ amod 1 B-ORG crown
prosecutor NOUN NN compound 3 O prosecutor
Emma PROPN NNP compound 3 B-PERSON Emma
Lyons PROPN NNP nsubj 4 I-PERSON Lyons
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
family NOUN NN nsubjpass 10 O family
had AUX VBD aux 10 O have
been AUX VBN auxpass 10 O be
" PUNCT `` punct 10 O " _
shattered VERB VBN ccomp 4 O shatter _
" PUNCT '' punct 10 O " _
. PUNCT . punct 4 O . _
"""

# Crown Prosecution Service lawyer Tom Hale said the evidence was "overwhelming".
_SERVICE = """
Crown PROPN NNP compound 2 B-ORG Crown
Prosecution PROPN NNP compound 2 I-ORG Prosecution
Service PROPN NNP compound 3 I-ORG Service
lawyer NOUN NN compound 5 O lawyer
Tom PROPN NNP compound 5 B-PERSON Tom
Hale PROPN NNP nsubj 6 I-PERSON Hale
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
evidence NOUN NN nsubj 9 O evidence
was AUX VBD ccomp 6 O be
" PUNCT `` punct 11 O " _
overwhelming ADJ JJ acomp 9 O overwhelming _
" PUNCT '' punct 9 O " _
. PUNCT . punct 6 O . _
"""


def test_the_crown_before_its_prosecutor_is_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_PROSECUTOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Emma Lyons", "Crown prosecutor", "")]


def test_a_body_named_for_the_crown_stays_a_body() -> None:
    rows = Extractor().rows(frozen(_SERVICE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Hale", "lawyer", "Crown Prosecution Service")
    ]
