"""A state's abbreviation in a party label after a name, split by the tokenizer from its full
stop (`Sen. Ada Voss, D-Vt., chairwoman of …`: `Vt` + `.` + `,`), is still the label: the
apposition after it is the person's role. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Sen. Ada Voss, D-Vt., chairwoman of the Rules Committee, disagreed. "It is far too late," Voss said.
_LABEL_WITH_A_SPLIT_STOP = """
Sen. PROPN NNP compound 2 O Sen.
Ada PROPN NNP compound 2 B-PERSON Ada
Voss PROPN NNP nsubj 15 I-PERSON Voss _
, PUNCT , punct 2 O ,
D PROPN NNP appos 2 O D _
- PUNCT HYPH punct 4 O - _
Vt PROPN NNP conj 4 O Vt _
. PROPN NNP conj 4 O . _
, PUNCT , punct 7 O ,
chairwoman NOUN NN appos 2 O chairwoman
of ADP IN prep 9 O of
the DET DT det 13 B-ORG the
Rules PROPN NNP compound 13 I-ORG Rules
Committee PROPN NNP pobj 10 I-ORG Committee _
, PUNCT , punct 2 O ,
disagreed VERB VBD ROOT 15 O disagree _
. PUNCT . punct 15 O .
" PUNCT `` punct 26 O " _
It PRON PRP nsubj 19 O it
is AUX VBZ ccomp 26 O be
far ADV RB advmod 22 O far
too ADV RB advmod 22 O too
late ADJ JJ acomp 19 O late _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Voss PROPN NNP nsubj 26 B-PERSON Voss
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_the_apposition_after_a_label_with_a_split_stop_is_the_role() -> None:
    rows = Extractor().rows(frozen(_LABEL_WITH_A_SPLIT_STOP))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ada Voss", "chairwoman of the Rules Committee", "Rules Committee")
    ]
