"""`Health minister says …` in a standfirst, with no article, stands for the story's one
minister; not when that one's every post with words beside it is another (`Prime Minister X`,
`Finance Minister X`): a portfolio before the job rules them out, and the standfirst's minister
stays unnamed (`Minister of Health X` is still them). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nurses to get pay rise
# (a new paragraph) Health minister says the deal will "end the walkouts"
# (a new paragraph) The government will pay nurses 8 per cent more,
# Prime Minister Chris Hipkins said on Tuesday.
_PRIME = """
Nurses NOUN NNS ROOT 0 O nurse
to PART TO aux 2 O to
get VERB VB relcl 0 O get
pay NOUN NN compound 4 O pay
rise NOUN NN ccomp 2 O rise _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Health PROPN NNP compound 7 O Health
minister NOUN NN nsubj 8 O minister
says VERB VBZ ROOT 8 O say
the DET DT det 10 O the
deal NOUN NN nsubj 13 O deal
will AUX MD aux 13 O will
" PUNCT `` punct 13 O " _
end VERB VB ccomp 8 O end
the DET DT det 15 O the
walkouts NOUN NNS dobj 13 O walkout _
" PUNCT `` punct 15 O " _
<paragraph> SPACE _SP dep 16 O <paragraph> _
The DET DT det 19 O the
government NOUN NN nsubj 21 O government
will AUX MD aux 21 O will
pay VERB VB ccomp 32 O pay
nurses NOUN NNS dobj 21 O nurse
8 NUM CD dobj 21 B-MONEY 8
per ADP IN prep 21 I-MONEY per
cent NOUN NN pobj 24 I-MONEY cent
more ADJ JJR dobj 21 O more _
, PUNCT , punct 32 O ,
Prime PROPN NNP compound 29 O Prime
Minister PROPN NNP compound 31 O Minister
Chris PROPN NNP compound 31 B-PERSON Chris
Hipkins PROPN NNP nsubj 32 I-PERSON Hipkins
said VERB VBD ROOT 32 O say
on ADP IN prep 32 O on
Tuesday PROPN NNP pobj 33 B-DATE Tuesday _
. PUNCT . punct 32 O . _
"""
# Nurses to get pay rise
# (a new paragraph) Health minister says the deal will "end the walkouts"
# (a new paragraph) The government will pay nurses 8 per cent more,
# Minister of Health Ayesha Verrall said on Tuesday.
_PORTFOLIO = """
Nurses NOUN NNS ROOT 0 O nurse
to PART TO aux 2 O to
get VERB VB relcl 0 O get
pay NOUN NN compound 4 O pay
rise NOUN NN ccomp 2 O rise _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Health PROPN NNP compound 7 O Health
minister NOUN NN nsubj 8 O minister
says VERB VBZ ROOT 8 O say
the DET DT det 10 O the
deal NOUN NN nsubj 13 O deal
will AUX MD aux 13 O will
" PUNCT `` punct 13 O " _
end VERB VB ccomp 8 O end
the DET DT det 15 O the
walkouts NOUN NNS dobj 13 O walkout _
" PUNCT `` punct 15 O " _
<paragraph> SPACE _SP dep 16 O <paragraph> _
The DET DT det 19 O the
government NOUN NN nsubj 21 O government
will AUX MD aux 21 O will
pay VERB VB ccomp 33 O pay
nurses NOUN NNS dobj 21 O nurse
8 NUM CD dobj 21 B-MONEY 8
per ADP IN prep 21 I-MONEY per
cent NOUN NN pobj 24 I-MONEY cent
more ADJ JJR dobj 21 O more _
, PUNCT , punct 33 O ,
Minister PROPN NNP nmod 32 O Minister
of ADP IN prep 28 O of
Health PROPN NNP pobj 29 O Health
Ayesha PROPN NNP compound 32 O Ayesha
Verrall PROPN NNP nsubj 33 O Verrall
said VERB VBD ROOT 33 O say
on ADP IN prep 33 O on
Tuesday PROPN NNP pobj 34 B-DATE Tuesday _
. PUNCT . punct 33 O . _
"""


def test_a_portfolio_rules_out_the_prime_minister() -> None:
    rows = Extractor().rows(frozen(_PRIME))
    assert [(r.speaker, r.role) for r in rows] == [("Health minister", "Health minister")]


def test_the_minister_of_that_portfolio_is_the_standfirsts_minister() -> None:
    rows = Extractor().rows(frozen(_PORTFOLIO))
    assert [(r.speaker, r.role) for r in rows] == [("Ayesha Verrall", "Minister of Health")]
