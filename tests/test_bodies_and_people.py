"""Who the article's bodies and people are, in shapes seen in news from several countries:
names the tagger calls a body, bodies written with an apostrophe, a body's bare noun."""

from __future__ import annotations

from tests.frozen import frozen
from tests.rows import row_starting


def test_a_hyphenated_name_set_after_a_role_is_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Cocoa Growers Association of Ghana (CGAG) rejected the new price. The association's "
        "director-general, Kwabena Osei-Mensah, said farmers were \u201cbeing robbed\u201d.\n\n"
        "\u201cNobody can live on this,\u201d he said."
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "being robbed"), row_starting(rows, "Nobody can")
    assert first.speaker == second.speaker == "Kwabena Osei-Mensah"
    assert first.role == "director-general"
    assert first.organization == "Cocoa Growers Association of Ghana"


def test_a_hyphenated_surname_tagged_a_body_reads_as_a_name_beside_a_role() -> None:
    from quotes.tokens import reads_as_person_name

    # "The union's director, Ama Boateng-Asare, said so.", the name tagged a body (as the
    # small English model tags it).
    doc = frozen(
        """
The DET DT det 1 O the
union NOUN NN poss 3 O union _
's PART POS case 1 O 's
director NOUN NN nsubj 10 O director _
, PUNCT , punct 3 O ,
Ama PROPN NNP compound 8 B-ORG Ama
Boateng PROPN NNP compound 8 I-ORG Boateng _
- PUNCT HYPH punct 8 I-ORG - _
Asare PROPN NNP appos 3 I-ORG Asare _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 10 O say
so ADV RB advmod 10 O so _
. PUNCT . punct 10 O . _
"""
    )
    assert reads_as_person_name(doc.ents[0])


def test_the_bank_is_no_company_the_article_calls_a_company(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya's central bank cut its main rate on Wednesday.\n\n"
        "\u201cThe cut was overdue,\u201d said Wanjiru Kamau, an analyst at Amani Trading Company.\n\n"
        "The bank said it would \u201cact again if needed\u201d."
    )
    row = row_starting(extract_rows(text), "act again")
    assert row.speaker == "Kenya's central bank"
    assert row.organization != "Amani Trading Company"


def test_the_department_is_the_body_that_spoke_just_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Natural England said in a statement that the footpath would reopen in May.\n\n"
        "The department said it \u201cunderstands the frustration\u201d of walkers."
    )
    row = row_starting(extract_rows(text), "understands")
    assert row.speaker == "Natural England"


def test_a_body_named_only_in_passing_is_not_the_department(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The figures were first printed in The Gazette on Monday.\n\n"
        "The department said it \u201cdoes not recognise\u201d them."
    )
    row = row_starting(extract_rows(text), "does not recognise")
    assert row.speaker != "The Gazette"


def test_an_apostrophe_inside_a_body_name_does_not_cut_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Eastside Traders' Association president, Moana Reti, said the works were \u201ca disaster\u201d."
    )
    row = row_starting(extract_rows(text), "a disaster")
    assert row.speaker == "Moana Reti"
    assert row.role == "president"
    assert row.organization == "Eastside Traders' Association"


def test_a_title_tagged_alone_is_no_part_of_the_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Otago Regional Council has voted to cut bus routes.\n\n"
        "Councillor Hinewai Parata said the decision was \u201cshort-sighted\u201d.\n\n"
        "\u201cPeople in the valley will be stranded,\u201d she said."
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "short-sighted"), row_starting(rows, "People in")
    assert first.speaker == second.speaker == "Hinewai Parata"
    assert first.role == "Councillor"


def test_the_body_an_unnamed_speaker_works_for_comes_before_a_clause_on_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokeswoman for Harbourside Rail, which runs the line, said: "
        "\u201cWe apologise to every passenger.\u201d"
    )
    row = row_starting(extract_rows(text), "We apologise")
    assert row.organization == "Harbourside Rail"
    assert row.role.startswith("spokeswoman")


def test_an_abbreviated_rank_with_its_full_stop_is_one_token(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Halton Police Sgt. Priya Doshi said the road was closed.")
    words = [t.text for t in doc]
    assert "Sgt." in words
    # split from its stop, the parser ended a sentence at `Sgt` and cut the body off the name
    assert doc[words.index("Priya")].sent.start == 0


def test_the_body_before_a_rank_is_the_officer_s_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kelowna RCMP Const. Mara Lindqvist said the driver was \u201clucky to be alive\u201d.\n\n"
        "NYPD Sgt. Luis Ortega said the building was \u201cnot safe to enter\u201d."
    )
    rows = extract_rows(text)
    mara, luis = row_starting(rows, "lucky"), row_starting(rows, "not safe")
    assert (mara.speaker, mara.role, mara.organization) == ("Mara Lindqvist", "", "Kelowna RCMP")
    assert (luis.speaker, luis.role, luis.organization) == ("Luis Ortega", "", "NYPD")


def test_a_rank_in_full_after_a_body_is_the_role_and_the_body_the_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Tasmania Police Senior Constable Erin Blake said the search was \u201cover for tonight\u201d."
    row = row_starting(extract_rows(text), "over for tonight")
    assert row.speaker == "Erin Blake"
    assert row.organization == "Tasmania Police"
    assert "Constable" in row.role


