"""`One, a newsagent on Mill Lane who gave his name only as Mr. Dlamini, said`: a shopkeeper named
by what the shop sells (newsagent, tobacconist, haberdasher, confectioner: models/role_nouns.txt)
holds that job, as `a taxi driver` does. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Traders said they feared for the market's future. One, a newsagent on Mill Lane who gave his
# name only as Mr. Dlamini, said: "When the mine closes, we all close."
_NEWSAGENT = """
Traders NOUN NNS nsubj 1 O trader
said VERB VBD ROOT 1 O say
they PRON PRP nsubj 3 O they
feared VERB VBD ccomp 1 O fear
for ADP IN prep 3 O for
the DET DT det 6 O the
market NOUN NN poss 8 O market _
's PART POS case 6 O 's
future NOUN NN pobj 4 O future _
. PUNCT . punct 1 O .
One NUM CD nsubj 26 B-CARDINAL one _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
newsagent NOUN NN appos 10 O newsagent
on ADP IN prep 13 O on
Mill PROPN NNP compound 16 B-PERSON Mill
Lane PROPN NNP pobj 14 I-PERSON Lane
who PRON WP nsubj 18 O who
gave VERB VBD relcl 13 O give
his PRON PRP$ poss 20 O his
name NOUN NN dobj 18 O name
only ADV RB advmod 22 O only
as ADP IN prep 18 O as
Mr. PROPN NNP compound 24 O Mr.
Dlamini PROPN NNP pobj 22 B-PERSON Dlamini _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
When SCONJ WRB advmod 32 O when
the DET DT det 31 O the
mine NOUN NN nsubj 32 O mine
closes VERB VBZ advcl 36 O close _
, PUNCT , punct 36 O ,
we PRON PRP nsubj 36 O we
all PRON DT appos 34 O all
close VERB VBP ccomp 26 O close _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""


def test_a_newsagent_who_gave_his_name_holds_the_job() -> None:
    assert [(r.speaker, r.role) for r in Extractor().rows(frozen(_NEWSAGENT))] == [("Dlamini", "newsagent")]
