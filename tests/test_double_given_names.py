"""Spanish and Portuguese names: two given names before the surnames, and small particles inside
them. The first given name left untagged before a name tagged from the second joins it (`Ana` +
`Paula da Silva`); four words in capitals opening with two given names, tagged a body, are a
person's name like two or three (`María Fernanda Quispe Mamani`); a particle the parser read as
a verb is still part of the name (`Ricardo dos Santos Ferreira`), and one left untagged before a
surname takes the given name before it. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ana Paula da Silva, 52, who runs a laundry in Comas, said she would have to raise her prices.
# "My customers cannot pay more," da Silva said.
_LAUNDRY = """
Ana PROPN NNP compound 3 O Ana
Paula PROPN NNP compound 3 B-PERSON Paula
da PROPN NNP compound 3 I-PERSON da
Silva PROPN NNP nsubj 14 I-PERSON Silva _
, PUNCT , punct 3 O ,
52 NUM CD appos 3 B-DATE 52 _
, PUNCT , punct 3 O ,
who PRON WP nsubj 8 O who
runs VERB VBZ relcl 3 O run
a DET DT det 10 O a
laundry NOUN NN dobj 8 O laundry
in ADP IN prep 8 O in
Comas PROPN NNP pobj 11 B-PRODUCT Comas _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 14 O say
she PRON PRP nsubj 17 O she
would AUX MD aux 17 O would
have VERB VB ccomp 14 O have
to PART TO aux 19 O to
raise VERB VB xcomp 17 O raise
her PRON PRP$ poss 21 O her
prices NOUN NNS dobj 19 O price _
. PUNCT . punct 14 O .
" PUNCT `` punct 34 O " _
My PRON PRP$ poss 25 O my
customers NOUN NNS nsubj 28 O customer
can AUX MD aux 28 O can _
not PART RB neg 28 O not
pay VERB VB ccomp 34 O pay
more ADJ JJR dobj 28 O more _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
da PROPN NNP compound 33 O da
Silva PROPN NNP nsubj 34 B-PERSON Silva
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _

"""

# The head of the water regulator, María Fernanda Quispe Mamani, defended the increase on
# Thursday. "The network will collapse," she told reporters.
_REGULATOR = """
The DET DT det 1 O the
head NOUN NN nsubj 12 O head
of ADP IN prep 1 O of
the DET DT det 5 O the
water NOUN NN compound 5 O water
regulator NOUN NN pobj 2 O regulator _
, PUNCT , punct 1 O ,
María PROPN NNP compound 10 B-ORG María
Fernanda PROPN NNP compound 10 I-ORG Fernanda
Quispe PROPN NNP compound 10 I-ORG Quispe
Mamani PROPN NNP appos 1 I-ORG Mamani _
, PUNCT , punct 1 O ,
defended VERB VBD ROOT 12 O defend
the DET DT det 14 O the
increase NOUN NN dobj 12 O increase
on ADP IN prep 14 O on
Thursday PROPN NNP pobj 15 B-DATE Thursday _
. PUNCT . punct 12 O .
" PUNCT `` punct 26 O " _
The DET DT det 20 O the
network NOUN NN nsubj 22 O network
will AUX MD aux 22 O will
collapse VERB VB ccomp 26 O collapse _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter _
. PUNCT . punct 26 O . _

"""

# The general manager, Ricardo dos Santos Ferreira, said the money would fund new pipes. "Every
# sol will go into the ground," Santos Ferreira said.
_MANAGER = """
The DET DT det 2 O the
general ADJ JJ amod 2 O general
manager NOUN NN nsubj 5 O manager _
, PUNCT , punct 2 O ,
Ricardo PROPN NNP nsubj 5 B-ORG Ricardo
dos VERB VBZ parataxis 9 O do
Santos PROPN NNP compound 7 B-PERSON Santos
Ferreira PROPN NNP dobj 5 I-PERSON Ferreira _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
money NOUN NN nsubj 13 O money
would AUX MD aux 13 O would
fund VERB VB ccomp 9 O fund
new ADJ JJ amod 15 O new
pipes NOUN NNS dobj 13 O pipe _
. PUNCT . punct 9 O .
" PUNCT `` punct 29 O " _
Every DET DT det 19 O every
sol NOUN NN nsubj 21 O sol
will AUX MD aux 21 O will
go VERB VB ccomp 29 O go
into ADP IN prep 21 O into
the DET DT det 24 O the
ground NOUN NN pobj 22 O ground _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Santos PROPN NNP compound 28 B-PERSON Santos
Ferreira PROPN NNP nsubj 29 I-PERSON Ferreira
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _

"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_first_of_two_given_names_left_untagged_joins_the_name() -> None:
    assert who(_LAUNDRY) == [("Ana Paula da Silva", "")]


def test_four_words_opening_with_two_given_names_are_a_persons_name() -> None:
    assert who(_REGULATOR) == [("María Fernanda Quispe Mamani", "head of the water regulator")]


def test_a_particle_read_as_a_verb_stays_in_the_name() -> None:
    assert who(_MANAGER) == [("Ricardo dos Santos Ferreira", "general manager")]
