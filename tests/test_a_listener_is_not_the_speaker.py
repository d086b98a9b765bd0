"""`Talking to Dawn, the official said “…”`, `In an interview with Tom Hale, the coach said “…”`: whom
a description speaks to, as a phrase on its own verb says (the `to` of `speaking`, `talking`; the
`with` of `an interview`, `a conversation`), is the listener (a paper, a host), never the person
the description stands for. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Talking to Dawn on Monday, the official said "The file has been sent to the ministry."
_DAWN = """
Talking VERB VBG advcl 8 O talk
to ADP IN prep 0 O to
Dawn PROPN NNP pobj 1 B-PERSON Dawn
on ADP IN prep 0 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
, PUNCT , punct 8 O ,
the DET DT det 7 O the
official NOUN NN nsubj 8 O official
said VERB VBD ROOT 8 O say
" PUNCT `` punct 8 O " _
The DET DT det 11 O the
file NOUN NN nsubjpass 14 O file
has AUX VBZ aux 14 O have
been AUX VBN auxpass 14 O be
sent VERB VBN ccomp 8 O send
to ADP IN prep 14 O to
the DET DT det 17 O the
ministry NOUN NN pobj 15 O ministry _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""

# Speaking to Priya Nair on her morning show, the minister said "We will not back down."
_HOST = """
Speaking VERB VBG advcl 11 O speak
to ADP IN prep 0 O to
Priya PROPN NNP compound 3 O Priya
Nair PROPN NNP pobj 1 O Nair
on ADP IN prep 0 O on
her PRON PRP$ poss 7 O her
morning NOUN NN compound 7 B-TIME morning
show NOUN NN pobj 4 O show _
, PUNCT , punct 11 O ,
the DET DT det 10 O the
minister NOUN NN nsubj 11 O minister
said VERB VBD ROOT 11 O say
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
not PART RB neg 16 O not
back VERB VB ccomp 11 O back
down ADV RB prt 16 O down _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""

# In an interview with Tom Hale, the coach said "We were poor in the first half."
_INTERVIEW = """
In ADP IN prep 9 O in
an DET DT det 2 O an
interview NOUN NN pobj 0 O interview
with ADP IN prep 2 O with
Tom PROPN NNP compound 5 B-PERSON Tom
Hale PROPN NNP pobj 3 I-PERSON Hale _
, PUNCT , punct 9 O ,
the DET DT det 8 O the
coach NOUN NN nsubj 9 O coach
said VERB VBD ROOT 9 O say
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 12 O we
were AUX VBD ccomp 9 O be
poor ADJ JJ acomp 12 O poor
in ADP IN prep 12 O in
the DET DT det 17 B-DATE the
first ADJ JJ amod 17 I-DATE first
half NOUN NN pobj 14 I-DATE half _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

# Health Minister Ana Ruiz visited the ward on Monday. Speaking to Priya Nair later, the minister
# said "We will not back down."
_NAMED = """
Health PROPN NNP compound 1 O Health
Minister PROPN NNP compound 3 O Minister
Ana PROPN NNP compound 3 B-PERSON Ana
Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
visited VERB VBD ROOT 4 O visit
the DET DT det 6 O the
ward NOUN NN dobj 4 O ward
on ADP IN prep 4 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 4 O .
Speaking VERB VBG advcl 18 O speak
to ADP IN prep 10 O to
Priya PROPN NNP compound 13 B-PERSON Priya
Nair PROPN NNP pobj 11 I-PERSON Nair
later ADV RB advmod 10 O later _
, PUNCT , punct 18 O ,
the DET DT det 17 O the
minister NOUN NN nsubj 18 O minister
said VERB VBD ROOT 18 O say
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 23 O we
will AUX MD aux 23 O will
not PART RB neg 23 O not
back VERB VB ccomp 18 O back
down ADV RB prt 23 O down _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_a_paper_spoken_to_is_not_the_official() -> None:
    rows = Extractor().rows(frozen(_DAWN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("the official", "official", "")]


def test_a_host_spoken_to_is_not_the_minister() -> None:
    rows = Extractor().rows(frozen(_HOST))
    assert [(r.speaker, r.role) for r in rows] == [("the minister", "minister")]


def test_the_interviewer_is_not_the_coach() -> None:
    rows = Extractor().rows(frozen(_INTERVIEW))
    assert [(r.speaker, r.role) for r in rows] == [("the coach", "coach")]


def test_the_minister_named_before_still_speaks() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Ruiz", "Health Minister")]
