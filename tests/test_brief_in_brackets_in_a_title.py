"""A brief in small letters in brackets right after a job, before the holder's name (`Congress
general secretary (communications) Rakesh Pillai`), is skipped like a unit in capitals: the
title before it is the holder's, with its body, though the parser made the job and the name two
subjects of one verb. Frozen parse of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Congress general secretary (communications) Rakesh Pillai said the minister must resign.
# "This is negligence," he said.
_PILLAI = """
Congress PROPN NNP nmod 2 B-ORG Congress
general ADJ JJ amod 2 O general
secretary NOUN NN nsubj 8 O secretary
( PUNCT -LRB- punct 2 O ( _
communications NOUN NNS appos 2 O communication _
) PUNCT -RRB- punct 2 O )
Rakesh PROPN NNP compound 7 B-PERSON Rakesh
Pillai PROPN NNP nsubj 8 I-PERSON Pillai
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
minister NOUN NN nsubj 12 O minister
must AUX MD aux 12 O must
resign VERB VB ccomp 8 O resign _
. PUNCT . punct 8 O .
" PUNCT `` punct 21 O " _
This PRON DT nsubj 16 O this
is AUX VBZ ccomp 21 O be
negligence NOUN NN attr 16 O negligence _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_brief_in_brackets_between_a_title_and_the_name_is_skipped() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_PILLAI))]
    assert rows == [("Rakesh Pillai", "general secretary", "Congress")]
