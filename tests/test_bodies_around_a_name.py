"""Bodies the words around a name give it (issue 10): a body's name the tagger cut after its
joining word, a committee's ranking seat with a form of address after it, a candidate's running
mate, a firm its founder is named by. Frozen parses of sentences written for this file (see
tests/frozen.py); the first is hand-cut where the tagger often cuts such names."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def described(spec: str, name: str, bodies: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the article gives the name ``name`` in ``spec``, with
    ``bodies`` the names the article gives bodies by their nouns (`committee`)."""
    doc = frozen(spec)
    words = name.split()
    texts = [t.text for t in doc]
    start = next(i for i in range(len(texts)) if texts[i : i + len(words)] == words)
    people = frozenset(t.lower_ for t in doc if t.ent_type_ == "PERSON")
    named = bodies or {}
    describer = Describer(
        DocContext(doc),
        [True] * len(doc),
        frozenset(),
        people,
        org_for_noun=lambda noun, at: named.get(noun, ""),
    )
    return [(d.role, d.organization) for d in describer.describe(start, start + len(words))]


def test_a_body_cut_after_its_joining_word_runs_on() -> None:
    # "We cannot pay," said Ana Ruiz, senior adviser to the centrist Committee for a Sound Budget.
    spec = """
    " PUNCT `` punct 7 O " _
    We PRON PRP nsubj 4 O we
    can AUX MD aux 4 O can _
    not PART RB neg 4 O not
    pay VERB VB ccomp 7 O pay _
    , PUNCT , punct 7 O , _
    " PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Ana PROPN NNP compound 9 O Ana
    Ruiz PROPN NNP nsubj 7 O Ruiz _
    , PUNCT , punct 9 O ,
    senior ADJ JJ amod 12 O senior
    adviser NOUN NN appos 9 O adviser
    to ADP IN prep 12 O to
    the DET DT det 16 O the
    centrist ADJ JJ amod 16 O centrist
    Committee PROPN NNP pobj 13 B-ORG Committee
    for ADP IN prep 12 I-ORG for
    a DET DT det 20 O a
    Sound PROPN NNP compound 20 O Sound
    Budget PROPN NNP pobj 17 O Budget _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Ana Ruiz") == [
        ("senior adviser to the centrist Committee for a Sound Budget", "Committee for a Sound Budget")
    ]


def test_a_ranking_seat_before_a_form_of_address_is_a_role() -> None:
    # (In an article that names the Senate Budget Committee.)
    # "We wait," said committee ranking Democrat Sen. Ana Ruiz (Md.).
    spec = """
    " PUNCT `` punct 5 O " _
    We PRON PRP nsubj 2 O we
    wait VERB VBP ccomp 5 O wait _
    , PUNCT , punct 5 O , _
    " PUNCT '' punct 5 O "
    said VERB VBD ROOT 5 O say
    committee NOUN NN npadvmod 7 O committee
    ranking VERB VBG amod 9 O rank
    Democrat PROPN NNP compound 9 B-NORP Democrat
    Sen. PROPN NNP compound 11 O Sen.
    Ana PROPN NNP compound 11 B-PERSON Ana
    Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz
    ( PUNCT -LRB- punct 11 O ( _
    Md. PROPN NNP appos 11 B-GPE Md. _
    ) PUNCT -RRB- punct 11 O ) _
    . PUNCT . punct 5 O . _
    """
    committee = {"committee": "Senate Budget Committee"}
    assert described(spec, "Ana Ruiz", committee) == [("ranking Democrat", "Senate Budget Committee")]


def test_a_candidates_running_mate_is_on_their_campaign() -> None:
    # Omar Tate's running mate, Gov. Ana Ruiz, backed his campaign.
    spec = """
    Omar PROPN NNP compound 1 B-PERSON Omar
    Tate PROPN NNP poss 4 I-PERSON Tate _
    's PART POS case 1 I-PERSON 's
    running NOUN NN amod 4 O running
    mate NOUN NN nsubj 10 O mate _
    , PUNCT , punct 4 O ,
    Gov. PROPN NNP compound 8 O Gov.
    Ana PROPN NNP compound 8 B-PERSON Ana
    Ruiz PROPN NNP appos 4 I-PERSON Ruiz _
    , PUNCT , punct 4 O ,
    backed VERB VBD ROOT 10 O back
    his PRON PRP$ poss 12 O his
    campaign NOUN NN dobj 10 O campaign _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Ana Ruiz") == [("running mate", "Tate campaign")]


