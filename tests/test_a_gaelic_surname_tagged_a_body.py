"""An Irish surname opened by `Ó` (`Ní`, `Nic`, `Uí`) that the tagger tags a body is a person's
surname: after a given name it closes that person's name, and alone as a verb's subject it is that
person again, not a body that speaks (`“…,” Ó Cuív said` gave speaker and organisation *Ó
Cuív*). Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Galway West TD Éamon Ó Cuív said the ferry service must stay. "It is the island's lifeline,"
# Ó Cuív said.
_O_CUIV = """
Galway PROPN NNP compound 5 O Galway
West PROPN NNP compound 2 O West
TD PROPN NNP compound 5 O TD
Éamon PROPN NNP compound 5 O Éamon
Ó PROPN NNP compound 5 B-ORG Ó
Cuív PROPN NNP nsubj 6 I-ORG Cuív
said VERB VBD ROOT 6 O say
the DET DT det 9 O the
ferry NOUN NN compound 9 O ferry
service NOUN NN nsubj 11 O service
must AUX MD aux 11 O must
stay VERB VB ccomp 6 O stay _
. PUNCT . punct 6 O .
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 15 O it
is AUX VBZ ccomp 24 O be
the DET DT det 17 O the
island NOUN NN poss 19 O island _
's PART POS case 17 O 's
lifeline NOUN NN attr 15 O lifeline _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Ó PROPN NNP compound 23 B-ORG Ó
Cuív PROPN NNP nsubj 24 I-ORG Cuív
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_gaelic_surname_tagged_a_body_is_the_person_named_with_it() -> None:
    rows = Extractor().rows(frozen(_O_CUIV))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Éamon Ó Cuív", "Galway West TD", "")]
