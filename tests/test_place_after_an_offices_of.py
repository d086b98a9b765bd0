"""An office and the place it serves after its `of`, as Nepali news writes them with no comma
before the holder's name (`Chief District Officer of Kathmandu Ram Prasad Sharma`): the tagger
runs the place into the name, as a body or a person. The place is the office's, not the name's,
when the story shows it is a place (tagged one alone elsewhere, or a dateline), so the holder is
named and keeps the title. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Protesters blocked roads in Kathmandu on Monday. Chief District Officer of Kathmandu Ram Prasad Sharma
# said: "The curfew will stay until Friday."
_TAGGED_A_BODY = """
Protesters NOUN NNS nsubj 1 O protester
blocked VERB VBD ROOT 1 O block
roads NOUN NNS dobj 1 O road
in ADP IN prep 1 O in
Kathmandu PROPN NNP pobj 3 B-GPE Kathmandu
on ADP IN prep 1 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 1 O .
Chief PROPN NNP compound 10 O Chief
District PROPN NNP compound 10 O District
Officer PROPN NNP nsubj 16 O Officer
of ADP IN prep 10 O of
Kathmandu PROPN NNP compound 13 B-ORG Kathmandu
Ram PROPN NNP pobj 11 I-ORG Ram
Prasad PROPN NNP compound 15 I-ORG Prasad
Sharma PROPN NNP pobj 11 I-ORG Sharma
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
The DET DT det 20 O the
curfew NOUN NN nsubj 22 O curfew
will AUX MD aux 22 O will
stay VERB VB ccomp 16 O stay
until ADP IN prep 22 O until
Friday PROPN NNP pobj 23 B-DATE Friday _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""

# LALITPUR: Schools stayed shut on Monday.
#
# Chief District Officer of Lalitpur Ram Prasad Sharma said: "The curfew will stay until Friday."
_TAGGED_A_PERSON = """
LALITPUR ADJ JJ nsubjpass 4 O lalitpur _
: PUNCT : punct 3 O :
Schools NOUN NNS nsubj 3 O school
stayed AUX VBD auxpass 4 O stayed
shut VERB VBN ROOT 4 O shut
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
Chief PROPN NNP compound 11 O Chief
District PROPN NNP compound 11 O District
Officer PROPN NNP nsubj 17 O Officer
of ADP IN prep 11 O of
Lalitpur PROPN NNP compound 16 B-PERSON Lalitpur
Ram PROPN NNP compound 15 I-PERSON Ram
Prasad PROPN NNP compound 16 I-PERSON Prasad
Sharma PROPN NNP pobj 12 I-PERSON Sharma
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
" PUNCT `` punct 17 O " _
The DET DT det 21 O the
curfew NOUN NN nsubj 23 O curfew
will AUX MD aux 23 O will
stay VERB VB ccomp 17 O stay
until ADP IN prep 23 O until
Friday PROPN NNP pobj 24 B-DATE Friday _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""


# POKHARA, Dec 6: Shops stayed shut on Monday.
#
# Mayor of Pokhara Dhana Raj Acharya said: "The roads will reopen."
_DATED = """
POKHARA PROPN NNP dep 6 B-ORG POKHARA _
, PUNCT , punct 0 O ,
Dec PROPN NNP npadvmod 0 O Dec
6 NUM CD nummod 2 B-CARDINAL 6 _
: PUNCT : punct 0 O :
Shops NOUN NNS nsubj 6 O shop
stayed VERB VBD ROOT 6 O stay
shut VERB VBN acomp 6 O shut
on ADP IN prep 7 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Mayor PROPN NNP nsubj 18 O Mayor
of ADP IN prep 12 O of
Pokhara PROPN NNP compound 17 B-ORG Pokhara
Dhana PROPN NNP compound 17 I-ORG Dhana
Raj PROPN NNP compound 17 I-ORG Raj
Acharya PROPN NNP pobj 13 I-ORG Acharya
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
The DET DT det 22 O the
roads NOUN NNS nsubj 24 O road
will AUX MD aux 24 O will
reopen VERB VB ccomp 18 O reopen _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""

def test_a_place_after_the_offices_of_tagged_with_the_name_as_a_body() -> None:
    rows = Extractor().rows(frozen(_TAGGED_A_BODY))
    assert [(r.speaker, r.role) for r in rows] == [("Ram Prasad Sharma", "Chief District Officer")]


def test_a_place_of_the_dateline_after_the_offices_of_tagged_with_the_name_as_a_person() -> None:
    rows = Extractor().rows(frozen(_TAGGED_A_PERSON))
    assert [(r.speaker, r.role) for r in rows] == [("Ram Prasad Sharma", "Chief District Officer")]


def test_a_place_of_a_dateline_with_its_day_after_the_offices_of() -> None:
    rows = Extractor().rows(frozen(_DATED))
    assert [(r.speaker, r.role) for r in rows] == [("Dhana Raj Acharya", "Mayor")]
