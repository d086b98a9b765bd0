"""`the Mayor (Mr. T. Griffiths) presiding. … Mr. Parry said …. "…," said the Mayor`: a definite
description goes to the person it fits best, weighed by how prominent each is; an office one
person holds at a time (a town's mayor, a meeting's chairman) that the story has already given
someone is theirs, and another it names with no role told is not its holder too
(council minutes name the members who speak far more often than the chair, who was read as the
one just named). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The quarterly meeting of the Borough Council was held on Wednesday, the Mayor (Mr. T. Griffiths)
# presiding.  Mr. Parry said the lamps in Market Street had been out for a fortnight. "It is a
# disgrace to the town," said Mr. Parry.  "The matter shall be looked into at once," said the
# Mayor.
_PRESIDING = """
The DET DT det 2 O the
quarterly ADJ JJ amod 2 B-DATE quarterly
meeting NOUN NN nsubjpass 8 O meeting
of ADP IN prep 2 O of
the DET DT det 6 B-ORG the
Borough PROPN NNP compound 6 I-ORG Borough
Council PROPN NNP pobj 3 I-ORG Council
was AUX VBD auxpass 8 O be
held VERB VBN ROOT 8 O hold
on ADP IN prep 8 O on
Wednesday PROPN NNP pobj 9 B-DATE Wednesday _
, PUNCT , punct 8 O ,
the DET DT det 13 O the
Mayor PROPN NNP appos 2 O Mayor
( PUNCT -LRB- punct 13 O ( _
Mr. PROPN NNP compound 17 O Mr.
T. PROPN NNP compound 17 B-PERSON T.
Griffiths PROPN NNP appos 13 I-PERSON Griffiths _
) PUNCT -RRB- punct 17 O )
presiding NOUN NN appos 13 O presiding _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
Mr. PROPN NNP compound 23 O Mr.
Parry PROPN NNP nsubj 24 B-PERSON Parry
said VERB VBD ROOT 24 O say
the DET DT det 26 O the
lamps NOUN NNS nsubj 31 O lamp
in ADP IN prep 26 O in
Market PROPN NNP compound 29 B-FAC Market
Street PROPN NNP pobj 27 I-FAC Street
had AUX VBD aux 31 O have
been AUX VBN ccomp 24 O be
out ADV RB advmod 31 O out
for ADP IN prep 31 O for
a DET DT det 35 O a
fortnight NOUN NN pobj 33 O fortnight _
. PUNCT . punct 24 O .
" PUNCT `` punct 47 O " _
It PRON PRP nsubj 39 O it
is AUX VBZ ccomp 47 O be
a DET DT det 41 O a
disgrace NOUN NN attr 39 O disgrace
to ADP IN prep 41 O to
the DET DT det 44 O the
town NOUN NN pobj 42 O town _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
said VERB VBD ROOT 47 O say
Mr. PROPN NNP compound 49 O Mr.
Parry PROPN NNP nsubj 47 B-PERSON Parry _
. PUNCT . punct 47 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
" PUNCT `` punct 63 O " _
The DET DT det 54 O the
matter NOUN NN nsubjpass 57 O matter
shall AUX MD aux 57 O shall
be AUX VB auxpass 57 O be
looked VERB VBN ccomp 63 O look
into ADP IN prep 57 O into
at ADP IN prep 57 O at
once ADV RB pcomp 59 O once _
, PUNCT , punct 63 O , _
" PUNCT '' punct 63 O "
said VERB VBD ROOT 63 O say
the DET DT det 65 O the
Mayor PROPN NNP nsubj 63 O Mayor _
. PUNCT . punct 63 O . _
"""

# The annual meeting of the Farmers' Club was held at the Bull Hotel, the Chairman (Mr. R. Lloyd)
# presiding.  Mr. Hughes complained of the price of feed. "We are being ruined by the merchants,"
# said Mr. Hughes.  "The committee will write to them," said the Chairman.
_CHAIR = """
The DET DT det 2 O the
annual ADJ JJ amod 2 B-DATE annual
meeting NOUN NN nsubjpass 9 O meeting
of ADP IN prep 2 O of
the DET DT det 5 O the
Farmers PROPN NNPS poss 7 O Farmers _
' PART POS case 5 O '
Club PROPN NNP pobj 3 O Club
was AUX VBD auxpass 9 O be
held VERB VBN ROOT 9 O hold
at ADP IN prep 9 O at
the DET DT det 13 B-FAC the
Bull PROPN NNP compound 13 I-FAC Bull
Hotel PROPN NNP pobj 10 I-FAC Hotel _
, PUNCT , punct 13 O ,
the DET DT det 16 O the
Chairman PROPN NNP appos 13 O Chairman
( PUNCT -LRB- punct 16 O ( _
Mr. PROPN NNP compound 20 O Mr.
R. PROPN NNP compound 20 B-PERSON R.
Lloyd PROPN NNP appos 16 I-PERSON Lloyd _
) PUNCT -RRB- punct 20 O )
presiding NOUN NN appos 13 O presiding _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Mr. PROPN NNP compound 26 O Mr.
Hughes PROPN NNP nsubj 27 B-PERSON Hughes
complained VERB VBD ROOT 27 O complain
of ADP IN prep 27 O of
the DET DT det 30 O the
price NOUN NN pobj 28 O price
of ADP IN prep 30 O of
feed NOUN NN pobj 31 O feed _
. PUNCT . punct 27 O .
" PUNCT `` punct 44 O " _
We PRON PRP nsubjpass 38 O we
are AUX VBP aux 38 O be
being AUX VBG auxpass 38 O be
ruined VERB VBN ccomp 44 O ruin
by ADP IN agent 38 O by
the DET DT det 41 O the
merchants NOUN NNS pobj 39 O merchant _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
said VERB VBD ROOT 44 O say
Mr. PROPN NNP compound 46 O Mr.
Hughes PROPN NNP nsubj 44 B-PERSON Hughes _
. PUNCT . punct 44 O . _
<paragraph> SPACE _SP dep 47 O <paragraph> _
" PUNCT `` punct 58 O " _
The DET DT det 51 O the
committee NOUN NN nsubj 53 O committee
will AUX MD aux 53 O will
write VERB VB ccomp 58 O write
to ADP IN prep 53 O to
them PRON PRP pobj 54 O they _
, PUNCT , punct 58 O , _
" PUNCT '' punct 58 O "
said VERB VBD ROOT 58 O say
the DET DT det 60 O the
Chairman PROPN NNP nsubj 58 O Chairman _
. PUNCT . punct 58 O . _
"""


def test_the_office_told_before_keeps_its_holder() -> None:
    rows = Extractor().rows(frozen(_PRESIDING))
    assert [(r.speaker, r.role) for r in rows] == [("Parry", ""), ("T. Griffiths", "Mayor")]


def test_a_meetings_chairman_told_before_keeps_the_chair() -> None:
    rows = Extractor().rows(frozen(_CHAIR))
    assert [(r.speaker, r.role) for r in rows] == [("Hughes", ""), ("R. Lloyd", "Chairman")]
