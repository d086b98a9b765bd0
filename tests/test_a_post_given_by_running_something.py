"""`Jane Atkinson, who runs a bakery in the square, said` (local and court reporting, issue 10),
from a frozen parse of sentences written for this file: a verb of running or heading something
writes no noun for the post, so it gives no role (ROLES.md: a role is written as a noun), while
the body run, when the article names one (`who runs Hale Motors Ltd`), is still the speaker's."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_RUNS = """
Jane PROPN NNP compound 1 B-PERSON Jane
Atkinson PROPN NNP nsubj 11 I-PERSON Atkinson _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
runs VERB VBZ relcl 1 O run
a DET DT det 6 O a
bakery NOUN NN dobj 4 O bakery
in ADP IN prep 6 O in
the DET DT det 9 O the
square NOUN NN pobj 7 O square _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
Trade NOUN NN nsubj 15 O trade
is AUX VBZ ccomp 11 O be
down ADV RB advmod 15 O down _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O "
Tom PROPN NNP compound 20 B-PERSON Tom
Hale PROPN NNP nsubj 28 I-PERSON Hale _
, PUNCT , punct 20 O ,
who PRON WP nsubj 23 O who
runs VERB VBZ relcl 20 O run
Hale PROPN NNP compound 26 B-ORG Hale
Motors PROPN NNPS compound 26 I-ORG Motors
Ltd PROPN NNP dobj 23 I-ORG Ltd _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 28 O say _
: PUNCT : punct 28 O :
" PUNCT `` punct 28 O " _
Sales NOUN NNS nsubj 33 O sale
have AUX VBP aux 33 O have
fallen VERB VBN ccomp 28 O fall _
. PUNCT . punct 28 O . _
" PUNCT '' punct 28 O " _
"""


def test_running_something_gives_its_body_but_no_role() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_RUNS))]
    assert rows == [("Jane Atkinson", "", ""), ("Tom Hale", "", "Hale Motors Ltd")]
