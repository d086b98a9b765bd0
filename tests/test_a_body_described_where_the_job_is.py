"""`The ambulance service's chief executive`, `a spokesperson for the finance ministry`, `a health
ministry spokesman`: a public body the article describes where the job is, by nouns in small
letters before its own noun, and names no other way, is that description. Frozen parses of texts
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dunmore Hospital will close two wards next month. The ambulance service's chief executive,
# Anna Price, said: "Patients will wait longer."
_SERVICE_OWNS = """
Dunmore PROPN NNP compound 1 B-ORG Dunmore
Hospital PROPN NNP nsubj 3 I-ORG Hospital
will AUX MD aux 3 O will
close VERB VB ROOT 3 O close
two NUM CD nummod 5 B-CARDINAL two
wards NOUN NNS dobj 3 O ward
next ADP IN nmod 7 B-DATE next
month NOUN NN npadvmod 3 I-DATE month _
. PUNCT . punct 3 O .
The DET DT det 11 O the
ambulance NOUN NN compound 11 O ambulance
service NOUN NN poss 14 O service _
's PART POS case 11 O 's
chief ADJ JJ amod 14 O chief
executive NOUN NN nsubj 19 O executive _
, PUNCT , punct 14 O ,
Anna PROPN NNP compound 17 B-PERSON Anna
Price PROPN NNP appos 14 I-PERSON Price _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
Patients NOUN NNS nsubj 24 O patient
will AUX MD aux 24 O will
wait VERB VB ccomp 19 O wait
longer ADV RBR advmod 24 O long _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""

# Fuel duty will rise in April. A spokesperson for the finance ministry said: "The rise is needed."
_FOR_THE_MINISTRY = """
Fuel NOUN NN compound 1 O fuel
duty NOUN NN nsubj 3 O duty
will AUX MD aux 3 O will
rise VERB VB ROOT 3 O rise
in ADP IN prep 3 O in
April PROPN NNP pobj 4 B-DATE April _
. PUNCT . punct 3 O .
A DET DT det 8 O a
spokesperson NOUN NN nsubj 13 O spokesperson
for ADP IN prep 8 O for
the DET DT det 12 O the
finance NOUN NN compound 12 O finance
ministry PROPN NNP pobj 9 O ministry
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
The DET DT det 17 O the
rise NOUN NN nsubjpass 19 O rise
is AUX VBZ auxpass 19 O be
needed VERB VBN ccomp 13 O need _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""

# Fuel duty will rise in April. A health ministry spokesman said: "Clinics will stay open."
_MINISTRY_SPOKESMAN = """
Fuel NOUN NN compound 1 O fuel
duty NOUN NN nsubj 3 O duty
will AUX MD aux 3 O will
rise VERB VB ROOT 3 O rise
in ADP IN prep 3 O in
April PROPN NNP pobj 4 B-DATE April _
. PUNCT . punct 3 O .
A DET DT det 10 O a
health NOUN NN compound 9 O health
ministry NOUN NN compound 10 O ministry
spokesman NOUN NN nsubj 11 O spokesman
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
Clinics NOUN NNS nsubj 16 B-ORG clinic
will AUX MD aux 16 O will
stay VERB VB ccomp 11 O stay
open ADJ JJ acomp 16 O open _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


def test_a_described_body_owning_a_job() -> None:
    rows = Extractor().rows(frozen(_SERVICE_OWNS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Anna Price", "chief executive", "ambulance service")
    ]


def test_a_spokesperson_for_a_described_ministry() -> None:
    rows = Extractor().rows(frozen(_FOR_THE_MINISTRY))
    assert [r.organization for r in rows] == ["finance ministry"]


def test_a_described_ministry_before_its_spokesman() -> None:
    rows = Extractor().rows(frozen(_MINISTRY_SPOKESMAN))
    assert [(r.role, r.organization) for r in rows] == [("spokesman", "health ministry")]
