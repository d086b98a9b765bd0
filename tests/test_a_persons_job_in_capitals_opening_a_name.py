"""`"The court erred in law," Lawyer Ahmednasir Abdullahi said`, the job in capitals tagged one
body with the name: the speaker came out a body called *Lawyer Ahmednasir Abdullahi* (its own
organisation). A job no body holds (models/person_only_jobs.txt) opening the span in capitals
is no word of a body's name: the name after it is its holder's, the job her role; not when a
body's noun closes the words (`Teacher Training Services`). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The court erred in law," Lawyer Ahmednasir Abdullahi said on Tuesday.
_AFTER_A_QUOTE = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
court NOUN NN nsubj 3 O court
erred VERB VBD ccomp 11 O err
in ADP IN prep 3 O in
law NOUN NN pobj 4 O law _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
Lawyer PROPN NNP compound 10 B-ORG Lawyer
Ahmednasir PROPN NNP compound 10 I-ORG Ahmednasir
Abdullahi PROPN NNP nsubj 11 I-ORG Abdullahi
said VERB VBD ROOT 11 O say
on ADP IN prep 11 O on
Tuesday PROPN NNP pobj 12 B-DATE Tuesday _
. PUNCT . punct 11 O . _
"""

# Lawyer Ahmednasir Abdullahi said the ruling was "a travesty of justice".
_OPENING = """
Lawyer PROPN NNP compound 2 B-ORG Lawyer
Ahmednasir PROPN NNP compound 2 I-ORG Ahmednasir
Abdullahi PROPN NNP nsubj 3 I-ORG Abdullahi
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
ruling NOUN NN nsubj 6 O ruling
was AUX VBD ccomp 3 O be
" PUNCT `` punct 6 O " _
a DET DT det 9 O a
travesty NOUN NN attr 6 O travesty
of ADP IN prep 9 O of
justice NOUN NN pobj 10 O justice _
" PUNCT '' punct 6 O " _
. PUNCT . punct 3 O . _
"""

# "Demand for tutors is rising," Teacher Training Services said.
_BODY = """
" PUNCT `` punct 11 O " _
Demand NOUN NN nsubj 5 O demand
for ADP IN prep 1 O for
tutors NOUN NNS pobj 2 O tutor
is AUX VBZ aux 5 O be
rising VERB VBG ccomp 11 O rise _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
Teacher PROPN NNP compound 10 B-WORK_OF_ART Teacher
Training PROPN NNP compound 10 I-WORK_OF_ART Training
Services PROPN NNP nsubj 11 I-WORK_OF_ART Services
said VERB VBD ROOT 11 O say _
. PUNCT . punct 11 O . _
"""


def test_a_lawyer_in_capitals_before_a_name_after_a_quote() -> None:
    rows = Extractor().rows(frozen(_AFTER_A_QUOTE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ahmednasir Abdullahi", "Lawyer", "")]


def test_a_lawyer_opening_the_sentence_before_a_name() -> None:
    rows = Extractor().rows(frozen(_OPENING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ahmednasir Abdullahi", "Lawyer", "")]


def test_a_body_named_by_a_job_and_its_nouns_stays_a_body() -> None:
    rows = Extractor().rows(frozen(_BODY))
    assert [(r.speaker, r.role) for r in rows] == [("Teacher Training Services", "")]
