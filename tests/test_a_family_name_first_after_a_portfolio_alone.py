"""`Minister for Transport Chee Hong Tat said … he said`, with no `Mr Chee` later to show where
the name opens: a Chinese name written family name first after a portfolio, left untagged,
tagged by its given names alone (`Yen Ling`) or run into one body with the portfolio, gave the
speaker *Hong Tat* with the role `Minister for Transport Chee` (or no role). After a title in
capitals and `for` (also `Minister of State for`), the brief words in capitals and their
joiners are the portfolio, and two or three words in capitals right after it that close the
run, read as a name, are the holder's (tokens.names_after_a_portfolio_written_family_name_first).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Minister for Transport Chee Hong Tat said the new line would open in 2027. "We are on
# schedule," he said.
_UNTAGGED = """
Minister PROPN NNP nmod 5 O Minister
for ADP IN prep 0 O for
Transport PROPN NNP compound 3 O Transport
Chee PROPN NNP pobj 1 O Chee
Hong PROPN NNP compound 5 O Hong
Tat PROPN NNP nsubj 6 O Tat
said VERB VBD ROOT 6 O say
the DET DT det 9 O the
new ADJ JJ amod 9 O new
line NOUN NN nsubj 11 O line
would AUX MD aux 11 O would
open VERB VB ccomp 6 O open
in ADP IN prep 11 O in
2027 NUM CD pobj 12 B-DATE 2027 _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 17 O we
are AUX VBP ccomp 23 O be
on ADP IN prep 17 O on
schedule NOUN NN pobj 18 O schedule _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
# Minister for National Development Chee Hong Tat said the flats would be ready by June. "Buyers
# will not wait long," he said.
_TAGGED_A_BODY_WITH_THE_PORTFOLIO = """
Minister PROPN NNP nmod 6 O Minister
for ADP IN prep 0 O for
National PROPN NNP compound 4 B-ORG National
Development PROPN NNP compound 4 I-ORG Development
Chee PROPN NNP pobj 1 I-ORG Chee
Hong PROPN NNP compound 6 I-ORG Hong
Tat PROPN NNP nsubj 7 I-ORG Tat
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
flats NOUN NNS nsubj 11 O flat
would AUX MD aux 11 O would
be AUX VB ccomp 7 O be
ready ADJ JJ acomp 11 O ready
by ADP IN prep 11 O by
June PROPN NNP pobj 13 B-DATE June _
. PUNCT . punct 7 O .
" PUNCT `` punct 20 O " _
Buyers NOUN NNS nsubj 20 O buyer
will AUX MD aux 20 O will
not PART RB neg 20 O not
wait VERB VB ccomp 25 O wait
long ADV RB advmod 20 O long _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""
# Minister of State for Trade Low Yen Ling said the talks would resume. "Both sides want a
# deal," she said.
_GIVEN_NAMES_TAGGED_ALONE = """
Minister PROPN NNP nmod 7 O Minister
of ADP IN prep 0 O of
State PROPN NNP pobj 1 O State
for ADP IN prep 0 O for
Trade PROPN NNP compound 7 O Trade
Low PROPN NNP compound 6 O Low
Yen PROPN NNP compound 7 B-PERSON Yen
Ling PROPN NNP nsubj 8 I-PERSON Ling
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
talks NOUN NNS nsubj 12 O talk
would AUX MD aux 12 O would
resume VERB VB ccomp 8 O resume _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
Both DET DT det 16 O both
sides NOUN NNS nsubj 17 O side
want VERB VBP ccomp 23 O want
a DET DT det 19 O a
deal NOUN NN dobj 17 O deal _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
# Minister for Sustainability and the Environment Koh Poh Koon said the levy would rise. "It is
# necessary," he said.
_A_BRIEF_JOINED_BY_AND_THE = """
Minister PROPN NNP nmod 8 O Minister
for ADP IN prep 0 O for
Sustainability PROPN NNP pobj 1 O Sustainability
and CCONJ CC cc 2 O and
the DET DT det 5 O the
Environment PROPN NNP conj 0 O Environment
Koh PROPN NNP compound 8 O Koh
Poh PROPN NNP compound 8 B-PERSON Poh
Koon PROPN NNP nsubj 9 I-PERSON Koon
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
levy NOUN NN nsubj 13 O levy
would AUX MD aux 13 O would
rise VERB VB ccomp 9 O rise _
. PUNCT . punct 9 O .
" PUNCT `` punct 22 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 22 O be
necessary ADJ JJ acomp 17 O necessary _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("kind", "speaker", "role"))


def test_a_name_untagged_after_a_portfolio_is_whole() -> None:
    assert _who(_UNTAGGED) == [("direct", "Chee Hong Tat", "Minister for Transport")]


def test_a_name_run_into_a_body_with_the_portfolio_is_whole() -> None:
    assert _who(_TAGGED_A_BODY_WITH_THE_PORTFOLIO) == [
        ("direct", "Chee Hong Tat", "Minister for National Development")
    ]


def test_a_name_whose_given_names_alone_are_tagged_after_minister_of_state_for_is_whole() -> None:
    assert _who(_GIVEN_NAMES_TAGGED_ALONE) == [("direct", "Low Yen Ling", "Minister of State for Trade")]


def test_a_name_after_a_brief_joined_by_and_the_is_whole() -> None:
    assert _who(_A_BRIEF_JOINED_BY_AND_THE) == [
        ("direct", "Koh Poh Koon", "Minister for Sustainability and the Environment")
    ]
