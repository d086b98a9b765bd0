"""The body a definite description stands for, when the article names it (issue 10, ROLES.md
5): `the appeal's chairwoman` after `the Northfield Hospice Appeal` (a name the noun ends);
`the group's Dr X` after `campaign group Leeds Canal Trust` (the body the article brought in
with that noun, not the business it names most); `who chairs the corporation's standing
committee` (a noun in small letters the parser took for a proper one); `the Leader of
Opposition in the corporation`; `Consumers Federation of Kenya (Cofek) secretary-general X`
(a short form of clipped words); `Acme Holdings has sacked finance director X` (the body that
puts a person in a post or takes them out of it); `Director of Public Health Dr X` after a
sentence a ministry is the subject of; never a headline in capitals the tagger called a body
(`SENATE PANEL APPROVES FARM BILL` is no `panel` the story speaks of); a title the tagger called
a body (`Additional Commissioner of Police`) ends no force's name, so `of Police` is still the one
force named (*Eastvale City Police*). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The Northfield Hospice Appeal raised £40,000. "We are grateful," said the appeal's
# chairwoman, Mrs Joan Pettigrew.
_APPEAL = """
The DET DT det 3 B-ORG the
Northfield PROPN NNP compound 3 I-ORG Northfield
Hospice PROPN NNP compound 3 I-ORG Hospice
Appeal PROPN NNP nsubj 4 I-ORG Appeal
raised VERB VBD ROOT 4 O raise
£ SYM $ nmod 6 O £ _
40,000 NUM CD dobj 4 B-MONEY 40,000 _
. PUNCT . punct 4 O .
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 10 O we
are AUX VBP ccomp 14 O be
grateful ADJ JJ acomp 10 O grateful _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
appeal NOUN NN poss 18 O appeal _
's PART POS case 16 O 's
chairwoman NOUN NN nsubj 14 O chairwoman _
, PUNCT , punct 18 O ,
Mrs PROPN NNP compound 22 B-PERSON Mrs
Joan PROPN NNP compound 22 I-PERSON Joan
Pettigrew PROPN NNP appos 18 I-PERSON Pettigrew _
. PUNCT . punct 14 O . _
"""


def test_the_noun_a_bodys_name_ends_in_stands_for_that_body() -> None:
    assert who(_APPEAL) == [("Joan Pettigrew", "chairwoman", "Northfield Hospice Appeal")]


# Metro Rail will shut the line. Metro Rail apologised. Campaign group Leeds Canal Trust has
# started a petition. "This is a scandal," the group's Dr Paul Henshaw said.
_GROUP = """
Metro PROPN NNP compound 1 O Metro
Rail PROPN NNP nsubj 3 O Rail
will AUX MD aux 3 O will
shut VERB VB ROOT 3 O shut
the DET DT det 5 O the
line NOUN NN dobj 3 O line _
. PUNCT . punct 3 O .
Metro PROPN NNP compound 8 B-ORG Metro
Rail PROPN NNP nsubj 9 I-ORG Rail
apologised VERB VBD ROOT 9 O apologise _
. PUNCT . punct 9 O .
Campaign NOUN NN compound 12 O campaign
group NOUN NN compound 15 O group
Leeds PROPN NNPS compound 15 B-ORG Leeds
Canal PROPN NNP compound 15 I-ORG Canal
Trust PROPN NNP nsubj 17 I-ORG Trust
has AUX VBZ aux 17 O have
started VERB VBN ROOT 17 O start
a DET DT det 19 O a
petition NOUN NN dobj 17 O petition _
. PUNCT . punct 17 O .
" PUNCT `` punct 34 O " _
This PRON DT nsubj 23 O this
is AUX VBZ ccomp 34 O be
a DET DT det 25 O a
scandal NOUN NN attr 23 O scandal _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
the DET DT det 29 O the
group NOUN NN poss 33 O group _
's PART POS case 29 O 's
Dr PROPN NNP compound 33 O Dr
Paul PROPN NNP compound 33 B-PERSON Paul
Henshaw PROPN NNP nsubj 34 I-PERSON Henshaw
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


