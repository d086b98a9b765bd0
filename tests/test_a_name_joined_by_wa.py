"""`Mukoma wa Ngugi`: `wa` (son or daughter of, in Kikuyu names) opens a surname in small letters,
like `de` or `van` (models/name_particles.txt), so a given name tagged a person, `wa` and a surname
tagged a body are one person's name. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mukoma wa Ngugi, a lecturer, said the book was finished. "It took ten years," he said.
_MUKOMA = """
Mukoma PROPN NNP nsubj 1 B-PERSON Mukoma
wa PROPN NNP nsubj 7 O wa
Ngugi PROPN NNP dobj 1 B-ORG Ngugi _
, PUNCT , punct 2 O ,
a DET DT det 5 O a
lecturer NOUN NN appos 2 O lecturer _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
book NOUN NN nsubjpass 11 O book
was AUX VBD auxpass 11 O be
finished VERB VBN ccomp 7 O finish _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
It PRON PRP nsubj 15 O it
took VERB VBD ccomp 21 O take
ten NUM CD nummod 17 B-DATE ten
years NOUN NNS npadvmod 15 I-DATE year _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_kikuyu_name_joined_by_wa() -> None:
    rows = Extractor().rows(frozen(_MUKOMA))
    assert [(r.speaker, r.role) for r in rows] == [("Mukoma wa Ngugi", "lecturer")]
