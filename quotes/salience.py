"""How prominent each person or organisation is at a point of the story: what `he`, `she` and
`it` are taken to stand for.

A pronoun goes to the most salient entity that agrees with it, in the manner of Lappin and
Leass (1994): every mention adds weight to its entity, more as the subject of a main clause
than as an object, a possessive or the object of a preposition, and the weight halves with each
sentence of narrative since. Sentences inside quote marks are the speaker's words, not the
story's narrative: they do not count as distance (a long quote does not make its speaker less
prominent for the `she said` after it).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Token

from quotes.context import DocContext
from quotes.letters import capitalised
from quotes.lexicon import lexicon
from quotes.tokens import FIELD_PREPS, compounds_start, job_of_a_field_before

T = TypeVar("T")

# Salience factors (after Lappin and Leass 1994, Table 1), and how far back a mention counts.
RECENCY = 100.0
SUBJECT = 80.0
OBJECT = 50.0
OBLIQUE = 20.0
HEAD_NOUN = 80.0  # not a possessive or a modifier inside another noun phrase
NOT_ADVERBIAL = 50.0  # not inside a prepositional phrase
MAIN_CLAUSE = 40.0
DECAY = 0.5  # per sentence of narrative
HORIZON = 6  # sentences of narrative after which a mention no longer counts

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "dative", "oprd"})


def narrative_sentences(context: DocContext, outside: list[bool]) -> list[int]:
    """For each token, the number of narrative sentences (sentences with words outside quote
    marks) that start at or before it."""
    doc = context.doc
    index = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return index  # a pipeline without a parser: one sentence
    cols = context.columns
    narrative = [o and not p and not s for o, p, s in zip(outside, cols.is_punct, cols.is_space, strict=True)]
    starts = [i for i, v in enumerate(cols.sent_start) if v == 1 and i > 0] + [len(doc)]
    n = -1
    start = 0
    # Sentence by sentence, as doc.sents gives them: the first token starts one, and so does
    # every token marked as a start.
    for end in starts:
        if any(narrative[start:end]):
            n += 1
        index[start:end] = [max(n, 0)] * (end - start)
        start = end
    return index


def phrase_head(tok: Token, through: tuple[str, ...] = ("appos", "conj", "compound")) -> Token:
    """The head of the phrase a mention stands in: up through ``through`` (a name in
    apposition or a conjunct stands as the phrase it belongs to), and out of a title that the
    parser made the name's head (`Leader of the Opposition Tom Akers alleged …`, the name the
    object of the title's `of`: the title's noun holds the name's place in the clause)."""
    head = tok
    set_beside = False
    while head.dep_ in through and head.head.i != head.i and not _name_in_capitals_on_a_verb(head):
        set_beside = set_beside or head.dep_ == "appos" or _set_off_conjunct(head)
        head = head.head
    named = _named_after_a_title(head) or _named_after_a_job_of_a_field(head) or _titled_inside_a_body(head)
    beside = set_beside and (_field_of_a_role(head) or _named_after_a_persons_place(tok, head))
    if head.dep_ == "pobj" and (named or beside):
        head = head.head.head
        while head.dep_ in through and head.head.i != head.i:
            head = head.head
    return head


def _set_off_conjunct(tok: Token) -> bool:
    """`A resident of Taman Seri Rambai, Norhayati Ismail, 52, said`: the parser may make a name
    set off by commas a conjunct of the word before it; with no `and`/`or` on either and no
    third item it is no list but an apposition."""
    if tok.dep_ != "conj" or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("cc", "conj") for c in tok.children) and not any(
        c.dep_ == "cc" for c in tok.head.children
    )


def _field_of_a_role(obj: Token) -> bool:
    """`The council's executive member for environment, Cllr X, said`: the parser hangs the name
    set beside a role on the role's field (`environment`); the role's noun holds its place."""
    prep = obj.head
    return (
        prep.lower_ in ("of", "for")
        and prep.dep_ == "prep"
        and prep.head.i < prep.i
        and prep.head.lemma_.lower() in lexicon().role_nouns
    )


