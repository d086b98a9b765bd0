"""`who asked not to be named`: a source's terms for speaking are not what they said; what they
said is still reported."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# en_core_web_sm 3.8's parse of a sentence written for this test.
ASKED_NOT_TO_BE_NAMED = """
A DET DT det 2 O a
council NOUN NN compound 2 O council
worker NOUN NN nsubj 11 O worker _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
asked VERB VBD relcl 2 O ask
not PART RB neg 9 O not
to PART TO aux 9 O to
be AUX VB auxpass 9 O be
named VERB VBN xcomp 5 O name _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
pipes NOUN NNS nsubj 15 O pipe
had AUX VBD aux 15 O have
failed VERB VBN ccomp 11 O fail _
. PUNCT . punct 11 O . _
"""


def test_asking_not_to_be_named_reports_nothing_but_the_saying_does() -> None:
    doc = frozen(ASKED_NOT_TO_BE_NAMED)
    found = [(doc.text[r.start : r.end], r.cue) for r in reported_speech(QuoteIndex(DocContext(doc), []))]
    assert found == [("the pipes had failed", "said")]
