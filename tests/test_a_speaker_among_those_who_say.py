"""`Mary Wanjiku is among those who say …`, `Pat Byrne was one of those who argued …`: a `who`
clause describing a group that the sentence counts its subject in (`be among`, `be one of`)
speaks for that subject too, and the row names the subject, not `those`; a group of people
no subject is counted in (`lost ground among voters who said …`) is still the speaker. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mary Wanjiku, a trader at Gikomba market, is among those who say the new levy will drive them
# out of business.
_AMONG = """
Mary PROPN NNP compound 1 B-PERSON Mary
Wanjiku PROPN NNP nsubj 9 I-PERSON Wanjiku _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
trader NOUN NN appos 1 O trader
at ADP IN prep 4 O at
Gikomba PROPN NNP compound 7 B-ORG Gikomba
market NOUN NN pobj 5 O market _
, PUNCT , punct 1 O ,
is AUX VBZ ROOT 9 O be
among ADP IN prep 9 O among
those PRON DT pobj 10 O those
who PRON WP nsubj 13 O who
say VERB VBP relcl 11 O say
the DET DT det 16 O the
new ADJ JJ amod 16 O new
levy NOUN NN nsubj 18 O levy
will AUX MD aux 18 O will
drive VERB VB ccomp 13 O drive
them PRON PRP dobj 18 O they
out ADP IN prep 18 O out
of ADP IN prep 20 O of
business NOUN NN pobj 21 O business _
. PUNCT . punct 9 O . _
"""

# Councillor Pat Byrne was one of those who argued that the library should stay open on Sundays.
_ONE_OF = """
Councillor PROPN NNP compound 2 B-PERSON Councillor
Pat PROPN NNP compound 2 I-PERSON Pat
Byrne PROPN NNP nsubj 3 I-PERSON Byrne
was AUX VBD ROOT 3 O be
one NUM CD attr 3 O one
of ADP IN prep 4 O of
those PRON DT pobj 5 O those
who PRON WP nsubj 8 O who
argued VERB VBD relcl 6 O argue
that SCONJ IN mark 13 O that
the DET DT det 11 O the
library NOUN NN nsubj 13 O library
should AUX MD aux 13 O should
stay VERB VB ccomp 8 O stay
open ADJ JJ acomp 13 O open
on ADP IN prep 13 O on
Sundays PROPN NNP pobj 15 B-DATE Sundays _
. PUNCT . punct 3 O . _
"""

# The mayor lost ground among voters who said the rates were too high.
_VOTERS = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
lost VERB VBD ROOT 2 O lose
ground NOUN NN dobj 2 O ground
among ADP IN prep 2 O among
voters NOUN NNS pobj 4 O voter
who PRON WP nsubj 7 O who
said VERB VBD relcl 5 O say
the DET DT det 9 O the
rates NOUN NNS nsubj 10 O rate
were AUX VBD ccomp 7 O be
too ADV RB advmod 12 O too
high ADJ JJ acomp 10 O high _
. PUNCT . punct 2 O . _
"""


def test_the_subject_counted_among_those_who_say_speaks() -> None:
    rows = Extractor(indirect=True).rows(frozen(_AMONG))
    assert [(r.speaker, r.role, r.cue, r.quote) for r in rows] == [
        ("Mary Wanjiku", "trader at Gikomba market", "say", "the new levy will drive them out of business")
    ]


def test_one_of_those_who_argued_is_the_subject() -> None:
    rows = Extractor(indirect=True).rows(frozen(_ONE_OF))
    assert [(r.speaker, r.role, r.quote) for r in rows] == [
        ("Pat Byrne", "Councillor", "the library should stay open on Sundays")
    ]


def test_a_group_nobody_is_counted_in_still_speaks() -> None:
    rows = Extractor(indirect=True).rows(frozen(_VOTERS))
    assert [(r.speaker, r.quote) for r in rows] == [("voters", "the rates were too high")]
