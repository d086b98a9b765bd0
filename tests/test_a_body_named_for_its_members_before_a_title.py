"""`Federation of Kenya Employers Chairman John Mwangi said`: the plural in capitals closing a body's
tagged name after its `of` and a place (`Employers`, the members the federation is of) is the name's,
not the start of a second body; before, the body came out as *Employers* (with `Federation of
Kenya` named again after it, only the last body counted). Frozen parse of a sentence written for
this file, through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Federation of Kenya Employers Chairman John Mwangi said the levy would cost jobs. "Firms will
# move to Uganda," he said.
_FEDERATION_OF_A_COUNTRYS_EMPLOYERS = """
Federation PROPN NNP dep 7 B-ORG Federation
of ADP IN prep 0 I-ORG of
Kenya PROPN NNP compound 3 I-ORG Kenya
Employers PROPN NNPS compound 4 I-ORG Employers
Chairman PROPN NNP compound 6 O Chairman
John PROPN NNP compound 6 B-PERSON John
Mwangi PROPN NNP nsubj 7 I-PERSON Mwangi
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
levy NOUN NN nsubj 11 O levy
would AUX MD aux 11 O would
cost VERB VB ccomp 7 O cost
jobs NOUN NNS dobj 11 O job _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
Firms NOUN NNS nsubj 17 O firm
will AUX MD aux 17 O will
move VERB VB ccomp 23 O move
to ADP IN prep 17 O to
Uganda PROPN NNP pobj 18 B-GPE Uganda _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_members_plural_closes_the_federations_name() -> None:
    rows = Extractor().rows(frozen(_FEDERATION_OF_A_COUNTRYS_EMPLOYERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("John Mwangi", "Chairman", "Federation of Kenya Employers")
    ]
