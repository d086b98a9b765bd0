"""The command line: a thin face over the library (read → extract → write).

Data goes to stdout (or ``--output``), progress and errors to stderr. Exit codes: 0 all
inputs processed, 1 some input failed (each reported in one line, the rest still processed),
2 usage errors, 130 interrupted.
"""

from __future__ import annotations

import itertools
import os
import shlex
import signal
import sqlite3
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Annotated, Any

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
from quotes.dataset import DatasetError, open_dataset, write_part
from quotes.pipeline import Extraction, ModelNotFound, extract_documents, shared_pipeline
from quotes.read import (
    INPUT_FORMATS,
    WALK_SUFFIXES,
    Document,
    InputError,
    expand_paths,
    input_format_of,
    read_inputs,
)
from quotes.shards import Shard, ShardOptions, ShardOutcome, extract_shard, plan_shards
from quotes.store import QuoteStore, StoreError, check_database_path
from quotes.summary import summarize
from quotes.write import (
    BINARY_FORMATS,
    FORMATS,
    KeepTextRefused,
    ParquetRowWriter,
    ParquetUnavailable,
    SummaryWriter,
    TextKeeper,
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


class _Inputs:
    """The documents of a run, with each bad input reported on stderr as it is met."""

    def __init__(
        self,
        paths: list[str],
        input_format: str,
        text_column: str,
        id_column: str,
        keep_text: Path | None,
        *,
        title_column: str = "",
        quiet: bool = False,
        progress: Progress | None = None,
    ) -> None:
        if input_format not in INPUT_FORMATS:
            raise _fail(f"unknown --input-format {input_format!r}: choose one of {', '.join(INPUT_FORMATS)}")
        if keep_text is not None and keep_text.exists() and not keep_text.is_dir():
            raise _fail(f"--keep-text {keep_text} is a file: name a folder")
        self.paths = paths
        self.input_format = input_format
        self.text_column = text_column
        self.id_column = id_column
        self.title_column = title_column
        self.keep_text = keep_text
        self.keeper = TextKeeper(keep_text) if keep_text is not None else None
        self.failures: list[str] = []
        self.documents = 0  # read and handed on for extraction
        self.quiet = quiet  # notes are left out; errors never are
        self.progress = progress

    def fail(self, source: str, message: str) -> None:
        self.failures.append(source)
        err.print(f"[red]error:[/] {_esc(source)}: {_esc(message)}")

    def __iter__(self) -> Iterator[Document]:
        items = read_inputs(
            self.paths,
            input_format=self.input_format,
            text_field=self.text_column,
            id_field=self.id_column,
            title_field=self.title_column,
        )
        for item in items:
            if isinstance(item, InputError):
                self.fail(item.source, item.message)
                if self.progress is not None:
                    self.progress.advance(self.progress.task_ids[0])
                continue
            if item.note and not self.quiet:
                err.print(f"[yellow]note:[/] {_esc(item.source)}: {_esc(item.note)}")
            if self.keeper is not None and item.kind != "text":
                try:
                    kept, natural = self.keeper.save(item.source, item.text, item.id)
                except OSError as exc:
                    self.fail(item.source, f"cannot save its text under --keep-text: {exc.strerror or exc}")
                except KeepTextRefused as exc:
                    self.fail(item.source, f"cannot save its text under --keep-text: {exc}")
                else:
                    if kept != natural:
                        # Said even with --quiet: the offsets index this file, not the expected one.
                        err.print(
                            f"[yellow]note:[/] {_esc(item.source)}: text kept as {_esc(str(kept))} "
                            f"({_esc(str(natural))} is another file)"
                        )
            self.documents += 1
            yield item

    def say_if_nothing_found(self, rows: int) -> None:
        """A run that read documents and wrote no rows says so, so that an empty table is not
        taken for a failure to run (or a success on the wrong files)."""
        if rows == 0 and self.documents and not self.quiet:
            plural = "document" if self.documents == 1 else "documents"
            err.print(f"[yellow]note:[/] no quotes found in {self.documents} {plural}")


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
    typer.Option(
        "--kind",
        "-k",
        help="Write only rows of this kind (repeat for several): direct, partial, indirect; "
        "with --all also scare, headline, furniture, sign.",
        metavar="KIND",
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
            # An existing folder can only take a Parquet dataset (one part per shard).
            suffix_format = "parquet" if output.is_dir() else SUFFIX_FORMATS.get(output.suffix.lower())
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


def _extraction(
    paths: list[str],
    input_format: str,
    text_column: str,
    id_column: str,
    title_column: str,
    keep_text: Path | None,
    model: str | None,
    include_all: bool,
    jobs: int,
    quiet: bool,
    indirect: bool = False,
) -> tuple[_Inputs, Iterator[Extraction]]:
    """The inputs (whose ``failures`` fill as they are read) and the stream of their results:
    what ``extract`` and ``speakers`` both run before writing."""
    progress = _progress(paths, input_format) if err.is_terminal and not quiet else None
    inputs = _Inputs(
        paths,
        input_format,
        text_column,
        id_column,
        keep_text,
        title_column=title_column,
        quiet=quiet,
        progress=progress,
    )
    cores = _cores()
    if jobs > cores:
        # More workers than cores only share the same cores, each with its own memory.
        if not quiet:
            err.print(f"[yellow]note:[/] --jobs {jobs} is more than the {cores} cores here: using {cores}")
        jobs = cores
    nlp = _load(model)
    return inputs, _results(nlp, iter(inputs), include_all, inputs.failures, jobs, progress, indirect)


@app.command(cls=_Command)
def extract(
    paths: PathsArg,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, csv, json, jsonl, markdown, xlsx (Excel), sqlite or parquet. Default: from the "
            "--output suffix (.csv .json .jsonl .md .xlsx .db .parquet), else table on a terminal and csv "
            "otherwise.",
        ),
    ] = "",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (atomically) instead of stdout. With sqlite: the database to "
            "create or add to. With parquet: FILE.parquet, or a folder for one part per shard "
            "(a rerun into it does only the shards not yet done).",
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
    with ExitStack() as stack:
        _extract(
            stack, paths, fmt, output, model, include_all, input_format, text_column, id_column,
            title_column, keep_text, no_sanitize, bom, jobs, cluster, shard_size, quiet, debug,
            indirect, kinds or [],
        )  # fmt: skip


def _extract(
    stack: ExitStack,
    paths: list[str],
    fmt: str,
    output: Path | None,
    model: str | None,
    include_all: bool,
    input_format: str,
    text_column: str,
    id_column: str,
    title_column: str,
    keep_text: Path | None,
    no_sanitize: bool,
    bom: bool,
    jobs: int,
    cluster: str | None,
    shard_size: str,
    quiet: bool,
    debug: bool,
    indirect: bool = False,
    kinds: list[str] | None = None,
) -> None:
    """``extract``, with the cluster (if any) held open by ``stack`` until the end."""
    unknown = [k for k in kinds or [] if k not in ROW_KINDS]
    if unknown:
        raise _fail(f"unknown --kind {unknown[0]!r}: choose among {', '.join(ROW_KINDS)}")
    fmt = _choose_format(fmt, output, FORMATS + ("sqlite", "parquet"))
    # -o DIR (an existing folder, or a name without .parquet): one part per shard, resumable.
    partitioned = (
        fmt == "parquet" and output is not None and (output.is_dir() or output.suffix.lower() != ".parquet")
    )
    if output is not None and not partitioned:
        _check_output(paths, output)
    if fmt == "parquet":
        assert output is not None
        if not output.is_dir() and not is_regular_or_new(output):
            # Written whole and renamed into place: never over a device or a FIFO.
            raise _fail(f"--output {output} is not a regular file (a device, FIFO or terminal): name a file")
        try:
            parquet_schema()
        except ParquetUnavailable as exc:
            raise _fail(str(exc), 1) from None
    if fmt == "sqlite":
        assert output is not None
        try:
            check_database_path(output)
        except StoreError as exc:
            raise _fail(str(exc)) from None
    if cluster is not None:
        if jobs:
            raise _fail("--jobs is for local processes: with --cluster the cluster's workers share the work")
        options = ShardOptions(
            model, include_all, input_format, text_column, id_column, title_column, indirect=indirect,
            kinds=tuple(sorted(set(kinds or []))),
        )  # fmt: skip
        inputs, shards = _plan(paths, options, shard_size, keep_text, quiet)
        if partitioned:
            assert output is not None
            shards = _resume(output, shards, options, quiet)
        outcomes = _on_cluster(stack, cluster, shards, options)
        results = _shard_results(inputs, outcomes)
    elif partitioned:
        options = ShardOptions(
            model, include_all, input_format, text_column, id_column, title_column, indirect=indirect,
            kinds=tuple(sorted(set(kinds or []))),
        )  # fmt: skip
        inputs, shards = _plan(paths, options, shard_size, keep_text, quiet)
        assert output is not None
        shards = _resume(output, shards, options, quiet)
        _load(model)
        cores = jobs or _cores()
        outcomes = (extract_shard(shard, options, jobs=cores) for shard in shards)
        results = _shard_results(inputs, outcomes)
    else:
        inputs, results = _extraction(
            paths, input_format, text_column, id_column, title_column, keep_text, model, include_all,
            jobs, quiet, indirect,
        )  # fmt: skip
    if kinds:
        results = _of_kinds(results, frozenset(kinds))
    rows = 0
    if partitioned:
        assert output is not None
        kept = f"every shard finished before then has its part in {output}: run again to do the rest"
        with _reporting(debug, kept, str(output)):
            for outcome in outcomes:
                done = list(_shard_results(inputs, [outcome]))
                shard_rows = [q for result in done for q in result.rows if not kinds or q.kind in kinds]
                with _whole_rows():
                    write_part(output, outcome.shard, shard_rows)
                rows += len(shard_rows)
        _say_written(rows, "quote", output, quiet)
    elif fmt == "sqlite":
        assert output is not None
        with _reporting(debug, "every document finished before then is in the database", str(output)):
            with QuoteStore(output) as store:
                for result in results:
                    store.add(result.document.source, result.document.id, result.rows)
                    rows += len(result.rows)
        _say_written(store.quotes_written, "quote", output, quiet)
    elif fmt == "parquet":
        assert output is not None
        with _reporting(debug, f"{output} was not written"):
            with ParquetRowWriter(output) as table:
                for result in results:
                    table.write(result.rows)
            rows = table.count
        _say_written(rows, "quote", output, quiet)
    else:
        kept = "rows so far were written" if output is None else f"{output} was not written"
        target = "stdout" if output is None else str(output)
        with _reporting(debug, kept, target), _text_output(output, fmt, bom) as (out, console):
            writer = Writer(out, fmt, sanitize=not no_sanitize, console=console)
            try:
                for result in results:
                    with _whole_rows():
                        writer.write(result.rows)
                    rows += len(result.rows)
            finally:
                writer.close()
        _say_written(rows, "quote", output, quiet)
    inputs.say_if_nothing_found(rows)
    if inputs.failures:
        raise typer.Exit(1)


def _say_written(count: int, noun: str, output: Path | None, quiet: bool) -> None:
    """A run that wrote a file says how many rows it holds (a file is not seen as it fills)."""
    if output is not None and not quiet:
        err.print(f"{count} {noun}{'' if count == 1 else 's'} written to {_esc(str(output))}")


@app.command(cls=_Command)
def speakers(
    paths: PathsArg,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, csv, json, jsonl, markdown or xlsx (Excel). Default: from the --output suffix, "
            "else table on a terminal and csv otherwise.",
        ),
    ] = "",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to this file (atomically) instead of stdout."
        ),
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
    indirect: IndirectOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Who said what: one line per speaker per article, with role, organisation, number of
    quotes and the first words of the first quote."""
    fmt = _choose_format(fmt, output, FORMATS)
    if output is not None:
        _check_output(paths, output)
    inputs, results = _extraction(
        paths, input_format, text_column, id_column, title_column, keep_text, model, False, jobs, quiet,
        indirect,
    )  # fmt: skip
    kept = "speakers so far were written" if output is None else f"{output} was not written"
    target = "stdout" if output is None else str(output)
    with _reporting(debug, kept, target), _text_output(output, fmt, bom) as (out, console):
        writer = SummaryWriter(out, fmt, sanitize=not no_sanitize, console=console, indirect=indirect)
        rows = lines = 0
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
    inputs.say_if_nothing_found(rows)
    if inputs.failures:
        raise typer.Exit(1)


def _plan(
    paths: list[str], options: ShardOptions, shard_size: str, keep_text: Path | None, quiet: bool
) -> tuple[_Inputs, list[Shard]]:
    """The inputs of a sharded run (its errors so far reported) and its shards."""
    if "-" in paths:
        raise _fail("stdin cannot be shared out in shards: save it to a file and name the file")
    if keep_text is not None:
        raise _fail("--keep-text is for runs that are not cut into shards (no --cluster, no Parquet folder)")
    size = _bytes(shard_size) if shard_size else 0
    inputs = _Inputs(
        paths,
        options.input_format,
        options.text_field,
        options.id_field,
        None,
        title_column=options.title_field,
        quiet=quiet,
    )
    shards, errors = plan_shards(paths, options, size)
    for error in errors:
        inputs.fail(error.source, error.message)
    return inputs, shards


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


def _resume(folder: Path, shards: list[Shard], options: ShardOptions, quiet: bool) -> list[Shard]:
    """The shards whose part ``folder`` does not hold yet, the folder made ready for them."""
    try:
        pending = open_dataset(folder, shards, options)
    except DatasetError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {folder}: {exc.strerror or exc}", 1) from None
    done = len(shards) - len(pending)
    if done and not quiet:
        where = _esc(str(folder))
        err.print(f"[yellow]note:[/] {done} of {len(shards)} shards already done in {where}: skipped")
    return pending


def _shard_results(inputs: _Inputs, outcomes: Iterable[ShardOutcome]) -> Iterator[Extraction]:
    """The extractions of sharded outcomes, each input's error and note reported in its
    place, as ``_results`` does for a local run."""
    for outcome in outcomes:
        for item in outcome.items:
            if isinstance(item, InputError):
                inputs.fail(item.source, item.message)
                continue
            if item.document.note and not inputs.quiet:
                err.print(f"[yellow]note:[/] {_esc(item.document.source)}: {_esc(item.document.note)}")
            inputs.documents += 1
            if item.error:
                inputs.fail(item.document.source, item.error)
                continue
            yield item


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
    progress = Progress(
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
    progress.add_task("extracting", total=total)
    return progress


def _of_kinds(results: Iterable[Extraction], kinds: frozenset[str]) -> Iterator[Extraction]:
    """``--kind``: each document's rows of these kinds only."""
    for result in results:
        yield replace(result, rows=[q for q in result.rows if q.kind in kinds])


