"""A job in small letters that the tagger opens a person's name on (`Ngāpuhi kaumātua Wiremu Te
Awa`, tagged `kaumātua Wiremu Te Awa`) is no word of the name, as it is not inside one (`Biden
spokesperson Karine Jean-Pierre`): the person is Wiremu Te Awa, so a later `Te Awa said` is
that person, with the job as the role, not a bare `Te Awa`. Frozen parse of a sentence written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ngāpuhi kaumātua Wiremu Te Awa spoke against the plan. "The river is our ancestor," Te Awa said.
_JOB_OPENING_THE_NAME = """
Ngāpuhi PROPN NNP compound 1 O Ngāpuhi
kaumātua NOUN NNS compound 4 B-PERSON kaumātua
Wiremu PROPN NNP compound 4 I-PERSON Wiremu
Te PROPN NNP compound 4 I-PERSON Te
Awa PROPN NNP nsubj 5 I-PERSON Awa
spoke VERB VBD ROOT 5 O speak
against ADP IN prep 5 O against
the DET DT det 8 O the
plan NOUN NN pobj 6 O plan _
. PUNCT . punct 5 O .
" PUNCT `` punct 20 O " _
The DET DT det 12 O the
river NOUN NN nsubj 13 O river
is AUX VBZ ccomp 20 O be
our PRON PRP$ poss 15 O our
ancestor NOUN NN attr 13 O ancestor _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Te PROPN NNP compound 19 B-PERSON Te
Awa PROPN NNP nsubj 20 I-PERSON Awa
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_job_the_tagger_opens_a_name_on_is_no_word_of_it() -> None:
    rows = Extractor().rows(frozen(_JOB_OPENING_THE_NAME))
    assert [(r.speaker, r.role) for r in rows] == [("Wiremu Te Awa", "kaumātua")]
