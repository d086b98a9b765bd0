"""`“…,” pleaded the accused`, as court reports write a party's words, the tagger reading
`accused` as a participle, the verb's object: after `the` and alone, it is a party to the case, as
`the defendant` is, and the speaker. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# John Murphy was charged with drunkenness. "I have a wife and six children to keep," pleaded the
# accused.
_PLEADED = """
John PROPN NNP compound 1 B-PERSON John
Murphy PROPN NNP nsubjpass 3 I-PERSON Murphy
was AUX VBD auxpass 3 O be
charged VERB VBN ROOT 3 O charge
with ADP IN prep 3 O with
drunkenness NOUN NN pobj 4 O drunkenness _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
I PRON PRP nsubj 9 O I
have VERB VBP ccomp 19 O have
a DET DT det 11 O a
wife NOUN NN dobj 9 O wife
and CCONJ CC cc 11 O and
six NUM CD nummod 14 B-CARDINAL six
children NOUN NNS conj 11 O child
to PART TO aux 16 O to
keep VERB VB relcl 11 O keep _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
pleaded VERB VBD ROOT 19 O plead
the DET DT det 21 O the
accused VERB VBN dobj 19 O accuse _
. PUNCT . punct 19 O . _
"""


def test_the_accused_after_the_verb_is_the_speaker() -> None:
    rows = Extractor().rows(frozen(_PLEADED))
    assert [(r.mention, r.cue) for r in rows] == [("the accused", "pleaded")]
