"""A clause a verb of saying reports that the parser leaves as only a subject and an auxiliary
or copula (`argue she's`, `said the contractor had`) runs on over the words the parser hung on
the verb of saying right after it, which complete it (quotes/indirect.py, ``_bare_auxiliary``,
``_words_after_bare_auxiliary``); with nothing after it, the elliptical clause stays as it is
(`said he would.`). Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# After the count, she’s poised to argue she’s in this race for the long haul.
ARGUE_BARE_COPULA = """
After ADP IN prep 6 O after
the DET DT det 2 O the
count NOUN NN pobj 0 O count _
, PUNCT , punct 6 O ,
she PRON PRP nsubj 6 O she _
’s AUX VBD aux 6 O ’s
poised VERB VBN ROOT 6 O poise
to PART TO aux 8 O to
argue VERB VB xcomp 6 O argue
she PRON PRP nsubj 10 O she _
’s AUX MD ccomp 8 O ’s
in ADP IN prep 8 O in
this DET DT det 13 O this
race NOUN NN pobj 11 O race
for ADP IN prep 13 O for
the DET DT det 17 O the
long ADJ JJ amod 17 O long
haul NOUN NN pobj 14 O haul _
. PUNCT . punct 6 O . _
"""

# Judge Ana Ruiz said the contractor had, while still under an earlier suspension, signed two new
# deals with the council.
SAID_SPLIT_AUXILIARY = """
Judge PROPN NNP compound 2 O Judge
Ana PROPN NNP compound 2 B-PERSON Ana
Ruiz PROPN NNP nsubj 3 I-PERSON Ruiz
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
contractor NOUN NN nsubj 6 O contractor
had VERB VBD ccomp 3 O have _
, PUNCT , punct 6 O ,
while SCONJ IN mark 10 O while
still ADV RB advmod 10 O still
under ADP IN advcl 3 O under
an DET DT det 13 O an
earlier ADJ JJR amod 13 O early
suspension NOUN NN pobj 10 O suspension _
, PUNCT , punct 3 O ,
signed VERB VBD ccomp 3 O sign
two NUM CD nummod 18 B-CARDINAL two
new ADJ JJ amod 18 O new
deals NOUN NNS dobj 15 O deal
with ADP IN prep 15 O with
the DET DT det 21 O the
council NOUN NN pobj 19 O council _
. PUNCT . punct 3 O . _
"""

# Asked whether he would back the plan, the senator said he would.
SAID_HE_WOULD = """
Asked VERB VBN advcl 10 O ask
whether SCONJ IN mark 4 O whether
he PRON PRP nsubj 4 O he
would AUX MD aux 4 O would
back VERB VB ccomp 0 O back
the DET DT det 6 O the
plan NOUN NN dobj 4 O plan _
, PUNCT , punct 10 O ,
the DET DT det 9 O the
senator NOUN NN nsubj 10 O senator
said VERB VBD ROOT 10 O say
he PRON PRP nsubj 12 O he
would AUX MD ccomp 10 O would _
. PUNCT . punct 10 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_bare_copula_runs_on_over_the_words_hung_on_the_verb() -> None:
    assert _reports(ARGUE_BARE_COPULA) == ["she’s in this race for the long haul"]


def test_an_auxiliary_split_from_its_verb_by_an_interruption_runs_on_to_it() -> None:
    assert _reports(SAID_SPLIT_AUXILIARY) == [
        "the contractor had, while still under an earlier suspension, signed two new deals with the council"
    ]


def test_an_elliptical_clause_with_nothing_after_it_stays() -> None:
    assert "he would" in _reports(SAID_HE_WOULD)
