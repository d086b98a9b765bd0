"""A participle's clause with no subject of its own, before a subject pronoun (`Speaking after
the loss at Wigan, he said`), has that pronoun for its subject; a name inside it (`Wigan`, a
ground the tagger calls a person) is someone else, as a name after the verb is. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


# Ian Evatt had been in charge since 2020. / Speaking after the loss at Wigan, he said: "I take
# full responsibility."
_FRONTED = """
Ian PROPN NNP compound 1 B-PERSON Ian
Evatt PROPN NNP nsubj 3 I-PERSON Evatt
had AUX VBD aux 3 O have
been AUX VBN ROOT 3 O be
in ADP IN prep 3 O in
charge NOUN NN pobj 4 O charge
since SCONJ IN prep 3 O since
2020 NUM CD pobj 6 B-DATE 2020 _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Speaking VERB VBG advcl 18 O speak
after ADP IN prep 10 O after
the DET DT det 13 O the
loss NOUN NN pobj 11 O loss
at ADP IN prep 13 O at
Wigan PROPN NNP pobj 14 B-PERSON Wigan _
, PUNCT , punct 18 O ,
he PRON PRP nsubj 18 O he
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
I PRON PRP nsubj 22 O I
take VERB VBP ccomp 18 O take
full ADJ JJ amod 24 O full
responsibility NOUN NN dobj 22 O responsibility _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_name_inside_a_fronted_participle_is_not_the_pronoun() -> None:
    assert who(_FRONTED) == [("Ian Evatt", "", "", "he")]
