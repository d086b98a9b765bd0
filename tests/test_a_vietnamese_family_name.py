"""`Nguyễn` + `Thị Lan`: the tagger reads a Vietnamese family name before the given names it tags
a person as an adverb, a verb or nothing; a word in capitals right before a person's name written
with letters no English word has (`ễ`, `ư`, `đ`, quotes/letters.py's ``has_tone_letters``) opens
the name, whatever its tag. Frozen parses of texts written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Nguyễn Thị Lan said the floods were the worst she had seen. "We lost everything," Lan said.
_LAN = """
Nguyễn ADV RB neg 3 O nguyễn
Thị PROPN NNP compound 2 B-PERSON Thị
Lan PROPN NNP nsubj 3 I-PERSON Lan
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
floods NOUN NNS nsubj 6 O flood
were AUX VBD ccomp 3 O be
the DET DT det 8 O the
worst ADJ JJS attr 6 O bad
she PRON PRP nsubj 11 O she
had AUX VBD aux 11 O have
seen VERB VBN relcl 8 O see _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 15 O we
lost VERB VBD ccomp 20 O lose
everything PRON NN dobj 15 O everything _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Lan PROPN NNP nsubj 20 B-PERSON Lan
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Farmer Nguyễn Văn Minh said the rice crop was lost. "We have nothing left," Minh said.
_MINH = """
Farmer PROPN NNP compound 1 O Farmer
Nguyễn PROPN NNP compound 3 O Nguyễn
Văn PROPN NNP compound 3 B-PERSON Văn
Minh PROPN NNP nsubj 4 I-PERSON Minh
said VERB VBD ROOT 4 O say
the DET DT det 7 O the
rice NOUN NN compound 7 O rice
crop NOUN NN nsubjpass 9 O crop
was AUX VBD auxpass 9 O be
lost VERB VBN ccomp 4 O lose _
. PUNCT . punct 4 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 13 O we
have VERB VBP ccomp 19 O have
nothing PRON NN dobj 13 O nothing
left VERB VBN acl 14 O leave _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Minh PROPN NNP nsubj 19 B-PERSON Minh
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

# Nguyễn Thị Hoa, a farmer in the delta, said the floods were the worst she had seen.
# "We lost everything," Hoa said.
_HOA = """
Nguyễn VERB VB neg 10 O nguyễn
Thị PROPN NNP compound 2 B-PERSON Thị
Hoa PROPN NNP nsubj 10 I-PERSON Hoa _
, PUNCT , punct 2 O ,
a DET DT det 5 O a
farmer NOUN NN appos 2 O farmer
in ADP IN prep 5 O in
the DET DT det 8 O the
delta NOUN NN pobj 6 O delta _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
floods NOUN NNS nsubj 13 O flood
were AUX VBD ccomp 10 O be
the DET DT det 15 O the
worst ADJ JJS attr 13 O bad
she PRON PRP nsubj 18 O she
had AUX VBD aux 18 O have
seen VERB VBN relcl 15 O see _
. PUNCT . punct 10 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 22 O we
lost VERB VBD ccomp 27 O lose
everything PRON NN dobj 22 O everything _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Hoa PROPN NNP nsubj 27 B-PERSON Hoa
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_a_vietnamese_family_name_read_as_an_adverb() -> None:
    assert _who(_LAN) == [("Nguyễn Thị Lan", "")]


def test_a_vietnamese_family_name_left_untagged_after_a_job() -> None:
    assert _who(_MINH) == [("Nguyễn Văn Minh", "Farmer")]


def test_a_vietnamese_family_name_read_as_a_verb() -> None:
    assert _who(_HOA) == [("Nguyễn Thị Hoa", "farmer in the delta")]
