"""`Asked about X, Cotter was blunt.` / `“…”`: a participle `asked` opening the sentence before
a paragraph all quote puts a question to its verb's subject, whose answer the quote is
(paragraph-before). Frozen parse of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Asked about the decision to start Finlay Christie, Cotter was blunt. /
# "Finlay has been our best nine all season."
_ASKED = """
Asked VERB VBN advcl 10 O ask
about ADP IN prep 0 O about
the DET DT det 3 O the
decision NOUN NN pobj 1 O decision
to PART TO aux 5 O to
start VERB VB acl 3 O start
Finlay PROPN NNP compound 7 B-ORG Finlay
Christie PROPN NNP dobj 5 I-ORG Christie _
, PUNCT , punct 10 O ,
Cotter PROPN NNP nsubj 10 O Cotter
was AUX VBD ROOT 10 O be
blunt ADJ JJ acomp 10 O blunt _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 17 O " _
Finlay PROPN NNP nsubj 17 B-WORK_OF_ART Finlay
has AUX VBZ aux 17 O have
been AUX VBN ROOT 17 O be
our PRON PRP$ poss 22 O our
best ADJ JJS amod 20 O good
nine NUM CD nummod 22 B-CARDINAL nine
all DET DT det 22 O all
season NOUN NN attr 17 O season _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""


def test_the_one_asked_answers_in_the_paragraph_after() -> None:
    rows = Extractor().rows(frozen(_ASKED))
    assert [r.speaker for r in rows] == ["Cotter"]
