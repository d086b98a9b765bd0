"""A document's token attributes as plain lists, read once per document.

Iterating over a Doc makes a Python object for every token, and the rules that look at the
whole article (every proper noun, every pronoun, every `of`) did that several times per
document: most of what extraction cost beside the parse. The attributes they filter on are
read here in one C-speed call (``Doc.to_array``), so a rule makes token objects only for the
few tokens that pass its filter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    LOWER,
    ORTH,
    POS,
    SENT_START,
)
from spacy.symbols import NOUN, NUM, PRON, PROPN, appos, prep
from spacy.tokens import Doc

__all__ = ["APPOS", "NOUN", "NUM", "PRON", "PROPN", "PREP", "Columns", "places_of", "read_columns"]

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


def places_of_word(doc: Doc, attr: int, word: str) -> list[int]:
    """The indices, in order, of the tokens whose word ``attr`` (``ORTH``, ``LOWER`` or
    ``LEMMA``) is ``word`` itself: one comparison of hashes over the column, where ``places_of``
    would ask a predicate about every distinct word of the article."""
    strings = doc.vocab.strings
    if not len(doc) or word not in strings:
        return []
    return [int(k) for k in numpy.flatnonzero(doc.to_array(attr) == strings.as_int(word))]


def places_of(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """The indices, in order, of the tokens whose word ``attr`` (``ORTH``, ``LOWER`` or
    ``LEMMA``) is one ``keep`` accepts. For the passes that look for a few words (`'s`, a form of
    address, a business's noun) in every article, before ``DocContext`` is built: each distinct
    word is asked once, and only the tokens found are made into objects."""
    if not len(doc):
        return []
    values = doc.to_array(attr)
    wanted = [v for v in numpy.unique(values).tolist() if keep(doc.vocab.strings[v])]
    return [int(k) for k in numpy.isin(values, wanted).nonzero()[0]]
