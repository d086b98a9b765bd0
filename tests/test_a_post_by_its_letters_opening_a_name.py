"""`said DPO Musa Abdullahi Bello`, `said SHO Ravi Kumar`: a post by its letters (models/
role_nouns.txt) that the tagger took into the person's name is no word of the name but its
holder's role, as a seat's letters (`MP`) are; letters that are also an English word (`DJ`) are
left in the name. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "They had three rifles with them," said DPO Musa Abdullahi Bello.
_DPO_OPENS = """
" PUNCT `` punct 9 O " _
They PRON PRP nsubj 2 O they
had VERB VBD ccomp 9 O have
three NUM CD nummod 4 B-CARDINAL three
rifles NOUN NNS dobj 2 O rifle
with ADP IN prep 4 O with
them PRON PRP pobj 5 O they _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
DPO PROPN NNP compound 13 B-PERSON DPO
Musa PROPN NNP compound 13 I-PERSON Musa
Abdullahi PROPN NNP compound 13 I-PERSON Abdullahi
Bello PROPN NNP nsubj 9 I-PERSON Bello _
. PUNCT . punct 9 O . _
"""

# "The road will stay closed until Monday," said SHO Ravi Kumar.
_SHO_OPENS = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
road NOUN NN nsubj 4 O road
will AUX MD aux 4 O will
stay VERB VB ccomp 10 O stay
closed ADJ JJ acomp 4 O closed
until ADP IN prep 5 O until
Monday PROPN NNP pobj 6 B-DATE Monday _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
SHO PROPN NNP compound 13 B-PERSON SHO
Ravi PROPN NNP compound 13 I-PERSON Ravi
Kumar PROPN NNP nsubj 10 O Kumar _
. PUNCT . punct 10 O . _
"""

# "The crowd was amazing," said DJ Tunde Lawal.
_DJ_NAME = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
crowd NOUN NN nsubj 3 O crowd
was AUX VBD ccomp 7 O be
amazing ADJ JJ acomp 3 O amazing _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
DJ PROPN NNP compound 10 O DJ
Tunde PROPN NNP compound 10 O Tunde
Lawal PROPN NNP nsubj 7 O Lawal _
. PUNCT . punct 7 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_a_divisional_police_officer_s_letters_are_his_role() -> None:
    assert _who(_DPO_OPENS) == [("Musa Abdullahi Bello", "DPO")]


def test_a_station_house_officer_s_letters_are_his_role() -> None:
    assert _who(_SHO_OPENS) == [("Ravi Kumar", "SHO")]


def test_letters_that_are_a_word_stay_in_the_name() -> None:
    assert _who(_DJ_NAME) == [("DJ Tunde Lawal", "")]
