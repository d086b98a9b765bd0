"""`The Ministry of Health said … “…,” a senior official said`: an official who names no body of
their own (`an official`, `one official`, `a senior official`, only a word of rank before the
noun) acts for the body the sentence before has speak or act, the adjacent tie of ROLES.md 5, as
a spokeswoman does; not one a people's word or a body's word describes (`an Israeli official`,
`a union official`), nor after a person's words, nor in a
standfirst under a headline naming a body. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Ministry of Health said on Monday that 40 new cases had been recorded in Kano.  "We are
# monitoring the situation closely," a senior official said.
_MINISTRY = """
The DET DT det 1 B-ORG the
Ministry PROPN NNP nsubj 4 I-ORG Ministry
of ADP IN prep 1 I-ORG of
Health PROPN NNP pobj 2 I-ORG Health
said VERB VBD ROOT 4 O say
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday
that SCONJ IN mark 13 O that
40 NUM CD nummod 10 B-CARDINAL 40
new ADJ JJ amod 10 O new
cases NOUN NNS nsubjpass 13 O case
had AUX VBD aux 13 O have
been AUX VBN auxpass 13 O be
recorded VERB VBN ccomp 4 O record
in ADP IN prep 13 O in
Kano PROPN NNP pobj 14 B-GPE Kano _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 21 O we
are AUX VBP aux 21 O be
monitoring VERB VBG ccomp 30 O monitor
the DET DT det 23 O the
situation NOUN NN dobj 21 O situation
closely ADV RB advmod 21 O closely _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
a DET DT det 29 O a
senior ADJ JJ amod 29 O senior
official NOUN NN nsubj 30 O official
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""
# Kenya Airways said on Monday that it would suspend flights to Mogadishu.  "The safety of our
# passengers comes first," one official told reporters.
_AIRLINE = """
Kenya PROPN NNP compound 1 B-ORG Kenya
Airways PROPN NNP nsubj 2 I-ORG Airways
said VERB VBD ROOT 2 O say
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday
that SCONJ IN mark 8 O that
it PRON PRP nsubj 8 O it
would AUX MD aux 8 O would
suspend VERB VB ccomp 2 O suspend
flights NOUN NNS dobj 8 O flight
to ADP IN prep 9 O to
Mogadishu PROPN NNP pobj 10 B-GPE Mogadishu _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 26 O " _
The DET DT det 16 O the
safety NOUN NN nsubj 20 O safety
of ADP IN prep 16 O of
our PRON PRP$ poss 19 O our
passengers NOUN NNS pobj 17 O passenger
comes VERB VBZ ccomp 26 O come
first ADV RB advmod 20 B-ORDINAL first _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
one NUM CD nummod 25 B-CARDINAL one
official NOUN NN nsubj 26 O official
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter _
. PUNCT . punct 26 O . _
"""
# Hamas said it had fired rockets at Ashkelon overnight.  "Three soldiers were hurt," an Israeli
# official said.
_PEOPLE = """
Hamas PROPN NNP nsubj 1 B-ORG Hamas
said VERB VBD ROOT 1 O say
it PRON PRP nsubj 4 O it
had AUX VBD aux 4 O have
fired VERB VBN ccomp 1 O fire
rockets NOUN NNS dobj 4 O rocket
at ADP IN prep 4 O at
Ashkelon PROPN NNP pobj 6 O Ashkelon
overnight ADV RB advmod 4 B-TIME overnight _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 21 O " _
Three NUM CD nummod 13 B-CARDINAL three
soldiers NOUN NNS nsubjpass 15 O soldier
were AUX VBD auxpass 15 O be
hurt VERB VBN ccomp 21 O hurt _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
an DET DT det 20 O an
Israeli ADJ JJ amod 20 B-NORP israeli
official NOUN NN nsubj 21 O official
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""
# Acme Foods said it would close the plant in March.  "It is a disaster for the town," a union
# official said.
_UNION = """
Acme PROPN NNP compound 1 B-ORG Acme
Foods PROPN NNP nsubj 2 I-ORG Foods
said VERB VBD ROOT 2 O say
it PRON PRP nsubj 5 O it
would AUX MD aux 5 O would
close VERB VB ccomp 2 O close
the DET DT det 7 O the
plant NOUN NN dobj 5 O plant
in ADP IN prep 5 O in
March PROPN NNP pobj 8 B-DATE March _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 25 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 25 O be
a DET DT det 16 O a
disaster NOUN NN attr 14 O disaster
for ADP IN prep 16 O for
the DET DT det 19 O the
town NOUN NN pobj 17 O town _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
a DET DT det 24 O a
union NOUN NN compound 24 O union
official NOUN NN nsubj 25 O official
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""
# Minister Jane Hill said on Monday that 40 new cases had been recorded in Kano.  "We are
# monitoring the situation closely," an official said.
_PERSON = """
Minister PROPN NNP compound 2 O Minister
Jane PROPN NNP compound 2 B-PERSON Jane
Hill PROPN NNP nsubj 3 I-PERSON Hill
said VERB VBD ROOT 3 O say
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
that SCONJ IN mark 12 O that
40 NUM CD nummod 9 B-CARDINAL 40
new ADJ JJ amod 9 O new
cases NOUN NNS nsubjpass 12 O case
had AUX VBD aux 12 O have
been AUX VBN auxpass 12 O be
recorded VERB VBN ccomp 3 O record
in ADP IN prep 12 O in
Kano PROPN NNP pobj 13 B-GPE Kano _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 20 O we
are AUX VBP aux 20 O be
monitoring VERB VBG ccomp 28 O monitor
the DET DT det 22 O the
situation NOUN NN dobj 20 O situation
closely ADV RB advmod 20 O closely _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
an DET DT det 27 O an
official NOUN NN nsubj 28 O official
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# Health Ministry urges parents to vaccinate as measles cases top 500  Officials say toddler's
# death last week was 'entirely preventable'; ministry to open evening clinics  By Ana Ruiz
# Today, 3:14 pm  The Health Ministry on Tuesday called on parents to check their children's
# vaccination cards, as the number of cases passed 500.
_STANDFIRST = """
Health PROPN NNP compound 1 B-ORG Health
Ministry PROPN NNP nsubj 2 I-ORG Ministry
urges VERB VBZ ROOT 2 O urge
parents NOUN NNS dobj 2 O parent
to PART TO aux 5 O to
vaccinate VERB VB xcomp 2 O vaccinate
as SCONJ IN mark 9 O as
measles NOUN NNS compound 8 O measle
cases NOUN NNS nsubj 9 O case
top ADJ JJ advcl 5 O top
500 NUM CD npadvmod 9 B-CARDINAL 500 _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Officials NOUN NNS nsubj 13 O official
say VERB VBP ROOT 13 O say
toddler NOUN NN poss 16 O toddler _
's PART POS case 14 O 's
death NOUN NN nsubj 19 O death
last ADJ JJ amod 18 B-DATE last
week NOUN NN npadvmod 19 I-DATE week
was AUX VBD ccomp 13 O be
' PUNCT `` punct 19 O ' _
entirely ADV RB advmod 22 O entirely
preventable ADJ JJ acomp 19 O preventable _
' PUNCT '' punct 19 O ' _
; PUNCT : punct 19 O ;
ministry NOUN NN nsubj 27 O ministry
to PART TO aux 27 O to
open VERB VB conj 19 O open
evening NOUN NN compound 29 O evening
clinics NOUN NNS dobj 27 O clinic _
<paragraph> SPACE _SP dep 29 O <paragraph> _
By ADP IN ROOT 31 O by
Ana PROPN NNP compound 33 O Ana
Ruiz PROPN NNP pobj 31 O Ruiz _
<paragraph> SPACE _SP dep 33 O <paragraph> _
Today NOUN NN ROOT 35 O today _
, PUNCT , punct 35 O ,
3:14 NUM CD nummod 38 B-TIME 3:14
pm NOUN NN appos 35 I-TIME pm _
<paragraph> SPACE _SP dep 38 O <paragraph> _
The DET DT det 42 B-ORG the
Health PROPN NNP compound 42 I-ORG Health
Ministry PROPN NNP nsubj 45 I-ORG Ministry
on ADP IN prep 45 O on
Tuesday PROPN NNP pobj 43 B-DATE Tuesday
called VERB VBD ROOT 45 O call
on ADP IN prep 45 O on
parents NOUN NNS pobj 46 O parent
to PART TO aux 49 O to
check VERB VB xcomp 45 O check
their PRON PRP$ poss 51 O their
children NOUN NNS poss 54 O child _
's PART POS case 51 O 's
vaccination NOUN NN compound 54 O vaccination
cards NOUN NNS dobj 49 O card _
, PUNCT , punct 49 O ,
as SCONJ IN mark 61 O as
the DET DT det 58 O the
number NOUN NN nsubj 61 O number
of ADP IN prep 58 O of
cases NOUN NNS pobj 59 O case
passed VERB VBD advcl 49 O pass
500 NUM CD dobj 61 B-CARDINAL 500 _
. PUNCT . punct 45 O . _
"""




def test_a_senior_official_after_a_ministry_speaks_for_it() -> None:
    assert who_of(_MINISTRY) == [("a senior official", "senior official", "Ministry of Health")]


def test_one_official_after_an_airline_speaks_for_it() -> None:
    assert who_of(_AIRLINE) == [("one official", "official", "Kenya Airways")]


def test_an_official_a_peoples_word_describes_is_no_official_of_the_body_before() -> None:
    assert [org for _, _, org in who_of(_PEOPLE)] == [""]


def test_a_union_official_is_no_official_of_the_company_before() -> None:
    assert [org for _, _, org in who_of(_UNION)] == [""]


def test_an_official_after_a_minister_speaking_has_no_body() -> None:
    assert [org for _, _, org in who_of(_PERSON)] == [""]


def test_officials_in_a_standfirst_are_no_officials_of_the_headlines_body() -> None:
    assert [org for _, _, org in who_of(_STANDFIRST)] == [""]
