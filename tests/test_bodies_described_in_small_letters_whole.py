"""A body the article describes in small letters and never names (`Peru's energy ministry`) is
called by all the words the article gives it, on every row, even when the tagger takes its noun
for a proper noun; and a role whose body stands apart loses all the body's words, not only its
noun (`a central bank official`: *official*, not *central official*). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Peru's energy ministry said on Friday it would "review every licence". The energy ministry
# said the review was "not a delay". (`ministry` tagged a proper noun in small letters, as the
# model tags `Japan's finance ministry said`.)
_MINISTRY = """
Peru PROPN NNP poss 3 B-GPE Peru _
's PART POS case 0 O 's
energy NOUN NN compound 3 O energy
ministry PROPN NNP nsubj 4 O ministry
said VERB VBD ROOT 4 O say
on ADP IN prep 10 O on
Friday PROPN NNP pobj 5 B-DATE Friday
it PRON PRP nsubj 10 O it
would AUX MD aux 10 O would
" PUNCT `` punct 10 O " _
review VERB VB ccomp 4 O review
every DET DT det 12 O every
licence NOUN NN dobj 10 O licence _
" PUNCT '' punct 10 O " _
. PUNCT . punct 4 O .
The DET DT det 17 O the
energy NOUN NN compound 17 O energy
ministry NOUN NN nsubj 18 O ministry
said VERB VBD ROOT 18 O say
the DET DT det 20 O the
review NOUN NN nsubj 21 O review
was AUX VBD ccomp 18 O be
" PUNCT `` punct 21 O " _
not PART RB neg 21 O not
a DET DT det 25 O a
delay NOUN NN attr 21 O delay _
" PUNCT '' punct 21 O " _
. PUNCT . punct 18 O . _
"""

# The Reserve Bank of Fiji held its rate. A central bank official said the bank was "comfortable".
_CENTRAL_BANK = """
The DET DT det 2 B-ORG the
Reserve PROPN NNP compound 2 I-ORG Reserve
Bank PROPN NNP nsubj 5 I-ORG Bank
of ADP IN prep 2 I-ORG of
Fiji PROPN NNP pobj 3 I-ORG Fiji
held VERB VBD ROOT 5 O hold
its PRON PRP$ poss 7 O its
rate NOUN NN dobj 5 O rate _
. PUNCT . punct 5 O .
A DET DT det 12 O a
central ADJ JJ amod 12 O central
bank NOUN NN compound 12 O bank
official NOUN NN nsubj 13 O official
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
bank NOUN NN nsubj 16 O bank
was AUX VBD ccomp 13 O be
" PUNCT `` punct 16 O " _
comfortable ADJ JJ acomp 16 O comfortable _
" PUNCT '' punct 16 O " _
. PUNCT . punct 13 O . _
"""


def test_a_body_described_in_small_letters_is_called_by_all_its_words() -> None:
    rows = Extractor().rows(frozen(_MINISTRY))
    assert [(r.speaker, r.mention) for r in rows] == [
        ("Peru's energy ministry", "Peru's energy ministry"),
        ("Peru's energy ministry", "The energy ministry"),
    ]
    assert rows[0].speaker_id == rows[1].speaker_id


def test_a_role_loses_every_word_of_the_body_that_stands_apart() -> None:
    rows = Extractor().rows(frozen(_CENTRAL_BANK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("A central bank official", "official", "Reserve Bank of Fiji")
    ]
