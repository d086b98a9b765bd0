"""Capitalised words before a title that open the name of one body the article names are that
body, named short, whatever the tagger made of them (`Kestrel Chief Financial Officer` after
`Kestrel Foods Inc`: *Chief Financial Officer* / *Kestrel Foods Inc*); words opening two bodies'
names name neither. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Kestrel Foods Inc cut its profit forecast on Monday. Kestrel Chief Financial Officer Ann Cole
# said prices had risen. "We were too slow," Cole said. (The second `Kestrel` left untagged.)
_UNTAGGED = """
Kestrel PROPN NNP compound 2 B-ORG Kestrel
Foods PROPN NNPS compound 2 I-ORG Foods
Inc PROPN NNP nsubj 3 I-ORG Inc
cut VERB VBD ROOT 3 O cut
its PRON PRP$ poss 6 O its
profit NOUN NN compound 6 O profit
forecast NOUN NN dobj 3 O forecast
on ADP IN prep 3 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 3 O .
Kestrel PROPN NNP compound 13 O Kestrel
Chief PROPN NNP compound 13 O Chief
Financial PROPN NNP compound 13 O Financial
Officer PROPN NNP compound 15 O Officer
Ann PROPN NNP compound 15 B-PERSON Ann
Cole PROPN NNP nsubj 16 I-PERSON Cole
said VERB VBD ROOT 16 O say
prices NOUN NNS nsubj 19 O price
had AUX VBD aux 19 O have
risen VERB VBN ccomp 16 O rise _
. PUNCT . punct 16 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 23 O we
were AUX VBD ccomp 29 O be
too ADV RB advmod 25 O too
slow ADJ JJ acomp 23 O slow _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Cole PROPN NNP nsubj 29 B-PRODUCT Cole
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""

# The same, the second `Kestrel` tagged a person.
_PERSON = """
Kestrel PROPN NNP compound 2 B-ORG Kestrel
Foods PROPN NNPS compound 2 I-ORG Foods
Inc PROPN NNP nsubj 3 I-ORG Inc
cut VERB VBD ROOT 3 O cut
its PRON PRP$ poss 6 O its
profit NOUN NN compound 6 O profit
forecast NOUN NN dobj 3 O forecast
on ADP IN prep 3 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 3 O .
Kestrel PROPN NNP compound 13 B-PERSON Kestrel
Chief PROPN NNP compound 13 O Chief
Financial PROPN NNP compound 13 O Financial
Officer PROPN NNP compound 15 O Officer
Ann PROPN NNP compound 15 B-PERSON Ann
Cole PROPN NNP nsubj 16 I-PERSON Cole
said VERB VBD ROOT 16 O say
prices NOUN NNS nsubj 19 O price
had AUX VBD aux 19 O have
risen VERB VBN ccomp 16 O rise _
. PUNCT . punct 16 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 23 O we
were AUX VBD ccomp 29 O be
too ADV RB advmod 25 O too
slow ADJ JJ acomp 23 O slow _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Cole PROPN NNP nsubj 29 B-PRODUCT Cole
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_words_opening_a_body_s_name_before_a_title_are_that_body() -> None:
    assert who(_UNTAGGED) == [("Ann Cole", "Chief Financial Officer", "Kestrel Foods Inc")]


def test_the_same_words_tagged_a_person_are_that_body() -> None:
    assert who(_PERSON) == [("Ann Cole", "Chief Financial Officer", "Kestrel Foods Inc")]


# Kestrel Foods Inc and Kestrel Capital Group cut their forecasts on Monday. Kestrel Chief
# Financial Officer Ann Cole said prices had risen. "We were too slow," Cole said. (The third
# `Kestrel` left untagged: it opens two bodies' names, and says neither.)
_TWO_BODIES = """
Kestrel PROPN NNP compound 2 B-ORG Kestrel
Foods PROPN NNPS compound 2 I-ORG Foods
Inc PROPN NNP nsubj 7 I-ORG Inc
and CCONJ CC cc 2 O and
Kestrel PROPN NNP compound 6 B-ORG Kestrel
Capital PROPN NNP compound 6 I-ORG Capital
Group PROPN NNP conj 2 I-ORG Group
cut VERB VBD ROOT 7 O cut
their PRON PRP$ poss 9 O their
forecasts NOUN NNS dobj 7 O forecast
on ADP IN prep 7 O on
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 7 O .
Kestrel PROPN NNP compound 16 O Kestrel
Chief PROPN NNP compound 16 O Chief
Financial PROPN NNP compound 16 O Financial
Officer PROPN NNP compound 18 O Officer
Ann PROPN NNP compound 18 B-PERSON Ann
Cole PROPN NNP nsubj 19 I-PERSON Cole
said VERB VBD ROOT 19 O say
prices NOUN NNS nsubj 22 O price
had AUX VBD aux 22 O have
risen VERB VBN ccomp 19 O rise _
. PUNCT . punct 19 O .
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 26 O we
were AUX VBD ccomp 32 O be
too ADV RB advmod 28 O too
slow ADJ JJ acomp 26 O slow _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Cole PROPN NNP nsubj 32 B-PRODUCT Cole
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def test_words_opening_two_bodies_names_are_neither() -> None:
    assert [organization for _, _, organization in who(_TWO_BODIES)] == [""]
