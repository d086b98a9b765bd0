"""What a local government's office in capitals is `for` (`The Municipal Chief Executive for
Osu Keteke`) is the municipality it heads, the organisation, also where the tagger took the
place's name for a person's. Frozen parse of sentences written for this file (see
tests/frozen.py; the place tagged a person by hand, as the tagger tags such names), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Municipal Chief Executive for Osu Keteke, Mrs Efua Mensah, said the drains would be
# cleared. "We are working day and night," she said.
_MENSAH = """
The DET DT det 3 O the
Municipal PROPN NNP compound 3 O Municipal
Chief PROPN NNP compound 3 O Chief
Executive PROPN NNP nsubj 12 O Executive
for ADP IN prep 3 O for
Osu PROPN NNP compound 6 B-PERSON Osu
Keteke PROPN NNP pobj 4 I-PERSON Keteke _
, PUNCT , punct 6 O ,
Mrs PROPN NNP compound 10 B-PERSON Mrs
Efua PROPN NNP compound 10 I-PERSON Efua
Mensah PROPN NNP appos 6 I-PERSON Mensah _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
drains NOUN NNS nsubjpass 17 O drain
would AUX MD aux 17 O would
be AUX VB auxpass 17 O be
cleared VERB VBN ccomp 12 O clear _
. PUNCT . punct 12 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 22 O we
are AUX VBP aux 22 O be
working VERB VBG ccomp 29 O work
day NOUN NN npadvmod 22 O day
and CCONJ CC cc 23 O and
night NOUN NN conj 23 O night _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
she PRON PRP nsubj 29 O she
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_the_municipality_a_chief_executive_is_for_is_the_organisation() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_MENSAH))]
    assert rows == [("Efua Mensah", "Municipal Chief Executive for Osu Keteke", "Osu Keteke")]
