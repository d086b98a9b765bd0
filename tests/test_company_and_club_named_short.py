"""Words before a title that open the name of a company or a club the article gives are that
body named short, also where the tagger reads them as a people or a place (`Meridian chairman`
after `Meridian Bank`, `Meridian` tagged a people; `Harbour City chairman` after `Harbour City
FC`, tagged a place): the chairman's organisation is the body in full. Frozen parses of
sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Meridian Bank reported a record profit. "Our team delivered," Meridian chairman Robert Dawes
# said.
_BANK = """
Meridian PROPN NNP compound 1 B-ORG Meridian
Bank PROPN NNP nsubj 2 I-ORG Bank
reported VERB VBD ROOT 2 O report
a DET DT det 5 O a
record NOUN NN compound 5 O record
profit NOUN NN dobj 2 O profit _
. PUNCT . punct 2 O .
" PUNCT `` punct 17 O " _
Our PRON PRP$ poss 9 O our
team NOUN NN nsubj 10 O team
delivered VERB VBD ccomp 17 O deliver _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Meridian ADJ JJ amod 14 B-NORP meridian
chairman NOUN NN compound 16 O chairman
Robert PROPN NNP compound 16 B-PERSON Robert
Dawes PROPN NNP nsubj 17 I-PERSON Dawes
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# Harbour City FC sacked the manager. "It was a difficult decision," Harbour City chairman
# Graham Pike said.
_CLUB = """
Harbour PROPN NNP compound 2 B-GPE Harbour
City PROPN NNP compound 2 I-GPE City
FC PROPN NNP nsubj 3 I-GPE FC
sacked VERB VBD ROOT 3 O sack
the DET DT det 5 O the
manager NOUN NN dobj 3 O manager _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 9 O it
was AUX VBD ccomp 20 O be
a DET DT det 12 O a
difficult ADJ JJ amod 12 O difficult
decision NOUN NN attr 9 O decision _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Harbour PROPN NNP compound 16 B-GPE Harbour
City PROPN NNP compound 17 I-GPE City
chairman NOUN NN compound 19 O chairman
Graham PROPN NNP compound 19 B-PERSON Graham
Pike PROPN NNP nsubj 20 I-PERSON Pike
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_company_named_short_before_a_title_though_tagged_a_people() -> None:
    assert who(_BANK) == [("Robert Dawes", "chairman", "Meridian Bank")]


def test_a_club_named_short_before_a_title_though_tagged_a_place() -> None:
    assert who(_CLUB) == [("Graham Pike", "chairman", "Harbour City FC")]
