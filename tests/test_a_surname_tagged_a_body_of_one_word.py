"""A surname the tagger tags a body of one word, right after a person's name whose last word the
parse hangs on it as a compound, closes that name (`Sri Rahayu` + `Indrawati`, `Indrawati` tagged
ORG); the two given names alone later (`Sri Rahayu said`) are the same person, though no list
knows `Sri` as a given name, as no dictionary knows either word. Frozen parse of sentences written
for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Trade Minister Sri Rahayu Indrawati said on Monday the port would open. "We are ready," Sri Rahayu said.
_SRI_RAHAYU = """
Trade PROPN NNP compound 1 B-ORG Trade
Minister PROPN NNP compound 4 O Minister
Sri PROPN NNP compound 3 B-PERSON Sri
Rahayu PROPN NNP compound 4 I-PERSON Rahayu
Indrawati PROPN NNP nsubj 5 B-ORG Indrawati
said VERB VBD ROOT 5 O say
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday
the DET DT det 9 O the
port NOUN NN nsubj 11 O port
would AUX MD aux 11 O would
open VERB VB ccomp 5 O open _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 15 O we
are AUX VBP ccomp 21 O be
ready ADJ JJ acomp 15 O ready _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Sri PROPN NNP compound 20 B-PERSON Sri
Rahayu PROPN NNP nsubj 21 I-PERSON Rahayu
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_surname_tagged_a_body_closes_the_name_it_heads() -> None:
    rows = Extractor().rows(frozen(_SRI_RAHAYU))
    assert [(r.speaker, r.role) for r in rows] == [("Sri Rahayu Indrawati", "Trade Minister")]
