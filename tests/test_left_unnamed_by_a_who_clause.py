"""Someone a `who` clause leaves unnamed is brought in as someone new, so the `she said` or `he
said` after is them and takes no role of the officer named before: with a noun for a person
that gives no role (`One evacuee`: models/person_nouns.txt), and with the clause the parser hung
on the noun's place (`One vendor in Kayole, who asked not to be named,`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Inspector Ann Cole said 300 people had been moved. One evacuee, who did not want to be named, said she had
# lost her home. "You pack the photos first," she said.
_ONE_EVACUEE = """
Inspector PROPN NNP compound 2 O Inspector
Ann PROPN NNP compound 2 B-PERSON Ann
Cole PROPN NNP nsubj 3 I-PERSON Cole
said VERB VBD ROOT 3 O say
300 NUM CD nummod 5 B-CARDINAL 300
people NOUN NNS nsubjpass 8 O people
had AUX VBD aux 8 O have
been AUX VBN auxpass 8 O be
moved VERB VBN ccomp 3 O move _
. PUNCT . punct 3 O .
One NUM CD nummod 11 B-CARDINAL one
evacuee NOUN NN nsubj 21 O evacuee _
, PUNCT , punct 11 O ,
who PRON WP nsubj 16 O who
did AUX VBD aux 16 O do
not PART RB neg 16 O not
want VERB VB relcl 11 O want
to PART TO aux 19 O to
be AUX VB auxpass 19 O be
named VERB VBN xcomp 16 O name _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 21 O say
she PRON PRP nsubj 24 O she
had AUX VBD aux 24 O have
lost VERB VBN ccomp 21 O lose
her PRON PRP$ poss 26 O her
home NOUN NN dobj 24 O home _
. PUNCT . punct 21 O .
" PUNCT `` punct 37 O " _
You PRON PRP nsubj 30 O you
pack VERB VBP ccomp 37 O pack
the DET DT det 32 O the
photos NOUN NNS dobj 30 O photo
first ADV RB advmod 30 B-ORDINAL first _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
she PRON PRP nsubj 37 O she
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
"""

# Inspector Ann Cole said the kiosks were closed. One vendor in Kayole, who asked not to be named, denied
# the claims. "We also buy the water," he said.
_ONE_VENDOR_IN_A_PLACE = """
Inspector PROPN NNP compound 2 O Inspector
Ann PROPN NNP compound 2 B-PERSON Ann
Cole PROPN NNP nsubj 3 I-PERSON Cole
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
kiosks NOUN NNS nsubj 6 O kiosk
were AUX VBD auxpass 7 O be
closed VERB VBN ccomp 3 O close _
. PUNCT . punct 3 O .
One NUM CD nummod 10 B-CARDINAL one
vendor NOUN NN nsubj 21 O vendor
in ADP IN prep 10 O in
Kayole PROPN NNP pobj 11 B-ORG Kayole _
, PUNCT , punct 12 O ,
who PRON WP nsubj 15 O who
asked VERB VBD relcl 12 O ask
not PART RB neg 19 O not
to PART TO aux 19 O to
be AUX VB auxpass 19 O be
named VERB VBN xcomp 15 O name _
, PUNCT , punct 10 O ,
denied VERB VBD ROOT 21 O deny
the DET DT det 23 O the
claims NOUN NNS dobj 21 O claim _
. PUNCT . punct 21 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 28 O we
also ADV RB advmod 28 O also
buy VERB VBP ccomp 34 O buy
the DET DT det 30 O the
water NOUN NN dobj 28 O water _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
he PRON PRP nsubj 34 O he
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


def test_an_evacuee_left_unnamed_is_the_she_after() -> None:
    rows = Extractor().rows(frozen(_ONE_EVACUEE))
    assert [(r.speaker, r.role) for r in rows] == [("One evacuee", "")]


def test_a_who_clause_hung_on_the_place_still_leaves_the_vendor_unnamed() -> None:
    rows = Extractor().rows(frozen(_ONE_VENDOR_IN_A_PLACE))
    assert [(r.speaker, r.role) for r in rows] == [("One vendor", "vendor")]
