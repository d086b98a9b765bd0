"""A person of three names or more whom the story calls by the first two, the given names, as
Malaysian news does (`Ahmad Faris Jamaluddin` … `Ahmad Faris said`), is that person: the row
gives the full name and the title before it, not a second person *Ahmad Faris* with no role.
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# IPOH - State exco member Ahmad Faris Jamaluddin said the bridge would reopen in May. "The
# contractor has been told to finish the work," Ahmad Faris said.
_FARIS = """
IPOH PROPN NNP ROOT 0 O IPOH
- PUNCT HYPH punct 0 O -
State PROPN NNP compound 4 O State
exco NOUN NN compound 4 O exco
member NOUN NN compound 7 O member
Ahmad PROPN NNP compound 7 B-PERSON Ahmad
Faris PROPN NNP compound 7 I-PERSON Faris
Jamaluddin PROPN NNP nsubj 8 I-PERSON Jamaluddin
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
bridge NOUN NN nsubj 12 O bridge
would AUX MD aux 12 O would
reopen VERB VB ccomp 8 O reopen
in ADP IN prep 12 O in
May PROPN NNP pobj 13 B-DATE May _
. PUNCT . punct 8 O .
" PUNCT `` punct 21 O " _
The DET DT det 18 O the
contractor NOUN NN nsubjpass 21 O contractor
has AUX VBZ aux 21 O have
been AUX VBN auxpass 21 O be
told VERB VBN ccomp 30 O tell
to PART TO aux 23 O to
finish VERB VB xcomp 21 O finish
the DET DT det 25 O the
work NOUN NN dobj 23 O work _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Ahmad PROPN NNP compound 29 B-PERSON Ahmad
Faris PROPN NNP nsubj 30 I-PERSON Faris
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_a_name_called_by_its_given_names_is_the_person_named_in_full() -> None:
    rows = Extractor().rows(frozen(_FARIS))
    assert [(r.speaker, r.role) for r in rows] == [("Ahmad Faris Jamaluddin", "State exco member")]
