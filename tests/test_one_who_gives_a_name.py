"""`One` opening a sentence before a job's noun, with words before the verb that give the name the
way a story gives one it was told (`who gave his name only as Otieno`), brings in that person as
the sentence's subject, so the `he said` after is them and not the man quoted before. Frozen
parse of sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Everything is gone," said Peter Kamau, a shoe seller. One trader from the second row, who gave
# his name only as Otieno, said nobody came. "The firemen had no water," he said.
_OTIENO = """
" PUNCT `` punct 6 O " _
Everything PRON NN nsubj 2 O everything
is AUX VBZ ccomp 6 O be
gone VERB VBN acomp 2 O go _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Peter PROPN NNP compound 8 B-PERSON Peter
Kamau PROPN NNP nsubj 6 I-PERSON Kamau _
, PUNCT , punct 8 O ,
a DET DT det 12 O a
shoe NOUN NN compound 12 O shoe
seller NOUN NN appos 8 O seller _
. PUNCT . punct 6 O .
One NUM CD nummod 15 B-CARDINAL one
trader NOUN NN nsubj 29 O trader
from ADP IN prep 15 O from
the DET DT det 19 O the
second ADJ JJ amod 19 B-ORDINAL second
row NOUN NN pobj 16 O row _
, PUNCT , punct 15 O ,
who PRON WP nsubj 22 O who
gave VERB VBD relcl 15 O give
his PRON PRP$ poss 24 O his
name NOUN NN dobj 22 O name
only ADV RB advmod 26 O only
as ADP IN prep 22 O as
Otieno PROPN NNP pobj 26 B-ORG Otieno _
, PUNCT , punct 15 O ,
said VERB VBD ROOT 29 O say
nobody PRON NN nsubj 31 O nobody
came VERB VBD ccomp 29 O come _
. PUNCT . punct 29 O .
" PUNCT `` punct 42 O " _
The DET DT det 35 O the
firemen NOUN NNS nsubj 36 O fireman
had VERB VBD ccomp 42 O have
no DET DT det 38 O no
water NOUN NN dobj 36 O water _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
he PRON PRP nsubj 42 O he
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O . _
"""


def test_one_who_gives_a_name_is_the_he_after() -> None:
    rows = Extractor().rows(frozen(_OTIENO))
    assert [(r.speaker, r.role) for r in rows] == [("Peter Kamau", "shoe seller"), ("Otieno", "trader")]
