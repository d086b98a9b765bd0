"""Roles and organisations around a mention (quotes/descriptors.py), on frozen parses.

Each sentence was written for this file; its parse (by en_core_web_sm 3.8) is written out token
by token, so a model update cannot change what a test exercises. A line is one token:
``text pos tag dep head entity lemma``, and a final ``_`` when no space follows it; a token of
whitespace (a doubled space) is written ``<space>``.
"""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer, joined_entities
from tests.frozen import frozen


def described(
    spec: str, name: str, people: frozenset[str] = frozenset({"ana", "ruiz"})
) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the article gives the name ``name`` in ``spec``."""
    doc = frozen(spec)
    words = name.split()
    texts = [t.text for t in doc]
    start = next(i for i in range(len(texts)) if texts[i : i + len(words)] == words)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), people)
    return [(d.role, d.organization) for d in describer.describe(start, start + len(words))]


def test_a_long_title_before_the_name_is_the_role() -> None:
    # Detective Chief Inspector Ann Cole said the search would go on.
    spec = """
    Detective PROPN NNP compound 4 O Detective
    Chief PROPN NNP compound 4 O Chief
    Inspector PROPN NNP compound 4 O Inspector
    Ann PROPN NNP compound 4 B-PERSON Ann
    Cole PROPN NNP nsubj 5 I-PERSON Cole
    said VERB VBD ROOT 5 O say
    the DET DT det 7 O the
    search NOUN NN nsubj 9 O search
    would AUX MD aux 9 O would
    go VERB VB ccomp 5 O go
    on ADP RP prt 9 O on _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ann Cole") == [("Detective Chief Inspector", "")]


def test_a_title_the_tagger_calls_a_body_is_still_the_title() -> None:
    # Fire Chief Dana Reyes said the crews were ready.
    spec = """
    Fire PROPN NNP compound 1 B-ORG Fire
    Chief PROPN NNP compound 3 I-ORG Chief
    Dana PROPN NNP compound 3 B-PERSON Dana
    Reyes PROPN NNP nsubj 4 I-PERSON Reyes
    said VERB VBD ROOT 4 O say
    the DET DT det 6 O the
    crews NOUN NNS nsubj 7 O crew
    were AUX VBD ccomp 4 O be
    ready ADJ JJ acomp 7 O ready _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Dana Reyes") == [("Fire Chief", "")]


def test_a_number_inside_a_bodys_name_before_a_title_stays_in_it() -> None:
    # Carpenters Union Local 727 president Omar Diaz said the vote was clear.
    spec = """
    Carpenters PROPN NNP compound 1 O Carpenters
    Union PROPN NNP compound 4 O Union
    Local PROPN NNP nmod 4 O Local
    727 NUM CD nummod 4 B-DATE 727
    president NOUN NN compound 6 O president
    Omar PROPN NNP compound 6 B-PERSON Omar
    Diaz PROPN NNP nsubj 7 I-PERSON Diaz
    said VERB VBD ROOT 7 O say
    the DET DT det 9 O the
    vote NOUN NN nsubj 10 O vote
    was AUX VBD ccomp 7 O be
    clear ADJ JJ acomp 10 O clear _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Omar Diaz") == [("president", "Carpenters Union Local 727")]


def test_a_body_named_with_its_short_form_in_brackets_before_a_title() -> None:
    # Harbour Workers Union (Hwu) secretary Ana Ruiz spoke.
    spec = """
    Harbour PROPN NNP compound 2 B-ORG Harbour
    Workers PROPN NNPS compound 2 I-ORG Workers
    Union PROPN NNP compound 7 I-ORG Union
    ( PUNCT -LRB- punct 4 O ( _
    Hwu PROPN NNP appos 2 B-ORG Hwu _
    ) PUNCT -RRB- punct 4 O )
    secretary NOUN NN compound 7 O secretary
    Ana PROPN NNP compound 7 B-PERSON Ana
    Ruiz PROPN NNP nsubj 8 I-PERSON Ruiz
    spoke VERB VBD ROOT 8 O speak _
    . PUNCT . punct 8 O . _
    """
    assert described(spec, "Ana Ruiz") == [("secretary", "Harbour Workers Union")]


def test_a_bodys_noun_opening_its_name_does_not_end_it() -> None:
    # Business Unity Ghana chief executive Ana Ruiz spoke.
    spec = """
    Business PROPN NNP compound 2 B-ORG Business
    Unity PROPN NNP compound 2 I-ORG Unity
    Ghana PROPN NNP compound 4 I-ORG Ghana
    chief ADJ JJ amod 4 O chief
    executive NOUN NN compound 6 O executive
    Ana PROPN NNP compound 6 B-PERSON Ana
    Ruiz PROPN NNP nsubj 7 I-PERSON Ruiz
    spoke VERB VBD ROOT 7 O speak _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Ana Ruiz") == [("chief executive", "Business Unity Ghana")]


def test_a_title_in_small_letters_is_the_role() -> None:
    # On Monday, said shadow health secretary Wes Hart, the plan failed.
    spec = """
    On ADP IN prep 3 O on
    Monday PROPN NNP pobj 0 B-DATE Monday _
    , PUNCT , punct 3 O ,
    said VERB VBD parataxis 12 O say
    shadow NOUN NN compound 6 O shadow
    health NOUN NN compound 6 O health
    secretary NOUN NN compound 8 O secretary
    Wes PROPN NNP compound 8 B-PERSON Wes
    Hart PROPN NNP nsubj 3 I-PERSON Hart _
    , PUNCT , punct 12 O ,
    the DET DT det 11 O the
    plan NOUN NN nsubj 12 O plan
    failed VERB VBD ROOT 12 O fail _
    . PUNCT . punct 12 O . _
    """
    assert described(spec, "Wes Hart") == [("shadow health secretary", "")]


def test_an_organisation_before_a_title_stands_apart() -> None:
    # Harbour Authority Deputy Chief Executive Ana Ruiz said it.
    spec = """
    Harbour PROPN NNP compound 1 B-ORG Harbour
    Authority PROPN NNP compound 4 I-ORG Authority
    Deputy PROPN NNP compound 4 O Deputy
    Chief PROPN NNP compound 4 O Chief
    Executive PROPN NNP compound 6 O Executive
    Ana PROPN NNP compound 6 O Ana
    Ruiz PROPN NNP nsubj 7 O Ruiz
    said VERB VBD ROOT 7 O say
    it PRON PRP dobj 7 O it _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Ana Ruiz") == [("Deputy Chief Executive", "Harbour Authority")]


