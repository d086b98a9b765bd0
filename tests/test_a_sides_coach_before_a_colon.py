"""A job with its side's name before it (`the Molde coach`) in a lead-in that ends in a colon,
with no name set beside it, speaks the quote after the colon, though the parse hangs it on a
place as its apposition and tags the side a person. Frozen parse of sentences written for this
file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Speaking after the 2-0 defeat in Bergen, the Molde coach, a former international who has been
# in the job for three seasons, was blunt: "We were not good enough today."
_COACH = """
Speaking VERB VBG csubj 27 O speak
after ADP IN prep 0 O after
the DET DT det 6 O the
2 NUM CD nummod 6 B-CARDINAL 2 _
- SYM SYM punct 5 O - _
0 NUM CD prep 3 O 0
defeat NOUN NN pobj 1 O defeat
in ADP IN prep 6 O in
Bergen PROPN NNP pobj 7 B-GPE Bergen _
, PUNCT , punct 8 O ,
the DET DT det 12 O the
Molde PROPN NNP compound 12 B-PERSON Molde
coach NOUN NN appos 8 O coach _
, PUNCT , punct 12 O ,
a DET DT det 16 O a
former ADJ JJ amod 16 O former
international NOUN NN appos 12 O international
who PRON WP nsubj 19 O who
has AUX VBZ aux 19 O have
been AUX VBN relcl 16 O be
in ADP IN prep 19 O in
the DET DT det 22 O the
job NOUN NN pobj 20 O job
for ADP IN prep 19 O for
three NUM CD nummod 25 B-DATE three
seasons NOUN NNS pobj 23 I-DATE season _
, PUNCT , punct 8 O ,
was AUX VBD ccomp 32 O be
blunt ADJ JJ acomp 27 O blunt _
: PUNCT : punct 32 O :
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 32 O we
were AUX VBD ROOT 32 O be
not PART RB neg 32 O not
good ADJ JJ acomp 32 O good
enough ADV RB advmod 34 O enough
today NOUN NN npadvmod 32 B-DATE today _
. PUNCT . punct 32 O . _
" PUNCT '' punct 32 O " _
"""

# Speaking after the 2-0 defeat in Bergen, Jan Olsen, the Molde coach, was blunt:
# "We were not good enough today."
_NAMED = """
Speaking VERB VBG advcl 17 O speak
after ADP IN prep 0 O after
the DET DT det 6 O the
2 NUM CD nummod 6 B-CARDINAL 2 _
- SYM SYM punct 5 O - _
0 NUM CD prep 3 O 0
defeat NOUN NN pobj 1 O defeat
in ADP IN prep 6 O in
Bergen PROPN NNP pobj 7 B-GPE Bergen _
, PUNCT , punct 17 O ,
Jan PROPN NNP compound 11 B-PERSON Jan
Olsen PROPN NNP nsubj 17 I-PERSON Olsen _
, PUNCT , punct 11 O ,
the DET DT det 15 O the
Molde PROPN NNP compound 15 B-PERSON Molde
coach NOUN NN appos 11 O coach _
, PUNCT , punct 11 O ,
was AUX VBD ccomp 22 O be
blunt ADJ JJ acomp 17 O blunt _
: PUNCT : punct 22 O :
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 22 O we
were AUX VBD ROOT 22 O be
not PART RB neg 22 O not
good ADJ JJ acomp 22 O good
enough ADV RB advmod 24 O enough
today NOUN NN npadvmod 22 B-DATE today _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""


def test_the_sides_coach_speaks_after_the_colon() -> None:
    rows = Extractor().rows(frozen(_COACH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("the Molde coach", "coach", "Molde")]


def test_a_name_beside_the_job_still_speaks() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Jan Olsen", "coach", "Molde")]
