"""Speaker resolution and split-quote utterances: each test is a news-like text showing one rule."""

from __future__ import annotations

from quotes.spans import find_quote_spans
from tests.rows import row_starting


def _utterances(text: str) -> list[int]:
    return [s.utterance for s in find_quote_spans(text)]


# --- a quote split by its attribution is one utterance --------------------------------------


def test_quote_split_by_a_short_attribution_is_one_utterance() -> None:
    text = "“The dam will hold,” the engineer said. “We checked it twice.”\n\n“Next.”"
    assert _utterances(text) == [0, 0, 1]


def test_split_around_an_inverted_attribution_with_an_apposition() -> None:
    text = (
        "“Rents have doubled,” said Maria Lopez, chair of the Eastside Tenants' Union, who "
        "has lived there since 1990. “People are leaving.”"
    )
    assert _utterances(text) == [0, 0]


def test_split_with_single_marks_and_a_participle_after_the_cue() -> None:
    text = "‘We lost our heads,’ he said, shaking his head. ‘It won’t happen again.’"
    assert _utterances(text) == [0, 0]


def test_split_with_an_abbreviated_title_in_the_attribution() -> None:
    text = "“Prices will fall,” said Dr. Ellen R. Marsh. “But not this year.”"
    assert _utterances(text) == [0, 0]


def test_quote_ending_its_sentence_is_not_joined_to_the_next() -> None:
    # The first quote ends with a full stop: the next is a new statement.
    text = "“The dam will hold.” The engineer said so twice. “We checked it.”"
    assert _utterances(text) == [0, 1]


def test_quotes_in_different_paragraphs_are_not_joined() -> None:
    text = "“The dam will hold,” the engineer said.\n\n“We checked it twice.”"
    assert _utterances(text) == [0, 1]


def test_dialogue_turns_with_their_own_attribution_stay_apart() -> None:
    text = "“Are you ready,” the captain asked. “Ready,” the pilot replied."
    assert _utterances(text) == [0, 1]


def test_long_narrative_between_quotes_is_not_an_attribution() -> None:
    text = "“We will appeal,” she said. Then the court heard from four more witnesses. “Nothing changes.”"
    assert _utterances(text) == [0, 1]


def test_second_piece_of_a_split_quote_shares_speaker_and_cue(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Becker, the mayor of Linden, spoke after the vote. “We built this town together,” "
        "he said. “We will rebuild it together.”"
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "We built"), row_starting(rows, "We will rebuild")
    assert first.utterance == second.utterance
    assert (second.speaker, second.cue) == (first.speaker, first.cue) == ("Tom Becker", "said")


# --- names, honorifics, pronouns, cues ----------------------------------------------------


def test_honorific_is_not_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defending, Rhys Morgan said his client was sorry.\n\n"
        "“He knows there is nothing he can say to make this right,” Mr Morgan told the court."
    )
    row = row_starting(extract_rows(text), "He knows there")
    assert row.speaker == "Rhys Morgan"
    assert row.role == ""


def test_pronoun_prefers_the_person_named_in_its_paragraph(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge Helen Marsh said the sentence had to deter others.\n\n"
        "Outside court, Anita Desai, chief executive of the Little Lanterns Trust, said the "
        "charity had lost its reserves. “We had to let six nurses go,” she said."
    )
    row = row_starting(extract_rows(text), "We had to let")
    assert row.speaker == "Anita Desai"


def test_participle_after_said_is_not_the_cue(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lewis Carter has played for the club since 1994.\n\n"
        "‘People have been asking me that for years,’ he said, laughing. ‘I’ll know when it’s "
        "time. It isn’t yet.’"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "I’ll know").cue == "said"
    assert row_starting(rows, "I’ll know").speaker == "Lewis Carter"


def test_quote_after_a_paraphrase_belongs_to_the_subject_of_said(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Omar Nasser, a consultant at St Brendan’s Hospital, said his ward had admitted 23 "
        "children since August. “Two of them were in intensive care. Both are home now.”"
    )
    row = row_starting(extract_rows(text), "Two of them")
    assert row.speaker == "Omar Nasser"
    assert row.cue == "said"


def test_quote_before_a_sentence_whose_subject_reports(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trains were cancelled across the region.\n\n"
        "“I waited an hour and a half in the rain with a three-year-old.” Ana Pereira, a nurse, "
        "said she had been late for her shift."
    )
    row = row_starting(extract_rows(text), "I waited")
    assert row.speaker == "Ana Pereira"


# --- honorifics are forms of address, never roles ----------------------------------------------


def test_honorific_before_a_name_is_not_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mr Oliver Grant, who owns the bakery on Station Road, opened early. “We never closed "
        "once,” Mr Grant told reporters."
    )
    row = row_starting(extract_rows(text), "We never closed")
    assert row.speaker == "Oliver Grant"
    assert row.role == ""


