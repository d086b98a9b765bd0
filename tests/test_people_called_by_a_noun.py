"""A bare definite noun for a person that gives no role (`the witness`, `the victim`: models/
person_nouns.txt), the subject of a verb of saying, each from a frozen parse of a sentence
written for this file (the entities as the tagger gave them), so a model update cannot change
what a test exercises:

- `Tom Hale saw the attack …. “…,” the witness said`: the person named last, whom a pronoun
  there would be too, and whom no job sets apart (the speaker was *the witness*, nobody's name);
- `The first witness, Tom Hale, a tax inspector, …`: one called so beside their name may have a
  job (the speaker was *the witness*);
- not after a job the article gives the person and no word that they are the one
  (`Tom Hale, a tax inspector, gave evidence`), nor when the noun brought in someone unnamed
  before (`one victim had lost …. “…,” the victim said`);
- the same for an epithet (models/epithet_nouns.txt): `A teenager was arrested …. Police named
  the driver as Tom Hale …. “…,” the teenager said` is the teenager brought in unnamed (the
  speaker was *Tom Hale*), `Tom Hale, 17, …. “…,” the teenager said` is Tom Hale.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_THE_WITNESS_AFTER_A_NAME = """
Police NOUN NNS nsubj 1 O Police
said VERB VBD ROOT 1 O say
Ana PROPN NNP compound 3 O Ana
Ruiz PROPN NNP nsubjpass 8 O Ruiz _
, PUNCT , punct 3 O ,
34 NUM CD appos 3 B-DATE 34 _
, PUNCT , punct 3 O ,
was AUX VBD auxpass 8 O be
arrested VERB VBN ccomp 1 O arrest
at ADP IN prep 8 O at
the DET DT det 11 O the
scene NOUN NN pobj 9 O scene _
. PUNCT . punct 1 O .
Tom PROPN NNP compound 14 B-PERSON Tom
Hale PROPN NNP nsubj 15 I-PERSON Hale
saw VERB VBD ROOT 15 O see
the DET DT det 17 O the
attack NOUN NN dobj 15 O attack
from ADP IN prep 17 O from
his PRON PRP$ poss 20 O his
window NOUN NN pobj 18 O window _
. PUNCT . punct 15 O .
" PUNCT `` punct 25 O " _
She PRON PRP nsubj 25 O she
just ADV RB advmod 25 O just
ran VERB VBD ccomp 32 O run
at ADP IN prep 25 O at
him PRON PRP pobj 26 O he _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
the DET DT det 31 O the
witness NOUN NN nsubj 32 O witness
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

_THE_WITNESS_CALLED_SO_WITH_A_JOB = """
The DET DT det 2 O the
first ADJ JJ amod 2 B-ORDINAL first
witness NOUN NN nsubj 11 O witness _
, PUNCT , punct 2 O ,
Tom PROPN NNP compound 5 B-PERSON Tom
Hale PROPN NNP appos 2 I-PERSON Hale _
, PUNCT , punct 5 O ,
a DET DT det 9 O a
tax NOUN NN compound 9 O tax
inspector NOUN NN appos 5 O inspector _
, PUNCT , punct 2 O ,
gave VERB VBD ROOT 11 O give
evidence NOUN NN dobj 11 O evidence
on ADP IN prep 11 O on
Monday PROPN NNP pobj 13 B-DATE Monday _
. PUNCT . punct 11 O .
" PUNCT `` punct 25 O " _
The DET DT det 18 O the
books NOUN NNS nsubj 19 O book
were AUX VBD ccomp 25 O be
false ADJ JJ acomp 19 O false _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
the DET DT det 24 O the
witness NOUN NN nsubj 25 O witness
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

_THE_VICTIM_MET_BEFORE = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 2 I-PERSON Hale
said VERB VBD ROOT 2 O say
one NUM CD nummod 4 B-CARDINAL one
victim NOUN NN nsubj 6 O victim
had AUX VBD aux 6 O have
lost VERB VBN ccomp 2 O lose
her PRON PRP$ poss 8 O her
savings NOUN NNS dobj 6 O saving _
. PUNCT . punct 2 O .
" PUNCT `` punct 18 O " _
I PRON PRP nsubj 12 O I
trusted VERB VBD ccomp 18 O trust
him PRON PRP dobj 12 O he _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
the DET DT det 17 O the
victim NOUN NN nsubj 18 O victim
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

_THE_WITNESS_AFTER_A_JOB = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 7 I-PERSON Hale _
, PUNCT , punct 1 O ,
a DET DT det 5 O a
tax NOUN NN compound 5 O tax
inspector NOUN NN appos 1 O inspector _
, PUNCT , punct 1 O ,
gave VERB VBD ROOT 7 O give
evidence NOUN NN dobj 7 O evidence
on ADP IN prep 7 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
The DET DT det 14 O the
books NOUN NNS nsubj 15 O book
were AUX VBD ccomp 21 O be
false ADJ JJ acomp 15 O false _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
the DET DT det 20 O the
witness NOUN NN nsubj 21 O witness
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

_A_TEENAGER_BROUGHT_IN_UNNAMED = """
A DET DT det 1 O a
teenager NOUN NN nsubjpass 3 O teenager
was AUX VBD auxpass 3 O be
arrested VERB VBN ROOT 3 O arrest
after ADP IN prep 3 O after
the DET DT det 6 O the
crash NOUN NN pobj 4 O crash _
. PUNCT . punct 3 O .
Police NOUN NNS nsubj 9 O Police
named VERB VBD ROOT 9 O name
the DET DT det 11 O the
driver NOUN NN dobj 9 O driver
as ADP IN prep 9 O as
Tom PROPN NNP compound 14 B-PERSON Tom
Hale PROPN NNP pobj 12 I-PERSON Hale _
, PUNCT , punct 14 O ,
40 NUM CD appos 14 B-DATE 40 _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 27 O " _
I PRON PRP nsubj 21 O I
am AUX VBP ccomp 27 O be
sorry ADJ JJ acomp 21 O sorry _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
teenager NOUN NN nsubj 27 O teenager
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

_THE_TEENAGER_NAMED = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubjpass 6 I-PERSON Hale _
, PUNCT , punct 1 O ,
17 NUM CD appos 1 B-DATE 17 _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 6 O be
arrested VERB VBN ROOT 6 O arrest
after ADP IN prep 6 O after
the DET DT det 9 O the
crash NOUN NN pobj 7 O crash _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 20 O " _
I PRON PRP nsubj 14 O I
am AUX VBP ccomp 20 O be
sorry ADJ JJ acomp 14 O sorry _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
teenager NOUN NN nsubj 20 O teenager
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_witness_is_the_person_named_last() -> None:
    assert _rows(_THE_WITNESS_AFTER_A_NAME) == [("Tom Hale", "", "")]


def test_the_witness_is_one_called_so_beside_their_name_whatever_their_job() -> None:
    assert _rows(_THE_WITNESS_CALLED_SO_WITH_A_JOB) == [("Tom Hale", "tax inspector", "")]


def test_the_witness_is_nobody_with_another_job_nor_one_brought_in_before() -> None:
    assert _rows(_THE_WITNESS_AFTER_A_JOB) == [("the witness", "", "")]
    assert _rows(_THE_VICTIM_MET_BEFORE) == [("the victim", "", "")]


def test_an_epithet_is_not_the_person_named_last_when_it_brought_in_someone_unnamed() -> None:
    assert _rows(_A_TEENAGER_BROUGHT_IN_UNNAMED) == [("the teenager", "", "")]
    assert _rows(_THE_TEENAGER_NAMED) == [("Tom Hale", "", "")]
