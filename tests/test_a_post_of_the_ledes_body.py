"""A post with no body of its own, written as a title or after `the` (`Chief Executive X`, `The
presiding magistrate, X,`), whose sentence before names no body as its subject: the body that
is the subject of the story's lede, a few sentences back, when it is of the post's kind (a
company for its executives, a court for its judges); a regulator the lede has acting on a
company is none (`The Competition Commission fined Lenton Foods Ltd …`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kestrel Mining Ltd on Monday cut its full-year output forecast for the second time this year,
# citing heavy rains at its two pits.
#
# The Perth-based miner now expects to ship 41 million tonnes. Analysts had expected 44 million
# tonnes.
#
# "The rain has been relentless," Chief Executive Ana Ruiz said on a call with analysts.
_MINER = """
Kestrel PROPN NNP compound 2 B-ORG Kestrel
Mining PROPN NNP compound 2 I-ORG Mining
Ltd PROPN NNP nsubj 5 I-ORG Ltd
on ADP IN prep 5 O on
Monday PROPN NNP pobj 3 B-DATE Monday
cut VERB VBD ROOT 5 O cut
its PRON PRP$ poss 11 O its
full ADJ JJ amod 9 B-DATE full _
- PUNCT HYPH punct 9 I-DATE - _
year NOUN NN compound 11 I-DATE year
output NOUN NN compound 11 O output
forecast NOUN NN dobj 5 O forecast
for ADP IN prep 5 O for
the DET DT det 15 O the
second ADJ JJ amod 15 B-ORDINAL second
time NOUN NN pobj 12 O time
this DET DT det 17 B-DATE this
year NOUN NN npadvmod 15 I-DATE year _
, PUNCT , punct 5 O ,
citing VERB VBG advcl 5 O cite
heavy ADJ JJ amod 21 O heavy
rains NOUN NNS dobj 19 O rain
at ADP IN prep 21 O at
its PRON PRP$ poss 25 O its
two NUM CD nummod 25 B-CARDINAL two
pits NOUN NNS pobj 22 O pit _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
The DET DT det 32 O the
Perth PROPN NNP npadvmod 31 B-GPE Perth _
- PUNCT HYPH punct 31 O - _
based VERB VBN amod 32 O base
miner NOUN NN nsubj 34 O miner
now ADV RB advmod 34 O now
expects VERB VBZ ROOT 34 O expect
to PART TO aux 36 O to
ship VERB VB xcomp 34 O ship
41 NUM CD compound 38 B-QUANTITY 41
million NUM CD nummod 39 I-QUANTITY million
tonnes NOUN NNS dobj 36 I-QUANTITY tonne _
. PUNCT . punct 34 O .
Analysts NOUN NNS nsubj 43 O analyst
had AUX VBD aux 43 O have
expected VERB VBN ROOT 43 O expect
44 NUM CD compound 45 B-QUANTITY 44
million NUM CD nummod 46 I-QUANTITY million
tonnes NOUN NNS dobj 43 I-QUANTITY tonne _
. PUNCT . punct 43 O . _
<paragraph> SPACE _SP dep 47 O <paragraph> _
" PUNCT `` punct 61 O " _
The DET DT det 51 O the
rain NOUN NN nsubj 53 O rain
has AUX VBZ aux 53 O have
been AUX VBN ccomp 61 O be
relentless ADJ JJ acomp 53 O relentless _
, PUNCT , punct 61 O , _
" PUNCT '' punct 61 O "
Chief PROPN NNP compound 60 O Chief
Executive PROPN NNP compound 60 O Executive
Ana PROPN NNP compound 60 O Ana
Ruiz PROPN NNP nsubj 61 O Ruiz
said VERB VBD ROOT 61 O say
on ADP IN prep 61 O on
a DET DT det 64 O a
call NOUN NN pobj 62 O call
with ADP IN prep 64 O with
analysts NOUN NNS pobj 65 O analyst _
. PUNCT . punct 61 O . _
"""

# A Magistrates Court in Kisumu on Monday granted bail to a former county treasurer, Tom Otieno,
# in a case of fraud brought by the police.
#
# Mr Otieno denies six counts of fraud. He was arrested in May.
#
# The presiding magistrate, Grace Achieng, said the accused was no flight risk. "He has kept every
# condition," the magistrate said.
_COURT = """
A DET DT det 2 O a
Magistrates PROPN NNP compound 2 B-ORG Magistrates
Court PROPN NNP nsubj 7 I-ORG Court
in ADP IN prep 2 O in
Kisumu PROPN NNP pobj 3 B-GPE Kisumu
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday
granted VERB VBD ROOT 7 O grant
bail NOUN NN dobj 7 O bail
to ADP IN dative 7 O to
a DET DT det 13 O a
former ADJ JJ amod 13 O former
county NOUN NN compound 13 O county
treasurer NOUN NN pobj 9 O treasurer _
, PUNCT , punct 13 O ,
Tom PROPN NNP compound 16 B-PERSON Tom
Otieno PROPN NNP appos 13 I-PERSON Otieno _
, PUNCT , punct 13 O ,
in ADP IN prep 7 O in
a DET DT det 20 O a
case NOUN NN pobj 18 O case
of ADP IN prep 20 O of
fraud NOUN NN pobj 21 O fraud
brought VERB VBN acl 22 O bring
by ADP IN agent 23 O by
the DET DT det 26 O the
police NOUN NN pobj 24 O police _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
Mr PROPN NNP compound 30 O Mr
Otieno PROPN NNP nsubj 31 B-PERSON Otieno
denies VERB VBZ ROOT 31 O deny
six NUM CD nummod 33 B-CARDINAL six
counts NOUN NNS dobj 31 O count
of ADP IN prep 33 O of
fraud NOUN NN pobj 34 O fraud _
. PUNCT . punct 31 O .
He PRON PRP nsubjpass 39 O he
was AUX VBD auxpass 39 O be
arrested VERB VBN ROOT 39 O arrest
in ADP IN prep 39 O in
May PROPN NNP pobj 40 B-DATE May _
. PUNCT . punct 39 O . _
<paragraph> SPACE _SP dep 42 O <paragraph> _
The DET DT det 46 O the
presiding VERB VBG amod 46 O preside
magistrate NOUN NN nsubj 51 O magistrate _
, PUNCT , punct 46 O ,
Grace PROPN NNP compound 49 B-PERSON Grace
Achieng PROPN NNP appos 46 I-PERSON Achieng _
, PUNCT , punct 46 O ,
said VERB VBD ROOT 51 O say
the DET DT det 53 O the
accused VERB VBN nsubj 54 O accuse
was AUX VBD ccomp 51 O be
no DET DT det 57 O no
flight NOUN NN compound 57 O flight
risk NOUN NN attr 54 O risk _
. PUNCT . punct 51 O .
" PUNCT `` punct 69 O " _
He PRON PRP nsubj 62 O he
has AUX VBZ aux 62 O have
kept VERB VBN ccomp 69 O keep
every DET DT det 64 O every
condition NOUN NN dobj 62 O condition _
, PUNCT , punct 69 O , _
" PUNCT '' punct 69 O "
the DET DT det 68 O the
magistrate NOUN NN nsubj 69 O magistrate
said VERB VBD ROOT 69 O say _
. PUNCT . punct 69 O . _
"""

# The Harbour Competition Commission on Monday fined Lenton Foods Ltd two million pounds for
# fixing the price of bread across the region.
#
# The fine is the largest this year. Shoppers paid more for two years.
#
# "We regret the breach," Chief Executive Ana Ruiz said.
_REGULATOR = """
The DET DT det 3 B-ORG the
Harbour PROPN NNP compound 2 I-ORG Harbour
Competition PROPN NNP compound 3 I-ORG Competition
Commission PROPN NNP nsubj 6 I-ORG Commission
on ADP IN prep 6 O on
Monday PROPN NNP pobj 4 B-DATE Monday
fined VERB VBD ROOT 6 O fin
Lenton PROPN NNP compound 9 B-ORG Lenton
Foods PROPN NNPS compound 9 I-ORG Foods
Ltd PROPN NNP dobj 6 I-ORG Ltd
two NUM CD compound 11 O two
million NUM CD nummod 12 O million
pounds NOUN NNS dobj 6 O pound
for ADP IN prep 12 O for
fixing VERB VBG pcomp 13 O fix
the DET DT det 16 O the
price NOUN NN dobj 14 O price
of ADP IN prep 16 O of
bread NOUN NN pobj 17 O bread
across ADP IN prep 14 O across
the DET DT det 21 O the
region NOUN NN pobj 19 O region _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 25 O the
fine NOUN NN nsubj 26 O fine
is AUX VBZ ROOT 26 O be
the DET DT det 28 O the
largest ADJ JJS attr 26 O large
this DET DT det 30 B-DATE this
year NOUN NN npadvmod 26 I-DATE year _
. PUNCT . punct 26 O .
Shoppers NOUN NNS nsubj 33 O shopper
paid VERB VBD ROOT 33 O pay
more ADJ JJR dobj 33 O more
for ADP IN prep 33 O for
two NUM CD nummod 37 B-DATE two
years NOUN NNS pobj 35 I-DATE year _
. PUNCT . punct 33 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
" PUNCT `` punct 42 O " _
We PRON PRP nsubj 42 O we
regret VERB VBP ccomp 51 O regret
the DET DT det 44 O the
breach NOUN NN dobj 42 O breach _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
Chief PROPN NNP compound 50 O Chief
Executive PROPN NNP compound 50 O Executive
Ana PROPN NNP compound 50 O Ana
Ruiz PROPN NNP nsubj 51 O Ruiz
said VERB VBD ROOT 51 O say _
. PUNCT . punct 51 O . _
"""


def test_an_executive_of_the_company_the_lede_is_on() -> None:
    rows = Extractor().rows(frozen(_MINER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "Chief Executive", "Kestrel Mining Ltd")
    ]


def test_a_magistrate_of_the_court_the_lede_is_on() -> None:
    rows = Extractor().rows(frozen(_COURT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Grace Achieng", "presiding magistrate", "Magistrates Court")
    ]


def test_no_executive_of_the_regulator_the_lede_is_on() -> None:
    rows = Extractor().rows(frozen(_REGULATOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ana Ruiz", "Chief Executive", "")]
