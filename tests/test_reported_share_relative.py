"""A share of a poll's people who said something, in a relative clause inside another share's
report (`60 percent said A, double the number who said B`), is a report of its own that the
rows keep beside the longer one (quotes/indirect.py, ``_share_relative``): the writer sets a
second group's answer beside the first, no part of the first group's words. Any other report
inside a longer one stays part of it (`Ruiz said the engineer told her …`: one row, Ruiz's).
Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_attributions, reported_model
from tests.frozen import frozen

# In the survey, 60 percent of tenants said the landlord would be better at handling repairs,
# double the number who said the same of the council.
SHARE_BESIDE_SHARE = """
In ADP IN prep 8 O in
the DET DT det 2 O the
survey NOUN NN pobj 0 O survey _
, PUNCT , punct 8 O ,
60 NUM CD nummod 5 B-PERCENT 60
percent NOUN NN nsubj 8 I-PERCENT percent
of ADP IN prep 5 O of
tenants NOUN NNS pobj 6 O tenant
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
landlord NOUN NN nsubj 12 O landlord
would AUX MD aux 12 O would
be AUX VB ccomp 8 O be
better ADJ JJR acomp 12 O well
at ADP IN prep 12 O at
handling VERB VBG pcomp 14 O handle
repairs NOUN NNS dobj 15 O repair _
, PUNCT , punct 12 O ,
double DET PDT predet 20 O double
the DET DT det 20 O the
number NOUN NN appos 10 O number
who PRON WP nsubj 22 O who
said VERB VBD relcl 20 O say
the DET DT det 24 O the
same ADJ JJ dobj 22 O same
of ADP IN prep 24 O of
the DET DT det 27 O the
council NOUN NN pobj 25 O council _
. PUNCT . punct 8 O . _
"""

# Ruiz said the engineer told her the bridge was safe.
REPORT_IN_REPORT = """
Ruiz NOUN NN nsubj 1 O ruiz
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
engineer NOUN NN nsubj 4 O engineer
told VERB VBD ccomp 1 O tell
her PRON PRP dative 4 O she
the DET DT det 7 O the
bridge NOUN NN nsubj 8 O bridge
was AUX VBD ccomp 4 O be
safe ADJ JJ acomp 8 O safe _
. PUNCT . punct 1 O . _
"""


def _rows(spec: str) -> list[str]:
    doc = frozen(spec)
    kept = reported_attributions(QuoteIndex(DocContext(doc), []), 0, reported_model())
    return [doc.text[a.span.start : a.span.end] for a in kept]


def test_a_shares_relative_report_is_kept_beside_the_longer_one() -> None:
    assert "the same of the council" in _rows(SHARE_BESIDE_SHARE)
    assert len(_rows(SHARE_BESIDE_SHARE)) == 2


def test_a_report_inside_another_is_still_part_of_it() -> None:
    assert _rows(REPORT_IN_REPORT) == ["the engineer told her the bridge was safe"]
