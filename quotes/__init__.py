"""quotes: who said what in news text.

>>> from quotes import extract
>>> rows = extract('“We are aware of the reports,” Elizabeth Trudeau said.')
>>> rows[0].speaker
'Elizabeth Trudeau'
"""

from __future__ import annotations

from quotes.pipeline import (
    Extraction,
    ModelNotFound,
    extract_documents,
    load_pipeline,
    quotes_from_doc,
    resolve_model,
    shared_pipeline,
)
from quotes.read import Document
from quotes.spans import find_quote_spans
from quotes.types import Quote, QuoteSpan, Speaker

__all__ = [
    "Document",
    "Extraction",
    "ModelNotFound",
    "Quote",
    "QuoteSpan",
    "Speaker",
    "extract",
    "extract_documents",
    "find_quote_spans",
    "load_pipeline",
    "quotes_from_doc",
    "resolve_model",
    "shared_pipeline",
]
__version__ = "0.1.0"


def extract(
    text: str,
    *,
    source: str = "",
    model: str | None = None,
    include_all: bool = False,
    title: str = "",
    indirect: bool = False,
) -> list[Quote]:
    """Every quote in ``text`` with its speaker. The model is loaded once per process.

    Texts of any length are accepted: long ones are parsed in paragraph-aligned pieces and
    the offsets still index ``text``. ``title``, the article's headline when known, marks a
    first paragraph equal to it as the headline (its quotes get no speaker). ``indirect``
    adds reported speech without quote marks (rows of kind ``indirect``).
    """
    nlp = shared_pipeline(model)
    (result,) = extract_documents(
        nlp, [Document(source, text, title=title)], include_all=include_all, indirect=indirect
    )
    if result.error:
        raise RuntimeError(result.error)
    return result.rows
