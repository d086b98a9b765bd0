"""A later mention of a name the parser reads as a word. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor:

- `Nguyen Van An, a noodle seller, …` then `“…,” An said`, `An` tagged a determiner: a small
  word in capitals inside a sentence, the subject of its verb and the last word of a person's
  name the story gives, is that name (the row had no speaker).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_NAME_READ_AS_A_DETERMINER = """
Nguyen PROPN NNP compound 2 B-PERSON Nguyen
Van PROPN NNP compound 2 I-PERSON Van
An PROPN NNP nsubj 8 I-PERSON An _
, PUNCT , punct 2 O ,
a DET DT det 6 O a
noodle NOUN NN compound 6 O noodle
seller NOUN NN appos 2 O seller _
, PUNCT , punct 2 O ,
runs VERB VBZ ROOT 8 O run
a DET DT det 10 O a
stall NOUN NN dobj 8 O stall
near ADP IN prep 8 O near
the DET DT det 13 O the
river NOUN NN pobj 11 O river _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 23 O " _
Business NOUN NN nsubj 18 O business
is AUX VBZ ccomp 23 O be
slow ADJ JJ acomp 18 O slow _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
An PRON DT nsubj 23 O an
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_a_name_read_as_a_determiner_is_the_name() -> None:
    assert _rows(_A_NAME_READ_AS_A_DETERMINER) == [("Nguyen Van An", "noodle seller")]
