"""`Tom Hale, who is president of the firefighters' union,` (US local news, issue 10), from a
frozen parse of a sentence written for this file: a plural's apostrophe inside the role a `who
is` clause gives is no quote mark, so the role runs on past it to the union (not *president of
the firefighters*)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_FIREFIGHTERS = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 12 I-PERSON Hale _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
is AUX VBZ relcl 1 O be
president NOUN NN attr 4 O president
of ADP IN prep 5 O of
the DET DT det 8 O the
firefighters NOUN NNS poss 10 O firefighter _
' PART POS case 8 O '
union NOUN NN pobj 6 O union _
, PUNCT , punct 1 O ,
called VERB VBD ROOT 12 O call
the DET DT det 14 O the
vote NOUN NN dobj 12 O vote
reckless ADJ JJ oprd 12 O reckless _
. PUNCT . punct 12 O .
" PUNCT `` punct 24 O " _
People NOUN NNS nsubj 20 O People
will AUX MD aux 20 O will
die VERB VB ccomp 24 O die _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Hale PROPN NNP nsubj 24 O Hale
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_plurals_apostrophe_does_not_end_the_role_of_a_who_clause() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_FIREFIGHTERS))]
    assert rows == [("Tom Hale", "president of the firefighters' union")]
