"""`SP Traffic X said`, `Multan SP Investigation X`, `ASP X said`, `DIG Operations X said`, `SSP Admin
X said`: police posts of Pakistani and Indian news written by their letters, with the branch of the
force they head. A rank's letters that models/titles.txt lists before a name and that are no post
alone (`SP`, also the Samajwadi Party's letters) are a post all the same before a branch (it was the
name *Traffic Nadeem Akhtar*, no role); `ASP`, also an English word (a snake), is the post before a
name as `DSP` is (it was no role); a post and its branch opening a name the tagger left untagged are
no words of it (it was *DIG Operations Nadeem Akhtar*); and admin, training and intelligence are a
force's branches (models/portfolios.txt). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Wardens will stay at every junction until midnight," SP Traffic Nadeem Akhtar said.
_SP_TRAFFIC = """
" PUNCT `` punct 15 O " _
Wardens NOUN NNS nsubj 3 B-PRODUCT warden
will AUX MD aux 3 O will
stay VERB VB ccomp 15 O stay
at ADP IN prep 3 O at
every DET DT det 6 O every
junction NOUN NN pobj 4 O junction
until ADP IN prep 3 O until
midnight NOUN NN pobj 7 B-TIME midnight _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
SP PROPN NNP compound 14 B-WORK_OF_ART SP
Traffic PROPN NNP compound 13 I-WORK_OF_ART Traffic
Nadeem PROPN NNP compound 14 I-WORK_OF_ART Nadeem
Akhtar PROPN NNP nsubj 15 I-WORK_OF_ART Akhtar
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""
# "The suspects were traced through their phones," said Multan SP Investigation Nadeem Akhtar.
_PLACE_SP = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
suspects NOUN NNS nsubjpass 4 O suspect
were AUX VBD auxpass 4 O be
traced VERB VBN ccomp 10 O trace
through ADP IN prep 4 O through
their PRON PRP$ poss 7 O their
phones NOUN NNS pobj 5 O phone _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Multan PROPN NNP compound 12 B-ORG Multan
SP PROPN NNP compound 14 I-ORG SP
Investigation PROPN NNP compound 14 I-ORG Investigation
Nadeem PROPN NNP compound 15 I-ORG Nadeem
Akhtar PROPN NNP nsubj 10 I-ORG Akhtar _
. PUNCT . punct 10 O . _
"""
# ASP Ayesha Qureshi said women officers would patrol the bazaars. "Families must feel safe," she
# said.
_ASP = """
ASP PROPN NNP compound 2 B-ORG ASP
Ayesha PROPN NNP compound 2 B-PERSON Ayesha
Qureshi PROPN NNP nsubj 3 I-PERSON Qureshi
said VERB VBD ROOT 3 O say
women NOUN NNS compound 5 O woman
officers NOUN NNS nsubj 7 O officer
would AUX MD aux 7 O would
patrol VERB VB ccomp 3 O patrol
the DET DT det 9 O the
bazaars NOUN NNS dobj 7 O bazaar _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
Families NOUN NNS nsubj 14 O family
must AUX MD aux 14 O must
feel VERB VB ccomp 19 O feel
safe ADJ JJ acomp 14 O safe _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
she PRON PRP nsubj 19 O she
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""
# "No leave will be granted this week," DIG Operations Nadeem Akhtar said.
_OPERATIONS = """
" PUNCT `` punct 14 O " _
No DET DT det 2 O no
leave NOUN NN nsubjpass 5 O leave
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
granted VERB VBN ccomp 14 O grant
this DET DT det 7 B-DATE this
week NOUN NN npadvmod 5 I-DATE week _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
DIG PROPN NNP compound 11 O DIG
Operations PROPN NNP compound 13 O Operations
Nadeem PROPN NNP compound 13 O Nadeem
Akhtar PROPN NNP nsubj 14 O Akhtar
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""
# "No leave will be granted this week," SSP Admin Nadeem Akhtar said.
_ADMIN = """
" PUNCT `` punct 14 O " _
No DET DT det 2 O no
leave NOUN NN nsubjpass 5 O leave
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
granted VERB VBN ccomp 14 O grant
this DET DT det 7 B-DATE this
week NOUN NN npadvmod 5 I-DATE week _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
SSP PROPN NNP compound 13 B-WORK_OF_ART SSP
Admin PROPN NNP compound 13 I-WORK_OF_ART Admin
Nadeem PROPN NNP compound 13 I-WORK_OF_ART Nadeem
Akhtar PROPN NNP nsubj 14 I-WORK_OF_ART Akhtar
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""




def test_a_ranks_letters_before_a_branch_are_the_post() -> None:
    assert who_of(_SP_TRAFFIC) == [("Nadeem Akhtar", "SP Traffic", "")]


def test_the_place_a_ranks_letters_serve_opens_the_post() -> None:
    assert who_of(_PLACE_SP) == [("Nadeem Akhtar", "Multan SP Investigation", "")]


def test_asp_before_a_name_is_the_post() -> None:
    assert who_of(_ASP) == [("Ayesha Qureshi", "ASP", "")]


def test_a_post_and_its_branch_open_no_name() -> None:
    assert who_of(_OPERATIONS) == [("Nadeem Akhtar", "DIG Operations", "")]


def test_admin_is_a_forces_branch() -> None:
    assert who_of(_ADMIN) == [("Nadeem Akhtar", "SSP Admin", "")]
