from __future__ import annotations

from pathlib import Path

import pytest

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
