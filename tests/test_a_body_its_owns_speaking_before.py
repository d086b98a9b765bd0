"""`Lentonia expelled two diplomats on Monday, its foreign ministry said. … foreign ministry
spokesperson Ana Ruiz told reporters`: a body's noun in small letters in a role is the body the
sentence before has speak under that noun, also when `its` owns it: the words between them, owned
by the country that is that sentence's subject (*Lentonia's foreign ministry*; the role was
*foreign ministry spokesperson* with no organisation). A frozen parse of sentences written for
this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lentonia expels diplomats / Lentonia expelled two diplomats on Monday, its foreign ministry
# said. / "This was a necessary step," foreign ministry spokesperson Ana Ruiz told reporters.
_ITS = """
Lentonia NOUN NN nsubj 1 O lentonia
expels VERB VBZ ROOT 1 O expel
diplomats NOUN NNS dobj 1 O diplomat _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Lentonia PROPN NNP nsubj 5 B-GPE Lentonia
expelled VERB VBD ccomp 14 O expel
two NUM CD nummod 7 B-CARDINAL two
diplomats NOUN NNS dobj 5 O diplomat
on ADP IN prep 5 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
, PUNCT , punct 14 O ,
its PRON PRP$ poss 13 O its
foreign ADJ JJ amod 13 O foreign
ministry NOUN NN nsubj 14 O ministry
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 30 O " _
This PRON DT nsubj 19 O this
was AUX VBD ccomp 30 O be
a DET DT det 22 O a
necessary ADJ JJ amod 22 O necessary
step NOUN NN attr 19 O step _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
foreign ADJ JJ amod 26 O foreign
ministry NOUN NN compound 27 O ministry
spokesperson NOUN NN compound 29 O spokesperson
Ana PROPN NNP compound 29 O Ana
Ruiz PROPN NNP nsubj 30 O Ruiz
told VERB VBD ROOT 30 O tell
reporters NOUN NNS dobj 30 O reporter _
. PUNCT . punct 30 O . _
"""


def test_the_body_its_owns_speaking_before_is_the_spokespersons() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_ITS))]
    assert rows == [("Ana Ruiz", "spokesperson", "Lentonia's foreign ministry")]
