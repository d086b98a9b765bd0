"""A headline set in Title Case that reports with a word or phrase in single quote marks
(`Mayor Calls Bridge Plan ‘Reckless’`): a headline's quotes get no row (it quotes without
attributing), so the report, quote marks and all, is the row (quotes/indirect.py). Double
marks, or a line in sentence case, leave the words to the quote's row. Frozen parses
(tests/frozen.py) of lines written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Mayor Mara Hale Calls Bridge Plan ‘Reckless’ At Council Meeting
TITLE_SINGLE = """
Mayor PROPN NNP compound 2 O Mayor
Mara PROPN NNP compound 2 B-PERSON Mara
Hale PROPN NNP nsubj 3 I-PERSON Hale
Calls VERB VBZ ROOT 3 O call
Bridge PROPN NNP compound 5 O Bridge
Plan PROPN NNP dobj 3 O Plan
‘ PUNCT `` punct 7 O ' _
Reckless ADJ JJ amod 5 O reckless _
’ PUNCT '' punct 5 O '
At ADP IN prep 3 O at
Council PROPN NNP compound 11 O Council
Meeting PROPN NNP pobj 9 O Meeting _
"""

# Mayor Mara Hale Calls Bridge Plan “Reckless” At Council Meeting
TITLE_DOUBLE = """
Mayor PROPN NNP compound 2 O Mayor
Mara PROPN NNP compound 2 B-PERSON Mara
Hale PROPN NNP nsubj 3 I-PERSON Hale
Calls VERB VBZ ROOT 3 O call
Bridge PROPN NNP compound 5 O Bridge
Plan PROPN NNP dobj 3 O Plan
“ PUNCT `` punct 7 O " _
Reckless ADJ JJ oprd 3 O reckless _
” PUNCT '' punct 7 O "
At ADP IN prep 3 O at
Council PROPN NNP compound 11 O Council
Meeting PROPN NNP pobj 9 O Meeting _
"""

# Mara Hale called the bridge plan ‘reckless’ at a meeting on Monday.
SENTENCE_SINGLE = """
Mara PROPN NNP compound 1 B-PERSON Mara
Hale PROPN NNP nsubj 2 I-PERSON Hale
called VERB VBD ROOT 2 O call
the DET DT det 5 O the
bridge NOUN NN compound 5 O bridge
plan NOUN NN dobj 2 O plan
‘ PUNCT `` punct 7 O ' _
reckless ADJ JJ amod 5 O reckless _
’ PUNCT '' punct 2 O '
at ADP IN prep 2 O at
a DET DT det 11 O a
meeting NOUN NN pobj 9 O meeting
on ADP IN prep 11 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 2 O . _
"""

# Coach Ana Ruiz Says Team, ‘Young Core’ Face A Hard Season
TITLE_SAYS_SINGLE = """
Coach PROPN NNP compound 2 O Coach
Ana PROPN NNP compound 2 O Ana
Ruiz PROPN NNP nsubj 3 O Ruiz
Says VERB VBZ ROOT 3 O say
Team PROPN NNP dobj 3 O Team _
, PUNCT , punct 3 O ,
‘ PUNCT `` punct 3 O ' _
Young ADJ JJ amod 8 O young
Core PROPN NNP dep 3 O Core _
’ PUNCT '' punct 8 O '
Face VERB VB acl 8 O face
A DET DT det 13 O a
Hard PROPN NNP compound 13 O Hard
Season PROPN NNP dobj 10 O Season _
"""


def _reports(spec: str) -> list[tuple[str, str]]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex.of(doc))
    return [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found]


def test_a_title_case_headline_reports_with_its_single_marked_word() -> None:
    assert _reports(TITLE_SINGLE) == [("Bridge Plan ‘Reckless’", "Mara Hale")]


def test_double_marks_leave_the_words_to_the_quote() -> None:
    assert _reports(TITLE_DOUBLE) == []


def test_single_marks_in_sentence_case_leave_the_words_to_the_quote() -> None:
    assert _reports(SENTENCE_SINGLE) == []


def test_a_headline_read_by_its_shape_reports_with_its_single_marked_words() -> None:
    # (`Says` after a name, read by the line's shape, not the parse: the marks are the
    # speaker's words within the report, as in the parsed one above.)
    assert _reports(TITLE_SAYS_SINGLE) == [("Team, ‘Young Core’ Face A Hard Season", "Coach Ana Ruiz")]