def test_the_group_is_the_body_the_article_called_a_group() -> None:
    assert who(_GROUP) == [("Paul Henshaw", "", "Leeds Canal Trust")]


# The Kano Water Corporation (KWC) will cut supply. "We will fix it," said Musa Bello, who
# chairs the corporation's standing committee on works.
_CHAIRS = """
The DET DT det 3 B-ORG the
Kano PROPN NNP compound 3 I-ORG Kano
Water PROPN NNP compound 3 I-ORG Water
Corporation PROPN NNP nsubj 8 I-ORG Corporation
( PUNCT -LRB- punct 3 O ( _
KWC PROPN NNP appos 3 B-ORG KWC _
) PUNCT -RRB- punct 3 O )
will AUX MD aux 8 O will
cut VERB VB ROOT 8 O cut
supply NOUN NN dobj 8 O supply _
. PUNCT . punct 8 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 14 O we
will AUX MD aux 14 O will
fix VERB VB ccomp 18 O fix
it PRON PRP dobj 14 O it _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
said VERB VBD ROOT 18 O say
Musa PROPN NNP compound 20 B-PERSON Musa
Bello PROPN NNP nsubj 18 I-PERSON Bello _
, PUNCT , punct 20 O ,
who PRON WP nsubj 23 O who
chairs VERB VBZ relcl 20 O chair
the DET DT det 25 O the
corporation NOUN NN poss 28 O corporation _
's PART POS case 25 O 's
standing PROPN NNP compound 28 O standing
committee PROPN NNP dobj 23 O committee
on ADP IN prep 23 O on
works NOUN NNS pobj 29 O work _
. PUNCT . punct 18 O . _
"""


def test_a_committee_the_corporation_owns_is_the_corporations() -> None:
    assert who(_CHAIRS) == [("Musa Bello", "", "Kano Water Corporation")]


# The Kano Water Corporation (KWC) will cut supply. The Leader of Opposition in the
# corporation, Amina Yusuf, called it "a joke".
_LEADER = """
The DET DT det 3 B-ORG the
Kano PROPN NNP compound 3 I-ORG Kano
Water PROPN NNP compound 3 I-ORG Water
Corporation PROPN NNP nsubj 8 I-ORG Corporation
( PUNCT -LRB- punct 3 O ( _
KWC PROPN NNP appos 3 B-ORG KWC _
) PUNCT -RRB- punct 3 O )
will AUX MD aux 8 O will
cut VERB VB ROOT 8 O cut
supply NOUN NN dobj 8 O supply _
. PUNCT . punct 8 O .
The DET DT det 12 B-ORG the
Leader PROPN NNP nsubj 22 I-ORG Leader
of ADP IN prep 12 I-ORG of
Opposition PROPN NNP pobj 13 I-ORG Opposition
in ADP IN prep 12 O in
the DET DT det 17 O the
corporation NOUN NN pobj 15 O corporation _
, PUNCT , punct 12 O ,
Amina PROPN NNP compound 20 B-PERSON Amina
Yusuf PROPN NNP appos 12 I-PERSON Yusuf _
, PUNCT , punct 12 O ,
called VERB VBD ROOT 22 O call
it PRON PRP dobj 22 O it
" PUNCT `` punct 26 O " _
a DET DT det 26 O a
joke NOUN NN oprd 22 O joke _
" PUNCT '' punct 26 O " _
. PUNCT . punct 22 O . _
"""


def test_a_post_in_the_corporation_is_in_the_body_it_names() -> None:
    (row,) = who(_LEADER)
    assert row[0] == "Amina Yusuf" and row[2] == "Kano Water Corporation"


