"""`Mary Wanjiru, a spokeswoman for the residents association` then `"…," he said.`: a role
whose head noun says a gender (spokeswoman, chairwoman) before its `for`/`of` tells the
person's gender, so a `he` it contradicts does not take her, though she is the only person
named; before, only the role's last word was read (`association`: no gender), and `he` went to
her. `she said` still does. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "When it rains, the water still comes into the houses," said Mary Wanjiru, a spokeswoman for the
# residents association. "We have asked the county many times," he said.
_SPOKESWOMAN = """
" PUNCT `` punct 14 O " _
When SCONJ WRB advmod 3 O when
it PRON PRP nsubj 3 O it
rains VERB VBZ advcl 8 O rain _
, PUNCT , punct 8 O ,
the DET DT det 6 O the
water NOUN NN nsubj 8 O water
still ADV RB advmod 8 O still
comes VERB VBZ ccomp 14 O come
into ADP IN prep 8 O into
the DET DT det 11 O the
houses NOUN NNS pobj 9 O house _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Mary PROPN NNP compound 16 B-PERSON Mary
Wanjiru PROPN NNP nsubj 14 I-PERSON Wanjiru _
, PUNCT , punct 16 O ,
a DET DT det 19 O a
spokeswoman NOUN NN appos 16 O spokeswoman
for ADP IN prep 19 O for
the DET DT det 23 O the
residents NOUN NNS compound 23 O resident
association NOUN NN pobj 20 O association _
. PUNCT . punct 14 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 28 O we
have AUX VBP aux 28 O have
asked VERB VBN ccomp 36 O ask
the DET DT det 30 O the
county NOUN NN dobj 28 O county
many ADJ JJ amod 32 O many
times NOUN NNS npadvmod 28 O time _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
he PRON PRP nsubj 36 O he
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""

# "The water still comes in," said Grace Achieng, chairwoman of the Kibera traders association.
# "We have asked the county many times," he said.
_CHAIRWOMAN = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
water NOUN NN nsubj 4 O water
still ADV RB advmod 4 O still
comes VERB VBZ ccomp 8 O come
in ADV RB advmod 4 O in _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Grace PROPN NNP compound 10 B-PERSON Grace
Achieng PROPN NNP nsubj 8 I-PERSON Achieng _
, PUNCT , punct 10 O ,
chairwoman NOUN NN appos 10 O chairwoman
of ADP IN prep 12 O of
the DET DT det 17 O the
Kibera PROPN NNP compound 17 B-ORG Kibera
traders NOUN NNS compound 17 O trader
association NOUN NN pobj 13 O association _
. PUNCT . punct 8 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 22 O we
have AUX VBP aux 22 O have
asked VERB VBN ccomp 30 O ask
the DET DT det 24 O the
county NOUN NN dobj 22 O county
many ADJ JJ amod 26 O many
times NOUN NNS npadvmod 22 O time _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
he PRON PRP nsubj 30 O he
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# "When it rains, the water still comes into the houses," said Mary Wanjiru, a spokeswoman for the
# residents association. "We have asked the county many times," she said.
_SHE_SAID = """
" PUNCT `` punct 14 O " _
When SCONJ WRB advmod 3 O when
it PRON PRP nsubj 3 O it
rains VERB VBZ advcl 8 O rain _
, PUNCT , punct 8 O ,
the DET DT det 6 O the
water NOUN NN nsubj 8 O water
still ADV RB advmod 8 O still
comes VERB VBZ ccomp 14 O come
into ADP IN prep 8 O into
the DET DT det 11 O the
houses NOUN NNS pobj 9 O house _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Mary PROPN NNP compound 16 B-PERSON Mary
Wanjiru PROPN NNP nsubj 14 I-PERSON Wanjiru _
, PUNCT , punct 16 O ,
a DET DT det 19 O a
spokeswoman NOUN NN appos 16 O spokeswoman
for ADP IN prep 19 O for
the DET DT det 23 O the
residents NOUN NNS compound 23 O resident
association NOUN NN pobj 20 O association _
. PUNCT . punct 14 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 28 O we
have AUX VBP aux 28 O have
asked VERB VBN ccomp 36 O ask
the DET DT det 30 O the
county NOUN NN dobj 28 O county
many ADJ JJ amod 32 O many
times NOUN NNS npadvmod 28 O time _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
she PRON PRP nsubj 36 O she
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""


def test_he_does_not_take_a_spokeswoman() -> None:
    rows = Extractor().rows(frozen(_SPOKESWOMAN))
    assert [r.speaker for r in rows] == ["Mary Wanjiru", ""]


def test_he_does_not_take_a_chairwoman_of_a_body() -> None:
    rows = Extractor().rows(frozen(_CHAIRWOMAN))
    assert [r.speaker for r in rows] == ["Grace Achieng", ""]


def test_she_still_takes_the_spokeswoman() -> None:
    rows = Extractor().rows(frozen(_SHE_SAID))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Mary Wanjiru", "spokeswoman for the residents association")
    ] * 2
