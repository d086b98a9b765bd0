"""A given name the lists know that the tagger reads as a common noun (`Seán`, tagged a plural
noun) but hangs as a compound on a name the tagger left untagged is a word of that name: the
speaker's mention runs back over it to the title (`GALWAY: Councillor Seán Ó Flaithearta said`
gave *Ó Flaithearta* with no role). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# GALWAY: Councillor Seán Ó Flaithearta said the ferry service must stay. "It is the island's
# lifeline," he said.
_SEAN = """
GALWAY PROPN NNP ROOT 0 B-ORG GALWAY _
: PUNCT : punct 0 O :
Councillor PROPN NNP compound 3 O Councillor
Seán NOUN NNS compound 5 O Seán
Ó PROPN NNP compound 5 O Ó
Flaithearta PROPN NNP nsubj 6 O Flaithearta
said VERB VBD ROOT 6 O say
the DET DT det 9 O the
ferry NOUN NN compound 9 O ferry
service NOUN NN nsubj 11 O service
must AUX MD aux 11 O must
stay VERB VB ccomp 6 O stay _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 15 O it
is AUX VBZ ccomp 23 O be
the DET DT det 17 O the
island NOUN NN poss 19 O island _
's PART POS case 17 O 's
lifeline NOUN NN attr 15 O lifeline _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_given_name_read_as_a_common_noun_stays_in_the_name() -> None:
    rows = Extractor().rows(frozen(_SEAN))
    assert [(r.speaker, r.role) for r in rows] == [("Seán Ó Flaithearta", "Councillor")]
