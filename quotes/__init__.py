"""quotes: who said what in news text.

>>> from quotes import extract
>>> rows = extract('“We are aware of the reports,” Elizabeth Trudeau said.')
>>> rows[0].speaker
'Elizabeth Trudeau'
"""

from __future__ import annotations

from spacy.language import Language

from quotes.pipeline import ModelNotFound, load_pipeline, quotes_from_doc, resolve_model
from quotes.spans import find_quote_spans
from quotes.types import Quote, QuoteSpan, Speaker

__all__ = [
    "ModelNotFound",
    "Quote",
    "QuoteSpan",
    "Speaker",
    "extract",
    "find_quote_spans",
    "load_pipeline",
    "resolve_model",
]
__version__ = "0.1.0"

_NLP: dict[str | None, Language] = {}


def extract(
    text: str, *, source: str = "", model: str | None = None, include_all: bool = False
) -> list[Quote]:
    """Every quote in ``text`` with its speaker. The model is loaded once per process."""
    nlp = _NLP.get(model)
    if nlp is None:
        nlp = _NLP[model] = load_pipeline(model)
    doc = nlp(text)
    if include_all:
        return quotes_from_doc(doc, source=source, include_all=True)
    return [Quote(**{**q.to_dict(), "source": source}) for q in doc._.quotes]
