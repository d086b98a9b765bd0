"""A name the tagger broke into entities of one word each (`Mutahi` a place, `Kagwe` a people),
set off by commas beside a role, is still the holder's name, so the later `Mr Kagwe` is that
person, with the role the apposition gives. A body or a place the tagger knows it tags whole, so
this is no licence for `The operator, Coastal Ferries,`. Frozen parse of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Cabinet Secretary for Agriculture, Mutahi Kagwe, told reporters in Nairobi that the ministry would
# act. /  / "No farmer will be left behind," Mr Kagwe said.
_A_NAME_TAGGED_WORD_BY_WORD = """
The DET DT det 2 O the
Cabinet PROPN NNP compound 2 B-ORG Cabinet
Secretary PROPN NNP nsubj 9 O Secretary
for ADP IN prep 2 O for
Agriculture PROPN NNP pobj 3 B-ORG Agriculture _
, PUNCT , punct 4 O ,
Mutahi PROPN NNP compound 7 B-GPE Mutahi
Kagwe PROPN NNP appos 4 B-NORP Kagwe _
, PUNCT , punct 2 O ,
told VERB VBD ROOT 9 O tell
reporters NOUN NNS dobj 9 O reporter
in ADP IN prep 9 O in
Nairobi PROPN NNP pobj 11 B-GPE Nairobi
that SCONJ IN mark 17 O that
the DET DT det 15 O the
ministry NOUN NN nsubj 17 O ministry
would AUX MD aux 17 O would
act VERB VB ccomp 9 O act _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 31 O " _
No DET DT det 22 O no
farmer NOUN NN nsubjpass 25 O farmer
will AUX MD aux 25 O will
be AUX VB auxpass 25 O be
left VERB VBN ccomp 31 O leave
behind ADV RB oprd 25 O behind _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Mr PROPN NNP compound 30 O Mr
Kagwe PROPN NNP nsubj 31 B-PERSON Kagwe
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_name_tagged_word_by_word_beside_a_role_is_the_holders() -> None:
    rows = Extractor().rows(frozen(_A_NAME_TAGGED_WORD_BY_WORD))
    assert [(r.speaker, r.role) for r in rows] == [("Mutahi Kagwe", "Cabinet Secretary for Agriculture")]
