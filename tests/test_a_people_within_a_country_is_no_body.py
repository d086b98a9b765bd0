"""`Maasai elder X said`: a people within a country (models/demonyms.txt, the peoples news names:
Maasai, Kikuyu, Yoruba, Kurdish, Tamil …) is nobody's employer, as a nationality is not (ROLES.md
5), though a word no dictionary has before a job is otherwise read as the body the person works
for. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Maasai elder Lekishon Kasaine said the land belonged to the community. "We were here first,"
# Kasaine said.
_ELDER = """
Maasai PROPN NNP compound 1 O Maasai
elder NOUN NN compound 2 O elder
Lekishon PROPN NNP compound 3 B-PERSON Lekishon
Kasaine PROPN NNP nsubj 4 I-PERSON Kasaine
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
land NOUN NN nsubj 7 O land
belonged VERB VBD ccomp 4 O belong
to ADP IN prep 7 O to
the DET DT det 10 O the
community NOUN NN pobj 8 O community _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
were AUX VBD ccomp 20 O be
here ADV RB advmod 14 O here
first ADV RB advmod 14 B-ORDINAL first _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Kasaine PROPN NNP nsubj 20 B-PERSON Kasaine
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_people_before_a_job_is_no_body() -> None:
    rows = Extractor().rows(frozen(_ELDER))
    assert [(r.speaker, r.organization) for r in rows] == [("Lekishon Kasaine", "")]
