"""`The Rail and Maritime Union said …`: the tagger tags only `Maritime Union` and the parser
makes `Rail` the subject, joined to `Union` by `and`, so the reported speech was *Rail*'s and
the quote after it *Maritime Union*'s. A body's tagged name ending on a body's noun stretches
left over `and` and the word in capitals the parser joins to it. Frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Rail and Maritime Union said the strike would go ahead. "We will not back down," the union
# said.
_UNION = """
The DET DT det 1 O the
Rail PROPN NNP nsubj 5 O Rail
and CCONJ CC cc 1 O and
Maritime PROPN NNP compound 4 B-ORG Maritime
Union PROPN NNP conj 1 I-ORG Union
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
strike NOUN NN nsubj 9 O strike
would AUX MD aux 9 O would
go VERB VB ccomp 5 O go
ahead ADV RB advmod 9 O ahead _
. PUNCT . punct 5 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
not PART RB neg 16 O not
back VERB VB ccomp 22 O back
down ADP RP prt 16 O down _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 21 O the
union NOUN NN nsubj 22 O union
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_body_named_for_two_fields_joined_by_and_is_one_body() -> None:
    rows = Extractor(indirect=True).rows(frozen(_UNION))
    got = [(r.kind, r.speaker, r.organization) for r in rows]
    assert got == [
        ("indirect", "Rail and Maritime Union", "Rail and Maritime Union"),
        ("direct", "Rail and Maritime Union", "Rail and Maritime Union"),
    ]
