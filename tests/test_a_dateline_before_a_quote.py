"""`LAHORE: “No heavy vehicle will be allowed,” SP X said.`: a place in capitals and a colon
opening a story line (South Asian and African papers' dateline, `NEW DELHI: The …`) before a
story that opens on a quote is a dateline too (models/furniture.txt). It was read as one only
before a word in capitals, so the place, which the parser makes the subject of the verb after
the quote, spoke (*LAHORE*, *NAIROBI*); now it is nobody's name, and the pipeline starts the
story's sentence after it (PARSE_VERSION p16). The frozen parses are the parser's without that
sentence start (the place the subject of `said`): the dateline alone must keep it from speaking.
Sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.furniture import datelines
from tests.frozen import who_of

# LAHORE: "No heavy vehicle will be allowed," SP Imran Qureshi said.
_TRAFFIC = """
LAHORE PROPN NNP nsubj 14 O LAHORE _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
No DET DT det 5 O no
heavy ADJ JJ amod 5 O heavy
vehicle NOUN NN nsubjpass 8 O vehicle
will AUX MD aux 8 O will
be AUX VB auxpass 8 O be
allowed VERB VBN ccomp 14 O allow _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
SP PROPN NNP compound 13 B-WORK_OF_ART SP
Imran PROPN NNP compound 13 I-WORK_OF_ART Imran
Qureshi PROPN NNP nsubj 14 I-WORK_OF_ART Qureshi
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


# NAIROBI: "The suspects will be charged on Monday," Jane Wambui said.
_COURT = """
NAIROBI PROPN NNP nsubj 14 B-ORG NAIROBI _
: PUNCT : punct 0 O :
" PUNCT `` punct 0 O " _
The DET DT det 4 O the
suspects NOUN NNS nsubjpass 7 O suspect
will AUX MD aux 7 O will
be AUX VB auxpass 7 O be
charged VERB VBN ccomp 14 O charge
on ADP IN prep 7 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Jane PROPN NNP compound 13 B-PERSON Jane
Wambui PROPN NNP nsubj 14 I-PERSON Wambui
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_a_colon_dateline_before_a_quote_is_found() -> None:
    text = "LAHORE: “No heavy vehicle will be allowed,” SP Imran Qureshi said."
    assert [(d.start, d.end) for d in datelines(text)] == [(0, 8)]


def test_the_dateline_does_not_speak_the_quote_after_it() -> None:
    assert [speaker for speaker, _ in _who(_TRAFFIC)] == ["Imran Qureshi"]


def test_the_name_after_the_quote_speaks() -> None:
    assert _who(_COURT) == [("Jane Wambui", "")]


def test_a_short_line_in_capitals_and_a_colon_is_no_dateline() -> None:
    # (A speaker's label in a transcript, `SMITH: “Yes.”`: too short a line for a story's.)
    assert datelines("SMITH: “Yes, I did.”") == []
