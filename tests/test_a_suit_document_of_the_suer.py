"""`X sued Y … The complaint said`: a suit's document (complaint, lawsuit, petition, filing) with no
issuer of its own words, after a verb of suing in its sentence or the one before, is the suer's
(ROLES.md 3: the issuing body the article states), a campaign the possessive pronoun owns too;
not when several bring the suit (`The Alliance Party and the Green Party will sue`). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Thabo Ndlovu wants to be mayor of Tshwane. His campaign sued the electoral commission in the
# High Court on Monday, claiming thousands of names were missing. The complaint, which was filed
# in Pretoria, said the commission had "failed to protect the voters' roll".
_COMPLAINT = """
Thabo PROPN NNP compound 1 B-GPE Thabo
Ndlovu PROPN NNP nsubj 2 I-GPE Ndlovu
wants VERB VBZ ROOT 2 O want
to PART TO aux 4 O to
be AUX VB xcomp 2 O be
mayor NOUN NN attr 4 O mayor
of ADP IN prep 5 O of
Tshwane PROPN NNP pobj 6 B-GPE Tshwane _
. PUNCT . punct 2 O .
His PRON PRP$ poss 10 O his
campaign NOUN NN nsubj 11 O campaign
sued VERB VBD ROOT 11 O sue
the DET DT det 14 B-ORG the
electoral ADJ JJ amod 14 I-ORG electoral
commission NOUN NN dobj 11 I-ORG commission
in ADP IN prep 14 O in
the DET DT det 18 B-ORG the
High PROPN NNP compound 18 I-ORG High
Court PROPN NNP pobj 15 I-ORG Court
on ADP IN prep 11 O on
Monday PROPN NNP pobj 19 B-DATE Monday _
, PUNCT , punct 11 O ,
claiming VERB VBG advcl 11 O claim
thousands NOUN NNS nsubj 26 B-CARDINAL thousand
of ADP IN prep 23 O of
names NOUN NNS pobj 24 O name
were AUX VBD aux 27 O be
missing VERB VBG ccomp 22 O miss _
. PUNCT . punct 11 O .
The DET DT det 30 O the
complaint NOUN NN nsubj 38 O complaint _
, PUNCT , punct 30 O ,
which PRON WDT nsubjpass 34 O which
was AUX VBD auxpass 34 O be
filed VERB VBN relcl 30 O file
in ADP IN prep 34 O in
Pretoria PROPN NNP pobj 35 B-GPE Pretoria _
, PUNCT , punct 30 O ,
said VERB VBD ROOT 38 O say
the DET DT det 40 O the
commission NOUN NN nsubj 43 O commission
had AUX VBD aux 43 O have
" PUNCT `` punct 43 O " _
failed VERB VBN ccomp 38 O fail
to PART TO aux 45 O to
protect VERB VB xcomp 43 O protect
the DET DT det 47 O the
voters NOUN NNS poss 49 O voter _
' PART POS case 47 O '
roll NOUN NN dobj 45 O roll _
" PUNCT '' punct 43 O " _
. PUNCT . punct 38 O . _
"""

# The Kenya Human Rights Commission sued the police over the arrests. The petition, filed in
# Nairobi on Monday, says the officers "acted without any warrant".
_PETITION = """
The DET DT det 4 B-ORG the
Kenya PROPN NNP compound 4 I-ORG Kenya
Human PROPN NNP compound 3 I-ORG Human
Rights PROPN NNPS compound 4 I-ORG Rights
Commission PROPN NNP nsubj 5 I-ORG Commission
sued VERB VBD ROOT 5 O sue
the DET DT det 7 O the
police NOUN NNS dobj 5 O police
over ADP IN prep 5 O over
the DET DT det 10 O the
arrests NOUN NNS pobj 8 O arrest _
. PUNCT . punct 5 O .
The DET DT det 13 O the
petition NOUN NN nsubj 21 O petition _
, PUNCT , punct 13 O ,
filed VERB VBN acl 13 O file
in ADP IN prep 15 O in
Nairobi PROPN NNP pobj 16 B-GPE Nairobi
on ADP IN prep 15 O on
Monday PROPN NNP pobj 18 B-DATE Monday _
, PUNCT , punct 13 O ,
says VERB VBZ ROOT 21 O say
the DET DT det 23 O the
officers NOUN NNS nsubj 25 O officer
" PUNCT `` punct 25 O " _
acted VERB VBD ccomp 21 O act
without ADP IN prep 25 O without
any DET DT det 28 O any
warrant NOUN NN pobj 26 O warrant _
" PUNCT '' punct 25 O " _
. PUNCT . punct 21 O . _
"""

# The Alliance Party and the Green Party will sue the council over the new map. The lawsuit says
# the boundaries are "drawn to favour one side".
_SEVERAL = """
The DET DT det 2 B-ORG the
Alliance PROPN NNP compound 2 I-ORG Alliance
Party PROPN NNP nsubj 8 I-ORG Party
and CCONJ CC cc 2 O and
the DET DT det 6 B-ORG the
Green PROPN NNP compound 6 I-ORG Green
Party PROPN NNP conj 2 I-ORG Party
will AUX MD aux 8 O will
sue VERB VB ROOT 8 O sue
the DET DT det 10 O the
council NOUN NN dobj 8 O council
over ADP IN prep 8 O over
the DET DT det 14 O the
new ADJ JJ amod 14 O new
map NOUN NN pobj 11 O map _
. PUNCT . punct 8 O .
The DET DT det 17 O the
lawsuit NOUN NN nsubj 18 O lawsuit
says VERB VBZ ROOT 18 O say
the DET DT det 20 O the
boundaries NOUN NNS nsubjpass 23 O boundary
are AUX VBP auxpass 23 O be
" PUNCT `` punct 23 O " _
drawn VERB VBN ccomp 18 O draw
to PART TO aux 25 O to
favour VERB VB advcl 23 O favour
one NUM CD nummod 27 O one
side NOUN NN dobj 25 O side _
" PUNCT '' punct 23 O " _
. PUNCT . punct 18 O . _
"""

def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_the_complaint_after_his_campaign_sued_is_the_campaigns() -> None:
    assert _who(_COMPLAINT) == [("The complaint", "Ndlovu campaign")]


def test_the_petition_after_a_body_sued_is_that_bodys() -> None:
    assert _who(_PETITION) == [("The petition", "Kenya Human Rights Commission")]


def test_a_suit_several_bring_is_no_one_bodys() -> None:
    assert _who(_SEVERAL) == [("The lawsuit", "")]
