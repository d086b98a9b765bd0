"""`Kim Beom-seok said`: a Korean or Chinese given name of two syllables written with a hyphen and
the second in small letters, where the tagger ended the person at the hyphen, runs on over the
syllable; a syllable that is a word of English (`Moon Jae-in`) is left as it is. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The government will closely monitor fuel prices and respond swiftly," Vice Finance Minister Kim
# Beom-seok said during a meeting with officials. "It will cost us," Kim said.
_KIM = """
" PUNCT `` punct 20 O " _
The DET DT det 2 O the
government NOUN NN nsubj 5 O government
will AUX MD aux 5 O will
closely ADV RB advmod 5 O closely
monitor VERB VB ccomp 20 O monitor
fuel NOUN NN compound 7 O fuel
prices NOUN NNS dobj 5 O price
and CCONJ CC cc 5 O and
respond VERB VB conj 5 O respond
swiftly ADV RB advmod 9 O swiftly _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Vice PROPN NNP compound 14 O Vice
Finance PROPN NNP compound 15 O Finance
Minister PROPN NNP compound 19 O Minister
Kim PROPN NNP compound 19 B-PERSON Kim
Beom PROPN NNP compound 19 I-PERSON Beom _
- PUNCT HYPH punct 19 O - _
seok PROPN NNP nsubj 20 O seok
said VERB VBD ROOT 20 O say
during ADP IN prep 20 O during
a DET DT det 23 O a
meeting NOUN NN pobj 21 O meeting
with ADP IN prep 23 O with
officials NOUN NNS pobj 24 O official _
. PUNCT . punct 20 O .
" PUNCT `` punct 35 O " _
It PRON PRP nsubj 30 O it
will AUX MD aux 30 O will
cost VERB VB ccomp 35 O cost
us PRON PRP dobj 30 O we _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
Kim PROPN NNP nsubj 35 B-PERSON Kim
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""

# Former President Moon Jae-in said the talks had failed. "We must keep trying," Moon said.
_MOON = """
Former ADJ JJ amod 1 O former
President PROPN NNP compound 3 O President
Moon PROPN NNP compound 3 B-PERSON Moon
Jae PROPN NNP compound 5 I-PERSON Jae _
- PUNCT HYPH punct 5 I-PERSON - _
in NOUN NN nsubj 6 I-PERSON in
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
talks NOUN NNS nsubj 10 O talk
had AUX VBD aux 10 O have
failed VERB VBN ccomp 6 O fail _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 15 O we
must AUX MD aux 15 O must
keep VERB VB ccomp 20 O keep
trying VERB VBG xcomp 15 O try _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Moon PROPN NNP nsubj 20 B-PERSON Moon
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_given_names_second_syllable_after_a_hyphen_is_part_of_the_name() -> None:
    rows = Extractor().rows(frozen(_KIM))
    assert [(r.speaker, r.role) for r in rows] == [("Kim Beom-seok", "Vice Finance Minister")] * 2


def test_a_name_the_tagger_ran_over_its_hyphen_is_left_whole() -> None:
    rows = Extractor().rows(frozen(_MOON))
    assert [(r.speaker, r.role) for r in rows] == [("Moon Jae-in", "Former President")]
