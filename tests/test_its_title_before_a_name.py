"""A title before a name with `its` before it (`…, its chief executive Ruth Brandt said`) is held
in the body `its` stands for, as the same title set off by commas is. A frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour Mills will close its bakery in Leeds, its chief executive Ruth Brandt said on Monday.
# "We cannot justify the cost," Brandt said.
_ITS = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Mills PROPN NNPS nsubj 3 I-ORG Mills
will AUX MD aux 3 O will
close VERB VB ccomp 14 O close
its PRON PRP$ poss 5 O its
bakery NOUN NN dobj 3 O bakery
in ADP IN prep 5 O in
Leeds PROPN NNPS pobj 6 B-GPE Leeds _
, PUNCT , punct 14 O ,
its PRON PRP$ poss 11 O its
chief ADJ JJ amod 11 O chief
executive NOUN NN nsubj 14 O executive
Ruth PROPN NNP compound 13 B-PERSON Ruth
Brandt PROPN NNP appos 11 I-PERSON Brandt
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday _
. PUNCT . punct 14 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 22 O we
can AUX MD aux 22 O can _
not PART RB neg 22 O not
justify VERB VB ccomp 28 O justify
the DET DT det 24 O the
cost NOUN NN dobj 22 O cost _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Brandt PROPN NNP nsubj 28 B-ORG Brandt
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_its_before_a_title_before_a_name_gives_the_body_it_stands_for() -> None:
    rows = Extractor().rows(frozen(_ITS))
    expected = [("Ruth Brandt", "chief executive", "Harbour Mills")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
