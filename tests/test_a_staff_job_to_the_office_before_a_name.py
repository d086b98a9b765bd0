"""`Press Secretary to the President Ann Cole said`, `Chief Press Secretary to the Governor Tunde
Bakare said`: a job in capitals `to the` office in full, then a name, is one title held by the
one named, who speaks (the parser makes the job the subject and the name the object of `to`),
with the whole title as the role. With no `the` (`Adviser to President Ann Cole said`) the name
is the office's holder, not the speaker's. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Press Secretary to the President Ann Cole said: "The President is aware of the report."
_PRESS = """
Press PROPN NNP compound 1 O Press
Secretary PROPN NNP nsubj 7 O Secretary
to ADP IN prep 1 O to
the DET DT det 4 O the
President PROPN NNP compound 6 O President
Ann PROPN NNP compound 6 B-PERSON Ann
Cole PROPN NNP pobj 2 I-PERSON Cole
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
The DET DT det 11 O the
President PROPN NNP nsubj 12 O President
is AUX VBZ ccomp 7 O be
aware ADJ JJ acomp 12 O aware
of ADP IN prep 13 O of
the DET DT det 16 O the
report NOUN NN pobj 14 O report _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


# Chief Press Secretary to the Governor Tunde Bakare said the roads "will be fixed by June".
_GOVERNOR = """
Chief PROPN NNP compound 2 O Chief
Press PROPN NNP compound 2 O Press
Secretary PROPN NNP nsubj 8 O Secretary
to ADP IN prep 2 O to
the DET DT det 7 O the
Governor PROPN NNP compound 7 O Governor
Tunde PROPN NNP compound 7 O Tunde
Bakare PROPN NNP pobj 3 O Bakare
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
roads NOUN NNS nsubjpass 14 O road
" PUNCT `` punct 14 O " _
will AUX MD aux 14 O will
be AUX VB auxpass 14 O be
fixed VERB VBN ccomp 8 O fix
by ADP IN agent 14 O by
June PROPN NNP pobj 15 B-DATE June _
" PUNCT '' punct 14 O " _
. PUNCT . punct 8 O . _
"""


# Adviser to President Ann Cole said: "The President is aware of the report."
_HOLDER = """
Adviser NOUN NN nsubj 5 O adviser
to ADP IN prep 0 O to
President PROPN NNP compound 4 O President
Ann PROPN NNP compound 4 B-PERSON Ann
Cole PROPN NNP pobj 1 I-PERSON Cole
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
The DET DT det 9 O the
President PROPN NNP nsubj 10 O President
is AUX VBZ ccomp 5 O be
aware ADJ JJ acomp 10 O aware
of ADP IN prep 11 O of
the DET DT det 14 O the
report NOUN NN pobj 12 O report _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def test_the_one_named_after_a_job_to_the_president_speaks() -> None:
    assert who(_PRESS) == [("Ann Cole", "Press Secretary to the President", "")]


def test_the_one_named_after_a_job_to_the_governor_speaks() -> None:
    assert who(_GOVERNOR) == [("Tunde Bakare", "Chief Press Secretary to the Governor", "")]


def test_a_name_after_an_office_with_no_the_is_the_holders() -> None:
    assert [r.speaker for r in Extractor().rows(frozen(_HOLDER))] != ["Ann Cole"]
