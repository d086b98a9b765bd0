"""`the Dar es Salaam city director, Ms X,`: a place's name with a small word inside it, which the
parser reads as a proper noun (`es`, `de`), is one name before a body's noun and a job, however
the tagger cut it (*Salaam* alone, or *Dar* alone under a headline `Dar traders protest …`): the
organisation is the whole place, the role the job, as `the Rio de Janeiro city director` gives.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Dar es Salaam city director, Ms Elihuruma Mabelya, said the levy would fund drainage. "It
# will help," she said.
_CITY = """
The DET DT det 5 O the
Dar PROPN NNP compound 5 O Dar
es PROPN NNP compound 3 O es
Salaam PROPN NNP compound 5 O Salaam
city NOUN NN compound 5 O city
director NOUN NN nsubj 11 O director _
, PUNCT , punct 5 O ,
Ms PROPN NNP compound 9 B-PERSON Ms
Elihuruma PROPN NNP compound 9 I-PERSON Elihuruma
Mabelya PROPN NNP appos 5 I-PERSON Mabelya _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
levy NOUN NN nsubj 15 O levy
would AUX MD aux 15 O would
fund VERB VB ccomp 11 O fund
drainage NOUN NN dobj 15 O drainage _
. PUNCT . punct 11 O .
" PUNCT `` punct 25 O " _
It PRON PRP nsubj 21 O it
will AUX MD aux 21 O will
help VERB VB ccomp 25 O help _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
she PRON PRP nsubj 25 O she
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# Dar traders protest new levy  However, the Dar es Salaam city director, Ms Elihuruma Mabelya,
# said the levy would fund new drainage at the market.  "The money will come back to the traders
# in better services," she told The Citizen.
_UNDER_A_HEADLINE = """
Dar NOUN NN compound 1 O dar
traders NOUN NNS nsubj 2 O trader
protest VERB VBP ROOT 2 O protest
new ADJ JJ amod 4 O new
levy NOUN NN dobj 2 O levy _
<paragraph> SPACE _SP dep 4 O <paragraph> _
However ADV RB advmod 19 O however _
, PUNCT , punct 19 O ,
the DET DT det 13 O the
Dar PROPN NNP compound 11 O Dar
es PROPN NNP compound 11 O es
Salaam PROPN NNP compound 13 B-GPE Salaam
city NOUN NN compound 13 O city
director NOUN NN nsubj 19 O director _
, PUNCT , punct 13 O ,
Ms PROPN NNP compound 17 B-PERSON Ms
Elihuruma PROPN NNP compound 17 I-PERSON Elihuruma
Mabelya PROPN NNP appos 13 I-PERSON Mabelya _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
levy NOUN NN nsubj 23 O levy
would AUX MD aux 23 O would
fund VERB VB ccomp 19 O fund
new ADJ JJ amod 25 O new
drainage NOUN NN dobj 23 O drainage
at ADP IN prep 23 O at
the DET DT det 28 O the
market NOUN NN pobj 26 O market _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
" PUNCT `` punct 35 O " _
The DET DT det 33 O the
money NOUN NN nsubj 35 O money
will AUX MD aux 35 O will
come VERB VB ccomp 46 O come
back ADV RB advmod 35 O back
to ADP IN prep 36 O to
the DET DT det 39 O the
traders NOUN NNS pobj 37 O trader
in ADP IN prep 35 O in
better ADJ JJR amod 42 O well
services NOUN NNS pobj 40 O service _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
she PRON PRP nsubj 46 O she
told VERB VBD ROOT 46 O tell
The DET DT det 48 O the
Citizen PROPN NNP dobj 46 O Citizen _
. PUNCT . punct 46 O . _
"""

# The Rio de Janeiro city director, Ana Souza, said the levy would fund drainage. "It will help,"
# she said.
_RIO = """
The DET DT det 5 B-ORG the
Rio PROPN NNP compound 3 I-ORG Rio
de PROPN NNP compound 3 I-ORG de
Janeiro PROPN NNP compound 5 I-ORG Janeiro
city NOUN NN compound 5 O city
director NOUN NN nsubj 10 O director _
, PUNCT , punct 5 O ,
Ana PROPN NNP compound 8 B-PERSON Ana
Souza PROPN NNP appos 5 I-PERSON Souza _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
levy NOUN NN nsubj 14 O levy
would AUX MD aux 14 O would
fund VERB VB ccomp 10 O fund
drainage NOUN NN dobj 14 O drainage _
. PUNCT . punct 10 O .
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 20 O it
will AUX MD aux 20 O will
help VERB VB ccomp 24 O help _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
she PRON PRP nsubj 24 O she
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_the_small_word_joins_the_place_the_tagger_cut() -> None:
    rows = Extractor().rows(frozen(_CITY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Elihuruma Mabelya", "city director", "Dar es Salaam")
    ]


def test_the_place_is_whole_where_a_headline_named_its_first_word() -> None:
    rows = Extractor().rows(frozen(_UNDER_A_HEADLINE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Elihuruma Mabelya", "city director", "Dar es Salaam")
    ]


def test_a_place_tagged_whole_is_read_as_before() -> None:
    rows = Extractor().rows(frozen(_RIO))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Souza", "city director", "Rio de Janeiro")
    ]
