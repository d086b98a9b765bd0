"""`The Registered Nurses' Association of Ontario welcomed the plan`, tagged a work of art: a name
whose body's noun heads it before its `of` is a body's, whatever thing the tagger took it for, so
`the association's CEO` is of it. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Health Minister Sylvia Jones said: "We are building the hospitals Ontarians need." / / The
# Registered Nurses' Association of Ontario welcomed the plan. "Buildings do not care for
# patients," said Doris Grinspun, the association's CEO.
_WORK = """
Health PROPN NNP compound 1 O Health
Minister PROPN NNP compound 3 O Minister
Sylvia PROPN NNP compound 3 B-PERSON Sylvia
Jones PROPN NNP nsubj 4 I-PERSON Jones
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
We PRON PRP nsubj 9 O we
are AUX VBP aux 9 O be
building VERB VBG ccomp 4 O build
the DET DT det 11 O the
hospitals NOUN NNS dobj 9 O hospital
Ontarians PROPN NNPS nsubj 13 B-NORP Ontarians
need VERB VBP relcl 11 O need _
. PUNCT . punct 4 O . _
" PUNCT `` ROOT 15 O " _
<paragraph> SPACE _SP dep 15 O <paragraph> _
The DET DT det 19 B-WORK_OF_ART the
Registered PROPN NNP compound 19 I-WORK_OF_ART Registered
Nurses PROPN NNP poss 21 I-WORK_OF_ART Nurses _
' PART POS case 19 I-WORK_OF_ART '
Association PROPN NNP nsubj 24 I-WORK_OF_ART Association
of ADP IN prep 21 I-WORK_OF_ART of
Ontario PROPN NNP pobj 22 I-WORK_OF_ART Ontario
welcomed VERB VBD ROOT 24 O welcome
the DET DT det 26 O the
plan NOUN NN dobj 24 O plan _
. PUNCT . punct 24 O .
" PUNCT `` punct 37 O " _
Buildings NOUN NNS nsubj 32 O building
do AUX VBP aux 32 O do
not PART RB neg 32 O not
care VERB VB ccomp 37 O care
for ADP IN prep 32 O for
patients NOUN NNS pobj 33 O patient _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
said VERB VBD ROOT 37 O say
Doris PROPN NNP compound 39 B-PERSON Doris
Grinspun PROPN NNP nsubj 37 I-PERSON Grinspun _
, PUNCT , punct 39 O ,
the DET DT det 42 O the
association NOUN NN poss 44 O association _
's PART POS case 42 O 's
CEO PROPN NNP appos 39 O CEO _
. PUNCT . punct 37 O . _
"""


def test_a_body_headed_before_its_of_tagged_a_work() -> None:
    rows = Extractor().rows(frozen(_WORK))
    who = [(r.speaker, r.organization) for r in rows]
    assert who == [("Sylvia Jones", ""), ("Doris Grinspun", "Registered Nurses' Association of Ontario")]
