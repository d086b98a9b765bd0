"""`ALLEGED THEFT OF COAL.--Thomas Ward, labourer, was charged …`: archive court and council
reports run a case's heading in capitals into its paragraph by a full stop and a double hyphen
(or a dash), no space. Read as a dateline (models/furniture.txt), the story starts after it, so
the parser no longer makes the heading the subject of `was charged`, and `the prisoner` is the one
charged. A frozen parse of a story written for this file (see tests/frozen.py), through the whole
extractor, and the dateline read from the text itself."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import datelines
from tests.frozen import frozen

# POLICE COURT.  ALLEGED THEFT OF COAL.--Thomas Ward, labourer, was charged with stealing coal
# from the railway yard. When stopped, the prisoner replied, "It was only a few lumps."
_COAL = """
POLICE NOUN NN compound 1 O police
COURT NOUN NN ROOT 1 O court _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 2 O <paragraph> _
ALLEGED PROPN NNP amod 5 O ALLEGED
THEFT NOUN NN ROOT 5 O theft
OF ADP IN prep 5 O of
COAL. PROPN NNP pobj 6 O COAL. _
-- PUNCT : punct 7 O -- _
Thomas PROPN NNP compound 10 B-PERSON Thomas
Ward PROPN NNP nsubjpass 15 I-PERSON Ward _
, PUNCT , punct 10 O ,
labourer NOUN NN appos 10 O labourer _
, PUNCT , punct 10 O ,
was AUX VBD auxpass 15 O be
charged VERB VBN ROOT 15 O charge
with ADP IN prep 15 O with
stealing VERB VBG pcomp 16 O steal
coal NOUN NN dobj 17 O coal
from ADP IN prep 17 O from
the DET DT det 22 O the
railway NOUN NN compound 22 O railway
yard NOUN NN pobj 19 O yard _
. PUNCT . punct 15 O .
When SCONJ WRB advmod 25 O when
stopped VERB VBN advcl 29 O stop _
, PUNCT , punct 29 O ,
the DET DT det 28 O the
prisoner NOUN NN nsubj 29 O prisoner
replied VERB VBD ROOT 29 O reply _
, PUNCT , punct 29 O ,
" PUNCT `` punct 29 O " _
It PRON PRP nsubj 33 O it
was AUX VBD ccomp 29 O be
only ADV RB advmod 36 O only
a DET DT quantmod 36 O a
few ADJ JJ nummod 37 O few
lumps NOUN NNS attr 33 O lump _
. PUNCT . punct 29 O . _
" PUNCT '' punct 29 O " _
"""


def test_the_prisoner_is_the_one_charged_after_a_run_in_heading() -> None:
    rows = Extractor().rows(frozen(_COAL))
    assert [(r.speaker, r.role) for r in rows] == [("Thomas Ward", "labourer")]


def test_a_heading_in_capitals_run_in_by_a_double_hyphen_is_a_dateline() -> None:
    text = "ALLEGED THEFT OF COAL.--Thomas Ward, labourer, was charged with stealing coal."
    assert [text[d.start : d.end] for d in datelines(text)] == ["ALLEGED THEFT OF COAL.--"]


def test_a_sentence_in_capitals_with_its_own_dash_is_no_heading() -> None:
    text = "He said.--Then Thomas Ward, labourer, was charged with stealing coal from the yard."
    assert datelines(text) == []
