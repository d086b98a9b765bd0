"""`"…," said Senators coach Travis Green, whose side lost 4-1.`: the parser reads the side's job as
a verb with the side its subject and the holder its object, and hangs the relative clause set
off by a comma on the name; the person named after the job still speaks (not *Senators*).
Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We were poor," said Senators coach Travis Green, whose side lost 4-1.
_GREEN = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 6 O be
poor ADJ JJ acomp 2 O poor _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Senators NOUN NNS nsubj 8 O senator
coach VERB VBP nsubj 6 O coach
Travis PROPN NNP compound 10 B-PERSON Travis
Green PROPN NNP dobj 8 I-PERSON Green _
, PUNCT , punct 10 O ,
whose DET WP$ poss 13 O whose
side NOUN NN nsubj 14 O side
lost VERB VBD relcl 10 O lose
4 NUM CD npadvmod 14 B-CARDINAL 4 _
- SYM SYM punct 17 O - _
1 NUM CD prep 15 O 1 _
. PUNCT . punct 6 O . _
"""


def test_the_holder_after_a_job_read_as_a_verb_speaks_past_a_clause() -> None:
    rows = Extractor().rows(frozen(_GREEN))
    assert [r.speaker for r in rows] == ["Travis Green"]
    assert "coach" in rows[0].role
