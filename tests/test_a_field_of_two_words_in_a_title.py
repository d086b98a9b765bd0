"""`Opposition spokesman on national security Peter Bunting`: a job's field after `on` or `for`
may be two words in small letters, an adjective and its noun, and the title before the name
runs over them. Frozen parse of a sentence written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Opposition spokesman on national security Peter Bunting was not convinced. "The people in the
# communities do not feel any safer," Bunting said.
_SPOKESMAN = """
Opposition NOUN NN compound 1 O opposition
spokesman NOUN NN nsubjpass 9 O spokesman
on ADP IN prep 1 O on
national ADJ JJ amod 4 O national
security NOUN NN compound 6 O security
Peter PROPN NNP compound 6 B-PERSON Peter
Bunting PROPN NNP pobj 2 I-PERSON Bunting
was AUX VBD auxpass 9 O be
not PART RB neg 9 O not
convinced VERB VBN ROOT 9 O convince _
. PUNCT . punct 9 O .
" PUNCT `` punct 19 O " _
The DET DT det 13 O the
people NOUN NNS nsubj 19 O people
in ADP IN prep 13 O in
the DET DT det 16 O the
communities NOUN NNS pobj 14 O community
do AUX VBP aux 19 O do
not PART RB neg 19 O not
feel VERB VB ccomp 25 O feel
any DET DT det 21 O any
safer ADJ JJR acomp 19 O safe _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Bunting NOUN NN nsubj 25 O bunting
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_a_jobs_field_of_an_adjective_and_its_noun_is_in_the_title() -> None:
    rows = Extractor().rows(frozen(_SPOKESMAN))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Peter Bunting", "Opposition spokesman on national security")
    ]
