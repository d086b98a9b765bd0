"""Surnames opened by small particles (issue 10; models/name_particles.txt), each from a frozen
parse of a sentence written for this file:

- `Andries de Villiers said … "…," De Villiers said`: Dutch and Afrikaans news write the particle
  in capitals when the surname stands alone; that form, tagged a body, is the person named with
  it, not a body of its own;
- `Ulrike von der Lahn said … Von der Lahn said`, `von der` left untagged between the given name
  and the surname: two particles join them as one does;
- `LISBON - Marcelo Rebelo de Pinho, the president, said`, the given name left out: a
  surname's particle makes no name longer, so the given name before it still opens the name,
  and `Rebelo de Pinho` later is the same person.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_PARTICLE_WRITTEN_IN_CAPITALS = """
Former ADJ JJ amod 4 O former
Kestrel PROPN NNP nmod 2 O Kestrel
Mining PROPN NNP nmod 4 O Mining
chief ADJ JJ amod 4 O chief
executive NOUN NN compound 7 O executive
Andries PROPN NNP compound 7 B-ORG Andries
de PROPN NNP compound 7 I-ORG de
Villiers PROPN NNPS nsubj 8 I-ORG Villiers
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
mine NOUN NN nsubj 11 O mine
needed VERB VBD ccomp 8 O need
investment NOUN NN dobj 11 O investment _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
The DET DT det 16 O the
shafts NOUN NNS nsubj 17 O shaft
are AUX VBP ccomp 23 O be
old ADJ JJ acomp 17 O old _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
De PROPN NNP compound 22 B-ORG De
Villiers PROPN NNP nsubj 23 I-ORG Villiers
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
_NAME_ENDED_ON_ITS_PARTICLES = """
Ulrike INTJ UH intj 2 O ulrike
von PROPN NNP compound 2 O von
der NOUN NN compound 3 O der
Lahn PROPN NNP nsubj 4 B-PERSON Lahn
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
ferry NOUN NN nsubj 8 O ferry
would AUX MD aux 8 O would
stop VERB VB ccomp 4 O stop _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 12 O we
have VERB VBP ccomp 20 O have
no DET DT det 14 O no
crew NOUN NN dobj 12 O crew _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Von PROPN NNP compound 18 B-WORK_OF_ART Von
der PROPN NNP compound 19 I-WORK_OF_ART der
Lahn PROPN NNP nsubj 20 I-WORK_OF_ART Lahn
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""
_GIVEN_NAME_BEFORE_A_PARTICLE_SURNAME = """
LISBON PROPN NNP ROOT 0 O LISBON
- PUNCT : punct 0 O -
Marcelo PROPN NNP compound 5 O Marcelo
Rebelo PROPN NNP compound 5 B-PERSON Rebelo
de PROPN NNP compound 5 I-PERSON de
Pinho PROPN NNP nsubj 10 I-PERSON Pinho _
, PUNCT , punct 5 O ,
the DET DT det 8 O the
president NOUN NN appos 5 O president _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
budget NOUN NN nsubj 14 O budget
would AUX MD aux 14 O would
pass VERB VB ccomp 10 O pass _
. PUNCT . punct 10 O .
" PUNCT `` punct 25 O " _
I PRON PRP nsubj 18 O I
am AUX VBP ccomp 25 O be
confident ADJ JJ acomp 18 O confident _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Rebelo PROPN NNP compound 24 B-ORG Rebelo
de PROPN NNP compound 24 I-ORG de
Pinho PROPN NNP nsubj 25 I-ORG Pinho
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_surname_alone_with_its_particle_in_capitals_is_the_person() -> None:
    assert _rows(_PARTICLE_WRITTEN_IN_CAPITALS)[0][0] == "Andries de Villiers"


def test_two_untagged_particles_join_the_given_name_to_the_surname() -> None:
    assert _rows(_NAME_ENDED_ON_ITS_PARTICLES) == [("Ulrike von der Lahn", "", "")]


def test_a_given_name_opens_a_surname_with_a_particle() -> None:
    assert _rows(_GIVEN_NAME_BEFORE_A_PARTICLE_SURNAME) == [("Marcelo Rebelo de Pinho", "president", "")]

