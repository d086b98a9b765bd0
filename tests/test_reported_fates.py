"""`benchmarks/reported_fates.py` puts each gold report in one fate by the evaluation's rules:
found, a row naming somebody else, a candidate the model left out (with the right speaker or
not), a candidate overlapping it short of the half-overlap bar, or none. Rows and gold quotes
made up for this file."""

from __future__ import annotations

import sys
from pathlib import Path

from quotes.evaluate import GoldQuote
from quotes.types import Quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from reported_fates import fate  # noqa: E402

# "Mara Hale said the bridge would reopen in May." : the words 15..44, the speaker 0..9.
_GOLD = GoldQuote(15, 44, "the bridge would reopen in May", "Mara Hale", 0, 9, "said", "indirect")


def _row(start: int, end: int, speaker: str, speaker_start: int, speaker_end: int) -> Quote:
    return Quote(
        "",
        speaker,
        "",
        "",
        "",
        "said",
        "indirect",
        0.0,
        start,
        end,
        speaker_start,
        speaker_end,
        0,
        "reported-speech",
    )


_RIGHT = _row(15, 44, "Mara Hale", 0, 9)
_OTHER = _row(15, 44, "Tom Reed", 50, 58)
_SHORT = _row(15, 25, "Mara Hale", 0, 9)


def test_a_kept_row_with_the_speaker_is_found() -> None:
    assert fate(_GOLD, [_RIGHT], [_RIGHT]) == "found"


def test_a_kept_row_naming_somebody_else_is_a_wrong_speaker() -> None:
    assert fate(_GOLD, [_OTHER], [_OTHER]) == "wrong speaker"


def test_a_candidate_left_out_is_dropped_with_or_without_its_speaker() -> None:
    assert fate(_GOLD, [], [_RIGHT]) == "dropped"
    assert fate(_GOLD, [], [_OTHER]) == "dropped, wrong speaker"


def test_a_candidate_short_of_half_the_words_is_near_and_none_is_none() -> None:
    assert fate(_GOLD, [], [_SHORT]) == "near"
    assert fate(_GOLD, [], []) == "none"
