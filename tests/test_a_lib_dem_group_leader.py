"""A party's short form with `Dem` before `group leader`: `Scottish Lib Dem group leader X`,
`Welsh Lib Dems group leader X`. The tagger calls `Lib Dem` a person, and `Dem` was in no list of
party words, so the whole title stayed the role and no body was given; `Dem`, `Dems` are now party
words (models/party_labels.txt), and a party's word ending the run before `group leader` is no
person's name: *group leader* / *Scottish Lib Dem* (ROLES.md 4 and 5, as `group leader for the
Greens`). As a party label before a place, `a Dem Ohio congressman` gives no body, as `a Democratic
Ohio congressman` does. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The ferries are a national embarrassment," Scottish Lib Dem group leader Iain Munro said.
_SCOTTISH_LIB_DEM = """
" PUNCT `` punct 16 O " _
The DET DT det 2 O the
ferries NOUN NNS nsubj 3 O ferry
are AUX VBP ccomp 16 O be
a DET DT det 6 O a
national ADJ JJ amod 6 O national
embarrassment NOUN NN attr 3 O embarrassment _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Scottish PROPN NNP compound 11 B-NORP Scottish
Lib PROPN NNP compound 11 B-PERSON Lib
Dem PROPN NNP compound 13 I-PERSON Dem
group NOUN NN compound 13 O group
leader NOUN NN compound 15 O leader
Iain PROPN NNP compound 15 B-PERSON Iain
Munro PROPN NNP nsubj 16 I-PERSON Munro
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""
# "We have been ignored for years," Welsh Lib Dems group leader Carys Pryce said on Friday.
_LIB_DEMS = """
" PUNCT `` punct 16 O " _
We PRON PRP nsubjpass 4 O we
have AUX VBP aux 4 O have
been AUX VBN auxpass 4 O be
ignored VERB VBN ccomp 16 O ignore
for ADP IN prep 4 O for
years NOUN NNS pobj 5 B-DATE year _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Welsh PROPN NNP compound 11 B-PERSON Welsh
Lib PROPN NNP compound 11 I-PERSON Lib
Dems PROPN NNP compound 13 I-PERSON Dems
group NOUN NN compound 13 O group
leader NOUN NN compound 15 O leader
Carys PROPN NNP compound 15 B-PERSON Carys
Pryce PROPN NNP nsubj 16 I-PERSON Pryce
said VERB VBD ROOT 16 O say
on ADP IN prep 16 O on
Friday PROPN NNP pobj 17 B-DATE Friday _
. PUNCT . punct 16 O . _
"""
# "We were outspent," a Dem Ohio congressman said.
_DEM_OHIO = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 10 O be
outspent ADJ JJ acomp 2 O outspent _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
a DET DT det 9 O a
Dem PROPN NNP compound 8 B-ORG Dem
Ohio PROPN NNP compound 9 I-ORG Ohio
congressman NOUN NN nsubj 10 O congressman
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O . _
"""




def test_a_lib_dem_group_leader_leads_the_party() -> None:
    assert who_of(_SCOTTISH_LIB_DEM) == [("Iain Munro", "group leader", "Scottish Lib Dem")]


def test_a_lib_dems_group_leader_leads_the_party() -> None:
    assert who_of(_LIB_DEMS) == [("Carys Pryce", "group leader", "Welsh Lib Dems")]


def test_dem_before_a_place_is_a_label_no_body() -> None:
    assert who_of(_DEM_OHIO) == [("a Dem Ohio congressman", "congressman", "")]
