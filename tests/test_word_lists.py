"""Word lists from the component's config: a folder of lists replaces the packaged ones of the
same name, for that pipeline only, so two pipelines with lists of their own live in one
process."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.lexicon import lexicon, lexicon_of, word_lists_from

# A made-up story whose second paragraph a newsroom's own furniture list calls a label.
STORY = (
    "Storm closes the harbour road\n\n"
    "FLASH: “We will reopen the road by Friday,” said Ana Ruiz, the harbour master.\n\n"
    "Crews worked through the night to clear the fallen trees.\n"
)


@pytest.fixture()
def lists(tmp_path: Path) -> Path:
    """A folder holding two lists of a newsroom's own: one more cue verb, and a furniture list
    with one label pattern of its house style."""
    (tmp_path / "cue_verbs.txt").write_text("# a newsroom's list\nsay\nharrumph\n", encoding="utf-8")
    (tmp_path / "furniture.txt").write_text("# a newsroom's list\nlabel\tFLASH: .*\n", encoding="utf-8")
    return tmp_path


def test_a_folder_replaces_the_lists_it_holds_and_keeps_the_others(lists: Path) -> None:
    packaged = lexicon()
    assert "harrumph" not in packaged.cue_verbs
    with word_lists_from(lists):
        own = lexicon()
        assert own.cue_verbs == frozenset({"say", "harrumph"})
        assert own.role_nouns == packaged.role_nouns  # a list the folder does not hold
    assert lexicon() is packaged


def test_the_lists_follow_the_folder_in_and_out_of_blocks_and_threads(lists: Path) -> None:
    # lexicon() keeps the last folder's lists in one slot: each switch of folder, back and
    # forth and in a thread that runs with the packaged lists, still gets that folder's own.
    import threading

    packaged = lexicon()
    seen: list[object] = []
    for round_ in range(2):
        with word_lists_from(lists):
            assert "harrumph" in lexicon().cue_verbs
            worker = threading.Thread(target=lambda: seen.append(lexicon()))
            worker.start()
            worker.join()
            assert seen == [packaged] * (round_ + 1)
            assert "harrumph" in lexicon().cue_verbs
        assert lexicon() is packaged


def test_a_folder_that_is_not_there_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not a folder"):
        with word_lists_from(tmp_path / "missing"):
            pass


@pytest.mark.slow
def test_two_pipelines_with_their_own_lists_in_one_process(lists: Path) -> None:
    from quotes.pipeline import load_pipeline

    packaged = load_pipeline()
    newsroom = load_pipeline()
    newsroom.replace_pipe("quotes", "quotes", config={"word_lists": str(lists)})

    def speakers(pipeline) -> list[str]:  # type: ignore[no-untyped-def]
        return [q.speaker for q in pipeline(STORY)._.quotes]

    # The packaged furniture list has no `FLASH:` label: the quote is Ana Ruiz's. The
    # newsroom's list makes the line furniture, whose quotes are no rows (kind `furniture`,
    # listed with include_all). Run in turns, each pipeline keeps its own lists.
    for _ in range(2):
        assert speakers(packaged) == ["Ana Ruiz"]
        assert speakers(newsroom) == []
    assert "harrumph" not in lexicon().cue_verbs  # nothing leaks out of a pipeline's call


def test_the_component_refuses_a_missing_folder(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotes.pipeline import make_quotes_component

    with pytest.raises(ValueError, match="not a folder"):
        make_quotes_component(nlp, "quotes", False, False, str(tmp_path / "missing"))


def test_the_kinds_of_a_list_nest_as_they_read() -> None:
    # portfolios.txt: every portfolio is a field, every field a word of a brief; the joiners of
    # a long brief are a kind apart.
    lex = lexicon()
    assert "health" in lex.portfolios and "opposition" not in lex.portfolios
    assert lex.portfolios < lex.fields < lex.portfolio_words
    assert "roads" in lex.portfolio_words - lex.fields
    assert "and" in lex.brief_joiners and "and" not in lex.portfolio_words
    assert "captain" in lex.team_ranks and "coach" not in lex.team_ranks
    assert "inspector" in lex.police_ranks and "constabulary" in lex.police_forces
    # offices.txt: a word of several kinds (`mayor`: civic and town) is in each.
    assert "mayor" in lex.civic_offices & lex.town_offices and "mla" in lex.seat_holders
    assert lex.civic_offices < lex.place_offices and "high commissioner" in lex.place_offices
    assert "greater" in lex.place_openers and "village" in lex.place_nouns
    assert not lex.place_openers & lex.place_nouns and "gazette" in lex.masthead_words
    assert lex.post_verbs == lex.appoint_verbs | lex.remove_verbs < lex.placing_verbs
    assert "sack" in lex.remove_verbs and "promote" in lex.placing_verbs - lex.post_verbs
    assert "publish" in lex.issuing_verbs
    assert lex.campaign_staff < lex.campaign_advisers < lex.campaign_posts
    assert "deputy" in lex.rank_words and "former" in lex.time_modifiers and "now" in lex.time_adverbs
    assert "company" in lex.any_body_nouns & lex.generic_business_nouns
    assert "operator" in lex.generic_business_nouns - lex.any_body_nouns
    assert "tenure" in lex.service_spans and "playwright" in lex.author_nouns


def test_a_folder_replaces_a_list_with_kinds(tmp_path: Path) -> None:
    police = "# a newsroom's list\nmarshal\trank\nrangers\tforce\n"
    (tmp_path / "police.txt").write_text(police, encoding="utf-8")
    with word_lists_from(tmp_path):
        own = lexicon()
        assert own.police_ranks == frozenset({"marshal"}) and own.police_forces == frozenset({"rangers"})
        assert own.portfolios == lexicon_of(None).portfolios


def test_the_words_that_make_no_family_name_are_read_once_per_lexicon(tmp_path: Path) -> None:
    # (A given name, a place, a body's noun and a place's noun: `Ana Lima Cruz` has no two
    # family names; the union is built once, not at every name.)
    lex = lexicon()
    assert {"ana", "council"} <= lex.no_family_names
    assert lex.no_family_names is lex.no_family_names
    assert lex.no_family_names == (
        lex.organization_nouns | lex.place_nouns | lex.places | frozenset(lex.first_names)
    )
    (tmp_path / "first_names.txt").write_text("# a newsroom's list\nzephyrine\tf\n", encoding="utf-8")
    assert "zephyrine" in lexicon_of(tmp_path).no_family_names
    assert "zephyrine" not in lex.no_family_names


def test_every_list_opens_on_where_its_entries_come_from_and_is_in_the_readme() -> None:
    """Each packaged word list says in its header where its entries come from, and
    models/README.md says what it is and what reads it."""
    folder = Path(__file__).resolve().parent.parent / "models"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    lists = sorted(folder.glob("*.txt"))
    assert lists
    for path in lists:
        assert path.read_text(encoding="utf-8").startswith("#"), path.name
        assert f"`{path.name}`" in readme, path.name
