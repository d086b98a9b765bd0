"""A word no English dictionary has, bare after `became` and before `at` a body, is the post the
person holds there (`X became toji at Tanabe Shuzo`: *toji* / *Tanabe Shuzo*), as `became head
brewer at` gives one; an English adjective so placed (`became famous at`) is none. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Mika Tanabe, 29, became toji at Tanabe Shuzo, her family's old brewery, two years ago. /
# "The water decides everything," she says.
_BECAME = """
Mika PROPN NNP compound 1 B-ORG Mika
Tanabe PROPN NNP nsubj 5 I-ORG Tanabe _
, PUNCT , punct 1 O ,
29 NUM CD appos 1 B-DATE 29 _
, PUNCT , punct 1 O ,
became VERB VBD ROOT 5 O become
toji ADJ JJ acomp 5 O toji
at ADP IN prep 5 O at
Tanabe PROPN NNP compound 9 B-ORG Tanabe
Shuzo PROPN NNP pobj 7 I-ORG Shuzo _
, PUNCT , punct 9 O ,
her PRON PRP$ poss 12 O her
family NOUN NN poss 15 O family _
's PART POS case 12 O 's
old ADJ JJ amod 15 O old
brewery NOUN NN appos 9 O brewery _
, PUNCT , punct 15 O ,
two NUM CD nummod 18 B-DATE two
years NOUN NNS npadvmod 19 I-DATE year
ago ADV RB advmod 15 I-DATE ago _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 30 O " _
The DET DT det 24 O the
water NOUN NN nsubj 25 O water
decides VERB VBZ ccomp 30 O decide
everything PRON NN dobj 25 O everything _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
she PRON PRP nsubj 30 O she
says VERB VBZ ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Anna Berg became famous at Harbour United. / "I was lucky," she says.
_AN_ADJECTIVE = """
Anna PROPN NNP compound 1 B-PERSON Anna
Berg PROPN NNP nsubj 2 I-PERSON Berg
became VERB VBD ROOT 2 O become
famous ADJ JJ acomp 2 O famous
at ADP IN prep 2 O at
Harbour PROPN NNP compound 6 B-FAC Harbour
United PROPN NNP pobj 4 I-FAC United _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 11 O " _
I PRON PRP nsubj 11 O I
was AUX VBD ccomp 16 O be
lucky ADJ JJ acomp 11 O lucky _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
she PRON PRP nsubj 16 O she
says VERB VBZ ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_post_no_dictionary_has_after_became() -> None:
    assert who(_BECAME) == [("Mika Tanabe", "toji", "Tanabe Shuzo")]


def test_adjective_after_became_is_no_post() -> None:
    assert who(_AN_ADJECTIVE) == [("Anna Berg", "", "")]
