"""`According to X` that the parser hangs on the auxiliary of the clause it opens reports that
clause, up to its verb's last word (quotes/indirect.py, ``_reported_according_to``): `According
to recent polling, the opposition leader is once again strongly leading the race` reports the
leader leading the race, not `the opposition leader is`. Frozen parses (tests/frozen.py) of
sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# According to recent polling, the opposition leader is once again strongly leading the race.
POLL_ON_AUXILIARY = """
According VERB VBG prep 8 O accord
to ADP IN prep 0 O to
recent ADJ JJ amod 3 O recent
polling NOUN NN pobj 1 O polling _
, PUNCT , punct 8 O ,
the DET DT det 7 O the
opposition NOUN NN compound 7 O opposition
leader NOUN NN nsubj 8 O leader
is AUX VBZ aux 12 O be
once ADV RB advmod 10 O once
again ADV RB advmod 8 O again
strongly ADV RB advmod 12 O strongly
leading VERB VBG ROOT 12 O lead
the DET DT det 14 O the
race NOUN NN dobj 12 O race _
. PUNCT . punct 12 O . _
"""

# According to the council, the bridge will reopen in May.
COUNCIL_ON_VERB = """
According VERB VBG prep 8 O accord
to ADP IN prep 0 O to
the DET DT det 3 O the
council NOUN NN pobj 1 O council _
, PUNCT , punct 8 O ,
the DET DT det 6 O the
bridge NOUN NN nsubj 8 O bridge
will AUX MD aux 8 O will
reopen VERB VB ROOT 8 O reopen
in ADP IN prep 8 O in
May PROPN NNP pobj 9 B-DATE May _
. PUNCT . punct 8 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_phrase_hung_on_the_auxiliary_reports_the_whole_clause() -> None:
    assert _reports(POLL_ON_AUXILIARY) == ["the opposition leader is once again strongly leading the race"]


def test_a_phrase_hung_on_the_verb_still_reports_its_clause() -> None:
    assert _reports(COUNCIL_ON_VERB) == ["the bridge will reopen in May"]
