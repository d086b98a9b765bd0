"""A gerund a verb of saying governs, whose finite verb the parser hung outside the verb's words
(`compared with 19 percent who said using the old bridge was unsafe`, `was` hung on `with`),
is that verb's subject: the report runs from the gerund to the end of the verb's clause, not
the gerund's phrase alone (quotes/indirect.py, ``_predicate_of_gerund``). Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Asked about the ferry, 52 percent of commuters said no, compared with 19 percent who said
# using the old bridge was unsafe after dark.
FERRY_GERUND = """
Asked VERB VBN advcl 9 O ask
about ADP IN prep 0 O about
the DET DT det 3 O the
ferry NOUN NN pobj 1 O ferry _
, PUNCT , punct 9 O ,
52 NUM CD nummod 6 B-PERCENT 52
percent NOUN NN nsubj 9 I-PERCENT percent
of ADP IN prep 6 O of
commuters NOUN NNS pobj 7 O commuter
said VERB VBD ROOT 9 O say
no INTJ UH intj 9 O no _
, PUNCT , punct 9 O ,
compared VERB VBN prep 9 O compare
with ADP IN prep 12 O with
19 NUM CD nummod 15 B-PERCENT 19
percent NOUN NN nsubj 22 I-PERCENT percent
who PRON WP nsubj 17 O who
said VERB VBD relcl 15 O say
using VERB VBG xcomp 17 O use
the DET DT det 21 O the
old ADJ JJ amod 21 O old
bridge NOUN NN dobj 18 O bridge
was AUX VBD pcomp 13 O be
unsafe ADJ JJ acomp 22 O unsafe
after ADP IN prep 22 O after
dark ADJ JJ amod 24 O dark _
. PUNCT . punct 9 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_gerund_runs_on_to_the_verb_the_parser_hung_elsewhere() -> None:
    assert "using the old bridge was unsafe after dark" in _reports(FERRY_GERUND)
    assert "using the old bridge" not in _reports(FERRY_GERUND)
