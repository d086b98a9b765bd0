"""A document's token attributes as plain lists, read once per document.

Iterating over a Doc makes a Python object for every token, and the rules that look at the
whole article (every proper noun, every pronoun, every `of`) did that several times per
document: most of what extraction cost beside the parse. The attributes they filter on are
read here in one C-speed call (``Doc.to_array``), so a rule makes token objects only for the
few tokens that pass its filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
)
from spacy.symbols import NOUN, NUM, PRON, PROPN, appos, prep
from spacy.tokens import Doc

__all__ = [
    "APPOS",
    "NOUN",
    "NUM",
    "PRON",
    "PROPN",
    "PREP",
    "Columns",
    "WordTest",
    "places_of_word",
    "places_of_words",
    "read_columns",
    "word_column",
    "word_test",
]

PREP = prep  # the dependency labels `prep` and `appos`, as ids
APPOS = appos


@dataclass(frozen=True)
class Columns:
    """One list per attribute, indexed by token: ids of spaCy symbols, or flags."""

    pos: list[int]
    dep: list[int]
    ent_type: list[int]  # 0 outside a named entity
    ent_begins: list[int]  # 1 where a named entity begins
    is_lower: list[int]
    is_title: list[int]
    is_punct: list[int]
    is_space: list[int]
    sent_start: list[int]  # 1 where a sentence starts (the first token always does, marked or not)
    orth: list[int]
    lower: list[int]  # the id of the word in small letters
    head: list[int]  # the index of each token's syntactic head (its own index at a root)


_IOB_BEGINS = 3  # ENT_IOB's value for B (I is 1, O 2, unset 0)


def read_columns(doc: Doc) -> Columns:
    """The token attributes of ``doc`` (``DocContext.columns`` reads them once per document)."""
    names = [POS, DEP, ENT_TYPE, IS_LOWER, IS_TITLE, IS_PUNCT, IS_SPACE, SENT_START, ORTH, LOWER, ENT_IOB]
    table = doc.to_array(names).T.tolist() if len(doc) else [[] for _ in names]
    # SENT_START is -1/0/1 in an unsigned array: only 1 (a start) is asked for.
    table[7] = [1 if v == 1 else 0 for v in table[7]]
    ent_begins = [1 if v == _IOB_BEGINS else 0 for v in table[10]]
    # HEAD is the head's offset from the token, negative ones wrapped round in uint64.
    offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
    heads = [i + offset for i, offset in enumerate(offsets)]
    pos, dep, ent_type, is_lower, is_title, is_punct, is_space, sent_start, orth, lower, _ = table
    flags = (is_lower, is_title, is_punct, is_space, sent_start)
    return Columns(pos, dep, ent_type, ent_begins, *flags, orth, lower, heads)


# The last document's column of each word attribute: (the Doc, its column), a tuple replaced
# whole (safe in threads). The passes ask the same article's words about 20 times, and
# reading the column again cost more than the comparison. The Doc itself is held, not its
# id, so a column is never taken for another document's; only the words' attributes, which
# nothing changes after the parse (entity tags are changed by the rules), are kept.
_LAST_COLUMN: dict[int, tuple[Doc, numpy.ndarray]] = {}
_KEPT_ATTRS = frozenset({ORTH, LOWER, LEMMA})


def word_column(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)`` for ``ORTH``, ``LOWER`` or ``LEMMA``, read once per document
    while it is the last one asked about (do not write into it)."""
    if attr not in _KEPT_ATTRS:
        return doc.to_array(attr)
    last = _LAST_COLUMN.get(attr)
    if last is not None and last[0] is doc and len(last[1]) == len(doc):
        return last[1]
    column = doc.to_array(attr)
    _LAST_COLUMN[attr] = (doc, column)
    return column


def places_of_word(doc: Doc, attr: int, word: str) -> list[int]:
    """The indices, in order, of the tokens whose word ``attr`` (``ORTH``, ``LOWER`` or
    ``LEMMA``) is ``word`` itself: one comparison of hashes over the column."""
    strings = doc.vocab.strings
    if not len(doc) or word not in strings:
        return []
    return [int(k) for k in numpy.flatnonzero(word_column(doc, attr) == strings.as_int(word))]


def places_of_words(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    """The indices, in order, of the tokens whose word ``attr`` is one of ``words`` (each as
    written): the column compared with the words' hashes, as ``places_of_word`` does for one."""
    strings = doc.vocab.strings
    wanted = [strings.as_int(w) for w in words if w in strings]
    if not len(doc) or not wanted:
        return []
    return [int(k) for k in numpy.flatnonzero(numpy.isin(word_column(doc, attr), wanted))]


_MOST_ASKED = 200_000  # hashes a WordTest keeps before it starts again (a long run's names)


class WordTest:
    """A test of words that a pass asks of every article (a business's noun, a verb of saying):
    the places of the tokens whose word ``attr`` (``ORTH``, ``LOWER`` or ``LEMMA``) it accepts.
    Its answers are kept by the word's hash (a hash of the string, the same in every document's
    vocabulary), so a word is asked once per process, not once per article, and an article's
    tokens are looked up among the hashes asked about at C speed."""

    def __init__(self, keep: Callable[[str], bool]) -> None:
        self.keep = keep
        # Every hash asked about, sorted, and the answer for each: one tuple, replaced whole, so
        # that a thread reading it never sees the one grown and not the other.
        self.answers = (numpy.empty(0, dtype=numpy.uint64), numpy.empty(0, dtype=bool))

    def places(self, doc: Doc, attr: int) -> list[int]:
        """The indices, in order, of the tokens of ``doc`` whose word ``attr`` is accepted."""
        if not len(doc):
            return []
        values = word_column(doc, attr)
        asked, accepted = self.answers
        at, known = _look_up(asked, values)
        if not known.all():
            if len(asked) > _MOST_ASKED:
                # (Starting again: this article's every word is asked anew, or the ones known
                # before would be looked up in a table that no longer holds them.)
                asked, accepted = asked[:0], accepted[:0]
                known = numpy.zeros(len(values), dtype=bool)
            # (Words not asked before, the first time each is met: put in their sorted places.)
            new = numpy.unique(values[~known])
            strings = doc.vocab.strings
            answers = numpy.array([self.keep(strings[v]) for v in new.tolist()], dtype=bool)
            where = numpy.searchsorted(asked, new)
            asked, accepted = numpy.insert(asked, where, new), numpy.insert(accepted, where, answers)
            self.answers = (asked, accepted)
            at, known = _look_up(asked, values)
        return [int(k) for k in numpy.flatnonzero(accepted[at])]


def _look_up(asked: numpy.ndarray, values: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Where each of ``values`` is (or would go) in the sorted ``asked``, and whether it is
    there: a binary search at C speed, not a sort of the article's words."""
    if not len(asked):
        return numpy.zeros(len(values), dtype=numpy.intp), numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(asked, values), len(asked) - 1)
    return at, asked[at] == values


@lru_cache(maxsize=32)
def word_test(words: frozenset[str], *, unstopped: bool = False) -> WordTest:
    """The test whether a word in small letters (and without its full stops, with
    ``unstopped``: `mr.`) is one of ``words``, one kept for each list of words (a lexicon's:
    those of another folder of word lists get their own)."""
    if unstopped:
        return WordTest(lambda word: word.lower().rstrip(".") in words)
    return WordTest(lambda word: word.lower() in words)
