"""A word that can name a job (`Premier`) in capitals right before a body's noun in capitals
(`League`) is a word of the body's name, not the role's head, when a job's head comes after
(`Northern Premier League chief executive X`: *chief executive* at *Northern Premier League*).
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The season was cancelled.
#
# Northern Premier League chief executive Marta Quintal said the league would not intervene.
# "Clubs are free," she said.
_LEAGUE = """
The DET DT det 1 B-DATE the
season NOUN NN nsubjpass 3 I-DATE season
was AUX VBD auxpass 3 O be
cancelled VERB VBN ROOT 3 O cancel _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Northern PROPN NNP compound 7 O Northern
Premier PROPN NNP compound 8 O Premier
League PROPN NNP compound 10 O League
chief ADJ JJ amod 10 O chief
executive NOUN NN compound 12 O executive
Marta PROPN NNP compound 12 B-PERSON Marta
Quintal PROPN NNP nsubj 13 I-PERSON Quintal
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
league NOUN NN nsubj 18 O league
would AUX MD aux 18 O would
not PART RB neg 18 O not
intervene VERB VB ccomp 13 O intervene _
. PUNCT . punct 13 O .
" PUNCT `` punct 27 O " _
Clubs NOUN NNS nsubj 22 O club
are AUX VBP ccomp 27 O be
free ADJ JJ acomp 22 O free _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_job_word_inside_a_bodys_name_is_no_head() -> None:
    assert who(_LEAGUE) == [("Marta Quintal", "chief executive", "Northern Premier League")]
