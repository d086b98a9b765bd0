"""`As the Daily Nation reported last week, the county government was still refusing to call the
missing funds a theft:` then a paragraph all quote: the quote is the story the `as` clause
cites, and the outlet that reported it speaks (ROLES.md 1), not the subject of `call`, the verb
nearest the colon (attribution._outlet_whose_story_is_cited). A frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# As the Daily Nation reported last week, the county government was still refusing to call the
# missing funds a theft:  "The county has declined three requests for the audit report, citing
# an ongoing review by the treasury."
_CITED = """
As SCONJ IN mark 4 O as
the DET DT det 3 B-ORG the
Daily PROPN NNP compound 3 I-ORG Daily
Nation PROPN NNP nsubj 4 I-ORG Nation
reported VERB VBD advcl 13 O report
last ADJ JJ amod 6 B-DATE last
week NOUN NN npadvmod 4 I-DATE week _
, PUNCT , punct 13 O ,
the DET DT det 10 O the
county NOUN NN compound 10 O county
government NOUN NN nsubj 13 O government
was AUX VBD aux 13 O be
still ADV RB advmod 13 O still
refusing VERB VBG ROOT 13 O refuse
to PART TO aux 15 O to
call VERB VB xcomp 13 O call
the DET DT det 18 O the
missing VERB VBG amod 18 O miss
funds NOUN NNS dobj 15 O fund
a DET DT det 20 O a
theft NOUN NN oprd 15 O theft _
: PUNCT : punct 20 O : _
<paragraph> SPACE _SP dep 21 O <paragraph> _
" PUNCT `` punct 27 O " _
The DET DT det 25 O the
county NOUN NN nsubj 27 O county
has AUX VBZ aux 27 O have
declined VERB VBN ROOT 27 O decline
three NUM CD nummod 29 B-CARDINAL three
requests NOUN NNS dobj 27 O request
for ADP IN prep 29 O for
the DET DT det 33 O the
audit NOUN NN compound 33 O audit
report NOUN NN pobj 30 O report _
, PUNCT , punct 27 O ,
citing VERB VBG advcl 27 O cite
an DET DT det 38 O an
ongoing ADJ JJ amod 38 O ongoing
review NOUN NN dobj 35 O review
by ADP IN prep 38 O by
the DET DT det 41 O the
treasury NOUN NN pobj 39 O treasury _
. PUNCT . punct 27 O . _
" PUNCT '' punct 27 O " _
"""


def test_the_outlet_whose_story_an_as_clause_cites_speaks_the_quote_after_the_colon() -> None:
    rows = Extractor().rows(frozen(_CITED))
    assert [(r.speaker, r.cue) for r in rows] == [("Daily Nation", "reported")]