def test_a_company_before_a_hyphenated_role_is_the_organisation() -> None:
    # Whole Foods co-founder John Mackey spoke.
    spec = """
    Whole PROPN NNP compound 1 O Whole
    Foods PROPN NNPS compound 2 O Foods
    co NOUN NN nsubj 7 O co _
    - NOUN NN nsubj 7 O - _
    founder NOUN NN compound 6 O founder
    John PROPN NNP compound 6 B-PERSON John
    Mackey PROPN NNP nsubj 7 I-PERSON Mackey
    spoke VERB VBD ROOT 7 O speak _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "John Mackey") == [("co-founder", "Whole Foods")]


def test_a_department_of_x_before_a_long_title() -> None:
    # New York State Department of Health Public Information Officer Jane Roe said it.
    spec = """
    New PROPN NNP compound 1 B-ORG New
    York PROPN NNP compound 3 I-ORG York
    State PROPN NNP compound 3 I-ORG State
    Department PROPN NNP nmod 10 I-ORG Department
    of ADP IN prep 3 I-ORG of
    Health PROPN NNP compound 8 I-ORG Health
    Public PROPN NNP compound 8 I-ORG Public
    Information PROPN NNP compound 8 I-ORG Information
    Officer PROPN NNP pobj 4 O Officer
    Jane PROPN NNP compound 10 B-PERSON Jane
    Roe PROPN NNP nsubj 11 I-PERSON Roe
    said VERB VBD ROOT 11 O say
    it PRON PRP dobj 11 O it _
    . PUNCT . punct 11 O . _
    """
    assert described(spec, "Jane Roe") == [
        ("Public Information Officer", "New York State Department of Health")
    ]


def test_a_possessive_organisation_before_a_title() -> None:
    # The Transport Ministry’s spokeswoman Lena Fox said it.
    spec = """
    The DET DT det 2 B-ORG the
    Transport PROPN NNP compound 2 I-ORG Transport
    Ministry PROPN NNP poss 4 I-ORG Ministry _
    ’s PART POS case 2 I-ORG ’s
    spokeswoman NOUN NN compound 6 O spokeswoman
    Lena PROPN NNP compound 6 B-PERSON Lena
    Fox PROPN NNP nsubj 7 I-PERSON Fox
    said VERB VBD ROOT 7 O say
    it PRON PRP dobj 7 O it _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Lena Fox") == [("spokeswoman", "Transport Ministry")]


def test_an_organisation_before_spokesman_is_the_organisation() -> None:
    # Northline Rail spokesman Tom Hale said it.
    spec = """
    Northline PROPN NNP compound 1 B-ORG Northline
    Rail PROPN NNP compound 2 I-ORG Rail
    spokesman NOUN NN compound 4 O spokesman
    Tom PROPN NNP compound 4 B-PERSON Tom
    Hale PROPN NNP nsubj 5 I-PERSON Hale
    said VERB VBD ROOT 5 O say
    it PRON PRP dobj 5 O it _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Tom Hale") == [("spokesman", "Northline Rail")]


def test_two_titles_joined_by_and_give_two_roles_first_one_first() -> None:
    # Mayoral candidate and former teacher Ana Ruiz said it.
    spec = """
    Mayoral ADJ JJ amod 1 O mayoral
    candidate NOUN NN compound 6 O candidate
    and CCONJ CC cc 1 O and
    former ADJ JJ amod 4 O former
    teacher NOUN NN conj 1 O teacher
    Ana PROPN NNP compound 6 O Ana
    Ruiz PROPN NNP nsubj 7 O Ruiz
    said VERB VBD ROOT 7 O say
    it PRON PRP dobj 7 O it _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Ana Ruiz") == [("Mayoral candidate", ""), ("former teacher", "")]


def test_a_nationality_stays_in_the_role() -> None:
    # Kenyan general Amina Odhiambo said it.
    spec = """
    Kenyan ADJ JJ amod 1 B-NORP kenyan
    general NOUN NN compound 3 O general
    Amina PROPN NNP compound 3 B-PERSON Amina
    Odhiambo PROPN NNP nsubj 4 I-PERSON Odhiambo
    said VERB VBD ROOT 4 O say
    it PRON PRP dobj 4 O it _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Amina Odhiambo") == [("Kenyan general", "")]


def test_an_abbreviated_title_and_a_party_label_are_no_role() -> None:
    # Sen. Ann Cole (D-Mont.) said it.
    spec = """
    Sen. PROPN NNP compound 2 O Sen.
    Ann PROPN NNP compound 2 B-PERSON Ann
    Cole PROPN NNP nsubj 8 I-PERSON Cole
    ( PUNCT -LRB- punct 2 O ( _
    D PROPN NNP compound 6 O D _
    - PUNCT HYPH punct 4 O - _
    Mont. PROPN NNP appos 2 O Mont. _
    ) PUNCT -RRB- punct 2 O )
    said VERB VBD ROOT 8 O say
    it PRON PRP dobj 8 O it _
    . PUNCT . punct 8 O . _
    """
    assert described(spec, "Ann Cole") == []


def test_a_state_and_an_abbreviated_title_are_no_role() -> None:
    # Indiana Gov. Tom Hale spoke.
    spec = """
    Indiana PROPN NNP compound 1 B-GPE Indiana
    Gov. PROPN NNP compound 3 O Gov.
    Tom PROPN NNP compound 3 B-PERSON Tom
    Hale PROPN NNP nsubj 4 I-PERSON Hale
    spoke VERB VBD ROOT 4 O speak _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Tom Hale") == []


def test_an_honorific_is_no_role() -> None:
    # Mr Tom Hale said it.
    spec = """
    Mr PROPN NNP compound 2 O Mr
    Tom PROPN NNP compound 2 B-PERSON Tom
    Hale PROPN NNP nsubj 3 I-PERSON Hale
    said VERB VBD ROOT 3 O say
    it PRON PRP dobj 3 O it _
    . PUNCT . punct 3 O . _
    """
    assert described(spec, "Tom Hale") == []


def test_a_party_label_after_the_name_is_no_role() -> None:
    # Tom Hale, R-Utah, said it.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Hale PROPN NNP nsubj 7 I-PERSON Hale _
    , PUNCT , punct 1 O ,
    R PROPN NNP compound 5 O R _
    - PUNCT HYPH punct 5 O - _
    Utah PROPN NNP appos 1 B-GPE Utah _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 7 O say
    it PRON PRP dobj 7 O it _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Tom Hale") == []


def test_an_age_is_no_role_and_the_role_after_it_is() -> None:
    # Tom Hale, 52, a retired firefighter, said it.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Hale PROPN NNP nsubj 9 I-PERSON Hale _
    , PUNCT , punct 1 O ,
    52 NUM CD appos 1 B-DATE 52 _
    , PUNCT , punct 1 O ,
    a DET DT det 7 O a
    retired ADJ JJ amod 7 O retired
    firefighter NOUN NN appos 1 O firefighter _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 9 O say
    it PRON PRP dobj 9 O it _
    . PUNCT . punct 9 O . _
    """
    assert described(spec, "Tom Hale") == [("retired firefighter", "")]


def test_an_apposition_after_the_name_with_its_organisation() -> None:
    # Ana Ruiz, a senior fellow at the Lowy Institute, said it.
    spec = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP nsubj 11 O Ruiz _
    , PUNCT , punct 1 O ,
    a DET DT det 5 O a
    senior ADJ JJ amod 5 O senior
    fellow NOUN NN appos 1 O fellow
    at ADP IN prep 5 O at
    the DET DT det 9 B-ORG the
    Lowy PROPN NNP compound 9 I-ORG Lowy
    Institute PROPN NNP pobj 6 I-ORG Institute _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 11 O say
    it PRON PRP dobj 11 O it _
    . PUNCT . punct 11 O . _
    """
    assert described(spec, "Ana Ruiz") == [("senior fellow at the Lowy Institute", "Lowy Institute")]


