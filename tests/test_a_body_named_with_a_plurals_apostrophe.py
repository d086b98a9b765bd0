"""`DUBLIN - The Irish Farmers' Association has asked …` … `said IFA president X`: a run of
words in capitals the tagger left untagged that opens on a word the lists know as a given name
(`Irish`) and stops at a plural's apostrophe before a body's noun in capitals (`Farmers'` +
`Association`) is the body's name, no person *Irish Farmers*; so the body is read, and its short
form before a job names it: role *president*, organisation *Irish Farmers' Association*, not the
role *IFA president* with none. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# DUBLIN - The Irish Farmers' Association has asked the minister for an emergency fodder scheme.
# "Some farms will not survive the spring," said IFA president Declan Moran.
_IFA = """
DUBLIN PROPN NNP ROOT 0 B-ORG DUBLIN
- PUNCT : punct 0 I-ORG -
The DET DT det 4 O the
Irish PROPN NNP amod 4 O Irish
Farmers PROPN NNPS poss 6 O Farmers _
' PART POS case 4 O '
Association PROPN NNP nsubj 8 O Association
has AUX VBZ aux 8 O have
asked VERB VBN ROOT 8 O ask
the DET DT det 10 O the
minister NOUN NN dobj 8 O minister
for ADP IN prep 8 O for
an DET DT det 15 O an
emergency NOUN NN compound 14 O emergency
fodder NOUN NN compound 15 O fodder
scheme NOUN NN pobj 11 O scheme _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
" PUNCT `` punct 28 O " _
Some DET DT det 20 O some
farms NOUN NNS nsubj 23 O farm
will AUX MD aux 23 O will
not PART RB neg 23 O not
survive VERB VB ccomp 28 O survive
the DET DT det 25 B-DATE the
spring NOUN NN dobj 23 I-DATE spring _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
said VERB VBD ROOT 28 O say
IFA PROPN NNP compound 30 O IFA
president NOUN NN compound 32 O president
Declan PROPN NNP compound 32 B-PERSON Declan
Moran PROPN NNP nsubj 28 I-PERSON Moran _
. PUNCT . punct 28 O . _
"""




def test_a_given_names_run_closed_by_a_plurals_apostrophe_and_a_body_noun_is_the_body() -> None:
    assert who_of(_IFA) == [("Declan Moran", "president", "Irish Farmers' Association")]
