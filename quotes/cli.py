"""The command line: a thin face over the library (read → extract → write).

Data goes to stdout (or ``--output``), progress and errors to stderr. Exit codes: 0 all
inputs processed, 1 some input failed (each reported in one line, the rest still processed),
2 usage errors, 130 interrupted.
"""

from __future__ import annotations

import os
import shlex
import signal
import sqlite3
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PosixPath, WindowsPath
from typing import IO, Annotated, Any, TypeVar

import typer
import typer.core
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from spacy.language import Language

from quotes import evaluate as scoring
from quotes.batch import Batch, BatchError, BatchEvents, InputOptions, cores, usable_jobs
from quotes.dataset import DatasetError, open_dataset, rows_in_folder, write_part
from quotes.pipeline import Extraction, ModelNotFound, shared_pipeline
from quotes.read import WALK_SUFFIXES, InputError, expand_paths, input_format_of
from quotes.shards import Shard, ShardOptions, ShardOutcome, extract_shard, plan_shards
from quotes.store import QuoteStore, StoreError, check_database_path
from quotes.summary import summarize
from quotes.write import (
    BINARY_FORMATS,
    FORMATS,
    ParquetRowWriter,
    ParquetUnavailable,
    SummaryWriter,
    Writer,
    atomic_output,
    is_regular_or_new,
    json_text,
    parquet_schema,
    printable,
)


# typer ships its own copy of click, whose types are private to it: the overrides below take
# and return them as Any.
def _without_type_names(params: list[Any]) -> list[Any]:
    """typer prints a Python type (``<bool>``, ``<list[str]>``) beside a parameter with no
    metavar, and beside every argument: flags and arguments show none (an argument's metavar
    is already its name), options show their metavar (FILE, N, FORMAT)."""
    for param in params:
        if param.param_type_name == "argument" or getattr(param, "is_flag", False):
            param.display_type_rich = _no_type
    return params


def _no_type(ctx: object) -> None:
    return None


class _Command(typer.core.TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _without_type_names(super().get_params(ctx))


class _Group(typer.core.TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _without_type_names(super().get_params(ctx))

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        # `quotes story.txt` is the commonest slip: say what to type instead of "no such command".
        name = args[0] if args else ""
        if name and self.get_command(ctx, name) is None and _looks_like_input(name):
            raise _fail(
                f"quotes has no command {name!r}: to extract its quotes, run: "
                f"quotes extract {shlex.join(args)}"
            )
        return super().resolve_command(ctx, args)


def _looks_like_input(name: str) -> bool:
    """A file, folder, glob or stdin rather than a mistyped command name."""
    return name == "-" or os.path.exists(name) or any(c in name for c in "./\\*?")


app = typer.Typer(
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    help="Who said what: extract direct quotes and their speakers from news text.",
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def _root() -> None:
    """Who said what: extract direct quotes and their speakers from news text."""
    # `kill`, `timeout` and service managers stop a run with SIGTERM: it cleans up as Ctrl-C
    # does (temporary files removed, workers stopped, exit code 130).
    try:
        signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread: signals cannot be handled here anyway
        pass


def quiet_closed_pipes(unraisable: Any) -> None:
    if not isinstance(unraisable.exc_value, OSError | ValueError):
        sys.__unraisablehook__(unraisable)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {_esc(message)}")
    return typer.Exit(code)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(printable(text))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def is_stdin(path: Path) -> bool:
    """True when ``path`` is the regular file this process reads as stdin (``- < path``), also
    through a link: writing it would destroy the input being read."""
    try:
        fd_stat = os.fstat(0)
        path_stat = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(fd_stat.st_mode) and (fd_stat.st_dev, fd_stat.st_ino) == (
        path_stat.st_dev,
        path_stat.st_ino,
    )


PathsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files, folders (walked for .txt .md .html .htm .mhtml .mht .jsonl), globs, or - for stdin.",
        show_default=False,
    ),
]
InputFormatOpt = Annotated[
    str,
    typer.Option(
        "--input-format",
        metavar="FORMAT",
        help="auto (by file suffix; stdin: HTML if it looks like a page), text, html, jsonl or csv.",
    ),
]
TextColumnOpt = Annotated[
    str, typer.Option("--text-column", metavar="FIELD", help="The text field of JSONL/CSV corpus records.")
]
IdColumnOpt = Annotated[
    str, typer.Option("--id-column", metavar="FIELD", help="The id field of JSONL/CSV corpus records.")
]
TitleColumnOpt = Annotated[
    str,
    typer.Option(
        "--title-column",
        metavar="FIELD",
        help="The headline field of JSONL/CSV corpus records. Default: title, else headline.",
        show_default=False,
    ),
]
KeepTextOpt = Annotated[
    Path | None,
    typer.Option(
        "--keep-text",
        metavar="DIR",
        help="Save the text the offsets index (extracted from each HTML page, or each corpus record) "
        "in this folder.",
    ),
]


def _check_writable(option: str, path: Path) -> None:
    """Refuse, before any work, a file name that names a folder or lies in no folder."""
    if path.is_dir():
        raise _fail(f"{option} {path} is a folder: name a file in it")
    if isinstance(path, FolderName):
        raise _fail(
            f"{option} {path}{os.sep} names a folder: name a file, or write a Parquet folder (-f parquet)"
        )
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise _fail(f"{option} {path}: folder {parent} does not exist: create it first")


def _check_output(paths: list[str], output: Path) -> None:
    """Refuse, before any work, an --output that cannot be written or would clobber an input.

    Symbolic and hard links to an input count as the input; so does a file the run would
    read from an input folder or glob (a second run would read the first run's output).
    """
    _check_writable("--output", output)
    target = output.resolve()
    walked_name = output.suffix.lower() in WALK_SUFFIXES and not output.name.startswith(".")
    for p in paths:
        if p == "-":
            if is_stdin(output):
                raise _fail(f"--output {output} is the file on stdin: choose another file name")
            continue
        if Path(p).is_dir():
            if walked_name and target.is_relative_to(Path(p).resolve()):
                raise _fail(f"--output {output} would be read as an input from {p}: choose another name")
            continue
        for item in expand_paths([p]):
            if isinstance(item, Path) and (item.resolve() == target or _same_file(item, output)):
                raise _fail(f"--output {output} is one of the inputs ({item}): choose another file name")


# A name given with --output and no --format says which format is wanted.
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".md": "markdown",
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
}


