"""The records that flow between the steps: plain frozen dataclasses, no spaCy objects.

They cross process boundaries (``--jobs``) and serialise with ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class QuoteSpan:
    """The words between one pair of quote marks, within one paragraph.

    ``start``/``end`` cover the words inside the marks; ``open_mark`` is the index of the
    opening mark's first character and ``close_mark`` that of the closing mark's last one
    (an archive mark ``''`` is two characters), ``-1`` when the quote runs on into the next
    paragraph or the mark was never closed.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    paragraph: int
    utterance: int
    style: str  # "double" or "single"

    @property
    def outer_end(self) -> int:
        """One past the closing mark, or the end of the words when there is none."""
        return self.close_mark + 1 if self.close_mark >= 0 else self.end


@dataclass(frozen=True)
class Speaker:
    """One person or organisation, as the article names them."""

    name: str
    role: str = ""
    organization: str = ""
    kind: str = "person"  # "person", "organization" or "unknown"
    # The entity's number within its document (1, 2, …, in order of first mention): every row
    # of one person or organisation carries the same id. -1 when the speaker is no entity.
    id: int = -1


@dataclass(frozen=True)
class Quote:
    """One output row: a quoted passage and who said it.

    ``text[start:end] == quote`` always holds for the text the row was extracted from.
    ``speaker_start``/``speaker_end`` locate the mention the attribution rests on
    (``-1`` when there is no speaker).
    """

    source: str
    speaker: str
    role: str
    organization: str
    quote: str
    cue: str
    kind: str  # "direct", "partial" or, with include_all, "scare", "headline", "furniture" or "sign"
    confidence: float
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    utterance: int
    sieve: str
    # The corpus record the row comes from (its "id", or its line number when it has none);
    # empty for a plain file, a page or stdin.
    id: str = ""
    # The words the attribution rests on (``text[speaker_start:speaker_end]``): a name, a
    # description or a pronoun. ``speaker`` is the entity they refer to, in full.
    mention: str = ""
    # The speaker's entity within the document (see ``Speaker.id``); -1 without one.
    speaker_id: int = -1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


QUOTE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Quote))
# The public columns of a row, in the order every output writes them: the record id beside
# the source it belongs to, the speaker's entity beside the speaker, the mention beside its
# offsets. ``sieve`` stays internal (it is in ``quotes evaluate --errors`` records).
OUTPUT_FIELDS: tuple[str, ...] = (
    "source",
    "id",
    "speaker",
    "speaker_id",
    "role",
    "organization",
    "quote",
    "cue",
    "kind",
    "confidence",
    "start",
    "end",
    "mention",
    "speaker_start",
    "speaker_end",
    "utterance",
)
