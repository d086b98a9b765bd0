"""Which files ``--keep-text`` wrote: a hidden list in each folder that holds kept texts.

Two steps read it: writing a kept text (``quotes/write.py``: a file the list does not name is
the user's and is never overwritten; the list says which document each name belongs to, so
inputs whose names clean alike keep distinct files from one run to the next) and walking an
input folder (``quotes/read.py``: a kept text is never read back as an input).
"""

from __future__ import annotations

import json
from pathlib import Path

MANIFEST = ".quotes-kept"


def kept_in(folder: Path) -> dict[str, tuple[str, str]]:
    """The kept texts listed in ``folder``: file name → (source, record id) of its document."""
    try:
        lines = (folder / MANIFEST).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    kept: dict[str, tuple[str, str]] = {}
    for line in lines:
        try:
            entry = json.loads(line)
            kept[str(entry["name"])] = (str(entry["source"]), str(entry["id"]))
        except (ValueError, KeyError, TypeError):
            continue  # a damaged line names nothing
    return kept


def record_kept(folder: Path, name: str, source: str, record_id: str) -> None:
    """Add ``name`` to ``folder``'s list, as the kept text of (``source``, ``record_id``)."""
    line = json.dumps({"name": name, "source": source, "id": record_id}, ensure_ascii=True)
    with open(folder / MANIFEST, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
