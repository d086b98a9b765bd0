"""An owner the tagger calls a person that opens the name of a body the article names
(`Golden Dragon's chairman, X,` after `Golden Dragon Holdings`) is that body, though its first
word is a given name (`Golden`). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Shares of Golden Dragon Holdings fell on Wednesday. Golden Dragon's chairman, Stanley Tse, said
# the firm would sell assets. "We will dispose of hotels," Mr Tse said.
_NAME_CUT_SHORT = """
Shares NOUN NNS nsubj 5 O share
of ADP IN prep 0 O of
Golden PROPN NNP compound 4 B-ORG Golden
Dragon PROPN NNP compound 4 I-ORG Dragon
Holdings PROPN NNPS pobj 1 I-ORG Holdings
fell VERB VBD ROOT 5 O fall
on ADP IN prep 5 O on
Wednesday PROPN NNP pobj 6 B-DATE Wednesday _
. PUNCT . punct 5 O .
Golden PROPN NNP compound 10 B-PERSON Golden
Dragon PROPN NNP poss 12 I-PERSON Dragon _
's PART POS case 10 I-PERSON 's
chairman NOUN NN nsubj 17 O chairman _
, PUNCT , punct 12 O ,
Stanley PROPN NNP compound 15 B-PERSON Stanley
Tse PROPN NNP appos 12 I-PERSON Tse _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
firm NOUN NN nsubj 21 O firm
would AUX MD aux 21 O would
sell VERB VB ccomp 17 O sell
assets NOUN NNS dobj 21 O asset _
. PUNCT . punct 17 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 27 O we
will AUX MD aux 27 O will
dispose VERB VB ccomp 34 O dispose
of ADP IN prep 27 O of
hotels NOUN NNS pobj 28 O hotel _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
Mr PROPN NNP compound 33 O Mr
Tse PROPN NNP nsubj 34 B-PERSON Tse
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


def test_a_bodys_name_cut_short_before_a_possessive_owns_the_role() -> None:
    assert who(_NAME_CUT_SHORT) == [("Stanley Tse", "chairman", "Golden Dragon Holdings")]
