"""`deposed that …`, court and inquest reports' verb of a witness giving evidence, reports what the
witness said (`John Pritchard, the fireman at the pit, deposed that he had found no gas`); the verb
of removing a ruler (`deposed the king`) reports nothing. Frozen parses (tests/frozen.py) of
sentences written for this file."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# John Pritchard, the fireman at the pit, deposed that he had found no gas that morning.
_FOUND_NO_GAS = """
John PROPN NNP compound 1 B-PERSON John
Pritchard PROPN NNP nsubj 9 I-PERSON Pritchard _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
fireman NOUN NN appos 1 O fireman
at ADP IN prep 4 O at
the DET DT det 7 O the
pit NOUN NN pobj 5 O pit _
, PUNCT , punct 1 O ,
deposed VERB VBD ROOT 9 O depose
that SCONJ IN mark 13 O that
he PRON PRP nsubj 13 O he
had AUX VBD aux 13 O have
found VERB VBN ccomp 9 O find
no DET DT det 15 O no
gas NOUN NN dobj 13 O gas
that DET DT det 17 B-TIME that
morning NOUN NN npadvmod 13 I-TIME morning _
. PUNCT . punct 9 O . _
"""


# The officers who deposed the king in 1910 were never tried.
_DEPOSED_THE_KING = """
The DET DT det 1 O the
officers NOUN NNS nsubjpass 10 O officer
who PRON WP nsubj 3 O who
deposed VERB VBD relcl 1 O depose
the DET DT det 5 O the
king NOUN NN dobj 3 O king
in ADP IN prep 3 O in
1910 NUM CD pobj 6 B-DATE 1910
were AUX VBD auxpass 10 O be
never ADV RB neg 10 O never
tried VERB VBN ROOT 10 O try _
. PUNCT . punct 10 O . _
"""


def test_a_witness_deposing_reports_their_evidence() -> None:
    rows = Extractor(indirect=True).rows(frozen(_FOUND_NO_GAS))
    assert [(r.kind, r.speaker, r.cue, r.quote) for r in rows] == [
        ("indirect", "John Pritchard", "deposed", "he had found no gas that morning"),
    ]


def test_deposing_a_ruler_reports_nothing() -> None:
    assert Extractor(indirect=True).rows(frozen(_DEPOSED_THE_KING)) == []
