"""`The Borough Council met, the Mayor (Alderman PRICE) in the chair. … The CHAIRMAN said, "…"`:
minutes seat their chairman by his office with his name in brackets after it (`the Mayor (Mr. R.
Price)`, `the Deputy Mayor (Councillor HUGHES) presiding`); the name in the brackets is the one
seated, and the chair's later turns are his, with the office the story gave him for his role
(before, the closing bracket stood between the name and `in the chair`, no one was seated, and
the chairman stayed someone unnamed; a surname in capitals after a title inside the brackets is
written as a name, *Hughes*). Where the one in brackets is not seated (`moving the first
resolution`), the chairman stays unnamed. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Borough Council met on Thursday, the Mayor (Alderman PRICE) in the chair.  Mr. JENKINS asked
# whether the gas committee had looked into the lamps in High Street.  The CHAIRMAN said, "The
# committee has the matter in hand, and will report next month."
_PRICE = """
The DET DT det 2 B-ORG the
Borough PROPN NNP compound 2 I-ORG Borough
Council PROPN NNP nsubj 3 I-ORG Council
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday _
, PUNCT , punct 3 O ,
the DET DT det 8 O the
Mayor PROPN NNP appos 3 O Mayor
( PUNCT -LRB- punct 8 O ( _
Alderman PROPN NNP compound 11 O Alderman
PRICE PROPN NNP appos 8 O PRICE _
) PUNCT -RRB- punct 8 O )
in ADP IN prep 8 O in
the DET DT det 15 O the
chair NOUN NN pobj 13 O chair _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
Mr. PROPN NNP compound 19 O Mr.
JENKINS PROPN NNP nsubj 20 B-PERSON JENKINS
asked VERB VBD ROOT 20 O ask
whether SCONJ IN mark 26 O whether
the DET DT det 24 O the
gas NOUN NN compound 24 O gas
committee NOUN NN nsubj 26 O committee
had AUX VBD aux 26 O have
looked VERB VBN ccomp 20 O look
into ADP IN prep 26 O into
the DET DT det 29 O the
lamps NOUN NNS pobj 27 O lamp
in ADP IN prep 29 O in
High PROPN NNP compound 32 B-FAC High
Street PROPN NNP pobj 30 I-FAC Street _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 33 O <paragraph> _
The DET DT det 36 O the
CHAIRMAN PROPN NNP nsubj 37 B-ORG CHAIRMAN
said VERB VBD ROOT 37 O say _
, PUNCT , punct 37 O ,
" PUNCT `` punct 37 O " _
The DET DT det 41 O the
committee NOUN NN nsubj 42 O committee
has VERB VBZ ccomp 37 O have
the DET DT det 44 O the
matter NOUN NN dobj 42 O matter
in ADP IN prep 44 O in
hand NOUN NN pobj 45 O hand _
, PUNCT , punct 42 O ,
and CCONJ CC cc 42 O and
will AUX MD aux 50 O will
report VERB VB conj 42 O report
next ADJ JJ amod 52 B-DATE next
month NOUN NN npadvmod 50 I-DATE month _
. PUNCT . punct 37 O . _
" PUNCT '' punct 37 O " _
"""

# The Borough Council met on Thursday, the Mayor (Mr. R. Price) in the chair.  Mr. Evans asked
# whether the baths would be open before the summer.  The Chairman said, "The contractor has
# promised them for June, and we shall hold him to it."
_TITLE_CASE = """
The DET DT det 2 B-ORG the
Borough PROPN NNP compound 2 I-ORG Borough
Council PROPN NNP nsubj 3 I-ORG Council
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday _
, PUNCT , punct 3 O ,
the DET DT det 8 O the
Mayor PROPN NNP appos 3 O Mayor
( PUNCT -LRB- punct 8 O ( _
Mr. PROPN NNP compound 12 O Mr.
R. PROPN NNP compound 12 B-PERSON R.
Price PROPN NNP appos 8 I-PERSON Price _
) PUNCT -RRB- punct 8 O )
in ADP IN prep 8 O in
the DET DT det 16 O the
chair NOUN NN pobj 14 O chair _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Mr. PROPN NNP compound 20 O Mr.
Evans PROPN NNP nsubj 21 B-PERSON Evans
asked VERB VBD ROOT 21 O ask
whether SCONJ IN mark 26 O whether
the DET DT det 24 O the
baths NOUN NNS nsubj 26 O bath
would AUX MD aux 26 O would
be AUX VB ccomp 21 O be
open ADJ JJ acomp 26 O open
before ADP IN prep 26 O before
the DET DT det 30 B-DATE the
summer NOUN NN pobj 28 I-DATE summer _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
The DET DT det 34 O the
Chairman PROPN NNP nsubj 35 O Chairman
said VERB VBD ROOT 35 O say _
, PUNCT , punct 35 O ,
" PUNCT `` punct 35 O " _
The DET DT det 39 O the
contractor NOUN NN nsubj 41 O contractor
has AUX VBZ aux 41 O have
promised VERB VBN ccomp 35 O promise
them PRON PRP dobj 41 O they
for ADP IN prep 41 O for
June PROPN NNP pobj 43 B-DATE June _
, PUNCT , punct 41 O ,
and CCONJ CC cc 41 O and
we PRON PRP nsubj 49 O we
shall AUX MD aux 49 O shall
hold VERB VB conj 41 O hold
him PRON PRP dobj 49 O he
to ADP IN prep 49 O to
it PRON PRP pobj 51 O it _
. PUNCT . punct 35 O . _
" PUNCT '' punct 35 O " _
"""

# The Council met on Thursday, the Deputy Mayor (Councillor HUGHES) presiding.  Councillor DAVIES
# asked about the state of the roads in the Rhos ward.  The CHAIRMAN said, "The surveyor will
# report on the roads at the next meeting."
_PRESIDING = """
The DET DT det 1 O the
Council PROPN NNP nsubj 2 B-ORG Council
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Thursday PROPN NNP pobj 3 B-DATE Thursday _
, PUNCT , punct 13 O ,
the DET DT det 8 O the
Deputy PROPN NNP compound 8 O Deputy
Mayor PROPN NNP nmod 13 O Mayor
( PUNCT -LRB- punct 8 O ( _
Councillor PROPN NNP compound 11 B-ORG Councillor
HUGHES PROPN NNP appos 8 I-ORG HUGHES _
) PUNCT -RRB- punct 8 O )
presiding NOUN NN npadvmod 2 O presiding _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Councillor PROPN NNP compound 17 B-PERSON Councillor
DAVIES NOUN NNS nsubj 18 I-PERSON davy
asked VERB VBD ROOT 18 O ask
about ADP IN prep 18 O about
the DET DT det 21 O the
state NOUN NN pobj 19 O state
of ADP IN prep 21 O of
the DET DT det 24 O the
roads NOUN NNS pobj 22 O road
in ADP IN prep 24 O in
the DET DT det 28 O the
Rhos PROPN NNP compound 28 B-PERSON Rhos
ward NOUN NN pobj 25 O ward _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
The DET DT det 32 O the
CHAIRMAN PROPN NNP nsubj 33 B-ORG CHAIRMAN
said VERB VBD ROOT 33 O say _
, PUNCT , punct 33 O ,
" PUNCT `` punct 33 O " _
The DET DT det 37 O the
surveyor NOUN NN nsubj 39 O surveyor
will AUX MD aux 39 O will
report VERB VB ccomp 33 O report
on ADP IN prep 39 O on
the DET DT det 42 O the
roads NOUN NNS pobj 40 O road
at ADP IN prep 39 O at
the DET DT det 46 O the
next ADJ JJ amod 46 O next
meeting NOUN NN pobj 43 O meeting _
. PUNCT . punct 33 O . _
" PUNCT '' punct 33 O " _
"""

# The Borough Council met on Thursday, the Mayor (Alderman PRICE) moving the first resolution.
# Mr. JENKINS asked whether the gas committee had looked into the lamps in High Street.  The
# CHAIRMAN said, "The committee has the matter in hand, and will report next month."
_MOVING = """
The DET DT det 2 B-ORG the
Borough PROPN NNP compound 2 I-ORG Borough
Council PROPN NNP nsubj 3 I-ORG Council
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday _
, PUNCT , punct 3 O ,
the DET DT det 8 O the
Mayor PROPN NNP nsubj 13 O Mayor
( PUNCT -LRB- punct 8 O ( _
Alderman PROPN NNP compound 11 O Alderman
PRICE PROPN NNP appos 8 O PRICE _
) PUNCT -RRB- punct 8 O )
moving VERB VBG advcl 3 O move
the DET DT det 16 O the
first ADJ JJ amod 16 B-ORDINAL first
resolution NOUN NN dobj 13 O resolution _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Mr. PROPN NNP compound 20 O Mr.
JENKINS PROPN NNP nsubj 21 B-PERSON JENKINS
asked VERB VBD ROOT 21 O ask
whether SCONJ IN mark 27 O whether
the DET DT det 25 O the
gas NOUN NN compound 25 O gas
committee NOUN NN nsubj 27 O committee
had AUX VBD aux 27 O have
looked VERB VBN ccomp 21 O look
into ADP IN prep 27 O into
the DET DT det 30 O the
lamps NOUN NNS pobj 28 O lamp
in ADP IN prep 30 O in
High PROPN NNP compound 33 B-FAC High
Street PROPN NNP pobj 31 I-FAC Street _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
The DET DT det 37 O the
CHAIRMAN PROPN NNP nsubj 38 B-ORG CHAIRMAN
said VERB VBD ROOT 38 O say _
, PUNCT , punct 38 O ,
" PUNCT `` punct 38 O " _
The DET DT det 42 O the
committee NOUN NN nsubj 43 O committee
has VERB VBZ ccomp 38 O have
the DET DT det 45 O the
matter NOUN NN dobj 43 O matter
in ADP IN prep 45 O in
hand NOUN NN pobj 46 O hand _
, PUNCT , punct 43 O ,
and CCONJ CC cc 43 O and
will AUX MD aux 51 O will
report VERB VB conj 43 O report
next ADJ JJ amod 53 B-DATE next
month NOUN NN npadvmod 51 I-DATE month _
. PUNCT . punct 38 O . _
" PUNCT '' punct 38 O " _
"""


def _chairman(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_alderman_in_brackets_after_the_mayor_is_the_chairman() -> None:
    assert _chairman(_PRICE) == [("Price", "Mayor")]


def test_a_name_in_title_case_in_the_brackets() -> None:
    assert _chairman(_TITLE_CASE) == [("R. Price", "Mayor")]


def test_a_councillor_in_brackets_presiding() -> None:
    assert _chairman(_PRESIDING) == [("Hughes", "Deputy Mayor")]


def test_one_in_brackets_not_seated_is_not_the_chairman() -> None:
    assert _chairman(_MOVING) == [("The CHAIRMAN", "Chairman")]
