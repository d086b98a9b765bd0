"""A name of three words whose last two are short syllables no given-name list knows (`Song Kah
Wee`, as Chinese and Korean names are written family name first) opens on a family name: a given
name spelt alike (`Song`, listed as a woman's) says nothing of the person's gender, and `he`
after their words can be them. Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr Hale said the plan was late. Economist Song Kah Wee said the levy would raise S$90 million a
# year.
#
# "It is more symbolic than anything," he said.
_SONG = """
Mr PROPN NNP compound 1 O Mr
Hale PROPN NNP nsubj 2 B-PERSON Hale
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
plan NOUN NN nsubj 5 O plan
was AUX VBD ccomp 2 O be
late ADJ JJ acomp 5 O late _
. PUNCT . punct 2 O .
Economist NOUN NN compound 9 O economist
Song PROPN NNP compound 11 B-PERSON Song
Kah PROPN NNP compound 11 I-PERSON Kah
Wee PROPN NNP nsubj 12 I-PERSON Wee
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
levy NOUN NN nsubj 16 O levy
would AUX MD aux 16 O would
raise VERB VB ccomp 12 O raise
S$90 PROPN NNP compound 18 B-CARDINAL S$90
million NUM CD dobj 16 I-CARDINAL million
a DET DT det 20 O a
year NOUN NN npadvmod 18 O year _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
" PUNCT `` punct 25 O " _
It PRON PRP nsubj 25 O it
is AUX VBZ ccomp 33 O be
more ADV RBR advmod 27 O more
symbolic ADJ JJ acomp 25 O symbolic
than ADP IN prep 27 O than
anything PRON NN pobj 28 O anything _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
he PRON PRP nsubj 33 O he
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""



def test_a_family_name_first_says_no_gender() -> None:
    rows = Extractor().rows(frozen(_SONG))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [("Song Kah Wee", "Economist", "he")]
