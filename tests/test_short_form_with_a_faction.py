"""A party's short form with its faction's letter after a hyphen (`MQM-P leader Syed Mustafa
Kamal`) is the organisation before a title, as a short form alone is (`anti-GOP`, a hyphen
before the capitals, stays no body). A frozen parse (by the project's pipeline) of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# MQM-P leader Syed Mustafa Kamal demanded an inquiry. "The people of Karachi are being
# punished," he said at a press conference.
_FACTION = """
MQM PROPN NNP compound 2 O MQM _
- PUNCT HYPH punct 2 O - _
P NOUN NN compound 3 O p
leader NOUN NN compound 6 O leader
Syed PROPN NNP compound 5 B-PERSON Syed
Mustafa PROPN NNP compound 6 I-PERSON Mustafa
Kamal PROPN NNP nsubj 7 I-PERSON Kamal
demanded VERB VBD ROOT 7 O demand
an DET DT det 9 O an
inquiry NOUN NN dobj 7 O inquiry _
. PUNCT . punct 7 O .
" PUNCT `` punct 22 O " _
The DET DT det 13 O the
people NOUN NNS nsubjpass 18 O people
of ADP IN prep 13 O of
Karachi PROPN NNP pobj 14 B-ORG Karachi
are AUX VBP aux 18 O be
being AUX VBG auxpass 18 O be
punished VERB VBN ccomp 22 O punish _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
said VERB VBD ROOT 22 O say
at ADP IN prep 22 O at
a DET DT det 26 O a
press NOUN NN compound 26 O press
conference NOUN NN pobj 23 O conference _
. PUNCT . punct 22 O . _
"""


def test_a_short_form_with_a_factions_letter_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_FACTION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Syed Mustafa Kamal", "leader", "MQM-P")]
