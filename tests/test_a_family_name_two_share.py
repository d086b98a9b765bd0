"""A family name written first that two people of the story share (`Kim Young-hoon`, then `Kim
Dong-wook`) is, alone, the one named last before it, as a shared surname is: `"…," Kim said` right
after `Kim Dong-wook, head of the federation's labor policy division,` is Kim Dong-wook, not an
unresolved `Kim`. Frozen parse of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Labor Minister Kim Young-hoon said at a briefing that hours would fall. / / Kim Dong-wook, head of
# the federation's labor policy division, said companies needed more flexibility. "Small firms
# cannot hire more people overnight," Kim said.
_A_FAMILY_NAME_TWO_SHARE = """
Labor PROPN NNP compound 1 B-ORG Labor
Minister PROPN NNP compound 5 O Minister
Kim PROPN NNP compound 5 B-PERSON Kim
Young PROPN NNP compound 5 I-PERSON Young _
- PUNCT HYPH punct 5 I-PERSON - _
hoon NOUN NN nsubj 6 I-PERSON hoon
said VERB VBD ROOT 6 O say
at ADP IN prep 6 O at
a DET DT det 9 O a
briefing NOUN NN pobj 7 O briefing
that PRON WDT dobj 13 B-TIME that
hours NOUN NNS nsubj 13 I-TIME hour
would AUX MD aux 13 O would
fall VERB VB relcl 9 O fall _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Kim PROPN NNP compound 19 B-PERSON Kim
Dong PROPN NNP compound 19 I-PERSON Dong _
- PUNCT HYPH punct 19 I-PERSON - _
wook PROPN NNP nsubj 30 I-PERSON wook _
, PUNCT , punct 19 O ,
head NOUN NN appos 19 O head
of ADP IN prep 21 O of
the DET DT det 24 O the
federation NOUN NN poss 28 O federation _
's PART POS case 24 O 's
labor NOUN NN compound 27 O labor
policy NOUN NN compound 28 O policy
division NOUN NN pobj 22 O division _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 30 O say
companies NOUN NNS nsubj 32 O company
needed VERB VBD ccomp 30 O need
more ADJ JJR amod 34 O more
flexibility NOUN NN dobj 32 O flexibility _
. PUNCT . punct 30 O .
" PUNCT `` punct 41 O " _
Small ADJ JJ amod 38 O small
firms NOUN NNS nsubj 41 O firm
can AUX MD aux 41 O can _
not PART RB neg 41 O not
hire VERB VB ccomp 48 O hire
more ADJ JJR amod 43 O more
people NOUN NNS dobj 41 O people
overnight ADV RB advmod 41 O overnight _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
Kim PROPN NNP nsubj 48 B-PERSON Kim
said VERB VBD ROOT 48 O say _
. PUNCT . punct 48 O . _
"""


def test_a_family_name_two_share_is_the_one_named_last() -> None:
    rows = Extractor().rows(frozen(_A_FAMILY_NAME_TWO_SHARE))
    assert [r.speaker for r in rows] == ["Kim Dong-wook"]
