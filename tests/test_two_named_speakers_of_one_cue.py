"""Two people named together, joined by `and`, as the subject of a verb of saying speak as one
group (ROLES.md 3): the row's speaker lists both (`“…,” Tom Hale and Ann Mercer said`: *Tom
Hale; Ann Mercer*, not *Tom Hale* alone), as `they` after such a pair already gave. Frozen parse of
a sentence written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have lost everything," Tom Hale and Ann Mercer said.
_PAIR = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
lost VERB VBN ccomp 12 O lose
everything PRON NN dobj 3 O everything _
, PUNCT , punct 3 O , _
" PUNCT '' punct 12 O "
Tom PROPN NNP compound 8 B-PERSON Tom
Hale PROPN NNP nsubj 12 I-PERSON Hale
and CCONJ CC cc 8 O and
Ann PROPN NNP compound 11 B-PERSON Ann
Mercer PROPN NNP conj 8 I-PERSON Mercer
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


def test_two_named_speakers_of_one_cue_are_one_group() -> None:
    rows = Extractor().rows(frozen(_PAIR))
    assert [r.speaker for r in rows] == ["Tom Hale; Ann Mercer"]
