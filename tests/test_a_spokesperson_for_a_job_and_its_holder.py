"""`a spokesperson for Opposition Leader Peter Dutton said`: a job in capitals right before the
name the tagger marks a person, after a job's `for`, is that person's office, though `Leader`
alone is no office title in full; the holder is a person, so the role is the job alone
(*spokesperson*), as with `a spokesperson for Mayor Ana Ruiz`. A bare name stays (`a spokesman
for Ann Cole`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# "This is a betrayal of voters," a spokesperson for Opposition Leader Peter Dutton said.
_LEADER = """
" PUNCT `` punct 16 O " _
This PRON DT nsubj 2 O this
is AUX VBZ ccomp 16 O be
a DET DT det 4 O a
betrayal NOUN NN attr 2 O betrayal
of ADP IN prep 4 O of
voters NOUN NNS pobj 5 O voter _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
a DET DT det 10 O a
spokesperson NOUN NN nsubj 16 O spokesperson
for ADP IN prep 10 O for
Opposition PROPN NNP compound 13 O Opposition
Leader PROPN NNP compound 15 O Leader
Peter PROPN NNP compound 15 B-PERSON Peter
Dutton PROPN NNP pobj 11 I-PERSON Dutton
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


# "No comment," said a spokesman for Ann Cole.
_BARE = """
" PUNCT `` punct 5 O " _
No DET DT det 2 O no
comment NOUN NN prep 0 O comment _
, PUNCT , punct 5 O , _
" PUNCT '' punct 5 O "
said VERB VBD ROOT 5 O say
a DET DT det 7 O a
spokesman NOUN NN nsubj 5 O spokesman
for ADP IN prep 7 O for
Ann PROPN NNP compound 10 B-PERSON Ann
Cole PROPN NNP pobj 8 I-PERSON Cole _
. PUNCT . punct 5 O . _
"""


def test_a_job_before_the_holders_name_is_an_office() -> None:
    assert who(_LEADER) == [("a spokesperson", "spokesperson", "")]


def test_a_bare_name_stays_in_the_role() -> None:
    assert who(_BARE) == [("a spokesman", "spokesman for Ann Cole", "")]
