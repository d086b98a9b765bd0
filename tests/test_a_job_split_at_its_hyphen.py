"""A job the parser split at its hyphen after an inverted cue: `said the chamber's
vice-president, Peter Lang`, parsed with `vice`, the hyphen and `president` each a subject of
`said` and the name in apposition to `president`: the name set off after the job is the speaker
(the row was the unnamed *the chamber's vice-president*), and with no name the job is the role of
the description (it had none). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_NAME_AFTER_A_JOB_SPLIT_AT_ITS_HYPHEN = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
need VERB VBP ccomp 7 O need
the DET DT det 4 O the
bridge NOUN NN dobj 2 O bridge _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
chamber NOUN NN poss 11 O chamber _
's PART POS case 9 O 's
vice NOUN NN nsubj 7 O vice _
- NOUN NN nsubj 7 O - _
president NOUN NN nsubj 7 O president _
, PUNCT , punct 13 O ,
Peter PROPN NNP compound 16 B-PERSON Peter
Lang PROPN NNP appos 13 I-PERSON Lang _
. PUNCT . punct 7 O . _
"""

_A_JOB_SPLIT_AT_ITS_HYPHEN_AND_NO_NAME = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
ferry NOUN NN nsubj 4 O ferry
will AUX MD aux 4 O will
run VERB VB ccomp 7 O run _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
harbour NOUN NN poss 11 O harbour _
's PART POS case 9 O 's
vice NOUN NN nsubj 7 O vice _
- NOUN NN nsubj 7 O - _
chair NOUN NN nsubj 7 O chair _
. PUNCT . punct 7 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_name_after_a_job_split_at_its_hyphen_speaks() -> None:
    assert _rows(_A_NAME_AFTER_A_JOB_SPLIT_AT_ITS_HYPHEN) == [("Peter Lang", "vice-president")]


def test_a_job_split_at_its_hyphen_is_the_descriptions_role() -> None:
    assert _rows(_A_JOB_SPLIT_AT_ITS_HYPHEN_AND_NO_NAME) == [("the harbour's vice-chair", "vice-chair")]
