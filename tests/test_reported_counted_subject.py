"""Who says what a participle of saying reports when its own subject is a number that names
nobody (quotes/indirect.py, ``_share_subject``): that share of people (`with three in 10
saying …`), not the subject of the clause the participle hangs on. Frozen parse
(tests/frozen.py) of a sentence written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

WITH_THREE_IN_10_SAYING = """
Many ADJ JJ amod 1 O many
tenants NOUN NNS nsubj 2 O tenant
shrugged VERB VBD ROOT 2 O shrug
off ADP RP prt 2 O off
the DET DT det 5 O the
vote NOUN NN dobj 2 O vote _
, PUNCT , punct 2 O ,
with ADP IN prep 2 O with
three NUM CD quantmod 10 B-CARDINAL three
in ADP IN quantmod 10 O in
10 NUM CD nsubj 11 B-CARDINAL 10
saying VERB VBG pcomp 7 O say
the DET DT det 13 O the
levy NOUN NN nsubj 15 O levy
would AUX MD aux 15 O would
change VERB VB ccomp 11 O change
nothing PRON NN dobj 15 O nothing _
. PUNCT . punct 2 O . _
"""


def test_a_number_subject_of_a_participle_of_saying_speaks() -> None:
    doc = frozen(WITH_THREE_IN_10_SAYING)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    assert [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found] == [
        ("the levy would change nothing", "three in 10")
    ]
