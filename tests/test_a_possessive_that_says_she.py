"""`Mary Wanjiru, who runs a shop in the market, said her rent had doubled since January.` then
`"…," he said.`: a possessive pronoun that stands for a person and agrees with the gender her
given name suggests makes that gender firm, so a `he` it contradicts does not take her, though
she is the only person named; before, only a subject pronoun did, and a gender guessed from a
given name alone gave way to `he`. `she said` still takes her. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mary Wanjiru, who runs a shop in the market, said her rent had doubled since January. "We have
# asked the county many times," he said.
_HER_RENT = """
Mary PROPN NNP compound 1 B-PERSON Mary
Wanjiru PROPN NNP nsubj 11 I-PERSON Wanjiru _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
runs VERB VBZ relcl 1 O run
a DET DT det 6 O a
shop NOUN NN dobj 4 O shop
in ADP IN prep 6 O in
the DET DT det 9 O the
market NOUN NN pobj 7 O market _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say
her PRON PRP$ poss 13 O her
rent NOUN NN nsubj 15 O rent
had AUX VBD aux 15 O have
doubled VERB VBN ccomp 11 O double
since SCONJ IN prep 15 O since
January PROPN NNP pobj 16 B-DATE January _
. PUNCT . punct 11 O .
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

# Mary Wanjiru, who runs a shop in the market, said her rent had doubled since January. "We have
# asked the county many times," she said.
_SHE_SAID = """
Mary PROPN NNP compound 1 B-PERSON Mary
Wanjiru PROPN NNP nsubj 11 I-PERSON Wanjiru _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
runs VERB VBZ relcl 1 O run
a DET DT det 6 O a
shop NOUN NN dobj 4 O shop
in ADP IN prep 6 O in
the DET DT det 9 O the
market NOUN NN pobj 7 O market _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say
her PRON PRP$ poss 13 O her
rent NOUN NN nsubj 15 O rent
had AUX VBD aux 15 O have
doubled VERB VBN ccomp 11 O double
since SCONJ IN prep 15 O since
January PROPN NNP pobj 16 B-DATE January _
. PUNCT . punct 11 O .
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
she PRON PRP nsubj 30 O she
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_he_does_not_take_her_after_her_own_possessive() -> None:
    rows = Extractor().rows(frozen(_HER_RENT))
    assert [(r.speaker, r.mention) for r in rows] == [("", "he")]


def test_she_still_takes_her() -> None:
    rows = Extractor().rows(frozen(_SHE_SAID))
    assert [r.speaker for r in rows] == ["Mary Wanjiru"]
