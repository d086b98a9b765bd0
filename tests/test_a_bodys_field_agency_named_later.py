"""A body wire copy describes by its owner and its field in small letters before a body's noun
(`The UN's weather agency warned …`, `the UN health agency`) is the one body the article names
whose name writes each field word, as it is or as a body's name writes it (models/field_forms.txt:
`weather` → `meteorological`): *World Meteorological Organization*, named in full (ROLES.md 2),
not the description. A country's body holds the country's name, so `Japan's nuclear watchdog`
is no `International Atomic Energy Agency`; and two bodies that fit name neither. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from tests.frozen import who_of

# The UN's weather agency warned on Tuesday that the heatwave was "far from over". "We are seeing
# records fall every summer," World Meteorological Organization spokeswoman Elena Marchetti told
# reporters.

_WEATHER = """
The DET DT det 1 O the
UN PROPN NNP poss 4 B-ORG UN _
's PART POS case 1 O 's
weather NOUN NN compound 4 O weather
agency NOUN NN nsubj 5 O agency
warned VERB VBD ROOT 5 O warn
on ADP IN prep 5 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday
that SCONJ IN mark 11 O that
the DET DT det 10 O the
heatwave NOUN NN nsubj 11 O heatwave
was AUX VBD ccomp 5 O be
" PUNCT `` punct 11 O " _
far ADV RB advmod 11 O far
from ADP IN prep 13 O from
over ADP IN prep 14 O over _
" PUNCT '' punct 11 O " _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 21 O we
are AUX VBP aux 21 O be
seeing VERB VBG ccomp 34 O see
records NOUN NNS nsubj 23 O record
fall VERB VB ccomp 21 B-DATE fall
every DET DT det 25 I-DATE every
summer NOUN NN npadvmod 23 I-DATE summer _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
World PROPN NNP compound 30 B-WORK_OF_ART World
Meteorological PROPN NNP compound 30 I-WORK_OF_ART Meteorological
Organization PROPN NNP compound 31 I-WORK_OF_ART Organization
spokeswoman NOUN NN compound 33 O spokeswoman
Elena PROPN NNP compound 33 B-PERSON Elena
Marchetti PROPN NNP nsubj 34 I-PERSON Marchetti
told VERB VBD ROOT 34 O tell
reporters NOUN NNS dobj 34 O reporter _
. PUNCT . punct 34 O . _
"""
# Japan's nuclear watchdog said the reactor was "safe to restart". The International Atomic Energy
# Agency sent inspectors in May.

_WATCHDOG = """
Japan PROPN NNP poss 3 B-GPE Japan _
's PART POS case 0 O 's
nuclear ADJ JJ amod 3 O nuclear
watchdog NOUN NN nsubj 4 O watchdog
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
reactor NOUN NN nsubj 7 O reactor
was AUX VBD ccomp 4 O be
" PUNCT `` punct 7 O " _
safe ADJ JJ acomp 7 O safe
to PART TO aux 11 O to
restart VERB VB xcomp 9 O restart _
" PUNCT '' punct 11 O " _
. PUNCT . punct 4 O .
The DET DT det 18 B-ORG the
International PROPN NNP compound 17 I-ORG International
Atomic PROPN NNP compound 17 I-ORG Atomic
Energy PROPN NNP compound 18 I-ORG Energy
Agency PROPN NNP nsubj 19 I-ORG Agency
sent VERB VBD ROOT 19 O send
inspectors NOUN NNS dobj 19 O inspector
in ADP IN prep 19 O in
May PROPN NNP pobj 21 B-DATE May _
. PUNCT . punct 19 O . _
"""
# The UN health agency warned that measles cases were rising "at an alarming rate". The World Health
# Organization and the Kenya Health Workers Union sent teams.

_TWO = """
The DET DT det 3 O the
UN PROPN NNP compound 3 B-ORG UN
health NOUN NN compound 3 O health
agency NOUN NN nsubj 4 O agency
warned VERB VBD ROOT 4 O warn
that SCONJ IN mark 9 O that
measles NOUN NNS compound 7 O measle
cases NOUN NNS nsubj 9 O case
were AUX VBD aux 9 O be
rising VERB VBG ccomp 4 O rise
" PUNCT `` punct 9 O " _
at ADP IN prep 9 O at
an DET DT det 14 O an
alarming ADJ JJ amod 14 O alarming
rate NOUN NN pobj 11 O rate _
" PUNCT '' punct 9 O " _
. PUNCT . punct 4 O .
The DET DT det 20 B-ORG the
World PROPN NNP compound 20 I-ORG World
Health PROPN NNP compound 20 I-ORG Health
Organization PROPN NNP nsubj 27 I-ORG Organization
and CCONJ CC cc 20 O and
the DET DT det 26 B-ORG the
Kenya PROPN NNP compound 26 I-ORG Kenya
Health PROPN NNP compound 25 I-ORG Health
Workers PROPN NNPS compound 26 I-ORG Workers
Union PROPN NNP conj 20 I-ORG Union
sent VERB VBD ROOT 27 O send
teams NOUN NNS dobj 27 O team _
. PUNCT . punct 27 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization", "mention"))


def test_a_bodys_field_agency_is_the_body_named_for_the_field() -> None:
    assert _who(_WEATHER)[0] == (
        "World Meteorological Organization",
        "World Meteorological Organization",
        "The UN's weather agency",
    )


def test_a_countrys_watchdog_is_no_body_named_for_no_country() -> None:
    assert _who(_WATCHDOG) == [
        ("Japan's nuclear watchdog", "Japan's nuclear watchdog", "Japan's nuclear watchdog")
    ]


def test_two_bodies_named_for_the_field_name_neither() -> None:
    assert _who(_TWO) == [("UN health agency", "UN health agency", "The UN health agency")]
