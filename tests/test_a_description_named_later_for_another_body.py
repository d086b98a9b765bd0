"""`"…," said a spokesman for Kaizer Chiefs.` then `"…," said Moshe Cohen, a spokesman for the
Premier Soccer League.`: a description in the lede that names a body after `for` is the person
named later with its role only when that person is of that body (or of none); the same job for
another body is someone else's, whose name and organisation the description must not take.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "We are disappointed," said a spokesman for Kaizer Chiefs.  "It was a penalty," said Moshe
# Cohen, a spokesman for the Premier Soccer League.
_ANOTHER_BODYS = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 6 O be
disappointed VERB VBN acomp 2 O disappoint _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
a DET DT det 8 O a
spokesman NOUN NN nsubj 6 O spokesman
for ADP IN prep 8 O for
Kaizer PROPN NNP compound 11 B-ORG Kaizer
Chiefs PROPN NNPS pobj 9 I-ORG Chiefs _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 21 O " _
It PRON PRP nsubj 16 O it
was AUX VBD ccomp 21 O be
a DET DT det 18 O a
penalty NOUN NN attr 16 O penalty _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Moshe PROPN NNP compound 23 B-PERSON Moshe
Cohen PROPN NNP nsubj 21 I-PERSON Cohen _
, PUNCT , punct 23 O ,
a DET DT det 26 O a
spokesman NOUN NN appos 23 O spokesman
for ADP IN prep 26 O for
the DET DT det 31 B-ORG the
Premier PROPN NNP compound 31 I-ORG Premier
Soccer PROPN NNP compound 31 I-ORG Soccer
League PROPN NNP pobj 27 I-ORG League _
. PUNCT . punct 21 O . _
"""

# "We are disappointed," said a spokesman for Kaizer Chiefs.  "It was a penalty," said Moshe
# Cohen, a spokesman for Kaizer Chiefs.
_THE_SAME_BODYS = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 6 O be
disappointed VERB VBN acomp 2 O disappoint _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
a DET DT det 8 O a
spokesman NOUN NN nsubj 6 O spokesman
for ADP IN prep 8 O for
Kaizer PROPN NNP compound 11 B-ORG Kaizer
Chiefs PROPN NNPS pobj 9 I-ORG Chiefs _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 21 O " _
It PRON PRP nsubj 16 O it
was AUX VBD ccomp 21 O be
a DET DT det 18 O a
penalty NOUN NN attr 16 O penalty _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Moshe PROPN NNP compound 23 B-PERSON Moshe
Cohen PROPN NNP nsubj 21 I-PERSON Cohen _
, PUNCT , punct 23 O ,
a DET DT det 26 O a
spokesman NOUN NN appos 23 O spokesman
for ADP IN prep 26 O for
Kaizer PROPN NNP compound 29 B-ORG Kaizer
Chiefs PROPN NNPS pobj 27 I-ORG Chiefs _
. PUNCT . punct 21 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_spokesman_for_another_body_is_someone_else() -> None:
    assert _who(_ANOTHER_BODYS) == [
        ("a spokesman", "Kaizer Chiefs"),
        ("Moshe Cohen", "Premier Soccer League"),
    ]


def test_a_spokesman_for_the_same_body_is_the_one_named_later() -> None:
    assert _who(_THE_SAME_BODYS) == [("Moshe Cohen", "Kaizer Chiefs"), ("Moshe Cohen", "Kaizer Chiefs")]
