"""`Social Democrats health spokesman Pat Kenny TD said … “…,” the Wicklow TD said`: the words
before a member's job in a description are most often the seat, which the story need not give
again, so they do not rule out the one member the story has named, though it ties him to a party
only. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Social Democrats health spokesman Pat Kenny TD said waiting lists were a scandal. "Patients are
# being failed every day," the Wicklow TD said.
_WICKLOW = """
Social PROPN NNP compound 1 B-ORG Social
Democrats PROPN NNPS compound 3 I-ORG Democrats
health NOUN NN compound 3 O health
spokesman NOUN NN compound 6 O spokesman
Pat PROPN NNP compound 6 B-PERSON Pat
Kenny PROPN NNP compound 6 I-PERSON Kenny
TD PROPN NNP nsubj 7 I-PERSON TD
said VERB VBD ROOT 7 O say
waiting NOUN NN compound 9 O waiting
lists NOUN NNS nsubj 10 O list
were AUX VBD ccomp 7 O be
a DET DT det 12 O a
scandal NOUN NN attr 10 O scandal _
. PUNCT . punct 7 O .
" PUNCT `` punct 26 O " _
Patients NOUN NNS nsubjpass 18 O patient
are AUX VBP aux 18 O be
being AUX VBG auxpass 18 O be
failed VERB VBN ccomp 26 O fail
every DET DT det 20 B-DATE every
day NOUN NN npadvmod 18 I-DATE day _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
Wicklow PROPN NNP compound 25 O Wicklow
TD PROPN NNP nsubj 26 O TD
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# Alliance Party justice spokeswoman Nuala Corr MLA said the figures were alarming. "Victims are
# waiting far too long for justice," the South Belfast MLA said.
_BELFAST = """
Alliance PROPN NNP compound 1 B-ORG Alliance
Party PROPN NNP compound 2 I-ORG Party
justice PROPN NNP compound 3 O justice
spokeswoman NOUN NN compound 6 O spokeswoman
Nuala PROPN NNP compound 6 B-PERSON Nuala
Corr PROPN NNP compound 6 I-PERSON Corr
MLA PROPN NNP nsubj 7 I-PERSON MLA
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
figures NOUN NNS nsubj 10 O figure
were AUX VBD ccomp 7 O be
alarming ADJ JJ acomp 10 O alarming _
. PUNCT . punct 7 O .
" PUNCT `` punct 28 O " _
Victims NOUN NNS nsubj 16 O victim
are AUX VBP aux 16 O be
waiting VERB VBG ccomp 28 O wait
far ADV RB advmod 19 O far
too ADV RB advmod 19 O too
long ADV RB advmod 16 O long
for ADP IN prep 19 O for
justice NOUN NN pobj 20 O justice _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 B-LOC the
South PROPN NNP compound 27 I-LOC South
Belfast PROPN NNP compound 27 I-LOC Belfast
MLA PROPN NNP nsubj 28 I-LOC MLA
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def _row(spec: str) -> tuple[str, str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role, row.organization


def test_a_td_called_by_his_seat() -> None:
    assert _row(_WICKLOW) == ("Pat Kenny", "health spokesman", "Social Democrats")


def test_an_mla_called_by_her_seat() -> None:
    assert _row(_BELFAST) == ("Nuala Corr", "justice spokeswoman", "Alliance Party")
