"""Words in quote marks that name a thing, which nobody is quoted saying:

- `what Danes call “hygge”`, `a town that once called itself “the coal capital of Wales”`: the
  quote completes a naming verb whose object is `what` or the namer itself;
- `known to regulars simply as “the Anchor”`, `sometimes nicknamed “…”`.

A verdict in the same shape is still a partial quote: `she called the plan “reckless”`, `what
he called “textbook” work`, `a “very serious” problem`, `calling himself “the king of debt”`;
so are capitalised words on a noun, as PolNeAR marks them (`the “Leave” campaign`).
"""

from __future__ import annotations

from tests.rows import row_starting

LEAD = "Harbour news\n\nThe council met on Tuesday.\n\n"


def quoted(rows) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.quote for r in rows}


def test_what_people_call_a_thing_is_no_quote(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + (
        "He began baking at night, using what Danes call \u201chygge\u201d as his research.\n\n"
        "Farmers have converged on the capital in what some commentators are calling "
        "\u201ctractor diplomacy\u201d.\n\n"
        "The works will close in a town that once called itself \u201cthe coal capital of Wales\u201d, "
        "the company said.\n"
    )
    assert not quoted(extract_rows(text)) & {"hygge", "tractor diplomacy", "the coal capital of Wales"}


def test_a_name_something_is_known_by_is_no_quote(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + (
        "He was asked to leave the Harbour Road bar, known to regulars simply as \u201cthe Anchor\u201d, "
        "police said.\n\n"
        "The twin towns, sometimes nicknamed \u201cthe kiln capital of the north\u201d, employ 9,000 "
        "people, the minister said.\n"
    )
    assert not quoted(extract_rows(text)) & {"the Anchor", "the kiln capital of the north"}


def test_a_verdict_in_the_same_shape_is_still_a_partial_quote(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + (
        "Councillor Ana Ruiz called the plan \u201creckless\u201d and said it was a \u201cvery serious\u201d "
        "problem for the town.\n\n"
        "The mayor praised the crews for what he called \u201ctextbook\u201d work.\n\n"
        "The developer, calling himself \u201cthe king of debt\u201d, said the \u201cLeave\u201d "
        "campaign had won.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "textbook").speaker
    assert row_starting(rows, "the king of debt").speaker
    assert row_starting(rows, "Leave").speaker
    assert row_starting(rows, "reckless").speaker == "Ana Ruiz"
    assert row_starting(rows, "very serious").speaker == "Ana Ruiz"