def _format_option(help: str) -> Any:
    """``--format``, declared once: each command names its formats in ``help``."""
    return typer.Option("--format", "-f", metavar="FORMAT", help=help)


class FolderName(PosixPath if os.name != "nt" else WindowsPath):  # type: ignore[misc]
    """An --output written with a trailing slash (`-o out/`): a folder was meant, which a
    plain `Path` forgets (it would write a file called `out`)."""


def _output_name(value: str) -> Path:
    return FolderName(value) if value.endswith(("/", os.sep)) else Path(value)


def _names_folder(path: Path) -> bool:
    """``path`` is an existing folder, or was written as one."""
    return path.is_dir() or isinstance(path, FolderName)


def _output_option(help: str) -> Any:
    return typer.Option("--output", "-o", metavar="FILE", help=help, parser=_output_name)


def _kind_option(help: str) -> Any:
    return typer.Option("--kind", "-k", metavar="KIND", help=help)


ModelOpt = Annotated[
    str | None, typer.Option("--model", "-m", metavar="MODEL", help="spaCy model name or path.")
]
NoSanitizeOpt = Annotated[
    bool, typer.Option("--no-sanitize", help="Leave CSV cells that start with = + - @ as they are.")
]
BomOpt = Annotated[
    bool, typer.Option("--bom", help="Start CSV with a UTF-8 byte-order mark (for Excel on Windows).")
]
JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        metavar="N",
        help="Worker processes. Default (0): one per core for a batch, one for a single file.",
    ),
]
ClusterOpt = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        metavar="ADDRESS",
        help="Run on Dask: tcp://HOST:8786 (a running scheduler) or local:N (N worker processes "
        'here). Needs pip install "quotes\\[dask]".',
        show_default=False,
    ),
]
ShardSizeOpt = Annotated[
    str,
    typer.Option(
        "--shard-size",
        metavar="SIZE",
        help="With --cluster or a Parquet folder: input bytes per shard (4M, 512K). Default: 4M, "
        "less for a small batch.",
        show_default=False,
    ),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no notes; errors are still shown.")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]
IndirectOpt = Annotated[
    bool,
    typer.Option(
        "--indirect",
        help="Also find reported speech without quote marks (kind=indirect): "
        "'Ruiz said the bridge would reopen'.",
    ),
]
KindOpt = Annotated[
    list[str] | None,
    _kind_option(
        "Write only rows of this kind (repeat for several): direct, partial, indirect; with --all also "
        "scare, headline, furniture, sign."
    ),
]
ROW_KINDS = ("direct", "partial", "indirect", "scare", "headline", "furniture", "sign")


def _choose_format(fmt: str, output: Path | None, allowed: tuple[str, ...]) -> str:
    if output is None and not stdout_is_open():
        raise _fail("stdout is closed: nowhere to write the rows: name a file with --output FILE")
    if not fmt:
        if output is None:
            fmt = "table" if sys.stdout.isatty() else "csv"
        else:
            # A folder (existing, or named `out/`) can only take a Parquet dataset (one part per shard).
            suffix_format = "parquet" if _names_folder(output) else SUFFIX_FORMATS.get(output.suffix.lower())
            fmt = suffix_format if suffix_format in allowed else "csv"
    if fmt not in allowed:
        raise _fail(f"unknown --format {fmt!r}: choose one of {', '.join(allowed)}")
    if fmt == "sqlite" and output is None:
        raise _fail("--format sqlite writes a database file: name it with --output FILE.db")
    if fmt == "parquet" and output is None:
        raise _fail("--format parquet writes a file: name it with --output FILE.parquet")
    if fmt == "xlsx" and output is None:
        raise _fail("--format xlsx writes a workbook: name it with --output FILE.xlsx")
    return fmt


def stdout_is_open() -> bool:
    """False when the run was started with stdout closed (``>&-``): Python then has no
    ``sys.stdout``, and every row would be lost."""
    if sys.stdout is None:
        return False
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return True  # an in-memory stdout (a test runner's, a notebook's) is open
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


@contextmanager
def _text_output(output: Path | None, fmt: str, bom: bool) -> Iterator[tuple[IO[Any], Console | None]]:
    """stdout, or a file that replaces ``output`` only when the run finishes."""
    if output is None:
        if bom and fmt == "csv":
            sys.stdout.write("\ufeff")
        yield sys.stdout, Console(highlight=False) if fmt == "table" else None
    else:
        with atomic_output(output, bom=bom and fmt == "csv", binary=fmt in BINARY_FORMATS) as fh:
            yield fh, Console(file=fh, width=160) if fmt == "table" else None


@contextmanager
def _reporting(debug: bool, kept: str, target: str = "stdout") -> Iterator[None]:
    """Turn an interrupt, a failed write to ``target`` or a bug into a one-line message and
    the documented exit code."""
    try:
        yield
    except typer.Exit:
        raise
    except (ModelNotFound, ParquetUnavailable) as exc:
        raise _fail(str(exc), 1) from None
    except KeyboardInterrupt:
        err.print(f"[yellow]interrupted[/]: {kept}")
        # The stopped workers' pipes are closed; the executor's exit hook may still write to one
        # as the interpreter shuts down (a race under load that stop_workers narrows but cannot
        # close). That write's error is printed as `Exception ignored in …`, after our one line.
        sys.unraisablehook = quiet_closed_pipes
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a message. Point stdout at
        # /dev/null so the interpreter's last flush does not fail again on the closed pipe.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(141) from None
    except sqlite3.OperationalError as exc:
        # Locked by another program, read-only, or the disk full under the database.
        if debug:
            raise
        raise _fail(f"cannot write {target}: {exc}: {kept}", 1) from None
    except OSError as exc:
        # Inputs that cannot be read are reported as they are met (quotes/read.py): what
        # reaches here is the output failing (a full disk, a read-only or vanished folder).
        if debug or exc.errno is None:
            raise
        raise _fail(f"cannot write {target}: {exc.strerror or exc}: {kept}", 1) from None
    except Exception as exc:  # a bug, not bad input: say so plainly
        if debug:
            raise
        raise _fail(f"unexpected error: {exc} (run again with --debug for the traceback)", 1) from None


def _load(model: str | None) -> Language:
    try:
        return shared_pipeline(model)
    except ModelNotFound as exc:
        raise _fail(str(exc), 1) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/] while loading the model: nothing was written")
        raise typer.Exit(130) from None


