"""`Member of Parliament for Harare East Tapiwa Chidembo said` (Zimbabwean and East African house
style, issue 10), from frozen parses of sentences written for this file: the office written in
full holds a seat as `MP` does, so the words in capitals after its `for`, before a given name, are
the seat's, whether the tagger took seat and name for one body or for one person."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_SEAT_AND_NAME_ONE_BODY = """
Member PROPN NNP nsubj 8 O Member
of ADP IN prep 0 O of
Parliament PROPN NNP pobj 1 B-ORG Parliament
for ADP IN prep 0 O for
Harare PROPN NNP compound 6 B-ORG Harare
East PROPN NNP compound 6 I-ORG East
Tapiwa PROPN NNP compound 7 I-ORG Tapiwa
Chidembo PROPN NNP pobj 3 I-ORG Chidembo
said VERB VBD ROOT 8 O say
Parliament PROPN NNP nsubj 11 B-ORG Parliament
would AUX MD aux 11 O would
examine VERB VB ccomp 8 O examine
the DET DT det 13 O the
tariffs NOUN NNS dobj 11 O tariff _
. PUNCT . punct 8 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
call VERB VB ccomp 25 O call
the DET DT det 21 O the
town NOUN NN compound 21 O town
clerk NOUN NN dobj 18 O clerk _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

_SEAT_AND_NAME_ONE_PERSON = """
Member PROPN NNP nsubj 7 O Member
of ADP IN prep 0 O of
Parliament PROPN NNP pobj 1 B-ORG Parliament
for ADP IN prep 0 O for
Kilwa PROPN NNP compound 6 B-PERSON Kilwa
Ana PROPN NNP compound 6 I-PERSON Ana
Ruiz PROPN NNP pobj 3 I-PERSON Ruiz
said VERB VBD ROOT 7 O say
Parliament PROPN NNP nsubj 10 B-ORG Parliament
would AUX MD aux 10 O would
examine VERB VB ccomp 7 O examine
the DET DT det 12 O the
tariffs NOUN NNS dobj 10 O tariff _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
call VERB VB ccomp 24 O call
the DET DT det 20 O the
town NOUN NN compound 20 O town
clerk NOUN NN dobj 17 O clerk _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
she PRON PRP nsubj 24 O she
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_a_seat_and_name_tagged_one_body_after_member_of_parliament_for() -> None:
    assert _speakers(_SEAT_AND_NAME_ONE_BODY) == ["Tapiwa Chidembo"]


def test_a_seat_and_name_tagged_one_person_after_member_of_parliament_for() -> None:
    assert _speakers(_SEAT_AND_NAME_ONE_PERSON) == ["Ana Ruiz"]
