"""A spokesperson for a portfolio in small letters (`health spokesman`) speaks for a party or a
body, not for one person: an owner the tagger calls a person, of two words or more, opening on no
given name and after no title, is that body (`Fianna Lenton’s health spokesman Tom Reid`: *Fianna
Lenton*; the row had no organisation); one opening on a given name is a person, whose staff have
no body (`Mary Lenton’s health spokesman`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Hospital cuts condemned / Fianna Lenton's health spokesman Tom Reid said the cuts were "a
# disgrace".
_PARTY = """
Hospital NOUN NN compound 1 O hospital
cuts NOUN NNS nsubj 2 O cut
condemned VERB VBD ROOT 2 O condemn _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Fianna PROPN NNP compound 5 B-PERSON Fianna
Lenton PROPN NNP poss 8 I-PERSON Lenton _
's PART POS case 5 I-PERSON 's
health NOUN NN compound 8 O health
spokesman NOUN NN compound 10 O spokesman
Tom PROPN NNP compound 10 B-PERSON Tom
Reid PROPN NNP nsubj 11 I-PERSON Reid
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
cuts NOUN NNS nsubj 14 O cut
were AUX VBD ccomp 11 O be
" PUNCT `` punct 14 O " _
a DET DT det 17 O a
disgrace NOUN NN attr 14 O disgrace _
" PUNCT '' punct 17 O " _
. PUNCT . punct 11 O . _
"""

# Hospital cuts condemned / Mary Lenton's health spokesman Tom Reid said the cuts were "a
# disgrace".
_PERSONS = """
Hospital NOUN NN compound 1 O hospital
cuts NOUN NNS nsubj 2 O cut
condemned VERB VBD ROOT 2 O condemn _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Mary PROPN NNP compound 5 B-PERSON Mary
Lenton PROPN NNP poss 8 I-PERSON Lenton _
's PART POS case 5 I-PERSON 's
health NOUN NN compound 8 O health
spokesman NOUN NN compound 10 O spokesman
Tom PROPN NNP compound 10 B-PERSON Tom
Reid PROPN NNP nsubj 11 I-PERSON Reid
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
cuts NOUN NNS nsubj 14 O cut
were AUX VBD ccomp 11 O be
" PUNCT `` punct 14 O " _
a DET DT det 17 O a
disgrace NOUN NN attr 14 O disgrace _
" PUNCT '' punct 17 O " _
. PUNCT . punct 11 O . _
"""


def test_a_portfolio_spokesperson_speaks_for_a_side() -> None:
    assert who(_PARTY) == [("Tom Reid", "health spokesman", "Fianna Lenton")]


def test_a_persons_spokesperson_has_no_body() -> None:
    assert who(_PERSONS) == [("Tom Reid", "health spokesman", "")]
