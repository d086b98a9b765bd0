"""A job a business noun in small letters opens (`A company spokeswoman`) is in a business,
never the court the story named just before. Frozen parse of stories written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Queensland's largest coal producer was fined $2.4 million over a fatal rock fall.
#
# The Brisbane Magistrates Court heard the company had failed to inspect the wall for three weeks.
#
# A company spokeswoman said the miner "deeply regrets" the death.
_COURT = """
Queensland PROPN NNP poss 4 B-GPE Queensland _
's PART POS case 0 O 's
largest ADJ JJS amod 4 O large
coal NOUN NN compound 4 O coal
producer NOUN NN nsubjpass 6 O producer
was AUX VBD auxpass 6 O be
fined VERB VBN ROOT 6 O fin
$ SYM $ quantmod 9 B-MONEY $ _
2.4 NUM CD compound 9 I-MONEY 2.4
million NUM CD dobj 6 I-MONEY million
over ADP IN prep 6 O over
a DET DT det 14 O a
fatal ADJ JJ amod 14 O fatal
rock NOUN NN compound 14 O rock
fall NOUN NN pobj 10 O fall _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
The DET DT det 20 B-ORG the
Brisbane PROPN NNP compound 20 I-ORG Brisbane
Magistrates PROPN NNPS compound 20 I-ORG Magistrates
Court PROPN NNP nsubj 21 I-ORG Court
heard VERB VBD ROOT 21 O hear
the DET DT det 23 O the
company NOUN NN nsubj 25 O company
had AUX VBD aux 25 O have
failed VERB VBN ccomp 21 O fail
to PART TO aux 27 O to
inspect VERB VB xcomp 25 O inspect
the DET DT det 29 O the
wall NOUN NN dobj 27 O wall
for ADP IN prep 27 O for
three NUM CD nummod 32 B-DATE three
weeks NOUN NNS pobj 30 I-DATE week _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 33 O <paragraph> _
A DET DT det 37 O a
company NOUN NN compound 37 O company
spokeswoman NOUN NN nsubj 38 O spokeswoman
said VERB VBD ROOT 38 O say
the DET DT det 40 O the
miner NOUN NN nsubj 43 O miner
" PUNCT `` punct 43 O " _
deeply ADV RB advmod 43 O deeply
regrets VERB VBZ ccomp 38 O regret _
" PUNCT '' punct 43 O "
the DET DT det 46 O the
death NOUN NN dobj 43 O death _
. PUNCT . punct 38 O . _
"""

# Harbour Foods was fined $40,000 on Monday. A company spokeswoman said the firm "regrets the
# breach".
_FOODS = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Foods PROPN NNPS nsubjpass 3 I-ORG Foods
was AUX VBD auxpass 3 O be
fined VERB VBN ROOT 3 O fin
$ SYM $ nmod 5 O $ _
40,000 NUM CD dobj 3 B-MONEY 40,000
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 3 O .
A DET DT det 11 O a
company NOUN NN compound 11 O company
spokeswoman NOUN NN nsubj 12 O spokeswoman
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
firm NOUN NN nsubj 16 O firm
" PUNCT `` punct 16 O " _
regrets VERB VBZ ccomp 12 O regret
the DET DT det 18 O the
breach NOUN NN dobj 16 O breach _
" PUNCT '' punct 16 O " _
. PUNCT . punct 12 O . _
"""


def test_a_company_spokeswoman_is_not_the_courts() -> None:
    rows = Extractor().rows(frozen(_COURT))
    assert [r.organization for r in rows] == [""]


def test_a_company_spokeswoman_speaks_for_the_company_named() -> None:
    rows = Extractor().rows(frozen(_FOODS))
    assert [r.organization for r in rows] == ["Harbour Foods"]
