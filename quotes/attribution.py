"""Link each quote span to the mention of who said it: ordered sieves, most precise first.

Each sieve looks at one place the attribution can stand (after the quote, before it, in the
sentence before, in the paragraph before) and names itself on the result, so the rows say
how their speaker was found and how far to trust it. A later sieve only sees what the
earlier ones left unattributed (Muzny et al. 2017).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from quotes.context import DocContext
from quotes.dashes import SPEECH_DASHES
from quotes.furniture import (
    INSERTED_KINDS,
    QUOTE_OPENERS,
    author_byline,
    is_title_case,
    line_kind,
    publisher_byline,
)
from quotes.letters import capitalised
from quotes.lexicon import lexicon
from quotes.names import (
    country_sent_to,
    end_after_second_syllable,
    is_envoys_title,
    is_honorific,
    is_title,
    name_read_as_a_small_word,
    numbers_an_office,
    person_after_a_title_inside,
    start_before_patronym,
    surname_tagged_apart,
)
from quotes.spans import DOUBLE_MARKS, SINGLE_MARKS, find_quote_spans
from quotes.tokens import (
    AND_WORDS,
    FIELD_JOBS,
    FIELD_PREPS,
    NAME_SMALL_WORDS,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
    bracketed_word,
    demonym_epithet,
    entity_at,
    hyphen_between_names,
    hyphen_joined,
    is_post_by_its_letters,
    job_of_a_field_before,
    kind_of_body_after_a_job,
    name_given_by,
    names_a_body_or_a_job,
    names_one_member,
    numbered_epithet,
    officer_by_collar_number,
    opens_person_name,
    person_after_a_body_and_job,
    person_after_a_job,
    person_after_a_listed_body,
    person_after_listed_portfolio,
    quoted_as_saying,
    reads_as_person_name,
    saying_under_as,
    self_capitalised_body_noun,
    set_beside,
    start_of_cut_body,
    styled_after_his_or_her,
)
from quotes.transcripts import TURN, is_answer, turn_label
from quotes.trust import TrustModel, trust_model
from quotes.types import QuoteSpan

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_TERMINATORS = {".", "!", "?"}
_RELATIVE_PRONOUNS = {"who", "that", "which"}
_DASHES = {"-", "—", "–", "--"}
_CLIMB_DEPS = {"conj", "advcl", "xcomp", "pcomp", "prep", "pobj", "acl"}


@dataclass(frozen=True)
class Mention:
    """Where the article names (or points at) a speaker."""

    start: int
    end: int
    head: int  # token index of the mention's head
    kind: str  # "person", "organization", "pronoun", "description", "name", "relative", "author"
    # What a relative pronoun stands for: `said Beck, who added that …` rests on `who`,
    # and `who` is Beck.
    refers: Mention | None = None


@dataclass(frozen=True)
class Attribution:
    span: QuoteSpan
    mention: Mention | None
    cue: str
    sieve: str
    kind: str  # "direct", "partial", "scare", "headline", "furniture" or "sign"
    # What the trust model (quotes/trust.py) is told about this attribution: the names of the
    # features it has (see ``trust_features``); empty when it has no mention.
    evidence: tuple[str, ...] = ()
    # For a candidate proposed where the sieves found no speaker, the kind they gave the quote
    # (``scare`` for a term or title they hid): it goes back to that kind when not named.
    fallback_of: str = ""

    def without_mention(self) -> Attribution:
        """The same quote with no speaker named, of the kind the sieves gave it."""
        return Attribution(self.span, None, "", "", self.fallback_of or self.kind)


class QuoteIndex:
    """Which tokens of a document sit inside quote marks, over its ``DocContext``; and, worked
    out once per head word, who each verb or noun belongs to."""

    def __init__(self, context: DocContext, spans: list[QuoteSpan]) -> None:
        self.context = context
        self.doc = context.doc
        self.spans = spans
        self.quote_of = [-1] * len(self.doc)
        self._cue_subjects: dict[int, tuple[Mention | None, bool]] = {}
        self._clause_owners: dict[int, tuple[Mention | None, str]] = {}
        for q_index, span in enumerate(spans):
            first, last = context.token_range(span.open_mark, span.outer_end)
            for i in range(first, last):
                self.quote_of[i] = q_index

    @classmethod
    def of(cls, doc: Doc) -> QuoteIndex:
        """The index of ``doc``'s own quote spans, over a new context: the quotes of a parse
        made of the text as given."""
        context = DocContext(doc)
        return cls(context, find_quote_spans(context.text))

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens that overlap chars [start, end)."""
        return self.context.token_range(start, end)

    def same_paragraph(self, a: Token, b: Token) -> bool:
        return self.context.same_paragraph(a, b)

    def outside(self, i: int) -> bool:
        return self.quote_of[i] == -1

    def clause_owner(self, tok: Token) -> tuple[Mention | None, str]:
        """Who a clause or noun phrase headed by ``tok`` belongs to: a noun's owner (`Ruiz's
        claim`, via ``owner``) or a verb's subject (via ``subject`` or ``passive``); worked out
        once per head word, for the same reason as ``cue_subject``."""
        known = self._clause_owners.get(tok.i)
        if known is not None:
            return known
        found: tuple[Mention | None, str] = (None, "")
        if tok.pos_ in ("NOUN", "PROPN"):
            for child in tok.children:
                if child.dep_ == "poss" and self.outside(child.i):
                    found = (_mention_for(self.context, child), "owner")
                    break
        if tok.pos_ in ("VERB", "AUX") and not _told_as_a_headlines_passive(self.doc, tok):
            for child in tok.children:
                if child.dep_ in _SUBJECT_DEPS and self.outside(child.i) and self.same_paragraph(child, tok):
                    via = "passive" if child.dep_ == "nsubjpass" else "subject"
                    found = (_mention_for(self.context, child), via)
                    break
        self._clause_owners[tok.i] = found
        return found

    def cue_subject(self, verb: Token) -> tuple[Mention | None, bool]:
        """``verb``'s subject mention and whether it is passive, worked out once per verb: a
        verb that every quote of a long run hangs on (a page of quote marks) would otherwise
        have its children read again for each quote, quadratic in the run's length."""
        known = self._cue_subjects.get(verb.i)
        if known is None:
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            known = self._cue_subjects[verb.i] = (_subject_of(self.doc, verb, self), passive)
        return known


def _is_cue(tok: Token) -> bool:
    if not tok.tag_.startswith("VB"):
        return _present_read_as_a_plural(tok)
    lemma = tok.lemma_.lower()
    if lemma in lexicon().cue_verbs:
        return True
    # `as Ana Ruiz put it, “…”`: an idiom of saying whose verb is no verb of saying.
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return True
    # `Hale shot back, “…”`, `the mayor chimed in`. (Not `go on`: mostly `went on to win`,
    # `talks have been going on`.)
    particle = _PHRASAL_CUES.get(lemma)
    if particle is None or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    return after.lower_ == particle and after.head.i == tok.i and after.dep_ in ("prt", "advmod")


def _present_read_as_a_plural(tok: Token) -> bool:
    """`“…,” the minister states.`: a verb of saying in the present tagged a plural noun that
    still heads its clause with a subject of its own is the verb the parse hung it as."""
    low = tok.lower_
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    hung = before.dep_ == "compound" and before.head.i == tok.i
    # (`“…,” the email read.`: the past of `read` tagged a noun, with the document hung on it.)
    # Only as the whole attribution, right after the quote (not `wrote in a blog post`).
    if tok.tag_ == "NN" and tok.is_lower and low in lexicon().cue_verbs:
        ends = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].is_punct
        return hung and ends and _a_cited_document(before) and before.i > 1 and tok.doc[before.i - 2].is_punct
    if tok.tag_ != "NNS" or not tok.is_lower or not low.endswith("s") or low[:-1] not in lexicon().cue_verbs:
        return False
    # (Its subject hung on it as the parse hangs a verb's, or a name or a document right before
    # it hung on it as a compound: `“…,” Ana Ruiz states.`, `“…,” the judgment states.`, which
    # _name_read_as_a_compound reads.)
    named = hung and (before.pos_ == "PROPN" or _a_cited_document(before))
    return named or any(c.dep_ == "nsubj" for c in tok.children)


def _a_cited_document(noun: Token) -> bool:
    """`the judgment`, `the email`: a document noun with a determiner of its own, which a
    story cites as it would a speaker (ROLES.md 3)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().document_nouns:
        return False
    # (The parse may hang the determiner on the misread verb: `the judgment states`.)
    return noun.i > 0 and noun.doc[noun.i - 1].tag_ in ("DT", "PRP$", "POS")


# Verbs that report speech only with their particle (`fired back`, not `fired the coach`).
_PHRASAL_CUES = {
    "shoot": "back",
    "fire": "back",
    "hit": "back",
    "snap": "back",
    "chime": "in",
    "cut": "in",
    "break": "in",
    "pipe": "up",
    "speak": "up",
    "weigh": "in",
}


def _is_interview_label(context: DocContext, tok: Token) -> bool:
    """`Q:` / `A:` opening a line of a Q&A: a layout label, never the name of a speaker.

    The question's own words are the interviewer's, and a cue inside them (`Your food gets
    described as “comfort cooking”`) reports nobody.
    """
    doc = context.doc
    if tok.text not in ("Q", "A") or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    line_start, _ = context.line_of(tok.idx)
    return not context.text[line_start : tok.idx].strip()


# Entities that are never a speaker (spaCy's OntoNotes labels for dates, times, sums of
# money, measures and ranks).
_NOT_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"})


# `70pc`, `12.5pc`: a share as British and Pakistani papers shorten `per cent`.
_PC_SHARE = re.compile(r"\d+(?:\.\d+)?pc")


def _share_read_as_an_amount(tok: Token) -> bool:
    """Whether ``tok`` heads a share of people written as papers outside the United States
    write `percent`, which the model labels a sum of money or a date: the `cent` of `45 per
    cent`, `70pc`, the `pc` of `70 pc` (`45 per cent of voters said …` is a share of people,
    as `45 percent of voters said …` is)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.lower_ == "cent":
        return before is not None and before.lower_ == "per"
    if tok.lower_ == "pc":
        return before is not None and before.like_num
    return _PC_SHARE.fullmatch(tok.lower_) is not None


def is_age_description(tok: Token) -> bool:
    """`the 58-year-old said`: a person named by age alone, which the tagger calls a date and
    the parser may hang on the verb word by word. ``tok`` is the phrase's last word (`old`);
    the phrase is ``age_description_start(tok)`` to it."""
    return tok.lower_ == "old" and age_description_start(tok) >= 0


def _age_before_a_misread_verb(tok: Token) -> Token | None:
    """`the 54-year-old thanked players and fans and said`, parsed as one noun phrase with
    `thanked` for an adjective: the age description is the subject, the verb after it is its
    own (a word in -ed right after `old`, inside the phrase of the noun)."""
    if tok.pos_ != "NOUN" or tok.i < 5:
        return None
    verb, old = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if not is_age_description(old) or verb.tag_ not in ("JJ", "VBN", "VBD") or not verb.lower_.endswith("ed"):
        return None
    return old if verb.head.i == tok.i and old.head.i == tok.i else None


def age_description_start(tok: Token) -> int:
    """The index of `the` in `the 58-year-old` ending at ``tok``, else -1."""
    doc, i = tok.doc, tok.i
    if i < 3 or doc[i - 1].text not in ("-", "‑") or doc[i - 2].lower_ not in ("year", "years"):
        return -1
    j = i - 3
    if doc[j].text in ("-", "‑"):
        j -= 1
    if j < 1 or not doc[j].like_num or doc[j - 1].lower_ != "the":
        return -1
    return j - 1


def _to_after_job_of(doc: Doc, tok: Token, prep: Token) -> Token:
    """The `to` of `Chief of Staff to the Premier Tom Hale said`: a job's `of` and one word in
    capitals (the parser hangs both preps on `Chief`) before `to the` office; else ``prep``."""
    after = prep.i + 2
    if prep.lower_ != "of" or after + 1 >= len(doc) or not capitalised(doc[prep.i + 1].text):
        return prep
    to = doc[after]
    # (`said Chief of Staff to the Premier X`: after the verb, the `to` hangs on it.)
    hung = to.head.i == tok.i or (tok.dep_ == "nsubj" and to.head.i == tok.head.i < tok.i)
    if to.lower_ == "to" and hung and to.dep_ == "prep" and doc[after + 1].lower_ == "the":
        return to
    return prep


def _name_after_title_of(doc: Doc, tok: Token) -> Mention | None:
    """`Leader of the Opposition Peter Dutton said`, `Minister for Housing Ann Cole said`: the
    parser makes a title in capitals the subject and the name after its body or portfolio
    the object of `of`/`for`; the person named speaks, not the title. So with a body's name
    ending in a title word (`Directorate General of Civil Aviation chief Faiz Kidwai said`), and
    a job in small letters with the field it is in before the name (`ANC spokesperson for
    education Tumi Mabaso said`, tokens.job_of_a_field_before; `Opposition critic for health Luc
    Berthold said`, a critic a job by the field after its `for`), and an envoy's title with the
    country it is sent to and no `the` (`Ambassador to Germany Ann Cole said`)."""
    if tok.lower_ not in lexicon().role_nouns and tok.lower_ not in FIELD_JOBS:
        return None
    # (`Opposition assemblyman for Pulau Betong X said`: a lawmaker's title, in small letters
    # too, and `for` name the seat, after which a person tagged so is the member.)
    lawmaker = tok.is_lower and lexicon().job_families.get(tok.lower_) == "legislator"
    in_field = tok.is_lower and not lawmaker
    if not (capitalised(tok.text) or in_field or lawmaker):
        return None
    prep = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    preps = FIELD_PREPS if in_field else ("for",) if lawmaker else ("of", "for", "to")
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    # (`said Chief Press Secretary to the Governor X`: after the verb the parser hangs the `to`
    # on it, not on the job.)
    inverted = prep.lower_ == "to" and tok.dep_ == "nsubj" and prep.head.i == tok.head.i < tok.i
    if prep.head.i != tok.i and not inverted:
        return None
    prep = _to_after_job_of(doc, tok, prep)
    # (`Ambassador to Germany Ann Cole said`: an envoy's country is no part of her name.)
    sent = prep.lower_ == "to" and _envoy_to_a_country(doc, tok, prep)
    if prep.lower_ == "to" and not sent and (prep.i + 1 >= len(doc) or doc[prep.i + 1].lower_ != "the"):
        # (`Press Secretary to the President Ann Cole said`: the office `the` opens is no part
        # of her name; `Adviser to President Ann Cole`, the name is the president's.)
        return None
    name = _past_the_bodys_of(next((c for c in prep.children if c.dep_ == "pobj"), None), prep)
    if name is None or name.pos_ != "PROPN" or name.right_edge.i != name.i:
        return None
    if lawmaker and name.ent_type_ != "PERSON":
        return None
    start = _name_start_after_title(doc, prep, name, in_field, sent)
    # (`a spokesman for committee Democrats`: a full name, not a party's, holds a job there.)
    full_name = start is not None and name.i > start and name.ent_type_ not in ("NORP", "GPE")
    if start is None or (in_field and not (job_of_a_field_before(doc[start]) and full_name)):
        return None
    kind = "person" if name.ent_type_ == "PERSON" else "name"
    return Mention(doc[start].idx, name.idx + len(name), name.i, kind)


def _name_start_after_title(doc: Doc, prep: Token, name: Token, in_field: bool, sent: bool) -> int | None:
    """Where the name ending at ``name`` (the object of the title's ``prep``) opens, past the
    body's, portfolio's, field's or country's words between them; None where no name opens."""
    person = entity_at(doc, name) if name.ent_type_ == "PERSON" else None
    if person is not None:
        # (`Directorate General of Civil Aviation chief Faiz Kidwai`: the tagger's name.)
        start = person.start if person.start > prep.i + 1 else None
        # (`High Commissioner to Ghana Ann Cole`, tagged one person from the country.)
        start = person.start + 1 if sent and person.start == prep.i + 1 and len(person) >= 3 else start
        # (`for education Tumi` + `Mabaso`: a given name the tagger left out of a job holder's.)
        while in_field and start is not None and start - 1 > prep.i + 1 and _untagged_given(doc[start - 1]):
            start -= 1
        return start
    first = name.i
    while first - 1 > prep.i + 1 and (
        doc[first - 1].dep_ == "compound" and doc[first - 1].is_title or _hyphen_in_a_surname(doc, first - 1)
    ):
        first -= 1
    if in_field:
        # (After a job's field in small letters, the words in capitals are all the name's.)
        return first
    # The body's words come first (`the Opposition`, `the House`); the name opens at the
    # first initial or given name after them, and at least one of them must stay the body's.
    # (A unit in brackets closes the body's words: `Superintendent of Police (Economic Offences
    # Wing) Ankit Chauhan`, the name opening right after it.)
    after_brackets = doc[first - 1].text == ")" and first < name.i
    opening = first if after_brackets else first + 1
    opened = next((k for k in range(opening, name.i + 1) if opens_person_name(doc[k])), None)
    return opened if opened is not None or prep.lower_ != "for" else _name_after_a_brief(doc, prep, name)


def _name_after_a_brief(doc: Doc, prep: Token, name: Token) -> int | None:
    """`Minister for Health Nomantu Nkomo-Ralehoko said`, no word of the name known or tagged:
    after a title's `for`, one brief word (models/portfolios.txt) then two or three words in
    capitals that no brief holds are the brief and its holder's name."""
    lex = lexicon()
    brief = doc[prep.i + 1]
    words = [t for t in doc[prep.i + 2 : name.i + 1] if not _hyphen_in_a_surname(doc, t.i)]
    if not (capitalised(brief.text) and brief.lower_ in lex.brief_words) or not 2 <= len(words) <= 3:
        return None
    if any(not t.is_title or t.pos_ != "PROPN" or t.lower_ in lex.brief_words for t in words):
        return None
    return prep.i + 2


def _hyphen_in_a_surname(doc: Doc, i: int) -> bool:
    """`Nkomo-Ralehoko`: a hyphen with no space either side between two words in capitals, which
    the parser hangs apart from the compound of the name it joins (tokens.hyphen_joined's
    hyphen, in a name)."""
    if doc[i].text != "-" or not hyphen_joined(doc[i + 1]):
        return False
    return doc[i - 1].is_title and doc[i + 1].is_title


def _past_the_bodys_of(name: Token | None, prep: Token) -> Token | None:
    """`said Secretary to the Government of the Federation George Akume`: the parser hangs the
    name on the `of` of the body a staff job is `to`; the name is that `of`'s object, when it is
    a person's the tagger names (else ``name`` as it is). So on the `on` of the field the job
    serves in (`said Special Assistant to the Governor on Media Kola Bello`, Nigerian news)."""
    if name is None or prep.lower_ != "to" or name.right_edge.i == name.i:
        return name
    of = next((c for c in name.children if c.dep_ == "prep" and c.lower_ in ("of", "on")), None)
    held = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # (`on Media and Publicity Femi Adesina`: the name the field's last word, a conjunct of it.)
    joined = next((c for c in held.children if c.dep_ == "conj"), None) if held is not None else None
    held = joined if joined is not None and joined.ent_type_ == "PERSON" else held
    return held if held is not None and held.ent_type_ == "PERSON" else name


# A reading of the subject ``tok`` as standing for a person named with it: the mention, or None.
_Reading = Callable[[Doc, Token], Mention | None]


def _first_reading(readings: tuple[_Reading, ...], doc: Doc, tok: Token) -> Mention | None:
    """The mention the first of ``readings`` to give one gives (they run from the most particular
    shape to the loosest, so the order decides), or None."""
    return next((m for read in readings if (m := read(doc, tok)) is not None), None)


def _holder_named_after_a_title(doc: Doc, tok: Token) -> Mention | None:
    """The person named after a title the parser made the subject, or after a side's job it
    made a verb, who speaks in its place. A subject tagged a person is a title only by a post's
    letters closing the tag (`Kasarani OCS`) or as a side's job read as a verb; the other
    readings take a title the tagger left out of any person."""
    readings: tuple[_Reading, ...]
    if tok.ent_type_ == "PERSON":
        readings = (
            _holder_after_a_posts_letters,
            _holder_after_a_team_job_read_as_verb,
            _holder_after_letters_tagged_a_person,
        )
    else:
        readings = (
            _name_after_title_of,
            _holder_closing_office,
            _holder_after_a_bracketed_unit,
            _holder_after_a_team_job_read_as_verb,
        )
    return _first_reading(readings, doc, tok)


def _holder_after_a_bracketed_unit(doc: Doc, tok: Token) -> Mention | None:
    """`Deputy Commissioner of Police (South) Ankit Chauhan said`, nothing tagged: the parser
    makes the title the subject and the name after the district in brackets its conjunct (or,
    the district tagged a body, its apposition beside the district's); the person named speaks,
    the mention the name, not the title."""
    if tok.lower_ not in lexicon().role_nouns or not capitalised(tok.text):
        return None
    for name in tok.children:
        if name.dep_ in ("conj", "appos") and name.i > tok.i:
            mention = _name_after_the_brackets(doc, tok, name)
            if mention is not None:
                return mention
    return None


def _name_after_the_brackets(doc: Doc, tok: Token, name: Token) -> Mention | None:
    """The name ``name`` heads, when brackets alone stand between it and the title ``tok``."""
    if name.pos_ != "PROPN" or name.right_edge.i != name.i or name.i - tok.i > 12:
        return None
    first = name.i
    while doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == name.i and doc[first - 1].is_title:
        first -= 1
    between = doc[tok.i + 1 : first]
    if first == name.i or doc[first - 1].text != ")" or not any(t.text == "(" for t in between):
        return None
    if any(t.lower_ in AND_WORDS | {","} for t in between):
        return None
    if not (opens_person_name(doc[first]) or _plain_name_before_the_verb(doc[first : name.i + 1], tok)):
        return None
    return Mention(doc[first].idx, name.idx + len(name), name.i, "name")


def _plain_name_before_the_verb(words: Span, title: Token) -> bool:
    """`Deputy Commissioner (Fazilka) Senu Duggal said`: two or three capitalised words, none a
    body's or a job's noun, between the bracket closing a title and the title's verb are the
    holder's name, a given name the word list lacks or not (nothing else stands there)."""
    end = words[-1].i + 1
    if not 2 <= len(words) <= 3 or end >= len(words.doc) or words.doc[end].i != title.head.i:
        return False
    return all(t.is_alpha and t.is_title and not names_a_body_or_a_job(t) for t in words)


def _holder_after_a_posts_letters(doc: Doc, tok: Token) -> Mention | None:
    """`said Kasarani OCS John Mwangi`, tagged `Kasarani OCS` and `John Mwangi`, the parser
    making both subjects: a post's letters in capitals (a role noun) that close what the tagger
    called a person, right before a person's name, are the title of the one named after them,
    who speaks."""
    if tok.ent_type_ != "PERSON" or not (tok.is_upper and tok.is_alpha) or tok.i + 1 >= len(doc):
        return None
    after = doc[tok.i + 1]
    if tok.lower_ not in lexicon().role_nouns or after.ent_iob_ != "B" or after.ent_type_ != "PERSON":
        return None
    person = entity_at(doc, after)
    return None if person is None else Mention(person.start_char, person.end_char, person.end - 1, "person")


def _holder_after_letters_tagged_a_person(doc: Doc, tok: Token) -> Mention | None:
    """`Gauteng MEC for Health Ann Cole said`, `Gauteng MEC` tagged a person: a post's letters in
    capitals closing what the tagger called a person are a title as any other, the one named
    after its portfolio speaking (``_name_after_title_of``)."""
    ent = entity_at(doc, tok)
    if not (tok.is_upper and tok.is_alpha) or ent is None or ent.end != tok.i + 1:
        return None
    return _name_after_title_of(doc, tok)


def _holder_after_joined_titles(doc: Doc, tok: Token) -> Mention | None:
    """`said Kudi Pay co-founder and CEO Adewale Okonkwo`: two titles joined by `and` before a
    name, the parser splitting `co-founder` into three words and making the body (tagged a
    person) or the title the subject and the name a conjunct of the title; the person named
    after the titles speaks."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return None
    ent = entity_at(doc, tok) if tok.ent_type_ else None
    k = ent.end if ent is not None else tok.i
    lex, joined, titles = lexicon(), False, 0
    while k < len(doc) and not doc[k].ent_type_ == "PERSON":
        t = doc[k]
        if t.lower_ in AND_WORDS and titles:
            joined = True
        elif t.lemma_.lower() in lex.role_nouns or t.lower_ in lex.role_nouns:
            titles += 1
        elif not any(hyphen_joined(doc[j]) for j in (k + 1, k + 2) if j < len(doc)):
            return None  # (`co-founder` split in three: its hyphen and the parts before one)
        k += 1
    person = entity_at(doc, doc[k]) if k < len(doc) and doc[k].ent_iob_ == "B" else None
    if person is None or not joined or titles < 2 or doc[person.end - 1].head.i == tok.head.i:
        return None
    closing = person.end >= len(doc) or doc[person.end].is_punct or doc[person.end].i == tok.head.i
    return Mention(person.start_char, person.end_char, person.end - 1, "person") if closing else None


def _couple_before_the_verb(doc: Doc, tok: Token) -> Mention | None:
    """`Mr. and Mrs. Brown said`, `Dr. and Mrs. Okafor said`: two forms of address joined by
    `and` before one surname, the parser making the first title the subject and the named one
    its conjunct; the couple speaks, the mention running from the first title to the surname
    (never the bare title). After the verb the parser reads the couple otherwise
    (``_couple_after_the_verb``)."""
    if not is_honorific(tok):
        return None
    name = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i + 2), None)
    return _couple_mention(doc, tok, name)


def _couple_after_the_verb(doc: Doc, tok: Token) -> Mention | None:
    """`"…," said Mr. and Mrs. Patel`, `said Dr. and Mrs. Okafor`: after the verb the parser
    makes the surname the subject, the first title its modifier and the second that title's
    conjunct; the couple speaks as before the verb (``_couple_before_the_verb``), not *Patel*.
    (A subject that is itself a form of address is the couple before the verb, or none.)"""
    if tok.pos_ != "PROPN" or is_honorific(tok):
        return None
    first = next((c for c in tok.lefts if c.dep_ in ("nmod", "compound") and is_honorific(c)), None)
    return _couple_mention(doc, first, tok) if first is not None else None


def _couple_mention(doc: Doc, first: Token, name: Token | None) -> Mention | None:
    """The couple's mention from the title ``first`` to the surname ``name``, when a second
    title follows `and` after ``first`` and only names or titles come between it and ``name``."""
    if name is None or name.pos_ != "PROPN" or first.i + 3 > name.i:
        return None
    second = doc[first.i + 2]
    if doc[first.i + 1].lower_ not in AND_WORDS or not is_honorific(second):
        return None
    if any(not (t.pos_ == "PROPN" or is_honorific(t)) for t in doc[second.i + 1 : name.i]):
        return None
    return Mention(first.idx, name.idx + len(name), name.i, "description")


def _holder_after_a_bodys_job(doc: Doc, tok: Token) -> Mention | None:
    """`Friends of Victoria Park spokeswoman Jane Gardiner said`: the parser makes the body's
    first word the subject and the name the object of its `of`; a subject whose words run in
    capitals (and the small words of a name) to a job in small letters and a person's name that
    ends them names that person, who speaks."""
    if tok.dep_ not in _SUBJECT_DEPS or not capitalised(tok.text) or tok.ent_type_ == "PERSON":
        return None
    last = tok.right_edge
    person = entity_at(doc, last) if last.ent_type_ == "PERSON" else None
    if person is None or person.end - 1 != last.i or person.start - 2 < tok.left_edge.i:
        return None
    job = doc[person.start - 1]
    if not (job.is_lower and job.lemma_.lower() in lexicon().role_nouns):
        return None
    body = doc[tok.left_edge.i : job.i]
    # (`Queensland Nurses and Midwives' Union secretary Beth Mohle`: a plural's mark inside.)
    if not all(capitalised(t.text) or t.lower_ in NAME_SMALL_WORDS or t.text in POSSESSIVES for t in body):
        return None
    return Mention(person.start_char, person.end_char, person.end - 1, "person")


def _holder_after_a_team_job_read_as_verb(doc: Doc, tok: Token) -> Mention | None:
    """`"…," said Pirates coach Thabo Mokoena.`: the tagger reads a side's job as a present-tense
    verb (`coach`), with the side its subject and the holder its object; the side's job is never
    a verb with a person right after it in a cue, so the person named there speaks."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not capitalised(tok.text) or verb.i != tok.i + 1:
        return None
    if verb.tag_ not in ("VBP", "VB") or verb.lower_ not in lexicon().team_jobs:
        return None
    # (The cue's verb comes before the side: `said Pirates coach X`, the job its clause or
    # its subject to the parser.)
    if verb.head.i >= tok.i or verb.dep_ not in ("ccomp", "nsubj"):
        return None
    # (`Thabo Mokoena`, the object, which the tagger may tag a body: a run of words in
    # capitals right after the job, two to four of them, is the name.)
    name = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if name is None or name.pos_ != "PROPN" or not 2 <= name.i - verb.i <= 4:
        return None
    words = doc[verb.i + 1 : name.i + 1]
    # (`said Senators coach Travis Green, whose side lost 4-1`: what a comma sets off after the
    # name is no word of it.)
    set_off = name.right_edge.i == name.i or (name.i + 1 < len(doc) and doc[name.i + 1].text == ",")
    if not all(t.pos_ == "PROPN" and t.is_title for t in words) or not set_off:
        return None
    kind = "person" if name.ent_type_ == "PERSON" else "name"
    return Mention(words[0].idx, name.idx + len(name), name.i, kind)