def test_an_apposition_after_an_inverted_said() -> None:
    # “We lost,” said Ana Ruiz, a senior fellow at the Lowy Institute.
    spec = """
    “ PUNCT `` punct 5 O " _
    We PRON PRP nsubj 2 O we
    lost VERB VBD ccomp 5 O lose _
    , PUNCT , punct 5 O , _
    ” PUNCT '' punct 5 O "
    said VERB VBD ROOT 5 O say
    Ana PROPN NNP compound 7 O Ana
    Ruiz PROPN NNP nsubj 5 O Ruiz _
    , PUNCT , punct 7 O ,
    a DET DT det 11 O a
    senior ADJ JJ amod 11 O senior
    fellow NOUN NN appos 7 O fellow
    at ADP IN prep 11 O at
    the DET DT det 15 B-ORG the
    Lowy PROPN NNP compound 15 I-ORG Lowy
    Institute PROPN NNP pobj 12 I-ORG Institute _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ana Ruiz") == [("senior fellow at the Lowy Institute", "Lowy Institute")]


def test_an_apposition_before_the_name() -> None:
    # The council’s chief planner, Grace Okafor, said it.
    spec = """
    The DET DT det 1 O the
    council NOUN NN poss 4 O council _
    ’s PART POS case 1 O ’s
    chief ADJ JJ compound 4 O chief
    planner NOUN NN nsubj 9 O planner _
    , PUNCT , punct 4 O ,
    Grace PROPN NNP compound 7 B-PERSON Grace
    Okafor PROPN NNP appos 4 I-PERSON Okafor _
    , PUNCT , punct 4 O ,
    said VERB VBD ROOT 9 O say
    it PRON PRP dobj 9 O it _
    . PUNCT . punct 9 O . _
    """
    assert described(spec, "Grace Okafor") == [("chief planner", "")]


def test_who_chairs_gives_the_chair_of_the_body() -> None:
    # Tom Hale, who chairs the Harbour Finance Committee, said it.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Hale PROPN NNP nsubj 10 I-PERSON Hale _
    , PUNCT , punct 1 O ,
    who PRON WP nsubj 4 O who
    chairs VERB VBZ relcl 1 O chair
    the DET DT det 8 B-ORG the
    Harbour PROPN NNP compound 7 I-ORG Harbour
    Finance PROPN NNP compound 8 I-ORG Finance
    Committee PROPN NNP dobj 4 I-ORG Committee _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 10 O say
    it PRON PRP dobj 10 O it _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Tom Hale") == [("chair", "Harbour Finance Committee")]


def test_a_relative_clause_is_no_part_of_the_role() -> None:
    # “It floods,” said Ana Ruiz, a professor at Lakeside University whose research covers floods.
    spec = """
    “ PUNCT `` punct 5 O " _
    It PRON PRP nmod 2 O it
    floods NOUN NNS ccomp 5 O flood _
    , PUNCT , punct 5 O , _
    ” PUNCT '' punct 5 O "
    said VERB VBD ROOT 5 O say
    Ana PROPN NNP compound 7 O Ana
    Ruiz PROPN NNP nsubj 5 O Ruiz _
    , PUNCT , punct 7 O ,
    a DET DT det 10 O a
    professor NOUN NN appos 7 O professor
    at ADP IN prep 10 O at
    Lakeside PROPN NNP compound 13 B-ORG Lakeside
    University PROPN NNP pobj 11 I-ORG University
    whose DET WP$ poss 15 O whose
    research NOUN NN nsubj 16 O research
    covers VERB VBZ relcl 10 O cover
    floods NOUN NNS dobj 16 O flood _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ana Ruiz") == [("professor at Lakeside University", "Lakeside University")]


def test_of_an_organisation_after_the_name() -> None:
    # Claudia Brunner of the Alpine Research Institute said it.
    spec = """
    Claudia PROPN NNP compound 1 B-ORG Claudia
    Brunner PROPN NNP nsubj 7 I-ORG Brunner
    of ADP IN prep 1 O of
    the DET DT det 6 B-ORG the
    Alpine PROPN NNP compound 6 I-ORG Alpine
    Research PROPN NNP compound 6 I-ORG Research
    Institute PROPN NNP pobj 2 I-ORG Institute
    said VERB VBD ROOT 7 O say
    it PRON PRP dobj 7 O it _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Claudia Brunner") == [("", "Alpine Research Institute")]


def test_a_persons_campaign_is_the_organisation_of_its_staff() -> None:
    # Ana Ruiz’s campaign manager, Tom Hale, said it.
    spec = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP poss 4 O Ruiz _
    ’s PART POS case 1 O ’s
    campaign NOUN NN compound 4 O campaign
    manager NOUN NN nsubj 9 O manager _
    , PUNCT , punct 4 O ,
    Tom PROPN NNP compound 7 B-PERSON Tom
    Hale PROPN NNP appos 4 I-PERSON Hale _
    , PUNCT , punct 4 O ,
    said VERB VBD ROOT 9 O say
    it PRON PRP dobj 9 O it _
    . PUNCT . punct 9 O . _
    """
    assert described(spec, "Tom Hale") == [("campaign manager", "Ruiz campaign")]


def test_is_the_chief_executive_of_gives_role_and_organisation() -> None:
    # Ana Ruiz is the chief executive of Northline Rail.
    spec = """
    Ana PROPN NNP compound 1 O Ana
    Ruiz PROPN NNP nsubj 2 O Ruiz
    is AUX VBZ ROOT 2 O be
    the DET DT det 5 O the
    chief ADJ JJ amod 5 O chief
    executive NOUN NN attr 2 O executive
    of ADP IN prep 5 O of
    Northline PROPN NNP compound 8 B-ORG Northline
    Rail PROPN NNP pobj 6 I-ORG Rail _
    . PUNCT . punct 2 O . _
    """
    assert described(spec, "Ana Ruiz") == [("chief executive of Northline Rail", "Northline Rail")]


