"""`"…," the noble Lord said`, `The noble Lord said …`: Hansard and the papers that report the
Lords write the noun of courtesy in capitals after `the` and its word of courtesy
(models/courtesy_epithets.txt); the parser calls it a proper noun, and the one word `Lord` was a
person's name of its own. It is a description of the peer the story has just named, as `the
noble lord` in small letters is. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lord Fenwick said: "The noble Baroness is right." The noble Lord said the government had "lost
# its way".
_LEADING = """
Lord PROPN NNP compound 1 O Lord
Fenwick PROPN NNP nsubj 2 B-PERSON Fenwick
said VERB VBD ROOT 2 O say _
: PUNCT : punct 2 O :
" PUNCT `` punct 2 O " _
The DET DT det 7 O the
noble ADJ JJ amod 7 O noble
Baroness PROPN NNP nsubj 8 O Baroness
is AUX VBZ ccomp 2 O be
right ADJ JJ acomp 8 O right _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O "
The DET DT det 14 O the
noble ADJ JJ amod 14 O noble
Lord PROPN NNP nsubj 15 O Lord
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
government NOUN NN nsubj 20 O government
had AUX VBD aux 20 O have
" PUNCT `` punct 20 O " _
lost VERB VBN ccomp 15 O lose
its PRON PRP$ poss 22 O its
way NOUN NN dobj 20 O way _
" PUNCT '' punct 20 O " _
. PUNCT . punct 15 O . _
"""

# Lord Fenwick rose to speak. "The scheme is doomed," the noble Lord said.
_TRAILING = """
Lord PROPN NNP compound 1 O Lord
Fenwick PROPN NNP nsubj 2 B-PERSON Fenwick
rose VERB VBD ROOT 2 O rise
to PART TO aux 4 O to
speak VERB VB xcomp 2 O speak _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
The DET DT det 8 O the
scheme NOUN NN nsubjpass 10 O scheme
is AUX VBZ auxpass 10 O be
doomed VERB VBN ccomp 16 O doom _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
the DET DT det 15 O the
noble ADJ JJ amod 15 O noble
Lord PROPN NNP nsubj 16 O Lord
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_the_noble_lord_is_the_peer_just_named() -> None:
    rows = Extractor().rows(frozen(_LEADING))
    assert [r.speaker for r in rows] == ["Fenwick", "Fenwick"]
    assert rows[0].speaker_id == rows[1].speaker_id


def test_the_noble_lord_after_the_quote() -> None:
    rows = Extractor().rows(frozen(_TRAILING))
    assert [r.speaker for r in rows] == ["Fenwick"]