def _results(
    nlp: Language,
    docs: Iterator[Document],
    include_all: bool,
    failures: list[str],
    jobs: int = 1,
    progress: Progress | None = None,
    indirect: bool = False,
) -> Iterator[Extraction]:
    """Each document's extraction, in input order; a failed one is reported and left out."""
    if jobs == 0:
        # One process for a single document (forking would only cost), one per core for more.
        head = list(itertools.islice(docs, 2))
        jobs = _cores() if len(head) > 1 else 1
        docs = itertools.chain(head, docs)
    if progress is not None:
        progress.start()
    try:
        for result in extract_documents(nlp, docs, include_all=include_all, jobs=jobs, indirect=indirect):
            if progress is not None:
                progress.advance(progress.task_ids[0])
                progress.refresh()
            if result.error:
                failures.append(result.document.source)
                err.print(f"[red]error:[/] {_esc(result.document.source)}: {_esc(result.error)}")
                continue
            yield result
    finally:
        if progress is not None:
            progress.stop()


# Where the evaluation data comes from on a machine without ../shared.
GOLD_HINT = (
    "python benchmarks/polnear_gold.py PolNeAR/ --split dev -o polnear-dev.jsonl, see docs/accuracy.md"
)


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
        str | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Score only the gold quotes of this kind: direct, partial or indirect.",
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table or json. Default: table on a terminal, json otherwise.",
        ),
    ] = "",
    errors: Annotated[
        Path | None,
        typer.Option(
            "--errors",
            "-e",
            metavar="FILE",
            help="Write every miss, wrong speaker and spurious quote here (JSONL).",
        ),
    ] = None,
    labels: Annotated[
        Path | None,
        typer.Option(
            "--labels",
            "-l",
            metavar="FILE",
            help="Who-labels (name, role, organization) for the gold quotes, matched by id, start and "
            "end. Default: <gold stem>.who.jsonl (or .labels.jsonl, .roles.jsonl) beside the gold file.",
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option("--split", metavar="SPLIT", help="Keep only the labels of this split: tune or check."),
    ] = None,
    labelled_only: Annotated[
        bool,
        typer.Option(
            "--labelled-only", help="Score only the articles with a labelled quote (after --split)."
        ),
    ] = False,
    indirect: IndirectOpt = False,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Score the extractor on gold-annotated articles: detection, speakers, precision, recall, F1,
    and, for labelled quotes, the speaker's name, role and organisation."""
    if not fmt:
        fmt = "table" if sys.stdout.isatty() else "json"
    if fmt not in ("table", "json"):
        raise _fail(f"unknown --format {fmt!r}: choose table or json")
    if kind is not None and kind not in scoring.KINDS:
        raise _fail(f"unknown --kind {kind!r}: choose one of {', '.join(scoring.KINDS)}")
    if errors is not None and str(errors) == "-":
        raise _fail("--errors - would mix with the scores on stdout: give a file name")
    if errors is not None:
        _check_writable("--errors", errors)
    if split is not None and split not in scoring.SPLITS:
        raise _fail(f"unknown --split {split!r}: choose one of {', '.join(scoring.SPLITS)}")
    if labels is not None and not labels.is_file():
        raise _fail(
            f"--labels {labels}: no such file" if not labels.exists() else f"--labels {labels}: not a file"
        )
    if gold != "-":
        gold_path = Path(gold)
        if not gold_path.is_file():
            if not gold_path.exists():
                raise _fail(f"{gold}: no such file (to build PolNeAR's gold: {GOLD_HINT})")
            raise _fail(f"{gold}: not a file")
        if errors is not None and (errors.resolve() == gold_path.resolve() or _same_file(gold_path, errors)):
            raise _fail(f"--errors {errors} is the gold file: choose another file name")
    elif errors is not None and is_stdin(errors):
        raise _fail(f"--errors {errors} is the gold file on stdin: choose another file name")
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
    try:
        nlp = shared_pipeline(model)
    except ModelNotFound as exc:
        raise _fail(str(exc), 1) from None
    try:
        if errors is None:
            scores = _score(articles, nlp, kind, None, indirect)
        else:
            with atomic_output(errors) as fh:
                scores = _score(articles, nlp, kind, fh, indirect)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: nothing scored" + (f", {errors} left as it was" if errors else ""))
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug, not bad input: say so plainly
        if debug:
            raise
        raise _fail(f"unexpected error: {exc} (run again with --debug for the traceback)", 1) from None
    result = {
        "gold_file": gold,
        "kind": kind or "all",
        **({"labels_file": str(labels)} if labels is not None else {}),
        **({"split": split} if split is not None else {}),
        **scores.as_dict(),
    }
    if fmt == "json":
        sys.stdout.write(json_text(result, indent=2) + "\n")
    else:
        Console(highlight=False).print(_scores_table(result))
    if scores.failed_articles:
        failed = scores.failed_articles
        err.print(f"[yellow]note:[/] {failed} article(s) failed to extract: their quotes count as missed")


def _score(
    articles: list[scoring.GoldArticle],
    nlp: Language,
    kind: str | None,
    errors_fh: IO[str] | None,
    indirect: bool = False,
) -> scoring.Scores:
    def write_errors(records: list[dict[str, object]]) -> None:
        if errors_fh is not None:
            for record in records:
                errors_fh.write(json_text(record) + "\n")

    predict = scoring.quotes_predictor(nlp, indirect=indirect)
    if not err.is_terminal:
        return scoring.evaluate(articles, predict, kind, on_errors=write_errors)
    with Progress(
        TextColumn("scoring"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("scoring", total=len(articles))
        return scoring.evaluate(
            articles, predict, kind, on_errors=write_errors, on_article=lambda: progress.advance(task)
        )


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
