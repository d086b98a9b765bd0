"""Reported speech without quote marks: *Ruiz said the bridge would reopen in May*.

Opt-in (``indirect=True``, ``--indirect``). A verb of saying (``models/speech_verbs.txt``)
and what it governs give the content; the verb's subject is the speaker, found by the same
rules as a quote's (``attribution.subject_mention``), and resolved to the article's entities
with the quotes' speakers, so one person has one ``speaker_id`` across both kinds.

The content is what the verb says: its clause (*said [that] the bridge would reopen*), or,
when it has none, everything it governs after it (*accused the mayor of lying*, *called for an
inquiry*, *called for the minister to resign*, *tweeted her thanks*; whether a verb's object
is what was said is a fact the model weighs, with ``object`` in the list marking the verbs
whose object mostly is), without the
addressee of *told* when a clause follows (*told reporters [that] …*), without what the
speaker did next (*said the search was continuing and appealed for witnesses*), without the
complementiser *that*, and without the words of a quote, which has a row of its own (but a
headline in Title Case, whose quotes have none, reports with its single-marked words).
*According to X, …* reports the clause it modifies. *When asked by a reporter whether …*
reports the reporter's question: the agent of a verb of saying in the passive is its speaker.
A headline set in Title Case (*Ruiz Urges Council To Drop The Levy*), which the tagger reads
badly, reports by its shape: names, a capitalised verb of saying in the present, the rest.
Beliefs, wishes and perceptions (*thinks*, *wants*, *hopes*) are not in the list: they
report no speech.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from quotes.attribution import (
    Attribution,
    Mention,
    QuoteIndex,
    first_person,
    mention_at,
    perfect_read_as_passive,
    quoted_object,
    subject_mention,
)
from quotes.columns import places_of_word, word_test
from quotes.confidence import DIGITS
from quotes.context import DocContext
from quotes.furniture import is_title_case
from quotes.letters import capitalised
from quotes.lexicon import lexicon, models_dir
from quotes.tokens import quoted_as_saying
from quotes.trust import TrustModel
from quotes.types import QuoteSpan

REPORTED_FILE = "reported.json"
SIEVE = "reported-speech"
ACCORDING_SIEVE = "reported-according-to"
NOUN_SIEVE = "reported-noun"
# What a verb's content may open with when it governs no clause: its object (`announced a plan`), an open
# clause (`urged voters to …`, `vowed to fight`), or the phrase of `called for` / `called on`.
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd"})
_CONTENT_PREPOSITIONS = frozenset({"for", "on"})
_MIN_CONTENT_WORDS = 2
# What opens a clause set against the content (`…, while a third said …`).
_CONTRAST_MARKS = frozenset({"while", "whereas"})
# A verb's subject as the parser marks it (`she said`, `he was told`); with the `there` of
# `there have been …`, which gives a clause a subject's place as much (a verb with either is
# a clause of its own); with a clause for subject too (`What she said was …`), when what is
# asked is whether the parser found any subject at all.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SUBJECT_OR_THERE_DEPS = _SUBJECT_DEPS | {"expl"}
_ANY_SUBJECT_DEPS = _SUBJECT_OR_THERE_DEPS | {"csubj"}


def _has_subject(verb: Token, deps: frozenset[str] = _SUBJECT_DEPS) -> bool:
    """Whether ``verb`` has a child in one of the subject relations ``deps``."""
    return any(c.dep_ in deps for c in verb.children)


def _has_finite_auxiliary(verb: Token) -> bool:
    """Whether an auxiliary gives ``verb`` a tense (`has been rising`, `would like`)."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


@dataclass(frozen=True)
class ReportedSpeech:
    """A candidate: what a verb of saying (or `according to`) reports, and who it names."""

    start: int
    end: int
    verb: int  # token index of the cue
    mention: Mention
    cue: str
    sieve: str
    # What the model of ``models/reported.json`` weighs (see ``evidence``).
    evidence: tuple[str, ...] = ()


def _is_speech_verb(tok: Token) -> bool:
    if tok.lemma_.lower() not in lexicon().speech_verbs:
        return False
    # (`Trump claims he's worth …`, `…, Okafor notes.`: a present tense after a name is often
    # tagged a plural noun; one the parser gives a subject or a clause is the verb.)
    return tok.tag_.startswith("VB") or (
        tok.tag_ == "NNS" and any(c.dep_ in ("nsubj", "ccomp") for c in tok.children)
    )


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Tokens [first, last] without edge punctuation and a leading `that`."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or _complementiser(doc, first, last)):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc"):
        if _closes_a_bracket(doc, first, last):
            break
        last -= 1
    return first, last


# A closing bracket and the one that opens it: trimming a report's edge punctuation must
# not leave `(H3N2` open.
_CLOSING = {")": "(", "]": "["}


def _closes_a_bracket(doc: Doc, first: int, last: int) -> bool:
    """Whether token ``last`` closes a bracket opened within [first, last): the words end
    after it (`influenza A (H3N2)`, not `influenza A (H3N2`)."""
    opening = _CLOSING.get(doc[last].text)
    if opening is None:
        return False
    words = [doc[k].text for k in range(first, last)]
    return words.count(opening) > words.count(doc[last].text)


# What can follow the complementiser `that` but not the pointing `that`: a subject pronoun,
# a name, a plural, a determiner (`told the paper that evacuation …` is ambiguous and left).
_AFTER_COMPLEMENTISER_TAGS = frozenset({"PRP", "NNP", "NNPS", "NNS", "DT", "CD"})
# The parts a relative `that` plays in its clause (`a plan that he said would fail`).
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _complementiser(doc: Doc, i: int, last: int) -> bool:
    """Whether token ``i`` is the `that` that opens reported words: parsed as such, or parsed
    as a determiner before a word that no pointing `that` goes with (`said that they …`)."""
    tok = doc[i]
    if tok.lower_ != "that" or i >= last:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and doc[i + 1].tag_ in _FINITE_TAGS:
        # (`said that was all very well`: a `that` right before its clause's finite verb is
        # the clause's subject, one of the reported words; a complementiser needs a subject.)
        return False
    if tok.dep_ == "mark" or (tok.head.dep_ == "ccomp" and tok.head.left_edge.i == i):
        # (`told the Dáil that rents had risen`, with `that` parsed as the object of `risen`:
        # a relative `that` opens a relative clause, not a reported one.)
        return True
    return tok.dep_ not in _RELATIVE_ROLES and doc[i + 1].tag_ in _AFTER_COMPLEMENTISER_TAGS


# A relative clause a comma, a dash or a bracket sets off at the end of the content (`…,
# which …`) describes a word of it for the reader; the reported words end before it, as
# they do before a description in apposition (``_description_aside``). (Other trailing
# asides, `…, despite …`, `…, the oldest in …`, are as often part of the utterance.)
_ASIDE_DEPS = frozenset({"relcl"})
_ASIDE_MARKS = frozenset({",", "—", "–", "--", "(", ";"})


def _tense(verb: Token) -> str:
    """The tag that carries ``verb``'s tense: its own, or its first auxiliary's when it has
    one (`has appealed`, `did not condone`, `was alarmed`)."""
    if verb.tag_ not in ("VB", "VBN"):
        return verb.tag_
    auxiliary = next((c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), "")
    return auxiliary or verb.tag_


def _bare_tense(verb: Token) -> str:
    """``verb``'s tense, a past participle with no auxiliary read as the past tense it must be
    (`said she has a plan and defended it`, `defended` tagged as a participle)."""
    tense = _tense(verb)
    return "VBD" if tense == "VBN" else tense


def _without_next_act(doc: Doc, cue: Token, first: int, last: int) -> int:
    """``last``, or the token before `and` + a verb without a subject that the parser joined
    to the content's verb but that tells what the speaker did next (`said the search was
    continuing and appealed for witnesses`): a verb of saying, or after `and` a verb in the
    cue's tense where the content's verb is in another. (After `but` or `or` such a verb is
    the other side of what was said: `said she has doubts but accepted the vote`.)"""
    for k in range(first + 1, last + 1):
        verb = doc[k]
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or not first <= head.i < k:
            continue
        if head.dep_ != "ccomp" or head.head.i != cue.i:
            continue  # joined to a verb deeper in the content: still the content
        if _has_subject(verb, _SUBJECT_OR_THERE_DEPS):
            continue
        cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
        if cc is None:
            continue
        if _is_speech_verb(verb) or (
            cc.lower_ == "and"
            and _bare_tense(verb) == _tense(cue)
            and _tense(head) != _tense(cue)
            and not _a_state(verb)
        ):
            return cc.i - 1
    return last


# Verbs that say how things are, not what somebody did (`has the most experience`).
_STATE_LEMMAS = frozenset({"be", "have"})


def _a_state(verb: Token) -> bool:
    """Whether ``verb`` is `be` or `have` (the conjoined verb itself, not an auxiliary of
    it): a state (`said she was the first to act and has the most experience`) goes on with
    what was said; it is no act the speaker did next."""
    return verb.lemma_.lower() in _STATE_LEMMAS


