"""`Justice` before a name stands for a judge (the British and Commonwealth `Mr Justice X`): the
lede's `A High Court judge`, named only after it, and a later `the judge said` are that judge;
any police rank is an officer's (`Det Sgt Ann Cole … the officer said`). Frozen parses of stories
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Judge criticises council
#
# A High Court judge has criticised Eastvale Council for "serious and repeated" failings in the
# care of a teenage girl.
#
# Mr Justice Pemberton said the council had let the girl down "at every turn".
#
# "The council's failures are stark," the judge said in his ruling.
_JUSTICE = """
Judge PROPN NNP nsubj 1 O Judge
criticises VERB VBZ compound 2 O criticise
council NOUN NN ROOT 2 O council _
<paragraph> SPACE _SP dep 2 O <paragraph> _
A DET DT det 7 O a
High PROPN NNP compound 6 O High
Court PROPN NNP compound 7 O Court
judge NOUN NN nsubj 9 O judge
has AUX VBZ aux 9 O have
criticised VERB VBN ROOT 9 O criticise
Eastvale PROPN NNP compound 11 B-ORG Eastvale
Council PROPN NNP dobj 9 I-ORG Council
for ADP IN prep 9 O for
" PUNCT `` punct 12 O " _
serious ADJ JJ amod 18 O serious
and CCONJ CC cc 14 O and
repeated VERB VBN conj 14 O repeat _
" PUNCT '' punct 18 O "
failings NOUN NNS pobj 12 O failing
in ADP IN prep 18 O in
the DET DT det 21 O the
care NOUN NN pobj 19 O care
of ADP IN prep 21 O of
a DET DT det 25 O a
teenage ADJ JJ amod 25 O teenage
girl NOUN NN pobj 22 O girl _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
Mr PROPN NNP compound 30 O Mr
Justice PROPN NNP compound 30 O Justice
Pemberton PROPN NNP nsubj 31 B-PERSON Pemberton
said VERB VBD ROOT 31 O say
the DET DT det 33 O the
council NOUN NN nsubj 35 O council
had AUX VBD aux 35 O have
let VERB VBN ccomp 31 O let
the DET DT det 37 O the
girl NOUN NN nsubj 38 O girl
down ADP RP ccomp 35 O down
" PUNCT `` punct 35 O " _
at ADP IN prep 35 O at
every DET DT det 42 O every
turn NOUN NN pobj 40 O turn _
" PUNCT '' punct 35 O " _
. PUNCT . punct 31 O . _
<paragraph> SPACE _SP dep 44 O <paragraph> _
" PUNCT `` punct 57 O " _
The DET DT det 48 O the
council NOUN NN poss 50 O council _
's PART POS case 48 O 's
failures NOUN NNS nsubj 51 O failure
are AUX VBP ccomp 57 O be
stark ADJ JJ acomp 51 O stark _
, PUNCT , punct 57 O , _
" PUNCT '' punct 57 O "
the DET DT det 56 O the
judge NOUN NN nsubj 57 O judge
said VERB VBD ROOT 57 O say
in ADP IN prep 57 O in
his PRON PRP$ poss 60 O his
ruling NOUN NN pobj 58 O ruling _
. PUNCT . punct 57 O . _
"""


def test_the_judge_and_the_ledes_judge_are_the_justice_named() -> None:
    rows = [(r.speaker, r.mention) for r in Extractor().rows(frozen(_JUSTICE))]
    assert rows == [
        ("Pemberton", "A High Court judge"),
        ("Pemberton", "Pemberton"),
        ("Pemberton", "the judge"),
    ]


# A man was hurt on Monday. Det Sgt Ann Cole praised the public. "People were brilliant," the
# officer said.
_SERGEANT = """
A DET DT det 1 O a
man NOUN NN nsubjpass 3 O man
was AUX VBD auxpass 3 O be
hurt VERB VBN ROOT 3 O hurt
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O .
Det PROPN NNP compound 10 B-PERSON Det
Sgt PROPN NNP compound 10 I-PERSON Sgt
Ann PROPN NNP compound 10 I-PERSON Ann
Cole PROPN NNP nsubj 11 I-PERSON Cole
praised VERB VBD ROOT 11 O praise
the DET DT det 13 O the
public NOUN NN dobj 11 O public _
. PUNCT . punct 11 O .
" PUNCT `` punct 23 O " _
People NOUN NNS nsubj 17 O People
were AUX VBD ccomp 23 O be
brilliant ADJ JJ acomp 17 O brilliant _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 22 O the
officer NOUN NN nsubj 23 O officer
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_officer_is_the_one_person_with_a_police_rank() -> None:
    rows = [(r.speaker, r.mention) for r in Extractor().rows(frozen(_SERGEANT))]
    assert rows == [("Ann Cole", "the officer")]
