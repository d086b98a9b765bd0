"""Finding a row in a test's output by how its quote begins."""

from __future__ import annotations

from typing import Any


def row_starting(rows: list[Any], start_of_quote: str) -> Any:
    """The first row whose quote begins with ``start_of_quote``; fails listing the quotes when
    there is none."""
    hits = [r for r in rows if r.quote.startswith(start_of_quote)]
    assert hits, [r.quote for r in rows]
    return hits[0]
