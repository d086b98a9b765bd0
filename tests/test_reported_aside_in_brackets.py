"""`The minister said the naira would recover by the end of the year (analysts disagree).`: a
clause of its own, with its own subject, set in brackets at the end of a report, which the parser
hangs on the report's verb, is the writer's aside, not the speaker's words; the report ends
before the bracket (quotes/indirect.py, ``_clause_in_brackets``). A bracket inside the words
(`the clinic (which opened in 2019) had run out`) stays. Frozen parses (tests/frozen.py) of
sentences written for this file, through the whole extractor with reported speech on."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The minister said the naira would recover by the end of the year (analysts disagree).
_DISAGREE = """
The DET DT det 1 O the
minister NOUN NN nsubj 2 O minister
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
naira PROPN NNP nsubj 6 B-GPE naira
would AUX MD aux 6 O would
recover VERB VB ccomp 2 O recover
by ADP IN prep 6 O by
the DET DT det 9 B-DATE the
end NOUN NN pobj 7 I-DATE end
of ADP IN prep 9 I-DATE of
the DET DT det 12 I-DATE the
year NOUN NN pobj 10 I-DATE year
( PUNCT -LRB- punct 15 O ( _
analysts NOUN NNS nsubj 15 O analyst
disagree VERB VBP parataxis 6 O disagree _
) PUNCT -RRB- punct 6 O ) _
. PUNCT . punct 2 O . _
"""


# The minister told the Senate that the naira would recover by December (he did not say how).
_HOW = """
The DET DT det 1 O the
minister NOUN NN nsubj 2 O minister
told VERB VBD ROOT 2 O tell
the DET DT det 4 O the
Senate PROPN NNP dobj 2 B-ORG Senate
that SCONJ IN mark 9 O that
the DET DT det 7 O the
naira PROPN NNP nsubj 9 O naira
would AUX MD aux 9 O would
recover VERB VB ccomp 2 O recover
by ADP IN prep 9 O by
December PROPN NNP pobj 10 B-DATE December
( PUNCT -LRB- punct 16 O ( _
he PRON PRP nsubj 16 O he
did AUX VBD aux 16 O do
not PART RB neg 16 O not
say VERB VB parataxis 9 O say
how SCONJ WRB advmod 16 O how _
) PUNCT -RRB- punct 16 O ) _
. PUNCT . punct 2 O . _
"""


# Dr Achieng said the clinic (which opened in 2019) had run out of drugs.
_CLINIC = """
Dr PROPN NNP compound 1 O Dr
Achieng PROPN NNP nsubj 2 B-PERSON Achieng
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
clinic NOUN NN nsubj 12 O clinic
( PUNCT -LRB- punct 4 O ( _
which PRON WDT nsubj 7 O which
opened VERB VBD relcl 4 O open
in ADP IN prep 7 O in
2019 NUM CD pobj 8 B-DATE 2019 _
) PUNCT -RRB- punct 4 O )
had AUX VBD aux 12 O have
run VERB VBN ccomp 2 O run
out ADP IN prep 12 O out
of ADP IN prep 13 O of
drugs NOUN NNS pobj 14 O drug _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[str]:
    return [r.quote for r in Extractor(indirect=True).rows(frozen(spec)) if r.kind == "indirect"]


def test_a_clause_in_brackets_ending_the_report_is_the_writers() -> None:
    assert _reports(_DISAGREE) == ["the naira would recover by the end of the year"]


def test_a_clause_in_brackets_after_a_that_clause_is_the_writers() -> None:
    assert _reports(_HOW) == ["the naira would recover by December"]


def test_a_bracket_inside_the_words_stays() -> None:
    assert _reports(_CLINIC) == ["the clinic (which opened in 2019) had run out of drugs"]
