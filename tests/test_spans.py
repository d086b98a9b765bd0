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


def test_a_plural_possessive_inside_single_marks_does_not_close_the_quote() -> None:
    text = (
        "‘It’s the growers’ money and they want it back,’ said the union’s Ann Lee.\n\n"
        "She called the deal ‘the buyers’ charter’ and the rules ‘a mess’.\n\n"
        "He said the ‘levies’ were ‘a scandal’."
    )
    assert _quotes(text) == [
        "It’s the growers’ money and they want it back,",
        "the buyers’ charter",
        "a mess",
        "levies",
        "a scandal",
    ]


def test_markup_attribute_values_are_not_quotes() -> None:
    text = '<tweet author="JaneDoe" timestamp="1449075600">Enough is enough</tweet> “It is time,” she said.'
    assert _quotes(text) == ["It is time,"]
    # An empty value (`pic=""`) leaves no mark behind to pair with the next value's end.
    text = '<tweet pic="" author="CityHall" timestamp="1449">The ferry is "back" today.</tweet>'
    assert _quotes(text) == ["back"]


# --- archive marks: ''…'' (news archives) and ``…'' (corpora) -------------------------------


def _marked(text: str) -> list[tuple[str, str, str]]:
    """(opening mark, words, closing mark) for each span, white space around the marks cut."""
    return [
        (text[s.open_mark : s.start].strip(), text[s.start : s.end], text[s.end : s.outer_end].strip())
        for s in find_quote_spans(text)
    ]


def test_archive_quote_has_the_words_inside_the_two_apostrophes() -> None:
    text = "''The harbour will reopen in May,'' the port director said on Tuesday."
    assert _marked(text) == [("''", "The harbour will reopen in May,", "''")]
    (span,) = find_quote_spans(text)
    assert span.style == "double"


def test_apostrophes_inside_an_archive_quote_are_not_marks() -> None:
    text = (
        "''I wasn't there, and the players' union knows it,'' she said. "
        "The players' union declined to comment."
    )
    assert _quotes(text) == ["I wasn't there, and the players' union knows it,"]


def test_two_commas_open_a_quote_as_the_german_low_mark_does() -> None:
    # Typed archives write `„…“` as two commas and two backticks (or two apostrophes).
    text = "The strike ended. ,,We have won,`` said the union's secretary. ,,Back on Monday.''"
    assert _marked(text) == [(",,", "We have won,", "``"), (",,", "Back on Monday.", "''")]
    # Two commas inside a list of figures open nothing.
    assert _quotes("The scores were 3,,4 and 5,, 6 ,, ok.") == []


def test_nested_quote_closing_with_a_space_before_the_outer_mark() -> None:
    text = "''He told me 'no,' '' she said of the landlord."
    assert _marked(text) == [("''", "He told me 'no,'", "''")]


def test_nested_quote_closing_against_the_outer_mark() -> None:
    text = "The tenant was blunt. ''He told me 'no.''' The landlord did not reply."
    assert _marked(text) == [("''", "He told me 'no.'", "''")]


def test_nested_quote_opening_with_the_outer_mark() -> None:
    text = "'''Not today,' was all he said,'' the clerk recalled."
    assert _quotes(text) == ["'Not today,' was all he said,"]


def test_archive_quote_over_two_paragraphs_is_one_utterance() -> None:
    text = (
        "''We will rebuild the pier before the summer.\n\n"
        "''It will take two years, and it will cost more than the last one,'' the mayor said.\n\n"
        "The council meets on Monday."
    )
    spans = find_quote_spans(text)
    assert _quotes(text) == [
        "We will rebuild the pier before the summer.",
        "It will take two years, and it will cost more than the last one,",
    ]
    assert spans[0].close_mark == -1
    assert spans[0].utterance == spans[1].utterance


def test_archive_quote_split_by_its_attribution_is_one_utterance() -> None:
    text = "''The pier is safe,'' she said. ''We checked every pile twice.''\n\n''Next question.''"
    spans = find_quote_spans(text)
    assert _quotes(text) == ["The pier is safe,", "We checked every pile twice.", "Next question."]
    assert [s.utterance for s in spans] == [0, 0, 1]


def test_unclosed_archive_mark_mid_sentence_is_dropped() -> None:
    text = "The mayor called the plan ''bold and left the room.\n\nAn aide said it would work. ''Soon.''"
    assert _quotes(text) == ["Soon."]


def test_unclosed_archive_quote_that_is_the_whole_paragraph_runs_to_its_end() -> None:
    text = "''We are not moving, whatever the council decides.\n\nThe council meets on Monday."
    assert _quotes(text) == ["We are not moving, whatever the council decides."]


def test_inch_marks_are_not_quote_marks() -> None:
    text = "The crew fitted a 2'' pipe. ''The old 2'' pipe had rusted through,'' the foreman said."
    assert _quotes(text) == ["The old 2'' pipe had rusted through,"]
    text = "The ladder is 5'11'' tall and the shelf 12'' x 18''. ''It fits,'' he said."
    assert _quotes(text) == ["It fits,"]


def test_a_number_can_be_all_an_archive_quote_holds() -> None:
    text = "Callers must now dial ''1'' for English, the company said."
    assert _quotes(text) == ["1"]


def test_ditto_marks_are_not_quote_marks() -> None:
    text = (
        "Apples   $2   per pound\nPears    ''   ''\nPlums    ''   ''\n"
        "''We sold out by noon,'' the grocer said."
    )
    assert _quotes(text) == ["We sold out by noon,"]


