"""A time stamp with no date over a story (`2 hours ago`, `14 minutes ago`, `14:32`, `2.15pm`) is
page furniture of its own kind, `stamp`: the headline under it is the story's opening line, so
its quote is a headline's and gets no speaker (main read the stamp as the first line and gave
`Islanders say they have been "abandoned" after ferry cuts` a row for *Islanders*). A stamp is
no date line inside a story: on a live page it opens the next entry, so a speaker does not
carry past it. Frozen parse of a story written for this file (see tests/frozen.py), through the
whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import INSERTED_KINDS, line_kind
from tests.frozen import frozen

# 2 hours ago / Islanders say they have been "abandoned" after ferry cuts / The ferry from Oban
# has not sailed since March, leaving the island short of food. / "We are an afterthought," said
# baker Morag MacNeil.
_STAMPED = """
2 NUM CD nummod 1 B-TIME 2
hours NOUN NNS npadvmod 2 I-TIME hour
ago ADP IN ROOT 2 I-TIME ago _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Islanders NOUN NNS nsubj 5 B-NORP islander
say VERB VBP ROOT 5 O say
they PRON PRP nsubjpass 10 O they
have AUX VBP aux 10 O have
been AUX VBN auxpass 10 O be
" PUNCT `` punct 10 O " _
abandoned VERB VBN ccomp 5 O abandon _
" PUNCT '' punct 10 O "
after ADP IN prep 10 O after
ferry NOUN NN compound 14 O ferry
cuts NOUN NNS pobj 12 O cut _
<paragraph> SPACE _SP dep 14 O <paragraph> _
The DET DT det 17 O the
ferry NOUN NN nsubj 22 O ferry
from ADP IN prep 17 O from
Oban PROPN NNP pobj 18 B-ORG Oban
has AUX VBZ aux 22 O have
not PART RB neg 22 O not
sailed VERB VBN ROOT 22 O sail
since SCONJ IN prep 22 O since
March PROPN NNP pobj 23 B-DATE March _
, PUNCT , punct 22 O ,
leaving VERB VBG advcl 22 O leave
the DET DT det 28 O the
island NOUN NN dobj 26 O island
short ADJ JJ oprd 26 O short
of ADP IN prep 29 O of
food NOUN NN pobj 30 O food _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 32 O <paragraph> _
" PUNCT `` punct 36 O " _
We PRON PRP nsubj 36 O we
are AUX VBP ccomp 41 O be
an DET DT det 38 O an
afterthought NOUN NN attr 36 O afterthought _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
said VERB VBD ROOT 41 O say
baker PROPN NNP compound 44 O baker
Morag PROPN NNP compound 44 B-PERSON Morag
MacNeil PROPN NNP nsubj 41 I-PERSON MacNeil _
. PUNCT . punct 41 O . _
"""


def test_a_stamp_over_the_headline() -> None:
    rows = Extractor().rows(frozen(_STAMPED))
    assert [(r.speaker, r.quote) for r in rows] == [("Morag MacNeil", "We are an afterthought,")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("2 hours ago", "stamp"),
        ("14 minutes ago", "stamp"),
        ("14:32", "stamp"),
        ("2.15pm", "stamp"),
        ("Updated 14:32", "date"),
        ("He left two hours ago.", ""),
        ("12.30", ""),
    ],
)
def test_stamps(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_stamp_is_no_inserted_line() -> None:
    assert "stamp" not in INSERTED_KINDS
