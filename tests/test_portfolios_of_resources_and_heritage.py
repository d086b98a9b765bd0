"""`Fisheries and Marine Resources Minister X`, `Home Affairs and Cultural Heritage Minister X`: a
portfolio's `Resources` (a department's word too) and `Cultural` are words of a brief, so the
two sides joined by `and` are one portfolio before the minister's title: the whole title is the
role, the holder speaks (not `Home Affairs`, tagged a body) and no organisation. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Fisheries and Marine Resources Minister Ann Kole told reporters: "The ban stays."
_RESOURCES = """
Fisheries NOUN NNS nmod 4 O fishery
and CCONJ CC cc 0 O and
Marine PROPN NNP compound 3 B-ORG Marine
Resources PROPN NNP conj 0 I-ORG Resources
Minister PROPN NNP compound 6 O Minister
Ann PROPN NNP compound 6 B-PERSON Ann
Kole PROPN NNP nsubj 7 I-PERSON Kole
told VERB VBD ROOT 7 O tell
reporters NOUN NNS dobj 7 O reporter _
: PUNCT : punct 7 O :
" PUNCT `` punct 13 O " _
The DET DT det 12 O the
ban NOUN NN nsubj 13 O ban
stays VERB VBZ ccomp 7 O stay _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


# Home Affairs and Cultural Heritage Minister Tom Hale said: "The ban stays."
_HERITAGE = """
Home PROPN NNP compound 1 B-ORG Home
Affairs PROPN NNPS nsubj 8 I-ORG Affairs
and CCONJ CC cc 1 O and
Cultural PROPN NNP compound 4 O Cultural
Heritage PROPN NNP compound 5 O Heritage
Minister PROPN NNP compound 7 O Minister
Tom PROPN NNP compound 7 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
ban NOUN NN nsubj 13 O ban
stays VERB VBZ ccomp 8 O stay _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


def test_marine_resources_is_a_side_of_the_portfolio() -> None:
    assert who(_RESOURCES) == [("Ann Kole", "Fisheries and Marine Resources Minister", "")]


def test_a_portfolio_tagged_a_body_with_cultural_heritage_is_no_speaker() -> None:
    assert who(_HERITAGE) == [("Tom Hale", "Home Affairs and Cultural Heritage Minister", "")]
