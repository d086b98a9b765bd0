"""A party's name in capitals before `group leader`: `Scottish Conservative group leader X`, `SNP
group leader X`. The party is the body and `group leader` the job (ROLES.md 4 and 5, as `group
leader for the Greens on the city council` gives *group leader* / *Greens*), whatever the tagger
made of a people's adjective opening the name (`Scottish` tagged apart gave the whole title as
the role, no body); a company's name there is left to the rules for bodies. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "We were never shown the figures," Scottish Conservative group leader Fiona Baxter said.
_SCOTTISH_CONSERVATIVE = """
" PUNCT `` punct 15 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
never ADV RB neg 4 O never
shown VERB VBN ccomp 15 O show
the DET DT det 6 O the
figures NOUN NNS dobj 4 O figure _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Scottish PROPN NNP compound 10 B-NORP Scottish
Conservative PROPN NNP compound 12 O Conservative
group NOUN NN compound 12 O group
leader NOUN NN compound 14 O leader
Fiona PROPN NNP compound 14 B-PERSON Fiona
Baxter PROPN NNP nsubj 15 I-PERSON Baxter
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""
# "The cuts fall on the poorest wards," SNP group leader Callum Reid said.
_SNP = """
" PUNCT `` punct 15 O " _
The DET DT det 2 O the
cuts NOUN NNS nsubj 3 O cut
fall VERB VBP ccomp 15 O fall
on ADP IN prep 3 O on
the DET DT det 7 O the
poorest ADJ JJS amod 7 O poor
wards NOUN NNS pobj 4 O ward _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
SNP PROPN NNP compound 11 B-ORG SNP
group NOUN NN compound 12 O group
leader NOUN NN compound 14 O leader
Callum PROPN NNP compound 14 B-PERSON Callum
Reid PROPN NNP nsubj 15 I-PERSON Reid
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""
# "The depot will close," Linden group leader Tom Hale said.
_COMPANY = """
" PUNCT `` punct 12 O " _
The DET DT det 2 O the
depot NOUN NN nsubj 4 O depot
will AUX MD aux 4 O will
close VERB VB ccomp 12 O close _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Linden PROPN NNP compound 8 B-ORG Linden
group NOUN NN compound 9 O group
leader NOUN NN compound 11 O leader
Tom PROPN NNP compound 11 B-PERSON Tom
Hale PROPN NNP nsubj 12 I-PERSON Hale
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""




def test_a_party_opened_by_a_peoples_adjective_before_group_leader_is_the_body() -> None:
    assert who_of(_SCOTTISH_CONSERVATIVE) == [("Fiona Baxter", "group leader", "Scottish Conservative")]


def test_a_party_short_form_before_group_leader_is_the_body() -> None:
    assert who_of(_SNP) == [("Callum Reid", "group leader", "SNP")]


def test_a_company_before_group_leader_is_no_party() -> None:
    assert who_of(_COMPANY)[0][1] != "group leader"
