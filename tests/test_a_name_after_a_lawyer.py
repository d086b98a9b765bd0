"""`Defence lawyer Aabad Ponda said … Ponda said` (Indian court reporting, issue 10), from a frozen
parse of a sentence written for this file, with the tagger leaving the given name untagged and
calling the surname a body: a firm is never called by a lawyer's job in the singular
(models/person_only_jobs.txt), so the words in capitals after it are the lawyer's full name and
the job is her role."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_DEFENCE_LAWYER = """
Defence NOUN NN compound 1 O defence
lawyer NOUN NN compound 3 O lawyer
Aabad PROPN NNP compound 3 O Aabad
Ponda PROPN NNP nsubj 4 B-ORG Ponda
said VERB VBD ROOT 4 O say
his PRON PRP$ poss 6 O his
client NOUN NN nsubj 7 O client
was AUX VBD ccomp 4 O be
innocent ADJ JJ acomp 7 O innocent _
. PUNCT . punct 4 O .
" PUNCT `` punct 18 O " _
There PRON EX expl 12 O there
is VERB VBZ ccomp 18 O be
no DET DT det 14 O no
evidence NOUN NN attr 12 O evidence _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Ponda PROPN NNP nsubj 18 B-PERSON Ponda
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_a_name_after_a_lawyers_job_is_the_lawyers() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_DEFENCE_LAWYER))]
    assert rows == [("Aabad Ponda", "Defence lawyer")]