def test_a_body_set_beside_its_noun_is_the_body_whatever_the_tagger_says(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "WORKERS at the Govan shipyard last night voted by a large majority to strike over pay.\n\n"
        "''We have been patient for two years,'' said Mr Jim Boyle, convener of the yard's shop "
        "stewards.\n\n"
        "The company, Kvaerner Govan, said it was ''disappointed'' by the vote."
    )
    row = row_starting(extract_rows(text), "disappointed")
    assert row.speaker == "Kvaerner Govan"


def test_a_surname_after_a_form_of_address_is_the_name_without_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    row = row_starting(extract_rows("\u201cThe queues are shorter,\u201d Mr Donnelly said."), "The queues")
    assert row.speaker == "Donnelly"
    assert row.mention == "Mr Donnelly"


def test_a_name_right_after_a_body_s_noun_is_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Campaign group Transport Focus said the rise was \u201canother kick in the teeth\u201d.\n\n"
        "Its chief executive, Alex Robertson, said: \u201cPassengers will ask what they get.\u201d\n\n"
        "\u201cIt will spread,\u201d said Lena Fischer, an analyst at the consultancy Drewry."
    )
    rows = extract_rows(text)
    body, chief, analyst = (
        row_starting(rows, "another kick"),
        row_starting(rows, "Passengers"),
        row_starting(rows, "It will"),
    )
    assert body.speaker == "Transport Focus"
    # `Its` reaches the body named in the paragraph before
    assert (chief.speaker, chief.role, chief.organization) == (
        "Alex Robertson",
        "chief executive",
        "Transport Focus",
    )
    assert analyst.organization == "Drewry"


def test_a_name_before_or_after_a_body_s_noun_in_small_letters_names_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe are not going back,\u201d said Joris van Dijk, a spokesman for the FNV union.\n\n"
        "Mick Whelan, general secretary of the train drivers' union Aslef, said ministers had "
        "\u201cbroken their promise\u201d."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We are not").organization == "FNV union"
    assert row_starting(rows, "broken their").organization == "Aslef"


def test_a_short_form_with_the_initials_of_its_small_words_is_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    from quotes.names import abbreviates, compact_acronym

    assert compact_acronym("MoD") == "MOD" and compact_acronym("McKay") == ""
    assert abbreviates("MOM", "Ministry of Manpower") and abbreviates("DOJ", "Department of Justice")
    text = (
        "The Ministry of Manpower (MOM) will raise the salary bar from January.\n\n"
        "MOM said it would \u201creview the effects\u201d after a year."
    )
    assert row_starting(extract_rows(text), "review the").speaker == "Ministry of Manpower"


def test_a_fronted_as_phrase_gives_the_subject_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "As a senior political correspondent for the Daily Courier, Ana Ruiz has covered six "
        "elections. \u201cThis one is different,\u201d Ruiz said.\n\n"
        "As an investor, Tom Hale lives by his bets. \u201cI was wrong,\u201d Hale said."
    )
    rows = extract_rows(text)
    ana, tom = row_starting(rows, "This one"), row_starting(rows, "I was wrong")
    assert (ana.role, ana.organization) == (
        "senior political correspondent for the Daily Courier",
        "Daily Courier",
    )
    assert tom.role == ""  # what someone does, with no body and an article: no role


def test_an_as_phrase_on_a_fronted_span_of_time_gives_the_subject_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "For six years as finance minister, Ana Ruiz fought the unions. \u201cThey never "
        "forgave me,\u201d Ruiz said.\n\n"
        "After the election of Tom Hale as mayor, Maria Lopez left the city. \u201cIt was "
        "time,\u201d Lopez said."
    )
    rows = extract_rows(text)
    ana, maria = row_starting(rows, "They never"), row_starting(rows, "It was")
    assert ana.role == "finance minister"
    assert maria.role == ""  # the post is the one elected's, and no span of time


def test_a_club_is_the_club_and_its_manager_s_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe were second best all afternoon,\u201d said Hartfield United manager Gary Pryce. "
        "\u201cWe will bounce back,\u201d the club said in a statement."
    )
    rows = extract_rows(text)
    manager, club = row_starting(rows, "We were"), row_starting(rows, "We will")
    assert (manager.role, manager.organization) == ("manager", "Hartfield United")
    assert club.speaker == "Hartfield United"


def test_who_heads_a_unit_at_a_body_works_for_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr. Ines Moura, who heads the burns unit at Lisbon General Hospital, said beds were "
        "\u201cfull every night\u201d."
    )
    row = row_starting(extract_rows(text), "full every")
    assert (row.speaker, row.role, row.organization) == ("Ines Moura", "", "Lisbon General Hospital")


def test_a_place_before_a_rank_in_short_is_no_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    row = row_starting(extract_rows("State Rep. Ann Cole said the bill was \u201cdead\u201d."), "dead")
    assert (row.speaker, row.organization) == ("Ann Cole", "")


