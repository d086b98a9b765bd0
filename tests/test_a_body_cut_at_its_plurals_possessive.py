"""`Delhi Commuters' Forum convener X`, `Mumbai Taximen's Union leader X`: a body's name the tagger
cut at the possessive mark of a plural inside it (the first part tagged a person, or the plural one
that ends in no `s`) is one body, the speaker's organisation whole. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Delhi Commuters' Forum convener Rajiv Malhotra said the group would file a petition. "We will go
# to court," he said.
_FORUM = """
Delhi PROPN NNP compound 1 B-PERSON Delhi
Commuters PROPN NNP poss 4 I-PERSON Commuters _
' PART POS case 1 I-PERSON '
Forum PROPN NNP compound 4 O Forum
convener NOUN NN compound 6 O convener
Rajiv PROPN NNP compound 6 B-PERSON Rajiv
Malhotra PROPN NNP nsubj 7 I-PERSON Malhotra
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
group NOUN NN nsubj 11 O group
would AUX MD aux 11 O would
file VERB VB ccomp 7 O file
a DET DT det 13 O a
petition NOUN NN dobj 11 O petition _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
go VERB VB ccomp 24 O go
to ADP IN prep 18 O to
court NOUN NN pobj 19 O court _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Mumbai Taximen's Union leader A.L. Quadros said the strike would go on. "We will go to court,"
# he said.
_UNION = """
Mumbai PROPN NNP compound 6 B-ORG Mumbai
Taximen PROPN NNP poss 4 I-ORG Taximen _
's PART POS case 1 I-ORG 's
Union PROPN NNP compound 4 B-ORG Union
leader NOUN NN compound 6 O leader
A.L. PROPN NNP compound 6 B-PERSON A.L.
Quadros PROPN NNP nsubj 7 I-PERSON Quadros
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
strike NOUN NN nsubj 11 O strike
would AUX MD aux 11 O would
go VERB VB ccomp 7 O go
on ADP RP prt 11 O on _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
go VERB VB ccomp 23 O go
to ADP IN prep 17 O to
court NOUN NN pobj 18 O court _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_body_tagged_a_person_up_to_its_possessive_is_whole() -> None:
    rows = Extractor().rows(frozen(_FORUM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Rajiv Malhotra", "convener", "Delhi Commuters' Forum")
    ]


def test_a_body_cut_after_a_plural_in_men_is_whole() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("A.L. Quadros", "leader", "Mumbai Taximen's Union")
    ]
