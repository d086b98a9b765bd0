"""More ways news outside the United States gives a speaker's job and body (issue 10, round
two), each from a sentence written for this file:

- a portfolio minister's name tagged one body with the portfolio (`Minister for National
  Development` + name), split at the word the article calls the person by (`Mr Chee`);
- `critic` a job only after its field (`NDP health critic`), not in `a critic of the scheme`;
- modifiers joined by `and` before a job (`acute and community care director`), but two jobs
  kept apart (`billionaire and climate activist`);
- a comma inside a body's tagged name does not end the role (`Department for Environment,
  Food and Rural Affairs`);
- a name set between commas after `The chairman of the traders' association` is the
  chairman, not a body, and no one else takes the role;
- given names of Nigerian news, and `Alhaji` a form of address;
- a given name alone tagged a body beside `daughter` or `a nurse` is a person;
- `Commissioner for Trade` keeps its portfolio, no body; `the company` is no chamber of
  commerce.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_name_tagged_with_the_portfolio_before_it_is_split_off(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Housing prices\n\n"
        "Minister for National Development Chee Hong Tat said the new flats would be ready by "
        "2028. \u201cWe will keep prices within reach of young couples,\u201d Mr Chee said.\n"
    )
    row = row_starting(extract_rows(text), "We will keep")
    assert (row.speaker, row.role) == ("Chee Hong Tat", "Minister for National Development")


def test_a_critic_is_a_job_only_after_its_field(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hospitals\n\n"
        "\u201cEmergency rooms are closing every weekend,\u201d NDP health critic Mark Ellison said.\n\n"
        "\u201cNobody asked the growers,\u201d said Amy Stone, a critic of the scheme.\n"
    )
    rows = extract_rows(text)
    ellison = row_starting(rows, "Emergency rooms")
    assert (ellison.speaker, ellison.role, ellison.organization) == ("Mark Ellison", "health critic", "NDP")
    assert row_starting(rows, "Nobody asked").role == ""


def test_modifiers_joined_by_and_stay_in_the_job(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wards\n\n"
        "\u201cPatients are waiting on trolleys for days,\u201d acute and community care "
        "director Helen Moss said.\n\n"
        "Billionaire and climate activist Tom Steyer said the ads would run in six states. "
        "\u201cVoters deserve the truth,\u201d Steyer said.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "Patients").role == "acute and community care director"
    # (Two nouns of people are two descriptions, not modifiers of one.)
    assert row_starting(rows, "Voters").role == "climate activist"


def test_a_comma_inside_a_tagged_body_does_not_end_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Growers\n\n"
        "\u201cThe rules are unclear to growers,\u201d said Tom Reed, director at the Department "
        "for Environment, Food and Rural Affairs, on Tuesday.\n"
    )
    row = row_starting(extract_rows(text), "The rules")
    assert row.role == "director at the Department for Environment, Food and Rural Affairs"
    assert row.organization == "Department for Environment, Food and Rural Affairs"


def test_the_name_closing_a_description_is_its_holder(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Traders vow court fight\n\n"
        "\u201cThey gave us three days to pack,\u201d said Mrs Funmilayo Adebayo, who sells "
        "fabric at the market.\n\n"
        "The chairman of the market traders' association, Alhaji Musa Bello, said the "
        "traders would go to court. \u201cWe have receipts for every shop,\u201d he said.\n"
    )
    rows = extract_rows(text)
    bello = row_starting(rows, "We have receipts")
    assert (bello.speaker, bello.role) == ("Musa Bello", "chairman of the market traders' association")
    assert row_starting(rows, "They gave us").role == ""


def test_an_unknown_given_name_of_nigerian_news_is_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Traders vow court fight\n\n"
        "Musa Bello said the traders would go to court. \u201cWe have receipts for every "
        "shop,\u201d he said.\n"
    )
    assert row_starting(extract_rows(text), "We have receipts").speaker == "Musa Bello"


def test_a_given_name_tagged_a_body_beside_a_person_noun_is_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The last ferry\n\n"
        "Their daughter, Kirsty, a nurse in Inverness, worries about her parents. \u201cMum and "
        "Dad have never lived anywhere else,\u201d Kirsty said.\n"
    )
    row = row_starting(extract_rows(text), "Mum and")
    assert (row.speaker, row.role, row.organization) == ("Kirsty", "nurse", "")


def test_a_name_set_beside_a_kin_noun_is_a_person_and_takes_her_pronoun(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """A given name the list lacks, tagged a body, set beside `daughter`: hers is the `she` of
    the quote after, not the officer named before."""
    text = (
        "Detective Constable Amy Firth said after the hearing: \u201cWe hope this brings some "
        "closure.\u201d\n\n"
        "Mr Iqbal's daughter, Samina, said the family were relieved. \u201cDad is a gentle man. He "
        "did nothing to deserve this,\u201d she said.\n"
    )
    assert row_starting(extract_rows(text), "Dad is a gentle").speaker == "Samina"


def test_a_commissioner_for_a_portfolio_has_no_body_in_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade talks\n\n"
        "EU Commissioner for Trade Maria Keller said talks would resume. \u201cWe are close,\u201d "
        "Keller said.\n\n"
        "The Lagos State Commissioner for Physical Planning, Dr Olumide Adeyemi, defended the "
        "plan. \u201cThe structures were built on a drainage channel,\u201d Adeyemi said.\n"
    )
    rows = extract_rows(text)
    keller = row_starting(rows, "We are close")
    assert (keller.role, keller.organization) == ("Commissioner for Trade", "EU")
    assert row_starting(rows, "The structures").organization == ""


def test_a_chamber_of_commerce_is_no_company(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bus lanes\n\n"
        "The council approved new bus lanes, despite objections from the Chamber of Commerce.\n\n"
        "The Chamber of Commerce said shops would lose passing trade.\n\n"
        "\u201cWe will keep disruption to a minimum,\u201d the company said in a statement.\n"
    )
    assert row_starting(extract_rows(text), "We will keep").organization == ""


def test_a_pronoun_in_what_a_woman_said_leaves_her_gender(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Man jailed\n\n"
        "Judge Sarah Whitfield said he had preyed on the vulnerable. \u201cYou chose your "
        "victims because they were old,\u201d she said.\n"
    )
    assert row_starting(extract_rows(text), "You chose").speaker == "Sarah Whitfield"


def test_a_captain_is_the_player_a_position_describes_next(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Town win\n\n"
        "Town beat Rovers 2-1 on Saturday.\n\n"
        "Rovers captain Adam Reynolds was left to rue two missed kicks. \u201cThat one is on "
        "me,\u201d the halfback said.\n"
    )
    row = row_starting(extract_rows(text), "That one")
    assert (row.speaker, row.role) == ("Adam Reynolds", "captain")


def test_a_peoples_adjective_cut_from_a_bodys_name_opens_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Depots\n\n"
        "\u201cWe have the network to reach the last village,\u201d Indian Farmers Fertiliser "
        "Cooperative managing director Suresh Nair said.\n"
    )
    row = row_starting(extract_rows(text), "We have the network")
    assert (row.role, row.organization) == ("managing director", "Indian Farmers Fertiliser Cooperative")


def test_a_business_opening_with_a_given_name_owns_the_job_after_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Recall\n\n"
        'Maple Foods is recalling deli meat. "Food safety is our top priority," Maple Foods '
        "president Daniel Brault said in a statement.\n"
    )
    row = row_starting(extract_rows(text), "Food safety")
    assert (row.role, row.organization) == ("president", "Maple Foods")


def test_names_of_malaysian_news_are_whole(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods\n\n"
        "A flood victim, Siti Aminah Hassan, 52, said her house was under water. \u201cWe lost "
        "everything,\u201d she said.\n\n"
        "\u201cStay alert,\u201d its director-general, Mohd Hisham Mohd Anip, said in a statement.\n\n"
        "Datuk Mohd Nassuruddin Daud said aid would come. \u201cNobody will be left out,\u201d he said.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We lost").speaker == "Siti Aminah Hassan"
    assert row_starting(rows, "Stay alert").speaker == "Mohd Hisham Mohd Anip"
    assert row_starting(rows, "Nobody will").speaker == "Mohd Nassuruddin Daud"


def test_a_body_tagged_a_person_before_a_job_and_its_holder_is_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Power stations\n\n"
        "Unions say workers are tired.\n\n"
        "Cosatu spokesperson Matthew Parks said workers were exhausted. "
        "\u201cThey cannot keep doing double shifts,\u201d Parks said.\n"
    )
    row = row_starting(extract_rows(text), "They cannot")
    assert (row.role, row.organization) == ("spokesperson", "Cosatu")


def test_a_word_opening_the_sentence_that_ends_a_sides_name_owns_the_job(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Storm hold on\n\n"
        "Melbourne Storm held on for a 22-20 win over the Broncos on Friday night.\n\n"
        "Storm coach Craig Bellamy praised his forwards. \u201cThey were outstanding for eighty "
        "minutes,\u201d Bellamy said.\n"
    )
    row = row_starting(extract_rows(text), "They were")
    assert (row.role, row.organization) == ("coach", "Storm")
