"""`FC` (or `AFC`) closing a name makes it a club's, one the article can call `the club`, whatever
the tagger calls the words before it (`Kestrel Vale FC`, tagged a person): `The club's academy
director, X,` works for it, not for another club named after it in the same sentence
(`Eastfield Town`). Frozen parse of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kestrel Vale FC sacked their manager after a cup defeat to Eastfield Town. | The club's academy
# director, Ruth Okafor, said: “I know these players well.”
_FC = """
Kestrel PROPN NNP compound 2 B-PERSON Kestrel
Vale PROPN NNP compound 2 I-PERSON Vale
FC PROPN NNP nsubj 3 I-PERSON FC
sacked VERB VBD ROOT 3 O sack
their PRON PRP$ poss 5 O their
manager NOUN NN dobj 3 O manager
after SCONJ IN mark 9 O after
a DET DT det 8 O a
cup NOUN NN compound 9 O cup
defeat NOUN NN advcl 3 O defeat
to ADP IN prep 9 O to
Eastfield PROPN NNP compound 12 B-ORG Eastfield
Town PROPN NNP pobj 10 O Town _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
club NOUN NN poss 19 O club _
's PART POS case 16 O 's
academy NOUN NN compound 19 O academy
director NOUN NN nsubj 24 O director _
, PUNCT , punct 19 O ,
Ruth PROPN NNP compound 22 B-PERSON Ruth
Okafor PROPN NNP appos 19 I-PERSON Okafor _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 24 O say _
: PUNCT : punct 24 O :
“ PUNCT `` punct 24 O " _
I PRON PRP nsubj 28 O I
know VERB VBP ccomp 24 O know
these DET DT det 30 O these
players NOUN NNS dobj 28 O player
well ADV RB advmod 28 O well _
. PUNCT . punct 24 O . _
” PUNCT '' punct 24 O " _
"""


def test_a_name_closed_by_fc_is_the_club() -> None:
    rows = Extractor().rows(frozen(_FC))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ruth Okafor", "academy director", "Kestrel Vale FC")
    ]
