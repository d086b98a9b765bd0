"""A seat's letters in capitals closing what the tagger called a person, then `for` and a one-word
brief in capitals, then a name no list knows (`Gauteng MEC for Health Nomvula Khumalo-Sithole
said:`, South African news): the tagger makes `Gauteng MEC` the person and the name a body's or
nothing, and the parser makes `MEC` the subject. The one named after the brief speaks, not
*Gauteng MEC*; a surname joined by a hyphen is one word of the name. A post's letters right
before a name the tagger gives (`Kasarani OCS Peter Kamau said:`) stay as they were. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Clinics in the province will stay open over the holidays. Gauteng MEC for Health Nomvula
# Khumalo-Sithole said: "No patient will be turned away."
_HYPHENED = """
Clinics NOUN NNS nsubj 5 O clinic
in ADP IN prep 0 O in
the DET DT det 3 O the
province NOUN NN pobj 1 O province
will AUX MD aux 5 O will
stay VERB VB ROOT 5 O stay
open ADJ JJ acomp 5 O open
over ADP IN prep 5 O over
the DET DT det 9 B-DATE the
holidays NOUN NNS pobj 7 I-DATE holiday _
. PUNCT . punct 5 O .
Gauteng PROPN NNP compound 12 B-PERSON Gauteng
MEC PROPN NNP nsubj 19 I-PERSON MEC
for ADP IN prep 12 O for
Health PROPN NNP compound 18 O Health
Nomvula PROPN NNP compound 18 B-PERSON Nomvula
Khumalo PROPN NNP compound 18 I-PERSON Khumalo _
- PUNCT HYPH punct 18 I-PERSON - _
Sithole PROPN NNP pobj 13 I-PERSON Sithole
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
No DET DT det 23 O no
patient NOUN NN nsubjpass 26 O patient
will AUX MD aux 26 O will
be AUX VB auxpass 26 O be
turned VERB VBN ccomp 19 O turn
away ADV RB advmod 26 O away _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""

# Clinics in the province will stay open over the holidays. Gauteng MEC for Health Phophi Mabaso
# said: "No patient will be turned away."
_PLAIN = """
Clinics NOUN NNS nsubj 5 O clinic
in ADP IN prep 0 O in
the DET DT det 3 O the
province NOUN NN pobj 1 O province
will AUX MD aux 5 O will
stay VERB VB ROOT 5 O stay
open ADJ JJ acomp 5 O open
over ADP IN prep 5 O over
the DET DT det 9 B-DATE the
holidays NOUN NNS pobj 7 I-DATE holiday _
. PUNCT . punct 5 O .
Gauteng PROPN NNP compound 12 B-PERSON Gauteng
MEC PROPN NNP nsubj 17 I-PERSON MEC
for ADP IN prep 12 O for
Health PROPN NNP compound 16 O Health
Phophi PROPN NNP compound 16 B-PERSON Phophi
Mabaso PROPN NNP pobj 13 I-PERSON Mabaso
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
" PUNCT `` punct 17 O " _
No DET DT det 21 O no
patient NOUN NN nsubjpass 24 O patient
will AUX MD aux 24 O will
be AUX VB auxpass 24 O be
turned VERB VBN ccomp 17 O turn
away ADV RB advmod 24 O away _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""

# Roads in the town were closed for the march. Kasarani OCS Peter Kamau said: "We will keep
# order."
_LETTERS = """
Roads NOUN NNS nsubjpass 5 O road
in ADP IN prep 0 O in
the DET DT det 3 O the
town NOUN NN pobj 1 O town
were AUX VBD auxpass 5 O be
closed VERB VBN ROOT 5 O close
for ADP IN prep 5 O for
the DET DT det 8 O the
march NOUN NN pobj 6 O march _
. PUNCT . punct 5 O .
Kasarani PROPN NNP compound 13 O Kasarani
OCS PROPN NNP compound 13 O OCS
Peter PROPN NNP compound 13 B-PERSON Peter
Kamau PROPN NNP nsubj 14 I-PERSON Kamau
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 19 O we
will AUX MD aux 19 O will
keep VERB VB ccomp 14 O keep
order NOUN NN dobj 19 O order _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_the_name_after_a_seats_brief_speaks_not_the_seat() -> None:
    rows = Extractor().rows(frozen(_HYPHENED))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [
        ("Nomvula Khumalo-Sithole", "Gauteng MEC for Health", "Nomvula Khumalo-Sithole")
    ]


def test_a_name_of_plain_words_after_the_brief_speaks() -> None:
    rows = Extractor().rows(frozen(_PLAIN))
    assert [(r.speaker, r.role) for r in rows] == [("Phophi Mabaso", "Gauteng MEC for Health")]


def test_a_posts_letters_before_a_tagged_name_stay_its_title() -> None:
    rows = Extractor().rows(frozen(_LETTERS))
    assert [(r.speaker, r.role) for r in rows] == [("Peter Kamau", "Kasarani OCS")]
