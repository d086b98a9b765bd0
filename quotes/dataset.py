"""A Parquet folder (``--format parquet -o DIR``): one part per shard, and runs that resume.

Each shard's rows go to ``part-NNNNN-KEY.parquet`` (``Shard.part_name``: input order by name,
the shard's identity by key), written to a temporary file and renamed into place, and the
shard's key is in the part's metadata. So a part that is there and whose footer reads back
with its key is complete, and a rerun of the same command into the same folder skips its
shard: after Ctrl-C, a crash or a killed machine, no row is lost or written twice.

``_quotes_manifest.json`` says what the folder holds: the options and, for every shard, its
part and inputs. A folder holding parts of another run (other inputs, other options) is
refused rather than mixed with this one.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from quotes.shards import Shard, ShardOptions
from quotes.types import Quote
from quotes.write import ParquetRowWriter, atomic_output

MANIFEST = "_quotes_manifest.json"
KEY_METADATA = "quotes_shard"
PART_GLOB = "part-*.parquet"


class DatasetError(RuntimeError):
    """The folder cannot take this run: the message says why and what to do."""


def part_complete(path: Path, key: str) -> bool:
    """True when ``path`` is a whole Parquet part of the shard ``key``."""
    import pyarrow.parquet as pq

    try:
        metadata = pq.read_metadata(path).metadata or {}
    except Exception:  # noqa: BLE001 - a damaged or foreign file is just not a done part
        return False
    return metadata.get(KEY_METADATA.encode()) == key.encode()


def open_dataset(folder: Path, shards: list[Shard], options: ShardOptions) -> list[Shard]:
    """Make ``folder`` ready for this run and return the shards still to do (in order)."""
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
    for shard in shards:
        part = folder / shard.part_name
        if part.exists() and part_complete(part, shard.key):
            continue
        part.unlink(missing_ok=True)  # damaged: done again
        pending.append(shard)
    return pending


def write_part(folder: Path, shard: Shard, rows: list[Quote]) -> None:
    """The shard's rows as its part, atomically."""
    with ParquetRowWriter(folder / shard.part_name, metadata={KEY_METADATA: shard.key}) as part:
        part.write(rows)
