"""Who said what: one line per speaker per article, from the rows of that article.

The extractor resolves each mention to one of the article's entities (a person or an
organisation) and gives every row of that entity the same ``speaker_id``, canonical name, role
and organisation; the rows are grouped by it. A row whose speaker is no entity
(``speaker_id == -1``) falls back on its name, merged conservatively: a name joins a fuller one
only when, honorifics aside, its words are a part of the fuller name ending in the same surname,
and exactly one fuller name in the article fits. Two people who share a surname (`Justin
Trudeau`, `Elizabeth Trudeau`) leave a bare `Trudeau` on its own line rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from quotes.lexicon import lexicon
from quotes.types import Quote

FIRST_WORDS = 12
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class SpeakerSummary:
    """One speaker in one article (``source`` and, for a corpus record, ``id``)."""

    source: str
    id: str
    speaker: str
    speaker_id: int  # the entity's id in the article (as on its rows); -1 for a name with no entity
    role: str
    organization: str
    quotes: int  # quoted utterances: a quote split around "she said" counts once
    first_quote: str  # the first words of the speaker's first quote
    names: tuple[str, ...]  # every name the rows gave this speaker, fullest first
    first_start: int  # offset of the first quote, for ordering by appearance
    indirect: int = 0  # reported utterances without quote marks (with --indirect)


SUMMARY_FIELDS: tuple[str, ...] = (
    "source",
    "id",
    "speaker",
    "speaker_id",
    "role",
    "organization",
    "quotes",
    "first_quote",
    "names",
)
# With reported speech (--indirect), its count stands beside the quotes' count.
SUMMARY_FIELDS_INDIRECT: tuple[str, ...] = (*SUMMARY_FIELDS[:7], "indirect", *SUMMARY_FIELDS[7:])


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name, case-folded, without honorifics (`Ms`, `Dr.`) or a leading `the`."""
    titles = lexicon().titles
    words = [w.casefold() for w in _WORD.findall(name)]
    while words and (words[0] in titles or words[0].rstrip(".") in titles or words[0] == "the"):
        words.pop(0)
    return tuple(words)


def _gender(name: str) -> str:
    """`m` or `f` from an honorific (`Ms`) or a common given name (`Elizabeth`); else empty."""
    lex = lexicon()
    words = [w.casefold() for w in _WORD.findall(name)]
    for word in words:
        title = lex.titles.get(word) or lex.titles.get(word.rstrip("."))
        if title is None:
            break
        if title in ("m", "f"):
            return title
    rest = _name_words(name)
    if len(rest) > 1:
        return lex.first_names.get(rest[0], "")
    return ""


def _is_name(name: str) -> bool:
    """A proper name (`Elizabeth Trudeau`, `Mohammed bin Salman`), not a description such as
    `a campaign spokesman`: every word capitalised but for short particles, the last one always."""
    words = _WORD.findall(name)
    return bool(words) and words[-1][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)


def merge_names(names: Iterable[str]) -> dict[str, str]:
    """Map every name to the name of the speaker it is merged into (itself if none)."""
    unique = list(dict.fromkeys(n for n in names if n))
    info = {n: (_name_words(n), _gender(n), _is_name(n)) for n in unique}

    def covers(full: str, part: str) -> bool:
        """``full`` names at least the person ``part`` names, with nothing against it."""
        (w_full, g_full, name_full), (w_part, g_part, name_part) = info[full], info[part]
        if not w_full or not w_part or (g_full and g_part and g_full != g_part):
            return False  # `Mr Trudeau` is not `Ms Trudeau`
        if w_full == w_part:
            return True
        return (
            name_full
            and name_part
            and w_full[-1] == w_part[-1]  # the same surname
            and set(w_part) < set(w_full)
        )

    def rank(n: str) -> tuple[int, bool, int, int]:
        return (len(info[n][0]), bool(info[n][1]), len(n), -unique.index(n))

    target = {}
    for n in unique:
        up = [m for m in unique if m == n or covers(m, n)]
        top = max(up, key=rank)
        # Only when one fullest name covers every candidate: else two people share the surname.
        target[n] = top if all(m == top or covers(top, m) for m in up) else n
    return target


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    if not counts:
        return ""
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)  # ties: the first the article gives


def summarize(rows: Iterable[Quote]) -> list[SpeakerSummary]:
    """One summary per speaker per article, in article order; rows with no speaker are left out.

    Within an article speakers are listed by number of quotes, then by first appearance.
    """
    by_document: dict[tuple[str, str], list[Quote]] = {}
    for q in rows:
        by_document.setdefault((q.source, q.id), []).append(q)
    summaries: list[SpeakerSummary] = []
    for (source, record_id), doc_rows in by_document.items():
        summaries.extend(_summarize_document(source, record_id, doc_rows))
    return summaries


def _summarize_document(source: str, record_id: str, rows: list[Quote]) -> list[SpeakerSummary]:
    rows = sorted((q for q in rows if q.speaker), key=lambda q: q.start)
    groups = _group_by_speaker(rows)
    out = []
    for group in groups.values():
        names = list(dict.fromkeys(q.speaker for q in group))
        names.sort(key=lambda n: (-len(_name_words(n)), -len(n)))
        entity_ids = [q.speaker_id for q in group if q.speaker_id >= 0]
        # An entity's own name first: a fallback name that joined it may be longer.
        speaker = next((q.speaker for q in group if q.speaker_id >= 0), names[0])
        out.append(
            SpeakerSummary(
                source=source,
                id=record_id,
                speaker=speaker,
                speaker_id=entity_ids[0] if entity_ids else -1,
                role=_most_common(q.role for q in group),
                organization=_most_common(q.organization for q in group),
                quotes=len({q.utterance for q in group if q.kind != "indirect"}),
                first_quote=first_words(group[0].quote),
                names=tuple(dict.fromkeys([speaker, *names])),
                first_start=group[0].start,
                indirect=sum(1 for q in group if q.kind == "indirect"),
            )
        )
    out.sort(key=lambda s: (-(s.quotes + s.indirect), s.first_start))
    return out


def _group_by_speaker(rows: list[Quote]) -> dict[tuple[int, str], list[Quote]]:
    """The rows of each speaker, in order: by entity (``speaker_id``), and a row with no
    entity by its name (merged as ``merge_names`` says), joining an entity when its name
    merges into that entity's name and one entity alone has that name."""
    entity_of_name: dict[str, set[int]] = {}
    for q in rows:
        if q.speaker_id >= 0:
            entity_of_name.setdefault(q.speaker, set()).add(q.speaker_id)
    target = merge_names(q.speaker for q in rows)
    groups: dict[tuple[int, str], list[Quote]] = {}
    for q in rows:
        if q.speaker_id >= 0:
            key = (q.speaker_id, "")
        else:
            name = target[q.speaker]
            entities = entity_of_name.get(name, set())
            key = (next(iter(entities)), "") if len(entities) == 1 else (-1, name)
        groups.setdefault(key, []).append(q)
    return groups
