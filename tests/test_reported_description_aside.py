"""A description the writer sets in apposition after a noun at the end of a report, set off
by a comma and opened by `a`, `an`, `one` or `the latter` (`pledged to repeal the levy, a tax
that hits small farms hardest`), glosses that word for the reader: the report ends before it
(quotes/indirect.py, ``_without_description``, ``_description_aside``; cut after the
keep-model has weighed the whole report). Not where the noun is the whole report, nor a
phrase that opens with `the` (`the oldest in the county`). Frozen parses (tests/frozen.py)
of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Okafor pledged to repeal the levy, a tax that hits small farms hardest.
LEVY_DESCRIPTION = """
Okafor PROPN NNP nsubj 1 O Okafor
pledged VERB VBD ROOT 1 O pledge
to PART TO aux 3 O to
repeal VERB VB xcomp 1 O repeal
the DET DT det 5 O the
levy NOUN NN dobj 3 O levy _
, PUNCT , punct 5 O ,
a DET DT det 8 O a
tax NOUN NN appos 5 O tax
that PRON WDT nsubj 10 O that
hits VERB VBZ relcl 8 O hit
small ADJ JJ amod 12 O small
farms NOUN NNS dobj 10 O farm
hardest ADV RBS advmod 10 O hard _
. PUNCT . punct 1 O . _
"""
# The firm announced a new fund, one that is known for its low fees.
FUND_DESCRIBED = """
The DET DT det 1 O the
firm NOUN NN nsubj 2 O firm
announced VERB VBD ROOT 2 O announce
a DET DT det 5 O a
new ADJ JJ amod 5 O new
fund NOUN NN dobj 2 O fund _
, PUNCT , punct 5 O ,
one NUM CD appos 5 O one
that PRON WDT nsubjpass 10 O that
is AUX VBZ auxpass 10 O be
known VERB VBN relcl 7 O know
for ADP IN prep 10 O for
its PRON PRP$ poss 14 O its
low ADJ JJ amod 14 O low
fees NOUN NNS pobj 11 O fee _
. PUNCT . punct 2 O . _
"""
# The council said it would close the library on Hill Street, the oldest in the county.
LIBRARY_NAMED = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
said VERB VBD ROOT 2 O say
it PRON PRP nsubj 5 O it
would AUX MD aux 5 O would
close VERB VB ccomp 2 O close
the DET DT det 7 O the
library NOUN NN dobj 5 O library
on ADP IN prep 7 O on
Hill PROPN NNP compound 10 B-FAC Hill
Street PROPN NNP pobj 8 I-FAC Street _
, PUNCT , punct 10 O ,
the DET DT det 13 O the
oldest ADJ JJS appos 10 O old
in ADP IN prep 13 O in
the DET DT det 16 O the
county NOUN NN pobj 14 O county _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_description_after_a_noun_of_the_report_is_left_out() -> None:
    assert _reports(LEVY_DESCRIPTION) == ["to repeal the levy"]


def test_a_description_of_the_whole_report_stays() -> None:
    assert _reports(FUND_DESCRIBED) == ["a new fund, one that is known for its low fees"]


def test_a_phrase_opened_by_the_stays() -> None:
    assert _reports(LIBRARY_NAMED) == ["it would close the library on Hill Street, the oldest in the county"]
