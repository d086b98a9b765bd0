"""Names, pronouns and descriptions from the fourth round of labelled political news (issue
10), each from a sentence written for this file:

- one full name written with a letter doubled in one place (`Phillip`, `Philip`) is one person,
  and of two spellings given as often, the story's own beats the one in a summary under an
  `ABSTRACT.` label (a précis written apart from the story).
"""

from __future__ import annotations


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