def test_honours_after_a_name_are_no_part_of_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defence barrister Jane Cole KC said the evidence was \u201cthin\u201d.\n\n"
        "\u201cIt will not stand,\u201d Cole added."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "thin").speaker == row_starting(rows, "It will").speaker == "Jane Cole"
    assert row_starting(rows, "thin").speaker_id == row_starting(rows, "It will").speaker_id


def test_a_unit_in_brackets_between_title_and_name_is_skipped(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deputy Commissioner of Police (Economic Offences Wing) Kavita Rao said the app was "
        "\u201ca trap\u201d."
    )
    row = row_starting(extract_rows(text), "a trap")
    assert (row.speaker, row.role, row.organization) == ("Kavita Rao", "Deputy Commissioner of Police", "")


def test_a_seat_in_capitals_is_a_role_and_the_same_letters_in_small_ones_an_address() -> None:
    from quotes.context import DocContext
    from quotes.descriptors import is_role_noun
    from quotes.names import clean_name, is_honorific

    # "Reform MS Owain Rees said so.": MS, a Member of the Senedd, tagged inside a body's name.
    seat = frozen(
        """
Reform PROPN NNP compound 1 B-ORG Reform
MS PROPN NNP compound 3 I-ORG MS
Owain PROPN NNP compound 3 I-ORG Owain
Rees PROPN NNPS nsubj 4 I-ORG Rees
said VERB VBD ROOT 4 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O . _
"""
    )
    address = frozen(
        """
Ms PROPN NNP compound 1 B-PERSON Ms
Rees PROPN NNPS nsubj 2 I-PERSON Rees
said VERB VBD ROOT 2 O say
so ADV RB advmod 2 O so _
. PUNCT . punct 2 O . _
"""
    )
    assert is_role_noun(seat[1]) and not is_honorific(seat[1])
    assert is_honorific(address[0]) and not is_role_noun(address[0])
    name = clean_name(DocContext(seat), 1, 4)
    assert name is not None and name.text == "Owain Rees"
    ms = clean_name(DocContext(address), 0, 2)
    assert ms is not None and ms.text == "Rees" and ms.gender == "f"


def test_a_member_of_a_parliament_after_a_party_or_a_place(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The housing bill cleared its first stage in Cardiff. Plaid Cymru MS Sian Griffiths said "
        "the vote was \u201ca betrayal of renters\u201d.\n\n"
        "\u201cWe will keep pushing,\u201d Ms Griffiths said.\n\n"
        "Ceredigion MS Gwen Morgan said the plan was \u201ca blow to the town\u201d."
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "a betrayal"), row_starting(rows, "We will keep")
    assert first.speaker == second.speaker == "Sian Griffiths"
    assert first.role == second.role == "Plaid Cymru MS"
    third = row_starting(rows, "a blow")
    assert (third.speaker, third.role) == ("Gwen Morgan", "Ceredigion MS")


# "Kestrel cut jobs. Kestrel's director, Ann Cole, said so.": the company's second mention
# tagged a person (as the small English model tags some one-word company names).
_KESTREL = """
Kestrel PROPN NNP nsubj 1 O Kestrel
cut VERB VBD ROOT 1 O cut
jobs NOUN NNS dobj 1 O job _
. PUNCT . punct 1 O .
Kestrel PROPN NNP poss 6 B-PERSON Kestrel _
's PART POS case 4 O 's
director NOUN NN nsubj 11 O director _
, PUNCT , punct 6 O ,
Ann PROPN NNP compound 9 B-PERSON Ann
Cole PROPN NNP appos 6 I-PERSON Cole _
, PUNCT , punct 6 O ,
said VERB VBD ROOT 11 O say
so ADV RB advmod 11 O so _
. PUNCT . punct 11 O . _
"""


# "Kestrel's director, Ann Cole, said so.": the owner named nowhere else.
_KESTREL_ONCE = """
Kestrel PROPN NNP poss 2 B-PERSON Kestrel _
's PART POS case 0 O 's
director NOUN NN nsubj 7 O director _
, PUNCT , punct 2 O ,
Ann PROPN NNP compound 5 B-PERSON Ann
Cole PROPN NNP appos 2 I-PERSON Cole _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O . _
"""


def _owner_describer(spec: str, org_names: set[str], people_shown: set[str]):  # type: ignore[no-untyped-def]
    from quotes.context import DocContext
    from quotes.descriptors import Describer

    doc = frozen(spec)
    people = frozenset(w.lower_ for w in doc if w.ent_type_ == "PERSON")
    return Describer(
        DocContext(doc), [True] * len(doc), frozenset(org_names), people, people_shown=frozenset(people_shown)
    )


def test_a_one_word_owner_tagged_a_person_is_a_body_unless_the_article_shows_a_person() -> None:
    company = _owner_describer(_KESTREL, set(), {"ann", "cole"})
    assert [(d.role, d.organization) for d in company.describe(8, 10)] == [("director", "Kestrel")]
    # A surname of someone the article names in full (`Tom Kestrel`) is that person.
    person = _owner_describer(_KESTREL, set(), {"ann", "cole", "kestrel"})
    assert [(d.role, d.organization) for d in person.describe(8, 10)] == [("director", "")]
    # Named once, with a possessive only: too little to call it a body.
    once = _owner_describer(_KESTREL_ONCE, set(), {"ann", "cole"})
    assert [(d.role, d.organization) for d in once.describe(4, 6)] == [("director", "")]


