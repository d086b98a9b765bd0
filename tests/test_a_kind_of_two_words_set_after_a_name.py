"""`Bruegel, a think tank, said …` then `the think tank's director`: a kind of body named by two
words (models/body_kinds_of_two_words.txt) in the apposition after a name says what the story's
`the think tank` means, as it does before the name (`The think tank Bruegel`), whatever the tagger
called the name. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Chatham, a think tank, said the levy would raise rents in Leeds. "It is a tax on tenants," the
# think tank's director, Amara Osei, told reporters.
_TAGGED_A_PLACE = """
Chatham PROPN NNP nsubj 6 B-GPE Chatham _
, PUNCT , punct 0 O ,
a DET DT det 4 O a
think NOUN NN compound 4 O think
tank NOUN NN appos 0 O tank _
, PUNCT , punct 0 O ,
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
levy NOUN NN nsubj 10 O levy
would AUX MD aux 10 O would
raise VERB VB ccomp 6 O raise
rents NOUN NNS dobj 10 O rent
in ADP IN prep 11 O in
Leeds PROPN NNPS pobj 12 B-GPE Leeds _
. PUNCT . punct 6 O .
" PUNCT `` punct 33 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 33 O be
a DET DT det 19 O a
tax NOUN NN attr 17 O tax
on ADP IN prep 19 O on
tenants NOUN NNS pobj 20 O tenant _
, PUNCT , punct 33 O , _
" PUNCT '' punct 22 O "
the DET DT det 26 O the
think NOUN NN compound 26 O think
tank NOUN NN poss 28 O tank _
's PART POS case 26 O 's
director NOUN NN nsubj 33 O director _
, PUNCT , punct 28 O ,
Amara PROPN NNP compound 31 B-ORG Amara
Osei PROPN NNP appos 28 I-ORG Osei _
, PUNCT , punct 28 O ,
told VERB VBD ROOT 33 O tell
reporters NOUN NNS dobj 33 O reporter _
. PUNCT . punct 33 O . _
"""

# Grattan, a think tank in Melbourne, said the levy would raise rents. "It is a tax on tenants,"
# the think tank's director, Amara Osei, told reporters.
_TAGGED_A_BODY = """
Grattan PROPN NNP nsubj 8 B-ORG Grattan _
, PUNCT , punct 0 O ,
a DET DT det 4 O a
think NOUN NN compound 4 O think
tank NOUN NN appos 0 O tank
in ADP IN prep 4 O in
Melbourne PROPN NNP pobj 5 B-GPE Melbourne _
, PUNCT , punct 0 O ,
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
levy NOUN NN nsubj 12 O levy
would AUX MD aux 12 O would
raise VERB VB ccomp 8 O raise
rents NOUN NNS dobj 12 O rent _
. PUNCT . punct 8 O .
" PUNCT `` punct 33 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 33 O be
a DET DT det 19 O a
tax NOUN NN attr 17 O tax
on ADP IN prep 19 O on
tenants NOUN NNS pobj 20 O tenant _
, PUNCT , punct 33 O , _
" PUNCT '' punct 22 O "
the DET DT det 26 O the
think NOUN NN compound 26 O think
tank NOUN NN poss 28 O tank _
's PART POS case 26 O 's
director NOUN NN nsubj 33 O director _
, PUNCT , punct 28 O ,
Amara PROPN NNP compound 31 B-ORG Amara
Osei PROPN NNP appos 28 I-ORG Osei _
, PUNCT , punct 28 O ,
told VERB VBD ROOT 33 O tell
reporters NOUN NNS dobj 33 O reporter _
. PUNCT . punct 33 O . _
"""

# The Marlow Foundation, a think tank in Dublin, said wages had stalled. "Families are worse off
# than in 2010," the think tank's chief executive, Niamh Doyle, said.
_A_FOUNDATION = """
The DET DT det 2 B-ORG the
Marlow PROPN NNP compound 2 I-ORG Marlow
Foundation PROPN NNP nsubj 10 I-ORG Foundation _
, PUNCT , punct 2 O ,
a DET DT det 6 O a
think NOUN NN compound 6 O think
tank NOUN NN appos 2 O tank
in ADP IN prep 6 O in
Dublin PROPN NNP pobj 7 B-GPE Dublin _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 10 O say
wages NOUN NNS nsubj 13 O wage
had AUX VBD aux 13 O have
stalled VERB VBN ccomp 10 O stall _
. PUNCT . punct 10 O .
" PUNCT `` punct 35 O " _
Families NOUN NNS nsubj 17 O family
are AUX VBP ccomp 35 O be
worse ADJ JJR acomp 17 O bad
off ADV RB advmod 17 O off
than ADP IN prep 19 O than
in ADP IN prep 20 O in
2010 NUM CD pobj 21 B-DATE 2010 _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
the DET DT det 27 O the
think NOUN NN compound 27 O think
tank NOUN NN poss 30 O tank _
's PART POS case 27 O 's
chief ADJ JJ amod 30 O chief
executive NOUN NN nsubj 35 O executive _
, PUNCT , punct 30 O ,
Niamh PROPN NNP compound 33 B-PERSON Niamh
Doyle PROPN NNP appos 30 I-PERSON Doyle _
, PUNCT , punct 35 O ,
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""




def test_a_think_tank_tagged_a_place_is_the_think_tanks_body() -> None:
    assert who_of(_TAGGED_A_PLACE) == [("Amara Osei", "director", "Chatham")]


def test_a_think_tank_tagged_a_body_is_the_think_tanks_body() -> None:
    assert who_of(_TAGGED_A_BODY) == [("Amara Osei", "director", "Grattan")]


def test_a_foundation_called_a_think_tank_is_the_think_tanks_body() -> None:
    assert who_of(_A_FOUNDATION) == [("Niamh Doyle", "chief executive", "Marlow Foundation")]
