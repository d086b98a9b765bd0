"""A description that `named`/`called` and a name follow describes the person named, who speaks
(`His neighbour, a retired teacher named Sita Devi, said`: Sita Devi, retired teacher, not *His
neighbour*). Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# His neighbour, a retired teacher named Sita Devi, said: "We lost everything."
_NAMED = """
His PRON PRP$ poss 1 O his
neighbour NOUN NN nsubj 10 O neighbour _
, PUNCT , punct 1 O ,
a DET DT det 5 O a
retired ADJ JJ amod 5 O retired
teacher NOUN NN appos 1 O teacher
named VERB VBN acl 5 O name
Sita PROPN NNP compound 8 B-PERSON Sita
Devi PROPN NNP oprd 6 I-PERSON Devi _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 14 O we
lost VERB VBD ccomp 10 O lose
everything PRON NN dobj 14 O everything _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# "It was terrifying," said one resident, a farmer called Ramesh Kumar.
_CALLED = """
" PUNCT `` punct 6 O " _
It PRON PRP nsubj 2 O it
was AUX VBD ccomp 6 O be
terrifying ADJ JJ acomp 2 O terrifying _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
one NUM CD nummod 8 B-CARDINAL one
resident NOUN NN nsubj 6 O resident _
, PUNCT , punct 8 O ,
a DET DT det 11 O a
farmer NOUN NN appos 8 O farmer
called VERB VBN acl 11 O call
Ramesh PROPN NNP compound 14 B-WORK_OF_ART Ramesh
Kumar PROPN NNP oprd 12 I-WORK_OF_ART Kumar _
. PUNCT . punct 6 O . _
"""


def test_the_person_a_description_names_speaks() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.speaker, r.role) for r in rows] == [("Sita Devi", "retired teacher")]


def test_the_person_a_description_calls_by_name_speaks() -> None:
    # (The tagger calls the name a work of art; it reads as a person's name.)
    rows = Extractor().rows(frozen(_CALLED))
    assert [(r.speaker, r.role) for r in rows] == [("Ramesh Kumar", "farmer")]