@contextmanager
def _whole_rows() -> Iterator[None]:
    """Hold back Ctrl-C (and SIGTERM) while one document's rows are written, so stdout never
    ends in half a line; the interrupt is raised as soon as they are out."""
    interrupted: list[int] = []
    try:
        previous = {
            signum: signal.signal(signum, lambda signum, frame: interrupted.append(signum))
            for signum in (signal.SIGINT, signal.SIGTERM)
        }
    except ValueError:  # not the main thread: signals cannot be handled here anyway
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if interrupted:
        raise KeyboardInterrupt


def _events(quiet: bool, progress: Progress | None = None) -> BatchEvents:
    """A batch's errors and notes on stderr (notes only when not ``quiet``, unless they must
    be said), and its progress on the bar."""

    def error(source: str, message: str) -> None:
        err.print(f"[red]error:[/] {_esc(source)}: {_esc(message)}")

    def note(source: str, message: str, important: bool = False) -> None:
        if important or not quiet:
            err.print(f"[yellow]note:[/] {_esc(source)}: {_esc(message)}")

    def done() -> None:
        if progress is not None:
            progress.advance(progress.task_ids[0])
            progress.refresh()

    return BatchEvents(error=error, note=note, done=done)


def _batch(run: _Run, progress: Progress | None = None, keep_text: Path | None = None) -> Batch:
    try:
        return Batch(run.paths, run.inputs, keep_text, _events(run.quiet, progress))
    except BatchError as exc:
        raise _fail(str(exc)) from None


def _finish(batch: Batch, rows: int, quiet: bool) -> None:
    """A run that read documents and wrote no rows says so, so that an empty table is not taken
    for a failure to run (or a success on the wrong files); a failed input makes exit code 1."""
    if rows == 0 and batch.documents and not quiet:
        plural = "document" if batch.documents == 1 else "documents"
        err.print(f"[yellow]note:[/] no quotes found in {batch.documents} {plural}")
    if batch.failures:
        raise typer.Exit(1)


def _jobs(jobs: int, quiet: bool) -> int:
    usable = usable_jobs(jobs)
    if usable < jobs and not quiet:
        err.print(f"[yellow]note:[/] --jobs {jobs} is more than the {usable} cores here: using {usable}")
    return usable


Shown = TypeVar("Shown")


def _shown(results: Iterator[Shown], progress: Progress | None) -> Iterator[Shown]:
    """``results`` (extractions, or shards' outcomes) with the progress bar on stderr while
    they come."""
    if progress is None:
        yield from results
        return
    progress.start()
    try:
        yield from results
    finally:
        progress.stop()


def _bar_wanted(run: _Run) -> bool:
    return err.is_terminal and not run.quiet


