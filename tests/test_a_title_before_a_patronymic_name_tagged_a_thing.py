"""`Crown Prince Mohammed bin Salman said`, tagged a work whole: the words after an office title
inside a span tagged a body or a thing are its holder's name, with the `bin` joining the
father's name to it as a surname's `van` is; the title is the role. It gave the speaker
*Crown Prince Mohammed bin Salman* and no role. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The kingdom will not be moved by threats," Crown Prince Mohammed bin Salman said on Tuesday.
_CROWN = """
" PUNCT `` punct 16 O " _
The DET DT det 2 O the
kingdom NOUN NN nsubjpass 6 O kingdom
will AUX MD aux 6 O will
not PART RB neg 6 O not
be AUX VB auxpass 6 O be
moved VERB VBN ccomp 16 O move
by ADP IN agent 6 O by
threats NOUN NNS pobj 7 O threat _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
Crown PROPN NNP compound 15 B-WORK_OF_ART Crown
Prince PROPN NNP compound 15 I-WORK_OF_ART Prince
Mohammed PROPN NNP compound 15 I-WORK_OF_ART Mohammed
bin PROPN NNP compound 15 I-WORK_OF_ART bin
Salman PROPN NNP nsubj 16 I-WORK_OF_ART Salman
said VERB VBD ROOT 16 O say
on ADP IN prep 16 O on
Tuesday PROPN NNP pobj 17 B-DATE Tuesday _
. PUNCT . punct 16 O . _
"""


def test_the_name_after_a_title_in_a_work_keeps_its_bin() -> None:
    rows = Extractor().rows(frozen(_CROWN))
    assert [(r.speaker, r.role) for r in rows] == [("Mohammed bin Salman", "Crown Prince")]
