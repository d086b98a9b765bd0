"""`The finance minister warned of a sharp rise in fuel prices.`, `Farmers in Meru complained
about the late delivery of fertiliser.`: a verb of saying whose first word after it is `of`,
`about` or `against` reports what that preposition governs, as `called for` and `called on`
report theirs; not after `say`, `ask` or `accuse`, where it names a topic or a charge
(quotes/indirect.py, ``_content_preposition``). Frozen parses (tests/frozen.py)
of sentences written for this file."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The finance minister warned of a sharp rise in fuel prices.
_WARNED = """
The DET DT det 2 O the
finance NOUN NN compound 2 O finance
minister NOUN NN nsubj 3 O minister
warned VERB VBD ROOT 3 O warn
of ADP IN prep 3 O of
a DET DT det 7 O a
sharp ADJ JJ amod 7 O sharp
rise NOUN NN pobj 4 O rise
in ADP IN prep 7 O in
fuel NOUN NN compound 10 O fuel
prices NOUN NNS pobj 8 O price _
. PUNCT . punct 3 O . _
"""

# Farmers in Meru complained about the late delivery of fertiliser.
_COMPLAINED = """
Farmers NOUN NNS nsubj 3 O farmer
in ADP IN prep 0 O in
Meru PROPN NNP pobj 1 B-GPE Meru
complained VERB VBD ROOT 3 O complain
about ADP IN prep 3 O about
the DET DT det 7 O the
late ADJ JJ amod 7 O late
delivery NOUN NN pobj 4 O delivery
of ADP IN prep 7 O of
fertiliser NOUN NN pobj 8 O fertiliser _
. PUNCT . punct 3 O . _
"""


def test_a_warning_of_reports_what_it_warned_of() -> None:
    rows = Extractor(indirect=True).rows(frozen(_WARNED))
    assert [(r.cue, r.quote) for r in rows] == [("warned", "a sharp rise in fuel prices")]


def test_a_complaint_about_reports_what_it_was_about() -> None:
    rows = Extractor(indirect=True).rows(frozen(_COMPLAINED))
    assert [(r.cue, r.quote) for r in rows] == [("complained", "the late delivery of fertiliser")]
