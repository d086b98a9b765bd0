"""A job the parser split at its hyphen after an inverted cue: `said the chamber's
vice-president, Peter Lang`, parsed with `vice`, the hyphen and `president` each a subject of
`said` and the name in apposition to `president`: the name set off after the job is the speaker
(the row was the unnamed *the chamber's vice-president*), and with no name the job is the role of
the description (it had none). An untagged name after the job's `of` phrase and a comma, closing
the sentence, is the speaker too (`said the vice-chair of the chamber, Ana Ruiz.`: the row was the
unnamed *the vice-chair*). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_AN_UNTAGGED_NAME_CLOSING_THE_SENTENCE = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
port NOUN NN nsubj 3 O port
is AUX VBZ ccomp 7 O be
busy ADJ JJ acomp 3 O busy _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
vice NOUN NN nsubj 7 O vice _
- NOUN NN nsubj 7 O - _
chair NOUN NN nsubj 7 O chair
of ADP IN prep 11 O of
the DET DT det 14 O the
chamber NOUN NN pobj 12 O chamber _
, PUNCT , punct 14 O ,
Ana PROPN NNP compound 17 O Ana
Ruiz PROPN NNP appos 14 O Ruiz _
. PUNCT . punct 7 O . _
"""

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


def test_an_untagged_name_closing_the_sentence_after_the_job_speaks() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_AN_UNTAGGED_NAME_CLOSING_THE_SENTENCE))]
    assert rows == [("Ana Ruiz", "vice-chair of the chamber")]
