"""`Mr. T. H. Rees (chairman) said`: a job alone in brackets right after a name, in small letters
with no article, as council minutes and archive reports write it, is that person's role, as one
with its article is (`Tom Hale (the mayor of Lenton) said`); other words there are none (`Ann
Cole (pictured) said`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. T. H. Rees (chairman) said: "The rates must rise, or the house must close."
_CHAIRMAN = """
Mr. PROPN NNP compound 3 O Mr.
T. PROPN NNP compound 3 B-PERSON T.
H. PROPN NNP compound 3 I-PERSON H.
Rees PROPN NNPS nsubj 7 I-PERSON Rees
( PUNCT -LRB- punct 3 O ( _
chairman NOUN NN appos 3 O chairman _
) PUNCT -RRB- punct 3 O )
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 11 O the
rates NOUN NNS nsubj 13 O rate
must AUX MD aux 13 O must
rise VERB VB ccomp 7 O rise _
, PUNCT , punct 13 O ,
or CCONJ CC cc 13 O or
the DET DT det 17 O the
house NOUN NN nsubj 19 O house
must AUX MD aux 19 O must
close VERB VB conj 13 O close _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""

# Ann Cole (pictured) said: "It was a great day for the village."
_PICTURED = """
Ann PROPN NNP compound 1 B-PERSON Ann
Cole PROPN NNP nsubj 5 I-PERSON Cole
( PUNCT -LRB- punct 1 O ( _
pictured VERB VBN amod 1 O picture _
) PUNCT -RRB- punct 1 O )
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
It PRON PRP nsubj 9 O it
was AUX VBD ccomp 5 O be
a DET DT det 12 O a
great ADJ JJ amod 12 O great
day NOUN NN attr 9 O day
for ADP IN prep 12 O for
the DET DT det 15 O the
village NOUN NN pobj 13 O village _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def test_a_job_alone_in_brackets_after_a_name_is_the_role() -> None:
    rows = Extractor().rows(frozen(_CHAIRMAN))
    assert [(r.speaker, r.role) for r in rows] == [("T. H. Rees", "chairman")]


def test_other_words_alone_in_brackets_are_no_role() -> None:
    rows = Extractor().rows(frozen(_PICTURED))
    assert [(r.speaker, r.role) for r in rows] == [("Ann Cole", "")]
