"""What `according to X` reports after a `with` phrase set off by commas (quotes/indirect.py,
``_with_phrase_before``): the figure the phrase holds, when the clause before it has no figure of
its own and is the writer's reading of it; the whole sentence when the clause has one. Frozen
parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

SUBURBS = """
The DET DT det 1 O the
party NOUN NN nsubj 3 O party
is AUX VBZ aux 3 O be
struggling VERB VBG ROOT 3 O struggle
in ADP IN prep 3 O in
the DET DT det 6 O the
suburbs NOUN NNS pobj 4 O suburb _
, PUNCT , punct 3 O ,
with ADP IN prep 3 O with
most ADJ JJS amod 10 O most
voters NOUN NNS nsubj 12 O voter
there ADV RB advmod 10 O there
backing VERB VBG pcomp 8 O back
its PRON PRP$ poss 14 O its
rival NOUN NN dobj 12 O rival _
, PUNCT , punct 3 O ,
according VERB VBG prep 3 O accord
to ADP IN prep 16 O to
the DET DT det 20 O the
county NOUN NN compound 20 O county
survey NOUN NN pobj 17 O survey _
. PUNCT . punct 3 O . _
"""
FORTUNE = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
is AUX VBZ ROOT 2 O be
one NUM CD attr 2 O one
of ADP IN prep 3 O of
the DET DT det 7 O the
richest ADJ JJS amod 7 O rich
people NOUN NNS pobj 4 O people
in ADP IN prep 7 O in
the DET DT det 10 O the
town NOUN NN pobj 8 O town _
, PUNCT , punct 2 O ,
with ADP IN prep 2 O with
a DET DT det 15 O a
large ADJ JJ amod 15 O large
fortune NOUN NN pobj 12 O fortune
in ADP IN prep 15 O in
land NOUN NN pobj 16 O land _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 19 O to
the DET DT det 23 O the
tax NOUN NN compound 23 O tax
office NOUN NN pobj 20 O office _
. PUNCT . punct 2 O . _
"""
SALES = """
Ticket NOUN NN compound 1 O ticket
sales NOUN NNS nsubj 2 O sale
rose VERB VBD ROOT 2 O rise
12 NUM CD nummod 4 B-PERCENT 12
percent NOUN NN npadvmod 2 I-PERCENT percent
in ADP IN prep 2 O in
March PROPN NNP pobj 5 B-DATE March _
, PUNCT , punct 2 O ,
with ADP IN prep 2 O with
most ADJ JJS pobj 8 O most
of ADP IN prep 9 O of
the DET DT det 12 O the
rise NOUN NN pobj 10 O rise
coming VERB VBG acl 12 O come
from ADP IN prep 13 O from
students NOUN NNS pobj 14 O student _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 17 O to
the DET DT det 20 O the
theatre NOUN NN pobj 18 O theatre _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[tuple[str, str]]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found]


def test_according_to_after_a_with_clause_reports_the_clause() -> None:
    assert _reports(SUBURBS) == [("most voters there backing its rival", "the county survey")]


def test_according_to_after_a_with_object_reports_the_object() -> None:
    assert _reports(FORTUNE) == [("a large fortune in land", "the tax office")]


def test_a_clause_with_a_figure_of_its_own_stays_the_sources() -> None:
    assert _reports(SALES) == [
        ("Ticket sales rose 12 percent in March, with most of the rise coming from students", "the theatre")
    ]