def _envoy_to_a_country(doc: Doc, envoy: Token, to: Token) -> bool:
    """`Ambassador to Germany X`: an envoy's title, its `to` and the country it is sent to."""
    country = doc[to.i + 1] if to.i + 1 < len(doc) else None
    return country is not None and is_envoys_title(envoy) and country_sent_to(country)


def _untagged_given(tok: Token) -> bool:
    """A word in capitals the tagger left untagged that the parser joins to the name after it."""
    return tok.dep_ == "compound" and tok.is_title and not tok.ent_type_ and tok.pos_ == "PROPN"


def _office_words(doc: Doc, tok: Token) -> int:
    """The end of the run of capitalised words and a name's small words (tokens.NAME_SMALL_WORDS:
    `Minister of Works and Transport`, `Leader of the Opposition`) that opens at ``tok`` (a comma
    inside it only before another capitalised word: `Minister of Youth, Sports and …`)."""
    end = tok.i + 1
    while end < len(doc) and end - tok.i < 16:
        word = doc[end]
        glued = hyphen_between_names(doc, end) or word.text in ("'", "’") and not doc[end - 1].whitespace_
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        comma = word.text == "," and nxt is not None and capitalised(nxt.text) and nxt.is_alpha
        if not (capitalised(word.text) or word.lower_ in NAME_SMALL_WORDS or glued or comma):
            break
        end += 1
    return end


def _holder_closing_office(doc: Doc, tok: Token) -> Mention | None:
    """`Minister of Works and Transport Rohan Mohammed-Baptiste, speaking in the House, said`,
    `Opposition Spokesman on National Security Fitz Jackson-Bailey called`, `The Leader of the
    Opposition, Lemalu Kolio Fa'asavalu, described`: an office in capitals the parser made the
    subject, with its holder's name closing it, whatever the parser hung the name on; the
    holder speaks, not the office."""
    if not capitalised(tok.text) or tok.lower_ not in lexicon().role_nouns:
        return None
    end = _office_words(doc, tok)
    after = doc[end] if end < len(doc) else None
    # (`, said Deputy Mayor of London for Transport Tom Dance.`: after its verb, the sentence's
    # end closes it.)
    inverted = after is not None and after.text in (".", "!", "?") and tok.head.i < tok.i
    if after is None or not (after.text == "," or after.tag_.startswith("VB") or inverted):
        return None
    # The last stretch of the run after its glue: the portfolio's last words and the name.
    start = end
    while start - 1 > tok.i and doc[start - 1].lower_ not in NAME_SMALL_WORDS and doc[start - 1].text != ",":
        start -= 1
    if start == tok.i + 1 or start >= end:
        return None
    if doc[start - 1].text == ",":
        # Set off by commas after the office: the whole stretch is the name.
        first = start if after.text == "," and 2 <= end - start <= 4 else None
    else:
        # (`A spokesman for Prime Minister Ana Cole`: a name after its own title is whom the
        # job serves; a name right after `for` is its object.)
        first = next((k for k in range(start + 1, end) if opens_person_name(doc[k])), None)
    if first is None or doc[first - 1].lower_ in lexicon().role_nouns or is_honorific(doc[first - 1]):
        return None
    words = doc[first:end]
    role_nouns = lexicon().role_nouns
    if len(words) < 2 or any(w.lower_ in role_nouns or w.ent_type_ in ("GPE", "DATE") for w in words):
        return None
    kind = "person" if doc[first].ent_type_ == "PERSON" else "name"
    return Mention(doc[first].idx, doc[end - 1].idx + len(doc[end - 1]), end - 1, kind)


def _name_after_an_opening_participle(doc: Doc, tok: Token) -> Mention | None:
    """`Defending, Tom Barlow said …`, `Prosecuting, Ann Lee told the court`: court reports open
    on the advocate's part, a participle the tagger may take for a name and the subject, with the
    name set beside it after a comma; the speaker is the name."""
    # (The sentence asked last: finding it walks the sentence, and most words end in no -ing.)
    if not tok.lower_.endswith("ing") or tok.i + 1 >= len(doc) or tok.i != tok.sent.start:
        return None
    if doc[tok.i + 1].text != "," or tok.lower_ in lexicon().first_names:
        return None
    for c in tok.children:
        ent = entity_at(doc, c) if c.dep_ == "appos" and c.ent_type_ == "PERSON" else None
        if ent is not None and len(ent) >= 2 and ent.start == tok.i + 2:
            return Mention(ent.start_char, ent.end_char, c.i, "person")
    return None


def _title_in_capitals_tagged(doc: Doc, tok: Token) -> bool:
    """`"…," SAYS ALDERMAN`: in a headline set in capitals the tagger takes an office's title,
    alone, for a body's name; it is a description of the holder, as `says alderman` is."""
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "B" or not (tok.is_upper and tok.is_alpha):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return False
    words = lexicon()
    return tok.lower_ in words.role_nouns and tok.lower_ not in words.organization_nouns


def _tagged_name_mention(doc: Doc, tok: Token, ent: Span) -> Mention:
    """The mention of the person or body the tagger named, ``tok`` in it: a person's from the
    first part of a barrelled name or patronym to the end of a split syllable, a body's from
    its name's start."""
    names_a_person = ent.label_ == "PERSON" or _surname_in_capitals_after_a_title(ent)
    kind = "person" if names_a_person else "organization"
    first = _first_barrel(doc, ent.start) if kind == "person" else _name_start(doc, ent.start)
    first = start_before_patronym(doc, first) if kind == "person" else first
    # (`Seo Ji-` + `ah`: the mention is the whole name, as names.joined_people reads it.)
    last = end_after_second_syllable(doc, ent.start, ent.end) if kind == "person" else ent.end
    # (`Finance Minister II` + `Amir Hamzah`, tagged from the number: the office's, not the name's.)
    if kind == "person" and last - first > 1 and numbers_an_office(doc, first):
        first += 1
    return Mention(doc[first].idx, doc[last - 1].idx + len(doc[last - 1]), tok.i, kind)


def _surname_in_capitals_after_a_title(ent: Span) -> bool:
    """`President BIYA said`, the story naming `Paul Biya` elsewhere: one word in capitals after a
    title, tagged a body, is a surname when a person's name in the story holds it in title case;
    a body's letters (`President ASUU`) are never written so."""
    word = ent[0]
    if len(ent) != 1 or ent.label_ != "ORG" or not (word.is_alpha and word.is_upper) or word.i == 0:
        return False
    if len(word) < 3 or not is_title(ent.doc[word.i - 1]):
        return False
    surname = word.text[0] + word.text[1:].lower()
    return any(e.label_ == "PERSON" and surname in (t.text for t in e) for e in ent.doc.ents)


def _office_after_the_tagged_a_name(doc: Doc, tok: Token) -> bool:
    """`The Clerk said` in council minutes, the tagger taking the office, alone after `the`,
    for a one-word name: no one is named `Clerk`; it describes the holder, as `The Mayor said`
    does (role Clerk). (Tagged a body, `the Premier said` is already read as the office, by the
    article's entities, ``_title_alone``: the one the article names in it, else someone unnamed.)"""
    ent = entity_at(doc, tok) if tok.ent_type_ == "PERSON" else None
    if ent is None or len(ent) != 1 or not _titled_description(tok):
        return False
    return tok.lower_ not in lexicon().organization_nouns


def _office_misread_as_a_name(doc: Doc, tok: Token) -> bool:
    """An office the tagger took for a name or a body, that describes its holder."""
    return _title_in_capitals_tagged(doc, tok) or _office_after_the_tagged_a_name(doc, tok)


# The readings of a subject that is a title or a form of address standing for the one named
# after it (or, for a couple, with it), first that gives a mention wins.
_NAMED_AFTER_TITLES = (
    _holder_named_after_a_title,  # `Deputy Commissioner of Police (South) Ankit Chauhan said`
    _holder_after_joined_titles,  # `said Kudi Pay co-founder and CEO Adewale Okonkwo`
    _holder_after_a_bodys_job,  # `Friends of Victoria Park spokeswoman Jane Gardiner said`
    _couple_before_the_verb,  # `Mr. and Mrs. Brown said`
    _couple_after_the_verb,  # `said Mr. and Mrs. Patel`
)


def _mention_for(context: DocContext, tok: Token) -> Mention | None:
    """The speaker mention headed by ``tok``, or None when it cannot be a speaker."""
    doc = context.doc
    if _is_interview_label(context, tok) or context.in_furniture(tok.idx):
        # A byline's `said`-less name, a photo credit, a related headline: nobody speaks there.
        return None
    if is_age_description(tok):
        # Read as a pronoun of either gender: the person the story has been talking about.
        return Mention(doc[age_description_start(tok)].idx, tok.idx + len(tok), tok.i, "pronoun")
    if (age := _age_before_a_misread_verb(tok)) is not None:
        return Mention(doc[age_description_start(age)].idx, age.idx + len(age), age.i, "pronoun")
    if (officer := _officer_by_collar_number(doc, tok)) is not None:
        return officer
    tok = _apposed_to_a_fronted_place(tok)
    if tok.ent_type_ in _NOT_SPEAKER_ENTITIES and not _share_read_as_an_amount(tok):
        # `Saturday Sen. Warren said …` parsed with `Saturday` for the subject: a date, a
        # time or an amount is nobody (a share of people is somebody: `52 percent said`).
        return None
    named = _first_reading(_NAMED_AFTER_TITLES, doc, tok)
    if named is not None:
        return named
    if (listed := person_after_listed_portfolio(doc, tok)) is not None:
        # (`Women and Child Development Minister X said`, `Women` or a word of the portfolio
        # tagged a body the subject: the holder of the office the listed portfolio opens.)
        return Mention(listed.start_char, listed.end_char, listed.root.i, "person")
    if (staff := person_after_a_listed_body(doc, tok) or person_after_a_body_and_job(doc, tok)) is not None:
        # (`said Rail, Tram and Bus Union general secretary X`, `Federation of Kenya Employers
        # chief executive X said`, the body's first word the subject: the holder speaks.)
        return Mention(staff.start_char, staff.end_char, staff.root.i, "person")
    if (member := _misread_description(doc, tok)) is not None:
        return member
    if demonym_epithet(tok):
        return _noun_mention(tok)  # `“…,” the Englishman said`: a person, whatever its tag
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and not _office_misread_as_a_name(doc, tok):
        ent = entity_at(doc, tok)
        if ent is not None:
            return _person_in_entity(doc, tok, ent) or _tagged_name_mention(doc, tok, ent)
    low = tok.lower_
    if low in _RELATIVE_PRONOUNS and tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "relcl":
        return _relative_mention(context, tok)
    if tok.pos_ == "PRON" and not name_read_as_a_small_word(tok):
        if low in lexicon().pronouns:
            return Mention(tok.idx, tok.idx + len(tok), tok.i, "pronoun")
        return _one_of_them(tok)
    if (firms := _person_before_the_body_of(doc, tok)) is not None:
        return Mention(firms.start_char, firms.end_char, firms.end - 1, "person")
    if (apposed := _name_apposed(doc, tok) or _person_named_by_participle(doc, tok)) is not None:
        return apposed
    if (holder := _holder_of_a_post_a_participle_names(doc, tok)) is not None:
        return holder
    if (described := _name_an_apposition_describes(tok)) is not None:
        return described
    if _heads_a_description(tok):
        return _noun_mention(tok)
    if (noun := numbered_epithet(tok)) is not None:
        # (`the mum-of-three added`, the number parsed as the subject.)
        return Mention(tok.left_edge.idx, tok.idx + len(tok), noun.i, "description")
    if tok.pos_ == "PROPN" or name_read_as_a_small_word(tok):
        return _proper_name_mention(doc, tok)
    return None


def _officer_by_collar_number(doc: Doc, tok: Token) -> Mention | None:
    """`Sergeant 14 B said`, `said Police-constable 212 K.`: an unnamed officer, the rank the
    head (tokens.officer_by_collar_number), whichever of the words the parser made the subject."""
    officer = officer_by_collar_number(tok)
    if officer is None:
        return None
    first, rank, last = officer
    return Mention(first.idx, last.idx + len(last.text.rstrip(".")), rank.i, "description")


# Pronouns for one or some of a group (`one said`, `said another`, `others agreed`).
_ONE_OF_THEM = frozenset({"one", "another", "others", "some"})


def _one_of_them(tok: Token) -> Mention | None:
    """`“We are finished,” said another.`, `Yet another said`: one of the people the story has
    just quoted, unnamed and never someone named before (so no pronoun); not `one of the crew`
    (the crew speaks through its member)."""
    alone = all(c.dep_ == "advmod" for c in tok.children)
    if tok.lower_ in _ONE_OF_THEM and tok.dep_ in _SUBJECT_DEPS and alone:
        return Mention(tok.idx, tok.idx + len(tok), tok.i, "description")
    # (`“…,” shouted someone`, inverted, the parser making them the verb's object.)
    inverted = tok.dep_ == "dobj" and tok.i > tok.head.i
    if tok.lower_ in ("someone", "somebody") and (tok.dep_ in _SUBJECT_DEPS or inverted):
        # (`“…,” shouted someone from the public gallery`: someone unnamed, where they were.)
        end = _phrase_end(tok, ("in", "from", "at", "on"), 6)
        return Mention(tok.idx, end.idx + len(end), tok.i, "description")
    return None


def _phrase_end(tok: Token, preps: tuple[str, ...], most: int) -> Token:
    """The last word of the first phrase ``tok`` takes with one of ``preps`` (`someone in the
    crowd`, `a spokesman for the State Department`) when it ends at most ``most`` words after
    ``tok`` with no punctuation on the way; else ``tok``."""
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None:
        return tok
    last = prep.right_edge
    if last.i - tok.i > most or any(t.is_punct for t in tok.doc[tok.i : last.i + 1]):
        return tok
    return last


def _misread_description(doc: Doc, tok: Token) -> Mention | None:
    """A person described or named by words the parse misread: a party's member, a name after an
    opening participle, a position read as an adverb."""
    return (
        _one_of_a_group(tok)
        or _member_described(tok)
        or _name_after_an_opening_participle(doc, tok)
        or _position_as_adverb(tok)
    )


def _position_as_adverb(tok: Token) -> Mention | None:
    """`“…,” the loose forward said`, `the veteran forward told reporters`, `the Hurricanes loose
    forward said`: a position on a team in small letters that the tagger did not read as a noun
    (`forward`, an adverb or a name), right before the verb, closes the subject `the` opens; it
    is a description of a player, headed by the position."""
    doc = tok.doc
    verb = tok.head
    if tok.dep_ not in _SUBJECT_DEPS or not tok.i < verb.i or doc[tok.left_edge.i].lower_ != "the":
        return None
    word = doc[verb.i - 1]
    if word.pos_ == "NOUN" or not word.is_lower or word.lower_ not in lexicon().title_positions:
        return None
    if word.i < tok.i or any(t.is_punct for t in doc[tok.left_edge.i : word.i]):
        return None
    return Mention(tok.left_edge.idx, word.idx + len(word), word.i, "description")


def _person_before_the_body_of(doc: Doc, tok: Token) -> Span | None:
    """`Mr Ernest Kaggwa of Kaggwa & Co. Advocates argued`, the parser making the body's last
    word, untagged, the subject: a name in capitals closing the body a person is `of` is no
    speaker of its own; the person named before `of` speaks."""
    if tok.ent_type_ or not capitalised(tok.text) or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    k = tok.i
    # (A firm's name: words in capitals, `&`, `Co.`; at most six of them.)
    while k > 0 and tok.i - k < 6 and (capitalised(doc[k - 1].text) or doc[k - 1].text == "&"):
        k -= 1
    if k < 2 or k == tok.i or doc[k - 1].lower_ != "of" or not doc[k].ent_type_ == "ORG":
        return None
    person = entity_at(doc, doc[k - 2])
    return person if person is not None and person.label_ == "PERSON" and person.end == k - 1 else None


def _proper_name_mention(doc: Doc, tok: Token) -> Mention:
    """The name a proper noun the tagger gave no entity closes: its compounds before it, a
    double-barrelled word whole, or a body's name the tagger cut."""
    left = tok
    while left.i > 0 and _word_of_the_name(doc[left.i - 1], tok) and _proper_word(doc[left.i - 1]):
        left = doc[left.i - 1]
    # (`Ms Shaikh-Pathan added`: a double-barrelled surname is one name.)
    barrelled, right = left, tok
    while left.i > 1 and hyphen_between_names(doc, left.i - 1) and doc[left.i - 2].pos_ == "PROPN":
        left = doc[left.i - 2]
    # (Not a title's: `Secretary-Treasurer Ana Ruiz`.)
    while right.i + 2 < len(doc) and hyphen_between_names(doc, right.i + 1) and _given_name_before(tok, True):
        right = doc[right.i + 2]
    if right.i > tok.i:
        left = barrelled = tok
    # (`Cllr Kiely said`, parsed with the form of address for the subject and the surname an
    # adverb: the mention is the name the form of address opens.)
    if left is tok is right and is_honorific(tok):
        while (
            right.i + 1 < len(doc)
            and right.i - tok.i < 3
            and _given_name_before(doc[right.i + 1], True)
            and doc[right.i + 1].head.i in (tok.i, tok.head.i)
        ):
            right = doc[right.i + 1]
    # (`Paris Mayor Ana Ruiz-Cole told`, tagged no person: the given name before the
    # double-barrelled surname, up to the title.)
    # (Not a title's words: `United Auto Workers Secretary-Treasurer Ana Ruiz`.)
    surname = all(_given_name_before(doc[k], True) for k in range(left.i, barrelled.i + 1, 2))
    walk = left.i < barrelled.i and surname or right.i > tok.i
    while walk and left.i > 0 and _given_name_before(doc[left.i - 1]):
        left = doc[left.i - 1]
    # `the Australian Competition and` | `Consumer Commission said`: the body the tagger cut.
    first = start_of_cut_body(doc, left.i)
    # `West Midlands Police said`, tagged as no body: a name that ends in a body's noun.
    body = first < left.i or (left.i < tok.i and tok.lower_ in lexicon().organization_nouns)
    return Mention(doc[first].idx, right.idx + len(right), tok.i, "organization" if body else "name")


def _word_of_the_name(word: Token, tok: Token) -> bool:
    """A word before ``tok`` that belongs to its name: a compound, or a capitalised word the parser
    made a modifier inside the phrase (`The Municipal Chief Executive (MCE) for X said`, `Municipal`
    parsed so: the title is the whole of it, which the article's entities read as an office)."""
    if word.dep_ == "compound":
        return True
    return word.dep_ == "nmod" and word.is_title and word.i < word.head.i <= tok.i


def _proper_word(word: Token) -> bool:
    """A proper noun, or a given name the lists know that the tagger read as a common noun
    (`GALWAY: Councillor Seán Ó Flaithearta said`, `Seán` a plural noun to it: the mention is
    the whole name, not *Ó Flaithearta*)."""
    if word.pos_ == "PROPN":
        return True
    lex = lexicon()
    known = word.lower_ in lex.first_names and word.lower_ not in lex.role_nouns
    return word.pos_ == "NOUN" and word.is_title and known


def _given_name_before(word: Token, any_dep: bool = False) -> bool:
    return (
        (any_dep or word.dep_ == "compound")
        and word.pos_ == "PROPN"
        and word.is_title
        and not is_title(word)
        and word.lower_ not in lexicon().role_nouns
    )


def _first_barrel(doc: Doc, first: int) -> int:
    """`Jan-Peter Reuschel` tagged from `Peter`: a person's name opens at the first word of a
    double-barrelled given name."""
    while first > 1 and hyphen_between_names(doc, first - 1) and not doc[first - 2].ent_type_:
        first -= 2
    return first


def _person_in_entity(doc: Doc, tok: Token, ent: Span) -> Mention | None:
    """The person an entity the tagger got wrong stands for, if any."""
    person = person_after_a_job(ent) or person_after_a_title_inside(ent)
    if person is not None:
        # A person's name the tagger took for a place or a body (`Dutch MEP Anke van Dijk`).
        return Mention(person.start_char, person.end_char, tok.i, "name")
    if (holder := _job_holder_apposed(doc, tok, ent)) is not None:
        return holder
    if surname_tagged_apart(ent):
        given = entity_at(doc, doc[ent.start - 1])
        start = given.start if given is not None else ent.start - 1
        return Mention(doc[start].idx, ent.end_char, tok.i, "person")
    # (`The Leader of Opposition, Smt. Farida Khan, called …`: an office tagged a body; `The
    # Town Clerk (Mr. H. J. Dobbs) said`, `The Parish Clerk (Mr. X)`: one tagged a person, whole
    # or its last word, which no name opens with `the`.)
    no_name = ent.label_ != "PERSON" or tok.left_edge.lower_ == "the"
    if no_name and tok.lower_ in lexicon().role_nouns:
        if (apposed := _name_apposed(doc, tok)) is not None and apposed.kind == "person":
            return apposed
    return None


# Words before a bare place noun that open a sentence as a preposition would (`Outside court,`).
_FRONTING_PLACE_WORDS = frozenset({"outside", "inside"})


def _apposed_to_a_fronted_place(tok: Token) -> Token:
    """`Outside court, one of the mothers said …`: the parser reads the fronted place (`Outside`
    as an adjective, `court` as the subject) and hangs the speaker on it as an apposition. The
    speaker is the apposition (or the verb's second subject, as it is also parsed); the place is
    where they spoke."""
    doc = tok.doc
    if tok.dep_ not in _SUBJECT_DEPS:
        return tok
    if tok.i == 0 or doc[tok.i - 1].lower_ not in _FRONTING_PLACE_WORDS:
        return _subject_after_a_fronted_phrase(tok)
    opener = doc[tok.i - 1]
    if not (opener.is_sent_start or opener.i == 0) or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return tok
    apposed = [c for c in tok.rights if c.dep_ == "appos"]
    second = [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS and c.i > tok.i]
    return (apposed + second + [tok])[0]


def _subject_after_a_fronted_phrase(tok: Token) -> Token:
    """`Downstairs, the landlord said …`, `Overseas, the ambassador said …`: a word that sets the
    scene, opening the sentence before a comma, that the parser read as a first subject of the
    verb; the verb's second subject, right after the comma and running up to the verb with no
    comma of its own, speaks. (Not `Ruiz, the coach, said`: the commas set off an apposition;
    nor a person's name or a pronoun first, whom the words after the comma describe.)"""
    doc = tok.doc
    edge = tok.right_edge.i
    opener = doc[tok.left_edge.i]
    # (`Sentencing Martin Hale at Leeds Crown Court, Judge Sarah Okafor said`: a participle the
    # tagger read as a first name makes the one it acts on a subject; he is no speaker.)
    participle = opener.i < tok.i and opener.lower_.endswith("ing") and not opener.ent_type_
    if _named_beside_a_fronted_phrase(tok):
        return _speaker_after_a_name_beside(tok)
    person = tok.ent_type_ == "PERSON" and not participle
    if person or tok.pos_ == "PRON" or edge + 2 >= len(doc) or doc[edge + 1].text != ",":
        return tok
    if not (opener.is_sent_start or opener.i == 0 or doc[opener.i - 1].is_space):
        return tok
    verb = tok.head
    for second in verb.children:
        if second.dep_ not in _SUBJECT_DEPS or second.left_edge.i != edge + 2 or second.i > verb.i:
            continue
        if not any(t.is_punct for t in doc[second.right_edge.i + 1 : verb.i]):
            return second
    return tok


def _name_an_apposition_describes(tok: Token) -> Mention | None:
    """`Ruiz, the coach said`: a description the parser hung on a person's name as its apposition
    is the name's; not one after a name set beside a fronted phrase's noun (`In a petition to the
    collector, Mr. X, the villagers said`: X is the collector's name, the villagers speak)."""
    if tok.dep_ != "appos" or tok.head.ent_type_ != "PERSON" or _named_beside_a_fronted_phrase(tok.head):
        return None
    ent = entity_at(tok.doc, tok.head)
    return Mention(ent.start_char, ent.end_char, tok.head.i, "person") if ent is not None else None


def _named_beside_a_fronted_phrase(tok: Token) -> bool:
    """`In a letter to the union secretary, Mr. Ben Tillett, the owners said`: a name set off by
    a comma right after the noun that ends a phrase opening the sentence with a preposition, which
    the parser made a first subject of the verb, is that noun's: the one the phrase is about (here
    written to), not the speaker."""
    doc = tok.doc
    first = tok.left_edge.i
    opener = tok.sent[0]
    if tok.ent_type_ != "PERSON" or opener.tag_ != "IN" or first - 2 <= opener.i:
        return False
    if doc[first - 1].text != ",":
        return False
    noun = doc[first - 2]
    return noun.pos_ in ("NOUN", "PROPN") and any(a.i == opener.i for a in noun.ancestors)


def _speaker_after_a_name_beside(name: Token) -> Token:
    """The speaker after the comma that closes a name set beside a fronted phrase's noun: the
    verb's second subject, or what the parser hung on the name as its apposition (`…, Mr. Arjun
    Nair, the villagers said`), running up to the verb with no comma of its own; else the name."""
    doc, verb = name.doc, name.head
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return name
    after = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    after += [c for c in name.rights if c.dep_ == "appos"]
    for second in after:
        if second.left_edge.i != name.i + 2 or second.i > verb.i:
            continue
        if not any(t.is_punct for t in doc[second.right_edge.i + 1 : verb.i]):
            return second
    return name