# "Aontú Nua's health spokesman Colm Doyle said so.": a party's name tagged a person.
_PARTY = """
Aontú PROPN NNP compound 1 B-PERSON Aontú
Nua PROPN NNP poss 4 I-PERSON Nua _
's PART POS case 1 I-PERSON 's
health NOUN NN compound 4 O health
spokesman NOUN NN compound 6 O spokesman
Colm PROPN NNP compound 6 B-PERSON Colm
Doyle PROPN NNP nsubj 7 I-PERSON Doyle
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O . _
"""


def test_an_owner_of_two_words_tagged_a_person_is_a_body_the_article_names_as_one() -> None:
    party = _owner_describer(_PARTY, {"aontú nua"}, {"colm", "doyle"})
    assert [(d.role, d.organization) for d in party.describe(5, 7)] == [("health spokesman", "Aontú Nua")]
    # (Named nowhere else, still a body: a spokesperson for a portfolio speaks for a party or a
    # body, never for one person; see tests/test_a_portfolio_spokesperson_of_a_side.py.)
    unnamed = _owner_describer(_PARTY, set(), {"colm", "doyle"})
    assert [(d.role, d.organization) for d in unnamed.describe(5, 7)] == [("health spokesman", "Aontú Nua")]


def test_a_company_the_tagger_calls_a_person_owns_the_role_after_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Snapwire changed its rules again. Snapwire's director of public policy, Karen White, said "
        "the change was \u201coverdue\u201d."
    )
    row = row_starting(extract_rows(text), "overdue")
    assert (row.speaker, row.role, row.organization) == (
        "Karen White",
        "director of public policy",
        "Snapwire",
    )


def test_a_harbour_master_is_a_role_and_the_name_beside_it_the_speaker(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The small model tags neither name here: the role noun is what ties the name to the
    # description.
    text = (
        "Ferry row deepens\n\n"
        "The harbour master, Ana Ruiz, said: \u2018We will keep the ferry running all winter.\u2019"
    )
    row = row_starting(extract_rows(text), "We will keep")
    assert (row.speaker, row.role) == ("Ana Ruiz", "harbour master")


def test_a_body_the_tagger_reads_from_its_second_word_is_named_in_full() -> None:
    from quotes.attribution import mention_at
    from quotes.context import DocContext

    # "Police Scotland said the man was hurt.", with only `Scotland` tagged (a place).
    doc = frozen(
        """
Police PROPN NNP compound 1 O police
Scotland PROPN NNP nsubj 2 B-GPE Scotland
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
man NOUN NN nsubjpass 6 O man
was AUX VBD auxpass 6 O be
hurt VERB VBN ccomp 2 O hurt _
. PUNCT . punct 2 O . _
"""
    )
    mention = mention_at(DocContext(doc), doc[1])
    assert mention is not None and doc.text[mention.start : mention.end] == "Police Scotland"
    assert mention.kind == "organization"


def test_an_office_alone_is_the_one_the_article_names_in_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Premier has rejected the report. \u201cWe will not be lectured by Canberra,\u201d the Premier "
        "said. Premier Mark Dalton later told reporters the state would \u201cgo its own way\u201d."
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "We will not"), row_starting(rows, "go its own")
    assert (first.speaker, first.role, first.organization) == ("Mark Dalton", "Premier", "")
    assert first.speaker_id == second.speaker_id


def test_an_office_alone_with_no_one_named_in_it_is_a_role_and_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Chancellor has confirmed that fuel duty will be frozen. \u201cThis is about helping "
        "families,\u201d the Chancellor said."
    )
    row = row_starting(extract_rows(text), "This is about")
    assert (row.role, row.organization) == ("Chancellor", "")


def test_a_name_ending_in_a_body_s_noun_is_a_body_when_untagged() -> None:
    from quotes.attribution import mention_at
    from quotes.context import DocContext

    # "West Midlands Police said so.", the name tagged as nothing.
    doc = frozen(
        """
West PROPN NNP compound 1 O West
Midlands PROPN NNP compound 2 O Midlands
Police PROPN NNP nsubj 3 O Police
said VERB VBD ROOT 3 O say
so ADV RB advmod 3 O so _
. PUNCT . punct 3 O . _
"""
    )
    mention = mention_at(DocContext(doc), doc[2])
    assert mention is not None and doc.text[mention.start : mention.end] == "West Midlands Police"
    assert mention.kind == "organization"


