"""`Lenton Municipality spokesperson Gugu Sisilana said …`, parsed with the job and the name both
subjects of the verb: a title with no `the` right before a full name is the title, not a noun
heading a clause of its own (`The federal judge Tate was referring to` still is). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lenton Municipality spokesperson Gugu Sisilana said water would be restored by Friday. "We
# apologise to residents," she said.
_BOTHSUBJ = """
Lenton PROPN NNP compound 1 B-GPE Lenton
Municipality PROPN NNP compound 2 I-GPE Municipality
spokesperson NOUN NN nsubj 5 O spokesperson
Gugu PROPN NNP compound 4 B-PERSON Gugu
Sisilana PROPN NNP nsubj 5 I-PERSON Sisilana
said VERB VBD ROOT 5 O say
water NOUN NN nsubjpass 9 O water
would AUX MD aux 9 O would
be AUX VB auxpass 9 O be
restored VERB VBN ccomp 5 O restore
by ADP IN prep 9 O by
Friday PROPN NNP pobj 10 B-DATE Friday _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 15 O we
apologise VERB VBP ccomp 21 O apologise
to ADP IN prep 15 O to
residents NOUN NNS pobj 16 O resident _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
she PRON PRP nsubj 21 O she
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_bare_title_parsed_as_a_second_subject_is_the_title() -> None:
    rows = Extractor().rows(frozen(_BOTHSUBJ))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Gugu Sisilana", "spokesperson", "Lenton Municipality")
    ]