def test_a_title_phrase_parsed_with_the_wrong_head_still_gives_its_role() -> None:
    # A City of Cape Town spokesperson, Luyanda Mbete, said it.
    spec = """
    A DET DT det 1 O a
    City PROPN NNP nsubj 10 O City
    of ADP IN prep 1 O of
    Cape PROPN NNP compound 4 O Cape
    Town PROPN NNP compound 5 O Town
    spokesperson NOUN NN pobj 2 O spokesperson _
    , PUNCT , punct 1 O ,
    Luyanda PROPN NNP compound 8 B-PERSON Luyanda
    Mbete PROPN NNP appos 1 I-PERSON Mbete _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 10 O say
    it PRON PRP dobj 10 O it _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Luyanda Mbete", frozenset({"luyanda", "mbete"})) == [
        ("spokesperson", "City of Cape Town")
    ]


def test_an_apposition_ends_before_a_verb_joined_by_and() -> None:
    # said Mike Purdy, a presidential historian and runs a website.
    spec = """
    said VERB VBD ROOT 0 O say
    Mike PROPN NNP compound 2 B-PERSON Mike
    Purdy PROPN NNP nsubj 0 I-PERSON Purdy _
    , PUNCT , punct 2 O ,
    a DET DT det 6 O a
    presidential ADJ JJ amod 6 O presidential
    historian NOUN NN appos 2 O historian
    and CCONJ CC cc 0 O and
    runs VERB VBZ conj 0 O run
    a DET DT det 10 O a
    website NOUN NN dobj 8 O website _
    . PUNCT . punct 0 O . _
    """
    assert described(spec, "Mike Purdy", frozenset({"mike", "purdy"})) == [("presidential historian", "")]


def test_a_persons_campaign_after_a_preposition_is_the_organisation() -> None:
    # said Alex Conant, a senior aide with Marco Rubio's campaign.
    spec = """
    said VERB VBD ROOT 0 O say
    Alex PROPN NNP compound 2 B-PERSON Alex
    Conant PROPN NNP nsubj 0 I-PERSON Conant _
    , PUNCT , punct 2 O ,
    a DET DT det 6 O a
    senior ADJ JJ amod 6 O senior
    aide NOUN NN appos 2 O aide
    with ADP IN prep 6 O with
    Marco PROPN NNP compound 9 B-PERSON Marco
    Rubio PROPN NNP poss 11 I-PERSON Rubio _
    's PART POS case 9 I-PERSON 's
    campaign NOUN NN pobj 7 O campaign _
    . PUNCT . punct 0 O . _
    """
    people = frozenset({"alex", "conant", "marco", "rubio"})
    assert described(spec, "Alex Conant", people) == [("senior aide", "Rubio campaign")]


def test_an_everyday_job_is_a_role_and_where_they_live_is_not() -> None:
    # said Carole Bower, 75, a retiree in Carthage.
    spec = """
    said VERB VBD ROOT 0 O say
    Carole PROPN NNP compound 2 B-PERSON Carole
    Bower PROPN NNP nsubj 0 I-PERSON Bower _
    , PUNCT , punct 2 O ,
    75 NUM CD appos 2 B-DATE 75 _
    , PUNCT , punct 2 O ,
    a DET DT det 7 O a
    retiree NOUN NN appos 2 O retiree
    in ADP IN prep 7 O in
    Carthage PROPN NNP pobj 8 O Carthage _
    . PUNCT . punct 0 O . _
    """
    assert described(spec, "Carole Bower", frozenset({"carole", "bower"})) == [("retiree", "")]


def test_a_role_noun_among_several_apposition_heads_gives_the_role() -> None:
    # Ravi Menon, the company’s vice-president of operations, spoke.
    spec = """
    Ravi PROPN NNP compound 1 B-PERSON Ravi
    Menon PROPN NNP nsubj 12 I-PERSON Menon _
    , PUNCT , punct 1 O ,
    the DET DT det 4 O the
    company NOUN NN poss 6 O company _
    ’s PART POS case 4 O ’s
    vice NOUN NN appos 1 O vice _
    - NOUN NN appos 1 O - _
    president NOUN NN appos 1 O president
    of ADP IN prep 8 O of
    operations NOUN NNS pobj 9 O operation _
    , PUNCT , punct 1 O ,
    spoke VERB VBD ROOT 12 O speak _
    . PUNCT . punct 12 O . _
    """
    doc = frozen(spec)
    describer = Describer(
        DocContext(doc),
        [True] * len(doc),
        frozenset(),
        frozenset({"ravi", "menon"}),
        lambda noun, at: "Coastal Ferries",
    )
    found = [(d.role, d.organization) for d in describer.describe(0, 2)]
    assert found == [("vice-president of operations", "Coastal Ferries")]


def test_the_object_of_a_verb_before_a_name_is_no_apposition() -> None:
    # In towns where most families back the mayor, Ana Ruiz spends her weekends knocking on doors.
    spec = """
    In ADP IN ROOT 0 O in
    towns NOUN NNS pobj 0 O town
    where SCONJ WRB advmod 11 O where
    most ADJ JJS amod 4 O most
    families NOUN NNS nsubj 11 O family
    back VERB VBP prep 4 O back
    the DET DT det 7 O the
    mayor NOUN NN appos 4 O mayor _
    , PUNCT , punct 11 O ,
    Ana PROPN NNP compound 10 O Ana
    Ruiz PROPN NNP nsubj 11 O Ruiz
    spends VERB VBZ relcl 1 O spend
    her PRON PRP$ poss 13 O her
    weekends NOUN NNS dobj 11 O weekend
    knocking VERB VBG advcl 11 O knock
    on ADP IN prep 14 O on
    doors NOUN NNS pobj 15 O door _
    . PUNCT . punct 0 O . _
    """
    assert described(spec, "Ana Ruiz") == []


def test_an_object_the_parse_sets_in_apposition_to_the_name_is_its_role() -> None:
    # The board thanked the bank's chief executive, Ana Ruiz, who retires in May.
    spec = """
    The DET DT det 1 O the
    board NOUN NN nsubj 2 O board
    thanked VERB VBD ROOT 2 O thank
    the DET DT det 4 O the
    bank NOUN NN poss 7 O bank _
    's PART POS case 4 O 's
    chief ADJ JJ amod 7 O chief
    executive NOUN NN dobj 2 O executive _
    , PUNCT , punct 7 O ,
    Ana PROPN NNP compound 10 O Ana
    Ruiz PROPN NNP appos 7 O Ruiz _
    , PUNCT , punct 10 O ,
    who PRON WP nsubj 13 O who
    retires VERB VBZ relcl 10 O retire
    in ADP IN prep 14 O in
    May PROPN NNP pobj 14 B-DATE May _
    . PUNCT . punct 2 O . _
    """
    assert ("chief executive", "") in described(spec, "Ana Ruiz")


def test_a_doubled_space_inside_a_title_does_not_end_it() -> None:
    # Harbour Times  columnist Ana Ruiz wrote that the plan failed.
    spec = """
    Harbour PROPN NNP compound 1 B-ORG Harbour
    Times PROPN NNP compound 3 I-ORG Times
    <space> SPACE _SP dep 1 O <space> _
    columnist NOUN NN compound 5 O columnist
    Ana PROPN NNP compound 5 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz
    wrote VERB VBD ROOT 6 O write
    that SCONJ IN mark 10 O that
    the DET DT det 9 O the
    plan NOUN NN nsubj 10 O plan
    failed VERB VBD ccomp 6 O fail _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ana Ruiz") == [("columnist", "Harbour Times")]


def test_a_tagged_organisation_owning_a_role_is_the_body_though_a_person_shares_a_word() -> None:
    # The Keller Group's chief executive, Ana Ruiz, said the firm would appeal.
    spec = """
    The DET DT det 2 B-ORG the
    Keller PROPN NNP compound 2 I-ORG Keller
    Group PROPN NNP poss 5 I-ORG Group _
    's PART POS case 2 I-ORG 's
    chief ADJ JJ amod 5 O chief
    executive NOUN NN nsubj 10 O executive _
    , PUNCT , punct 5 O ,
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP appos 5 O Ruiz _
    , PUNCT , punct 5 O ,
    said VERB VBD ROOT 10 O say
    the DET DT det 12 O the
    firm NOUN NN nsubj 14 O firm
    would AUX MD aux 14 O would
    appeal VERB VB ccomp 10 O appeal _
    . PUNCT . punct 10 O . _
    """
    # The article also names a Tom Keller.
    people = frozenset({"ana", "ruiz", "tom", "keller"})
    assert described(spec, "Ana Ruiz", people) == [("chief executive", "Keller Group")]


