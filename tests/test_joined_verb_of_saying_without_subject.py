"""A verb of saying the parser joined by `and` to a verb before it, with no subject of its own,
speaks for whoever the first verb's subject is, also when that subject is a group a quantifier
names (`Some …`) or words the parser took into the phrase that opens the sentence. Frozen
parses of sentences written for this file (see tests/frozen.py), with the misreadings the
parser makes of such sentences written in."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def reported(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.quote) for r in Extractor(indirect=True).rows(frozen(spec)) if r.kind == "indirect"]


# Some stayed away, and argue that the levy is unfair.
_SOME = """
Some PRON DT nsubj 1 O some
stayed VERB VBD ROOT 1 O stay
away ADV RB advmod 1 O away _
, PUNCT , punct 1 O ,
and CCONJ CC cc 1 O and
argue VERB VBP conj 1 O argue
that SCONJ IN mark 9 O that
the DET DT det 8 O the
levy NOUN NN nsubj 9 O levy
is AUX VBZ ccomp 5 O be
unfair ADJ JJ acomp 9 O unfair _
. PUNCT . punct 1 O . _
"""

# At a rally in Leeds, 62-year-old Ana Ruiz railed against the levy, and explained how it hurt
# her family. (`Ruiz` hung on `Leeds` as if it described the city.)
_RUIZ = """
At ADP IN prep 13 O at
a DET DT det 2 O a
rally NOUN NN pobj 0 O rally
in ADP IN prep 2 O in
Leeds PROPN NNPS pobj 3 B-GPE Leeds _
, PUNCT , punct 4 O ,
62 NUM CD nummod 8 B-DATE 62 _
- PUNCT HYPH punct 8 I-DATE - _
year NOUN NN npadvmod 10 I-DATE year _
- PUNCT HYPH punct 10 I-DATE - _
old ADJ JJ amod 12 I-DATE old
Ana PROPN NNP compound 12 B-PERSON Ana
Ruiz PROPN NNP appos 4 I-PERSON Ruiz
railed VERB VBD ROOT 13 O rail
against ADP IN prep 13 O against
the DET DT det 16 O the
levy NOUN NN pobj 14 O levy _
, PUNCT , punct 13 O ,
and CCONJ CC cc 13 O and
explained VERB VBD conj 13 O explain
how SCONJ WRB advmod 22 O how
it PRON PRP nsubj 22 O it
hurt VERB VBD ccomp 19 O hurt
her PRON PRP$ poss 24 O her
family NOUN NN dobj 22 O family _
. PUNCT . punct 13 O . _
"""


def test_a_group_named_by_a_quantifier_speaks_for_the_joined_verb() -> None:
    assert reported(_SOME) == [("Some", "the levy is unfair")]


def test_words_after_the_opening_phrase_speak_for_the_joined_verb() -> None:
    assert reported(_RUIZ) == [("Ana Ruiz", "how it hurt her family")]
