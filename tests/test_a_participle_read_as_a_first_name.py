"""A participle the tagger read as a first name (`Sentencing Martin Hale at Leeds Crown Court,
Judge Sarah Okafor said`) makes the one it acts on a first subject of the verb: the second
subject, after the comma, speaks. Frozen parse of a sentence written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A former bank manager who stole £2.3m from elderly customers has been jailed for six years. /
# / Sentencing Martin Hale at Leeds Crown Court, Judge Sarah Okafor said: "You abused their trust."
_SENTENCING = """
A DET DT det 3 O a
former ADJ JJ amod 3 O former
bank NOUN NN compound 3 O bank
manager NOUN NN nsubjpass 14 O manager
who PRON WP nsubj 5 O who
stole VERB VBD relcl 3 O steal
£ SYM $ nmod 7 O £ _
2.3 NUM CD nummod 8 B-MONEY 2.3 _
m NOUN NN dobj 5 O m
from ADP IN prep 5 O from
elderly ADJ JJ amod 11 O elderly
customers NOUN NNS pobj 9 O customer
has AUX VBZ aux 14 O have
been AUX VBN auxpass 14 O be
jailed VERB VBN ROOT 14 O jail
for ADP IN prep 14 O for
six NUM CD nummod 17 B-DATE six
years NOUN NNS pobj 15 I-DATE year _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
Sentencing PROPN NNP compound 22 O Sentencing
Martin PROPN NNP compound 22 B-PERSON Martin
Hale PROPN NNP nsubj 31 I-PERSON Hale
at ADP IN prep 22 O at
Leeds PROPN NNPS compound 26 B-ORG Leeds
Crown PROPN NNP compound 26 I-ORG Crown
Court PROPN NNP pobj 23 I-ORG Court _
, PUNCT , punct 31 O ,
Judge PROPN NNP compound 30 O Judge
Sarah PROPN NNP compound 30 B-PERSON Sarah
Okafor PROPN NNP nsubj 31 I-PERSON Okafor
said VERB VBD ROOT 31 O say _
: PUNCT : punct 31 O :
" PUNCT `` punct 31 O " _
You PRON PRP nsubj 35 O you
abused VERB VBD ccomp 31 O abuse
their PRON PRP$ poss 37 O their
trust NOUN NN dobj 35 O trust _
. PUNCT . punct 31 O . _
" PUNCT '' punct 31 O " _
"""


def test_the_judge_speaks_not_the_man_she_sentences() -> None:
    rows = Extractor().rows(frozen(_SENTENCING))
    assert [(r.speaker, r.role) for r in rows] == [("Sarah Okafor", "Judge")]
