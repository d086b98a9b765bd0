"""Two names tagged side by side with nothing between, the first's words compounds of the second
and the second ending on a generational suffix (`Ramon Ngo` + `Ocampo Jr.`), are one person's
name, so the later `Ngo Ocampo told reporters` is that person, with the title given at the full
name. Frozen parse of sentences written for this file (see tests/frozen.py; the tags are the ones
the tagger gave a story with such a name), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Agriculture Secretary Ramon Ngo Ocampo Jr. said the department was importing more rice. /
# "We are doing everything we can," Ngo Ocampo told reporters.
_A_NAME_TAGGED_AS_TWO = """
Agriculture PROPN NNP compound 1 O Agriculture
Secretary PROPN NNP compound 2 O Secretary
Ramon PROPN NNP compound 5 B-PERSON Ramon
Ngo PROPN NNP compound 5 I-PERSON Ngo
Ocampo PROPN NNP compound 5 B-PERSON Ocampo
Jr. PROPN NNP nsubj 6 I-PERSON Jr.
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
department NOUN NN nsubj 10 O department
was AUX VBD aux 10 O be
importing VERB VBG ccomp 6 O import
more ADJ JJR amod 12 O more
rice NOUN NN dobj 10 O rice _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 18 O we
are AUX VBP aux 18 O be
doing VERB VBG ccomp 26 O do
everything PRON NN dobj 18 O everything
we PRON PRP nsubj 21 O we
can AUX MD relcl 19 O can _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Ngo PROPN NNP compound 25 B-WORK_OF_ART Ngo
Ocampo PROPN NNP nsubj 26 I-WORK_OF_ART Ocampo
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter _
. PUNCT . punct 26 O . _
"""


def test_a_name_tagged_as_two_before_its_suffix_is_one_persons() -> None:
    rows = Extractor().rows(frozen(_A_NAME_TAGGED_AS_TWO))
    assert [(r.speaker, r.role) for r in rows] == [("Ramon Ngo Ocampo Jr.", "Agriculture Secretary")]
