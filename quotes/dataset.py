"""A Parquet folder (``--format parquet -o DIR``): one part per shard, and runs that resume.

Each shard's rows go to ``part-NNNNN-KEY.parquet`` (``Shard.part_name``: input order by name,
the shard's identity by key), written to a temporary file and renamed into place, and the
shard's key is in the part's metadata. So a part that is there and whose footer reads back
with its key is complete, and a rerun of the same command into the same folder skips its
shard: after Ctrl-C, a crash or a killed machine, no row is lost or written twice.

What the shard could not read or extract (a bad corpus line, a document that failed) is kept
in the part's metadata too, written with it in the same rename: a rerun that skips the shard
reports those errors again, so its exit code is that of the whole batch.

``_quotes_manifest.json`` says what the folder holds: the options and, for every shard, its
part and inputs. A folder holding parts of another run (other inputs, other options) is
refused rather than mixed with this one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from quotes.read import InputError
from quotes.shards import Shard, ShardOptions
from quotes.types import Quote
from quotes.write import ParquetRowWriter, atomic_output

MANIFEST = "_quotes_manifest.json"
KEY_METADATA = "quotes_shard"
ERRORS_METADATA = "quotes_errors"  # JSON: [[source, message], ...]
PART_GLOB = "part-*.parquet"


class DatasetError(RuntimeError):
    """The folder cannot take this run: the message says why and what to do."""


def part_errors(path: Path, key: str) -> list[InputError] | None:
    """The errors kept with ``path`` when it is a whole Parquet part of the shard ``key``
    (none for a part written before errors were kept); None when it is no such part."""
    import pyarrow.parquet as pq

    try:
        metadata = pq.read_metadata(path).metadata or {}
        if metadata.get(KEY_METADATA.encode()) != key.encode():
            return None
        kept = json.loads(metadata.get(ERRORS_METADATA.encode(), b"[]"))
        return [InputError(str(source), str(message)) for source, message in kept]
    except Exception:  # noqa: BLE001 - a damaged or foreign file is just not a done part
        return None


def open_dataset(
    folder: Path, shards: list[Shard], options: ShardOptions
) -> tuple[list[Shard], list[InputError]]:
    """Make ``folder`` ready for this run: the shards still to do (in order), and the errors
    kept by the parts of the shards already done (in input order)."""
    if folder.exists() and not folder.is_dir():
        raise DatasetError(f"--output {folder} is a file: a Parquet folder needs a folder name")
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise DatasetError(f"--output {folder}: folder {parent} does not exist: create it first")
    folder.mkdir(exist_ok=True)
    planned = {shard.part_name for shard in shards}
    entries = [p for p in folder.iterdir() if not p.name.startswith(".")]
    manifest = folder / MANIFEST
    if entries and not manifest.exists():
        raise DatasetError(f"--output {folder} is a folder of other files: name a new or empty folder")
    strangers = sorted(p.name for p in entries if p.name != MANIFEST and p.name not in planned)
    if strangers:
        raise DatasetError(
            f"--output {folder} holds parts of another run (other inputs or options), such as "
            f"{strangers[0]}: name a new folder, or empty this one to start again"
        )
    for leftover in folder.glob(".part-*.tmp"):  # a part being written when the run was killed
        leftover.unlink(missing_ok=True)
    with atomic_output(manifest) as fh:
        json.dump(
            {
                "what": "quotes extract, one Parquet part per shard (docs/usage.md: Parquet folders)",
                "options": asdict(options),
                "shards": [
                    {"part": s.part_name, "key": s.key, "inputs": [asdict(p) for p in s.pieces]}
                    for s in shards
                ],
            },
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    pending = []
    earlier: list[InputError] = []
    for shard in shards:
        part = folder / shard.part_name
        errors = part_errors(part, shard.key) if part.exists() else None
        if errors is not None:
            earlier.extend(errors)
            continue
        part.unlink(missing_ok=True)  # damaged: done again
        pending.append(shard)
    return pending, earlier


def rows_in_folder(folder: Path) -> int:
    """How many rows the whole parts in ``folder`` hold (this run's and earlier runs')."""
    import pyarrow.parquet as pq

    total = 0
    for part in folder.glob(PART_GLOB):
        try:
            total += pq.read_metadata(part).num_rows
        except Exception:  # noqa: BLE001 - a damaged part holds no rows a reader gets
            continue
    return total


def write_part(folder: Path, shard: Shard, rows: list[Quote], errors: Sequence[InputError] = ()) -> None:
    """The shard's rows as its part, with the errors met in it, atomically."""
    metadata = {
        KEY_METADATA: shard.key,
        ERRORS_METADATA: json.dumps([[e.source, e.message] for e in errors], ensure_ascii=False),
    }
    with ParquetRowWriter(folder / shard.part_name, metadata=metadata) as part:
        part.write(rows)
