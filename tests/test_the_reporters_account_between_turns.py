"""`Witness : …` then `Mary Doyle, the widow, deposed that …` (or `Thomas Price, a collier, was
then called.`) then `Witness : …`: in an inquest's or a court's transcript, a paragraph between
the turns that tells, in the reporter's words, of a witness called or sworn or of evidence given
is no part of the turn before it. Before, it was read as the first witness going on, so the
next `Witness` label stayed the first witness. Now the paragraph is the report's own, and the
label is the one it calls. A witness's own words that go on (`I was then called to the shaft`)
still go on with the turn. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# John Evans, fireman, was called.  The CORONER : Did you see the deceased fall from the staging?
# Witness : I did, sir. The rope gave way beneath him.  Mary Doyle, the widow, deposed that her
# husband had left home in his usual health.  The CORONER : Had he ever complained of the staging?
# Witness : He told me more than once that the ropes were rotten.
_DEPOSED = """
John PROPN NNP compound 1 B-PERSON John
Evans PROPN NNP nsubjpass 6 I-PERSON Evans _
, PUNCT , punct 1 O ,
fireman NOUN NN appos 1 O fireman _
, PUNCT , punct 6 O ,
was AUX VBD auxpass 6 O be
called VERB VBN ROOT 6 O call _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
The DET DT det 10 O the
CORONER PROPN NNP npadvmod 14 O CORONER
: PUNCT : punct 14 O :
Did AUX VBD aux 14 O do
you PRON PRP nsubj 14 O you
see VERB VB ROOT 14 O see
the DET DT det 17 O the
deceased ADJ JJ amod 17 O deceased
fall NOUN NN dobj 14 O fall
from ADP IN prep 17 O from
the DET DT det 20 O the
staging NOUN NN pobj 18 O staging _
? PUNCT . punct 14 O ? _
<paragraph> SPACE _SP dep 21 O <paragraph> _
Witness NOUN NN ROOT 23 O witness
: PUNCT : punct 23 O :
I PRON PRP nsubj 26 O I
did AUX VBD acl 23 O do _
, PUNCT , punct 26 O ,
sir NOUN NN npadvmod 26 O sir _
. PUNCT . punct 23 O .
The DET DT det 31 O the
rope NOUN NN nsubj 32 O rope
gave VERB VBD ROOT 32 O give
way NOUN NN dobj 32 O way
beneath ADP IN prep 32 O beneath
him PRON PRP pobj 34 O he _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 36 O <paragraph> _
Mary PROPN NNP compound 39 B-PERSON Mary
Doyle PROPN NNP nsubj 44 I-PERSON Doyle _
, PUNCT , punct 39 O ,
the DET DT det 42 O the
widow NOUN NN appos 39 O widow _
, PUNCT , punct 39 O ,
deposed VERB VBD ROOT 44 O depose
that SCONJ IN mark 49 O that
her PRON PRP$ poss 47 O her
husband NOUN NN nsubj 49 O husband
had AUX VBD aux 49 O have
left VERB VBN ccomp 44 O leave
home ADV RB advmod 49 O home
in ADP IN prep 49 O in
his PRON PRP$ poss 54 O his
usual ADJ JJ amod 54 O usual
health NOUN NN pobj 51 O health _
. PUNCT . punct 44 O . _
<paragraph> SPACE _SP dep 55 O <paragraph> _
The DET DT det 58 O the
CORONER PROPN NNP dep 63 O CORONER
: PUNCT : punct 63 O :
Had AUX VBD aux 63 O have
he PRON PRP nsubj 63 O he
ever ADV RB advmod 63 O ever
complained VERB VBD ROOT 63 O complain
of ADP IN prep 63 O of
the DET DT det 66 O the
staging NOUN NN pobj 64 O staging _
? PUNCT . punct 63 O ? _
<paragraph> SPACE _SP dep 67 O <paragraph> _
Witness NOUN NN ROOT 69 O witness
: PUNCT : punct 69 O :
He PRON PRP nsubj 72 O he
told VERB VBD acl 69 O tell
me PRON PRP dobj 72 O I
more ADV RBR dobj 72 O more
than ADP IN prep 74 O than
once ADV RB pcomp 75 O once
that SCONJ IN mark 80 O that
the DET DT det 79 O the
ropes NOUN NNS nsubj 80 O rope
were AUX VBD ccomp 74 O be
rotten ADJ JJ acomp 80 O rotten _
. PUNCT . punct 72 O . _
"""

# William Jenkins, overman, was called.  The CORONER : When did you last examine the district?
# Witness : At five in the morning. I found no gas anywhere.  Thomas Price, a collier, was then
# called.  The CORONER : Where were you working at the time?  Witness : In the heading, near the
# shaft. The lamp went out at once.
_THEN_CALLED = """
William PROPN NNP compound 1 B-PERSON William
Jenkins PROPN NNP nsubjpass 6 I-PERSON Jenkins _
, PUNCT , punct 1 O ,
overman NOUN NN appos 1 O overman _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 6 O be
called VERB VBN ROOT 6 O call _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
The DET DT det 10 O the
CORONER PROPN NNP dep 16 O CORONER
: PUNCT : punct 16 O :
When SCONJ WRB advmod 16 O when
did AUX VBD aux 16 O do
you PRON PRP nsubj 16 O you
last ADV RB advmod 16 O last
examine VERB VB ROOT 16 O examine
the DET DT det 18 O the
district NOUN NN dobj 16 O district _
? PUNCT . punct 16 O ? _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Witness NOUN NN ROOT 21 O witness
: PUNCT : punct 21 O :
At ADP IN prep 21 O at
five NUM CD pobj 23 B-TIME five
in ADP IN prep 24 I-TIME in
the DET DT det 27 I-TIME the
morning NOUN NN pobj 25 I-TIME morning _
. PUNCT . punct 21 O .
I PRON PRP nsubj 30 O I
found VERB VBD ROOT 30 O find
no DET DT det 32 O no
gas NOUN NN dobj 30 O gas
anywhere ADV RB advmod 30 O anywhere _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
Thomas PROPN NNP compound 37 B-PERSON Thomas
Price PROPN NNP nsubjpass 44 I-PERSON Price _
, PUNCT , punct 37 O ,
a DET DT det 40 O a
collier NOUN NN appos 37 O collier _
, PUNCT , punct 37 O ,
was AUX VBD auxpass 44 O be
then ADV RB advmod 44 O then
called VERB VBN ROOT 44 O call _
. PUNCT . punct 44 O . _
<paragraph> SPACE _SP dep 45 O <paragraph> _
The DET DT det 48 O the
CORONER PROPN NNP ROOT 48 O CORONER
: PUNCT : punct 48 O :
Where SCONJ WRB advmod 53 O where
were AUX VBD aux 53 O be
you PRON PRP nsubj 53 O you
working VERB VBG acl 48 O work
at ADP IN prep 53 O at
the DET DT det 56 O the
time NOUN NN pobj 54 O time _
? PUNCT . punct 53 O ? _
<paragraph> SPACE _SP dep 57 O <paragraph> _
Witness NOUN NN ROOT 59 O witness
: PUNCT : punct 59 O :
In ADP IN prep 59 O in
the DET DT det 63 O the
heading NOUN NN pobj 61 O heading _
, PUNCT , punct 61 O ,
near ADP IN conj 61 O near
the DET DT det 67 O the
shaft NOUN NN pobj 65 O shaft _
. PUNCT . punct 59 O .
The DET DT det 70 O the
lamp NOUN NN nsubj 71 O lamp
went VERB VBD ROOT 71 O go
out ADP RP prt 71 O out
at ADP IN prep 71 O at
once ADV RB pcomp 73 O once _
. PUNCT . punct 71 O . _
"""

# William Jenkins, overman, was called.  The CORONER : When did you last examine the district?
# Witness : At five in the morning. I found no gas anywhere.  I was then called to the shaft by
# the banksman, and went down at once.  The CORONER : Was anyone with you?  Witness : Nobody, sir.
# The others had gone home.
_OWN_WORDS = """
William PROPN NNP compound 1 B-PERSON William
Jenkins PROPN NNP nsubjpass 6 I-PERSON Jenkins _
, PUNCT , punct 1 O ,
overman NOUN NN appos 1 O overman _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 6 O be
called VERB VBN ROOT 6 O call _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
The DET DT det 10 O the
CORONER PROPN NNP dep 16 O CORONER
: PUNCT : punct 16 O :
When SCONJ WRB advmod 16 O when
did AUX VBD aux 16 O do
you PRON PRP nsubj 16 O you
last ADV RB advmod 16 O last
examine VERB VB ROOT 16 O examine
the DET DT det 18 O the
district NOUN NN dobj 16 O district _
? PUNCT . punct 16 O ? _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Witness NOUN NN ROOT 21 O witness
: PUNCT : punct 21 O :
At ADP IN prep 21 O at
five NUM CD pobj 23 B-TIME five
in ADP IN prep 24 I-TIME in
the DET DT det 27 I-TIME the
morning NOUN NN pobj 25 I-TIME morning _
. PUNCT . punct 21 O .
I PRON PRP nsubj 30 O I
found VERB VBD ROOT 30 O find
no DET DT det 32 O no
gas NOUN NN dobj 30 O gas
anywhere ADV RB advmod 30 O anywhere _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
I PRON PRP nsubjpass 39 O I
was AUX VBD auxpass 39 O be
then ADV RB advmod 39 O then
called VERB VBN ROOT 39 O call
to ADP IN prep 39 O to
the DET DT det 42 O the
shaft NOUN NN pobj 40 O shaft
by ADP IN agent 39 O by
the DET DT det 45 O the
banksman NOUN NN pobj 43 O banksman _
, PUNCT , punct 39 O ,
and CCONJ CC cc 39 O and
went VERB VBD conj 39 O go
down ADP RP prt 48 O down
at ADP IN prep 48 O at
once ADV RB pcomp 50 O once _
. PUNCT . punct 39 O . _
<paragraph> SPACE _SP dep 52 O <paragraph> _
The DET DT det 55 O the
CORONER PROPN NNP nsubj 57 O CORONER
: PUNCT : punct 55 O :
Was AUX VBD ROOT 57 O be
anyone PRON NN attr 57 O anyone
with ADP IN prep 58 O with
you PRON PRP pobj 59 O you _
? PUNCT . punct 57 O ? _
<paragraph> SPACE _SP dep 61 O <paragraph> _
Witness NOUN NN ROOT 63 O witness
: PUNCT : punct 63 O :
Nobody PRON NN appos 63 O nobody _
, PUNCT , punct 65 O ,
sir NOUN NN npadvmod 65 O sir _
. PUNCT . punct 63 O .
The DET DT det 70 O the
others NOUN NNS nsubj 72 O other
had AUX VBD aux 72 O have
gone VERB VBN ROOT 72 O go
home ADV RB advmod 72 O home _
. PUNCT . punct 72 O . _
"""


def _turns(spec: str) -> list[tuple[str, str, str]]:
    return [(r.quote, r.speaker, r.role) for r in Extractor().rows(frozen(spec)) if r.mention == "Witness"]


def test_the_widow_who_deposed_answers_the_next_turn() -> None:
    assert [(q[:10], s) for q, s, _ in _turns(_DEPOSED)] == [
        ("I did, sir", "John Evans"),
        ("He told me", "Mary Doyle"),
    ]


def test_the_collier_then_called_answers_the_next_turn() -> None:
    assert [(q[:10], s, r) for q, s, r in _turns(_THEN_CALLED)] == [
        ("At five in", "William Jenkins", ""),
        ("In the hea", "Thomas Price", "collier"),
    ]


def test_a_witness_going_on_in_his_own_words_stays_in_his_turn() -> None:
    turns = _turns(_OWN_WORDS)
    assert [(q[:10], s) for q, s, _ in turns] == [
        ("At five in", "William Jenkins"),
        ("I was then", "William Jenkins"),
        ("Nobody, si", "William Jenkins"),
    ]
