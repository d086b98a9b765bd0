"""`Victory's assistant coach`, in a story whose side (`the club`) is Melbourne Victory: a
possessive made of the last word of the side's name is that side called short. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Melbourne Victory have sacked coach Tom Hale after a run of six defeats. "It is a sad day,"
# said Victory's assistant coach Dan Price.
_SHORT_SIDE = """
Melbourne PROPN NNP compound 1 B-ORG Melbourne
Victory PROPN NNP nsubj 3 I-ORG Victory
have AUX VBP aux 3 O have
sacked VERB VBN ROOT 3 O sack
coach NOUN NN compound 6 O coach
Tom PROPN NNP compound 6 B-PERSON Tom
Hale PROPN NNP dobj 3 I-PERSON Hale
after ADP IN prep 3 O after
a DET DT det 9 O a
run NOUN NN pobj 7 O run
of ADP IN prep 9 O of
six NUM CD nummod 12 B-CARDINAL six
defeats NOUN NNS pobj 10 O defeat _
. PUNCT . punct 3 O .
" PUNCT `` punct 22 O " _
It PRON PRP nsubj 16 O it
is AUX VBZ ccomp 22 O be
a DET DT det 19 B-DATE a
sad ADJ JJ amod 19 I-DATE sad
day NOUN NN attr 16 I-DATE day _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
said VERB VBD ROOT 22 O say
Victory NOUN NN poss 26 O victory _
's PART POS case 23 O 's
assistant ADJ JJ amod 26 O assistant
coach NOUN NN nsubj 22 O coach
Dan PROPN NNP compound 28 B-PERSON Dan
Price PROPN NNP appos 26 I-PERSON Price _
. PUNCT . punct 22 O . _
"""


def test_a_side_called_by_its_last_word() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_SHORT_SIDE))]
    assert rows == [("Dan Price", "assistant coach", "Melbourne Victory")]
