"""`Police Sergeant Evans said`: a police rank written whole, the force's word alone before the
rank, names the officer by the surname alone (the tagger reads the three words as one body) and
no body `Police`; a force named before the rank (`Harbour Police Senior Constable Blake`) is the
officer's body. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Police Sergeant Evans said he found the prisoner lying across the pavement. "He struck me
# twice," he said.
_SERGEANT = """
Police PROPN NNP compound 1 B-ORG Police
Sergeant PROPN NNP compound 2 I-ORG Sergeant
Evans PROPN NNP nsubj 3 I-ORG Evans
said VERB VBD ROOT 3 O say
he PRON PRP nsubj 5 O he
found VERB VBD ccomp 3 O find
the DET DT det 7 O the
prisoner NOUN NN nsubj 8 O prisoner
lying VERB VBG ccomp 5 O lie
across ADP IN prep 8 O across
the DET DT det 11 O the
pavement NOUN NN pobj 9 O pavement _
. PUNCT . punct 3 O .
" PUNCT `` punct 21 O " _
He PRON PRP nsubj 15 O he
struck VERB VBD ccomp 21 O strike
me PRON PRP dobj 15 O I
twice ADV RB advmod 15 O twice _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Harbour Police Senior Constable Blake said: "The road was closed."
_FORCE = """
Harbour PROPN NNP compound 4 B-ORG Harbour
Police PROPN NNP compound 4 I-ORG Police
Senior PROPN NNP compound 4 I-ORG Senior
Constable PROPN NNP compound 4 I-ORG Constable
Blake PROPN NNP nsubj 5 I-ORG Blake
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
The DET DT det 9 O the
road NOUN NN nsubjpass 11 O road
was AUX VBD auxpass 11 O be
closed VERB VBN ccomp 5 O close _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def test_a_rank_written_whole_names_the_officer_by_the_surname() -> None:
    rows = Extractor().rows(frozen(_SERGEANT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Evans", "Police Sergeant", "")]


def test_a_force_named_before_the_rank_is_the_body() -> None:
    rows = Extractor().rows(frozen(_FORCE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Blake", "Senior Constable", "Harbour Police")
    ]
