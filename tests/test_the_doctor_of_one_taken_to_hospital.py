"""`Tom Baxter was taken to hospital. “…,” the doctor said`: a doctor's, a nurse's or a
paramedic's job after `the`, where the one person named is the patient (the passive subject of a
verb done to the hurt, `taken`, `rushed`, `treated`, `injured`), is someone new who treats them,
not the patient; one the story calls `Dr` may be both. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Grace Wanjiru was rushed to hospital after the matatu overturned near Naivasha. "Her condition
# is stable but she has lost a lot of blood," the nurse said.
_RUSHED = """
Grace PROPN NNP compound 1 B-PERSON Grace
Wanjiru PROPN NNP nsubjpass 3 I-PERSON Wanjiru
was AUX VBD auxpass 3 O be
rushed VERB VBN ROOT 3 O rush
to ADP IN prep 3 O to
hospital NOUN NN pobj 4 O hospital
after SCONJ IN mark 9 O after
the DET DT det 8 O the
matatu NOUN NN nsubj 9 O matatu
overturned VERB VBN advcl 3 O overturn
near ADP IN prep 9 O near
Naivasha PROPN NNP pobj 10 B-GPE Naivasha _
. PUNCT . punct 3 O .
" PUNCT `` punct 16 O " _
Her PRON PRP$ poss 15 O her
condition NOUN NN nsubj 16 O condition
is AUX VBZ ccomp 30 O be
stable ADJ JJ acomp 16 O stable
but CCONJ CC cc 16 O but
she PRON PRP nsubj 21 O she
has AUX VBZ aux 21 O have
lost VERB VBN conj 16 O lose
a DET DT det 23 O a
lot NOUN NN dobj 21 O lot
of ADP IN prep 23 O of
blood NOUN NN pobj 24 O blood _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
the DET DT det 29 O the
nurse NOUN NN nsubj 30 O nurse
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Liam Docherty was treated for smoke inhalation after the fire at his flat in Paisley. "He was
# very lucky that a neighbour heard the alarm," the paramedic said.
_TREATED = """
Liam PROPN NNP compound 1 B-PERSON Liam
Docherty PROPN NNP nsubjpass 3 I-PERSON Docherty
was AUX VBD auxpass 3 O be
treated VERB VBN ROOT 3 O treat
for ADP IN prep 3 O for
smoke NOUN NN compound 6 O smoke
inhalation NOUN NN pobj 4 O inhalation
after ADP IN prep 3 O after
the DET DT det 9 O the
fire NOUN NN pobj 7 O fire
at ADP IN prep 9 O at
his PRON PRP$ poss 12 O his
flat NOUN NN pobj 10 O flat
in ADP IN prep 12 O in
Paisley PROPN NNP pobj 13 B-GPE Paisley _
. PUNCT . punct 3 O .
" PUNCT `` punct 18 O " _
He PRON PRP nsubj 18 O he
was AUX VBD ccomp 31 O be
very ADV RB advmod 20 O very
lucky ADJ JJ acomp 18 O lucky
that SCONJ IN mark 24 O that
a DET DT det 23 O a
neighbour NOUN NN nsubj 24 O neighbour
heard VERB VBD ccomp 20 O hear
the DET DT det 26 O the
alarm NOUN NN dobj 24 O alarm _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
the DET DT det 30 O the
paramedic NOUN NN nsubj 31 O paramedic
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""

# Dr Anika Sharma was injured when the bus hit a wall. "I was thrown across the aisle," the doctor
# said.
_THE_DOCTOR = """
Dr PROPN NNP compound 2 O Dr
Anika PROPN NNP compound 2 B-PERSON Anika
Sharma PROPN NNP nsubjpass 4 I-PERSON Sharma
was AUX VBD auxpass 4 O be
injured VERB VBN ROOT 4 O injure
when SCONJ WRB advmod 8 O when
the DET DT det 7 O the
bus NOUN NN nsubj 8 O bus
hit VERB VBD advcl 4 O hit
a DET DT det 10 O a
wall NOUN NN dobj 8 O wall _
. PUNCT . punct 4 O .
" PUNCT `` punct 15 O " _
I PRON PRP nsubjpass 15 O I
was AUX VBD auxpass 15 O be
thrown VERB VBN ccomp 23 O throw
across ADP IN prep 15 O across
the DET DT det 18 O the
aisle NOUN NN pobj 16 O aisle _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 22 O the
doctor NOUN NN nsubj 23 O doctor
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Jim Rhodes has watched his paddocks turn to dust. "We have not had rain since March," the farmer
# said.
_FARMER = """
Jim PROPN NNP compound 1 B-PERSON Jim
Rhodes PROPN NNP nsubj 3 I-PERSON Rhodes
has AUX VBZ aux 3 O have
watched VERB VBN ROOT 3 O watch
his PRON PRP$ poss 5 O his
paddocks NOUN NNS nsubj 6 O paddock
turn VERB VB ccomp 3 O turn
to ADP IN prep 6 O to
dust NOUN NN pobj 7 O dust _
. PUNCT . punct 3 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 14 O we
have AUX VBP aux 14 O have
not PART RB neg 14 O not
had VERB VBN ccomp 22 O have
rain NOUN NN dobj 14 O rain
since SCONJ IN prep 14 O since
March PROPN NNP pobj 16 B-DATE March _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 21 O the
farmer NOUN NN nsubj 22 O farmer
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_the_nurse_is_not_the_one_rushed_to_hospital() -> None:
    rows = Extractor().rows(frozen(_RUSHED))
    assert [(r.speaker, r.role) for r in rows] == [("the nurse", "nurse")]


def test_the_paramedic_is_not_the_one_treated() -> None:
    rows = Extractor().rows(frozen(_TREATED))
    assert [(r.speaker, r.role) for r in rows] == [("the paramedic", "paramedic")]


def test_a_doctor_hurt_is_the_doctor_still() -> None:
    rows = Extractor().rows(frozen(_THE_DOCTOR))
    assert [(r.speaker, r.role) for r in rows] == [("Anika Sharma", "doctor")]


def test_the_farmer_is_the_one_named() -> None:
    rows = Extractor().rows(frozen(_FARMER))
    assert [(r.speaker, r.role) for r in rows] == [("Jim Rhodes", "farmer")]