# Water will be rationed from Monday. Consumers Federation of Kenya (Cofek) secretary-general
# Peter Mwangi called the plan "too little, too late".
_CLIPPED_SHORT_FORM = """
Water NOUN NN nsubjpass 3 O water
will AUX MD aux 3 O will
be AUX VB auxpass 3 O be
rationed VERB VBN ROOT 3 O ration
from ADP IN prep 3 O from
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O .
Consumers PROPN NNP compound 8 O Consumers
Federation PROPN NNP nmod 18 O Federation
of ADP IN prep 8 O of
Kenya PROPN NNP pobj 9 O Kenya
( PUNCT -LRB- punct 10 O ( _
Cofek PROPN NNP appos 10 O Cofek _
) PUNCT -RRB- punct 12 O )
secretary NOUN NN npadvmod 16 O secretary _
- PUNCT HYPH punct 16 O - _
general ADJ JJ amod 18 O general
Peter PROPN NNP compound 18 B-PERSON Peter
Mwangi PROPN NNP nsubj 19 I-PERSON Mwangi
called VERB VBD ROOT 19 O call
the DET DT det 21 O the
plan NOUN NN dobj 19 O plan
" PUNCT `` punct 27 O " _
too ADV RB advmod 24 O too
little ADJ JJ amod 27 O little _
, PUNCT , punct 27 O ,
too ADV RB advmod 27 O too
late ADJ JJ oprd 19 O late _
" PUNCT '' punct 19 O " _
. PUNCT . punct 19 O . _
"""


def test_a_body_untagged_with_its_clipped_short_form_in_brackets_owns_the_title() -> None:
    # `Cofek` is no string of initials: clipped words of the name before it, in their order.
    # (The name is left untagged here, as the tagger leaves it in other sentences.)
    expected = ("Peter Mwangi", "secretary-general", "Consumers Federation of Kenya")
    assert who(_CLIPPED_SHORT_FORM) == [expected]


# Acme Holdings has sacked finance director Jane Smith. "I did nothing wrong," Smith said.
_SACKED = """
Acme PROPN NNP compound 1 B-ORG Acme
Holdings PROPN NNP nsubj 3 I-ORG Holdings
has AUX VBZ aux 3 O have
sacked VERB VBN ROOT 3 O sack
finance NOUN NN compound 5 O finance
director NOUN NN compound 7 O director
Jane PROPN NNP compound 7 B-PERSON Jane
Smith PROPN NNP dobj 3 I-PERSON Smith _
. PUNCT . punct 3 O .
" PUNCT `` punct 11 O " _
I PRON PRP nsubj 11 O I
did VERB VBD ccomp 17 O do
nothing PRON NN dobj 11 O nothing
wrong ADJ JJ advmod 11 O wrong _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Smith PROPN NNP nsubj 17 B-PERSON Smith
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def test_a_body_that_sacks_a_person_is_the_body_of_their_post() -> None:
    assert who(_SACKED) == [("Jane Smith", "finance director", "Acme Holdings")]


# The Ministry of Water and Sanitation has confirmed three new cases. Director of Public Health
# Dr Mary Banda said: "We are watching closely." (The ministry's name left untagged, as the
# tagger leaves it after a dateline.)
_UNIT_AFTER_BODY = """
The DET DT det 1 O the
Ministry PROPN NNP nsubj 7 O Ministry
of ADP IN prep 1 O of
Water PROPN NNP pobj 2 O Water
and CCONJ CC cc 3 O and
Sanitation PROPN NNP conj 3 O Sanitation
has AUX VBZ aux 7 O have
confirmed VERB VBN ROOT 7 O confirm
three NUM CD nummod 10 B-CARDINAL three
new ADJ JJ amod 10 O new
cases NOUN NNS dobj 7 O case _
. PUNCT . punct 7 O .
Director PROPN NNP nmod 18 O Director
of ADP IN prep 12 O of
Public PROPN NNP compound 15 O Public
Health PROPN NNP compound 16 O Health
Dr PROPN NNP compound 18 O Dr
Mary PROPN NNP compound 18 B-PERSON Mary
Banda PROPN NNP nsubj 19 I-PERSON Banda
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 24 O we
are AUX VBP aux 24 O be
watching VERB VBG ccomp 19 O watch
closely ADV RB advmod 24 O closely _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


