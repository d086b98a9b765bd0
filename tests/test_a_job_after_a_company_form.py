"""A company's short form with its full stop before its officer's title and name (`Toyota Motor
Corp. President Koji Sato said`, as Japanese and Korean business news writes them): the parser
ended a sentence at `Corp.`, so the quote before it went to the company (sieve nearest-after)
and the officer, cut off, spoke no row. A job in capitals right after the form, before a name or
the job's next word, now goes on the sentence before the parser runs
(pipeline.jobs_after_a_company_form), and the officer speaks, the company his organisation. A
form before a form of address (`at Acme Co. Mr. Smith said`) may still end a sentence. The
sentences through the pipeline; the row from a frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotes.extractor import Extractor
from quotes.pipeline import jobs_after_a_company_form
from tests.frozen import VOCAB, frozen

# "We are on track," Toyota Motor Corp. President Koji Sato said on Tuesday.
_TOYOTA = """
" PUNCT `` punct 2 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 13 O be
on ADP IN prep 2 O on
track NOUN NN pobj 3 O track _
, PUNCT , punct 2 O , _
" PUNCT '' punct 5 O "
Toyota PROPN NNP compound 9 B-ORG Toyota
Motor PROPN NNP compound 9 I-ORG Motor
Corp. PROPN NNP punct 2 I-ORG Corp.
President PROPN NNP compound 12 O President
Koji PROPN NNP compound 12 B-PERSON Koji
Sato PROPN NNP nsubj 13 I-PERSON Sato
said VERB VBD ROOT 13 O say
on ADP IN prep 13 O on
Tuesday PROPN NNP pobj 14 B-DATE Tuesday _
. PUNCT . punct 13 O . _
"""


def test_the_job_after_the_form_goes_on_the_sentence(nlp: Language) -> None:
    text = '"Demand is strong," Hanbit Electronics Co. Vice Chairman Han Jong-su told reporters.'
    assert len(list(nlp(text).sents)) == 1


def test_a_job_and_its_next_word_in_capitals_are_found() -> None:
    words = ["said", "Daewon", "Steel", "Co.", "Managing", "Director", "Lee", "Sung-keun", "."]
    assert jobs_after_a_company_form(Doc(VOCAB, words=words)) == [4]


def test_a_form_of_address_after_the_form_is_left_to_the_parser() -> None:
    words = ["He", "worked", "at", "Acme", "Co.", "Mr.", "Smith", "said", "so", "."]
    assert jobs_after_a_company_form(Doc(VOCAB, words=words)) == []


def test_the_officer_speaks_for_the_company() -> None:
    (row,) = Extractor().rows(frozen(_TOYOTA))
    assert (row.speaker, row.role, row.organization) == ("Koji Sato", "President", "Toyota Motor Corp.")
