"""`One of the bank's founders, Ana Ruiz,` and `Another of …`: an apposition before the name that
makes its holder one of several holders of a role is read as ``Describer.role_of`` reads `one of`
and `another of` anywhere, one reading: the role in the singular, with the body whose it is.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Another of Kestrel Bank's directors, Ana Ruiz, said: “We will keep the branch open.”
_ANOTHER = """
Another PRON DT nsubj 10 O another
of ADP IN prep 0 O of
Kestrel PROPN NNP compound 3 B-ORG Kestrel
Bank PROPN NNP poss 5 I-ORG Bank _
's PART POS case 3 I-ORG 's
directors NOUN NNS pobj 1 O director _
, PUNCT , punct 0 O ,
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP appos 0 O Ruiz _
, PUNCT , punct 0 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
“ PUNCT `` punct 10 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
keep VERB VB ccomp 10 O keep
the DET DT det 17 O the
branch NOUN NN dobj 15 O branch
open ADJ JJ oprd 15 O open _
. PUNCT . punct 10 O . _
” PUNCT '' punct 10 O " _
"""


def test_another_of_a_bodys_holders_of_a_role_before_a_name_gives_the_role_and_the_body() -> None:
    assert who(_ANOTHER) == [("Ana Ruiz", "director", "Kestrel Bank")]
