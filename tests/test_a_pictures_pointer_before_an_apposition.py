"""A picture's pointer in brackets right after a name, before the apposition that says who the
person is: `John Smith (pictured), the chairman of X, said`, `Mary Cole (left), head of X,`.
Captions and the text beside a photo write `(pictured)`, `(left)`, `(far right)`; the words only
say where the person stands in the picture, and the apposition after them is the person's, as
one right after the name is (there was no role). With no apposition after it, the pointer gives
none. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The tenants marched to the town hall on Monday. John Smith (pictured), the chairman of the Lenton
# Tenants Association, said: "We will not pay."
_PICTURED = """
The DET DT det 1 O the
tenants NOUN NNS nsubj 2 O tenant
marched VERB VBD ROOT 2 O march
to ADP IN prep 2 O to
the DET DT det 6 O the
town NOUN NN compound 6 O town
hall NOUN NN pobj 3 O hall
on ADP IN prep 2 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 2 O .
John PROPN NNP compound 11 B-PERSON John
Smith PROPN NNP nsubj 24 I-PERSON Smith
( PUNCT -LRB- punct 13 O ( _
pictured VERB VBN appos 11 O picture _
) PUNCT -RRB- punct 11 O ) _
, PUNCT , punct 11 O ,
the DET DT det 17 O the
chairman NOUN NN appos 11 O chairman
of ADP IN prep 17 O of
the DET DT det 22 B-ORG the
Lenton PROPN NNP compound 22 I-ORG Lenton
Tenants PROPN NNPS compound 22 I-ORG Tenants
Association PROPN NNP pobj 18 I-ORG Association _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 24 O say _
: PUNCT : punct 24 O :
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 30 O we
will AUX MD aux 30 O will
not PART RB neg 30 O not
pay VERB VB ccomp 24 O pay _
. PUNCT . punct 24 O . _
" PUNCT '' punct 24 O " _
"""


# Rents rose again this year. Mary Cole (left), head of the Lenton Tenants Association, said: "We
# will not pay."
_LEFT = """
Rents NOUN NNS nsubj 1 O rent
rose VERB VBD ROOT 1 O rise
again ADV RB advmod 1 O again
this DET DT det 4 B-DATE this
year NOUN NN npadvmod 1 I-DATE year _
. PUNCT . punct 1 O .
Mary PROPN NNP compound 7 B-PERSON Mary
Cole PROPN NNP nsubj 19 I-PERSON Cole
( PUNCT -LRB- punct 7 O ( _
left ADV RB appos 7 O left _
) PUNCT -RRB- punct 7 O ) _
, PUNCT , punct 7 O ,
head NOUN NN appos 7 O head
of ADP IN prep 12 O of
the DET DT det 17 B-ORG the
Lenton PROPN NNP compound 17 I-ORG Lenton
Tenants PROPN NNPS compound 17 I-ORG Tenants
Association PROPN NNP pobj 13 I-ORG Association _
, PUNCT , punct 7 O ,
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 25 O we
will AUX MD aux 25 O will
not PART RB neg 25 O not
pay VERB VB ccomp 19 O pay _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


# The tenants marched to the town hall on Monday. John Smith (pictured) said: "We will not pay."
_ALONE = """
The DET DT det 1 O the
tenants NOUN NNS nsubj 2 O tenant
marched VERB VBD ROOT 2 O march
to ADP IN prep 2 O to
the DET DT det 6 O the
town NOUN NN compound 6 O town
hall NOUN NN pobj 3 O hall
on ADP IN prep 2 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 2 O .
John PROPN NNP compound 11 B-PERSON John
Smith PROPN NNP nsubj 15 I-PERSON Smith
( PUNCT -LRB- punct 11 O ( _
pictured VERB VBN appos 11 O picture _
) PUNCT -RRB- punct 11 O )
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
not PART RB neg 21 O not
pay VERB VB ccomp 15 O pay _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_an_apposition_after_pictured_is_the_persons_role() -> None:
    assert _rows(_PICTURED) == [
        ("John Smith", "chairman of the Lenton Tenants Association", "Lenton Tenants Association")
    ]


def test_an_apposition_after_a_side_of_the_picture_is_the_persons_role() -> None:
    assert _rows(_LEFT) == [
        ("Mary Cole", "head of the Lenton Tenants Association", "Lenton Tenants Association")
    ]


def test_a_pointer_with_no_apposition_after_it_gives_no_role() -> None:
    assert _rows(_ALONE) == [("John Smith", "", "")]
