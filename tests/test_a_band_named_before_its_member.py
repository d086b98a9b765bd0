"""`The next Red Hot Kestrel Boys record is almost done, frontman Sam Price revealed`: a member's
job with no body of its own (models/member_jobs.txt) takes the one name in capitals the tagger left
untagged that qualifies the subject of its sentence before it (ROLES.md 5), as it takes a body the
tagger tagged, the whole name however the parser nested its words. Frozen parse of a text written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The next Red Hot Kestrel Boys record is almost done, frontman Sam Price revealed on Monday.
# "We are proud of it," Price said.
_BOYS = """
The DET DT det 6 O the
next ADJ JJ amod 6 O next
Red PROPN NNP compound 4 O Red
Hot PROPN NNP compound 4 O Hot
Kestrel PROPN NNP compound 5 O Kestrel
Boys PROPN NNPS compound 6 O Boys
record NOUN NN nsubjpass 9 O record
is AUX VBZ auxpass 9 O be
almost ADV RB advmod 9 O almost
done VERB VBN ccomp 14 O do _
, PUNCT , punct 14 O ,
frontman NOUN NN compound 13 O frontman
Sam PROPN NNP compound 13 B-PERSON Sam
Price PROPN NNP nsubj 14 I-PERSON Price
revealed VERB VBD ROOT 14 O reveal
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday _
. PUNCT . punct 14 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 20 O we
are AUX VBP ccomp 27 O be
proud ADJ JJ acomp 20 O proud
of ADP IN prep 21 O of
it PRON PRP pobj 22 O it _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Price NOUN NN nsubj 27 O price
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_band_the_tagger_left_untagged() -> None:
    rows = Extractor().rows(frozen(_BOYS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sam Price", "frontman", "Red Hot Kestrel Boys")
    ]