def test_the_body_before_a_rank_in_short_is_decided_once() -> None:
    from quotes.context import DocContext
    from quotes.descriptors import Describer, body_before_rank, title_before

    # "State Rep. Ann Cole said so.": `State` tagged a body, the place the office is in.
    state = frozen(
        """
State PROPN NNP compound 1 B-ORG State
Rep. PROPN NNP compound 3 O Rep.
Ann PROPN NNP compound 3 B-PERSON Ann
Cole PROPN NNP nsubj 4 I-PERSON Cole
said VERB VBD ROOT 4 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O . _
"""
    )
    # "Harbour RCMP Cpl. Ann Cole said so.": the whole tagged a person.
    force = frozen(
        """
Harbour PROPN NNP compound 4 B-PERSON Harbour
RCMP PROPN NNP compound 4 I-PERSON RCMP
Cpl. PROPN NNP compound 4 I-PERSON Cpl.
Ann PROPN NNP compound 4 B-PERSON Ann
Cole PROPN NNP nsubj 5 I-PERSON Cole
said VERB VBD ROOT 5 O say
so ADV RB advmod 5 O so _
. PUNCT . punct 5 O . _
"""
    )

    def describer(doc, org_names=frozenset()):  # type: ignore[no-untyped-def]
        return Describer(DocContext(doc), [True] * len(doc), org_names, frozenset({"ann", "cole"}))

    assert body_before_rank(describer(state), [state[0]]) == ""
    assert title_before(describer(state), 2) == []
    assert body_before_rank(describer(force), [force[0], force[1]]) == "Harbour RCMP"
    assert title_before(describer(force), 3) == [("", "Harbour RCMP")]
    # One capitalised word alone, neither a short form nor a body's noun, names no body.
    assert body_before_rank(describer(force), [force[0]]) == ""


def test_a_body_s_name_cut_after_and_takes_its_untagged_rest() -> None:
    from quotes.descriptors import joined_entities

    # "The Harbour Safety and Navigation Authority (HSNA) said so.", the tagger stopping at `and`.
    doc = frozen(
        """
The DET DT det 5 B-ORG the
Harbour PROPN NNP compound 2 I-ORG Harbour
Safety PROPN NNP compound 5 I-ORG Safety
and CCONJ CC cc 2 I-ORG and
Navigation PROPN NNP conj 2 O Navigation
Authority PROPN NNP nsubj 9 O Authority
( PUNCT -LRB- punct 5 O ( _
HSNA PROPN NNP appos 5 B-ORG HSNA _
) PUNCT -RRB- punct 5 O )
said VERB VBD ROOT 9 O say
so ADV RB advmod 9 O so _
. PUNCT . punct 9 O . _
"""
    )
    names = [e.text for e in joined_entities(doc, list(doc.ents))]
    assert names[0] == "The Harbour Safety and Navigation Authority"


def test_a_body_s_of_name_cut_before_its_and_is_joined_to_its_tagged_rest() -> None:
    from quotes.descriptors import joined_entities

    # "The Ministry of Roads and Port Works said so.", tagged as two bodies either side of `and`.
    spec = """
The DET DT det 1 B-ORG the
Ministry PROPN NNP nsubj 7 I-ORG Ministry
of ADP IN prep 1 I-ORG of
Roads PROPN NNP pobj 2 I-ORG Roads
and CCONJ CC cc 3 O and
Port PROPN NNP compound 6 B-ORG Port
Works PROPN NNPS conj 3 I-ORG Works
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O . _
"""
    doc = frozen(spec)
    assert [e.text for e in joined_entities(doc, list(doc.ents))] == ["The Ministry of Roads and Port Works"]
    # A second body with a short form of its own stays apart.
    doc = frozen(spec.replace("Port PROPN NNP compound 6 B-ORG Port", "PWD PROPN NNP compound 6 B-ORG PWD"))
    assert [e.text for e in joined_entities(doc, list(doc.ents))] == ["The Ministry of Roads", "PWD Works"]


def test_a_short_form_and_the_body_s_noun_are_the_body_spelled_out(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fuel prices\n\nPrices rose sharply, the Australian Competition and Consumer Commission "
        "(ACCC) found in its report.\n\n\u201cRetailers must explain this,\u201d the ACCC said in a "
        "statement.\n\nThe commission said: \u201cWe are watching.\u201d\n"
    )
    rows = extract_rows(text)
    full = "Australian Competition and Consumer Commission"
    assert row_starting(rows, "Retailers").speaker == row_starting(rows, "We are").speaker == full


def test_a_short_form_tagged_a_person_before_a_title_is_the_body_spelled_out(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The small model tags `ACCC` (with the name after it) as a person here.
    text = (
        "Port safety\n\nThe Australian Competition and Consumer Commission (ACCC) has opened an "
        'inquiry into port fees. ACCC chair Mere Tane said: "Shippers deserve answers."\n'
    )
    row = row_starting(extract_rows(text), "Shippers")
    assert (row.role, row.organization) == ("chair", "Australian Competition and Consumer Commission")


def test_a_speaker_named_by_the_untagged_end_of_a_cut_body_is_the_whole_body() -> None:
    from quotes.attribution import mention_at
    from quotes.context import DocContext

    # "The Harbour Safety and Navigation Authority said so.", tagged only up to `and`.
    doc = frozen(
        """
The DET DT det 5 B-ORG the
Harbour PROPN NNP compound 2 I-ORG Harbour
Safety PROPN NNP compound 5 I-ORG Safety
and CCONJ CC cc 2 I-ORG and
Navigation PROPN NNP compound 5 O Navigation
Authority PROPN NNP nsubj 6 O Authority
said VERB VBD ROOT 6 O say
so ADV RB advmod 6 O so _
. PUNCT . punct 6 O . _
"""
    )
    mention = mention_at(DocContext(doc), doc[5])
    assert mention is not None and mention.kind == "organization"
    assert doc.text[mention.start : mention.end] == "The Harbour Safety and Navigation Authority"


def test_a_body_before_a_job_the_tagger_calls_a_person_is_the_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Reserve Bank is expected to hold rates on Tuesday.\n\n"
        "Tallow Bay chief economist Priya Raman said the board had \u201crun out of reasons to cut\u201d.\n\n"
        "The call leaves Tallow Bay at odds with the other big lenders, and Tallow Bay clients "
        "have been told to expect no change."
    )
    row = row_starting(extract_rows(text), "run out of")
    assert (row.speaker, row.role, row.organization) == ("Priya Raman", "chief economist", "Tallow Bay")


