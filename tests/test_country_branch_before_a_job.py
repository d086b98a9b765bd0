"""A country or a province right after a body's tagged name and before a job in small letters
is the body's (`Local Government` + `Tasmania president`: *Local Government Tasmania*), as a
national body or branch is called. A frozen parse of sentences written for this file (see
tests/frozen.py; tagged as the tagger tags such names in longer stories: the body, then the
place), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Local Government Tasmania president Jane Hope said councils could not pay for the repairs. "The
# state has to help," Hope said.
_TASMANIA = """
Local PROPN NNP compound 1 B-ORG Local
Government PROPN NNP compound 2 I-ORG Government
Tasmania PROPN NNP compound 3 B-GPE Tasmania
president NOUN NN compound 5 O president
Jane PROPN NNP compound 5 B-PERSON Jane
Hope PROPN NNP nsubj 6 I-PERSON Hope
said VERB VBD ROOT 6 O say
councils NOUN NNS nsubj 10 O council
could AUX MD aux 10 O could
not PART RB neg 10 O not
pay VERB VB ccomp 6 O pay
for ADP IN prep 10 O for
the DET DT det 13 O the
repairs NOUN NNS pobj 11 O repair _
. PUNCT . punct 6 O .
" PUNCT `` punct 24 O " _
The DET DT det 17 O the
state NOUN NN nsubj 18 O state
has VERB VBZ ccomp 24 O have
to PART TO aux 20 O to
help VERB VB xcomp 18 O help _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Hope PROPN NNP nsubj 24 B-PERSON Hope
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_place_closing_a_body_before_a_job_is_the_bodys() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_TASMANIA))]
    assert rows == [("Jane Hope", "president", "Local Government Tasmania")]
