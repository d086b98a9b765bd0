"""`…, the Daily Nation reported.` / `“…,” said county spokesperson X`: a paper or a news agency
that reports (`the paper`, `the newspaper`, a masthead's word in its name) passes on the news; the
spokesperson who speaks next is no staff of the paper, though it is the subject of the sentence
before (the adjacent-sentence tie of ROLES.md 5 holds for a paper that makes a statement of its
own: `The Lenton Herald said it stood by its story.`). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Residents of Kibera say they were given no notice of the demolitions, the Daily Nation reported.
# "We followed every procedure," said county spokesperson Sipho Dlamini.
_NATION = """
Residents NOUN NNS nsubj 3 O resident
of ADP IN prep 0 O of
Kibera PROPN NNP pobj 1 B-GPE Kibera
say VERB VBP ROOT 3 O say
they PRON PRP nsubjpass 6 O they
were AUX VBD auxpass 6 O be
given VERB VBN ccomp 3 O give
no DET DT det 8 O no
notice NOUN NN dobj 6 O notice
of ADP IN prep 8 O of
the DET DT det 11 O the
demolitions NOUN NNS pobj 9 O demolition _
, PUNCT , punct 16 O ,
the DET DT det 15 B-ORG the
Daily PROPN NNP compound 15 I-ORG Daily
Nation PROPN NNP nsubj 16 I-ORG Nation
reported VERB VBD ccomp 3 O report _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 21 O we
followed VERB VBD ccomp 26 O follow
every DET DT det 23 O every
procedure NOUN NN dobj 21 O procedure _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
said VERB VBD ROOT 26 O say
county NOUN NN compound 28 O county
spokesperson NOUN NN compound 30 O spokesperson
Sipho PROPN NNP compound 30 B-PERSON Sipho
Dlamini PROPN NNP nsubj 26 I-PERSON Dlamini _
. PUNCT . punct 26 O . _
"""

# Speaking to the Daily Nation, Amina Wanjiru said the stalls had been there for years. The county
# has denied that it failed to consult traders, the newspaper reported.  "We followed every
# procedure," said county spokesperson Sipho Dlamini.
_THE_NEWSPAPER = """
Speaking VERB VBG advcl 8 O speak
to ADP IN prep 0 O to
the DET DT det 4 B-ORG the
Daily PROPN NNP compound 4 I-ORG Daily
Nation PROPN NNP pobj 1 I-ORG Nation _
, PUNCT , punct 8 O ,
Amina PROPN NNP compound 7 B-PERSON Amina
Wanjiru PROPN NNP nsubj 8 I-PERSON Wanjiru
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
stalls NOUN NNS nsubj 12 O stall
had AUX VBD aux 12 O have
been AUX VBN ccomp 8 O be
there ADV RB advmod 12 O there
for ADP IN prep 12 O for
years NOUN NNS pobj 14 B-DATE year _
. PUNCT . punct 8 O .
The DET DT det 18 O the
county NOUN NN nsubj 20 O county
has AUX VBZ aux 20 O have
denied VERB VBN ccomp 30 O deny
that SCONJ IN mark 23 O that
it PRON PRP nsubj 23 O it
failed VERB VBD ccomp 20 O fail
to PART TO aux 25 O to
consult VERB VB xcomp 23 O consult
traders NOUN NNS dobj 25 O trader _
, PUNCT , punct 30 O ,
the DET DT det 29 O the
newspaper NOUN NN nsubj 30 O newspaper
reported VERB VBD ROOT 30 O report _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 31 O <paragraph> _
" PUNCT `` punct 35 O " _
We PRON PRP nsubj 35 O we
followed VERB VBD ccomp 40 O follow
every DET DT det 37 O every
procedure NOUN NN dobj 35 O procedure _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
said VERB VBD ROOT 40 O say
county NOUN NN compound 42 O county
spokesperson NOUN NN compound 44 O spokesperson
Sipho PROPN NNP compound 44 B-PERSON Sipho
Dlamini PROPN NNP nsubj 40 I-PERSON Dlamini _
. PUNCT . punct 40 O . _
"""

# The Lenton Herald said it stood by its story.  "We will not retract a word," said spokeswoman
# Ana Ruiz.
_OWN_STATEMENT = """
The DET DT det 2 B-ORG the
Lenton PROPN NNP compound 2 I-ORG Lenton
Herald PROPN NNP nsubj 3 I-ORG Herald
said VERB VBD ROOT 3 O say
it PRON PRP nsubj 5 O it
stood VERB VBD ccomp 3 O stand
by ADP IN prep 5 O by
its PRON PRP$ poss 8 O its
story NOUN NN pobj 6 O story _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
not PART RB neg 15 O not
retract VERB VB ccomp 20 O retract
a DET DT det 17 O a
word NOUN NN dobj 15 O word _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
spokeswoman NOUN NN compound 23 O spokeswoman
Ana PROPN NNP compound 23 O Ana
Ruiz PROPN NNP nsubj 20 O Ruiz _
. PUNCT . punct 20 O . _
"""


def test_a_paper_that_reports_employs_no_spokesperson() -> None:
    rows = Extractor().rows(frozen(_NATION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sipho Dlamini", "county spokesperson", "")
    ]


def test_the_newspaper_that_reports_employs_no_spokesperson() -> None:
    rows = Extractor().rows(frozen(_THE_NEWSPAPER))
    assert [(r.speaker, r.organization) for r in rows] == [("Sipho Dlamini", "")]


def test_a_papers_own_statement_still_ties_its_spokeswoman() -> None:
    rows = Extractor().rows(frozen(_OWN_STATEMENT))
    assert [(r.speaker, r.organization) for r in rows] == [("Ana Ruiz", "Lenton Herald")]
