"""A body's own noun tagged alone before a job (`Council leader X`), where the article names one
body that ends in it (`Hartfield Borough Council`), is that body by its full name; and a club goes
by its name without the letters its full name opens with (`Kestrels coach X` after `AFC
Kestrels`). A firm's name with a short form before it (`RJR Nabisco`) is no club's. Frozen parse
of stories written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Council approves 2,000 homes on green belt
#
# Members of Hartfield Borough Council voted 31-20 on Wednesday night to approve a housing development
# on green belt land north of the town.
#
# Council leader Cllr Sarah Pemberton said the borough had no choice. "We are required to find land
# for 12,000 homes by 2035, and there is no brownfield left," she said.
_COUNCIL = """
Council PROPN NNP nsubj 1 B-ORG Council
approves VERB VBZ ROOT 1 O approve
2,000 NUM CD nummod 3 B-CARDINAL 2,000
homes NOUN NNS dobj 1 O home
on ADP IN prep 3 O on
green ADJ JJ amod 6 O green
belt NOUN NN pobj 4 O belt _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Members NOUN NNS nsubj 13 O member
of ADP IN prep 8 O of
Hartfield PROPN NNP compound 12 B-ORG Hartfield
Borough PROPN NNP compound 12 I-ORG Borough
Council PROPN NNP pobj 9 I-ORG Council
voted VERB VBD ROOT 13 O vote
31 NUM CD npadvmod 13 B-CARDINAL 31 _
- SYM SYM punct 16 I-CARDINAL - _
20 NUM CD prep 14 I-CARDINAL 20
on ADP IN prep 13 O on
Wednesday PROPN NNP compound 19 B-DATE Wednesday
night NOUN NN pobj 17 O night
to PART TO aux 21 O to
approve VERB VB xcomp 13 O approve
a DET DT det 24 O a
housing NOUN NN compound 24 O housing
development NOUN NN dobj 21 O development
on ADP IN prep 24 O on
green ADJ JJ amod 27 O green
belt NOUN NN compound 28 O belt
land NOUN NN pobj 25 O land
north ADV RB advmod 21 O north
of ADP IN prep 29 O of
the DET DT det 32 O the
town NOUN NN pobj 30 O town _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 33 O <paragraph> _
Council PROPN NNP compound 36 B-ORG Council
leader NOUN NN compound 39 O leader
Cllr PROPN NNP compound 39 B-PERSON Cllr
Sarah PROPN NNP compound 39 I-PERSON Sarah
Pemberton PROPN NNP nsubj 40 I-PERSON Pemberton
said VERB VBD ROOT 40 O say
the DET DT det 42 O the
borough NOUN NN nsubj 43 O borough
had VERB VBD ccomp 40 O have
no DET DT det 45 O no
choice NOUN NN dobj 43 O choice _
. PUNCT . punct 40 O .
" PUNCT `` punct 69 O " _
We PRON PRP nsubjpass 50 O we
are AUX VBP auxpass 50 O be
required VERB VBN ccomp 69 O require
to PART TO aux 52 O to
find VERB VB xcomp 50 O find
land NOUN NN dobj 52 O land
for ADP IN prep 52 O for
12,000 NUM CD nummod 56 B-CARDINAL 12,000
homes NOUN NNS pobj 54 O home
by ADP IN prep 52 O by
2035 NUM CD pobj 57 B-DATE 2035 _
, PUNCT , punct 50 O ,
and CCONJ CC cc 50 O and
there PRON EX expl 62 O there
is VERB VBZ conj 50 O be
no DET DT det 64 O no
brownfield NOUN NN attr 62 O brownfield
left VERB VBN acl 64 O leave _
, PUNCT , punct 69 O , _
" PUNCT '' punct 69 O "
she PRON PRP nsubj 69 O she
said VERB VBD ROOT 69 O say _
. PUNCT . punct 69 O . _
"""


# Forward Tom Reyes scored three times as AFC Kestrels beat Oldfield 3-1 on Saturday to reach the cup final.
#
# "I dedicate these goals to my mother," Reyes said.
#
# Kestrels coach Petra Lind praised his side. "We knew Oldfield would sit deep," the 48-year-old said.
_CLUB = """
Forward PROPN NNP compound 2 O Forward
Tom PROPN NNP compound 2 B-PERSON Tom
Reyes PROPN NNP nsubj 3 I-PERSON Reyes
scored VERB VBD ROOT 3 O score
three NUM CD nummod 5 B-CARDINAL three
times NOUN NNS npadvmod 3 O time
as SCONJ IN mark 9 O as
AFC PROPN NNP compound 8 B-ORG AFC
Kestrels PROPN NNP nsubj 9 I-ORG Kestrels
beat VERB VBD advcl 3 O beat
Oldfield PROPN NNP dobj 9 O Oldfield
3 NUM CD npadvmod 9 B-CARDINAL 3 _
- SYM SYM punct 13 I-CARDINAL - _
1 NUM CD prep 11 I-CARDINAL 1
on ADP IN prep 9 O on
Saturday PROPN NNP pobj 14 B-DATE Saturday
to PART TO aux 17 O to
reach VERB VB advcl 9 O reach
the DET DT det 19 O the
cup NOUN NN dobj 17 O cup
final ADJ JJ amod 19 O final _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
" PUNCT `` punct 25 O " _
I PRON PRP nsubj 25 O I
dedicate VERB VBP ccomp 34 O dedicate
these DET DT det 27 O these
goals NOUN NNS dobj 25 O goal
to ADP IN prep 25 O to
my PRON PRP$ poss 30 O my
mother NOUN NN pobj 28 O mother _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
Reyes NOUN NN nsubj 34 B-ORG reyes
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
<paragraph> SPACE _SP dep 35 O <paragraph> _
Kestrels PROPN NNP compound 38 O Kestrels
coach NOUN NN compound 40 O coach
Petra PROPN NNP compound 40 B-PERSON Petra
Lind PROPN NNP nsubj 41 I-PERSON Lind
praised VERB VBD ROOT 41 O praise
his PRON PRP$ poss 43 O his
side NOUN NN dobj 41 O side _
. PUNCT . punct 41 O .
" PUNCT `` punct 60 O " _
We PRON PRP nsubj 47 O we
knew VERB VBD ccomp 60 O know
Oldfield PROPN NNP nsubj 50 B-PERSON Oldfield
would AUX MD aux 50 O would
sit VERB VB ccomp 47 O sit
deep ADJ JJ advmod 50 O deep _
, PUNCT , punct 60 O , _
" PUNCT '' punct 60 O "
the DET DT det 60 O the
48 NUM CD nummod 57 B-DATE 48 _
- PUNCT HYPH punct 57 I-DATE - _
year NOUN NN npadvmod 59 I-DATE year _
- PUNCT HYPH punct 59 I-DATE - _
old ADJ JJ amod 60 I-DATE old
said VERB VBD ROOT 60 O say _
. PUNCT . punct 60 O . _
"""


# Shares in KLM Carrow fell on Monday.
#
# Carrow spokesman Jon Hale said: "We will say more next week."
_FIRM = """
Shares NOUN NNS nsubj 4 O share
in ADP IN prep 0 O in
KLM PROPN NNP compound 3 B-ORG KLM
Carrow PROPN NNP pobj 1 I-ORG Carrow
fell VERB VBD ROOT 4 O fall
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
Carrow PROPN NNP compound 10 B-GPE Carrow
spokesman NOUN NN compound 12 O spokesman
Jon PROPN NNP compound 12 B-PERSON Jon
Hale PROPN NNP nsubj 13 I-PERSON Hale
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
say VERB VB ccomp 13 O say
more ADV RBR advmod 18 O more
next ADJ JJ amod 21 B-DATE next
week NOUN NN npadvmod 18 I-DATE week _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


def test_a_body_noun_tagged_alone_before_a_job_is_the_body_named_in_full() -> None:
    rows = Extractor().rows(frozen(_COUNCIL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sarah Pemberton", "leader", "Hartfield Borough Council")
    ]


def test_a_club_goes_by_its_name_without_its_letters() -> None:
    rows = Extractor().rows(frozen(_CLUB))
    assert [(r.speaker, r.role, r.organization) for r in rows if r.speaker == "Petra Lind"] == [
        ("Petra Lind", "coach", "AFC Kestrels")
    ]


def test_a_firm_named_after_a_short_form_is_no_club() -> None:
    rows = Extractor().rows(frozen(_FIRM))
    assert [(r.speaker, r.organization) for r in rows] == [("Jon Hale", "")]
