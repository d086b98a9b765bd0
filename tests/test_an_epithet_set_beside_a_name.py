"""`Ana Ruiz, a widow, said …. “…,” the widow said`: an epithet (models/epithet_nouns.txt) set
beside a name before is no one brought in unnamed (`a widow` alone would be), and it stands for
the one person the story so called, whoever it named last; it gave the speaker *the widow* (or the
woman named last). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ana Ruiz, a widow, said the water came in at night. "I lost everything," the widow said.
_WIDOW = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 6 O Ruiz _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
widow NOUN NN appos 1 O widow _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
water NOUN NN nsubj 9 O water
came VERB VBD ccomp 6 O come
in ADP RP prt 9 O in
at ADP IN prep 9 O at
night NOUN NN pobj 11 B-TIME night _
. PUNCT . punct 6 O .
" PUNCT `` punct 22 O " _
I PRON PRP nsubj 16 O I
lost VERB VBD ccomp 22 O lose
everything PRON NN dobj 16 O everything _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 21 O the
widow NOUN NN nsubj 22 O widow
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


# Ana Ruiz, a widow, said the water came in at night. Maria Lopez said the council had done
# nothing. "I lost everything," the widow said.
_TWO_WOMEN = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 6 O Ruiz _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
widow NOUN NN appos 1 O widow _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
water NOUN NN nsubj 9 O water
came VERB VBD ccomp 6 O come
in ADP RP prt 9 O in
at ADP IN prep 9 O at
night NOUN NN pobj 11 B-TIME night _
. PUNCT . punct 6 O .
Maria PROPN NNP compound 15 B-PERSON Maria
Lopez PROPN NNP nsubj 16 I-PERSON Lopez
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
council NOUN NN nsubj 20 O council
had AUX VBD aux 20 O have
done VERB VBN ccomp 16 O do
nothing PRON NN dobj 20 O nothing _
. PUNCT . punct 16 O .
" PUNCT `` punct 31 O " _
I PRON PRP nsubj 25 O I
lost VERB VBD ccomp 31 O lose
everything PRON NN dobj 25 O everything _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
the DET DT det 30 O the
widow NOUN NN nsubj 31 O widow
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_an_epithet_set_beside_a_name_brings_in_no_one_new() -> None:
    rows = Extractor().rows(frozen(_WIDOW))
    assert [r.speaker for r in rows] == ["Ana Ruiz"]


def test_an_epithet_is_the_one_so_called_not_the_one_named_last() -> None:
    rows = Extractor().rows(frozen(_TWO_WOMEN))
    assert [r.speaker for r in rows] == ["Ana Ruiz"]
