"""Rugby's pivot written with a hyphen before a player's name (sport, issue 10), from a frozen
parse of sentences written for this file: `Chiefs first-five Damian McKenzie`, the tagger calling
`first-five` a number, and `Munster out-half Jack Crowley`, `out` an adverb, give the position
(models/role_nouns.txt), as `fly-half` does; before, neither gave a role."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Chiefs first-five Damian McKenzie was relieved. "We got out of jail tonight," McKenzie said. Munster
# out-half Jack Crowley kicked the winner. "I just tried to stay calm," Crowley said.
_POSITIONS = """
Chiefs PROPN NNPS nmod 5 O Chiefs
first ADJ JJ amod 3 B-CARDINAL first _
- PUNCT HYPH punct 3 I-CARDINAL - _
five NUM CD nummod 5 I-CARDINAL five
Damian PROPN NNP compound 5 O Damian
McKenzie PROPN NNP nsubjpass 7 B-PERSON McKenzie
was AUX VBD auxpass 7 O be
relieved VERB VBN ROOT 7 O relieve _
. PUNCT . punct 7 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 11 O we
got VERB VBD ccomp 19 O get
out ADP IN prep 11 O out
of ADP IN prep 12 O of
jail NOUN NN pobj 13 O jail
tonight NOUN NN npadvmod 11 B-TIME tonight _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
McKenzie PROPN NNP nsubj 19 B-PERSON McKenzie
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O .
Munster PROPN NNP compound 26 B-PERSON Munster
out ADV RB quantmod 24 O out _
- PUNCT HYPH punct 24 O - _
half NOUN NN compound 26 O half
Jack PROPN NNP compound 26 B-PERSON Jack
Crowley PROPN NNP nsubj 27 I-PERSON Crowley
kicked VERB VBD ROOT 27 O kick
the DET DT det 29 O the
winner NOUN NN dobj 27 O winner _
. PUNCT . punct 27 O .
" PUNCT `` punct 34 O " _
I PRON PRP nsubj 34 O I
just ADV RB advmod 34 O just
tried VERB VBD ccomp 41 O try
to PART TO aux 36 O to
stay VERB VB xcomp 34 O stay
calm ADJ JJ acomp 36 O calm _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
Crowley PROPN NNP nsubj 41 B-PERSON Crowley
said VERB VBD ROOT 41 O say _
. PUNCT . punct 41 O . _
"""


def test_a_position_written_with_a_number_word_or_an_adverb_is_a_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_POSITIONS))]
    assert rows == [("Damian McKenzie", "Chiefs first-five"), ("Jack Crowley", "out-half")]
