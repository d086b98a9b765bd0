"""`Mr. Chamberlain, the member for Birmingham,`: a bare `member` for a place the tagger tags a place
is a house's member for the constituency he sits for, as `the MP for Bath` is, in parliamentary
and archive reports; the place is no body (it gave the organisation *Birmingham*); so is one the
`hon.` of courtesy calls so, the place untagged (`Mr. Tite, the hon. member for Bath`: *Bath*). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. Chamberlain, the member for Birmingham, objected to the clause. "The House has not had time
# to consider it," he said.
_BIRMINGHAM = """
Mr. PROPN NNP compound 1 O Mr.
Chamberlain PROPN NNP nsubj 8 B-PERSON Chamberlain _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
member NOUN NN appos 1 O member
for ADP IN prep 4 O for
Birmingham PROPN NNP pobj 5 B-GPE Birmingham _
, PUNCT , punct 1 O ,
objected VERB VBD ROOT 8 O object
to ADP IN prep 8 O to
the DET DT det 11 O the
clause NOUN NN pobj 9 O clause _
. PUNCT . punct 8 O .
" PUNCT `` punct 18 O " _
The DET DT det 15 O the
House PROPN NNP nsubj 18 B-ORG House
has AUX VBZ aux 18 O have
not PART RB neg 18 O not
had VERB VBN ccomp 26 O have
time NOUN NN dobj 18 O time
to PART TO aux 21 O to
consider VERB VB relcl 19 O consider
it PRON PRP dobj 21 O it _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


# "The matter is urgent," said Mr. Baines, the member for Leeds.
_LEEDS = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
matter NOUN NN nsubj 3 O matter
is AUX VBZ ccomp 7 O be
urgent ADJ JJ acomp 3 O urgent _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Mr. PROPN NNP compound 9 O Mr.
Baines PROPN NNP nsubj 7 B-PERSON Baines _
, PUNCT , punct 9 O ,
the DET DT det 12 O the
member NOUN NN appos 9 O member
for ADP IN prep 12 O for
Leeds PROPN NNPS pobj 13 B-GPE Leeds _
. PUNCT . punct 7 O . _
"""


# "We shall divide the House," said Mr. Tite, the hon. member for Bath.
_TITE = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
shall AUX MD aux 3 O shall
divide VERB VB ccomp 8 O divide
the DET DT det 5 O the
House PROPN NNP dobj 3 B-ORG House _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Mr. PROPN NNP compound 10 O Mr.
Tite PROPN NNP nsubj 8 B-PERSON Tite _
, PUNCT , punct 10 O ,
the DET DT det 14 O the
hon. NOUN NN compound 14 O hon.
member NOUN NN appos 10 O member
for ADP IN prep 14 O for
Bath PROPN NNP pobj 15 O Bath _
. PUNCT . punct 8 O . _
"""


def test_the_member_for_a_place_before_he_speaks_has_no_body() -> None:
    rows = Extractor().rows(frozen(_BIRMINGHAM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Chamberlain", "member for Birmingham", "")
    ]


def test_the_member_for_a_place_after_the_name_has_no_body() -> None:
    rows = Extractor().rows(frozen(_LEEDS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Baines", "member for Leeds", "")]


def test_the_hon_member_for_an_untagged_place_has_no_body() -> None:
    rows = Extractor().rows(frozen(_TITE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tite", "member for Bath", "")]
