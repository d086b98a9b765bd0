"""`DIG Rawalpindi Ali Nasir Rizvi said`, `CPO Rawalpindi X`, `IGP Punjab X`: a police post written
by its letters, then the place it serves in capitals, right before the name, as Pakistani news
writes an office (`Chief Minister Punjab X`, `Mayor of Pokhara X`: test_place_after_an_offices_of.py):
the place is the office's, no word of the name, and the role is the post. The place is one the
lists know (a province) or the dateline's. `DIG` is an English word too, so it counts as a post
here by its capitals. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# RAWALPINDI: Police have arrested three suspects in the case. "Nothing was found," DIG Rawalpindi
# Ali Nasir Rizvi said.
_SUSPECTS = """
RAWALPINDI PROPN NNP ROOT 0 O RAWALPINDI _
: PUNCT : punct 0 O :
Police NOUN NNS nsubj 4 O Police
have AUX VBP aux 4 O have
arrested VERB VBN ROOT 4 O arrest
three NUM CD nummod 6 B-CARDINAL three
suspects NOUN NNS dobj 4 O suspect
in ADP IN prep 4 O in
the DET DT det 9 O the
case NOUN NN pobj 7 O case _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
Nothing PRON NN nsubjpass 14 O nothing
was AUX VBD auxpass 14 O be
found VERB VBN ccomp 22 O find _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
DIG PROPN NNP compound 21 B-WORK_OF_ART DIG
Rawalpindi PROPN NNP compound 21 I-WORK_OF_ART Rawalpindi
Ali PROPN NNP compound 21 I-WORK_OF_ART Ali
Nasir PROPN NNP compound 21 I-WORK_OF_ART Nasir
Rizvi PROPN NNP nsubj 22 I-WORK_OF_ART Rizvi
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


# RAWALPINDI: "The roads to Murree are open again," CPO Rawalpindi Syed Khalid Hamdani said.
_ROADS = """
RAWALPINDI PROPN NNP dep 7 O RAWALPINDI _
: PUNCT : punct 0 O :
" PUNCT `` punct 0 O " _
The DET DT det 4 O the
roads NOUN NNS nsubj 7 O road
to ADP IN prep 4 O to
Murree PROPN NNP pobj 5 O Murree
are AUX VBP ccomp 17 O be
open ADJ JJ acomp 7 O open
again ADV RB advmod 7 O again _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
CPO PROPN NNP compound 16 O CPO
Rawalpindi PROPN NNP compound 14 O Rawalpindi
Syed PROPN NNP compound 16 O Syed
Khalid PROPN NNP compound 16 O Khalid
Hamdani PROPN NNP nsubj 17 O Hamdani
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


# LAHORE: Traffic will be diverted from the Mall on Sunday. "We have arrested the gang," IGP
# Punjab Usman Anwar said.
_GANG = """
LAHORE PROPN NNP ROOT 0 O LAHORE _
: PUNCT : punct 0 O :
Traffic NOUN NN nsubjpass 5 O traffic
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
diverted VERB VBN ROOT 5 O divert
from ADP IN prep 5 O from
the DET DT det 8 O the
Mall PROPN NNP pobj 6 B-FAC Mall
on ADP IN prep 5 O on
Sunday PROPN NNP pobj 9 B-DATE Sunday _
. PUNCT . punct 5 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 15 O we
have AUX VBP aux 15 O have
arrested VERB VBN ccomp 24 O arrest
the DET DT det 17 O the
gang NOUN NN dobj 15 O gang _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
IGP PROPN NNP compound 23 B-WORK_OF_ART IGP
Punjab PROPN NNP compound 23 I-WORK_OF_ART Punjab
Usman PROPN NNP compound 23 I-WORK_OF_ART Usman
Anwar PROPN NNP nsubj 24 I-WORK_OF_ART Anwar
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""




def test_the_place_after_a_dig_is_the_posts() -> None:
    assert who_of(_SUSPECTS) == [("Ali Nasir Rizvi", "DIG", "")]


def test_the_place_after_a_cpo_is_no_word_of_the_name() -> None:
    assert who_of(_ROADS) == [("Syed Khalid Hamdani", "CPO", "")]


def test_a_province_after_an_igp_is_no_word_of_the_name() -> None:
    assert who_of(_GANG) == [("Usman Anwar", "IGP", "")]
