"""The author a byline names (`By Naledi Khoza, City Desk`), though the tagger calls the name a
body, is who wrote the story: no organisation in it, so `the utility said` does not resolve to
them. A frozen parse of a story written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dry taps anger Soweto / By Naledi Khoza, City Desk / Residents marched on Friday. "We expect
# supply to recover," the utility said.
_BYLINE = """
Dry PROPN NNP compound 1 O Dry
taps NOUN NNS compound 2 O tap
anger NOUN NN compound 3 O anger
Soweto PROPN NNP ROOT 3 B-GPE Soweto _
<paragraph> SPACE _SP dep 3 O <paragraph> _
By ADP IN ROOT 5 O by
Naledi PROPN NNP compound 7 B-ORG Naledi
Khoza PROPN NNP pobj 5 I-ORG Khoza _
, PUNCT , punct 7 O ,
City PROPN NNP compound 10 O City
Desk PROPN NNP npadvmod 7 O Desk _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Residents NOUN NNS nsubj 13 O resident
marched VERB VBD ROOT 13 O march
on ADP IN prep 13 O on
Friday PROPN NNP pobj 14 B-DATE Friday _
. PUNCT . punct 13 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 19 O we
expect VERB VBP ccomp 27 O expect
supply NOUN NN nsubj 22 O supply
to PART TO aux 22 O to
recover VERB VB ccomp 19 O recover _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
utility NOUN NN nsubj 27 O utility
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_byline_author_tagged_a_body_is_no_body_of_the_story() -> None:
    rows = Extractor().rows(frozen(_BYLINE))
    assert [(r.mention, r.organization) for r in rows] == [("the utility", "")]
    assert all("Khoza" not in r.speaker for r in rows)
