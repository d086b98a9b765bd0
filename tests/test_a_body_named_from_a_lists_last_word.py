"""A body's name the tagger opens on the last word of a list the parser hangs on the body's noun
(`The Forestry, Wildlife and Parks Ministry said …`, tagged `Parks Ministry`, `Parks` a conjunct
of `Wildlife`): the pronouns read the name's first word as its head, no subject, so `It said …`
in the next sentence went to the thing the ministry spoke of, *the fire*. The name's head is
now its root in the parse when its first word hangs on it as a modifier or a conjunct
(entities._head_of_a_bodys_name), the subject, and `It` is the ministry. The rows from a frozen
parse of sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Forestry, Wildlife and Parks Ministry said the fire was under control. It said the blaze
# started on Sunday.
_FORESTRY = """
The DET DT det 1 O the
Forestry PROPN NNP nmod 6 O Forestry _
, PUNCT , punct 1 O ,
Wildlife PROPN NNP nmod 6 O Wildlife
and CCONJ CC cc 3 O and
Parks PROPN NNP conj 3 B-ORG Parks
Ministry PROPN NNP nsubj 7 I-ORG Ministry
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
fire NOUN NN nsubj 10 O fire
was AUX VBD ccomp 7 O be
under ADP IN prep 10 O under
control NOUN NN pobj 11 O control _
. PUNCT . punct 7 O .
It PRON PRP nsubj 15 O it
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
blaze NOUN NN nsubj 18 O blaze
started VERB VBD ccomp 15 O start
on ADP IN prep 18 O on
Sunday PROPN NNP pobj 19 B-DATE Sunday _
. PUNCT . punct 15 O . _
"""


def test_it_is_the_ministry_that_spoke_before() -> None:
    first, second = Extractor(indirect=True).rows(frozen(_FORESTRY))
    assert (first.speaker, second.mention) == ("Parks Ministry", "It")
    assert second.speaker == first.speaker
