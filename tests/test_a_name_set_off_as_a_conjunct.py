"""A name set off by commas after a person's place (`A resident of Taman Desa Jaya, Rohani Yusof,
52, said`), which the parser made a conjunct of the place (no `and`, no third item: no list)
and the tagger may tag a person too, stands in the subject's place: a `the mother of three`
after it is hers, not that of a man quoted before. A hand-edited frozen parse (see
tests/frozen.py) of sentences written for this file, through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The parse as the model gave it, but for `Yusof` made a conjunct of `Jaya` (it gave an
# apposition) and the place tagged a person's name: both as the model does for other names.
# State councillor Zainal Abidin said the pond would open in March. "We cannot keep moving
# residents," he told reporters. Council president Datuk Rahman Ali said the drains were clear.
# "It was mostly plastic," he said. A resident of Taman Desa Jaya, Rohani Yusof, 52, said her
# house had flooded. "We lose everything each time," said the mother of three.
_RESIDENT = """
State NOUN NN compound 1 O state
councillor NOUN NN nsubj 4 O councillor
Zainal PROPN NNP compound 3 B-ORG Zainal
Abidin PROPN NNP appos 1 I-ORG Abidin
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
pond NOUN NN nsubj 8 O pond
would AUX MD aux 8 O would
open VERB VB ccomp 4 O open
in ADP IN prep 8 O in
March PROPN NNP pobj 9 B-DATE March _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
can AUX MD aux 16 O can _
not PART RB neg 16 O not
keep VERB VB ccomp 22 O keep
moving VERB VBG xcomp 16 O move
residents NOUN NNS dobj 17 O resident _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
told VERB VBD ROOT 22 O tell
reporters NOUN NNS dobj 22 O reporter _
. PUNCT . punct 22 O .
Council NOUN NN compound 26 B-ORG council
president NOUN NN compound 29 O president
Datuk PROPN NNP compound 29 B-PERSON Datuk
Rahman PROPN NNP compound 29 I-PERSON Rahman
Ali PROPN NNP nsubj 30 I-PERSON Ali
said VERB VBD ROOT 30 O say
the DET DT det 32 O the
drains NOUN NNS nsubj 33 O drain
were AUX VBD ccomp 30 O be
clear ADJ JJ acomp 33 O clear _
. PUNCT . punct 30 O .
" PUNCT `` punct 44 O " _
It PRON PRP nsubj 38 O it
was AUX VBD ccomp 44 O be
mostly ADV RB advmod 38 O mostly
plastic ADJ JJ acomp 38 O plastic _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
he PRON PRP nsubj 44 O he
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O .
A DET DT det 47 O a
resident NOUN NN nsubj 58 O resident
of ADP IN prep 47 O of
Taman PROPN NNP compound 51 B-PERSON Taman
Desa PROPN NNP compound 51 I-PERSON Desa
Jaya PROPN NNP pobj 48 I-PERSON Jaya _
, PUNCT , punct 51 O ,
Rohani PROPN NNP compound 54 B-PERSON Rohani
Yusof PROPN NNP conj 51 I-PERSON Yusof _
, PUNCT , punct 54 O ,
52 NUM CD appos 54 B-DATE 52 _
, PUNCT , punct 54 O ,
said VERB VBD ROOT 58 O say
her PRON PRP$ poss 60 O her
house NOUN NN nsubj 62 O house
had AUX VBD aux 62 O have
flooded VERB VBN ccomp 58 O flood _
. PUNCT . punct 58 O .
" PUNCT `` punct 72 O " _
We PRON PRP nsubj 66 O we
lose VERB VBP ccomp 72 O lose
everything PRON NN dobj 66 O everything
each DET DT det 69 O each
time NOUN NN npadvmod 66 O time _
, PUNCT , punct 72 O , _
" PUNCT '' punct 72 O "
said VERB VBD ROOT 72 O say
the DET DT det 74 O the
mother NOUN NN nsubj 72 O mother
of ADP IN prep 74 O of
three NUM CD pobj 75 B-CARDINAL three _
. PUNCT . punct 72 O . _
"""


def test_a_name_set_off_after_a_persons_place_is_the_subject() -> None:
    rows = Extractor().rows(frozen(_RESIDENT))
    assert [r.speaker for r in rows] == ["Zainal Abidin", "Rahman Ali", "Rohani Yusof"]