def _one_of_a_group(tok: Token) -> Mention | None:
    """`one of the mothers said`, `another of the victims said`: one person described as one of a
    group in the plural; the mention runs to the group's noun, which heads it."""
    if tok.lower_ not in ("one", "another"):
        return None
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.tag_ != "NNS" or group.i - tok.i > 5:
        return None
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.subtree) or _untagged_name_apposed(tok):
        return None  # (`One of the men, Jessie Elkins, said`: the name speaks.)
    return Mention(tok.idx, group.idx + len(group), group.i, "description")


# Words that make a noun phrase one of a kind (`a Democrat`, `another Iowa Republican`).
_ONE_OF = frozenset({"a", "an", "the", "another", "one", "this", "that"})


def _member_described(tok: Token) -> Mention | None:
    """`a New Hampshire Republican`, `the Wisconsin Democrat`, `one Tory`: a party's or a
    people's name in the singular after an article is one of its people, described; the
    speaker is that person, not the party (nor the state before it)."""
    if tok.ent_type_ not in ("NORP", "GPE"):
        return None
    end = tok
    while end.dep_ == "compound" and end.head.i > end.i and end.head.ent_type_ in ("NORP", "GPE"):
        end = end.head
    if not names_one_member(end) or end.i - end.left_edge.i > 4:
        return None
    left = end.left_edge
    if left.lower_ not in _ONE_OF or left.i == end.i:
        return None
    # (`The panel's top Republican, Sen. John Boozman, said`: the name set beside it speaks.)
    apposed = _name_apposed(tok.doc, end)
    if apposed is not None and apposed.kind == "person":
        return apposed
    return Mention(left.idx, end.idx + len(end), end.i, "description")


_APPOSED_NAME_TAGS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT"})


def _name_apposed(doc: Doc, tok: Token) -> Mention | None:
    """`director of the Press Office, Elizabeth Trudeau`, `Spain's central bank, the Banco de
    España`: the name in apposition to a description speaks."""
    body_noun = tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().organization_nouns
    # (`said the state Police Public Relations Officer, SP Tunde Bakare`, parsed with `state` the
    # subject: the office in apposition to it, and the name in apposition to the office.)
    offices = [c for c in tok.children if c.dep_ == "appos" and c.lower_ in lexicon().role_nouns]
    # (`Her colleague, engineer John Smith, said`: the parser reads the job as a verb and the
    # name as its object.)
    held = [g for o in offices for g in o.children if g.dep_ in ("appos", "dobj") and g.i > o.i]
    held += _holder_after_the_seat_represented(tok)
    for child in [*(c for c in tok.children if c.dep_ == "appos"), *held]:
        named = child.ent_type_ in _APPOSED_NAME_TAGS
        ent = entity_at(doc, child) if named else None
        if ent is None:
            continue
        # (`its cabinet member, Cllr Dev Mistry`, `The Governor of the Central Bank, Olayemi
        # Cardoso,`: a person's name the tagger calls a body or a building.)
        if ent.label_ == "PERSON" or reads_as_person_name(ent):
            return Mention(ent.start_char, ent.end_char, child.i, "person")
        # (`The developer, Ardcarrig Homes Ltd, said`: a trade's noun beside a name that ends in a
        # body's noun is the body's; `Her landlord, Southwark Properties,`: so is one that ends in
        # the trade a company sells.)
        last = ent[-1]
        ends_a_body = capitalised(last.text) and (
            last.lemma_.lower() in lexicon().organization_nouns
            or len(ent) >= 2 and last.lower_ in lexicon().trade_name_words
        )
        if (body_noun or ends_a_body) and ent.label_ == "ORG" and not _names_the_job_holders_body(tok, child):
            return Mention(ent.start_char, ent.end_char, child.i, "organization")
    # (One of a group gives way to a name beside it however it is tagged; a description that
    # is a speaker in its own right keeps the mention, its name found later.)
    return _untagged_name_apposed(tok) if tok.lower_ in ("one", "another") else None


def _holder_after_the_seat_represented(tok: Token) -> list[Token]:
    """`The member representing Kano Central, Hon. Abdullahi Musa, said`: the parser makes the
    name after the seat and its comma the object of `representing`, the seat its modifier; the
    name is the lawmaker's (a seat's holder or `member`, models/offices.txt)."""
    if tok.lemma_.lower() not in lexicon().seat_holders | {"member"}:
        return []
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.lower_ == "representing"]
    objects = [g for v in verbs for g in v.children if g.dep_ == "dobj" and g.ent_type_ == "PERSON"]
    return [g for g in objects if any(t.text == "," and t.i < g.i for t in g.subtree)]


