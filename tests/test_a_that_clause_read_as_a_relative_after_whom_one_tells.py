"""`Their lawyer, Ama Owusu, told reporters outside the courthouse that her client would appeal`:
the parser reads `that` as the object of a relative clause on `courthouse` (`the courthouse that
her client would appeal`), so the verb of telling had no clause and its row was its addressee and
all after it, `reporters outside the courthouse that her client would appeal`. A verb of telling
whose object is already whom it addresses has no other words to report: after a phrase on it,
such a clause opened by `that` with its own subject right after is what was told
(indirect._that_read_as_relative_object). The rows from a frozen parse of a sentence written for
this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Their lawyer, Ama Owusu, told reporters outside the courthouse that her client would appeal.
_OUTSIDE_THE_COURTHOUSE = """
Their PRON PRP$ poss 1 O their
lawyer NOUN NN nsubj 6 O lawyer _
, PUNCT , punct 1 O ,
Ama PROPN NNP compound 4 B-ORG Ama
Owusu PROPN NNP appos 1 I-ORG Owusu _
, PUNCT , punct 1 O ,
told VERB VBD ROOT 6 O tell
reporters NOUN NNS dobj 6 O reporter
outside ADP IN prep 6 O outside
the DET DT det 10 O the
courthouse NOUN NN pobj 8 O courthouse
that SCONJ IN dobj 15 O that
her PRON PRP$ poss 13 O her
client NOUN NN nsubj 15 O client
would AUX MD aux 15 O would
appeal VERB VB relcl 10 O appeal _
. PUNCT . punct 6 O . _
"""


def test_what_was_told_is_the_clause_not_the_addressee() -> None:
    rows = Extractor(indirect=True).rows(frozen(_OUTSIDE_THE_COURTHOUSE))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Ama Owusu", "told", "her client would appeal")
    ]
