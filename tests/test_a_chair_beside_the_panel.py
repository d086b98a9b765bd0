"""`Chairman Tom Baker said the panel would finish its work soon`: a chair with no body of their
own, whose own sentence speaks of `the panel` or `the committee`, chairs the one committee the
article names that the noun stands for (ROLES.md 5: the words beside tie them, inferred); a
sentence that speaks of another body's noun (`the company`) gives none. Frozen parses of texts
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The House Select Committee on Energy was set up in May. Its staff released a memo on Friday.
# Chairman Tom Baker said the panel would finish its work soon. "We are close," Baker said.
_PANEL = """
The DET DT det 3 B-ORG the
House PROPN NNP compound 3 I-ORG House
Select PROPN NNP compound 3 I-ORG Select
Committee PROPN NNP nsubjpass 7 I-ORG Committee
on ADP IN prep 3 I-ORG on
Energy PROPN NNP pobj 4 I-ORG Energy
was AUX VBD auxpass 7 O be
set VERB VBN ROOT 7 O set
up ADP RP prt 7 O up
in ADP IN prep 7 O in
May PROPN NNP pobj 9 B-DATE May _
. PUNCT . punct 7 O .
Its PRON PRP$ poss 13 O its
staff NOUN NN nsubj 14 O staff
released VERB VBD ROOT 14 O release
a DET DT det 16 O a
memo NOUN NN dobj 14 O memo
on ADP IN prep 14 O on
Friday PROPN NNP pobj 17 B-DATE Friday _
. PUNCT . punct 14 O .
Chairman PROPN NNP compound 22 O Chairman
Tom PROPN NNP compound 22 B-PERSON Tom
Baker PROPN NNP nsubj 23 I-PERSON Baker
said VERB VBD ROOT 23 O say
the DET DT det 25 O the
panel NOUN NN nsubj 27 O panel
would AUX MD aux 27 O would
finish VERB VB ccomp 23 O finish
its PRON PRP$ poss 29 O its
work NOUN NN dobj 27 O work
soon ADV RB advmod 27 O soon _
. PUNCT . punct 23 O .
" PUNCT `` punct 39 O " _
We PRON PRP nsubj 34 O we
are AUX VBP ccomp 39 O be
close ADJ JJ acomp 34 O close _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
Baker PROPN NNP nsubj 39 B-PERSON Baker
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


# The House Select Committee on Energy was set up in May. Its staff released a memo on Friday.
# Chairman Tom Baker said the company would finish its work soon. "We are close," Baker said.
_COMPANY = """
The DET DT det 3 B-ORG the
House PROPN NNP compound 3 I-ORG House
Select PROPN NNP compound 3 I-ORG Select
Committee PROPN NNP nsubjpass 7 I-ORG Committee
on ADP IN prep 3 I-ORG on
Energy PROPN NNP pobj 4 I-ORG Energy
was AUX VBD auxpass 7 O be
set VERB VBN ROOT 7 O set
up ADP RP prt 7 O up
in ADP IN prep 7 O in
May PROPN NNP pobj 9 B-DATE May _
. PUNCT . punct 7 O .
Its PRON PRP$ poss 13 O its
staff NOUN NN nsubj 14 O staff
released VERB VBD ROOT 14 O release
a DET DT det 16 O a
memo NOUN NN dobj 14 O memo
on ADP IN prep 14 O on
Friday PROPN NNP pobj 17 B-DATE Friday _
. PUNCT . punct 14 O .
Chairman PROPN NNP compound 22 O Chairman
Tom PROPN NNP compound 22 B-PERSON Tom
Baker PROPN NNP nsubj 23 I-PERSON Baker
said VERB VBD ROOT 23 O say
the DET DT det 25 O the
company NOUN NN nsubj 27 O company
would AUX MD aux 27 O would
finish VERB VB ccomp 23 O finish
its PRON PRP$ poss 29 O its
work NOUN NN dobj 27 O work
soon ADV RB advmod 27 O soon _
. PUNCT . punct 23 O .
" PUNCT `` punct 39 O " _
We PRON PRP nsubj 34 O we
are AUX VBP ccomp 39 O be
close ADJ JJ acomp 34 O close _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
Baker PROPN NNP nsubj 39 B-PERSON Baker
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


def test_a_chair_whose_sentence_speaks_of_the_panel_chairs_the_committee() -> None:
    rows = Extractor().rows(frozen(_PANEL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Baker", "Chairman", "House Select Committee on Energy")
    ]


def test_a_chair_whose_sentence_speaks_of_no_panel_chairs_nothing_named() -> None:
    rows = Extractor().rows(frozen(_COMPANY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Baker", "Chairman", "")]
