from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # The fast loop (`pytest -m "not slow"`) runs a tenth of each property test's example
    # budget (tests read QUOTES_FAST_TESTS); the whole suite, as CI runs it, the full budget.
    if "not slow" in (config.getoption("markexpr") or ""):
        os.environ["QUOTES_FAST_TESTS"] = "1"


def example_budget(full: int) -> int:
    """``full`` hypothesis examples in the whole suite, a tenth (at least 10) in the fast loop."""
    return max(10, full // 10) if os.environ.get("QUOTES_FAST_TESTS") else full


ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The full pipeline, loaded once for the whole test run."""
    from quotes.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_rows(nlp):  # type: ignore[no-untyped-def]
    """text -> rows, through the shared pipeline."""
    from quotes.pipeline import quotes_from_doc

    def run(text: str, include_all: bool = False):  # type: ignore[no-untyped-def]
        return quotes_from_doc(nlp(text), include_all=include_all)

    return run
