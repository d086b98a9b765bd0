"""`"…," the onetime minister said`: the tagger reads `onetime` as a compound of the job and the
job as a proper noun in small letters; it is still a description (`the former minister`), the
speaker *the onetime minister* with that role, or the person the story named before it. A
headline's bare `skipper says`, with no determiner, stays as it was. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mary Dunne criticised the housing plan on Tuesday. "It taxes the very people it claims to help,"
# the onetime minister said.
_HOUSING = """
Mary PROPN NNP compound 1 B-PERSON Mary
Dunne PROPN NNP nsubj 2 I-PERSON Dunne
criticised VERB VBD ROOT 2 O criticise
the DET DT det 5 O the
housing NOUN NN compound 5 O housing
plan NOUN NN dobj 2 O plan
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday _
. PUNCT . punct 2 O .
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 11 O it
taxes VERB VBZ ccomp 24 O tax
the DET DT det 14 O the
very ADJ JJ amod 14 O very
people NOUN NNS dobj 11 O people
it PRON PRP nsubj 16 O it
claims VERB VBZ relcl 14 O claim
to PART TO aux 18 O to
help VERB VB xcomp 16 O help _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
the DET DT det 23 O the
onetime ADJ JJ compound 23 O onetime
minister PROPN NNP nsubj 24 O minister
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# "We were never given a fair hearing," the onetime minister said.
_HEARING = """
" PUNCT `` punct 13 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
never ADV RB neg 4 O never
given VERB VBN ccomp 13 O give
a DET DT det 7 O a
fair ADJ JJ amod 7 O fair
hearing NOUN NN dobj 4 O hearing _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
the DET DT det 12 O the
onetime ADJ JJ compound 12 O onetime
minister PROPN NNP nsubj 13 O minister
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""

# "We were never in the game," skipper says after defeat
_HEADLINE = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 10 O be
never ADV RB neg 2 O never
in ADP IN prep 2 O in
the DET DT det 6 O the
game NOUN NN pobj 4 O game _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
skipper PROPN NNP nsubj 10 O skipper
says VERB VBZ ROOT 10 O say
after ADP IN prep 10 O after
defeat NOUN NN pobj 11 O defeat _
"""


def test_the_onetime_minister_is_the_person_named_before() -> None:
    rows = Extractor().rows(frozen(_HOUSING))
    assert [(r.speaker, r.role) for r in rows] == [("Mary Dunne", "onetime minister")]


def test_the_onetime_minister_alone_is_a_description() -> None:
    rows = Extractor().rows(frozen(_HEARING))
    assert [(r.speaker, r.role) for r in rows] == [("the onetime minister", "onetime minister")]


def test_a_headlines_bare_job_gains_no_role() -> None:
    rows = Extractor().rows(frozen(_HEADLINE))
    assert [(r.speaker, r.role) for r in rows] == [("skipper", "")]
