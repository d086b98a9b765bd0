"""`Newly appointed Transport Cabinet Secretary Amos Kiprono said` (Kenyan house style, issue 10),
from a frozen parse of a sentence written for this file (the name hand-changed): a participle with
an adverb before it says when one took the office, no word of the role (`Retired Justice X` keeps
its past framing)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_NEWLY_APPOINTED = """
Newly ADV RB advmod 1 O newly
appointed VERB VBN amod 4 O appoint
Transport PROPN NNP compound 3 B-ORG Transport
Cabinet PROPN NNP compound 4 I-ORG Cabinet
Secretary PROPN NNP compound 6 O Secretary
Amos PROPN NNP compound 6 B-PERSON Amos
Kiprono PROPN NNP nsubj 7 I-PERSON Kiprono
said VERB VBD ROOT 7 O say
he PRON PRP nsubj 10 O he
would AUX MD aux 10 O would
meet VERB VB ccomp 7 O meet
the DET DT det 12 O the
union NOUN NN dobj 10 O union _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
I PRON PRP nsubj 17 O I
will AUX MD aux 17 O will
listen VERB VB ccomp 21 O listen _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_newly_appointed_is_no_word_of_the_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_NEWLY_APPOINTED))]
    assert rows == [("Amos Kiprono", "Transport Cabinet Secretary")]