def test_two_apostrophes_in_markup_or_code_are_not_quote_marks() -> None:
    text = (
        "Set alt='' on decorative images, write x = '' for an empty name, or call print(''). "
        "In the wiki, '''Harbour Board''' is in bold. ''It worked,'' the developer said."
    )
    assert _quotes(text) == ["It worked,"]
    text = "''Leave it empty, name='', and save the form,'' the help page says."
    assert _quotes(text) == ["Leave it empty, name='', and save the form,"]


def test_backtick_pairs_open_and_two_apostrophes_close() -> None:
    text = "``The pier is safe,'' she said. ``We checked every pile twice.''"
    spans = find_quote_spans(text)
    assert _marked(text) == [("``", "The pier is safe,", "''"), ("``", "We checked every pile twice.", "''")]
    assert spans[0].utterance == spans[1].utterance


def test_a_lone_backtick_and_code_in_backticks_are_not_quote_marks() -> None:
    text = (
        "A lone ` stays put. Run ``make`` first, then ``make install``.\n"
        "```\nmake test\n```\n``It builds,'' he said."
    )
    assert _quotes(text) == ["It builds,"]


def test_curly_archive_marks() -> None:
    text = "‘‘We will win the county,’’ said the campaign manager."
    assert _marked(text) == [("‘‘", "We will win the county,", "’’")]


def test_all_conventions_in_one_document() -> None:
    text = (
        "“The ferry is late again,” a commuter said.\n\n"
        "''We are sorry, and the ’90s timetable is the problem,'' the operator said of Ashby’s route.\n\n"
        "``It is rock ’n’ roll on the water,'' a deckhand said. ‘Every single day.’\n\n"
        '"Enough," said the mayor.'
    )
    assert _quotes(text) == [
        "The ferry is late again,",
        "We are sorry, and the ’90s timetable is the problem,",
        "It is rock ’n’ roll on the water,",
        "Every single day.",
        "Enough,",
    ]


def test_double_quote_inside_an_archive_quote_belongs_to_it() -> None:
    text = "''He wrote \"closed\" on the gate and left,'' the farmer said."
    assert _quotes(text) == ['He wrote "closed" on the gate and left,']


def test_closing_archive_mark_set_off_by_a_space() -> None:
    text = "''He built very strong coalitions, '' said the former aide."
    assert _quotes(text) == ["He built very strong coalitions,"]


def test_archive_marks_set_off_by_spaces_on_both_sides_open_and_close() -> None:
    # Retyped and OCR'd archives space every mark: a paragraph's first mark before a word opens,
    # and one after sentence punctuation before a capital closes an open quote or opens one.
    text = (
        "'' We have made hard choices, '' said Mayor Lina Ortiz.\n\n"
        "Dave Kim voted against it. '' This budget cuts the libraries again, '' he said.\n\n"
        "She told them: '' We start on Monday. '' Nobody asked why."
    )
    assert _quotes(text) == [
        "We have made hard choices,",
        "This budget cuts the libraries again,",
        "We start on Monday.",
    ]


def test_spaced_marks_with_no_sentence_after_them_stay_ditto_marks() -> None:
    text = "Totals. ''  '' 14\n\n'' 3 ''\n\nThe vote. '' Carried 7 to 2 was the count."
    assert _quotes(text) == []


def test_guillemets_typed_in_plain_letters_are_quote_marks() -> None:
    text = "<<This is no plan at all>>, the mayor told reporters. Her deputy: << We will study it. >>"
    assert _quotes(text) == ["This is no plan at all", "We will study it."]


def test_angle_brackets_of_menus_and_code_are_not_quote_marks() -> None:
    text = "<< Previous | Next >>\n\nSet x = y << 2 >> 1 and print(a << b).\n\nPage <<3>> of 9."
    assert _quotes(text) == []


def test_british_quote_ending_on_a_plural_possessive_is_not_an_archive_mark() -> None:
    text = "‘It was a good night for the players’’ the coach said. ‘And for the fans.’"
    assert _quotes(text) == ["It was a good night for the players’", "And for the fans."]


def test_straight_mark_closed_by_an_archive_mark() -> None:
    # Scanned and retyped archives mix the marks: `"` opens, `''` closes.
    text = (
        "\"The bridge is the best news in years,'' said the mayor. ``Work starts in spring,'' he added.\n\n"
        "\"I am not convinced,'' an alderman said. \"The cost is too high.''"
    )
    assert _marked(text) == [
        ('"', "The bridge is the best news in years,", "''"),
        ("``", "Work starts in spring,", "''"),
        ('"', "I am not convinced,", "''"),
        ('"', "The cost is too high.", "''"),
    ]


def test_archive_mark_closed_by_a_straight_mark() -> None:
    text = "''We will rebuild the pier,\" the harbour master said."
    assert _marked(text) == [("''", "We will rebuild the pier,", '"')]


def test_archive_quote_inside_a_straight_quote_keeps_the_straight_pair() -> None:
    text = "\"He told me ''no'' and walked off,\" the farmer said."
    assert _quotes(text) == ["He told me ''no'' and walked off,"]


def test_a_closing_mark_lost_before_the_attribution() -> None:
    # The closing mark left out before `, said X`: the quote ends at the comma, so the
    # attribution is read as one.
    assert _quotes("\u201cThere was not a lot of warning, said Kessel, whose group runs the shelter.") == [
        "There was not a lot of warning,"
    ]
    assert _quotes("\u201cWe will not stop, Mayor Ann Cole said. The council voted on Monday.") == [
        "We will not stop,"
    ]
    # Words that only look like it stay in the quote: no name after `said`.
    text = "\u201cWe will win, and the party said so too."
    assert _quotes(text) == [text[1:]]
