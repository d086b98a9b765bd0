"""`Mr. ROWLANDS: ''When will the bridge be repaired?''`: a transcript's turn quoted whole in an
archive's marks of two characters (two apostrophes, or two backticks closed by two apostrophes, as
OCR'd and retyped minutes print them) is the words inside both characters of each mark; before,
only the first character was taken for the mark, and the row's quote kept the second (`'When
… repaired?'`). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Highways Committee met on Monday, Mr. HUGH OWEN presiding.  Mr. ROWLANDS: ''When will the
# bridge at Pont Newydd be repaired?''  The SURVEYOR: ''The work will begin in the first week of
# May.''
_TURNS = """
The DET DT det 2 B-ORG the
Highways PROPN NNP compound 2 I-ORG Highways
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
, PUNCT , punct 3 O ,
Mr. PROPN NNP compound 10 O Mr.
HUGH PROPN NNP compound 10 B-PERSON HUGH
OWEN PROPN NNP compound 10 I-PERSON OWEN
presiding NOUN NN npadvmod 3 O presiding _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Mr. PROPN NNP compound 14 O Mr.
ROWLANDS PROPN NNP ROOT 14 B-PERSON ROWLANDS _
: PUNCT : punct 14 O :
'' PUNCT '' punct 14 O '' _
When SCONJ WRB advmod 25 O when
will AUX MD aux 25 O will
the DET DT det 20 O the
bridge NOUN NN nsubjpass 25 O bridge
at ADP IN prep 20 O at
Pont PROPN NNP compound 23 B-FAC Pont
Newydd PROPN NNP pobj 21 I-FAC Newydd
be AUX VB auxpass 25 O be
repaired VERB VBN acl 14 O repair _
? PUNCT . punct 14 O ? _
'' PUNCT '' punct 14 O '' _
<paragraph> SPACE _SP dep 27 O <paragraph> _
The DET DT det 30 O the
SURVEYOR NOUN NNS ROOT 30 O SURVEYOR _
: PUNCT : punct 30 O :
'' PUNCT '' punct 30 O '' _
The DET DT det 34 O the
work NOUN NN nsubj 36 O work
will AUX MD aux 36 O will
begin VERB VB relcl 30 O begin
in ADP IN prep 36 O in
the DET DT det 40 B-DATE the
first ADJ JJ amod 40 I-DATE first
week NOUN NN pobj 37 I-DATE week
of ADP IN prep 40 I-DATE of
May PROPN NNP pobj 41 I-DATE May _
. PUNCT . punct 36 O . _
'' PUNCT '' punct 36 O '' _
"""

# Mr. ROWLANDS: ``When will the bridge at Pont Newydd be repaired?''  The SURVEYOR: ``The work
# will begin in the first week of May.''
_CORPUS = """
Mr. PROPN NNP compound 1 O Mr.
ROWLANDS PROPN NNP ROOT 1 B-PERSON ROWLANDS _
: PUNCT : punct 1 O :
` PUNCT `` punct 1 O ` _
` PUNCT `` punct 1 O ` _
When SCONJ WRB advmod 13 O when
will AUX MD aux 13 O will
the DET DT det 8 O the
bridge NOUN NN nsubjpass 13 O bridge
at ADP IN prep 8 O at
Pont PROPN NNP compound 11 B-FAC Pont
Newydd PROPN NNP pobj 9 I-FAC Newydd
be AUX VB auxpass 13 O be
repaired VERB VBN acl 1 O repair _
? PUNCT . punct 1 O ? _
'' PUNCT '' punct 1 O '' _
<paragraph> SPACE _SP dep 15 O <paragraph> _
The DET DT det 18 O the
SURVEYOR NOUN NNS ROOT 18 O SURVEYOR _
: PUNCT : punct 18 O :
` PUNCT `` punct 18 O ` _
` PUNCT `` punct 18 O ` _
The DET DT det 23 O the
work NOUN NN nsubj 25 O work
will AUX MD aux 25 O will
begin VERB VB acl 18 O begin
in ADP IN prep 25 O in
the DET DT det 29 B-DATE the
first ADJ JJ amod 29 I-DATE first
week NOUN NN pobj 26 I-DATE week
of ADP IN prep 29 I-DATE of
May PROPN NNP pobj 30 I-DATE May _
. PUNCT . punct 25 O . _
'' PUNCT '' punct 25 O '' _
"""


def test_a_turn_in_two_apostrophes_is_the_words_inside_them() -> None:
    doc = frozen(_TURNS)
    rows = Extractor().rows(doc)
    assert [r.quote for r in rows] == [
        "When will the bridge at Pont Newydd be repaired?",
        "The work will begin in the first week of May.",
    ]
    assert all(doc.text[r.start : r.end] == r.quote for r in rows)
    assert rows[0].speaker == "Rowlands"


def test_a_turn_in_backticks_closed_by_apostrophes_is_the_words_inside_them() -> None:
    doc = frozen(_CORPUS)
    rows = Extractor().rows(doc)
    assert [r.quote for r in rows] == [
        "When will the bridge at Pont Newydd be repaired?",
        "The work will begin in the first week of May.",
    ]
    assert all(doc.text[r.start : r.end] == r.quote for r in rows)
