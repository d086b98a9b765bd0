"""What a user sees of the command line before any work: a forgotten command name, --help."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from quotes.cli import app

COMMANDS = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
# typer prints a Python type where no metavar is given: <str>, <bool>, <list[str]>, <int range>.
TYPE_NAME = re.compile(r"<(str|bool|int|float|path|list\[[a-z]+\]|int range|[a-z]+ range)>")


def test_a_forgotten_command_name_says_to_use_extract(tmp_path) -> None:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text("“The dam will hold,” said Ana Ruiz.\n", encoding="utf-8")
    result = CliRunner().invoke(app, [str(story)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"quotes extract {story}" in lines[0]


def test_a_forgotten_command_name_keeps_the_other_arguments(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["samples/", "-o", "quotes.csv"])
    assert result.exit_code == 2
    assert "quotes extract samples/ -o quotes.csv" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_mistyped_command_is_still_called_unknown() -> None:
    result = CliRunner().invoke(app, ["extrcat", "story.txt"])
    assert result.exit_code == 2
    assert "extrcat" in result.stderr


def test_commands_are_the_three_a_user_knows() -> None:
    assert sorted(COMMANDS) == ["evaluate", "extract", "speakers"]


@pytest.mark.parametrize("command", [[], *([name] for name in ("extract", "speakers", "evaluate"))])
def test_help_shows_no_python_type_names(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    found = TYPE_NAME.findall(result.output)
    assert not found, (command, found)


def test_help_names_what_each_value_is() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert re.search(r"--output\s+-o\s+FILE", result.output), result.output
    assert re.search(r"--jobs\s+-j\s+N", result.output), result.output
    assert re.search(r"--quiet\s+-q\s+No progress", result.output), result.output


def test_each_option_is_declared_once() -> None:
    """An option the commands share has one declaration, so its name, letter and metavar
    cannot drift apart between commands."""
    import ast
    from pathlib import Path

    source = (Path(__file__).resolve().parent.parent / "quotes" / "cli.py").read_text(encoding="utf-8")
    names = [
        call.args[0].value
        for call in ast.walk(ast.parse(source))
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "Option"
        and call.args
        and isinstance(call.args[0], ast.Constant)
    ]
    assert "--format" in names and "--jobs" in names
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