def test_a_body_named_once_before_a_job_stays_in_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Tallow Bay chief economist Priya Raman said the board had \u201crun out of reasons to cut\u201d."
    row = row_starting(extract_rows(text), "run out of")
    assert (row.role, row.organization) == ("Tallow Bay chief economist", "")


def test_a_body_s_noun_tagged_alone_takes_the_plural_possessive_before_it() -> None:
    from quotes.descriptors import joined_entities

    # "The Miners' Party won two seats.", the tagger tagging `Party` alone.
    doc = frozen(
        """
The DET DT det 1 O the
Miners PROPN NNPS poss 3 O Miners _
' PART POS case 1 O '
Party PROPN NNP nsubj 4 B-ORG Party
won VERB VBD ROOT 4 O win
two NUM CD nummod 6 B-CARDINAL two
seats NOUN NNS dobj 4 O seat _
. PUNCT . punct 4 O . _
"""
    )
    assert [e.text for e in joined_entities(doc, list(doc.ents))] == ["Miners' Party", "two"]


def test_the_chief_of_a_party_named_with_a_plural_possessive_has_its_whole_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Workers' Party said the vouchers were too small. Its chief, Nadia Farouk, "
        "said: \u201cA one-off payment is not a farm policy.\u201d"
    )
    row = row_starting(extract_rows(text), "A one-off payment")
    assert (row.speaker, row.role, row.organization) == ("Nadia Farouk", "chief", "Workers' Party")


def test_a_short_form_spells_each_part_of_a_hyphenated_word_of_the_name() -> None:
    from quotes.extractor import Extractor
    from quotes.names import abbreviates, acronym

    assert acronym(["Anti", "-", "Corruption", "Commission"]) == "ACC"
    assert abbreviates("EACC", "Ethics and Anti-Corruption Commission")
    assert acronym(["Co-operative", "Bank"]) == "CB"
    # The tagger leaves `Ethics and` out of the body: the short form in brackets, whose letters
    # spell the hyphen's parts apart, gives the name back its first words.
    doc = frozen(
        """
The DET DT det 1 O the
Ethics PROPN NNP nsubj 10 O Ethics
and CCONJ CC cc 1 O and
Anti PROPN NNP compound 6 B-ORG Anti _
- PROPN NNP compound 6 I-ORG - _
Corruption PROPN NNP compound 6 I-ORG Corruption
Commission PROPN NNP conj 1 I-ORG Commission
( PUNCT -LRB- punct 6 O ( _
EACC PROPN NNP appos 6 B-ORG EACC _
) PUNCT -RRB- punct 6 O )
said VERB VBD ROOT 10 O say
it PRON PRP nsubj 13 O it
had AUX VBD aux 13 O have
traced VERB VBN ccomp 10 O trace
the DET DT det 15 O the
money NOUN NN dobj 13 O money
to ADP IN prep 13 O to
three NUM CD nummod 18 B-CARDINAL three
firms NOUN NNS pobj 16 O firm _
. PUNCT . punct 10 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 23 O we
will AUX MD aux 23 O will
pursue VERB VB ccomp 30 O pursue
every DET DT det 25 O every
shilling NOUN NN dobj 23 O shilling _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
the DET DT det 29 O the
commission NOUN NN nsubj 30 O commission
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""
    )
    row = row_starting(Extractor().rows(doc), "We will")
    assert row.speaker == "Ethics and Anti-Corruption Commission"


def test_a_field_before_a_country_tagged_a_place_is_the_national_body_it_names() -> None:
    from quotes.extractor import Extractor

    # The tagger takes `New Zealand` for a place and leaves `Health` out: the body named for
    # its field and country is the subject a spokeswoman in the next sentence speaks for.
    doc = frozen(
        """
Health PROPN NNP compound 2 O Health
New PROPN NNP compound 2 B-GPE New
Zealand PROPN NNP nsubj 3 I-GPE Zealand
said VERB VBD ROOT 3 O say
it PRON PRP nsubj 6 O it
was AUX VBD aux 6 O be
recruiting VERB VBG ccomp 3 O recruit
40 NUM CD nummod 9 B-CARDINAL 40
extra ADJ JJ amod 9 O extra
surgeons NOUN NNS dobj 6 O surgeon _
. PUNCT . punct 3 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 13 O we
know VERB VBP ccomp 23 O know
people NOUN NNS nsubj 16 O people
are AUX VBP aux 16 O be
waiting VERB VBG ccomp 13 O wait
too ADV RB advmod 18 O too
long ADJ JJ advmod 16 O long _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
a DET DT det 22 O a
spokeswoman NOUN NN nsubj 23 O spokeswoman
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
    )
    row = row_starting(Extractor().rows(doc), "We know")
    assert (row.role, row.organization) == ("spokeswoman", "Health New Zealand")


