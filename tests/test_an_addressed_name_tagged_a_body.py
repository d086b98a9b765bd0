"""A form of address, a given name tagged nothing and a double-barrelled surname tagged a body
(`Mrs Folake Adeyemi-Bakare`, `Adeyemi-Bakare` an ORG) are one person's name: the speaker of
`Mrs Adeyemi-Bakare said` is Folake Adeyemi-Bakare, not a bare surname. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mrs Folake Adeyemi-Bakare, who runs a bakery, said prices had doubled.
# "We cannot pass the cost on," Mrs Adeyemi-Bakare said.
_SURNAME_TAGGED_A_BODY = """
Mrs PROPN NNP compound 1 O Mrs
Folake PROPN NNP compound 4 O Folake
Adeyemi PROPN NNP compound 4 B-ORG Adeyemi _
- PUNCT HYPH punct 4 I-ORG - _
Bakare PROPN NNP nsubj 11 I-ORG Bakare _
, PUNCT , punct 4 O ,
who PRON WP nsubj 7 O who
runs VERB VBZ relcl 4 O run
a DET DT det 9 O a
bakery NOUN NN dobj 7 O bakery _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 11 O say
prices NOUN NNS nsubj 14 O price
had AUX VBD aux 14 O have
doubled VERB VBN ccomp 11 O double _
. PUNCT . punct 11 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 20 O we
can AUX MD aux 20 O can _
not PART RB neg 20 O not
pass VERB VB ccomp 30 O pass
the DET DT det 22 O the
cost NOUN NN dobj 20 O cost
on ADP IN prt 20 O on _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Mrs PROPN NNP compound 27 B-PERSON Mrs
Adeyemi PROPN NNP compound 29 I-PERSON Adeyemi _
- PUNCT HYPH punct 29 I-PERSON - _
Bakare PROPN NNP nsubj 30 I-PERSON Bakare
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_a_surname_tagged_a_body_after_an_addressed_given_name_is_a_persons() -> None:
    rows = Extractor().rows(frozen(_SURNAME_TAGGED_A_BODY))
    assert [(r.speaker, r.organization) for r in rows] == [("Folake Adeyemi-Bakare", "")]
