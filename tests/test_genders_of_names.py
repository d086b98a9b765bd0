"""`he` and `she` follow a person's gender when the article's names say it: a given name common
in the news of a region (`Rūta`, `Gulnara`), or a surname or patronymic whose ending says it in
its language (`-aitė`, `-ova`, `-ovich`)."""

from __future__ import annotations

import pytest

from tests.rows import row_starting


def test_she_is_the_woman_her_given_name_says(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'Gulnara Sadykova coaches the team. Askar Bekov runs the club. "We train every day," she said.'
    assert row_starting(extract_rows(text), "We train").speaker == "Gulnara Sadykova"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A woman's surname ending: `he` is not her, though she was named last.
        (
            'Piet Adamkus coaches the team. Zhanar Temirkhanova runs the club. "We train," he said.',
            "Piet Adamkus",
        ),
        # A man's: `she` is not him.
        (
            'Dana Whitlow coaches the team. Zhanar Temirkhanov runs the club. "We train," she said.',
            "Dana Whitlow",
        ),
    ],
)
def test_an_ending_alone_says_a_gender(extract_rows, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert row_starting(extract_rows(text), "We train").speaker == speaker
