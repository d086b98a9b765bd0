"""`Justice` before a name stands for a judge (the British and Commonwealth `Mr Justice X`): the
lede's `A High Court judge`, named only after it, and a later `the judge said` are that judge;
any police rank is an officer's (`Det Sgt Ann Cole … the officer said`); `Her Honour said` is the
one judge named; `Outside court,` before a titled name is no speaker (the parser makes both
subjects of `said`); Scotland's `Procurator fiscal depute` is a role. Frozen parses of stories
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


# A man who set fire to the door of a mosque has been jailed for four years.
#
# In the County Court on Friday, Judge Helen Marsh said the attack had terrified worshippers.
#
# "This was an attack on a community," Her Honour said.
#
# Outside court, Islamic Council of Victoria president Adel Salman said the sentence sent "a
# strong message".
_HONOUR = """
A DET DT det 1 O a
man NOUN NN nsubjpass 13 O man
who PRON WP nsubj 3 O who
set VERB VBD relcl 1 O set
fire NOUN NN dobj 3 O fire
to ADP IN prep 3 O to
the DET DT det 7 O the
door NOUN NN pobj 5 O door
of ADP IN prep 7 O of
a DET DT det 10 O a
mosque NOUN NN pobj 8 O mosque
has AUX VBZ aux 13 O have
been AUX VBN auxpass 13 O be
jailed VERB VBN ROOT 13 O jail
for ADP IN prep 13 O for
four NUM CD nummod 16 B-DATE four
years NOUN NNS pobj 14 I-DATE year _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
In ADP IN prep 29 O in
the DET DT det 22 B-ORG the
County PROPN NNP compound 22 I-ORG County
Court PROPN NNP pobj 19 I-ORG Court
on ADP IN prep 29 O on
Friday PROPN NNP pobj 23 B-DATE Friday _
, PUNCT , punct 29 O ,
Judge PROPN NNP compound 28 O Judge
Helen PROPN NNP compound 28 B-PERSON Helen
Marsh PROPN NNP nsubj 29 I-PERSON Marsh
said VERB VBD ROOT 29 O say
the DET DT det 31 O the
attack NOUN NN nsubj 32 O attack
had VERB VBD ccomp 29 O have
terrified VERB VBN amod 34 O terrify
worshippers NOUN NNS dobj 32 O worshipper _
. PUNCT . punct 29 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
" PUNCT `` punct 49 O " _
This PRON DT nsubj 39 O this
was AUX VBD ccomp 49 O be
an DET DT det 41 O an
attack NOUN NN attr 39 O attack
on ADP IN prep 41 O on
a DET DT det 44 O a
community NOUN NN pobj 42 O community _
, PUNCT , punct 49 O , _
" PUNCT '' punct 49 O "
Her PRON PRP$ poss 48 O her
Honour PROPN NNP nsubj 49 B-PERSON Honour
said VERB VBD ROOT 49 O say _
. PUNCT . punct 49 O . _
<paragraph> SPACE _SP dep 50 O <paragraph> _
Outside ADJ JJ amod 53 O outside
court NOUN NN nsubj 62 O court _
, PUNCT , punct 53 O ,
Islamic PROPN NNP compound 56 B-ORG Islamic
Council PROPN NNP nmod 59 I-ORG Council
of ADP IN prep 56 I-ORG of
Victoria PROPN NNP pobj 57 I-ORG Victoria
president NOUN NN compound 61 O president
Adel PROPN NNP compound 61 B-PERSON Adel
Salman PROPN NNP nsubj 62 I-PERSON Salman
said VERB VBD ROOT 62 O say
the DET DT det 64 O the
sentence NOUN NN nsubj 65 O sentence
sent VERB VBD ccomp 62 O send
" PUNCT `` punct 65 O " _
a DET DT det 69 O a
strong ADJ JJ amod 69 O strong
message NOUN NN dobj 65 O message _
" PUNCT '' punct 65 O " _
. PUNCT . punct 62 O . _
"""


def test_her_honour_is_the_judge_and_outside_court_is_nobody() -> None:
    rows = [(r.speaker, r.organization) for r in Extractor().rows(frozen(_HONOUR))]
    # (The judge sits in the court her own sentence names: `In the County Court …, Judge X said`.)
    assert rows == [("Helen Marsh", "County Court"), ("Adel Salman", "Islamic Council of Victoria")]


# Procurator fiscal depute Laura Buchan said the money had been spent on "holidays and a car".
_FISCAL = """
Procurator NOUN NN nmod 2 O procurator
fiscal ADJ JJ amod 2 O fiscal
depute NOUN NN compound 4 O depute
Laura PROPN NNP compound 4 B-PERSON Laura
Buchan PROPN NNP nsubj 5 I-PERSON Buchan
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
money NOUN NN nsubjpass 10 O money
had AUX VBD aux 10 O have
been AUX VBN auxpass 10 O be
spent VERB VBN ccomp 5 O spend
on ADP IN prep 10 O on
" PUNCT `` punct 11 O " _
holidays NOUN NNS pobj 11 O holiday
and CCONJ CC cc 13 O and
a DET DT det 16 O a
car NOUN NN conj 13 O car _
" PUNCT '' punct 10 O " _
. PUNCT . punct 5 O . _
"""


def test_a_procurator_fiscal_depute_is_a_role() -> None:
    assert [(r.speaker, r.role) for r in Extractor().rows(frozen(_FISCAL))] == [
        ("Laura Buchan", "Procurator fiscal depute")
    ]