def test_office_title_before_a_name_stays_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“The case is closed,” said Judge Maria Collins."
    row = row_starting(extract_rows(text), "The case is closed")
    assert row.speaker == "Maria Collins"
    assert row.role.lower() == "judge"


def test_honorific_gives_way_to_the_apposition(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Priya Raman, director of research at the National Heart Institute, said the trial "
        "would start in May. “We are ready,” Dr Raman said."
    )
    row = row_starting(extract_rows(text), "We are ready")
    assert (row.speaker, row.role) == ("Priya Raman", "director of research at the National Heart Institute")
    assert row.organization == "National Heart Institute"


# --- roles and organisations from appositions -------------------------------------------------


def test_apposition_after_an_inverted_said_with_a_noun_in_no_list(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The river has never been this low,” said Tomas Berg, a soil chemist at the University "
        "of Uppsala, who has studied it for years."
    )
    row = row_starting(extract_rows(text), "The river")
    assert row.speaker == "Tomas Berg"
    assert row.role == "soil chemist at the University of Uppsala"
    assert row.organization == "University of Uppsala"


def test_apposition_after_according_to(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The fire started in the kitchen. “It spread in minutes,” according to Dan Howell, a "
        "station officer with Kent Fire and Rescue Service."
    )
    row = row_starting(extract_rows(text), "It spread")
    assert row.speaker == "Dan Howell"
    assert row.role == "station officer with Kent Fire and Rescue Service"
    assert row.organization == "Kent Fire and Rescue Service"


def test_title_noun_before_the_name_and_organisation_after_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The study, led by economist Hannah Fischer of the Kiel Institute, looked at 40 ports. "
        "“Freight costs have tripled,” said Dr Fischer."
    )
    row = row_starting(extract_rows(text), "Freight costs")
    assert row.speaker == "Hannah Fischer"
    assert row.role == "economist"
    assert row.organization == "Kiel Institute"


