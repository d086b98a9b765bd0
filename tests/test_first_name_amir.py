"""`Trade Minister Amir Hakim Rosli said … “…,” Amir Hakim said`: Malaysian news calls a man by
his given names, the first two words of three (entities' rule for `Ahmad Faris Jamaluddin` …
`Ahmad Faris said`), when the first is a given name the lists know; `Amir`, one of the commonest
Arabic, Persian, Malay and South Asian given names, was left off models/first_names.txt as a
dictionary's word (an emir), so `Amir Hakim` spoke as someone new with no role. A frozen parse of
a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Trade Minister Amir Hakim Rosli said exports were up in March. "We are on target," Amir Hakim
# said.
_AMIR = """
Trade PROPN NNP compound 1 O Trade
Minister PROPN NNP compound 4 O Minister
Amir PROPN NNP compound 3 B-PERSON Amir
Hakim PROPN NNP compound 4 I-PERSON Hakim
Rosli PROPN NNP nsubj 5 O Rosli
said VERB VBD ROOT 5 O say
exports NOUN NNS nsubj 7 O export
were AUX VBD ccomp 5 O be
up ADV RB advmod 7 O up
in ADP IN prep 7 O in
March PROPN NNP pobj 9 B-DATE March _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 14 O we
are AUX VBP ccomp 21 O be
on ADP IN prep 14 O on
target NOUN NN pobj 15 O target _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Amir PROPN NNP compound 20 B-PERSON Amir
Hakim PROPN NNP nsubj 21 I-PERSON Hakim
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_amir_opens_given_names_that_call_the_person() -> None:
    rows = Extractor().rows(frozen(_AMIR))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [
        ("Amir Hakim Rosli", "Trade Minister", "Amir Hakim")
    ]
