"""`One, a taxi driver on Mill Lane who gave his name only as Mr. Dlamini, said`: the words that
give the name of someone the story met (`gave his name only as`) may be followed by a form of
address before the name (`Mr.`, `Mrs.`); the name is still the one given, and the person named
holds the job of the noun the clause is told of. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Traders said they feared for the market's future. One, a taxi driver on Mill Lane who gave his
# name only as Mr. Dlamini, said: "When the mine closes, we all close."
_MR_DLAMINI = """
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
One NUM CD nsubj 27 B-CARDINAL one _
, PUNCT , punct 10 O ,
a DET DT det 14 O a
taxi NOUN NN compound 14 O taxi
driver NOUN NN appos 10 O driver
on ADP IN prep 14 O on
Mill PROPN NNP compound 17 B-PERSON Mill
Lane PROPN NNP pobj 15 I-PERSON Lane
who PRON WP nsubj 19 O who
gave VERB VBD relcl 14 O give
his PRON PRP$ poss 21 O his
name NOUN NN dobj 19 O name
only ADV RB advmod 23 O only
as ADP IN prep 19 O as
Mr. PROPN NNP compound 25 O Mr.
Dlamini PROPN NNP pobj 23 B-PERSON Dlamini _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 27 O say _
: PUNCT : punct 27 O :
" PUNCT `` punct 27 O " _
When SCONJ WRB advmod 33 O when
the DET DT det 32 O the
mine NOUN NN nsubj 33 O mine
closes VERB VBZ advcl 37 O close _
, PUNCT , punct 37 O ,
we PRON PRP nsubj 37 O we
all PRON DT appos 35 O all
close VERB VBP ccomp 27 O close _
. PUNCT . punct 27 O . _
" PUNCT '' punct 27 O " _
"""


# Nurses at the clinic said they had not been paid since March. One, a midwife who gave her name
# only as Mrs. Achieng, said: "We are working for nothing."
_MRS_ACHIENG = """
Nurses NOUN NNS nsubj 4 O nurse
at ADP IN prep 0 O at
the DET DT det 3 O the
clinic NOUN NN pobj 1 O clinic
said VERB VBD ROOT 4 O say
they PRON PRP nsubjpass 9 O they
had AUX VBD aux 9 O have
not PART RB neg 9 O not
been AUX VBN auxpass 9 O be
paid VERB VBN ccomp 4 O pay
since SCONJ IN prep 9 O since
March PROPN NNP pobj 10 B-DATE March _
. PUNCT . punct 4 O .
One NUM CD nsubj 26 B-CARDINAL one _
, PUNCT , punct 13 O ,
a DET DT det 16 O a
midwife NOUN NN appos 13 O midwife
who PRON WP nsubj 18 O who
gave VERB VBD relcl 16 O give
her PRON PRP$ poss 20 O her
name NOUN NN dobj 18 O name
only ADV RB advmod 26 O only
as SCONJ IN mark 26 O as
Mrs. PROPN NNP compound 24 O Mrs.
Achieng PROPN NNP nsubj 26 B-PERSON Achieng _
, PUNCT , punct 24 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 31 O we
are AUX VBP aux 31 O be
working VERB VBG ccomp 26 O work
for ADP IN prep 31 O for
nothing PRON NN pobj 32 O nothing _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_mr_before_the_name_given() -> None:
    assert who(_MR_DLAMINI) == [("Dlamini", "taxi driver")]


def test_mrs_before_the_name_given() -> None:
    assert who(_MRS_ACHIENG) == [("Achieng", "midwife")]
