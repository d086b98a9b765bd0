"""`Agriculture and Livestock Development Cabinet Secretary Peter Mwangi said`, `Public Health and
Sanitation Minister Grace Otieno said`: a brief's words in capitals joined by one `and`, with two
words on one side, before the title's noun are one brief, also with a body's noun between them
and the noun (Kenya's `Cabinet Secretary`); the title was cut at the `and`. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Agriculture and Livestock Development Cabinet Secretary Peter Mwangi said the levy would stay.
# "The money goes back to the farmers," Mwangi said.
_CABINET = """
Agriculture PROPN NNP nmod 5 O Agriculture
and CCONJ CC cc 0 O and
Livestock PROPN NNP compound 3 B-ORG Livestock
Development PROPN NNP conj 0 I-ORG Development
Cabinet PROPN NNP compound 5 I-ORG Cabinet
Secretary PROPN NNP compound 7 O Secretary
Peter PROPN NNP compound 7 B-PERSON Peter
Mwangi PROPN NNP nsubj 8 I-PERSON Mwangi
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
levy NOUN NN nsubj 12 O levy
would AUX MD aux 12 O would
stay VERB VB ccomp 8 O stay _
. PUNCT . punct 8 O .
" PUNCT `` punct 25 O " _
The DET DT det 16 O the
money NOUN NN nsubj 17 O money
goes VERB VBZ ccomp 25 O go
back ADV RB advmod 17 O back
to ADP IN prep 18 O to
the DET DT det 21 O the
farmers NOUN NNS pobj 19 O farmer _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Mwangi PROPN NNP nsubj 25 B-PERSON Mwangi
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# Public Health and Sanitation Minister Grace Otieno said the clinics would open. "Every ward will
# have one," Otieno said.
_SANITATION = """
Public PROPN NNP nmod 1 O Public
Health PROPN NNP nmod 6 O Health
and CCONJ CC cc 1 O and
Sanitation PROPN NNP compound 4 O Sanitation
Minister PROPN NNP conj 1 O Minister
Grace PROPN NNP compound 6 B-PERSON Grace
Otieno PROPN NNP nsubj 7 I-PERSON Otieno
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
clinics NOUN NNS nsubj 11 O clinic
would AUX MD aux 11 O would
open VERB VB ccomp 7 O open _
. PUNCT . punct 7 O .
" PUNCT `` punct 22 O " _
Every DET DT det 15 O every
ward NOUN NN nsubj 17 O ward
will AUX MD aux 17 O will
have VERB VB ccomp 22 O have
one NUM CD dobj 17 B-CARDINAL one _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Otieno PROPN NNP nsubj 22 B-PERSON Otieno
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def _row(spec: str) -> tuple[str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role


def test_a_cabinet_secretary_with_a_brief_of_three_words() -> None:
    assert _row(_CABINET) == ("Peter Mwangi", "Agriculture and Livestock Development Cabinet Secretary")


def test_a_minister_with_a_brief_of_three_words() -> None:
    assert _row(_SANITATION) == ("Grace Otieno", "Public Health and Sanitation Minister")
