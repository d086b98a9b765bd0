"""`MCA for Kapseret Ward X said`: a seat's holder (Kenya's `MCA`, a member of a county assembly,
who sits for a ward), `for` and the ward's name in capitals closing on `Ward` are one title, the role
*MCA for Kapseret Ward* (it was none: the title ended on `Ward`, no role noun); and `Ward`, a given
name too, closing the ward's name in a person the tagger tagged from the ward, is no word of the
name (it was *Ward Grace Chebet*). Not any seat's place (`MP for Bankstown`, which may run on into
more words in capitals). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# MCA for Kapseret Ward Daniel Kiptoo accused the county of neglect. "This is the third time this
# year," Kiptoo said.
_WARD = """
MCA PROPN NNP nsubj 6 B-ORG MCA
for ADP IN prep 0 O for
Kapseret PROPN NNP compound 3 B-ORG Kapseret
Ward PROPN NNP compound 4 I-ORG Ward
Daniel PROPN NNP nsubj 6 B-PERSON Daniel
Kiptoo PROPN NNP advmod 6 I-PERSON Kiptoo
accused VERB VBD ROOT 6 O accuse
the DET DT det 8 O the
county NOUN NN dobj 6 O county
of ADP IN prep 8 O of
neglect NOUN NN pobj 9 O neglect _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
This PRON DT nsubj 14 O this
is AUX VBZ ccomp 23 O be
the DET DT det 17 O the
third ADJ JJ amod 17 B-ORDINAL third
time NOUN NN attr 14 O time
this DET DT det 19 B-DATE this
year NOUN NN npadvmod 17 I-DATE year _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Kiptoo PROPN NNP nsubj 23 B-PERSON Kiptoo
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
# "The road has been impassable since March," said MCA for Kiptagich Ward Grace Chebet.
_WARD_TAGGED = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
road NOUN NN nsubj 4 O road
has AUX VBZ aux 4 O have
been AUX VBN ccomp 10 O be
impassable ADJ JJ acomp 4 O impassable
since SCONJ IN prep 4 O since
March PROPN NNP pobj 6 B-DATE March _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
MCA PROPN NNP nsubj 10 B-ORG MCA
for ADP IN prep 10 O for
Kiptagich PROPN NNP compound 16 B-PERSON Kiptagich
Ward PROPN NNP compound 15 I-PERSON Ward
Grace PROPN NNP compound 16 I-PERSON Grace
Chebet PROPN NNP pobj 12 I-PERSON Chebet _
. PUNCT . punct 10 O . _
"""




def test_a_seat_for_a_ward_is_one_title() -> None:
    assert who_of(_WARD) == [("Daniel Kiptoo", "MCA for Kapseret Ward", "")]


def test_the_wards_noun_is_no_given_name() -> None:
    assert who_of(_WARD_TAGGED) == [("Grace Chebet", "MCA for Kiptagich Ward", "")]
