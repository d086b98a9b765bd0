"""After an interrupt the run exits with its one `interrupted` line: an error the stopped
workers' closed pipes raise while the interpreter shuts down is not printed after it, and any
other unraisable error still is."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from quotes import cli


def _unraisable(exc: BaseException) -> SimpleNamespace:
    return SimpleNamespace(exc_type=type(exc), exc_value=exc, exc_traceback=None, err_msg=None, object=None)


def test_a_closed_pipe_at_shutdown_is_not_printed(capsys: pytest.CaptureFixture[str]) -> None:
    cli.quiet_closed_pipes(_unraisable(OSError(9, "Bad file descriptor")))
    assert capsys.readouterr().err == ""


def test_another_error_at_shutdown_is_still_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(sys, "__unraisablehook__", seen.append)
    cli.quiet_closed_pipes(_unraisable(RuntimeError("a bug")))
    assert len(seen) == 1
