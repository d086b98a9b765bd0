"""A body's name the tagger ends before `of` and a place (`The Law Society` + `of` + `Kenya`) is
one name with the place, when the parser hangs `of` on the body's noun: the organisation is the
*Law Society of Kenya*, not a *Law Society* in Kenya. Frozen parse of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The Law Society of Kenya condemned the police response. / Its president, Faith Odhiambo, said
# officers had "no reason" to use force.
_LAW_SOCIETY = """
The DET DT det 2 B-ORG the
Law PROPN NNP compound 2 I-ORG Law
Society PROPN NNP nsubj 5 I-ORG Society
of ADP IN prep 2 O of
Kenya PROPN NNP pobj 3 B-GPE Kenya
condemned VERB VBD ROOT 5 O condemn
the DET DT det 8 O the
police NOUN NN compound 8 O police
response NOUN NN dobj 5 O response _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Its PRON PRP$ poss 12 O its
president NOUN NN nsubj 17 O president _
, PUNCT , punct 12 O ,
Faith PROPN NNP compound 15 B-PERSON Faith
Odhiambo PROPN NNP appos 12 I-PERSON Odhiambo _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 17 O say
officers NOUN NNS nsubj 19 O officer
had VERB VBD ccomp 17 O have
" PUNCT `` punct 22 O " _
no DET DT det 22 O no
reason NOUN NN dobj 19 O reason _
" PUNCT '' punct 22 O "
to PART TO aux 25 O to
use VERB VB relcl 22 O use
force NOUN NN dobj 25 O force _
. PUNCT . punct 17 O . _
"""


def test_body_named_with_its_country() -> None:
    assert who(_LAW_SOCIETY) == [("Faith Odhiambo", "president", "Law Society of Kenya")]
