"""A Spanish or Portuguese name ends on two family names, the father's then the mother's
(`Rodrigo Ferrat Casaubón`), and news calls the person by the father's alone (`Ferrat said`),
even when the tagger tags that word a body. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# MEXICO CITY — Economy Minister Rodrigo Ferrat Casaubón said talks were under way. "We are
# negotiating," Ferrat said.
_SPLIT = """
MEXICO PROPN NNP compound 1 O MEXICO
CITY PROPN NNP ROOT 1 O CITY
— PUNCT : punct 1 O —
Economy PROPN NNP compound 4 O Economy
Minister PROPN NNP compound 6 O Minister
Rodrigo PROPN NNP compound 6 B-PERSON Rodrigo
Ferrat PROPN NNP compound 7 I-PERSON Ferrat
Casaubón PROPN NNP nsubj 8 I-PERSON Casaubón
said VERB VBD ROOT 8 O say
talks NOUN NNS nsubj 10 O talk
were AUX VBD ccomp 8 O be
under ADP IN prep 10 O under
way NOUN NN pobj 11 O way _
. PUNCT . punct 8 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 17 O we
are AUX VBP aux 17 O be
negotiating VERB VBG ccomp 21 O negotiate _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Ferrat PROPN NNP nsubj 21 B-NORP Ferrat
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_the_fathers_family_name_alone_is_the_person() -> None:
    assert who(_SPLIT) == [("Rodrigo Ferrat Casaubón", "Economy Minister", "")]
