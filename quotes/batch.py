"""Batches: many inputs in, each document's rows out, every failure and note reported as met.

The one path the command line's ``extract``, ``speakers`` and ``evaluate`` run, and what a
program runs for the same behaviour::

    from quotes.batch import Batch, BatchEvents
    from quotes.pipeline import shared_pipeline

    batch = Batch(["articles/"], events=BatchEvents(error=lambda source, message: print(source, message)))
    for result in batch.extract(shared_pipeline(), jobs=0):
        ...  # result.document, result.rows
    batch.failures  # the sources that failed, each reported once through events.error

Inputs are paths (files, folders, globs, ``-``) read by ``quotes.read``, or documents already
in memory (``Batch(documents=…)``: gold articles, a program's own texts). A bad input or a
document whose extraction fails is reported through ``events.error`` and left out; the rest
go on. ``events.note`` receives what is worth saying but is no failure (an encoding assumed, a
text kept under another name: ``important`` when it must be said even to a quiet run).
``events.done`` is called once per document, extracted or failed, for a progress bar.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from quotes.pipeline import Extraction, extract_documents
from quotes.read import INPUT_FORMATS, Document, InputError, read_inputs
from quotes.shards import ShardOutcome
from quotes.write import KeepTextRefused, TextKeeper


class BatchError(ValueError):
    """Options a batch cannot start with (an unknown input format, --keep-text a file)."""


@dataclass(frozen=True)
class InputOptions:
    """How inputs are read: ``input_format`` (auto, text, html, jsonl, csv) and the fields of a
    JSONL/CSV corpus record (``title_field`` empty: ``title``, else ``headline``)."""

    input_format: str = "auto"
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = ""


def _ignore(*args: object, **kwargs: object) -> None:
    return None


@dataclass(frozen=True)
class BatchEvents:
    """What a batch tells as it goes: ``error(source, message)``, ``note(source, message,
    important)``, ``done()`` (one document finished or failed)."""

    error: Callable[[str, str], None] = _ignore
    note: Callable[..., None] = _ignore
    done: Callable[[], None] = _ignore


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def usable_jobs(jobs: int) -> int:
    """``jobs`` capped at the cores: more workers than cores only share the same cores, each
    with its own memory. 0 stays 0 (one per core for a batch, decided when it starts)."""
    return min(jobs, cores())


def extract_all(
    nlp: Language,
    documents: Iterable[Document],
    *,
    include_all: bool = False,
    indirect: bool = False,
    jobs: int = 0,
) -> Iterator[Extraction]:
    """Every document's extraction in input order, a failed one with its ``error``. ``jobs``
    0: one process for a single document (forking would only cost), one per core for more."""
    docs = iter(documents)
    if jobs == 0:
        head = list(itertools.islice(docs, 2))
        jobs = cores() if len(head) > 1 else 1
        docs = itertools.chain(head, docs)
    yield from extract_documents(nlp, docs, include_all=include_all, jobs=jobs, indirect=indirect)


@dataclass
class Batch:
    """The inputs of one run, read and extracted as a stream; ``failures`` and ``documents``
    fill as it goes."""

    paths: list[str] = field(default_factory=list)
    options: InputOptions = InputOptions()
    keep_text: Path | None = None
    events: BatchEvents = BatchEvents()
    documents_given: Iterable[Document] | None = None
    failures: list[str] = field(default_factory=list)
    documents: int = 0  # read and handed on for extraction

    def __post_init__(self) -> None:
        given = self.options.input_format
        if given not in INPUT_FORMATS:
            raise BatchError(f"unknown --input-format {given!r}: choose one of {', '.join(INPUT_FORMATS)}")
        if self.keep_text is not None and self.keep_text.exists() and not self.keep_text.is_dir():
            raise BatchError(f"--keep-text {self.keep_text} is a file: name a folder")
        self._keeper = TextKeeper(self.keep_text) if self.keep_text is not None else None

    def fail(self, source: str, message: str) -> None:
        self.failures.append(source)
        self.events.error(source, message)

    def read(self) -> Iterator[Document]:
        """The documents, each bad input reported (and counted done) in its place."""
        if self.documents_given is not None:
            for document in self.documents_given:
                self.documents += 1
                yield document
            return
        items = read_inputs(
            self.paths,
            input_format=self.options.input_format,
            text_field=self.options.text_field,
            id_field=self.options.id_field,
            title_field=self.options.title_field,
        )
        for item in items:
            if isinstance(item, InputError):
                self.fail(item.source, item.message)
                self.events.done()
                continue
            if item.note:
                self.events.note(item.source, item.note)
            if self._keeper is not None and item.kind != "text":
                self._keep(item)
            self.documents += 1
            yield item

    def _keep(self, document: Document) -> None:
        assert self._keeper is not None
        try:
            kept, natural = self._keeper.save(document.source, document.text, document.id)
        except OSError as exc:
            self.fail(document.source, f"cannot save its text under --keep-text: {exc.strerror or exc}")
        except KeepTextRefused as exc:
            self.fail(document.source, f"cannot save its text under --keep-text: {exc}")
        else:
            if kept != natural:
                # Said even to a quiet run: the offsets index this file, not the expected one.
                message = f"text kept as {kept} ({natural} is another file)"
                self.events.note(document.source, message, important=True)

    def extract(
        self, nlp: Language, *, include_all: bool = False, indirect: bool = False, jobs: int = 0
    ) -> Iterator[Extraction]:
        """Each document's extraction, in input order; a failed one is reported and left out."""
        results = extract_all(nlp, self.read(), include_all=include_all, indirect=indirect, jobs=jobs)
        for result in results:
            self.events.done()
            if result.error:
                self.fail(result.document.source, result.error)
                continue
            yield result

    def absorb(self, outcomes: Iterable[ShardOutcome]) -> Iterator[Extraction]:
        """The extractions of shards run elsewhere (workers, a cluster), each input's error and
        note reported in its place, as ``extract`` does for a local run."""
        for outcome in outcomes:
            for item in outcome.items:
                self.events.done()
                if isinstance(item, InputError):
                    self.fail(item.source, item.message)
                    continue
                if item.document.note:
                    self.events.note(item.document.source, item.document.note)
                self.documents += 1
                if item.error:
                    self.fail(item.document.source, item.error)
                    continue
                yield item
