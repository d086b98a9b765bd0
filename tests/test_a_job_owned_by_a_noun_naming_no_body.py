"""`Two ferries built at the Clyde Marine yard are late, a Holyrood committee heard. Ann Mercer,
the yard's chief executive, told MSPs …`: a job a noun in small letters owns (`the yard's`) is of
the body that noun stands for; where the article names none for it, the body named last (here
the committee she speaks to) is no fallback, and the row names none. Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Two ferries built at the Clyde Marine yard are late, a Holyrood committee heard. Ann Mercer, the
# yard's chief executive, told MSPs: "We are doing all we can to finish them this year."
_YARD = """
Two NUM CD nummod 1 B-CARDINAL two
ferries NOUN NNS nsubj 8 O ferry
built VERB VBN acl 1 O build
at ADP IN prep 2 O at
the DET DT det 7 O the
Clyde PROPN NNP compound 7 B-ORG Clyde
Marine PROPN NNP compound 7 I-ORG Marine
yard NOUN NN pobj 3 O yard
are AUX VBP ccomp 14 O be
late ADJ JJ acomp 8 O late _
, PUNCT , punct 14 O ,
a DET DT det 13 O a
Holyrood PROPN NNP compound 13 B-ORG Holyrood
committee NOUN NN nsubj 14 O committee
heard VERB VBD ROOT 14 O hear _
. PUNCT . punct 14 O .
Ann PROPN NNP compound 17 B-PERSON Ann
Mercer PROPN NNP nsubj 25 I-PERSON Mercer _
, PUNCT , punct 17 O ,
the DET DT det 20 O the
yard NOUN NN poss 23 O yard _
's PART POS case 20 O 's
chief ADJ JJ amod 23 O chief
executive NOUN NN appos 17 O executive _
, PUNCT , punct 17 O ,
told VERB VBD ROOT 25 O tell
MSPs PROPN NNPS dobj 25 O MSPs _
: PUNCT : punct 25 O :
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 31 O we
are AUX VBP aux 31 O be
doing VERB VBG ccomp 25 O do
all PRON DT dobj 31 O all
we PRON PRP nsubj 34 O we
can AUX MD relcl 32 O can
to PART TO aux 36 O to
finish VERB VB advcl 31 O finish
them PRON PRP dobj 36 O they
this DET DT det 39 B-DATE this
year NOUN NN npadvmod 36 I-DATE year _
. PUNCT . punct 25 O . _
" PUNCT '' punct 25 O " _
"""


def test_the_yards_chief_executive_is_not_the_committees() -> None:
    rows = Extractor().rows(frozen(_YARD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ann Mercer", "chief executive", "")]