def test_organisation_in_a_role_whatever_its_entity_label(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The tagger may call a club a place; `coach of X` still makes X the organisation.
    text = "Maria Santos, head coach of Ridge Valley, was calm. “We played well,” she said."
    row = row_starting(extract_rows(text), "We played well")
    assert row.speaker == "Maria Santos"
    assert row.role == "head coach of Ridge Valley"
    assert row.organization == "Ridge Valley"


def test_possessive_saint_name_stays_in_the_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“Beds are full,” said Ian Moss, a senior nurse at St Luke’s Hospital."
    row = row_starting(extract_rows(text), "Beds are full")
    assert row.organization == "St Luke’s Hospital"


def test_role_found_on_one_mention_is_carried_to_later_rows(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Laura Finch, a spokeswoman for the Harbour Trust, said the pier would reopen.\n\n"
        "“Repairs are on schedule,” Finch said."
    )
    row = row_starting(extract_rows(text), "Repairs are")
    assert (row.speaker, row.role, row.organization) == (
        "Laura Finch",
        "spokeswoman for the Harbour Trust",
        "Harbour Trust",
    )


# --- a surname with an honorific is the person with that surname ------------------------------


def test_honorific_and_surname_resolve_to_the_full_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads `Ms Banks` as an organisation; the honorific says it is a person.
    text = (
        "Sue Banks, a spokeswoman for the Harbour Trust, said the pier would reopen in May. "
        "“Repairs are on schedule,” Ms Banks said."
    )
    row = row_starting(extract_rows(text), "Repairs are")
    assert row.speaker == "Sue Banks"
    assert (row.role, row.organization) == ("spokeswoman for the Harbour Trust", "Harbour Trust")


# --- pronouns ---------------------------------------------------------------------------------


def test_pronoun_prefers_the_person_of_its_paragraph_over_an_older_one(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Rachel is a known female name and was named first; the paragraph is about Dana Okoro,
    # whose given name says nothing about gender.
    text = (
        "Rachel Green, the council leader, opened the meeting on Monday.\n\n"
        "Dana Okoro, head of the residents' group, said the plan had split the street. "
        "“We were never asked,” she said."
    )
    row = row_starting(extract_rows(text), "We were never asked")
    assert row.speaker == "Dana Okoro"


def test_pronoun_never_resolves_to_an_organisation_tagged_as_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The tagger calls the cafe a person; `general manager of Copper Lane` shows it is not one.
    text = (
        "Noor Marino opened her first cafe, Copper Lane, in a former garage in Leeds in 2018. "
        "“I baked every night,” she says.\n\n"
        "Luca Marino, general manager of Copper Lane, is her brother. “She never sleeps,” he said."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "I baked").speaker == "Noor Marino"
    assert row_starting(rows, "She never sleeps").speaker == "Luca Marino"
    assert row_starting(rows, "She never sleeps").organization == "Copper Lane"


def test_pronoun_takes_the_subject_of_its_own_sentence(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marcus Bell and Helen Ortega spent the morning at the flooded school.\n\n"
        "Ortega said later that she had watched Bell’s crews work through what she described as "
        "“the worst night this town has seen.”"
    )
    row = row_starting(extract_rows(text), "the worst night")
    assert row.speaker == "Helen Ortega"


# --- organisation speakers get the article's full name ----------------------------------------


def test_the_ministry_is_the_ministry_the_article_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fuel prices rose again in March, the Ministry of Energy said on Tuesday.\n\n"
        "“Households will feel this for months,” the ministry said in a statement."
    )
    row = row_starting(extract_rows(text), "Households will")
    assert (row.speaker, row.organization) == ("Ministry of Energy", "Ministry of Energy")


def test_the_company_is_the_most_named_company_not_a_newspaper_or_a_union(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightwater Airways will cut 40 routes this winter, the airline said on Friday.\n\n"
        "The cuts were first reported by The Guardian. Brightwater confirmed the plan in a "
        "filing. “We have no choice,” the company said.\n\n"
        "The pilots’ union, Balpa, said it would fight the cuts. “This is a betrayal,” the union "
        "said."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We have no choice").speaker == "Brightwater Airways"
    assert row_starting(rows, "We have no choice").organization == "Brightwater Airways"
    # The tagger calls Balpa a person; `the pilots’ union, Balpa` says what it is.
    assert row_starting(rows, "This is a betrayal").speaker == "Balpa"


def test_an_unnamed_body_stays_as_the_article_words_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We will review the decision,” the ministry said."
    row = row_starting(extract_rows(text), "We will review")
    assert row.speaker == "ministry"


def test_a_short_name_is_the_full_name_given_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads the short name as a place.
    text = (
        "Talks between the union and Halden Rail broke down on Friday. Halden said its offer "
        "was “fair and final”."
    )
    row = row_starting(extract_rows(text), "fair and final")
    assert (row.speaker, row.organization) == ("Halden Rail", "Halden Rail")


def test_a_plural_body_is_not_one_named_company(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Apple and Google face new rules in Europe. Apple said it would comply.\n\n"
        "“We were not consulted,” the companies said in a joint letter."
    )
    row = row_starting(extract_rows(text), "We were not consulted")
    # The companies speak together: neither one of them, and not nobody.
    assert text[row.speaker_start : row.speaker_end] == "the companies"
    assert row.speaker not in ("", "Apple", "Google")


def test_a_person_the_role_is_for_stays_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rosa Whitfield won the primary on Tuesday, beating Carla Mendes. A spokesman for "
        "Whitfield said she would rest.\n\n"
        "Whitfield thanked her volunteers. “We did this together,” she said."
    )
    row = row_starting(extract_rows(text), "We did this")
    assert row.speaker == "Rosa Whitfield"


def test_age_between_the_name_and_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Ellery, 52, a retired firefighter, said the station “must stay open”."
    row = row_starting(extract_rows(text), "must stay open")
    assert (row.speaker, row.role) == ("Tom Ellery", "retired firefighter")


def test_untagged_surname_keeps_the_pronoun_on_its_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Priya Raman, 29, a primary school teacher, won the seat. Turnout was 31 per cent.\n\n"
        "Speaking at the count, Raman thanked the volunteers. ‘I didn’t think we’d win,’ she said."
    )
    row = row_starting(extract_rows(text), "I didn’t think")
    assert row.speaker == "Priya Raman"


def test_one_of_a_party_or_a_people_is_a_person_described_not_the_party(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voters were asked about the new tax.\n\n"
        "\u201cIt will cost us the seat,\u201d said a Vermont Republican who asked not to be named.\n\n"
        "\u201cWe have the numbers,\u201d one Democrat said.\n\n"
        "\u201cNobody asked us,\u201d said a Christian who lives nearby."
    )
    rows = extract_rows(text)
    for start, speaker in (
        ("It will cost", "a Vermont Republican"),
        ("We have the numbers", "one Democrat"),
        ("Nobody asked us", "a Christian"),
    ):
        row = row_starting(rows, start)
        assert (row.speaker, row.role, row.organization) == (speaker, "", ""), start


def test_the_member_of_a_party_or_a_people_is_the_person_just_made_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Budget vote delayed\n\n"
        "Sen. Jane Doe, who chairs the finance committee, said on Monday that the figures "
        "did not add up. \u201cThe plan has failed,\u201d the Ohio Republican said.\n\n"
        "\u201cIt will fail,\u201d said a Vermont Democrat."
    )
    rows = extract_rows(text)
    described, someone_new = row_starting(rows, "The plan has failed"), row_starting(rows, "It will fail")
    assert described.speaker == "Jane Doe" and described.mention == "the Ohio Republican"
    assert someone_new.speaker == "a Vermont Democrat"