def test_the_firm_a_person_founded_is_theirs() -> None:
    # Ruiz Partners, a hedge fund founded by Ana Ruiz, raised its stake.
    spec = """
    Ruiz PROPN NNP compound 1 B-ORG Ruiz
    Partners PROPN NNPS nsubj 11 I-ORG Partners _
    , PUNCT , punct 1 O ,
    a DET DT det 5 O a
    hedge NOUN NN compound 5 O hedge
    fund NOUN NN appos 1 O fund
    founded VERB VBN acl 5 O found
    by ADP IN agent 6 O by
    Ana PROPN NNP compound 9 O Ana
    Ruiz PROPN NNP pobj 7 O Ruiz _
    , PUNCT , punct 1 O ,
    raised VERB VBD ROOT 11 O raise
    its PRON PRP$ poss 13 O its
    stake NOUN NN dobj 11 O stake _
    . PUNCT . punct 11 O . _
    """
    assert described(spec, "Ana Ruiz") == [("", "Ruiz Partners")]


def test_a_job_under_a_possessive_pronoun_is_on_that_persons_campaign() -> None:
    # In a statement, her senior policy adviser, Ana Ruiz, praised the campaign.
    spec = """
    In ADP IN prep 12 O in
    a DET DT det 2 O a
    statement NOUN NN pobj 0 O statement _
    , PUNCT , punct 12 O ,
    her PRON PRP$ poss 7 O her
    senior ADJ JJ amod 7 O senior
    policy NOUN NN compound 7 O policy
    adviser NOUN NN nsubj 12 O adviser _
    , PUNCT , punct 7 O ,
    Ana PROPN NNP compound 10 O Ana
    Ruiz PROPN NNP appos 7 O Ruiz _
    , PUNCT , punct 7 O ,
    praised VERB VBD ROOT 12 O praise
    the DET DT det 14 O the
    campaign NOUN NN dobj 12 O campaign _
    . PUNCT . punct 12 O . _
    """
    doc = frozen(spec)
    # (`her` stands for a candidate the article names, Omar Kamau.)
    her = doc[4].idx
    describer = Describer(
        DocContext(doc),
        [True] * len(doc),
        frozenset(),
        frozenset(),
        campaign_of=lambda at: "Kamau campaign" if at == her else "",
    )
    found = [(d.role, d.organization) for d in describer.describe(9, 11)]
    assert found == [("senior policy adviser", "Kamau campaign")]


def test_a_campaign_post_given_by_a_person_is_on_their_campaign() -> None:
    # "He should resign," said Ana Ruiz, a rival whom Tate fired as campaign manager.
    spec = """
    " PUNCT `` punct 6 O " _
    He PRON PRP nsubj 3 O he
    should AUX MD aux 3 O should
    resign VERB VB ccomp 6 O resign _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    a DET DT det 11 O a
    rival NOUN NN appos 8 O rival
    whom PRON WP dobj 14 O whom
    Tate PROPN NNP nsubj 14 B-PERSON Tate
    fired VERB VBD relcl 11 O fire
    as ADP IN prep 14 O as
    campaign NOUN NN compound 17 O campaign
    manager NOUN NN pobj 15 O manager _
    . PUNCT . punct 6 O . _
    """
    assert ("former campaign manager", "Tate campaign") in described(spec, "Ana Ruiz")


