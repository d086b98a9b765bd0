"""`Islanders said …`, the tagger calling `Islanders` a body: a plural common noun in capitals
only because it opens its sentence names people, not a body (the row was an organisation speaking,
*Islanders*, its own organisation). A frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ferry row / The council cut the ferry service in May. / Islanders said the cut was "a betrayal".
_ISLANDERS = """
Ferry NOUN NN compound 1 O ferry
row NOUN NN ROOT 1 O row _
<paragraph> SPACE _SP dep 1 O <paragraph> _
The DET DT det 4 O the
council NOUN NN nsubj 5 O council
cut VERB VBD ROOT 5 O cut
the DET DT det 8 O the
ferry NOUN NN compound 8 O ferry
service NOUN NN dobj 5 O service
in ADP IN prep 5 O in
May PROPN NNP pobj 9 B-DATE May _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Islanders NOUN NNS nsubj 14 B-ORG islander
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
cut NOUN NN nsubj 17 O cut
was AUX VBD ccomp 14 O be
" PUNCT `` punct 17 O " _
a DET DT det 20 O a
betrayal NOUN NN attr 17 O betrayal _
" PUNCT '' punct 17 O " _
. PUNCT . punct 14 O . _
"""


def test_a_plural_opening_a_sentence_is_people_not_a_body() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_ISLANDERS))]
    assert rows == [("Islanders", "", "")]