def test_unnamed_speakers_worded_alike_for_two_bodies_are_two_people() -> None:
    from quotes.extractor import Extractor

    doc = frozen(
        """
The DET DT det 1 O the
Treasury PROPN NNP nsubj 2 B-ORG Treasury
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
cut NOUN NN nsubj 6 O cut
would AUX MD aux 6 O would
cost VERB VB ccomp 2 O cost
£ SYM $ nmod 8 O £ _
2bn NOUN NN dobj 6 B-MONEY 2bn _
. PUNCT . punct 2 O .
" PUNCT `` punct 18 O " _
It PRON PRP nsubj 12 O it
is AUX VBZ ccomp 18 O be
affordable ADJ JJ acomp 12 O affordable _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
a DET DT det 17 O a
spokeswoman NOUN NN nsubj 18 O spokeswoman
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
Kestrel PROPN NNP compound 22 B-ORG Kestrel
Council PROPN NNP nsubj 23 I-ORG Council
said VERB VBD ccomp 39 O say
it PRON PRP nsubj 26 O it
would AUX MD aux 26 O would
borrow VERB VB ccomp 23 O borrow
£ SYM $ nmod 28 O £ _
5 NUM CD nummod 29 B-MONEY 5 _
m. NOUN NN dobj 26 O m.
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 32 O we
have VERB VBP ccomp 39 O have
no DET DT det 34 O no
choice NOUN NN dobj 32 O choice _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
a DET DT det 38 O a
spokeswoman NOUN NN nsubj 39 O spokeswoman
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""
    )
    rows = Extractor().rows(doc)
    treasury, council = row_starting(rows, "It is"), row_starting(rows, "We have")
    assert (treasury.organization, council.organization) == ("Treasury", "Kestrel Council")
    assert treasury.speaker_id != council.speaker_id


def test_a_name_taken_for_a_person_whose_verb_has_its_own_object_is_a_body() -> None:
    from quotes.extractor import Extractor

    # `Fonterra` is tagged a person; `cut its forecast` makes it a body, whose chief executive
    # in the next sentence is.
    doc = frozen(
        """
Fonterra PROPN NNP nsubj 1 B-PERSON Fonterra
cut VERB VBD ROOT 1 O cut
its PRON PRP$ poss 5 O its
forecast NOUN NN compound 5 O forecast
milk NOUN NN compound 5 O milk
price NOUN NN dobj 1 O price
on ADP IN prep 1 O on
Wednesday PROPN NNP pobj 6 B-DATE Wednesday _
. PUNCT . punct 1 O .
Chief ADJ JJ amod 10 O chief
executive NOUN NN compound 12 O executive
Miles PROPN NNP compound 12 B-PERSON Miles
Hurrell PROPN NNP nsubj 13 I-PERSON Hurrell
said VERB VBD ROOT 13 O say
demand NOUN NN nsubj 17 O demand
had AUX VBD aux 17 O have
" PUNCT `` punct 17 O " _
softened VERB VBN ccomp 13 O soften
considerably ADV RB advmod 17 O considerably _
" PUNCT '' punct 17 O " _
. PUNCT . punct 13 O . _
"""
    )
    row = row_starting(Extractor().rows(doc), "softened")
    assert (row.speaker, row.role, row.organization) == ("Miles Hurrell", "Chief executive", "Fonterra")


def test_two_offices_a_possessive_owns_are_one_post() -> None:
    from quotes.extractor import Extractor

    doc = frozen(
        """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 6 O be
ready ADJ JJ acomp 2 O ready _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Tom PROPN NNP compound 8 B-PERSON Tom
Hale PROPN NNP nsubj 6 I-PERSON Hale _
, PUNCT , punct 8 O ,
the DET DT det 11 O the
firm NOUN NN poss 13 O firm _
's PART POS case 11 O 's
chairman NOUN NN appos 8 O chairman
and CCONJ CC cc 13 O and
chief ADJ JJ amod 16 O chief
executive NOUN NN conj 13 O executive _
. PUNCT . punct 6 O . _
"""
    )
    row = row_starting(Extractor().rows(doc), "We are")
    assert row.role == "chairman and chief executive"


def test_a_job_the_tagger_made_a_verb_after_the_quote_is_the_role() -> None:
    from quotes.extractor import Extractor

    doc = frozen(
        """
" PUNCT `` punct 15 O " _
By ADP IN prep 5 O by
8 NUM CD pobj 1 B-TIME 8 _
am ADV RB pcomp 1 I-TIME am
we PRON PRP nsubj 5 O we
had VERB VBD ccomp 15 O have
four NUM CD nummod 7 B-CARDINAL four
people NOUN NNS dobj 5 O people
on ADP IN prep 5 O on
their PRON PRP$ poss 10 O their
way NOUN NN pobj 8 O way
to ADP IN prep 10 O to
hospital NOUN NN pobj 11 O hospital _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
harbourmaster VERB VBP ROOT 15 O harbourmaster
Colin PROPN NNP compound 17 B-PERSON Colin
Reed PROPN NNP nsubj 18 I-PERSON Reed
told VERB VBD ccomp 15 O tell
the DET DT det 20 O the
court NOUN NN dobj 18 O court _
. PUNCT . punct 18 O . _
"""
    )
    row = row_starting(Extractor().rows(doc), "By 8am")
    assert (row.speaker, row.role) == ("Colin Reed", "harbourmaster")


def test_a_former_member_of_a_side_is_named_without_the_side() -> None:
    from quotes.extractor import Extractor

    # `Socceroo`, tagged the first word of the name, is the side (`the Socceroos`) he played for.
    doc = frozen(
        """
The DET DT det 1 O the
Socceroos PROPN NNPS nsubj 2 B-PERSON Socceroos
lost VERB VBD ROOT 2 O lose
2 NUM CD npadvmod 2 B-CARDINAL 2 _
- SYM SYM punct 5 O - _
0 NUM CD prep 3 O 0
to ADP IN prep 2 O to
Japan PROPN NNP pobj 6 B-GPE Japan
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 26 O " _
It PRON PRP nsubj 14 O it
was AUX VBD ccomp 26 O be
the DET DT det 16 O the
worst ADJ JJS attr 14 O bad
I PRON PRP nsubj 19 O I
have AUX VBP aux 19 O have
seen VERB VBN relcl 16 O see _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
former ADJ JJ amod 25 O former
Socceroo PROPN NNP compound 25 B-PERSON Socceroo
Robbie PROPN NNP compound 25 I-PERSON Robbie
Slater PROPN NNP nsubj 26 I-PERSON Slater
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""
    )
    row = row_starting(Extractor().rows(doc), "It was")
    assert row.speaker == "Robbie Slater"