def test_a_title_in_small_letters_may_hold_of_after_its_role_noun() -> None:
    # “We will stay,” said former secretary of state Ana Ruiz.
    spec = """
    “ PUNCT `` punct 6 O " _
    We PRON PRP nsubj 3 O we
    will AUX MD aux 3 O will
    stay VERB VB ccomp 6 O stay _
    , PUNCT , punct 6 O , _
    ” PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    former ADJ JJ amod 8 O former
    secretary PROPN NNP nmod 12 O secretary
    of ADP IN prep 8 O of
    state NOUN NN pobj 9 O state
    Ana PROPN NNP compound 12 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ana Ruiz") == [("former secretary of state", "")]


def test_a_superlative_judgement_is_no_role() -> None:
    # “We will stay,” said Ana Ruiz, the most popular candidate in the race.
    spec = """
    “ PUNCT `` punct 6 O " _
    We PRON PRP nsubj 3 O we
    will AUX MD aux 3 O will
    stay VERB VB ccomp 6 O stay _
    , PUNCT , punct 6 O , _
    ” PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    the DET DT det 13 O the
    most ADV RBS advmod 12 O most
    popular ADJ JJ amod 13 O popular
    candidate NOUN NN appos 8 O candidate
    in ADP IN prep 13 O in
    the DET DT det 16 O the
    race NOUN NN pobj 14 O race _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ana Ruiz") == []


def test_a_ministers_portfolio_is_part_of_the_title_not_a_body() -> None:
    # Ana Ruiz, the former Minister of Health, said the plan failed. (`Health` tagged a body.)
    spec = """
    Ana PROPN NNP compound 1 B-PERSON Ana
    Ruiz PROPN NNP nsubj 9 I-PERSON Ruiz _
    , PUNCT , punct 1 O ,
    the DET DT det 5 O the
    former ADJ JJ amod 5 O former
    Minister PROPN NNP appos 1 O Minister
    of ADP IN prep 5 O of
    Health PROPN NNP pobj 6 B-ORG Health _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 9 O say
    the DET DT det 11 O the
    plan NOUN NN nsubj 12 O plan
    failed VERB VBD ccomp 9 O fail _
    . PUNCT . punct 9 O . _
    """
    assert described(spec, "Ana Ruiz") == [("former Minister of Health", "")]


def test_who_worked_at_a_body_gives_the_body_but_no_role() -> None:
    # Ana Ruiz, a veteran engineer who worked at the Harbour Board, said the plan failed.
    spec = """
    Ana PROPN NNP compound 1 B-PERSON Ana
    Ruiz PROPN NNP nsubj 13 I-PERSON Ruiz _
    , PUNCT , punct 1 O ,
    a DET DT det 5 O a
    veteran NOUN NN compound 5 O veteran
    engineer NOUN NN appos 1 O engineer
    who PRON WP nsubj 7 O who
    worked VERB VBD relcl 5 O work
    at ADP IN prep 7 O at
    the DET DT det 11 B-ORG the
    Harbour PROPN NNP compound 11 I-ORG Harbour
    Board PROPN NNP pobj 8 I-ORG Board _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 13 O say
    the DET DT det 15 O the
    plan NOUN NN nsubj 16 O plan
    failed VERB VBD ccomp 13 O fail _
    . PUNCT . punct 13 O . _
    """
    assert described(spec, "Ana Ruiz") == [("engineer", ""), ("", "Harbour Board")]  # (praise dropped, who95)


def test_dismissed_as_a_role_is_a_former_role() -> None:
    # Ana Ruiz was dismissed as the club's head coach on Monday.
    spec = """
    Ana PROPN NNP compound 1 B-PERSON Ana
    Ruiz PROPN NNP nsubjpass 3 I-PERSON Ruiz
    was AUX VBD auxpass 3 O be
    dismissed VERB VBN ROOT 3 O dismiss
    as ADP IN prep 3 O as
    the DET DT det 6 O the
    club NOUN NN poss 9 O club _
    's PART POS case 6 O 's
    head NOUN NN compound 9 O head
    coach NOUN NN pobj 4 O coach
    on ADP IN prep 9 O on
    Monday PROPN NNP pobj 10 B-DATE Monday _
    . PUNCT . punct 3 O . _
    """
    # (`on Monday` hung on the role noun, as the parser sometimes has it: no part of the role.)
    assert described(spec, "Ana Ruiz") == [("former head coach", "")]


def test_one_of_several_holders_of_a_role_holds_it() -> None:
    # One of the bank's founders, Ana Ruiz, said the plan failed.
    spec = """
    One NUM CD nsubj 10 B-CARDINAL one
    of ADP IN prep 0 O of
    the DET DT det 3 O the
    bank NOUN NN poss 5 O bank _
    's PART POS case 3 O 's
    founders NOUN NNS pobj 1 O founder _
    , PUNCT , punct 0 O ,
    Ana PROPN NNP compound 8 B-PERSON Ana
    Ruiz PROPN NNP appos 0 I-PERSON Ruiz _
    , PUNCT , punct 0 O ,
    said VERB VBD ROOT 10 O say
    the DET DT det 12 O the
    plan NOUN NN nsubj 13 O plan
    failed VERB VBD ccomp 10 O fail _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Ana Ruiz") == [("founder", "")]


def test_at_a_body_after_a_name_is_theirs_only_when_it_hangs_on_the_name() -> None:
    # Tom Hale worked for Ana Ruiz at the Harbour Board for years.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Hale PROPN NNP nsubj 2 I-PERSON Hale
    worked VERB VBD ROOT 2 O work
    for ADP IN prep 2 O for
    Ana PROPN NNP compound 5 B-PERSON Ana
    Ruiz PROPN NNP pobj 3 I-PERSON Ruiz
    at ADP IN prep HEAD O at
    the DET DT det 9 B-ORG the
    Harbour PROPN NNP compound 9 I-ORG Harbour
    Board PROPN NNP pobj 6 I-ORG Board
    for ADP IN prep 2 O for
    years NOUN NNS pobj 10 B-DATE year _
    . PUNCT . punct 2 O . _
    """
    # `at` on the verb: where Hale worked, not Ruiz's body.
    assert described(spec.replace("HEAD", "2"), "Ana Ruiz") == []
    # `at` on the name: Ruiz at the Harbour Board.
    assert described(spec.replace("HEAD", "5"), "Ana Ruiz") == [("", "Harbour Board")]


