"""`Victorian Farmers Federation president X`: an adjective in capitals the tagger tags nothing,
ending as a people's or a region's does (`Victorian`, `Tasmanian`), right before a body's name in
capitals ending in a body's noun opens that name, as a country's people's adjective does (`Irish
Farmers' Association`): the organisation is the whole name, not *Farmers Federation*. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Feed costs have doubled since spring," Victorian Farmers Federation vice-president Ellen Marsh
# said.
_VICTORIAN = """
" PUNCT `` punct 17 O " _
Feed NOUN NN compound 2 O feed
costs NOUN NNS nsubj 4 O cost
have AUX VBP aux 4 O have
doubled VERB VBN ccomp 17 O double
since SCONJ IN prep 4 O since
spring NOUN NN pobj 5 B-DATE spring _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Victorian ADJ JJ amod 11 O victorian
Farmers PROPN NNP compound 11 O Farmers
Federation PROPN NNP compound 12 O Federation
vice NOUN NN compound 16 O vice _
- NOUN NN compound 16 O - _
president NOUN NN compound 16 O president
Ellen PROPN NNP compound 16 B-PERSON Ellen
Marsh PROPN NNP nsubj 17 I-PERSON Marsh
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# "The quota cuts will empty the harbour," said Cornish Fish Producers Organisation chairman Jory
# Penrose.
_CORNISH = """
" PUNCT `` punct 10 O " _
The DET DT det 3 O the
quota NOUN NN compound 3 O quota
cuts NOUN NNS nsubj 5 O cut
will AUX MD aux 5 O will
empty VERB VB ccomp 10 O empty
the DET DT det 7 O the
harbour NOUN NN dobj 5 O harbour _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Cornish PROPN NNP compound 14 B-ORG Cornish
Fish PROPN NNP compound 14 I-ORG Fish
Producers PROPN NNPS compound 14 I-ORG Producers
Organisation PROPN NNP compound 15 I-ORG Organisation
chairman NOUN NN compound 17 O chairman
Jory PROPN NNP compound 17 B-PERSON Jory
Penrose PROPN NNP nsubj 10 I-PERSON Penrose _
. PUNCT . punct 10 O . _
"""




def test_a_states_adjective_opens_the_bodys_name() -> None:
    assert who_of(_VICTORIAN) == [("Ellen Marsh", "vice-president", "Victorian Farmers Federation")]


def test_a_regions_adjective_tagged_in_the_name_stays_in_it() -> None:
    assert who_of(_CORNISH) == [("Jory Penrose", "chairman", "Cornish Fish Producers Organisation")]
