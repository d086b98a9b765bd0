"""`the hon. and gallant member for Hull`, `the right hon. member for Leeds`, `the learned counsel
for the defence`: the words of courtesy in small letters opening a role in parliamentary and
court reports (models/courtesy_epithets.txt) say how the House or the court addresses the holder,
not the post, and are no part of the role (ROLES.md 4), as praise is not; `right` only before
another such word (`right back Tom Hale` is a side's position). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen, who_of

# Colonel Sykes, the hon. and gallant member for Hull, rose to oppose the Bill. "The House has
# been kept in the dark," said the hon. and gallant member.
_GALLANT = """
Colonel PROPN NNP compound 1 O Colonel
Sykes PROPN NNP nsubj 11 B-PERSON Sykes _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
hon. NOUN NN appos 1 O hon.
and CCONJ CC cc 4 O and
gallant ADJ JJ amod 7 O gallant
member NOUN NN conj 4 O member
for ADP IN prep 7 O for
Hull PROPN NNP pobj 8 B-PERSON Hull _
, PUNCT , punct 1 O ,
rose VERB VBD ROOT 11 O rise
to PART TO aux 13 O to
oppose VERB VB advcl 11 O oppose
the DET DT det 15 O the
Bill PROPN NNP dobj 13 B-PERSON Bill _
. PUNCT . punct 11 O .
" PUNCT `` punct 22 O " _
The DET DT det 19 O the
House PROPN NNP nsubjpass 22 B-ORG House
has AUX VBZ aux 22 O have
been AUX VBN auxpass 22 O be
kept VERB VBN ccomp 28 O keep
in ADP IN prep 22 O in
the DET DT det 25 O the
dark NOUN NN pobj 23 O dark _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
said VERB VBD ROOT 28 O say
the DET DT det 33 O the
hon. NOUN NN nmod 33 O hon.
and CCONJ CC cc 30 O and
gallant ADJ JJ conj 30 O gallant
member NOUN NN nsubj 28 O member _
. PUNCT . punct 28 O . _
"""

# "I rise to object," said the right hon. member for Leeds, Mr. Baines.
_RIGHT_HON = """
" PUNCT `` punct 7 O " _
I PRON PRP nsubj 2 O I
rise VERB VBP ccomp 7 O rise
to ADP IN prep 2 O to
object NOUN NN pobj 3 O object _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
the DET DT det 11 O the
right ADJ JJ amod 11 O right
hon. NOUN NN compound 11 O hon.
member NOUN NN nsubj 7 O member
for ADP IN prep 11 O for
Leeds PROPN NNPS pobj 12 B-GPE Leeds _
, PUNCT , punct 11 O ,
Mr. PROPN NNP compound 16 O Mr.
Baines PROPN NNP appos 11 B-PERSON Baines _
. PUNCT . punct 7 O . _
"""

# "The prisoner was not there," said the learned counsel for the defence, Mr. Wills.
_LEARNED = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
prisoner NOUN NN nsubj 3 O prisoner
was AUX VBD ccomp 8 O be
not PART RB neg 3 O not
there ADV RB advmod 3 O there _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
the DET DT det 11 O the
learned VERB VBN amod 11 O learn
counsel NOUN NN nsubj 8 O counsel
for ADP IN prep 11 O for
the DET DT det 14 O the
defence NOUN NN pobj 12 O defence _
, PUNCT , punct 11 O ,
Mr. PROPN NNP compound 17 O Mr.
Wills PROPN NNPS appos 11 B-PERSON Wills _
. PUNCT . punct 8 O . _
"""

# "We were beaten," said right back Tom Hale.
_RIGHT_BACK = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubjpass 3 O we
were AUX VBD auxpass 3 O be
beaten VERB VBN ccomp 6 O beat _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
right ADV RB advmod 8 O right
back ADV RB advmod 6 O back
Tom PROPN NNP compound 10 B-PERSON Tom
Hale PROPN NNP nsubj 6 I-PERSON Hale _
. PUNCT . punct 6 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_gallant_after_hon_and_is_no_part_of_the_role() -> None:
    assert _who(_GALLANT) == [("Sykes", "member for Hull")]


def test_right_hon_is_no_part_of_the_role() -> None:
    assert _who(_RIGHT_HON) == [("Baines", "member for Leeds")]


def test_learned_counsel_is_counsel() -> None:
    assert _who(_LEARNED) == [("Wills", "counsel for the defence")]


def test_a_side_s_right_back_is_left_alone() -> None:
    rows = Extractor().rows(frozen(_RIGHT_BACK))
    assert [r.speaker for r in rows] == ["Tom Hale"] and rows[0].role in ("", "right back")
