"""`Noida DSP Vikas Rana said`, `Delhi DCP Anil Mehta said`: a police post of South Asian and
Nigerian English news written by its letters (models/role_nouns.txt) after the place it serves and
before its holder's name is the role, *Place POST*, as `Kiambu OCPD X` already was, whether the
letters are also a rank's abbreviation before a name (`SSP`, `DSP`, models/titles.txt) or the
tagger made them a preposition or a verb (`DCP`), which it may then read as the verb of saying
(`"…," Lagos DCP X said` gave the speaker *Lagos*). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Two of them were arrested on Sunday," Meerut SSP Prakash Singh said.
_SSP = """
" PUNCT `` punct 14 O " _
Two NUM CD nsubjpass 5 B-CARDINAL two
of ADP IN prep 1 O of
them PRON PRP pobj 2 O they
were AUX VBD auxpass 5 O be
arrested VERB VBN ccomp 14 O arrest
on ADP IN prep 5 O on
Sunday PROPN NNP pobj 6 B-DATE Sunday _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Meerut PROPN NNP compound 13 B-WORK_OF_ART Meerut
SSP PROPN NNP compound 13 I-WORK_OF_ART SSP
Prakash PROPN NNP compound 13 I-WORK_OF_ART Prakash
Singh PROPN NNP nsubj 14 I-WORK_OF_ART Singh
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "The accused have confessed to the crime," Noida DSP Vikas Rana said.
_DSP = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
accused VERB VBN nsubj 4 O accuse
have AUX VBP aux 4 O have
confessed VERB VBN ccomp 14 O confess
to ADP IN prep 4 O to
the DET DT det 7 O the
crime NOUN NN pobj 5 O crime _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Noida PROPN NNP compound 11 B-ORG Noida
DSP PROPN NNP compound 13 I-ORG DSP
Vikas PROPN NNP compound 13 I-ORG Vikas
Rana PROPN NNP nsubj 14 I-ORG Rana
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "We have formed a special team," Delhi DCP Anil Mehta said.
_DCP_A_PREPOSITION = """
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
formed VERB VBN ccomp 13 O form
a DET DT det 6 O a
special ADJ JJ amod 6 O special
team NOUN NN dobj 3 O team _
, PUNCT , punct 13 O , _
" PUNCT '' punct 10 O "
Delhi PROPN NNP nsubj 10 B-WORK_OF_ART Delhi
DCP ADP IN compound 12 I-WORK_OF_ART dcp
Anil PROPN NNP compound 12 I-WORK_OF_ART Anil
Mehta PROPN NNP nsubj 13 I-WORK_OF_ART Mehta
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""

# "Nobody is above the law," Lagos DCP Fatai Okonkwo said.
_DCP_A_VERB = """
" PUNCT `` punct 12 O " _
Nobody PRON NN nsubj 2 O nobody
is AUX VBZ ccomp 9 O be
above ADP IN prep 2 O above
the DET DT det 5 O the
law NOUN NN pobj 3 O law _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
Lagos PROPN NNP nsubj 9 B-WORK_OF_ART Lagos
DCP VERB VBP ccomp 12 I-WORK_OF_ART dcp
Fatai PROPN NNP compound 11 I-WORK_OF_ART Fatai
Okonkwo PROPN NNP dobj 9 I-WORK_OF_ART Okonkwo
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""




def test_a_senior_superintendent_by_his_letters_is_the_role() -> None:
    assert who_of(_SSP) == [("Prakash Singh", "Meerut SSP", "")]


def test_a_deputy_superintendent_by_his_letters_is_the_role() -> None:
    assert who_of(_DSP) == [("Vikas Rana", "Noida DSP", "")]


def test_a_post_the_tagger_made_a_preposition_is_the_role() -> None:
    assert who_of(_DCP_A_PREPOSITION) == [("Anil Mehta", "Delhi DCP", "")]


def test_a_post_the_tagger_made_a_verb_is_no_verb_of_saying() -> None:
    assert who_of(_DCP_A_VERB) == [("Fatai Okonkwo", "Lagos DCP", "")]
