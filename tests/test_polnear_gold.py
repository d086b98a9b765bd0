"""benchmarks/polnear_gold.py on a tiny hand-made brat fixture (no PolNeAR checkout here).

The fixture follows brat's documented standoff format and the corpus's documented layers
(source, cue, content); the sentences are written for this test.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from quotes.evaluate import read_gold

ROOT = Path(__file__).resolve().parent.parent


def converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_gold", ROOT / "benchmarks" / "polnear_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


polnear_gold = converter()


def bound(ident: str, kind: str, text: str, *pieces: str, nth: int = 0) -> str:
    """A brat text-bound line for ``pieces`` of ``text`` (each found after the previous one)."""
    fragments, at = [], 0
    for _ in range(nth):
        at = text.index(pieces[0], at) + 1
    for piece in pieces:
        start = text.index(piece, at)
        fragments.append(f"{start} {start + len(piece)}")
        at = start + len(piece)
    return f"{ident}\t{kind} {';'.join(fragments)}\t{' '.join(pieces)}"


STORY = (
    "Bridge to reopen\n\n"
    "“We will rebuild the bridge,” said Ana Ruiz, the city engineer, “and we will do it by June.”\n\n"
    "Councillor Tom Hale called the delay “a disgrace” on Monday.\n\n"
    "Hale said the council would meet again next week.\n\n"
    "Residents have grown used to the ''temporary'' ferry.\n\n"
    "Ruiz added: ''The money is there.''\n"
)


def story_ann(text: str) -> str:
    lines = [
        bound("T1", "Source", text, "Ana Ruiz"),
        bound("T2", "Cue", text, "said"),
        # The content in two pieces around the cue, each with its quote marks.
        bound("T3", "Content", text, "“We will rebuild the bridge,”", "“and we will do it by June.”"),
        bound("T4", "Source", text, "Councillor Tom Hale"),
        bound("T5", "Cue", text, "called"),
        bound("T6", "Content", text, "the delay “a disgrace”"),
        bound("T7", "Source", text, "Hale", nth=1),
        bound("T8", "Cue", text, "said", nth=1),
        bound("T9", "Content", text, "the council would meet again next week"),
        bound("T10", "Source", text, "Ruiz", nth=1),
        bound("T11", "Cue", text, "added"),
        bound("T12", "Content", text, "''The money is there.''"),
        "R1\tSOURCE Arg1:T2 Arg2:T1",
        "R2\tCONTENT Arg1:T2 Arg2:T3",
        # The second attribution as a brat event instead of relations.
        "E1\tCue:T5 Source:T4 Content:T6",
        "R3\tSOURCE Arg1:T8 Arg2:T7",
        "R4\tCONTENT Arg1:T8 Arg2:T9",
        "R5\tSOURCE Arg1:T11 Arg2:T10",
        "R6\tCONTENT Arg1:T11 Arg2:T12",
        "#1\tAnnotatorNotes T1\tthe engineer",
        "A1\tFactuality T2 Asserted",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    root = tmp_path / "PolNeAR"
    for split in ("train", "dev"):
        folder = root / "data" / split / "courier"
        folder.mkdir(parents=True)
        (folder / "bridge.txt").write_text(STORY, encoding="utf-8", newline="")
        (folder / "bridge.ann").write_text(story_ann(STORY), encoding="utf-8")
    return root


def by_text(record: dict[str, object]) -> dict[str, dict[str, object]]:
    return {str(q["text"]): q for q in record["quotes"]}  # type: ignore[attr-defined]


def test_quotes_of_each_attribution_become_gold_in_our_format(checkout: Path) -> None:
    records = list(polnear_gold.articles(checkout, "train", None))
    assert [r["id"] for r in records] == ["data/train/courier/bridge"]
    quotes = by_text(records[0])
    text = records[0]["text"]
    assert text == STORY
    assert set(quotes) == {
        "We will rebuild the bridge,",
        "and we will do it by June.",
        "a disgrace",
        "The money is there.",
    }
    for quote in quotes.values():
        assert text[quote["start"] : quote["end"]] == quote["text"]  # type: ignore[misc]
    ruiz = quotes["We will rebuild the bridge,"]
    assert (ruiz["kind"], ruiz["speaker"], ruiz["cue"]) == ("direct", "Ana Ruiz", "said")
    assert text[ruiz["speaker_start"] : ruiz["speaker_end"]] == "Ana Ruiz"  # type: ignore[misc]
    assert quotes["and we will do it by June."]["kind"] == "direct"  # the same content's second piece
    assert quotes["a disgrace"]["kind"] == "partial"  # a fragment inside paraphrase
    assert quotes["a disgrace"]["speaker"] == "Councillor Tom Hale"  # read from the brat event
    assert quotes["The money is there."]["kind"] == "direct"  # the archive form ''…''
    # ''temporary'' is in no attribution: a scare quote is never gold.
    assert "temporary" not in quotes


def test_reported_speech_only_when_asked_and_only_for_verbs_of_saying(checkout: Path) -> None:
    plain = list(polnear_gold.articles(checkout, "dev", None))[0]
    assert all(q["kind"] != "indirect" for q in plain["quotes"])
    said = list(polnear_gold.articles(checkout, "dev", lambda cue: cue == "said"))[0]
    indirect = [q for q in said["quotes"] if q["kind"] == "indirect"]
    assert [(q["text"], q["speaker"], q["cue"]) for q in indirect] == [
        ("the council would meet again next week", "Hale", "said")
    ]
    # `called` is no verb of saying here: its content has quote marks anyway, so it is partial.
    nothing = list(polnear_gold.articles(checkout, "dev", lambda cue: False))[0]
    assert all(q["kind"] != "indirect" for q in nothing["quotes"])


def test_the_output_reads_back_as_gold(checkout: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    assert polnear_gold.main([str(checkout), "--split", "train", "-o", str(out)]) == 0
    articles = list(read_gold(out))
    assert len(articles) == 1 and len(articles[0].quotes) == 4
    assert sorted(q.kind for q in articles[0].quotes) == ["direct", "direct", "direct", "partial"]
    # Without --split, every article of the checkout.
    assert polnear_gold.main([str(checkout), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_offsets_that_do_not_hold_their_text_are_refused(checkout: Path) -> None:
    ann = checkout / "data" / "train" / "courier" / "bridge.ann"
    ann.write_text("T1\tSource 0 5\tAna Ruiz\n", encoding="utf-8")
    with pytest.raises(polnear_gold.AnnotationError, match="T1"):
        list(polnear_gold.articles(checkout, "train", None))


def test_quoted_stretches_pair_marks_of_one_kind() -> None:
    text = "“One,” he said. \"Two.\" ''Three.'' “Four"
    assert [text[a:b] for a, b in polnear_gold.quoted_stretches(text)] == ["One,", "Two.", "Three."]


def test_the_converter_says_what_it_wrote(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert polnear_gold.main([str(checkout), "--split", "dev"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["data/dev/courier/bridge"]
    assert captured.err.strip() == "1 articles, 4 gold quotes"


def test_evaluate_without_the_gold_says_how_to_build_it(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from quotes.cli import app

    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "polnear-dev.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "benchmarks/polnear_gold.py" in result.stderr


@pytest.mark.parametrize(
    "links",
    [
        ["R1\tSOURCE Arg1:T2 Arg2:T1", "R2\tCONTENT Arg1:T2 Arg2:T3"],  # the cue at the hub
        ["R1\tSOURCE Arg1:T3 Arg2:T1", "R2\tCUE Arg1:T3 Arg2:T2"],  # the content at the hub
        ["E1\tCue:T2 Source:T1 Content:T3"],  # one event
    ],
)
def test_every_way_of_linking_gives_the_same_attribution(links: list[str]) -> None:
    text = "“The pier is unsafe,” warned Ivo Brandt. “The pier is fine,” said Ruth Amadi.\n"
    lines = [
        bound("T1", "Source", text, "Ivo Brandt"),
        bound("T2", "Cue", text, "warned"),
        bound("T3", "Content", text, "“The pier is unsafe,”"),
        # A second attribution that must not lend its speaker to the first.
        bound("T4", "Source", text, "Ruth Amadi"),
        bound("T5", "Cue", text, "said"),
        bound("T6", "Content", text, "“The pier is fine,”"),
        "R8\tSOURCE Arg1:T5 Arg2:T4",
        "R9\tCONTENT Arg1:T5 Arg2:T6",
        *links,
    ]
    bounds, read_links = polnear_gold.read_ann("\n".join(lines))
    quotes = [
        q
        for attribution in polnear_gold.attributions(bounds, read_links)
        for q in polnear_gold.gold_quotes(text, attribution, polnear_gold.quoted_stretches(text), None)
    ]
    assert [(q["text"], q["speaker"], q["cue"], q["kind"]) for q in quotes] == [
        ("The pier is unsafe,", "Ivo Brandt", "warned", "direct"),
        ("The pier is fine,", "Ruth Amadi", "said", "direct"),
    ]
