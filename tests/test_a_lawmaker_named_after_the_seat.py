"""A lawmaker's description that opens the sentence with `representing` and the seat, the name
set off after it (`The member representing Kano Central, Hon. Abdullahi Musa, said`), as
Nigerian news write it: the parser makes the name the object of `representing`; the name
speaks, with the whole role (issue 10). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The member representing Kano Central, Hon. Abdullahi Musa, said: "We will not accept this."
_MEMBER = """
The DET DT det 1 O the
member NOUN NN nsubj 10 O member
representing VERB VBG acl 1 O represent
Kano PROPN NNP compound 8 B-PERSON Kano
Central PROPN NNP nmod 8 I-PERSON Central _
, PUNCT , punct 8 O ,
Hon. PROPN NNP compound 8 O Hon.
Abdullahi PROPN NNP compound 8 B-PERSON Abdullahi
Musa PROPN NNP dobj 2 I-PERSON Musa _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
not PART RB neg 16 O not
accept VERB VB ccomp 10 O accept
this PRON DT dobj 16 O this _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# The senator representing Lagos Central, Hon. Tokunbo Abiru, said: "The bill is good."
_SENATOR = """
The DET DT det 1 O the
senator NOUN NN nsubj 10 O senator
representing VERB VBG acl 1 O represent
Lagos PROPN NNP compound 4 B-ORG Lagos
Central PROPN NNP nmod 8 I-ORG Central _
, PUNCT , punct 4 O ,
Hon. PROPN NNP compound 8 O Hon.
Tokunbo PROPN NNP compound 8 B-PERSON Tokunbo
Abiru PROPN NNP dobj 2 I-PERSON Abiru _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
The DET DT det 14 O the
bill NOUN NN nsubj 15 O bill
is AUX VBZ ccomp 10 O be
good ADJ JJ acomp 15 O good _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_the_member_named_after_the_seat_represented() -> None:
    assert _who(_MEMBER) == [("Abdullahi Musa", "member representing Kano Central")]


def test_the_senator_named_after_the_seat_represented() -> None:
    assert _who(_SENATOR) == [("Tokunbo Abiru", "senator representing Lagos Central")]
