"""A rank written in full between a job in small letters and the name (models/police.txt, kind
`address`), from frozen parses of sentences written for this file: `said harbour master Captain
Ewan Shaw` is addressed as a captain, and his role is *harbour master* (it was *harbour master
Captain*); a rank's own word before it keeps it, `deputy chief Officer Ewan Shaw`, as a job's
own words do, `press Officer`."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_RANK_AFTER_A_JOB = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
silt NOUN NN nsubj 5 O silt
has AUX VBZ aux 5 O have
been AUX VBN aux 5 O be
building VERB VBG ccomp 11 O build
for ADP IN prep 5 O for
a DET DT det 8 B-DATE a
decade NOUN NN pobj 6 I-DATE decade _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
harbour VERB VBP compound 13 B-PERSON harbour
master NOUN NN compound 16 I-PERSON master
Captain PROPN NNP compound 16 O Captain
Ewan PROPN NNP compound 16 B-PERSON Ewan
Shaw PROPN NNP nsubj 11 I-PERSON Shaw _
. PUNCT . punct 11 O . _
"""
_A_RANK_AFTER_A_RANK_WORD = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
silt NOUN NN nsubj 5 O silt
has AUX VBZ aux 5 O have
been AUX VBN aux 5 O be
building VERB VBG ccomp 11 O build
for ADP IN prep 5 O for
a DET DT det 8 B-DATE a
decade NOUN NN pobj 6 I-DATE decade _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
deputy NOUN NN compound 13 O deputy
chief NOUN NN compound 16 O chief
Officer PROPN NNP compound 16 O Officer
Ewan PROPN NNP compound 16 B-PERSON Ewan
Shaw PROPN NNP nsubj 11 I-PERSON Shaw _
. PUNCT . punct 11 O . _
"""

def _roles(spec: str) -> list[str]:
    return [r.role for r in Extractor().rows(frozen(spec))]


def test_a_rank_between_a_job_and_the_name_is_a_form_of_address() -> None:
    assert _roles(_A_RANK_AFTER_A_JOB) == ["harbour master"]


def test_a_rank_after_a_rank_word_stays_in_the_role() -> None:
    assert _roles(_A_RANK_AFTER_A_RANK_WORD) == ["deputy chief Officer"]
