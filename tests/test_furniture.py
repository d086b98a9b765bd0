"""Page furniture (quotes/furniture.py): every line here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from quotes.context import DocContext
from quotes.furniture import (
    FurnitureLine,
    byline_author,
    byline_authors,
    byline_names,
    byline_organisation,
    datelines,
    furniture_lines,
    line_kind,
)
from tests.frozen import VOCAB


@pytest.mark.parametrize(
    "line, kind",
    [
        ("By Ana Ruiz", "byline"),
        ("BY ANA RUIZ", "byline"),
        ("By Ana Ruiz and Tom Brown", "byline"),
        ("By Ana Ruiz, CBC News", "byline"),
        ("By Ana Ruiz, CBC News · Posted: Nov 03, 2016 5:00 AM ET | Last Updated: Nov 3, 2016", "byline"),
        ("By Ana Ruiz | Reuters", "byline"),
        ("By Ana Ruiz for the Daily Planet", "byline"),
        ("Ana Ruiz / CBC News", "byline"),
        ("Ana Ruiz | Reuters", "byline"),
        ("Ana Ruiz, Staff Writer", "byline"),
        ("(Reporting by Ana Ruiz; Editing by Tom Brown)", "byline"),
        ("ana.ruiz@example.com", "byline"),
        ("Posted: Nov 03, 2016 5:00 AM ET", "date"),
        ("Updated 4:12 p.m. ET", "date"),
        ("November 3, 2016", "date"),
        ("Thursday 3 November 2016 10.44 GMT", "date"),
        ("Photo: Ana Ruiz/Reuters", "credit"),
        ("Photograph by Ana Ruiz", "credit"),
        ("(Justin Tang/The Canadian Press)", "credit"),
        ("Evan Vucci/AP", "credit"),
        ("AP Photo/Evan Vucci", "credit"),
        ("(Getty Images)", "credit"),
        ("Photo Credit: PTI", "credit"),
        ("Prime Minister Ana Ruiz speaks in Ottawa on Tuesday. (Justin Tang/The Canadian Press)", "caption"),
        ("Ana Ruiz at the opening on Monday. (X/AFP/Getty Images)", "caption"),
        ("The mayor at the opening on Monday. Photograph: Tom Brown/Guardian", "caption"),
        ("Fans outside the ground before kick-off. (ABC News: Ana Ruiz)", "caption"),
        ("Firefighters at the scene on Sunday. Ana Ruiz/AFP via Getty Images", "caption"),
        ("Image caption The mayor said the bridge would reopen in spring", "caption"),
        ("READ MORE: Why the bridge is closing", "related"),
        ("Related: Council votes to close bridge", "related"),
        ("Watch: The mayor speaks", "related"),
        ("[Read: The bridge that cost too much]", "related"),
        ("Listen: The city's budget explained", "related"),
        ("Continue reading the main story", "notice"),
        ("Advertisement", "notice"),
        ("Story continues below advertisement", "notice"),
        ("Share this article", "share"),
        ("Follow us on Twitter", "share"),
        ("Follow Ana Ruiz on Twitter @anaruiz.", "share"),
        ("Sign up for our daily newsletter.", "share"),
        ("Story", "label"),
        ("READ MORE", "listhead"),
        ("FULL TEXT.", "label"),
        # the fields of archive exports (LexisNexis, ProQuest, Factiva) around the story
        ("BYLINE: By Ruth Okafor, Education Correspondent", "byline"),
        ("BYLINE: Ruth Okafor", "byline"),
        ("Author: Okafor, Ruth", "byline"),
        ("SECTION: HOME NEWS; Pg. 11", "notice"),
        ("LENGTH: 612 words", "notice"),
        ("LOAD-DATE: June 2, 2003", "notice"),
        ("LANGUAGE: ENGLISH", "notice"),
        ("Publication info: The Lenton Evening Post; Lenton (UK). 02 June 2003: 11.", "notice"),
        ("ProQuest document ID: 412236001", "notice"),
        ("Document type: News", "notice"),
        ("Copyright Lenton Newspapers Ltd Jun 2, 2003", "notice"),
        ("612 words", "notice"),
        ("(c) 2003 Lenton Newspapers Ltd", "notice"),
        ("Document LENPOS0020030602dz6200012", "notice"),
        ("GRAPHIC: Picture of the protest outside the town hall", "caption"),
        ("BY", "label"),
    ],
)
def test_furniture_line_kinds(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The council voted 6-1 on Tuesday to close the bridge.",
        "By Monday, officials had closed three roads.",
        "By the time the vote came, the chamber was empty.",
        '"We will rebuild," said Ana Ruiz, the mayor.',
        'Ana Ruiz, the mayor, said: "We will rebuild the bridge."',
        "The company and/or its partners will pay for the repairs.",
        "Updated figures show the city's debt rose 5 percent last year.",
        'She called the ruling "a travesty" (Reuters reported).',
        "Watching the vote, Ana Ruiz said nothing.",
        "Toronto (Reuters) - The city will close its only bridge for six months.",
        "Harbour Bridge To Close For Six Months",
        "Copyright lawyers met in Lenton in 2003.",
        "Section 28 was repealed in 2003.",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert line_kind(line) == ""


def test_offsets_cover_the_trimmed_line() -> None:
    text = "Bridge to close\n\n  By Ana Ruiz, CBC News  \n\nThe bridge will close.\n"
    (byline,) = furniture_lines(text)
    assert byline == FurnitureLine(text.index("By"), text.index("News") + 4, "byline")
    assert text[byline.start : byline.end] == "By Ana Ruiz, CBC News"


def test_a_run_of_title_case_lines_is_a_related_headlines_list() -> None:
    text = (
        "Council Closes Harbour Bridge\n\n"
        "The bridge will close for six months, the council said.\n\n"
        "Ferry Operators Add Extra Sailings\n\n"
        "Traders Warn Of Lost Custom During Repairs\n\n"
        "What The Closure Means For Commuters\n\n"
        "Repair Bill Doubles After Survey\n"
    )
    kinds = {text[f.start : f.end]: f.kind for f in furniture_lines(text)}
    assert kinds["Ferry Operators Add Extra Sailings"] == "headlines"
    assert kinds["Repair Bill Doubles After Survey"] == "headlines"
    # the article's own headline (the first line) is never part of a run
    assert "Council Closes Harbour Bridge" not in kinds
    assert "The bridge will close for six months, the council said." not in kinds


def test_two_title_case_lines_are_not_a_run() -> None:
    text = (
        "Bridge closes\n\nThe bridge will close.\n\nWhat Happens Next\n\nMore sailings are planned.\n\n"
        "Ferry Times Change\n\nThe ferry runs hourly.\n"
    )
    assert furniture_lines(text) == []


def test_byline_author() -> None:
    text = "Council closes bridge\n\nBy Ana Ruiz, CBC News\n\nThe bridge will close, I was told.\n"
    assert byline_author(text) == "Ana Ruiz"
    assert byline_author("Bridge closes\n\nBY ANA RUIZ\n\nThe bridge will close.") == "Ana Ruiz"
    assert byline_author("Bridge closes\n\nAna Ruiz / CBC News\n\nThe bridge will close.") == "Ana Ruiz"


def test_two_authors_or_a_desk_name_no_one_person() -> None:
    two = "Bridge closes\n\nBy Ana Ruiz and Tom Brown\n\nThe bridge will close."
    assert byline_authors(two) == ["Ana Ruiz", "Tom Brown"]
    assert byline_author(two) == ""
    board = "Close the bridge now\n\nBy The Editorial Board\n\nWe said so a year ago."
    assert byline_author(board) == ""
    assert byline_organisation(board) == "The Editorial Board"
    assert byline_author("Bridge closes\n\nThe bridge will close, said Ana Ruiz.") == ""


def test_byline_names_index_the_text() -> None:
    text = "Bridge closes\n\nBY ANA RUIZ, Tom Brown and Lee Chan\n\nThe bridge will close."
    names = byline_names(text)
    assert [n.name for n in names] == ["Ana Ruiz", "Tom Brown", "Lee Chan"]
    assert [text[n.start : n.end] for n in names] == ["ANA RUIZ", "Tom Brown", "Lee Chan"]


def test_datelines_are_the_opening_words_of_a_story_line() -> None:
    text = (
        "Bridge to close\n\n"
        "WASHINGTON (AP) — The mayor spoke.\n\n"
        "TORONTO, Nov. 3 (Reuters) - The bridge closed.\n\n"
        "STATE COLLEGE, Pa. - Ana Ruiz won.\n\n"
        "The mayor, Ana Ruiz - a former engineer - spoke.\n"
    )
    found = [text[d.start : d.end] for d in datelines(text)]
    assert found == ["WASHINGTON (AP) — ", "TORONTO, Nov. 3 (Reuters) - ", "STATE COLLEGE, Pa. - "]
    assert furniture_lines(text) == []  # the lines themselves are story


def test_a_dateline_may_end_with_a_colon() -> None:
    text = (
        "NEW DELHI: The ministry said on Friday that the new rules would apply from April.\n\n"
        "NOTE: short.\n\n"
        "Mr. KAPOOR: Yes.\n"
    )
    assert [text[d.start : d.end] for d in datelines(text)] == ["NEW DELHI: "]


def test_a_dateline_may_name_the_state_or_country_and_a_heading_may_run_in() -> None:
    text = (
        "PORT ELGIN, Ontario — The pier reopened.\n\n"
        "FAIRVIEW, W.Va. - The mine closed.\n\n"
        "FLOOD DEFENCES HELD, BARELY - Ana Ruiz: “The wall took it.”\n\n"
        "The mayor, Ana Ruiz - a former engineer - spoke.\n"
    )
    assert [text[d.start : d.end] for d in datelines(text)] == [
        "PORT ELGIN, Ontario — ",
        "FAIRVIEW, W.Va. - ",
        "FLOOD DEFENCES HELD, BARELY - ",
    ]


def test_a_place_in_title_case_before_a_spaced_dash_opens_a_long_line() -> None:
    text = (
        "Harare — The central bank raised its main rate to 35 per cent on Thursday.\n\n"
        "Port Moresby - Flights to the highlands resumed after a week of heavy rain.\n\n"
        "Ana Ruiz — a trader at the market for twenty years — said prices had doubled.\n\n"
        "Mr Ruiz — who has run the stall since 1990 — said prices had doubled again.\n\n"
        "Lenton Council - which runs the market - said prices had doubled this year.\n\n"
        "Harare — Rates rose.\n"
    )
    assert [text[d.start : d.end] for d in datelines(text)] == ["Harare — ", "Port Moresby - "]


def test_archive_and_agency_datelines_run_into_the_story() -> None:
    text = (
        "LONDON, March 3.--The minister spoke.\n\n"
        "PARIS, Jan. 5 (AP).—The strike ended.\n\n"
        "Chennai, Oct 2 (PTI) The port reopened on Friday.\n\n"
        "BERGEN, Norway, Feb. 14--Skippers asked for a wider limit.\n\n"
        "LEEDS, England, Jan. 8 - The mill closed.\n\n"
        "Ana Ruiz, March 3--she said it was over.\n\n"
        "Tom Brown, Jones 3 (AP) The end.\n\n"
        "Mr. BROWN, Jones, March 3--The end.\n\n"
        "Wellington, May 3.--The Premier spoke.\n\n"
        "Port Elgin, Ontario, Jan. 5.\u2014Senator Dale spoke.\n\n"
        "Dale Wood, March 3 - The end.\n"
    )
    assert [text[d.start : d.end] for d in datelines(text)] == [
        "LONDON, March 3.--",
        "PARIS, Jan. 5 (AP).—",
        "Chennai, Oct 2 (PTI) ",
        "BERGEN, Norway, Feb. 14--",
        "LEEDS, England, Jan. 8 - ",
        "Wellington, May 3.--",
        "Port Elgin, Ontario, Jan. 5.\u2014",
    ]


def test_the_lines_under_a_list_heading_are_links_until_a_sentence() -> None:
    text = (
        "Mayor opens bridge\n\n"
        "The mayor opened the bridge on Monday.\n\n"
        "More from Local News\n"
        "\u201cIt will not close again\u201d: engineer promises repairs\n"
        "Bus fares to rise in spring, says council\n\n"
        "The bridge cost \u00a34m to build.\n\n"
        "Related Topics\n"
        "Transport\n"
    )
    found = [(f.kind, text[f.start : f.end]) for f in furniture_lines(text)]
    assert found == [
        ("listhead", "More from Local News"),
        ("related", "\u201cIt will not close again\u201d: engineer promises repairs"),
        ("related", "Bus fares to rise in spring, says council"),
        ("listhead", "Related Topics"),
        ("related", "Transport"),
    ]


def test_a_dateline_read_inside_a_furniture_line_leaves_the_line_whole() -> None:
    # `BYLINE: ` also reads as a dateline (`WORD: ` opening a line): the byline's job title after
    # it is still on the page, not a body the story's `the company` can mean.
    text = "BYLINE: By Ruth Okafor, Education Correspondent"
    doc = Doc(VOCAB, words=text.split(" "))
    assert DocContext(doc).in_furniture(text.index("Education"))


def test_a_list_of_ones_own_with_a_back_reference_still_matches(tmp_path: Path) -> None:
    # Story lines are turned away by all the patterns joined in one regex, which cannot hold a
    # back reference (its group numbers shift when joined): such a list is asked pattern by
    # pattern, and its lines still match.
    from quotes.lexicon import word_lists_from

    (tmp_path / "furniture.txt").write_text("notice\t(Ana|Tom) and \\1 again\n", encoding="utf-8")
    with word_lists_from(tmp_path):
        assert line_kind("Ana and Ana again") == "notice"
        assert line_kind("Ana and Tom again") == ""
        assert line_kind("The mayor said the bridge would close on Monday.") == ""
