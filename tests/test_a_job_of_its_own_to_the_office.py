"""`Chief of Staff to the Premier Tom Hale said`, `Deputy Chief of Staff to the Governor Musa
Bello said`: a job in capitals with its own `of` (`Chief of Staff`), then `to the` office in full
and a name, is one title held by the one named, who speaks. The parser hangs both the `of` and
the `to` on `Chief`, which it makes the subject; the name is the object of the `to`, not of the
`of`, so it was lost and `Chief` spoke. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


# Chief of Staff to the Premier Tom Hale said: "The cabinet will meet on Monday."
_CHIEF = """
Chief PROPN NNP nsubj 8 O Chief
of ADP IN prep 0 O of
Staff PROPN NNP pobj 1 O Staff
to ADP IN prep 0 O to
the DET DT det 5 O the
Premier PROPN NNP compound 7 O Premier
Tom PROPN NNP compound 7 B-PERSON Tom
Hale PROPN NNP pobj 3 I-PERSON Hale
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
cabinet NOUN NN nsubj 14 O cabinet
will AUX MD aux 14 O will
meet VERB VB ccomp 8 O meet
on ADP IN prep 14 O on
Monday PROPN NNP pobj 15 B-DATE Monday _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


# Deputy Chief of Staff to the Governor Musa Bello said the budget "is ready".
_DEPUTY = """
Deputy PROPN NNP compound 1 O Deputy
Chief PROPN NNP nsubj 9 O Chief
of ADP IN prep 1 O of
Staff PROPN NNP pobj 2 O Staff
to ADP IN prep 1 O to
the DET DT det 8 O the
Governor PROPN NNP compound 8 O Governor
Musa PROPN NNP compound 8 O Musa
Bello PROPN NNP pobj 4 O Bello
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
budget NOUN NN nsubj 13 O budget
" PUNCT `` punct 13 O " _
is AUX VBZ ccomp 9 O be
ready ADJ JJ acomp 13 O ready _
" PUNCT '' punct 13 O " _
. PUNCT . punct 9 O . _
"""


def test_a_job_of_its_own_to_the_office_is_the_named_ones_title() -> None:
    assert who(_CHIEF) == [("Tom Hale", "Chief of Staff to the Premier")]


def test_a_deputys_job_of_its_own_to_the_office_is_the_named_ones_title() -> None:
    assert who(_DEPUTY) == [("Musa Bello", "Deputy Chief of Staff to the Governor")]
