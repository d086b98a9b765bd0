"""The owner of a noun for what was said, heading the subject of a lead-in that ends in a colon,
speaks: `The mayor's reply was blunt: “No.”` is the mayor's, `Her message to voters was
simple: “Trust me.”` hers (models/utterance_nouns.txt). Frozen parses of sentences written for
this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mayor Ana Ruiz met the harbour board on Tuesday. / The mayor's reply was blunt: "No." /
# Her message to voters was simple: "Trust me."
_REPLY = """
Mayor PROPN NNP compound 2 O Mayor
Ana PROPN NNP compound 2 O Ana
Ruiz PROPN NNP nsubj 3 O Ruiz
met VERB VBD ROOT 3 O meet
the DET DT det 6 O the
harbour PROPN NNP compound 6 O harbour
board NOUN NN dobj 3 O board
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
The DET DT det 12 O the
mayor NOUN NN poss 14 O mayor _
's PART POS case 12 O 's
reply NOUN NN nsubj 15 O reply
was AUX VBD ROOT 15 O be
blunt ADJ JJ acomp 15 O blunt _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
No INTJ UH intj 15 O no _
. PUNCT . punct 15 O . _
" PUNCT `` punct 20 O " _
<paragraph> SPACE _SP dep 21 O <paragraph> _
Her PRON PRP$ poss 24 O her
message NOUN NN nsubj 27 O message
to ADP IN prep 24 O to
voters NOUN NNS pobj 25 O voter
was AUX VBD ccomp 31 O be
simple ADJ JJ acomp 27 O simple _
: PUNCT : punct 31 O :
" PUNCT `` punct 31 O " _
Trust VERB VB ROOT 31 O trust
me PRON PRP dobj 31 O I _
. PUNCT . punct 31 O . _
" PUNCT '' punct 31 O " _
"""


def test_the_owner_of_a_reply_speaks() -> None:
    rows = Extractor().rows(frozen(_REPLY))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Ruiz", "Mayor"), ("Ana Ruiz", "Mayor")]
