"""`foreign ministry spokesman X`: a field of government written as an adjective (`foreign`,
`interior`), right before a ministry's or a department's noun in small letters before a
spokesperson's or an official's job, says which body speaks, as a noun (`health`) does: the
role is the job, the body the field and its noun (ROLES.md 4: the organisation is stripped
from the role); a rank (`senior`) says nothing. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The talks were useful," foreign ministry spokesman Arif Rahman told a briefing in Dhaka.
_FIELD_BEFORE = """
" PUNCT `` punct 12 O " _
The DET DT det 2 O the
talks NOUN NNS nsubj 3 O talk
were AUX VBD ccomp 12 O be
useful ADJ JJ acomp 3 O useful _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
foreign ADJ JJ compound 8 O foreign
ministry PROPN NNP compound 9 O ministry
spokesman NOUN NN compound 11 O spokesman
Arif PROPN NNP compound 11 B-PERSON Arif
Rahman PROPN NNP nsubj 12 I-PERSON Rahman
told VERB VBD ROOT 12 O tell
a DET DT det 14 O a
briefing NOUN NN dobj 12 O briefing
in ADP IN prep 14 O in
Dhaka PROPN NNP pobj 15 B-GPE Dhaka _
. PUNCT . punct 12 O . _
"""

# "We are investigating," a senior ministry official said.
_RANK_BEFORE = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
investigating VERB VBG ccomp 10 O investigate _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
a DET DT det 9 O a
senior ADJ JJ amod 9 O senior
ministry NOUN NN compound 9 O ministry
official NOUN NN nsubj 10 O official
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O . _
"""


def _who(spec: str) -> list[tuple[str, str]]:
    return [(r.role, r.organization) for r in Extractor().rows(frozen(spec)) if r.kind == "direct"]


def test_a_field_of_government_before_a_ministry_says_which() -> None:
    assert _who(_FIELD_BEFORE) == [("spokesman", "foreign ministry")]


def test_a_rank_before_a_ministry_says_nothing() -> None:
    assert _who(_RANK_BEFORE) == [("senior ministry official", "")]
