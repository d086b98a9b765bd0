"""A job in small letters set off by a comma after a description (`Her colleague, engineer John
Smith, said`), which the tagger made a verb and the parser an apposition to the description, is
the name's role. Frozen parse of a sentence written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Her colleague, engineer John Smith, said: "The bridge is safe."
_A_JOB_TAGGED_A_VERB = """
Her PRON PRP$ poss 1 O her
colleague NOUN NN nsubj 7 O colleague _
, PUNCT , punct 1 O ,
engineer VERB VB appos 1 O engineer
John PROPN NNP compound 5 B-PERSON John
Smith PROPN NNP dobj 3 I-PERSON Smith _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 11 O the
bridge NOUN NN nsubj 12 O bridge
is AUX VBZ ccomp 7 O be
safe ADJ JJ acomp 12 O safe _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_a_job_set_off_and_tagged_a_verb_is_the_role() -> None:
    rows = Extractor().rows(frozen(_A_JOB_TAGGED_A_VERB))
    assert [(r.speaker, r.role) for r in rows] == [("John Smith", "engineer")]
