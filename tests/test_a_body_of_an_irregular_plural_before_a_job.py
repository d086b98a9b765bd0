"""`Fishermen's union secretary Thabo Mokoena`: a plural of a body's members that does not end in
`s`, opening the sentence in capitals so that the tagger reads it as a proper name, owning a body's
noun in small letters before a job, describes the body the job is in (*Fishermen's union*, role
*secretary*), as `Traders' association chairwoman` does; a company's name owning the same words
stays the body (`Kestrel Mining's union secretary`). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Fishermen's union secretary Thabo Mokoena said the quotas were unfair. "We cannot feed our
# families," Mokoena said.
_AN_IRREGULAR_PLURAL = """
Fishermen PROPN NNP poss 3 B-ORG Fishermen _
's PART POS case 0 I-ORG 's
union NOUN NN compound 3 O union
secretary NOUN NN nsubj 6 O secretary
Thabo PROPN NNP compound 5 B-ORG Thabo
Mokoena PROPN NNP appos 3 I-ORG Mokoena
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
quotas NOUN NNS nsubj 9 O quota
were AUX VBD ccomp 6 O be
unfair ADJ JJ acomp 9 O unfair _
. PUNCT . punct 6 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
can AUX MD aux 16 O can _
not PART RB neg 16 O not
feed VERB VB ccomp 22 O feed
our PRON PRP$ poss 18 O our
families NOUN NNS dobj 16 O family _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Mokoena PROPN NNP nsubj 22 B-ORG Mokoena
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# Kestrel Mining's union secretary Thabo Mokoena said: "We are tired."
_A_COMPANYS = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Mining PROPN NNP poss 4 I-ORG Mining _
's PART POS case 1 I-ORG 's
union NOUN NN compound 4 O union
secretary NOUN NN nsubj 7 O secretary
Thabo PROPN NNP compound 6 B-ORG Thabo
Mokoena PROPN NNP appos 4 I-ORG Mokoena
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 11 O we
are AUX VBP ccomp 7 O be
tired ADJ JJ acomp 11 O tired _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""




def test_an_irregular_plural_owning_a_union_names_the_union() -> None:
    assert who_of(_AN_IRREGULAR_PLURAL) == [("Thabo Mokoena", "secretary", "Fishermen's union")]


def test_a_companys_name_owning_the_words_stays_the_body() -> None:
    assert who_of(_A_COMPANYS) == [("Thabo Mokoena", "union secretary", "Kestrel Mining")]