def test_the_head_of_a_unit_after_a_body_is_the_subject_of_serves_in_that_body() -> None:
    expected = ("Mary Banda", "Director of Public Health", "Ministry of Water and Sanitation")
    assert who(_UNIT_AFTER_BODY) == [expected]


# Tom Reid was elected on Monday. Director of Public Health Dr Mary Banda said: "We are
# watching closely."
_UNIT_AFTER_PERSON = """
Tom PROPN NNP compound 1 B-PERSON Tom
Reid PROPN NNP nsubjpass 3 I-PERSON Reid
was AUX VBD auxpass 3 O be
elected VERB VBN ROOT 3 O elect
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O .
Director PROPN NNP nsubj 14 O Director
of ADP IN prep 7 O of
Public PROPN NNP compound 10 O Public
Health PROPN NNP compound 11 O Health
Dr PROPN NNP compound 13 O Dr
Mary PROPN NNP compound 13 B-PERSON Mary
Banda PROPN NNP pobj 8 I-PERSON Banda
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 19 O we
are AUX VBP aux 19 O be
watching VERB VBG ccomp 14 O watch
closely ADV RB advmod 19 O closely _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_the_head_of_a_unit_after_a_person_is_the_subject_of_has_no_body() -> None:
    # (A guard: the old code gave no body either.)
    assert who(_UNIT_AFTER_PERSON) == [("Mary Banda", "Director of Public Health", "")]


# Ann Cole spoke in Ohio. Cole has sacked finance director Jane Smith. "I did nothing wrong,"
# Smith said. (The second `Cole` tagged a body, as the tagger does now and then.)
_PERSON_SACKS = """
Ann PROPN NNP compound 1 B-PERSON Ann
Cole PROPN NNP nsubj 2 I-PERSON Cole
spoke VERB VBD ROOT 2 O speak
in ADP IN prep 2 O in
Ohio PROPN NNP pobj 3 B-GPE Ohio _
. PUNCT . punct 2 O .
Cole PROPN NNP nsubj 8 B-ORG Cole
has AUX VBZ aux 8 O have
sacked VERB VBN ROOT 8 O sack
finance NOUN NN compound 10 O finance
director NOUN NN compound 12 O director
Jane PROPN NNP compound 12 B-PERSON Jane
Smith PROPN NNP dobj 8 I-PERSON Smith _
. PUNCT . punct 8 O .
" PUNCT `` punct 16 O " _
I PRON PRP nsubj 16 O I
did VERB VBD ccomp 22 O do
nothing PRON NN dobj 16 O nothing
wrong ADJ JJ advmod 16 O wrong _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Smith PROPN NNP nsubj 22 B-PERSON Smith
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_person_who_sacks_someone_is_no_body_of_their_post() -> None:
    assert who(_PERSON_SACKS) == [("Jane Smith", "finance director", "")]


# SENATE PANEL APPROVES FARM BILL
#
# The Senate Agriculture Committee approved a farm bill on Tuesday. Sen. Ruth Ann Colvin, the
# panel's ranking Republican, said the measure spent too much. "We cannot keep writing checks we
# cannot cash," she said.
_HEADLINE_BODY = """
SENATE PROPN NNP compound 4 B-ORG SENATE
PANEL PROPN NNP compound 3 I-ORG PANEL
APPROVES PROPN NNP compound 3 I-ORG APPROVES
FARM PROPN NNP compound 4 I-ORG FARM
BILL PROPN NNP ROOT 4 O BILL _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 9 B-ORG the
Senate PROPN NNP compound 9 I-ORG Senate
Agriculture PROPN NNP compound 9 I-ORG Agriculture
Committee PROPN NNP nsubj 10 I-ORG Committee
approved VERB VBD ROOT 10 O approve
a DET DT det 13 O a
farm NOUN NN compound 13 O farm
bill NOUN NN dobj 10 O bill
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 14 B-DATE Tuesday _
. PUNCT . punct 10 O .
Sen. PROPN NNP compound 20 O Sen.
Ruth PROPN NNP compound 20 B-PERSON Ruth
Ann PROPN NNP compound 20 I-PERSON Ann
Colvin PROPN NNP nsubj 28 I-PERSON Colvin _
, PUNCT , punct 20 O ,
the DET DT det 23 O the
panel NOUN NN poss 26 O panel _
's PART POS case 23 O 's
ranking ADJ JJ amod 26 O ranking
Republican PROPN NNP appos 20 B-NORP Republican _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 28 O say
the DET DT det 30 O the
measure NOUN NN nsubj 31 O measure
spent VERB VBD ccomp 28 O spend
too ADV RB advmod 33 O too
much ADJ JJ dobj 31 O much _
. PUNCT . punct 28 O .
" PUNCT `` punct 49 O " _
We PRON PRP nsubj 39 O we
can AUX MD aux 39 O can _
not PART RB neg 39 O not
keep VERB VB ccomp 49 O keep
writing VERB VBG xcomp 39 O write
checks NOUN NNS dobj 40 O check
we PRON PRP nsubj 45 O we
can AUX MD aux 45 O can _
not PART RB neg 45 O not
cash VERB VB relcl 41 O cash _
, PUNCT , punct 49 O , _
" PUNCT '' punct 49 O "
she PRON PRP nsubj 49 O she
said VERB VBD ROOT 49 O say _
. PUNCT . punct 49 O . _
"""