def _names_the_job_holders_body(job: Token, apposed: Token) -> bool:
    """`A spokeswoman for the developer, Meriton Group, said`: a body's name after a job's `for`
    (any of tokens.ORG_PREPS: `of`, `at`, `an adviser to`) and a common noun renames that noun,
    though the parser hangs it on the job; the one holding the job speaks, not the body."""
    if job.lower_ not in lexicon().role_nouns:
        return False
    for prep in (c for c in job.children if c.dep_ == "prep"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        named_after = noun is not None and noun.i < apposed.i and noun.right_edge.i + 2 >= apposed.left_edge.i
        body_noun = noun is not None and noun.pos_ == "NOUN" and kind_of_body_after_a_job(noun)
        if named_after and body_noun:
            return True
    return False


def _person_named_by_participle(doc: Doc, tok: Token) -> Mention | None:
    """`His neighbour, a retired teacher named Sita Devi, said`, `A farmer called Ramesh Kumar
    said`: `named`/`called` after a description gives the person it describes their name, so
    the person speaks, not the description."""
    if tok.pos_ != "NOUN":
        return None
    nouns = [tok, *(c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    for name in (name_given_by(verb) for noun in nouns for verb in noun.children):
        # (`a man called to the stand`, `a player named in the squad`: no name follows.)
        if name is None or (ent := entity_at(doc, name)) is None:
            continue
        if ent.label_ == "PERSON" or reads_as_person_name(ent):
            return Mention(ent.start_char, ent.end_char, name.i, "person")
    return None


def _holder_of_a_post_a_participle_names(doc: Doc, tok: Token) -> Mention | None:
    """`said the officer commanding Kilimani police station, Chief Inspector X`: the parser makes
    the job's noun the subject of the participle that names the post, and hangs the name set off
    after it on the participle's object; the name is the job's holder, and speaks."""
    verb = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    if tok.pos_ != "NOUN" or tok.lower_ not in lexicon().role_nouns or tok.dep_ not in _SUBJECT_DEPS:
        return None
    if tok.head.i != verb.i or verb.tag_ != "VBG":
        return None
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        for name in (c for c in thing.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
            ent = entity_at(doc, name)
            # (The titles before the name, `Chief Inspector`, hang on it: its left edge.)
            if ent is not None and doc[name.left_edge.i - 1].text == ",":
                return Mention(ent.start_char, ent.end_char, name.i, "person")
    return None


def _untagged_name_apposed(tok: Token) -> Mention | None:
    """`One of the party's senior advisers, Ana Ruiz, said`, the tagger giving the name no
    entity: proper nouns in apposition that read as a person's name (a given name first) are
    one, and speak for the words they describe."""
    doc = tok.doc
    for child in tok.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.ent_type_:
            continue
        left = child
        while left.i > tok.i + 1 and doc[left.i - 1].dep_ == "compound" and doc[left.i - 1].pos_ == "PROPN":
            left = doc[left.i - 1]
        name = doc[left.i : child.i + 1]
        if len(name) >= 2 and not any(t.ent_type_ for t in name) and reads_as_person_name(name):
            return Mention(name.start_char, name.end_char, child.i, "person")
    return None


def _heads_a_description(tok: Token) -> bool:
    """A common noun, or a proper noun that is one in all but its tag (an office in capitals
    after `the`; a body's noun in small letters; a judge's style after `his`, `His Lordship`; a
    club's or a company's noun as its own statements capitalise it, `the Club`)."""
    proper = tok.pos_ == "PROPN" and (
        _titled_description(tok)
        or _common_noun_tagged_proper(tok)
        or styled_after_his_or_her(tok.doc, tok)
        or _courtesy_noun_in_capitals(tok)
        or self_capitalised_body_noun(tok)
    )
    return tok.pos_ == "NOUN" or proper or _participle_for_a_party(tok)


def _courtesy_noun_in_capitals(tok: Token) -> bool:
    """`The noble Lord said`, `the hon. Member replied`: a noun of parliamentary reporting after
    `the` and its words of courtesy (models/courtesy_epithets.txt), in capitals as Hansard writes
    it, is a description of someone the story has just named, as in small letters; no name."""
    lex = lexicon()
    lefts = [c.lower_ for c in tok.lefts]
    courteous = any(w in lex.courtesy_words for w in lefts[1:])
    return tok.lower_ in lex.courtesy_nouns and lefts[:1] == ["the"] and courteous


# Participles a court report names a party to the case by (`the accused`).
_PARTIES_BY_PARTICIPLE = frozenset({"accused"})


def _participle_for_a_party(tok: Token) -> bool:
    """`“…,” pleaded the accused`, the tagger reading `accused` as a participle the verb's
    object: after `the` and alone, a party to the case, as `the defendant` is."""
    alone = [c.lower_ for c in tok.children] == ["the"]
    return tok.lower_ in _PARTIES_BY_PARTICIPLE and tok.tag_ == "VBN" and alone and tok.dep_ != "ROOT"


def _common_noun_tagged_proper(tok: Token) -> bool:
    """`Japan's finance ministry said`, the tagger calling `ministry` a proper noun: a body's
    noun in small letters is no name (a name is written in capitals), so the mention is the
    noun phrase, `Japan's finance ministry`, not the one word; so is a person's noun in small
    letters (`“…,” said the accused`, models/person_nouns.txt), and a job's (`“…,” the onetime
    minister said`, `onetime` read as a compound of it: the mention is *the onetime minister*)
    after a determiner."""
    lex = lexicon()
    # (A job's only after a determiner: a headline's bare `skipper says` stays the word it was.)
    job = tok.lower_ in lex.role_nouns and any(c.dep_ == "det" for c in tok.lefts)
    person = tok.lower_ in lex.person_nouns or job
    return tok.is_lower and (tok.lemma_.lower() in lex.organization_nouns or person)


def _titled_description(tok: Token) -> bool:
    """`the Leader of the Opposition`, `the Minister for Health`: an office written in capitals
    after `the` describes its holder; it is no name. (Capitalised words before the office make
    it a name: `The New Hampshire Union Leader`.)"""
    # (`the Director-General of the agency`: the title's first half and hyphen are no name.)
    hyphened = hyphen_between_names(tok.doc, tok.i - 1)
    lefts = [c.lower_ for c in tok.lefts if not (hyphened and c.i >= tok.i - 2)]
    # (`the Minister said`, an office in capitals alone, is one too; so is a transcript's label,
    # `The CORONER :`, the parser hanging the colon on the office.)
    alone = all(c.dep_ == "punct" and c.text == ":" for c in tok.rights)
    # (`an opposition MSP has said`, `said one Labour MP`, `the Conservative MP for Ryedale`: a
    # seat's letters after an article or a number, whatever words come between, describe a member.)
    openers = (["a"], ["an"], ["the"], ["one"], ["another"])
    # (`The firm's CEO told`, `Kamau's potential VP then told`: so do a post's letters after an
    # owner, who has the post; a name is nobody's.)
    owned = any(c.dep_ == "poss" for c in tok.lefts)
    letters = tok.is_upper and len(tok) >= 2 and (lefts[:1] in openers or owned)
    # (`the Duke of Lenton said`, `the Prince of Wales`: a title of rank, a proper noun to the
    # parser, is an office so written too.)
    lex = lexicon()
    return (
        (tok.lower_ in lex.role_nouns or tok.lower_ in lex.office_titles)
        and (lefts == ["the"] or letters)
        and (alone or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.rights))
    )


def _job_holder_apposed(doc: Doc, body: Token, ent: Span) -> Mention | None:
    """`Assam State Disaster Management Authority (ASDMA) chief executive officer Gyanendra
    Dev Tripathi told reporters`: the bracketed short form cuts the job from its body, and the
    parser hangs job and name on the body as appositions; the person named after the job
    speaks, not the body."""
    role_nouns = lexicon().role_nouns
    if ent.label_ == "PERSON":
        holder = _holder_after_a_job_of_a_field(doc, body, ent)
        # (`Galway Chamber senior economist Ana Flett said`, the body tagged a person.)
        if holder is not None or ent[-1].lower_ not in lexicon().organization_nouns:
            return holder
    under = _holder_under_the_body(doc, body, ent)
    for child in _appositions_down(body) + _appositions_on_an_owned_job(ent) + under:
        person = entity_at(doc, child) if child.ent_type_ == "PERSON" else None
        if person is None:
            continue
        between = doc[body.i + 1 : person.start]
        # (`The Institute for Fiscal Studies's director, Paul Johnson,`: a job the body owns,
        # set off by a comma, with the body parsed as the subject.)
        owned = any(t.tag_ == "POS" for t in between)
        # (`The Kenya Union of Clinical Officers secretary-general, Dr X, said`: the job right
        # after the body's name, no comma before it, and only the name set off by one.)
        comma = next((t.i for t in between if t.text == "," and t.i >= ent.end), person.start)
        jobs = [t for t in between if t.lower_ in role_nouns]
        if jobs and (owned or jobs[0].i < comma):
            return Mention(person.start_char, person.end_char, child.i, "person")
    return None


def _appositions_down(body: Token) -> list[Token]:
    """The appositions on ``body``, and those on a job among them (`Galway Chamber senior
    economist Ana Flett said`, the name hung on the job and the job on the body)."""
    apposed = [c for c in body.rights if c.dep_ == "appos"]
    role_nouns = lexicon().role_nouns
    return apposed + [c for a in apposed if a.lower_ in role_nouns for c in a.rights if c.dep_ == "appos"]


def _holder_under_the_body(doc: Doc, body: Token, ent: Span) -> list[Token]:
    """`said Confederation of Indian Industry President Sanjiv Puri`: the parser makes the body
    the subject and makes the name after its title the object of the body's own `of`; the name
    right after the body's tagged name and one title in capitals is then the title holder's (not
    a name hung on another word of the body, as on the `on` of `Council on Trade Relations`)."""
    title = doc[ent.end] if ent.end + 1 < len(doc) else None
    if title is None or not title.is_title or title.lower_ not in lexicon().role_nouns:
        return []
    person = entity_at(doc, doc[ent.end + 1])
    if person is None or person.label_ != "PERSON" or person.start != ent.end + 1:
        return []
    of = person.root.head
    return [person.root] if of.lower_ == "of" and of.head == body and person.root.dep_ == "pobj" else []


def _appositions_on_an_owned_job(ent: Span) -> list[Token]:
    """`Doctors Without Borders' medical director, Paul Mensah, said`, `Save the Children's chief
    executive, Gwen Hines, told`: the parser splits the body's name at its small word or reads its
    first word as a verb, and hangs the job the name owns on a word of it (as the object of `of`,
    `Without` or `Save`); the appositions on that job."""
    role_nouns = lexicon().role_nouns
    jobs = [t.head for t in ent if t.dep_ == "poss" and t.head.i >= ent.end and t.head.lower_ in role_nouns]
    return [c for job in jobs if ent.root.is_ancestor(job) for c in job.rights if c.dep_ == "appos"]


def _holder_after_a_job_of_a_field(doc: Doc, body: Token, ent: Span) -> Mention | None:
    """`Moana Toa director of rugby Sione Tapu said`, the side tagged a person and made the
    subject: the name right after the field a job is `of` is the job's holder
    (tokens.job_of_a_field_before), and speaks, not the words before the job."""
    if body.i != ent.end - 1 or ent.end + 3 >= len(doc) or not doc[ent.end].is_lower:
        return None
    name = entity_at(doc, doc[ent.end + 3])
    if name is None or name.start != ent.end + 3 or not job_of_a_field_before(doc[name.start]):
        return None
    holder = name if name.label_ == "PERSON" else person_after_a_job(name)
    if holder is None:
        return None
    return Mention(holder.start_char, holder.end_char, holder.end - 1, "person")


def _name_start(doc: Doc, first: int) -> int:
    """The token where a body's name starts that the tagger read from its second word (`Police
    Scotland`, `Transport for London` tagged `Scotland`, `London`): the capitalised words of
    the name before the entity, which the parser joins to it."""
    while first > 0:
        word = doc[first - 1]
        if word.pos_ != "PROPN" or word.dep_ != "compound" or word.head.i < first or word.ent_type_:
            break
        if not capitalised(word.text) or is_honorific(word):
            break
        first -= 1
    return first


def _relative_mention(context: DocContext, tok: Token) -> Mention | None:
    """`said Beck, who added that …`: `who` stands for the person its clause hangs on."""
    if tok.lower_ != "who":
        # `an ad that urges voters to …`, `the resolution, which said …`: `that` and
        # `which` mostly stand for a thing (an ad, a sign, a report), whose words are
        # nobody's we can name; `who` stands for a person.
        return None
    antecedent = tok.head.head
    antecedent = _member_counted_among(antecedent) or antecedent
    if antecedent.i != tok.i and antecedent.lower_ not in _RELATIVE_PRONOUNS:
        target = _mention_for(context, antecedent)
        if target is not None:
            return Mention(tok.idx, tok.idx + len(tok), tok.i, "relative", target)
    return None


def _member_counted_among(group: Token) -> Token | None:
    """`Ana Ruiz is among those who say …`, `Ruiz was one of the traders who said …`: the
    subject the sentence counts in the group a `who` clause describes says it too, and is who
    the row can name (`those` names nobody). None when ``group`` is not so counted."""
    place = group.head
    if group.dep_ != "pobj" or place.i == group.i:
        return None
    if place.lower_ == "of" and place.head.lower_ == "one" and place.head.dep_ == "attr":
        place = place.head
    elif place.lower_ != "among" or place.dep_ != "prep":
        return None
    copula = place.head
    if copula.lemma_.lower() != "be" or copula.i > place.i:
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)


def _noun_mention(tok: Token) -> Mention:
    """A noun phrase that describes a speaker (`the charity's chair`) or names a body by its
    kind (`the council`)."""
    doc = tok.doc
    # The noun phrase's own words: not a clause hung before it (`Speaking after the hearing,
    # the charity's chair`), nor a predeterminer that belongs to the sentence's frame (`“…,”
    # was all the coach would say`: the coach).
    skip = ("advcl", "punct", "cc", "prep", "npadvmod", "intj", "predet")
    own = [c for c in tok.lefts if c.dep_ not in skip]
    left = own[0].left_edge if own else tok
    # (`13:55 GMT – Tourism minister says …`: a live blog's time stamp is no part of it.)
    dashes = [t.i for t in doc[left.i : tok.i] if t.text in _DASHES and (t.text != "-" or t.whitespace_)]
    if dashes:
        left = doc[dashes[-1] + 1]
    while left.i < tok.i and left.is_punct:
        left = doc[left.i + 1]
    # keep `for the State Department` / `of the campaign` with the noun
    end_tok = _phrase_end(tok, ("for", "of", "at", "with", "to", "in"), 8)
    # `the mother-of-three`: words joined to the noun by hyphens are the noun's.
    if end_tok is tok:
        while (
            end_tok.i + 2 < len(doc)
            and doc[end_tok.i + 1].text == "-"
            and not end_tok.whitespace_
            and not doc[end_tok.i + 1].whitespace_
        ):
            end_tok = doc[end_tok.i + 2]
    kind = "organization" if tok.lemma_.lower() in lexicon().organization_nouns else "description"
    return Mention(left.idx, end_tok.idx + len(end_tok), tok.i, kind)


# Reporting verbs whose passive subject is still the speaker (`she was quoted as saying`).
_PASSIVE_SPEAKER_CUES = frozenset({"quote", "cite"})
# Verbs of saying whose passive takes what was told (`she's told the bridge is safe`, `he's
# asked to stand down`: she is told, he is asked), so that a contracted `'s` before them is
# `has` only when whom they address follows as the object (`he's told reporters the …`).
_ADDRESSING_VERBS = frozenset(
    {"tell", "ask", "warn", "advise", "assure", "inform", "remind", "urge", "promise", "instruct", "order"}
)
_CONTRACTED_IS_OR_HAS = frozenset({"'s", "\u2019s"})


def perfect_read_as_passive(verb: Token) -> bool:
    """`She's said the budget is tight`, `who's argued for years that …`: the parser reads the
    contracted `'s` before a participle as `is`, the verb as a passive and its subject as what
    was said. A verb of saying in the passive takes no clause of its own (`is said to be` takes
    an infinitive, `it's said that` an empty `it`), so where one governs a clause the `'s` is
    `has` and the subject is who said it; a verb that addresses somebody needs its object too."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.lower_ not in _CONTRACTED_IS_OR_HAS:
        return False
    # (The parser may still call the subject `nsubj`: `Haugland, who's argued that …`.)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.lower_ == "it" or any(c.dep_ == "agent" for c in verb.children):
        return False
    deps = {c.dep_ for c in verb.children}
    if verb.lemma_.lower() not in _ADDRESSING_VERBS:
        return "ccomp" in deps
    # (`She's told the stalls will close`: the parser takes the clause's subject for the
    # object; whom one tells is people or a body, `He's told Parliament the …`.)
    told = [c for c in verb.children if c.dep_ == "dobj"]
    addressed = any(_is_addressed(c) for c in told)
    return addressed and bool(deps & {"ccomp", "xcomp"})


def _is_addressed(tok: Token) -> bool:
    """Whether an object can be whom something is told: people, or a body (`Parliament`)."""
    return tok.tag_ == "PRP" or tok.ent_type_ in ("PERSON", "ORG", "NORP") or _is_a_person(tok)


def _passive_agent(verb: Token) -> Token | None:
    """The `by X` of a passive cue; the parser often hangs it on the quoted noun instead, so a
    `by` + named person or organisation anywhere in the clause counts too."""
    for tok in verb.subtree:
        if tok.lower_ != "by" or tok.dep_ not in ("agent", "prep"):
            continue
        for obj in tok.children:
            if obj.dep_ == "pobj" and (tok.dep_ == "agent" or obj.ent_type_ in ("PERSON", "ORG")):
                return obj
    return None


def _told_as_a_headlines_passive(doc: Doc, verb: Token) -> bool:
    """`Pipes "at breaking point", council told`, `NHS "on its knees", inquiry told`: a headline
    writes `X told` for `X was told`; `told` with nothing told and no one told after it, closing
    its line, has the hearer for its subject (no speaker says `"…," she told.`)."""
    if verb.lemma_.lower() != "tell" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in _TOLD_OBJECTS and c.i > verb.i for c in verb.children):
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return after is None or "\n" in verb.whitespace_ or after.is_space or after.text in (".", "!", "?")


# What `told` has after it where its subject speaks: the one told, what is told, the occasion.
_TOLD_OBJECTS = frozenset({"dobj", "dative", "iobj", "ccomp", "xcomp", "prep", "agent", "attr", "npadvmod"})


def _subject_split_off(verb: Token, subject: Token) -> bool:
    """`State-owned utility Eskom's spokesman, X, said`, parsed as two subjects, `utility` and
    `spokesman`: a subject whose words run straight on into a second subject of the same verb
    is the opening of one noun phrase the parser split; the second holds its head."""
    # (Not a subject its own clause or list goes on from: `figures — whose party … — both
    # suggested`, `45% of Republicans, 28% of independents … say`.)
    last = subject.right_edge
    # (Nor one with a preposition, whose object the parser hung apart: `A spokesman for Ontario
    # Premier Doug Ford said`, where the premier is the spokesman's `for`.)
    clause = any(t.dep_ in ("relcl", "acl", "advcl", "ccomp", "prep") for t in subject.subtree)
    if clause or last.pos_ == "CCONJ" or not last.text[:1].isalnum():
        return False
    after = last.i + 1
    # (Nor a relative's own subject: `The hacker whose cyber-mischief revealed`.)
    return any(
        other.dep_ in _SUBJECT_DEPS
        and subject.i < other.i < verb.i
        and other.left_edge.i == after
        and other.left_edge.lower_ not in RELATIVE_PRONOUNS
        for other in verb.children
    )



def _subject_across_a_quote(verb: Token, subject: Token, idx: QuoteIndex) -> bool:
    """`His final verdict: “It is not enough,” he said.`, parsed with `verdict` and `he` both
    subjects of `said`: a subject with a quote between it and the verb gives way to a second
    subject after that quote, right before the verb, which is the one the cue goes with."""
    inside = [i for i in range(subject.i + 1, verb.i) if not idx.outside(i)]
    if not inside:
        return False
    return any(
        other.dep_ in _SUBJECT_DEPS and inside[-1] < other.i < verb.i and idx.outside(other.i)
        for other in verb.children
    )


def _named_subject_after(doc: Doc, verb: Token, description: Token, idx: QuoteIndex) -> Mention | None:
    """A person's name that is a second subject of ``verb``, set off from ``description`` by a
    comma, or right after the description's portfolio and right before the verb (`DA
    spokesperson on energy Tom Hale said`), if there is one."""
    for child in verb.children:
        if child.i <= description.i or child.dep_ not in _SUBJECT_DEPS or child.ent_type_ != "PERSON":
            continue
        between = doc[description.i + 1 : child.i]
        set_off = any(t.text == "," for t in between) and len(between) <= 4
        set_off = set_off or _name_after_comma(doc, description, child)
        # (`Outside court, Islamic Council president Adel Salman said`: the name's own phrase,
        # a title before it, opens right after the comma closing the description.)
        closed = doc[description.right_edge.i].text == ","
        set_off = set_off or (closed and child.left_edge.i == description.right_edge.i + 1)
        portfolio = child.left_edge.i == description.right_edge.i + 1 and child.i + 1 == verb.i
        if idx.outside(child.i) and (set_off or portfolio and len(between) <= 6):
            return _mention_for(idx.context, child)
    return None


def _name_after_comma(doc: Doc, description: Token, name: Token) -> bool:
    """`said the Director-General of the agency, Mr Tomas Ferreira`: a person's name (with its
    honorifics) that opens right after a comma closing the whole description."""
    person = entity_at(doc, name)
    if person is None:
        return False
    first = _with_honorifics(doc, person.start, description.i + 1)
    return first == description.right_edge.i + 2 and doc[first - 1].text == ","


def _with_honorifics(doc: Doc, first: int, floor: int) -> int:
    """Where a name opening at token ``first`` starts with the honorifics before it (`, Dr Owain
    Rhys,`), going no further left than token ``floor``."""
    while first > floor and doc[first - 1].lower_.rstrip(".") in lexicon().honorifics:
        first -= 1
    return first


def _name_set_off_before(doc: Doc, verb: Token, description: Token, idx: QuoteIndex) -> Mention | None:
    """`Its vice-president for Wales, Dr Owain Rhys, told …`: a person's name set off by commas
    between a description and its verb is that description, however the parser hung it (on a
    word of a hyphenated job, on the place the job is for)."""
    # (entities.name_between_commas reads this shape too: there the person and role, here the mention.)
    end = verb.i - 1
    if end < 1 or doc[end].text != "," or doc[end - 1].ent_type_ != "PERSON" or not idx.outside(end - 1):
        return None
    person = entity_at(doc, doc[end - 1])
    if person is None or person.end != end:
        return None
    first = _with_honorifics(doc, person.start, description.i + 1)
    if first <= description.i + 1 or doc[first - 1].text != ",":
        return None
    between = doc[description.i + 1 : first - 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" or not idx.outside(t.i) for t in between):
        return None
    if _holder_of_the_job_it_is_for(doc, between, person):
        return None
    return _mention_for(idx.context, doc[end - 1])


def _holder_of_the_job_it_is_for(doc: Doc, between: Span, person: Span) -> bool:
    """`Jane Carter, the MP for Lenton, …. A spokeswoman for the local MP, Jane Carter, said`:
    a name after a job a description is `for` is that job's holder, not the description, when
    the story has named the person so before (beside the name, or as a title before it)."""
    jobs = {t.lemma_.lower() for t in between if t.dep_ == "pobj" and t.lower_ in lexicon().role_nouns}
    if not jobs:
        return False
    surname = person[-1].lower_
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end > between.start or ent[-1].lower_ != surname:
            continue
        near = set_beside(ent.root)
        near += list(doc[max(ent.start - 3, 0) : ent.start]) + list(doc[ent.end : ent.end + 1])
        if any(t.lemma_.lower() in jobs for t in near):
            return True
    return False


def _subject_of(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    if _told_as_a_headlines_passive(doc, verb):
        return None
    # (`The Tribune cited the commissioner as saying: “…”`: the paper's object speaks, not the paper.)
    quoted = quoted_object(verb, idx) or quoted_object(saying_under_as(verb), idx)
    if quoted is not None:
        return quoted
    if verb.dep_ == "amod" and _after_an_age(verb) and idx.outside(verb.i - 1):
        return _mention_for(idx.context, doc[verb.i - 1])
    for child in verb.children:
        if child.i < verb.i and is_age_description(child) and idx.outside(child.i):
            return _mention_for(idx.context, child)
        if child.dep_ in _SUBJECT_DEPS and idx.outside(child.i) and idx.same_paragraph(child, verb):
            if _subject_split_off(verb, child) or _subject_across_a_quote(verb, child, idx):
                continue
            passive = child.dep_ == "nsubjpass" and not perfect_read_as_passive(verb)
            if passive and verb.lemma_.lower() not in _PASSIVE_SPEAKER_CUES:
                # `Her food gets described as “comfort cooking”`: the passive subject is what
                # is described (or who is told), not who speaks; the speaker, if named, is the
                # agent (`… by critics`).
                agent = _passive_agent(verb)
                m = _mention_for(idx.context, agent) if agent is not None and idx.outside(agent.i) else None
                if m is not None:
                    return m
                continue
            m = _misread_verbs_subject(idx, child) or _mention_for(idx.context, child)
            described = m is not None and m.kind == "description"
            last = _last_of_a_hyphened_subject(doc, child) if described else child
            if m is not None and last != child:
                # (`said the chamber's vice-president, Peter Lang`: what is set off after a job
                # the parser split at its hyphen hangs on the word after the hyphen.)
                named = _mention_for(idx.context, last)
                m = named if named is not None and named.kind == "person" else replace(m, head=last.i)
                child = last
            if m is not None and m.kind != "person":
                # `Cofek secretary-general Dr Jane Wambui described …`: a long job read as the
                # subject, the name of its holder closing it right before the verb.
                m = _holder_before_verb(doc, verb, child) or m
            if m is not None:
                # (`Outside court, X said`: a body's noun in small letters, read as one.)
                common = m.kind == "organization" and child.pos_ == "NOUN" and child.is_lower
                if m.kind == "description" or common:
                    # `the charity's chair, Linda Okafor, said`, parsed as two subjects: the
                    # name the parser failed to set in apposition is the one who speaks.
                    named = _named_subject_after(doc, verb, child, idx) or _name_set_off_before(
                        doc, verb, child, idx
                    )
                    if named is not None:
                        return named
                return m
    named = _name_read_as_a_compound(doc, verb, idx)
    if named is not None:
        return named
    return _subject_up_the_clause(doc, verb, idx)


def _last_of_a_hyphened_subject(doc: Doc, subject: Token) -> Token:
    """`said the chamber's vice-president, Peter Lang`, parsed with `vice`, the hyphen and
    `president` each a subject of the verb: the subject is the word after the last hyphen, on
    which the rest of the phrase (its name in apposition, its `of`) hangs."""
    word = subject
    while word.i + 2 < len(doc) and doc[word.i + 1].text == "-":
        after = doc[word.i + 2]
        if not (doc[word.i + 1].head == after.head == subject.head and after.dep_ == subject.dep_):
            break
        word = after
    return word


def _misread_verbs_subject(idx: QuoteIndex, subject: Token) -> Mention | None:
    """`Brenner accused management of “…” and said …`, parsed as one noun phrase with
    `accused` for an adjective on `management`: the name the parser made that verb's subject
    is the subject of the sentence."""
    for verb in subject.lefts:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN"):
            continue
        for name in verb.lefts:
            if name.dep_ == "nsubj" and name.pos_ == "PROPN" and idx.outside(name.i):
                return _mention_for(idx.context, name)
    return None


def _holder_before_verb(doc: Doc, verb: Token, subject: Token) -> Mention | None:
    """The person's name that closes a job-and-body subject right before ``verb`` (`County
    Executive Committee Member for Water Ms Faith Atieno Odhiambo called`, `Cofek
    secretary-general Dr Gilbert Langat described`): tagged a person or after a form of
    address, with a job word before it in the subject."""
    last = doc[verb.i - 1] if verb.i > 0 else None
    if last is None or last.pos_ != "PROPN" or not last.is_title and last.ent_type_ != "PERSON":
        return None
    first = last.i
    while first - 1 > subject.i and doc[first - 1].pos_ == "PROPN" and not is_honorific(doc[first - 1]):
        first -= 1
    whole = entity_at(doc, last)
    if whole is not None and whole.label_ == "PERSON" and subject.i < whole.start < first:
        first = whole.start  # (`Jacobus “Kobus” van der Merwe`: a nickname inside the name)
    # (`Associate professor of law at Lenton University Sarah Jones said`: the words in capitals
    # before the name are the body the job is at, the name the one tagged a person after it.)
    at_body = whole is not None and whole.label_ == "PERSON" and _body_ends_before(doc, whole.start)
    if at_body and whole is not None and first < whole.start:
        first = whole.start
    addressed = is_honorific(doc[first - 1])
    tagged = last.ent_type_ == "PERSON" and last.ent_iob_ == "I" or doc[first].ent_type_ == "PERSON"
    own = subject.left_edge.i <= first and (last.i <= subject.right_edge.i or last.head.i == verb.i)
    role_nouns = lexicon().role_nouns
    before = doc[subject.left_edge.i : first - 1 if addressed else first]
    job = any(t.lower_ in role_nouns for t in before)
    # (`Mayor Ann Cole and Cllr Tom Hale said`, `Ruto's aide Tom Hale said`: another person in
    # the subject may be the one it describes; left to the rules that read it.)
    other = any(t.ent_type_ == "PERSON" or is_honorific(t) for t in before)
    # (`A spokesman for candidate Ann Cole said`: a name after a preposition, with no form of
    # address, is whom the job is for, not its holder.)
    # (`The spokesperson for health Tom Hale said`: a portfolio, a common noun that is no job,
    # right before the name, does not govern it.)
    portfolio = doc[first - 1].pos_ == "NOUN" and doc[first - 1].lower_ not in lexicon().role_nouns
    # (`professor of law at Lenton University Sarah Jones`: a name right after a body's is no
    # one the job is for; a job is held at a body, for a person.)
    governed = not portfolio and not at_body and any(t.dep_ == "prep" for t in doc[subject.i : first])
    if first - subject.i < 1 or not (addressed or tagged and not governed) or not own or not job or other:
        return None
    return Mention(doc[first].idx, last.idx + len(last), last.i, "person")


def _body_ends_before(doc: Doc, start: int) -> bool:
    """Whether a body's name the tagger tagged (an organisation or a facility) ends right before
    token ``start``."""
    return start > 0 and doc[start - 1].ent_type_ in ("ORG", "FAC") and doc[start].ent_iob_ == "B"


def _name_read_as_a_compound(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`“…,” Ana Ruiz notes.`, parsed as a noun phrase `Ana Ruiz notes` though the cue is
    tagged a verb: the name between the quote and the cue, which the parser hung on it as a
    compound (a verb has none), is its subject."""
    # (In a headline set in Title Case every word is capitalised and the parse is no guide.)
    a_verb = verb.tag_.startswith("VB") or _present_read_as_a_plural(verb)
    if not a_verb or not verb.is_lower or verb.i == 0:
        return None
    name = doc[verb.i - 1]
    document = _a_cited_document(name)
    if name.dep_ != "compound" or name.head.i != verb.i or not idx.outside(name.i):
        return None
    if name.pos_ != "PROPN" and not document:
        return None
    first = name.i - 1 if document else name.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    # (Right after the quote: `,” Ana Ruiz notes`; not a headline's `Spurns offer`.)
    if first == 0 or not doc[first - 1].is_punct:
        return None
    if document:  # (its determiner with it, which the parse hung on the verb)
        return Mention(doc[first].idx, name.idx + len(name), name.i, "description")
    return _mention_for(idx.context, name)


def _subject_up_the_clause(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`Trump laughed and said …`, `…, adding that …`, `… by saying`, `issued a statement
    saying …`: for a cue with no subject of its own, the subject of the verb it hangs on."""
    head = verb
    described = False
    echoed = _speech_clause_before(doc, verb, idx)
    if echoed is not None:
        return echoed
    for _ in range(5):
        # `issued a statement saying …`, `sent an email saying …`: past the participle's noun
        # to the verb whose object it is.
        climbs = head.dep_ in _CLIMB_DEPS or (described and head.dep_ in ("dobj", "dative"))
        # `Sen. Ann Cole, noting the size of his following, said, “…”`, parsed with the
        # participle as the root and the cue hung on it with no subject of its own.
        climbs = climbs or (head.dep_ == "parataxis" and head.head.tag_ == "VBG")
        if not climbs or head.head.i == head.i or not idx.same_paragraph(head, head.head):
            break
        noun = head.head
        if head.dep_ == "acl" and (
            noun.ent_type_ in ("PERSON", "ORG") or _is_a_person(noun) and not _is_recipient(noun)
        ):
            # `a video of Trump saying …`, `a man shouting …`: the noun the participle
            # describes speaks (not `an email to supporters saying …`: they receive it).
            return _mention_for(idx.context, noun)
        # (`a play called “…”` names the play: nobody says it.)
        naming = verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING_LEMMAS
        described = described or head.dep_ == "acl" and not naming
        head = noun
        if head.pos_ not in ("VERB", "AUX"):
            continue
        # Nearest the verb first: `Speaking in Salem, New Hampshire, Trump went after Bush,
        # calling him …` is parsed with two subjects, and the place is not the one who went.
        for child in sorted(head.lefts, key=lambda t: -t.i) + list(head.rights):
            if child.dep_ in _SUBJECT_DEPS and idx.outside(child.i) and idx.same_paragraph(child, head):
                m = _mention_for(idx.context, child)
                reported = head.dep_ == "ccomp" and _is_cue(head.head)
                if m is not None and reported:
                    # `Ruiz argued that the levy would fail, adding …`, `she says she will
                    # publish them, calling them …`, `Cardin said Republicans rejected his
                    # plan, calling it …`: the parser hangs the participle on the reported
                    # clause, but the one who reports it is the one who goes on speaking.
                    reporter = _subject_of(doc, head.head, idx)
                    if reporter is not None and idx.same_paragraph(head, head.head):
                        return reporter
                if m is not None:
                    return m
    return None


def _speech_clause_before(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """`It was a sharp exchange, as Ms Okafor echoed the complaint, saying …`: a participle of
    saying the parser hung on the main clause, with a clause of saying between them whose
    subject is named, goes on from that clause's speaker, not from the main clause's `It`."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    head = verb.head
    between = [
        c for c in head.children if head.i < c.i < verb.i and c.dep_ in ("advcl", "conj") and _is_cue(c)
    ]
    for clause in sorted(between, key=lambda c: -c.i):
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and idx.outside(c.i)), None)
        if subject is not None and idx.same_paragraph(subject, verb):
            return _mention_for(idx.context, subject)
    return None


_NAMING_LEMMAS = frozenset({"call", "dub", "label", "term", "title", "name"})


def _is_recipient(tok: Token) -> bool:
    """`to supporters`, `to employees`: the ones a message goes to."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to"


def _is_a_person(tok: Token) -> bool:
    """Whether a common noun names a person (`a man`, `the senator`)."""
    return tok.pos_ == "NOUN" and lexicon().names_a_person(tok.lemma_.lower())


def subject_mention(doc: Doc, verb: Token, idx: QuoteIndex) -> Mention | None:
    """Who ``verb`` (a verb of saying) names as its speaker: its subject, the agent of a
    passive, or the subject of the verb it hangs on; None when nobody outside quote marks."""
    return _subject_of(doc, verb, idx)


def mention_at(context: DocContext, tok: Token) -> Mention | None:
    """The speaker mention headed by ``tok`` (a name, a description, a pronoun), or None
    when it cannot be a speaker (a date, page furniture)."""
    return _mention_for(context, tok)


# How far the nearest-mention rules look: further than this many tokens, within one sentence,
# nobody is "the nearest speaker", and an unbounded look made a text of thousands of quote
# marks in one run-on "sentence" quadratic (issue 15).
_MAX_LOOK = 120


def quoted_object(verb: Token, idx: QuoteIndex) -> Mention | None:
    """`The Daily Nation quoted him as saying …`: the saying is the quoted person's, the
    object of the verb of quoting, not its subject (the paper)."""
    quoting = quoted_as_saying(verb)
    obj = None if quoting is None else next((c for c in quoting.children if c.dep_ == "dobj"), None)
    if obj is None or not idx.outside(obj.i):
        return None
    return mention_at(idx.context, obj)


def _nearest_mention(doc: Doc, first: int, last: int, idx: QuoteIndex, reverse: bool) -> Mention | None:
    """The closest speaker-like mention among tokens [first, last), outside quotes, at most
    ``_MAX_LOOK`` tokens away."""
    if last - first > _MAX_LOOK:
        first, last = (last - _MAX_LOOK, last) if reverse else (first, first + _MAX_LOOK)
    order = range(last - 1, first - 1, -1) if reverse else range(first, last)
    for i in order:
        tok = doc[i]
        if not idx.outside(i):
            continue
        speaker_like = tok.ent_type_ in ("PERSON", "ORG") or _name_after_a_post_inside(tok)
        if speaker_like or (tok.pos_ == "PRON" and tok.lower_ in lexicon().pronouns):
            m = _mention_for(idx.context, tok)
            if m is not None:
                return m
    return None


def _name_after_a_post_inside(tok: Token) -> bool:
    """`Lagos DCP Fatai Owoseni` tagged one work of art, `DCP` a verb: the last word of a span
    the tagger tagged anything but a name after a post by its letters inside it is the end of
    the holder's name."""
    ent = entity_at(tok.doc, tok) if tok.ent_type_ and tok.pos_ == "PROPN" else None
    if ent is None or tok.i != ent.end - 1:
        return False
    return any(is_post_by_its_letters(t) for t in ent[: tok.i - ent.start - 1])


def _ends_sentence(doc: Doc, i: int) -> bool:
    """A full stop, question or exclamation mark that ends a sentence: not the stop of an
    abbreviation the tokenizer split off (`Port Elgin, Ont., said`)."""
    if doc[i].text not in _TERMINATORS:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.text == "," or nxt.text[:1].islower())


def _window_after(doc: Doc, span: QuoteSpan, idx: QuoteIndex, p_end: int) -> tuple[int, int]:
    """Tokens from the closing mark to the end of the attribution clause."""
    if span.close_mark < 0 and doc.text[span.open_mark] not in SPEECH_DASHES:
        return 0, 0  # the quote runs on: no attribution after it (a dash's words have no mark to close them)
    first, _ = idx.token_range(span.outer_end, span.outer_end + 1)
    # A no-break space after the closing mark is a token of its own: not a word of the clause.
    while first < len(doc) and doc[first].is_space and doc[first].idx < p_end and "\n" not in doc[first].text:
        first += 1
    last = first
    while last < len(doc) and doc[last].idx < p_end:
        if not idx.outside(last) or _ends_sentence(doc, last):
            break
        last += 1
    return first, last


def _window_before(doc: Doc, span: QuoteSpan, idx: QuoteIndex, p_start: int) -> tuple[int, int]:
    """Tokens from the start of the clause that leads into the quote up to its opening mark."""
    last, _ = idx.token_range(span.open_mark, span.open_mark + 1)
    # `findings:\xa0“…`: a no-break space before the opening mark is a token of its own, and
    # the lead-in ends at the word before it.
    while last > 0 and doc[last - 1].is_space and doc[last - 1].idx >= p_start:
        last -= 1
    first = last
    while first > 0 and doc[first - 1].idx >= p_start:
        if not idx.outside(first - 1) or _ends_sentence(doc, first - 1):
            break
        first -= 1
    return first, last


def _cue_content_elsewhere(verb: Token, idx: QuoteIndex) -> bool:
    """True when the verb reports some other clause (`Trump said the polls were wrong`).

    A verb whose parse hangs a clause of the quote itself on it reports the quote, whatever
    else the parser attached (`“…,” he said of people whose rights were restored`).
    """
    elsewhere = False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "parataxis") and not idx.outside(child.i):
            return False
        if subject is not None and child.i < subject.i < verb.i and _no_break(verb.doc, child.i, subject.i):
            # `,” Blues head coach Ana Ruiz said`, with `head` read as a verb: a word inside
            # the subject's own words reports nothing.
            continue
        if child.dep_ in ("ccomp", "xcomp") and idx.outside(child.i) and idx.same_paragraph(child, verb):
            elsewhere = True
    return elsewhere


def _no_break(doc: Doc, first: int, last: int) -> bool:
    return not any(t.is_punct or t.is_space for t in doc[first:last])


def _cue_in(doc: Doc, first: int, last: int, idx: QuoteIndex, reverse: bool) -> Token | None:
    order = range(last - 1, first - 1, -1) if reverse else range(first, last)
    for i in order:
        if idx.outside(i) and _is_cue(doc[i]) and not _reports_nothing(doc[i]):
            cue = _governing_cue(doc[i], idx)
            if reverse and cue.i == i and _sets_the_scene(cue):
                # `After Brown criticized him, Clinton shot back, “…”`, `She said that when
                # Warren railed against the banks, “…”`: the words answer or report on what
                # the clause tells; whoever speaks them is named further on, if at all.
                continue
            return cue
    return None


def _reports_nothing(tok: Token) -> bool:
    """A verb form that reports nothing: an adjective on a common noun (`in a written
    statement`), a subject (`Opining is not reporting`), or a denied verb. (`Continued Stone:
    “…”`, parsed as an adjective on the name, still reports.)"""
    if tok.dep_ == "amod" and _after_an_age(tok):
        return _denied(tok)
    if _writers_aside(tok):
        return True
    return tok.dep_ in _SUBJECT_DEPS or tok.dep_ == "amod" and tok.head.pos_ == "NOUN" or _denied(tok)


def _writers_aside(tok: Token) -> bool:
    """`The mayor said, and I quote, “…”`: the writer vouching that the words are verbatim; the
    speaker is the one the verb of saying before the aside names, not `I`."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.lemma_.lower() == "quote" and tok.tag_ == "VBP" and before is not None and before.lower_ == "i"


def _after_an_age(verb: Token) -> bool:
    """`,” the 52-year-old told reporters`, parsed as one noun phrase with `told` for an
    adjective on `reporters`: a finite verb right after an age description is that person's;
    so is a participle there when the sentence has no verb of its own (`The 71-year-old told
    supporters: “…”`, all one noun phrase to the parser)."""
    if verb.i == 0 or not is_age_description(verb.doc[verb.i - 1]):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.sent.root.pos_ not in ("VERB", "AUX"))


def age_before_its_verb(tok: Token) -> bool:
    """Whether ``tok`` ends an age description that is the subject of the verb after it, however
    the parser hung the two (`the 52-year-old told reporters`)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and is_age_description(tok) and _after_an_age(nxt)


def _denied(tok: Token) -> bool:
    """`for not calling the attack “terrorism”`, `did not respond`: a verb of saying that is
    denied reports nothing the subject said."""
    return any(c.dep_ == "neg" for c in tok.children)


# Conjunctions that make a clause the background of its sentence: what a verb of saying in
# such a clause reports is not the quote that follows. (`as` is left out: `as Ruiz put it`,
# `as she told reporters` introduce the quote.)
_SCENE_SETTERS = frozenset(
    "after before when whenever while since because once until although though if".split()
)


def _sets_the_scene(cue: Token) -> bool:
    """Whether ``cue`` heads an adverbial clause opened by a time, cause or concession
    conjunction (`when Warren railed against …`, `after Brown criticized …`)."""
    if cue.dep_ != "advcl":
        return False
    return any(
        c.i < cue.i and c.dep_ in ("mark", "advmod") and c.lower_ in _SCENE_SETTERS for c in cue.children
    )


def _governing_cue(cue: Token, idx: QuoteIndex) -> Token:
    """The reporting verb a cue hangs on: `he said, laughing` is said; so is `X said his ward
    had admitted 23 children` (the admitting is what was said)."""
    before = _finite_cue_before_participle(cue, idx)
    if before is not None:
        return before
    for _ in range(3):
        head = cue.head
        if cue.dep_ in ("advcl", "ccomp") and head.i != cue.i and idx.outside(head.i) and _is_cue(head):
            if not idx.same_paragraph(cue, head):
                break
            own_subject = any(c.dep_ in _SUBJECT_DEPS and idx.outside(c.i) for c in cue.children)
            if cue.dep_ == "advcl" and own_subject:
                # `Ruiz said as the heckler yelled: “…”`: a clause with a speaker of its own
                # reports its own words.
                break
            cue = head
        else:
            break
    return cue


def _finite_cue_before_participle(cue: Token, idx: QuoteIndex) -> Token | None:
    """`“…,” the 29-year-old says, laughing, in a cafe in Al Barsha.`: a participle of saying
    right after a comma that follows a finite verb of saying is how the words were said, though
    the parser hung both on the quote's verb (so the place after it, tagged a person, was read
    as the participle's speaker); the verb before is the cue. Not a participle that reports
    words of its own (`said, adding that …`, `said, adding of Ruiz, “…”`) or has a subject."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.i < 2 or doc[cue.i - 1].text != "," or not idx.outside(cue.i - 2):
        return None
    if any(c.dep_ in (*_SUBJECT_DEPS, "ccomp", "dobj", "xcomp") for c in cue.children):
        return None
    if not all(idx.outside(i) for i in range(cue.i + 1, cue.sent.end)):
        return None
    verb = doc[cue.i - 2]
    return verb if verb.tag_ in ("VBD", "VBZ", "VBP") and _is_cue(verb) else None


# What a reporting verb may take as its object and still only attribute: the listener.
_AUDIENCE_LEMMAS = frozenset(
    "reporter journalist audience crowd supporter viewer listener interviewer host press group "
    "delegate voter student member people".split()
)


def _attributes_back(text: str, span: QuoteSpan, cue: Token, leads_on: bool = False) -> bool:
    """Whether a cue after a quote attributes it (`“…?” Clinton asked.`), or starts a sentence
    of its own about something else (`“…?” Her critics cited it as evidence that …`).

    After a quote that ends as a full sentence, the next capitalised sentence attributes it only
    when its verb takes nothing but a listener: no reported clause, no object beyond `told
    reporters` / `told him`, and no colon that hands it on to the next quote (`“…” She
    added: “…”` is her second quote's cue).
    """
    inner = text[span.start : span.end].rstrip()
    rest = text[span.outer_end : span.outer_end + 2].lstrip()
    if inner[-1:] not in ".!?" or not capitalised(rest):
        return True
    if leads_on:
        return False
    if cue.lemma_.lower() in _PHRASAL_CUES:
        # `… “a failed candidate.” Romney fired back in March`: a retort answers what came
        # before; its own words follow it.
        return False
    if cue.dep_ in ("relcl", "acl"):
        # (`“…” He treats voters as fools who will believe anything`: a verb inside a noun's
        # clause tells about that noun, not who spoke the sentence before.)
        return False
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp"):
            return False
        if child.dep_ == "dobj" and not (
            child.ent_type_ in ("PERSON", "ORG", "NORP")
            or child.pos_ == "PRON"
            and child.lower_ not in ("it", "this", "that")
            or child.lemma_.lower() in _AUDIENCE_LEMMAS
        ):
            return False
    return True


def _job_before_a_bodys_short_form(doc: Doc, m: Mention, idx: QuoteIndex) -> Mention | None:
    """`"…," a senior official at the Reserve Bank of India (RBI) said`: a body's short form in
    brackets, the nearest name before the cue when the bracket broke the parse, closes the words
    of the person whose job at that body is written before its name (`official at`), who speaks."""
    i = m.head
    if m.kind != "organization" or i < 4 or not bracketed_word(doc, i):
        return None
    body = entity_at(doc, doc[i - 2])
    k = body.start if body is not None else i - 2
    k -= doc[k].lower_ != "the" and doc[k - 1].lower_ == "the"
    job = doc[k - 2] if k >= 2 and doc[k - 1].lower_ in ("at", "of", "for", "with") else None
    if job is None or job.pos_ != "NOUN" or job.lemma_.lower() not in lexicon().role_nouns:
        return None
    if not idx.outside(job.i):
        return None
    described = _mention_for(idx.context, job)
    if described is None or described.end >= doc[i - 2].idx:
        return described
    # (The words run on to the body's name, whose job it is: `a senior official at the Reserve
    # Bank of India`.)
    return replace(described, end=doc[i - 2].idx + len(doc[i - 2].text))


def _job_before_a_branchs_short_form(doc: Doc, m: Mention, idx: QuoteIndex) -> Mention | None:
    """`"…," a spokesperson for the Provincial Disaster Management Authority (PDMA) Sindh said`:
    a word right after a body's short form in brackets (the branch's place, as South Asian news
    names a body's provincial arm), which the parser made the subject and the tagger may call a
    person, goes on with the body's name; the person whose job at the body comes before it
    speaks (``_job_before_a_bodys_short_form``)."""
    j = m.head
    if j < 3 or m.start != doc[j].idx or m.end != doc[j].idx + len(doc[j]) or doc[j - 1].text != ")":
        return None
    short = Mention(doc[j - 2].idx, doc[j - 2].idx + len(doc[j - 2]), j - 2, "organization")
    return _job_before_a_bodys_short_form(doc, short, idx)


def _speaker_near_cue(doc: Doc, cue: Token, first: int, last: int, idx: QuoteIndex) -> Mention | None:
    subject = _subject_of(doc, cue, idx) or _subject_hung_on_as(cue, idx)
    if subject is not None:
        return _job_before_a_branchs_short_form(doc, subject, idx) or subject
    # Parsers often miss the subject around quotes: take the nearest name or pronoun before
    # the cue, then after it (`said Trudeau`, `said the ministry`).
    before = _nearest_mention(doc, first, cue.i, idx, reverse=True)
    job = _owned_apposition(doc, before) if before is not None else None
    if job is not None:
        # `,” William Daley, President Obama’s former chief of staff, said`: the name the
        # apposition describes speaks, not the one that owns the job in it.
        named = _nearest_mention(doc, first, job.left_edge.i, idx, reverse=True)
        if named is not None:
            return named
    if before is not None:
        return _job_before_a_bodys_short_form(doc, before, idx) or before
    for i in range(cue.i + 1, last):
        tok = doc[i]
        if tok.tag_ == "PRP$" and tok.head.i > i:
            continue  # (`“…,” remarked his Worship`, the style read as the verb's object: its noun.)
        if (tok.pos_ in ("PROPN", "NOUN", "PRON") or _participle_for_a_party(tok)) and idx.outside(i):
            # (`says union boss as strike looms`, `boss` parsed the subject of `looms`: the
            # noun the common noun after the cue modifies is the speaker's.)
            while tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.i == tok.i + 1:
                tok = tok.head
            return _mention_for(idx.context, tok)
        if tok.pos_ in ("VERB", "AUX") or tok.text in _TERMINATORS:
            break
    return None


def _subject_hung_on_as(cue: Token, idx: QuoteIndex) -> Mention | None:
    """`As Ana Ruiz, author of “Harbour Towns,” put it, “…”`: the parser may take `as` for a
    preposition and its clause's subject for its object; that object speaks (not the `it` of
    `put it` after the cue, nor a name inside the apposition)."""
    for mark in cue.children:
        if mark.dep_ != "mark" or mark.lower_ != "as" or mark.i > cue.i:
            continue
        for obj in mark.children:
            if obj.dep_ == "pobj" and idx.outside(obj.i) and idx.same_paragraph(obj, cue):
                m = _mention_for(idx.context, obj)
                return m if m is not None and m.kind in _SPEAKER_KINDS else None
    return None


def _owned_apposition(doc: Doc, m: Mention) -> Token | None:
    """The job mention ``m`` owns (`Obama’s` in `Obama’s former chief of staff`) when it is set
    between commas after another name, else None."""
    head = doc[m.head]
    if head.tag_ == "POS":
        head = head.head  # (the tagger may take the `’s` into the name)
    if head.dep_ != "poss" or head.i + 1 >= len(doc) or doc[head.i + 1].tag_ != "POS":
        return None
    job = head.head
    if job.dep_ == "appos" and job.head.ent_type_ == "PERSON" and job.head.i < head.i:
        return job
    return None


def _according_to(doc: Doc, first: int, last: int, idx: QuoteIndex) -> Mention | None:
    for i in range(first, max(first, last - 1)):
        if doc[i].lower_ == "according" and doc[i + 1].lower_ == "to" and idx.outside(i):
            for child in doc[i + 1].children:
                if child.dep_ == "pobj":
                    return _mention_for(idx.context, child)
            if i + 2 < len(doc):
                return _mention_for(idx.context, doc[i + 2])
    return None


def _quote_kind(text: str, span: QuoteSpan, p_start: int, p_end: int) -> str:
    """`direct` when the quote is a whole utterance, `partial` when it sits inside a clause."""
    # (A speech dash opens the words as a mark does, and ends the attribution before them:
    # `— …— said X — and nobody will.`)
    opening = span.open_mark + 1 if text[span.open_mark] in SPEECH_DASHES else span.open_mark
    before = text[p_start:opening].rstrip()
    after = text[span.outer_end : p_end].lstrip()
    inner = text[span.start : span.end]
    starts_clause = not before or before[-1] in '.:,!?—–-;…"”’(' or before.endswith("…")
    # (`… the plan was 'a sham.' "Kenyans …`, ``a sham.'' ``Kenyans …``: a quote closed by a
    # typed apostrophe, or two, after its full stop ends the sentence before; an apostrophe alone
    # may close a plural's possessive, `the workers' "fund"`.)
    starts_clause = starts_clause or _CLOSED_ON_A_STOP.search(before) is not None
    if span.close_mark < 0:
        return "direct" if starts_clause else "partial"
    ends_clause = not after or after[0] in ".,:;!?—–-…)" or capitalised(after) or inner[-1:] in ",.?!…"
    return "direct" if starts_clause and ends_clause else "partial"


# A sentence's stop and the typed apostrophe or two that close its quote, ending the text.
_CLOSED_ON_A_STOP = re.compile(r"[.!?,]''?$")
_SENTENCE_BREAK = re.compile(r"[.!?][’”'\"]?\s+[A-Z“\"‘]")
# A headline is short; a first line longer than this is the story's first paragraph.
_HEADLINE_MAX_WORDS = 20
# Headlines that report in the present run to 13 words in PolNeAR train and dev; a sentence
# reporting in the present that is longer and ends with its full stop is a lede.
_LEDE_MIN_WORDS = 16
_CLOSERS = "\"”’'»)]"


def _folded_line(line: str) -> str:
    """A line as a title is compared with it: white space, case and a final full stop aside
    (a corpus may keep its headline's stop in the text and drop it from the title)."""
    return " ".join(line.split()).casefold().rstrip(".")


def _is_headline(
    doc: Doc, text: str, paragraphs: list[tuple[int, int]], idx: QuoteIndex, title: str = ""
) -> bool:
    """Whether the first line is the article's headline (its quotes then have no speaker).

    Headlines quote without attributing (`Cruz 'glad to finish' fight with Trump`), and the
    story below says who spoke, so a headline's quotes are left out like scare quotes. But a
    plain article may open straight on its story (`Ana Ruiz, the mayor, said: “…”`), so a
    line is a headline only on evidence:

    - it equals the document's known title (white space, case and a final stop aside), whatever
      its shape;
    - or it is short (at most ``_HEADLINE_MAX_WORDS`` words), one sentence, followed by more
      text, and set in Title Case (`Mayor Vows To ‘Rebuild The Bridge’.`);
    - or it is short, one sentence, followed by more text, and reports in the present tense
      (`Mayor says bridge ‘will be rebuilt’`): headlines do, a lede mostly reports in the past
      (`Ana Ruiz, the mayor, said: “…”`), or runs longer with its full stop, or has its full
      stop under a known title that is another line;
    - or it is short, one sentence, followed by more text, with no verb of saying and no
      sentence-final punctuation (`Mayor: ‘We will rebuild’`, `A ‘death trap’ bridge`).

    A line that opens with a quote and goes on to its attribution (`“We will rebuild,” says
    the mayor`) is never a headline; one whose quote a colon closes is left to the evidence
    above (`'It's a disgrace': Parents slam closure`, as British papers head a story, reports in
    the present: the words after the colon are a headline's own, the quote the story's below).
    """
    top = idx.context.opening
    if title and paragraphs:
        opening = text[paragraphs[top][0] : paragraphs[top][1]]
        if _folded_line(opening) == _folded_line(title):
            return True
    if len(paragraphs) < top + 2:
        return False
    start, end = paragraphs[top]
    line = text[start:end].strip()
    if not line or len(line.split()) > _HEADLINE_MAX_WORDS or _SENTENCE_BREAK.search(line):
        return False
    first, last = idx.token_range(start, end)
    # (`Pipes 'at breaking point', council told`: a headline's `X told` is `X was told`.)
    cues = [
        doc[i]
        for i in range(first, last)
        if idx.outside(i) and _is_cue(doc[i]) and not _told_as_a_headlines_passive(doc, doc[i])
    ]
    if cues and line[0] in QUOTE_OPENERS and not _QUOTE_BEFORE_A_COLON.match(line):
        return False
    if _closes_on_a_hearing(doc, first, last):
        return True
    if is_title_case(line):
        return True
    ended = line.rstrip(_CLOSERS)[-1:] in ".!?"
    if cues:
        # (A long sentence with its full stop reports in the present as a broadcaster's lede
        # does: `Manitoba's education minister says the province will hire …, calling …`; so
        # does a short one when the document's title is known and is another line: the story
        # opens on its lede, `Islanders on Barra say they have been "abandoned" after …`.)
        lede = ended and (len(line.split()) >= _LEDE_MIN_WORDS or bool(title.strip()))
        return not lede and not any(tok.tag_ in ("VBD", "VBN") for tok in cues)
    return not ended


# `'It's a disgrace': …`: a line's opening quote closed by a colon.
_QUOTE_BEFORE_A_COLON = re.compile(rf"[{QUOTE_OPENERS}][^:\n]+?[\"”’'»]\s*:\s")


def _closes_on_a_hearing(doc: Doc, first: int, last: int) -> bool:
    """`Accused 'threatened to burn the house', court hears`: a line that ends on a hearer and
    `hears` reports a hearing as headlines do, whatever past participle it opens on (`Accused`,
    tagged a verb of saying)."""
    words = [t for t in doc[first:last] if not t.is_space]
    end = words[-1] if words else None
    if end is None or end.lemma_.lower() != "hear" or end.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "nsubj" and c.i < end.i for c in end.children)


_NAMING_LEAD = re.compile(
    r"(?:known as|so-called|so called|nicknamed|dubbed|titled|entitled|headlined|billed as|"
    r"['’]s|\bon|\bwith|\bfor|\bin)\s*$",
    re.IGNORECASE,
)
# `in his 2012 book, “An American Son.”`, `her memoir “Tough Choices”`: a work named by its title.
_WORK_LEAD = re.compile(
    r"\b(?:book|memoir|novel|film|movie|documentary|song|album|play|musical|series|column|essay|"
    r"poem|biography|autobiography|podcast|newsletter|opera|show|programme|program|sitcom)s?,?\s*$",
    re.IGNORECASE,
)
# `—“Posthumous books could come with a lot of dollar signs,” by the Globe's Joseph Kahn`: the
# title of a piece, credited to whoever wrote it (not `by his own account`).
_CREDITED = re.compile(r"\s*,?\s*by\s+(?:the\s+)?[A-Z](?![^.\n]{0,40}\baccount\b)")
_MAX_TITLE_WORDS = 6
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())


# A particle that may open a surname after a nickname: `Jacobus “Kobus” van der Merwe`,
# `Ronald “Bato” dela Rosa` (every small word name_particles.txt knows opens one, not a few).
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _nickname_in_name(text: str, span: QuoteSpan, words: list[str]) -> bool:
    """`Dave “Tiny” Fa'amausili`, `Jacobus “Kobus” van der Merwe`: a capitalised word or two
    between a given name and a surname is what the person is called, not something said."""
    if len(words) > 2 or not all(capitalised(w) and w.strip("'’-").isalpha() for w in words):
        return False
    before = re.search(r"\b[A-Z][a-z'’-]+ $", text[max(0, span.open_mark - 30) : span.open_mark])
    after = text[span.outer_end : span.outer_end + 12]
    if before is None or not after.startswith(" "):
        return False
    # (In a headline set in capitals every word looks like a name: `Why She Felt “Invisible” As`.)
    line_start, line_end = text.rfind("\n", 0, span.open_mark) + 1, text.find("\n", span.outer_end)
    if is_title_case(text[line_start : line_end if line_end >= 0 else len(text)]):
        return False
    rest = after[1:]
    word, lex = _FIRST_WORD.match(rest), lexicon()
    particle = word is not None and word[0].lower() in lex.name_particles | lex.gaelic_particles
    return capitalised(rest) or particle


def _is_name_or_title(text: str, span: QuoteSpan) -> bool:
    """A show, book or slogan title, or a nickname: `ABC’s “Good Morning America”`,
    `the hacker known as “Guccifer,”`. Nobody is quoted, so nobody is the speaker.

    Short and in title case (every word but the small ones capitalised), right after a
    possessive, a preposition or a naming phrase, or with no sentence punctuation at all.
    """
    inner = text[span.start : span.end].strip()
    if span.close_mark >= 0 and inner.endswith(",") and _CREDITED.match(text, span.outer_end):
        # Only a title that opens its line or follows a dash, a colon or a bracket (a list of
        # reads, a letter's reference): inside a sentence, `“detained” by the police` is
        # an agent.
        before = text[text.rfind("\n", 0, span.open_mark) + 1 : span.open_mark].rstrip()
        if not before or before[-1] in "—–-(:":
            return True
    words = inner.strip(" ,.;:!?…").split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    lead = text[max(0, span.open_mark - 20) : span.open_mark]
    if len(words) <= 2 and re.search(r"(?:known as|so-called|nicknamed|dubbed)\s*$", lead, re.I):
        return True
    if _nickname_in_name(text, span, words):
        return True
    title_case = all(capitalised(w) or w.lower() in _TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words)
    one_word = len(words) < 2 and not lead.rstrip().endswith(("’s", "'s"))
    if not title_case or not capitalised(words[0]) or one_word:
        return False
    if _NAMING_LEAD.search(lead) or _WORK_LEAD.search(lead):
        return True
    # `the thriller “Bridge of Spies,” which …`: several capitalised words inside a sentence
    # are a title whatever comes before them; a quoted sentence in capitals stands alone.
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS and w[:1].isalpha()]
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    inside_sentence = bool(text[line_start : span.open_mark].strip())
    return len(content) >= 2 and inside_sentence and inner[-1:] not in ".!?"


