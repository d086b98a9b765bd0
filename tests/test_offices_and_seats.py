"""Offices and seats as news from several countries writes them: a title alone standing for
the one the article gives it among others ending in the same noun, and a seat in capitals
inside a name the tagger took whole for a body."""

from __future__ import annotations

from tests.frozen import frozen
from tests.rows import row_starting


def test_the_office_alone_is_the_holder_whose_title_ends_in_its_words(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Two roles end in `secretary`: the words before it say which one `the Health Secretary` is.
    text = (
        "Health Secretary Maya Okonjo has promised to cut waiting lists by the end of the year.\n\n"
        "Speaking on the radio, the Health Secretary said: \u201cWe will get the hospitals back on "
        "their feet.\u201d\n\n"
        "Nurses union general secretary Pat Kerrigan said nurses were \u201cexhausted\u201d."
    )
    row = row_starting(extract_rows(text), "We will get")
    assert (row.speaker, row.role) == ("Maya Okonjo", "Health Secretary")


# "BJP MLA Ravi Menon said so.", the party, the seat and the name tagged one body.
_SEAT_IN_A_BODY = """
BJP PROPN NNP compound 1 B-ORG BJP
MLA PROPN NNP compound 3 I-ORG MLA
Ravi PROPN NNP compound 3 I-ORG Ravi
Menon PROPN NNP nsubj 4 I-ORG Menon
said VERB VBD ROOT 4 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O . _
"""


def test_a_seat_inside_a_name_tagged_a_body_opens_the_person_name() -> None:
    from quotes.context import DocContext
    from quotes.names import clean_name
    from quotes.tokens import reads_as_person_name

    doc = frozen(_SEAT_IN_A_BODY)
    assert reads_as_person_name(doc.ents[0])
    name = clean_name(DocContext(doc), 0, 4)
    assert name is not None and name.text == "Ravi Menon"


def test_a_seat_opening_a_body_name_with_no_name_after_it_is_no_person() -> None:
    from quotes.tokens import reads_as_person_name

    # "BJP MLA said so.": no words after the seat.
    doc = frozen(
        """
BJP PROPN NNP compound 1 B-ORG BJP
MLA PROPN NNP nsubj 2 I-ORG MLA
said VERB VBD ROOT 2 O say
so ADV RB advmod 2 O so _
. PUNCT . punct 2 O . _
"""
    )
    assert not reads_as_person_name(doc.ents[0])


def test_a_body_read_alone_before_a_title_and_a_name_gives_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "National Union of Nursing general secretary Pat Kerrigan said staff were \u201cexhausted\u201d."
    row = row_starting(extract_rows(text), "exhausted")
    assert (row.speaker, row.role, row.organization) == (
        "Pat Kerrigan",
        "general secretary",
        "National Union of Nursing",
    )


def test_someone_unnamed_in_a_bodys_job_is_no_body_speaking(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Department of Health and Aged Care spokesperson said: \u201cWe are working with the unions.\u201d"
    )
    row = row_starting(extract_rows(text), "We are working")
    assert (row.role, row.organization) == ("spokesperson", "Department of Health and Aged Care")
    assert row.speaker != "Department of Health and Aged Care"


def test_a_body_named_with_and_stays_whole_before_a_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Western Province Department of Planning and Environment spokeswoman Ann Cole said the "
        "plan was \u201cunder review\u201d."
    )
    row = row_starting(extract_rows(text), "under review")
    assert (row.speaker, row.role) == ("Ann Cole", "spokeswoman")
    assert row.organization == "Western Province Department of Planning and Environment"


def test_a_title_run_splits_at_and_between_two_roles_not_inside_a_name() -> None:
    from quotes.descriptors import conjuncts

    # "Minister for Health and Ageing": one title; "Chairman and CEO": two.
    portfolio = frozen(
        """
Minister PROPN NNP compound 4 O minister
for ADP IN prep 0 O for
Health PROPN NNP pobj 1 O Health
and CCONJ CC cc 2 O and
Ageing PROPN NNP conj 2 O Ageing
"""
    )
    two = frozen(
        """
Chairman PROPN NNP ROOT 0 O Chairman
and CCONJ CC cc 0 O and
CEO PROPN NNP conj 0 O CEO
"""
    )
    assert len(conjuncts(list(portfolio))) == 1
    assert [[t.text for t in part] for part in conjuncts(list(two))] == [["Chairman"], ["CEO"]]


def test_an_untagged_given_name_before_a_tagged_surname_is_part_of_the_name() -> None:
    from quotes.entities import with_given_name

    # "The lawyer Ravindra Kale said so.", only the surname tagged a person.
    doc = frozen(
        """
The DET DT det 1 O the
lawyer NOUN NN ROOT 1 O lawyer
Ravindra PROPN NNP compound 3 O Ravindra
Kale PROPN NNP nsubj 4 B-PERSON Kale
said VERB VBD relcl 1 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O . _
"""
    )
    assert with_given_name(doc, doc.ents[0]).text == "Ravindra Kale"
    # A title before the surname is no given name (`lawyer Admiral Kale`).
    titled = frozen(
        """
The DET DT det 1 O the
lawyer NOUN NN ROOT 1 O lawyer
Admiral PROPN NNP compound 3 O admiral
Kale PROPN NNP nsubj 4 B-PERSON Kale
said VERB VBD relcl 1 O say
so ADV RB advmod 4 O so _
. PUNCT . punct 4 O . _
"""
    )
    assert with_given_name(titled, titled.ents[0]).text == "Kale"


def test_a_rank_in_capitals_before_a_body_is_no_part_of_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senior Supreme Court advocate Ravindra Kale, who has challenged the law, said it was "
        "\u201cplainly unconstitutional\u201d."
    )
    row = row_starting(extract_rows(text), "plainly")
    assert (row.speaker, row.role, row.organization) == ("Ravindra Kale", "advocate", "Supreme Court")


def test_an_office_for_a_brief_in_a_portfolio_s_words_has_no_body_of_that_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    for brief in ("Housing", "Roads and Public Works", "Urban Planning"):
        text = (
            f"Ana Ruiz, the county's Director for {brief}, defended the plan on Monday. "
            "\u201cIt is working,\u201d Ms Ruiz said."
        )
        row = row_starting(extract_rows(text), "It is working")
        assert row.role.startswith("Director for") and brief.split()[0] not in row.organization, brief
    # A body after `for` stays the body.
    text = "Ana Ruiz, a spokeswoman for Acme, defended the plan. \u201cIt is working,\u201d Ms Ruiz said."
    row = row_starting(extract_rows(text), "It is working")
    assert row.organization == "Acme"
