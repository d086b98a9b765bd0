"""Ways news outside the United States gives a speaker's job and body, each from a sentence
written for this file:

- a body's name the tagger takes for a title before a possessive (`Thornbury Water's head of
  customer services`), or for a person elsewhere in the story (`Eskom's group executive`);
- a noun owning a role that can itself name a job (`The regulator's director of enforcement`);
- a minister of state and their portfolio (`Minister of State for Employment Affairs`);
- `the company` read as the business the story calls by its trade (`German chipmaker Halvorsen
  Semiconductors`) rather than a commentator's employer;
- a name after a body's noun (`the housing charity Shelter`), a union's numbered local (`Local
  1014 of the United Steelworkers of America`), a unit led at a body (`who leads the operations
  team at the Ghana Ports Authority`), a long body's name a spokesman speaks for;
- a name after a title that the tagger calls a body (`RBI Governor Shaktikanta Das`), a party in
  brackets before the role (`(Liberal Democrats), chair of …`), and a town a mayor governs.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_body_before_a_possessive_tagged_as_a_title_is_the_employer(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bills will rise by a fifth from April.\n\n"
        "Thornbury Water's head of customer services, Gareth Pryce, said the fund would grow. "
        "\u201cNo family should go without water,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "No family")
    assert (row.speaker, row.role, row.organization) == (
        "Gareth Pryce",
        "head of customer services",
        "Thornbury Water",
    )


def test_a_body_tagged_a_person_elsewhere_still_owns_its_executive(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Power utility Eskom has warned that blackouts could return.\n\n"
        "\u201cThe grid remains fragile,\u201d Eskom's group executive for generation, Thabo "
        "Mokoena, told a briefing on Tuesday.\n\n"
        "Eskom said in a statement: \u201cWe apologise for the inconvenience.\u201d\n"
    )
    row = row_starting(extract_rows(text), "The grid")
    assert (row.speaker, row.organization) == ("Thabo Mokoena", "Eskom")


def test_a_noun_owning_a_role_is_no_part_of_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rail operator was fined on Monday.\n\n"
        "The regulator's director of enforcement, Anita Sharma, said riders were let down. "
        "\u201cThis fine reflects the scale of the harm,\u201d she said.\n"
    )
    row = row_starting(extract_rows(text), "This fine")
    assert row.role == "director of enforcement"


def test_a_minister_of_state_keeps_the_portfolio_in_the_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The airline cut jobs. Minister of State for Employment Affairs Emer Higgins said "
        "officials would meet the company. \u201cThe State will support every worker,\u201d "
        "Ms Higgins said.\n"
    )
    row = row_starting(extract_rows(text), "The State will")
    assert (row.speaker, row.role, row.organization) == (
        "Emer Higgins",
        "Minister of State for Employment Affairs",
        "",
    )


def test_the_company_is_the_business_the_story_calls_by_its_trade(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FRANKFURT - German chipmaker Halvorsen Semiconductors cut its profit forecast.\n\n"
        "\u201cInvestors had priced in a recovery,\u201d said Markus Lang, a portfolio manager "
        "at Deka Investment.\n\n"
        "The company's works council chairman, Stefan Brandt, said jobs must be kept. "
        "\u201cWe will not accept closures,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "We will not accept")
    assert (row.speaker, row.organization) == ("Stefan Brandt", "Halvorsen Semiconductors")


def test_a_name_after_a_body_noun_is_the_body_a_role_is_of(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Polly Neate, chief executive of the housing charity Shelter, said councils needed "
        "help. \u201cWe cannot fix this alone,\u201d Ms Neate said.\n"
    )
    row = row_starting(extract_rows(text), "We cannot fix")
    assert row.organization == "Shelter"


def test_a_union_local_keeps_its_number(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Workers returned to the plant today.\n\n"
        "''We won what we came for,'' said Walter Kozlowski, president of Local 1014 of the "
        "United Steelworkers of America.\n"
    )
    row = row_starting(extract_rows(text), "We won")
    assert row.organization == "Local 1014 of the United Steelworkers of America"


def test_a_unit_led_at_a_body_is_that_bodys(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The port reopened on Monday. \u201cShips are moving again,\u201d said Ama Mensah, who "
        "leads the operations team at the Ghana Ports Authority.\n"
    )
    row = row_starting(extract_rows(text), "Ships are")
    assert row.organization == "Ghana Ports Authority"


def test_a_name_after_a_title_tagged_a_body_is_a_persons(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Reserve Bank of India kept rates on hold. RBI Governor Shaktikanta Das said "
        "inflation was easing. \u201cWe remain watchful,\u201d Das said.\n"
    )
    row = row_starting(extract_rows(text), "We remain")
    assert (row.speaker, row.role, row.organization) == (
        "Shaktikanta Das",
        "Governor",
        "Reserve Bank of India",
    )


def test_a_party_in_brackets_after_a_name_comes_before_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials met on Monday. \u201cWe need a deal,\u201d said Dr Amara Singh (Liberal "
        "Democrats), chair of the health committee.\n"
    )
    row = row_starting(extract_rows(text), "We need")
    assert row.role == "chair of the health committee"


def test_a_spokesman_for_a_body_with_a_long_name_speaks_for_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The deal was signed on Friday. A spokesman for the Department of Foreign Affairs and "
        "Trade said: \u201cThis is a good outcome.\u201d\n"
    )
    row = row_starting(extract_rows(text), "This is a good")
    assert row.organization == "Department of Foreign Affairs and Trade"


def test_the_town_a_mayor_governs_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mine will close. \u201cIt's devastating,\u201d said Mike Rowe, mayor of the nearby "
        "town of Collie.\n"
    )
    row = row_starting(extract_rows(text), "It's devastating")
    assert row.organization == ""