def _named_after_a_persons_place(name: Token, obj: Token) -> bool:
    """`A cane farmer from Hillside, Ana Ruiz, said`: the parser hangs the name set off after a
    person's place or body on the place; the person's noun holds the name's place."""
    prep = obj.head
    return (
        name.ent_type_ == "PERSON"
        and prep.lower_ in ("from", "in", "at", "of", "with")
        and prep.dep_ == "prep"
        and prep.head.i < prep.i
        and lexicon().names_a_person(prep.head.lemma_.lower())
    )


def _titled_inside_a_body(name: Token) -> bool:
    """`Harbour Association of Small Miners (HASM) General Secretary Ana Ruiz said`, the parser
    making the name the object of the body's `of`: a name right after a title in capitals
    holds the place of the phrase the body heads."""
    # (The name's own tests first: this is asked of every mention, and most fail them before
    # the walk back over its compounds.)
    if name.ent_type_ != "PERSON" or name.head.lower_ not in ("of", "for"):
        return False
    doc = name.doc
    first = compounds_start(name)
    while first < name.i and doc[first].ent_type_ != "PERSON":
        first += 1
    title = doc[first - 1] if first > 0 else None
    return (
        title is not None
        and title.is_title
        and title.lemma_.lower() in lexicon().role_nouns
        and name.head.head.i < title.i
    )


def _named_after_a_job_of_a_field(name: Token) -> bool:
    """`Moana Toa director of rugby Sione Tapu said`, the name parsed as the object of the
    job's `of`: the name after the field is the job's holder (tokens.job_of_a_field_before)."""
    prep = name.head
    first = prep.i + 2
    if prep.lower_ not in FIELD_PREPS or prep.dep_ != "prep" or not prep.i < first <= name.i:
        return False
    return name.doc[first].pos_ == "PROPN" and bool(job_of_a_field_before(name.doc[first]))


def _named_after_a_title(name: Token) -> bool:
    """`Leader of the Opposition Tom Akers`, `Secretary of State Ann Cole`: a name right after
    a title in capitals whose `of` the parser hung it on (not `the son of Tom Akers`)."""
    prep = name.head
    title = prep.head
    # (`Assistant Commissioner for the Northern Region, Ann Cole,`: a portfolio after `for`.)
    if prep.lower_ not in ("of", "for") or prep.dep_ != "prep" or title.i > prep.i:
        return False
    if not capitalised(title.text) or title.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = name.doc
    first = next((i for i in range(prep.i + 1, name.i + 1) if doc[i].ent_type_ == "PERSON"), name.i)
    between = doc[prep.i + 1 : first]
    return any(capitalised(t.text) for t in between) and all(
        t.lower_ == "the" or (t.pos_ == "PROPN" and t.ent_type_ != "PERSON") for t in between
    )


def mention_weight(tok: Token) -> float:
    """The salience a mention headed by ``tok`` gives its entity."""
    weight = RECENCY
    head = phrase_head(tok)
    dep = _dep_of_a_name_in_capitals(head)
    if dep in _SUBJECTS:
        weight += SUBJECT
    elif dep in _OBJECTS:
        weight += OBJECT
    elif dep == "pobj":
        weight += OBLIQUE
    if dep not in ("poss", "compound", "nmod"):
        weight += HEAD_NOUN
    if dep != "pobj" and not any(a.dep_ == "prep" for a in head.ancestors if a.i != head.i):
        weight += NOT_ADVERBIAL
    verb = head.head
    if dep in _SUBJECTS | _OBJECTS and (verb.dep_ == "ROOT" or verb.head.i == verb.i):
        weight += MAIN_CLAUSE
    return weight


def _dep_of_a_name_in_capitals(head: Token) -> str:
    """The head's relation, but a subject for a name all in capitals the parser made a compound of
    the verb after it (`Mr. JOHN BURNS presiding`: it reads names in capitals poorly; in title
    case `Burns` is the verb's subject), since no noun is a compound of a verb."""
    return "nsubj" if _name_in_capitals_on_a_verb(head) else head.dep_


def _name_in_capitals_on_a_verb(tok: Token) -> bool:
    """Whether ``tok`` is a word of a name in capitals the parser made a compound of a verb after
    it (see ``_dep_of_a_name_in_capitals``)."""
    verb = tok.head
    in_capitals = tok.is_upper and len(tok) > 1 and tok.pos_ == "PROPN"
    return tok.dep_ == "compound" and in_capitals and verb.i > tok.i and verb.pos_ in ("VERB", "AUX")


