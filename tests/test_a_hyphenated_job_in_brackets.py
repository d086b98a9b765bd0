"""`Mr. T. H. Rees (vice-chairman) said`: a job alone in brackets after a name, as council and
board minutes write it, is the speaker's role when it is written with a hyphen inside it too
(the tagger may call that hyphen a noun, and it is no word in small letters), as `(chairman)`
is. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The guardians met on Tuesday. "The accounts are in good order," Mr. T. H. Rees (vice-chairman)
# said.
_VICE = """
The DET DT det 1 O the
guardians NOUN NNS nsubj 2 O guardian
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 3 B-DATE Tuesday _
. PUNCT . punct 2 O .
" PUNCT `` punct 24 O " _
The DET DT det 8 O the
accounts NOUN NNS nsubj 9 O account
are AUX VBP ccomp 24 O be
in ADP IN prep 9 O in
good ADJ JJ amod 12 O good
order NOUN NN pobj 10 O order _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Mr. PROPN NNP compound 18 O Mr.
T. PROPN NNP compound 18 B-PERSON T.
H. PROPN NNP compound 18 I-PERSON H.
Rees PROPN NNPS nsubj 24 I-PERSON Rees
( PUNCT -LRB- punct 18 O ( _
vice NOUN NN appos 18 O vice _
- NOUN NN appos 18 O - _
chairman NOUN NN appos 18 O chairman _
) PUNCT -RRB- punct 18 O )
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# "We cannot keep the ward open through the winter," Mr. W. Price (co-chairman) said.
_CO = """
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 4 O we
can AUX MD aux 4 O can _
not PART RB neg 4 O not
keep VERB VB ccomp 21 O keep
the DET DT det 6 O the
ward NOUN NN dobj 4 O ward
open VERB VB oprd 4 O open
through ADP IN prep 7 O through
the DET DT det 10 B-DATE the
winter NOUN NN pobj 8 I-DATE winter _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Mr. PROPN NNP compound 15 O Mr.
W. PROPN NNP compound 15 B-PERSON W.
Price PROPN NNP nsubj 21 I-PERSON Price
( PUNCT -LRB- punct 15 O ( _
co NOUN NN appos 15 O co _
- NOUN NN appos 15 O - _
chairman NOUN NN appos 15 O chairman _
) PUNCT -RRB- punct 15 O )
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_job_with_a_hyphen_in_brackets_is_the_role() -> None:
    rows = Extractor().rows(frozen(_VICE))
    assert [(r.speaker, r.role) for r in rows] == [("T. H. Rees", "vice-chairman")]


def test_a_co_chairman_in_brackets_is_the_role() -> None:
    rows = Extractor().rows(frozen(_CO))
    assert [(r.speaker, r.role) for r in rows] == [("W. Price", "co-chairman")]
