"""`“…,” observed Mr. Hargreaves. | “…,” replied the Chairman.`: a definite description that
answers (`replied`, `retorted`, `answered`) is not who spoke in the sentence before, whom it
answers, as council minutes and reports of a debate write an exchange; and a description that
opens the story and speaks again after that name, read apart from it there, is not the name
the lede rule would give it. One who was asked may well be who answers (`Governor Ana Ruiz was
asked about the remark. “…,” the governor replied.`). Frozen parses of texts written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import CHAIRMAN_ON_THE_RATES, minutes_spec
from tests.frozen import frozen

# "The roads are a disgrace to the borough," observed Mr. Hargreaves, amid laughter.  "Then let
# the surveyor mend them," replied the Chairman.
_EXCHANGE = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
roads NOUN NNS nsubj 3 O road
are AUX VBP ccomp 11 O be
a DET DT det 5 O a
disgrace NOUN NN attr 3 O disgrace
to ADP IN prep 5 O to
the DET DT det 8 O the
borough NOUN NN pobj 6 O borough _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
observed VERB VBD ROOT 11 O observe
Mr. PROPN NNP compound 13 O Mr.
Hargreaves PROPN NNP nsubj 11 B-PERSON Hargreaves _
, PUNCT , punct 11 O ,
amid ADP IN prep 11 O amid
laughter NOUN NN pobj 15 O laughter _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 21 O " _
Then ADV RB advmod 21 O then
let VERB VB ccomp 28 O let
the DET DT det 23 O the
surveyor NOUN NN nsubj 24 O surveyor
mend VERB VB ccomp 21 O mend
them PRON PRP dobj 24 O they _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
replied VERB VBD ROOT 28 O reply
the DET DT det 30 O the
Chairman PROPN NNP dobj 28 O Chairman _
. PUNCT . punct 28 O . _
"""

# The Chairman said the rates would have to rise. "We cannot go on as we have done," said he.
# "The roads are a disgrace to the borough," observed Mr. Hargreaves.  "Then let the surveyor mend
# them," replied the Chairman.
_MINUTES = minutes_spec(
    CHAIRMAN_ON_THE_RATES,
    """
<paragraph> SPACE _SP dep 24 O <paragraph> _
" PUNCT `` punct 29 O " _
The DET DT det 28 O the
roads NOUN NNS nsubj 29 O road
are AUX VBP ccomp 37 O be
a DET DT det 31 O a
disgrace NOUN NN attr 29 O disgrace
to ADP IN prep 31 O to
the DET DT det 34 O the
borough NOUN NN pobj 32 O borough _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
observed VERB VBD ROOT 37 O observe
Mr. PROPN NNP compound 39 O Mr.
Hargreaves PROPN NNP nsubj 37 B-PERSON Hargreaves _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 40 O <paragraph> _
" PUNCT `` punct 44 O " _
Then ADV RB advmod 44 O then
let VERB VB ccomp 51 O let
the DET DT det 46 O the
surveyor NOUN NN nsubj 47 O surveyor
mend VERB VB ccomp 44 O mend
them PRON PRP dobj 47 O they _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
replied VERB VBD ROOT 51 O reply
the DET DT det 53 O the
Chairman PROPN NNP dobj 51 O Chairman _
. PUNCT . punct 51 O . _
""",
)

# Senator Tom Hale attacked the plan on Monday. "It is a disgrace," he said. Governor Ana Ruiz was
# asked about the remark. "He is wrong," the governor replied.
_ASKED = """
Senator PROPN NNP compound 2 O Senator
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP nsubj 3 I-PERSON Hale
attacked VERB VBD ROOT 3 O attack
the DET DT det 5 O the
plan NOUN NN dobj 3 O plan
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
It PRON PRP nsubj 11 O it
is AUX VBZ ccomp 17 O be
a DET DT det 13 O a
disgrace NOUN NN attr 11 O disgrace _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
he PRON PRP nsubj 17 O he
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O .
Governor PROPN NNP compound 21 O Governor
Ana PROPN NNP compound 21 O Ana
Ruiz PROPN NNP nsubjpass 23 O Ruiz
was AUX VBD auxpass 23 O be
asked VERB VBN ROOT 23 O ask
about ADP IN prep 23 O about
the DET DT det 26 O the
remark NOUN NN pobj 24 O remark _
. PUNCT . punct 23 O .
" PUNCT `` punct 36 O " _
He PRON PRP nsubj 30 O he
is AUX VBZ ccomp 36 O be
wrong ADJ JJ acomp 30 O wrong _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
the DET DT det 35 O the
governor NOUN NN nsubj 36 O governor
replied VERB VBD ROOT 36 O reply _
. PUNCT . punct 36 O . _
"""


def test_a_description_that_replies_is_not_who_spoke_before() -> None:
    rows = Extractor().rows(frozen(_EXCHANGE))
    assert [(r.speaker, r.role) for r in rows] == [("Hargreaves", ""), ("the Chairman", "Chairman")]


def test_the_chairman_of_the_lede_who_replies_is_not_the_name_after_him() -> None:
    rows = Extractor().rows(frozen(_MINUTES))
    assert [(r.speaker, r.role) for r in rows] == [
        ("The Chairman", "Chairman"),
        ("Hargreaves", ""),
        ("The Chairman", "Chairman"),
    ]


def test_one_asked_is_who_replies() -> None:
    rows = Extractor().rows(frozen(_ASKED))
    assert [r.speaker for r in rows] == ["Tom Hale", "Ana Ruiz"]