def _looks_like_title_or_scare(text: str, span: QuoteSpan) -> bool:
    inner = text[span.start : span.end].strip(" ,.;:!?")
    words = inner.split()
    if not words:
        return True
    if len(words) <= 4 and any(c in text[span.start : span.end] for c in ",.?!") is False:
        return True
    return False


def attribute(idx: QuoteIndex, *, title: str = "") -> list[Attribution]:
    """One Attribution per span, in order; ``mention`` is None where no speaker is named.

    ``title`` is the document's known headline, if any (see ``_is_headline``). Each quote's
    candidate mentions (``proposals``) are weighed by the trust model (``quotes/trust.py``):
    the likeliest is named when its chance of being right reaches the model's threshold.
    """
    out = []
    for candidates in proposals(idx, title=title):
        # (A transcript's label says who speaks: nothing is weighed.)
        transcript = candidates[0].sieve == "transcript" and candidates[0].mention is not None
        best = candidates[0] if transcript else choose(candidates)
        out.append(best if best is not None else candidates[0].without_mention())
    out = [_handed_over_as_direct(idx, a) for a in out]
    return _echoes_named(idx.context.text, _pull_quotes_hidden(idx.context.text, out))


def _handed_over_as_direct(idx: QuoteIndex, a: Attribution) -> Attribution:
    """`Tom Hale, the mayor, said "We will rebuild."`: a whole sentence (a capital first, a verb,
    a stop last) right after a verb of saying is the speaker's utterance, a direct quote, though no
    comma or colon sets it off (PolNeAR train gold: direct in every such case). Only the row's
    kind changes: the sieves and the trust model read it as the partial quote its place makes
    it, which is how they were fitted."""
    if a.kind != "partial" or a.span.close_mark < 0:
        return a
    inner = idx.context.text[a.span.start : a.span.end].strip()
    if not inner[:1].isupper() or inner[-1:] not in ".!?":
        return a
    first, last = idx.token_range(a.span.open_mark, a.span.outer_end)
    # (A sentence has a verb: `called it “A Real Woman.”` quotes a name, not an utterance.)
    if first == 0 or not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in idx.doc[first:last]):
        return a
    verb = idx.doc[first - 1]
    return replace(a, kind="direct") if verb.tag_.startswith("VB") and _is_cue(verb) else a


_NOT_A_WORD = re.compile(r"\W+")


def _pull_quotes_hidden(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A paragraph that is all quote, with nobody named, whose words a quote with a speaker
    repeats (a pull quote, set in large type above or beside the story, `“We will not let the
    town be cut off.”`, and in the story `“We will not let the town be cut off,” Ruiz said.`)
    is the page's display of that quote: furniture, not a second quote of nobody's."""
    said = [
        _NOT_A_WORD.sub(" ", text[a.span.start : a.span.end]).strip().lower()
        for a in attributions
        if a.mention is not None
    ]
    if not said:
        return attributions
    out = []
    for a in attributions:
        words = _NOT_A_WORD.sub(" ", text[a.span.start : a.span.end]).strip().lower()
        alone = a.span.close_mark >= 0 and not _rest_of_paragraph(text, a.span.outer_end).strip()
        repeated = a.mention is None and a.kind == "direct" and alone and len(words.split()) >= 4
        if repeated and any(words in other for other in said) and _opens_its_paragraph(text, a.span):
            a = Attribution(a.span, None, "", "", "furniture")
        out.append(a)
    return out


# A live page's entry opens on its time, then a dash or a colon: `15:20 GMT –`, `09.05 BST:`.
_TIME_STAMPED = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?\s*[–—:-]", re.IGNORECASE)


def _echoes_named(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A quote with nobody named that is a live page's time-stamped heading (`14:10 GMT – ‘The
    river came through the market’`), whose words a quote with a speaker repeats whole, is that
    speaker's: the entry shows what they said. (A paper's cross-heading, `– ‘We’re alive’ –`, or
    pull quote is the page's display, no row: PolNeAR lists none.)"""
    said = [
        (f" {_NOT_A_WORD.sub(' ', text[a.span.start : a.span.end]).strip().lower()} ", a)
        for a in attributions
        if a.mention is not None and a.kind in ("direct", "partial")
    ]
    out = []
    for a in attributions:
        words = _NOT_A_WORD.sub(" ", text[a.span.start : a.span.end]).strip().lower()
        lead = text[text.rfind("\n", 0, a.span.open_mark) + 1 : a.span.open_mark].strip()
        stamped = _TIME_STAMPED.fullmatch(lead) is not None
        if a.mention is None and a.kind in ("direct", "partial") and words and stamped:
            source = next((b for other, b in said if f" {words} " in other), None)
            if source is not None:
                a = Attribution(a.span, source.mention, source.cue, "echo", a.kind, source.evidence)
        out.append(a)
    return out


def _rest_of_paragraph(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _opens_its_paragraph(text: str, span: QuoteSpan) -> bool:
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    return not text[line_start : span.open_mark].strip()


def choose(candidates: list[Attribution], model: TrustModel | None = None) -> Attribution | None:
    """The candidate the trust model (``models/trust.json`` unless another is given) finds
    likeliest to be right, if it is likely enough; the first of equals wins."""
    model = model or trust_model()
    scored = [(model.chance(c.evidence), -n, c) for n, c in enumerate(candidates) if c.mention is not None]
    if not scored:
        return None
    chance, _, best = max(scored, key=lambda t: (t[0], t[1]))
    return best if chance >= model.threshold_for(best.evidence) else None


Found = tuple[Mention, str, str]  # who speaks, the cue, the sieve's name


@dataclass(frozen=True)
class SieveContext:
    """What the sieves read of one document, worked out once: its quote index, whether its
    first line is a headline, its furniture lines by paragraph, and the story paragraph
    before each paragraph (-1 for none, past any caption or credit)."""

    idx: QuoteIndex
    headline: bool
    furniture: dict[int, str]
    previous: list[int]

    @classmethod
    def of(cls, idx: QuoteIndex, title: str = "") -> SieveContext:
        context = idx.context
        headline = _is_headline(idx.doc, context.text, context.paragraphs, idx, title)
        furniture = _furniture_paragraphs(context)
        return cls(idx, headline, furniture, _previous_story_paragraphs(len(context.paragraphs), furniture))


@dataclass
class QuoteSite:
    """One quote where the sieves look for its speaker: its kind (`direct` or `partial`),
    its paragraph's bounds and the token windows before and after it."""

    document: SieveContext
    span: QuoteSpan
    kind: str
    before: tuple[int, int]
    after: tuple[int, int]
    p_start: int
    p_end: int

    @classmethod
    def of(cls, document: SieveContext, span: QuoteSpan) -> QuoteSite:
        idx = document.idx
        p_start, p_end = idx.context.paragraphs[span.paragraph]
        kind = _quote_kind(idx.context.text, span, p_start, p_end)
        after = _window_after(idx.doc, span, idx, p_end)
        before = _window_before(idx.doc, span, idx, p_start)
        return cls(document, span, kind, before, after, p_start, p_end)

    @property
    def idx(self) -> QuoteIndex:
        return self.document.idx

    @property
    def doc(self) -> Doc:
        return self.document.idx.doc

    @property
    def text(self) -> str:
        return self.document.idx.context.text

    @property
    def opens_paragraph(self) -> bool:
        return self.span.open_mark == _first_char(self.text, self.p_start)

    @cached_property
    def embedded(self) -> Found | None:
        """A partial quote inside the content of a cue verb (``_embedded``): read by the
        embedded-cue sieve and by the rule that hides a term, so worked out once."""
        return _embedded(self.doc, self.span, self.idx, self.before, self.after)


# --- hiders: quotes nobody is quoted saying, as (kind, why) -------------------------------


def hide_headline(site: QuoteSite) -> tuple[str, str] | None:
    headline = site.document.headline and site.span.paragraph == site.idx.context.opening
    return ("headline", "") if headline else None


def hide_furniture(site: QuoteSite) -> tuple[str, str] | None:
    # A quote in a caption or a related headline is the page's, not the story's.
    if site.span.paragraph in site.document.furniture:
        return ("furniture", "")
    return ("furniture", "caption") if _in_a_signed_caption(site) else None


# A wire's sign-off run into a paragraph after its last sentence: `… on Monday. — AFP`.
_RUN_IN_SIGN_OFF = re.compile(r"(?<=[.!?…\"”’')])[ \t]+([—–-][ \t]*[^\n—–-]{1,30})$")


def _in_a_signed_caption(site: QuoteSite) -> bool:
    """A quote in a caption that a wire's credit closes, run into it (`Finance Minister X, who
    said the rise was “unavoidable”, at Parliament House on Monday. — AFP`): its sentence has no
    verb at its root, only a name and where it was, as a caption says what a picture shows. A
    round-up's item signed the same way (`“…,” he said. — AFP`) is a sentence and keeps its row;
    so does one that gives the words after a colon (`Ana Ruiz, a resident: “…” — AFP`)."""
    sign_off = _RUN_IN_SIGN_OFF.search(site.text, site.p_start, site.p_end)
    if sign_off is None or line_kind(sign_off.group(1)) != "byline":
        return False
    context = site.idx.context
    if not context.has_sentences:
        return False
    sentence = context.sentence(site.idx.token_range(site.span.start, site.span.end)[0])
    root = sentence.root
    return root.pos_ not in ("VERB", "AUX") and not any(t.text == ":" for t in sentence)


def hide_name_or_title(site: QuoteSite) -> tuple[str, str] | None:
    if _is_name_or_title(site.text, site.span) or _named_by_nobody(site.doc, site.span, site.idx):
        return ("scare", "title")
    return None


# Participles that name the noun they follow: `the hubs nicknamed “…”`, `described as “…”`.
_NAMING_PARTICIPLES = frozenset({"nickname", "dub", "know", "describe", "bill", "brand", "label", "call"})


def _quote_roots(doc: Doc, span: QuoteSpan, idx: QuoteIndex) -> list[Token]:
    """The quote's words whose heads stand outside it, punctuation aside: what it hangs on
    the sentence around it by (one word when the quote is a phrase of its own)."""
    first, last = idx.token_range(span.start, span.end)
    return [t for t in doc[first:last] if not t.is_punct and not first <= t.head.i < last]


def _named_by_nobody(doc: Doc, span: QuoteSpan, idx: QuoteIndex) -> bool:
    """`the twin hubs sometimes nicknamed “the stitching capital of the world”`, `a payment
    described as “marquee hire”`: a participle naming the noun before it, with nobody doing
    the naming (no agent). Not `whom one insider described as “…”`, `what he dubbed “…”`,
    `a plan described by critics as “…”`: someone says those."""
    roots = _quote_roots(doc, span, idx)
    if len(roots) != 1:
        return False
    first = idx.token_range(span.start, span.end)[0]
    verb = roots[0].head
    verb = verb.head if verb.lower_ == "as" else verb
    # (Right before the quote, `as` aside: not `one lawmaker called Trump “…”`, read as `a
    # lawmaker named Trump`, whose object between shows it is a verb of saying after all.)
    between = [t for t in doc[verb.i + 1 : first] if not t.is_punct and t.lower_ != "as"]
    if between or verb.tag_ != "VBN" or verb.lemma_.lower() not in _NAMING_PARTICIPLES or verb.dep_ != "acl":
        return False
    return not any(c.dep_ in ("nsubj", "agent", "nsubjpass") for c in verb.children)


def hide_sign(site: QuoteSite) -> tuple[str, str] | None:
    return ("sign", "") if _on_a_sign(site.doc, site.span, site.idx, site.before, site.after) else None


def hide_term(site: QuoteSite) -> tuple[str, str] | None:
    """`the company offers “risk mitigation” payments`: a term for a thing, and offering
    payments is not saying anything."""
    if site.kind != "partial":
        return None
    found = site.embedded
    if found is not None and found[1].lower() not in _TERM_CUES:
        return None
    return ("scare", "term") if _names_a_thing(site.doc, site.text, site.span, site.idx) else None


def hide_naming(site: QuoteSite) -> tuple[str, str] | None:
    """`what Danes call “hygge”`, `a town that called itself “the coal capital”`, `known to
    regulars simply as “the Anchor”`, `sometimes nicknamed “the stitching capital”`: words that
    name a thing, which nobody is quoted saying, whatever verb of saying the sentence has.
    (Capitalised words on a noun stay partial quotes, as PolNeAR has them: `the ''Leave''
    campaign`, `the “Secret” level`; so does a name one namer gives: `who he dubbed “the
    little senator”`, `calling himself the “king of debt”`.)"""
    if site.kind != "partial":
        return None
    doc, span, idx = site.doc, site.span, site.idx
    lead = site.text[max(0, span.open_mark - 40) : span.open_mark]
    if _KNOWN_AS.search(lead) or _named_by_naming_verb(doc, span, idx):
        return ("scare", "name")
    return None


# `known as`, `known to regulars simply as`, `sometimes nicknamed`: a name in use, nobody's word.
_KNOWN_AS = re.compile(
    r"(?:\bknown\b[^.;:\"“”‘’]{0,30}?\bas|\b(?:sometimes|often|also|widely|locally|commonly|popularly)\s+"
    r"(?:nicknamed|dubbed|called))\s*$",
    re.IGNORECASE,
)
# (`Trump called himself “very pro-choice”`: a person naming himself gives his own verdict.)
_REFLEXIVES = frozenset({"itself"})


def _named_by_naming_verb(doc: Doc, span: QuoteSpan, idx: QuoteIndex) -> bool:
    """The quote completes a naming verb whose object is the namer itself (`a town that called
    itself “the coal capital”`), or `what` with many namers in the present (`what Danes call
    “hygge”`, `what some commentators are calling “tractor diplomacy”`): a name in use, not
    one speaker's verdict (`what she called “an extraordinary campaign”`, `he called the plan
    “reckless”`: partial quotes)."""
    roots = _quote_roots(doc, span, idx)
    if not roots:
        return False
    verb = roots[-1].head
    if verb.lemma_.lower() not in _NAMING_LEMMAS or not idx.outside(verb.i):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and idx.outside(c.i)]
    if any(c.lower_ in _REFLEXIVES for c in objects):
        return True
    many = any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in verb.children)
    return many and verb.tag_ in ("VBP", "VBG") and any(c.tag_ == "WP" for c in objects)


def hide_short(site: QuoteSite) -> tuple[str, str] | None:
    if site.kind != "partial" or site.embedded is not None:
        return None
    return ("scare", "short") if _looks_like_title_or_scare(site.text, site.span) else None


# In order: the first that applies hides the quote, and no sieve looks for its speaker.
HIDERS = (hide_headline, hide_furniture, hide_name_or_title, hide_sign, hide_term, hide_naming, hide_short)


# --- sieves: each looks in one place for who speaks ----------------------------------------


def embedded_cue(site: QuoteSite) -> Found | None:
    return site.embedded if site.kind == "partial" else None


