"""What a verb of telling reports when the parser reads whom it was told, described by a
participle, as the subject of a first clause hung on the verb (quotes/indirect.py,
``_past_a_misread_addressee``): `told more than 300 residents gathered at the town hall that
burglaries … were down` reports the `that` clause, not the residents gathered; a first clause
that is what was told (`told residents she was sorry that …`) stays whole. Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# The police chief told more than 300 residents gathered at the town hall that burglaries in the
# district were down 34 per cent since January.
TOLD_RESIDENTS_GATHERED = """
The DET DT det 2 O the
police NOUN NN compound 2 O police
chief NOUN NN nsubj 3 O chief
told VERB VBD ROOT 3 O tell
more ADJ JJR amod 6 B-CARDINAL more
than ADP IN quantmod 6 I-CARDINAL than
300 NUM CD nummod 7 I-CARDINAL 300
residents NOUN NNS nsubj 8 O resident
gathered VERB VBD ccomp 3 O gather
at ADP IN prep 8 O at
the DET DT det 12 O the
town NOUN NN compound 12 O town
hall NOUN NN pobj 9 O hall
that PRON WDT mark 18 O that
burglaries NOUN NNS nsubj 18 O burglary
in ADP IN prep 14 O in
the DET DT det 17 O the
district NOUN NN pobj 15 O district
were AUX VBD ccomp 3 O be
down ADV RB advmod 18 O down
34 NUM CD nummod 22 B-MONEY 34
per ADP IN compound 22 I-MONEY per
cent NOUN NN npadvmod 19 I-MONEY cent
since SCONJ IN prep 19 O since
January PROPN NNP pobj 23 B-DATE January _
. PUNCT . punct 3 O . _
"""

# The mayor told residents she was sorry that the bridge had closed.
TOLD_RESIDENTS_SHE_WAS_SORRY = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
told VERB VBD ROOT 2 O tell
residents NOUN NNS dobj 2 O resident
she PRON PRP nsubj 5 O she
was AUX VBD ccomp 2 O be
sorry ADJ JJ acomp 5 O sorry
that SCONJ IN mark 11 O that
the DET DT det 9 O the
bridge NOUN NN nsubj 11 O bridge
had AUX VBD aux 11 O have
closed VERB VBN ccomp 6 O close _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_the_that_clause_after_a_misread_addressee_is_told() -> None:
    assert _reports(TOLD_RESIDENTS_GATHERED) == [
        "burglaries in the district were down 34 per cent since January"
    ]


def test_a_first_clause_that_is_told_stays() -> None:
    assert _reports(TOLD_RESIDENTS_SHE_WAS_SORRY) == ["she was sorry that the bridge had closed"]
