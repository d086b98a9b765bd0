"""`"…," Federation of Kenya Employers chief executive Achieng Otieno said`: the parser makes the
body's first word (`Federation`) the subject and hangs the name on `of`. A body's name in capitals
holding a body's noun, then a job in small letters and two or three words in capitals right before
the verb, stands for the person who holds the job (tokens.person_after_a_body_and_job), whether the
tagger calls the name a person or a body; before, the federation spoke. Frozen parse of a sentence
written for this file, through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Jobs will go," Federation of Kenya Employers chief executive Achieng Otieno said.
_EMPLOYERS_HEAD = """
" PUNCT `` punct 14 O " _
Jobs NOUN NNS nsubj 3 O job
will AUX MD aux 3 O will
go VERB VB ccomp 14 O go _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Federation PROPN NNP nsubj 14 B-WORK_OF_ART Federation
of ADP IN prep 6 I-WORK_OF_ART of
Kenya PROPN NNP compound 9 I-WORK_OF_ART Kenya
Employers PROPN NNPS nmod 11 I-WORK_OF_ART Employers
chief NOUN NN amod 11 O chief
executive NOUN NN compound 13 O executive
Achieng PROPN NNP compound 13 B-PERSON Achieng
Otieno PROPN NNP pobj 7 I-PERSON Otieno
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


def test_the_job_holder_after_a_body_speaks() -> None:
    rows = Extractor().rows(frozen(_EMPLOYERS_HEAD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Achieng Otieno", "chief executive", "Federation of Kenya Employers")
    ]
