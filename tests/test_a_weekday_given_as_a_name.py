"""`The State Chairman of the Peoples Democratic Party, Sunday Ehindero, said`, `Sunday` tagged a date:
a day of the week set off after a comma, the surname after it a word in capitals no dictionary has,
is a given name, as Nigerian and Ghanaian news write them, the two one person; `On Sunday Ehindero
said` stays a day. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The State Chairman of the Peoples Democratic Party, Sunday Ehindero, said the party was ready.
# "We are ready," he said.
_SUNDAY = """
The DET DT det 2 O the
State PROPN NNP compound 2 B-ORG State
Chairman PROPN NNP nsubj 12 O Chairman
of ADP IN prep 2 O of
the DET DT det 7 B-ORG the
Peoples PROPN NNP compound 7 I-ORG Peoples
Democratic PROPN NNP compound 7 I-ORG Democratic
Party PROPN NNP pobj 3 I-ORG Party _
, PUNCT , punct 7 O ,
Sunday PROPN NNP compound 10 B-DATE Sunday
Ehindero PROPN NNP appos 7 O Ehindero _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
party NOUN NN nsubj 15 O party
was AUX VBD ccomp 12 O be
ready ADJ JJ acomp 15 O ready _
. PUNCT . punct 12 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 20 O we
are AUX VBP ccomp 25 O be
ready ADJ JJ acomp 20 O ready _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# On Sunday Ehindero said the party was ready. "We are ready," he said.
_ONDAY = """
On ADP IN prep 3 O on
Sunday PROPN NNP compound 2 B-DATE Sunday
Ehindero PROPN NNP pobj 0 B-PERSON Ehindero
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
party NOUN NN nsubj 6 O party
was AUX VBD ccomp 3 O be
ready ADJ JJ acomp 6 O ready _
. PUNCT . punct 3 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 11 O we
are AUX VBP ccomp 16 O be
ready ADJ JJ acomp 11 O ready _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
he PRON PRP nsubj 16 O he
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_a_weekday_set_off_before_a_surname_is_a_given_name() -> None:
    rows = Extractor().rows(frozen(_SUNDAY))
    assert [(r.speaker, r.organization) for r in rows] == [("Sunday Ehindero", "Peoples Democratic Party")]


def test_a_weekday_after_on_stays_a_day() -> None:
    rows = Extractor().rows(frozen(_ONDAY))
    assert [r.speaker for r in rows] == ["Ehindero"]