def _extraction(run: _Run, include_all: bool = False) -> tuple[Batch, Iterator[Extraction]]:
    """The batch (whose ``failures`` fill as it is read) and the stream of its results: what
    ``extract`` and ``speakers`` both run before writing."""
    progress = _progress(run.paths, run.inputs.input_format) if _bar_wanted(run) else None
    batch = _batch(run, progress, run.keep_text)
    jobs = _jobs(run.jobs, run.quiet)
    nlp = _load(run.model)
    results = batch.extract(nlp, include_all=include_all, indirect=run.indirect, jobs=jobs)
    return batch, _shown(results, progress)


@dataclass(frozen=True)
class _Run:
    """What an extracting command was asked, gathered from its options."""

    paths: list[str]
    inputs: InputOptions
    keep_text: Path | None
    model: str | None
    jobs: int
    indirect: bool
    quiet: bool
    debug: bool


@dataclass(frozen=True)
class _Output:
    """Where and how rows are written."""

    fmt: str
    path: Path | None
    sanitize: bool
    bom: bool


@app.command(cls=_Command)
def extract(
    paths: PathsArg,
    fmt: Annotated[
        str,
        _format_option(
            "table, csv, json, jsonl, markdown, xlsx (Excel), sqlite or parquet. Default: from the --output "
            "suffix (.csv .json .jsonl .md .xlsx .db .parquet), else table on a terminal and csv otherwise."
        ),
    ] = "",
    output: Annotated[
        Path | None,
        _output_option(
            "Write to this file (atomically) instead of stdout. With sqlite: the database to create or add "
            "to. With parquet: FILE.parquet, or a folder for one part per shard (a rerun into it does only "
            "the shards not yet done)."
        ),
    ] = None,
    model: ModelOpt = None,
    include_all: Annotated[
        bool, typer.Option("--all", help="Also list scare quotes and titles (kind=scare, no speaker).")
    ] = False,
    indirect: IndirectOpt = False,
    kinds: KindOpt = None,
    input_format: InputFormatOpt = "auto",
    text_column: TextColumnOpt = "text",
    id_column: IdColumnOpt = "id",
    title_column: TitleColumnOpt = "",
    keep_text: KeepTextOpt = None,
    no_sanitize: NoSanitizeOpt = False,
    bom: BomOpt = False,
    jobs: JobsOpt = 0,
    cluster: ClusterOpt = None,
    shard_size: ShardSizeOpt = "",
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Extract every quote with its speaker, role, organisation and offsets."""
    inputs = InputOptions(input_format, text_column, id_column, title_column)
    run = _Run(paths, inputs, keep_text, model, jobs, indirect, quiet, debug)
    with ExitStack() as stack:
        _extract(
            stack,
            run,
            _Output(fmt, output, not no_sanitize, bom),
            include_all,
            kinds or [],
            cluster,
            shard_size,
        )


def _extract(
    stack: ExitStack,
    run: _Run,
    out: _Output,
    include_all: bool,
    kinds: list[str],
    cluster: str | None,
    shard_size: str,
) -> None:
    """``extract``, with the cluster (if any) held open by ``stack`` until the end."""
    unknown = [k for k in kinds if k not in ROW_KINDS]
    if unknown:
        raise _fail(f"unknown --kind {unknown[0]!r}: choose among {', '.join(ROW_KINDS)}")
    out = replace(out, fmt=_choose_format(out.fmt, out.path, FORMATS + ("sqlite", "parquet")))
    # -o DIR (an existing folder, or a name without .parquet): one part per shard, resumable.
    partitioned = (
        out.fmt == "parquet"
        and out.path is not None
        and (out.path.is_dir() or out.path.suffix.lower() != ".parquet")
    )
    _check_extract_output(run.paths, out, partitioned)
    options = _shard_options(run, include_all, kinds)
    if cluster is not None or partitioned:
        batch, outcomes = _sharded(
            stack, run, options, cluster, shard_size, out.path if partitioned else None
        )
        results = batch.absorb(outcomes)
    else:
        batch, results = _extraction(run, include_all)
    if kinds:
        results = _of_kinds(results, frozenset(kinds))
    if partitioned:
        assert out.path is not None
        rows = _write_parts(batch, outcomes, out.path, frozenset(kinds), run.debug)
        _say_written_parts(rows, out.path, run.quiet)
    else:
        if out.fmt in ("sqlite", "parquet"):
            rows = _write_table_file(results, out, run.debug)
        else:
            rows = _write_text(results, out, run.debug)
        _say_written(rows, "quote", out.path, run.quiet)
    _finish(batch, rows, run.quiet)


def _shard_options(run: _Run, include_all: bool = False, kinds: list[str] | None = None) -> ShardOptions:
    return ShardOptions(
        run.model, include_all, run.inputs.input_format, run.inputs.text_field, run.inputs.id_field,
        run.inputs.title_field, indirect=run.indirect, kinds=tuple(sorted(set(kinds or []))),
    )  # fmt: skip


def _check_extract_output(paths: list[str], out: _Output, partitioned: bool) -> None:
    """Refuse, before any work, an output ``extract`` cannot write."""
    if out.path is not None and not partitioned:
        _check_output(paths, out.path)
    if out.fmt == "parquet":
        assert out.path is not None
        if not out.path.is_dir() and not is_regular_or_new(out.path):
            # Written whole and renamed into place: never over a device or a FIFO.
            raise _fail(
                f"--output {out.path} is not a regular file (a device, FIFO or terminal): name a file"
            )
        try:
            parquet_schema()
        except ParquetUnavailable as exc:
            raise _fail(str(exc), 1) from None
    if out.fmt == "sqlite":
        assert out.path is not None
        try:
            check_database_path(out.path)
        except StoreError as exc:
            raise _fail(str(exc)) from None


def _sharded(
    stack: ExitStack,
    run: _Run,
    options: ShardOptions,
    cluster: str | None,
    shard_size: str,
    folder: Path | None,
) -> tuple[Batch, Iterator[ShardOutcome]]:
    """A run cut into shards: on the cluster, or here into the Parquet ``folder`` (resumable)."""
    if cluster is not None and run.jobs:
        raise _fail("--jobs is for local processes: with --cluster the cluster's workers share the work")
    progress = _progress_bar() if _bar_wanted(run) else None
    batch, shards, errors = _plan(run, options, shard_size, progress)
    if folder is not None:
        shards = _resume(batch, folder, shards, options, run.quiet)
    if progress is not None:
        progress.add_task("extracting", total=_sharded_total(shards, errors, options.input_format))
    if cluster is not None:
        outcomes = _on_cluster(stack, cluster, shards, options)
    else:
        _load(run.model)
        jobs = run.jobs or cores()
        outcomes = (extract_shard(shard, options, jobs=jobs) for shard in shards)
    return batch, _shown(_after_errors(batch, errors, outcomes), progress)


def _after_errors(
    batch: Batch, errors: list[InputError], outcomes: Iterator[ShardOutcome]
) -> Iterator[ShardOutcome]:
    """``outcomes``, once the inputs that are no files are reported (with the bar shown, so
    that they count on it)."""
    for error in errors:
        batch.fail(error.source, error.message)
        batch.events.done()
    yield from outcomes


def _sharded_total(shards: list[Shard], errors: list[InputError], input_format: str) -> int | None:
    """The documents the shards hold when each piece is one (a text or a page), as the bar of
    an ordinary batch counts them; None when a corpus leaves it open."""
    pieces = [piece for shard in shards for piece in shard.pieces]
    if all(p.whole_file and input_format_of(p.source, input_format) in ("text", "html") for p in pieces):
        return len(pieces) + len(errors)
    return None


def _write_parts(
    batch: Batch, outcomes: Iterable[ShardOutcome], folder: Path, kinds: frozenset[str], debug: bool
) -> int:
    """Each shard's rows into its part of ``folder``, as the shard finishes."""
    rows = 0
    kept = f"every shard finished before then has its part in {folder}: run again to do the rest"
    with _reporting(debug, kept, str(folder)):
        for outcome in outcomes:
            done = list(batch.absorb([outcome]))
            shard_rows = [q for result in done for q in result.rows if not kinds or q.kind in kinds]
            with _whole_rows():
                write_part(folder, outcome.shard, shard_rows, outcome.errors)
            rows += len(shard_rows)
    return rows


def _write_table_file(results: Iterable[Extraction], out: _Output, debug: bool) -> int:
    """The rows into a SQLite database (each document committed as it comes) or a Parquet file."""
    assert out.path is not None
    if out.fmt == "sqlite":
        with _reporting(debug, "every document finished before then is in the database", str(out.path)):
            with QuoteStore(out.path) as store:
                for result in results:
                    store.add(result.document.source, result.document.id, result.rows)
            return store.quotes_written
    with _reporting(debug, f"{out.path} was not written"):
        with ParquetRowWriter(out.path) as table:
            for result in results:
                table.write(result.rows)
    return table.count


def _write_text(results: Iterable[Extraction], out: _Output, debug: bool) -> int:
    """The rows to stdout or a file, in a text format (or a workbook), each document whole."""
    rows = 0
    kept = "rows so far were written" if out.path is None else f"{out.path} was not written"
    target = "stdout" if out.path is None else str(out.path)
    with _reporting(debug, kept, target), _text_output(out.path, out.fmt, out.bom) as (stream, console):
        writer = Writer(stream, out.fmt, sanitize=out.sanitize, console=console)
        try:
            for result in results:
                with _whole_rows():
                    writer.write(result.rows)
                rows += len(result.rows)
        finally:
            writer.close()
    return rows


def _say_written_parts(count: int, folder: Path, quiet: bool) -> None:
    """A rerun writes only the shards not yet done: say what the folder holds in all."""
    in_all = rows_in_folder(folder)
    if in_all == count:
        _say_written(count, "quote", folder, quiet)
    elif not quiet:
        where = _esc(str(folder))
        err.print(f"{count} quotes written to {where}, which holds {in_all} with the shards done before")


def _say_written(count: int, noun: str, output: Path | None, quiet: bool) -> None:
    """A run that wrote a file says how many rows it holds (a file is not seen as it fills)."""
    if output is not None and not quiet:
        err.print(f"{count} {noun}{'' if count == 1 else 's'} written to {_esc(str(output))}")


@app.command(cls=_Command)
def speakers(
    paths: PathsArg,
    fmt: Annotated[
        str,
        _format_option(
            "table, csv, json, jsonl, markdown or xlsx (Excel). Default: from the --output suffix, else "
            "table on a terminal and csv otherwise."
        ),
    ] = "",
    output: Annotated[
        Path | None, _output_option("Write to this file (atomically) instead of stdout.")
    ] = None,
    model: ModelOpt = None,
    input_format: InputFormatOpt = "auto",
    text_column: TextColumnOpt = "text",
    id_column: IdColumnOpt = "id",
    title_column: TitleColumnOpt = "",
    keep_text: KeepTextOpt = None,
    no_sanitize: NoSanitizeOpt = False,
    bom: BomOpt = False,
    jobs: JobsOpt = 0,
    cluster: ClusterOpt = None,
    shard_size: ShardSizeOpt = "",
    indirect: IndirectOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Who said what: one line per speaker per article, with role, organisation, number of
    quotes and the first words of the first quote."""
    inputs = InputOptions(input_format, text_column, id_column, title_column)
    run = _Run(paths, inputs, keep_text, model, jobs, indirect, quiet, debug)
    out = _Output(_choose_format(fmt, output, FORMATS), output, not no_sanitize, bom)
    if output is not None:
        _check_output(paths, output)
    with ExitStack() as stack:
        if cluster is not None:
            # The rows come from the cluster; the speakers table is built here, as without it.
            batch, outcomes = _sharded(stack, run, _shard_options(run), cluster, shard_size, None)
            results = batch.absorb(outcomes)
        else:
            batch, results = _extraction(run)
        _write_speakers(batch, results, run, out)


def _write_speakers(batch: Batch, results: Iterator[Extraction], run: _Run, out: _Output) -> None:
    """``speakers``: each document's speakers table, written as its rows come."""
    output, quiet, debug = out.path, run.quiet, run.debug
    kept = "speakers so far were written" if output is None else f"{output} was not written"
    target = "stdout" if output is None else str(output)
    rows = lines = 0
    with _reporting(debug, kept, target), _text_output(output, out.fmt, out.bom) as (stream, console):
        writer = SummaryWriter(stream, out.fmt, sanitize=out.sanitize, console=console, indirect=run.indirect)
        try:
            for result in results:
                summaries = summarize(result.rows)
                with _whole_rows():
                    writer.write(summaries)
                rows += len(result.rows)
                lines += len(summaries)
        finally:
            writer.close()
    _say_written(lines, "speaker", output, quiet)
    _finish(batch, rows, quiet)


def _plan(
    run: _Run, options: ShardOptions, shard_size: str, progress: Progress | None
) -> tuple[Batch, list[Shard], list[InputError]]:
    """The batch of a sharded run, its shards, and the inputs that are no files."""
    if "-" in run.paths:
        raise _fail("stdin cannot be shared out in shards: save it to a file and name the file")
    if run.keep_text is not None:
        raise _fail("--keep-text is for runs that are not cut into shards (no --cluster, no Parquet folder)")
    size = _bytes(shard_size) if shard_size else 0
    batch = _batch(run, progress)
    shards, errors = plan_shards(run.paths, options, size)
    return batch, shards, errors


def _bytes(size: str) -> int:
    """``--shard-size``: bytes, or with a K, M or G suffix (powers of 1024)."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = size.strip().upper().removesuffix("B")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        value = float(number) * factor
    except ValueError:
        value = 0
    if value < 1:
        raise _fail(f"--shard-size {size!r}: give a size such as 4M or 512K")
    return int(value)


def _on_cluster(
    stack: ExitStack, address: str, shards: list[Shard], options: ShardOptions
) -> Iterator[ShardOutcome]:
    """The shards sent to the cluster (held open by ``stack``); their outcomes in input order."""
    from quotes import cluster

    try:
        client = stack.enter_context(cluster.connect(address))
    except cluster.ClusterError as exc:
        raise _fail(str(exc), 1) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/] while starting the cluster: nothing was written")
        raise typer.Exit(130) from None
    return cluster.run_shards(client, shards, options)


def _resume(
    batch: Batch, folder: Path, shards: list[Shard], options: ShardOptions, quiet: bool
) -> list[Shard]:
    """The shards whose part ``folder`` does not hold yet, the folder made ready for them; the
    errors an earlier run met in the shards already done reported again (they fail the batch)."""
    try:
        pending, earlier = open_dataset(folder, shards, options)
    except DatasetError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {folder}: {exc.strerror or exc}", 1) from None
    done = len(shards) - len(pending)
    if done and not quiet:
        where = _esc(str(folder))
        err.print(f"[yellow]note:[/] {done} of {len(shards)} shards already done in {where}: skipped")
    for error in earlier:
        batch.fail(error.source, f"{error.message} (an earlier run)")
    return pending


def _progress(paths: list[str], input_format: str) -> Progress:
    """A documents counter on stderr. The total is known when every input is one document;
    stdin and corpora (a JSONL/CSV file holds many records) leave it open."""
    items = list(expand_paths(paths))
    one_each = all(
        item != "-"
        and (isinstance(item, InputError) or input_format_of(str(item), input_format) in ("text", "html"))
        for item in items
    )
    total = len(items) if one_each else None
    progress = _progress_bar()
    progress.add_task("extracting", total=total)
    return progress


def _progress_bar() -> Progress:
    """The documents counter on stderr, its one task still to add (with its total)."""
    return Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        # No refresh thread: workers are forked from this process, and a fork should not
        # happen while another thread holds the console.
        auto_refresh=False,
    )


def _of_kinds(results: Iterable[Extraction], kinds: frozenset[str]) -> Iterator[Extraction]:
    """``--kind``: each document's rows of these kinds only."""
    for result in results:
        yield replace(result, rows=[q for q in result.rows if q.kind in kinds])


# Where the evaluation data comes from on a machine without ../shared.
GOLD_HINT = (
    "python benchmarks/polnear_gold.py PolNeAR/ --split dev -o polnear-dev.jsonl, see docs/accuracy.md"
)


ErrorsOpt = Annotated[
    Path | None,
    typer.Option(
        "--errors",
        "-e",
        metavar="FILE",
        help="Write every miss, wrong speaker and spurious quote here (JSONL).",
    ),
]
LabelsOpt = Annotated[
    Path | None,
    typer.Option(
        "--labels",
        "-l",
        metavar="FILE",
        help="Who-labels (name, role, organization) for the gold quotes, matched by id, start and "
        "end. Default: <gold stem>.who.jsonl (or .labels.jsonl, .roles.jsonl) beside the gold file.",
    ),
]
SplitOpt = Annotated[
    str | None,
    typer.Option("--split", metavar="SPLIT", help="Keep only the labels of this split: tune or check."),
]
LabelledOnlyOpt = Annotated[
    bool,
    typer.Option("--labelled-only", help="Score only the articles with a labelled quote (after --split)."),
]


@app.command("evaluate", cls=_Command)
def evaluate_command(
    gold: Annotated[
        str,
        typer.Argument(
            metavar="GOLD",
            help="Gold JSONL, one annotated article a line (docs/accuracy.md), or - for stdin.",
        ),
    ],
    kind: Annotated[
        str | None, _kind_option("Score only the gold quotes of this kind: direct, partial or indirect.")
    ] = None,
    fmt: Annotated[str, _format_option("table or json. Default: table on a terminal, json otherwise.")] = "",
    errors: ErrorsOpt = None,
    labels: LabelsOpt = None,
    split: SplitOpt = None,
    labelled_only: LabelledOnlyOpt = False,
    indirect: IndirectOpt = False,
    model: ModelOpt = None,
    jobs: JobsOpt = 0,
    debug: DebugOpt = False,
) -> None:
    """Score the extractor on gold-annotated articles: detection, speakers, precision, recall, F1,
    and, for labelled quotes, the speaker's name, role and organisation."""
    fmt = _check_evaluate(gold, kind, fmt, errors, labels, split)
    articles, labels = _gold_articles(gold, labels, split, labelled_only)
    nlp = _load(model)
    kept = "nothing scored" + (f", {errors} left as it was" if errors else "")
    with _reporting(debug, kept, str(errors) if errors else "stdout"):
        scores = _score(articles, nlp, kind, errors, indirect, _jobs(jobs, False))
    result = {
        "gold_file": gold,
        "kind": kind or "all",
        **({"labels_file": str(labels)} if labels is not None else {}),
        **({"split": split} if split is not None else {}),
        **scores.as_dict(),
    }
    with _reporting(debug, "the scores were not all written"):
        if fmt == "json":
            sys.stdout.write(json_text(result, indent=2) + "\n")
        else:
            Console(highlight=False).print(_scores_table(result))
        sys.stdout.flush()
    if scores.failed_articles:
        failed = scores.failed_articles
        err.print(f"[yellow]note:[/] {failed} article(s) failed to extract: their quotes count as missed")


def _check_evaluate(
    gold: str, kind: str | None, fmt: str, errors: Path | None, labels: Path | None, split: str | None
) -> str:
    """Refuse, before any work, what ``evaluate`` cannot do; the output format."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt not in ("table", "json"):
        raise _fail(f"unknown --format {fmt!r}: choose table or json")
    if kind is not None and kind not in scoring.KINDS:
        raise _fail(f"unknown --kind {kind!r}: choose one of {', '.join(scoring.KINDS)}")
    if split is not None and split not in scoring.SPLITS:
        raise _fail(f"unknown --split {split!r}: choose one of {', '.join(scoring.SPLITS)}")
    if labels is not None and not labels.is_file():
        raise _fail(
            f"--labels {labels}: no such file" if not labels.exists() else f"--labels {labels}: not a file"
        )
    if errors is not None:
        if str(errors) == "-":
            raise _fail("--errors - would mix with the scores on stdout: give a file name")
        _check_writable("--errors", errors)
    if gold == "-":
        if errors is not None and is_stdin(errors):
            raise _fail(f"--errors {errors} is the gold file on stdin: choose another file name")
        return fmt
    gold_path = Path(gold)
    if not gold_path.is_file():
        if not gold_path.exists():
            raise _fail(f"{gold}: no such file (to build PolNeAR's gold: {GOLD_HINT})")
        raise _fail(f"{gold}: not a file")
    if errors is not None and (errors.resolve() == gold_path.resolve() or _same_file(gold_path, errors)):
        raise _fail(f"--errors {errors} is the gold file: choose another file name")
    return fmt


def _gold_articles(
    gold: str, labels: Path | None, split: str | None, labelled_only: bool
) -> tuple[list[scoring.GoldArticle], Path | None]:
    """The gold articles to score, with their who-labels attached; the labels file used."""
    if labels is None and gold != "-":
        labels = scoring.find_labels(gold)
        if labels is not None:
            err.print(f"[yellow]note:[/] who-labels from {_esc(str(labels))}")
    try:
        articles = list(scoring.read_gold(sys.stdin if gold == "-" else gold))
        label_map = scoring.read_labels(labels) if labels is not None else None
    except (scoring.GoldFormatError, OSError) as exc:
        raise _fail(f"{exc}", 1) from None
    articles, unmatched = scoring.attach_labels(articles, label_map, split)
    if unmatched:
        err.print(
            f"[yellow]note:[/] {unmatched} label(s) match no gold quote (id, start, end) and are left out"
        )
    if labelled_only:
        articles = scoring.labelled_only(articles)
    return articles, labels


def _score(
    articles: list[scoring.GoldArticle],
    nlp: Language,
    kind: str | None,
    errors: Path | None,
    indirect: bool,
    jobs: int,
) -> scoring.Scores:
    """The scores, each error record written to ``errors`` (replaced only when scoring ends)."""
    predict = scoring.quotes_predictor(nlp, indirect=indirect, jobs=jobs)
    with ExitStack() as stack:
        errors_fh = stack.enter_context(atomic_output(errors)) if errors is not None else None

        def write_errors(records: list[dict[str, object]]) -> None:
            if errors_fh is not None:
                for record in records:
                    errors_fh.write(json_text(record) + "\n")

        if not err.is_terminal:
            return scoring.evaluate(articles, predict, kind, on_errors=write_errors)
        progress = stack.enter_context(
            # No refresh thread: workers are forked from this process (see _progress).
            Progress(
                TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                TimeRemainingColumn(), console=err, transient=True, auto_refresh=False,
            )
        )  # fmt: skip
        task = progress.add_task("scoring", total=len(articles))

        def advance() -> None:
            progress.advance(task)
            progress.refresh()

        return scoring.evaluate(articles, predict, kind, on_errors=write_errors, on_article=advance)
    raise AssertionError("unreachable")  # pragma: no cover - mypy: the with block returns


def _scores_table(result: dict[str, object]) -> Table:
    table = Table(title=_esc(f"{result['gold_file']} ({result['kind']} quotes)"), header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    labels = [
        ("articles", "articles"),
        ("failed_articles", "articles that failed"),
        ("gold", "gold quotes"),
        ("predicted", "predicted quotes"),
        ("predicted_with_speaker", "predicted with a speaker"),
        ("detection_recall", "detection recall"),
        ("speaker_accuracy", "speaker accuracy (found quotes)"),
        ("precision", "precision"),
        ("recall", "recall"),
        ("f1", "F1"),
    ]
    for key, label in labels:
        value = result[key]
        table.add_row(_esc(label), f"{value:.3f}" if isinstance(value, float) else _esc(str(value)))
    error_counts = result.get("errors")
    if isinstance(error_counts, dict) and error_counts:
        table.add_section()
        for category, count in error_counts.items():
            table.add_row(_esc(f"errors: {category}"), str(count))
    sieves = result.get("sieves")
    if isinstance(sieves, dict) and sieves:
        table.add_section()
        for sieve, counts in sieves.items():
            table.add_row(_esc(f"precision of {sieve}"), _esc(f"{counts['right']}/{counts['predicted']}"))
    calibration = result.get("calibration")
    if isinstance(calibration, dict) and calibration["predictions"]:
        table.add_section()
        table.add_row("confidence calibration error (ECE)", f"{calibration['ece']:.3f}")
        for line in calibration["bins"]:
            table.add_row(
                _esc(f"confidence {line['from']:.1f}–{line['to']:.1f}: predicted / observed"),
                f"{line['predicted']:.2f} / {line['observed']:.2f} (n={line['count']})",
            )
    who = result.get("who")
    if isinstance(who, dict):
        table.add_section()
        table.add_row("labelled gold quotes (found)", f"{who['labelled']} ({who['found']})")
        for name, label in (("name", "name"), ("role", "role"), ("organization", "organisation")):
            counts = who[name]
            table.add_row(
                _esc(f"{label} accuracy"), f"{counts['accuracy']:.3f} ({counts['right']}/{counts['labels']})"
            )
            table.add_row(
                _esc(f"{label} precision"),
                f"{counts['precision']:.3f} ({counts['right']}/{counts['predicted']})",
            )
        unnamed = who["unnamed"]
        table.add_row(
            "unnamed speakers (given a speaker)", f"{unnamed['labels']} ({unnamed['predicted_with_speaker']})"
        )
    return table


def main() -> None:  # pragma: no cover - the console script
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
