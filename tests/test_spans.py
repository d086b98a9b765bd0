"""Quote spans from the marks alone: pairing, apostrophes, split and unclosed quotes."""

from __future__ import annotations

from quotes.spans import find_quote_spans


def _quotes(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_quote_split_by_its_attribution_is_one_utterance() -> None:
    text = (
        "“Six months is a lifetime for a shop,” said Peter Hale, chairman of the traders’ "
        "association. “Half of my trade comes over that bridge.”"
    )
    spans = find_quote_spans(text)
    assert len(spans) == 2
    assert spans[0].utterance == spans[1].utterance


def test_abbreviation_in_the_attribution_does_not_end_it() -> None:
    text = "“We expected losses,” said Dr. Ann Brunner. “Not on this scale.”"
    spans = find_quote_spans(text)
    assert spans[0].utterance == spans[1].utterance


def test_finished_quote_then_a_new_sentence_is_a_new_utterance() -> None:
    text = "“We expected losses.” She paused. Then she went on. “Not on this scale.”"
    spans = find_quote_spans(text)
    assert spans[0].utterance != spans[1].utterance
    text = "“We expected losses,” he said. He left the room. “Not on this scale.”"
    spans = find_quote_spans(text)
    assert spans[0].utterance != spans[1].utterance


def test_unclosed_quote_after_a_colon_runs_to_the_paragraph_end() -> None:
    text = (
        "Brandt told analysts: “We cannot justify that spending on a building from the 1960s. "
        "Our other bakeries can absorb the volume.\n\nThe plant will close in May."
    )
    (quote,) = _quotes(text)
    assert quote.startswith("We cannot justify")
    assert quote.endswith("absorb the volume.")


def test_unclosed_mark_mid_sentence_is_dropped() -> None:
    text = "The firm called the plan “bold and said nothing more.\n\nThe plant will close in May."
    assert _quotes(text) == []


def test_apostrophes_are_not_single_quotes() -> None:
    text = "‘People have asked me that since the ’90s,’ he said. ‘I don’t know, Nangarhar’s hard.’"
    assert _quotes(text) == ["People have asked me that since the ’90s,", "I don’t know, Nangarhar’s hard."]


def test_markup_attribute_values_are_not_quotes() -> None:
    text = '<tweet author="JaneDoe" timestamp="1449075600">Enough is enough</tweet> “It is time,” she said.'
    assert _quotes(text) == ["It is time,"]
