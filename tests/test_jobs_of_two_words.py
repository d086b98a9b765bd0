"""A job of two words whose head alone is none (`dinner lady`, listed whole in
models/role_nouns.txt) is a role after `works as`, in an apposition and after a copula, though
`Lady` alone is a form of address. A frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nora Quill, who works as a dinner lady at Hollybank Primary, said: "We cannot afford it."
_WORKS_AS = """
Nora PROPN NNP compound 1 B-PERSON Nora
Quill PROPN NNP nsubj 13 I-PERSON Quill _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
works VERB VBZ relcl 1 O work
as ADP IN prep 4 O as
a DET DT det 8 O a
dinner NOUN NN compound 8 O dinner
lady NOUN NN pobj 5 O lady
at ADP IN prep 8 O at
Hollybank PROPN NNP compound 11 B-ORG Hollybank
Primary PROPN NNP pobj 9 I-ORG Primary _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 19 O we
can AUX MD aux 19 O can _
not PART RB neg 19 O not
afford VERB VB ccomp 13 O afford
it PRON PRP dobj 19 O it _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


def test_a_job_of_two_words_after_works_as() -> None:
    rows = Extractor().rows(frozen(_WORKS_AS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Nora Quill", "dinner lady at Hollybank Primary", "Hollybank Primary")
    ]
