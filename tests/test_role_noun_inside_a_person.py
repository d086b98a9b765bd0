"""A role noun in small letters inside a person the tagger tagged (New Zealand news, issue 10),
from a frozen parse of a sentence written for this file: `Ngāti Whātua kaumātua Hone Te Rangi`,
tagged a person from `kaumātua`, is the elder Hone Te Rangi (not *Rangi*), role *kaumātua*, of
Ngāti Whātua, the words before the noun."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The hui was opened by Ngāti Whātua kaumātua Hone Te Rangi. "This land holds our stories," Te Rangi said.
_ELDER = """
The DET DT det 1 O the
hui PROPN NNP nsubjpass 3 O hui
was AUX VBD auxpass 3 O be
opened VERB VBN ROOT 3 O open
by ADP IN agent 3 O by
Ngāti PROPN NNP compound 6 B-PERSON Ngāti
Whātua PROPN NNP compound 7 I-PERSON Whātua
kaumātua NOUN NNS pobj 4 B-PERSON kaumātua
Hone PROPN NNP compound 10 I-PERSON Hone
Te PROPN NNP compound 10 I-PERSON Te
Rangi PROPN NNP npadvmod 3 I-PERSON Rangi _
. PUNCT . punct 3 O .
" PUNCT `` punct 22 O " _
This DET DT det 14 O this
land NOUN NN nsubj 15 O land
holds VERB VBZ ccomp 22 O hold
our PRON PRP$ poss 17 O our
stories NOUN NNS dobj 15 O story _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Te PROPN NNP compound 21 O Te
Rangi PROPN NNP nsubj 22 B-PERSON Rangi
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_role_noun_inside_a_tagged_person_is_cut_off_the_name() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_ELDER))]
    assert rows == [("Hone Te Rangi", "kaumātua", "Ngāti Whātua")]