def _non_finite(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive or a participle with no subject and no tense an
    auxiliary gives it (`to keep`, `closing`; not `has been rising`, `would like`)."""
    if verb.tag_ not in ("VB", "VBG"):
        return False
    return not _has_subject(verb, _SUBJECT_OR_THERE_DEPS) and not _has_finite_auxiliary(verb)


def _without_finite_act(doc: Doc, cue: Token, first: int, last: int) -> int:
    """``last``, or the token before `and` + a verb in a tense, with no subject, that the
    parser joined to a verb without one in the content (`vowed to keep the clinic open and
    thanked the nurses`, `proposed closing the road and has asked …`): a tense cannot go on an
    infinitive or a participle, so it is what the speaker did next."""
    for k in range(first + 1, last + 1):
        verb = doc[k]
        head = verb.head
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or not first <= head.i < k:
            continue
        if _tense(verb) not in _FINITE_TAGS or not _non_finite(head) or not _on_the_report(head, cue):
            continue
        if _has_subject(verb, _SUBJECT_OR_THERE_DEPS):
            continue
        # (`would like him to explain it but backs him`: the parser joined `backs` to the
        # wrong verb; a contrast is as often still what was said.)
        cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
        if cc is not None and cc.lower_ == "and":
            return cc.i - 1
    return last


def _on_the_report(verb: Token, cue: Token) -> bool:
    """Whether ``verb`` hangs on the ``cue`` through objects and open clauses only: not in a
    clause that describes a word of the report (`bans that included …`), nor under a clause
    with a subject of its own, whose verb a verb in a tense may be joined to (`said Ruiz used
    a van to move the stock and never kept a record`)."""
    while verb.i != cue.i:
        if verb.dep_ in ("relcl", "acl", "advcl", "conj") or verb.head.i == verb.i:
            return False
        if _has_subject(verb, _SUBJECT_OR_THERE_DEPS):
            return False
        verb = verb.head
    return True


def _without_further_report(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before `, telling …` / `, adding …`: a participle of saying set
    off at the end of the content reports more the speaker said (often in quote marks), not
    part of the first report (`said he saw no need to change, telling X that “…”`)."""
    for k in range(first + 2, last + 1):
        verb = doc[k]
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or doc[k - 1].text != ",":
            continue
        if _is_speech_verb(verb) and first <= verb.head.i < k:
            return k - 2
    return last


def _without_second_report(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before a second report joined to the content's clause, with a
    speaker of its own (`half said the levy was unfair, while a third said …`, `…, and a
    third said …`): what the others said is their report, not part of the first."""
    for k in range(first + 1, last + 1):
        verb = doc[k]
        if not first <= verb.head.i < k or not _own_report(verb) or _that_clause(verb):
            continue
        if verb.dep_ == "conj" or (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children)
        ):
            return verb.left_edge.i - 1
    return last


def _without_next_subject(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before `and`/`but` + a noun that ends the content and is the
    subject of a verb of saying right after it (`half said the levy was unfair and one in four
    said …`: the parser joins `one in four` to the content, and it is the next report's
    speaker, not more of what was said)."""
    k = last + 1
    while k < len(doc) and doc[k].dep_ in ("aux", "neg", "advmod") and doc[k].head.i > k:
        k += 1
    if k >= len(doc):
        return last
    verb = doc[k]
    if verb.dep_ not in ("conj", "ccomp") or not _is_speech_verb(verb):
        return last
    if _has_subject(verb, _ANY_SUBJECT_DEPS):
        return last
    for noun in doc[first : last + 1]:
        joined = noun.dep_ == "conj" and noun.right_edge.i == last and noun.left_edge.i - 1 > first
        if joined and noun.pos_ in _NOUN_POS and doc[noun.left_edge.i - 1].lower_ in ("and", "but"):
            return noun.left_edge.i - 2
    return last


_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _report_of_its_own(verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying in a tense (`… the Latino community and one in four
    said the party was hostile`: hung on the first verb, a clause of its own, not the first
    clause's second half)."""
    return _is_speech_verb(verb) and _tense(verb) in _FINITE_TAGS


def _that_clause(verb: Token) -> bool:
    """Whether ``verb`` opens with its own `that` (`said the levy was unfair and that the
    mayor had admitted it`): a clause the outer verb reports, not a second report."""
    opener = verb.left_edge
    return opener.lower_ == "that" and opener.dep_ == "mark" and opener.head.i == verb.i


_CONCESSIVE_MARKS = frozenset({"while", "whereas", "though", "although"})
_CONTRAST_WORD = re.compile(r"\b(?:while|whereas|though|although)\b", re.IGNORECASE)


def _subject_word(verb: Token) -> str:
    """The lower-cased head word of ``verb``'s subject, or ""."""
    return next((c.lower_ for c in verb.children if c.dep_ in _SUBJECT_OR_THERE_DEPS), "")


def _without_contrast(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before a clause of contrast or concession set off at the end of
    the content (`said all staff sign the pledge, though she did not discuss its terms`,
    `said they prefer an outsider, while about 4 in 10 want …`): the writer's counterpoint,
    about somebody or something else than what was said. With the same subject (`she is an
    independent, although she is registered …`) it goes on with the speaker's words."""
    for k in range(first + 2, last + 1):
        if doc[k - 1].text not in _ASIDE_MARKS:
            continue
        opener = doc[k + 1] if doc[k].lower_ == "even" and k < last else doc[k]
        if opener.lower_ not in _CONCESSIVE_MARKS or opener.dep_ != "mark":
            continue
        clause, content = opener.head, opener.head.head
        if clause.left_edge.i < k or not first <= content.i < k:
            continue
        subject = _subject_word(clause)
        # (`…, while stressing …`: what the speaker did as she said it.)
        if (subject and subject != _subject_word(content)) or (not subject and clause.tag_ == "VBG"):
            return k - 2
    return last


def _without_comparison(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before `compared with 30 percent …` at the end of what was
    said (`Half said the levy was fair, compared with 30 percent in May`): a figure the
    writer sets against the speakers' words, not part of them; so is `…, well above …` after
    a figure (``_set_against_a_figure``). (A source's figures, `…,
    according to the tally`, keep theirs: the comparison is the source's.)"""
    for k in range(first + 1, last):
        if _set_against_a_figure(doc, first, k):
            return k - 1
        if doc[k].lower_ != "compared" or doc[k + 1].lower_ not in ("with", "to"):
            continue
        if any(t.like_num or t.lower_ in _SHARE_WORDS for t in doc[k + 1].subtree):
            return k - 1
    return last


# Words that set a figure above or below another: `…, well above the $8.04 analysts expected`.
_ABOVE_OR_BELOW = frozenset({"above", "below"})
_HIGHER_OR_LOWER = frozenset({"higher", "lower"})
_DEGREE_WORDS = frozenset({"well", "far", "just", "slightly", "much", "sharply"})


def _set_against_a_figure(doc: Doc, first: int, k: int) -> bool:
    """Whether a comma before token ``k`` opens `well above …`, `higher than …` after a figure
    the speaker gave (`reported a profit of $1.78 a share, well above the $1.11 analysts
    expected`): the writer's yardstick, not the speaker's words."""
    if doc[k - 1].text != "," or not any(t.like_num for t in doc[first : k - 1]):
        return False
    word = doc[k + 1] if doc[k].lower_ in _DEGREE_WORDS and k + 1 < len(doc) else doc[k]
    if word.lower_ in _ABOVE_OR_BELOW:
        return True
    return word.lower_ in _HIGHER_OR_LOWER and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "than"


def _without_trailing_aside(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before a trailing aside of the content [first, last]."""
    # (An aside in brackets ends before its closing one.)
    inner = last - 1 if doc[last].text in _CLOSING else last
    for k in range(first + 1, last):
        if doc[k].text not in _ASIDE_MARKS:
            continue
        opener = doc[k + 1]
        # The phrase the next word opens: climb while it still starts there.
        phrase = opener
        while phrase.head.i != phrase.i and phrase.head.left_edge.i == k + 1 and phrase.head.i <= last:
            phrase = phrase.head
        # (The mark must open the clause: a comma inside it, `a country that, once an enemy,
        # is now …`, closes an aside of the clause's own, not the clause.)
        opens = phrase.left_edge.i == k + 1
        if phrase.dep_ in _ASIDE_DEPS and opens and phrase.right_edge.i >= inner and phrase.head.i < k:
            return k - 1
        if _clause_in_brackets(doc[k], inner):
            return k - 1
    return last


def _clause_in_brackets(mark: Token, inner: int) -> bool:
    """Whether an opening bracket starts the writer's aside that ends a report at token
    ``inner`` and closes the sentence: a clause of its own, with its own subject, that the
    parser hangs on the report's verb (`… would recover by December (analysts disagree).`)."""
    clause = mark.head
    if mark.text != "(" or clause.dep_ != "parataxis" or clause.left_edge.i != mark.i:
        return False
    own_subject = any(c.dep_ == "nsubj" for c in clause.lefts)
    if not own_subject or clause.right_edge.i < inner or clause.head.i > mark.i:
        return False
    # (Only an aside that closes the sentence: brackets the sentence goes on after, `include
    # ideology (X leads by 29 points …), education (…)`, mostly hold the source's own figures.)
    doc = mark.doc
    closing = next((t for t in doc[mark.i + 1 : clause.sent.end] if t.text == ")"), None)
    after = doc[closing.i + 1] if closing is not None and closing.i + 1 < len(doc) else None
    return after is None or bool(after.is_sent_end and after.is_punct)


def _without_description(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before a description set off by a comma at the end of the
    content [first, last] (``_description_aside``)."""
    for k in range(first + 1, last):
        if doc[k].text != ",":
            continue
        phrase = doc[k + 1]
        while phrase.head.i != phrase.i and phrase.head.left_edge.i == k + 1 and phrase.head.i <= last:
            phrase = phrase.head
        if phrase.right_edge.i >= last and phrase.head.i < k and _description_aside(phrase, first, last):
            return k - 1
    return last


# The nouns by which a writer sums up a report to say who disputes it (`…, a claim Cairo rejects`).
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion", "contention"})


def _without_disputed_claim(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before `, a claim Cairo rejects`, `, an allegation the firm denies`
    closing the content [first, last]: a noun summing up the report, with a clause on it, set
    after a comma by the writer to say who disputes it, not words the speaker said."""
    for k in range(first + 1, last - 2):
        if doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
            continue
        noun = doc[k + 2]
        clause = [c for c in noun.rights if c.dep_ in ("relcl", "acl")]
        if noun.lemma_.lower() in _CLAIM_NOUNS and clause and noun.right_edge.i >= last:
            return k - 1
    return last


# The verbs of an elliptical `as` clause that sets a report beside other cases (`…, as have
# other councillors`, `…, as is customary`).
_LIKE_CASE_VERBS = frozenset({"be", "have", "do"})


def _without_like_case(doc: Doc, first: int, last: int) -> int:
    """``last``, or the token before `, as have other councillors`, `, as is customary`, `, as
    was the case in May` closing the content [first, last]: an `as` clause of be, have or do
    in which the writer sets what was said beside other cases, not the speaker's words."""
    for k in range(first + 2, last):
        verb = doc[k].head
        if doc[k - 1].text != "," or doc[k].lower_ != "as" or doc[k].dep_ != "mark" or verb.i != k + 1:
            continue
        finite = verb.tag_ in _FINITE_TAGS and verb.lemma_.lower() in _LIKE_CASE_VERBS
        if finite and verb.right_edge.i >= last:
            return k - 2
    return last


# The words that open a description of a thing rather than its name or a figure.
_DESCRIPTION_OPENERS = frozenset({"a", "an", "one", "the latter"})


def _description_aside(phrase: Token, first: int, last: int) -> bool:
    """Whether ``phrase`` is a description the writer sets in apposition after a noun of the
    content, `a tax that hits small farms hardest`, `one that …`, `the latter a reference to
    …`: the reader's gloss of the word, not the speaker's. Not where the noun is the whole
    content, `announced a new firm, one that …`: then it describes what was said itself."""
    if phrase.dep_ != "appos":
        return False
    opening = phrase.doc[phrase.left_edge.i : min(phrase.left_edge.i + 2, last + 1)]
    if opening[0].lower_ not in _DESCRIPTION_OPENERS and opening.text.lower() not in _DESCRIPTION_OPENERS:
        return False
    noun = phrase.head
    return first <= noun.head.i <= last and noun.head.i != noun.i


def _content_tokens(context: DocContext, verb: Token) -> tuple[int, int] | None:
    """The [first, last] tokens of what ``verb`` reports, or None."""
    children = [c for c in verb.children if context.same_paragraph(verb, c)]
    clauses = [c for c in children if c.dep_ == "ccomp"]
    scenes = [c for c in clauses if _scene_read_as_clause(verb, c)]
    if scenes:
        # (Nor is such a clause the verb's object: the verb reports nothing after it.)
        clauses = [c for c in clauses if c not in scenes]
        children = [c for c in children if c not in scenes]
        if not clauses:
            return None
    if clauses and all(_closed_off_before(verb, c) or _summed_up_by_object(verb, c) for c in clauses):
        # (A parse that hangs a sentence of its own on the verb is not trusted for the
        # verb's object either.)
        return None
    if clauses and all(c.i < verb.i for c in clauses) and _own_content_after(verb, children):
        # (Nor is a clause the parser hangs on it before it what a verb reports whose object
        # comes after it: `…, but - after the court ruled - he urged voters to obey it`.)
        clauses = []
    if clauses:
        return _clause_reported(verb, clauses)
    clause_in_phrase = _that_clause_after_phrase(verb, children)
    if clause_in_phrase is not None:
        return clause_in_phrase[0], _second_that_clause(verb, clause_in_phrase[1])
    question = _question_asked(verb, children)
    if question is not None:
        return question.left_edge.i, question.right_edge.i
    if verb.lemma_.lower() not in lexicon().object_speech_verbs:
        # `said legalizing it could create jobs`, parsed with the gerund as an open clause
        # of `said` and the rest hung on it: the gerund's clause is what was said.
        gerund = next((c for c in children if c.i > verb.i and c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if gerund is not None and any(c.dep_ in ("ccomp", "conj") or c.tag_ == "MD" for c in gerund.subtree):
            return gerund.left_edge.i, max(c.right_edge.i for c in children if c.i >= gerund.i)
        predicate = _predicate_of_gerund(verb, gerund)
        if gerund is not None and predicate is not None:
            return gerund.left_edge.i, predicate.right_edge.i
    rights = _words_after(verb, children)
    called_for = _clause_after_for(verb, rights)
    if called_for is not None:
        return called_for[0], _end_of_series(verb, called_for[1])
    # `announced on Monday a plan …`: a phrase of time right after the verb says when, not what.
    while rights and _time_phrase(rights[0]):
        rights = rights[1:]
    for n, c in enumerate(rights):
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon().speech_nouns:
            # `repeated her claim that …`: the noun reports it, with its own owner.
            return None
        if c.dep_ in _OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPOSITIONS and n == 0):
            first = c.left_edge.i if c.dep_ != "prep" else c.i + 1
            last = _object_content_end(rights[n + 1 :], c.right_edge.i)
            if c.dep_ == "dobj" and _addressed(verb) and _addressee(c) and _only_scene(rights, c, last):
                # `Ruiz told reporters in Leeds.`, `Okafor asked the minister.`: whom she
                # told or asked, not what.
                return None
            return first, _end_of_series(verb, last)
    return None


def _own_content_after(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb``, one whose object is what was said, governs that object right after
    it: an object (`announced a levy`), an open clause (`urged voters to obey the ruling`,
    `reported earning $2 million`) or an object and its predicate (`call themselves
    moderate`). Not a phrase further on (`said on Sunday's Meet the Press`)."""
    if verb.lemma_.lower() not in lexicon().object_speech_verbs:
        return False
    after = [c for c in children if c.i > verb.i]
    if not after or after[0].left_edge.i != verb.i + 1:
        return False
    # (A pronoun object points back at the words before, `said it`, unless a predicate follows.)
    predicate = any(c.dep_ in ("xcomp", "oprd") for c in after)
    return predicate or (after[0].dep_ == "dobj" and after[0].pos_ != "PRON")


# The marks of a clause of time, which sets the scene of the saying (`…, she said, as the
# crowd cheered`), not what was said.
_SCENE_MARKS = frozenset({"as", "while", "when", "whenever", "after", "before", "until", "once"})


def _scene_read_as_clause(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, hung on ``verb`` as its clausal complement after it, opens with its
    own mark of time (`…,” Mensah said, as a few boxers trained inside`, `he said while the
    parents waited`): what went on as the words were said, which the parser now and then reads
    as what was said. A `that` clause whose first words are a phrase of time (`said that as
    mayor she would …`) has `that` for its mark and is still what was said."""
    opener = clause.left_edge
    if clause.i < verb.i or opener.dep_ != "mark" or opener.head.i != clause.i:
        return False
    return opener.lower_ in _SCENE_MARKS


def _clause_reported(verb: Token, clauses: list[Token]) -> tuple[int, int]:
    """The [first, last] tokens of the clause ``verb`` reports, of the clausal complements
    hung on it (``clauses``): `said [that] …` after the verb, else `…, she said` before it."""
    after = _past_a_misread_addressee(verb, [c for c in clauses if c.i > verb.i])
    clause = after[0] if after else clauses[-1]
    last = clause.right_edge.i
    for more in after[1:]:
        # `told X that she was disheartened there have not been more …`: the parser
        # splits one clause in two, both hung on the verb, one right after the other.
        if more.left_edge.i != last + 1 or _own_report(more) or _report_of_its_own(more):
            break
        last = more.right_edge.i
    if not after:
        last = max(last, _tail_after_phrase(verb))
    elif _bare_auxiliary(clause):
        last = _words_after_bare_auxiliary(verb, last)
    first = _subject_hung_on_verb(verb, clause) if after else clause.left_edge.i
    return first, _second_that_clause(verb, last)


def _words_after(verb: Token, children: list[Token]) -> list[Token]:
    """The words ``verb`` governs after it, whose object may be what was said: none for a verb
    that reports a clause only (`submitted his resignation`: a thing handed in, no words)."""
    if verb.lemma_.lower() in lexicon().clause_speech_verbs:
        return []
    return [c for c in children if c.i > verb.i]


def _predicate_of_gerund(verb: Token, gerund: Token | None) -> Token | None:
    """The finite verb right after the gerund ``verb`` governs, when the parser hung that verb
    outside ``verb``'s words (`compared with 23 percent who said using the old bridge was
    unsafe`, `was` hung on `with`): the gerund is its subject, and the two make one clause of
    what was said, not the gerund's phrase alone."""
    if gerund is None or gerund.right_edge.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[gerund.right_edge.i + 1]
    if after.tag_ not in _FINITE_TAGS or after.pos_ not in ("VERB", "AUX") or after in verb.subtree:
        return None
    return after if after.head.i != after.i else None


# What an auxiliary or copula left on its own governs: its subject, a negation, an adverb.
_BARE_AUXILIARY_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "neg", "advmod", "punct"})
_CLITICS = frozenset({"'s", "'re", "'ve", "'d", "'ll", "'m"})
_AUXILIARY_LEMMAS = frozenset(
    {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
)


def _bare_auxiliary(clause: Token) -> bool:
    """Whether the clause a verb of saying reports is only a subject and an auxiliary or copula
    in a tense (`argue she's`, `said the council had`): no clause ends there, so the parser cut
    it off from the words that complete it."""
    word = clause.lower_.replace("’", "'")
    if clause.tag_ not in _FINITE_TAGS or (
        clause.lemma_.lower() not in _AUXILIARY_LEMMAS and word not in _CLITICS
    ):
        return False
    return _has_subject(clause) and all(c.dep_ in _BARE_AUXILIARY_DEPS for c in clause.children)


def _words_after_bare_auxiliary(verb: Token, last: int) -> int:
    """``last``, run on over what the parser hung on the verb of saying right after a clause
    of a bare auxiliary (`poised to argue she's in this race for the long haul`, `in this
    race` hung on `argue`; `said the council had, while still under review, signed two deals`,
    `signed` a second clause of `said`): the words that complete the auxiliary's clause."""
    for child in verb.rights:
        if child.left_edge.i <= last:
            continue
        gap = verb.doc[last + 1 : child.left_edge.i]
        if child.dep_ == "punct":
            continue
        if child.dep_ == "cc" or (gap and not all(t.is_punct for t in gap)):
            break
        if child.dep_ == "ccomp" and _has_subject(child, _SUBJECT_OR_THERE_DEPS):
            break
        last = child.right_edge.i
    return last


def _closed_off_before(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, which the parser hangs on ``verb`` before it, ends at a semicolon or
    colon before the verb's own clause (`The pool stays shut; the council has not announced a
    date`): a sentence of its own the writer states, not words the verb's subject said (a
    report before its verb runs on to it with a comma: `The pool will reopen, the council
    said`). The verb then reports nothing."""
    if clause.i > verb.i:
        return False
    return any(t.text in (";", ":") for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _summed_up_by_object(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, hung on ``verb`` before it, is summed up by the verb's own object
    set between them ahead of its subject (`Russia said the corridor hid arms, a claim Kyiv
    denies`): a relative clause on the noun with no `that`, which the parser reads as the main
    verb. The sentence is the first speaker's report; the second only denies the noun."""
    if clause.i > verb.i:
        return False
    objects = [c for c in verb.lefts if c.dep_ == "dobj" and c.i > clause.right_edge.i]
    subjects = [c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS]
    return bool(objects) and any(objects[0].i < s.i for s in subjects)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# What the parser makes of a clause's subject it hangs on the verb of saying instead
# (`said about half of the cost reflected …`: `about` a preposition, `half` its object), and
# the prepositions that open an amount so read (any other says where or how it was said:
# `said in a statement issued …`).
_MISHUNG_SUBJECT_DEPS = frozenset({"dobj", "prep", "npadvmod"})
_AMOUNT_PREPOSITIONS = frozenset({"about", "around", "over", "under", "some"})


def _subject_hung_on_verb(verb: Token, clause: Token) -> int:
    """The first token of what ``verb`` reports in ``clause`` after it: the clause's own first
    word, or the word after the verb when the clause is in a tense but has no subject and
    the words between are a phrase the parser hung on the verb (`said about half of the rise
    reflected fuel costs`, `said their donors, mostly men until lately, were now women`):
    that phrase is the clause's subject, and a verb in a tense needs one."""
    first = clause.left_edge.i
    if first <= verb.i + 1 or _has_subject(clause, _ANY_SUBJECT_DEPS):
        return first
    if not verb.is_lower:
        return first  # (`Clinton Says Trump’s Bigotry Doesn’t …`: a headline's parse is not to be trusted)
    if clause.tag_ not in _FINITE_TAGS and not _has_finite_auxiliary(clause):
        return first
    between = [c for c in verb.children if verb.i < c.i < first and c.dep_ != "punct"]
    if not between or between[0].left_edge.i != verb.i + 1 or _addressed(verb):
        return first  # (`told reporters …`: whom)
    if any(c.dep_ not in _MISHUNG_SUBJECT_DEPS for c in between) or verb.dep_ in ("acl", "relcl"):
        return first
    if between[0].dep_ == "prep" and between[0].lower_ not in _AMOUNT_PREPOSITIONS:
        return first
    return verb.i + 1 if between[-1].right_edge.i + 2 >= first else first


def _past_a_misread_addressee(verb: Token, after: list[Token]) -> list[Token]:
    """The clauses ``after`` a verb of telling or asking without the first when the parser
    read whom she told, described by a participle, as that clause's subject (`told more than
    300 residents gathered at the hall that burglaries were down`: `residents gathered` is no
    clause of what was told) and a `that` clause comes next: the `that` clause is what was
    told."""
    if len(after) < 2 or not _addressed(verb) or any(c.dep_ == "mark" for c in after[0].children):
        return after
    subject = next((c for c in after[0].children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or not _person(subject):
        return after
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in after[1].children):
        return after
    return after[1:]


def _object_content_end(later: list[Token], last: int) -> int:
    """The last token of what a verb's object reports, given the verb's children ``later``
    after the object and the object's last token ``last``."""
    for m, child in enumerate(later):
        # `accused the mayor of lying`: more of what was said; `…, adding`: another act.
        if child.dep_ in ("npadvmod", "advmod") and _completion_follows(later[m + 1 :]):
            continue
        if child.dep_ in ("punct", "cc", "conj", "npadvmod", "advmod"):
            break
        if _setting_phrase(child) and not any(r.dep_ in _OBJECT_DEPS for r in later[m + 1 :]):
            break
        if child.dep_ == "advcl" and not _completes_object(child):
            break
        last = child.right_edge.i
    return last


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a bare verb after its own `to` (`to scrap`)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _next_in_series(verb: Token) -> bool:
    """Whether ``verb`` is a bare verb with no subject, `to` or mark of its own: the next verb
    of a series of infinitives (`to scrap the levy, reopen the clinics`)."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children
    )


# What may stand between two verbs of a series (`to scrap X, reopen Y, and pay Z`).
_SERIES_JOINS = frozenset({",", "and", "or"})


def _end_of_series(cue: Token, last: int) -> int:
    """``last``, or the end of a series of infinitives whose first one ends the content at
    ``last`` and whose later ones the parser hung on the cue after a comma (`urged the county
    to scrap the levy, reopen the clinics and pay the arrears`, `reopen` an adverbial clause
    of `urged`): the series is what was urged. A cue that is a bare verb itself (`will urge
    …`) is left as it is: a bare verb next to it may be the speaker's own next act."""
    doc = cue.doc
    if cue.tag_ == "VB" or not any(
        c.i < last and c.right_edge.i == last and _to_infinitive(c) for c in cue.children
    ):
        return last
    for verb in (c for c in cue.children if c.i > last and c.pos_ == "VERB"):
        between = doc[last + 1 : verb.i]
        if verb.dep_ not in ("advcl", "conj", "dep") or not _next_in_series(verb):
            break
        if not between or between[0].text != "," or any(t.lower_ not in _SERIES_JOINS for t in between):
            break
        last = verb.right_edge.i
    return last


def _completion_follows(rights: list[Token]) -> bool:
    """Whether the verb's next child after an adverb completes what was said of its object
    (`urged Ruiz last week to drop the levy`, `blamed the council squarely for the delay`)."""
    if not rights:
        return False
    nxt = rights[0]
    if nxt.dep_ in ("xcomp", "ccomp", "oprd"):
        return True
    if nxt.dep_ == "advcl":
        return _completes_object(nxt)
    return nxt.dep_ == "prep" and nxt.lower_ in ("for", "of", "as")


def _completes_object(clause: Token) -> bool:
    """Whether an adverbial clause right after a verb's object says what was said of or to it
    (`urged the council to drop the levy`, `described the vote as a betrayal`), which the
    parser hangs on the verb as if it said why or when."""
    opener = clause.left_edge
    if opener.lower_ == "to" and opener.dep_ == "aux":
        return True
    # (`tweeted his thanks as he waited`, with a tense of its own, says when.)
    return opener.lower_ == "as" and opener.dep_ == "mark" and _tense(clause) not in _FINITE_TAGS


# Prepositions of a phrase that sets the scene of an act (`told reporters in Leeds`).
_SCENE_PREPOSITIONS = frozenset({"in", "at", "during", "on"})


# Prepositions whose phrase after a verb's object says where, when or upon what the speaker
# spoke (`praised the nurses at a briefing`, `urged calm after the vote`), not what was said.
_SETTING_AFTER_OBJECT = frozenset({"at", "after", "before", "following", "amid", "upon"})


def _setting_phrase(tok: Token) -> bool:
    """Whether ``tok`` opens a phrase of place, time or occasion hung on the verb of saying."""
    return tok.dep_ == "prep" and tok.lower_ in _SETTING_AFTER_OBJECT


def _only_scene(rights: list[Token], obj: Token, last: int) -> bool:
    """Whether the content [obj, last] is ``obj`` and phrases that say where or when."""
    return all(r.dep_ == "prep" and r.lower_ in _SCENE_PREPOSITIONS for r in rights if obj.i < r.i <= last)


def _person(noun: Token) -> bool:
    """Whether ``noun`` names people: a personal pronoun, a person's name or a people's, a
    noun of a person or a role (`reporters`, `the minister`)."""
    if noun.tag_ == "PRP" or noun.ent_type_ in ("PERSON", "NORP"):
        return True
    return lexicon().names_a_person(noun.lemma_.lower())


def _addressee(noun: Token) -> bool:
    """Whether ``noun`` is whom something is told or asked: people, or a body or a newspaper
    told (`told The Guardian`, `told a Senate panel`), which is told, not what is told."""
    if _person(noun):
        return True
    # (Not whom one asks: `asked NBC's host about …` is a question put, with its topic.)
    if noun.head.lemma_.lower() != "tell":
        return False
    if noun.ent_type_ in _BODY_ENTITIES:
        return True
    return any(c.dep_ == "compound" and c.ent_type_ in _BODY_ENTITIES for c in noun.children)


_BODY_ENTITIES = frozenset({"ORG", "NORP"})


def _addressed(verb: Token) -> bool:
    """Whether ``verb``'s object is whom it is said to (`tell`, `ask`), not what is said."""
    lemma = verb.lemma_.lower()
    return lemma == "tell" or lemma in lexicon().question_speech_verbs


# What opens the rest of a sentence whose words come before `, X said,` (`The plan would be
# helped, Ruiz said, by the calendar`): a phrase or a reason the speaker gives, not an act.
_TAIL_MARKS = frozenset({"because", "since", "as"})
# Prepositions whose phrase after `, X said,` sets the scene of the saying or adds the
# writer's detail (`…, X said, in an interview`, `…, the poll indicates, with each …`).
_SETTING_PREPOSITIONS = frozenset(
    {"with", "in", "at", "on", "during", "after", "before", "from", "to", "via"}
)


def _tail_after_phrase(verb: Token) -> int:
    """The last token of what a sentence says after an interrupting `, X said,` when the
    reported words come first (`The plan would be helped, Ruiz said, by the calendar`,
    `…, officials insist, because …`), or -1: the sentence is one utterance the phrase
    interrupts. A quote, a participle (`, adding …`) or a phrase of time is not that."""
    _, phrase_last = _saying_phrase(verb)
    doc = verb.doc
    if doc[phrase_last].text != "," or phrase_last + 1 >= len(doc):
        return -1
    opener = doc[phrase_last + 1]
    tail = next((c for c in verb.rights if c.left_edge.i == opener.i), None)
    if tail is None or _time_phrase(tail):
        return -1
    marked = tail.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TAIL_MARKS for c in tail.children)
    if (tail.dep_ != "prep" or tail.lower_ in _SETTING_PREPOSITIONS) and not marked:
        return -1
    return tail.right_edge.i


def _own_report(verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying with a speaker of its own, its subject before it
    (`…, and a third said the same`): a second report, never more of the first one's clause.
    A participle with a subject (`…, some of it mentioning the mayor`) describes, and a
    passive (`…, but her requests were denied`) tells what was done: both stay the first's."""
    if not _is_speech_verb(verb) or _tense(verb) in ("VBG", "VBN"):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _time_phrase(tok: Token) -> bool:
    """Whether ``tok`` is a preposition whose object is a date or time (`on Monday`)."""
    if tok.dep_ != "prep":
        return False
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    return bool(objects) and all(c.ent_type_ in ("DATE", "TIME") for c in objects)


def _second_that_clause(verb: Token, last: int) -> int:
    """``last``, or the end of a second `that` clause the parser joins to the verb itself
    (`predicted that rents would rise, but that wages would rise faster`): with its own
    `that`, it is more of what was said, not a next act of the speaker's."""
    for more in verb.rights:
        if more.dep_ == "conj" and more.i > last and verb.i < last:
            if _that_clause(more):
                return more.right_edge.i
    return last


def _clause_after_for(verb: Token, rights: list[Token]) -> tuple[int, int] | None:
    """`called for the minister to resign`: the parser makes `for` the mark of a clause hung
    on the verb; the clause without `for` is what was called for."""
    if not rights or rights[0].dep_ != "advcl":
        return None
    clause = rights[0]
    opener = clause.left_edge
    if opener.i == verb.i + 1 and opener.lower_ == "for" and opener.dep_ == "mark":
        return opener.i + 1, clause.right_edge.i
    return None


def _question_asked(verb: Token, children: list[Token]) -> Token | None:
    """`asked residents if they would back a levy`: the parser hangs the `if` clause on a verb
    of asking as an adverbial clause; it is the question asked."""
    if verb.lemma_.lower() not in lexicon().question_speech_verbs:
        return None
    for child in children:
        if child.i > verb.i and child.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children):
                return child
    return None


def _that_clause_after_phrase(verb: Token, children: list[Token]) -> tuple[int, int] | None:
    """`said in a statement that the bridge …`, `said during a news conference that …`: the
    parser hangs the `that` clause on the phrase's noun; it is still what the verb says."""
    for child in children:
        # (`told a packed meeting that visits would rise`: the clause hung on whom she told.)
        told = child.dep_ == "dobj" and _addressed(verb)
        if child.i < verb.i or not (child.dep_ == "prep" or told):
            continue
        for tok in child.subtree:
            clause = tok.head
            if (
                tok.lower_ == "that"
                and tok.dep_ == "mark"
                and clause.dep_ in ("acl", "ccomp", "relcl", "advcl")
                and clause.left_edge.i == tok.i
                and (not told or (clause.head.i == child.i and _has_subject(clause)))
            ):
                return tok.i, clause.right_edge.i
            if _bare_clause_read_as_relative(tok, child):
                return tok.left_edge.i, tok.right_edge.i
            if _that_read_as_relative_object(verb, tok, child):
                return tok.i + 1, clause.right_edge.i
    return None


def _that_read_as_relative_object(verb: Token, that: Token, phrase: Token) -> bool:
    """`told reporters outside the courthouse that her client would appeal`: after whom a verb
    of telling addresses and a phrase, the parser can read `that` as the object of a relative
    clause on the phrase's noun; a verb of telling whose object is already the addressee has
    no other words to report, so that clause, its own subject right after `that`, is them."""
    clause = that.head
    if that.lower_ != "that" or that.dep_ != "dobj" or clause.dep_ != "relcl" or clause.left_edge.i != that.i:
        return False
    if phrase.dep_ != "prep" or clause.head.head.i != phrase.i or not _addressed(verb):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    told = any(c.dep_ == "dobj" and c.i < phrase.i and _addressee(c) for c in verb.children)
    return told and subject is not None and subject.left_edge.i == that.i + 1


def _bare_clause_read_as_relative(clause: Token, phrase: Token) -> bool:
    """`said in a statement it had dispatched rice to the shelters`: with no `that`, the
    parser can read what was said as a relative clause on the phrase's noun; it is none where
    its own subject opens it right after the noun and the verb has its object already, so the
    noun fills no gap in it (`said in the report it published` is a relative clause)."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.i != phrase.i:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    relative = subject is not None and (subject.tag_ in ("WP", "WDT") or subject.lower_ == "that")
    if subject is None or subject.i != noun.i + 1 or relative:
        return False
    return any(c.dep_ in ("dobj", "ccomp", "attr", "acomp") for c in clause.children)


def _around(
    doc: Doc, clause_first: int, clause_last: int, phrase_first: int, phrase_last: int, head: int = -1
) -> tuple[int, int]:
    """The clause [clause_first, clause_last] that an attribution phrase [phrase_first,
    phrase_last] stands in (`according to X`, `X said` set off by commas): the clause without
    the phrase when the phrase opens or closes it, the whole clause when it interrupts it
    (`The bridge, she said, will reopen`). Given the clause's ``head``, a phrase after it
    closes the report even with words after it (`Ruiz leads by 10 points, according to the
    poll, a rise of …`: what follows is the writer's), unless the clause goes on with `and`."""
    first, last = _trim(doc, clause_first, clause_last)
    if phrase_first <= first:
        return phrase_last + 1, last
    if phrase_last >= last or (first <= head < phrase_first and not _and_follows(doc, phrase_last, last)):
        return first, phrase_first - 1
    return first, last


def _and_follows(doc: Doc, phrase_last: int, last: int) -> bool:
    """Whether the clause goes on after the phrase with `and` (`Ruiz leads, according to the
    poll, and has …`: one report in two parts)."""
    k = phrase_last + 1
    while k < last and doc[k].is_punct:
        k += 1
    return doc[k].lower_ == "and"


_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "punct"})


def _inverted_subject(verb: Token) -> Token | None:
    """The subject right after ``verb`` in `The plan, said Ruiz, would fail`, `Part of it,
    say experts, is …`, when the parser also gives the verb the clause's subject before the
    comma: the one after is who speaks; None for any other verb."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or not any(c.dep_ in _SUBJECT_DEPS for c in verb.lefts):
        return None
    # The name after the verb is parsed as its subject, or as the subject of its clause.
    heads = [verb, *(c for c in verb.rights if c.dep_ == "ccomp")]
    subjects = (c for h in heads for c in h.children if c.dep_ == "nsubj")
    after = next((c for c in subjects if c.left_edge.i == verb.i + 1), None)
    # (The phrase closes with a comma too; `…, said closed primaries deny …` has a clause.)
    if after is None or _phrase_comma(after) < 0:
        return None
    return after


def _phrase_comma(subject: Token) -> int:
    """The comma that closes `, said Ruiz,` after its ``subject``, or -1."""
    doc, end = subject.doc, subject.right_edge.i
    if doc[end].text == ",":
        return end
    return end + 1 if end + 1 < len(doc) and doc[end + 1].text == "," else -1


def _inverted_speaker(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """Who speaks in `The plan, said Ruiz, would fail` parsed with two subjects."""
    after = _inverted_subject(verb)
    if after is None or not idx.outside(after.i):
        return None
    return mention_at(idx.context, after)


def _saying_phrase(verb: Token) -> tuple[int, int]:
    """The tokens of `the mayor said` or `, says the minister` that a verb of saying sets in
    the clause it reports: the verb with its subject and commas next to it on either side.
    What else the parser hangs on the verb (`Rather than …, said X, Y wants …`) stays the
    clause's."""
    first = last = verb.i
    # (`The plan, said Ruiz, would fail` with `plan` parsed as a second subject of `said`:
    # the subject before the comma is the clause's.)
    inverted = _inverted_subject(verb) is not None
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in _PHRASE_DEPS or child.right_edge.i != first - 1:
            break
        if inverted and child.dep_ in _SUBJECT_DEPS:
            break
        first = child.left_edge.i
    for child in verb.rights:
        if child.dep_ not in _PHRASE_DEPS or child.left_edge.i != last + 1:
            break
        last = child.right_edge.i
    return first, last


def _clause_verb(head: Token) -> Token:
    """The verb of the clause an aside hangs on at ``head``: ``head`` itself, or, where the
    parser hung the aside on an auxiliary (`Even then, he said, he's learned enough …`, `he
    said` on `'s`), the verb the auxiliary serves, whose clause holds the words; the
    auxiliary's own words are only its subject and itself."""
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        return head.head
    return head


def _clause_end_without(head: Token, verb: Token) -> int:
    """The last token of ``head``'s clause but for ``verb``'s phrase and the final stop."""
    ends = [c.right_edge.i for c in head.rights if c.i != verb.i and not c.is_punct]
    return max([head.i, *ends])


def _scene_after_phrase(verb: Token) -> bool:
    """Whether what the parser hangs on ``verb`` after `, X said,` sets the scene of the
    saying: a phrase of place or time, or a participle (`…, an aide said, on condition of
    anonymity`, `…, she said, speaking at a rally`)."""
    _, phrase_last = _saying_phrase(verb)
    doc = verb.doc
    if doc[phrase_last].text != "," or phrase_last + 1 >= len(doc):
        return False
    tail = next((c for c in verb.rights if c.left_edge.i == phrase_last + 1), None)
    if tail is None:
        return False
    if tail.dep_ == "prep":
        return tail.lower_ in _SETTING_PREPOSITIONS or _time_phrase(tail)
    return tail.dep_ == "advcl" and tail.tag_ == "VBG"


def _reported_by_verb(context: DocContext, verb: Token) -> tuple[int, int] | None:
    doc = context.doc
    if verb.dep_ == "parataxis" and verb.head.i != verb.i and context.same_paragraph(verb, verb.head):
        # `The bridge, the mayor said, will reopen in May`: the clause the verb interrupts.
        # The words the parser hangs on the verb after it (`…, Devine said, by the calendar`)
        # are the clause's; the scene of the saying (`…, an aide said, on condition of
        # anonymity`, `…, speaking at a rally`) is not.
        head = _clause_verb(verb.head)
        clause_last = max(head.right_edge.i, verb.right_edge.i)
        if _scene_after_phrase(verb):
            clause_last = _clause_end_without(head, verb)
        phrase_first, phrase_last = _saying_phrase(verb)
        return _around(doc, head.left_edge.i, clause_last, phrase_first, phrase_last)
    inverted = _inverted_subject(verb)
    if inverted is not None:
        # `The contrast, said Ruiz, would be plain`: the clause the phrase interrupts.
        before = next(c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS)
        return _around(doc, before.left_edge.i, verb.right_edge.i, verb.i, _phrase_comma(inverted))
    if (
        verb.dep_ == "advcl"
        and verb.head.i != verb.i
        and context.same_paragraph(verb, verb.head)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "dobj") or _topic_phrase(c) for c in verb.children)
        and not (verb.lemma_.lower() in lexicon().object_speech_verbs and _content_tokens(context, verb))
    ):
        # `As The Times reported on Saturday, he has emerged as …`: the clause the `as`
        # phrase is set in is what was reported.
        head = verb.head
        return _around(doc, head.left_edge.i, head.right_edge.i, verb.left_edge.i, verb.right_edge.i)
    content = _with_clause_after(verb, _content_tokens(context, verb))
    content = _relative_content(verb, content) or _passive_subject(verb)
    joined = verb.dep_ == "conj" and verb.head.i < verb.i and context.same_paragraph(verb, verb.head)
    if content is None and joined:
        # `The wall will be rebuilt, the mayor said.`, parsed as two clauses joined: the
        # clause before the comma is what was said.
        subject = next((c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ",":
            if not any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i):
                return verb.head.left_edge.i, subject.left_edge.i - 2
    if content is None:
        return _misparsed_aside(context, verb) or _words_before_closing_phrase(context, verb)
    if _asks_for_anonymity(doc, content):
        return None
    return content


# Prepositions whose phrase after a verb of saying names what the words were about (`warn of`,
# `complain about`, `protest against`, `row over`): such a verb has its own matter.
_TOPIC_PREPOSITIONS = frozenset({"of", "about", "against", "over"})


def _topic_phrase(tok: Token) -> bool:
    """Whether ``tok``, hung on a verb of saying, tells what it was said about (`of long
    waits`, `over pay`; not `over the weekend`). An `as` clause whose verb has one is news
    beside the main clause (`Shares fall as the chief executive warns of weak spending`),
    not the source of it (`Shares fell, as the chief executive said`)."""
    return tok.dep_ == "prep" and tok.lower_ in _TOPIC_PREPOSITIONS and not _time_phrase(tok)


# Words that open a clause of reason, condition or concession (`because`, `unless`, `although`);
# not of time (`after`, `when`), which, as a phrase of time does, sets the scene of the saying.
_SUBORDINATORS = frozenset({"because", "if", "unless", "since", "though", "although", "so", "whether"})


def _with_clause_after(verb: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """``content``, run on over a clause of reason, condition or concession that the parser
    hangs on the verb of saying right after the content, with no comma between (`vowed to impose a
    tariff unless the firm cancels the plant`, `said it left them out because they were
    routine`): read without a pause, it qualifies what was said, not the saying. (Set off by
    a comma, `…, while she …`, `…, as he did in May`, it is as often the writer's.)"""
    if content is None or content[0] < verb.i:
        return content
    after = next((c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == content[1] + 1), None)
    if after is None or after.left_edge.lower_ not in _SUBORDINATORS:
        return content
    return content[0], after.right_edge.i


_CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "oprd", "dative"})


def _misparsed_aside(context: DocContext, verb: Token) -> tuple[int, int] | None:
    """The sentence that ``verb`` and its subject interrupt, set off by commas, where the
    parser hung the phrase on a word of that sentence rather than the other way round (`The
    vote, we might recall, was close`, `If she wins, Ruiz suggested in a post, fees will
    fall`): the whole sentence, as for an aside the parser reads right."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    first, last = subject.left_edge.i, verb.right_edge.i
    while last > verb.i and doc[last].is_punct:
        last -= 1
    if any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return None
    sentence = verb.sent
    if not (sentence.start < first - 1 and last + 2 < sentence.end - 1):
        return None
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    if not all(context.same_paragraph(verb, doc[k]) for k in (sentence.start, sentence.end - 1)):
        return None
    start = sentence.start + 1 if doc[sentence.start].dep_ == "cc" else sentence.start
    return start, sentence.end - 1


# `who asked not to be named`, `requested anonymity`: a source's terms for speaking, not what
# they said.
_ANONYMITY = re.compile(
    r"^(?:not to be|to not be) (?:named|identified|quoted by name)\b|^(?:anonymity|to remain anonymous)\b"
)


def _asks_for_anonymity(doc: Doc, content: tuple[int, int]) -> bool:
    first, last = content
    return bool(_ANONYMITY.match(doc[first : last + 1].text.lower()))


_RELATIVE_WORDS = frozenset({"which", "that", "what", "who", "whom"})


def _relative_content(verb: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """``content``, or what a relative clause of saying says of the word it hangs on, with
    that word: `which she has said was a mistake`, `what officials called a hate crime`,
    `which he describes as his home`, `a probe the police said was still going on` (the
    relative word, or the noun with none, is the subject or object of what was said)."""
    if verb.dep_ not in ("relcl", "ccomp") or not any(
        c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in verb.lefts
    ):
        return content
    pronoun = next((c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ in _RELATIVE_WORDS), None)
    if pronoun is not None:
        if content is not None and content[0] > verb.i:
            return pronoun.i, content[1]
        return content
    if verb.dep_ != "relcl" or content is None or content[0] < verb.i:
        return content
    if any(c.tag_ == "WRB" for c in verb.lefts):
        return content  # (`a summit where the minister said …`: the place is no subject.)
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i == content[0]), None)
    if clause is None or _has_subject(clause, _SUBJECT_OR_THERE_DEPS):
        return content
    # (No relative word: the noun is the subject the clause lacks.)
    return verb.head.left_edge.i, content[1]


def _passive_subject(verb: Token) -> tuple[int, int] | None:
    """`The plan was first reported by the paper`, `The ban was announced by the council on
    Monday`: a verb whose object is what was said, in the passive with its agent and nothing
    more after it, reports its subject."""
    if verb.lemma_.lower() not in lexicon().object_speech_verbs:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if subject is None or agent is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ not in ("agent", "punct") and not _time_phrase(c) for c in verb.rights):
        return None
    return subject.left_edge.i, subject.right_edge.i


def _words_before_closing_phrase(context: DocContext, verb: Token) -> tuple[int, int] | None:
    """The words of a sentence before `, X said.` or `, said X.` that closes it, when the
    parser gave the verb no clause (`As the storm neared, a girl was hurt, police said`, the
    main clause read as part of the `as` clause; `The plant is hanging on, but it is under
    pressure, said its chief`, the verb joined to the first clause): the rest of the sentence
    before the phrase is what was said."""
    doc = context.doc
    if not _has_subject(verb):
        return None
    first, last = _saying_phrase(verb)
    if first == 0 or doc[first].text != "," and doc[first - 1].text != ",":
        return None
    sentence = verb.sent
    if first <= sentence.start:
        return None
    # Nothing of the sentence after the phrase but its end (`, police said Thursday.` too), or
    # a phrase the verb governs saying when or where it was said (`, the board said on Monday.`,
    # `, police said in a statement.`); not after a relative `who` (`…, Clinton, who added to
    # her lead.`), which describes someone and closes no report.
    relative = any(c.dep_ in _SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in verb.children)
    scene = {t.i for c in verb.rights if c.i > last and _scene_of_saying(c) for t in c.subtree}
    scene = set() if relative else scene
    tail = doc[last + 1 : sentence.end]
    if any(not (t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME") or t.i in scene) for t in tail):
        return None
    comma = first if doc[first].text == "," else first - 1
    start = sentence.start
    if comma - start < _MIN_CONTENT_WORDS or not context.same_paragraph(doc[start], verb):
        return None
    # (`Then, last week, X called.`: a scene with no clause is not words.)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma]):
        return None
    return start, comma - 1


def _scene_of_saying(phrase: Token) -> bool:
    """Whether ``phrase``, hung on a verb of saying after it, tells when or where it was said
    (`on Monday`, `in a statement`, `at a briefing`), not what."""
    return phrase.dep_ == "prep" and (phrase.lower_ in _SCENE_PREPOSITIONS or _time_phrase(phrase))


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject is ``verb``'s: itself, or, for `X said the plan was late and
    accused the council …` parsed with `accused` joined to `was`, the verb of saying whose
    content it was joined to (the plan accuses nobody)."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i != head.i and _is_speech_verb(head.head):
        if not _has_subject(verb):
            return head.head
    outer = _outer_clause_of_conjunct(verb) or _participle_past_a_relative(verb)
    return outer or _first_of_series(verb) or verb


def _participle_past_a_relative(verb: Token) -> Token | None:
    """`She is noting the problems the mayor had with the budget and saying he could not …`:
    a participle of saying with no subject that the parser joined to the finite verb of a
    relative clause (`had`, which no `saying` goes on from) goes on from the participle
    with a subject that the relative clause's noun hangs on (`is noting`)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or head.dep_ != "relcl" or _tense(head) not in _FINITE_TAGS:
        return None
    if _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    outer = head.head.head
    if outer.i == head.head.i or outer.tag_ != "VBG" or not _has_subject(outer):
        return None
    return outer


def _outer_clause_of_conjunct(verb: Token) -> Token | None:
    """`Some aides fear that Ruiz has missed her chance and warn that …`, `He backed off his
    forecast that prices would rise, and blamed …`: a verb of saying with no subject that the
    parser joined to the verb of a clause inside another (a `that` clause, a noun's clause),
    in that outer verb's tense and not in the inner one's, goes on from the outer clause and
    its subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ not in ("ccomp", "acl") or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    tense = _bare_tense(verb)
    if tense == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        tense = "VBP"  # (a bare verb form with no `to` or auxiliary is the present: `and warn`)
    if tense not in _FINITE_TAGS or _tense(head) == tense:
        return None
    outer = head.head
    for _ in range(4):
        if outer.pos_ in ("VERB", "AUX") and _has_subject(outer):
            return outer if _bare_tense(outer) == tense else None
        if outer.head.i == outer.i:
            return None
        outer = outer.head
    return None


def _first_of_series(verb: Token) -> Token | None:
    """`Ruiz is glad the bridge is done, says she expects more traffic`: the parser reads the
    acts before the verb as a clause it reports and leaves it no subject; the verb whose
    clause it takes for that content, with a subject of its own, is the first of the series,
    when the verb has content of its own after it."""
    if _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    before = [c for c in verb.lefts if c.dep_ == "ccomp" and _has_subject(c)]
    after = any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights)
    if not before or not after or before[-1].right_edge.i + 1 >= verb.i:
        return None
    # (Only a comma, and an adverb such as `then`, between the first acts and the verb.)
    between = verb.doc[before[-1].right_edge.i + 1 : verb.i]
    if between[0].text != "," or any(t.dep_ not in ("punct", "advmod", "cc") for t in between):
        return None
    return before[-1]


def _reported_according_to(context: DocContext, according: Token) -> tuple[tuple[int, int], Token] | None:
    doc = context.doc
    head = according.head
    if head is according or not context.same_paragraph(according, head):
        return None
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        # `According to the poll, the mayor is once again leading the race`, the phrase hung
        # on the auxiliary: the clause is its verb's, not the words up to `is`.
        head = head.head
    # `A rose, B fell and C held, according to X`, `A has raised $3m, while B has raised $6m,
    # according to X`: X reports the whole sentence, not its last conjunct or contrast.
    while (head.dep_ == "conj" or _closing_contrast(head)) and head.head.i != head.i:
        head = head.head
    if head.dep_ in _SUBJECT_DEPS and head.head.i > according.i:
        # `One of the changes they made, according to X, is a later start`: hung on the
        # subject, the phrase still interrupts the clause of the verb after it.
        head = head.head
    source = next((c for c in doc[according.i + 1].children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    if _is_speech_verb(head) and _has_subject(head) and _content_tokens(context, head) is None:
        # `“…,” Ruiz said, according to the transcript`: the source vouches for a report
        # that has its own speaker and words; the clause is no content of the source's.
        return None
    aside = _relative_aside_before(doc, according)
    if aside is not None:
        return (aside.left_edge.i, aside.right_edge.i), source
    figure = _with_phrase_before(doc, according)
    if figure is not None:
        return (figure.left_edge.i, figure.right_edge.i), source
    clause_first = _after_colon(doc, head.left_edge.i, according.i)
    phrase_last = _name_apposed_to_source(doc, according, head) or according.right_edge.i
    return _around(doc, clause_first, head.right_edge.i, according.i, phrase_last, head.i), source


def _name_apposed_to_source(doc: Doc, according: Token, head: Token) -> int | None:
    """`According to the county health officer, Dr Mary Achieng, three wards were shut`: the
    name set off by commas after an opening `according to` phrase is the source's (in
    apposition), though the parser makes it a first subject of the clause's verb; the phrase
    ends at the name's closing comma (the index returned), when the verb has its own subject
    after it. None when no such name follows."""
    after = according.right_edge.i + 1
    if after + 1 >= head.i or doc[after].text != ",":
        return None
    subjects = [c for c in head.lefts if c.dep_ in _SUBJECT_DEPS and c.i > after]
    if len(subjects) < 2 or subjects[0].left_edge.i != after + 1 or subjects[0].ent_type_ != "PERSON":
        return None
    closing = subjects[0].right_edge.i
    closing += doc[closing].text != ","  # (the parser may hang the closing comma on the name)
    return closing if doc[closing].text == "," and closing < subjects[1].left_edge.i else None


def _relative_aside_before(doc: Doc, according: Token) -> Token | None:
    """`The levy was cut, which saves each home £40, according to the council`: a `which`
    clause set off by commas right before `according to` is what the source vouches for (a
    fact or figure about the thing it describes), not the sentence around it, wherever the
    parser hangs `according`. (After a person's `who` clause the source vouches for the
    whole sentence as often: `Ruiz was visiting her son, who lives in Leeds, according to
    police`.)"""
    comma = according.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    clause = next(
        (t for t in doc[comma - 1].ancestors if t.dep_ == "relcl" and t.right_edge.i == comma - 1), None
    )
    if clause is None or clause.left_edge.lower_ != "which":
        return None
    opener = clause.left_edge.i
    return clause if opener > 0 and doc[opener - 1].text == "," else None


# Entities that are a figure a source gives (`$3m`, `40 percent`).
_FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT"})


def _with_phrase_before(doc: Doc, according: Token) -> Token | None:
    """`The party is in trouble in the suburbs, with six in 10 voters there backing its rival,
    according to the poll`: a `with` phrase set off by commas right before `according to`
    holds the figure the source gives, and a clause before it with no figure of its own is
    the writer's reading of it. The object of `with` (`with a net worth of $2m`) or its
    clause (`with most voters backing it`) is what the source vouches for. (`Sales rose 3
    percent, with …, according to X`: a clause with its own figure is the source's too.)"""
    comma = according.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    phrase = next((t for t in doc[comma - 1].ancestors if t.lower_ == "with" and t.dep_ == "prep"), None)
    if phrase is None or phrase.right_edge.i != comma - 1 or doc[phrase.i - 1].text != ",":
        return None
    if any(t.ent_type_ in _FIGURE_ENTITIES for t in doc[phrase.sent.start : phrase.i]):
        return None
    return next((c for c in phrase.children if c.dep_ in ("pobj", "pcomp")), None)


# What names who made a document (`a tally by the agency`, `a post from Ruiz`,
# `interviews with officials`).
_AUTHOR_PREPOSITIONS = frozenset({"by", "from", "with"})


def _author_of(source: Token, idx: QuoteIndex) -> Token:
    """The source of `according to`: ``source``, or, when it is a document or a count (`a
    tally by the agency`, `an analysis from the institute`, `interviews with two aides`),
    whoever the phrase after it names, who gave it."""
    if source.pos_ != "NOUN" or source.ent_type_:
        return source
    for prep in source.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _AUTHOR_PREPOSITIONS:
            continue
        author = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if author is None or not idx.outside(author.i):
            return source
        named = author.ent_type_ in ("PERSON", "ORG") or author.pos_ == "PROPN"
        return author if named or _person(author) else source
    return source


def _source_mention(doc: Doc, source: Token, according: Token, idx: QuoteIndex) -> Mention | None:
    """Who `according to` names: the mention rules' reading of ``source``, or else the phrase
    it heads as a description (`one of his aides`, `someone in attendance`, `the polling
    average`, which the rules, made for the subjects of verbs of saying, do not take)."""
    mention = mention_at(idx.context, source)
    if mention is not None or source.pos_ not in _SOURCE_POS or source.lower_ in _POINTING_DETERMINERS:
        return mention
    first, last = source.left_edge, source.right_edge
    if last.i - first.i > _GROUP_REACH or not idx.outside(source.i):
        return None
    if not idx.same_paragraph(first, according):
        return None
    return Mention(first.idx, last.idx + len(last), source.i, "description")


# What heads a source the mention rules miss: a noun tagged as an adjective (`average`), a
# number or an indefinite pronoun (`one of …`, `someone`, `some`).
_SOURCE_POS = frozenset({"ADJ", "NUM", "PRON", "NOUN"})


def _closing_contrast(clause: Token) -> bool:
    """Whether ``clause`` is a `while`/`whereas` clause set after the clause it hangs on."""
    if clause.dep_ != "advcl" or clause.head.i > clause.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)


def _after_colon(doc: Doc, first: int, until: int) -> int:
    """``first``, or the first word after the last colon before ``until``: `At the same time,
    the tax has not hurt the City: London was the financial capital, according to X` — X
    reports what follows the colon, which the writer's lead-in introduces."""
    colon = next((k for k in range(until - 1, first, -1) if doc[k].text == ":"), None)
    return colon + 1 if colon is not None else first


# Subjects that name a share of people: `Some say …`, `Six in 10 said …`, `Most of them
# said …`, `two-thirds, 67 percent, say …`. A quote's speaker is a name or a description;
# reported speech is as often a poll's share of voters.
_GROUP_POS = frozenset({"NUM", "DET", "ADJ"})
# Determiners that point at a thing rather than count people (`This says …`).
_POINTING_DETERMINERS = frozenset({"this", "that", "these", "those", "the", "a", "an", "which", "what"})


# Quantifiers that stand for people by themselves (`many argue`, `some say`).
_QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "others"})


def _group_subject(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """The subject of ``verb`` when it names a group by a number or a quantifier."""
    subjectless = not _has_subject(verb)
    for child in verb.lefts:
        # (`Some`, `Many` are tagged pronouns that are determiners: DT.)
        counts = child.pos_ in _GROUP_POS or (child.pos_ == "PRON" and child.tag_ == "DT")
        # `About 4 in 10 say …`: the parser may take the share for a number modifying the verb.
        share = subjectless and child.dep_ == "nummod" and child.pos_ == "NUM"
        # `That attitude, many argue, could …`: the quantifier of an aside read as the verb's
        # modifier.
        share = share or (subjectless and child.dep_ == "amod" and child.lower_ in _QUANTIFIERS)
        if not (child.dep_ == "nsubj" or share) or not counts or not idx.outside(child.i):
            continue
        # (`those who back her`, `those surveyed`: the clause says they are people.)
        described = child.lower_ == "those" and any(c.dep_ in ("relcl", "acl") for c in child.children)
        if child.lower_ in _POINTING_DETERMINERS and not described:
            continue
        mention = _group_mention(doc, child, verb, idx)
        if mention is not None:
            return mention
    return None


# How far a group named as a speaker may run past its first word (`Six in 10 voters in the
# state`), and how far before a clause describing it is cut off (`Many of the local
# leaders who would rather …`).
_GROUP_REACH = 12
_DESCRIBED_GROUP_REACH = 24


def _group_mention(doc: Doc, noun: Token, verb: Token, idx: QuoteIndex) -> Mention | None:
    """The mention of a group a share or number names, headed by ``noun``, or None when it is
    too long to be one. A long clause describing the group (`… who would rather be working
    for another candidate`) is left out of the mention: the group is who speaks."""
    first, last = noun.left_edge, noun.right_edge
    if _GROUP_REACH < last.i - first.i <= _DESCRIBED_GROUP_REACH:
        clause = next((c for c in noun.subtree if c.i > noun.i and c.dep_ in ("relcl", "acl")), None)
        if clause is not None:
            end = clause.left_edge.i - 1
            while end > noun.i and doc[end].is_punct:
                end -= 1
            last = doc[end]
    if last.i - first.i > _GROUP_REACH or not idx.same_paragraph(first, verb):
        return None
    return Mention(first.idx, last.idx + len(last), noun.i, "description")


def _group_of_joined_verb(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Some stayed away, and argue that …`, `All of the members oppose the levy and have
    pledged to …`: a verb of saying with no subject, joined to a verb whose subject is a group
    named by a quantifier or a number, goes on from that group (the quotes' rules, made for
    people and bodies, do not take the group for a speaker)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    return _group_subject(doc, head, idx)


# Nouns that name a share of a group (`a third said …`, `Most said …`, `three-quarters of
# voters said …`): the tagger reads them as ordinals, dates or adverbs, not as people.
_SHARE_WORDS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
    | {"majority", "majorities", "minority", "minorities", "plurality", "most"}
)


def _share_subject(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """``verb``'s own subject when it names a share of a group by a fraction, `most` or a
    number that names nobody the quotes' rules know (`with three in 10 saying …`: the
    number, not the subject of the clause the participle hangs on, speaks)."""
    for child in verb.lefts:
        if child.dep_ != "nsubj" or not idx.outside(child.i):
            continue
        counted = child.pos_ == "NUM" and mention_at(idx.context, child) is None
        if child.lower_ not in _SHARE_WORDS and not counted:
            continue
        return _group_mention(doc, child, verb, idx)
    return None


def _share_read_as_conjunct(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`One in three said A and one in four said B`, `…, while 40 percent say …`: the parser
    joins the second share to the last noun of the report before it and leaves the verb
    right after the share with no subject; the share, set off by `and` or a comma, speaks."""
    if verb.i == 0 or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    node = doc[verb.i - 1]
    while node.dep_ != "conj" and node.head.i < verb.i and node.head.i != node.i:
        node = node.head
    if node.dep_ != "conj" or node.right_edge.i != verb.i - 1 or not idx.outside(node.i):
        return None
    before = doc[node.left_edge.i - 1]
    if before.dep_ != "cc" and before.text != ",":
        return None
    counted = node.pos_ == "NUM" and mention_at(idx.context, node) is None
    percent = node.lower_ in ("percent", "%") and any(c.dep_ == "nummod" for c in node.children)
    if not (counted or percent or node.lower_ in _SHARE_WORDS):
        return None
    return _group_mention(doc, node, verb, idx)


def _subject_after_the_words(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`…, the plan helped people like them, she said`: the parser can hang a noun of the words
    said on the verb that closes them, as a first subject, or read the speaker as the conjunct of
    the words' last noun (`… from Ruiz to, now, Okafor, Lamb said`); the person or pronoun right
    before the verb, after a comma, is who speaks, not the word of the content."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" and idx.outside(c.i)]
    if not subjects:
        return None
    nearest = subjects[-1]
    if len(subjects) == 1:
        joined = [c for c in nearest.children if c.dep_ in ("conj", "cc")]
        if len(joined) != 1 or joined[0].dep_ != "conj" or doc[nearest.left_edge.i - 1].text != ",":
            return None
        nearest = joined[0]
    if nearest.right_edge.i != verb.i - 1 or doc[nearest.left_edge.i - 1].text != ",":
        return None
    mention = mention_at(idx.context, nearest)
    return mention if mention is not None and mention.kind in ("person", "pronoun") else None


def _subject_not_after_the_words(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Those surveyed say the city should act by 2030, a goal that …`: a phrase set off by a
    comma after the words said, which the parser can hang on the verb as a second subject, is
    not who speaks; the subject before the verb is (`said Ruiz`, right after the verb, is
    another shape, ``_inverted_speaker``)."""
    before = [c for c in verb.lefts if c.dep_ == "nsubj" and idx.outside(c.i)]
    after = [c for c in verb.rights if c.dep_ == "nsubj"]
    if not before or not after or after[0].left_edge.i <= verb.i + 1:
        return None
    if doc[after[0].left_edge.i - 1].text != ",":
        return None
    return _group_subject(doc, verb, idx) or mention_at(idx.context, before[-1])


# Words that stand for a group a relative `who` can speak for (`those who said …`, `the
# number who said …`), besides shares and numbers.
_GROUP_ANTECEDENTS = frozenset({"those", "number"})


def _group_relative(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`…, compared with 30 percent who said …`, `Among those who said …`: a relative `who`
    whose noun is a share or a number of people (a poll's) speaks for that group, which the
    mention rules, made for people and bodies, do not take for a speaker."""
    relative = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), None)
    group = verb.head
    if verb.dep_ != "relcl" or relative is None or not idx.outside(relative.i) or group.i > relative.i:
        return None
    counted = group.pos_ == "NUM" or any(c.dep_ == "nummod" for c in group.children)
    if not (counted or group.lower_ in _SHARE_WORDS | _GROUP_ANTECEDENTS):
        return None
    first, last = group.left_edge, doc[relative.i - 1]
    while last.i > group.i and last.is_punct:
        last = doc[last.i - 1]
    if last.i - first.i > _GROUP_REACH or not idx.same_paragraph(first, verb):
        return None
    body = Mention(first.idx, last.idx + len(last), group.i, "description")
    return Mention(relative.idx, relative.idx + len(relative), relative.i, "relative", body)


def _participle_subject(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Large majorities of voters going to the polls in three states said …`: the parser
    reads the group and the participle describing it as a clause that is the verb's subject
    (the group its subject); the group speaks."""
    if _has_subject(verb):
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if clause is None:
        clause = _participle_read_as_main_verb(verb)
    if clause is None:
        return None
    group = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if group is None or not idx.outside(group.i) or group.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return mention_at(idx.context, group) or _group_mention(doc, group, verb, idx)


def _participle_read_as_main_verb(verb: Token) -> Token | None:
    """`Activists clamoring to block the plan say …`: the participle describing the group,
    read as the sentence's main verb with the group for subject, the verb of saying after it
    hung on it with no relation the parser could name; None for any other shape."""
    head = verb.head
    if verb.dep_ != "dep" or head.i > verb.i or head.dep_ != "ROOT" or head.tag_ not in ("VBG", "VBN"):
        return None
    if _tense(verb) not in _FINITE_TAGS or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    return head


def _participle_owner(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`62 percent of tenants saying …`, `40 calls saying …`: a participle of saying that
    modifies a group counted by a number or a share reports what the group says, not what
    the subject of the clause does."""
    owner = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or owner.i == verb.i:
        return None
    if owner.pos_ not in ("NOUN", "NUM", "PRON"):
        return None
    # A group by its number or share (`62 percent of tenants saying …`); `a statement
    # saying …` is its issuer's.
    group = owner.head.head if owner.dep_ == "pobj" and owner.head.lower_ == "of" else owner
    counted = group.pos_ == "NUM" or any(c.dep_ == "nummod" for c in group.children)
    if not (counted or group.lower_ in _SHARE_WORDS) or not idx.outside(owner.i):
        return None
    if not idx.same_paragraph(owner, verb):
        return None
    first = group.left_edge
    if owner.i - first.i > _GROUP_REACH:
        return None
    return Mention(first.idx, owner.idx + len(owner), owner.i, "description")


def _participle_past_a_nouns_clause(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`The union dismissed claims that the company is breaking the law, saying …`, `X rejected
    the idea that Y would be a drag, saying …`: the parser hangs a participle of saying set off
    by a comma on the verb of the `that` clause a noun's object governs; the one who goes on
    speaking is the subject of the verb whose object the noun is, not the clause's subject."""
    clause = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or _has_subject(verb) or verb.i == 0:
        return None
    if doc[verb.i - 1].text not in (",", "—", "–", "--") or clause.dep_ != "acl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") or governor.pos_ not in ("VERB", "AUX"):
        return None
    return subject_mention(doc, governor, idx) if idx.same_paragraph(governor, verb) else None


def _mention_in_reach(idx: QuoteIndex, tok: Token, verb: Token) -> Mention | None:
    """The mention at ``tok``, found as the speaker of ``verb``, if it stands outside the quotes
    and in the verb's paragraph (a speaker is never found across a paragraph)."""
    if not idx.outside(tok.i) or not idx.same_paragraph(tok, verb):
        return None
    return mention_at(idx.context, tok)


def _misread_as_modifier(verb: Token) -> bool:
    """Whether ``verb`` is a past tense with no subject that the parser hangs on a noun as if
    it described it (`a group of rabbis called for a boycott`): the noun's own verb, which
    the model is to weigh as a main verb, not as the modifier it was parsed as."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return False
    return not _has_subject(verb)


def _noun_described(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`a group of rabbis called for a boycott …, and the league said …`: a verb of saying
    in the past tense that the parser hangs on a noun as if it described it (a reduced
    relative is a participle, `the plan called for`, not a past) has that noun for subject."""
    owner = verb.head
    if not _misread_as_modifier(verb) or owner.i == verb.i or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return _mention_in_reach(idx, owner, verb)


def _subject_of_adjective(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Voters were more likely to say …`, `She was not willing to say …`: a verb of saying
    that completes an adjective speaks for the subject of the adjective's verb."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    if not idx.same_paragraph(verb, adjective.head):
        return None
    return subject_mention(doc, adjective.head, idx) or _group_subject(doc, adjective.head, idx)


# What a noun of saying reports: `the claim that …` (a clause), `her promise to rebuild …`
# (an open clause), `his call for an inquiry` (the object of `for`).
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
# Verbs that only carry a noun of saying (`made the claim that …`, `renewed his call for …`):
# their subject is the noun's speaker when it has no possessor.
_LIGHT_VERBS = frozenset({"make", "issue", "repeat", "renew", "deliver", "keep", "reiterate", "voice"})


def _noun_content(noun: Token) -> tuple[int, int] | None:
    """What a noun of saying reports, or None."""
    for child in noun.rights:
        if child.dep_ in _NOUN_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            opener = child.left_edge
            complement = opener.lower_ == "that" and opener.dep_ == "mark"
            infinitive = opener.lower_ == "to" and opener.dep_ == "aux"
            if complement or infinitive:
                return opener.i, child.right_edge.i
        of_noun = child.lower_ == "of" and noun.lemma_.lower() in lexicon().of_speech_nouns
        if child.dep_ == "prep" and (child.lower_ == "for" or of_noun) and child.i == noun.i + 1:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return child.i + 1, objects[-1].right_edge.i
    return None


def _noun_speaker(doc: Doc, noun: Token, idx: QuoteIndex) -> Mention | None:
    """Who a noun of saying is of: its possessor (`his call`, `the mayor's claim`), else the
    subject of a light verb that carries it (`she made the claim`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and idx.outside(c.i)), None)
    if owner is not None:
        return mention_at(idx.context, owner)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT_VERBS and idx.same_paragraph(noun, verb):
        return subject_mention(doc, verb, idx)
    return None


def _reported_by_noun(doc: Doc, noun: Token, idx: QuoteIndex) -> tuple[tuple[int, int], Mention] | None:
    content = _noun_content(noun)
    if content is None or not idx.same_paragraph(noun, doc[content[1]]):
        return None
    mention = _noun_speaker(doc, noun, idx)
    return (content, mention) if mention is not None else None


def _asker(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`When asked by a reporter whether …, Ruiz said …`: a verb of saying in the passive
    with no subject of its own reports what its agent said (the question), not what the
    subject of the clause it hangs on did."""
    if verb.tag_ != "VBN" or _has_subject(verb):
        return None
    for agent in verb.children:
        if agent.dep_ == "agent":
            asker = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if asker is not None and idx.outside(asker.i):
                return mention_at(idx.context, asker)
    return None


# Verbs whose own subject does what the infinitive after their object says (`promised
# voters to cut taxes`; `used the speech to call for …`, `took the stage to say …`: a
# purpose); after any other verb the object does (`urged the mayor to say`, `led the
# chairman to declare`).
_SUBJECT_CONTROL = frozenset(
    {"promise", "pledge", "vow", "threaten", "offer", "use", "take", "seize", "spend"}
)


def _controlling_object(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`The win led the chairman to declare …`, `Aides pressed her to explain …`: an
    infinitive of saying with no subject of its own, hung on a verb that has an object
    before it, is said by that object, not by the verb's subject."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return None
    governor = verb.head
    if governor.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or not idx.outside(obj.i):
        return None
    return mention_at(idx.context, obj)


# Verbs whose object does what the bare infinitive after it says (`watched the mayor announce
# …`, `made him admit …`): perception and causation, from English grammar.
_BARE_INFINITIVE_GOVERNORS = frozenset({"see", "watch", "hear", "let", "make", "help"})


def _object_seen_speaking(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Fans watched the club's owner, Ana Ruiz, announce that …`: a bare infinitive of saying
    after the object of a verb of perception or causation is the object's; with the object's
    name set off by commas the parser joins the infinitive to the first verb as its conjunct
    or clause, and the first verb's subject (the fans) said nothing."""
    governor = verb.head
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("conj", "ccomp") or governor.i >= verb.i:
        return None
    if _has_subject(verb, _ANY_SUBJECT_DEPS) or governor.lemma_.lower() not in _BARE_INFINITIVE_GOVERNORS:
        return None
    # (`has seen the messages but would say nothing`, `make a joke and call …`: a verb of the
    # same subject, joined by `and`/`but` or with an auxiliary of its own.)
    joined = any(c.dep_ == "cc" and governor.i < c.i < verb.i for c in governor.children)
    if joined or any(c.dep_ == "aux" for c in verb.children):
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or not idx.outside(obj.i):
        return None
    return mention_at(idx.context, obj)


def _subject_read_as_conjunct(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Many mayors have said they will stay away and others have said …`: the parser joins
    the second subject to the first clause's object and leaves the second verb without one;
    the noun right before the verb's auxiliaries, joined by `and`/`but`, is its subject."""
    if verb.dep_ != "conj" or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    first = verb.i
    while first > 0 and doc[first - 1].dep_ in ("aux", "neg", "advmod") and doc[first - 1].head.i == verb.i:
        first -= 1
    if first == verb.i or first < 2:
        return None
    noun = doc[first - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.i >= noun.i:
        return None
    if doc[noun.left_edge.i - 1].lower_ not in ("and", "but") or not idx.outside(noun.i):
        return None
    return mention_at(idx.context, noun) or _group_mention(doc, noun, verb, idx)


def _named_example(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Critics like Ana Ruiz argue …`, `Unions such as Unite say …`: a group the subject
    names by one named example speaks through that example, the one a reader can cite."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and idx.outside(c.i)), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    for prep in subject.rights:
        example = next((c for c in prep.children if c.dep_ == "pobj"), None)
        liked = prep.lower_ == "like" or (prep.lower_ == "as" and doc[prep.i - 1].lower_ == "such")
        if not liked or example is None or example.ent_type_ not in ("PERSON", "ORG"):
            continue
        if any(c.dep_ == "conj" for c in example.children) or not idx.outside(example.i):
            return None  # (several examples: the group speaks)
        return mention_at(idx.context, example)
    return None


def _unnamed_asker(verb: Token) -> bool:
    """`Asked whether she would run, Ruiz said …`, `When asked about the levy, …`, `Told
    that the bridge would close, Ruiz said …`: a verb of saying in the passive participle
    with no subject and no agent reports what somebody the sentence does not name asked or
    said; the subject of the clause it hangs on was asked or told, and answers in a report
    of her own."""
    # (`Asked what …, X replied`: the participle opening a sentence is often tagged a past.)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl")
    if not participle or verb.dep_ not in ("advcl", "ROOT", "csubj", "ccomp"):
        return False
    # (`Having announced that …`: a perfect participle is the subject's own act.)
    if _has_subject(verb, _SUBJECT_DEPS | {"agent"}):
        return False
    return not any(c.lower_ in ("have", "having") for c in verb.lefts)


def _impersonal_passive(verb: Token) -> bool:
    """`It was widely reported that …`, `it has been said that …`: a passive of saying whose
    subject is an empty `it`, with no agent, names nobody who said it (not the subject of a
    clause it is joined to)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)


def _impersonal_judgement(verb: Token) -> bool:
    """Whether ``verb`` completes the writer's judgement of saying it (`it is fair to say
    that …`, `it is important to note that …`, `it is easy for the council to claim …`): the
    writer's own aside, or what anybody might say, not anybody's report."""
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # (`As the paper noted, it is surprising`: the paper's report.)
    # (The parser hangs the infinitive on the adjective or on `is` itself.)
    be = verb.head.head if verb.head.pos_ == "ADJ" else verb.head
    if be.lemma_ != "be" or not any(c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" for c in be.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children)


# The words that make a phrase the first term of a comparison (`as much … as`, `so
# severe … as`).
_EQUATIVE_WORDS = frozenset({"as", "so"})


def _standard_of_comparison(verb: Token) -> bool:
    """Whether ``verb`` says what a phrase is measured against (`would not create nearly as
    many jobs as the governor has promised`, `handled twice as much cargo as the authority
    had predicted`): the `as` clause after the first term of a comparison is its standard,
    whose content is left out (the governor promised a number, not `nearly as many jobs`),
    and the phrase the parser hangs it on is the writer's measure, not what was said. (`The
    fares rose, as the minister had warned` is a report: no comparison opens before its
    `as`; so is `half as much credit as aides say he deserves`, whose verb has a clause of
    its own.)"""
    if verb.dep_ != "advcl" or any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None:
        return False
    return any(t.lower_ in _EQUATIVE_WORDS and t.dep_ == "advmod" for t in verb.head.subtree if t.i < mark.i)


def _body_relative(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`The Post, which argued that …`: `which` stands for a body the article names (a
    quote's `which` is mostly a thing, a sign or a report, and names nobody)."""
    for child in verb.lefts:
        if child.dep_ != "nsubj" or child.lower_ not in ("which", "that") or not idx.outside(child.i):
            continue
        antecedent = verb.head
        if verb.dep_ == "relcl" and antecedent.ent_type_ == "ORG" and idx.outside(antecedent.i):
            body = mention_at(idx.context, antecedent)
            if body is not None:
                return Mention(child.idx, child.idx + len(child), child.i, "relative", body)
    return None


# What sets off a description between a fronted name and its verb (`X, a rabbi …, said`).
_APPOSITION_ENDS = frozenset({",", "-", "—", "–", "--"})


def _fronted_name(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Jeffrey Salkin, a Florida rabbi helping to organize the boycott, said …`: a long
    description set off after a name can lose the parser the subject (the description read
    as a clause of its own, the verb left with none); the name that opens the sentence, set
    off by a comma, with the verb right after the description's closing comma, speaks."""
    if _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    before = _before_verb_words(verb)
    if before < 0 or doc[before].text not in _APPOSITION_ENDS:
        return None
    sentence = verb.sent
    first = sentence.start
    while first < verb.i and (doc[first].is_space or doc[first].is_punct):
        first += 1
    last = first
    while last + 1 < verb.i and doc[last + 1].ent_iob_ == "I":
        last += 1
    name = doc[last]
    if name.ent_type_ not in ("PERSON", "ORG") or doc[first].ent_iob_ != "B" or doc[last + 1].text != ",":
        return None
    return None if last + 1 >= before else _mention_in_reach(idx, name, verb)


_NOT_IN_A_NAME = frozenset({"VERB", "AUX", "ADP", "PUNCT"})


def _subject_after_opening_phrase(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`After a week of talks, the mayor's office announced …`, `Speaking in Leeds, Ruiz,
    without naming him, accused …`: after a phrase that opens the sentence the parser can take
    the subject into that phrase (the object of its preposition, the subject of its
    participle) and leave the verb with none; the words set off after the phrase's comma,
    right before the verb or before an aside that ends right before it, speak."""
    if _tense(verb) not in _FINITE_TAGS or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # (`…, Ana Ruiz railed against the levy and explained …`: the first verb's words)
        verb = verb.head
        if _tense(verb) not in _FINITE_TAGS or _has_subject(verb, _ANY_SUBJECT_DEPS):
            return None
    end = _before_verb_words(verb)
    if end > 0 and doc[end].text == ",":
        # (an aside between commas before the verb: the words before its opening comma)
        opening = next((k for k in range(end - 1, verb.sent.start, -1) if doc[k].text == ","), -1)
        end = opening - 1
    if end <= verb.sent.start or doc[end].pos_ not in ("NOUN", "PROPN"):
        return None
    head = doc[end]
    first = head.left_edge.i
    if first <= verb.sent.start + 1 or doc[first - 1].text not in _APPOSITION_ENDS:
        return None
    # (The words of a name or description only: `62-year-old` keeps its hyphens, `Ruiz's` its `'s`.)
    if any(t.pos_ in _NOT_IN_A_NAME and t.tag_ not in ("POS", "HYPH") for t in doc[first:end]):
        return None
    return _mention_in_reach(idx, head, verb)


def _subject_of_description(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Sen. Ana Ruiz (a Democrat so young she has been taken for an aide) says …`, `Tom and
    Ana Berger, the parents whose visit set off a row, say …`: the parser takes the name for the
    subject of the clause in the description between it and the verb, and leaves the verb with
    none; the name, whose description ends right before the verb, speaks. (A participle with
    no subject, `…, saying …`, is the main clause's subject's.)"""
    if _tense(verb) not in _FINITE_TAGS:
        return None
    if _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    before = _before_verb_words(verb)
    if before < 1 or doc[before].text not in _APPOSITION_ENDS | {")"}:
        return None
    start = verb.sent.start
    for k in range(before - 1, start - 1, -1):
        name = doc[k]
        clause = name.head
        if name.dep_ != "nsubj" or name.ent_type_ not in ("PERSON", "ORG") or not name.i < clause.i < before:
            continue
        return None if clause.right_edge.i < before - 1 else _mention_in_reach(idx, name, verb)
    return None


# What may stand between a subject and its verb: `also said`, `last week said`, `have said`.
_BEFORE_VERB_DEPS = frozenset({"advmod", "npadvmod", "aux", "neg"})


def _before_verb_words(verb: Token) -> int:
    """The token before ``verb`` and the adverbs, phrases of time and auxiliaries that open
    it (`…, also said`, `…, last week said`), or -1."""
    k = verb.i - 1
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in _BEFORE_VERB_DEPS or child.right_edge.i != k:
            break
        k = child.left_edge.i - 1
    return k


def _apposed_subject(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`As part of his plea, Marcel Ruiz, 44, said …`, `… about the plan, the chief, Ana
    Ruiz, suggested …`: after a phrase that opens the sentence the parser can hang the name
    set off by commas on that phrase's noun, as if it described it, and leave the verb with no
    subject; the name in the commas right before the verb speaks."""
    if verb.i < 2 or _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    k = _before_verb_words(verb)
    if k < 1 or doc[k].text != ",":
        return None
    tok = doc[k - 1]
    while tok.dep_ != "appos" and tok.head.i != tok.i and tok.head.i < k:
        tok = tok.head
    if tok.dep_ != "appos" or tok.right_edge.i != k - 1:
        return None
    chain = [tok]
    while chain[-1].head.dep_ == "appos":
        chain.append(chain[-1].head)
    name = next((t for t in reversed(chain) if t.ent_type_ in ("PERSON", "ORG")), None)
    return None if name is None else _mention_in_reach(idx, name, verb)


def _relative_read_as_content(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Mother of three Ana Ruiz, whose son was admitted last week, said …`: the parser can
    read the relative clause set off after a name as what the verb says, before it, taking the
    name into that clause and leaving the verb with no subject; the name right before the
    relative's comma speaks (a relative pronoun opens no report)."""
    if _has_subject(verb, _ANY_SUBJECT_DEPS):
        return None
    k = _before_verb_words(verb)
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.right_edge.i in (k - 1, k)), None)
    if clause is None or doc[k].text not in _APPOSITION_ENDS:
        return None
    for tok in doc[clause.left_edge.i + 2 : k]:
        name = doc[tok.i - 2]
        named = name.ent_type_ in ("PERSON", "ORG") or name.pos_ == "PROPN"
        if tok.tag_ in ("WP", "WP$") and doc[tok.i - 1].text == "," and named:
            return _mention_in_reach(idx, name, verb)
    return None


def _after_dateline(context: DocContext, first: int) -> int:
    """The first token of reported words that open a wire story after its dateline
    (`SINGAPORE - The ministry will …, the minister announced`): the dateline is not said."""
    if first >= len(context.doc):
        return first  # (a content that starts past the text's end is empty: nothing to skip)
    at = context.doc[first].idx
    for line in context.datelines:
        if line.start <= at < line.end:
            while first < len(context.doc) and context.doc[first].idx < line.end:
                first += 1
            return first
    return first


def _bounds(context: DocContext, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The [first, last] tokens of the content ``span`` of ``cue``, without what is not said:
    a dateline, edge punctuation, a trailing aside, the speaker's next act, a further or a
    second report and the next report's subject, a clause of contrast."""
    doc = context.doc
    first, last = _trim(doc, _after_dateline(context, span[0]), span[1])
    first, last = _trim(doc, first, _without_trailing_aside(doc, first, last))
    first, last = _trim(doc, first, _without_next_act(doc, cue, first, last))
    first, last = _trim(doc, first, _without_finite_act(doc, cue, first, last))
    first, last = _trim(doc, first, _without_further_report(doc, first, last))
    first, last = _trim(doc, first, _without_second_report(doc, first, last))
    first, last = _trim(doc, first, _without_next_subject(doc, first, last))
    first, last = _trim(doc, first, _without_headline_second_verb(context, cue, first, last))
    if cue.lower_ == "according":
        # (A source's figures and their contrasts are its own: `A rose, while B fell,
        # according to X`.)
        return first, last
    first = _after_opening_source(doc, cue, first, last)
    first, last = _trim(doc, first, _without_comparison(doc, first, last))
    if first <= last and _CONTRAST_WORD.search(context.text, context.starts[first], context.starts[last]):
        # (The words looked for in the text first: most reports have none of them.)
        return _trim(doc, first, _without_contrast(doc, first, last))
    return first, last


def _without_headline_second_verb(context: DocContext, cue: Token, first: int, last: int) -> int:
    """``last``, or the token before `, Calls …` in a headline set in Title Case (`Ruto Says
    Fuel Levy Will Stay, Calls Critics Cartels`): a headline joins the speaker's second act with
    a comma and a verb of saying in the present, which the parser reads as a name; what the
    speaker says ends at the comma."""
    doc = context.doc
    if not cue.text[:1].isupper():
        return last
    text = context.text
    line_end = text.find("\n", cue.idx)
    line = text[text.rfind("\n", 0, cue.idx) + 1 : line_end if line_end >= 0 else len(text)]
    if not is_title_case(line):
        return last
    for k in range(first + 2, last + 1):
        if doc[k - 1].text != "," or not _headline_verb(doc[k]):
            continue
        # (Not where the verb of what was said comes after: `Minister Says Fees, Calls And Data
        # Charges Will Rise` lists nouns.)
        if not any(doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, last + 1)):
            return k - 2
    return last


def _after_opening_source(doc: Doc, cue: Token, first: int, last: int) -> int:
    """Where the words of `According to the council, 40 schools were flooded, the commissioner
    said` start: after the `according to` phrase and its comma, a phrase that opens the
    sentence before the words, as `In Iowa, he said …` leaves `In Iowa` out (gold leaves such
    phrases out 312 times in 322 on train)."""
    if last >= cue.i or doc[first].lower_ != "according" or doc[first + 1].lower_ != "to":
        return first
    comma = doc[first].right_edge.i + 1
    return comma + 1 if comma < last and doc[comma].text == "," else first


def _verb_speaker(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """Who a verb of saying reports: its subject, found by the quotes' rules, or by the shapes
    of reported speech (a share or group, a misread parse), in that order."""
    holder = _subject_holder(verb)
    return (
        _asker(doc, verb, idx)
        or _controlling_object(doc, verb, idx)
        or quoted_object(verb, idx)
        or _object_seen_speaking(doc, verb, idx)
        or _subject_read_as_conjunct(doc, verb, idx)
        or _named_example(doc, holder, idx)
        or _inverted_speaker(doc, verb, idx)
        or _share_subject(doc, verb, idx)
        or _share_read_as_conjunct(doc, verb, idx)
        or _participle_owner(doc, verb, idx)
        or _participle_past_a_nouns_clause(doc, verb, idx)
        or _subject_after_the_words(doc, holder, idx)
        or _subject_not_after_the_words(doc, holder, idx)
        or _own_subject_mention(doc, holder, idx)
        or _group_subject(doc, holder, idx)
        or _group_relative(doc, holder, idx)
        or _group_of_joined_verb(doc, holder, idx)
        or _participle_subject(doc, holder, idx)
        or _body_relative(doc, holder, idx)
        or _subject_of_adjective(doc, holder, idx)
        or _fronted_name(doc, holder, idx)
        or _apposed_subject(doc, holder, idx)
        or _relative_read_as_content(doc, verb, idx)
        or _subject_of_description(doc, holder, idx)
        or _subject_after_opening_phrase(doc, holder, idx)
        or _noun_described(doc, verb, idx)
    )


def _own_subject_mention(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """The quotes' rules' speaker for ``verb``, unless they passed over a subject of its own
    that names a group by a quantifier for the subject of the clause it hangs on (`One survey
    says Kenya has the most, while another says …`, `…, while many said …`: `another` and
    `many` speak, not the subject of the clause the `while` clause hangs on)."""
    mention = subject_mention(doc, verb, idx)
    own = [c for c in verb.children if c.dep_ == "nsubj" and idx.outside(c.i)]
    if mention is None or not own or any(c.left_edge.i <= mention.head <= c.right_edge.i for c in own):
        return mention
    return _group_subject(doc, verb, idx) or mention


def verb_report(idx: QuoteIndex, verb: Token) -> tuple[tuple[int, int] | None, Mention | None]:
    """The token bounds of what a verb of saying reports and who it names, each None where
    the rules find none: the two halves a candidate is built from, asked apart when counting
    the reports that get no candidate (``benchmarks/reported_misses.py``)."""
    if not _is_speech_verb(verb):
        return None, None
    return _reported_by_verb(idx.context, verb), _verb_speaker(idx.doc, verb, idx)


@lru_cache(maxsize=8)
def _cue_words(verbs: frozenset[str], nouns: frozenset[str]) -> frozenset[str]:
    """The lemmas a report can hang on, one set per lexicon (so its test's answers are kept)."""
    return verbs | nouns | {"according"}


def _cue_places(doc: Doc) -> list[int]:
    """The indices, in order, of the words that may cue a report: a verb's or a noun's lemma
    the lists know, or `according`. Most words are no cue, and the lemma column rules them
    out at C speed (``columns.word_test``), before any token object is made."""
    lex = lexicon()
    cues = word_test(_cue_words(lex.speech_verbs, lex.speech_nouns)).places(doc, LEMMA)
    according = places_of_word(doc, LOWER, "according")
    return sorted(set(cues).union(according)) if according else cues


def reported_speech(idx: QuoteIndex) -> list[ReportedSpeech]:
    """Every reported utterance outside quote marks, in text order."""
    doc = idx.doc
    found: list[ReportedSpeech] = []
    for tok in (doc[k] for k in _cue_places(doc) if idx.outside(k)):
        if _is_speech_verb(tok):
            span = _reported_by_verb(idx.context, tok)
            if span is None:
                continue
            if _unnamed_asker(tok) or _impersonal_passive(tok) or _impersonal_judgement(tok):
                continue
            if _standard_of_comparison(tok):
                continue
            mention = _verb_speaker(doc, tok, idx)
            cue, sieve = tok.text, SIEVE
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().speech_nouns:
            by_noun = _reported_by_noun(doc, tok, idx)
            if by_noun is None:
                continue
            span, mention = by_noun
            cue, sieve = tok.text, NOUN_SIEVE
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            according = _reported_according_to(idx.context, tok)
            if according is None:
                continue
            span, source = according
            mention = _source_mention(doc, _author_of(source, idx), tok, idx)
            cue, sieve = "according to", ACCORDING_SIEVE
        else:
            continue
        if mention is None:
            continue
        first, last = _bounds(idx.context, tok, span)
        pointer = sieve == ACCORDING_SIEVE and not _says_something(doc, first, last)
        if last - first + 1 < _MIN_CONTENT_WORDS or pointer:
            continue
        # (A description after a noun, an `as` clause setting the report beside other cases,
        # or a claim another disputes, is cut after the model has weighed the report: it was
        # fitted on reports that hold them, and the writer's words say nothing of whether it
        # is speech.)
        writers_end = _without_description(doc, first, _without_like_case(doc, first, last))
        writers_end = _without_disputed_claim(doc, first, writers_end)
        facts_last, last = last, _trim(doc, first, writers_end)[1]
        if (offsets := _report_offsets(idx, first, last)) is None:
            continue
        facts = evidence(doc, tok, first, facts_last, mention)
        found.append(ReportedSpeech(*offsets, tok.i, mention, cue, sieve, facts))
    cues = {r.verb for r in found}
    headlines = [r for r in _headline_reports(idx) if r.verb not in cues]
    return sorted(found + headlines, key=lambda r: (r.start, r.verb)) if headlines else found


def _report_offsets(idx: QuoteIndex, first: int, last: int) -> tuple[int, int] | None:
    """The characters of reported speech from token ``first`` to ``last``; None where it holds a
    quote and the quote is the row (``_headline_fragment_end``). Reported speech holding a quote
    is mostly a partial quote, whose quoted words are the row; in a Title Case headline, whose
    quotes are no rows, the report is (`Coach Says Team's ‘Young Core’ Will Carry It`), up to
    the closing mark."""
    doc = idx.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    if any(not idx.outside(i) for i in range(first, last + 1)):
        end = _headline_fragment_end(idx, start, end)
    return (start, end) if end >= 0 else None


def _headline_fragment_end(idx: QuoteIndex, start: int, end: int) -> int:
    """The end of a report [start, end) that holds quoted words, or -1 when the quote is the
    row: a headline set in Title Case (`Mayor Calls Bridge Plan ‘Reckless’`) marks a word or
    phrase it takes from the speaker with single marks, and its quotes get no row of their own
    (a headline quotes without attributing), so the report is the row, up to the closing mark.
    Double marks, or a line in sentence case, where single marks as often set off a speaker's
    words within the story's, leave the quote's row alone."""
    inside = [q for q in idx.spans if q.start < end and start < q.end]
    if not inside or any(q.style != "single" for q in inside):
        return -1
    text = idx.context.text
    line_end = text.find("\n", start)
    if not is_title_case(text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]):
        return -1
    last = inside[-1]
    return max(end, last.outer_end) if last.start < end <= last.end else end


# Words that say nothing by themselves (`That's according to the poll`: the pronoun points
# at what was said before).
_EMPTY_POS = frozenset({"PRON", "AUX", "DET", "PUNCT", "PART", "SPACE"})


def _says_something(doc: Doc, first: int, last: int) -> bool:
    """Whether the content [first, last] has a word of its own, not only a pronoun and a
    verb `be` (`That's`, `It is`) pointing at words said elsewhere."""
    # (`’s` after `That` is tagged a verb with the lemma `’`.)
    return any(
        doc[k].pos_ not in _EMPTY_POS and doc[k].lemma_ != "be" and doc[k].lower_ not in ("'s", "’s")
        for k in range(first, last + 1)
    )


# The most words of a headline line that reports (`Mayor Says Bridge Will Reopen In May`).
_HEADLINE_WORDS = 25
_HEADLINE_SPEAKER_WORDS = 6
# What ends a headline's report: a second report (`…, Calls X ‘Troubling’`), a section mark.
_HEADLINE_BREAKS = frozenset({";", "|", ":", "—", "–", "--"})
# What opens a headline's words that are not what was said but what it was about or to whom
# (`Responds To Critics`, `States To Watch`, `Warns Of Floods`, `Speaks About Her Father`).
_HEADLINE_NOT_SAID = frozenset({"to", "of", "about"})


def _headline_verb(tok: Token) -> str:
    """The lemma of `Says`, `Urges`, `Warns` in a headline set in Title Case, which the tagger
    often reads as a name: a capitalised present-tense verb of saying (headlines report in the
    present); "" for any other word. `Tells` is left out: its addressee cannot be told from
    the words said."""
    word = tok.lower_
    if not capitalised(tok.text) or not word.endswith("s") or tok.i == 0:
        return ""
    stem = word[:-2] if word.endswith(("shes", "ches", "sses", "xes")) else word[:-1]
    return stem if stem != "tell" and stem in lexicon().speech_verbs else ""


# Past forms of verbs of saying that do not end in -ed (`Mayor Just Said …`). `Told` is left
# out as `Tells` is.
_HEADLINE_IRREGULAR_PAST = {"said": "say", "wrote": "write", "spoke": "speak"}


def _headline_past_verb(tok: Token) -> str:
    """The lemma of `Announced` in `Mayor Just Announced A Levy`: a headline in Title Case that
    tells news as just done puts a capitalised past form of a verb of saying after `Just`,
    which the tagger reads as a name as it does `Says`; "" for any other word. (Without
    `Just` a past form is as often a relative's: `Things The Mayor Said In 2015`.)"""
    if tok.i == 0 or tok.nbor(-1).lower_ != "just" or not capitalised(tok.text):
        return ""
    word = tok.lower_
    if word in _HEADLINE_IRREGULAR_PAST:
        return _HEADLINE_IRREGULAR_PAST[word]
    if not word.endswith("ed"):
        return ""
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")  # announc-ed, call-ed, ban-ned, deni-ed
    return next((s for s in stems if s != "tell" and s in lexicon().speech_verbs), "")


def _headline_verb_at(tok: Token) -> tuple[str, int]:
    """The lemma of the headline verb of saying ``tok`` ("" if it is none) and the index where
    the words of who says it end: the verb, or the `Just` before a past form."""
    lemma = _headline_verb(tok)
    if lemma:
        return lemma, tok.i
    lemma = _headline_past_verb(tok)
    return lemma, tok.i - 1


def _headline_speaker_words(doc: Doc, first: int, verb: int) -> tuple[int, int]:
    """The [start, end) tokens of who a headline's verb at ``verb`` names: the capitalised
    words before it on the line from ``first``, up to a `Who` that opens a clause about them
    (`Actor Who Backed Cruz Just Called …`: the actor calls, not Cruz)."""
    start = verb
    while start > first and capitalised(doc[start - 1].text):
        start -= 1
    who = next((k for k in range(start + 1, verb) if doc[k].lower_ == "who"), verb)
    return start, who


def _headline_evidence(doc: Doc, lemma: str, first: int, last: int, mention: Mention) -> tuple[str, ...]:
    """What the model weighs of a headline's report: the tagger's reading of the verb and
    the content is not to be trusted there, so the verb's lemma and the line's shape are."""
    return (
        "headline",
        f"lemma={lemma}",
        f"object_verb={lemma in lexicon().object_speech_verbs}",
        f"opens_with={doc[first].pos_}",
        f"mention={mention.kind}",
        _length_fact(first, last),
    )


def _headline_mention(idx: QuoteIndex, first: int, verb: int) -> Mention | None:
    """Who a headline's report names: the words [first, verb) before its verb."""
    doc = idx.doc
    start, end = doc[first].idx, doc[verb - 1].idx + len(doc[verb - 1])
    mention = mention_at(idx.context, doc[verb - 1])
    if mention is None:
        # A headline line reads as page furniture to the mention rules; names in a row
        # before the verb are still who reports.
        names = all(doc[k].pos_ == "PROPN" for k in range(first, verb))
        return Mention(start, end, verb - 1, "name") if names else None
    if mention.start >= start and mention.end <= end:
        return mention
    # The tagger often runs a name on over the verb (`Ruiz Urges Council` as one body): the
    # words before the verb are the name.
    return Mention(max(mention.start, start), end, verb - 1, "name")


def _headline_reports(idx: QuoteIndex) -> list[ReportedSpeech]:
    """`Minister Says Rates Will Rise`: a short line in Title Case, names, a capitalised
    verb of saying, and what was said. The tagger reads such lines badly (the verb as a
    name), so the line's shape, not its parse, gives the report."""
    doc, text = idx.doc, idx.context.text
    found: list[ReportedSpeech] = []
    for start, end in idx.context.paragraphs:
        line = text[start:end]
        if len(line.split()) > _HEADLINE_WORDS or not is_title_case(line):
            continue
        first, last = idx.token_range(start, end)
        for i in range(first + 1, last):
            lemma, speaker_end = _headline_verb_at(doc[i]) if idx.outside(i) else ("", i)
            if not lemma:
                continue
            speaker_first, speaker_end = _headline_speaker_words(doc, first, speaker_end)
            if not 0 < speaker_end - speaker_first <= _HEADLINE_SPEAKER_WORDS:
                break
            mention = _headline_mention(idx, speaker_first, speaker_end)
            content_last = i
            while content_last + 1 < last and doc[content_last + 1].text not in _HEADLINE_BREAKS:
                nxt = doc[content_last + 1]
                if nxt.text == "," and content_last + 2 < last and _headline_verb(doc[content_last + 2]):
                    break
                content_last += 1
            content_first, content_last = _trim(doc, i + 1, content_last)
            if doc[content_first].lower_ in _HEADLINE_NOT_SAID:
                break  # `Responds To Critics`, `Warns Of Floods`: not what was said
            if mention is None or content_last - content_first + 1 < _MIN_CONTENT_WORDS:
                break
            # (Single marks in the line set off the speaker's word: the report is the row, as in a
            # parsed one.)
            if (offsets := _report_offsets(idx, content_first, content_last)) is None:
                break
            facts = _headline_evidence(doc, lemma, content_first, content_last, mention)
            found.append(ReportedSpeech(*offsets, i, mention, doc[i].text, SIEVE, facts))
            break
    return found


_LENGTH_BOUNDS = (3, 7, 15, 30)
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "will", "can", "to"})


def _length_fact(first: int, last: int) -> str:
    """How long the content of tokens [first, last] is, in the model's bands (`words<=7`)."""
    words = last - first + 1
    return "words" + next((f"<={b}" for b in _LENGTH_BOUNDS if words <= b), f">{_LENGTH_BOUNDS[-1]}")


def _shape_facts(doc: Doc, first: int, last: int) -> list[str]:
    """How the content [first, last] sits in its sentence: the share of the sentence it
    covers, in quarters (reported words are most of their sentence; a phrase cut out of a
    long sentence is less often what a reader counts), and in how many pieces of the parse
    it comes (one clause, or words the parser hangs on different heads: bounds drawn wrong)."""
    sentence = doc[first].sent
    share = (last - first + 1) / max(len(sentence), 1)
    heads = [doc[k].head.i for k in range(first, last + 1)]
    pieces = sum(1 for k, head in enumerate(heads, first) if head == k or not first <= head <= last)
    return [f"sentence_share={min(int(share * 4), 3)}", f"content_pieces={min(pieces, 3)}"]


def evidence(doc: Doc, cue: Token, first: int, last: int, mention: Mention) -> tuple[str, ...]:
    """Generic facts about a candidate, for the model that decides whether it is a row: the
    cue's form and place in the parse, where the content stands, how long it is, who the
    mention is. Nothing of any one article or year."""
    if cue.lower_ == "according":
        where = "before" if last < cue.i else "after" if first > cue.i else "around"
        facts = ["cue=according", f"according_content={where}"]
    else:
        where = "before" if last < cue.i else "after" if first > cue.i else "around"
        opener = doc[first]
        head_kind = "clause" if any(c.dep_ == "ccomp" for c in cue.children) else "object"
        tag, dep = _weighed_form(cue)
        quoting, perfect = quoted_as_saying(cue), perfect_read_as_passive(cue)
        facts = [
            f"lemma={cue.lemma_.lower()}",
            f"tag={tag}",
            f"lemma_tag={cue.lemma_.lower()}|{tag}",
            f"dep={dep}",
            f"tag_dep={tag}|{dep}",
            f"content={where}",
            f"content_head={head_kind}",
            # Whether a verb reports speech depends on what it governs (`called for an
            # inquiry` is, `called the meeting` is not; `said` either way).
            f"lemma_head={cue.lemma_.lower()}|{head_kind}",
            f"object_verb={cue.lemma_.lower() in lexicon().object_speech_verbs}",
            f"opens_with={opener.pos_}",
        ]
        if cue.pos_ == "NOUN":
            facts.append("cue=noun")
        if any(c.dep_ == "neg" for c in cue.children):
            facts.append("negated")
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children):
            facts.append("modal_or_infinitive")
        if not perfect and any(c.dep_ == "auxpass" for c in cue.children):
            facts.append("passive")
        agent = doc[mention.head].head if mention.head < len(doc) else None
        if agent is not None and agent.dep_ == "agent" and agent.head.i == cue.i:
            facts.append("speaker=agent")
        if first > 0 and doc[first - 1].lower_ == "that":
            facts.append("that")
        # `pointed out` is speech, `called off` is not.
        facts += [f"particle={c.lower_}" for c in cue.children if c.dep_ == "prt"]
        if cue.dep_ in ("xcomp", "pcomp", "advcl", "acl") and cue.head.i != cue.i and quoting is None:
            # `declined to say`, `by asking`: the verb the cue depends on.
            facts.append(f"governor={cue.head.lemma_.lower()}")
        content_head = next((c for c in cue.children if first <= c.i <= last and c.dep_ != "punct"), None)
        if content_head is not None:
            facts.append(f"content_dep={content_head.dep_}")
            if _has_subject(content_head, _SUBJECT_OR_THERE_DEPS):
                facts.append("content_has_subject")
    facts += [f"mention={mention.kind}", _length_fact(first, last), *_shape_facts(doc, first, last)]
    sentence_end = doc[last].sent.end
    if sentence_end > 0 and doc[sentence_end - 1].text == "?":
        facts.append("question")
    if doc[first].lower_ in ("what", "which", "who", "whether", "if", "how", "why", "when"):
        facts.append("opens_with_wh")
    return tuple(facts)


def _weighed_form(cue: Token) -> tuple[str, str]:
    """The tag and dependency the model weighs a verb of saying by: its own, but the verb of
    quoting's for `X was quoted as saying …`, a past participle's for a perfect the parser read
    as a passive (`she's said …` is `she has said …`), the root's for a verb misread as a
    modifier."""
    dep = "ROOT" if _misread_as_modifier(cue) else cue.dep_
    quoting = quoted_as_saying(cue)
    if quoting is not None:
        return _bare_tense(quoting), quoting.dep_
    return ("VBN" if perfect_read_as_passive(cue) else cue.tag_), dep


@lru_cache(maxsize=1)
def reported_model() -> TrustModel:
    """The fitted model of which candidates are rows (``models/reported.json``), read once.
    Cached here, not by ``trust_model``: that cache holds one model, and the quotes' trust
    model and this one, asked for in turn, would each push the other out (both files read
    and parsed again for every article)."""
    path = models_dir() / REPORTED_FILE
    return TrustModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def in_text_order(quoted: list[Attribution], reported: list[Attribution]) -> list[Attribution]:
    """The quotes' and reported speech's attributions in one list, in text order (a quote
    before reported speech starting at the same place): the order the entities step reads
    them in, so that a pronoun in either finds the person named just before it."""
    return sorted(quoted + reported, key=lambda a: (a.span.start, a.kind == "indirect"))


def reported_confidence(evidence: tuple[str, ...]) -> float:
    """A reported-speech row's confidence: the fitted chance that it is reported speech with
    the right speaker (the model is fitted out of fold on train, like the quotes' table)."""
    return round(reported_model().chance(evidence), DIGITS)


def _outermost(kept: list[ReportedSpeech], doc: Doc) -> list[ReportedSpeech]:
    """``kept`` without a report inside the content of a longer one (`Ruiz said the engineer
    told her the bridge was safe`: the engineer's words are Ruiz's report, one utterance of
    hers, not a second row; a reader counts who the article cites), but a share's own report
    (``_share_relative``)."""
    return [
        r
        for r in kept
        if _share_relative(doc[r.verb])
        or not any(o.start <= r.start and r.end <= o.end and o.end - o.start > r.end - r.start for o in kept)
    ]


# Nouns that count a share of those asked (`double the number who said …`, `76 percent who …`).
_COUNT_NOUNS = frozenset({"number", "percent", "share", "proportion"}) | _SHARE_WORDS


def _share_relative(verb: Token) -> bool:
    """Whether ``verb`` says in a relative clause what a share of a poll's people said
    (`half said the levy was fair, double the number who said the same of the toll`): the
    writer sets a second group's answer beside the first, which is no part of the first
    group's words, so it is a report of its own even inside the first one's content."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return False
    head = verb.head
    return head.lower_ in _COUNT_NOUNS or (head.pos_ == "NUM" and head.i == head.head.i)


def _passes_on(report: ReportedSpeech, source: ReportedSpeech) -> bool:
    """Whether ``report``, a verb's after its words, passes on what an `according to` phrase
    opening them credits to ``source`` (`According to the council, the road will reopen, a
    spokesman said`): the one who speaks is the verb's subject, who gives the row."""
    return source.sieve == ACCORDING_SIEVE and report.sieve == SIEVE and source.verb < report.verb


def _one_per_span(kept: list[ReportedSpeech], model: TrustModel) -> list[ReportedSpeech]:
    """``kept`` with one report per span: two cues of one act can set out the same words
    (`responded to the offer, saying the talks had failed`), which were said once; the cue
    the model trusts most gives the row."""
    best: dict[tuple[int, int], ReportedSpeech] = {}
    for r in kept:
        other = best.get((r.start, r.end))
        if other is None or _passes_on(r, other) or (
            not _passes_on(other, r) and model.chance(r.evidence) > model.chance(other.evidence)
        ):
            best[(r.start, r.end)] = r
    return [r for r in kept if best[(r.start, r.end)] is r]


def reported_attributions(
    idx: QuoteIndex, first_utterance: int, model: TrustModel | None = None
) -> list[Attribution]:
    """The reported utterances the model keeps, as attributions of kind ``indirect``, each an
    utterance of its own numbered from ``first_utterance`` on (after the quotes', whose
    numbers stay as they are without reported speech). ``model=None`` keeps every candidate
    (for fitting the model)."""
    starts = [start for start, _ in idx.context.paragraphs]
    candidates = reported_speech(idx)
    if model is not None:
        likely = [r for r in candidates if model.chance(r.evidence) >= model.threshold]
        candidates = _outermost(_one_per_span(likely, model), idx.doc)
    out = []
    for n, r in enumerate(candidates):
        paragraph = max(bisect_right(starts, r.start) - 1, 0)
        # No quote marks: the "marks" are the content's own edges.
        span = QuoteSpan(r.start, r.end, r.start, -1, paragraph, first_utterance + n, "none")
        out.append(Attribution(span, r.mention, r.cue, r.sieve, "indirect", r.evidence))
    # A column's `I told the council …` is its bylined author's, as its `“…,” I said` is.
    return first_person(idx.context, out, kept_without_byline=True)
