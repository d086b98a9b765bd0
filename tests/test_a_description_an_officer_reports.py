"""`The Mayor said the surveyor would report`: a description whose clause an officer named by
the office alone reports (`The Chairman said the engineer had been told …`) is inside another's
report, as one a name reports is, and is only someone the story gives its job: not the member
quoted before, with no job told. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The monthly meeting of the Board was held on Tuesday, the Mayor (Mr. J. Hargreaves) presiding.
# Mr. Wilkins moved that the tender of Messrs. Brown be accepted. "The price is the lowest we have
# had," he said.  The Mayor said the surveyor would report on the matter at the next meeting.
_TENDER = """
The DET DT det 2 O the
monthly ADJ JJ amod 2 B-DATE monthly
meeting NOUN NN nsubjpass 7 O meeting
of ADP IN prep 2 O of
the DET DT det 5 O the
Board PROPN NNP pobj 3 B-ORG Board
was AUX VBD auxpass 7 O be
held VERB VBN ROOT 7 O hold
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
, PUNCT , punct 7 O ,
the DET DT det 12 O the
Mayor PROPN NNP appos 2 O Mayor
( PUNCT -LRB- punct 12 O ( _
Mr. PROPN NNP compound 16 O Mr.
J. PROPN NNP compound 16 B-PERSON J.
Hargreaves PROPN NNP appos 12 I-PERSON Hargreaves _
) PUNCT -RRB- punct 12 O )
presiding NOUN NN appos 12 O presiding _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Mr. PROPN NNP compound 22 O Mr.
Wilkins PROPN NNP nsubj 23 B-PERSON Wilkins
moved VERB VBD ROOT 23 O move
that SCONJ IN mark 31 O that
the DET DT det 26 O the
tender NOUN NN nsubjpass 31 O tender
of ADP IN prep 26 O of
Messrs. PROPN NNPS compound 29 O Messrs.
Brown PROPN NNP pobj 27 B-PERSON Brown
be AUX VB auxpass 31 O be
accepted VERB VBN ccomp 23 O accept _
. PUNCT . punct 23 O .
" PUNCT `` punct 45 O " _
The DET DT det 35 O the
price NOUN NN nsubj 36 O price
is AUX VBZ ccomp 45 O be
the DET DT det 38 O the
lowest ADJ JJS attr 36 O low
we PRON PRP nsubj 41 O we
have AUX VBP aux 41 O have
had VERB VBN relcl 38 O have _
, PUNCT , punct 45 O , _
" PUNCT '' punct 45 O "
he PRON PRP nsubj 45 O he
said VERB VBD ROOT 45 O say _
. PUNCT . punct 45 O . _
<paragraph> SPACE _SP dep 46 O <paragraph> _
The DET DT det 49 O the
Mayor PROPN NNP nsubj 50 O Mayor
said VERB VBD ROOT 50 O say
the DET DT det 52 O the
surveyor NOUN NN nsubj 54 O surveyor
would AUX MD aux 54 O would
report VERB VB ccomp 50 O report
on ADP IN prep 54 O on
the DET DT det 57 O the
matter NOUN NN pobj 55 O matter
at ADP IN prep 54 O at
the DET DT det 61 O the
next ADJ JJ amod 61 O next
meeting NOUN NN pobj 58 O meeting _
. PUNCT . punct 50 O . _
"""

# The Guardians met on Friday, the Chairman (Mr. T. Pryce) presiding.  Mr. Owusu asked about the
# drainage in Ward 4. "The gutters have been blocked since March," he said.  The Chairman said the
# engineer had been told to clear them.
_GUTTERS = """
The DET DT det 1 O the
Guardians PROPN NNPS nsubj 2 B-ORG Guardians
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Friday PROPN NNP pobj 3 B-DATE Friday _
, PUNCT , punct 2 O ,
the DET DT det 7 O the
Chairman PROPN NNP appos 1 O Chairman
( PUNCT -LRB- punct 7 O ( _
Mr. PROPN NNP compound 11 O Mr.
T. PROPN NNP compound 11 B-PERSON T.
Pryce PROPN NNP appos 7 I-PERSON Pryce _
) PUNCT -RRB- punct 11 O )
presiding NOUN NN appos 7 O presiding _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Mr. PROPN NNP compound 17 O Mr.
Owusu PROPN NNP nsubj 18 B-PERSON Owusu
asked VERB VBD ROOT 18 O ask
about ADP IN prep 18 O about
the DET DT det 21 O the
drainage NOUN NN pobj 19 O drainage
in ADP IN prep 21 O in
Ward PROPN NNP pobj 22 O Ward
4 NUM CD nummod 23 O 4 _
. PUNCT . punct 18 O .
" PUNCT `` punct 37 O " _
The DET DT det 28 O the
gutters NOUN NNS nsubjpass 31 O gutter
have AUX VBP aux 31 O have
been AUX VBN auxpass 31 O be
blocked VERB VBN ccomp 37 O block
since SCONJ IN prep 31 O since
March PROPN NNP pobj 32 B-DATE March _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
he PRON PRP nsubj 37 O he
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
The DET DT det 41 O the
Chairman PROPN NNP nsubj 42 O Chairman
said VERB VBD ROOT 42 O say
the DET DT det 44 O the
engineer NOUN NN nsubjpass 47 O engineer
had AUX VBD aux 47 O have
been AUX VBN auxpass 47 O be
told VERB VBN ccomp 42 O tell
to PART TO aux 49 O to
clear VERB VB xcomp 47 O clear
them PRON PRP dobj 49 O they _
. PUNCT . punct 42 O . _
"""


def test_the_surveyor_the_mayor_reports_is_not_the_member_quoted() -> None:
    rows = Extractor().rows(frozen(_TENDER))
    assert [(r.speaker, r.role) for r in rows] == [("Wilkins", "")]


def test_the_engineer_the_chairman_reports_is_not_the_member_quoted() -> None:
    rows = Extractor().rows(frozen(_GUTTERS))
    assert [(r.speaker, r.role) for r in rows] == [("Owusu", "")]
