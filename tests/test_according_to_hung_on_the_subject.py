"""`according to X` set off inside a clause reports the whole clause also where the parser hangs
the phrase on the clause's subject (`One of the changes they have made, according to X, is …`):
the verb after the phrase is the clause's, and the report does not stop at the phrase. A frozen
parse (the model's own) of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# One of the changes they have made, according to a person close to the council, is a later
# start to the day.
_CHANGES = """
One NUM CD nsubj 17 B-CARDINAL one
of ADP IN prep 0 O of
the DET DT det 3 O the
changes NOUN NNS pobj 1 O change
they PRON PRP nsubj 6 O they
have AUX VBP aux 6 O have
made VERB VBN relcl 3 O make _
, PUNCT , punct 0 O ,
according VERB VBG prep 0 O accord
to ADP IN prep 8 O to
a DET DT det 11 O a
person NOUN NN pobj 9 O person
close ADJ JJ amod 11 O close
to ADP IN prep 12 O to
the DET DT det 15 O the
council NOUN NN pobj 13 O council _
, PUNCT , punct 0 O ,
is AUX VBZ ROOT 17 O be
a DET DT det 20 O a
later ADJ JJ amod 20 O later
start NOUN NN attr 17 O start
to ADP IN prep 20 O to
the DET DT det 23 B-DATE the
day NOUN NN pobj 21 I-DATE day _
. PUNCT . punct 17 O . _
"""


def test_the_clause_around_the_phrase_is_reported_whole() -> None:
    rows = [r.quote for r in Extractor(indirect=True).rows(frozen(_CHANGES)) if r.kind == "indirect"]
    phrase = ", according to a person close to the council, "
    assert rows == ["One of the changes they have made" + phrase + "is a later start to the day"]
