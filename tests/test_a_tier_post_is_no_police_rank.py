"""A post a tier of government qualifies (`municipal commissioner`, `county commissioner`) is no
police rank: it is held in the body the sentence before is about when that body's name holds the
tier's word (`The Pune Municipal Corporation will demolish …`), and in none when it does not (a
police force or a firm). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Pune Municipal Corporation will demolish the old vegetable market next month. "Traders will
# be moved to a new site," municipal commissioner Rajesh Kulkarni said.
_PUNE = """
The DET DT det 3 B-ORG the
Pune PROPN NNP compound 3 I-ORG Pune
Municipal PROPN NNP compound 3 I-ORG Municipal
Corporation PROPN NNP nsubj 5 I-ORG Corporation
will AUX MD aux 5 O will
demolish VERB VB ROOT 5 O demolish
the DET DT det 9 O the
old ADJ JJ amod 9 O old
vegetable NOUN NN compound 9 O vegetable
market NOUN NN dobj 5 O market
next ADJ JJ amod 11 B-DATE next
month NOUN NN npadvmod 5 I-DATE month _
. PUNCT . punct 5 O .
" PUNCT `` punct 17 O " _
Traders NOUN NNS nsubjpass 17 O trader
will AUX MD aux 17 O will
be AUX VB auxpass 17 O be
moved VERB VBN ccomp 28 O move
to ADP IN prep 17 O to
a DET DT det 21 O a
new ADJ JJ amod 21 O new
site NOUN NN pobj 18 O site _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
municipal ADJ JJ amod 25 O municipal
commissioner NOUN NN compound 27 O commissioner
Rajesh PROPN NNP compound 27 B-PERSON Rajesh
Kulkarni PROPN NNP nsubj 28 I-PERSON Kulkarni
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


# Kent Police arrested two men on Friday. "We are not looking for anyone else," county
# commissioner Ana Ruiz said.
_KENT = """
Kent PROPN NNP compound 1 B-ORG Kent
Police PROPN NNP nsubj 2 I-ORG Police
arrested VERB VBD ROOT 2 O arrest
two NUM CD nummod 4 B-CARDINAL two
men NOUN NNS dobj 2 O man
on ADP IN prep 2 O on
Friday PROPN NNP pobj 5 B-DATE Friday _
. PUNCT . punct 2 O .
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
are AUX VBP aux 12 O be
not PART RB neg 12 O not
looking VERB VBG ccomp 22 O look
for ADP IN prep 12 O for
anyone PRON NN pobj 13 O anyone
else ADV RB advmod 14 O else _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
county NOUN NN compound 19 O county
commissioner NOUN NN compound 21 O commissioner
Ana PROPN NNP compound 21 O Ana
Ruiz PROPN NNP nsubj 22 O Ruiz
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""




def test_a_municipal_commissioner_of_the_corporation_before() -> None:
    assert who_of(_PUNE) == [("Rajesh Kulkarni", "municipal commissioner", "Pune Municipal Corporation")]


def test_a_county_commissioner_is_no_police_forces() -> None:
    assert who_of(_KENT) == [("Ana Ruiz", "county commissioner", "")]
