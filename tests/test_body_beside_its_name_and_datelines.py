"""`The employers' body NEFA called it`: `body` is a body's noun, so the name set beside it
speaks; and a wire dateline that names its country before the date (`DUNMORE, Scotland, Jan.
10--`), which the parser makes the subject of the story's first verb, is no company `the
company` can stand for. Frozen
parse of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The employers' body NEFA called the plan "unworkable".
_BODY = """
The DET DT det 1 O the
employers NOUN NNS poss 3 O employer _
' PART POS case 1 O '
body NOUN NN nsubj 5 O body
NEFA PROPN NNP appos 3 B-ORG NEFA
called VERB VBD ROOT 5 O call
the DET DT det 7 O the
plan NOUN NN dobj 5 O plan
" PUNCT `` punct 9 O " _
unworkable ADJ JJ oprd 5 O unworkable _
" PUNCT '' punct 5 O " _
. PUNCT . punct 5 O . _
"""


# DUNMORE, Scotland, Jan. 10-- Caledon Steel said today that it would close its works here.
#
# The company said in a statement that the plant had "lost money every year."
_DATELINE = """
DUNMORE PROPN NNP nsubj 9 B-ORG DUNMORE _
, PUNCT , punct 0 O ,
Scotland PROPN NNP appos 0 B-GPE Scotland _
, PUNCT , punct 2 O ,
Jan. PROPN NNP appos 0 B-DATE Jan.
10 NUM CD nummod 4 I-DATE 10 _
-- PUNCT : punct 0 O --
Caledon PROPN NNP compound 8 B-ORG Caledon
Steel PROPN NNP appos 0 I-ORG Steel
said VERB VBD ROOT 9 O say
today NOUN NN npadvmod 9 B-DATE today
that SCONJ IN mark 14 O that
it PRON PRP nsubj 14 O it
would AUX MD aux 14 O would
close VERB VB ccomp 9 O close
its PRON PRP$ poss 16 O its
works NOUN NNS dobj 14 O work
here ADV RB advmod 14 O here _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
The DET DT det 21 O the
company NOUN NN nsubj 22 O company
said VERB VBD ROOT 22 O say
in ADP IN prep 22 O in
a DET DT det 25 O a
statement NOUN NN pobj 23 O statement
that SCONJ IN mark 31 O that
the DET DT det 28 O the
plant NOUN NN nsubj 31 O plant
had AUX VBD aux 31 O have
" PUNCT `` punct 31 O " _
lost VERB VBN ccomp 22 O lose
money NOUN NN dobj 31 O money
every DET DT det 34 B-DATE every
year NOUN NN npadvmod 31 I-DATE year _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""


def test_the_name_beside_a_body_speaks() -> None:
    rows = Extractor().rows(frozen(_BODY))
    assert [(r.speaker, r.organization, r.mention) for r in rows] == [("NEFA", "NEFA", "NEFA")]


def test_a_dateline_with_its_country_is_no_company() -> None:
    rows = Extractor().rows(frozen(_DATELINE))
    assert [(r.speaker, r.mention) for r in rows] == [("Caledon Steel", "The company")]
