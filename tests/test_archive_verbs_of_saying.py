"""`“…,” quoth the alderman, “…”` and `Mrs. Ngozi Okafor averred: “…”`: `quoth`, archive
text's verb of saying, and `aver`, which Nigerian, Indian and Irish news write for `state`
(models/cue_verbs.txt), are cues as `said` is: a quote split by `quoth` is the alderman's in
both its pieces. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "I have sat on this council for twenty years," quoth the alderman, "and never heard such
# nonsense."
_QUOTH = """
" PUNCT `` punct 3 O " _
I PRON PRP nsubj 3 O I
have AUX VBP aux 3 O have
sat VERB VBN ROOT 3 O sit
on ADP IN prep 3 O on
this DET DT det 6 O this
council NOUN NN pobj 4 O council
for ADP IN prep 3 O for
twenty NUM CD nummod 9 B-DATE twenty
years NOUN NNS pobj 7 I-DATE year _
, PUNCT , punct 3 O , _
" PUNCT '' punct 12 O "
quoth VERB VB conj 3 O quoth
the DET DT det 14 O the
alderman PROPN NNP dobj 12 O alderman _
, PUNCT , punct 12 O ,
" PUNCT `` punct 12 O " _
and CCONJ CC cc 12 O and
never ADV RB neg 19 O never
heard VERB VBD conj 12 O hear
such ADJ JJ amod 21 O such
nonsense NOUN NN dobj 19 O nonsense _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""

# Mrs. Ngozi Okafor averred: "The land has been ours since 1952."
_AVERRED = """
Mrs. PROPN NNP compound 2 O Mrs.
Ngozi PROPN NNP compound 2 B-PERSON Ngozi
Okafor PROPN NNP nsubj 3 I-PERSON Okafor
averred VERB VBD ROOT 3 O aver _
: PUNCT : punct 3 O :
" PUNCT `` punct 3 O " _
The DET DT det 7 O the
land NOUN NN nsubj 9 O land
has AUX VBZ aux 9 O have
been AUX VBN ccomp 3 O be
ours ADJ JJ attr 9 O ours
since SCONJ IN prep 9 O since
1952 NUM CD pobj 11 B-DATE 1952 _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""


def test_quoth_is_a_cue_for_both_pieces_of_a_split_quote() -> None:
    rows = Extractor().rows(frozen(_QUOTH))
    assert [(r.speaker, r.role, r.cue) for r in rows] == [("the alderman", "alderman", "quoth")] * 2


def test_averred_before_a_colon_is_a_cue() -> None:
    rows = Extractor().rows(frozen(_AVERRED))
    assert [(r.speaker, r.cue, r.sieve) for r in rows] == [("Ngozi Okafor", "averred", "leading-cue")]