def test_a_hyphenated_office_split_into_conjuncts_is_one_office() -> None:
    from quotes.extractor import Extractor

    # (`co-leader`, split at its hyphen with each part parsed a conjunct of `mayor`: one office,
    # joined to the first, not `leader of the council`.)
    doc = frozen(
        """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 14 O Ruiz _
, PUNCT , punct 1 O ,
the DET DT det 5 O the
deputy ADJ JJ amod 5 O deputy
mayor NOUN NN appos 1 O mayor
and CCONJ CC cc 5 O and
co NOUN NN conj 5 O co _
- NOUN NN conj 5 O - _
leader NOUN NN conj 5 O leader
of ADP IN prep 9 O of
the DET DT det 12 O the
council NOUN NN pobj 10 O council _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
“ PUNCT `` punct 14 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
not PART RB neg 20 O not
close VERB VB ccomp 14 O close
a DET DT det 22 O a
library NOUN NN dobj 20 O library _
. PUNCT . punct 14 O . _
” PUNCT '' punct 14 O " _
"""
    )
    row = row_starting(Extractor().rows(doc), "We will")
    assert row.role == "deputy mayor and co-leader of the council"


def test_offices_at_a_body_before_and_one_after_are_two_posts() -> None:
    from quotes.extractor import Extractor

    # (`the party's deputy leader and chair of the housing committee`: the party owns the
    # first office, the committee the second; no one post `deputy leader and chair of …`.)
    doc = frozen(
        """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 15 O Ruiz _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
party NOUN NN poss 7 O party _
's PART POS case 4 O 's
deputy NOUN NN compound 7 O deputy
leader NOUN NN appos 1 O leader
and CCONJ CC cc 7 O and
chair NOUN NN conj 7 O chair
of ADP IN prep 7 O of
the DET DT det 13 B-ORG the
housing NOUN NN compound 13 I-ORG housing
committee NOUN NN pobj 10 I-ORG committee _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
“ PUNCT `` punct 15 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
not PART RB neg 21 O not
close VERB VB ccomp 15 O close
a DET DT det 23 O a
library NOUN NN dobj 21 O library _
. PUNCT . punct 15 O . _
” PUNCT '' punct 15 O " _
"""
    )
    row = row_starting(Extractor().rows(doc), "We will")
    assert row.role == "chair of the housing committee"


# One weaver, Anna Kowalski, said: “Fifty years I worked here.”
_ONE_WEAVER = """
One NUM CD nummod 1 B-CARDINAL one
weaver NOUN NN nsubj 6 O weaver _
, PUNCT , punct 1 O ,
Anna PROPN NNP compound 4 B-PERSON Anna
Kowalski PROPN NNP appos 1 I-PERSON Kowalski _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
“ PUNCT `` punct 6 O " _
Fifty NUM CD nummod 10 B-DATE fifty
years NOUN NNS npadvmod 12 I-DATE year
I PRON PRP nsubj 12 O I
worked VERB VBD ccomp 6 O work
here ADV RB advmod 12 O here _
. PUNCT . punct 6 O . _
” PUNCT '' punct 6 O " _
"""


def test_one_counting_the_noun_of_an_apposition_before_a_name_is_its_article() -> None:
    from quotes.extractor import Extractor

    row = row_starting(Extractor().rows(frozen(_ONE_WEAVER)), "Fifty years")
    assert (row.speaker, row.role) == ("Anna Kowalski", "weaver")
