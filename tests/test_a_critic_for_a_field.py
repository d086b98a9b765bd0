"""`Opposition critic for finance Leona Baptiste-Rowe said` (Canadian and Caribbean house style,
issue 10), from a frozen parse of a sentence written for this file: `critic` with the field after
its `for` is a party's job, and the title before the name is her role (not `a critic of the plan`,
nor `a critic for years`)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_CRITIC_FOR_A_FIELD = """
Opposition NOUN NN compound 1 O opposition
critic NOUN NN nsubj 8 O critic
for ADP IN prep 1 O for
finance NOUN NN pobj 2 O finance
Leona PROPN NNP compound 5 B-PERSON Leona
Baptiste PROPN NNP compound 7 I-PERSON Baptiste _
- PUNCT HYPH punct 7 I-PERSON - _
Rowe PROPN NNP nsubj 8 I-PERSON Rowe
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
budget NOUN NN nsubj 11 O budget
was AUX VBD ccomp 8 O be
late ADJ JJ acomp 11 O late _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 17 O we
have AUX VBP aux 17 O have
waited VERB VBN ccomp 23 O wait
long ADV RB advmod 19 O long
enough ADV RB advmod 17 O enough _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_critic_for_a_field_before_a_name_is_the_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_CRITIC_FOR_A_FIELD))]
    assert rows == [("Leona Baptiste-Rowe", "Opposition critic for finance")]