def trailing_cue(site: QuoteSite) -> Found | None:
    """`“…,” the mayor said.`: a verb of saying after the quote that reports it."""
    idx, after = site.idx, site.after
    cue = _cue_in(site.doc, *after, idx, reverse=False)
    if cue is None or _cue_content_elsewhere(cue, idx) or _introduced_whole(site):
        return None
    if not _attributes_back(site.text, site.span, cue, _ends_in_a_colon(site.doc, after)):
        return None
    m = _speaker_near_cue(site.doc, cue, after[0], after[1], idx)
    return (m, cue.text, "trailing-cue") if m is not None else None


def _introduced_whole(site: QuoteSite) -> bool:
    """`The mayor said: “We will rebuild.” Officials agreed.`: a quote a verb of saying and a
    colon hand over, ending as a full sentence, is that verb's; the next sentence answers it."""
    inner = site.text[site.span.start : site.span.end].rstrip()
    rest = site.text[site.span.outer_end : site.span.outer_end + 2].lstrip()
    if inner[-1:] not in ".!?" or not capitalised(rest) or not _ends_in_a_colon(site.doc, site.before):
        return False
    return _cue_in(site.doc, *site.before, site.idx, reverse=True) is not None


def _ends_in_a_colon(doc: Doc, window: tuple[int, int]) -> bool:
    first, last = window
    while last > first and doc[last - 1].is_space:
        last -= 1
    return last > first and doc[last - 1].text == ":"


def trailing_verb(site: QuoteSite) -> Found | None:
    if site.kind != "direct":
        return None
    return _speech_verb_after(site.doc, site.text, site.span, site.idx, site.after)


def leading_cue(site: QuoteSite) -> Found | None:
    """`The mayor said: “…”`, `She told reporters “…”`: a verb of saying before the quote."""
    idx, before = site.idx, _after_the_label_dash(site.doc, site.before)
    cue = _cue_in(site.doc, *before, idx, reverse=True)
    if cue is None:
        return _issued_before_a_comma(site.doc, idx, before)
    cue = _saying_reported_before_a_colon(site.doc, cue, before, idx)
    m = _speaker_near_cue(site.doc, cue, before[0], before[1], idx)
    if m is None and cue.i == before[0]:
        m = _speaker_going_on(site.doc, cue, idx, site.p_start)
    return (m, cue.text, "leading-cue") if m is not None else None