def test_a_party_before_a_political_trade_is_a_side_not_an_employer() -> None:
    # “He has no path,” said Ana Ruiz, a veteran GOP strategist. (/ a veteran FBI agent.)
    spec = """
    “ PUNCT `` punct 7 O " _
    He PRON PRP nsubj 2 O he
    has VERB VBZ ccomp 7 O have
    no DET DT det 4 O no
    path NOUN NN dobj 2 O path _
    , PUNCT , punct 7 O , _
    ” PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Ana PROPN NNP compound 9 B-PERSON Ana
    Ruiz PROPN NNP nsubj 7 I-PERSON Ruiz _
    , PUNCT , punct 9 O ,
    a DET DT det 14 O a
    veteran ADJ JJ amod 14 O veteran
    GOP PROPN NNP compound 14 B-ORG GOP
    strategist NOUN NN appos 9 O strategist _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Ana Ruiz") == [("GOP strategist", "")]  # (praise dropped, who95)
    agent = spec.replace("GOP PROPN NNP compound 14 B-ORG GOP", "FBI PROPN NNP compound 14 B-ORG FBI")
    agent = agent.replace("strategist NOUN NN appos 9 O strategist", "agent NOUN NN appos 9 O agent")
    assert described(agent, "Ana Ruiz") == [("agent", "FBI")]


def test_an_office_held_as_the_subject_or_owner_did_something_is_their_role() -> None:
    # Ana Ruiz used a private phone as mayor.
    used = """
    Ana PROPN NNP compound 1 B-PERSON Ana
    Ruiz PROPN NNP nsubj 2 I-PERSON Ruiz
    used VERB VBD ROOT 2 O use
    a DET DT det 5 O a
    private ADJ JJ amod 5 O private
    phone NOUN NN dobj 2 O phone
    as ADP IN prep 2 O as
    mayor NOUN NN pobj 6 O mayor _
    . PUNCT . punct 2 O . _
    """
    assert described(used, "Ana Ruiz") == [("mayor", "")]
    # Ana Ruiz's years as mayor ended. (`as` hung on `years`.)
    years = """
    Ana PROPN NNP compound 1 B-PERSON Ana
    Ruiz PROPN NNP poss 3 I-PERSON Ruiz _
    's PART POS case 1 O 's
    years NOUN NNS nsubj 6 O year
    as ADP IN prep 3 O as
    mayor NOUN NN pobj 4 O mayor
    ended VERB VBD ROOT 6 O end _
    . PUNCT . punct 6 O . _
    """
    assert described(years, "Ana Ruiz") == [("mayor", "")]


def test_what_others_see_a_person_as_is_no_role() -> None:
    # Voters see Ana Ruiz as the candidate of change.
    spec = """
    Voters NOUN NNS nsubj 1 O voter
    see VERB VBP ROOT 1 O see
    Ana PROPN NNP compound 3 B-PERSON Ana
    Ruiz PROPN NNP dobj 1 I-PERSON Ruiz
    as ADP IN prep 1 O as
    the DET DT det 6 O the
    candidate NOUN NN pobj 4 O candidate
    of ADP IN prep 6 O of
    change NOUN NN pobj 7 O change _
    . PUNCT . punct 1 O . _
    """
    assert described(spec, "Ana Ruiz") == []


def test_a_common_noun_in_capitals_opening_the_sentence_is_no_body() -> None:
    # State party chairman Ana Ruiz said no. (`State` tagged a body.)
    spec = """
    State NOUN NN compound 2 B-ORG state
    party NOUN NN compound 2 O party
    chairman NOUN NN compound 4 O chairman
    Ana PROPN NNP compound 4 B-PERSON Ana
    Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
    said VERB VBD ROOT 5 O say
    no INTJ UH intj 5 O no _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ana Ruiz") == [("State party chairman", "")]


def test_a_bodys_short_form_with_full_stops_before_a_title_is_the_body() -> None:
    # F.B.I. director Ann Ruiz said the file was closed.  (`F.B.I.` tagged a place)
    spec = """
    F.B.I. PROPN NNP compound 1 B-GPE F.B.I.
    director NOUN NN compound 3 O director
    Ann PROPN NNP compound 3 B-PERSON Ann
    Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
    said VERB VBD ROOT 4 O say
    the DET DT det 6 O the
    file NOUN NN nsubj 7 O file
    was AUX VBD auxpass 8 O be
    closed VERB VBN ccomp 4 O close _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Ann Ruiz") == [("director", "F.B.I.")]


def test_a_body_before_an_adjective_and_a_job_is_the_employer() -> None:
    # BBC political editor Ann Ruiz said the vote was close.
    spec = """
    BBC PROPN NNP nmod 2 B-ORG BBC
    political ADJ JJ amod 2 O political
    editor NOUN NN compound 4 O editor
    Ann PROPN NNP compound 4 B-PERSON Ann
    Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
    said VERB VBD ROOT 5 O say
    the DET DT det 7 O the
    vote NOUN NN nsubj 8 O vote
    was AUX VBD ccomp 5 O be
    close ADJ JJ acomp 8 O close _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ann Ruiz") == [("political editor", "BBC")]


def test_a_party_before_a_candidacy_is_a_side_not_an_employer() -> None:
    # GOP presidential contender Ann Ruiz said the vote was close.
    spec = """
    GOP PROPN NNP nmod 2 B-ORG GOP
    presidential ADJ JJ amod 2 O presidential
    contender NOUN NN compound 4 O contender
    Ann PROPN NNP compound 4 B-PERSON Ann
    Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
    said VERB VBD ROOT 5 O say
    the DET DT det 7 O the
    vote NOUN NN nsubj 8 O vote
    was AUX VBD ccomp 5 O be
    close ADJ JJ acomp 8 O close _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ann Ruiz") == [("GOP presidential contender", "")]


def test_a_ministers_portfolio_after_for_is_part_of_the_title() -> None:
    # Minister for Rural Roads Ann Ruiz said the bridge was safe.
    spec = """
    Minister PROPN NNP nmod 5 O Minister
    for ADP IN prep 0 O for
    Rural PROPN NNP compound 3 O Rural
    Roads PROPN NNPS pobj 1 O Roads
    Ann PROPN NNP compound 5 O Ann
    Ruiz PROPN NNP nsubj 6 O Ruiz
    said VERB VBD ROOT 6 O say
    the DET DT det 8 O the
    bridge NOUN NN nsubj 9 O bridge
    was AUX VBD ccomp 6 O be
    safe ADJ JJ acomp 9 O safe _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ann Ruiz") == [("Minister for Rural Roads", "")]


def test_a_police_body_before_a_rank_is_the_organisation() -> None:
    # Tasman Police Senior Sergeant Ann Ruiz said the road was closed.
    spec = """
    Tasman PROPN NNP compound 1 O Tasman
    Police PROPN NNP compound 5 O Police
    Senior PROPN NNP compound 5 O Senior
    Sergeant PROPN NNP compound 5 B-PERSON Sergeant
    Ann PROPN NNP compound 5 I-PERSON Ann
    Ruiz PROPN NNP nsubj 6 I-PERSON Ruiz
    said VERB VBD ROOT 6 O say
    the DET DT det 8 O the
    road NOUN NN nsubjpass 10 O road
    was AUX VBD auxpass 10 O be
    closed VERB VBN ccomp 6 O close _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ann Ruiz") == [("Senior Sergeant", "Tasman Police")]


def test_an_owners_title_set_beside_the_name_gives_role_and_body() -> None:
    # The Royal College of Midwives's regional director, Ann Ruiz, said staff were tired.
    spec = """
    The DET DT det 2 B-ORG the
    Royal PROPN NNP compound 2 I-ORG Royal
    College PROPN NNP nsubj 12 I-ORG College
    of ADP IN prep 2 I-ORG of
    Midwives PROPN NNP poss 7 I-ORG Midwives _
    's PART POS case 4 O 's
    regional ADJ JJ amod 7 O regional
    director NOUN NN pobj 3 O director _
    , PUNCT , punct 7 O ,
    Ann PROPN NNP compound 10 B-PERSON Ann
    Ruiz PROPN NNP appos 7 I-PERSON Ruiz _
    , PUNCT , punct 2 O ,
    said VERB VBD ROOT 12 O say
    staff NOUN NN nsubj 14 O staff
    were AUX VBD ccomp 12 O be
    tired ADJ JJ acomp 14 O tired _
    . PUNCT . punct 12 O . _
    """
    assert described(spec, "Ann Ruiz") == [("regional director", "Royal College of Midwives")]


def test_a_body_whose_name_ends_in_a_place_owns_the_role() -> None:
    # Hiking Wales's head of policy, Ann Ruiz, said the path would reopen.  (`Wales` tagged a
    # place, as the tagger does with a body named after one)
    spec = """
    Hiking PROPN NNP compound 1 O Hiking
    Wales PROPN NNP poss 3 B-GPE Wales _
    's PART POS case 1 O 's
    head NOUN NN nsubj 10 O head
    of ADP IN prep 3 O of
    policy NOUN NN pobj 4 O policy _
    , PUNCT , punct 3 O ,
    Ann PROPN NNP compound 8 B-PERSON Ann
    Ruiz PROPN NNP appos 3 I-PERSON Ruiz _
    , PUNCT , punct 3 O ,
    said VERB VBD ROOT 10 O say
    the DET DT det 12 O the
    path NOUN NN nsubj 14 O path
    would AUX MD aux 14 O would
    reopen VERB VB ccomp 10 O reopen _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Ann Ruiz") == [("head of policy", "Hiking Wales")]


