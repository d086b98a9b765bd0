"""`Troms Police District said … “…,” operations leader X said`: a post over a department, a word of a
body's department before `leader`, `officer`, `chief`, `head` or `commander` (`operations leader`,
`compliance officer`), or `head of` one in small letters (`the head of safety`, not `head of
state`), is held in a body, the one the sentence before has for its subject, the adjacent tie of
ROLES.md 5; `officer` so opened is no police rank; not `party leader`, no department's post, nor a
body facing another (`Greenpeace protested outside Atlas Oil`). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Møre and Romsdal Police District said in a press release that three cars had stopped short of
# the mud.  "We have checked the area with a drone and nobody was hurt," operations leader Ingrid
# Solheim told NRK on Saturday night.
_LEADER = """
Møre PROPN NNP nsubj 5 B-ORG Møre
and CCONJ CC cc 0 I-ORG and
Romsdal PROPN NNP compound 4 I-ORG Romsdal
Police PROPN NNP compound 4 I-ORG Police
District PROPN NNP conj 0 I-ORG District
said VERB VBD ROOT 5 O say
in ADP IN prep 5 O in
a DET DT det 9 O a
press NOUN NN compound 9 O press
release NOUN NN pobj 6 O release
that SCONJ IN mark 14 O that
three NUM CD nummod 12 B-CARDINAL three
cars NOUN NNS nsubj 14 O car
had AUX VBD aux 14 O have
stopped VERB VBN ccomp 5 O stop
short ADV RB advmod 14 O short
of ADP IN prep 15 O of
the DET DT det 18 O the
mud NOUN NN pobj 16 O mud _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 24 O we
have AUX VBP aux 24 O have
checked VERB VBN ccomp 40 O check
the DET DT det 26 O the
area NOUN NN dobj 24 O area
with ADP IN prep 24 O with
a DET DT det 29 O a
drone NOUN NN pobj 27 O drone
and CCONJ CC cc 24 O and
nobody PRON NN nsubjpass 33 O nobody
was AUX VBD auxpass 33 O be
hurt VERB VBN conj 24 O hurt _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
operations NOUN NNS compound 37 O operation
leader NOUN NN compound 39 O leader
Ingrid PROPN NNP compound 39 B-PERSON Ingrid
Solheim PROPN NNP nsubj 40 I-PERSON Solheim
told VERB VBD ROOT 40 O tell
NRK PROPN NNP dobj 40 B-ORG NRK
on ADP IN prep 40 O on
Saturday PROPN NNP compound 44 B-TIME Saturday
night NOUN NN pobj 42 I-TIME night _
. PUNCT . punct 40 O . _
"""
# Standard Chartered said on Friday that no customer had lost money.  "We acted fast," compliance
# officer Jane Hill said.
_OFFICER = """
Standard PROPN NNP compound 1 B-ORG Standard
Chartered PROPN NNP nsubj 2 I-ORG Chartered
said VERB VBD ROOT 2 O say
on ADP IN prep 2 O on
Friday PROPN NNP pobj 3 B-DATE Friday
that SCONJ IN mark 9 O that
no DET DT det 7 O no
customer NOUN NN nsubj 9 O customer
had AUX VBD aux 9 O have
lost VERB VBN ccomp 2 O lose
money NOUN NN dobj 9 O money _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 15 O we
acted VERB VBD ccomp 23 O act
fast ADV RB advmod 15 O fast _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
compliance NOUN NN compound 20 O compliance
officer NOUN NN compound 22 O officer
Jane PROPN NNP compound 22 B-PERSON Jane
Hill PROPN NNP nsubj 23 I-PERSON Hill
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
# Standard Chartered said on Friday that no customer had lost money.  "We acted fast," party
# leader Jane Hill said.
_PARTY = """
Standard PROPN NNP compound 1 B-ORG Standard
Chartered PROPN NNP nsubj 2 I-ORG Chartered
said VERB VBD ROOT 2 O say
on ADP IN prep 2 O on
Friday PROPN NNP pobj 3 B-DATE Friday
that SCONJ IN mark 9 O that
no DET DT det 7 O no
customer NOUN NN nsubj 9 O customer
had AUX VBD aux 9 O have
lost VERB VBN ccomp 2 O lose
money NOUN NN dobj 9 O money _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 15 O we
acted VERB VBD ccomp 23 O act
fast ADV RB advmod 15 O fast _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
party NOUN NN compound 20 O party
leader NOUN NN compound 22 O leader
Jane PROPN NNP compound 22 B-PERSON Jane
Hill PROPN NNP nsubj 23 I-PERSON Hill
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
# Greenpeace protested outside Atlas Oil on Monday.  "No oil was spilt," operations chief Jane
# Hill said.
_FACING = """
Greenpeace NOUN NN nsubj 1 B-ORG greenpeace
protested VERB VBN ROOT 1 O protest
outside ADP IN prep 1 O outside
Atlas PROPN NNP compound 4 B-WORK_OF_ART Atlas
Oil PROPN NNP pobj 2 I-WORK_OF_ART Oil
on ADP IN prep 1 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 20 O " _
No DET DT det 11 O no
oil NOUN NN nsubjpass 13 O oil
was AUX VBD auxpass 13 O be
spilt VERB VBN ccomp 20 O spill _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
operations NOUN NNS compound 17 O operation
chief NOUN NN compound 19 O chief
Jane PROPN NNP compound 19 B-PERSON Jane
Hill PROPN NNP nsubj 20 I-PERSON Hill
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Kenya Airways said on Monday that it would suspend flights to Mogadishu.  "The safety of our
# passengers comes first," said Jane Hill, the head of safety.
_HEAD = """
Kenya PROPN NNP compound 1 B-ORG Kenya
Airways PROPN NNP nsubj 2 I-ORG Airways
said VERB VBD ROOT 2 O say
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday
that SCONJ IN mark 8 O that
it PRON PRP nsubj 8 O it
would AUX MD aux 8 O would
suspend VERB VB ccomp 2 O suspend
flights NOUN NNS dobj 8 O flight
to ADP IN prep 9 O to
Mogadishu PROPN NNP pobj 10 B-GPE Mogadishu _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 24 O " _
The DET DT det 16 O the
safety NOUN NN nsubj 20 O safety
of ADP IN prep 16 O of
our PRON PRP$ poss 19 O our
passengers NOUN NNS pobj 17 O passenger
comes VERB VBZ ccomp 24 O come
first ADV RB advmod 20 B-ORDINAL first _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
Jane PROPN NNP compound 26 B-PERSON Jane
Hill PROPN NNP nsubj 24 I-PERSON Hill _
, PUNCT , punct 26 O ,
the DET DT det 29 O the
head NOUN NN appos 26 O head
of ADP IN prep 29 O of
safety NOUN NN pobj 30 O safety _
. PUNCT . punct 24 O . _
"""
# The Kestrel government said on Monday that it would close the border.  "We have no choice," said
# Jane Hill, the head of state.
_STATE = """
The DET DT det 2 O the
Kestrel PROPN NNP compound 2 B-PERSON Kestrel
government NOUN NN nsubj 3 O government
said VERB VBD ROOT 3 O say
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
that SCONJ IN mark 9 O that
it PRON PRP nsubj 9 O it
would AUX MD aux 9 O would
close VERB VB ccomp 3 O close
the DET DT det 11 O the
border NOUN NN dobj 9 O border _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 16 O we
have VERB VBP ccomp 21 O have
no DET DT det 18 O no
choice NOUN NN dobj 16 O choice _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Jane PROPN NNP compound 23 B-PERSON Jane
Hill PROPN NNP nsubj 21 I-PERSON Hill _
, PUNCT , punct 23 O ,
the DET DT det 26 O the
head NOUN NN appos 23 O head
of ADP IN prep 26 O of
state NOUN NN pobj 27 O state _
. PUNCT . punct 21 O . _
"""




def test_an_operations_leader_is_of_the_police_district_before() -> None:
    assert who_of(_LEADER) == [("Ingrid Solheim", "operations leader", "Møre and Romsdal Police District")]


def test_a_compliance_officer_is_of_the_bank_before_and_no_police_officer() -> None:
    assert who_of(_OFFICER) == [("Jane Hill", "compliance officer", "Standard Chartered")]


def test_a_party_leader_is_no_post_of_the_bank_before() -> None:
    assert who_of(_PARTY) == [("Jane Hill", "party leader", "")]


def test_an_operations_chief_is_not_of_a_body_facing_another() -> None:
    assert [org for _, _, org in who_of(_FACING)] == [""]


def test_the_head_of_a_department_in_small_letters_is_of_the_airline_before() -> None:
    assert who_of(_HEAD) == [("Jane Hill", "head of safety", "Kenya Airways")]


def test_the_head_of_state_heads_no_department_of_the_government_before() -> None:
    assert [org for _, _, org in who_of(_STATE)] == [""]
