"""`said Collins Oyuu, the union's secretary-general`, with the name tagged a body: two or three
plain words in capitals with a job no body holds set off after them as their apposition are a
person's name, the job their role and the body the story named their organisation; not the name
as a body speaking for itself with no role. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Kenya National Union of Teachers has called a strike from Monday. "We will not go back until
# we are paid," said Collins Oyuu, the union's secretary-general.
_UNION = """
The DET DT det 3 B-ORG the
Kenya PROPN NNP compound 3 I-ORG Kenya
National PROPN NNP compound 3 I-ORG National
Union PROPN NNP nsubj 7 I-ORG Union
of ADP IN prep 3 I-ORG of
Teachers PROPN NNPS pobj 4 I-ORG Teachers
has AUX VBZ aux 7 O have
called VERB VBN ROOT 7 O call
a DET DT det 9 O a
strike NOUN NN dobj 7 O strike
from ADP IN prep 7 O from
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 7 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
not PART RB neg 17 O not
go VERB VB ccomp 25 O go
back ADV RB advmod 17 O back
until SCONJ IN mark 22 O until
we PRON PRP nsubjpass 22 O we
are AUX VBP auxpass 22 O be
paid VERB VBN advcl 17 O pay _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
said VERB VBD ROOT 25 O say
Collins PROPN NNP compound 27 B-ORG Collins
Oyuu PROPN NNP nsubj 25 I-ORG Oyuu _
, PUNCT , punct 27 O ,
the DET DT det 30 O the
union NOUN NN poss 34 O union _
's PART POS case 30 O 's
secretary NOUN NN compound 34 O secretary _
- PUNCT HYPH punct 34 O - _
general ADJ JJ appos 27 O general _
. PUNCT . punct 25 O . _
"""


# The Kenya National Union of Teachers met the ministry on Friday. Collins Oyuu, the union's
# chairman, said: "The talks have failed."
_LEADING = """
The DET DT det 3 B-ORG the
Kenya PROPN NNP compound 3 I-ORG Kenya
National PROPN NNP compound 3 I-ORG National
Union PROPN NNP nsubj 6 I-ORG Union
of ADP IN prep 3 I-ORG of
Teachers PROPN NNPS pobj 4 I-ORG Teachers
met VERB VBD ROOT 6 O meet
the DET DT det 8 O the
ministry NOUN NN dobj 6 O ministry
on ADP IN prep 6 O on
Friday PROPN NNP pobj 9 B-DATE Friday _
. PUNCT . punct 6 O .
Collins PROPN NNP compound 13 B-ORG Collins
Oyuu PROPN NNP nsubj 20 I-ORG Oyuu _
, PUNCT , punct 13 O ,
the DET DT det 16 O the
union NOUN NN poss 18 O union _
's PART POS case 16 O 's
chairman NOUN NN appos 13 O chairman _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
The DET DT det 24 O the
talks NOUN NNS nsubj 26 O talk
have AUX VBP aux 26 O have
failed VERB VBN ccomp 20 O fail _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""


# Lecturers walked out of Moi University on Monday. "We have waited three years for this deal,"
# said Collins Oyuu, the union's secretary-general.
_LECTURERS = """
Lecturers NOUN NNS nsubj 1 O lecturer
walked VERB VBD ROOT 1 O walk
out ADP IN prep 1 O out
of ADP IN prep 2 O of
Moi PROPN NNP compound 5 B-ORG Moi
University PROPN NNP pobj 3 I-ORG University
on ADP IN prep 1 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 1 O .
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
have AUX VBP aux 12 O have
waited VERB VBN ccomp 20 O wait
three NUM CD nummod 14 B-DATE three
years NOUN NNS npadvmod 12 I-DATE year
for ADP IN prep 12 O for
this DET DT det 17 O this
deal NOUN NN pobj 15 O deal _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Collins PROPN NNP compound 22 B-ORG Collins
Oyuu PROPN NNP nsubj 20 I-ORG Oyuu _
, PUNCT , punct 22 O ,
the DET DT det 25 O the
union NOUN NN poss 29 O union _
's PART POS case 25 O 's
secretary NOUN NN compound 29 O secretary _
- PUNCT HYPH punct 29 O - _
general ADJ JJ appos 22 O general _
. PUNCT . punct 20 O . _
"""


def test_a_name_tagged_a_body_before_a_persons_job_is_a_person() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Collins Oyuu", "secretary-general", "Kenya National Union of Teachers")
    ]


def test_the_union_named_nowhere_leaves_no_organisation() -> None:
    rows = Extractor().rows(frozen(_LECTURERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Collins Oyuu", "secretary-general", "")]


def test_the_job_set_off_before_a_leading_cue() -> None:
    rows = Extractor().rows(frozen(_LEADING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Collins Oyuu", "chairman", "Kenya National Union of Teachers")
    ]