def test_the_portfolio_before_a_secretary_is_part_of_the_title() -> None:
    # Defense Secretary Ann Ruiz said the base would close.
    spec = """
    Defense PROPN NNP compound 1 B-ORG Defense
    Secretary PROPN NNP compound 3 O Secretary
    Ann PROPN NNP compound 3 B-PERSON Ann
    Ruiz PROPN NNP nsubj 4 I-PERSON Ruiz
    said VERB VBD ROOT 4 O say
    the DET DT det 6 O the
    base NOUN NN nsubj 8 O base
    would AUX MD aux 8 O would
    close VERB VB ccomp 4 O close _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Ann Ruiz") == [("Defense Secretary", "")]


def test_the_body_owning_what_a_role_is_of_is_the_organisation() -> None:
    # Ann Ruiz, director of the Lakeside Policy Center's housing project, said rents were rising.
    spec = """
    Ann PROPN NNP compound 1 B-PERSON Ann
    Ruiz PROPN NNP nsubj 13 I-PERSON Ruiz _
    , PUNCT , punct 1 O ,
    director NOUN NN appos 1 O director
    of ADP IN prep 3 O of
    the DET DT det 8 B-ORG the
    Lakeside PROPN NNP compound 8 I-ORG Lakeside
    Policy PROPN NNP compound 8 I-ORG Policy
    Center PROPN NNP poss 11 I-ORG Center _
    's PART POS case 8 I-ORG 's
    housing NOUN NN compound 11 O housing
    project NOUN NN pobj 4 O project _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 13 O say
    rents NOUN NNS nsubj 16 O rent
    were AUX VBD aux 16 O be
    rising VERB VBG ccomp 13 O rise _
    . PUNCT . punct 13 O . _
    """
    [(role, organization)] = described(spec, "Ann Ruiz")
    assert role.startswith("director of") and organization == "Lakeside Policy Center"


def test_a_university_of_a_place_before_a_job_is_the_whole_body() -> None:
    # Tom Hale, a University of North Dakota history professor, said the vote was close.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Hale PROPN NNP nsubj 11 I-PERSON Hale _
    , PUNCT , punct 1 O ,
    a DET DT det 4 O a
    University PROPN NNP nmod 9 B-ORG University
    of ADP IN prep 4 I-ORG of
    North PROPN NNP compound 7 I-ORG North
    Dakota PROPN NNP pobj 5 I-ORG Dakota
    history NOUN NN compound 9 O history
    professor NOUN NN appos 1 O professor _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 11 O say
    the DET DT det 13 O the
    vote NOUN NN nsubj 14 O vote
    was AUX VBD ccomp 11 O be
    close ADJ JJ acomp 14 O close _
    . PUNCT . punct 11 O . _
    """
    assert described(spec, "Tom Hale") == [("history professor", "University of North Dakota")]


def test_a_person_and_their_body_tagged_as_one_body_are_told_apart() -> None:
    # said Priya Raman of Harbour Watch.  (the tagger's one body, by hand)
    doc = frozen(
        """
        said VERB VBD ROOT 0 O say
        Priya PROPN NNP compound 2 B-ORG Priya
        Raman PROPN NNP nsubj 0 I-ORG Raman
        of ADP IN prep 2 I-ORG of
        Harbour PROPN NNP compound 5 I-ORG Harbour
        Watch PROPN NNP pobj 3 I-ORG Watch _
        . PUNCT . punct 0 O . _
        """
    )
    spans = [(s.text, s.label_) for s in joined_entities(doc, list(doc.ents))]
    assert spans == [("Priya Raman", "PERSON"), ("Harbour Watch", "ORG")]


def test_a_role_word_before_a_body_and_the_head_after_it_make_one_role() -> None:
    # Deputy FBI Director Ann Ruiz said the file was closed.
    spec = """
    Deputy PROPN NNP compound 1 O Deputy
    FBI PROPN NNP compound 2 B-ORG FBI
    Director PROPN NNP compound 4 O Director
    Ann PROPN NNP compound 4 B-PERSON Ann
    Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
    said VERB VBD ROOT 5 O say
    the DET DT det 7 O the
    file NOUN NN nsubj 8 O file
    was AUX VBD auxpass 9 O be
    closed VERB VBN ccomp 5 O close _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ann Ruiz") == [("Deputy Director", "FBI")]


def test_a_noun_of_the_sentence_before_a_title_is_no_part_of_the_role() -> None:
    # In the same way FBI Director Ann Ruiz closed the file.
    spec = """
    In ADP IN prep 8 O in
    the DET DT det 3 O the
    same ADJ JJ amod 3 O same
    way NOUN NN pobj 0 O way
    FBI PROPN NNP compound 5 B-ORG FBI
    Director PROPN NNP compound 7 O Director
    Ann PROPN NNP compound 7 B-PERSON Ann
    Ruiz PROPN NNP nsubj 8 I-PERSON Ruiz
    closed VERB VBD ROOT 8 O close
    the DET DT det 10 O the
    file NOUN NN dobj 8 O file _
    . PUNCT . punct 8 O . _
    """
    assert described(spec, "Ann Ruiz") == [("Director", "FBI")]


def test_a_lower_case_role_word_before_a_body_stays_in_the_role() -> None:
    # Former deputy FBI director Ann Ruiz said the file was closed.
    spec = """
    Former ADJ JJ amod 3 O former
    deputy ADJ JJ amod 3 O deputy
    FBI PROPN NNP compound 3 B-ORG FBI
    director NOUN NN compound 5 O director
    Ann PROPN NNP compound 5 B-PERSON Ann
    Ruiz PROPN NNP nsubj 6 I-PERSON Ruiz
    said VERB VBD ROOT 6 O say
    the DET DT det 8 O the
    file NOUN NN nsubj 9 O file
    was AUX VBD auxpass 10 O be
    closed VERB VBN ccomp 6 O close _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ann Ruiz") == [("Former deputy director", "FBI")]


