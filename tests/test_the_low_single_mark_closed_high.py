"""`‚…‘`: German and Central European print (and archive text set in its type) opens a single
quote with the low mark and closes it with the high one that English opens with. After the
quote's last stop and before a space the high mark can only close: the quote ends there, not at
the paragraph's end. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen

# The mayor, Mr. Hans Weber, said: ‚The town cannot afford a new bridge this year.‘ The council
# agreed.
_LOW_AND_HIGH_SINGLE = """
The DET DT det 1 O the
mayor NOUN NN nsubj 7 O mayor _
, PUNCT , punct 7 O ,
Mr. PROPN NNP compound 5 O Mr.
Hans PROPN NNP compound 5 B-PERSON Hans
Weber PROPN NNP nsubj 7 I-PERSON Weber _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
‚ X LS meta 14 B-PERSON ‚ _
The DET DT det 11 O the
town NOUN NN nsubj 14 O town
can AUX MD aux 14 O can _
not PART RB neg 14 O not
afford VERB VB ccomp 7 O afford
a DET DT det 17 O a
new ADJ JJ amod 17 O new
bridge NOUN NN dobj 14 O bridge
this DET DT det 19 B-DATE this
year NOUN NN npadvmod 14 I-DATE year _
. PUNCT . punct 7 O . _
‘ PUNCT `` punct 24 O '
The DET DT det 23 O the
council NOUN NN nsubj 24 O council
agreed VERB VBD ROOT 24 O agree _
. PUNCT . punct 24 O . _
"""


def test_the_high_mark_after_the_stop_closes_the_low_marks_quote() -> None:
    text = "Mr Weber said: ‚The town cannot afford a new bridge.‘ The council agreed."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["The town cannot afford a new bridge."]


def test_a_word_quoted_inside_keeps_its_outer_quote_whole() -> None:
    text = "She said: „It was ‚a mistake‘, and we regret it.“ Then she left."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["It was ‚a mistake‘, and we regret it."]


def test_the_mayor_speaks_the_quote_and_no_more() -> None:
    doc = frozen(_LOW_AND_HIGH_SINGLE)
    rows = Extractor().rows(doc)
    assert len(rows) == 1
    row = rows[0]
    assert doc.text[row.start : row.end] == "The town cannot afford a new bridge this year."
    assert row.speaker == "Hans Weber"
