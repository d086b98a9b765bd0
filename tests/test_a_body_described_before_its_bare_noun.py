"""`Ghana's finance ministry welcomed the move … a spokeswoman for the ministry said`: the bare
noun of a body of a kind no business is, which the article named by no name (the tagger left
`finance ministry` untagged), stands for the fuller words the article first gave that body, as
`the ministry said` does for the body itself. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ghana's finance ministry welcomed the move on Sunday.  "This will support growth," a spokeswoman
# for the ministry said.
_FINANCE_MINISTRY = """
Ghana PROPN NNP poss 3 B-GPE Ghana _
's PART POS case 0 O 's
finance NOUN NN compound 3 O finance
ministry PROPN NNP nsubj 4 O ministry
welcomed VERB VBD ROOT 4 O welcome
the DET DT det 6 O the
move NOUN NN dobj 4 O move
on ADP IN prep 4 O on
Sunday PROPN NNP pobj 7 B-DATE Sunday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 23 O " _
This PRON DT nsubj 14 O this
will AUX MD aux 14 O will
support VERB VB ccomp 23 O support
growth NOUN NN dobj 14 O growth _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
a DET DT det 19 O a
spokeswoman NOUN NN nsubj 23 O spokeswoman
for ADP IN prep 19 O for
the DET DT det 22 O the
ministry NOUN NN pobj 20 O ministry
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_spokeswoman_for_the_ministry_speaks_for_the_ministry_described_before() -> None:
    rows = Extractor().rows(frozen(_FINANCE_MINISTRY))
    assert [(r.speaker, r.organization) for r in rows] == [("a spokeswoman", "Ghana's finance ministry")]