def test_a_noun_whose_clause_the_name_opens_is_no_title() -> None:
    # The federal judge Tate was referring to is Ana Ruiz.
    spec = """
    The DET DT det 2 O the
    federal ADJ JJ amod 2 O federal
    judge NOUN NN nsubj 5 O judge
    Tate PROPN NNP nsubj 5 B-PERSON Tate
    was AUX VBD aux 5 O be
    referring VERB VBG ROOT 5 O refer
    to ADP IN prep 5 O to
    is AUX VBZ advcl 5 O be
    Ana PROPN NNP compound 9 O Ana
    Ruiz PROPN NNP attr 7 O Ruiz _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Tate") == []


def test_a_noun_whose_relative_clause_the_name_opens_is_no_title() -> None:
    # The state judge Tate was complaining about is Ana Ruiz, who grew up in Ohio.
    spec = """
    The DET DT det 2 O the
    state NOUN NN compound 2 O state
    judge NOUN NN nsubj 7 O judge
    Tate PROPN NNP nsubj 5 B-PERSON Tate
    was AUX VBD aux 5 O be
    complaining VERB VBG relcl 2 O complain
    about ADP IN prep 5 O about
    is AUX VBZ ROOT 7 O be
    Ana PROPN NNP compound 9 O Ana
    Ruiz PROPN NNP attr 7 O Ruiz _
    , PUNCT , punct 9 O ,
    who PRON WP nsubj 12 O who
    grew VERB VBD relcl 9 O grow
    up ADP RP prt 12 O up
    in ADP IN prep 12 O in
    Ohio PROPN NNP pobj 14 B-GPE Ohio _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Tate") == []


def test_a_description_set_after_an_earlier_name_is_not_the_next_ones() -> None:
    # Introduced by Joe Kamau, the county sheriff, Tate spoke.
    spec = """
    Introduced VERB VBN advcl 10 O introduce
    by ADP IN agent 0 O by
    Joe PROPN NNP compound 3 B-PERSON Joe
    Kamau PROPN NNP pobj 1 I-PERSON Kamau _
    , PUNCT , punct 3 O ,
    the DET DT det 7 O the
    county NOUN NN compound 7 O county
    sheriff NOUN NN appos 3 O sheriff _
    , PUNCT , punct 10 O ,
    Tate PROPN NNP nsubj 10 B-PERSON Tate
    spoke VERB VBD ROOT 10 O speak _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Tate") == []
    assert described(spec, "Joe Kamau") == [("county sheriff", "")]


def test_the_seat_a_member_sits_for_is_no_body() -> None:
    # "We will act," said Ana Ruiz, the Conservative MP for Bath.
    spec = """
    " PUNCT `` punct 6 O " _
    We PRON PRP nsubj 3 O we
    will AUX MD aux 3 O will
    act VERB VB ccomp 6 O act _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    the DET DT det 12 O the
    Conservative PROPN NNP compound 12 B-NORP Conservative
    MP PROPN NNP appos 8 O MP
    for ADP IN prep 12 O for
    Bath PROPN NNP pobj 13 O Bath _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ana Ruiz") == [("Conservative MP for Bath", "")]


def test_a_body_one_serves_in_by_its_own_noun() -> None:
    # "We will act," said Ana Ruiz, an official in the Kamau administration.
    spec = """
    " PUNCT `` punct 6 O " _
    We PRON PRP nsubj 3 O we
    will AUX MD aux 3 O will
    act VERB VB ccomp 6 O act _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    an DET DT det 11 O an
    official NOUN NN appos 8 O official
    in ADP IN prep 11 O in
    the DET DT det 15 O the
    Kamau PROPN NNP compound 15 B-ORG Kamau
    administration NOUN NN pobj 12 O administration _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ana Ruiz") == [("official in the Kamau administration", "Kamau administration")]


def test_the_noun_that_says_what_a_body_is_is_no_part_of_its_name() -> None:
    # "We will tour," said Ana Ruiz, the band Blue Horizon's singer.
    spec = """
    " PUNCT `` punct 6 O " _
    We PRON PRP nsubj 3 O we
    will AUX MD aux 3 O will
    tour VERB VB ccomp 6 O tour _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    the DET DT det 11 O the
    band NOUN NN appos 8 O band
    Blue PROPN NNP compound 13 B-ORG Blue
    Horizon PROPN NNP poss 15 I-ORG Horizon _
    's PART POS case 13 I-ORG 's
    singer NOUN NN appos 11 O singer _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Ana Ruiz") == [("singer", "Blue Horizon")]


