"""A no-break space (a saved web page's `&nbsp;`) between the words of a name or a role is a
space to the parser: spaCy would make it a token of its own, and the tagger, reading a word
there, loses the person (`Kavita\xa0Rao`) or the body before the job (`Daily Star\xa0columnist`).
The parser's input changes, not a parse's reading, so these run the pipeline itself (``extract``,
which gives the parser the cleaned copy)."""

from __future__ import annotations

from quotes import extract
from quotes.pieces import text_for_parser

NBSP = "\u00a0"


def test_the_parser_reads_a_space_for_each_no_break_space_one_for_one() -> None:
    text = f"Union lawyer Kavita{NBSP}Rao said{NBSP}it.\u202fNo."
    cleaned = text_for_parser(text)
    assert cleaned == "Union lawyer Kavita Rao said it. No."
    assert len(cleaned) == len(text)


def test_a_name_with_a_no_break_space_inside_is_one_person() -> None:
    text = f'Union lawyer Kavita{NBSP}Rao said the ruling was wrong. "We will appeal," Rao said.'
    rows = extract(text)
    assert [(r.speaker, r.role) for r in rows] == [("Kavita Rao", "Union lawyer")]
    # The rows still cut their words from the text as given, no-break space and all.
    assert rows[0].quote == "We will appeal,"


def test_a_paper_before_a_job_over_a_no_break_space_is_the_organisation() -> None:
    text = (
        f"Daily Star{NBSP}columnist Wanjiru Kamau said the vote was rigged. "
        '"Nobody believes the count," Kamau said.'
    )
    rows = extract(text)
    expected = [("Wanjiru Kamau", "columnist", "Daily Star")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
