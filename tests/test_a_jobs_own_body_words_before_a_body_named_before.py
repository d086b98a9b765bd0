"""`The education ministry said …`, then `a transport ministry spokesman`: a job's own nouns in
small letters before a public body's noun say which body it speaks for; a body the story named
or described before under the same noun is another when it lacks one of those words (`education
ministry`), and the same when it holds them all (`Ministry of Transport`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The education ministry said on Tuesday that schools would reopen next week. "Two bridges have
# collapsed," a transport ministry spokesman told reporters in Suva.
_TWO_MINISTRIES = """
The DET DT det 2 O the
education NOUN NN compound 2 O education
ministry NOUN NN nsubj 3 O ministry
said VERB VBD ROOT 3 O say
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday
that SCONJ IN mark 9 O that
schools NOUN NNS nsubj 9 O school
would AUX MD aux 9 O would
reopen VERB VB ccomp 3 O reopen
next ADJ JJ amod 11 B-DATE next
week NOUN NN npadvmod 9 I-DATE week _
. PUNCT . punct 3 O .
" PUNCT `` punct 24 O " _
Two NUM CD nummod 15 B-CARDINAL two
bridges NOUN NNS nsubj 17 O bridge
have AUX VBP aux 17 O have
collapsed VERB VBN ccomp 24 O collapse _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
a DET DT det 23 O a
transport NOUN NN compound 22 O transport
ministry PROPN NNP compound 23 O ministry
spokesman NOUN NN nsubj 24 O spokesman
told VERB VBD ROOT 24 O tell
reporters NOUN NNS dobj 24 O reporter
in ADP IN prep 24 O in
Suva PROPN NNP pobj 26 B-GPE Suva _
. PUNCT . punct 24 O . _
"""

# The Ministry of Transport said on Tuesday that two roads were closed. "Two bridges have
# collapsed," a transport ministry spokesman told reporters in Suva.
_NAMED_IN_FULL = """
The DET DT det 1 B-ORG the
Ministry PROPN NNP nsubj 4 I-ORG Ministry
of ADP IN prep 1 I-ORG of
Transport PROPN NNP pobj 2 I-ORG Transport
said VERB VBD ROOT 4 O say
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 5 B-DATE Tuesday
that SCONJ IN mark 11 O that
two NUM CD nummod 9 B-CARDINAL two
roads NOUN NNS nsubjpass 11 O road
were AUX VBD auxpass 11 O be
closed VERB VBN ccomp 4 O close _
. PUNCT . punct 4 O .
" PUNCT `` punct 24 O " _
Two NUM CD nummod 15 B-CARDINAL two
bridges NOUN NNS nsubj 17 O bridge
have AUX VBP aux 17 O have
collapsed VERB VBN ccomp 24 O collapse _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
a DET DT det 23 O a
transport NOUN NN compound 22 O transport
ministry PROPN NNP compound 23 O ministry
spokesman NOUN NN nsubj 24 O spokesman
told VERB VBD ROOT 24 O tell
reporters NOUN NNS dobj 24 O reporter
in ADP IN prep 24 O in
Suva PROPN NNP pobj 26 B-GPE Suva _
. PUNCT . punct 24 O . _
"""


def _spokesman_row(spec: str) -> tuple[str, str]:
    rows = [r for r in Extractor().rows(frozen(spec)) if r.kind == "direct"]
    assert len(rows) == 1
    return rows[0].role, rows[0].organization


def test_a_body_described_before_under_the_same_noun_is_another() -> None:
    assert _spokesman_row(_TWO_MINISTRIES) == ("spokesman", "transport ministry")


def test_a_body_named_in_full_with_the_jobs_words_is_the_same() -> None:
    assert _spokesman_row(_NAMED_IN_FULL) == ("spokesman", "Ministry of Transport")
