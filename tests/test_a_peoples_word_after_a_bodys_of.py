"""A body's name with a people's word after its `of` (`Association of Nigerian Exporters`), right
before the title and the name of the one who holds it: `of Nigerian` names no field alone, so
the name goes on to the noun after it (the organisation was *Association of Nigerian* and the
body the speaker), and after `said` the parser makes the body the subject and hangs the name on
its `of`: the name right after the body and its title in capitals is the speaker's. A body that
speaks as such stays the speaker. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Factory orders rose in May. "Orders are picking up," said Association of Nigerian Exporters
# President Amaka Obi.
_TRAILING = """
Factory NOUN NN compound 1 O factory
orders NOUN NNS nsubj 2 O order
rose VERB VBD ROOT 2 O rise
in ADP IN prep 2 O in
May PROPN NNP pobj 3 B-DATE May _
. PUNCT . punct 2 O .
" PUNCT `` punct 13 O " _
Orders NOUN NNS nsubj 9 O order
are AUX VBP aux 9 O be
picking VERB VBG ccomp 13 O pick
up ADP RP prt 9 O up _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Association PROPN NNP nsubj 13 B-ORG Association
of ADP IN prep 14 I-ORG of
Nigerian PROPN NNP compound 17 I-ORG Nigerian
Exporters PROPN NNP compound 18 I-ORG Exporters
President PROPN NNP compound 20 O President
Amaka PROPN NNP compound 20 B-PERSON Amaka
Obi PROPN NNP pobj 15 I-PERSON Obi _
. PUNCT . punct 13 O . _
"""

# Factory orders rose in May. Association of Nigerian Exporters President Amaka Obi said:
# "Orders are picking up."
_LEADING = """
Factory NOUN NN compound 1 O factory
orders NOUN NNS nsubj 2 O order
rose VERB VBD ROOT 2 O rise
in ADP IN prep 2 O in
May PROPN NNP pobj 3 B-DATE May _
. PUNCT . punct 2 O .
Association PROPN NNP nsubj 13 B-ORG Association
of ADP IN prep 6 I-ORG of
Nigerian PROPN NNP compound 9 I-ORG Nigerian
Exporters PROPN NNP compound 10 I-ORG Exporters
President PROPN NNP compound 12 O President
Amaka PROPN NNP compound 12 B-PERSON Amaka
Obi PROPN NNP pobj 7 I-PERSON Obi
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
Orders NOUN NNS nsubj 18 O order
are AUX VBP aux 18 O be
picking VERB VBG ccomp 13 O pick
up ADP RP prt 18 O up _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""

# Factory orders rose in May. "Orders are picking up," the Association of Nigerian Exporters
# said in a statement.
_STATEMENT = """
Factory NOUN NN compound 1 O factory
orders NOUN NNS nsubj 2 O order
rose VERB VBD ROOT 2 O rise
in ADP IN prep 2 O in
May PROPN NNP pobj 3 B-DATE May _
. PUNCT . punct 2 O .
" PUNCT `` punct 18 O " _
Orders NOUN NNS nsubj 9 O order
are AUX VBP aux 9 O be
picking VERB VBG ccomp 18 O pick
up ADP RP prt 9 O up _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
the DET DT det 14 B-ORG the
Association PROPN NNP nsubj 18 I-ORG Association
of ADP IN prep 14 I-ORG of
Nigerian PROPN NNP compound 17 I-ORG Nigerian
Exporters PROPN NNP pobj 15 I-ORG Exporters
said VERB VBD ROOT 18 O say
in ADP IN prep 18 O in
a DET DT det 21 O a
statement NOUN NN pobj 19 O statement _
. PUNCT . punct 18 O . _
"""


def test_the_holder_after_a_body_with_a_peoples_word_speaks_after_said() -> None:
    rows = Extractor().rows(frozen(_TRAILING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Amaka Obi", "President", "Association of Nigerian Exporters")
    ]


def test_the_holder_after_a_body_with_a_peoples_word_speaks_before_said() -> None:
    rows = Extractor().rows(frozen(_LEADING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Amaka Obi", "President", "Association of Nigerian Exporters")
    ]


def test_a_body_speaking_as_such_stays_the_speaker() -> None:
    rows = Extractor().rows(frozen(_STATEMENT))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("Association of Nigerian Exporters", "Association of Nigerian Exporters")
    ]
