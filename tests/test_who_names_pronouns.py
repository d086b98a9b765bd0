"""Names, pronouns and descriptions from the fourth round of labelled political news (issue
10), each from a sentence written for this file:

- one full name written with a letter doubled in one place (`Phillip`, `Philip`) is one person,
  and of two spellings given as often, the story's own beats the one in a summary under an
  `ABSTRACT.` label (a précis written apart from the story);
- a `she` after a quote continues the main subject of the sentence before, not the subject of
  a clause that subject's verb governs (`she does not think Carter can fix the wards`);
- when no person is a subject in the sentence before, a `He` continues the owner of its main
  subject (`Reed's essay attacked Bell, accusing him … He calls …`), not its object;
- a short name that joins a clipped start of each word of a body's name (`HuffPo`) is that
  body, as `Fed` is the Federal Reserve;
- `the website` after `a website called “X”` is X;
- `Ruiz's campaign manager said` is the one person the article makes Ruiz's campaign
  manager, even when it names him only later;
- `Team Murray` is the people around Murray, not Murray's full name;
- `the company` is the company the story is about when the tagger took its one-word name for
  a person's (no given name, title, gender or role), not another body named less, and its
  rows carry its name as their organisation;
- `the nominee` after an infinitive `to be` is the understood subject's, no role of the most
  prominent person.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_summary_spelling_gives_way_to_the_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotes.context import DocContext
    from quotes.entities import ArticleEntities

    doc = nlp(
        "Okafor and Whitfield meet on housing.\n\n"
        "ABSTRACT.\n\n"
        "Governor Dana Whitfield met Mayor Phillip Okafor in Leeds to talk about housing.\n\n"
        "FULL TEXT.\n\n"
        "Philip Okafor and Governor Dana Whitfield held their first joint event on Monday.\n\n"
        "\u201cWe will build the homes this city needs,\u201d Mr. Okafor said.\n"
    )
    people = ArticleEntities(DocContext(doc), [True] * len(doc)).people()
    assert [p.name() for p in people if "okafor" in p.key] == ["Philip Okafor"]


def test_a_doubled_letter_in_a_given_name_is_the_same_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotes.context import DocContext
    from quotes.entities import ArticleEntities

    doc = nlp(
        "Governor Dana Whitfield met Mayor Phillip Okafor in Leeds on Monday. Philip Okafor "
        "later toured the new homes with Whitfield."
    )
    people = ArticleEntities(DocContext(doc), [True] * len(doc)).people()
    assert sorted(len(p.people) for p in people if "okafor" in p.key) == [2]


def test_she_continues_the_main_subject_not_one_her_clause_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nurses weigh the vote.\n\n"
        "Helen Carter, the health minister, has promised more beds. Maria Lopez, a nurse from "
        "Leeds, is among those who say they will not back Carter. The strike was the first time "
        "she had joined a picket, and she does not think Carter can fix the wards.\n\n"
        "Choosing between Carter and Smith is a \u201cfalse choice, because it is a choice "
        "between Carter, Smith and nobody at all,\u201d she said.\n"
    )
    assert row_starting(extract_rows(text), "false choice").speaker == "Maria Lopez"


def test_he_continues_the_owner_of_the_subject_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Critic turns on the governor.\n\n"
        "Last week, Governor Mark Bell announced that he would back the plan.\n\n"
        "An essay by the columnist Paul Reed says the plan is a fraud. Reed's essay also attacked "
        "Bell by accusing him of backing the plan to win a job in the cabinet. He calls Bell's "
        'support "the most naked bid for office in years."\n'
    )
    assert row_starting(extract_rows(text), "the most naked bid").speaker == "Paul Reed"


def test_a_blend_of_clipped_words_is_the_body_it_clips(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator shifts on schools.\n\n"
        "The senator has moved toward the union's position, the Huffington Post reported on "
        "Monday.\n\n"
        "According to HuffPo: \u201cSenator Ann Cole has had a mixed record on schools "
        "throughout her career.\u201d\n"
    )
    row = row_starting(extract_rows(text), "Senator Ann Cole has")
    assert row.speaker == "Huffington Post"


def test_the_noun_is_the_name_given_when_one_was_called_so(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A town courts the weary.\n\n"
        "Ana Ruiz, a baker in Ballarat, has set up a website called \u201cMove To Ballarat\u201d "
        "that pitches the town as a home for city dwellers.\n\n"
        "\u201cRents are low and the air is clean,\u201d the website says. \u201cCome and see.\u201d\n"
    )
    row = row_starting(extract_rows(text), "Rents are low")
    assert (row.speaker, row.organization) == ("Move To Ballarat", "")


def test_an_owners_role_is_the_one_person_named_in_it_later(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ruiz stays in the race.\n\n"
        "Ana Ruiz will not quit before the convention. On Friday, Ruiz's campaign manager said "
        "she would stay in the party \u201cfor as long as it takes.\u201d\n\n"
        "After the vote, Ruiz's campaign manager, Tom Hale, went on television to explain the "
        "path ahead.\n"
    )
    row = row_starting(extract_rows(text), "for as long as")
    assert row.speaker == "Tom Hale"


def test_team_before_a_name_is_no_part_of_the_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rivals meet again.\n\n"
        "On Thursday, he will be looking to prove at the debate in Leeds that he is no fluke, "
        "that Team Murray\u2019s contention that he won in Bolton because of the weather is "
        "wrong.\n\n"
        "It is whether he can take a punch. He looked rattled when Murray accused him of an "
        "\u201cartful smear\u201d over her fundraising.\n"
    )
    assert row_starting(extract_rows(text), "artful smear").speaker == "Murray"


def test_the_company_is_the_one_the_tagger_took_for_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kessler cracks down on fake accounts.\n\n"
        "Kessler said on Friday that it had closed thousands of fake accounts. Kessler has faced "
        "pressure from lawmakers, and Kessler users have complained for years.\n\n"
        "The Federal Trade Commission has opened an inquiry. \"We are looking at the whole "
        'industry," the Federal Trade Commission said.\n\n'
        'Kessler acknowledged the issue was hard. "We have always tried to balance safety and '
        'free speech," the company said. "There is no easy answer," the company added.\n'
    )
    rows = extract_rows(text)
    for start in ("We have always tried", "There is no easy"):
        row = row_starting(rows, start)
        assert (row.speaker, row.organization) == ("Kessler", "Kessler")


def test_the_role_after_to_be_is_not_the_prominent_persons(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nurses weigh the vote.\n\n"
        "Maria Lopez, who lives in Leeds, is among those who say they will not back Helen Carter. "
        "Like many others, Lopez said she was angered by the media declaring Carter had enough "
        "votes to be the nominee before the count ended.\n\n"
        "\u201cI will vote for whoever speaks for the wards,\u201d Lopez said.\n"
    )
    row = row_starting(extract_rows(text), "I will vote for")
    assert (row.speaker, row.role) == ("Maria Lopez", "")