def test_a_name_after_an_inverted_cue_folded_into_a_body_is_a_person() -> None:
    # said Tavita Oloa of Harbour Watch.  (a given name in no list; the tagger's one body)
    doc = frozen(
        """
        said VERB VBD ROOT 0 O say
        Tavita PROPN NNP compound 2 B-ORG Tavita
        Oloa PROPN NNP nsubj 0 I-ORG Oloa
        of ADP IN prep 2 I-ORG of
        Harbour PROPN NNP compound 5 I-ORG Harbour
        Watch PROPN NNP pobj 3 I-ORG Watch _
        . PUNCT . punct 0 O . _
        """
    )
    spans = [(s.text, s.label_) for s in joined_entities(doc, list(doc.ents))]
    assert spans == [("Tavita Oloa", "PERSON"), ("Harbour Watch", "ORG")]


def test_a_hyphenated_title_keeps_its_small_word(extract_rows) -> None:  # type: ignore[no-untyped-def]
    rows = extract_rows("“We will not back down,” said Editor-in-Chief Marta Bianchi.")
    assert [(r.speaker, r.role) for r in rows] == [("Marta Bianchi", "Editor-in-Chief")]


def test_a_press_secretary_speaks_for_the_body_named_just_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Authority said it was reviewing the plan. "
        "“We will look at it carefully,” press secretary Karen Voss said."
    )
    rows = extract_rows(text)
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Karen Voss", "press secretary", "Harbour Authority")
    ]


def test_a_title_stops_at_another_persons_name_before_and(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We will talk again,” said President Lin Hao and Secretary of State Ana Ruiz in a joint "
        "appearance. “The talks went well,” Ruiz said."
    )
    rows = [r for r in extract_rows(text) if r.quote.startswith("The talks")]
    assert [(r.speaker, r.role) for r in rows] == [("Ana Ruiz", "Secretary of State")]


def test_when_a_role_is_held_is_no_part_of_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    rows = extract_rows("“It is over,” said Mo Hale, now director of the Linden Institute of Politics.")
    assert [(r.role, r.organization) for r in rows] == [
        ("director of the Linden Institute of Politics", "Linden Institute of Politics")
    ]


def test_a_plurals_possessive_inside_a_bodys_name_is_kept(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We want the ban,” said Sam Lowe, president of the Linden Police Patrolmen's Association."
    rows = extract_rows(text)
    assert [r.organization for r in rows] == ["Linden Police Patrolmen's Association"]


def test_what_an_author_wrote_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    rows = extract_rows("“She cannot win,” said Edward Kline, author of Unlikeable.")
    assert [(r.role, r.organization) for r in rows] == [("author of Unlikeable", "")]


def test_an_untagged_short_form_before_a_title_is_the_organisation() -> None:
    # NHRC managing director Asha Rao said the fares would stay low.
    # (`NHRC` left untagged here, as the tagger leaves many such short forms.)
    spec = """
    NHRC PROPN NNP amod 2 O NHRC
    managing VERB VBG compound 2 O manage
    director NOUN NN compound 4 O director
    Asha PROPN NNP compound 4 B-PERSON Asha
    Rao PROPN NNP nsubj 5 I-PERSON Rao
    said VERB VBD ROOT 5 O say
    the DET DT det 7 O the
    fares NOUN NNS nsubj 9 O fare
    would AUX MD aux 9 O would
    stay VERB VB ccomp 5 O stay
    low ADJ JJ acomp 9 O low _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Asha Rao") == [("managing director", "NHRC")]


def test_a_short_form_inside_a_hyphenated_word_is_no_organisation() -> None:
    # The anti-GOP adviser Asha Rao said no.
    spec = """
    The DET DT det 4 O the
    anti ADJ JJ amod 4 O anti _
    - ADJ JJ amod 4 O - _
    GOP ADJ JJ amod 4 O gop
    adviser NOUN NN nsubj 7 O adviser
    Asha PROPN NNP compound 6 B-PERSON Asha
    Rao PROPN NNP appos 4 I-PERSON Rao
    said VERB VBD ROOT 7 O say
    no INTJ UH intj 7 O no _
    . PUNCT . punct 7 O . _
    """
    assert all(org != "GOP" for _, org in described(spec, "Asha Rao"))


# The opposition leader, Maria Santos, and the finance minister, Tom Reyes, clashed on Monday.
TWO_APPOSED_PEOPLE = """
The DET DT det 2 O the
opposition NOUN NN compound 2 O opposition
leader NOUN NN nsubj 15 O leader _
, PUNCT , punct 2 O ,
Maria PROPN NNP compound 5 B-PERSON Maria
Santos PROPN NNP appos 2 I-PERSON Santos _
, PUNCT , punct 2 O ,
and CCONJ CC cc 2 O and
the DET DT det 10 O the
finance NOUN NN compound 10 O finance
minister NOUN NN conj 2 O minister _
, PUNCT , punct 10 O ,
Tom PROPN NNP compound 13 B-PERSON Tom
Reyes PROPN NNP appos 10 I-PERSON Reyes _
, PUNCT , punct 10 O ,
clashed VERB VBD ROOT 15 O clash
on ADP IN prep 15 O on
Monday PROPN NNP pobj 16 B-DATE Monday _
. PUNCT . punct 15 O . _
"""


def test_two_people_each_with_an_apposition_keep_their_own_roles() -> None:
    people = frozenset({"maria", "santos", "tom", "reyes"})
    assert described(TWO_APPOSED_PEOPLE, "Maria Santos", people) == [("opposition leader", "")]
    assert described(TWO_APPOSED_PEOPLE, "Tom Reyes", people) == [("finance minister", "")]


def test_the_word_joining_an_apposition_to_the_clause_before_is_no_part_of_it() -> None:
    # The row came as the auditor-general, Ruth Okafor, prepared her report.
    spec = """
    The DET DT det 1 O the
    row NOUN NN nsubj 2 O row
    came VERB VBD ROOT 2 O come
    as SCONJ IN mark 12 O as
    the DET DT det 7 O the
    auditor NOUN NN compound 7 O auditor _
    - PUNCT HYPH punct 7 O - _
    general NOUN NN nsubj 12 O general _
    , PUNCT , punct 7 O ,
    Ruth PROPN NNP compound 10 B-PERSON Ruth
    Okafor PROPN NNP appos 7 I-PERSON Okafor _
    , PUNCT , punct 7 O ,
    prepared VERB VBD advcl 2 O prepare
    her PRON PRP$ poss 14 O her
    report NOUN NN dobj 12 O report _
    . PUNCT . punct 2 O . _
    """
    assert described(spec, "Ruth Okafor", frozenset({"ruth", "okafor"})) == [("auditor-general", "")]


def test_an_office_whose_portfolio_lists_its_parts_with_commas_is_whole() -> None:
    # The Minister for Health, Wellbeing and Sport, Ana Ruiz, said it.
    spec = """
    The DET DT det 1 O the
    Minister PROPN NNP nsubj 12 O Minister
    for ADP IN prep 1 O for
    Health PROPN NNP pobj 2 O Health _
    , PUNCT , punct 3 O ,
    Wellbeing PROPN NNP conj 3 O Wellbeing
    and CCONJ CC cc 5 O and
    Sport PROPN NNP conj 5 O Sport _
    , PUNCT , punct 1 O ,
    Ana PROPN NNP compound 10 B-PERSON Ana
    Ruiz PROPN NNP appos 1 I-PERSON Ruiz _
    , PUNCT , punct 1 O ,
    said VERB VBD ROOT 12 O say
    it PRON PRP dobj 12 O it _
    . PUNCT . punct 12 O . _
    """
    assert described(spec, "Ana Ruiz") == [("Minister for Health, Wellbeing and Sport", "")]

