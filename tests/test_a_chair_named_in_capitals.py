"""`A meeting … was held last evening, Mr. JOHN BURNS presiding.` | `The Chairman said, "…"`: archive
meeting reports print the names of those present in capitals after `Mr.`; such a name after a form
of address in small letters is a person's (names.looks_like_name took any name all in capitals for a
label, `READ MORE`), and where the parser made it a compound of the verb after it (`BURNS presiding`;
in title case `Burns` is the subject) it stands as the verb's subject (salience.phrase_head), so `the
Chairman` is he, as with `Mr. John Burns presiding` (the table writes a name printed only in
capitals in title case, as a transcript's label: *John Burns*). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# MEETING OF DOCK LABOURERS.  A meeting of dock labourers was held last evening at the Temperance
# Hall, Mr. JOHN BURNS presiding.  The Chairman said, "The men ask only for a fair wage, and they
# shall have it."
_DOCKERS = """
MEETING NOUN NN ROOT 0 O meeting
OF ADP IN prep 0 O of
DOCK PROPN NNP compound 3 O DOCK
LABOURERS NOUN NNS pobj 1 O labourer _
. PUNCT . punct 0 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
A DET DT det 7 O a
meeting NOUN NN nsubjpass 12 O meeting
of ADP IN prep 7 O of
dock NOUN NN compound 10 O dock
labourers NOUN NNS pobj 8 O labourer
was AUX VBD auxpass 12 O be
held VERB VBN ccomp 23 O hold
last ADJ JJ amod 14 B-TIME last
evening NOUN NN npadvmod 12 I-TIME evening
at ADP IN prep 12 O at
the DET DT det 18 B-FAC the
Temperance PROPN NNP compound 18 I-FAC Temperance
Hall PROPN NNP pobj 15 I-FAC Hall _
, PUNCT , punct 23 O ,
Mr. PROPN NNP compound 22 O Mr.
JOHN PROPN NNP compound 22 B-PERSON JOHN
BURNS PROPN NNP compound 23 I-PERSON BURNS
presiding VERB VBG ROOT 23 O preside _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
The DET DT det 27 O the
Chairman PROPN NNP nsubj 28 O Chairman
said VERB VBD ROOT 28 O say _
, PUNCT , punct 28 O ,
" PUNCT `` punct 28 O " _
The DET DT det 32 O the
men NOUN NNS nsubj 33 O man
ask VERB VBP ccomp 28 O ask
only ADV RB advmod 35 O only
for ADP IN prep 33 O for
a DET DT det 38 O a
fair ADJ JJ amod 38 O fair
wage NOUN NN pobj 35 O wage _
, PUNCT , punct 33 O ,
and CCONJ CC cc 33 O and
they PRON PRP nsubj 43 O they
shall AUX MD aux 43 O shall
have VERB VB conj 33 O have
it PRON PRP dobj 43 O it _
. PUNCT . punct 28 O . _
" PUNCT '' punct 28 O " _
"""

# A meeting of the ratepayers was held on Tuesday, Mr. THOMAS HALE in the chair.  The Chairman
# said, "The rates are too high."
_RATEPAYERS = """
A DET DT det 1 O a
meeting NOUN NN nsubjpass 6 O meeting
of ADP IN prep 1 O of
the DET DT det 4 O the
ratepayers NOUN NNS pobj 2 O ratepayer
was AUX VBD auxpass 6 O be
held VERB VBN ROOT 6 O hold
on ADP IN prep 6 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
, PUNCT , punct 6 O ,
Mr. PROPN NNP compound 11 O Mr.
THOMAS PROPN NNP compound 12 B-PERSON THOMAS
HALE PROPN NNP appos 1 I-PERSON HALE
in ADP IN prep 12 O in
the DET DT det 15 O the
chair NOUN NN pobj 13 O chair _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
The DET DT det 19 O the
Chairman PROPN NNP nsubj 20 O Chairman
said VERB VBD ROOT 20 O say _
, PUNCT , punct 20 O ,
" PUNCT `` punct 20 O " _
The DET DT det 24 O the
rates NOUN NNS nsubj 25 O rate
are AUX VBP ccomp 20 O be
too ADV RB advmod 27 O too
high ADJ JJ acomp 25 O high _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""


def test_a_chair_named_in_capitals_presiding() -> None:
    rows = Extractor().rows(frozen(_DOCKERS))
    assert [(r.speaker, r.role) for r in rows] == [("John Burns", "Chairman")]


def test_a_chair_named_in_capitals_in_the_chair() -> None:
    rows = Extractor().rows(frozen(_RATEPAYERS))
    assert [(r.speaker, r.role) for r in rows] == [("Thomas Hale", "Chairman")]