def _saying_reported_before_a_colon(doc: Doc, cue: Token, before: tuple[int, int], idx: QuoteIndex) -> Token:
    """`The Tribune said the commissioner told reporters: “…”`: the last verb of saying before
    the quote's colon, with a subject of its own, in a clause the verb of reporting ``cue``
    takes, is the quote's cue; the source before it only reports the words (ROLES.md 1: the one
    who says them speaks). Else ``cue``."""
    if not _ends_in_a_colon(doc, before):
        return cue
    speech = lexicon().speech_verbs
    for i in range(before[1] - 1, cue.i, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech or not idx.outside(i):
            continue
        own = any(c.dep_ in _SUBJECT_DEPS and idx.outside(c.i) for c in verb.children)
        return verb if own and cue.is_ancestor(verb) and _is_cue(verb) else cue
    return cue


def _speaker_going_on(doc: Doc, cue: Token, idx: QuoteIndex, p_start: int) -> Mention | None:
    """`Ruiz stated of the bridge that it was “unsafe.” Adding, “Nobody should cross it.”`: a
    participle of saying that opens its sentence with no subject of its own goes on with the
    subject of the verb of saying in the sentence before, in its paragraph."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    start = doc[cue.i - 1].sent.start
    while start < cue.i and doc[start].idx < p_start:
        start += 1
    earlier = _cue_in(doc, start, cue.i, idx, reverse=True)
    return _subject_of(doc, earlier, idx) if earlier is not None else None


def _issued_before_a_comma(doc: Doc, idx: QuoteIndex, before: tuple[int, int]) -> Found | None:
    """`Hale issued a statement, “We did nothing wrong.”`: a lead-in that puts out a written
    message (as _issues_words reads one) and ends in a comma right before the quote gives the
    message's words; its subject speaks, as after a colon (colon-lead-in)."""
    first, last = before
    if last - first < 3 or doc[last - 1].text != ",":
        return None
    for i in range(last - 2, first - 1, -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") and not _issues_words(tok):
            return None  # (`…, which the club posted on Friday,`: the last verb puts nothing out.)
        if idx.outside(i) and _issues_words(tok):
            m = _subject_of(doc, tok, idx)
            return (m, tok.text, "leading-cue") if m is not None else None
    return None


def _after_the_label_dash(doc: Doc, before: tuple[int, int]) -> tuple[int, int]:
    """`Pollsters agree - Ana Ruiz: “…”`: in a lead-in whose last part, after a dash, is a
    source named before a colon with no verb, the words before the dash are a summary line,
    and a verb of saying in them (`agree`) reports someone else: only the label is the
    lead-in (the colon-lead-in sieve names its source)."""
    first, last = before
    if last - first < 3 or doc[last - 1].text != ":":
        return before
    for i in range(last - 2, first, -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            return before
        if tok.text in _DASHES:
            return (i + 1, last) if i + 1 < last - 1 else before
    return before


def colon_lead_in(site: QuoteSite) -> Found | None:
    if site.kind != "direct":
        return None
    return _colon_lead_in(site.doc, site.text, site.span, site.idx, site.before)


def according_to(site: QuoteSite) -> Found | None:
    for window in (site.before, site.after):
        m = _according_to(site.doc, *window, site.idx)
        if m is not None:
            return m, "according to", "according-to"
    return None


def colon_intro(site: QuoteSite) -> Found | None:
    if not site.opens_paragraph:
        return None
    previous = site.document.previous[site.span.paragraph]
    return _colon_intro(site.doc, site.text, site.span, site.idx, site.idx.context.paragraphs, previous)


def neighbour_sentence(site: QuoteSite) -> Found | None:
    if site.kind != "direct" or not _stands_alone(site.text, site.span):
        return None
    return _neighbour_sentence(site.doc, site.idx, site.before, site.p_start)


def next_sentence(site: QuoteSite) -> Found | None:
    if site.kind != "direct":
        return None
    return _next_sentence(site.doc, site.text, site.span, site.idx, site.after)


# The sentence after a quote that names whose words they were with no verb of saying: `The words
# came from Ana Ruiz, …`, `That was the verdict of Mayor Jon Lee, …`; or with the verb before
# the name, the way a feature opens on the words: `So says Joseph Kiprono, …` (`Or so says`).
_WORDS_CAME_FROM = re.compile(
    r"\s*(?:(?:The|Those|These) words (?:came|come) from|(?:That|This) (?:was|is) the "
    r"(?:verdict|view|warning|message|assessment|judgement|judgment|reaction) of"
    r"|(?:Or s|S)o (?P<verb>says|said))\s+(?=[A-Z])"
)


def words_came_from(site: QuoteSite) -> Found | None:
    """`“…” / The words came from Siobhan McCann, a teacher, …`: a whole quoted sentence, then a
    sentence (the same paragraph's or the next one's first) that gives the words to a person
    named right after its frame, a proper name."""
    whole = site.text[site.span.start : site.span.end].rstrip().endswith((".", "!", "?"))
    if site.kind != "direct" or not whole:
        return None
    paragraphs = site.idx.context.paragraphs
    start = site.span.outer_end
    if not site.text[start : paragraphs[site.span.paragraph][1]].strip():
        if site.span.paragraph + 1 >= len(paragraphs):
            return None
        start = paragraphs[site.span.paragraph + 1][0]
    frame = _WORDS_CAME_FROM.match(site.text, start)
    if frame is None:
        return None
    first, _ = site.idx.token_range(frame.end(), frame.end() + 1)
    head = site.doc[first]
    while head.i + 1 < len(site.doc) and site.doc[head.i + 1].pos_ == "PROPN":
        head = site.doc[head.i + 1]
    m = _mention_for(site.idx.context, head) if head.pos_ == "PROPN" else None
    cue = frame.group("verb") or "came from"
    return (m, cue, "words-came-from") if m is not None and m.kind in ("person", "name") else None


def signature(site: QuoteSite) -> Found | None:
    if site.kind != "direct" or site.span.close_mark < 0:
        return None
    return _signature(site.doc, site.text, site.span, site.idx, site.idx.context.paragraphs)


def paragraph_before(site: QuoteSite) -> Found | None:
    if site.kind != "direct" or not site.opens_paragraph:
        return None
    previous = site.document.previous[site.span.paragraph]
    # (A few words quoted inside the reporter's sentence, `Tama is wary of the “old way” and
    # says …`, leave the sentence the one that says who speaks; any other quote there has its
    # speaker, whom the paragraph after goes on with.)
    spans = site.idx.spans
    if previous < 0 or any(s.paragraph == previous and not _scare_inside(site.text, s) for s in spans):
        return None
    return _reported_before(site.doc, site.idx, site.idx.context.paragraphs[previous])


def headline_speaker(site: QuoteSite) -> Found | None:
    """`Ana Ruiz: ‘We are not done’` as the headline, then a paragraph all quote with nobody
    named: the story opens on the words of the one its headline gives them to."""
    previous = site.document.previous[site.span.paragraph]
    opening = site.idx.context.opening
    if not site.document.headline or previous != opening or site.kind != "direct" or not site.opens_paragraph:
        return None
    if not _stands_alone(site.text, site.span):
        return None
    return _headline_name(site.doc, site.text, site.idx)


def _headline_name(doc: Doc, text: str, idx: QuoteIndex) -> Found | None:
    line_start, line_end = idx.context.paragraphs[idx.context.opening]
    colon = text.find(":", line_start, line_end)
    # (A name and its colon, then the words: not `Update: …` or a sentence before a colon.)
    if colon < 0 or text[colon + 1 : colon + 3].strip()[:1] not in DOUBLE_MARKS | SINGLE_MARKS:
        return None
    first, last = idx.token_range(line_start, colon)
    names = [t for t in doc[first:last] if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    if not names or last - first > 4 or len(names) != last - first:
        return None
    # (A headline's parse is poor: the name counts when the story names them too.)
    head = names[-1]
    if not any(t.text == head.text and t.pos_ == "PROPN" for t in doc[last:]):
        return None
    m = _mention_for(idx.context, head)
    return (m, ":", "headline-speaker") if m is not None else None


def content_verb(site: QuoteSite) -> Found | None:
    return _content_of_verb(site.doc, site.span, site.idx) if site.kind == "partial" else None


# Most precise first: a later sieve only sees the quotes the earlier ones left unattributed.
SIEVES = (
    embedded_cue,
    trailing_cue,
    trailing_verb,
    leading_cue,
    colon_lead_in,
    according_to,
    colon_intro,
    words_came_from,
    neighbour_sentence,
    next_sentence,
    signature,
    paragraph_before,
    headline_speaker,
    content_verb,
)


def transcript_turn(site: QuoteSite) -> Found | None:
    """`PRIYA NAIR: About four hundred.`: a transcript's turn is its label's; an `A:`
    answer is the interviewee's, whom the introduction names."""
    start, end = _label_of_the_turn(site)
    if is_answer(site.text[start:end]):
        m = _interviewee(site.idx)
        return (m, ":", "transcript") if m is not None else None
    start, end = _label_in_full(site, start, end)
    first, last = site.idx.token_range(start, end)
    if last <= first:
        return None
    m = _mention_for(site.idx.context, site.doc[last - 1])
    if m is None or m.start < start or m.end > end:
        # (A name, so that the who layer reads the whole label as one: `JAMES OKORO`, with
        # `JAMES` alone tagged a person.)
        m = Mention(start, end, last - 1, "name")
    return m, ":", "transcript"


def _label_of_the_turn(site: QuoteSite) -> tuple[int, int]:
    """The label of the turn ``site`` is in: its paragraph's, or for a paragraph the turn goes
    on over, the one of the paragraph that opens the turn (the same utterance)."""
    context = site.idx.context
    for span in site.idx.spans:
        if span.style == TURN and span.utterance == site.span.utterance:
            start, end = turn_label(site.text, span, context.paragraphs[span.paragraph][0])
            if end > start:
                return start, end
    return site.span.start, site.span.start


def _label_in_full(site: QuoteSite, start: int, end: int) -> tuple[int, int]:
    """`BECKER:` after `TOM BECKER:`: a label of one word stands for the first label of the
    transcript that ends with it (the name in full a later turn shortens); so does one word
    after a form of address, for a label in full that opens with the same one (`MR PRICE:`
    after `MR JONATHAN PRICE QC:`, as a court's record writes counsel; not `MRS PRICE:`, his
    wife in the witness box), the letters of an honour or a rank after the name aside."""
    text = site.text
    words_here = text[start:end].split()
    address = ""
    if len(words_here) == 2 and words_here[0].lower().rstrip(".") in lexicon().honorifics:
        address = words_here.pop(0).lower().rstrip(".")
    if len(words_here) != 1:
        return start, end
    word = words_here[0]
    for span in site.idx.spans:
        if span.style != TURN:
            continue
        first, last = turn_label(text, span, site.idx.context.paragraphs[span.paragraph][0])
        words = text[first:last].split()
        while len(words) > 2 and words[-1].lower() in lexicon().post_nominals:
            words.pop()
        if address and words[0].lower().rstrip(".") != address:
            continue
        if len(words) > 1 and words[-1].lower() == word.lower():
            return first, last
    return start, end


def _interviewee(idx: QuoteIndex) -> Mention | None:
    """The person the introduction of a Q&A (the paragraphs before its first turn) names:
    one it has speak, else the one the article names most, the first of equals; none on
    furniture lines."""
    context, doc = idx.context, idx.doc
    first_turn = min(s.paragraph for s in idx.spans if s.style == TURN)
    first, last = context.token_range(0, context.paragraphs[first_turn][0])
    heads = []
    k = first
    while k < last:
        tok = doc[k]
        if not (capitalised(tok.text) and opens_person_name(tok)) or context.in_furniture(tok.idx):
            k += 1
            continue
        # (The name's words: capitalised proper nouns, or the tagger's person.)
        end = k + 1
        while end < last and capitalised(doc[end].text) and (doc[end].pos_ == "PROPN" or doc[end].ent_type_):
            end += 1
        if end - k > 1 or tok.ent_type_ == "PERSON":
            heads.append(doc[end - 1])
        k = end
    if not heads:
        return None
    # (One the introduction has speak, `Jack Moran, 54, said`, before one only named, `the
    # trawler Mary Rose`; then the one named most.)
    words = re.findall(r"\w+", context.text)
    best = max(heads, key=lambda head: (_speaks(head), words.count(head.text), -head.i))
    return _mention_for(context, best)


def _speaks(name: Token) -> bool:
    return name.dep_ in _SUBJECT_DEPS and _is_cue(name.head)


def sieve(site: QuoteSite) -> tuple[Attribution, str]:
    """What the sieves decide for one quote: its attribution (no mention when none found),
    and why it was hidden as a term or title, if it was (the trust model weighs a fallback
    proposal for it by that)."""
    if site.span.style == TURN:
        found = transcript_turn(site)
        return Attribution(site.span, found[0] if found else None, ":", "transcript", "direct"), ""
    for hider in HIDERS:
        hidden = hider(site)
        if hidden is not None:
            return Attribution(site.span, None, "", "", hidden[0]), hidden[1]
    for rule in SIEVES:
        found = rule(site)
        if found is not None:
            m, cue, name = _passed_on(site, found)
            return Attribution(site.span, m, cue, name, site.kind), ""
    return Attribution(site.span, None, "", "", site.kind), ""


# Sieves that find the speaker through a verb of saying beside the quote.
_VERB_SIEVES = frozenset({"trailing-cue", "leading-cue", "trailing-verb", "embedded-cue"})


def _passed_on(site: QuoteSite, found: Found) -> Found:
    """`"…," Ana Ruiz said, according to the Lenton Courier`: words someone said that another
    passes on are the source's who passes them on (PolNeAR's outer source, ROLES.md 1: the
    label follows that mention, its note the first speaker), when `according to` follows the
    verb's speaker in the same window, outside quotes; a document is such a source too (`,
    according to a transcript of the show`: ROLES.md 3, speaker type `unknown`)."""
    m, cue, name = found
    if m is not None and (poll := _poll_of_a_share(site.doc, site.idx, m)) is not None:
        return poll, cue, name
    # (`they tell each other how fast the danger is coming, according to a study`: a pronoun's
    # words passed on are the story's own telling, not a quote someone reports.)
    if m is None or name not in _VERB_SIEVES or m.kind == "pronoun":
        return found
    for first, last in (site.before, site.after):
        source = _source_passing_on(site.doc, site.idx, m, first, last)
        if source is not None:
            return source, "according to", "according-to"
    source = _according_to_opening(site.doc, site.idx, m)
    return (source, "according to", "according-to") if source is not None else found


def _according_to_opening(doc: Doc, idx: QuoteIndex, m: Mention) -> Mention | None:
    """`According to the Daily Nation, Mr. Odhiambo said the “…”`: a sentence that opens on
    `according to` a source, with a comma before the speaker, passes on what the speaker said
    as one that closes on it does (PolNeAR's outer source)."""
    first = idx.token_range(m.start, m.end)[0]
    opening = doc[first].sent.start
    words = doc[opening : opening + 2]
    if len(words) < 2 or [t.lower_ for t in words] != ["according", "to"] or not idx.outside(opening):
        return None
    if not any(doc[i].text == "," for i in range(opening + 2, first)):
        return None
    source = _according_to(doc, opening, opening + 2, idx)
    # (`According to ''The Trumps,'' by Gwenda Blair, Donald told …`: a title in quote marks is
    # the words the sieves read, no source passing them on.)
    if source is None or source.end > m.start or not idx.outside(source.head):
        return None
    return source


def _source_passing_on(doc: Doc, idx: QuoteIndex, m: Mention, first: int, last: int) -> Mention | None:
    """The source that passes on what ``m`` said (`, according to the Herald`, `, reports the
    Herald`), after ``m`` among tokens [first, last), outside quotes; None when there is none."""
    after_speaker = max(first, idx.token_range(m.end, m.end + 1)[0])
    if after_speaker >= last:
        return None
    source = _according_to(doc, after_speaker, last, idx) or _reports_after(doc, after_speaker, last, idx)
    return source if source is not None and source.start >= m.end else None


# A share of the people a poll asked: `31%`, `75 percent of voters`, `six in 10 voters`.
_SHARE = re.compile(r"\d\s?(?:%|percent\b|per cent\b)|\b(?:in|of|out of) (?:10|ten|\d+)\b", re.IGNORECASE)
_POLL_NOUNS = frozenset({"poll", "survey"})


def _poll_of_a_share(doc: Doc, idx: QuoteIndex, m: Mention) -> Mention | None:
    """`In a Harbour Times poll released Monday, 31% of voters said they were "angry"`: the
    share of people who answered speaks through the poll named before it in its sentence, the
    source that passes their answers on (PolNeAR's outer source, as with `according to`)."""
    # (The context's text: `Doc.text` joins every token on each call, and this asks per quote.)
    if m.kind == "pronoun" or not _SHARE.search(idx.context.text[m.start : m.end]):
        return None
    first = idx.token_range(m.start, m.end)[0]
    sent = doc[m.head].sent
    polls = [
        t
        for t in doc[sent.start : first]
        if t.lemma_.lower() in _POLL_NOUNS and t.pos_ == "NOUN" and idx.outside(t.i)
    ]
    return _mention_for(idx.context, polls[-1]) if polls else None


def _reports_after(doc: Doc, first: int, last: int, idx: QuoteIndex) -> Mention | None:
    """`, reports the Harbour Times.`, `, reported Reuters`: a comma, `reports` or `reported`,
    and a name in capitals (the parser often hangs it as the verb's object)."""
    for i in range(first, last - 2):
        if doc[i].text != "," or doc[i + 1].lower_ not in ("reports", "reported") or not idx.outside(i + 1):
            continue
        k = i + 2 + (doc[i + 2].lower_ == "the")
        end = k
        while end < last and doc[end].pos_ == "PROPN":
            end += 1
        name_end = end
        end = _past_a_time_phrase(doc, end, last)
        if name_end > k and (end == len(doc) or doc[end].is_punct):
            return _mention_for(idx.context, doc[name_end - 1])
    return None


_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Words that lead into a time the tagger marks (`late on Friday`, `early this morning`).
_TIME_LINKS = frozenset({"on", "in", "at", "late", "early", "earlier"})


def _past_a_time_phrase(doc: Doc, start: int, last: int) -> int:
    """The token after a time phrase at ``start`` (`on Tuesday`, `late on Friday`, `last week`),
    or ``start`` when none is there: `, reported the Daily Nation on Tuesday.` names its source
    as `, reported the Daily Nation.` does."""
    end, timed = start, False
    while end < last and (doc[end].ent_type_ in _TIME_ENTITIES or doc[end].lower_ in _TIME_LINKS):
        timed = timed or doc[end].ent_type_ in _TIME_ENTITIES
        end += 1
    return end if timed else start


def proposals(idx: QuoteIndex, *, title: str = "") -> list[list[Attribution]]:
    """Every quote's candidate attributions, the sieves' own first, each with its ``evidence``.

    The first candidate of a quote is what the sieves decided (with no mention when they
    found none, and the hidden kinds, `scare`, `headline`, `furniture`, `sign`, as they left
    them); the others are further mentions that could be the speaker (see ``_candidates``).
    A quote on a headline, furniture or a sign line gets no other candidate.
    """
    doc, spans, text = idx.doc, idx.spans, idx.context.text
    paragraphs = idx.context.paragraphs
    document = SieveContext.of(idx, title)
    previous = document.previous
    results: list[Attribution] = []
    hidden_as: dict[int, str] = {}
    for q_index, span in enumerate(spans):
        result, why = sieve(QuoteSite.of(document, span))
        results.append(result)
        if why:
            hidden_as[q_index] = why

    final = [_within_bounds(idx, r) for r in results]
    decided = first_person(idx.context, _carry(final, _past_questions(previous, paragraphs, text), text))
    context = TrustContext(doc, text, spans, idx, paragraphs, previous, decided)
    out = []
    for q_index, r in enumerate(decided):
        candidates = [r]
        if r.kind in ("direct", "partial", "scare") and r.span.style != TURN:
            candidates += [_within_bounds(idx, c) for c in _candidates(context, r, q_index)]
        candidates = first_person(idx.context, candidates)
        sources: dict[tuple[int, int], list[str]] = {}
        for c in candidates:
            if c.mention is not None:
                sources.setdefault((c.mention.start, c.mention.end), []).append(c.sieve)
        unique: list[Attribution] = []
        seen: set[tuple[int, int]] = set()
        for n, c in enumerate(candidates):
            if c.mention is None:
                if n == 0:
                    unique.append(c)
                continue
            key = (c.mention.start, c.mention.end)
            if key in seen:
                continue
            seen.add(key)
            evidence = trust_features(context, c, q_index, hidden_as.get(q_index, ""), sources[key], r)
            unique.append(replace(c, evidence=evidence))
        out.append(unique)
    return out


# Verbs that put words on a sign: `a banner that read “…”`, `the sign says “…”`.
_SIGN_VERBS = frozenset({"read", "say", "state", "declare", "proclaim", "announce", "warn", "urge", "ask"})
# `“New lower prices,” reads one`: what `one` reads is written, not said.
_SIGN_PRONOUNS = frozenset({"one", "another", "others", "some"})


_SIGN_LEAD_IN = re.compile(
    r"([\w-]+)\s+(?:(?:that|which)\s+)?(?:read|reads|reading|said|says|saying)\s*:?\s*$", re.IGNORECASE
)


def _sign_subject(verb: Token, idx: QuoteIndex) -> Token | None:
    """What the verb's words are written on, if a thing carries them: the subject (or, for
    `a banner that read`, the noun the relative clause hangs on; for `a sign reading`, the
    noun the participle describes). After a quote the parser may take an inverted subject
    for an object (`“Welcome home,” read the screen`)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    objects = []
    for child in verb.children:
        if not idx.outside(child.i):
            continue
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "dobj" and child.i > verb.i:
            objects.append(child)
    return objects[0] if objects else None


def _on_a_sign(
    doc: Doc, span: QuoteSpan, idx: QuoteIndex, before: tuple[int, int], after: tuple[int, int]
) -> bool:
    """Words written on a sign, a banner, a T-shirt or a screen: nobody is speaking them.

    The verb that governs the quote (its head, the first verb after it or the last before
    it) reads or says them, and its subject is a thing that carries words
    (``models/sign_nouns.txt``), or `one` that `reads` them.
    """
    first, last = idx.token_range(span.start, span.end)
    verbs: list[Token] = []
    for tok in doc[first:last]:
        if idx.outside(tok.head.i) and tok.head.pos_ in ("VERB", "AUX"):
            verbs.append(tok.head)
    near = [*range(after[0], min(after[1], after[0] + 4)), *range(max(before[0], before[1] - 4), before[1])]
    verbs += [doc[i] for i in near if doc[i].pos_ in ("VERB", "AUX")]
    signs = lexicon().sign_nouns
    lead = idx.context.text[max(0, span.open_mark - 40) : span.open_mark]
    lead_in = _SIGN_LEAD_IN.search(lead)
    if lead_in is not None and lead_in.group(1).lower().rstrip("s") in signs:
        # `a T-shirt reading “…”`, which the parser may read as a noun `reading`
        return True
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _SIGN_VERBS:
            continue
        subject = _sign_subject(verb, idx)
        if subject is None or not idx.outside(subject.i):
            continue
        if subject.lemma_.lower() in signs or (lemma == "read" and subject.lower_ in _SIGN_PRONOUNS):
            return True
    return False


# Longest quoted phrase read as a term rather than as someone's words when it names a thing.
_MAX_TERM_WORDS = 4
# Cue verbs that also take things (`offers payments`, `posted losses`, `continues the policy`):
# a quoted term on their object is no quote of their subject.
_TERM_CUES = frozenset(
    "offer offers offered offering post posts posted posting continue continues continued continuing "
    "echo echoes echoed echoing express expresses expressed expressing point points pointed pointing "
    "promise promises promised promising read reads reading remind reminds reminded reminding".split()
)


def _names_a_thing(doc: Doc, text: str, span: QuoteSpan, idx: QuoteIndex) -> bool:
    """A short quoted term that modifies a noun outside the quote: `“risk mitigation”
    payments`, `the “snow day” policy`. It labels a thing; nobody is quoted saying it."""
    words = text[span.start : span.end].split()
    if not words or len(words) > _MAX_TERM_WORDS or any(c in text[span.start : span.end] for c in ".,;:!?"):
        return False
    roots = _quote_roots(doc, span, idx)
    return len(roots) == 1 and (
        roots[0].dep_ in ("compound", "amod", "nmod", "nn")
        and roots[0].head.pos_ in ("NOUN", "PROPN")
        and idx.outside(roots[0].head.i)
    )


def first_person(
    context: DocContext, results: list[Attribution], *, kept_without_byline: bool = False
) -> list[Attribution]:
    """`I` is the byline's author and `we` the publication a byline names, else nobody.

    A column's `“It could be,” I said` is the author's; with no byline (or two authors) the
    row names no one rather than `I`. ``kept_without_byline`` leaves such a row as it is (a
    report's row keeps its cue and its evidence; its unresolved `I` names no one either).
    """
    doc, text = context.doc, context.text
    spoken = [text[r.mention.start : r.mention.end].lower() for r in results if r.mention is not None]
    if "i" not in spoken and "we" not in spoken:
        return results
    lines = context.furniture
    standing_for = {"i": author_byline(text, lines), "we": publisher_byline(text, lines)}
    out = []
    for r in results:
        m = r.mention
        if m is None or m.kind != "pronoun":
            out.append(r)
            continue
        word = text[m.start : m.end].lower()
        if word not in standing_for:
            out.append(r)
            continue
        byline = standing_for[word]
        if byline is None:
            out.append(r if kept_without_byline else Attribution(r.span, None, "", "", r.kind))
            continue
        first, last = context.token_range(byline.start, byline.end)
        kind = "person" if word == "i" and doc[last - 1].ent_type_ == "PERSON" else "name"
        author = Mention(m.start, m.end, m.head, "author", Mention(byline.start, byline.end, last - 1, kind))
        out.append(replace(r, mention=author))
    return out


def _within_bounds(idx: QuoteIndex, r: Attribution) -> Attribution:
    """A mention never reaches into a quote or over a line break: cut it back to its head word.

    The parse of odd text can hang a noun's modifiers across quote marks or paragraphs.
    """
    m = r.mention
    if m is None:
        return r

    def bad(start: int, end: int) -> bool:
        if "\n" in idx.context.text[start:end]:
            return True
        # The spans are in text order and apart: only the last one opening before ``end``
        # can reach into [start, end) (a scan of all of them per mention was quadratic).
        j = bisect_left(idx.spans, end, key=lambda s: s.open_mark) - 1
        return j >= 0 and start < idx.spans[j].outer_end

    if not bad(m.start, m.end):
        return r
    head = idx.doc[m.head]
    start, end = head.idx, head.idx + len(head)
    if head.is_space or head.is_punct or bad(start, end):
        return Attribution(r.span, None, "", "", r.kind)
    return replace(r, mention=Mention(start, end, m.head, m.kind, m.refers))


def _first_char(text: str, p_start: int) -> int:
    i = p_start
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _embedded(
    doc: Doc, span: QuoteSpan, idx: QuoteIndex, before: tuple[int, int], after: tuple[int, int]
) -> tuple[Mention, str, str] | None:
    """A partial quote inside the content of a cue verb: `Trump called it “a disgrace”`.

    Of the cue verbs up the quote's chain of heads the outermost speaks: in `Cruz said Rubio
    will continue to be “a champion”` the words are Cruz's.
    """
    first, last = idx.token_range(span.start, span.end)
    if first >= last:
        return None
    tok: Token | None = doc[first]
    seen = 0
    found: tuple[Mention, str, str] | None = None
    while tok is not None and seen < 12:
        if idx.outside(tok.i) and _is_cue(tok):
            m, passive = idx.cue_subject(tok)
            if m is None and not passive:
                # `Pence was asked about the “…” comment`: the nearest name before a passive cue
                # is who was asked, not who spoke.
                m = _nearest_mention(doc, before[0], tok.i, idx, reverse=True) if tok.i < first else None
            if m is not None:
                found = (m, tok.text, "embedded-cue")
        relative = found is not None and (
            tok.dep_ in ("relcl", "advcl")
            # `under what Hedge called “the old model,” the club charged …`: a free relative
            # after a preposition sets the scene in its own speaker's words (one that is the
            # object of a verb of saying, `lamenting what critics call “…”`, goes on up).
            or tok.dep_ in ("pcomp", "pobj")
            and _free_relative(tok)
            # `Trump called it “…”, but he also noted “…”`: a verb of saying joined to another
            # with a subject of its own is an attribution of its own.
            or tok.dep_ == "conj"
            and any(c.dep_ in _SUBJECT_DEPS and idx.outside(c.i) for c in tok.children)
        )
        if tok.head.i == tok.i or relative or not idx.same_paragraph(tok, tok.head):
            # `said Beck, who said there were “…”`: the relative clause is an attribution of
            # its own, and its `who` is the mention the quote rests on.
            break
        tok = tok.head
        seen += 1
    if found is not None:
        return found
    m = _according_to(doc, before[0], before[1], idx) or _according_to(doc, after[0], after[1], idx)
    if m is not None:
        return m, "according to", "according-to"
    return None


def _free_relative(verb: Token) -> bool:
    """`what Hedge called …`: a clause whose object or subject is `what`."""
    return any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)


# How a quote's words hang on the verb whose content they are: as its object or complement,
# or through a preposition (`thanked him for “…”`), not as a modifier of a noun.
_CONTENT_DEPS = frozenset(
    {"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "conj", "appos", "pobj", "pcomp", "prep"}
)


_MIN_CONTENT_WORDS = 3
# Verbs that link or own rather than report: `X is “the best in the world”`.
_NOT_CONTENT_VERBS = frozenset({"be", "have", "do", "become", "seem", "appear", "remain", "get", "go"})


def _content_of_verb(doc: Doc, span: QuoteSpan, idx: QuoteIndex) -> tuple[Mention, str, str] | None:
    """A partial quote that is what its clause's subject did with words, whatever the verb
    (`Walter Hewlett sniped that Fiorina was “learning on the job”`, `A 2014 report found “no
    evidence …”`): the subject is the source."""
    words = idx.context.text[span.start : span.end].split()
    if len(words) < _MIN_CONTENT_WORDS or is_title_case(" ".join(words)):
        return None  # a short term or a title (`a part in “Rush Hour”`), not reported words
    roots = _quote_roots(doc, span, idx)
    if len(roots) != 1:
        return None
    tok = roots[0]
    for _ in range(6):
        if tok.dep_ not in _CONTENT_DEPS or tok.head.i == tok.i or not idx.same_paragraph(tok, tok.head):
            return None
        tok = tok.head
        if not idx.outside(tok.i):
            return None
        if tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_.lower() in _NOT_CONTENT_VERBS:
                return None
            for child in tok.children:
                if child.dep_ == "nsubj" and idx.outside(child.i):
                    m = _mention_for(idx.context, child)
                    if m is not None and m.kind in ("person", "organization", "name", "pronoun", "relative"):
                        return m, tok.text, "content-verb"
                    return None
    return None


def _speech_verb_after(
    doc: Doc, text: str, span: QuoteSpan, idx: QuoteIndex, after: tuple[int, int]
) -> tuple[Mention, str, str] | None:
    """`“Go back to Univision,” Trump barked`: a quote ending in a comma, then subject and verb.

    A quoted clause cut off by a comma can only go on with its attribution, so whatever the
    verb right after it (`beamed`, `barked`, `shot back`), its subject is the speaker.
    """
    inner = text[span.start : span.end].rstrip()
    if not inner.endswith(",") or after[1] - after[0] < 2:
        return None
    for i in range(after[0], min(after[1], after[0] + 6)):
        tok = doc[i]
        if is_post_by_its_letters(tok):
            continue  # `“…,” Lagos DCP Fatai Owoseni said`: a post the tagger made a verb
        if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            m = _speaker_near_cue(doc, tok, after[0], after[1], idx)
            if m is not None and m.start >= doc[after[0]].idx:
                return m, tok.text, "trailing-verb"
            break
    read = _present_read_as_a_noun_after(doc, after[0], after[1], idx)
    return (read[0], read[1].text, "trailing-verb") if read is not None else None


def _present_read_as_a_noun_after(
    doc: Doc, first: int, last: int, idx: QuoteIndex
) -> tuple[Mention, Token] | None:
    """`“…,” a spokesman for the hospital states.`, `“…,” the Norwegians state`: right after a
    quote cut off by a comma, a verb of saying in the present that the tagger took for a noun
    closing the phrase before it (`the affidavit states`, one noun phrase to the parser) is the
    cue, and that phrase, whatever the parser hung where, is its subject."""
    verbs = lexicon().cue_verbs
    for i in range(first + 1, min(last, first + 8)):
        tok = doc[i]
        if not idx.outside(i) or tok.text in _TERMINATORS:
            return None
        low = tok.lower_
        # (`the Norwegians state`: the bare form after a plural; `the email read`, a past
        # spelled as the bare form.)
        plural = doc[i - 1].tag_ in ("NNS", "NNPS")
        present = low.endswith("s") and low[:-1] in verbs or (plural or low in _PAST_AS_BARE) and low in verbs
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG" and not present:
            return None
        if not tok.is_lower or not present or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and not (nxt.is_punct or nxt.pos_ == "ADP"):
            return None  # (`the club's notes show …`: a noun after all.)
        # The phrase's head: its last noun before any preposition (`a spokesman for the club`).
        end = next((t.i for t in doc[first:i] if t.pos_ == "ADP"), i)
        nouns = [t for t in doc[first:end] if t.pos_ in ("NOUN", "PROPN", "PRON") or t.tag_ == "VBG"]
        m = _mention_for(idx.context, nouns[-1]) if nouns else None
        if m is None and doc[i - 1].lower_ in lexicon().document_nouns:
            # (`the editorial read`, `the ruling states`: the tagger made the document an
            # adjective or a participle, but a document cited as the speaker is one, ROLES.md 3.)
            m = Mention(doc[i - 1].idx, doc[i - 1].idx + len(doc[i - 1]), i - 1, "description")
        if m is not None and m.kind == "description":
            # (The parse hung the article on the cue: the description is the whole phrase.)
            m = replace(m, start=doc[first].idx, end=doc[i - 1].idx + len(doc[i - 1]))
        return (m, tok) if m is not None else None
    return None


# Verbs of saying whose past is spelled as their bare form (English grammar): after a quote,
# `“…,” the email read.` is a past the tagger may take for a noun, `a good read`.
_PAST_AS_BARE = frozenset({"read"})


def _colon_lead_in(
    doc: Doc, text: str, span: QuoteSpan, idx: QuoteIndex, before: tuple[int, int]
) -> tuple[Mention, str, str] | None:
    """`The campaign worded it more carefully: “…”`, `More from Blumenthal and Cohen: “…”`.

    A clause that ends in a colon right before a quote introduces it, whatever its verb: its
    subject speaks, or, with no verb, the last name in it.
    """
    first, last = before
    if last - first < 2 or doc[last - 1].text != ":":
        return None
    if (label := _a_courts_label(doc, first, last - 1)) is not None:
        return label, ":", "court-label"
    # `Signs of momentum were there all along - More from Blumenthal and Cohen:`: the lead-in
    # starts after a dash.
    for i in range(last - 2, first - 1, -1):
        if doc[i].text in _DASHES:
            first = i + 1
            label = _name_label(doc, first, last - 1)
            if label is not None:
                return label, ":", "colon-lead-in"
            break
    named = doc[last - 2]
    addressee = _is_recipient(named.head if named.dep_ == "compound" else named)
    if named.ent_type_ in ("PERSON", "ORG") and not addressee:
        # `… doesn’t surprise pollster Daron Shaw:` — the name right before the colon speaks
        # (not `a blunt message to Ruiz:`, whom it is for).
        m = _mention_for(idx.context, named)
        if m is not None:
            return m, ":", "colon-lead-in"
    for i in range(last - 2, first - 1, -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") and (tok.dep_ == "ROOT" or tok.head.i < first or tok.head.i >= last):
            m = _subject_of(doc, tok, idx)
            if m is not None and m.start >= doc[first].idx:
                return _owner_of_the_words(idx, m) or m, tok.text, "colon-lead-in"
            if tok.lemma_.lower() != "be":
                return None
            break  # `Here’s Ana Ruiz in 1992:` — no subject that speaks: the name does
    misread = _cue_read_as_a_noun(doc, first, last - 2, idx)
    if misread is not None:
        return misread, doc[last - 2].text, "colon-lead-in"
    document = _from_a_document(doc, first, last - 1) or _a_described_speakers_label(doc, first, last - 1)
    if document is not None:
        return document, ":", "colon-lead-in"
    side = _sides_job(doc, first, last - 1, idx)
    if side is not None:
        return side, ":", "colon-lead-in"
    m = _nearest_mention(doc, first, last - 1, idx, reverse=True)
    if m is not None:
        return m, ":", "colon-lead-in"
    return None


def _sides_job(doc: Doc, first: int, last: int, idx: QuoteIndex) -> Mention | None:
    """`Speaking after the defeat in Bergen, the Molde coach, a former international, was
    blunt: “…”`, the parse hanging `the Molde coach` on the place as its apposition and the
    verb left with no subject: a job with its side's name before it (`the <side> coach`) and
    no name set beside it is who speaks, not the side's name, which the tagger may call a
    person. The last such job before the colon."""
    for i in range(last - 1, first, -1):
        job = doc[i]
        if job.pos_ != "NOUN" or job.lemma_.lower() not in lexicon().role_nouns or not idx.outside(i):
            continue
        kids = list(job.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            continue
        if not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == i - 1 for c in kids):
            continue
        beside = [c for c in kids if c.dep_ == "appos"] + ([job.head] if job.dep_ == "appos" else [])
        if any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ == "") for t in beside):
            return None  # `Jan Olsen, the Molde coach, …`: the name speaks
        return _noun_mention(job)
    return None


def _from_a_document(doc: Doc, first: int, last: int) -> Mention | None:
    """`From the report: “…”`, `More from the ruling: “…”`: a lead-in that is nothing but the
    document the words come from hands them to it, as a document cited as the speaker speaks
    (ROLES.md 3); the parse hangs `from` on the quote's verb, so no clause around it says so."""
    words = [t for t in doc[first:last] if not t.is_space]
    start = 1 if words[:1] and words[0].lower_ in ("more", "also") else 0
    lead = words[start:]
    if len(lead) != 3 or lead[0].lower_ != "from" or lead[1].tag_ not in ("DT", "PRP$"):
        return None
    noun = lead[2]
    if noun.i != lead[1].i + 1 or not _a_cited_document(noun):
        return None
    return Mention(lead[1].idx, noun.idx + len(noun), noun.i, "description")


def _a_described_speakers_label(doc: Doc, first: int, last: int) -> Mention | None:
    """`The Mayor: “Is that seconded?”`, `The prisoner: “Of ale, sir.”`: a lead-in that is
    nothing but `the` and a noun for a person (a job or none: models/role_nouns.txt,
    person_nouns.txt), with a word or two before it, labels who speaks, as council minutes and
    court reports set out an exchange."""
    words = [t for t in doc[first:last] if not t.is_space]
    if not 2 <= len(words) <= 4 or words[0].lower_ != "the" or words[0].i != first:
        return None
    noun = words[-1]
    if noun.tag_ not in ("NN", "NNP") or not lexicon().names_a_person(noun.lemma_.lower()):
        return None
    if any(t.ent_type_ or t.is_punct for t in words):
        return None
    return Mention(words[0].idx, noun.idx + len(noun), noun.i, "description")


def _a_courts_label(doc: Doc, first: int, last: int) -> Mention | None:
    """`Accused: “I had only two glasses.”`, `Witness: “…”`, `Her Worship: “Fined ten
    shillings.”`: a court report's label opening its line, a noun for a person in capitals
    alone (models/person_nouns.txt: the parties and witnesses) or a judge's style after `his` or
    `her`, sets out who speaks as a transcript's label does (the `court-label` sieve)."""
    words = [t for t in doc[first:last] if not t.is_space]
    if not words or words[0].i != first or not _opens_a_line(doc, words[0]):
        return None
    styled = len(words) == 2 and styled_after_his_or_her(doc, words[1])
    party = len(words) == 1 and words[0].is_title and words[0].lower_ in lexicon().person_nouns
    if not styled and not party:
        return None
    return Mention(words[0].idx, words[-1].idx + len(words[-1]), words[-1].i, "description")


def _opens_a_line(doc: Doc, tok: Token) -> bool:
    """Whether a token is the first word of its line."""
    return not doc.text[doc.text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip()


def _name_label(doc: Doc, first: int, last: int) -> Mention | None:
    """`Turnout was the story of the night - Ana Ruiz: “…”`: a round-up's label after a dash,
    nothing but words in capitals the tagger read as a name, is the source, though it left
    them out of its entities."""
    words = doc[first:last]
    if not 1 <= len(words) <= 4 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
        return None
    kind = "organization" if words[-1].ent_type_ == "ORG" else "person"
    return Mention(words[0].idx, words[-1].idx + len(words[-1].text), last - 1, kind)


def _owner_of_the_words(idx: QuoteIndex, m: Mention) -> Mention | None:
    """`The mayor's reply was blunt: “No.”`, `Her message to voters was simple: “…”`: a noun
    for what was said (models/utterance_nouns.txt) heading the lead-in's subject stands for its
    owner's words, and the owner speaks."""
    noun = idx.doc[m.head]
    if m.kind != "description" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().utterance_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    found = _mention_for(idx.context, owner) if owner is not None else None
    return found if found is not None and found.kind != "relative" else None


def _cue_read_as_a_noun(doc: Doc, first: int, cue: int, idx: QuoteIndex) -> Mention | None:
    """`The 47-year-old fumed: “…”`, the verb read as a noun the age describes: the words before
    a cue verb's past form right before the colon are who speaks."""
    word = doc[cue]
    low = word.lower_
    verbs = lexicon().cue_verbs
    past = low.endswith("ed") and any(low[:-k] in verbs for k in (1, 2, 3))
    if not past or word.pos_ not in ("NOUN", "ADJ") or cue - 1 < first:
        return None
    m = _mention_for(idx.context, doc[cue - 1])
    return m if m is not None and m.kind in ("pronoun", "person", "name", "description") else None


def _next_sentence(
    doc: Doc, text: str, span: QuoteSpan, idx: QuoteIndex, after: tuple[int, int]
) -> tuple[Mention, str, str] | None:
    """`“I waited an hour in the rain.” Ana Pereira, a nurse, said she had been late.`

    A whole quoted sentence followed by a sentence whose subject reports something: the
    quote is theirs, even though their verb reports another clause.
    """
    if not text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return None
    cue = _cue_in(doc, *after, idx, reverse=False)
    if cue is None or _ends_in_a_colon(doc, after):
        # `“…” He went on: “…”`: a sentence that ends in a colon leads into the next quote.
        return None
    m = _subject_of(doc, cue, idx)
    if m is not None and m.kind in ("person", "pronoun", "name", "organization", "relative"):
        return m, cue.text, "next-sentence"
    return None


def _signature(
    doc: Doc, text: str, span: QuoteSpan, idx: QuoteIndex, paragraphs: list[tuple[int, int]]
) -> tuple[Mention, str, str] | None:
    """A quote that makes a paragraph of its own, signed on the next line (`— Hillary Clinton.`)
    or after it on its own line (`“…” — Ana Ruiz, mayor of Lenton`)."""
    p_end = paragraphs[span.paragraph][1]
    rest = text[span.outer_end : p_end]
    if rest.strip()[:1] in ("-", "—", "–") and len(rest.split()) <= 8:
        n_start, n_end = span.outer_end, p_end
    elif span.paragraph + 1 < len(paragraphs) and not rest.strip():
        n_start, n_end = paragraphs[span.paragraph + 1]
    else:
        return None
    line = text[n_start:n_end].strip()
    if not line or line[0] not in "-—–" or len(line.split()) > 8:
        return None
    first, last = idx.token_range(n_start, n_end)
    # `— Morrison.`, `— Ana Ruiz, mayor of Lenton`: the entity tagger often misses a name on a
    # line of its own, but a person's proper name right after the dash is the one who signs
    # (not the place of an office after it).
    signer = _proper_name_after_the_dash(doc, first, last, idx)
    if signer is not None and signer.kind in ("person", "name"):
        return signer, "—", "signature"
    m = _nearest_mention(doc, first, last, idx, reverse=False)
    if m is not None and m.kind in ("person", "organization"):
        return m, "—", "signature"
    if signer is not None and signer.kind == "organization":
        return signer, "—", "signature"
    return None


def _proper_name_after_the_dash(doc: Doc, first: int, last: int, idx: QuoteIndex) -> Mention | None:
    words = [t for t in doc[first:last] if not (t.is_space or t.text in _DASHES)]
    if not words or words[0].pos_ != "PROPN":
        return None
    head = words[0]
    while head.i + 1 < last and doc[head.i + 1].pos_ == "PROPN":
        head = doc[head.i + 1]
    return _mention_for(idx.context, head)


# A colon ending a paragraph, and the dash old papers set after it (`… last evening, said:—`,
# `as follows:-`).
_ENDS_ON_A_COLON = re.compile(r":[ \t]*(?:[—–]|-{1,2})?\s*$")


def _colon_intro(
    doc: Doc, text: str, span: QuoteSpan, idx: QuoteIndex, paragraphs: list[tuple[int, int]], previous: int
) -> tuple[Mention, str, str] | None:
    """A paragraph that is all quote, after one that ends `X said:` (``previous``, the story
    paragraph before, past any caption or credit line)."""
    if previous < 0:
        return None
    prev_start, prev_end = paragraphs[previous]
    if not _ENDS_ON_A_COLON.search(text, prev_start, prev_end):
        return None
    first, last = idx.token_range(prev_start, prev_end)
    if (outlet := _outlet_whose_story_is_cited(doc, first, last, idx)) is not None:
        return outlet
    cue = _cue_in(doc, first, last, idx, reverse=True)
    if cue is not None:
        m = _speaker_near_cue(doc, cue, first, last, idx)
        if m is not None:
            return m, cue.text, "colon-intro"
    m = _nearest_mention(doc, first, last, idx, reverse=True)
    if m is not None:
        return m, ":", "colon-intro"
    return None


# Verbs by which a sentence cites a body's earlier story (`As the Daily Nation reported, …:`).
_STORY_VERBS = frozenset({"report", "reveal"})


def _outlet_whose_story_is_cited(
    doc: Doc, first: int, last: int, idx: QuoteIndex
) -> tuple[Mention, str, str] | None:
    """`As the Daily Nation reported last week, the county government was still refusing to call
    the missing funds a theft:` then a paragraph all quote: the quote is the story the `as`
    clause cites, so the body that reported it speaks (ROLES.md 1: a source named so is the
    speaker), not the subject of a verb nearer the colon. Only a body's name as the subject of
    an `as` clause opening the sentence that ends on the colon, the sentence's own verb not one
    of saying (`As Reuters reported, the minister said:`: the minister)."""
    end = next((i for i in range(last - 1, first - 1, -1) if doc[i].text == ":"), None)
    if end is None:
        return None
    opener = doc[doc[end].sent.start]
    verb = opener.head
    if opener.i < first or opener.lower_ != "as" or opener.dep_ != "mark" or verb.dep_ != "advcl":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in _STORY_VERBS or subject is None or subject.ent_type_ != "ORG":
        return None
    if _is_cue(verb.head):
        return None
    m = _speaker_near_cue(doc, verb, first, last, idx)
    return (m, verb.text, "colon-intro") if m is not None else None


def _scare_inside(text: str, span: QuoteSpan) -> bool:
    """A few words quoted inside a sentence, with no stop of their own (`the “old way”`)."""
    return _looks_like_title_or_scare(text, span) and not _stands_alone(text, span)


def _reported_before(
    doc: Doc, idx: QuoteIndex, paragraph: tuple[int, int]
) -> tuple[Mention, str, str] | None:
    """A paragraph that is all quote after one whose last sentence says who speaks, with no
    colon and no quote of its own: `Howard went on with his remarks.` / `“…”`, or `Howard
    said the vote was close.` / `“…”` (the reporter's paraphrase, then the words)."""
    first, last = idx.token_range(*paragraph)
    start = last - 1
    while start > first and doc[start - 1].text not in _TERMINATORS:
        start -= 1
    for i in range(last - 1, start - 1, -1):
        tok = doc[i]
        if _issues_words(tok):
            m = _subject_of(doc, tok, idx)
            if m is not None and (m.kind in _SPEAKER_KINDS or _someone(doc, m)):
                return m, tok.text, "paragraph-before"
            return None
        if not (_is_cue(tok) or tok.lemma_.lower() in _SPEAKING_VERBS) or tok.dep_ in ("relcl", "acl"):
            # (`delegates pledged to her may reconsider`: a verb of saying that describes a
            # noun says nothing of who speaks next.)
            continue
        # `The lock defended the call, telling reporters the maul was their strength.`: a
        # participle of saying hung on the sentence's verb reports as that verb's subject.
        told = tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.tag_ in ("VBD", "VBZ", "VBP")
        # `Asked about the cuts, Cotter was blunt.`: the one a question was put to answers next.
        told = told or _asked_before(tok)
        if tok.tag_ in ("VBD", "VBZ", "VBP") or told or _to_say(tok):
            cue = tok
            tok = _finite_head(tok) if _to_say(tok) else _governing_cue(tok, idx)
            m = _subject_of(doc, tok, idx)
            if m is not None and (m.kind in _SPEAKER_KINDS or _someone(doc, m)):
                return m, cue.text if _to_say(cue) else tok.text, "paragraph-before"
            return None
    return None


_SPEAKER_KINDS = frozenset({"person", "organization", "name", "pronoun"})


def _asked_before(tok: Token) -> bool:
    """`Asked about the cuts, Cotter was blunt.`: a participle `asked` opening its sentence,
    hung on a finite verb, puts a question to that verb's subject, whose answer comes next."""
    return (
        tok.lemma_.lower() == "ask"
        and tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and tok.i < tok.head.i
        and tok.head.tag_ in ("VBD", "VBZ", "VBP")
    )


def _issues_words(verb: Token) -> bool:
    """`Mensah's office issued a statement.`, `The union released a statement on Friday.`: a
    finite verb that puts out a written message (the verb's object a noun of one) says whose
    words a paragraph all quote after it is, as a verb of saying does."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("relcl", "acl") or _denied(verb):
        return False
    if verb.lemma_.lower() not in lexicon().issuing_verbs:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGE_NOUNS for c in verb.children)


# The written messages whose words a paragraph after may give whole (not a study, a poll or a
# report, whose findings are quoted as well as its words).
_MESSAGE_NOUNS = frozenset("statement announcement message email letter tweet post memo".split())

# Verbs that say the infinitive after them was not done (`declined to comment`).
_NOT_DONE = frozenset("decline refuse fail".split())


def _to_say(verb: Token) -> bool:
    """`Hohaia was quick to add that …`, `He went on to say …`: a verb of saying in the
    infinitive, hung on the sentence's finite verb (or an adjective that verb takes), reports
    as that verb's subject; not one declined (`She declined to comment.`)."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp":
        return False
    head = _finite_head(verb)
    if head.tag_ not in ("VBD", "VBZ", "VBP") or _denied(head) or _denied(verb):
        return False
    return head.lemma_.lower() not in _NOT_DONE


def _finite_head(verb: Token) -> Token:
    """The finite verb an infinitive of saying hangs on (`was` of `was quick to add`), whose
    subject speaks."""
    return verb.head.head if verb.head.dep_ == "acomp" else verb.head


def _someone(doc: Doc, m: Mention) -> bool:
    """A description of a person (`the coach`, `the 29-year-old lock`), not of a thing (`the
    report`)."""
    if m.kind != "description":
        return False
    words = doc.char_span(m.start, m.end, alignment_mode="expand") or doc[m.head : m.head + 1]
    return _is_a_person(doc[m.head]) or any(is_age_description(t) for t in words)


# Verbs that say someone spoke without reporting what (`Ana Ruiz spoke for ten minutes.`,
# `She addressed the crowd.`): no cue for a quote in their own sentence, but the paragraph
# all quote after one ending so is the words.
_SPEAKING_VERBS = frozenset({"speak", "address"})


def _neighbour_sentence(
    doc: Doc, idx: QuoteIndex, before: tuple[int, int], p_start: int
) -> tuple[Mention, str, str] | None:
    """The attribution in the sentence just before the quote's lead-in, in its paragraph."""
    end = before[0]
    start = end
    if end > 0 and doc[end - 1].text in _TERMINATORS and idx.outside(end - 1):
        start = end - 1
        while (
            start > 0
            and doc[start - 1].idx >= p_start
            and idx.outside(start - 1)
            and doc[start - 1].text not in _TERMINATORS
        ):
            start -= 1
        cue = _cue_in(doc, start, end, idx, reverse=True)
        if cue is not None:
            m = _speaker_near_cue(doc, cue, start, end, idx)
            if m is not None:
                return _passed_on_before(doc, idx, m, end) or (m, cue.text, "neighbour-sentence")
            return None
        return _issuer_before(doc, idx, start, end)
    return None


def _issuer_before(doc: Doc, idx: QuoteIndex, start: int, end: int) -> tuple[Mention, str, str] | None:
    """`The union issued a statement on Friday. “We will not accept this offer.”`: a quote
    that is a sentence of its own, after one in its paragraph that puts out a written message
    with no verb of saying, is the words of whoever put it out (as a paragraph all quote after
    one is: _reported_before)."""
    for i in range(end - 1, start - 1, -1):
        if idx.outside(i) and _issues_words(doc[i]):
            m = _subject_of(doc, doc[i], idx)
            if m is not None and (m.kind in _SPEAKER_KINDS or _someone(doc, m)):
                return m, doc[i].text, "neighbour-sentence"
            return None
    return None


def _passed_on_before(doc: Doc, idx: QuoteIndex, m: Mention, end: int) -> Found | None:
    """`"…," Ana Ruiz said, according to the Herald. "…"`: the quote after goes on with the
    words the sentence before passed on, so it is the source's too, as _passed_on gives that
    sentence's own quote (PolNeAR's outer source); not a pronoun's words, as there."""
    source = None if m.kind == "pronoun" else _source_passing_on(doc, idx, m, 0, end)
    return None if source is None else (source, "according to", "neighbour-sentence")


def _furniture_paragraphs(context: DocContext) -> dict[int, str]:
    """The paragraphs (lines) that are page furniture, with their kind."""
    lines = context.furniture
    if not lines:
        return {}
    first_chars = [p[0] for p in context.paragraphs]
    return {bisect_right(first_chars, f.start) - 1: f.kind for f in lines}


def _previous_story_paragraphs(count: int, furniture: dict[int, str]) -> list[int]:
    """For each paragraph, the story paragraph before it (-1 for none), past any caption,
    credit or reading prompt, so that these do not come between two paragraphs of one speaker."""
    previous = []
    last = -1
    for p in range(count):
        previous.append(last)
        kind = furniture.get(p)
        if kind is None:
            last = p
        elif kind not in INSERTED_KINDS:
            last = -1
    return previous


_SENTENCE_START = re.compile(r"(?:^|[.!?…:][\"”’')\]]*)\s*$")


def _stands_alone(text: str, span: QuoteSpan) -> bool:
    """A quote that is a sentence of its own (or several), not words inside someone else's
    sentence (`the thriller “Bloodline,” and …`): only such a quote goes on a speaker's turn."""
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    if not _SENTENCE_START.search(text[line_start : span.open_mark]):
        return False
    if span.close_mark < 0:
        return True
    line_end = text.find("\n", span.outer_end)
    after = text[span.outer_end : line_end if line_end >= 0 else len(text)].lstrip()
    inner = text[span.start : span.end].rstrip()
    ends = inner[-1:] in ".!?…" or after[:1] in (".", "!", "?", "“", '"', "‘", "'")
    return not after or ends or capitalised(after)


# The longest question an interviewer's line is taken to be, in words.
_MAX_QUESTION_WORDS = 30


def _past_questions(previous: list[int], paragraphs: list[tuple[int, int]], text: str) -> list[int]:
    """The story paragraph before each paragraph, past an interviewer's question set as a
    paragraph of its own, with no quote marks (`Will jobs go?`): the answer after it goes on
    with the one who answered before (a Q&A's turns)."""
    out = []
    for p in previous:
        if p >= 0:
            line = text[paragraphs[p][0] : paragraphs[p][1]].strip()
            question = line.endswith("?") and len(line.split()) <= _MAX_QUESTION_WORDS
            # (An apostrophe is no quote mark: `What's next?` is a question all the same.)
            if question and not any(mark in line for mark in (*DOUBLE_MARKS, "‘")):
                p = previous[p]
        out.append(p)
    return out


def _carry(results: list[Attribution], previous: list[int], text: str) -> list[Attribution]:
    """Give unattributed direct quotes the speaker of their utterance or paragraph (or of the
    story paragraph before), when they stand as sentences of their own."""
    results = _named_at_its_end(results, text)
    by_utterance: dict[int, Attribution] = {}
    for r in results:
        if r.mention is not None and r.span.utterance not in by_utterance:
            by_utterance[r.span.utterance] = r
    out: list[Attribution] = []
    last_by_paragraph: dict[int, Attribution] = {}
    for r in results:
        if r.mention is None and r.kind == "direct":
            same = by_utterance.get(r.span.utterance)
            if same is not None:
                r = Attribution(r.span, same.mention, same.cue, "same-utterance", r.kind)
            else:
                p = r.span.paragraph
                prev = last_by_paragraph.get(p) or last_by_paragraph.get(previous[p])
                if prev is not None and _stands_alone(text, r.span):
                    r = Attribution(r.span, prev.mention, prev.cue, "paragraph-carry", r.kind)
        if r.mention is not None and r.sieve != "content-verb":
            last_by_paragraph[r.span.paragraph] = r
        out.append(r)
    return out


# Sieves that find a speaker from the sentences around a quote, not from a cue linked to it.
_AROUND_SIEVES = frozenset({"paragraph-before", "neighbour-sentence"})


def _named_at_its_end(results: list[Attribution], text: str) -> list[Attribution]:
    """A quote that runs on over paragraphs and is attributed after its last piece (`“…` /
    `“…,” said Gareth Pryce.`) is that speaker's in every paragraph: a piece an earlier
    paragraph's sentence gave to someone else (`The plant will close, its owners said.` /
    `“We were told nothing.` / `“…,” said Pryce.`) is one utterance with the attributed one,
    whose cue the reader meets where the quote ends. A pronoun there (`“…,” she added.`)
    takes the pieces the paragraph before gave to the one it goes on with (`Ms Ruiz said …` /
    `“…` / `“…,” she added.`): the utterance rests on its own cue, and the pronoun names that
    same person. Not for a piece that names the speaker itself (`“King said the plan
    failed.`): that is a report quoted whole, whose source the paragraph before gives."""
    closing: dict[int, Attribution] = {}
    for r in results:
        if r.mention is not None and r.sieve in ("trailing-cue", "trailing-verb"):
            closing[r.span.utterance] = r
    out = []
    for r in results:
        end = closing.get(r.span.utterance)
        if end is not None and end.mention is not None and r.span.paragraph < end.span.paragraph:
            surname = text[end.mention.start : end.mention.end].split()[-1]
            own = "" if r.mention is None else text[r.mention.start : r.mention.end].split()[-1]
            weak = r.mention is None or (r.sieve in _AROUND_SIEVES and own != surname)
            pronoun = end.mention.kind == "pronoun"
            if pronoun:
                # (A piece right after a quote its own paragraph attributes goes on with that
                # quote, `“…,” Ruiz said. “…` / `“…,” she said.`: only a piece whose speaker
                # came from the paragraph before has no cue of its own nearer than the end's.)
                weak = r.mention is None or r.sieve == "paragraph-before"
            # (A pronoun is no name a report quoted whole could hold: `she` inside is anyone.)
            names_itself = not pronoun and surname in text[r.span.start : r.span.end]
            if weak and r.kind == "direct" and not names_itself:
                r = Attribution(r.span, end.mention, end.cue, "same-utterance", r.kind)
        out.append(r)
    return out


# The longest climb from a quote to the verb or noun whose clause it sits in.
_MAX_CLAUSE_STEPS = 8


def _clause_subject(
    doc: Doc, span: QuoteSpan, idx: QuoteIndex
) -> tuple[Mention, Token, tuple[str, ...]] | None:
    """The subject of the clause a quote sits in, whatever its verb: `She rails against its
    “wall of protectionism”`, `Lee offered himself as a “law and order” candidate`; or the
    owner of the noun it hangs on (`Ruiz’s claim that she “never lost a file”`). With the word
    that governs it and what the climb to it was like."""
    first, last = idx.token_range(span.start, span.end)
    roots = [t for t in doc[first:last] if not (first <= t.head.i < last) and not (t.is_punct or t.is_space)]
    if not roots:
        return None
    tok = roots[0]
    for step in range(1, _MAX_CLAUSE_STEPS + 1):
        if tok.head.i == tok.i or not idx.same_paragraph(tok, tok.head):
            return None
        tok = tok.head
        if not idx.outside(tok.i):
            continue
        m, via = idx.clause_owner(tok)
        if m is not None:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("NOUN", "PROPN"):
                governs = "noun"
            elif lemma in lexicon().cue_verbs:
                governs = "cue"
            elif lemma in _NOT_CONTENT_VERBS:
                governs = "link"
            else:
                governs = "verb"
            return m, tok, (f"via={via}", f"steps={min(step, 4)}", f"governor={governs}")
    return None


# Sieves that find the speaker through a verb of saying (or `according to`) beside the quote.
_CUE_SIEVES = frozenset({"trailing-cue", "leading-cue", "trailing-verb", "according-to", "embedded-cue"})


@dataclass
class TrustContext:
    """What one document's candidates and their trust features are read from."""

    doc: Doc
    text: str
    spans: list[QuoteSpan]
    idx: QuoteIndex
    paragraphs: list[tuple[int, int]]
    previous: list[int]  # the story paragraph before each paragraph (-1 for none)
    decided: list[Attribution]  # what the sieves decided for each quote

    def sentence(self, i: int) -> Span:
        """The sentence holding token ``i`` (only when ``has_sentences``)."""
        return self.idx.context.sentence(i)

    def __post_init__(self) -> None:
        self.has_sentences = self.idx.context.has_sentences
        self.in_paragraph: dict[int, int] = {}
        self.in_utterance: dict[int, int] = {}
        for s in self.spans:
            self.in_paragraph[s.paragraph] = self.in_paragraph.get(s.paragraph, 0) + 1
            self.in_utterance[s.utterance] = self.in_utterance.get(s.utterance, 0) + 1
        # How often the sieves named each head word (lower case) for a quote through a cue
        # beside it: a candidate that speaks elsewhere in the article is likelier to speak here.
        self.speaking_heads: dict[str, int] = {}
        for r in self.decided:
            if r.mention is not None and r.sieve in _CUE_SIEVES:
                word = self.doc[r.mention.head].lower_
                self.speaking_heads[word] = self.speaking_heads.get(word, 0) + 1
        # Whether each sentence (by its first token) has a verb of saying outside quote marks.
        self.cue_in_sentence: dict[int, bool] = {}
        # The quoted words seen before each quote: a phrase quoted again is often a term the
        # article keeps using rather than new words of someone.
        self.seen_before: list[bool] = []
        seen: set[str] = set()
        for s in self.spans:
            words = " ".join(self.text[s.start : s.end].casefold().strip(" ,.;:!?").split())
            self.seen_before.append(words in seen)
            seen.add(words)
        # How many people's names start outside quote marks up to each token (prefix sums),
        # so that whether another person is named between a mention and its quote costs
        # nothing per candidate.
        doc, idx = self.doc, self.idx
        self.names_before = [0] * (len(doc) + 1)
        cols, person = idx.context.columns, doc.vocab.strings.as_int("PERSON")
        for i in range(len(doc)):
            starts = cols.ent_begins[i] and cols.ent_type[i] == person and idx.outside(i)
            self.names_before[i + 1] = self.names_before[i] + int(starts)
        # The speaker the sieves last named in each paragraph, before each quote.
        self.paragraph_speaker: list[Mention | None] = []
        last: dict[int, Mention] = {}
        for r in self.decided:
            p = r.span.paragraph
            here = last.get(p)
            if here is None and self.previous[p] >= 0:
                here = last.get(self.previous[p])
            self.paragraph_speaker.append(here)
            if r.mention is not None and r.sieve != "content-verb":
                last[p] = r.mention


def _candidates(context: TrustContext, r: Attribution, q_index: int) -> list[Attribution]:
    """Other mentions that could be a quote's speaker, besides the sieves' choice: the subject
    of the clause it sits in, the nearest name or pronoun before and after it in its sentence,
    the subject of the sentence before (in its paragraph), and the paragraph's speaker."""
    doc, idx, span = context.doc, context.idx, r.span
    kind = "partial" if r.kind == "scare" else r.kind
    was = r.kind if r.mention is None else ""
    out = []

    def add(m: Mention | None, cue: str, sieve: str, evidence: tuple[str, ...] = ()) -> None:
        if m is not None:
            out.append(Attribution(span, m, cue, sieve, kind, evidence, was))

    clause = _clause_subject(doc, span, idx)
    if clause is not None:
        add(clause[0], clause[1].text, "clause-subject", clause[2])
    first, last = idx.token_range(span.open_mark, span.outer_end)
    if 0 < first < len(doc) and context.has_sentences:
        sentence = context.sentence(first - 1)
        if idx.same_paragraph(doc[sentence.start], doc[first]):
            add(_nearest_mention(doc, sentence.start, first, idx, reverse=True), "", "nearest-before")
        elif idx.same_paragraph(doc[first - 1], doc[first]):
            add(_nearest_mention(doc, first - 1, first, idx, reverse=True), "", "nearest-before")
        start = sentence.start
        if start > 0:
            before = context.sentence(start - 1)
            root = before.root
            if idx.same_paragraph(root, doc[first]) and idx.outside(root.i):
                for child in root.children:
                    if child.dep_ in _SUBJECT_DEPS and idx.outside(child.i):
                        add(_mention_for(idx.context, child), root.text, "previous-subject")
                        break
    if 0 < last < len(doc) and context.has_sentences:
        sentence = context.sentence(last)
        end = sentence.end
        while end > last and not idx.same_paragraph(doc[last], doc[end - 1]):
            end -= 1
        after = _nearest_mention(doc, last, end, idx, reverse=False)
        # (Not a name past the speaker the sieves found after the quote: `“…,” the editorial
        # read, urging Mayor Tom Reid to think again` is the editorial's, Reid its listener.)
        chosen = r.mention
        if chosen is None or after is None or not (span.outer_end <= chosen.start < after.start):
            add(after, "", "nearest-after")
    add(context.paragraph_speaker[q_index], "", "paragraph-speaker")
    return out


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    """The first bound ``value`` does not exceed, as a label (`<=4`), or `>` the last."""
    for b in bounds:
        if value <= b:
            return f"<={b}"
    return f">{bounds[-1]}"


def trust_features(
    context: TrustContext,
    c: Attribution,
    q_index: int,
    hidden_as: str,
    sources: list[str],
    decided: Attribution,
) -> tuple[str, ...]:
    """The evidence the trust model weighs for one candidate: generic facts of the quote, its
    mention and how they were linked, as feature names (each present or not).

    ``sources`` are the rules that proposed the same mention, ``decided`` what the sieves
    decided for the quote. Nothing here names a word of any article: only the rules, parse
    labels, shapes, distances and the word lists' classes. Nor the quote marks' style: single
    marks are British news's quotes and American news's headlines, and the model must not
    learn one country's habits.
    """
    words = context.idx.token_range(c.span.start, c.span.end)
    return (
        *_how_found(c, sources, decided),
        *_quote_shape(context, c, hidden_as, words),
        *_mention_place(context, c, words[0]),
        *_quote_setting(context, c, q_index, decided, words[0]),
    )


def _how_found(c: Attribution, sources: list[str], decided: Attribution) -> list[str]:
    """Which rules proposed the candidate, and what the sieves made of the quote."""
    m = c.mention
    assert m is not None
    sieve = c.sieve
    f = [f"sieve={sieve}", f"kind={c.kind}", f"mention={m.kind}", f"sieve={sieve}|kind={c.kind}"]
    f.append(f"sieve={sieve}|mention={m.kind}")
    f.extend(f"source={s}" for s in sources)
    f.append(f"sources{_bucket(len(set(sources)), (1, 2, 3))}")
    if decided.mention is None:
        f.append("sieves_found_none")
        f.append(f"sieves_found_none|kind={decided.kind}")
    elif (decided.mention.start, decided.mention.end) == (m.start, m.end):
        f.append("sieves_chose_it")
    else:
        f.append("sieves_chose_other")
        f.append(f"sieves_chose_other|sieve={decided.sieve}")
    return f


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "i'm", "we're"})
_SECOND_PERSON = frozenset({"you", "your"})
_SPEAKER_WORDS = _FIRST_PERSON | _SECOND_PERSON


def _quote_shape(context: TrustContext, c: Attribution, hidden_as: str, words: tuple[int, int]) -> list[str]:
    """The quote's length, case and last mark, why it was hidden, and the shape of its parse
    (its words are tokens [first, last))."""
    doc, span, sieve = context.doc, c.span, c.sieve
    inner = context.text[span.start : span.end]
    n_words = _bucket(len(inner.split()), (1, 2, 4, 8, 16))
    f = [f"words{n_words}", f"sieve={sieve}|words{n_words}"]
    if c.fallback_of:
        f.append(f"fallback_of={c.fallback_of}|words{n_words}")
    if sieve == "clause-subject":
        f.extend(c.evidence)
    if hidden_as:
        f.append(f"hidden_as={hidden_as}")
    stripped = inner.strip()
    if is_title_case(stripped):
        f.append("title_case")
    last_char = stripped.rstrip("\"”’'")[-1:]
    f.append("ends=" + ("stop" if last_char in ".!?…" else "comma" if last_char in ",;:" else "word"))
    if capitalised(stripped):
        f.append("starts_upper")
    first, last = words
    # (The quote's words are read off the columns, one token object made for its first root
    # alone: this runs for every proposal.)
    cols, strings = context.idx.context.columns, doc.vocab.strings
    if VERB in cols.pos[first:last]:
        f.append("has_verb")
    # Words of a speaker to a listener: a title, a name or a borrowed term has none.
    persons = {strings[w] for w in set(cols.lower[first:last])} & _SPEAKER_WORDS
    if persons & _FIRST_PERSON:
        f.append("first_person")
    if persons & _SECOND_PERSON:
        f.append("second_person")
    heads, punct, space = cols.head, cols.is_punct, cols.is_space
    roots = [doc[k] for k in range(first, last) if not (first <= heads[k] < last or punct[k] or space[k])]
    if roots:
        dep = roots[0].dep_ if roots[0].head.i != roots[0].i else "ROOT"
        f.append(f"root_dep={dep}")
        if c.kind == "partial":
            f.append(f"partial|root_dep={dep}")
        f.append(f"root_head_pos={_head_pos(roots[0].head, c)}")
    if len(roots) > 1:
        f.append("several_roots")
    return f


def _head_pos(head: Token, c: Attribution) -> str:
    """The part of speech of the word the quote hangs on, as the sieves read it: a verb of
    saying the tagger took for a noun and a sieve read as the cue (`“…,” the memo states.`)
    is a verb, as it is when the tagger gets it right."""
    if head.pos_ == "NOUN" and c.sieve == "trailing-verb" and head.text == c.cue:
        return "VERB"
    return head.pos_


def _mention_place(context: TrustContext, c: Attribution, first: int) -> list[str]:
    """Where the mention stands beside the quote (whose first word is token ``first``), what
    it is, and the cue that links them."""
    m = c.mention
    assert m is not None
    doc, text, span, sieve = context.doc, context.text, c.span, c.sieve
    head = doc[m.head]
    if m.end <= span.open_mark:
        side, gap = "before", len(text[m.end : span.open_mark].split())
    elif m.start >= span.outer_end:
        side, gap = "after", len(text[span.outer_end : m.start].split())
    else:
        side, gap = "inside", 0
    f = [f"side={side}", f"sieve={sieve}|side={side}"]
    f.append(f"gap{_bucket(gap, (0, 2, 5, 10, 20, 40))}")
    f.append(f"sieve={sieve}|gap{_bucket(gap, (2, 10))}")
    lo, hi = sorted((m.start, span.open_mark))
    f.append("same_paragraph" if "\n" not in text[lo:hi] else "other_paragraph")
    if context.has_sentences and first < len(doc) and context.sentence(head.i) is context.sentence(first):
        f.append("same_sentence")
    f.append(f"mention_words{_bucket(len(text[m.start : m.end].split()), (1, 2, 3))}")
    if m.kind == "description":
        lemma = head.lemma_.lower()
        lex = lexicon()
        # (A judge's style, `His Worship`, stands for the office: a role.)
        role = lemma in lex.role_nouns or lemma in lex.styles
        of = "role" if role else "person" if lemma in lex.person_nouns else "other"
        f.append(f"description_of={of}")
    if m.kind == "pronoun":
        f.append(f"pronoun={_PRONOUN_CLASS.get(head.lower_, 'other')}")
    f.append(f"mention_entity={head.ent_type_ or 'none'}")
    if head.dep_ in _SUBJECT_DEPS:
        f.append("mention_is_subject")
        lemma = head.head.lemma_.lower()
        lex = lexicon()
        verb = "speech" if lemma in lex.speech_verbs else "cue" if lemma in lex.cue_verbs else "other"
        f.append(f"subject_of={verb}")
        f.extend(_verb_standing(head))
    else:
        dep = _MENTION_DEPS.get(head.dep_, "other")
        # A sieve has read the mention's role itself (`said Ruiz` parsed as an object still
        # speaks; so does `surprises pollster Ruiz:`): weighed apart from the mentions that
        # merely stand near the quote, where an object is mostly the one spoken to.
        f.append(f"mention_dep={dep}" if sieve in _NEARBY_CANDIDATES else f"sieve={sieve}|mention_dep={dep}")
    if c.cue:
        cue = c.cue.lower()
        f.append(
            "cue=" + ("colon" if cue in (":", "—") else "according" if cue == "according to" else "word")
        )
    return f


# Candidates proposed for standing near a quote, not by a sieve that read how they are linked.
_NEARBY_CANDIDATES = frozenset(
    {"clause-subject", "nearest-before", "nearest-after", "previous-subject", "paragraph-speaker"}
)
# A mention that is no subject, by what it does in its clause: an object or a listener
# (`she told Ruiz`), a possessor (`Ruiz's statement`), a name in apposition or inside a noun.
_MENTION_DEPS = {
    "dobj": "object",
    "dative": "object",
    "iobj": "object",
    "pobj": "prep_object",
    "poss": "possessor",
    "appos": "apposition",
    "compound": "compound",
    "ROOT": "root",
    "conj": "conjunct",
    "attr": "attribute",
}
# The clause of the verb a mention is the subject of: the sentence's main verb, a verb whose
# clause is itself reported (`Ruiz said Lee called it “…”`), a background or relative clause
# (`after Lee called it …`, `a man who called it …`), one verb of a pair.
_VERB_DEPS = {
    "ROOT": "main",
    "ccomp": "reported",
    "xcomp": "reported",
    "parataxis": "reported",
    "advcl": "adverbial",
    "relcl": "relative",
    "acl": "relative",
    "conj": "conjunct",
}


def _verb_standing(subject: Token) -> list[str]:
    """What the verb a subject mention belongs to says about it: whose words it reports
    depends on its clause (the main verb speaks for its subject; a verb in a clause that
    another verb reports is what someone says the subject said), and a passive subject
    (`Ruiz was told to …`, `was said to be …`) is the one spoken to or of, not the speaker."""
    verb = subject.head
    f = [f"subject_clause={_VERB_DEPS.get(verb.dep_, 'other')}"]
    if subject.dep_ == "nsubjpass":
        f.append("subject_passive")
    return f


# Pronouns by whom they can stand for: a person, a group or body, a thing (or a body), the
# speaker themself.
_PRONOUN_CLASS = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "they": "group",
    "them": "group",
    "it": "thing",
    "i": "self",
    "we": "self",
    "me": "self",
    "us": "self",
}


def _quote_setting(
    context: TrustContext, c: Attribution, q_index: int, decided: Attribution, first: int
) -> list[str]:
    """The quote's place in its paragraph, sentence and article (its first word is token
    ``first``), and whether its candidate speaks elsewhere."""
    m = c.mention
    assert m is not None
    doc, text, span, idx = context.doc, context.text, c.span, context.idx
    f = []
    if _stands_alone(text, span):
        f.append("stands_alone")
    p_start, p_end = context.paragraphs[span.paragraph]
    if span.open_mark == _first_char(text, p_start):
        f.append("opens_paragraph")
    if context.in_paragraph.get(span.paragraph, 0) > 1:
        f.append("several_in_paragraph")
    if context.in_utterance.get(span.utterance, 0) > 1:
        f.append("utterance_in_pieces")
    if span.close_mark < 0:
        f.append("runs_on")
    if context.seen_before[q_index]:
        f.append("quoted_before")
    head = doc[m.head]
    spoken = context.speaking_heads.get(head.lower_, 0)
    own = decided.mention
    if own is not None and decided.sieve in _CUE_SIEVES and doc[own.head].lower_ == head.lower_:
        spoken -= 1
    if spoken > 0:
        f.append("speaks_elsewhere")
        f.append(f"speaks_elsewhere|sieve={c.sieve}")
    f.extend(_others_around(context, c, q_index, first))
    if context.has_sentences and first < len(doc):
        sentence = context.sentence(first)
        cue_in_sentence = context.cue_in_sentence.get(sentence.start)
        if cue_in_sentence is None:
            cue_in_sentence = any(idx.outside(t.i) and _is_cue(t) for t in sentence)
            context.cue_in_sentence[sentence.start] = cue_in_sentence
        f.append("sentence_has_cue" if cue_in_sentence else "sentence_has_no_cue")
        f.append(f"sentence_cue={cue_in_sentence}|kind={c.kind}")
    paragraph = text[p_start:p_end].strip()
    if len(paragraph.split()) <= 15 and paragraph.rstrip(_CLOSERS)[-1:] not in ".!?:":
        f.append("paragraph_like_a_heading")
    return f


def _others_around(context: TrustContext, c: Attribution, q_index: int, first: int) -> list[str]:
    """Whether someone else is named between the mention and its quote (whose first word is
    token ``first``), how many people its paragraph names, and whether the quote before this
    one went to a mention with the same head word (`Ruiz` and `Ruiz`; not `Ruiz` and `she`):
    a reader takes a quote for the last person named, and a run of quotes for one voice."""
    m = c.mention
    assert m is not None
    doc = context.doc
    f = []
    m_first, m_last = context.idx.token_range(m.start, m.end)
    lo, hi = (m_last, first) if m_last <= first else (first, m_first)
    names = context.names_before[hi] - context.names_before[lo] if lo < hi else 0
    if names:
        f.append("person_named_between")
        f.append(f"person_named_between|sieve={c.sieve}")
    p_start, p_end = context.paragraphs[c.span.paragraph]
    p_first, p_last = context.idx.token_range(p_start, p_end)
    in_paragraph = context.names_before[p_last] - context.names_before[p_first]
    f.append(f"names_in_paragraph{_bucket(in_paragraph, (0, 1, 2))}")
    if q_index > 0:
        before = context.decided[q_index - 1].mention
        if before is not None:
            same = doc[before.head].lower_ == doc[m.head].lower_
            f.append("previous_quote_same_speaker" if same else "previous_quote_other_speaker")
            if context.decided[q_index - 1].span.paragraph == c.span.paragraph:
                f.append("previous_quote_here|" + ("same" if same else "other"))
    return f
