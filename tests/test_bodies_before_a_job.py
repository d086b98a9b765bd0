"""A body named before a job that the tagger does not tag as one (`<Body> <job> <Name>`), on
frozen parses: `Kerrow chief economist`, `Metro Transit spokeswoman`, `Sinn Féin housing
spokesperson`, `New Zealand Rugby chief executive`. The evidence is the article's own: the
words stand as a name of their own elsewhere in it. Not a field (`Energy analyst`), nor a place's
noun (`the 7th District chairman`), nor a person's surname (`Okonjo adviser`).

Each sentence was written for this file; its parse (by en_core_web_sm 3.8) is written out token
by token (see tests/frozen.py), so a model update cannot change what a test exercises.
"""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from quotes.names import name_runs
from tests.frozen import frozen


def described(spec: str, people_shown: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the sentence gives `Ana Ruiz`, as the entity layer would
    ask (the words of the names the tagger calls people's are people's words)."""
    doc = frozen(spec)
    start = [t.text for t in doc].index("Ana")
    people = frozenset(t.lower_ for t in doc if t.ent_type_ == "PERSON") | {"ana", "ruiz"}
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), people, people_shown=people_shown)
    return [(d.role, d.organization) for d in describer.describe(start, start + 2)]


# "Kerrow chief economist Ana Ruiz said so. The forecast puts Kerrow at odds with its rivals."
_KERROW = """
Kerrow ADJ JJ amod 2 O kerrow
chief NOUN NN amod 2 O chief
economist NOUN NN compound 4 O economist
Ana PROPN NNP compound 4 O Ana
Ruiz PROPN NNP nsubj 5 O Ruiz
said VERB VBD ROOT 5 O say
so ADV RB advmod 5 O so _
. PUNCT . punct 5 O .
The DET DT det 9 O the
forecast NOUN NN nsubj 10 O forecast
puts VERB VBZ ROOT 10 O put
Kerrow PROPN NNP dobj 10 B-PERSON Kerrow
at ADP IN prep 10 O at
odds NOUN NNS pobj 12 O odd
with ADP IN prep 13 O with
its PRON PRP$ poss 16 O its
rivals NOUN NNS pobj 14 O rival _
. PUNCT . punct 10 O . _
"""


# "Kerrow chief economist Ana Ruiz said so."
_KERROW_ONCE = """
Kerrow ADJ JJ amod 2 O kerrow
chief NOUN NN amod 2 O chief
economist NOUN NN compound 4 O economist
Ana PROPN NNP compound 4 O Ana
Ruiz PROPN NNP nsubj 5 O Ruiz
said VERB VBD ROOT 5 O say
so ADV RB advmod 5 O so _
. PUNCT . punct 5 O . _
"""


# "Riders were angry, said Metro Transit spokeswoman Ana Ruiz."
_METRO = """
Riders NOUN NNS nsubj 1 O rider
were AUX VBD ccomp 4 O be
angry ADJ JJ acomp 1 O angry _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 4 O say
Metro PROPN NNP compound 6 B-FAC Metro
Transit PROPN NNP compound 7 O Transit
spokeswoman NOUN NN compound 9 O spokeswoman
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz _
. PUNCT . punct 4 O . _
"""


# "Sinn Féin housing spokesperson Ana Ruiz said so. Sinn Féin wants a rent freeze."
_SINN_FEIN = """
Sinn PROPN NNP compound 1 B-PERSON Sinn
Féin PROPN NNP compound 3 I-PERSON Féin
housing NOUN NN compound 3 O housing
spokesperson NOUN NN compound 5 O spokesperson
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP nsubj 6 O Ruiz
said VERB VBD ROOT 6 O say
so ADV RB advmod 6 O so _
. PUNCT . punct 6 O .
Sinn PROPN NNP compound 10 B-PERSON Sinn
Féin PROPN NNP nsubj 11 I-PERSON Féin
wants VERB VBZ ROOT 11 O want
a DET DT det 14 O a
rent NOUN NN compound 14 O rent
freeze NOUN NN dobj 11 O freeze _
. PUNCT . punct 11 O . _
"""


# "New Zealand Rugby chief executive Ana Ruiz said so. New Zealand Rugby will name the coach."
_NZ_RUGBY = """
New PROPN NNP compound 1 B-GPE New
Zealand PROPN NNP compound 2 I-GPE Zealand
Rugby PROPN NNP compound 4 O Rugby
chief NOUN NN amod 4 O chief
executive NOUN NN compound 6 O executive
Ana PROPN NNP compound 6 O Ana
Ruiz PROPN NNP nsubj 7 O Ruiz
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O .
New PROPN NNP compound 11 B-ORG New
Zealand PROPN NNP compound 12 I-ORG Zealand
Rugby PROPN NNP nsubj 14 I-ORG Rugby
will AUX MD aux 14 O will
name VERB VB ROOT 14 O name
the DET DT det 16 O the
coach NOUN NN dobj 14 O coach _
. PUNCT . punct 14 O . _
"""


# "The 7th District chairman, Ana Ruiz, said so. The 8th District voted later."
_DISTRICT = """
The DET DT det 3 O the
7th ADJ JJ compound 2 B-ORDINAL 7th
District PROPN NNP compound 3 O District
chairman NOUN NN nsubj 8 O chairman _
, PUNCT , punct 3 O ,
Ana PROPN NNP compound 6 O Ana
Ruiz PROPN NNP appos 3 O Ruiz _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 8 O say
so ADV RB advmod 8 O so _
. PUNCT . punct 8 O .
The DET DT det 13 O the
8th ADJ JJ compound 13 B-LOC 8th
District PROPN NNP nsubj 14 I-LOC District
voted VERB VBD ROOT 14 O vote
later ADV RB advmod 14 O later _
. PUNCT . punct 14 O . _
"""


# "Energy analyst Ana Ruiz said so. The Department of Energy disagreed."
_ENERGY = """
Energy NOUN NN compound 1 O energy
analyst NOUN NN compound 3 O analyst
Ana PROPN NNP compound 3 B-PERSON Ana
Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
said VERB VBD ROOT 4 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O .
The DET DT det 8 B-ORG the
Department PROPN NNP nsubj 11 I-ORG Department
of ADP IN prep 8 I-ORG of
Energy PROPN NNP pobj 9 I-ORG Energy
disagreed VERB VBD ROOT 11 O disagree _
. PUNCT . punct 11 O . _
"""


# "Okonjo adviser Ana Ruiz said so. Voters like Okonjo, and Ngozi Okonjo leads."
_OKONJO = """
Okonjo ADJ JJ amod 1 O okonjo
adviser NOUN NN compound 3 O adviser
Ana PROPN NNP compound 3 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz
said VERB VBD ROOT 4 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O .
Voters NOUN NNS nsubj 14 O voter
like ADP IN prep 7 O like
Okonjo PROPN NNP pobj 8 B-PERSON Okonjo _
, PUNCT , punct 7 O ,
and CCONJ CC cc 7 O and
Ngozi PROPN NNP compound 13 B-PERSON Ngozi
Okonjo PROPN NNP nsubj 14 I-PERSON Okonjo
leads VERB VBZ ROOT 14 O lead _
. PUNCT . punct 14 O . _
"""


# "Tolu Adebayo adviser Ana Ruiz said so. Tolu Adebayo agreed, and Adebayo left."
_ADEBAYO = """
Tolu PROPN NNP compound 1 B-PERSON Tolu
Adebayo PROPN NNP compound 2 I-PERSON Adebayo
adviser NOUN NN compound 4 O adviser
Ana PROPN NNP compound 4 O Ana
Ruiz PROPN NNP nsubj 5 O Ruiz
said VERB VBD ROOT 5 O say
so ADV RB advmod 5 O so _
. PUNCT . punct 5 O .
Tolu PROPN NNP compound 9 B-PERSON Tolu
Adebayo PROPN NNP nsubj 10 I-PERSON Adebayo
agreed VERB VBD ROOT 10 O agree _
, PUNCT , punct 10 O ,
and CCONJ CC cc 10 O and
Adebayo PROPN NNP nsubj 14 B-PERSON Adebayo
left VERB VBD conj 10 O leave _
. PUNCT . punct 14 O . _
"""


# "Shares fell. Brightmoor analyst Ana Ruiz said so. Brightmoor has a sell rating, and analysts
# at Brightmoor expect falls."
_BRIGHTMOOR = """
Shares NOUN NNS nsubj 1 O share
fell VERB VBD ROOT 1 O fall _
. PUNCT . punct 1 O .
Brightmoor NOUN NN compound 4 O brightmoor
analyst NOUN NN compound 6 O analyst
Ana PROPN NNP compound 6 O Ana
Ruiz PROPN NNP nsubj 7 O Ruiz
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O .
Brightmoor PROPN NNP nsubj 11 B-ORG Brightmoor
has VERB VBZ ROOT 11 O have
a DET DT det 14 O a
sell NOUN NN compound 14 O sell
rating NOUN NN dobj 11 O rating _
, PUNCT , punct 11 O ,
and CCONJ CC cc 11 O and
analysts NOUN NNS nsubj 20 O analyst
at ADP IN prep 17 O at
Brightmoor PROPN NNP pobj 18 B-NORP Brightmoor
expect VERB VBP conj 11 O expect
falls NOUN NNS dobj 20 O fall _
. PUNCT . punct 20 O . _
"""


# "Voters split. Democratic strategist Ana Ruiz said so. The Democratic field narrowed, and
# Democratic voters stayed home.", by hand: the title's `Democratic` left untagged, the others
# proper nouns tagged a people, so that only those tags say it is no body.
_DEMOCRATIC = """
Voters NOUN NNS nsubj 1 O voter
split VERB VBP ROOT 1 O split _
. PUNCT . punct 1 O .
Democratic ADJ JJ amod 4 O democratic
strategist NOUN NN compound 6 O strategist
Ana PROPN NNP compound 6 B-PERSON Ana
Ruiz PROPN NNP nsubj 7 I-PERSON Ruiz
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O .
The DET DT det 12 O the
Democratic PROPN NNP amod 12 B-NORP democratic
field NOUN NN nsubj 13 O field
narrowed VERB VBD ROOT 13 O narrow _
, PUNCT , punct 13 O ,
and CCONJ CC cc 13 O and
Democratic PROPN NNP amod 17 B-NORP democratic
voters NOUN NNS nsubj 18 O voter
stayed VERB VBD conj 13 O stay
home ADV RB advmod 18 O home _
. PUNCT . punct 18 O . _
"""


# "Dairy prices fell. Kowhai Dairy chairman Ana Ruiz said so. Kowhai Dairy will cut its forecast."
_KOWHAI = """
Dairy NOUN NN compound 1 O dairy
prices NOUN NNS nsubj 2 O price
fell VERB VBD ROOT 2 O fall _
. PUNCT . punct 2 O .
Kowhai PROPN NNP compound 5 B-PERSON Kowhai
Dairy PROPN NNP compound 6 I-PERSON Dairy
chairman NOUN NN compound 8 O chairman
Ana PROPN NNP compound 8 B-PERSON Ana
Ruiz PROPN NNP nsubj 9 I-PERSON Ruiz
said VERB VBD ROOT 9 O say
so ADV RB advmod 9 O so _
. PUNCT . punct 9 O .
Kowhai PROPN NNP compound 13 B-PERSON Kowhai
Dairy PROPN NNP nsubj 15 I-PERSON Dairy
will AUX MD aux 15 O will
cut VERB VB ROOT 15 O cut
its PRON PRP$ poss 17 O its
forecast NOUN NN dobj 15 O forecast _
. PUNCT . punct 15 O . _
"""


# "Opposition leader Ana Ruiz said so. The Opposition walked out, and the Opposition voted no."
_OPPOSITION = """
Opposition NOUN NN compound 1 O opposition
leader NOUN NN compound 3 O leader
Ana PROPN NNP compound 3 B-PERSON Ana
Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
said VERB VBD ROOT 4 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O .
The DET DT det 8 O the
Opposition NOUN NN nsubj 9 O opposition
walked VERB VBD ROOT 9 O walk
out ADV RB advmod 9 O out _
, PUNCT , punct 9 O ,
and CCONJ CC cc 9 O and
the DET DT det 14 O the
Opposition PROPN NNP nsubj 15 B-ORG Opposition
voted VERB VBD conj 9 O vote
no INTJ UH intj 15 O no _
. PUNCT . punct 15 O . _
"""


def test_a_name_the_article_uses_again_mid_sentence_is_the_body_before_a_job() -> None:
    # `Kerrow`, opening the sentence, is taken for an adjective; `puts Kerrow at odds` shows a name.
    assert described(_KERROW) == [("chief economist", "Kerrow")]


def test_a_coined_name_given_once_at_the_head_of_a_sentence_is_the_body() -> None:
    # Any word has a capital there (`Presumptive GOP nominee`), but no English dictionary has
    # `Kerrow`: a name someone made (an English word stays in the role:
    # tests/test_coined_body_before_a_job.py).
    assert described(_KERROW_ONCE) == [("chief economist", "Kerrow")]


def test_a_body_the_tagger_cut_short_takes_its_untagged_last_words() -> None:
    assert described(_METRO) == [("spokeswoman", "Metro Transit")]


def test_a_party_the_tagger_calls_a_person_is_the_body_it_names_again() -> None:
    assert described(_SINN_FEIN) == [("housing spokesperson", "Sinn Féin")]


def test_a_body_whose_name_opens_with_a_place_is_whole() -> None:
    assert described(_NZ_RUGBY) == [("chief executive", "New Zealand Rugby")]


def test_a_numbered_place_noun_is_no_body() -> None:
    assert described(_DISTRICT) == [("7th District chairman", "")]


def test_a_field_named_inside_a_body_elsewhere_is_still_a_field() -> None:
    assert described(_ENERGY) == [("Energy analyst", "")]
    # A parliament's bench is where one sits, though the article calls it `the Opposition`.
    assert described(_OPPOSITION) == [("Opposition leader", "")]


def test_a_surname_before_a_job_is_no_body() -> None:
    # `Ngozi Okonjo` elsewhere: the one word ends a person's name.
    assert described(_OKONJO) == [("Okonjo adviser", "")]
    # `Adebayo left`: the article refers to the person by the last word.
    assert described(_ADEBAYO) == [("Tolu Adebayo adviser", "")]


def test_name_runs_count_names_standing_on_their_own() -> None:
    doc = frozen(_ENERGY)
    runs = name_runs(DocContext(doc))
    energy = [t for t in doc if t.text == "Energy"]
    # `Energy` opening the sentence, and inside `Department of Energy`: never on its own mid-sentence.
    assert not runs.named_elsewhere(energy[:1])
    kerrow = frozen(_KERROW)
    assert name_runs(DocContext(kerrow)).named_elsewhere([kerrow[0]])
    assert not name_runs(DocContext(kerrow)).stands_alone("ruiz")


def test_a_name_the_tagger_makes_a_common_noun_at_the_head_of_a_sentence_is_the_body() -> None:
    # `Brightmoor analyst`, `Brightmoor` a noun; tagged a body and a people elsewhere.
    assert described(_BRIGHTMOOR) == [("analyst", "Brightmoor")]


def test_a_word_tagged_a_people_wherever_else_it_stands_is_no_body() -> None:
    assert described(_DEMOCRATIC) == [("Democratic strategist", "")]


def test_a_common_noun_opening_a_sentence_is_no_surname_of_a_body_taken_for_a_person() -> None:
    # `Kowhai Dairy` tagged a person twice; `Dairy prices fell` does not refer to anyone.
    assert described(_KOWHAI) == [("chairman", "Kowhai Dairy")]


# "Traders' Association chair Ana Ruiz said so." (`traders` can name a job: the plural's mark
# inside the body's name says it opens the name.)
_TRADERS = """
Traders NOUN NNS poss 3 O trader _
' PART POS case 0 O '
Association PROPN NNP compound 3 O Association
chair NOUN NN compound 5 O chair
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP nsubj 6 O Ruiz
said VERB VBD ROOT 6 O say
so ADV RB advmod 6 O so _
. PUNCT . punct 6 O .
"""


def test_a_body_named_through_a_plural_s_mark_before_a_job() -> None:
    """Its first word a job's noun, the name is still the body's, and the role is never the
    words glued together without the mark (`TradersAssociation chair`)."""
    assert described(_TRADERS) == [("chair", "Traders' Association")]


# "Acme is a business, its critics say. Ana Ruiz, a small-business owner, said so."
_SMALL_BUSINESS = """
Acme PROPN NNP nsubj 1 B-ORG Acme
is AUX VBZ ccomp 7 O be
a DET DT det 3 O a
business NOUN NN attr 1 O business _
, PUNCT , punct 7 O ,
its PRON PRP$ poss 6 O its
critics NOUN NNS nsubj 7 O critic
say VERB VBP ROOT 7 O say _
. PUNCT . punct 7 O .
Ana PROPN NNP compound 10 O Ana
Ruiz PROPN NNP nsubj 18 O Ruiz _
, PUNCT , punct 10 O ,
a DET DT det 16 O a
small ADJ JJ amod 15 O small _
- PUNCT HYPH punct 15 O - _
business NOUN NN compound 16 O business
owner NOUN NN appos 10 O owner _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 18 O say
so ADV RB advmod 18 O so _
. PUNCT . punct 18 O . _
"""


def test_a_body_s_noun_inside_a_hyphened_word_names_no_body() -> None:
    """`a small-business owner` is a kind of owner: `business` is no business the article
    names (the role was `small-owner` for Acme)."""
    doc = frozen(_SMALL_BUSINESS)
    start = [t.text for t in doc].index("Ana")
    people = frozenset({"ana", "ruiz"})
    describer = Describer(
        DocContext(doc), [True] * len(doc), frozenset(), people, org_for_noun=lambda noun, at: "Acme"
    )
    assert [(d.role, d.organization) for d in describer.describe(start, start + 2)] == [
        ("small-business owner", "")
    ]
