"""A person's name the tagger ended on a given name runs on over the small particles opening the
surname and the surname after them (`Mayor Edgardo` + `dela Pena`), as it runs on over a plain
surname; an untagged given name and particle run on into a surname tagged alone (`Dr Pieter
ter` + `Horst`, the particle read as a noun), and a particle left untagged between two people's
names joins them (`Dr Pieter` + `ter` + `Horst`). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mayor Edgardo dela Pena of Talisay said the town had run out of tents. "We need tents," dela
# Pena said.
_MAYOR = """
Mayor PROPN NNP compound 3 O Mayor
Edgardo PROPN NNP compound 3 B-PERSON Edgardo
dela PROPN NNP compound 3 O dela
Pena PROPN NNP nsubj 6 O Pena
of ADP IN prep 3 O of
Talisay PROPN NNP pobj 4 O Talisay
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
town NOUN NN nsubj 10 O town
had AUX VBD aux 10 O have
run VERB VBN ccomp 6 O run
out ADP IN prep 10 O out
of ADP IN prep 11 O of
tents NOUN NNS pobj 12 O tent _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 17 O we
need VERB VBP ccomp 23 O need
tents NOUN NNS dobj 17 O tent _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
dela PROPN NNP compound 22 B-WORK_OF_ART dela
Pena PROPN NNP nsubj 23 I-WORK_OF_ART Pena
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _

"""


def test_the_surname_after_its_particle_joins_the_given_name() -> None:
    (row,) = Extractor().rows(frozen(_MAYOR))
    assert (row.speaker, row.role, row.organization) == ("Edgardo dela Pena", "Mayor", "Talisay")


# Floods hit the port. Dr Pieter ter Horst, a transport economist at Erasmus University, said the
# damage would last. "Shipping lines have long memories," Ter Horst said.
_ECONOMIST = """
Floods NOUN NNS nsubj 1 O flood
hit VERB VBD ROOT 1 O hit
the DET DT det 3 O the
port NOUN NN dobj 1 O port _
. PUNCT . punct 1 O .
Dr PROPN NNP compound 6 O Dr
Pieter PROPN NNP compound 8 B-PERSON Pieter
ter NOUN NN compound 8 O ter
Horst PROPN NNP nsubj 17 B-PERSON Horst _
, PUNCT , punct 8 O ,
a DET DT det 12 O a
transport NOUN NN compound 12 O transport
economist NOUN NN appos 8 O economist
at ADP IN prep 12 O at
Erasmus PROPN NNP compound 15 B-ORG Erasmus
University PROPN NNP pobj 13 I-ORG University _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
damage NOUN NN nsubj 21 O damage
would AUX MD aux 21 O would
last VERB VB ccomp 17 O last _
. PUNCT . punct 17 O .
" PUNCT `` punct 33 O " _
Shipping NOUN NN compound 25 O shipping
lines NOUN NNS nsubj 26 O line
have VERB VBP ccomp 33 O have
long ADJ JJ amod 28 O long
memories NOUN NNS dobj 26 O memory _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
Ter PROPN NNP compound 32 B-PERSON Ter
Horst PROPN NNP nsubj 33 I-PERSON Horst
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _

"""


def test_a_given_name_and_particle_run_into_the_surname_tagged_alone() -> None:
    (row,) = Extractor().rows(frozen(_ECONOMIST))
    assert (row.speaker, row.organization) == ("Pieter ter Horst", "Erasmus University")


# Dr Pieter ter Horst, a transport economist at Erasmus University, said the damage would last.
# "Shipping lines have long memories," Ter Horst said.
_ECONOMIST_TAGGED_TWICE = """
Dr PROPN NNP compound 1 O Dr
Pieter PROPN NNP compound 3 B-PERSON Pieter
ter NOUN NN compound 3 O ter
Horst PROPN NNP nsubj 12 B-PERSON Horst _
, PUNCT , punct 3 O ,
a DET DT det 7 O a
transport NOUN NN compound 7 O transport
economist NOUN NN appos 3 O economist
at ADP IN prep 7 O at
Erasmus PROPN NNP compound 10 B-ORG Erasmus
University PROPN NNP pobj 8 I-ORG University _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
damage NOUN NN nsubj 16 O damage
would AUX MD aux 16 O would
last VERB VB ccomp 12 O last _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 29 O " _
Shipping NOUN NN compound 21 O shipping
lines NOUN NNS nsubj 22 O line
have VERB VBP ccomp 29 O have
long ADJ JJ amod 24 O long
memories NOUN NNS dobj 22 O memory _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Ter PROPN NNP compound 28 B-PERSON Ter
Horst PROPN NNP nsubj 29 I-PERSON Horst
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _

"""


def test_a_particle_between_two_peoples_names_joins_them() -> None:
    (row,) = Extractor().rows(frozen(_ECONOMIST_TAGGED_TWICE))
    assert row.speaker == "Pieter ter Horst"
