"""A job any body has, after a word or two of its own in small letters (`Phoenix general
manager X`), names the side before it when the story calls that word a side elsewhere, even
where that other mention opens its sentence (`Phoenix coach Y said`, a proper noun there, not a
word in capitals only because it opens the sentence). Frozen parse of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Lenton Phoenix have signed a striker from Braga. Phoenix coach Tom Reid said the club had
# watched him for a year. "He is quick," Reid said. Phoenix general manager Ana Ruiz said the fee
# was small. "We buy smart," Ruiz said.
_SIGNING = """
The DET DT det 2 B-ORG the
Lenton PROPN NNP compound 2 I-ORG Lenton
Phoenix PROPN NNP nsubj 4 I-ORG Phoenix
have AUX VBP aux 4 O have
signed VERB VBN ROOT 4 O sign
a DET DT det 6 O a
striker NOUN NN dobj 4 O striker
from ADP IN prep 6 O from
Braga PROPN NNP pobj 7 B-ORG Braga _
. PUNCT . punct 4 O .
Phoenix PROPN NNP compound 11 B-GPE Phoenix
coach NOUN NN compound 13 O coach
Tom PROPN NNP compound 13 B-PERSON Tom
Reid PROPN NNP nsubj 14 I-PERSON Reid
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
club NOUN NN nsubj 18 O club
had AUX VBD aux 18 O have
watched VERB VBN ccomp 14 O watch
him PRON PRP dobj 18 O he
for ADP IN prep 18 O for
a DET DT det 22 B-DATE a
year NOUN NN pobj 20 I-DATE year _
. PUNCT . punct 14 O .
" PUNCT `` punct 31 O " _
He PRON PRP nsubj 26 O he
is AUX VBZ ccomp 31 O be
quick ADJ JJ acomp 26 O quick _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Reid PROPN NNP nsubj 31 B-PERSON Reid
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O .
Phoenix PROPN NNP nmod 35 B-GPE Phoenix
general ADJ JJ amod 35 O general
manager NOUN NN compound 37 O manager
Ana PROPN NNP compound 37 B-PERSON Ana
Ruiz PROPN NNP nsubj 38 I-PERSON Ruiz
said VERB VBD ROOT 38 O say
the DET DT det 40 O the
fee NOUN NN nsubj 41 O fee
was AUX VBD ccomp 38 O be
small ADJ JJ acomp 41 O small _
. PUNCT . punct 38 O .
" PUNCT `` punct 51 O " _
We PRON PRP nsubj 46 O we
buy VERB VBP ccomp 51 O buy
smart ADJ JJ advmod 46 O smart _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
Ruiz PROPN NNP nsubj 51 O Ruiz
said VERB VBD ROOT 51 O say _
. PUNCT . punct 51 O . _
"""


def test_a_side_before_a_job_with_words_of_its_own() -> None:
    rows = Extractor().rows(frozen(_SIGNING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Reid", "coach", "Phoenix"),
        ("Ana Ruiz", "general manager", "Phoenix"),
    ]
