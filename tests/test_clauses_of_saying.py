"""Whose words a quote is when the sentence holds more than one clause: an object pronoun is
not bound by the subject of another clause; a participle of saying goes on from the clause of
saying before it; a headline `Name: ‘…’` gives the story's opening quote paragraph a speaker."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_object_pronoun_may_be_the_subject_of_another_clause(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `her` stands in `a result that led her to declare`, whose subject is no person: Nair, the
    # subject of the clause before, is who she is (Principle B binds only within a clause).
    text = (
        "The mayor won the vote easily, while Priya Nair dealt a blow to her rival with a strong "
        "result that led her to declare that the seat was \u201cfinally ours.\u201d"
    )
    assert row_starting(extract_rows(text), "finally ours").speaker == "Priya Nair"


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Barnes opened the meeting. Ana Ruiz praised him warmly, and he called the budget "
        "\u201ca fair deal for everyone.\u201d"
    )
    assert row_starting(extract_rows(text), "a fair deal").speaker == "Tom Barnes"


def test_a_participle_after_a_clause_of_saying_is_its_speakers(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs `saying` on `It was …`; the one who echoed the complaint says it.
    text = (
        "It was a sharp exchange between the two ministers, as Ms Okafor echoed the complaint, "
        "saying the plan \u201cleaves rural clinics behind.\u201d"
    )
    row = row_starting(extract_rows(text), "leaves rural")
    assert (row.speaker, row.mention) == ("Okafor", "Ms Okafor")


def test_the_headline_name_speaks_the_opening_quote_paragraph(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Okonkwo: \u2018We are not finished with this council\u2019\n\n"
        "\u201cThe council has ignored the market traders for three years. We will keep coming "
        "back until the stalls are repaired.\u201d\n\n"
        "Okonkwo, who chairs the traders' association, spoke after the meeting on Tuesday.\n"
    )
    row = row_starting(extract_rows(text), "The council has ignored")
    assert (row.speaker, row.sieve) == ("Ana Okonkwo", "headline-speaker")


def test_a_headline_label_before_a_colon_names_nobody(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Update: \u2018Roads closed\u2019 after flooding\n\n"
        "\u201cStay at home if you can.\u201d\n\n"
        "Police gave the advice on Monday.\n"
    )
    assert row_starting(extract_rows(text), "Stay at home").speaker == ""


def test_a_nickname_between_given_name_and_surname_is_no_quote(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Party spokesperson Jacobus \u201cKobus\u201d van der Merwe called the outage \u201cthe "
        "predictable result of years of neglect.\u201d Dave \"Tiny\" Fa'amausili said nothing."
    )
    rows = extract_rows(text, include_all=True)
    assert row_starting(rows, "Kobus").kind == row_starting(rows, "Tiny").kind == "scare"
    assert row_starting(rows, "the predictable").kind == "partial"


def test_a_headline_in_capitals_has_no_nicknames(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz Explained Why She Felt \u201cInvisible\u201d As A Child\n\nShe told the story on Monday."
    assert row_starting(extract_rows(text, include_all=True), "Invisible").kind != "scare"


def test_a_noun_named_by_a_participle_is_quoted_by_nobody(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A new auditor had queried a payment described as \u201cmarquee hire\u201d for a gala "
        "dinner that never took place, she said. Critics point to the bill, known as \u201cthe "
        "tenant's charter,\u201d which passed last year."
    )
    rows = extract_rows(text, include_all=True)
    assert row_starting(rows, "marquee hire").speaker == ""
    assert row_starting(rows, "the tenant").speaker == ""


def test_someone_who_describes_or_calls_a_thing_says_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The strategist is Joel Ben, whom one insider described as \u201chis brother.\u201d The plan "
        "drew a debate; one lawmaker called Trump \"the orange prince of self-publicity.\""
    )
    rows = extract_rows(text)
    assert row_starting(rows, "his brother").speaker == "one insider"
    assert row_starting(rows, "the orange prince").speaker == "one lawmaker"
