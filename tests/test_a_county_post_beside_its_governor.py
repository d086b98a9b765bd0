"""`Kiambu County Chief Officer for Health John Kamau`, `Kiambu County Deputy Governor X`: a
county's name in capitals right before a post of a county government that has a governor is
that county's government, as before `Governor` (role *Chief Officer for Health*, organisation
*Kiambu County*), not a role holding the county's name with no body. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kiambu County Chief Officer for Health John Kamau said the clinics would open. "Every ward will
# have a clinic," Kamau said.
_CHIEF_OFFICER = """
Kiambu PROPN NNP compound 3 B-GPE Kiambu
County PROPN NNP compound 3 I-GPE County
Chief PROPN NNP compound 3 O Chief
Officer PROPN NNP nmod 7 O Officer
for ADP IN prep 3 O for
Health PROPN NNP pobj 4 O Health
John PROPN NNP compound 7 B-PERSON John
Kamau PROPN NNP nsubj 8 I-PERSON Kamau
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
clinics NOUN NNS nsubj 12 O clinic
would AUX MD aux 12 O would
open VERB VB ccomp 8 O open _
. PUNCT . punct 8 O .
" PUNCT `` punct 24 O " _
Every DET DT det 16 O every
ward NOUN NN nsubj 18 O ward
will AUX MD aux 18 O will
have VERB VB ccomp 24 O have
a DET DT det 20 O a
clinic NOUN NN dobj 18 O clinic _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Kamau PROPN NNP nsubj 24 B-ORG Kamau
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Kiambu County Deputy Governor Grace Nyambura said the roads would be repaired. "We have set
# aside the money," Nyambura said.
_DEPUTY = """
Kiambu PROPN NNP compound 3 B-GPE Kiambu
County PROPN NNP compound 3 I-GPE County
Deputy PROPN NNP compound 3 O Deputy
Governor PROPN NNP compound 4 O Governor
Grace PROPN NNP compound 5 B-PERSON Grace
Nyambura PROPN NNP nsubj 6 I-PERSON Nyambura
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
roads NOUN NNS nsubjpass 11 O road
would AUX MD aux 11 O would
be AUX VB auxpass 11 O be
repaired VERB VBN ccomp 6 O repair _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 16 O we
have AUX VBP aux 16 O have
set VERB VBN ccomp 23 O set
aside ADP RP advmod 16 O aside
the DET DT det 19 O the
money NOUN NN dobj 16 O money _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Nyambura PROPN NNP nsubj 23 B-PERSON Nyambura
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_county_chief_officer_works_for_the_county() -> None:
    rows = Extractor().rows(frozen(_CHIEF_OFFICER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("John Kamau", "Chief Officer for Health", "Kiambu County")
    ]


def test_a_county_deputy_governor_works_for_the_county() -> None:
    rows = Extractor().rows(frozen(_DEPUTY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Grace Nyambura", "Deputy Governor", "Kiambu County")
    ]
