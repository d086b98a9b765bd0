"""`Bienvenido “Ben” Rubio` … `Ben Rubio said`: a nickname set in quote marks inside a name,
written later with the surname (as Philippine and Nigerian news call people), is the person
named with it, not someone new; the nickname with another surname is another person. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Customs Commissioner Bienvenido "Ben" Rubio said the bureau had seized 40 containers of rice.
# "This is only the start," Ben Rubio told reporters in Manila.
_COMMISSIONER = """
Customs PROPN NNP nmod 1 B-ORG Customs
Commissioner PROPN NNP compound 2 O Commissioner
Bienvenido PROPN NNP nmod 6 O Bienvenido
" PUNCT `` punct 6 O " _
Ben PROPN NNP nmod 6 O Ben _
" PUNCT '' punct 6 O "
Rubio PROPN NNP nsubj 7 B-PERSON Rubio
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
bureau NOUN NN nsubj 11 O bureau
had AUX VBD aux 11 O have
seized VERB VBN ccomp 7 O seize
40 NUM CD nummod 13 B-CARDINAL 40
containers NOUN NNS dobj 11 O container
of ADP IN prep 13 O of
rice NOUN NN pobj 14 O rice _
. PUNCT . punct 7 O .
" PUNCT `` punct 27 O " _
This PRON DT nsubj 19 O this
is AUX VBZ ccomp 27 O be
only ADV RB advmod 22 O only
the DET DT det 22 O the
start NOUN NN attr 19 O start _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Ben PROPN NNP compound 26 B-PERSON Ben
Rubio PROPN NNP nsubj 27 I-PERSON Rubio
told VERB VBD ROOT 27 O tell
reporters NOUN NNS dobj 27 O reporter
in ADP IN prep 27 O in
Manila PROPN NNP pobj 29 B-GPE Manila _
. PUNCT . punct 27 O . _
"""

# The club chairman, Olusegun "Segun" Adebayo, said the stadium would be ready by August. "We have
# paid the contractors," Segun Adebayo said.
_CHAIRMAN = """
The DET DT det 2 O the
club NOUN NN compound 2 O club
chairman NOUN NN nsubj 10 O chairman _
, PUNCT , punct 2 O ,
Olusegun PROPN NNP nmod 6 O Olusegun
" PUNCT `` punct 6 O " _
Segun PROPN NNP nmod 8 O Segun _
" PUNCT '' punct 6 O "
Adebayo PROPN NNP appos 2 B-PERSON Adebayo _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
stadium NOUN NN nsubj 14 O stadium
would AUX MD aux 14 O would
be AUX VB ccomp 10 O be
ready ADJ JJ acomp 14 O ready
by ADP IN prep 14 O by
August PROPN NNP pobj 16 B-DATE August _
. PUNCT . punct 10 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 22 O we
have AUX VBP aux 22 O have
paid VERB VBN ccomp 29 O pay
the DET DT det 24 O the
contractors NOUN NNS dobj 22 O contractor _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Segun PROPN NNP compound 28 O Segun
Adebayo PROPN NNP nsubj 29 B-PERSON Adebayo
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""

# Former mayor Manuel "Lito" Villanueva opened the market on Sunday. "Prices are too high," Lito
# Santos, a vendor, said.
_VENDOR = """
Former ADJ JJ amod 1 O former
mayor NOUN NN nmod 4 O mayor
Manuel PROPN NNP nmod 4 B-PERSON Manuel
" PUNCT `` punct 4 O " _
Lito PROPN NNP nmod 6 O Lito _
" PUNCT '' punct 6 O "
Villanueva PROPN NNP nsubj 7 O Villanueva
opened VERB VBD ROOT 7 O open
the DET DT det 9 O the
market NOUN NN dobj 7 O market
on ADP IN prep 7 O on
Sunday PROPN NNP pobj 10 B-DATE Sunday _
. PUNCT . punct 7 O .
" PUNCT `` punct 26 O " _
Prices NOUN NNS nsubj 15 O price
are AUX VBP ccomp 26 O be
too ADV RB advmod 17 O too
high ADJ JJ acomp 15 O high _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Lito PROPN NNP compound 21 B-PERSON Lito
Santos PROPN NNP nsubj 26 I-PERSON Santos _
, PUNCT , punct 21 O ,
a DET DT det 24 O a
vendor NOUN NN appos 21 O vendor _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_the_nickname_and_the_surname_are_the_commissioner() -> None:
    rows = Extractor().rows(frozen(_COMMISSIONER))
    assert [(r.speaker, r.mention) for r in rows] == [("Bienvenido Rubio", "Ben Rubio")]


def test_the_nickname_and_the_surname_are_the_chairman() -> None:
    rows = Extractor().rows(frozen(_CHAIRMAN))
    assert [(r.speaker, r.role) for r in rows] == [("Olusegun Adebayo", "club chairman")]


def test_the_nickname_with_another_surname_is_someone_else() -> None:
    rows = Extractor().rows(frozen(_VENDOR))
    assert [(r.speaker, r.role) for r in rows] == [("Lito Santos", "vendor")]
