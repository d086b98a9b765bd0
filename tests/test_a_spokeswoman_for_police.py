"""`A spokeswoman for police said`, as `a police spokeswoman said`: `police` alone after a
spokesperson's `for` is the force the story names so, else *police*. Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A man was arrested in Nakuru on Monday. A spokeswoman for police said: "He will appear in court."
_FOR_POLICE = """
A DET DT det 1 O a
man NOUN NN nsubjpass 3 O man
was AUX VBD auxpass 3 O be
arrested VERB VBN ROOT 3 O arrest
in ADP IN prep 3 O in
Nakuru PROPN NNP pobj 4 B-GPE Nakuru
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 3 O .
A DET DT det 10 O a
spokeswoman NOUN NN nsubj 13 O spokeswoman
for ADP IN prep 10 O for
police NOUN NNS pobj 11 O police
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
He PRON PRP nsubj 18 O he
will AUX MD aux 18 O will
appear VERB VB ccomp 13 O appear
in ADP IN prep 18 O in
court NOUN NN pobj 19 O court _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


def test_a_spokeswoman_for_police() -> None:
    rows = Extractor().rows(frozen(_FOR_POLICE))
    assert [(r.speaker, r.organization) for r in rows] == [("A spokeswoman", "police")]