def is_subject(tok: Token) -> bool:
    """Whether the mention headed by ``tok`` is the subject of its clause."""
    return _dep_of_a_name_in_capitals(phrase_head(tok)) in _SUBJECTS


def is_main_subject(tok: Token) -> bool:
    """Whether the mention headed by ``tok`` is the subject of its sentence's main clause:
    `Smith said Friday that it was a pity Jones lost` has Smith, not Jones. The parser may hang
    the narrative's verb on a quote's (`“…,” Ruiz replied`, a conjunct of the quote's verb;
    `Ruiz wrote: “We …”`, a clause the quote's verb governs); that verb is still the main one."""
    head = phrase_head(tok, ("appos", "compound"))
    if _dep_of_a_name_in_capitals(head) not in _SUBJECTS:
        return False
    verb = head.head
    while verb.dep_ in ("conj", "parataxis") or (verb.dep_ == "ccomp" and verb.head.i > verb.i):
        verb = verb.head
    return verb.dep_ == "ROOT"


@dataclass(frozen=True)
class Record(Generic[T]):
    char: int
    sentence: int
    weight: float
    entity: T
    subject: bool = False
    main: bool = False  # the subject of the sentence's main clause


class Salience(Generic[T]):
    """Mentions so far, in reading order; the most salient entity at a point."""

    def __init__(self) -> None:
        self.records: list[Record[T]] = []
        # The highest sentence number among the records so far, record by record (it never
        # falls): a lookup skips at once the records too far back to count.
        self._reach: list[int] = []
        self._chars: dict[int, list[int]] = {}  # id(entity) -> chars of its mentions

    def add(self, char: int, sentence: int, tok: Token, entity: T) -> None:
        """A mention of ``entity`` headed by ``tok`` at ``char``, in narrative sentence ``sentence``."""
        self.records.append(
            Record(char, sentence, mention_weight(tok), entity, is_subject(tok), is_main_subject(tok))
        )
        self._reach.append(max(sentence, self._reach[-1]) if self._reach else sentence)
        self._chars.setdefault(id(entity), []).append(char)

    def since(self, sentence: int) -> list[Record[T]]:
        """The records that may lie in ``sentence`` or later (and a few before it)."""
        return self.records[bisect_left(self._reach, sentence) :]

    def subjects(self, char: int, sentence: int, back: int = 0) -> list[Record[T]]:
        """The subject mentions before ``char`` in this sentence and the ``back`` ones before it,
        nearest first."""
        found = [
            r
            for r in self.since(sentence - back)
            if r.char < char and 0 <= sentence - r.sentence <= back and r.subject
        ]
        return sorted(found, key=lambda r: -r.char)

    def scores(self, char: int, sentence: int) -> dict[int, tuple[float, T]]:
        """Each entity's salience at ``char``: per sentence, its heaviest mention, halved for
        every sentence since."""
        best: dict[tuple[int, int], tuple[float, T]] = {}
        for r in self.since(sentence - HORIZON):
            if r.char >= char or sentence - r.sentence > HORIZON:
                continue
            key = (id(r.entity), r.sentence)
            weight = r.weight * DECAY ** max(sentence - r.sentence, 0)
            if key not in best or best[key][0] < weight:
                best[key] = (weight, r.entity)
        total: dict[int, tuple[float, T]] = {}
        for (entity_id, _), (weight, entity) in best.items():
            previous = total.get(entity_id, (0.0, entity))[0]
            total[entity_id] = (previous + weight, entity)
        return total

    def best(self, char: int, sentence: int, agreement: Callable[[T], float]) -> T | None:
        """The most salient entity at ``char`` once weighed by ``agreement`` (0 excludes)."""
        ranked = [
            (weight * agreement(entity), -self._last(entity, char), entity)
            for weight, entity in self.scores(char, sentence).values()
        ]
        ranked = [r for r in ranked if r[0] > 0]
        if not ranked:
            return None
        return max(ranked, key=lambda r: (r[0], r[1]))[2]

    def _last(self, entity: T, char: int) -> int:
        """How far back the entity's last mention before ``char`` is (ties go to the nearest)."""
        before = [c for c in self._chars.get(id(entity), []) if c < char]
        return char - max(before) if before else char
