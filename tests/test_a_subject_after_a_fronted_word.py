"""A word that sets the scene before a comma at the head of a sentence, which the parser read
as a first subject of the verb (`Overseas, the ambassador said: “…”`), is not who speaks: the
verb's second subject, right after the comma and running up to the verb, is. Frozen parses of
sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Talks resumed in Geneva on Monday. / Overseas, the ambassador said: “The talks went well.”
_OVERSEAS = """
Talks NOUN NNS nsubj 1 O talk
resumed VERB VBD ROOT 1 O resume
in ADP IN prep 1 O in
Geneva PROPN NNP pobj 2 B-GPE Geneva
on ADP IN prep 1 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Overseas PROPN NNP nsubj 12 O Overseas _
, PUNCT , punct 12 O ,
the DET DT det 11 O the
ambassador NOUN NN nsubj 12 O ambassador
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
“ PUNCT `` punct 12 O " _
The DET DT det 16 O the
talks NOUN NNS nsubj 17 O talk
went VERB VBD ccomp 12 O go
well ADV RB advmod 17 O well _
. PUNCT . punct 12 O . _
” PUNCT '' punct 12 O " _
"""


def test_the_second_subject_after_a_fronted_word_speaks() -> None:
    rows = Extractor().rows(frozen(_OVERSEAS))
    assert [(r.speaker, r.cue) for r in rows] == [("the ambassador", "said")]
