"""`Transport for London said … Its chief executive, Andy Lord, said`: a noun in capitals naming
no person, then `for` or `of` and a name in capitals, the subject of a verb of saying, is a body's
name the tagger left untagged, so `Its` and `the company` can stand for it. Frozen parses of texts
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Transport for London said buses would run again on Tuesday. Its chief executive, Andy Lord,
# said: "We are sorry for the disruption."
_TRANSPORT = """
Transport NOUN NN nsubj 3 O transport
for ADP IN prep 0 O for
London PROPN NNP pobj 1 B-GPE London
said VERB VBD ROOT 3 O say
buses NOUN NNS nsubj 6 O bus
would AUX MD aux 6 O would
run VERB VB ccomp 3 O run
again ADV RB advmod 6 O again
on ADP IN prep 6 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
. PUNCT . punct 3 O .
Its PRON PRP$ poss 13 O its
chief ADJ JJ amod 13 O chief
executive NOUN NN nsubj 18 O executive _
, PUNCT , punct 13 O ,
Andy PROPN NNP compound 16 B-PERSON Andy
Lord PROPN NNP appos 13 I-PERSON Lord _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 22 O we
are AUX VBP ccomp 18 O be
sorry ADJ JJ acomp 22 O sorry
for ADP IN prep 23 O for
the DET DT det 26 O the
disruption NOUN NN pobj 24 O disruption _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""

# Ports of Auckland said cranes would stop on Friday. "We are sorry for the delays," its chief
# executive, Roger Gray, said.
_PORTS = """
Ports NOUN NNS nsubj 3 O port
of ADP IN prep 0 O of
Auckland PROPN NNP pobj 1 O Auckland
said VERB VBD ROOT 3 O say
cranes NOUN NNS nsubj 6 O crane
would AUX MD aux 6 O would
stop VERB VB ccomp 3 O stop
on ADP IN prep 6 O on
Friday PROPN NNP pobj 7 B-DATE Friday _
. PUNCT . punct 3 O .
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
are AUX VBP ccomp 26 O be
sorry ADJ JJ acomp 12 O sorry
for ADP IN prep 13 O for
the DET DT det 16 O the
delays NOUN NNS pobj 14 O delay _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
its PRON PRP$ poss 21 O its
chief ADJ JJ amod 21 O chief
executive NOUN NN nsubj 26 O executive _
, PUNCT , punct 21 O ,
Roger PROPN NNP compound 24 B-PERSON Roger
Gray PROPN NNP appos 21 I-PERSON Gray _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# Residents of Kibera said the water was dirty. "We are ready," said Mary Wanjiku.
_RESIDENTS = """
Residents NOUN NNS nsubj 3 O resident
of ADP IN prep 0 O of
Kibera PROPN NNP pobj 1 B-ORG Kibera
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
water NOUN NN nsubj 6 O water
was AUX VBD ccomp 3 O be
dirty ADJ JJ acomp 6 O dirty _
. PUNCT . punct 3 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 11 O we
are AUX VBP ccomp 15 O be
ready ADJ JJ acomp 11 O ready _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Mary PROPN NNP compound 17 B-PERSON Mary
Wanjiku PROPN NNP nsubj 15 I-PERSON Wanjiku _
. PUNCT . punct 15 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_its_after_a_service_for_a_place_that_said() -> None:
    assert _rows(_TRANSPORT) == [("Andy Lord", "chief executive", "Transport for London")]


def test_its_after_ports_of_a_place_that_said() -> None:
    assert _rows(_PORTS) == [("Roger Gray", "chief executive", "Ports of Auckland")]


def test_people_of_a_place_are_no_body() -> None:
    assert _rows(_RESIDENTS) == [("Mary Wanjiku", "", "")]
