"""`a Department of Health (DoH) spokesperson said`: a body's short form in brackets between the
body's name and the job of an unnamed speaker is the body's, no word of the role (not *DoH)
spokesperson*), in mixed case as South African and Kenyan news write them (`(Sanral)`, `(Nema)`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "Every clinic will stay open over the holidays," a Department of Transport (DoT) spokesperson
# said on Sunday.
_TRANSPORT = """
" PUNCT `` punct 19 O " _
Every DET DT det 2 O every
clinic NOUN NN nsubj 4 O clinic
will AUX MD aux 4 O will
stay VERB VB ccomp 19 O stay
open ADJ JJ acomp 4 O open
over ADP IN prep 5 O over
the DET DT det 8 B-DATE the
holidays NOUN NNS pobj 6 I-DATE holiday _
, PUNCT , punct 4 O , _
" PUNCT '' punct 12 O "
a DET DT det 12 O a
Department PROPN NNP nmod 18 B-ORG Department
of ADP IN prep 12 I-ORG of
Transport PROPN NNP pobj 13 I-ORG Transport
( PUNCT -LRB- punct 18 O ( _
DoT NOUN NNS nmod 18 B-PERSON DoT _
) PUNCT -RRB- punct 18 O )
spokesperson NOUN NN nsubj 19 O spokesperson
said VERB VBD ROOT 19 O say
on ADP IN prep 19 O on
Sunday PROPN NNP pobj 20 B-DATE Sunday _
. PUNCT . punct 19 O . _
"""

# "The toll gates will stay," said a South African Roads Agency (Sanral) spokesman on Monday.
_ROADS = """
" PUNCT `` punct 8 O " _
The DET DT det 3 O the
toll NOUN NN compound 3 O toll
gates NOUN NNS nsubj 5 O gate
will AUX MD aux 5 O will
stay VERB VB ccomp 8 O stay _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
a DET DT det 17 O a
South ADJ JJ amod 11 B-NORP south
African PROPN NNP nmod 13 I-NORP African
Roads PROPN NNPS compound 13 O Roads
Agency PROPN NNP nmod 17 O Agency
( PUNCT -LRB- punct 17 O ( _
Sanral PROPN NNP nmod 17 O Sanral _
) PUNCT -RRB- punct 17 O )
spokesman NOUN NN nsubj 8 O spokesman
on ADP IN prep 17 O on
Monday PROPN NNP pobj 18 B-DATE Monday _
. PUNCT . punct 8 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("role", "organization"))


def test_a_short_form_in_brackets_before_a_spokesperson_is_no_word_of_the_role() -> None:
    assert _who(_TRANSPORT) == [("spokesperson", "Department of Transport")]


def test_a_short_form_in_brackets_before_a_spokesman_after_the_cue() -> None:
    assert _who(_ROADS) == [("spokesman", "South African Roads Agency")]
