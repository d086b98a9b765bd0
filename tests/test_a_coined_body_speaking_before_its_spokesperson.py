"""`Eskom warned of more cuts. "…," spokesman X said`: a body whose name is one word no dictionary
has, which the tagger tagged a place or nothing, speaks in the sentence before a spokesperson who
names no body; the spokesperson speaks for it (ROLES.md 5, the adjacent sentence ties them). A
country that speaks (`Kenya said`) is a place's government, no body the spokesperson is of.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Codelco said output would fall this year. "We expect a recovery," said spokeswoman Maria Soto.
_TAGGED_A_PLACE = """
Codelco PROPN NNP nsubj 1 B-GPE Codelco
said VERB VBD ROOT 1 O say
output NOUN NN nsubj 4 O output
would AUX MD aux 4 O would
fall VERB VB ccomp 1 O fall
this DET DT det 6 B-DATE this
year NOUN NN npadvmod 4 I-DATE year _
. PUNCT . punct 1 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
expect VERB VBP ccomp 15 O expect
a DET DT det 12 O a
recovery NOUN NN dobj 10 O recovery _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
spokeswoman NOUN NN compound 18 O spokeswoman
Maria PROPN NNP compound 18 B-PERSON Maria
Soto PROPN NNP nsubj 15 I-PERSON Soto _
. PUNCT . punct 15 O . _
"""

# Eskom warned of more cuts on Monday. "The grid is fragile," spokesman Sikonathi Mantshantsha
# said.
_UNTAGGED = """
Eskom NOUN NN nsubj 1 O eskom
warned VERB VBD ROOT 1 O warn
of ADP IN prep 1 O of
more ADJ JJR amod 4 O more
cuts NOUN NNS pobj 2 O cut
on ADP IN prep 1 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 1 O .
" PUNCT `` punct 18 O " _
The DET DT det 10 O the
grid NOUN NN nsubj 11 O grid
is AUX VBZ ccomp 18 O be
fragile ADJ JJ acomp 11 O fragile _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
spokesman NOUN NN compound 17 O spokesman
Sikonathi PROPN NNP compound 17 B-PERSON Sikonathi
Mantshantsha PROPN NNP nsubj 18 I-PERSON Mantshantsha
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

# Kenya said on Monday it would not pay. "We owe nothing," said spokesman Isaac Mwaura.
_A_COUNTRY = """
Kenya PROPN NNP nsubj 1 B-GPE Kenya
said VERB VBD ROOT 1 O say
on ADP IN prep 7 O on
Monday PROPN NNP pobj 2 B-DATE Monday
it PRON PRP nsubj 7 O it
would AUX MD aux 7 O would
not PART RB neg 7 O not
pay VERB VB ccomp 1 O pay _
. PUNCT . punct 1 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 11 O we
owe VERB VBP ccomp 15 O owe
nothing PRON NN dobj 11 O nothing _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
spokesman NOUN NN compound 18 O spokesman
Isaac PROPN NNP compound 18 B-PERSON Isaac
Mwaura PROPN NNP nsubj 15 I-PERSON Mwaura _
. PUNCT . punct 15 O . _
"""


def test_a_coined_name_tagged_a_place_is_the_spokespersons_body() -> None:
    rows = Extractor().rows(frozen(_TAGGED_A_PLACE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Maria Soto", "spokeswoman", "Codelco")]


def test_a_coined_name_left_untagged_is_the_spokespersons_body() -> None:
    rows = Extractor().rows(frozen(_UNTAGGED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sikonathi Mantshantsha", "spokesman", "Eskom")
    ]


def test_a_country_that_speaks_is_no_body_of_the_spokesperson() -> None:
    rows = Extractor().rows(frozen(_A_COUNTRY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Isaac Mwaura", "spokesman", "")]
