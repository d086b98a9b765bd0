"""A surname the tagger reads apart from its person: `Cyriel Dessers` tagged a body and `Dessers,
who has scored …,` opening a sentence as a plural noun, is one person, whom `the striker said`
after it means. A generic description, `choose the candidate who won the most votes`, is no
one's role; and a party label before a state, `the Independent Vermont senator` (tagged a body),
gives no organisation. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


# Martin Boyle had given the visitors the lead before Cyriel Dessers equalised just before
# half-time. / Dessers, who has now scored in four successive games, said the dressing room had
# never doubted itself. / "The gaffer told us to keep going," the Nigeria striker said.
_WHO_AFTER_A_SURNAME = """
Martin PROPN NNP compound 1 B-PERSON Martin
Boyle PROPN NNP nsubj 3 I-PERSON Boyle
had AUX VBD aux 3 O have
given VERB VBN ROOT 3 O give
the DET DT det 5 O the
visitors NOUN NNS dative 3 O visitor
the DET DT det 7 O the
lead NOUN NN dobj 3 O lead
before SCONJ IN mark 11 O before
Cyriel PROPN NNP compound 10 B-ORG Cyriel
Dessers PROPN NNPS nsubj 11 I-ORG Dessers
equalised VERB VBD advcl 3 O equalise
just ADV RB advmod 13 O just
before ADP IN prep 11 O before
half ADJ JJ amod 16 O half _
- PUNCT HYPH punct 16 O - _
time NOUN NN pobj 13 O time _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Dessers NOUN NNS nsubj 30 O desser _
, PUNCT , punct 19 O ,
who PRON WP nsubj 24 O who
has AUX VBZ aux 24 O have
now ADV RB advmod 24 O now
scored VERB VBN relcl 19 O score
in ADP IN prep 24 O in
four NUM CD nummod 28 B-CARDINAL four
successive ADJ JJ amod 28 O successive
games NOUN NNS pobj 25 O game _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 30 O say
the DET DT det 33 O the
dressing NOUN NN compound 33 O dressing
room NOUN NN nsubj 36 O room
had AUX VBD aux 36 O have
never ADV RB neg 36 O never
doubted VERB VBN ccomp 30 O doubt
itself PRON PRP dobj 36 O itself _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
" PUNCT `` punct 53 O " _
The DET DT det 42 O the
gaffer NOUN NN nsubj 43 O gaffer
told VERB VBD ccomp 53 O tell
us PRON PRP dobj 43 O we
to PART TO aux 46 O to
keep VERB VB xcomp 43 O keep
going VERB VBG xcomp 46 O go _
, PUNCT , punct 53 O , _
" PUNCT '' punct 53 O "
the DET DT det 52 O the
Nigeria PROPN NNP compound 52 B-PRODUCT Nigeria
striker NOUN NN nsubj 53 O striker
said VERB VBD ROOT 53 O say _
. PUNCT . punct 53 O . _
"""


# Ann Cole's path is narrow. Her allies believe delegates should choose the candidate who won the
# most votes. "We will fight," she said.
_A_CANDIDATE_WHO_WON = """
Ann PROPN NNP compound 1 B-PERSON Ann
Cole PROPN NNP poss 3 I-PERSON Cole _
's PART POS case 1 I-PERSON 's
path NOUN NN nsubj 4 O path
is AUX VBZ ROOT 4 O be
narrow ADJ JJ acomp 4 O narrow _
. PUNCT . punct 4 O .
Her PRON PRP$ poss 8 O her
allies NOUN NNS nsubj 9 O ally
believe VERB VBP ROOT 9 O believe
delegates NOUN NNS nsubj 12 O delegate
should AUX MD aux 12 O should
choose VERB VB ccomp 9 O choose
the DET DT det 14 O the
candidate NOUN NN dobj 12 O candidate
who PRON WP nsubj 16 O who
won VERB VBD relcl 14 O win
the DET DT det 19 O the
most ADJ JJS amod 19 O most
votes NOUN NNS dobj 16 O vote _
. PUNCT . punct 9 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 24 O we
will AUX MD aux 24 O will
fight VERB VB ccomp 28 O fight _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


# Ruth Kane spoke in Burlington on Monday. The Independent Vermont senator vowed to take the fight
# to the convention. "We will fight for every vote," she said.
_A_PARTY_AND_A_STATE = """
Ruth PROPN NNP compound 1 B-PERSON Ruth
Kane PROPN NNP nsubj 2 I-PERSON Kane
spoke VERB VBD ROOT 2 O speak
in ADP IN prep 2 O in
Burlington PROPN NNP pobj 3 B-ORG Burlington
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 2 O .
The DET DT det 11 O the
Independent PROPN NNP compound 10 B-ORG Independent
Vermont PROPN NNP compound 11 I-ORG Vermont
senator NOUN NN nsubj 12 O senator
vowed VERB VBD ROOT 12 O vow
to PART TO aux 14 O to
take VERB VB xcomp 12 O take
the DET DT det 16 O the
fight NOUN NN dobj 14 O fight
to ADP IN prep 14 O to
the DET DT det 19 O the
convention NOUN NN pobj 17 O convention _
. PUNCT . punct 12 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 24 O we
will AUX MD aux 24 O will
fight VERB VB ccomp 31 O fight
for ADP IN prep 24 O for
every DET DT det 27 O every
vote NOUN NN pobj 25 O vote _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
she PRON PRP nsubj 31 O she
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""



def test_a_surname_set_before_who_and_read_as_a_noun_is_the_person_named_in_full() -> None:
    assert who(_WHO_AFTER_A_SURNAME) == [("Cyriel Dessers", "Nigeria striker", "", "the Nigeria striker")]


def test_the_candidate_who_won_the_most_votes_is_no_ones_role() -> None:
    assert who(_A_CANDIDATE_WHO_WON) == [("Ann Cole", "", "", "she")]


def test_a_party_label_before_a_state_is_no_organisation() -> None:
    assert who(_A_PARTY_AND_A_STATE) == [("Ruth Kane", "senator", "", "she")]
