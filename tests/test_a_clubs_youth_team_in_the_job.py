"""`The club said reserve team manager Tom Doyle …`, `Sipho Mokoena, the youth team coach,`: a
side's noun (`team`, `side`, `squad`) with a word in small letters before it names one of the
club's sides, and stays in the role (`reserve team manager`), while the club it stands for is
still the organisation. A bare `team manager` is the club's manager, as before. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# DUBLIN - Shamrock Rovers have sacked their manager after the worst start to a season in a
# decade.  The club said reserve team manager Tom Doyle would take charge for Friday's match
# against Derry City.  "We start again tomorrow," Doyle said.
_RESERVE_TEAM = """
DUBLIN PROPN NNP ROOT 0 B-ORG DUBLIN
- PUNCT HYPH punct 0 I-ORG -
Shamrock PROPN NNP compound 3 O Shamrock
Rovers PROPN NNPS nsubj 5 O Rovers
have AUX VBP aux 5 O have
sacked VERB VBN ROOT 5 O sack
their PRON PRP$ poss 7 O their
manager NOUN NN dobj 5 O manager
after SCONJ IN mark 11 O after
the DET DT det 10 O the
worst ADJ JJS amod 11 O bad
start VERB VBP advcl 5 O start
to ADP IN prep 11 O to
a DET DT det 14 O a
season NOUN NN pobj 12 O season
in ADP IN prep 11 O in
a DET DT det 17 B-DATE a
decade NOUN NN pobj 15 I-DATE decade _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
The DET DT det 21 O the
club NOUN NN nsubj 22 O club
said VERB VBD ROOT 22 O say
reserve NOUN NN compound 24 O reserve
team NOUN NN compound 25 O team
manager NOUN NN compound 27 O manager
Tom PROPN NNP compound 27 B-PERSON Tom
Doyle PROPN NNP nsubj 29 I-PERSON Doyle
would AUX MD aux 29 O would
take VERB VB ccomp 22 O take
charge NOUN NN dobj 29 O charge
for ADP IN prep 29 O for
Friday PROPN NNP poss 34 B-DATE Friday _
's PART POS case 32 O 's
match NOUN NN pobj 31 O match
against ADP IN prep 34 O against
Derry PROPN NNP compound 37 B-GPE Derry
City PROPN NNP pobj 35 I-GPE City _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
" PUNCT `` punct 42 O " _
We PRON PRP nsubj 42 O we
start VERB VBP ccomp 48 O start
again ADV RB advmod 42 O again
tomorrow NOUN NN npadvmod 42 B-DATE tomorrow _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
Doyle PROPN NNP nsubj 48 B-PERSON Doyle
said VERB VBD ROOT 48 O say _
. PUNCT . punct 48 O . _
"""


# JOHANNESBURG - Kaizer Chiefs have promoted their youth coach after a run of six defeats.  The
# club said Sipho Mokoena, the youth team coach, would take charge of the first team.  "I know
# these players well," said Mokoena.
_YOUTH_TEAM = """
JOHANNESBURG PROPN NNP ROOT 0 B-ORG JOHANNESBURG
- PUNCT HYPH punct 0 I-ORG -
Kaizer PROPN NNP compound 3 O Kaizer
Chiefs PROPN NNPS nsubj 5 O Chiefs
have AUX VBP aux 5 O have
promoted VERB VBN ROOT 5 O promote
their PRON PRP$ poss 8 O their
youth NOUN NN compound 8 O youth
coach NOUN NN dobj 5 O coach
after ADP IN prep 5 O after
a DET DT det 11 O a
run NOUN NN pobj 9 O run
of ADP IN prep 11 O of
six NUM CD nummod 14 B-CARDINAL six
defeats NOUN NNS pobj 12 O defeat _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
The DET DT det 18 O the
club NOUN NN nsubj 19 O club
said VERB VBD ROOT 19 O say
Sipho PROPN NNP compound 21 B-PERSON Sipho
Mokoena PROPN NNP nsubj 29 I-PERSON Mokoena _
, PUNCT , punct 21 O ,
the DET DT det 26 O the
youth NOUN NN compound 25 O youth
team NOUN NN compound 26 O team
coach NOUN NN appos 21 O coach _
, PUNCT , punct 21 O ,
would AUX MD aux 29 O would
take VERB VB ccomp 19 O take
charge NOUN NN dobj 29 O charge
of ADP IN prep 30 O of
the DET DT det 34 O the
first ADJ JJ amod 34 B-ORDINAL first
team NOUN NN pobj 31 O team _
. PUNCT . punct 19 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
" PUNCT `` punct 39 O " _
I PRON PRP nsubj 39 O I
know VERB VBP ccomp 45 O know
these DET DT det 41 O these
players NOUN NNS dobj 39 O player
well ADV RB advmod 39 O well _
, PUNCT , punct 45 O , _
" PUNCT '' punct 45 O "
said VERB VBD ROOT 45 O say
Mokoena PROPN NNP nsubj 45 B-GPE Mokoena _
. PUNCT . punct 45 O . _
"""


# DUBLIN - Shamrock Rovers have sacked their manager after the worst start to a season in a
# decade.  The club said team manager Tom Doyle would take charge for Friday's match against Derry
# City.  "We start again tomorrow," Doyle said.
_BARE_TEAM = """
DUBLIN PROPN NNP ROOT 0 B-ORG DUBLIN
- PUNCT HYPH punct 0 I-ORG -
Shamrock PROPN NNP compound 3 O Shamrock
Rovers PROPN NNPS nsubj 5 O Rovers
have AUX VBP aux 5 O have
sacked VERB VBN ROOT 5 O sack
their PRON PRP$ poss 7 O their
manager NOUN NN dobj 5 O manager
after SCONJ IN mark 11 O after
the DET DT det 10 O the
worst ADJ JJS amod 11 O bad
start VERB VBP advcl 5 O start
to ADP IN prep 11 O to
a DET DT det 14 O a
season NOUN NN pobj 12 O season
in ADP IN prep 11 O in
a DET DT det 17 B-DATE a
decade NOUN NN pobj 15 I-DATE decade _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
The DET DT det 21 O the
club NOUN NN nsubj 22 O club
said VERB VBD ROOT 22 O say
team NOUN NN compound 24 O team
manager NOUN NN compound 26 O manager
Tom PROPN NNP compound 26 B-PERSON Tom
Doyle PROPN NNP nsubj 28 I-PERSON Doyle
would AUX MD aux 28 O would
take VERB VB ccomp 22 O take
charge NOUN NN dobj 28 O charge
for ADP IN prep 28 O for
Friday PROPN NNP poss 33 B-DATE Friday _
's PART POS case 31 O 's
match NOUN NN pobj 30 O match
against ADP IN prep 33 O against
Derry PROPN NNP compound 36 B-GPE Derry
City PROPN NNP pobj 34 I-GPE City _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 37 O <paragraph> _
" PUNCT `` punct 41 O " _
We PRON PRP nsubj 41 O we
start VERB VBP ccomp 47 O start
again ADV RB advmod 41 O again
tomorrow NOUN NN npadvmod 41 B-DATE tomorrow _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
Doyle PROPN NNP nsubj 47 B-PERSON Doyle
said VERB VBD ROOT 47 O say _
. PUNCT . punct 47 O . _
"""


def test_the_reserve_team_stays_in_the_managers_role() -> None:
    rows = Extractor().rows(frozen(_RESERVE_TEAM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Doyle", "reserve team manager", "Shamrock Rovers")
    ]


def test_the_youth_team_stays_in_the_coachs_role() -> None:
    rows = Extractor().rows(frozen(_YOUTH_TEAM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sipho Mokoena", "youth team coach", "Kaizer Chiefs")
    ]


def test_a_bare_team_before_the_job_is_the_club() -> None:
    rows = Extractor().rows(frozen(_BARE_TEAM))
    expected = [("Tom Doyle", "manager", "Shamrock Rovers")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
