"""An `as` clause whose verb of saying names what was said about (`warned of`, `complained
about`, `protested over`) is news told beside the main clause, not its source: the main clause
is no report of it (quotes/indirect.py, ``_reported_by_verb``). A phrase of time after the verb
(`said over the weekend`) names no matter, and the `as` clause still cites the main clause."""

from __future__ import annotations

from tests.frozen import reported as reported_candidates

AS_WARNS_OF = """
Shares NOUN NNS nsubj 4 O share
in ADP IN prep 0 O in
Kilbride PROPN NNP compound 3 B-ORG Kilbride
Foods PROPN NNPS pobj 1 I-ORG Foods
fell VERB VBD ROOT 4 O fall
sharply ADV RB advmod 4 O sharply
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday
as SCONJ IN mark 12 O as
its PRON PRP$ poss 11 O its
chief ADJ JJ amod 11 O chief
executive NOUN NN nsubj 12 O executive
warned VERB VBD advcl 4 O warn
of ADP IN prep 12 O of
weak ADJ JJ amod 15 O weak
spending NOUN NN pobj 13 O spending _
. PUNCT . punct 4 O . _
"""

AS_SAID_OVER = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
cut VERB VBD ROOT 2 O cut
the DET DT det 4 O the
levy NOUN NN dobj 2 O levy _
, PUNCT , punct 2 O ,
as SCONJ IN mark 9 O as
the DET DT det 8 O the
mayor NOUN NN nsubj 9 O mayor
said VERB VBD advcl 2 O say
over ADP IN prep 9 O over
the DET DT det 12 B-DATE the
weekend NOUN NN pobj 10 I-DATE weekend _
. PUNCT . punct 2 O . _
"""


def reported(spec: str) -> list[tuple[str, str]]:
    """(content, speaker mention) of every candidate in a frozen parse."""
    return [(content, mention) for content, mention, _ in reported_candidates(spec)]


def test_the_main_clause_is_no_report_of_an_as_clause_that_warns_of_something() -> None:
    # (Before: `Shares in Kilbride Foods fell sharply on Tuesday`, its chief executive's.)
    assert reported(AS_WARNS_OF) == []


def test_an_as_clause_said_over_a_time_still_cites_the_main_clause() -> None:
    assert reported(AS_SAID_OVER) == [("The council cut the levy", "the mayor")]
