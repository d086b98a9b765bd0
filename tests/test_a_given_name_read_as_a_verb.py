"""A listed given name in capitals that the tagger reads as a verb (`Sipho`, tagged VBZ) but puts
inside a person's name, right before the rest of it, is the name's word: the name is a person's,
so the title before it is read (`said Chiefs boss Sipho Nkosi after the win` had no role and no
organisation). Frozen parse of a sentence written for this file (see tests/frozen.py), through
the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We were sharp," said Chiefs boss Sipho Nkosi after the win.
_SIPHO = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 6 O be
sharp ADJ JJ acomp 2 O sharp _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Chiefs PROPN NNPS compound 8 O Chiefs
boss NOUN NN compound 10 O boss
Sipho VERB VBZ compound 10 B-PERSON Sipho
Nkosi PROPN NNP nsubj 6 I-PERSON Nkosi
after ADP IN prep 10 O after
the DET DT det 13 O the
win NOUN NN pobj 11 O win _
. PUNCT . punct 6 O . _
"""


def test_a_given_name_read_as_a_verb_keeps_the_title_before_it() -> None:
    rows = Extractor().rows(frozen(_SIPHO))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sipho Nkosi", "boss", "Chiefs")]