def test_its_is_the_body_its_sentence_has_just_called_by_a_noun() -> None:
    # Critics faulted the Cole administration and, by extension, its former budget director,
    # Maria Lopez.
    spec = """
    Critics NOUN NNS nsubj 1 O critic
    faulted VERB VBD ROOT 1 O fault
    the DET DT det 4 O the
    Cole PROPN NNP compound 4 B-PRODUCT Cole
    administration NOUN NN dobj 1 O administration
    and CCONJ CC cc 1 O and _
    , PUNCT , punct 1 O ,
    by ADP IN prep 1 O by
    extension NOUN NN pobj 7 O extension _
    , PUNCT , punct 7 O ,
    its PRON PRP$ poss 13 O its
    former ADJ JJ amod 13 O former
    budget NOUN NN compound 13 O budget
    director NOUN NN pobj 7 O director _
    , PUNCT , punct 13 O ,
    Maria PROPN NNP compound 16 B-PERSON Maria
    Lopez PROPN NNP appos 13 I-PERSON Lopez _
    . PUNCT . punct 1 O . _
    """
    assert described(spec, "Maria Lopez") == [("former budget director", "Cole administration")]


def test_a_sites_name_tagged_a_number_is_a_body() -> None:
    # "We go to conferences," said Ana Ruiz, the Washington director for GreenWatch.org.
    # (Hand-cut: the tagger takes some sites' names for numbers.)
    spec = """
    “ PUNCT `` punct 7 O " _
    We PRON PRP nsubj 2 O we
    go VERB VBP ccomp 7 O go
    to ADP IN prep 2 O to
    conferences NOUN NNS pobj 3 O conference _
    , PUNCT , punct 7 O , _
    ” PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Ana PROPN NNP compound 9 O Ana
    Ruiz PROPN NNP nsubj 7 O Ruiz _
    , PUNCT , punct 9 O ,
    the DET DT det 13 O the
    Washington PROPN NNP compound 13 B-GPE Washington
    director NOUN NN appos 9 O director
    for ADP IN prep 13 O for
    GreenWatch.org PROPN NNP pobj 14 B-CARDINAL GreenWatch.org _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Ana Ruiz") == [("Washington director for GreenWatch.org", "GreenWatch.org")]


def test_a_who_clause_hung_on_a_thing_in_the_apposition_is_the_persons() -> None:
    # "It is likely," said Ana Ruiz, the author of a book on spies, who studies cyber issues at
    # the Acme Institute.
    spec = """
    " PUNCT `` punct 6 O " _
    It PRON PRP nsubj 2 O it
    is AUX VBZ ccomp 6 O be
    likely ADJ JJ acomp 2 O likely _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    the DET DT det 11 O the
    author NOUN NN appos 8 O author
    of ADP IN prep 11 O of
    a DET DT det 14 O a
    book NOUN NN pobj 12 O book
    on ADP IN prep 14 O on
    spies NOUN NNS pobj 15 O spy _
    , PUNCT , punct 14 O ,
    who PRON WP nsubj 19 O who
    studies VERB VBZ relcl 14 O study
    cyber ADJ JJ compound 21 O cyber
    issues NOUN NNS dobj 19 O issue
    at ADP IN prep 19 O at
    the DET DT det 25 B-ORG the
    Acme PROPN NNP compound 25 I-ORG Acme
    Institute PROPN NNP pobj 22 I-ORG Institute _
    . PUNCT . punct 6 O . _
    """
    assert ("", "Acme Institute") in described(spec, "Ana Ruiz")


def test_a_bodys_last_word_read_as_a_verb_still_ends_its_name() -> None:
    # "It was wrong," said Ana Ruiz, communications director for the liberal super PAC Ohio
    # Rising.
    spec = """
    " PUNCT `` punct 6 O " _
    It PRON PRP nsubj 2 O it
    was AUX VBD ccomp 6 O be
    wrong ADJ JJ acomp 2 O wrong _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Ana PROPN NNP compound 8 O Ana
    Ruiz PROPN NNP nsubj 6 O Ruiz _
    , PUNCT , punct 8 O ,
    communications NOUN NNS compound 11 O communication
    director NOUN NN appos 8 O director
    for ADP IN prep 11 O for
    the DET DT det 17 O the
    liberal ADJ JJ amod 17 O liberal
    super ADJ JJ amod 17 O super
    PAC PROPN NNP compound 17 O PAC
    Ohio PROPN NNP compound 18 B-GPE Ohio
    Rising VERB VBG pobj 12 O rise _
    . PUNCT . punct 6 O . _
    """
    assert [o for _, o in described(spec, "Ana Ruiz")] == ["Ohio Rising"]
