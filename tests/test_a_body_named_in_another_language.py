"""A body named in another language, its small words tagged foreign (`The Syndicat des
boulangers de Lenton, which represents …`), is one body's name, not the person the tagger made of
its last words (`de Lenton`). A frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor: the body speaks as itself, and `Its president`
is of it (the rows were *de Lenton* with no organisation, and no organisation).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Bakers protest / The Syndicat des boulangers de Lenton, which represents about 300 bakeries,
# called the plan "a disaster" on Monday. / Its president, Marc Dupuis, said bread prices would
# rise "by a third".
_FOREIGN = """
Bakers NOUN NNS nsubj 1 O baker
protest VERB VBP ROOT 1 O protest _
<paragraph> SPACE _SP dep 1 O <paragraph> _
The DET DT det 8 O the
Syndicat PROPN NNP nmod 8 B-GPE Syndicat
des X FW nmod 6 O des
boulangers NOUN NNS compound 8 O boulanger
de X FW nmod 8 B-PERSON de
Lenton PROPN NNP nsubj 16 I-PERSON Lenton _
, PUNCT , punct 8 O ,
which PRON WDT nsubj 11 O which
represents VERB VBZ relcl 8 O represent
about ADV RB advmod 13 B-CARDINAL about
300 NUM CD nummod 14 I-CARDINAL 300
bakeries NOUN NNS dobj 11 O bakery _
, PUNCT , punct 8 O ,
called VERB VBD ROOT 16 O call
the DET DT det 18 O the
plan NOUN NN dobj 16 O plan
" PUNCT `` punct 18 O " _
a DET DT det 21 O a
disaster NOUN NN appos 18 O disaster _
" PUNCT '' punct 16 O "
on ADP IN prep 16 O on
Monday PROPN NNP pobj 23 B-DATE Monday _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
Its PRON PRP$ poss 28 O its
president NOUN NN nsubj 33 O president _
, PUNCT , punct 28 O ,
Marc PROPN NNP compound 31 B-PERSON Marc
Dupuis PROPN NNP appos 28 I-PERSON Dupuis _
, PUNCT , punct 28 O ,
said VERB VBD ROOT 33 O say
bread NOUN NN compound 35 O bread
prices NOUN NNS nsubj 37 O price
would AUX MD aux 37 O would
rise VERB VB ccomp 33 O rise
" PUNCT `` punct 37 O " _
by ADP IN prep 37 O by
a DET DT det 41 O a
third ADJ JJ pobj 39 B-ORDINAL third _
" PUNCT '' punct 37 O " _
. PUNCT . punct 33 O . _
"""


def test_a_body_named_in_another_language_is_one_name() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_FOREIGN))]
    body = "Syndicat des boulangers de Lenton"
    assert rows == [(body, "", body), ("Marc Dupuis", "president", body)]
