"""`Head of research at Shore Capital Tom Hale said`: a company's name closed by the word of its
trade (models/trade_name_words.txt: `Capital`, `Energy`) after the `at` or `of` of a job, which the
tagger ran on over the name of the person after it into one body, ends before a given name the
lists know; the person is named, the job is the role and the company the organisation. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Head of research at Shore Capital Tom Hale said: "The market is nervous."
_SHORE = """
Head PROPN NNP nsubj 8 O Head
of ADP IN prep 0 O of
research NOUN NN pobj 1 O research
at ADP IN prep 2 O at
Shore PROPN NNP compound 5 B-ORG Shore
Capital PROPN NNP compound 7 I-ORG Capital
Tom PROPN NNP compound 7 I-ORG Tom
Hale PROPN NNP pobj 3 I-ORG Hale
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
market NOUN NN nsubj 13 O market
is AUX VBZ ccomp 8 O be
nervous ADJ JJ acomp 13 O nervous _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""

# Chief strategist at Kestrel Energy Grace Otieno told reporters: "Prices will rise."
_ENERGY = """
Chief ADJ JJ amod 1 O chief
strategist NOUN NN nsubj 7 O strategist
at ADP IN prep 1 O at
Kestrel PROPN NNP compound 6 B-ORG Kestrel
Energy PROPN NNP compound 6 I-ORG Energy
Grace PROPN NNP compound 6 I-ORG Grace
Otieno PROPN NNP pobj 2 I-ORG Otieno
told VERB VBD ROOT 7 O tell
reporters NOUN NNS dobj 7 O reporter _
: PUNCT : punct 7 O :
" PUNCT `` punct 13 O " _
Prices NOUN NNS nsubj 13 O price
will AUX MD aux 13 O will
rise VERB VB ccomp 7 O rise _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_a_person_named_after_a_company_of_a_trade_is_the_speaker() -> None:
    rows = Extractor().rows(frozen(_SHORE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Hale", "Head of research", "Shore Capital")
    ]


def test_so_after_a_companys_energy() -> None:
    rows = Extractor().rows(frozen(_ENERGY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Grace Otieno", "Chief strategist", "Kestrel Energy")
    ]
