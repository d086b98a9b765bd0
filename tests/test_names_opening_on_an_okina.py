"""A name opening on an ʻokina (`ʻAkosita Taufa`): the glottal stop is a letter with no case
before the capital, so the word is in capitals for every rule that asks (quotes/letters.py), and
the person keeps her full name and the title before it. Frozen parse of a sentence written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.letters import capitalised
from tests.frozen import frozen

# Fisheries Minister ʻAkosita Taufa said the ban would start in March.
#
# “The reefs need a rest,” Taufa said.
_OKINA = """
Fisheries NOUN NNS compound 1 O fishery
Minister PROPN NNP compound 3 O Minister
ʻAkosita PROPN NNP compound 3 B-PERSON ʻAkosita
Taufa PROPN NNP nsubj 4 I-PERSON Taufa
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
ban NOUN NN nsubj 8 O ban
would AUX MD aux 8 O would
start VERB VB ccomp 4 O start
in ADP IN prep 8 O in
March PROPN NNP pobj 9 B-DATE March _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
“ PUNCT `` punct 22 O " _
The DET DT det 15 O the
reefs NOUN NNS nsubj 16 O reef
need VERB VBP ccomp 22 O need
a DET DT det 18 O a
rest NOUN NN dobj 16 O rest _
, PUNCT , punct 22 O , _
” PUNCT '' punct 22 O "
Taufa PROPN NNP nsubj 22 B-PERSON Taufa
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_word_opening_on_an_okina_is_in_capitals() -> None:
    assert capitalised("ʻAkosita") and capitalised("Taufa")
    assert not capitalised("ʻokina") and not capitalised("ʻ") and not capitalised("")


def test_a_name_opening_on_an_okina_is_whole_with_its_title() -> None:
    rows = Extractor().rows(frozen(_OKINA))
    assert [(r.speaker, r.role) for r in rows] == [("ʻAkosita Taufa", "Fisheries Minister")]
