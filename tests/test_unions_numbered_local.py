"""A union's numbered local is part of its name before a title (`Amalgamated Transit Union Local
1505 president Romeo Ignacio`: *president* / *Amalgamated Transit Union Local 1505*), however
the tagger cut the name. A frozen parse (by the project's pipeline) of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Amalgamated Transit Union Local 1505 president Romeo Ignacio said members were tired of being
# assaulted. "Every week one of our operators is spat on," he said.
_LOCAL = """
Amalgamated PROPN NNP compound 2 B-ORG Amalgamated
Transit PROPN NNP compound 2 I-ORG Transit
Union PROPN NNP compound 7 I-ORG Union
Local PROPN NNP nmod 7 I-ORG Local
1505 NUM CD nummod 5 B-DATE 1505
president NOUN NN compound 7 O president
Romeo PROPN NNP compound 7 B-PERSON Romeo
Ignacio PROPN NNP nsubj 8 I-PERSON Ignacio
said VERB VBD ROOT 8 O say
members NOUN NNS nsubj 10 O member
were AUX VBD ccomp 8 O be
tired ADJ JJ acomp 10 O tired
of ADP IN prep 11 O of
being AUX VBG auxpass 14 O be
assaulted VERB VBN pcomp 12 O assault _
. PUNCT . punct 8 O .
" PUNCT `` punct 29 O " _
Every DET DT det 18 O every
week NOUN NN npadvmod 23 O week
one NUM CD nsubj 23 B-CARDINAL one
of ADP IN prep 19 O of
our PRON PRP$ poss 22 O our
operators NOUN NNS pobj 20 O operator
is AUX VBZ ccomp 29 O be
spat ADJ JJ attr 23 O spat
on ADP IN prep 24 O on _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
he PRON PRP nsubj 29 O he
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_a_unions_numbered_local_is_in_its_name() -> None:
    rows = Extractor().rows(frozen(_LOCAL))
    expected = [("Romeo Ignacio", "president", "Amalgamated Transit Union Local 1505")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
