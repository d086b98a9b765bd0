"""`said Dai Price, a steelworker in Port Talbot`: Welsh given names the lists lacked (models/
first_names.txt: `Dai`, `Gruffydd`, `Meinir`, `Eirlys`) open a person's name the tagger calls a
body, so the person speaks with their job, not a body with none. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We were told nothing," said Dai Price, a steelworker in Port Talbot.
_DAI = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubjpass 3 O we
were AUX VBD auxpass 3 O be
told VERB VBN ccomp 7 O tell
nothing PRON NN dobj 3 O nothing _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Dai PROPN NNP compound 9 B-ORG Dai
Price PROPN NNP nsubj 7 I-ORG Price _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
steelworker NOUN NN appos 9 O steelworker
in ADP IN prep 12 O in
Port PROPN NNP compound 15 B-GPE Port
Talbot PROPN NNP pobj 13 I-GPE Talbot _
. PUNCT . punct 7 O . _
"""


def test_a_welsh_given_name_opens_a_person_tagged_a_body() -> None:
    rows = Extractor().rows(frozen(_DAI))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Dai Price", "steelworker", "")]
