"""`Thomas Baker was charged with drunkenness. … Prisoner: “I never touched it.”`, `“…,” said the
defendant`: the accused, the defendant or the prisoner of a court report is the one person it
says was charged (summoned, indicted), the passive's subject; of two charged together, neither.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import BAKER_CHARGED, minutes_spec
from tests.frozen import frozen

# Thomas Baker, a labourer, was charged with drunkenness.  Prisoner: "I never touched it."
_LABEL = minutes_spec(
    BAKER_CHARGED,
    """
<paragraph> SPACE _SP dep 10 O <paragraph> _
Prisoner PROPN NNP ROOT 12 B-PERSON Prisoner _
: PUNCT : punct 12 O :
" PUNCT `` punct 17 O " _
I PRON PRP nsubj 17 O I
never ADV RB neg 17 O never
touched VERB VBD acl 12 O touch
it PRON PRP dobj 17 O it _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
""",
)

# Thomas Baker was summoned for allowing his cow to stray. "The gate was broken," said the
# defendant.
_SAID = """
Thomas PROPN NNP compound 1 B-PERSON Thomas
Baker PROPN NNP nsubjpass 3 I-PERSON Baker
was AUX VBD auxpass 3 O be
summoned VERB VBN ROOT 3 O summon
for ADP IN prep 3 O for
allowing VERB VBG pcomp 4 O allow
his PRON PRP$ poss 7 O his
cow NOUN NN nsubj 9 O cow
to PART TO aux 9 O to
stray VERB VB ccomp 5 O stray _
. PUNCT . punct 3 O .
" PUNCT `` punct 18 O " _
The DET DT det 13 O the
gate NOUN NN nsubjpass 15 O gate
was AUX VBD auxpass 15 O be
broken VERB VBN ccomp 18 O break _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
said VERB VBD ROOT 18 O say
the DET DT det 20 O the
defendant NOUN NN nsubj 18 O defendant _
. PUNCT . punct 18 O . _
"""

# Thomas Baker and John Moffat were charged with fighting. "He struck first," said the defendant.
_TWO = """
Thomas PROPN NNP compound 1 B-PERSON Thomas
Baker PROPN NNP nsubjpass 6 I-PERSON Baker
and CCONJ CC cc 1 O and
John PROPN NNP compound 4 B-PERSON John
Moffat PROPN NNP conj 1 I-PERSON Moffat
were AUX VBD auxpass 6 O be
charged VERB VBN ROOT 6 O charge
with ADP IN prep 6 O with
fighting NOUN NN pobj 7 O fighting _
. PUNCT . punct 6 O .
" PUNCT `` punct 16 O " _
He PRON PRP nsubj 12 O he
struck VERB VBD ccomp 16 O strike
first ADV RB advmod 12 B-ORDINAL first _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
defendant NOUN NN nsubj 16 O defendant _
. PUNCT . punct 16 O . _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_a_prisoners_label_is_the_one_charged() -> None:
    assert _speakers(_LABEL) == ["Thomas Baker"]


def test_the_defendant_is_the_one_summoned() -> None:
    assert _speakers(_SAID) == ["Thomas Baker"]


def test_of_two_charged_the_defendant_is_neither() -> None:
    assert _speakers(_TWO) == ["the defendant"]
