"""A word that says when a role is held (`Acting`, `Interim`) opening a title in capitals opens
no body's name: `Acting Police Commissioner X` is no officer of *Acting Police*, and `Interim Acme
Mining chief executive X` works at *Acme Mining*. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Floods hit the south. The Trinidad and Tobago Police Service said roads were closed. Acting
# Police Commissioner Curtis Baptiste said officers were helping. "Our priority is saving lives,"
# Baptiste said.
_ACTING = """
Floods NOUN NNS nsubj 1 O flood
hit VERB VBD ROOT 1 O hit
the DET DT det 3 O the
south NOUN NN dobj 1 O south _
. PUNCT . punct 1 O .
The DET DT det 10 O the
Trinidad PROPN NNP nmod 10 O Trinidad
and CCONJ CC cc 6 O and
Tobago PROPN NNP compound 10 B-ORG Tobago
Police PROPN NNP compound 10 I-ORG Police
Service PROPN NNP nsubj 11 I-ORG Service
said VERB VBD ROOT 11 O say
roads NOUN NNS nsubjpass 14 O road
were AUX VBD auxpass 14 O be
closed VERB VBN ccomp 11 O close _
. PUNCT . punct 11 O .
Acting PROPN NNP compound 18 O Acting
Police PROPN NNP compound 18 O Police
Commissioner PROPN NNP compound 20 O Commissioner
Curtis PROPN NNP compound 20 B-PERSON Curtis
Baptiste PROPN NNP nsubj 21 I-PERSON Baptiste
said VERB VBD ROOT 21 O say
officers NOUN NNS nsubj 24 O officer
were AUX VBD aux 24 O be
helping VERB VBG ccomp 21 O help _
. PUNCT . punct 21 O .
" PUNCT `` punct 35 O " _
Our PRON PRP$ poss 28 O our
priority NOUN NN nsubj 30 O priority
is AUX VBZ aux 30 O be
saving VERB VBG ccomp 35 O save
lives NOUN NNS dobj 30 O life _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
Baptiste PROPN NNP nsubj 35 O Baptiste
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""

# Shares in Acme Mining fell. Interim Acme Mining chief executive Tom Hale said costs were rising.
# "We will cut jobs," Hale said.
_INTERIM = """
Shares NOUN NNS nsubj 4 O share
in ADP IN prep 0 O in
Acme PROPN NNP compound 3 B-ORG Acme
Mining PROPN NNP pobj 1 I-ORG Mining
fell VERB VBD ROOT 4 O fall _
. PUNCT . punct 4 O .
Interim PROPN NNP compound 10 B-PERSON Interim
Acme PROPN NNP nmod 8 I-PERSON Acme
Mining PROPN NNP nmod 10 I-PERSON Mining
chief ADJ JJ amod 10 O chief
executive NOUN NN compound 12 O executive
Tom PROPN NNP compound 12 B-PERSON Tom
Hale PROPN NNP nsubj 13 I-PERSON Hale
said VERB VBD ROOT 13 O say
costs NOUN NNS nsubj 16 O cost
were AUX VBD aux 16 O be
rising VERB VBG ccomp 13 O rise _
. PUNCT . punct 13 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
cut VERB VB ccomp 26 O cut
jobs NOUN NNS dobj 21 O job _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Hale PROPN NNP nsubj 26 O Hale
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_acting_opens_no_bodys_name() -> None:
    [(speaker, role, organization)] = who(_ACTING)
    assert (speaker, role) == ("Curtis Baptiste", "Acting Police Commissioner")
    assert "Acting" not in organization


def test_interim_before_a_bodys_name_is_no_part_of_it() -> None:
    assert who(_INTERIM) == [("Tom Hale", "Interim chief executive", "Acme Mining")]
