"""Hong Kong news writes a person's English given name (and a married woman's first family
name) before the Cantonese name, a family name and two syllables joined by a hyphen (`Winnie Ho
Kam-yee`, `Cecilia Yip Lau Pui-man`); the tagger tags the Cantonese name alone and the English
given name is lost with the role before it. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# HONG KONG - Lawmaker Winnie Ho Kam-yee said the plan was flawed. "It goes too far," Ho said.
_APART = """
HONG PROPN NNP compound 1 B-GPE HONG
KONG PROPN NNP ROOT 1 I-GPE KONG
- PUNCT HYPH punct 1 I-GPE -
Lawmaker PROPN NNP compound 8 O Lawmaker
Winnie PROPN NNP compound 8 O Winnie
Ho PROPN NNP compound 8 B-PERSON Ho
Kam PROPN NNP compound 8 I-PERSON Kam _
- PROPN NNP punct 8 I-PERSON - _
yee PROPN NNP nsubj 9 I-PERSON yee
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
plan NOUN NN nsubj 12 O plan
was AUX VBD ccomp 9 O be
flawed ADJ JJ acomp 12 O flawed _
. PUNCT . punct 9 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 17 O it
goes VERB VBZ ccomp 23 O go
too ADV RB advmod 19 O too
far ADV RB advmod 17 O far _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Ho PROPN NNP nsubj 23 B-PERSON Ho
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# HONG KONG - Lawmaker Cecilia Yip Lau Pui-man said the plan was flawed. "It goes too far," Yip said.
_MARRIED = """
HONG PROPN NNP compound 1 B-GPE HONG
KONG PROPN NNP ROOT 1 I-GPE KONG
- PUNCT HYPH punct 1 I-GPE -
Lawmaker PROPN NNP compound 4 O Lawmaker
Cecilia PROPN NNP compound 9 O Cecilia
Yip PROPN NNP compound 9 B-PERSON Yip
Lau PROPN NNP compound 9 I-PERSON Lau
Pui PROPN NNP compound 9 I-PERSON Pui _
- PUNCT HYPH punct 9 I-PERSON - _
man NOUN NN nsubj 10 I-PERSON man
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
plan NOUN NN nsubj 13 O plan
was AUX VBD ccomp 10 O be
flawed ADJ JJ acomp 13 O flawed _
. PUNCT . punct 10 O .
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 18 O it
goes VERB VBZ ccomp 24 O go
too ADV RB advmod 20 O too
far ADV RB advmod 18 O far _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Yip PROPN NNP nsubj 24 B-PERSON Yip
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_an_english_given_name_opens_the_cantonese_name() -> None:
    assert who(_APART) == [("Winnie Ho Kam-yee", "Lawmaker", "")]


def test_a_married_womans_two_family_names_after_her_english_name() -> None:
    assert who(_MARRIED) == [("Cecilia Yip Lau Pui-man", "Lawmaker", "")]