def test_a_body_named_only_in_a_headline_is_no_body_a_noun_stands_for() -> None:
    assert who(_HEADLINE_BODY) == [("Ruth Ann Colvin", "ranking Republican", "")]


# The Eastvale City Police will begin towing cars on Monday.
#
# "Illegal parking is the biggest cause of congestion," said Ravi Menon, Joint Commissioner of
# Police (Traffic).
#
# Additional Commissioner of Police Asha Rao said owners would be "fined".
_COMMISSIONER = """
The DET DT det 3 B-ORG the
Eastvale PROPN NNP compound 2 I-ORG Eastvale
City PROPN NNP compound 3 I-ORG City
Police PROPN NNP nsubj 5 I-ORG Police
will AUX MD aux 5 O will
begin VERB VB ROOT 5 O begin
towing VERB VBG xcomp 5 O tow
cars NOUN NNS dobj 6 O car
on ADP IN prep 6 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 15 O " _
Illegal ADJ JJ amod 14 O illegal
parking NOUN NN nsubj 15 O parking
is AUX VBZ ccomp 23 O be
the DET DT det 18 O the
biggest ADJ JJS amod 18 O big
cause NOUN NN attr 15 O cause
of ADP IN prep 18 O of
congestion NOUN NN pobj 19 O congestion _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
said VERB VBD ROOT 23 O say
Ravi PROPN NNP compound 25 B-PERSON Ravi
Menon PROPN NNP nsubj 23 I-PERSON Menon _
, PUNCT , punct 25 O ,
Joint PROPN NNP compound 28 B-ORG Joint
Commissioner PROPN NNP appos 25 I-ORG Commissioner
of ADP IN prep 28 I-ORG of
Police PROPN NNP pobj 29 I-ORG Police
( PUNCT -LRB- punct 30 O ( _
Traffic PROPN NNP appos 30 O Traffic _
) PUNCT -RRB- punct 25 O ) _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
Additional PROPN NNP compound 37 O Additional
Commissioner PROPN NNP nsubj 42 O Commissioner
of ADP IN prep 37 O of
Police PROPN NNP compound 41 O Police
Asha PROPN NNP compound 41 B-PERSON Asha
Rao PROPN NNP pobj 38 I-PERSON Rao
said VERB VBD ROOT 42 O say
owners NOUN NNS nsubjpass 47 O owner
would AUX MD aux 47 O would
be AUX VB auxpass 47 O be
" PUNCT `` punct 47 O " _
fined VERB VBN ccomp 42 O fin _
" PUNCT '' punct 47 O " _
. PUNCT . punct 42 O . _
"""


def test_a_title_tagged_a_body_ends_no_forces_name() -> None:
    assert who(_COMMISSIONER)[1] == ("Asha Rao", "Additional Commissioner of Police", "Eastvale City Police")
