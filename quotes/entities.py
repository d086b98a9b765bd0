"""Who is in the article: every person and organisation it names, with all their mentions.

Speakers are resolved on the whole article, not one mention at a time. Every name the story
gives is clustered into an entity (`Elizabeth Trudeau`, `Ms Trudeau`, `Trudeau` are one
person; `Northline` and `Northline Rail` one company), each entity gathers the roles and
organisations given at any of its mentions, and an attribution's mention (a name, `the
ministry`, `she`) is resolved to its entity. Every row of an entity then carries the same
name, role, organisation and ``speaker_id``, earlier rows included.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.symbols import ADJ, VERB, nsubj, nsubjpass
from spacy.tokens import Doc, Span, Token

from quotes.attribution import (
    Attribution,
    Mention,
    age_before_its_verb,
    age_description_start,
    is_age_description,
)
from quotes.columns import APPOS, NOUN, NUM, PRON, PROPN, places_of_word, places_of_words, word_test
from quotes.context import DocContext, previous_paragraph_start
from quotes.descriptors import (
    COMMUNITY_NOUNS,
    NOT_ORG,
    PAST_JOB_WORDS,
    Describer,
    Descriptor,
    apposed_kinds,
    bare_member,
    body_of_its_members,
    described_bodies,
    determiner_opening_a_name,
    forces_named_near,
    held_before,
    is_rank_word,
    is_role_noun,
    joined_entities,
    kind_of_two_words,
    org_text,
    organization_names,
    places_owning_a_position,
    political_trade,
    possessed_as,
    proper_object,
    relative_clause,
    scored_against_the_subject,
    side_tagged_a_people,
    strip_det,
    subject_predicate,
    text_of,
    title_before,
    university_before_its_office,
)
from quotes.dictionary import coined, is_english_word
from quotes.furniture import REPORTERS_CREDIT, byline_people, is_title_case
from quotes.lede import lede
from quotes.letters import capitalised, has_tone_letters
from quotes.lexicon import (
    body_offices,
    care_jobs,
    care_verbs,
    field_forms,
    given_name_in_plain_letters,
    lexicon,
)
from quotes.names import (
    POSSESSIVES,
    SUFFIXES,
    Name,
    abbreviates,
    acronym,
    acronym_read_as_a_word,
    branch_of_a_letters_post,
    clean_name,
    compact_acronym,
    family_name_before_a_middle_name,
    in_capitals,
    in_page_furniture,
    in_summary,
    is_honorific,
    is_letters_post_with_branch,
    is_title,
    joined_people,
    looks_like_name,
    name_key,
    name_read_as_a_small_word,
    out_of_capitals,
    person_after_a_title_inside,
    plain_name_word,
    plural_title,
    second_syllable_after,
    spelled_in_text,
    styles_the_job,
    syllabled_name,
    title_word,
)
from quotes.salience import Record, Salience, is_main_subject, is_subject, narrative_sentences, phrase_head
from quotes.tokens import (
    COUNTY_EXECUTIVE_LETTERS,
    NAME_JOINERS,
    NAME_SMALL_WORDS,
    ORG_PREPS,
    aged_name,
    bracketed_word,
    compounds_start,
    demonym_epithet,
    end_of_small_words_after,
    entity_at,
    first_word_of_a_joined_name,
    head_after,
    hyphen_between_names,
    is_initials,
    is_seat,
    is_surname_particle,
    name_given_by,
    names_a_body_or_a_job,
    names_one_member,
    numbered_epithet,
    officer_by_collar_number,
    opens_person_name,
    person_after_a_job,
    reads_as_person_name,
    self_capitalised_body_noun,
    set_beside,
    tagged_alone,
    told_outlet_before_the_paper,
)
from quotes.types import Speaker

# Pronouns of the narrative resolved to the article's entities: he/she (with their possessive
# and reflexive forms) to people, it/they to organisations.
_PRONOUN_KINDS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "it": "org",
    "its": "org",
    "they": "plural",
    "their": "plural",
}
# How much a person of unknown gender counts for `he` or `she`, beside one known to agree.
UNKNOWN_GENDER = 0.6
# And a person whose gender only a list of given names suggests, for the other pronoun: a name
# list is a guess (Phil, Sam, Jean, Andrea differ by person and country), so the pronoun goes
# to them only when nobody else fits.
GUESSED_GENDER_CLASH = 0.05
# And an unnamed person (`a reporter for the agency`) whose noun says no gender: only when
# nobody else fits.
UNNAMED_UNSAID = 0.05
# How well a person fits a description (`the senator`) when their roles do not hold its noun,
# or when the article gave them no role yet; and the salience a description needs to be read
# as someone already named rather than someone new.
DIFFERENT_ROLE = 0.3
NO_ROLE = 0.8
DESCRIPTION_THRESHOLD = 120.0
DESCRIPTION_MARGIN = 2.0
# Stands for an organisation to be read once the pronouns are (`Her campaign manager`).
_PRONOUN_MARK = "\x00"
# Words that open a description of a body without naming it (`His office`, `The agency`).
_OPENING_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
# Entity labels the tagger often gives a person's name by mistake.
# Dependents that are clauses of their own, with subjects and objects of their own.
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "conj", "relcl", "acl", "parataxis", "csubj"})
_MISLABELLED = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}


@dataclass(frozen=True)
class NameMention:
    """One place the article names a person."""

    at: int  # char offset of the name's first word
    name: Name
    body: bool  # in the story itself, not a headline, byline or caption
    quoted: bool = False  # inside quote marks: the speaker's words name them
    summary: bool = False  # in a summary under a label (`ABSTRACT.`), not the story's own text


@dataclass
class Entity:
    """One person, organisation or unnamed speaker of the article."""

    kind: str  # "person", "organization" or "description"
    names: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)  # (char, text, key)
    mentions: list[int] = field(default_factory=list)  # char starts of every mention
    gender: str = ""
    gender_guessed: bool = False  # from the given name alone
    kinds: set[str] = field(default_factory=set)  # organisation nouns the article uses for it
    descriptors: list[Descriptor] = field(default_factory=list)
    label: str = ""  # an unnamed speaker: the words the article uses (`a campaign spokesman`)
    # An unnamed person a subject brings in as someone new (`One of the victims, a retired
    # nurse,`): the topic a `he` or `she` after it continues.
    newly_met: bool = False
    # Nouns an abbreviated title before a name stands for (`Sen. Ann Cole`: senator): no role,
    # but what `the senator` can mean.
    titled: set[str] = field(default_factory=set)
    people: list[NameMention] = field(default_factory=list)  # a person's names
    furniture: set[int] = field(default_factory=set)  # chars of names on headline or caption lines
    # The fullest person name, kept until another name joins (names are only ever added): the
    # key is asked for at every match, so working it out afresh made clustering quadratic.
    _fullest_cache: tuple[int, NameMention] | None = field(default=None, repr=False, compare=False)
    _fullest_name_cache: tuple[int, tuple[int, str, tuple[str, ...]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def key(self) -> tuple[str, ...]:
        """The fullest name's key: the one its other names are matched against."""
        if self.people:
            return self._fullest_person().name.core
        return self.fullest[2] if self.names else ()

    @property
    def fullest(self) -> tuple[int, str, tuple[str, ...]]:
        cached = self._fullest_name_cache
        if cached is None or cached[0] != len(self.names):
            cached = (len(self.names), max(self.names, key=lambda n: (len(n[2]), -n[0])))
            self._fullest_name_cache = cached
        return cached[1]

    def _fullest_person(self) -> NameMention:
        cached = self._fullest_cache
        if cached is not None and cached[0] == len(self.people):
            return cached[1]
        fullest = fullest_person(self.people)
        self._fullest_cache = (len(self.people), fullest)
        return fullest

    @property
    def first(self) -> int:
        return min(self.mentions) if self.mentions else -1

    def name(self) -> str:
        if self.people:
            return self._fullest_person().name.text
        if self.names:
            return self._fullest_name()
        return self.label

    def _fullest_name(self) -> str:
        """An organisation's fullest name, as the story writes it most (`Brackley Council`, not
        the headline's `Brackley council`)."""
        pool = [n for n in self.names if n[0] not in self.furniture] or self.names
        longest = max(len(n[2]) for n in pool)
        full = [n for n in pool if len(n[2]) == longest]
        count = {n[1]: sum(1 for x in full if x[1] == n[1]) for n in full}

        def capitals(text: str) -> int:
            return sum(1 for w in text.split() if capitalised(w))

        return max(full, key=lambda n: (capitals(n[1]), count[n[1]], -n[0]))[1]

    def profile(self) -> tuple[str, str]:
        """(role, organisation): the most informative descriptor nearest the first full mention
        (one with an organisation before one without, a longer before a shorter), and the
        organisation of that descriptor, else the nearest the article ties the person to."""
        if self.kind == "organization":
            if self.names:
                return "", self.name()
            own = next((d.organization for d in self.descriptors if d.organization), "")
            # A body the tagger did not tag (`Minera Cerro Pardo said`, `the Sanders campaign
            # said`) is still its own organisation; `the company` alone names none.
            # (`His office said`: a capital opening the sentence names nothing.)
            words = self.label.split()
            if words and words[0].lower() in _OPENING_WORDS:
                words = words[1:]
            if not own and any(capitalised(w) for w in words):
                return "", self.label
            return "", own
        if not self.descriptors:
            return "", ""
        mentions = sorted(set(self.mentions) | {d.at for d in self.descriptors})
        anchor = self._anchor()
        where = {c: n for n, c in enumerate(mentions)}
        home = where.get(anchor, 0)

        def distance(d: Descriptor) -> int:
            return abs(where[d.at] - home)

        # (`Christie, like other governors of large states`: a plural is no one person's role.)
        roles = [d for d in self.descriptors if d.role and not (self.people and plural_role(d.role))]
        # (`X, who chairs the committee,`: the post a verb names is no role written as a noun,
        # ROLES.md 4; it still says who `the committee's chair` is.)
        roles = [d for d in roles if not (d.source == "verb" and d.role in lexicon().unwritten_posts)]
        best = _best_role(roles, distance) if roles else None
        role, organization = (best.role, best.organization) if best else ("", "")
        organization = organization or self._tied_organization(role, distance, best)
        return role, not_own_name(self.name(), organization) if _called_by_name(self) else organization

    def _tied_organization(
        self, role: str, distance: Callable[[Descriptor], int], chosen: Descriptor | None = None
    ) -> str:
        """The body nearest the first full mention the article ties the person to, for a
        ``role`` that came with none (the ``chosen`` descriptor's)."""
        # (`former governor X, who serves as chairman of the Host Committee`, `X, who
        # founded Y, is a national committeeman`: a body that comes with another post
        # than the role chosen is not the role's.)
        # (`pollster X, who now serves as an adviser to Y`: a post held now, beside a
        # trade with no body of its own, is with Y.)
        # (`Economist X, … said X, a former group economist at Y`: the same job held before at a
        # body is held now elsewhere, or on one's own.)
        tied = [d for d in self.descriptors if d.organization and not (d.source == "office" and role)]
        tied = [d for d in tied if not _left_for_the_same_job(d.role, role)]
        # (`X, a former commissioner with Y who became mayor`: the clause says the post held now;
        # the body of the one held before is no longer X's.)
        if chosen and _held_now_by_a_clause(chosen):
            tied = [d for d in tied if not (d.at == chosen.at and held_before(d.role))]
        # (`Her coach, X, a former physiotherapist at Y,`: Y is no longer X's.)
        tied = [d for d in tied if not d.background] if chosen and not chosen.background else tied
        tied = tied or [d for d in self.descriptors if d.organization and _held_now(d.role, role)]
        return min(tied, key=lambda d: (distance(d), d.at)).organization if tied else ""

    def _anchor(self) -> int:
        """The first full mention of a person: the first of two or more words in the story."""
        body = sorted((m for m in self.people if m.body), key=lambda m: m.at)
        full = [m for m in body if len(m.name.core) >= 2]
        if full:
            return full[0].at
        if body:
            return body[0].at
        return self.first


def _best_role(roles: list[Descriptor], distance: Callable[[Descriptor], int]) -> Descriptor:
    """The most informative role nearest the first full mention (``distance`` counts mentions
    from it): one with an organisation before one without, a longer before a shorter."""
    apposed_now = [
        d for d in roles if d.source == "apposition" and distance(d) == 0 and not held_before(d.role)
    ]
    jobs = {role_head(d.role) for d in apposed_now}
    # (`The High Court judge, Justice X,`: a title that is only the style of the job the
    # apposition names says no more than the job; the job is the role.)
    styles = {d.role for d in roles if d.source == "title" and any(styles_the_job(d.role, j) for j in jobs)}
    held = [d for d in roles if d.source == "title" and distance(d) == 0 and not held_before(d.role)]
    held = [d for d in held if d.role not in styles]
    titled, bodied = bool(held), any(d.organization for d in held)
    apposed = bool(jobs)
    # (`The station commander, Chief Inspector X`: a rank says where one stands in a force, the
    # job set beside the name what one does there; a bare rank set beside it, `the officer`, is none.)
    a_job_beside_a_rank = any(not _a_rank(d.role) for d in apposed_now)
    clause_says_now = {distance(d) for d in roles if _held_now_by_a_clause(d)}
    return min(
        roles,
        key=lambda d: (
            d.source == "verb",
            distance(d),
            d.source in ("verb", "office"),
            # (`Democratic pollster X, who was then a member of Y's campaign team`: a
            # post held now says more of who speaks than one a clause says was held
            # before; in one apposition the article's own order stands.)
            d.source == "relative" and held_before(d.role),
            # (`X, a former commissioner with Y who is now a programme officer at Z`, `X, a
            # former banker, is now chief economist at Z`: the clause says which post is held
            # now; the one an apposition says was held before gives way to it.)
            held_before(d.role) and distance(d) in clause_says_now,
            # (`Her coach, X, a former physiotherapist at Y,`: the job the name is set beside says
            # who speaks; the former one after it, however long, what the person did before.)
            d.background,
            # (`Health Minister X, who is also the MP for Y,`: a title held now, put
            # before the name, says first who speaks; its clause adds a second post.)
            titled and d.source == "relative",
            # (`United manager X, an Italian coach in his third season with the club`:
            # a job held now in a body named before it says first who speaks; a bare
            # `Colonel` or `Professor` gives way to what the apposition says.)
            bodied and d.source == "apposition",
            # (`Defence counsel X, a Senior Advocate of Nigeria (SAN),`: the job before the
            # name says who speaks; an honour of a country in apposition is a rank.)
            titled and d.source == "apposition" and _honour_of_a_country(d.role),
            # (`The Mayor (Councillor Mrs. E. M. Jones)`, `Professor X, the vice-chancellor,`:
            # a bare title of one word gives way to the office the apposition names as long.)
            apposed and d.source == "title" and not d.organization and " " not in d.role,
            a_job_beside_a_rank and d.source == "title" and not d.organization and _a_rank(d.role),
            d.source == "title" and d.role in styles,
            not d.organization,
            -len(d.role.split()),
            d.order,
            d.at,
        ),
    )


def _a_rank(role: str) -> bool:
    """Whether a role is a rank of police or the services (`Chief Inspector`, `Lieutenant Colonel`,
    `officer`): its last word is one (models/police.txt)."""
    return role_head(role) in lexicon().ranks_of_address


def _honour_of_a_country(role: str) -> bool:
    """`Senior Advocate of Nigeria`, `Member of the Order of Canada`: capitals throughout, `of`
    and a country (or a division of one) or an order; `Mayor of Lenton`, of a town, is an office."""
    words = role.split()
    capitals = all(w[:1].isupper() for w in words if w not in ("of", "the"))
    if not (len(words) >= 3 and "of" in words[1:-1] and capitals):
        return False
    after = [w for w in words[words.index("of") + 1 :] if w != "the"]
    return after[0] == "Order" or " ".join(after).lower() in lexicon().places


def _held_now_by_a_clause(d: Descriptor) -> bool:
    """Whether a relative clause or a copula gives the post as held now (`who is now a programme
    officer at Z`, `who became mayor`, `is now chief economist at Z`)."""
    return d.source in ("relative", "copula") and not held_before(d.role)


def _left_for_the_same_job(post: str, role: str) -> bool:
    """Whether ``post`` is a job held before and the role chosen, held now, is the same job
    (`former group economist at Y` beside `Economist`)."""
    return held_before(post) and not held_before(role) and bool(role) and role_head(post) == role_head(role)


def _held_now(post: str, role: str) -> bool:
    """Whether a post a verb gives (``post``) and the role chosen, a political trade that names
    no body of its own, are both held now (founding a body is no post in it)."""
    past = any(r.lower().startswith(("former ", "ex-", "ex ")) for r in (post, role))
    return bool(post) and political_trade(role) and not past


def fullest_person(people: list[NameMention]) -> NameMention:
    """The name a person goes by in the table: the fullest form the story gives."""
    # A name in a headline or caption can hold other words (`Icon Morton Blackwell`): the
    # story's own names come first.
    pool = [m for m in people if m.body or m.quoted] or people
    longest = max(len(m.name.key) for m in pool)
    full = [m for m in pool if len(m.name.key) == longest]

    # A typo in one place (`Hilary Clinton`) gives way to the form the article uses most,
    # and, as often, a summary's spelling to the story's.
    def count(m: NameMention) -> tuple[int, int]:
        same = [x for x in full if x.name.text == m.name.text]
        return len(same), sum(1 for x in same if not x.summary)

    return max(full, key=lambda m: (count(m), -m.at))


def _called_by_name(entity: Entity) -> bool:
    """Whether a person is called by a name: one the tagger found, or words all in capitals
    (`Kang Young-mi, who heads the union branch,`, no person to the tagger: not *Kang Young*'s)."""
    label = entity.label.split()
    return bool(entity.people) or bool(label) and all(capitalised(w) for w in label)


def not_own_name(name: str, organization: str) -> str:
    """The organisation, unless its words are all the person's own name (`Tiegen` for *John
    Tiegen*, a surname the tagger took for a body): no one is their own employer."""
    words = {w.strip("“”\"'").lower() for w in name.split()}
    # (`Choi Young` for *Choi Young-sook*: a given name the tagger cut at its hyphen.)
    words |= {part for w in words for part in w.split("-")}
    own = organization.split() and all(w.lower() in words for w in organization.split())
    return "" if own else organization


def surname_of(name: str) -> str:
    """The last word of a person's name, past suffixes (`Joseph R. Biden Jr.` → `Biden`): what
    `<Surname> campaign` is written with (ROLES.md)."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and words[-1].lower().rstrip(".") in SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def role_head(role: str) -> str:
    """The noun a role is headed by, in small letters: its last word, or the word before its
    first `of`/`for`/`at` (`governors of large states`, `Minister for Housing`, `analyst at
    Sahel Risk Partners`)."""
    words = role.lower().split()
    joint = next((n for n, w in enumerate(words) if w in ("of", "for", "at") and n > 0), 0)
    if not joint and len(words) >= 2 and is_letters_post_with_branch(*role.split()[-2:]):
        # (`DIG Operations`, `SSP Traffic`: the post heads, the branch is the one it heads, so a
        # later `the DIG` is the one named with it.)
        return words[-2]
    return job_of_word(words[joint - 1] if joint else words[-1] if words else "")


def job_of_word(word: str) -> str:
    """The job a word of a role names: after a body's noun and a hyphen, as archive text writes
    ranks, the part after it (`police-constable` … `said the constable`: *constable*); else the
    word, a rank's own hyphen kept (`vice-chairman`, `sergeant-major`: no chairman, no major)."""
    body, _, job = word.rpartition("-")
    return job if job and body in lexicon().organization_nouns else word


def plural_role(role: str) -> bool:
    """Whether a role ends in the plural of a role noun (`governors of large states`)."""
    head = role_head(role)
    nouns = lexicon().role_nouns
    if head in nouns:
        return False
    singular = [head[:-1], head[:-2], head[:-3] + "y", head[:-3] + "man"]
    endings = [head.endswith("s"), head.endswith("es"), head.endswith("ies"), head.endswith("men")]
    return any(end and one in nouns for end, one in zip(endings, singular, strict=True))


def _token_at(article: ArticleEntities, char: int) -> Token:
    """The token of the article's document that character ``char`` is in (or last before it)."""
    return article.doc[bisect_right(article.token_starts, char) - 1]


def _subject_of_the_sentence_before(doc: Doc, at: int) -> Token | None:
    """The subject of the root of the sentence right before the one char ``at`` is in, or None."""
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None or here[0].sent.start == 0:
        return None
    before = doc[here[0].sent.start - 1].sent
    return next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root), None)


def _unknown_name(subject: Token) -> bool:
    """`Dubai South, the free zone, welcomed the plan. Its chief executive …`: the subject of the
    sentence before `its` is a name in capitals that is no body the article knows and no person,
    which `its` may stand for as well."""
    return subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "ORG")


def _its_by_the_sentence_before(orgs: ArticleOrganizations, named: tuple[Entity, int] | None, at: int) -> str:
    """What `its` at char ``at`` stands for, the body named last being ``named`` (with the char
    of its mention), by the sentences before: a name in capitals the sentence right before sets
    beside a body's noun as its subject (`Surfers Against Sewage, a British charity, has cut
    staff. Its director`), though no tagger called it a body; no body, when that subject is a
    name in capitals no body or person; the body `the <noun>` stands for, when that subject is a
    body's noun (`Harbour Foods … Analysts at Crestline Bank … The company said … its chief
    executive`: *Harbour Foods*); else the body named last, or the subject of the sentence
    naming it."""
    subject = _subject_of_the_sentence_before(orgs.doc, at)
    described = _subject_set_beside_a_body_noun(subject) if subject is not None else ""
    if described or named is None:
        return described
    # (The sentence before speaks of `its` only when it comes after the body named last.)
    if subject is not None and subject.sent.start_char > named[1]:
        if _unknown_name(subject):
            return ""
        noun = _body_noun_subject(subject)
        if noun is not None:
            return orgs.organization_name_for(noun, at)
    # `CalMac said repairs to the MV Loch Seaforth would … Its managing director`: the body the
    # sentence before is about, its subject, not the last one it names.
    return (_subject_body_of_sentence(orgs.doc, orgs.organizations, named) or named)[0].name()


def _subject_set_beside_a_body_noun(subject: Token) -> str:
    """The words in capitals of a sentence's ``subject`` set beside a body's noun (`Surfers
    Against Sewage, a British charity,`), or ""."""
    doc = subject.doc
    if not capitalised(subject.text) or subject.ent_type_ in ("PERSON", "GPE", "NORP"):
        return ""
    apposed = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if apposed is None or apposed.lemma_.lower() not in lexicon().organization_nouns:
        return ""
    words = doc[subject.left_edge.i : apposed.left_edge.i]
    while words and (words[-1].is_punct or words[0].lower_ == "the"):
        words = words[:-1] if words[-1].is_punct else words[1:]
    joiners = ("of", "for", "against", "and", "&", "the", "on")
    if not words or not all(capitalised(w.text) or w.lower_ in joiners for w in words):
        return ""
    return words.text


def _body_noun_subject(subject: Token) -> str | None:
    """The body's noun (`company`, `ministry`, `union`) of a sentence's ``subject`` written
    `the <noun>`; None if that subject is no body's noun."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or not subject.is_lower:
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.lefts)
    noun = subject.lemma_.lower()
    return noun if definite and noun in lexicon().organization_nouns else None


def _subject_body_of_sentence(
    doc: Doc, organizations: list[Entity], named: tuple[Entity, int]
) -> tuple[Entity, int] | None:
    """The organisation that is the subject of the sentence where ``named`` is mentioned, when
    ``named`` is not: `Harbour Ferries said repairs to the Isle Pier would take weeks`."""
    sent = doc.char_span(named[1], named[1] + 1, alignment_mode="expand")
    if sent is None:
        return None
    sentence = sent[0].sent
    if _is_subject(sent[0]):
        return None
    for org in organizations:
        for c in org.mentions:
            if sentence.start_char <= c < named[1]:
                tok = doc.char_span(c, c + 1, alignment_mode="expand")
                if tok is not None and (_is_subject(tok[0]) or _short_form_beside_the_subject(tok[0])):
                    return org, c
    return None


def _titled_name(key: tuple[str, ...]) -> bool:
    """Whether a name the tagger called a body (lower-case words) is a title held `of` it: a
    role noun, no body's noun, before its first `of` (`Joint Commissioner of Police`)."""
    k = key.index("of") if "of" in key else 0
    lex = lexicon()
    return k > 0 and key[k - 1] in lex.role_nouns and key[k - 1] not in lex.organization_nouns


def _headed_by(key: tuple[str, ...], noun: str) -> bool:
    """Whether a body's name (lower-case words) has ``noun`` as its head before `of`, `for` or
    `on` (`U.S. Chamber of Commerce`, `Institute for Fiscal Studies`)."""
    return any(key[k] == noun and key[k + 1] in ("of", "for", "on") for k in range(len(key) - 1))


def clipped_from(text: str, organizations: list[Entity]) -> Entity | None:
    """The one organisation of two words or more whose first word ``text`` is the clipped start
    of (`Fed` → *Federal Reserve*, `Met` → *Metropolitan Police*): a short name that is no
    acronym, which the fullest name replaces as `SEC` is replaced by its spelled-out form."""
    blended = _blended_from(text, organizations)
    if blended is not None:
        return blended
    # (`Met Service` → *Meteorological Service of Jamaica*: the clipped first word, then the
    # name's next words as they are.)
    first, *rest = text.split() or [""]
    if not (3 <= len(first) <= 4 and first.isalpha() and first.istitle()):
        return None
    low, after = first.lower(), tuple(w.lower() for w in rest)
    longer = {
        id(o): o
        for o in organizations
        for n in o.names
        if len(n[2]) >= max(2, 1 + len(after))
        and len(n[2][0]) >= len(low) + 3
        and n[2][0].isalpha()
        and n[2][0].startswith(low)
        and n[2][1 : 1 + len(after)] == after
    }
    return next(iter(longer.values())) if len(longer) == 1 else None


def clipped_plural_of(text: str, short: str) -> str:
    """The one word in capitals of the story that ``short`` clips and makes a plural of, as
    fans and papers name a side or a party (`Hibs` for *Hibernian*, `Libs` for *Liberals*),
    whatever the tagger calls that word (often a people: `Hibernian have sacked …`); neither
    word one a dictionary has, so `Reds` or `Wolves` clip nothing. "" when none or several."""
    found = re.fullmatch(r"([A-Z][a-z]{2,3})e?s", short)
    if found is None or is_english_word(short.lower()):
        return ""
    stem = found.group(1)
    words = set(re.findall(rf"\b{stem}[a-z]{{3,}}\b", text)) - {short}
    words = {w for w in words if not is_english_word(w.lower())}
    return words.pop() if len(words) == 1 else ""


def _bodies_abbreviated_by(text: str, organizations: list[Entity]) -> list[Entity]:
    """The bodies ``text`` is a short form of, in capitals or read as a word (`SEC`, `Untu`)."""
    short = compact_acronym(text) or acronym_read_as_a_word(text)
    return [o for o in organizations if short and any(abbreviates(short, n[1]) for n in o.names)]


def _blended_from(text: str, organizations: list[Entity]) -> Entity | None:
    """The one organisation whose words ``text`` clips and joins, a clipped start of each word
    in capitals (`HuffPo` → *Huffington Post*, `WaPo` → *Washington Post*)."""
    pieces = re.findall(r"[A-Z][a-z]+", text)
    if len(pieces) < 2 or "".join(pieces) != text or any(len(p) < 2 for p in pieces):
        return None
    low = [p.lower() for p in pieces]

    def blends(key: tuple[str, ...]) -> bool:
        key = key[1:] if key[:1] == ("the",) else key
        return len(key) == len(low) and all(w != c and w.startswith(c) for w, c in zip(key, low, strict=True))

    fits = {id(o): o for o in organizations for n in o.names if blends(n[2])}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _short_form_beside_the_subject(tok: Token) -> bool:
    """`Healthcare Inspectorate Wales (HIW) said …`: the short form in brackets set beside the
    subject, where the tagger tagged only the short form a body."""
    doc = tok.doc
    bracketed = tok.i > 0 and doc[tok.i - 1].text == "("
    return bracketed and tok.dep_ == "appos" and tok.head.i < tok.i and _is_subject(tok.head)


def _is_subject(tok: Token) -> bool:
    """Whether the name ``tok`` opens is the subject of its clause (past its compounds), also
    set beside the title that is (`Senate Majority Leader Chuck Schumer accused`, parsed with the
    name an apposition of `Leader`)."""
    head = head_after(tok, ("compound", "flat", "amod", "det"))
    if head.dep_ == "appos" and head.head.i < head.i and is_role_noun(head.head):
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _a_common_noun_tagged(organizations: list[Entity], body: Entity, key: tuple[str, ...]) -> bool:
    """Whether ``body``, named by the one word ``key`` alone, is a common noun the tagger
    took for a name: in the page's furniture only (`The mill's owner` under `STRIKE ENDS AT
    MILL`), or while the story names a body the word ends (`the council's cabinet member`
    under the headline `Council approves bus lanes`, after `Lenton City Council`)."""
    if len(key) != 1 or any(n[2] != key for n in body.names):
        return False
    if set(body.mentions) <= body.furniture:
        return True
    return any(len(o.key) > 1 and o.key[-1] == key[0] for o in organizations)


class ArticleOrganizations:
    """The organisations an article names, and what the article means by a body's noun (`the
    ministry`), by `its`, or by a short name (`SEC`)."""

    def __init__(self, context: DocContext, organizations: list[Entity]) -> None:
        self.context = context
        self.text = context.text
        self.organizations = organizations
        self.doc = context.doc

    @cached_property
    def media(self) -> set[int]:
        """Bodies named only as where words were posted (`posted on Instagram`, `said on X`): a
        medium, nobody's employer, never `the company` nor what a spokesperson speaks for; and
        (no body at all) words the tagger took for one only because they open a sentence."""
        return _no_speaking_bodies(self.doc, self.organizations)

    def speaking_bodies(self) -> list[Entity]:
        return [o for o in self.organizations if id(o) not in self.media]

    def canonical_org(self, text: str) -> str:
        """An organisation's fullest name in the article: `Pershing Square` → `Pershing Square
        Capital Management`, `SEC` → `Securities and Exchange Commission`; else ``text``."""
        key = tuple(w.lower() for w in text.split())
        if not key:
            return text
        # (`Moody's analyst X` read as the analyst of `Moody`: the body named with its mark.)
        marked = {o.name() for o in self.organizations for n in o.names if n[1] in (f"{text}'s", f"{text}’s")}
        if len(marked) == 1:
            return marked.pop()
        same = [o for o in self.organizations if any(n[2] == key for n in o.names)]
        if text.islower():
            same = [o for o in same if not _a_common_noun_tagged(self.organizations, o, key)]
        if len(same) == 1 and same[0].name() != text:
            return same[0].name()
        clipped = clipped_from(text, self.organizations)
        if clipped is not None:
            return clipped.name()
        plural = clipped_plural_of(self.text, text) if all(o.name() == text for o in same) else ""
        if plural:
            return plural
        ending = _bodies_ending_with(self.organizations, key)
        if len(same) == 1 and not _a_public_body_noun_ending(key, ending):
            # (`NRA` tagged alone, `Northern Rivers Authority (NRA)` untagged: the spelled form.)
            # A bare body noun tagged on its own (`Council leader X`) is still the one body
            # whose name it ends, so that case falls through.
            return same[0].name() if same[0].name() != text else spelled_in_text(self.text, text) or text
        # (`Nakuru County` is not the `Nakuru County Assembly`: see ``_qualifies_another``.)
        longer = [
            o for o in self.organizations if _a_longer_name(o.key, key) and not _qualifies_another(o.key, key)
        ]
        if len(longer) == 1:
            return longer[0].name()
        if len(ending) == 1:
            # `Board member Luis Ortega` after `the Millbrook School Board`: the body's last word.
            # (`Consumer Commission`, a name cut short, is the body whose name it ends.)
            return ending[0].name()
        headed = [o for o in self.organizations if len(key) == 1 and _headed_by(o.key, key[0])]
        if len(headed) == 1 and key[0] in lexicon().organization_nouns:
            # `the Chamber's chief political strategist` after `the U.S. Chamber of Commerce`.
            return headed[0].name()
        spelled = self.spelled_out(text)
        if spelled is not None:
            return spelled.name()
        return spelled_in_text(self.text, text) or self._branch_of(text) or _with_place(self, text) or text

    def _branch_of(self, text: str) -> str:
        """`Ganu Volta` (regional secretary), after `the Ghana Nurses Union (Ganu)`: a body's
        short form, then the name of the place its branch is in, is that body."""
        words = text.split()
        nouns = lexicon().organization_nouns | lexicon().role_nouns
        if not 2 <= len(words) <= 3 or not all(capitalised(w) and w.lower() not in nouns for w in words[1:]):
            return ""
        body = self.spelled_out(words[0])
        return body.name() if body is not None else spelled_in_text(self.text, words[0])

    def spelled_out(self, text: str) -> Entity | None:
        """The one organisation ``text`` is the short form of (`MOM` → *Ministry of Manpower*),
        if it is one."""
        spelled = _bodies_abbreviated_by(text, self.organizations)
        if len(spelled) == 1:
            return spelled[0]
        return _blended_from(text, self.organizations) if not spelled else None

    def organization_name_for(self, noun: str, at: int) -> str:
        """The name of the body `the <noun>` stands for (`the journalism school`), or ""."""
        org = self.organization_for(noun, at)
        return org.name() if org is not None else ""

    def organization_ending(self, text: str) -> Entity | None:
        """The organisation whose name of two words or more ends ``text`` (`Minera Cerro Pardo`
        for `Cerro Pardo`), if one does."""
        key = name_key(text)
        for org in self.organizations:
            for n in org.names:
                if 2 <= len(n[2]) <= len(key) and key[-len(n[2]) :] == n[2]:
                    return org
        return None

    def organization_before(self, at: int, reach: bool = True) -> str:
        """The name of the organisation the article names last before char ``at``, in the same
        paragraph or (``reach``) the one before (what `its` in `Its chief economist` stands
        for), or ""."""
        start = previous_paragraph_start(self.text, at) if reach else self.text.rfind("\n", 0, at) + 1
        named = self._last_named(start, at)
        if reach:
            return _its_by_the_sentence_before(self, named, at)
        return named[0].name() if named is not None else ""

    def bodies_just_named(self, at: int) -> list[tuple[Entity, int]]:
        """The organisations named before char ``at``, in the same paragraph or the one before,
        each with the char of a mention, the last named first; none the article calls a
        business (`the department` is no company)."""
        start, business = previous_paragraph_start(self.text, at), lexicon().business_nouns
        bodies = [o for o in self.speaking_bodies() if not o.kinds & business]
        named = [(c, o) for o in bodies for c in o.mentions if start <= c < at]
        return [(o, c) for c, o in sorted(named, key=lambda x: -x[0])]

    def _last_named(self, start: int, at: int) -> tuple[Entity, int] | None:
        """The organisation with the last mention in chars [start, at), and that mention's char."""
        bodies = self.speaking_bodies()
        last = max(
            ((max(_story_mentions(self.context, o.mentions, start, at), default=-1), o) for o in bodies),
            key=lambda x: x[0],
            default=(-1, None),
        )
        return (last[1], last[0]) if last[1] is not None and last[0] >= 0 else None

    def organization_named(self, start: int) -> Entity | None:
        """The organisation whose mention starts at char ``start``."""
        for org in self.organizations:
            if start in org.mentions:
                return org
        return None

    def organization_for(self, noun: str, at: int) -> Entity | None:
        """The organisation `the <noun>` at char ``at`` stands for, if the article names it.

        `the ministry` is the last-named body called a ministry (`Ministry of Health`); `the
        company` is the most-named body not known to be something else (a union, a school).
        """
        found = _organization_for(self, noun, at)
        return _or_the_lede_side(self.context, found, at) if noun in _SIDE_NOUNS else found


def _organization_for(orgs: ArticleOrganizations, noun: str, at: int) -> Entity | None:
    """The body the story's own bodies give for `the <noun>` at char ``at`` (see
    ArticleOrganizations.organization_for)."""
    # (`SENATE PANEL APPROVES FARM BILL`, a headline tagged a body: a body named only in
    # the page's furniture is no body the story's `the panel` can mean.)
    named = [o for o in orgs.organizations if not set(o.mentions) <= o.furniture]
    kind = _headed_first([o for o in named if noun in o.kinds], noun)
    if kind:
        before = [o for o in kind if o.mentions[0] < at]
        if before:
            return _body_the_story_is_about(orgs.context, before, at)
        return _named_at_once(orgs.text, kind, at) or _named_in_the_lede_below(orgs.context, kind, at)
    if noun not in lexicon().business_nouns:
        return _body_called(named, orgs.text, noun)
    return _business_meant(orgs.context, orgs.speaking_bodies(), noun, at)


def _or_the_lede_business(context: DocContext, found: Entity | None, at: int) -> Entity | None:
    """``found``, the business the story's bodies give for a noun at char ``at``; but the one the
    lede's subject names where the tagger called it no body (``_lede_business``) when they give
    none, or one that never acts itself before ``at`` (`Rangers have sacked their manager after a
    defeat at Dundee … The club's chief executive`: Rangers, not the side named in passing)."""
    lede = _lede_business_before(context, at)
    acts = found is not None and any(_acts_itself(context, c) for c in found.mentions if c < at)
    if lede is None or acts:
        return found
    return lede


# The business nouns that stand as well for a body of members (an alliance, a union, a campaign).
_MEMBERS_NOUNS = frozenset({"group"})


# The nouns a story calls a sports side by (`the club's chairman`, `his side`, `the team`).
_SIDE_NOUNS = frozenset({"club", "side", "team"})


def _or_the_lede_side(context: DocContext, found: Entity | None, at: int) -> Entity | None:
    """``found``, the side the story's bodies give for `the club` at char ``at``; but the side the
    lede's subject names (``_lede_side``), which the tagger mostly takes for a person or a place,
    when they give none or one that never acts itself before ``at`` (`Gor Mahia have parted ways
    with head coach X after a 3-0 defeat to AFC Leopards … The club's chairman`: Gor Mahia); else
    the side the headline names by its job (``_headline_side``), for a lede opening on a quote."""
    side = context.memo(("lede side",), lambda: _lede_side(context))
    if side is None and found is None:
        # (`Gor Mahia will appeal the fine …`, then `the club said`: no job in the lede, but no
        # other body the club could be.)
        side = context.memo(("lede side, no job",), lambda: _lede_side(context, job_shown=False))
    if side is None:
        side = context.memo(("headline side",), lambda: _headline_side(context))
    if side is None or side.mentions[0] >= at:
        return found
    acts = found is not None and any(_acts_itself(context, c) for c in found.mentions if c < at)
    return found if acts else side


def _lede_side(context: DocContext, job_shown: bool = True) -> Entity | None:
    """`Brisbane Roar have sacked head coach Tom Hale …`, `Sampdoria have sacked coach X`: the
    subject of the lede's first sentence, a name in capitals the tagger called no body (a person,
    a place, or nothing), is the side the story's `the club` means when that sentence gives a job
    only a side has (models/team_jobs.txt) after it; not a place or a people the lists know, a
    given name, nor a person's surname the story gives whole. Unless ``job_shown``, a sentence
    with no such job will do for a name of two words or more not written as a person's
    (``_written_as_a_person``: `Gor Mahia will appeal the fine …`)."""
    subject = _lede_opening_subject(context)
    if subject is None:
        return None
    doc, lex = context.doc, lexicon()
    start = subject.left_edge.i
    # (`Melbourne Victory have sacked …`, parsed with the place a root of its own before the name.)
    while start > 0 and doc[start - 1].pos == PROPN and capitalised(doc[start - 1].text):
        start -= 1
    first = _lede_first_token(context)
    # (`The Brisbane Broncos have sacked …`: the article opening the sentence is no part of it.)
    if start == first and doc[start].lower_ == "the" and start < subject.i:
        start += 1
    name = doc[start : subject.right_edge.i + 1]
    if not 1 <= len(name) <= 3 or start - (doc[first].lower_ == "the") != first:
        return None
    if not all(capitalised(t.text) and t.tag_ in ("NNP", "NNPS") for t in name):
        return None
    if any(t.ent_type_ not in ("", "PERSON", "GPE", "NORP", "PRODUCT") for t in name):
        return None  # (A body the tagger found is named already.)
    # (A side's name may open on a given name that is a town's too, `Orlando Pirates were fined`:
    # tagged a place, with more words after it and a verb in the plural, as a person never is.)
    named_for_its_town = name[0].ent_type_ == "GPE" and len(name) > 1 and _verb_in_the_plural(subject)
    persons_name = name[0].lower_ in lex.first_names and not named_for_its_town
    if persons_name or lex.names_a_place_or_people(name.text.lower()):
        return None
    if len(name) == 1 and not (coined(name[0]) or _capitalised_inside_a_sentence(doc, name[0])):
        return None
    # (The side acts on a holder of the job, `have sacked head coach X`, `parted ways with
    # head coach X`; not a person's own job, `Tom Hale has quit as head coach of …`.)
    jobs = lex.team_jobs
    held = [t for t in doc[name.end : subject.sent.end] if t.is_lower and t.lemma_.lower() in jobs]
    # (With no job, the side may be the subject of a passive too: `Orlando Pirates were fined …`.)
    subjects = ("nsubj",) if job_shown else ("nsubj", "nsubjpass")
    if subject.dep_ not in subjects or not any(not _held_as(t) for t in held) and (
        job_shown or held or _written_as_a_person(name)
    ):
        return None
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e.text != name.text}
    if name[-1].lower_ in surnames:
        return None
    return _body_named(name)


def _verb_in_the_plural(subject: Token) -> bool:
    """Whether the verb ``subject`` is the subject of agrees with a plural (`were fined`, `have
    sacked`): a side named for its town takes one, as British news writes it; a person never."""
    verb = subject.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" or w.lower_ in ("were", "are") for w in words)


def _headline_side(context: DocContext) -> Entity | None:
    """`Fiorentina sack coach Bellandi after fifth defeat`: a headline that opens on a name in
    capitals (one to three words), then a word in small letters and, within three words after
    it, a job only a side has (models/team_jobs.txt), names the side the story's `the club`
    means, when the story names it again below and no body the story tags is one (the parser
    makes nothing of a headline's verb, so the words are read as they stand). Not a given name,
    a place or a people the lists know."""
    start, end = context.headline
    if end <= start:
        return None
    doc, lex = context.doc, lexicon()
    first, last = context.token_range(start, end)
    k = first
    while k < last and k - first < 3 and capitalised(doc[k].text) and doc[k].tag_ in ("NNP", "NNPS"):
        k += 1
    if k == first or k >= last or not doc[k].is_lower:
        return None
    if not any(t.is_lower and t.lemma_.lower() in lex.team_jobs for t in doc[k + 1 : k + 4]):
        return None
    name = doc[first:k]
    if name[0].lower_ in lex.first_names or lex.names_a_place_or_people(name.text.lower()):
        return None
    if context.text.find(name.text, end) < 0:
        return None
    return _body_named(name)


def _body_named(name: Span) -> Entity:
    """An organisation of its own named by ``name``, mentioned where it stands (a side or a
    business the story's words name, where the tagger found no body)."""
    body = Entity("organization")
    body.names.append((name.start_char, name.text, tuple(w.lower() for w in name.text.split())))
    body.mentions.append(name.start_char)
    return body


def _written_as_a_person(name: Span) -> bool:
    """Whether ``name`` is written as a person's: its last word stands somewhere in the story
    without the word before it, as a surname does (`Otieno` alone), or its sentence holds a
    person's pronoun (`… after he was sent off`); a name of one word always is."""
    doc, last = name.doc, name[-1]
    if len(name) < 2 or any(t.lower_ in _PERSONS_PRONOUNS for t in name.sent):
        return True
    alone = (k for k in places_of_word(doc, ORTH, last.text) if k != last.i)
    return any(k == 0 or doc[k - 1].text != name[-2].text for k in alone)


# The pronouns that stand only for a person (`he`, `her`), never for a side.
_PERSONS_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})


def _held_as(tok: Token) -> bool:
    """Whether ``tok`` stands under an `as` (`has quit as head coach`, `named as captain`)."""
    return any(a.lower_ == "as" and a.dep_ == "prep" for a in tok.ancestors)


def _lede_business_before(context: DocContext, at: int) -> Entity | None:
    """The business the lede's subject names (``_lede_business``), when it comes before ``at``."""
    lede = context.memo(("lede business",), lambda: _lede_business(context))
    return lede if lede is not None and lede.mentions[0] < at else None


def _lede_business(context: DocContext) -> Entity | None:
    """The business the lede's subject names where the tagger called it no body (see
    ``_lede_subject_untagged``), as an organisation of its own; None if it does not. (Only a
    business: `the city government` after `Harju County Court ruled …` is no court, and the
    lede's subject is mostly a company the tagger does not know.)"""
    name = _lede_subject_untagged(context)
    if name is None:
        return None
    return _body_named(name)


def _lede_subject_untagged(context: DocContext) -> Span | None:
    """`Westpac has agreed to pay …`, `Woolworths will cut 500 jobs …`: the subject of the lede's
    first sentence, when it is only a name in capitals the tagger called no body (left it
    untagged, or took one word for a person's name), is the business a later `the bank` or
    `the company` stands for when the story names no other; not a place or a people, not a
    word of English opening the sentence (`Residents have …`), not a given name or a person's
    surname the story gives whole, nor a body the tagger found (that one is named already)."""
    doc = context.doc
    subject = _lede_opening_subject(context)
    if subject is None:
        return None
    # (The name runs from the lede's first word, one the parser may have cut off as a sentence
    # of its own: `British` | `Steel said today …`.)
    name = doc[_lede_first_token(context) : subject.right_edge.i + 1]
    lex = lexicon()
    kinds = {t.ent_type_ for t in name}
    if not 1 <= len(name) <= 3 or not kinds <= {"", "PERSON"} or (len(name) > 1 and kinds != {""}):
        return None
    if not all(capitalised(t.text) and t.tag_ in ("NNP", "NNPS", "NNS", "NN") for t in name):
        return None
    if name[0].lower_ in lex.first_names or lex.names_a_place_or_people(name.text.lower()):
        return None
    # (One word opening the sentence is a name only if no dictionary has it, or the story writes
    # it in capitals inside a sentence too: `Woolworths chief executive X`.)
    if len(name) == 1 and not (coined(name[0]) or _capitalised_inside_a_sentence(doc, name[0])):
        return None
    if len(name) > 1 and not all(t.pos == PROPN for t in name):
        return None
    if name[-1].lower_ in lex.organization_nouns and name[-1].lower_ not in lex.business_nouns:
        return None  # (`Harju County Court ruled …`: a body of a kind no business is.)
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    return None if name[-1].lower_ in surnames else name


def _lede_first_token(context: DocContext) -> int:
    """The index of the first word of the lede's first sentence (past a wire dateline, `WELLINGTON
    - Kiwibank will cut …`), or -1 when there is none."""
    return lede(context).first


def _lede_opening_subject(context: DocContext) -> Token | None:
    """The subject of the lede's first sentence that opens it, or one a name in capitals runs
    into from its start, whatever the parser made its root (`Rangers have sacked manager X`,
    read with `sacked` qualifying `manager`; `Melbourne Victory have sacked …`, with `Melbourne`
    a root of its own)."""
    first = _lede_first_token(context)
    if first < 0:
        return None
    doc = context.doc

    def opens(t: Token) -> bool:
        lead = doc[first : t.left_edge.i]
        return all(w.pos == PROPN and capitalised(w.text) for w in lead)

    sent = doc[first].sent
    # (`Melbourne` may even be a sentence of its own, the name going on in the next.)
    if sent.end < len(doc) and all(w.pos == PROPN and capitalised(w.text) for w in sent):
        sent = doc[sent.start : doc[sent.end].sent.end]
    subjects = (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i >= first)
    return next((t for t in subjects if opens(t)), None)


def _capitalised_inside_a_sentence(doc: Doc, word: Token) -> bool:
    """Whether the story writes ``word`` as it stands, in capitals, where no sentence starts."""
    places = places_of_word(doc, ORTH, word.text)
    return any(not doc[k].is_sent_start for k in places if k != word.i)


def _business_meant(context: DocContext, bodies: list[Entity], noun: str, at: int) -> Entity | None:
    """The business `the company` (`the bank`, `the firm`) at char ``at`` stands for."""
    subject = _subject_just_before(context, bodies, at)
    found = _business_called(context, bodies, noun, at, subject)
    acting = _business_that_acts(context, bodies, noun, at)
    if acting is None or found is acting:
        return _or_the_lede_business(context, found, at)
    about = found if found is None else _body_the_story_is_about(context, [found, acting], at)
    return acting if about is None or about is acting else found


def _body_the_story_is_about(context: DocContext, bodies: list[Entity], at: int) -> Entity:
    """Of the bodies of one kind named before char ``at``, the one `the <noun>` there means: the
    last named, unless that one was never the subject of a clause and just one other was
    (`Harbour United sacked their manager after a defeat to Lenton Rovers … The club's
    chairman`: the side that acts, not the one the story names in passing)."""
    last = max(bodies, key=lambda o: max(c for c in o.mentions if c < at))
    doc = context.doc

    def acts(c: int) -> bool:
        first, last_tok = context.token_range(c, c + 1)
        # (A headline's subject, `… Board Of Election Finds`, is no act of the story's.)
        line = context.text[slice(*context.line_of(c))]
        story = not context.in_furniture(c) and not is_title_case(line)
        return c < at and first < last_tok and story and _is_subject(doc[first])

    acting = [o for o in bodies if any(acts(c) for c in o.mentions)]
    return acting[0] if last not in acting and len(acting) == 1 else last


def _named_at_once(text: str, bodies: list[Entity], at: int) -> Entity | None:
    """The body of the noun at char ``at`` that the story names first after it, when that is in
    the same paragraph (`the national disaster agency (BNPB)`); not a rival a later paragraph
    names (`the club's chairman` before any club is named)."""
    first = min(bodies, key=lambda o: o.mentions[0])
    return first if "\n" not in text[at : first.mentions[0]] else None


def _named_in_the_lede_below(context: DocContext, bodies: list[Entity], at: int) -> Entity | None:
    """`'We will fight on,' union vows` heading the story, then `Members of the Communication
    Workers Union voted …`: a body's bare noun in the headline is the body of its kind that the
    story names first, when that is within the lede's paragraph (a headline names no body a
    later paragraph brings in)."""
    if not _in_the_headline(context, at):
        return None
    first = min(bodies, key=lambda o: o.mentions[0])
    return first if first.mentions[0] < lede_end(context) else None


def _story_mentions(context: DocContext, mentions: list[int], start: int, at: int) -> list[int]:
    """The mentions in chars [start, at) that are the story's: a body a byline, a credit or a
    dateline names (`Special to The Times`, `LAGOS (Reuters) -`) is the page's, not one the
    story's `its` stands for."""
    return [c for c in mentions if start <= c < at and not context.in_furniture(c)]


def _headed_first(bodies: list[Entity], noun: str) -> list[Entity]:
    """`the university` after `Kivuli University` and `Kivuli University Lecturers Association`:
    the bodies the noun heads, when there are any, not those whose name it only qualifies."""
    return [o for o in bodies if _name_headed_by(o.key, noun)] or bodies


def _name_headed_by(key: tuple[str, ...], noun: str) -> bool:
    """Whether the body's name (its words in small letters) is headed by ``noun``: its last body
    noun before any `of`, `for` or `on` (`Ministry of Health`: ministry; `Makerere University
    Academic Staff Association`: association, not university)."""
    nouns = lexicon().organization_nouns
    cut = next((n for n, w in enumerate(key) if w in ("of", "for", "on")), len(key))
    heads = [w for w in key[:cut] if w in nouns or w.rstrip("s") in nouns]
    return bool(heads) and noun in (heads[-1], heads[-1].rstrip("s"))


def _qualifies_another(key: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Whether ``tokens``, a name of two words or more ending in a body's noun, open the longer
    name ``key`` of a body headed by another noun (`Makerere University` in `Makerere University
    Academic Staff Association`), not that body's own name cut short; so too a place's tier of
    government closing the words before a house's noun (`Nakuru County` in `Nakuru County
    Assembly`: the county's government, not its assembly; nor its executive, `Nakuru County
    Executive Committee`, nor its executive's letters, `Nakuru County CEC`; `Harbour City` is
    `Harbour City FC`)."""
    lex = lexicon()
    if len(tokens) < 2 or len(key) <= len(tokens):
        return False
    after = key[len(tokens)]
    executive = after in ("executive", COUNTY_EXECUTIVE_LETTERS)
    if tokens[-1] in lex.government_levels and (after in lex.houses or executive):
        return True
    return tokens[-1] in lex.organization_nouns and not _name_headed_by(key, tokens[-1])


def _no_speaking_bodies(doc: Doc, organizations: list[Entity]) -> set[int]:
    """The ids of ``organizations`` that are a medium or no body at all (``media``)."""
    if not organizations:
        return set()
    # (Each token's first character, read as one column: a token object for each word cost more.)
    starts = dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True))
    return {
        id(o)
        for o in organizations
        if _only_after_on(doc, starts, o)
        or _only_a_word_opening_a_sentence(doc, starts, o)
        or _only_told(doc, starts, o)
    }


def _only_told(doc: Doc, starts: dict[int, int], org: Entity) -> bool:
    """Whether every mention of ``org``, a news agency, broadcaster or newspaper
    (models/news_agencies.txt, masthead_words.txt), is whom words were told (`a spokesperson for
    the ministry told Reuters`, `told The Associated Press`, `told Geo News`): wire copy names the
    outlet it speaks to, the listener and nobody's employer."""
    toks = [doc[starts[c]] for c in org.mentions if c in starts]
    if not toks or len(toks) != len(org.mentions):
        return False
    # (Only a news agency, broadcaster or newspaper: `told the Bundestag` may be told the speaker's
    # own house; `told Geo News`, `told the Belfast Telegraph` is the outlet the story speaks to.)
    medium = lexicon().news_agencies | lexicon().masthead_words
    # (`told Dawn.com`: a news site by its address.)
    if not any(set(n[2]) & medium or any(w.endswith(".com") for w in n[2]) for n in org.names):
        return False
    for tok in toks:
        # (`The Associated Press`: from the name's first word up to the word it hangs on.)
        while tok.dep_ in ("compound", "det", "amod") and tok.i < tok.head.i <= tok.i + 4:
            tok = tok.head
        if not _told_or_spoken_to(tok):
            return False
    return True


def _told_or_spoken_to(tok: Token) -> bool:
    """Whether ``tok`` is whom words were told or spoken to: `told Geo News`, `speaking to Geo
    News`, `in an interview with the Express Tribune`. (Looser than tokens.told_by_a_subject,
    on purpose: the body is already an outlet by its name, a news agency's or a masthead's words,
    so any way of telling it counts, an interview with it too, and no subject is needed; that one
    must tell an outlet from a person by the telling alone.)"""
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() == "tell"
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "with"):
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in ("speak", "talk") or verb.lower_ in ("interview", "interviews")


def _only_after_on(doc: Doc, starts: dict[int, int], org: Entity) -> bool:
    """Whether every mention of ``org`` comes right after `on` (`posted on Instagram`)."""
    befores = [starts.get(c, 0) - 1 for c in org.mentions]
    return bool(befores) and all(i >= 0 and doc[i].lower_ == "on" for i in befores)


def _only_a_word_opening_a_sentence(doc: Doc, starts: dict[int, int], org: Entity) -> bool:
    """Whether every mention of ``org`` is one English word that opens its sentence and
    qualifies the common noun after it (`Hosepipe bans are likely`, which the tagger took for a
    body): a word in capitals only because it opens the sentence, no body at all."""
    if any(len(n[2]) != 1 for n in org.names):
        return False
    toks = [doc[starts[c]] for c in org.mentions if c in starts]
    return len(toks) == len(org.mentions) > 0 and all(_opens_on_a_noun(t) and not coined(t) for t in toks)


def _opens_on_a_noun(tok: Token) -> bool:
    qualifies = tok.dep_ in ("compound", "amod") and tok.head.pos == NOUN
    return bool(tok.is_sent_start) and qualifies and tok.head.i == tok.i + 1


def _subject_just_before(context: DocContext, bodies: list[Entity], at: int) -> Entity | None:
    """The body that is the subject of the sentence right before char ``at``, in its paragraph
    (`Harbour Water said … The company's operations director`), if one is."""
    doc = context.doc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    before = doc[span[0].sent.start - 1].sent
    if "\n" in context.text[before.end_char : at]:
        return None
    for org in bodies:
        for c in (c for c in org.mentions if before.start_char <= c < before.end_char):
            tok = doc.char_span(c, c + 1, alignment_mode="expand")
            if tok is not None and _is_subject(tok[0]):
                return org
    return None


def _business_called(
    context: DocContext, organizations: list[Entity], noun: str, at: int, subject: Entity | None = None
) -> Entity | None:
    """The business `the <noun>` (`the company`, `the group`) at char ``at`` stands for: the one
    the article brought in with that noun, else the business the story names most (a headline
    or a dateline, `KARACHI:`, names the page's subject, not the story's company)."""
    text = context.text
    # (`campaign group Leeds Canal Trust … the group`: the body the article called so.)
    brought = [o for o in organizations if _brought_in_as(text, noun, o)]
    if len(brought) == 1:
        return brought[0]
    business = lexicon().business_nouns
    pool = _businesses_it_may_be(context, organizations, noun, at, subject)

    def on_the_page(c: int) -> bool:
        return context.in_furniture(c) or _in_the_headline(context, c)

    # (Named as often, one the article calls a business beats one it says nothing of:
    # `chipmaker Halvorsen` over `a portfolio manager at Deka Investment`.)
    # (Named as often, the subject of the sentence right before beats both: `Harbour Water said
    # … The company's director`, with `the Flood Action Group` named as often; then one that is
    # itself the subject of a clause, over one named only before a person's job: `Qantas has been
    # fined … The ACCC chair said …`, then `a spokesperson for the carrier` is Qantas's; only for
    # the bare noun, not `the Greens' parliamentary group`, whose words say more than a business.)
    noun_tok = context.doc[context.token_range(at, at + 1)[0]]
    bare = not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun_tok.children)
    scored = [
        (
            sum(1 for c in o.mentions if c < at and not on_the_page(c)),
            o is subject,
            bare and any(_acts_itself(context, c) for c in o.mentions if c < at and not on_the_page(c)),
            bool(o.kinds & business),
            max((c for c in o.mentions if c < at), default=-1),
            o,
        )
        for o in pool
    ]
    scored = [x for x in scored if x[0] > 0]
    if not scored:
        return None
    return max(scored, key=lambda x: (x[0], x[1], x[2], x[3], x[4]))[5]


def _businesses_it_may_be(
    context: DocContext, organizations: list[Entity], noun: str, at: int, subject: Entity | None
) -> list[Entity]:
    """The organisations `the <noun>` at char ``at`` may stand for (see ``_business_called``),
    before they are weighed: the kinds of body the noun may name, named in capitals, not brought
    in as no business, not run by another of them nor acting against one."""
    text, business = context.text, lexicon().business_nouns
    # `the company` may be any business the article names; `the bank` only one the
    # article does not say is a body of another kind (a company, a union).
    if noun in lexicon().generic_business_nouns:
        pool = [o for o in organizations if not o.kinds or o.kinds & business]
    else:
        pool = [o for o in organizations if not o.kinds]
    # (`convener of shop stewards`, tagged a body: words with no capital name no business.)
    pool = [o for o in pool if any(c.isupper() for _, name, _ in o.names for c in name)]
    pool = [o for o in pool if not _brought_in_as_no_business(text, o)]
    # (`The Student Alliance said … Ana Ruiz, the group's president`: the subject just before, any kind.)
    if noun in _MEMBERS_NOUNS and subject is not None and subject not in pool:
        pool.append(subject)
    # (`Oakfield House, run by Meadowcare Ltd, …` then `the company's managing director`: a
    # body the article says another runs or owns is that one's concern, not the business.)
    starts = {c: o for o in organizations for c in o.mentions}
    pool = [o for o in pool if not any(r is not o and r in pool for r in _run_by(text, o, starts))]
    # (`Greenpeace protested outside Crown Petroleum … the company's spokeswoman`: the body that
    # acts against another the pool holds is that one's opponent, not the business.)
    facing = [o for o in pool if _acts_against_another(context, o, pool, at)]
    return [o for o in pool if o not in facing] if len(facing) < len(pool) else pool


def _acts_against_another(context: DocContext, org: Entity, pool: list[Entity], at: int) -> bool:
    """Whether ``org``, named before char ``at``, is the subject of a verb by which it acts
    against another party (models/facing_verbs.txt, `against`: `protested outside`, `sued`,
    `accused`) whose words name another body of ``pool``."""
    doc, lex = context.doc, lexicon()
    against = lex.facing_verbs - lex.hearing_verbs
    others = {c for o in pool if o is not org for c in o.mentions}
    for char in (c for c in org.mentions if c < at):
        first, last = context.token_range(char, char + 1)
        if first >= last:
            continue
        head = head_after(doc[first], ("compound", "flat", "det"))
        verb = head.head
        # (`fined` lemmatised `fin`: the past of a verb ending in `e` drops only its `d`.)
        forms = {verb.lemma_.lower(), verb.lower_[:-1] if verb.lower_.endswith("ed") else ""}
        if head.dep_ != "nsubj" or not forms & against:
            continue
        if any(t.idx in others for t in verb.subtree if t.i > verb.i):
            return True
    return False


def _acts_itself(context: DocContext, char: int) -> bool:
    """Whether the body's name at char ``char`` heads the subject of its clause itself (`Qantas
    has been fined`), not as the words before a person's job or name (`The ACCC chair said`,
    `Transport Minister Ana Ruiz told …`)."""
    first, last = context.token_range(char, char + 1)
    if first >= last:
        return False
    head = head_after(context.doc[first], ("compound", "flat", "det"))
    person = head.ent_type_ == "PERSON" and context.doc[first].ent_type_ != "PERSON"
    return head.dep_ in ("nsubj", "nsubjpass") and not is_role_noun(head) and not person


def _in_the_headline(context: DocContext, char: int) -> bool:
    start, end = context.headline
    return start <= char < end


_RUN_BY = re.compile(r",?\s+(?:which\s+is\s+|that\s+is\s+)?(?:run|owned|operated|managed)\s+by\s+(?:the\s+)?")


def _run_by(text: str, org: Entity, starts: dict[int, Entity]) -> list[Entity]:
    """The bodies the article says run or own ``org`` right after naming it (`Oakfield House,
    run by Meadowcare Ltd,`, `the Grand Hotel, owned by Harlow Group`), from ``starts``, the
    body each mention's char opens."""
    found = []
    for at, name, _ in org.names:
        tail = _RUN_BY.match(text, at + len(name))
        runner = starts.get(tail.end()) if tail else None
        if runner is not None:
            found.append(runner)
    return found


def _business_that_acts(
    context: DocContext, organizations: list[Entity], noun: str, at: int
) -> Entity | None:
    """`software company Brightwave is cutting jobs … an email seen by the BBC … The firm said`:
    any business is a firm, so `the firm` (`the company`) may be the one body the story brought
    in before it as a business of any kind, when that body acts in the story and the body the
    nouns would otherwise give was only named in passing (see ``_body_the_story_is_about``).
    Not `the business` of `the business mogul`, a word qualifying another."""
    tok = context.doc[context.token_range(at, at + 1)[0]]
    if noun not in lexicon().generic_business_nouns or tok.dep_ in ("compound", "amod", "nmod"):
        return None
    business, before = lexicon().business_nouns, context.text[:at]
    brought = [
        o
        for o in organizations
        if min(o.mentions) < at and any(_brought_in_as(before, w, o) for w in business)
    ]
    return brought[0] if len(brought) == 1 else None


def _body_called(organizations: list[Entity], text: str, noun: str) -> Entity | None:
    """The one body `the <noun>` can stand for by its name alone: a name the noun ends or heads
    (`the appeal` for the *Northfield Hospice Appeal*; `the corporation` for the spelled-out
    name of `BMC`)."""
    # (A body brought in with the noun, `Serbian club Vojvodina`, was tried for any noun: it
    # is often not the one `the club` means; only a noun for any business is read so.)
    # (`the city` is not *Manchester City*: a noun that is no body's noun ends only a long name.)
    shortest = 2 if noun in lexicon().organization_nouns else 3
    fits = {}
    for org in organizations:
        keys = [n[2] for n in org.names]
        spelled = spelled_in_text(text, org.name())
        if spelled:
            keys.append(name_key(spelled))
        if any(len(k) >= shortest and (k[-1] == noun or _headed_by(k, noun)) for k in keys):
            fits[id(org)] = org
    return next(iter(fits.values())) if len(fits) == 1 else None


def _brought_in_as_no_business(text: str, org: Entity) -> bool:
    """Whether the article writes, right before one of the body's names, a noun in small letters
    for a body of a kind no business is (`the shopworkers' union Usdaw`, `the charity Shelter`):
    no business `the retailer` or `the company` can mean."""
    kinds = lexicon().no_business_bodies
    # (Each place the name stands, found with str.find, as ``_after_word`` does: a regex over
    # the whole text for each name of each body cost 1% of extraction.)
    for _, name, _ in org.names:
        at = text.find(name)
        while at >= 0:
            after = at + len(name)
            if after >= len(text) or not (text[after].isalnum() or text[after] in "_-"):
                m = _SMALL_WORD_BEFORE.search(text, max(0, at - 40), at)
                if m is not None and m.group(1) in kinds:
                    return True
            at = text.find(name, at + 1)
    return False


# A word in small letters, then spaces, right before a name (see ``_brought_in_as_no_business``).
_SMALL_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")


def _brought_in_as(text: str, noun: str, org: Entity) -> bool:
    """Whether the article writes the noun in small letters right before one of the body's
    names (`campaign group Leeds Canal Trust`, `the firm Acme Foods`)."""
    return any(_after_word(text, noun, n[1]) for n in org.names)


def _after_word(text: str, word: str, name: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` as whole words after ``word`` and spaces or
    tabs (a hyphen joins words: `non-profit group` is no `profit group`)."""
    # (Found with str.find, not a regex over the whole text for each name of each body the
    # nouns ask about: that cost 3% of extraction.)
    at = text.find(name)
    while at >= 0:
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end - len(word)
        if (
            end < at
            and start >= 0
            and text[start:end] == word
            and not _word_char_at(text, start - 1)
            and not _word_char_at(text, at + len(name))
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _word_char_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` exists and is a regex's `\\w` or a hyphen."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


# `Hoi-ming`, `Jong-un`: a given name of two syllables joined by a hyphen, the second in small
# letters (not a double-barrelled surname, `Smith-Jones`).
HYPHENED_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _opens_on_its_family_name(person: Entity) -> bool:
    """Whether the person's name is written family name first, as ``known_names`` reads it (a
    given name with a hyphen after it: `Kim Dong-wook`; or a given name the lists know)."""
    key = person.key
    hyphened = HYPHENED_GIVEN_NAME.match(person.name().split()[-1]) is not None
    return hyphened or _family_name_first(key) or _may_be_family_name_first(key)


def _may_be_family_name_first(key: tuple[str, ...]) -> bool:
    """A two-word name neither of whose words is a given name the lists know, nor a body's or a
    place's noun: which word is the family name the article's later mentions tell."""
    lex = lexicon()
    nouns = lex.organization_nouns | lex.place_nouns
    return len(key) == 2 and not any(w in lex.first_names or w in nouns for w in key)


def _surname_particles_at(key: tuple[str, ...]) -> int:
    """Where the particles opening a name's surname start (`andré de ruyter` → 1, `frans van der
    berg` → 1), after a given name and before the surname's last word; 0 for none."""
    particles = lexicon().surname_particles
    for k in range(1, len(key) - 1):
        if key[k] in particles:
            return k
    return 0


def _two_family_names(key: tuple[str, ...]) -> bool:
    """A given name the lists know, then two words neither of which is a given name, a place,
    or a body's or a place's noun: a given name and two family names (`Marcelo Ebrard
    Casaubón`), not a second given name (`Sarah Jessica Parker`) nor a place (`Ana Lima Cruz`)."""
    lex = lexicon()
    given = key[0].lower() in lex.first_names
    return len(key) == 3 and given and not any(w.lower() in lex.no_family_names for w in key[1:])


def _family_name_first(key: tuple[str, ...]) -> bool:
    given = lexicon().first_names
    return len(key) == 2 and key[0].lower() not in given and key[1].lower() in given


class ArticlePeople:
    """The article's people as their names cluster: who holds which name, in the order they
    were first named, and where each name mention is."""

    def __init__(self, entities: list[Entity]) -> None:
        # The article's entity list, shared: a person made here is one of the article's.
        self.entities = entities
        self.person_at: dict[int, Entity] = {}  # char of a name mention -> its person
        # Each name's words (its core) to the people named so, and the people in the order they
        # were first named: a name looks up who holds it instead of reading every mention.
        self.name_holders: dict[tuple[str, ...], list[Entity]] = {}
        self.person_order: dict[int, int] = {}

    def add_name(self, person: Entity, mention: NameMention, *, holds: bool = True) -> None:
        """``holds``: whether the name alone is this person's from now on; not a surname told
        apart by `the elder`, which leaves `Kuramochi` to whom it meant before."""
        holders = self.name_holders.setdefault(mention.name.core, []) if holds else [person]
        if not any(h is person for h in holders):
            holders.append(person)
            self.person_order.setdefault(id(person), len(self.person_order))
        person.people.append(mention)
        person.mentions.append(mention.at)
        self.person_at[mention.at] = person

    def only_holder_of(self, noun: str, title: str = "", before: int = -1) -> Entity | None:
        """The one person whose role the article heads with ``noun`` (`minister`), if only one;
        of several, the one whose role ends in the words of ``title`` (`the Health Secretary`
        beside a union's `general secretary`). ``before``: only among those named before that
        char (the prime minister a story names at its foot is not yet `the Minister`)."""
        met = [p for p in self.people() if before < 0 or min(p.mentions, default=before) < before]
        holders = [p for p in met if _holds_job(p, noun)]
        if len(holders) > 1 and " " in title:
            holders = [p for p in holders if any(d.role.lower().endswith(title) for d in p.descriptors)]
        holders = _not_ruled_out_by_title(holders, met, noun, title)
        return holders[0] if len(holders) == 1 else None

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "person" and e.people]

    def match(self, name: Name, at: int = -1) -> Entity | None:
        """The person a name belongs to: the same name, a fuller form (`Trump` → `Donald J. Trump`),
        the one of a shared surname named with its title (`Dr. Moloney`), or a given name only one has."""
        core = name.core
        if not core:
            return None
        people = [p for p in self.people() if _may_be_named(p, name)]
        same = sorted(self.name_holders.get(core, []), key=lambda p: self.person_order[id(p)])
        same = _given_the_title(people, core, name.title) or [p for p in same if _may_be_named(p, name)]
        if same:
            return self.pick(same, at, name.gender)
        if len(core) >= 2:
            fits = [p for p in people if _fuller(p.key, core)]
            if not fits:
                # `Hilary Clinton` in a summary, `Hillary Clinton` in the story: one full name
                # with one letter doubled is a typo for the one person it could be.
                fits = [p for p in people if _one_letter_doubled(p.key, core)]
                fits = fits if len(fits) == 1 else []
            return self.pick(fits, at, name.gender)
        word = core[0]
        fits = [p for p in people if len(p.key) >= 2 and p.key[-1] == word]
        if not fits:
            # `Ms Kim` for `Kim Jong-un`, `Maria` in a feature that calls her so; `Misbah` for
            # `Misbah-ul-Haq`, a name the Arabic article joins with hyphens.
            fits = [p for p in people if len(p.key) >= 2 and word in p.key[:-1]]
            fits = fits or [p for p in people if any(first_word_of_a_joined_name(w) == word for w in p.key)]
            if len(fits) > 1:
                # `Kim said` after `Kim Young-hoon` and then `Kim Dong-wook`: a family name
                # written first that two people share is the one named last, as a shared
                # surname is; a given name two people share is nobody's.
                family = all(p.key[0] == word and _opens_on_its_family_name(p) for p in fits)
                return self.latest_before(fits, at) if family else None
        if not fits:
            # `Keidis continued` in a story about Anthony Kiedis: a surname with two letters
            # swapped is a typo for the one person it could be.
            fits = [p for p in people if len(p.key) >= 2 and _swapped_letters(p.key[-1], word)]
            if len(fits) > 1:
                return None
        return self.pick(fits, at, name.gender)

    def pick(self, fits: list[Entity], at: int, gender: str) -> Entity | None:
        if not fits:
            return None
        if gender and len(fits) > 1:
            # (`Gwyn Morgan … His daughter, Rhian Morgan, … "Mr Morgan was …"`: of several who
            # share the surname, one whose given name says the title's gender, or no gender.)
            fitting = [p for p in fits if p.gender in ("", gender)]
            fits = [p for p in fitting if _given_names_gender(p) in ("", "-", gender)] or fitting or fits
        return self.latest_before(fits, at) or fits[0]

    def latest_before(self, people: list[Entity], at: int) -> Entity | None:
        """Of several people who share a surname, the one the article named last before ``at``."""
        if at < 0:
            return None
        best: tuple[int, Entity] | None = None
        for person in people:
            before = [c for c in person.mentions if c < at]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), person)
        return best[1] if best else None

    def known_names(self) -> dict[tuple[str, ...], list[Entity]]:
        """Each full name of the article's people, and each surname alone, to the people it
        fits, in the article's order (an index, so that every proper noun looks up in it)."""
        index: dict[tuple[str, ...], list[Entity]] = {}
        for p in self.people():
            key = p.key
            if len(key) > 1:
                index.setdefault(key, []).append(p)
                if key[-1:] != key:
                    index.setdefault(key[-1:], []).append(p)
                for k in range(1, _surname_particles_at(key) + 1):
                    # `André de Ruyter`, later `De Ruyter said` (tagged a body), `Marcelo
                    # Rebelo de Sousa`, later `Rebelo de Sousa`: the surname with its particles,
                    # written alone in capitals, is that person.
                    index.setdefault(key[k:], []).append(p)
                if HYPHENED_GIVEN_NAME.match(p.name().split()[-1]):
                    # `Cheung` for `Cheung Hoi-ming`, `Lau` for `Kenneth Lau Ka-fai`: the family
                    # name is the word before a given name written with a hyphen.
                    index.setdefault(key[-2:-1], []).append(p)
                elif _family_name_first(key):
                    # `Finance Minister Takahashi Kenji`, later `Takahashi said`: a two-word name
                    # whose second word is a given name and first is none is written family
                    # name first, and the family name alone is that person.
                    index.setdefault(key[:1], []).append(p)
                elif _may_be_family_name_first(key):
                    # `Governor Morimoto Tatsuya`, later `Morimoto said`, with neither word a
                    # given name the lists know: the first word alone may be the family name.
                    index.setdefault(key[:1], []).append(p)
                elif _two_family_names(key):
                    # `President Claudia Sheinbaum Pardo`, later `Sheinbaum said` (tagged a body):
                    # Spanish and Portuguese names end on the father's family name and then the
                    # mother's, and news calls the person by the father's alone.
                    index.setdefault(key[1:2], []).append(p)
        return index

    def known_name(
        self, tokens: tuple[str, ...], at: int, known: dict[tuple[str, ...], list[Entity]]
    ) -> Entity | None:
        """The person whose full name, or surname alone, is exactly ``tokens`` (``known``: the
        index of ``_known_names``, taken after the people are clustered: a name joined later is
        never fuller than the one it joins, so the index holds).

        When two share the surname, the one named last before ``at``; else nobody.
        """
        if not tokens:
            return None
        fits = known.get(tokens, [])
        if len(fits) == 1:
            return fits[0]
        return self.latest_before(fits, at)


class ArticleEntities:
    """Every person and organisation the article names, clustered, with their descriptors."""

    def __init__(
        self, context: DocContext, outside: list[bool], mentions: list[Mention] | None = None
    ) -> None:
        self.context = context
        self.doc = doc = context.doc
        self.text = context.text
        self.outside = outside
        self.token_starts: list[int] = context.starts
        self.entities: list[Entity] = []
        self.registry = ArticlePeople(self.entities)
        self.person_at = self.registry.person_at  # char of a name mention -> its person
        self.person_mentions: list[tuple[int, Entity, int]] = []  # (char, person, head token)
        ents = joined_entities(doc, joined_people(list(doc.ents)))
        org_names = organization_names(self.context, ents)
        # `a spokeswoman for Clinton` does not make Clinton a body when Hillary Clinton is named.
        full_names = {org_text(self.context, e).lower() for e in ents if e.label_ == "PERSON" and len(e) > 1}
        full_names = {n for n in full_names if n.split() and n not in org_names}
        self.org_names = org_names - full_names - {n.split()[-1] for n in full_names}
        found = self._people(ents, outside, _name_mentions(self.context, mentions or []))
        self.organizations = _read_organizations(self.context, ents, outside, self.org_names, self.person_at)
        self.entities += self.organizations
        self.orgs = ArticleOrganizations(self.context, self.organizations)
        known = self.org_names | {" ".join(o.key) for o in self.organizations}
        # `INMO general secretary X` after `the Irish Nurses and Midwives Organisation (INMO)`:
        # the short form of a body the article names is a body too.
        known |= {acronym(n[1].split()).lower() for o in self.organizations for n in o.names if len(n[2]) > 2}
        person_words = _words_of_people(self)
        self.no_bodies = _no_bodies(self.context.text, ents, org_names)
        self.place_sides = places_owning_a_position(doc)
        self.describer = Describer(
            context,
            outside,
            frozenset(known),
            person_words,
            self.organization_name_for,
            self.orgs.organization_before,
            self.campaign_of,
            _words_of_people_shown(doc, self.people()),
        )
        self.pronouns_read = False
        _describe_people(self.describer, self.person_at, found)
        _genders(self.people())
        self.descriptions: dict[str, Entity] = {}
        self.pronoun_at: dict[int, Entity | None] = {}
        self.description_at: dict[int, Entity] = {}  # `the senator` (char) -> the person it is
        _resolve_pronouns(self)
        self.pronouns_read = True
        # Campaigns named by a pronoun (`Her campaign manager`), now that the pronouns are read.
        for entity in self.entities:
            entity.descriptors = [
                replace(d, organization=self.campaign_of(int(d.organization[1:])))
                if d.organization.startswith(_PRONOUN_MARK)
                else d
                for d in entity.descriptors
            ]

    # --- people -------------------------------------------------------------------------

    def _people(self, ents: list[Span], outside: list[bool], extra: list[Span]) -> list[NameMention]:
        others = [e for e in ents if e.label_ in _MISLABELLED and outside[e.start]]
        candidates = _name_candidates(self.context, ents, others, outside, extra, self.org_names)
        found: list[NameMention] = []
        # Full names of the story first, so that surnames and headline names join them.
        candidates.sort(key=lambda c: (not c[0].body, len(c[0].name.core) < 2, -len(c[0].name.core), c[0].at))
        for mention, span_start in candidates:
            if mention.at in self.person_at:
                continue
            person = self.registry.match(mention.name, mention.at) or _alias_of(self, mention)
            if person is None:
                mention = _given_name_before_a_couples_name(self.doc, mention)
                person = self.registry.match(mention.name, mention.at)
            elder = _elder_or_younger(self, mention)
            person = elder or person
            if person is None:
                if not mention.body:
                    continue  # a headline's, a caption's or a quote's name alone is no one the story names
                person = Entity("person")
                self.entities.append(person)
            self.registry.add_name(person, mention, holds=elder is None)
            # The attribution's mention may start at the title (`Dr Raman`).
            self.person_at.setdefault(span_start, person)
            found.append(mention)
        index = self.registry.known_names()
        found += _mislabelled_names(self, others, index)
        found += _missed_surnames(self, outside, index, found)
        found += _names_read_as_words(self, outside, found)
        for mention in sorted(found, key=lambda m: m.at):
            if mention.quoted:
                continue
            person = self.person_at[mention.at]
            person.titled |= _abbreviated_titles(self.doc, mention.name.start)
            head = _head_of(self.context, mention.name.start, mention.name.end)
            self.person_mentions.append((mention.at, person, head))
        return found

    def people(self) -> list[Entity]:
        return self.registry.people()

    def only_holder_of(self, noun: str, title: str = "", before: int = -1) -> Entity | None:
        return self.registry.only_holder_of(noun, title, before)

    def person_named(self, text: str, at: int) -> Entity | None:
        """The person a name mention at ``at`` stands for: its cluster, else the person whose
        name it fits."""
        person = self.person_at.get(at)
        if person is not None:
            return person
        first = bisect_right(self.token_starts, at - 1)
        last = bisect_right(self.token_starts, at + len(text) - 1)
        name = clean_name(self.context, first, last) if last > first else None
        return self.registry.match(name, at) if name is not None else None

    # --- organisations ------------------------------------------------------------------

    def campaign_of(self, at: int) -> str:
        """`<Surname> campaign` for the person the possessive pronoun at char ``at`` stands for
        (ROLES.md: `Her campaign` is the Clinton campaign); a mark to read again while the
        pronouns are not read yet; "" when it stands for no person."""
        if not self.pronouns_read:
            return f"{_PRONOUN_MARK}{at}"
        person = self.pronoun_at.get(at)
        if person is None or person.kind != "person" or not person.people:
            return ""
        return f"{surname_of(person.name())} campaign"

    def organization_name_for(self, noun: str, at: int) -> str:
        """The name of the body `the <noun>` at char ``at`` stands for: one the article names,
        or for `the campaign`, the one person's campaign the article speaks of."""
        return body_for_noun(self, noun, at)

    # --- descriptions -------------------------------------------------------------------

    def description(self, label: str, role: str, organization: str, at: int) -> Entity:
        """The unnamed speaker the article calls ``label`` (`a campaign spokesman`): one entity
        per wording and body."""
        entity = _described(self, label, organization)
        entity.mentions.append(at)
        if role or organization:
            entity.descriptors.append(Descriptor(at, role, organization, "description"))
        return entity

    # --- pronouns -----------------------------------------------------------------------

    def pronoun(self, at: int) -> Entity | None:
        """The entity the pronoun at char ``at`` stands for, if any."""
        return self.pronoun_at.get(at)


def _described(article: ArticleEntities, label: str, organization: str) -> Entity:
    """The unnamed speaker worded ``label``: one per wording, unless each is tied to a different
    body (`The Treasury said … a spokeswoman said`, then `Health New Zealand said … a
    spokeswoman said`: two people, though the article words them alike)."""
    key = " ".join(name_key(label))
    entity = article.descriptions.get(key)
    if entity is not None and _speaks_for_another_body(entity, organization):
        key = f"{key} @ {organization.lower()}"
        entity = article.descriptions.get(key)
    if entity is None:
        entity = Entity("description", label=label)
        article.descriptions[key] = entity
        article.entities.append(entity)
    return entity


def _speaks_for_another_body(entity: Entity, organization: str) -> bool:
    """Whether the unnamed speaker ``entity`` is tied to a body and never to ``organization``."""
    bodies = {d.organization for d in entity.descriptors if d.organization}
    return bool(organization and bodies) and organization not in bodies


def _tokens_of(article: ArticleEntities, m: Mention) -> tuple[int, int]:
    """Indices [first, last) of the tokens of mention ``m``: from the first that starts in it
    to the last that starts before its end."""
    return bisect_right(article.token_starts, m.start - 1), bisect_right(article.token_starts, m.end - 1)


def body_for_noun(article: ArticleEntities, noun: str, at: int) -> str:
    """The name of the body `the <noun>` at char ``at`` stands for: one the article names, when
    the words before the noun fit its name, or for `the campaign`, the one person's campaign the
    article speaks of."""
    tok = _token_at(article, at)
    org = _body_of_the_kind(article.orgs, tok, noun, at)
    name = org.name() if org is not None else ""
    if name:
        return name if modifiers_fit(tok, name) else ""
    if noun != "campaign":
        return _short_form_of_the_words(article.orgs, tok) or _public_body_described_before(article, tok)
    return the_campaign(article.doc, article.describer, article.token_starts, at)


def _public_body_described_before(article: ArticleEntities, tok: Token) -> str:
    """`Pakistan's finance ministry welcomed the move … a spokesman for the ministry`: the bare
    noun of a body of a kind no business is (a ministry, an agency), which the article named by no
    name, stands for the fuller words it first gave that body, as the body's own `the ministry
    said` does (see ``_first_fuller_description``); not a unit of a body the article names
    (`the Lagos State House of Assembly's health committee`), whose owner the unit's rules give."""
    # (Only after `for`, `of`, `at`: `the association's president` has a path of its own.)
    bare = [c.lower_ for c in tok.lefts] == ["the"] and tok.is_lower and tok.dep_ == "pobj"
    if not bare or tok.lemma_.lower() not in lexicon().no_business_bodies:
        return ""
    fuller = _first_fuller_description(article, tok, tok.text)
    return "" if any(n[1] in fuller for o in article.organizations for n in o.names) else fuller


def _body_of_the_kind(orgs: ArticleOrganizations, tok: Token, noun: str, at: int) -> Entity | None:
    """The body `the <noun>` at char ``at`` stands for; where the noun ``tok`` ends a kind of body
    named by two words (`the rights group`), the body of that kind, or none when the one the
    noun alone gives was brought in as a kind of two words of its own (`The pressure group Save
    Our Shores`): the story speaks of another group."""
    kind = kind_of_two_words(tok)
    if kind and (found := orgs.organization_for(kind, at)) is not None:
        return found
    found = orgs.organization_for(noun, at)
    if found is None or not kind:
        return found
    return None if found.kinds & lexicon().body_kinds_of_two_words else found


def _short_form_of_the_words(orgs: ArticleOrganizations, noun: Token) -> str:
    """`The HSE said …`, then `a spokeswoman for the health service`: a body's noun and the nouns
    in small letters compounded before it whose first letters open or close the one short form
    in capitals the article names a body by (*H*ealth *S*ervice *E*xecutive; `the revenue
    authority` and `KRA`) stand for that body, which the article never spells out."""
    words = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.is_alpha]
    # (`the health service`, nothing else before the noun: not `Cruz's … antiabortion coalition`.)
    the = [c for c in noun.lefts if c not in words]
    if not words or words[-1].i + 1 != noun.i or not noun.is_lower or [c.lower_ for c in the] != ["the"]:
        return ""
    first = "".join(w.text[0] for w in words[-2:]) + noun.text[0]
    found = {
        o.name()
        for o in orgs.speaking_bodies()
        for _, text, _ in o.names
        if text.isalpha()
        and text.isupper()
        and len(first) <= len(text) <= 6
        and (text.lower().startswith(first) or text.lower().endswith(first))
    }
    return found.pop() if len(found) == 1 else ""


def issuing_body(article: ArticleEntities, noun: Token) -> str:
    """The body a document (`the statement`, `Thursday's memo`) comes from, when the article
    says so (ROLES.md 3): in its own words (`a memo from the panel`, `the campaign's
    statement`, `an ad funded by X`), else at the nearest earlier mention of a document of
    the same noun that does (`the campaign's initial statement` … `the statement said`)."""
    lemma = noun.lemma_.lower()
    body = own_issuer(article, noun)
    pointed = any(c.dep_ in ("det", "poss") for c in noun.children)
    if body or noun.pos_ != "NOUN" or lemma not in lexicon().document_nouns or not pointed:
        return body
    doc = article.doc
    # (`an audit by X` … `the audit report`: the report of a work someone did is that one's.)
    kinds = {lemma, *(c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")}
    pos = article.context.columns.pos  # (a token is made only for the nouns outside quotes)
    for k in range(noun.i - 1, -1, -1):
        if pos[k] != NOUN or not article.outside[k]:
            continue
        tok = doc[k]
        if tok.lemma_.lower() in kinds:
            body = _body_of_document(article, tok)
            if body:
                return body
    return _suer_before(article, noun) if lemma in _SUIT_DOCUMENTS else ""


# The documents a suit is brought by (English legal usage): `the complaint` after `X sued Y`.
_SUIT_DOCUMENTS = frozenset({"complaint", "lawsuit", "petition", "filing"})


def _suer_before(article: ArticleEntities, noun: Token) -> str:
    """`The Ndlovu campaign sued the electoral commission … The complaint said`: the body that
    sued, in the document's sentence or the one before, is the one whose complaint it is."""
    doc = article.doc
    start = noun.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    for k in range(noun.i - 1, start - 1, -1):
        tok = doc[k]
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "sue" and article.outside[k]:
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            # (`The party and two campaigns will sue`: a suit several bring is no one body's.)
            several = subject is not None and any(c.dep_ == "conj" for c in subject.children)
            return _body_at(article, subject) if subject is not None and not several else ""
    return ""


def own_issuer(article: ArticleEntities, noun: Token) -> str:
    """The body a document's own words name as its issuer (`a report by X`), not one an earlier
    document of the same noun names: "" for any other noun."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().document_nouns:
        return ""
    return _body_of_document(article, noun)


def document_body(article: ArticleEntities, noun: Token, said: str) -> str:
    """The body of a description headed by ``noun``, whose words give body ``said``: for a
    document, the one its own words say issued it outranks the one it was written for (`a report
    for Oxfam … by X`), and one written before it (`the Treasury report` is the Treasury's
    whatever report came before it) only when its words give none, or only a person (`Rubio's
    press release`, which his campaign sent, ROLES.md 3)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().document_nouns:
        return said or issuing_body(article, noun)
    at = next((t.idx for t in noun.subtree if t.i < noun.i and said.startswith(t.text)), -1)
    if said and at >= 0 and article.person_named(said, at) is not None:
        said = ""
    return own_issuer(article, noun) or said or issuing_body(article, noun)


def _body_of_document(article: ArticleEntities, noun: Token) -> str:
    """The body a document's own words say issued it: its owner, or the object of its `from`
    or `by`, or the agent of a verb of issuing hung on it; "" for a person or a pronoun."""
    for child in noun.children:
        obj: Token | None = None
        if child.dep_ == "poss" and child.pos_ != "PRON":
            obj = child  # (`Thursday's memo`: a day owns nothing, and gives nothing.)
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
        elif child.dep_ in ("acl", "relcl"):
            obj = _agent_of_issuing(child)
        body = _body_at(article, obj) if obj is not None else ""
        if body:
            return body
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in lexicon().cue_verbs:
        # `The club said in a statement`, `In a statement, the ministry said`: who said it issued it.
        verb = verb.head
    elif not (noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon().issuing_verbs):
        return ""
    # `The Cole campaign issued a statement`: its subject issued it.
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _body_at(article, subject) if subject is not None else ""


def _agent_of_issuing(clause: Token) -> Token | None:
    """The agent of a passive verb of issuing hung on a document (`a memo released by X`, `an
    ad that attacks Y and is funded by X`: a conjunct sharing the clause's `that` counts too)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb is not clause and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # (a conjunct with a subject of its own says nothing of the document)
        if verb.lemma_.lower() not in lexicon().issuing_verbs or verb.tag_ != "VBN":
            continue
        agent = next((a for a in verb.children if a.dep_ == "agent"), None)
        obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        if obj is not None:
            return obj
    return None


def _body_at(article: ArticleEntities, tok: Token) -> str:
    """The body a word names: a tagged body's name (or one set beside it: `Rove's PAC,
    American Crossroads`), or the one the article means by a body's noun (`the campaign`,
    `the committee`); "" for a person or anything else."""
    # (A conjunct after a comma with no `and` in the list is a name set beside, misread.)
    conjuncts = [c for c in tok.children if c.dep_ == "conj"]
    listed = any(g.dep_ == "cc" for c in (tok, *conjuncts) for g in c.children)
    beside = [c for c in tok.children if c.dep_ == "appos" or (c in conjuncts and not listed)]
    # (`Rove's PAC, American Crossroads`: a body known by its owner is named by the words beside.)
    owned = any(c.dep_ == "poss" for c in tok.children)
    for t in (*beside, tok) if owned else (tok, *beside):
        ent = entity_at(article.doc, t) if t.ent_type_ else None
        if ent is not None and ent.label_ == "ORG" and ent.start_char not in article.person_at:
            return article.orgs.canonical_org(org_text(article.context, ent))
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        return _untagged_body_name(tok)
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma not in lexicon().organization_nouns and not is_role_noun(tok):
        # (`The Lenton chapter of the Harbour Employers' Federation said in a statement`: a part
        # of a body tagged so, one no person holds, speaks for the body.)
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = [o for o in of.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"] if of else []
        return _body_at(article, whole[0]) if whole else ""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon().organization_nouns:
        return ""
    named = _body_named_after_its_noun(article, tok)
    if named:
        return named
    owner = next((c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
    his = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if his is not None and tok.lemma_.lower() == "campaign" and article.pronouns_read:
        return article.campaign_of(his.idx)  # `His campaign sued X … the complaint said`
    if owner is not None and tok.lemma_.lower() == "campaign":
        # `Ana Cole's campaign`, `the Cole campaign` (ROLES.md: `<Surname> campaign`).
        person = article.person_named(owner.text, owner.idx)
        if person is None or person.kind != "person":
            return ""
        return f"{surname_of(person.name())} campaign"
    return body_for_noun(article, tok.lemma_.lower(), tok.idx)


def _body_named_after_its_noun(article: ArticleEntities, noun: Token) -> str:
    """`a story by the website Hilltop News says …`, parsed with the name the subject of `says`
    and `the website` alone after `by`: a body's noun in small letters after `the`, right before
    a name the tagger tags a body, is that body (as `the charity Shelter` is), whatever the parser
    hung the name on; "" else."""
    doc = noun.doc
    if not noun.is_lower or noun.i + 1 >= len(doc) or doc[noun.i + 1].ent_iob_ != "B":
        return ""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return ""
    ent = entity_at(doc, doc[noun.i + 1])
    if ent is None or ent.label_ != "ORG" or ent.start_char in article.person_at:
        return ""
    return article.orgs.canonical_org(org_text(article.context, ent))


def _untagged_body_name(tok: Token) -> str:
    """An untagged name that `the` and a body's noun in small letters put before it (`by the
    environmental nonprofit E3G`, `the watchdog Fair Harbour`): that body's name; else ""."""
    kinds = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.is_lower]
    if not any(c.lemma_.lower() in lexicon().organization_nouns for c in kinds):
        return ""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return ""
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > kinds[-1].i]
    return " ".join(t.text for t in (*words, tok)).rstrip(".")


def modifiers_fit(noun: Token, name: str) -> bool:
    """Whether the words in capitals before a body's noun are words of ``name``, the body it
    is taken for: `the Republican committee` is no committee whose name lacks `Republican`."""
    named = name.lower().split()
    # (`State party chairman X`: a capital opening the sentence says nothing.)
    capitals = [c for c in noun.children if c.dep_ in ("amod", "compound") and capitalised(c.text)]
    return all(c.lower_ in named for c in capitals if not c.is_sent_start)


def the_campaign(doc: Doc, describer: Describer, starts: list[int], at: int) -> str:
    """`the campaign` at char ``at``: the campaign of the one person whose campaign the story
    names (ROLES.md: `the campaign` is `<Surname> campaign`), else ""."""
    tok = doc[bisect_right(starts, at) - 1]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return ""  # (`his campaign` is the campaign of whoever he is)
    campaigns = describer.context.memo("campaigns", lambda: _persons_campaigns(doc, describer))
    return f"{campaigns[0]} campaign" if len(campaigns) == 1 else ""


def _persons_campaigns(doc: Doc, describer: Describer) -> list[str]:
    """The surnames of the people whose campaign the story names (`Ellen Harlow's campaign`,
    `the Harlow campaign`), outside quotes, each once."""
    found: list[str] = []
    for tok in doc:
        if tok.lemma_.lower() != "campaign" or tok.pos_ != "NOUN" or not describer.outside[tok.i]:
            continue
        for child in tok.children:
            if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN" and describer.is_person(child):
                if child.text not in found:
                    found.append(child.text)
    return found


def _mislabelled_names(
    article: ArticleEntities, others: list[Span], index: dict[tuple[str, ...], list[Entity]]
) -> list[NameMention]:
    """A person's full name or surname tagged as a place or organisation (`Crowe` as GPE) is
    still that person."""
    doc, found = article.doc, []
    for ent in others:
        cut = _given_name_cut_at_its_hyphen(ent)
        name = clean_name(article.context, ent.start, ent.end + 2 if cut else ent.end)
        if name is None or doc[name.start].idx in article.person_at:
            continue
        at = doc[name.start].idx
        context = article.context
        mention = NameMention(at, name, not in_page_furniture(context, at), summary=in_summary(context, at))
        known = article.registry.known_name(name.core, mention.at, index) or _alias_of(article, mention)
        if known is None and len(name.core) == 1 and name.core[0] in lexicon().first_names:
            # (`Back in Bagumbayan, Rosario said`, her given name alone tagged a body, in a
            # story that calls her by it: the one person of the article with that given name.)
            known = article.registry.match(name, mention.at)
        if known is None and (cut or _given_name_beside_a_person(ent) or aged_name(ent)):
            known = Entity("person")  # `Their daughter, Kirsty, a nurse`, `Kirsty` tagged a body
            article.entities.append(known)
            index.setdefault(name.core, []).append(known)  # (her later mentions are her)
        if known is not None:
            article.registry.add_name(known, mention)
            article.person_at.setdefault(ent.start_char, known)
            found.append(mention)
    return found


def _given_name_cut_at_its_hyphen(ent: Span) -> bool:
    """`Choi Young-sook`, tagged a body as *Choi Young* with `sook` a noun after it: two words
    in capitals and the small syllable joined to the last by a hyphen make a family name and a
    given name of two syllables (``HYPHENED_GIVEN_NAME``), a person's."""
    doc = ent.doc
    if len(ent) != 2 or ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "\u2010"):
        return False
    if doc[ent.end - 1].whitespace_ or doc[ent.end].whitespace_ or not doc[ent.start].is_title:
        return False
    syllable = doc[ent.end + 1]
    if syllable.dep_ in ("compound", "amod", "nmod") and syllable.head.i > syllable.i:
        return False  # `White House-era documents`, `a Los Angeles-area volunteer`: a word before a noun
    return HYPHENED_GIVEN_NAME.match(f"{doc[ent.end - 1].text}-{syllable.text}") is not None


def _elder_or_younger(article: ArticleEntities, mention: NameMention) -> Entity | None:
    """`the elder Kuramochi says`, after `her father, Hidetoshi Kuramochi` and `Aya Kuramochi,
    31,`: of two people who share a surname, the one the article makes the parent, or gives
    the greater age beside a name, for `elder` (`older`), the other for `younger`; None when
    it does not tell."""
    doc, i = article.doc, mention.name.start
    if i < 2 or doc[i - 2].lower_ != "the" or doc[i - 1].lower_ not in ("elder", "older", "younger"):
        return None
    surname = mention.name.core[-1]
    pair = [p for p in article.people() if len(p.key) >= 2 and p.key[-1] == surname]
    if len(pair) != 2:
        return None
    ranks = [_seniority(article, p) for p in pair]
    if ranks[0][0] == ranks[1][0] and (ranks[0][1] == ranks[1][1] or 0 in (ranks[0][1], ranks[1][1])):
        return None  # (no kin tells them apart, and an age is missing or the same)
    older = pair[0] if ranks[0] > ranks[1] else pair[1]
    return older if doc[i - 1].lower_ != "younger" else next(p for p in pair if p is not older)


# Kin nouns set beside a name that make the person the parent of someone in the story, or the
# child: all a `the elder X` needs to tell two people of one family apart.
_PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother", "dad", "mum", "mom"})
_CHILD_NOUNS = frozenset({"son", "daughter", "grandson", "granddaughter"})


def _seniority(article: ArticleEntities, person: Entity) -> tuple[int, int]:
    """How senior ``person`` is by what stands beside their names: (1 for a parent, -1 for a
    child, else 0; the greatest age given, else 0)."""
    kin, age = 0, 0
    for m in person.people:
        head = article.doc[_head_of(article.context, m.name.start, m.name.end)]
        for word in set_beside(head):
            lemma = word.lemma_.lower()
            kin = 1 if lemma in _PARENT_NOUNS else -1 if lemma in _CHILD_NOUNS else kin
            if word.like_num and word.text.isdigit() and int(word.text) < 120:
                age = max(age, int(word.text))
    return kin, age


def _given_name_beside_a_person(ent: Span) -> bool:
    """A given name alone set beside a noun that names a person (`Their daughter, Kirsty,`,
    `Kirsty, a nurse,`): a person's name, whatever the tagger called it."""
    lex = lexicon()
    if len(ent) != 1 or not ent[0].is_title:
        return False
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    lemmas = [n.lemma_.lower() for n in nouns if n.pos_ == "NOUN"]
    if ent[0].lower_ not in lex.first_names:
        # (`Mr Iqbal's daughter, Samina,`: a given name the list lacks; a noun that says a
        # person's sex, kin above all, is never set beside a body's name.)
        return any(lex.noun_genders.get(w) in ("m", "f") and w in lex.person_nouns for w in lemmas)
    return any(lex.names_a_person(w) and w not in lex.organization_nouns for w in lemmas)


def _words_of_people_shown(doc: Doc, people: list[Entity]) -> frozenset[str]:
    """The words of the names the article shows are people's: one of its forms has two words or
    more, or a title stands before one (`Mr`, `President`)."""

    def shown(person: Entity) -> bool:
        return bool(person.titled) or any(
            (len(m.name.core) >= 2 and not _opened_by_a_short_form(doc[m.name.start]))
            or m.name.gender
            or (m.name.start > 0 and is_title(doc[m.name.start - 1]))
            for m in person.people
        )

    return frozenset(w for p in people if shown(p) for m in p.people for w in m.name.core)


def _opened_by_a_short_form(first: Token) -> bool:
    """`ACF Fiorentina`, `AFC Wimbledon`: a name the tagger calls a person's that a short form in
    capitals opens is a club's or a firm's, no given name; it shows no person."""
    return len(first.text) >= 3 and first.text.isupper() and first.is_alpha


def _missed_surnames(
    article: ArticleEntities,
    outside: list[bool],
    index: dict[tuple[str, ...], list[Entity]],
    found: list[NameMention],
) -> list[NameMention]:
    """A surname the tagger missed (`Raman thanked the volunteers`) is still a mention of the
    person it belongs to: it keeps pronouns on the right person."""
    doc, cols, missed = article.doc, article.context.columns, []
    covered = {i for m in found for i in range(m.name.start, m.name.end)}
    small: set[str] | None = None
    for i, (pos, ent_type, title) in enumerate(zip(cols.pos, cols.ent_type, cols.is_title, strict=True)):
        if ent_type or not outside[i] or not title:
            continue
        if pos == NOUN and small is None:
            # (Read off the columns: a token for each word of the article cost more than the rest.)
            lowered = {w for w, low in zip(cols.lower, cols.is_lower, strict=True) if low}
            small = {doc.vocab.strings[w] for w in lowered}
        if pos != PROPN and not (name_read_as_a_small_word(doc[i]) or _surname_read_as_a_noun(doc[i], small)):
            continue
        tok = doc[i]
        if tok.idx in article.person_at or tok.i in covered:
            continue
        known = article.registry.known_name((tok.lower_,), tok.idx, index)
        if known is None:
            continue
        relative = _relative_named(article, i, known)
        if relative is not None:
            missed.append(relative)
            continue
        mention = NameMention(tok.idx, Name(tok.i, tok.i + 1, tok.text, (tok.lower_,)), True)
        article.registry.add_name(known, mention)
        missed.append(mention)
    return missed


def _surname_read_as_a_noun(tok: Token, small: set[str] | None) -> bool:
    """`Dessers, who has scored twice, said`: a surname opening a sentence, read by the tagger
    as a plural noun, the subject of its clause; only a word the article never writes in small
    letters and that names no job, person or body (`Officials said`, `Residents said`)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or small is None or tok.lower_ in small:
        return False
    return not (names_a_body_or_a_job(tok) or lexicon().names_a_person(tok.lemma_.lower()))


_SUBJECT_WORD_KINDS = frozenset({PROPN, NOUN, VERB, ADJ})
_SUBJECTS = frozenset({nsubj, nsubjpass})


def _names_read_as_words(
    article: ArticleEntities, outside: list[bool], found: list[NameMention]
) -> list[NameMention]:
    """`Ana herself plays down the label`: a subject the tagger left untagged (or took for a
    noun or a verb), a word in capitals that is the given name only one person of the story
    has, is that person, as a surname it missed is (``_missed_surnames``): it keeps the `she
    says` after it on them. Not a word the article also writes in small letters, nor a job or
    a body's noun. (A given name only: a story that calls its subject so does it on purpose,
    while a surname so read is met in every story, whose pronouns are read without it.)"""
    doc, lex = article.doc, lexicon()
    covered = {i for m in found for i in range(m.name.start, m.name.end)}
    cols = article.context.columns
    small = article.context.small_words  # (a word in small letters is its own lower case)
    missed = []
    for i in range(len(doc)):
        if cols.pos[i] not in _SUBJECT_WORD_KINDS or cols.dep[i] not in _SUBJECTS:
            continue
        if cols.ent_type[i] or not cols.is_title[i] or not outside[i] or i in covered:
            continue
        tok = doc[i]
        word = tok.lower_
        if tok.idx in article.person_at or word in small or lex.names_a_person(word) or is_title(tok):
            continue
        name = Name(tok.i, tok.i + 1, tok.text, (word,))
        person = None if word in lex.organization_nouns else article.registry.match(name, tok.idx)
        if person is None or len(person.key) < 2 or person.key[-1] == word:
            continue
        mention = NameMention(tok.idx, name, True)
        article.registry.add_name(person, mention)
        missed.append(mention)
    return missed


def _relative_named(article: ArticleEntities, i: int, known: Entity) -> NameMention | None:
    """`Ivanka Trump strode across the stage` in a story about Donald Trump, with the given name
    untagged or tagged something else: a capitalised word before a known surname that is no
    word of that person's name, no title and no body's or place's name, names another person
    of the family."""
    doc, lex = article.doc, lexicon()
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.pos_ != "PROPN" or not prev.is_title or not article.outside[prev.i]:
        return None
    word = prev.lower_
    if word in known.key or is_title(prev) or lex.names_a_person(word) or word in lex.organization_nouns:
        return None
    if prev.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") or prev.is_sent_start:
        return None
    name = clean_name(article.context, prev.i, i + 1)
    if name is None or len(name.core) != 2 or in_page_furniture(article.context, prev.idx):
        return None
    mention = NameMention(prev.idx, name, True)
    person = article.registry.match(name, prev.idx)
    if person is None:
        person = Entity("person")
        article.entities.append(person)
    article.registry.add_name(person, mention)
    return mention


def _abbreviated_titles(doc: Doc, start: int) -> set[str]:
    """The nouns the abbreviated titles right before token ``start`` stand for (`Det Insp`:
    detective, inspector)."""
    nouns = lexicon().title_nouns
    out = set()
    i = start - 1
    while i >= 0 and start - i <= 3 and (is_title(doc[i]) or doc[i].text == "."):
        noun = nouns.get(title_word(doc[i].text))
        if noun:
            out.add(noun)
        i -= 1
    return out


def _owned_by_a_body(tok: Token) -> bool:
    """`Its chief executive said`, `Kestrel Foods' chairman said`: a job owned by a body (`its`,
    a name tagged a body) is one holder's, as `the chief executive` is; not a candidacy or a
    political trade, of which the body before is a side (`the GOP's presumptive nominee`). (Not
    `the committee's chair`, a body's noun whose holder the story may have given only by a verb,
    `who chairs the council's planning committee`.)"""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.left_edge.i == tok.left_edge.i), None)
    lex = lexicon()
    if owner is None or _hyphenated_lemma(tok) in lex.candidacy_nouns | lex.political_trades:
        return False
    return owner.lower_ == "its" or owner.ent_type_ == "ORG"


def _given_the_jobs_words(person: Entity, head: Token) -> bool:
    """Whether the story gives ``person`` a role with every word before the job's noun ``head``
    (`senior`, `vice` of `its senior vice president`, which `President George W. Bush` is not)."""
    said = " ".join(f"{d.role} {d.organization}" for d in person.descriptors).lower().split()
    return bool(said) and all(c.lower_ in said for c in head.lefts if c.dep_ not in ("det", "poss", "punct"))


def definite_role(tok: Token) -> bool:
    """`the former secretary of state`, `the Massachusetts senator`: a definite noun phrase
    headed by a role noun in the singular, which is not a title before a name nor set beside one."""
    lex = lexicon()
    lemma = _hyphenated_lemma(tok)
    # `the front-runner and former secretary of state`: a role may come second.
    held = lemma in lex.role_nouns or any(c.dep_ == "conj" and shared_article_role(c) for c in tok.children)
    # `according to the returning officer`, `by the judge`: after a preposition a description
    # mostly brings in someone new.
    if not (tok.tag_ == "NN" or _role_in_capitals(tok)) or not held or tok.dep_ in ("compound", "appos"):
        return False
    if tok.dep_ == "pobj" and not _place_epithet(tok):
        return False
    if lemma in lex.organization_nouns:
        return False  # `the police`, `the regulator`: a body, not one of its people
    if tok.dep_ == "poss" and tok.head.lemma_.lower() == "office":
        # `the sheriff's office asked …`, `the coroner's office`: the body acts, not the sheriff
        # (`the Vermont senator's campaign` still speaks of the senator).
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" and c.i == tok.left_edge.i for c in tok.children)
    if not (definite or _owned_by_a_body(tok)):
        return False  # `declaring Clinton the presumptive nominee`: the phrase holds a name
    if tok.dep_ == "attr" and any(c.dep_ == "neg" for c in tok.head.children):
        return False  # `he won’t be the nominee`
    if tok.dep_ == "dobj" and any(_defining_clause(c, tok) for c in tok.children):
        return False  # `should choose the candidate who won the most votes`: whoever that is
    if tok.dep_ == "dobj" and _acted_on_by_another(tok):
        return False
    if tok.dep_ == "nsubj" and _bare_placer_of_another(tok):
        return False
    if tok.dep_ == "conj":
        return False
    # `the senator and the governor` are two people; `the front-runner and former secretary of
    # state`, under one article, is one person with two roles.
    if any(c.dep_ == "conj" and not shared_article_role(c) for c in tok.children):
        return False
    return _apart_from_names(tok)


def _role_in_capitals(tok: Token) -> bool:
    """`The Minister told the delegation`: older and British news write a role in capitals
    standing for its holder, which the tagger reads as a proper noun; untagged, it is the
    same description as `the minister`. So is a role noun in small letters the tagger reads as
    one after `the` (`the onetime minister said`, `onetime` taken for a compound of it; not a
    headline's bare `skipper says`, which names nobody the story goes on to name)."""
    untagged = not tok.ent_type_ or _office_tagged_a_body(tok)
    if tok.tag_ != "NNP" or not untagged:
        return False
    job = tok.is_lower and tok.lower_ in lexicon().role_nouns and any(c.lower_ == "the" for c in tok.lefts)
    return (tok.is_title and not tok.is_sent_start) or job


def _office_tagged_a_body(tok: Token) -> bool:
    """`The Town Clerk said`, `The Borough Surveyor reported`: an office's title alone after
    `the`, in capitals, that the tagger took for a body's name, ends on its role noun; it is the
    same description as `the town clerk` (the attribution reads it so: ``_title_alone``)."""
    ent = entity_at(tok.doc, tok) if tok.ent_type_ == "ORG" else None
    if ent is None or ent.end != tok.i + 1 or not is_role_noun(tok):
        return False
    title = strip_det(list(ent))
    the = title[0].i > 0 and tok.doc[title[0].i - 1].lower_ == "the"
    plain = all(t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") for t in title)
    return the and plain and len(title) <= 3 and tok.lemma_.lower() not in lexicon().organization_nouns


def _acted_on_by_another(tok: Token) -> bool:
    """`The assembly's health committee has summoned the commissioner`, `President Ana Ruiz
    sacked the commissioner`, `he sacked the commissioner`: the one a body or a person acts on,
    summoning, suing or sacking them, is someone that subject deals with, not the person the
    story named last (who may be the one complaining of them)."""
    lex = lexicon()
    for subject in tok.head.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.ent_type_ == "ORG" or subject.lemma_.lower() in lex.organization_nouns:
            return True
        # (`Vargas asked the former secretary of state`, `she presented the nominee`: a person
        # who asks or praises may well speak of the one named last; one who sacks, suspends or
        # appoints to a post acts on someone in the post, whom the story brings in.)
        if tok.head.lemma_.lower() not in lex.placing_verbs:
            continue
        person = subject.ent_type_ == "PERSON" or subject.tag_ == "PRP"
        if person or (subject.tag_ == "NN" and subject.lemma_.lower() in lex.role_nouns):
            return True
    return False


def _bare_placer_of_another(tok: Token) -> bool:
    """`"…," said Grace Kila. The minister fired the coordinator.`: `the` and a role noun alone,
    the subject of a verb that puts someone in a post or out of one whose object is a person or a
    role, is the one with the power to do it, whom the story brings in, not the person quoted last
    (who may be the one complaining of it); `The Vermont senator said`, its own words saying who,
    and a subject of other verbs stay descriptions."""
    lex = lexicon()
    if tok.head.lemma_.lower() not in lex.placing_verbs or [t.lower_ for t in tok.lefts] != ["the"]:
        return False
    objects = [c for c in tok.head.children if c.dep_ == "dobj"]
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in lex.role_nouns for o in objects)


def _defining_clause(clause: Token, noun: Token) -> bool:
    """Whether ``clause`` is a relative clause after ``noun`` whose subject is `who` or `that`
    (`the candidate who won`), which says which one is meant; `whose` tells of one already met."""
    if clause.dep_ != "relcl" or clause.i < noun.i:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)


def _place_epithet(tok: Token) -> bool:
    """`a second home for the Vermont senator`: after `for`, `to`, `of` or `about`, a job with
    `the` and a state's or a country's name before it and nothing after is the way American
    papers come back to someone they have named (`the Texas governor`), not someone new."""
    lefts = list(tok.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(True for _ in tok.rights):
        return False
    # (`could switch to the U.S. senator from Texas`, the parser hanging `from Texas` elsewhere:
    # words that go on to say who it is bring in someone, as any after the noun do.)
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.pos_ == "ADP":
        return False
    # (`praise from the Ohio governor`, `talks with the U.S. envoy`: one who acts beside the
    # story's people is mostly someone new; `for`, `to`, `of`, `about` speak of the topic.)
    if tok.head.lower_ not in ("for", "to", "of", "about"):
        return False
    return any(t.pos_ == "PROPN" and t.ent_type_ == "GPE" and t.dep_ == "compound" for t in lefts[1:])


def _apart_from_names(tok: Token) -> bool:
    """A description that stands for someone by itself: not set beside a name (`the teenager,
    Ana Ruiz,`) nor a title before one (`the senator Ana Ruiz`)."""
    if any((c.dep_ == "appos" and not _past_a_short_form(c)) or _naming_clause(c) for c in tok.children):
        return False
    if _name_set_off_after(tok):
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return following is None or following.pos_ != "PROPN"


def _past_a_short_form(appos: Token) -> bool:
    """`a spokesman for the Provincial Disaster Management Authority (PDMA) Punjab told Dawn`:
    words right after the bracket that closes a body's short form, which the parser hangs on
    the description as its apposition, go on with the body's name (South Asian news writes a
    provincial branch so) and name nobody, unless the tagger calls them a person's name."""
    first = appos.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == ")" and appos.ent_type_ != "PERSON"


def _name_set_off_after(tok: Token) -> bool:
    """`The co-operative's new chair, baker Tom Reeves, 31, said`: a person's name after a comma
    right after the description (past one word in small letters, a job before the name), which
    the parser made a second subject instead of an apposition, is whom it describes."""
    doc, k = tok.doc, tok.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    k += 2 if doc[k + 1].is_lower and doc[k + 1].is_alpha else 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"


def _naming_clause(clause: Token) -> bool:
    """`A mother of three named Aisha Bello said`, `a man called Tom Hale`: a participle of
    naming after the noun (``name_given_by``), with a name in capitals as what it names the
    person, names them (the noun is no one apart from the name, whom a later `she` means)."""
    named = name_given_by(clause)
    return named is not None and named.pos_ == "PROPN"


def _hyphenated_lemma(tok: Token) -> str:
    """`front-runner` when the tokenizer split it into `front`, `-`, `runner`; `dinner lady`,
    a job of two words whose head alone is none."""
    doc = tok.doc
    if tok.i >= 1 and doc[tok.i - 1].dep_ == "compound" and doc[tok.i - 1].head.i == tok.i:
        pair = f"{doc[tok.i - 1].lower_} {tok.lemma_.lower()}"
        if pair in lexicon().role_nouns:
            return pair
    if tok.i >= 2 and doc[tok.i - 1].tag_ == "HYPH" and not doc[tok.i - 1].whitespace_:
        if not doc[tok.i - 2].whitespace_:
            return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def shared_article_role(conj: Token) -> bool:
    """A second role joined to a description's head under its article (`the chair and chief
    executive`): a role noun in the singular with no article of its own."""
    return (
        conj.tag_ == "NN"
        and conj.lemma_.lower() in lexicon().role_nouns
        and not any(c.dep_ in ("det", "poss") for c in conj.children)
    )


def _is_epithet(tok: Token) -> bool:
    """`the mother-of-two said`, `the teenager told police`: a definite noun that stands for a
    person the story has named (models/epithet_nouns.txt), as the subject of its clause and
    not set beside a name (`the teenager, Ana Ruiz,`) nor a title before one."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NN", "NNP") and not demonym_epithet(tok):
        return False
    lemma = tok.lemma_.lower()
    lex = lexicon()
    # (`the left-hander`, which the tokenizer splits at its hyphen.)
    joined = _hyphenated_lemma(tok)
    lemma = joined if joined in lex.epithet_nouns else lemma
    if not (lemma in lex.epithet_nouns or demonym_epithet(tok)) or lemma in lex.role_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    if _brought_in_unnamed(tok):
        return False
    return _apart_from_names(tok)


def _brought_in_unnamed(tok: Token) -> bool:
    """`A teenager was arrested …. Police named the driver as Tom Hale …. “…,” the teenager
    said`: the noun brought in someone unnamed before (`a`, `an`, `one`), whom `the` comes
    back to, not the person named last."""
    lemma = tok.lemma_.lower()
    for t in tok.doc[: tok.i]:
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or not _apart_from_names(t):
            continue
        if _apposed_to_a_name(t):
            continue
        if any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in t.children):
            return True
    return False


def _apposed_to_a_name(noun: Token) -> bool:
    """`Ana Ruiz, a widow,`, `its fourth witness, Ana Ruiz,`: a noun set beside a name in
    capitals, which names the one it brings in."""
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN"


def _person_noun_speaking(tok: Token) -> bool:
    """`“…,” the witness said`, `the victim told the court`: a bare definite noun for a person
    that gives no role (models/person_nouns.txt), the subject of a verb of saying."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or lemma not in lex.person_nouns:
        return False
    if lemma in lex.epithet_nouns or lemma in lex.role_nouns or tok.head.lemma_.lower() not in lex.cue_verbs:
        return False
    if [c.i for c in tok.children] != [tok.i - 1] or tok.nbor(-1).lower_ != "the":
        return False  # (`the witness who …`, `the other witness`: maybe someone else)
    if lemma in _ANY_PERSON:
        return False
    # (`… one widow had lost £200,000. “…,” the widow said`: the one brought in before, unless
    # named there: `its fourth witness, Ana Ruiz,`.)
    earlier = [t for t in tok.doc[: tok.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    if any(_apart_from_names(t) and not _apposed_to_a_name(t) for t in earlier):
        return False
    return _apart_from_names(tok)


# Nouns any person is, which a story uses of someone new or of anyone it has just mentioned
# whatever it called them (`one widow had lost …. “…,” the woman said`): no tie to the last
# name (models/epithet_nouns.txt leaves them out for the same reason).
_ANY_PERSON = frozenset({"man", "woman", "person", "individual", "boy", "girl", "child"})


def _name_the_last_named(
    article: ArticleEntities, people: Salience[Entity], char: int, sentence: int, noun: Token
) -> None:
    """`Tom Hale saw it all. “…,” the witness said`: a bare definite noun for a person that
    gives no role, speaking, is the person named last before it when that is the person a
    pronoun there would be, and no job the article gives them says otherwise (one called so
    beside their name may have a job: `The prosecution's fourth witness, Aminu Garba, a forensic
    analyst`). Else it stays someone of its own (`A witness said …. The witness said`)."""
    lemma = noun.lemma_.lower()
    named = [(c, p) for c, p, _ in article.person_mentions if c < char and p.kind == "person"]
    if not named:
        return
    last = max(named, key=lambda m: m[0])[1]
    gender = lexicon().noun_genders.get(lemma, "")
    if _person_for(article, people, char, sentence, noun, gender) is not last:
        return
    if any(d.role for d in last.descriptors) and not _called_so(article, last, lemma):
        if not (lemma == "witness" and _gave_evidence(article, last, char)):
            return
    people.add(char, sentence, noun, last)
    article.description_at[char] = last


def _gave_evidence(article: ArticleEntities, person: Entity, char: int) -> bool:
    """`Constable Webb deposed that …. "…," said the witness`: whether ``person`` is the subject
    of a verb of giving evidence (models/evidence_verbs.txt) before ``char``, and so a witness,
    whatever job the story gives them."""
    verbs = lexicon().evidence_verbs
    doc = article.doc
    for at, p, i in article.person_mentions:
        if p is person and at < char:
            head = head_after(doc[i], ("compound", "flat", "amod", "det"))
            if head.dep_ == "nsubj" and head.head.lemma_.lower() in verbs:
                return True
    return False


def _called_so(article: ArticleEntities, person: Entity, lemma: str) -> bool:
    """Whether a noun ``lemma`` is set beside a name of ``person`` (`its witness, Ana Ruiz,`)."""
    doc = article.doc
    for _, p, i in article.person_mentions:
        if p is not person:
            continue
        if any(t.lemma_.lower() == lemma for t in set_beside(doc[i])):
            return True
    return False


def _one_called_so_before(article: ArticleEntities, char: int, epithet: Token) -> Entity | None:
    """`Ana Ruiz, a widow, said …. Maria Lopez said …. “…,” the widow said`: the one person the
    story set the epithet's noun beside the name of before ``char``, whoever it named last (two
    so called: neither)."""
    lemma, doc = epithet.lemma_.lower(), article.doc
    called = {
        id(p): p
        for at, p, i in article.person_mentions
        if at < char and any(t.lemma_.lower() == lemma for t in set_beside(doc[i]))
    }
    return next(iter(called.values())) if len(called) == 1 else None


def _description_role(article: ArticleEntities, head: Token, words: list[Token]) -> tuple[str, str]:
    """The role and body a description's words give, and with no body among them, the one its
    job is held at, from or with when the tagger tags it, however long the phrase (`the
    glaciologist from Kerrow University's Nordfjell Research Station recorded …`: the name the
    preposition's object ends, *Nordfjell Research Station*)."""
    role, organization = article.describer.role_of(words)
    if not role or organization:
        return role, organization
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "from", "with"):
            break
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        ent = entity_at(article.doc, obj) if obj is not None and obj.ent_type_ in ("ORG", "FAC") else None
        if ent is not None and not any(t.dep_ in ("relcl", "acl") for t in prep.subtree):
            # (`Kerrow University's Nordfjell Research Station`, tagged as one: the part the
            # university owns is where the job is, a body's noun closing it.)
            mark = max((t.i for t in ent if t.text in POSSESSIVES), default=-1)
            owned = ent.doc[mark + 1 : ent.end] if mark >= 0 else ent
            body = owned if len(owned) >= 2 and owned[-1].lower_ in lexicon().organization_nouns else ent
            return role, org_text(article.context, body)
        break
    return role, organization


def _clause_free_phrase(head: Token) -> list[Token]:
    """A description's words: its head with the words before it and a short `of` phrase after
    (`the former secretary of state`), without clauses (`… whose rhetoric …`)."""
    words = [t for t in head.subtree if t.i <= head.i]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            tail = [
                t
                for t in child.subtree
                if t.dep_ not in ("cc", "conj") and (t.head.dep_ != "conj" or t.head.i == head.i)
            ]
            # (`the 58-year-old chairman of the GDL train drivers' union`: a body named for its
            # members, however long, is the body the role is held in.)
            members = any(body_of_its_members(o) for o in child.children if o.dep_ == "pobj")
            short = len(tail) <= 4 and not any(t.dep_ in ("relcl", "acl") or t.is_punct for t in tail)
            if members or short:
                words += tail
        break
    return [t for t in words if not t.is_space]


def _head_of(context: DocContext, start: int, end: int) -> int:
    """The token index of the syntactic head of tokens [start, end)."""
    heads = context.columns.head
    outer = [i for i in range(start, end) if not start <= heads[i] < end or heads[i] == i]
    # (`Samuel Tablizo-Reyes described`, parsed with `Tablizo` hung on the title before it and
    # `Reyes` the subject: the word that is the subject or object holds the name's place.)
    doc = context.doc
    held = [i for i in outer if doc[i].dep_ in ("nsubj", "nsubjpass", "dobj")]
    head = (held or outer or [end - 1])[0]
    return _kin_before_name(doc, head) or head


def _kin_before_name(doc: Doc, head: int) -> int:
    """`Mother of three Litia Naivalu said`, parsed with the name the object of `of` and
    `Mother` the subject: the kin word before the name (with a number: `father of two`) is the
    name's place in the sentence; 0 when the name stands in none such."""
    name = doc[head]
    if name.dep_ != "pobj" or name.head.lower_ != "of" or not any(c.dep_ == "nummod" for c in name.children):
        return 0
    kin = name.head.head
    return kin.i if kin.i < name.i and kin.lemma_.lower() in lexicon().person_nouns else 0


def _swapped_letters(known: str, word: str) -> bool:
    """Whether ``word`` is ``known`` with two neighbouring letters swapped (`keidis` for
    `kiedis`), in a surname long enough that the swap is a typo, not another name."""
    if len(word) != len(known) or len(word) < 5 or word == known:
        return False
    diff = [k for k in range(len(word)) if word[k] != known[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == known[diff[1]]
        and word[diff[1]] == known[diff[0]]
    )


def _of_its_generation(person: Entity, name: Name) -> bool:
    """`Hale Jr.` is not `Tom Hale Sr.`: a name with a generational suffix is no one named with
    another (father and son share the rest); a name without one may be either."""
    mine = {w for w in name.key if w in SUFFIXES}
    if not mine:
        return True
    theirs = {w for m in person.people for w in m.name.key if w in SUFFIXES}
    return not theirs or bool(mine & theirs)


def _given_name_before_a_couples_name(doc: Doc, mention: NameMention) -> NameMention:
    """`Sarah and Tom Whitlam, who farm near Moree`: a given name alone that no one holds, then
    `and` and a name of a given name and a surname, is the given name of one who shares that
    surname (a wife, a husband, a sibling), so that `Mrs Whitlam said` is Sarah Whitlam; the
    mention unchanged for any other name (`Trump and Hillary Clinton`)."""
    name, end = mention.name, mention.name.end
    given = lexicon().first_names
    if len(name.key) != 1 or name.key[0] not in given or end + 3 > len(doc):
        return mention
    if doc[end].lower_ not in ("and", "&"):
        return mention
    first, surname = doc[end + 1], doc[end + 2]
    pair = first.ent_iob_ == "B" and first.ent_type_ == "PERSON" and surname.ent_iob_ == "I"
    closed = end + 3 == len(doc) or doc[end + 3].ent_iob_ != "I"
    if not (pair and closed and first.lower_ in given and surname.is_title and surname.is_alpha):
        return mention
    text = f"{name.text} {surname.text}"
    return replace(mention, name=replace(name, text=text, key=name_key(text)))


def _may_be_named(person: Entity, name: Name) -> bool:
    """Whether ``name``'s generational suffix and title's gender leave it ``person``'s."""
    return _of_its_generation(person, name) and _of_its_gender(person, name)


def _given_the_title(people: list[Entity], core: tuple[str, ...], title: str) -> list[Entity]:
    """Of two or more ``people`` whose names end with ``core``, those the story named with
    ``title`` (`Dr. Mary Fitzgerald` and `Prof. John Fitzgerald`, then `Dr. Fitzgerald said`:
    Mary, though John was named last), when some but not all were; else none."""
    if not title:
        return []
    sharing = [p for p in people if p.key[-len(core) :] == core]
    titled = [p for p in sharing if any(m.name.title == title for m in p.people)]
    return titled if len(sharing) > len(titled) > 0 else []


def _given_names_gender(person: Entity) -> str:
    """The gender the given name of the person's first full name says (models/first_names.txt)."""
    full = next((m.name.core for m in person.people if len(m.name.core) >= 2), ())
    return lexicon().first_names.get(full[0], "") if full else ""


def _of_its_gender(person: Entity, name: Name) -> bool:
    """`Mrs Okafor` after `Mr Peter Okafor`, `Mr Murphy` after `Mrs Mary Murphy`: a name whose
    title says a gender is no one whom both a title so far and the given name say is of the
    other (a wife, a husband or a mother who share the surname). One sign alone rules no one
    out: a title may have been taken for the wrong one of a couple (`Khizr and Ghazala Khan`,
    every `Mr. Khan` read as hers), and the lists of given names put many in both genders; but
    two titles of rank (`Lord`, `Lady`: ``RANKS_OF_A_GENDER``) that disagree are two people."""
    if not name.gender:
        return True
    theirs = next((m.name.gender for m in person.people if m.name.gender), "")
    if theirs in ("", name.gender):
        return True
    if name.ranked and any(m.name.ranked and m.name.gender == theirs for m in person.people):
        return False  # `Lady Ashby` after `Lord Ashby`: titles of rank are never misread for a spouse's
    return _given_names_gender(person) != theirs


def _one_letter_doubled(known: tuple[str, ...], core: tuple[str, ...]) -> bool:
    """Whether full name ``core`` is ``known`` with one letter of one word doubled or undoubled
    (`hilary clinton` for `hillary clinton`, `philip` for `phillip`): the surnames the same."""
    if len(known) != len(core) or len(core) < 2 or known[-1] != core[-1]:
        return False
    diff = [(a, b) for a, b in zip(known, core, strict=True) if a != b]
    if len(diff) != 1:
        return False
    short, long = sorted(diff[0], key=len)
    if len(long) != len(short) + 1 or len(short) < 4:
        return False
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return k > 0 and long[k] == long[k - 1] and long[:k] + long[k + 1 :] == short


def _fuller(key: tuple[str, ...], core: tuple[str, ...]) -> bool:
    """Whether the name ``key`` is a fuller form of ``core``, or the same with an initial
    (`Donald Trump` of `Donald J. Trump`, `J. Smith` of `John Smith`): same surname, and every
    other word of one found, or abbreviated, in the other."""
    if not key:
        return False
    # (`Nurul Aina` of `Nurul Aina binti Rashid`: a patronymic name is called by the given names
    # before its joining word.)
    if len(core) < len(key) and key[len(core)] in lexicon().descent_words and key[: len(core)] == core:
        return True
    # (`Abu Yousef` of `Abu Yousef al-Khatib`: so is an Arabic name by its words before the
    # family name its article opens.)
    if 2 <= len(core) < len(key) and key[: len(core)] == core and core[0] in lexicon().name_openers:
        if key[len(core)].split("-")[0] in lexicon().name_articles:
            return True
    if _called_by_its_given_names(key, core):
        return True
    if key[-1] != core[-1]:
        return False
    short, long_ = (core, key) if len(core) <= len(key) else (key, core)
    rest = list(long_[:-1])
    for word in short[:-1]:
        hit = next((w for w in rest if w == word or (len(word) == 1 and w.startswith(word))), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def _called_by_its_given_names(key: tuple[str, ...], core: tuple[str, ...]) -> bool:
    """`Muhamad Hafiz` of `Muhamad Hafiz Yusof`, `Abdul Hamid` of `Tan Sri Abdul Hamid Bador`:
    Malaysian and Indonesian news call a person of three names or more by the first two, the
    given names, as with `bin` (the lists know the first as a given name, and no dictionary the
    words after them: not a headline's `Glenn Beck Blasts Drudge`, `Ben Carson Defends`)."""
    first_names = lexicon().first_names
    return (
        len(core) == 2
        and 3 <= len(key) <= 5
        and key[:2] == core
        and key[-1] not in SUFFIXES
        # (`Sri Mulyani` of `Sri Mulyani Indrawati`: an honorific that became a given name, which
        # no list holds, as no dictionary holds either word.)
        and (core[0] in first_names or not any(is_english_word(w) for w in core))
        and not any(is_english_word(w) or is_english_word(w.removesuffix("s")) for w in key[2:])
    )


def _name_candidates(
    context: DocContext,
    ents: list[Span],
    others: list[Span],
    outside: list[bool],
    extra: list[Span],
    known_bodies: frozenset[str],
) -> list[tuple[NameMention, int]]:
    """The names that may be people's, each as a mention with the char where its span starts:
    the tagger's people (outside quotes, not a name the article shows is a body), names after
    an honorific whatever their tag, untagged names, and names in quotes."""
    doc = context.doc
    # A name after an honorific is a person whatever the tagger called it (`Ms Lyons` as ORG).
    addressed = [e for e in others if _after_honorific(doc, e)]
    # A name tagged as a person that the article shows to be an organisation (`general
    # manager of Saffron Lane`) is not one.
    spans = [
        with_given_name(doc, e)
        for e in ents
        if e.label_ == "PERSON"
        and outside[e.start]
        and org_text(context, e).lower() not in known_bodies
        and not _named_for_a_saint(doc, e)
        and not _a_place_read_as_a_person(doc, e)
        and not _reporters_note_in_brackets(doc, e)
        and not _qualifying_a_job_after_the(doc, e)
        # (`Caremark Holdings said`, tagged a person: a name closed by a body's noun.)
        and not names_a_body(name_key(e.text))
    ] + addressed
    spans += _untagged_names(context, outside, extra, ents)
    # A person the speakers name (`I met with FBI Director James Comey`) may be one the
    # story names shorter: their words can give the full name, never a new person.
    quoted = [e for e in ents if e.label_ == "PERSON" and not outside[e.start]]
    # `Comfort is the hardest thing`: one capitalised word the article also writes in small
    # letters is a word, not a name.
    lower_words = context.small_words
    candidates: list[tuple[NameMention, int]] = []
    for span in spans + quoted:
        name = clean_name(context, span.start, span.end)
        if name is None or not (looks_like_name(doc, name) or _tagged_in_part_in_capitals(doc, name)):
            continue
        if len(name.key) == 1 and name.key[0] in lower_words:
            continue
        at = doc[name.start].idx
        inside = not outside[span.start]
        body = not inside and not in_page_furniture(context, at)
        mention = NameMention(at, name, body, inside, in_summary(context, at))
        candidates.append((mention, span.start_char))
    return candidates


def with_given_name(doc: Doc, ent: Span) -> Span:
    """`advocate Prashant Bhushan` with the surname alone tagged a person: the untagged word in
    capitals before it, a compound of it, after a word in small letters or opening the
    sentence (`Enver Solomon, chief executive of …, said`), is the given name."""
    ent = _with_tonal_family_name(doc, _with_rest_of_name(doc, _past_an_office_tagged_with_it(doc, ent)))
    if ent.start < 1:
        return ent
    word = doc[ent.start - 1]
    lex = lexicon()
    # (`Ana` + `Paula da Silva`: a double given name cut after its first, as a longer name may be.)
    double = word.lower_ in lex.first_names and ent[0].lower_ in lex.first_names and len(ent) <= 3
    # (`Marcelo` + `Rebelo de Sousa`: a surname's particles make no name longer.)
    if len([t for t in ent if not is_surname_particle(t)]) > 2 and not double:
        return ent
    # (`Nii Kwaku` + `Mensah III`: a generational suffix leaves the surname alone.)
    alone = len([t for t in ent if t.lower_.rstrip(".") not in SUFFIXES]) == 1
    if alone and not double and _given_name_of_another(doc, ent):
        return ent
    # (`senior counsel Rohan` + `Iyer`, the given name tagged a place: a place stands
    # before a job, not between it and the holder's surname.)
    after_job = ent.start >= 2 and doc[ent.start - 2].is_lower and is_role_noun(doc[ent.start - 2])
    # (`The Minister of Transport, Sirpa Koskinen,`: set beside a role, a given name the list lacks;
    # also one the tagger took for a place, `Senior Minister for Water, Farzana` + `Begum Qureshi,`.)
    beside_role = ent.root.dep_ == "appos" and is_role_noun(ent.root.head)
    set_beside = ent.start >= 2 and doc[ent.start - 2].text == "," and beside_role
    placed = word.ent_type_ in ("GPE", "NORP") and word.ent_iob_ == "B" and (after_job or set_beside)
    # (`Corporal Tevita Kumar`, `Dr Ama Mensah`: the word between a title and the surname.)
    titled = ent.start >= 2 and is_title(doc[ent.start - 2]) and doc[ent.start - 2].is_title
    # (`His Excellency Dr Abdulla` + `Yousef Al Ali`, the parser hanging the first given name on
    # the style: two given names after a title open one name, whatever the parse.)
    attached = word.dep_ == "compound" and ent.start <= word.head.i < ent.end
    plain = (
        word.pos_ == "PROPN"
        and word.is_title
        and (not word.ent_type_ or placed)
        and (attached or (titled and double))
        # (`President Shafiqul` + `Islam Bhuiyan`: after a title, a given name the list lacks
        # opens a name of two words tagged without it.)
        and (alone or word.lower_ in lex.first_names or titled or set_beside or _described_after(ent))
        and not is_title(word)
        and not is_role_noun(word)
        and word.lower_ not in lex.organization_nouns
    )
    # (The sentence's first word is in capitals whatever it is: only a plain name word there.)
    opens = word.is_sent_start and word.is_alpha
    after_small_word = ent.start >= 2 and doc[ent.start - 2].is_lower and not doc[ent.start - 2].is_punct
    # (`A flood victim, Siti Aminah Hassan,`: a given name opening an apposition.)
    known = word.lower_ in lex.first_names
    apposed = ent.start >= 2 and doc[ent.start - 2].text == "," and (known or beside_role)
    if plain and (opens or after_small_word or apposed or titled):
        return Span(doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _past_an_office_tagged_with_it(doc: Doc, ent: Span) -> Span:
    """`said Uniben Registrar` + `Joy Obi`: the tagger took a body's short name and the office
    its holder has for the person and left the name after them untagged. A tagged person closed
    by an office in capitals, then one to three untagged words in capitals (no title, office or
    body's noun) closing the clause, is that office's holder: the person is the words after it
    (the office before them stays the holder's role, as with `Makerere Registrar Alfred X`)."""
    last = ent[-1]
    if not (capitalised(last.text) and last.is_alpha and (is_role_noun(last) or is_title(last))):
        return ent
    lex, end = lexicon(), ent.end
    while end < len(doc) and end - ent.end < 3:
        t = doc[end]
        if not (t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_):
            break
        if is_title(t) or is_role_noun(t) or t.lower_ in lex.organization_nouns:
            return ent
        end += 1
    # (Two words, or one the given names list holds: a surname alone after an office is how a
    # title reads, which the tagged span already gives.)
    named = end - ent.end >= 2 or (end > ent.end and doc[ent.end].lower_ in lex.first_names)
    closed = end == len(doc) or doc[end].is_punct or doc[end].lemma_.lower() in lex.cue_verbs
    return Span(doc, ent.end, end, label=ent.label_) if named and closed else ent


def _given_name_of_another(doc: Doc, ent: Span) -> bool:
    """`Delgado opened Panadería Rosa` in a story about Rosa Delgado: a word tagged a person
    alone that the story writes elsewhere as the given name opening a longer person's name is
    that given name here too (a feature calls its subject so), not the surname of a name opening
    on the word in capitals before it (a shop, a café, a boat named after her). Not before a
    job, where the two words name a body or a show (`Morning Joe hosts Joe Scarborough and …`)."""
    word = ent[0].lower_
    if word not in lexicon().first_names or (ent.end < len(doc) and is_role_noun(doc[ent.end])):
        return False
    # (The word's places, not `doc.ents`, which makes a span for every name of the article on
    # each call: this asks for every lone name the tagger found.)
    for k in places_of_word(doc, LOWER, word):
        opens = doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"
        if k != ent.start and opens and k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
            return True
    return False


def _described_after(ent: Span) -> bool:
    """`Tuilagi Fa'amausili Leota, the village's senior chief, said`: a name set before a role
    in apposition, whose first word opening the sentence the tagger left out."""
    return any(c.dep_ == "appos" and c.i > ent.end and is_role_noun(c) for c in ent.root.children)


def _with_tonal_family_name(doc: Doc, ent: Span) -> Span:
    """`Nguyễn` + `Thị Lan`: the tagger reads a Vietnamese family name before the given names it
    tags as a verb or nothing; a word in capitals right before a person's name with letters no
    English word has (`ễ`, `ư`, `đ`: ``has_tone_letters``), and tagged nothing else, opens it."""
    if ent.start < 1 or len(ent) > 3:
        return ent
    word = doc[ent.start - 1]
    # (`Can` + `Van Luc`, the family name read as a modal: one before a middle name opens it too.)
    family = has_tone_letters(word.text) or family_name_before_a_middle_name(word)
    if word.ent_type_ or not word.is_alpha or not capitalised(word.text) or not family:
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


def _with_rest_of_name(doc: Doc, ent: Span) -> Span:
    """`Mohd` + `Hisham Mohd Anip`, a name tagged up to a word of it: the untagged capitalised
    words after a name opening with a given name, up to a comma or a verb of saying, are the
    rest of it."""
    # (`Shri Anil Vasant` + `Gokhale`: a form of address before the given name.)
    given = next((t for t in ent if not is_title(t)), ent[0])
    # (`Cllr Kgomotso` + `Moloantoa`, a given name the list lacks: the parse joins the tagged
    # words to the word after them as one noun's compounds.)
    joined = ent.end < len(doc) and ent[-1].dep_ == "compound" and ent[-1].head.i == ent.end
    if len(ent) - (given.i - ent.start) > 3 or not (given.lower_ in lexicon().first_names or joined):
        return ent
    lex, end = lexicon(), ent.end
    while end < len(doc) and end - ent.end < 3:
        t = doc[end]
        # (`Sri Mulyani` + `Indrawati`, the surname the head of the name's compounds and tagged a
        # body of one word: the parse makes it the name's last word.)
        misread = joined and end == ent.end and t.ent_type_ == "ORG" and tagged_alone(t)
        if not (t.pos_ == "PROPN" and t.is_title and (not t.ent_type_ or misread) and not is_title(t)):
            break
        if t.lemma_.lower() in lex.organization_nouns:
            break
        end += 1
    closed = end < len(doc) and (doc[end].text == "," or doc[end].lemma_.lower() in lex.cue_verbs)
    # (`Police Chief Anna Kjær` + `Eide at the station`: the one word after the tagged ones that
    # heads their compounds and no longer phrase is the name's last word before a small word or
    # a dash, `President Ana Peña` + `Nieto - but`; not before a form's colon, `Name: … Age:`.)
    after = doc[end] if end < len(doc) else None
    set_off = after is not None and (after.is_lower or after.text in ("-", "—", "–"))
    headed = joined and end == ent.end + 1 and doc[ent.end].dep_ != "compound" and set_off
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end and (closed or headed) else ent


def _addressed(span: Span, name: Name) -> bool:
    """Whether the name cut from the mention ``span`` comes right after a form of address (`Mr
    Donnelly said`: one word after it is a surname), or after an office's title, as a mention
    left untagged at a sentence's head has it (`Alderman Price said`, `Sergeant Price said`),
    unless the words are a body's name whole (`General Motors said`)."""
    if name.start <= span.start:
        return False
    before = span.doc[name.start - 1]
    return is_honorific(before) or is_title(before) and not names_a_body(name_key(span.text))


def _tagged_in_part_in_capitals(doc: Doc, name: Name) -> bool:
    """`JONATHAN PRICE: …`, a transcript's label with only `JONATHAN` tagged a person: a
    speaker's name all in capitals, of two words or more, whose tagged person ends before it
    does, is the whole name (the tagger reads names in capitals poorly)."""
    words = doc[name.start : name.end]
    if len(words) < 2 or not all(w.is_upper or not w.is_alpha for w in words):
        return False
    tagged = entity_at(doc, words[0])
    if tagged is None or tagged.label_ != "PERSON":
        return False
    return tagged.start == name.start < tagged.end < name.end


def _speakers_names_untagged(
    context: DocContext, outside: list[bool], mentions: list[Span], ents: list[Span]
) -> list[Span]:
    """`said Ana Ruiz`: the names of several words, or after a form of address, that the
    attributions' mentions are and the tagger missed."""
    doc = context.doc
    out = []
    # `Minera Cerro Pardo said`, where `Cerro Pardo` is tagged a body elsewhere: no person.
    bodies = {name_key(e.text) for e in ents if e.label_ == "ORG" and len(e) >= 2}
    for span in mentions:
        if outside[span.start]:
            # (`Councillor Mere Hohaia said`, with the title alone tagged a person.)
            name = clean_name(context, span.start, span.end)
            if name is None:
                continue
            in_capitals = _tagged_in_part_in_capitals(doc, name)
            if doc[name.start].ent_type_ and not in_capitals:
                continue
            addressed = _addressed(span, name)
            if not addressed and (names_a_body(name.key) or _title_after_the(doc, name.start, span.end)):
                continue
            if not addressed and _owned_office_words(doc, span.start, doc[name.start : name.end]):
                continue
            if (len(name.key) >= 2 or addressed) and (in_capitals or looks_like_name(doc, name)):
                if not any(name.key[-len(b) :] == b for b in bodies if len(b) <= len(name.key)):
                    out.append(doc[name.start : name.end])
    return out


def _owned_office_words(doc: Doc, start: int, words: Span) -> bool:
    """`Queensland's Chief Medical Officer has urged`: words in capitals after an owner's `'s`,
    closed by a role's noun and none a given name, name the post, no person `Medical Officer`
    (role_nouns.txt leaves out the jobs that are common surnames, `Baker`). Not without the
    owner: `Deputy Speaker of the National Assembly X`, X a name no list knows, tagged inside
    the body, leaves `Deputy Speaker` the one name a later `he` can mean. (Kept apart from
    ``_title_after_the``, which shares its closing job's noun: after `the` the words are an office
    whatever they hold, `the Nova Scotia MP` opening on a given name, while an owner's `'s` comes
    before people's names as often, `Kenya's Faith Kipyegon`, so a given name among the words
    leaves them a name; and the owner stands before the whole mention, where `the` is the first
    word of it, left out of the cleaned name.)"""
    if start == 0 or doc[start - 1].tag_ != "POS":
        return False
    first_names = lexicon().first_names
    return is_role_noun(words[-1]) and not any(t.lower_ in first_names for t in words)


def _untagged_names(
    context: DocContext, outside: list[bool], mentions: list[Span], ents: list[Span]
) -> list[Span]:
    """Names the tagger missed: a run of proper nouns that starts with a known given name
    (`Tom Hale and Priya Raman met`), or a speaker's name of several words (`said Ana Ruiz`)."""
    doc = context.doc
    out = _speakers_names_untagged(context, outside, mentions, ents)
    # `Claudia Brunner` tagged as an organisation: two or three proper nouns from a given name,
    # with no organisation noun among them, are a person's name.
    for ent in ents:
        tagged = ent.label_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")
        if tagged and outside[ent.start] and not _company_opened_by_an_adjective(ent):
            # (`Carly Fiorina’s campaign`, with the possessive inside the tagged name.)
            if len(ent) > 2 and ent[-1].text in POSSESSIVES:
                ent = ent[:-1]
            if _reads_as_a_persons_name(doc, ent, ents) or _one_name_beside_a_persons_job(ent):
                out.append(ent)
            else:
                named = (
                    person_after_a_job(ent)
                    or _set_off_after_a_persons_job(ent)
                    or _set_off_before_a_persons_job(ent)
                    or person_after_a_title_inside(ent)
                )
                if named is not None:
                    out.append(named)
    taken = {i for s in out for i in range(s.start, s.end)}
    out += [s for s in _described_names(context, outside) if s.start not in taken]
    taken = {i for s in out for i in range(s.start, s.end)}
    # `Cole Valley’s goalkeeper`: words the tagger calls a place or a body elsewhere are no name.
    elsewhere = {e.text.lower() for e in ents if e.label_ != "PERSON"}
    out += _given_name_runs(context, outside, taken, elsewhere)
    # Names set off by an age, given for someone met, or before `, who`: each where no name
    # found before it starts.
    for found in (
        lambda: _addressed_runs(context, outside),
        lambda: _aged_runs(context, outside),
        lambda: _names_given(context, outside),
        lambda: _names_beside_a_role(context, outside),
        lambda: _names_set_off_before_a_role(context, outside),
        lambda: [e for e in ents if _named_by_who(context, outside, e)],
    ):
        taken = {i for s in out for i in range(s.start, s.end)}
        out += [s for s in found() if s.start not in taken]
    taken = {i for s in out for i in range(s.start, s.end)}
    out += [s for s in _names_listed_after_a_plural_title(context, outside) if s.start not in taken]
    out = _with_the_seated_names(out, _names_seated_in_the_chair(context, outside))
    out += _double_barrels_again(context, outside, [e for e in ents if e.label_ == "PERSON"], out)
    # (`the Nova Scotia MP said`, opening on a given name: an office, no name.)
    return [s for s in out if not _title_after_the(doc, s.start, s.end)]


def _reads_as_a_persons_name(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """Whether a name the tagger calls no person's reads as one (``reads_as_person_name``), or
    ends in a surname the story tags a person's alone."""
    if reads_as_person_name(ent) and not _called_by_its_first_word(doc, ent):
        return True
    # (`Can Van Luc` tagged a work, `Can` a modal to the tagger: a Vietnamese name's three words.)
    if len(ent) == 3 and family_name_before_a_middle_name(ent[0]):
        return True
    return _surname_tagged_alone_elsewhere(ent, ents) or _owner_of_his_or_her(ent)


def _one_name_beside_a_persons_job(ent: Span) -> bool:
    """`said Sukarno, a village head.`, `Sutrisno, a farmer, said`, the one name tagged a body
    or a place: Indonesian and Javanese people often have one name only, and a word in capitals,
    no body's noun or place, with a person's job or a person's noun set off after it by a comma
    as its apposition (`a farmer`, `the villager`, `a village head`; not `the champions`, which a
    club is) is that person's name."""
    doc, tok = ent.doc, ent[0]
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    lex = lexicon()
    if not (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha) or tok.lower_ in lex.organization_nouns:
        return False
    if lex.names_a_place_or_people(tok.lower_):
        return False
    # (`Olivier Van den` + `Abeele`, the surname alone tagged a body: the last word of a longer
    # name, which is no one-word name.)
    before = doc[ent.start - 1] if ent.start else None
    name_word = before is not None and before.pos_ == "PROPN" and before.is_title
    if name_word or (before is not None and before.lower_ in lex.name_particles):
        return False
    return any(c.dep_ == "appos" and c.i > tok.i and _a_persons_job(c) for c in tok.children)


def _a_persons_job(noun: Token) -> bool:
    """Whether a noun in small letters names a job only a person holds (`farmer`, `nurse`), a
    person with none (`villager`, `widow`), or a role a word in small letters says is held in
    one place (`village head`, `section chief`), none of which a body is."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not noun.is_lower or lemma in lex.organization_nouns:
        return False
    if lemma in lex.person_only_jobs or lemma in lex.person_nouns:
        return True
    held = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in noun.children)
    return held and lemma in lex.role_nouns


def _owner_of_his_or_her(ent: Span) -> bool:
    """`Deus Tumwesigye pushes his canoe into the mist`, the name tagged a body: two or three
    words in capitals, no body's noun among them, the subject of a verb whose own object a
    `his` or `her` owns, are a person's name (a body's things are `its`)."""
    words = list(ent)
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return False
    if any(t.lower_ in lexicon().organization_nouns for t in words) or ent.root.dep_ != "nsubj":
        return False
    verb = ent.root.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for o in objects for c in o.children)


def _surname_tagged_alone_elsewhere(ent: Span, ents: list[Span]) -> bool:
    """`Mateus Oliveira` tagged a body, a given name no list holds, and `Oliveira said` tagged
    a person: two or three words in capitals tagged a body, no body's noun or place among them,
    whose last word the story tags a person's name alone, or sets alone and untagged before
    `, who` (`Oliveira, who scored twice, said`), are that person's full name."""
    words, lex = list(ent), lexicon()
    return (
        ent.label_ == "ORG"
        and 2 <= len(words) <= 3
        and (
            any(e.label_ == "PERSON" and len(e) == 1 and e[0].lower_ == words[-1].lower_ for e in ents)
            or _set_before_who(ent.doc, words[-1].text, ent.end)
        )
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in words)
        and not any({t.lemma_.lower(), t.lower_} & lex.organization_nouns for t in words)
        and not any(t.lower_ in lex.places for t in words)
    )


def _double_barrels_again(
    context: DocContext, outside: list[bool], tagged: list[Span], found: list[Span]
) -> list[Span]:
    """`Anand Kowlessar-Singh` … `Kowlessar-Singh was unmoved`, the tagger tagging the
    double-barrelled surname alone as nothing: the surname of a person the story names (tagged,
    or a name ``found`` untagged), written again untagged, is a mention of them."""
    doc = context.doc
    taken = {i for s in found for i in range(s.start, s.end)}
    barrels = {
        tuple(t.text for t in p[-3:])
        for p in tagged + found
        if len(p) >= 4 and hyphen_between_names(doc, p.end - 2) and p[-1].is_title and p[-3].is_title
    }
    if not barrels:
        return []
    out = []
    for i in range(len(doc) - 2):
        words = (doc[i].text, doc[i + 1].text, doc[i + 2].text)
        untagged = not any(t.ent_type_ for t in doc[i : i + 3]) and i not in taken
        if words in barrels and outside[i] and untagged:
            out.append(doc[i : i + 3])
    return out


def _set_before_who(doc: Doc, word: str, after: int) -> bool:
    """Whether ``word`` stands alone and untagged after token ``after``, set before `, who` and
    its relative clause (a body takes `which`)."""
    # (The word's places found at C speed: a token object for every word after `after` made
    # this one of the dearest checks of the who layer.)
    places = places_of_word(doc, ORTH, word)
    for tok in (doc[k] for k in places if after <= k < len(doc) - 2):
        if tok.ent_type or doc[tok.i + 1].text != ",":
            continue
        who = doc[tok.i + 2]
        if who.lower_ == "who" and who.head.dep_ == "relcl" and not doc[tok.i - 1].is_title:
            return True
    return False


def _set_off_after_a_persons_job(ent: Span) -> Span | None:
    """`The department's spokesperson, Wisane Mavasa, said`, with the name tagged a body: two or
    three plain words in capitals set off by commas right after a job no body holds
    (models/person_only_jobs.txt) are its holder's name (a body after such a job is no
    apposition: `the spokesperson, Acme Holdings,` does not occur)."""
    doc = ent.doc
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.start < 2 or ent.end >= len(doc):
        return None
    job = doc[ent.start - 2]
    set_off = doc[ent.start - 1].text == "," and doc[ent.end].text == ","
    if not set_off or job.lemma_.lower() not in lexicon().person_only_jobs:
        return None
    nouns = lexicon().organization_nouns
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in nouns for t in ent):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON")


def _set_off_before_a_persons_job(ent: Span) -> Span | None:
    """`said Collins Oyuu, the union's secretary-general`, with the name tagged a body: two or
    three plain words in capitals with a job no body holds (models/person_only_jobs.txt, read by
    its last word: `secretary-general`) set off after them by a comma as their apposition
    (`the union's secretary-general`) are its holder's name (a body set beside such a job does
    not occur: `Acme Holdings, the club's chairman`)."""
    doc, lex = ent.doc, lexicon()
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return None
    if any(t.lower_ in lex.organization_nouns or lex.names_a_place_or_people(t.lower_) for t in ent):
        return None
    jobs = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end and c.is_lower]
    # (`Speaking on Harbour Television, a former chief executive of the port, Tomas Lind, said`:
    # a job with a person's name after it is that person's, set between.)
    named_after = any(_person_right_after(c.right_edge) for c in jobs)
    held = any(c.lower_ in lex.person_only_jobs for c in jobs)
    return Span(doc, ent.start, ent.end, label="PERSON") if held and not named_after else None


def _person_right_after(last: Token) -> bool:
    """Whether a comma and a word the tagger calls a person's follow token ``last``."""
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].text == "," and doc[last.i + 2].ent_type_ == "PERSON"


def _called_by_its_first_word(doc: Doc, ent: Span) -> bool:
    """`Meta Platforms`, then `Meta said`: a body is called short by its first word, a person by
    the last (`Brunner said`). A name the tagger made a body that the article calls by its first
    word alone, and never by its last, stays a body."""
    first, last = ent[0].text, ent[-1].text
    # (The two words' places, found at C speed: tokens are made only for them.)
    alone = [doc[k] for k in places_of_words(doc, ORTH, (first, last)) if not ent.start <= k < ent.end]
    # (`Bahlil Lahadalia` tagged a place, then `Bahlil said` tagged a person: Indonesian news
    # calls people by their first name, and a given name the lists know tagged a person alone
    # is one.)
    given = ent[0].lower_ in lexicon().first_names
    if given and any(t.text == first and t.ent_type_ == "PERSON" for t in alone):
        return False
    by_first = any(
        t.text == first and (t.i + 1 >= len(doc) or doc[t.i + 1].text != ent[1].text) for t in alone
    )
    by_last = any(t.text == last and (t.i == 0 or doc[t.i - 1].text != ent[-2].text) for t in alone)
    return by_first and not by_last


def _reporters_note_in_brackets(doc: Doc, ent: Span) -> bool:
    """`(Laughter.)`, `(Cheers.)`, `(Applause.)`: the note a report of a speech sets in brackets,
    words of the dictionary closed by a stop and the bracket, which the tagger may call a person;
    it is how the room answered, no one a later `he said` means."""
    start, end = ent.start, ent.end
    if start == 0 or doc[start - 1].text != "(" or end + 1 >= len(doc):
        return False
    closed = doc[end].text in (".", "!") and doc[end + 1].text == ")"
    return closed and all(is_english_word(t.text) and t.is_title for t in ent)


def _a_place_read_as_a_person(doc: Doc, ent: Span) -> bool:
    """`the Lenton ferry`, the town's name tagged a person: one word set before a thing's noun,
    which the story tags a place elsewhere (`at Lenton pier`) or writes nowhere but before such
    nouns, and no longer person's name holds, names the town, no one a later `he said` means."""
    if len(ent) != 1 or not _before_a_things_noun(ent.root):
        return False
    word = ent.root.lower_
    same = [t for t in doc if t.lower_ == word]
    placed = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in same)
    placed = placed or all(_before_a_things_noun(t) for t in same)
    longer = (e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    return placed and not any(word in e.text.lower().split() for e in longer)


def _before_a_things_noun(tok: Token) -> bool:
    # (Not a person's noun nor a body's: `the Obama adviser`, `the Cruz campaign` are a person's.)
    head, lex = tok.head, lexicon()
    lemma = head.lemma_.lower()
    # (The parser may hang it on a verb's -ing after the noun: `keep the Lenton ferry running`.)
    thing = head.pos_ == "NOUN" or head.tag_ == "VBG"
    persons = lex.names_a_person(lemma) or lemma in lex.organization_nouns
    return tok.dep_ == "compound" and thing and not persons


def _named_for_a_saint(doc: Doc, ent: Span) -> bool:
    """`St Mary's Primary`, `St Thomas' Hospital`: a saint's name with its possessive before a
    word in capitals names a school, a church or a hospital, no one in the story."""
    if len(ent) < 2 or ent[0].text not in ("St", "St."):
        return False
    end = ent.end if ent[-1].text in POSSESSIVES else ent.end + 1
    if end > len(doc) or doc[end - 1].text not in POSSESSIVES:
        return False
    return end < len(doc) and capitalised(doc[end].text)


def _addressed_runs(context: DocContext, outside: list[bool]) -> list[Span]:
    """`the head, Mr Farooq, let her`: words in capitals after a form of address are a person's
    name, when the tagger tagged them nothing. After an office title in capitals (`Councillor
    Fleur Ngata, who chairs …`, `Labour TD Aodhán Byrne said`) two or three such words are,
    when the name is closed by a comma or a verb: one word there is as often a place the office
    is of (`Mayor Wellington`)."""
    doc, cols = context.doc, context.columns
    runs = []
    for i in range(len(doc) - 1):
        # (A run opens on a proper noun the tagger left untagged: the title checks below cost
        # a token object each, so only those places ask them.)
        if not outside[i] or cols.ent_type[i + 1] or cols.pos[i + 1] != PROPN:
            continue
        addressed = is_honorific(doc[i])
        # (`Labour TD Aodhán Byrne welcomed`: a seat's letters are an office's title too.)
        office = not addressed and ((is_title(doc[i]) and doc[i].is_title) or is_seat(doc[i]))
        if not outside[i] or not (addressed or office) or doc[i + 1].ent_type_:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and doc[end].pos_ == "PROPN" and capitalised(doc[end].text):
            end += 1
        if end > i + 1 and second_syllable_after(doc, end):
            end += 2  # (`Chief Inspector Wong Ka-ming`)
        if end == i + 1 or doc[end - 1].ent_type_:
            continue
        if office and not _closed_name(doc, i + 1, end):
            continue
        runs.append(doc[i + 1 : end])
    return runs


def _names_seated_in_the_chair(context: DocContext, outside: list[bool]) -> list[Span]:
    """`The Finance Committee met, Alderman PRICE in the chair.`: one to three words in capitals
    after an office's title or a form of address, right before the words that seat a person in
    the chair (``_IN_THE_CHAIR``), are the chairman's name, whatever the tagger made of them
    (minutes print the surname in capitals, which it reads as a common noun, and it may call
    `Alderman THOMAS` a building)."""
    lowered = context.text.lower()
    if "chair" not in lowered and "presid" not in lowered:
        return []
    doc, runs = context.doc, []
    for seat in _IN_THE_CHAIR_STARTS.finditer(context.text):
        end = context.token_range(seat.start(), seat.start() + 1)[0]
        if end == 0 or context.starts[end] != seat.start() or not outside[end - 1]:
            continue
        # (`the Mayor (Alderman PRICE) in the chair`: the name in brackets after the office.)
        bracketed = end > 3 and doc[end - 1].text == ")"
        end -= bracketed
        start = end
        while start > 1 and end - start < 3 and _seated_name_word(doc[start - 1]):
            start -= 1
        title = doc[start - 1]
        titled = is_honorific(title) or _office_title(title)
        if bracketed and (start < 2 or doc[start - 2].text != "("):
            continue
        if start < end and titled and _tagged_within(doc, start - 1, end):
            runs.append(doc[start:end])
    return runs


# A word in capitals ending in `s` before another in capitals: a title in the plural, maybe,
# before the names it is each one's title of (`Justices Mehta, Qureshi and Naidu`).
_PLURAL_BEFORE_A_NAME = re.compile(r"\b[A-Z][a-z]+s\s(?=[A-Z])")
# The most names a title in the plural is read over (`Justices A, B, C, D and E`).
_MOST_NAMES_AFTER_A_PLURAL_TITLE = 6


def _names_listed_after_a_plural_title(context: DocContext, outside: list[bool]) -> list[Span]:
    """`A bench of Justices Mehta, Qureshi and Naidu said`: after a title in the plural, a list
    of surnames (or names of up to three words) set apart by commas and `and` is so many people,
    each titled so, whatever the tagger made of them (a place, a body, or nothing, as it leaves
    the first surname standing after the title). Names it tagged a person's stay as they are."""
    doc, runs = context.doc, []
    for plural in _PLURAL_BEFORE_A_NAME.finditer(context.text):
        title = context.token_range(plural.start(), plural.start() + 1)[0]
        if context.starts[title] != plural.start() or not outside[title] or not plural_title(doc[title]):
            continue
        if is_title(doc[title]):
            continue  # (`Mrs Ruiz and Hale`: a title of one person that ends in `s`.)
        listed: list[Span] = []
        k = title + 1
        while len(listed) < _MOST_NAMES_AFTER_A_PLURAL_TITLE:
            end = k
            while end < len(doc) and end - k < 3 and _listed_name_word(doc[end]):
                end += 1
            if end == k:
                break
            listed.append(doc[k:end])
            if end + 1 >= len(doc) or doc[end].lower_ not in (",", "and", "&"):
                break
            k = end + 1 + (doc[end].text == "," and doc[end + 1].lower_ in ("and", "&"))
        if len(listed) >= 2 and doc[listed[-1].start - 1].lower_ in ("and", "&"):
            runs += [s for s in listed if not s[0].ent_type_ == "PERSON"]
    return runs


def _listed_name_word(tok: Token) -> bool:
    """A word of a surname listed after a title in the plural: a proper noun in capitals that
    is no title, no body's or place's noun and no role's."""
    return tok.pos_ == "PROPN" and capitalised(tok.text) and plain_name_word(tok) and not is_role_noun(tok)


def _with_the_seated_names(found: list[Span], seated: list[Span]) -> list[Span]:
    """The names seated in the chair where no name found before starts on them; a name found
    that ends inside such a run, short of its last word (`Alderman THOMAS PRICE presiding`, the
    building `Alderman THOMAS` the tagger saw), gives way to the whole run."""

    def whole(span: Span) -> Span:
        run = next((r for r in seated if span.start <= r.start < span.end < r.end), None)
        return span if run is None else run

    out = [whole(s) for s in found]
    taken = {i for s in out for i in range(s.start, s.end)}
    return out + [s for s in seated if s.start not in taken]


def _seated_name_word(tok: Token) -> bool:
    """A word of a name before `in the chair`: all capitals (`PRICE`, as minutes print it, or
    initials) or a plain word in capitals."""
    upper = tok.text.isupper() and (len(tok) > 1 or is_initials(tok))
    return (upper or capitalised(tok.text)) and (plain_name_word(tok) or is_initials(tok))


def _tagged_within(doc: Doc, start: int, end: int) -> bool:
    """Whether every entity other than a person's that the tagger put on tokens ``start`` (a
    title) to ``end`` lies inside them (`Alderman THOMAS` a building: title and name misread)."""
    title, after = doc[start], doc[end] if end < len(doc) else None
    opened_before = title.ent_iob_ == "I" and title.ent_type_ != "PERSON"
    runs_on = after is not None and after.ent_iob_ == "I" and after.ent_type_ != "PERSON"
    return not (opened_before or runs_on)


def _closed_name(doc: Doc, start: int, end: int) -> bool:
    """Two or three plain words in capitals, none a title, a body's noun or a place's, closed by
    a comma or by a verb the name is subject of: how a name, not an office's field, ends."""
    # (`Wong Ka-ming`: the syllables of a given name joined by a hyphen are one word.)
    words = [t for t in doc[start:end] if not (t.text == "-" and start < t.i < end - 1)]
    words = [t for t in words if not (t.i > start and doc[t.i - 1].text == "-" and t.is_lower)]
    if not 2 <= len(words) <= 3 or not all(plain_name_word(t) for t in words):
        return False
    if end >= len(doc):
        return False
    after = doc[end]
    # (`Sirpa Koskinen (SDP),`: a party's or a place's letters in brackets close it too.)
    said = after.pos_ in ("VERB", "AUX") and doc[end - 1].dep_ in ("nsubj", "nsubjpass")
    # (`Superintendent Ann Cole of the Fraud Bureau`: the body a name is of closes it.)
    of_body = after.lower_ == "of" and any(t.ent_type_ == "ORG" for t in doc[end + 1 : end + 3])
    return after.text in (",", "(") or said or of_body


def _title_after_the(doc: Doc, start: int, end: int) -> bool:
    """`the Prime Minister said`, `The Conservative MP for Louth said`: words in capitals after
    `the` that end on a job are an office, not a name, whatever the words (a given name among
    them too); after an owner's `'s` they are only without one (``_owned_office_words``). So with
    words of rank or time between (`The Deputy Prime Minister said`, `the Acting Chief Justice`),
    which a name's cleaning takes off its front as it takes a title."""
    while start > 1 and is_rank_word(doc[start - 1]):
        start -= 1
    return start > 0 and doc[start - 1].lower_ == "the" and is_role_noun(doc[end - 1])


def _qualifying_a_job_after_the(doc: Doc, ent: Span) -> bool:
    """`said the Effutu MP`: one word after `the`, tagged a person's name, that qualifies the job
    right after it (a constituency, a town) names no one speaking; the phrase is a description.
    So does one word before a member's job with the member's name after it (`Kamukunji MP Yusuf
    Hassan`): the seat they sit for, as `Westlands MP X` is."""
    job = doc[ent.end] if ent.end < len(doc) else None
    after_the = ent.start > 0 and doc[ent.start - 1].lower_ == "the"
    if not (job is not None and (after_the or _seat_before_its_members_name(ent, job))):
        return False
    if not (is_role_noun(job) and ent[-1].head.i == job.i):
        return False
    # (One word the story never calls a person elsewhere: `the Clinton aide` is someone's aide.)
    word = ent[0].lower_
    return len(ent) == 1 and not any(
        e.label_ == "PERSON" and e.start != ent.start and word in (t.lower_ for t in e) for e in doc.ents
    )


def _seat_before_its_members_name(ent: Span, job: Token) -> bool:
    """Whether ``job``, right after ``ent``, is a member's of a house who sits for a seat
    (models/offices.txt, kind `seat`: `MP`, `MCA`, `TD`) and a name the tagger calls a person's
    follows it. (Apart from tokens.seats_before_a_member_are_no_people, which re-tags the member
    the tagger missed, and from descriptors._seat_before_its_holder, which keeps a seat tagged a
    body in the role: here both words are tagged people and the seat's word must name no one.
    The job may be in small letters, `Kamukunji lawmaker Yusuf Hassan`, so not
    tokens.is_seat_by_its_letters.)"""
    doc = ent.doc
    named = job.i + 1 < len(doc) and doc[job.i + 1].ent_type_ == "PERSON"
    return named and job.lower_ in lexicon().seat_holders


def _named_by_who(context: DocContext, outside: list[bool], ent: Span) -> bool:
    """`Litia Naivalu, who runs a stall`, `Litia Naivalu, whose son was admitted`, tagged a
    body or a place: two or three words in capitals, no organisation noun among them, set before
    a relative clause with `who`, or `whose` and a kinsman in the singular, are a person's name
    (a body takes `which`, and has no son)."""
    doc = context.doc
    if ent.label_ == "PERSON" or not outside[ent.start] or not 2 <= len(ent) <= 3 or ent.end + 2 >= len(doc):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent) or doc[ent.end].text != ",":
        return False
    if any(t.lower_ in lexicon().organization_nouns for t in ent):
        return False
    relative = doc[ent.end + 1]
    if relative.lower_ == "who":
        return relative.head.dep_ == "relcl"
    kin = relative.head
    return relative.lower_ == "whose" and kin.tag_ == "NN" and kin.lemma_.lower() in lexicon().person_nouns


# `a nurse who gave her name only as Julia`, `who gave only his first name, Musa`, `a man
# identified only as Juan`: the words with which a story gives the name of someone it met
# (often a given name alone, which the tagger rarely takes for a person).
_NAME_GIVEN = (
    r"(?:\b(?:her|his|their)\s+(?:(?:first|given|full|last|family)\s+)?(?:sur)?names?(?:\s+only)?"
    r"(?:\s+as\s+|\s*[,:]\s*)"
    r"|\bidentified\s+(?:(?:her|him)self\s+)?(?:only\s+)?as\s+)"
)
_NAME_GIVEN_AT = re.compile(_NAME_GIVEN)
# (`who gave his name only as Mr. McKay`: a form of address may come between, before the name.)
_NAME_GIVEN_BEFORE = re.compile(_NAME_GIVEN + r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$")


def _names_beside_a_role(context: DocContext, outside: list[bool]) -> list[Span]:
    """`The Minister of Transport, Sirpa Koskinen (SDP), said`: two or three plain words in capitals
    set beside a role noun after a comma, untagged, and closed as a name is (a comma, a bracket
    or its verb), are the holder's name; so is one set off by commas (``_one_name_set_off``)."""
    doc, cols = context.doc, context.columns
    out = []
    # (The columns rule out every word but a proper noun in apposition before a token is made.)
    columns = zip(cols.dep, cols.pos, outside, strict=True)
    wanted = [i for i, (dep, pos, keep) in enumerate(columns) if dep == APPOS and pos == PROPN and keep]
    for tok in (doc[i] for i in wanted):
        # (`Its secretary general, Mamadou Ndiaye,` with the surname alone tagged a body: one
        # word the tagger misread is still the name's.)
        misread = tagged_alone(tok)
        if not _beside_a_role(tok) or tok.head.i > tok.i:
            continue
        start = _start_over_barrels(tok)
        # (`The Commissioner of Police, Olohundare Jimoh,`: after a role's body, a name the
        # tagger took whole for a place; not `The operator, Coastal Ferries,` after a role.)
        placed = _misread_whole(doc, start, tok)
        if tok.ent_type_ and not (misread or placed):
            continue
        broken = placed or (misread and _tagged_word_by_word(doc, start, tok))
        tagged_inside = any(t.ent_type_ for t in doc[start : tok.i]) and not broken
        if start == 0 or doc[start - 1].text != "," or tagged_inside:
            continue
        if _closed_name(doc, start, tok.i + 1) or (start == tok.i and _one_name_set_off(doc, tok)):
            out.append(doc[start : tok.i + 1])
    return out


def _names_set_off_before_a_role(context: DocContext, outside: list[bool]) -> list[Span]:
    """`Clive Black, head of consumer research at …, said`, untagged, the given name an adjective
    to the tagger: words in capitals opening on a known given name, with a role noun set off
    after them by a comma as their apposition, are a person's name."""
    doc, cols = context.doc, context.columns
    out = []
    # (The columns rule out every word but an untagged proper noun in capitals before a token
    # is made.)
    columns = zip(cols.pos, cols.is_title, cols.ent_type, outside, strict=True)
    wanted = [
        i for i, (pos, title, ent, keep) in enumerate(columns) if pos == PROPN and title and keep and not ent
    ]
    for tok in (doc[i] for i in wanted):
        if tok.i + 1 == len(doc) or doc[tok.i + 1].text != ",":
            continue
        if not any(c.dep_ == "appos" and c.i > tok.i and is_role_noun(c) for c in tok.children):
            continue
        start = compounds_start(tok)
        words = doc[start : tok.i + 1]
        if len(words) < 2 or any(t.ent_type_ or not t.is_title for t in words):
            continue
        if words[0].lower_ in lexicon().first_names and (start == 0 or not doc[start - 1].is_title):
            out.append(words)
    return out


def _beside_a_role(tok: Token) -> bool:
    """Whether the apposition ``tok`` stands beside a role: set after the role noun, or after
    the body in capitals its `of` names (`The chairman of Ikorodu Local Government, Wasiu
    Adesanya, urged calm`, the name hung on the body by the parser)."""
    head = tok.head
    if is_role_noun(head):
        return True
    if any(lexicon().names_a_place_or_people(t.lower_) for t in tok.doc[tok.left_edge.i : tok.i + 1]):
        return False
    # (`A spokesman for the City of Johannesburg, Nkosi Radebe, said`: `for` the body, and the
    # body's own `of` between, the name hung on its last word.)
    node = head
    for _ in range(2):
        prep = node.head
        if node.dep_ != "pobj" or node.pos_ != "PROPN" or prep.lower_ not in ("of", "for"):
            return False
        if is_role_noun(prep.head):
            return True
        node = prep.head
    return False


def _start_over_barrels(tok: Token) -> int:
    """Where the words the parser hung on ``tok`` as compounds begin, past the hyphen of a
    double-barrelled surname the parser hangs on its last part (`Nomantu Nkomo-Ralehoko`)."""
    doc, start = tok.doc, compounds_start(tok)
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        word = doc[start - 2]
        if word.whitespace_ or word.dep_ != "compound" or word.head.i != tok.i:
            break
        start -= 2
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
    return start


def _misread_whole(doc: Doc, start: int, tok: Token) -> bool:
    """Whether the words from ``start`` to ``tok`` are one name the tagger took whole for a
    place (`Olohundare Jimoh`), or for a body beside a job no body holds (`Gauteng MEC for
    health, Nomantu Nkomo-Ralehoko,`: a body is never an MEC)."""
    ent = entity_at(doc, tok)
    if ent is None or ent.start != start or ent.end != tok.i + 1:
        return False
    return ent.label_ == "GPE" or (ent.label_ == "ORG" and tok.head.lower_ in lexicon().person_only_jobs)


def _tagged_word_by_word(doc: Doc, start: int, tok: Token) -> bool:
    """Whether every word from ``start`` to ``tok`` opens an entity of its own (``tok``, the
    caller has seen, is one word alone): `Mutahi` a place, `Kagwe` a people, the tagger broke a
    name it did not know into pieces, as it never does with a body or a place it knows, which it
    tags whole (`Sydney Airport`)."""
    words = doc[start : tok.i + 1]
    return len(words) >= 2 and all(t.ent_iob_ == "B" for t in words)


def _one_name_set_off(doc: Doc, tok: Token) -> bool:
    """`The head of the disaster agency, Suharyanto, said`: one plain word in capitals set off
    by commas beside a role is the whole name of someone with one name (a short form in
    capitals, a place or a people's word is none)."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "," or not tok.is_title or len(tok) < 3:
        return False
    return plain_name_word(tok) and not lexicon().names_a_place_or_people(tok.lower_)


def _names_given(context: DocContext, outside: list[bool]) -> list[Span]:
    """One to three words in capitals right after the words that give a name (``_NAME_GIVEN``),
    whatever the tagger made of them: a person's name."""
    doc = context.doc
    out = []
    for given in _NAME_GIVEN_AT.finditer(context.text):
        start, _ = context.token_range(given.end(), given.end() + 1)
        if start >= len(doc) or doc[start].idx != given.end() or not outside[start]:
            continue
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
            end += 1
        if end > start and not is_honorific(doc[start]):
            out.append(doc[start:end])
    return out


def _person_given_name(article: ArticleEntities, tok: Token) -> Entity | None:
    """The person whose name a clause on the description headed by ``tok`` gives (`a nurse who
    gave her name only as Julia`), who gains its role; or None."""
    text = article.text
    for char, person, i in article.person_mentions:
        near = tok.i < i <= tok.i + 16 and article.doc[i].sent.start == tok.sent.start
        if not near or person.kind != "person":
            continue
        if _NAME_GIVEN_BEFORE.search(text[max(0, char - 60) : char]):
            words = [t for t in tok.subtree if t.i <= tok.i and not t.is_space]
            role_from_description(article, person, char, words)
            return person
    return None


_COMMA = re.compile(",")


def _aged_runs(context: DocContext, outside: list[bool]) -> list[Span]:
    """`Hatice Yılmaz, 67, who has lived there since 1985`: two or three words in capitals, not
    tagged a person, set off by an age between commas are a person's name (``aged_name``),
    whatever the tagger made of them."""
    doc = context.doc
    out = []
    # (From the commas of the text: reading every token of every article costs more.)
    for comma in _COMMA.finditer(context.text):
        i, _ = context.token_range(comma.start(), comma.end())
        if not 2 <= i < len(doc) - 2 or doc[i].text != ",":
            continue
        if not doc[i + 1].text.isdigit() or doc[i + 2].text != ",":
            continue
        start = i
        # (`Hatice Yıldırım`, with the surname alone tagged a place.)
        while start > 0 and i - start < 3 and doc[start - 1].pos_ == "PROPN":
            if doc[start - 1].ent_type_ == "PERSON":
                break
            start -= 1
        if i - start < 2 or not outside[start] or (start > 0 and doc[start - 1].pos_ == "PROPN"):
            continue
        if aged_name(doc[start:i]):
            out.append(doc[start:i])
    return out


def _opens_with_initials(doc: Doc, i: int) -> bool:
    """`V D Satheesan`, `N. R. Narayana Murthy`: initials, then a surname in capitals, untagged."""
    end = i
    while end < len(doc) and end - i < 3 and is_initials(doc[end]) and not doc[end].ent_type_:
        end += 1
    if end == i or end >= len(doc):
        return False
    surname = doc[end]
    return surname.pos_ == "PROPN" and surname.is_title and len(surname) > 2 and not is_initials(surname)


def _initials_before(doc: Doc, i: int) -> int:
    """Where a name starting at ``i`` starts with the initials before it, at most two, untagged
    (`V D Satheesan` with the `V` tagged a noun, so the run started at `D`)."""
    first = i
    while first > 0 and i - first < 2 and is_initials(doc[first - 1]) and not doc[first - 1].ent_type_:
        first -= 1
    return first


def _given_name_runs(
    context: DocContext, outside: list[bool], taken: set[int], elsewhere: set[str]
) -> list[Span]:
    """Runs of proper nouns that start with a known given name (`Tom Hale and Priya Raman
    met`) the tagger left untagged, outside quote marks, on no token ``taken`` already, and
    no words the tagger calls a place or a body ``elsewhere``."""
    doc = context.doc
    given = lexicon().first_names
    out: list[Span] = []
    pos = context.columns.pos
    i = 0
    while i < len(doc):
        # (The cheap tests first: most proper nouns are quoted, taken or no given name, and the
        # tests of an opening below make tokens and slices.)
        if pos[i] != PROPN or not outside[i] or i in taken:
            i += 1
            continue
        tok = doc[i]
        if not _opens_a_given_name_run(doc, tok, given):
            i += 1
            continue
        # `Hewlett-Packard CEO Carly Fiorina` tagged as one organisation: a given name after a
        # role word starts a name whatever the tag.
        after_role = i > 0 and doc[i - 1].lemma_.lower() in lexicon().role_nouns
        # `Minister for Primary Education Suresh Gowda` tagged as one organisation: a given
        # name inside a tagged run that opens with a title starts a name too.
        titled = tok.ent_iob_ == "I" and _opens_with_title(doc, i)
        # `Commentary’s Noah Rothman` tagged as one body: a given name after its possessive.
        titled = titled or (tok.ent_iob_ == "I" and i > 0 and doc[i - 1].text in POSSESSIVES)
        untagged = not tok.ent_type_ or ((after_role or titled) and tok.ent_type_ != "PERSON")
        untagged = untagged or _given_name_tagged_alone(doc, i)
        if untagged:
            end = _given_name_run_end(doc, i)
            name = clean_name(context, i, end)
            # `Ellsworth Borough Council`: a run ending in a body's noun is no person.
            body = end - i >= 3 and doc[end - 1].lower_ in lexicon().organization_nouns
            # (`The Irish Farmers' Association`, untagged: the run stops at the plural's apostrophe,
            # and a body's noun after it closes the body's name.)
            body = body or _before_a_plurals_body_noun(doc, end)
            # (`Chiefs face Orlando Pirates`: a given name and a team's plural is a team.)
            body = body or (end - i == 2 and doc[end - 1].lower_ in lexicon().team_nicknames)
            long_enough = end - i >= 2 or _surname_after_an_office_opening(doc, i, end)
            if long_enough and name is not None and looks_like_name(doc, name) and not body:
                if name.text.lower() not in elsewhere:
                    out.append(doc[_initials_before(doc, i) : end])
            i = end
            continue
        i += 1
    return out


def _before_a_plurals_body_noun(doc: Doc, end: int) -> bool:
    """Whether a plural's apostrophe (`Farmers'`) and a body's noun in capitals follow token
    ``end``'s word: the run before them is the body's name, no person's."""
    if end + 1 >= len(doc) or not _plural_possessive(doc[end]):
        return False
    noun = doc[end + 1]
    return noun.is_title and noun.lower_ in lexicon().organization_nouns


def _opens_a_given_name_run(doc: Doc, tok: Token, given: dict[str, str]) -> bool:
    """Whether the proper noun ``tok`` may open a run of ``_given_name_runs``: a given name of
    the lists (``given``), or any word in a place that makes it one. The tests go from the
    cheapest to the dearest, each asked only when the ones before it fail."""
    i = tok.i
    # (`María del Carmen Ruiz`: a given name printed with the accents the list leaves out.)
    if tok.lower_ in given or given_name_in_plain_letters(tok.lower_):
        return True
    # (`Eng. Nahashon Kiprotich Ruto`: after a form of address, any given name opens one.)
    # (Not a branch's word after a post's letters, `SSP Operations Bilal Ahmed`: the post's.)
    if i > 0 and not tok.ent_type_ and is_honorific(doc[i - 1]) and not branch_of_a_letters_post(tok):
        return True
    # (`Labour TD Aodhán Byrne welcomed`: so does an office's title, a plain word after it.)
    if i > 0 and _office_title(doc[i - 1]) and _plain_given_word(tok):
        return True
    if _opens_with_initials(doc, i) or _named_after_office(doc, i):
        return True
    # (`Secretary for Transport Lam Sai-hung` tagged one body: a family name before a given
    # name of two syllables, inside a run opening with a title.)
    return tok.ent_iob_ == "I" and syllabled_name(doc[i : i + 4]) and _opens_with_title(doc, i)


def _given_name_run_end(doc: Doc, i: int) -> int:
    """Where the run of a name's words from the given name at token ``i`` ends."""
    tok = doc[i]
    end = i + 1
    while end < len(doc) and end - i < 4:
        joined = _hyphen_inside_a_name(doc, end) or second_syllable_after(doc, end)
        if joined or (end >= i + 2 and syllabled_name(doc[end - 2 : end + 2])):
            end += 2  # (`Babajide Sanwo-Olu`, `Cheung Hoi-ming`: one word joined)
        elif doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("", tok.ent_type_):
            end += 1
        elif _particle_before_a_surname(doc, end):
            end += 1  # (`Dr Pieter ter` + `Horst`, the particle read as a noun)
        else:
            break
    # `Anjali Menon` with the surname alone tagged as a place (or as a person, the given
    # name left out): the surname is a word the tagger took for an entity of its own; so after
    # given names (`Dr Ama Serwaa` + `Boateng`).
    untagged = not any(t.ent_type_ for t in doc[i:end])
    if untagged and end - i <= 3 and end < len(doc) and doc[end].pos_ == "PROPN":
        after = doc[end]
        alone = end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I"
        surname_tagged = after.ent_type_ in _MISLABELLED or after.ent_type_ == "PERSON"
        if surname_tagged and after.ent_iob_ == "B" and alone:
            end += 1
        elif after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and end == i + 1 and coined(doc[i]):
            # (`Rafiqul` + `Hasan Talukder`: a person's name of two words tagged without the given
            # name before it, one no English word (not `Star` + `Norbert Leo Butz`).)
            rest = next(e for e in doc.ents if e.start == end)
            if len(rest) == 2 and all(t.pos_ == "PROPN" and t.is_title for t in rest):
                end = rest.end
    return end


def _particle_before_a_surname(doc: Doc, i: int) -> bool:
    """An untagged small word opening a surname (`ter`, `van`) at token ``i``, a word in
    capitals after it."""
    return (
        is_surname_particle(doc[i])
        and not doc[i].ent_type_
        and i + 1 < len(doc)
        and capitalised(doc[i + 1].text)
        and doc[i + 1].is_alpha
    )


def _surname_after_an_office_opening(doc: Doc, i: int, end: int) -> bool:
    """`Alderman Pickering rose.`: one untagged word in capitals after an office's title that
    opens the sentence, the subject of its verb, is a surname, as minutes name a member."""
    tok = doc[i]
    if end - i != 1 or i < 1 or not doc[i - 1].is_sent_start or not _office_title(doc[i - 1]):
        return False
    return tok.dep_ == "nsubj" and _plain_given_word(tok)


def _office_title(tok: Token) -> bool:
    """A title of office in capitals before a name (`Councillor`, `Minister`, a seat's letters
    `TD`), not a word that only qualifies one (`Former`, `Acting`)."""
    return capitalised(tok.text) and (is_seat(tok) or (is_title(tok) and is_role_noun(tok)))


def _plain_given_word(tok: Token) -> bool:
    """A word in capitals the tagger left untagged that can open a name: no title, job, body's
    or place's noun (`Detective Chief Inspector` holds no name at `Chief`)."""
    return not tok.ent_type_ and capitalised(tok.text) and plain_name_word(tok) and not is_role_noun(tok)


def _named_after_office(doc: Doc, i: int) -> bool:
    """`The mayor of Lyngdal, Dag Fjeld Olsen (Sp), said`: words in capitals set off by commas
    (or a party's bracket) right after `the <role noun> of <Place>,` name its holder, whatever
    given name opens them."""
    if i < 4 or doc[i - 1].text != ",":
        return False
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end - i < 4:
        end += 1
    if end - i < 2 or end >= len(doc) or doc[end].text not in (",", "("):
        return False
    j = i - 2
    while j > 0 and doc[j].pos_ == "PROPN":
        j -= 1
    return j < i - 2 and doc[j].lower_ == "of" and j > 0 and doc[j - 1].lemma_.lower() in lexicon().role_nouns


def _hyphen_inside_a_name(doc: Doc, i: int) -> bool:
    """A hyphen at token ``i`` joining the word before it to a word in capitals after it, with
    no space either side (`Sanwo-Olu`): one word of a name the tokenizer split."""
    return (
        doc[i].text == "-"
        and i + 1 < len(doc)
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and capitalised(doc[i + 1].text)
        and doc[i + 1].is_alpha
    )


def _given_name_tagged_alone(doc: Doc, i: int) -> bool:
    """`The family of Imelda Villanueva`, with `Imelda` alone tagged a people or a place and
    the surname after it left untagged: the given name opens a name all the same."""
    tok = doc[i]
    if tok.ent_iob_ != "B" or tok.ent_type_ not in _MISLABELLED or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return (
        not after.ent_type_
        and after.pos_ == "PROPN"
        and after.is_title
        and not is_title(after)
        and after.lemma_.lower() not in lexicon().organization_nouns
    )


def _opens_with_title(doc: Doc, i: int) -> bool:
    """Whether the tagged entity token ``i`` is inside opens with a title or a role noun."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I" and i - start < 8:
        start -= 1
    first = doc[start]
    # (`Secretary for` + `Transport and Logistics Lam Sai-hung`: the run opening on the
    # portfolio after a title's `for` or `of`.)
    portfolio = start >= 2 and doc[start - 1].lower_ in ("for", "of") and is_title(doc[start - 2])
    portfolio = portfolio and first.lower_ in lexicon().portfolio_words
    return is_title(first) or first.lemma_.lower() in lexicon().role_nouns or portfolio


def _name_start(doc: Doc, ent: Span) -> int:
    """Where a body's name starts: one word before the tagged name when it is a capitalised
    word of the same name (a compound of it) that the tagger called a people or nothing."""
    if ent.label_ != "ORG" or ent.start == 0:
        return ent.start
    word = doc[ent.start - 1]
    joined = word.dep_ == "compound" and ent.start <= word.head.i < ent.end
    # (`Retailer Kestrel Home`: a trade opens no name, tokens.trades_open_no_name.)
    joined = joined and word.lower_ not in lexicon().trades_before_names
    if joined and word.pos_ in ("PROPN", "ADJ") and word.is_title and word.ent_type_ in ("NORP", ""):
        return ent.start - 1
    # (`All Progressives Congress`, `All` left out: a determiner in capitals opening the name.)
    return ent.start - 1 if determiner_opening_a_name(word) else ent.start


def _described_names(context: DocContext, outside: list[bool]) -> list[Span]:
    """`Reince Priebus, the party chairman,` with an unknown given name and the surname tagged a
    body: two or three capitalised proper nouns, the first untagged, no organisation noun among
    them, set beside a noun that names a person (`chairman`, `supporter`, not `bank`) are a
    person's name. So are they when their last word is set beside one elsewhere (`Adel Nefzi
    said …`, then `Nefzi, a chemistry professor, said`)."""
    doc = context.doc
    lex = lexicon()
    cols = context.columns

    def person_noun(c: Token) -> bool:
        return c.dep_ == "appos" and _names_a_person(c)

    described_words = {
        doc[i].lower_
        for i, pos in enumerate(cols.pos)
        if pos == PROPN and outside[i] and any(person_noun(c) for c in doc[i].children)
    }
    out = []
    i = 0
    while i < len(doc):
        if cols.pos[i] != PROPN or not outside[i] or not doc[i].is_title:
            i += 1
            continue
        # (Only a token tagged something else asks the lists whether it opens on a given name.)
        given_body = bool(cols.ent_type[i]) and _given_name_tagged_a_body(doc, i)
        if cols.ent_type[i] and not given_body:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and cols.pos[end] == PROPN and doc[end].is_title:
            end += 1
        run = doc[i:end]
        last = run[-1]
        beside = any(person_noun(c) for c in last.children)
        if given_body:
            # (`Her colleague, Ama Owusu,`: a given name and a surname tagged a body, set beside
            # a noun that names a person.)
            whole = all(t.ent_iob_ == "I" for t in run[1:]) and (end == len(doc) or doc[end].ent_iob_ != "I")
            beside = whole and (beside or last.dep_ == "appos" and _names_a_person(last.head))
        # (Elsewhere only for a run the tagger left untagged and not cut from a longer one:
        # `… to Disavow Lindsey Graham Endorsement`.)
        whole = not any(t.ent_type_ for t in run) and not (end < len(doc) and cols.pos[end] == PROPN)
        described = beside or (last.lower_ in described_words and whole)
        nouns = lex.organization_nouns
        bodies = any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in run)
        if len(run) >= 2 and described and not bodies and last.ent_type_ != "PERSON":
            out.append(run)
        i = end
    return out


def _service_of_a_place(context: DocContext, outside: list[bool]) -> list[Span]:
    """`Transport for London said …`, `Ports of Auckland said …`: a noun in capitals that names
    no person, then `for` or `of` and a name in capitals, the subject of a verb of saying
    (models/cue_verbs.txt), is a body's name the tagger left untagged (a common noun, and a
    place), though it ends in no body's noun; no common noun can say anything itself. Not in a
    line with every word in capitals (`Campaign for Trump Says …`, a headline's `the campaign`)."""
    lex, out, doc = lexicon(), [], context.doc
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.cue_verbs:
            continue
        line = context.text[slice(*context.line_of(tok.idx))]
        if _in_the_headline(context, tok.idx) or is_title_case(line):
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else tok
        if nxt.lower_ not in ("for", "of") or not outside[tok.i] or tok.ent_type_:
            continue
        if not tok.is_title or tok.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in tok.lefts):
            continue
        if lex.names_a_person(tok.lemma_.lower()) or tok.lower_ in lex.first_names or is_role_noun(tok):
            continue
        # (`Ana Ruiz of Maybank said`: a given name before the noun makes it a surname.)
        if any(c.dep_ == "compound" and opens_person_name(c) for c in tok.lefts):
            continue
        end = tok.i + 2
        while end < verb.i and doc[end].pos_ == "PROPN" and capitalised(doc[end].text) and outside[end]:
            end += 1
        if end > tok.i + 2 and end == verb.i:
            out.append(Span(doc, tok.i, end, label="ORG"))
    return out


def _given_name_tagged_a_body(doc: Doc, i: int) -> bool:
    """Whether a body's tagged name opens at token ``i`` with a given name (`Ama Owusu`)."""
    tok = doc[i]
    return tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and tok.lower_ in lexicon().first_names


def _names_a_person(noun: Token) -> bool:
    """Whether ``noun`` is a common noun that names a person (`colleague`, `chairman`), no body."""
    lemma = noun.lemma_.lower()
    lex = lexicon()
    return noun.pos_ == "NOUN" and lex.names_a_person(lemma) and lemma not in lex.organization_nouns


def _untagged_bodies(context: DocContext, outside: list[bool]) -> list[Span]:
    """`Wexham District Council`, left untagged: a run of two or more capitalised proper nouns
    (with `of`/`for`/`and` inside) ending in an organisation noun is a body's name."""
    doc = context.doc
    cols = context.columns
    nouns = lexicon().organization_nouns
    out = []
    i = 0
    while i < len(doc):
        if cols.pos[i] != PROPN or cols.ent_type[i] or not outside[i]:
            i += 1
            continue
        end = i
        while end < len(doc) and not cols.ent_type[end] and outside[end]:
            if cols.pos[end] == PROPN and capitalised(doc[end].text):
                end += 1
            elif hyphen_between_names(doc, end) and doc[end + 1].is_alpha:
                end += 2  # (`the Harbour Anti-Corruption Commission`, not *Corruption Commission*)
            elif (doc[end].lower_ in ("of", "for", "and") or _plural_possessive(doc[end])) and end + 1 < len(
                doc
            ):
                # (`Eastside Traders' Association`: a plural's apostrophe inside the name.)
                if cols.pos[end + 1] != PROPN:
                    break
                end += 1
            else:
                break
        while end > i and cols.pos[end - 1] != PROPN:
            end -= 1
        # (`Ellsworth Borough Council`: three words ending in a body's noun are a body's name,
        # whatever given name opens them.)
        # (`Severn Trent Water said`: a company's name closed by the trade it sells.)
        closed = doc[end - 1].lower_ in nouns or doc[end - 1].lower_ in lexicon().trade_name_words
        # (`the Zimbabwe Congress of Trade Unions`: a plural of a body's noun after `of` closes
        # the name of the body they form.)
        closed = closed or (doc[end - 1].lower_[:-1] in nouns and _plural_after_of(doc, i, end))
        if end - i >= 2 and closed:
            if end - i >= 3 or doc[i].lower_ not in lexicon().first_names:
                out.append(Span(doc, i, end, label="ORG"))
        elif end - i >= 3 and doc[i].lower_ in nouns and doc[i + 1].lower_ in ("of", "for"):
            # (`The Department for Schools said`: a body's noun opening the name, what it is
            # for after it.)
            out.append(Span(doc, i, end, label="ORG"))
        elif end > i and i > 0 and doc[i - 1].is_lower and doc[i - 1].lower_ in nouns:
            # `the drivers' union Aslef`: a name right after a body's noun in small letters.
            if doc[i].lower_ not in lexicon().first_names:
                out.append(Span(doc, i, end, label="ORG"))
        elif end > i and _named_before_its_noun(doc, i, end):
            out.append(Span(doc, i, end + 1, label="ORG"))
        i = max(end, i + 1)
    return out


def _plural_after_of(doc: Doc, start: int, end: int) -> bool:
    """Whether the name in tokens [start, end) ends in a plural (`Unions`) with `of` inside it."""
    plural = doc[end - 1].tag_ in ("NNS", "NNPS") and doc[end - 1].lower_.endswith("s")
    return plural and any(t.lower_ == "of" for t in doc[start + 1 : end - 1])


def _named_before_its_noun(doc: Doc, start: int, end: int) -> bool:
    """`the Vereinigung Cockpit union`, `the Kestrel Valley trust`: `the`, words in capitals
    and a body's noun in small letters name a body (not `the Cole campaign`, a body named by
    its leader, nor `the Club for Growth group`, whose noun says nothing of its kind, nor one
    opening on a given name)."""
    if start == 0 or doc[start - 1].lower_ != "the" or end >= len(doc):
        return False
    noun = doc[end]
    lex = lexicon()
    return (
        noun.is_lower
        and noun.lower_ in lex.organization_nouns
        and noun.lower_ not in lex.leaders_bodies | lex.any_body_nouns
        and doc[start].lower_ not in lex.first_names
    )


def _plural_possessive(tok: Token) -> bool:
    """`'` right after a plural (`Traders'`)."""
    return (
        tok.text in ("'", "’")
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_.endswith("s")
        and not tok.doc[tok.i - 1].whitespace_
    )


def _after_honorific(doc: Doc, ent: Span) -> bool:
    """`Ms Lyons`, with the honorific inside the entity or right before it."""
    if is_honorific(ent[0]) and len(ent) > 1:
        return not _company_opened_by_an_adjective(ent)
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    # (`Baroness Ashby said`, `Prince Ashby said`, only `Ashby` tagged a body: a title in full
    # in capitals right before the name addresses a person as a form of address does, unless
    # the words are a body's name whole, `Duke Energy`.)
    office = before.is_title and title_word(before.text) in lexicon().office_titles
    return is_honorific(before) or (office and not names_a_body(name_key(ent.text)))


# Titles that open companies' names: adjectives too (`General Motors`, `General Mills`), and
# ranks that firms take for a name (`Duke Energy`, `King Power`).
_TITLES_OPENING_COMPANIES = frozenset({"general", "duke", "king"})


def _company_opened_by_an_adjective(ent: Span) -> bool:
    """`"…," General Motors said`, tagged a body: a title that opens companies' names, then
    English words that are no given names, is a company's name, not a general's (`General
    Electric`, `General Dynamics`, `Duke Energy`)."""
    if ent.label_ != "ORG" or ent[0].lower_ not in _TITLES_OPENING_COMPANIES:
        return False
    names = lexicon().first_names
    # (A plural in capitals keeps its `s` in the lemma: `Motors`.)
    words = [t.lower_.removesuffix("s") if t.tag_ == "NNPS" else t.lemma_.lower() for t in ent[1:]]
    return all(is_english_word(w) for w in words) and not any(t.lower_ in names for t in ent[1:])


def _no_bodies(text: str, ents: list[Span], org_names: frozenset[str]) -> frozenset[str]:
    """What the tagger only ever calls a people (`Democrats`, `Americans`), lower-cased: no
    organisation a person works for. (A person's surname is left: `a Sanders delegate` is in
    the Sanders campaign, which ROLES.md writes `Sanders campaign`. A short form the article
    spells out is a body's, whatever the tagger calls it once: `BBMP` after `Bruhat Bengaluru
    Mahanagara Palike (BBMP)`; so is a word no dictionary has right before an office only a body
    has, `Numsa general secretary X`, and a university named short before its office, `Unilag
    Vice-Chancellor X`.)"""
    peoples = {
        e.text.lower()
        for e in ents
        if e.label_ == "NORP" and e.text.replace(" ", "").isalpha() and not spelled_in_text(text, e.text)
    }
    tagged = {e.text.lower() for e in ents if e.label_ != "NORP"}
    sides = _sides_before_their_jobs(ents[0].doc) if ents else set()
    sides |= {e.text.lower() for e in ents if len(e) == 1 and _made_up_before_a_body_office(e[0])}
    companies = {p for p in peoples if _opens_a_company(p, org_names | tagged)}
    # (`Hibernian have sacked …`, tagged a people, and `Hibs head coach`: the side named in full.)
    clipped = {clipped_plural_of(text, e.text).lower() for e in ents if e.label_ == "ORG" and len(e) == 1}
    # (`Unilag Vice-Chancellor X`, `Unilag` tagged a people: a university named short.)
    universities = {e.text.lower() for e in ents if len(e) == 1 and university_before_its_office(e[0])}
    # (`Greens group leader X`, `Tory group leader X`: the party whose councillors the group is.)
    parties = {e.text.lower() for e in ents if e.label_ == "NORP" and _party_of_a_group_leader(e)}
    return frozenset(peoples - tagged - org_names - sides - companies - clipped - universities - parties)


def _party_of_a_group_leader(ent: Span) -> bool:
    """Whether ``ent``, tagged a people, stands right before `group leader` (`Greens group
    leader X`): a party's name there, the body its group leader leads (ROLES.md 4 and 5, as
    `group leader for the Greens`), though the tagger calls it a people."""
    doc, e = ent.doc, ent.end
    return e + 1 < len(doc) and doc[e].lower_ == "group" and doc[e + 1].lemma_.lower() == "leader"


def _opens_a_company(word: str, org_names: frozenset[str]) -> bool:
    """`Meridian chairman` after `Meridian Bank`: a word the tagger calls a people that opens a
    company's or a club's name the article gives, and is no people the lists know, is the
    company named short."""
    lex = lexicon()
    if lex.names_a_place_or_people(word):
        return False
    kinds = lex.business_nouns | lex.club_words
    return any(n.startswith(word + " ") and n[len(word) + 1 :].split()[0] in kinds for n in org_names)


def _sides_before_their_jobs(doc: Doc) -> set[str]:
    """`Scorpions striker`, `the Spartans head coach`: a plural name in capitals right before a
    job only a side has (models/team_jobs.txt) is a side's name, lower-cased, though the tagger
    calls it a people elsewhere; so is a name the tagger calls a people there that is no
    people's word (`Kiwis coach`, `the Aarhus coach`)."""
    sides = set()
    # (The lemma column finds the jobs at C speed: a token is made only for them.)
    for t in (doc[k] for k in word_test(lexicon().team_jobs).places(doc, LEMMA)):
        if not t.is_lower:
            continue
        k = t.i - 1
        while k > 0 and t.i - k <= 2 and doc[k].is_lower:
            k -= 1  # (`head coach`)
        if k < 0:
            continue
        if doc[k].tag_ in ("NNPS", "NNS") and capitalised(doc[k].text) or side_tagged_a_people(doc[k]):
            sides.add(doc[k].lower_)
    return sides


def _made_up_before_a_body_office(word: Token) -> bool:
    """`Numsa general secretary Irvin Jim`: a word no dictionary has, tagged a people though no
    people's word the lists know, right before an office only a body has (models/person_only_jobs.txt
    kind `office`) and a name, is the body's name (a people elects no general secretary)."""
    if not side_tagged_a_people(word) or not coined(word):
        return False
    doc, j = word.doc, end_of_small_words_after(word)  # (`general secretary`, `chief executive`)
    job = doc[j - 1]
    named = j < len(doc) and doc[j].pos_ == "PROPN" and capitalised(doc[j].text)
    return j > word.i + 1 and named and job.lower_ in body_offices()


def _no_body(organization: str, no_bodies: frozenset[str], sides: frozenset[str] = frozenset()) -> bool:
    """`a Florida senator`, `Democrats`, `the Emirati scientist`: a place or a people, which
    ROLES.md keeps out of the organisation column (state and party labels go to the note);
    not one of ``sides``, places the article shows to be sides (`Munster's winger`)."""
    low = organization.lower()
    place = lexicon().names_a_place_or_people(low) and low not in sides
    return bool(low) and (place or low in no_bodies)


def without_place_bodies(
    descriptors: list[Descriptor], no_bodies: frozenset[str], sides: frozenset[str] = frozenset()
) -> list[Descriptor]:
    """A person's descriptors with no place or people for a body (`the Omani scientist`), so
    that the body another mention ties them to (`a scientist at the Water Authority`) is
    theirs: the profile takes the nearest descriptor's body, and a people would hide the body.
    A place that is one of ``sides`` (`Munster's winger`) stays."""
    return [
        replace(d, organization="") if _no_body(d.organization, no_bodies, sides) else d for d in descriptors
    ]


_BRACKETS = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))


def not_a_name(organization: str) -> bool:
    """Words cut from a sentence, not a body's name: a role's words before it (`fellow with
    Acme University`) or a person's after it (`Twitter junkie`), a joiner left hanging
    (`Committee for`), a bracket or quote mark opened and never closed (`Vox Populi (Voice of
    the People`)."""
    words = organization.split()
    if not words:
        return False
    if words[0].islower() and lexicon().names_a_person(words[0]) and any(capitalised(w) for w in words[1:]):
        return True
    if words[-1].lower() in NAME_JOINERS | {"the", "-", "\u2013", "\u2014"}:
        return True
    # `Disease Control Dr`: a form of address opens the person's name, which no body's holds.
    if any(title_word(w) in lexicon().addresses for w in words[1:]):
        return True
    # (`Lord Mayor of Westbury Cllr Ruth Hale`: `Westbury Cllr`, the form of address that opens
    # her name run on from the place the title is of.)
    last = words[-1]
    addressed = title_word(last) in lexicon().honorifics
    if len(words) > 1 and capitalised(last) and not last.isupper() and addressed:
        return True
    # `host of his podcast and Twitter junkie`: a name ends in a capital or a body's noun (or
    # a community's, which the role's `of` gave: `chief of the Moa Wharf community`).
    body_noun = words[-1] in lexicon().organization_nouns or words[-1] in COMMUNITY_NOUNS
    if len(words) > 1 and words[-1].islower() and not body_noun:
        return True
    return any(organization.count(a) != organization.count(b) for a, b in _BRACKETS)


def _body_in_full(entity: Entity, organization: str) -> str:
    """A body's name as the row gives it: the fullest the article gives, as its organisation
    column does (`Astronomical Services Administration`, the tagger cutting the name at a comma,
    is the `Philippine Atmospheric, Geophysical and Astronomical Services Administration` its
    short form in brackets spells out), when that holds the words it is called by."""
    name = entity.name()
    if entity.kind != "organization" or not organization or organization == name:
        return name
    # (`ODPEM said`, the name the tagger cut before its bracket: the short form the
    # organisation column spells out, *Office of Disaster Preparedness and Emergency
    # Management*, as ROLES.md 2 names a body by its fullest name.)
    short = compact_acronym(name) or acronym_read_as_a_word(name)
    if short and abbreviates(short, organization):
        return organization
    words = {w.strip(",.").lower() for w in organization.split()}
    return organization if all(w.strip(",.").lower() in words for w in name.split()) else name


_BOARD_OF = re.compile(
    r"^(?:[Tt]he )?Board of (?:[A-Z][a-z]+ )?(?:Directors|Trustees|Governors) of (?:the )?(.+)$"
)


def _body_a_board_is_of(organization: str) -> str:
    """`Chairman of the Board of Executive Directors of the RTA`: the body whose board it is, not
    the board, is the one the person serves."""
    found = _BOARD_OF.match(organization)
    return found.group(1) if found else organization


def _no_body_but_words(organization: str, role: str) -> bool:
    """Whether ``organization`` names no body, only words: a body's common noun alone (`party
    Chairman X`: `party`), a title the tagger took for a body (`Deputy Commissioner of Police`),
    or the title's own noun after its `of` where no force is named (`Police`)."""
    if role and organization.lower() == role.lower():
        return True
    if organization.islower():
        return True
    body, title = organization.lower(), role.lower()
    # (`Member of Parliament for Juaboso`: the house's `for` names the seat, no other body.)
    house = body.split(" for ")[0]
    own = title.endswith(f"of {body}") or f"of {house} for " in title
    return bool(role) and house in lexicon().organization_nouns and own


def resolve_speakers(
    context: DocContext, attributions: list[Attribution], outside: list[bool]
) -> list[Speaker | None]:
    """The Speaker for each attribution: None when it has no mention, a Speaker with an empty
    name when its mention (an unresolved `he`) stands for no entity of the article."""
    doc = context.doc
    article = ArticleEntities(context, outside, [a.mention for a in attributions if a.mention is not None])
    resolved = [None if a.mention is None else _entity_for(doc, article, a.mention) for a in attributions]
    resolved = [_joined_speakers(article, a, e) for a, e in zip(attributions, resolved, strict=True)]
    resolved = _lede_named_after(article, resolved)
    resolved = _opening_pronoun_named_after(article, attributions, resolved)
    _lede_subject_named_after(article, resolved)
    resolved = _headline_said_again(article, attributions, resolved)
    # Speakers are numbered in order of their first mention in the article.
    speaking = sorted({id(e): e for e in resolved if e is not None}.values(), key=lambda e: e.first)
    _headline_job(article, speaking)
    number = {id(e): n for n, e in enumerate(speaking, 1)}
    profiles = {}
    for e in speaking:
        if _body_before_others_jobs(article, e):
            _known_for_a_body(e)
        if e.kind != "organization":
            e.descriptors = without_place_bodies(e.descriptors, article.no_bodies, article.place_sides)
        role, organization = e.profile()
        organization = organization or _ministry_of_the_brief(article, role)
        organization = _body_a_board_is_of(organization)
        organization = article.orgs.canonical_org(organization) if organization else ""
        if _no_body_but_words(organization, role) and organization not in described_bodies(context):
            organization = ""
        placed = e.kind != "organization" and _no_body(organization, article.no_bodies, article.place_sides)
        if placed or not_a_name(organization) or _party_members(article, e):
            organization = ""
        profiles[id(e)] = (_body_in_full(e, organization), role, organization)
    out: list[Speaker | None] = []
    for att, entity in zip(attributions, resolved, strict=True):
        # (A top's quote with no mention may have a speaker: one the story says it again.)
        if entity is None:
            out.append(None if att.mention is None else Speaker("", "", "", "unknown", -1))
        else:
            name, role, organization = profiles[id(entity)]
            kind = "person" if entity.kind == "description" else entity.kind
            out.append(Speaker(name, role, organization, kind, number[id(entity)]))
    return out


def _joined_speakers(article: ArticleEntities, att: Attribution, entity: Entity | None) -> Entity | None:
    """`“…,” Tom Hale and Ann Mercer said`: a speaker's name joined by `and` to one other
    person's as the cue's subject speaks with them, one group (ROLES.md 3: *Tom Hale; Ann
    Mercer*), as `they` after such a pair does."""
    m = att.mention
    if entity is None or entity.kind != "person" or m is None or m.head < 0:
        return entity
    if m.kind not in ("person", "name"):
        return entity
    head = article.doc[m.head]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_.lower() not in lexicon().speech_verbs:
        return entity
    return _subject_pair(article, head, m.start) or entity


def _ministry_of_the_brief(article: ArticleEntities, role: str) -> str:
    """`Climate Change Minister X` in a story that names the `Environment, Urbanization and
    Climate Change Ministry` (or `the Ministry of Climate Change`): a minister whose brief,
    written in capitals before the title, closes the name of the one ministry the article names
    is that ministry's (ROLES.md 5: the body the title ties them to)."""
    words = role.split()
    if len(words) < 2 or words[-1].lower() != "minister":
        return ""
    if not all(capitalised(w) or w in ("and", "&") for w in words):
        return ""
    brief = " ".join(words[:-1]).lower()
    text = article.text.lower()

    def of_the_brief(name: str) -> bool:
        # (A longer name only when the article writes the whole of it before the title too, the
        # parse having cut the title at a comma: not `Union Health Ministry` for a state's
        # `Health Minister`.)
        stem = name[: -len(" ministry")] if name.endswith(" ministry") else ""
        whole = stem.endswith(f" {brief}") and f"{stem} minister" in text
        # (`Energy, Mines and Climate Change Minister X`, the tagger cutting the body's name
        # short: `the Climate Change Ministry`.)
        cut = bool(stem) and brief.endswith(f" {stem}")
        return whole or cut or stem == brief or name == f"ministry of {brief}"

    found = {o.name() for o in article.organizations for _, name, _ in o.names if of_the_brief(name.lower())}
    return found.pop() if len(found) == 1 else ""


def _party_members(article: ArticleEntities, entity: Entity) -> bool:
    """`some Democrats said`, `Republicans on Capitol Hill called it`: a people's plural with no
    `the` before it is members of a party or a people, a group (ROLES.md 3 and 5: no body is
    named); `the Liberals said` may be the party itself."""
    if entity.kind != "organization" or entity.people or not entity.mentions:
        return False
    for char in entity.mentions:
        tok = _token_at(article, char)
        the = tok.i > 0 and article.doc[tok.i - 1].lower_ == "the"
        if tok.ent_type_ != "NORP" or tok.tag_ not in ("NNPS", "NNS") or the:
            return False
    return True


def _words_an_event_may_be(article: ArticleEntities, old: int) -> list[int]:
    """The tokens outside quote marks that ``_narrative_events`` reads: pronouns, nouns, numbers
    and `old` (an epithet's). Asked of the columns: a token object for every word of the
    article was that pass's cost."""
    cols = article.context.columns
    kinds, outside = (PRON, NOUN, PROPN, NUM), article.outside
    return [i for i, pos in enumerate(cols.pos) if outside[i] and (pos in kinds or cols.lower[i] == old)]


def _narrative_events(article: ArticleEntities) -> list[tuple[int, int, Entity | None, str]]:
    """What the narrative names, in no order, for the pronouns to be read against: each name
    of a person or body, each pronoun, definite description, epithet, and thing a subject
    noun is, as (char, head token, the entity named there or None, what it is)."""
    doc = article.doc
    events = _names_as_events(article)
    cols = article.context.columns
    old = doc.vocab.strings.as_int("old")
    for i in _words_an_event_may_be(article, old):
        pos = cols.pos[i]
        # (`the Englishman`: a demonym in place of a name, a proper noun to the tagger.)
        demonym = pos == PROPN and demonym_epithet(doc[i])
        numbered = numbered_epithet(doc[i]) if pos == NUM else None
        titled = pos == PROPN and _role_in_capitals(doc[i])  # (`The Minister told`: a proper noun)
        read = pos in (PRON, NOUN) or cols.lower[i] == old or demonym or titled or numbered is not None
        if not read or not article.outside[i]:
            continue
        tok = doc[i]
        if tok.pos_ == "PRON" and tok.lower_ in _PRONOUN_KINDS:
            # (`Ruiz himself struck a defiant tone`, `Ruiz called herself …`: a reflexive is
            # the subject of its own clause, already counted; read as another person's
            # pronoun it made someone else the topic.)
            if not tok.lower_.endswith("self"):
                events.append((tok.idx, tok.i, None, "pronoun"))
        elif is_age_description(tok):
            events.append((doc[age_description_start(tok)].idx, tok.i, None, "pronoun"))
        elif (tok.pos_ == "NOUN" or titled) and definite_role(tok):
            events.append((tok.left_edge.idx, tok.i, None, "description"))
        elif (tok.pos_ == "NOUN" or demonym) and _is_epithet(tok):
            events.append((tok.left_edge.idx, tok.i, None, "epithet"))
        elif tok.pos_ == "NOUN" and _person_noun_speaking(tok):
            events.append((tok.left_edge.idx, tok.i, None, "person noun"))
        elif numbered is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            events.append((tok.left_edge.idx, numbered.i, None, "epithet"))  # (`the mum-of-three added`)
        elif tok.pos_ == "NOUN" and _someone_unnamed(tok):
            apposed = _subject_apposed(tok)
            subject = apposed or tok
            events.append((subject.left_edge.idx, subject.i, _unnamed_person(article, tok, apposed), "name"))
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.is_lower:
            thing = _thing_a_subject_is(article, tok)
            if thing is not None:
                events.append((tok.idx, tok.i, thing, "thing"))
    return _in_the_story(article, events)


def _names_as_events(article: ArticleEntities) -> list[tuple[int, int, Entity | None, str]]:
    """Each name of a person or body the narrative gives, as an event of ``_narrative_events``
    (char, head token, the entity named there, `name`)."""
    doc = article.doc
    events: list[tuple[int, int, Entity | None, str]] = [
        (c, i, p, "name") for c, p, i in article.person_mentions
    ]
    for org in article.organizations:
        for c in org.mentions:
            # (`The Office of Rail and Road said`: the name's head, not its `The`, is the subject.)
            first = doc[bisect_right(article.token_starts, c) - 1]
            events.append((c, _head_of_a_bodys_name(first).i, org, "name"))
    return events


def _head_of_a_bodys_name(first: Token) -> Token:
    """The word a body's name, from its first word, leads up to in the parse: its head, whose
    place in the sentence (a subject or not) the pronouns read. A name the tagger opens on a word
    of a list that the parser hangs on the body's noun as a modifier or a conjunct (`Forestry,
    Wildlife and Parks Ministry said`, tagged `Parks Ministry`) leads up to the name's root, the
    subject, so that `It said` in the next sentence is the body's, not that of a thing the body
    spoke of (`the fire`)."""
    head = head_after(first, ("compound", "flat", "det"))
    name = entity_at(first.doc, first)
    if name is None or head.dep_ not in ("nmod", "conj") or not name.start <= head.i < name.root.i:
        return head
    return name.root


def _thing_a_subject_is(article: ArticleEntities, tok: Token) -> Entity | None:
    """`The memo says …; it adds`, `the company said … it would`: what a non-person subject
    ``tok`` (a noun in small letters) is, for a later `it` or `they`: the body the article
    names for its noun, else a description of its words; None for a noun naming a person."""
    lex, lemma = lexicon(), tok.lemma_.lower()
    if lex.names_a_person(lemma):
        return None
    thing = article.orgs.organization_for(lemma, tok.idx) if lemma in lex.organization_nouns else None
    if thing is None:
        words = [t for t in tok.subtree if t.i <= tok.i and article.outside[t.i]]
        label = text_of(article.doc, words[-4:] if len(words) > 4 else words)
        thing = article.description(label, "", issuing_body(article, tok), tok.idx)
    return thing


def _in_the_story(
    article: ArticleEntities, events: list[tuple[int, int, Entity | None, str]]
) -> list[tuple[int, int, Entity | None, str]]:
    """The narrative's events less those beside the story: a caption's photo credit (the
    photographer is no one a later `she` of the story can mean; the person the caption shows
    may be), and a body a byline, a credit or a dateline names (`Special to The Times`,
    `LAGOS (Reuters) -`: the page's, no `it` of the story)."""
    context = article.context
    credits = _caption_credits(context)
    # (A person named on a byline, a notice or a link, `Ana Ruiz contributed to this report.`
    # at the foot, is the page's: no `he said` of the story after it; nor is one a credit for
    # the reporting names, `With files from Tom Brown`, who is pictured nowhere.)
    nobody = [
        (f.start, f.end)
        for f in context.furniture
        if f.kind in _NOBODY_LINES or (f.kind == "credit" and REPORTERS_CREDIT.match(context.text, f.start))
    ]

    def aside(char: int, entity: Entity | None, what: str) -> bool:
        if any(start <= char < end for start, end in credits):
            return True
        if what == "name" and any(start <= char < end for start, end in nobody):
            return True
        page_body = what == "name" and entity is not None and entity.kind == "organization"
        return page_body and context.in_furniture(char)

    return [e for e in events if not aside(e[0], e[2], e[3])]


# Furniture lines whose people are no one the story's pronouns mean (a caption, and a credit on
# a line of its own, may name the one pictured).
_NOBODY_LINES = frozenset({"byline", "notice", "share", "related", "date", "stamp", "listhead"})
# Where the credit at the end of a caption starts: after its last bracket, bar or sentence.
_CREDIT_START = re.compile(r".*(?:[(|·•]|[.!?”’\"')][ \t])", re.DOTALL)


def _caption_credits(context: DocContext) -> list[tuple[int, int]]:
    """The (start, end) of the credit closing each caption line (`Ana Ruiz at the site. Photo:
    Tom Brown`, `… on Sunday. (Tom Brown/Reuters)`). A credit on a line of its own is left
    alone: it may name the one pictured (`Facebook/Ana Ruiz`)."""
    spans = []
    for line in context.furniture:
        if line.kind == "caption":
            lead = _CREDIT_START.match(context.text, line.start, line.end)
            spans.append((lead.end() if lead else line.start, line.end))
    return spans


def _someone_unnamed(tok: Token) -> bool:
    """`A spokeswoman for the ministry said`: someone new the story does not name, brought in
    as the subject of a clause by an indefinite role noun in the singular, not set beside a
    name (`a lawyer, Ana Ruiz,`) nor a title before one; the `she said` after is them. So is
    one set beside such a subject (`One of the victims, a retired nurse, told …`), and one
    brought in by a noun for a person that gives no role (`A local woman said …`, `a resident`)."""
    if tok.tag_ != "NN" or not (is_role_noun(tok) or lexicon().names_a_person(tok.lemma_.lower())):
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass") and _subject_apposed(tok) is None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i == tok.left_edge.i for c in tok.children):
        brought_in = _one_brings_in(tok) or _left_unnamed_by_its_clause(tok) or _one_who_gives_a_name(tok)
        if not (brought_in or _owned_person_speaking(tok)):
            return False
    if any(c.dep_ == "conj" for c in tok.children):
        return False
    return _apart_from_names(tok)


def _owned_person_speaking(tok: Token) -> bool:
    """`The victim's brother said the family was relieved. “…,” he told reporters`, `Her
    neighbour said`: a noun for a person that gives no role (models/person_nouns.txt), owned by
    a pronoun or a name, the subject of a verb of saying or of the sentence's main verb (`The
    victim's mother wept outside court`), brings in someone the story does not name, whom the
    `he said` after it means (not the person named last)."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.dep_ != "nsubj" or lemma not in lex.person_nouns or lemma in lex.role_nouns:
        return False
    # (`said his best friend at Lehigh, Bruce Turry`: a subject after its verb is mostly named there.)
    if not (tok.head.lemma_.lower() in lex.cue_verbs or tok.head.dep_ == "ROOT") or tok.head.i < tok.i:
        return False
    # (`his brother Alastair Osman gave an interview …. his brother added`: the one named before.)
    earlier = [t for t in tok.doc[: tok.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    if any(not _apart_from_names(t) or t.dep_ == "appos" and t.head.pos_ == "PROPN" for t in earlier):
        return False
    return any(c.dep_ == "poss" for c in tok.children)


def _left_unnamed_by_its_clause(tok: Token) -> bool:
    """`The woman's daughter, who did not want to be named, said`: a `who` clause saying the
    person goes unnamed (`asked not to be named`, `declined to be identified`, `spoke on
    condition of anonymity`) brings them in, whatever article opens the noun."""
    for clause in _who_clauses(tok):
        words = {t.lemma_.lower() for t in clause.subtree}
        if "anonymity" in words or (words & {"name", "identify"} and words & {"not", "decline", "refuse"}):
            return True
    return False


def _who_clauses(tok: Token) -> list[Token]:
    """The `who` clauses told of the person the noun ``tok`` names: its own, and one the parser
    hung on the place the noun is in, which no `who` is (`One vendor in Kayole, who asked not to
    be named,`, `A pharmacist in Caloocan, who …`); a person's name there may be who is meant."""
    places = [o for p in tok.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    places = [o for o in places if o.pos_ == "PROPN" and o.ent_type_ != "PERSON"]
    return [
        clause
        for clause in [*tok.rights, *(c for o in places for c in o.rights)]
        if clause.dep_ == "relcl" and any(c.lower_ == "who" for c in clause.children)
    ]


def _one_brings_in(tok: Token) -> bool:
    """`One` opening a sentence before a noun that names a person and no job (`One Hamburg
    resident, shoveling her driveway, said`) brings someone in as `a` does; not with an
    apposition in the phrase, nor a name outside a `who` clause told of them (`One woman
    supporting Mr. Cruz, Ana Ruiz of …,`: she is named; `One woman, who had brought her mother
    from Kisumu,` is no one named)."""
    word = tok.left_edge
    if word.lower_ != "one" or word.dep_ != "nummod" or not word.is_sent_start or is_role_noun(tok):
        return False
    # (`One Leeds commuter`: the parser may hang `One` on the place before the noun.)
    if word.head.i != tok.i and not (word.head.dep_ == "compound" and word.head.head.i == tok.i):
        return False
    told = {t.i for c in tok.rights if c.dep_ == "relcl" for t in c.subtree}
    phrase = [t for t in tok.subtree if t.i not in told]
    return not any(t.ent_type_ == "PERSON" or t.dep_ == "appos" for t in phrase)


def _one_who_gives_a_name(tok: Token) -> bool:
    """`One old fisherman in the crew, who gave his name only as Berge, said`: `One` opening a
    sentence before a job's noun brings in someone the story met when the words before the verb
    give the name the way a story gives a name it was told (``_NAME_GIVEN``); the parser may hang
    the `who` clause on the noun's place or group, so the words are read, not the parse."""
    word, verb = tok.left_edge, tok.head
    if word.lower_ != "one" or word.dep_ != "nummod" or not word.is_sent_start or verb.i < tok.i:
        return False
    return _NAME_GIVEN_AT.search(tok.doc[tok.i + 1 : verb.i].text) is not None


def _subject_apposed(tok: Token) -> Token | None:
    """`One of the victims, a retired nurse,`, `One witness, a taxi driver,`: the subject
    bringing in someone not yet met (`one`, `one <noun>`, `a <noun>`) that the role noun
    ``tok`` is set beside, or None."""
    subject = tok.head
    if tok.dep_ != "appos" or subject.dep_ not in ("nsubj", "nsubjpass") or subject.i >= tok.i:
        return None
    if subject.ent_type_ in ("PERSON", "ORG"):
        return None
    one = subject.lower_ == "one" and subject.pos_ == "NUM"
    new = any(
        (c.dep_ == "nummod" and c.lower_ == "one") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in subject.children
    )
    return subject if one or (new and subject.pos_ == "NOUN") else None


def _gender_in_its_clause(tok: Token) -> str:
    """`A shop owner, who asked not to be named to protect his business,`: the first pronoun
    of a gender in the `who` clause told of an unnamed person is theirs, so a later `she said`
    is someone else; "" when the clause has none."""
    for clause in tok.rights:
        if clause.dep_ == "relcl" and any(c.lower_ == "who" for c in clause.children):
            genders = (_CLAUSE_GENDERS[t.lower_] for t in clause.subtree if t.lower_ in _CLAUSE_GENDERS)
            return next(genders, "")
    return ""


# The personal pronouns of a gender, all their cases (closed-class English).
_CLAUSE_GENDERS = dict.fromkeys(("he", "him", "his", "himself"), "m")
_CLAUSE_GENDERS |= dict.fromkeys(("she", "her", "herself"), "f")


def _inside_a_word(tok: Token) -> bool:
    """A hyphen with no space on either side (`Co-operative`)."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _unnamed_person(article: ArticleEntities, tok: Token, subject: Token | None = None) -> Entity:
    """The unnamed person an indefinite description (`A spokeswoman for Network Rail`) brings
    in, with the role and organisation it gives and the gender its noun says; an attribution
    whose mention starts there (or at the ``subject`` it is set beside) is them."""
    holder = _person_given_name(article, tok) or named_later(article, tok)
    if holder is not None:
        article.description_at[tok.left_edge.idx] = holder
        if subject is not None:
            article.description_at[subject.left_edge.idx] = holder
        return holder
    doc = article.doc
    head_words = [t for t in tok.subtree if t.i <= tok.i and not t.is_space]
    words = list(head_words)
    for child in tok.rights:
        # (`for Network Rail`, `at the university`: the body they speak for or work at.)
        if child.dep_ == "prep" and child.lower_ in ORG_PREPS:
            tail = [t for t in child.subtree if not t.is_space]
            # (`for Oakfield Care Group, which ran the home,`: the body, not the clause on it; a
            # hyphen inside a word, `the Co-operative Group`, cuts nothing.)
            # (`of a shop that …`: the relative word opens the clause too.)
            cut = next(
                (
                    n
                    for n, t in enumerate(tail)
                    if (t.is_punct and not _inside_a_word(t)) or t.dep_ in ("relcl", "acl")
                    or (t.head.dep_ == "relcl" and t.head.i > t.i and t.lower_ in ("that", "which", "who"))
                ),
                len(tail),
            )
            tail = tail[:cut] if cut <= 7 else _without_the_place_it_is_in(tail[:cut])
            # (`for the Department of Foreign Affairs and Trade`: a body's tagged name, however long;
            # `for the Lenton and District Chamber of Commerce`, a place tagged inside it, too.)
            named = len(tail) > 1 and all(t.ent_type_ == "ORG" for t in tail[1:] if t.lower_ != "the")
            if 1 < len(tail) <= 7 or ((named or _a_bodys_long_name(tail)) and len(tail) <= 12):
                words += tail
        break
    role, organization = article.describer.role_of(words)
    if not is_role_noun(tok):
        role, organization = "", ""  # (`A local woman`: a person, in no post and at no body.)
    label = text_of(doc, head_words)
    entity = article.description(label, role, article.orgs.canonical_org(organization), tok.left_edge.idx)
    entity.gender = entity.gender or lexicon().noun_genders.get(tok.lemma_.lower(), "")
    entity.gender = entity.gender or _gender_in_its_clause(tok)
    article.description_at[tok.left_edge.idx] = entity
    if subject is not None:
        article.description_at[subject.left_edge.idx] = entity
        entity.newly_met = True
    # `A nurse who has worked on the ward for 20 years said …`: someone the story stops to
    # tell of is someone it has met, not an official passing through.
    entity.newly_met |= any(c.dep_ in ("relcl", "acl") for c in tok.children) or bool(_who_clauses(tok))
    return entity


def _a_bodys_long_name(tail: list[Token]) -> bool:
    """Whether the words after a description's preposition, longer than a tail is let run to,
    are one body's name all the same (`for the Lenton and District Chamber of Commerce`, `from
    the office of the Auditor-General of South Africa`): words in capitals, the small words a name
    holds, hyphens, a body's nouns in small letters and the field before one, and a union's
    `local` (its branch), whatever the tagger called the words; not a clause (`to how you should
    think about it`)."""
    nouns = lexicon().organization_nouns

    def of_a_name(t: Token) -> bool:
        local = t.lower_ == "local" and t.i > 0 and t.doc[t.i - 1].lower_ == "union"
        # (`the Lenton Borough Council housing department`: the field a body's unit works in.)
        field = t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.lemma_.lower() in nouns
        small = t.lower_ in NAME_SMALL_WORDS or t.tag_ == "HYPH" or t.lemma_.lower() in nouns
        return capitalised(t.text) or small or local or field

    words = tail[1:]
    return any(capitalised(t.text) for t in words) and all(of_a_name(t) for t in words)


def _without_the_place_it_is_in(tail: list[Token]) -> list[Token]:
    """A description's tail cut before the place its body is in (`for the Food Workers union
    local in Dayton`: the union's branch there; the place is no word of the body's name), when
    the place closes the tail: tagged one there or where the story writes it elsewhere (`Dayton,
    Ohio`, then `in Dayton` tagged a body)."""
    for n in range(2, len(tail) - 1):
        place = [t for t in tail[n + 1 :] if t.lower_ != "the"]
        if tail[n].lower_ == "in" and place and _tagged_a_place(place):
            return tail[:n]
    return tail


def _tagged_a_place(words: list[Token]) -> bool:
    """Whether ``words`` are tagged a place, here or where the story writes them elsewhere."""
    if all(t.ent_type_ in ("GPE", "LOC") for t in words):
        return True
    doc, text = words[0].doc, " ".join(t.text for t in words)
    return any(e.label_ in ("GPE", "LOC") and e.text == text for e in doc.ents)


def _describe_people(describer: Describer, person_at: dict[int, Entity], found: list[NameMention]) -> None:
    """Each person's descriptors, from the mentions of their name in the story."""
    for mention in found:
        if not mention.body and not mention.quoted:
            continue
        person = person_at[mention.at]
        if mention.quoted:
            # A speaker's words can give a title (`I met with FBI Director James Comey`), when
            # they name the person in full: `Captain Khan` may be another of the name.
            if len(mention.name.core) < 2:
                continue
            titles = title_before(describer, mention.name.start)
            said = [Descriptor(mention.at, r, o, "title") for r, o in titles]
        else:
            said = describer.describe(mention.name.start, mention.name.end)
            said += _force_of_a_rank_written_short(describer, mention, said)
            said = _side_of_a_job_in_the_lede(describer, mention, said)
        for d in said:
            if not any((x.role, x.organization) == (d.role, d.organization) for x in person.descriptors):
                person.descriptors.append(d)


def _side_of_a_job_in_the_lede(
    describer: Describer, mention: NameMention, said: list[Descriptor]
) -> list[Descriptor]:
    """`Brisbane Roar have sacked head coach Tom Hale …`: a side's job (models/team_jobs.txt) with
    no body, right before a name in the lede's first sentence, is held in the side that sentence
    opens on (``_lede_side``), which acts on its holder; not a job the name holds `as` (`named
    Tom Hale as captain`). So is a job any body has that a side's staff hold too (`…, with
    assistant Sam Lee to take charge`), the sentence having tied the side by a side's own job."""
    context = describer.context
    if not said or any(d.organization for d in said):
        return said
    side = context.memo(("lede side",), lambda: _lede_side(context))
    subject = _lede_opening_subject(context) if side is not None else None
    doc, start = context.doc, mention.name.start
    if side is None or subject is None or doc[start].sent != subject.sent or mention.at < side.mentions[0]:
        return said
    lex = lexicon()
    job = doc[start - 1] if start > 0 else None
    # (`Kestrel Vale conceded a late goal from midfielder X`: a player scoring against the side.)
    if job is None or not job.is_lower or _held_as(job) or scored_against_the_subject(doc, start):
        return said
    if job.lemma_.lower() not in lex.team_jobs and job.lemma_.lower() not in lex.side_staff:
        return said
    return [replace(d, organization=side.name()) if d.role.split()[-1:] == [job.text] else d for d in said]


def _force_of_a_rank_written_short(
    describer: Describer, mention: NameMention, said: list[Descriptor]
) -> list[Descriptor]:
    """`West Midlands Police said …` | `Det Insp Sarah Khan said`: a police rank written short
    before a name gives no role (ROLES.md 4: abbreviated titles are none), but ties its holder to
    the one force the story names in the paragraph or the one before, as the rank in full does."""
    # (Where the article gives a role, the role's own rules say which body, if any.)
    if any(d.organization or d.role for d in said):
        return []
    if not _abbreviated_titles(describer.doc, mention.name.start) & lexicon().police_ranks:
        return []
    forces = forces_named_near(describer, mention.at)
    return [Descriptor(mention.at, "", forces.popitem()[1], "title")] if len(forces) == 1 else []


def _known_body(orgs: list[Entity], name: str, tokens: tuple[str, ...], at: int = -1) -> Entity | None:
    """The body of ``orgs`` (longest names first) that ``name``, at char ``at``, names again,
    if any."""
    # (`Makerere University` is not the `Makerere University Academic Staff Association`: a
    # name ending in a body's noun that the longer name only qualifies is another body.)
    # (`the House` after `the Lagos State House of Assembly`: not `House Committee on Budget`,
    # where the word only modifies another body's noun.)
    headed = [o for o in orgs if len(tokens) == 1 and _headed_by(o.key, tokens[0])]
    org = next(
        (
            o
            for o in orgs
            if o.key[: len(tokens)] == tokens
            and not _qualifies_another(o.key, tokens)
            and not (headed and len(o.key) > 1 and o.key[1] in lexicon().organization_nouns)
        ),
        None,
    )
    if org is None:
        # `SEC` after `Securities and Exchange Commission`: an acronym of a name given.
        fits = _bodies_abbreviated_by(name, orgs)
        org = fits[0] if len(fits) == 1 else None
    if org is None and len(tokens) == 1:
        # `the Post` after `The Washington Post`, `the Commission` after `the European
        # Commission`: the last word of one body's name, when it ends no other's. (Not before
        # the article has given that name: `House Speaker X` … `the White House`.)
        fits = [o for o in orgs if len(o.key) > 1 and o.key[-1] == tokens[0]]
        org = fits[0] if len(fits) == 1 and min(fits[0].mentions) < at else None
    if org is None and len(headed) == 1 and (tokens[0] in lexicon().organization_nouns or capitalised(name)):
        # `the Chamber` after `the U.S. Chamber of Commerce`: the head of one body's name.
        org = headed[0]
    return org


def _learn_gender(
    people: Salience[Entity], char: int, sentence: int, person: Entity, gender: str, speaks: bool
) -> None:
    """`Obama left for Germany, where he …`: a subject pronoun says what no name or title did
    of ``person``'s gender, when no one else of that gender was as prominent."""
    if person.gender and not person.gender_guessed:
        return
    # (`Sarah Whitfield said he had …`: only a pronoun that speaks overrules the given name's
    # gender, not one in what the person said, who is as often someone else.)
    if person.gender and person.gender != gender and not speaks:
        return
    scores = people.scores(char, sentence)
    rivals = [w for w, p in scores.values() if p is not person and p.gender == gender]
    mine = scores[id(person)][0] if id(person) in scores else 0.0
    if not rivals or mine > 2 * max(rivals):
        person.gender = gender
        person.gender_guessed = False


def _entity_for(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """The article's entity a mention stands for: by the mention's kind."""
    if m.refers is not None:
        return _entity_for(doc, article, m.refers)
    text = article.text[m.start : m.end]
    if m.kind == "pronoun":
        return article.pronoun(m.start)
    titled = _titled_person(doc, article, m) or name_before_verb(article, m)
    titled = titled or _styled_holder(doc, article, m)
    if titled is not None:
        return titled
    abbreviated = _initialism_holder(article, text, m.start)
    if abbreviated is not None:
        return abbreviated
    if m.kind in ("person", "organization", "name") and _title_alone(doc, article, m):
        # `the Premier said`, tagged a body or a person: the one the article gives that office,
        # else someone unnamed in it (like `the minister`).
        return _described_entity(doc, article, m, text)
    if m.kind == "person":
        # `The company, Kvaerner Govan, said`: a name tagged a person that the article shows
        # to be a body is that body.
        body = article.orgs.organization_named(m.start)
        if body is not None and m.start not in article.person_at:
            return body
        person = article.person_named(text, m.start)
        if person is not None:
            return _body_by_its_first_word(article, person) or person
    if m.kind == "organization":
        return _organization_entity(doc, article, m, text)
    if m.kind == "description":
        # (`Prisoner: “…”`, the label tagged a person: the one charged, not a person `Prisoner`.)
        charged = _the_one_charged(doc, article, m) or _the_witness_called(doc, article, m)
        charged = charged or _officer_by_collar_number(doc, article, m, text)
        charged = charged or _person_named_whole(doc, article, m)
        return charged or _described_entity(doc, article, m, text)
    return _entity_of_a_name_unplaced(doc, article, m, text)


def _entity_of_a_name_unplaced(doc: Doc, article: ArticleEntities, m: Mention, text: str) -> Entity:
    """The article's entity a name (``text``) stands for that ``_entity_for`` did not place by
    its kind (a proper name of no kind, or one tagged a person that no person of the article is
    named by): the one holder of an office it names, a body it spells out or ends the name of,
    a person it names, a body that speaks as itself, else a description of it."""
    holder = _only_holder(doc, article, m, text)
    if holder is not None:
        return holder
    body = article.orgs.spelled_out(text)
    if body is None and len(name_key(text)) == 1:
        # `the trade union Unite said`: one word the article reads as a body where it stands.
        body = article.orgs.organization_named(m.start)
    if body is not None:
        return body  # `MOM said`, after `the Ministry of Manpower (MOM)`
    if article.orgs.organization_ending(text) is not None:
        # `Minera Cerro Pardo said`, where the article also writes `Cerro Pardo` as a body.
        return _described_body(article, text, "", m.start)
    person = article.person_named(text, m.start)
    if person is not None:
        return person
    name = _strip_leading_the(text.strip())
    if names_a_body(name_key(name)):
        # `Lakeside Water Board said`, left untagged: a body speaks as itself.
        return _described_body(article, text.strip(), name, m.start)
    title = _title_with_its_the(article, m)
    if title:
        return _described_body(article, title, "", m.start)
    return article.description(text, "", "", m.start)


def _title_with_its_the(article: ArticleEntities, m: Mention) -> str:
    """`according to The Standard`, `"…," The Blaze reported`: a name in capitals the tagger
    did not read as a person's, after `The` in capitals inside a sentence, is a title (a
    newspaper's, a website's) that keeps its article; the body speaks as itself by that whole
    name (ROLES.md 2). "" otherwise (`The` opening a sentence says nothing)."""
    doc = article.doc
    first, last = _tokens_of(article, m)
    if first == 0 or last <= first:
        return ""
    the = doc[first - 1]
    if the.text != "The" or the.is_sent_start or not article.outside[the.i]:
        return ""
    if not all(capitalised(t.text) for t in doc[first:last]):
        return ""
    return article.text[the.idx : m.end].strip()


def _person_named_whole(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`said Choi Young-sook`, read as a description (its head `sook` a noun): a mention whose
    words are all one person's name there is that person."""
    person = article.person_at.get(m.start)
    if person is None or person.kind != "person":
        return None
    for mention in person.people:
        if mention.at == m.start and doc[mention.name.end - 1].idx + len(doc[mention.name.end - 1]) == m.end:
            return person
    return None


def _words_of_people(article: ArticleEntities) -> frozenset[str]:
    """The words of the article's people's names, lower case, but for a body's short name the
    tagger took for a person's (`Meta said`, in a story about `Meta Platforms`: `Meta's
    president` works for a body)."""
    return frozenset(
        w
        for p in article.people()
        if _body_by_its_first_word(article, p) is None
        for m in p.people
        for w in m.name.core
    )


def _body_by_its_first_word(article: ArticleEntities, person: Entity) -> Entity | None:
    """`Halvorsen said in a statement`, in a story about `Halvorsen Foods`: a word tagged a
    person that the article never gives a fuller name, title, gender or role, and that opens
    the name of one of its organisations, is that organisation called short (`Meta` for `Meta
    Platforms`, though Meta is a given name too)."""
    words = {m.name.core for m in person.people}
    if len(words) != 1 or len(next(iter(words))) != 1 or person.titled or person.gender:
        return None
    word = next(iter(words))[0]
    if any(d.role for d in person.descriptors):
        return None
    # (A headline in capitals the tagger made a body, `Kerr Fumes At Referee`, names none.)
    context = article.context
    bodies = [
        o
        for o in article.organizations
        if len(o.key) >= 2 and o.key[0] == word and not all(in_page_furniture(context, c) for c in o.mentions)
    ]
    return bodies[0] if len(bodies) == 1 else None


def names_a_body(key: tuple[str, ...]) -> bool:
    """Whether a name's words (small letters) are a body's (`regional transport authority`),
    not a person's: a word past the first is an organisation's noun, and the first is no
    given name (`Margaret Court` is a person); or the last closes a company's name by its trade
    (`Severn Trent Water`)."""
    lex = lexicon()
    nouns = lex.organization_nouns
    traded = len(key) >= 2 and key[-1] in lex.trade_name_words
    return len(key) >= 2 and key[0] not in lex.first_names and (traded or any(w in nouns for w in key[1:]))


def name_before_verb(article: ArticleEntities, m: Mention) -> Entity | None:
    """`Brenner accused management of “…”`, parsed as one noun phrase: a name holds no verb.
    A mention opening on words in capitals and running on into a verb in small letters is the
    person those words name."""
    doc = article.doc
    first, last = _tokens_of(article, m)
    verb = next((t.i for t in doc[first:last] if t.tag_ in ("VBD", "VBN", "VBZ") and t.is_lower), first)
    if verb == first or not all(t.is_title for t in doc[first:verb]):
        return None
    return article.person_named(doc[first:verb].text, m.start)


def _described_body(article: ArticleEntities, label: str, organization: str, at: int) -> Entity:
    """The body the article calls ``label`` (`Cole campaign`, `Rand's office`, `Minera Cerro
    Pardo`) with no entity among the organisations read: an unnamed speaker's entity, made a
    body here rather than by each look-up that found it."""
    entity = article.description(label, "", organization, at)
    entity.kind = "organization"
    return entity


def _campaign_named(doc: Doc, article: ArticleEntities, m: Mention) -> str:
    """`Her campaign said`, `the campaign said`: `<Surname> campaign` (ROLES.md), for the person
    the pronoun stands for, or the one person whose campaign the story names; else ""."""
    if m.head < 0 or doc[m.head].lemma_.lower() != "campaign" or doc[m.head].tag_ != "NN":
        return ""
    head = doc[m.head]
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return article.campaign_of(owner.idx) if owner.pos_ == "PRON" else ""
    return article.organization_name_for("campaign", head.idx)


def _organization_entity(doc: Doc, article: ArticleEntities, m: Mention, text: str) -> Entity:
    """The body (or, mistagged, the person) an organisation mention stands for."""
    person = article.person_at.get(m.start)
    own_body = _persons_body(doc, article, m, person)
    if own_body is not None:
        return own_body
    if person is not None:
        return person
    # `Commentary’s Noah Rothman said`, the whole tagged a body: the person after the owner.
    first, last = _tokens_of(article, m)
    for k in range(first, min(last, len(doc)) - 1):
        if doc[k].text in POSSESSIVES and doc[k + 1].idx in article.person_at:
            return article.person_at[doc[k + 1].idx]
    # `Tasmania Police Senior Constable Erin Blake said`, the whole tagged a body: the person
    # whose name ends it.
    for k in range(first + 1, min(last, len(doc))):
        person = article.person_at.get(doc[k].idx)
        if person is not None and all(t.pos_ == "PROPN" and t.is_title for t in doc[k:last]):
            return person
    staff = _staff_after_body(doc, article, m, last) or _holder_of_its_office(doc, article, first, last)
    if staff is not None:
        return staff
    nouns = lexicon().organization_nouns
    if 0 < last < len(doc) and doc[last - 1].is_lower and doc[last - 1].lower_ in nouns:
        # `Civic group People's Solidarity for Participatory Democracy called`, parsed as two
        # subjects: the name after the body's noun is who speaks.
        after = article.orgs.organization_named(doc[last].idx)
        if after is not None:
            return after
    called = _person_by_first_word(article, text)
    if called is not None:
        return called
    org = _organization_of(doc, article, m)
    if org is not None:
        return org
    campaign = _campaign_named(doc, article, m)
    if campaign:
        return _described_body(article, campaign, campaign, m.start)
    name = _strip_leading_the(text)
    for suffix in POSSESSIVES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    spelled = article.orgs.spelled_out(name)
    if spelled is not None:
        return spelled
    fielded = _body_named_for_its_field(article, doc[m.head]) if m.head >= 0 else None
    if fielded is not None:
        return fielded
    named = m.head >= 0 and doc[m.head].ent_type_ == "ORG"
    if not named and m.head >= 0:
        # `Nigeria's central bank held rates … The bank said` (or `The central bank said`): the
        # fuller words the article first gave the body.
        name = _first_fuller_description(article, doc[m.head], name) or name
    return _described_body(article, name, name if named else "", m.start)


def _body_named_for_its_field(article: ArticleEntities, head: Token) -> Entity | None:
    """`The UN's weather agency warned …`, then `World Meteorological Organization (WMO)
    spokeswoman X`: a body wire copy describes by its owner's name and its field in small letters
    before a body's noun (`the UN's weather agency`, `the UN health agency`, `Japan's nuclear
    watchdog`) is the one body the article names whose name writes each field word, as it is or
    as a body's name writes it (models/field_forms.txt: `weather` → `meteorological`). None
    when no owner in capitals says it is one named body, or when none or several fit."""
    if not head.is_lower or head.lemma_.lower() not in lexicon().organization_nouns:
        return None
    lefts = list(head.lefts)
    fields = [c for c in lefts if c.dep_ in ("compound", "amod") and c.is_lower and c.pos_ in ("NOUN", "ADJ")]
    owners = [c for c in lefts if c.dep_ in ("poss", "compound") and c.ent_type_ in ("ORG", "GPE")]
    if not fields or not owners:
        return None
    # (`Japan's nuclear watchdog` is no `International Atomic Energy Agency`: a country's body
    # holds its name; a body's, `the UN's`, may be named anything.)
    words = [f.lower_ for f in fields] + [o.lower_ for o in owners if o.ent_type_ == "GPE"]
    forms = field_forms()

    def writes(key: tuple[str, ...], word: str) -> bool:
        return word in key or bool(forms.get(word, frozenset()) & set(key))

    fits = [o for o in article.organizations if len(o.key) >= 2 and all(writes(o.key, w) for w in words)]
    return fits[0] if len(fits) == 1 else None


def _person_by_first_word(article: ArticleEntities, text: str) -> Entity | None:
    """`Tuilagi said`, tagged a body, after `Tuilagi Fa'amausili Leota`; `Lam said` after `Lam
    Sai-hung`: one word in capitals that opens the name of one person, of two words or more,
    is that person (a Samoan chief's title, a family name written first)."""
    word = text.strip()
    if " " in word or not word.istitle() or not word.isalpha():
        return None
    fits = [p for p in article.people() if len(p.key) >= 2 and p.key[0] == word.lower()]
    return fits[0] if len(fits) == 1 else None


# A person's own body that speaks for them: `Rand's office said`, `Cole's campaign said`.
_PERSONS_BODIES = frozenset({"office", "campaign", "camp", "administration"})


def _persons_body(doc: Doc, article: ArticleEntities, m: Mention, person: Entity | None) -> Entity | None:
    """`Rand's office said`, `Cole's campaign said`: the person's office or campaign speaks,
    not the person (ROLES.md: `<Surname> campaign`; the office by the person's full name)."""
    if person is None or person.kind != "person" or m.head < 0:
        return None
    head = doc[m.head]
    noun = head.lemma_.lower()
    if noun not in _PERSONS_BODIES or head.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in head.children):
        return None
    if noun == "office":
        name = f"{person.name()}'s office"
    else:
        name = f"{surname_of(person.name())} {'campaign' if noun == 'camp' else noun}"
    return _described_body(article, name, name, m.start)


def _staff_after_body(doc: Doc, article: ArticleEntities, m: Mention, end: int) -> Entity | None:
    """`Royal College of Nursing general secretary Pat Cullen said`, `A Department of Health
    spokesperson said`, the body alone given as the mention: the person its title in small
    letters runs on to, or someone unnamed in that job (with the body as organisation)."""
    # (`The Confederation of Zimbabwe Industries (CZI) president, X,`: past the short form.)
    if bracketed_word(doc, end + 1) and doc[end + 1].text[:1].isupper():
        end += 3
    j = end
    while (
        j < len(doc)
        and j - end < 5
        and article.outside[j]
        and doc[j].is_lower
        and doc[j].pos_ in ("NOUN", "ADJ")
    ):
        j += 1
    if j == end or not is_role_noun(doc[j - 1]):
        return None
    # (`The Department of Energy spokesman, Tom Reid, said`: the name set beside the title.)
    named = j + 1 if j + 1 < len(doc) and doc[j].text == "," else j
    person = _person_past_titles(article, named)
    if person is not None:
        return person
    first, _ = _tokens_of(article, m)
    det = first if doc[first].lower_ in ("a", "an") else first - 1
    if det < 0 or doc[det].lower_ not in ("a", "an") or (j < len(doc) and doc[j].pos_ == "PROPN"):
        return None
    role = text_of(doc, list(doc[end:j]))
    body = article.orgs.canonical_org(_strip_leading_the(article.text[m.start : m.end]))
    return article.description(text_of(doc, list(doc[det:j])), role, body, doc[det].idx)


def _holder_of_its_office(doc: Doc, article: ArticleEntities, first: int, last: int) -> Entity | None:
    """`The General Secretary of the Ghana Cocoa Farmers Association, Musa Bello, said`, parsed
    with the body the subject and the name its apposition: the person set off by commas after a
    body that an office's `of` opens is the office's holder, who speaks."""
    k = first - 1
    k = k - 1 if k >= 0 and doc[k].lower_ == "the" else k
    if k < 1 or doc[k].lower_ != "of" or not is_role_noun(doc[k - 1]):
        return None
    if last + 1 >= len(doc) or doc[last].text != ",":
        return None
    return _person_past_titles(article, last + 1)


def _person_past_titles(article: ArticleEntities, i: int) -> Entity | None:
    """The person named at token ``i``, or after a few words in capitals before the name
    (`Navy Capt.`, `Lt. Gen.` in `Pentagon spokesman Navy Capt. Jeff Moss`)."""
    doc = article.doc
    for k in range(i, min(i + 4, len(doc))):
        person = article.person_at.get(doc[k].idx)
        if person is not None or not (capitalised(doc[k].text) and article.outside[k]):
            return person
    return None


def _first_fuller_description(article: ArticleEntities, head: Token, name: str) -> str:
    """The first words before ``head`` outside quotes that name the same kind of body with
    more to say and end in ``name`` (`Nigeria's central bank` for `the bank` or `the central
    bank`), or ""."""
    doc = article.doc
    orth = article.context.columns.orth

    def words_of(text: str) -> str:
        return " " + " ".join(text.lower().split())

    ending = words_of(name)
    for i in range(head.i):
        # (`Japan's finance ministry`, `ministry` tagged a proper noun in small letters: a noun.)
        noun = doc[i].pos_ == "NOUN" or (doc[i].pos_ == "PROPN" and doc[i].is_lower)
        if orth[i] != head.orth or not article.outside[i] or not noun:
            continue
        tok = doc[i]
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if not mods:
            continue
        words = strip_det(list(doc[mods[0].left_edge.i : i + 1]))
        # (`the Serie A club` says which league the club plays in; no fuller name of the club.)
        fuller = text_of(doc, words)
        ends = words_of(fuller).endswith(ending)
        if words and ends and all(article.outside[t.i] for t in words) and not _competition(words[:-1]):
            return fuller
    return ""


def _described_entity(doc: Doc, article: ArticleEntities, m: Mention, text: str) -> Entity:
    """Who a description (`a campaign spokesman`, `the mayor`) stands for."""
    named = _apposed_person(doc, article, m)
    # (`said the hon. member for Bath, Mr. Tite`: the name set beside it, not the one last the
    # subject of a clause, as `the hon. member` alone is.)
    member = _member_antecedent(doc, article, m) if named is None else None
    if member is not None:
        return member
    described = article.description_at.get(m.start)
    if described is not None:
        return described
    if named is None and m.head >= 0:
        named = _person_given_name(article, doc[m.head])
    if named is not None:
        return named
    # `Price said`, with `Price` read as a common noun: a word in capitals that is the
    # surname of someone the article names is that person.
    if capitalised(text) and " " not in text:
        person = article.person_named(text, m.start)
        if person is not None:
            return person
    # `Trump at the time said`, with `Trump` read as a noun heading the words after it.
    if m.head >= 0 and doc[m.head].idx == m.start and doc[m.head].is_title:
        person = article.person_named(doc[m.head].text, m.start)
        if person is not None:
            return person
    later = named_later(article, doc[m.head]) if m.head >= 0 else None
    holder = _only_holder(doc, article, m, text) or later
    if holder is not None:
        return holder
    group = _named_pair(doc, article, m) or _bench_named(doc, article, m)
    if group is not None:
        return group
    first, last = _tokens_of(article, m)
    role, organization = article.describer.role_of(list(doc[first:last]))
    # `a campaign spokesman` has a role; `the woman`, `the letter`, `critics` have none
    # (though `the Associated Press report` has the body that issued it).
    if not is_role_noun(doc[m.head]):
        role = ""
        organization = document_body(article, doc[m.head], organization)
    elif not role:
        toks = strip_det([t for t in doc[doc[m.head].left_edge.i : m.head + 1] if t.idx >= m.start])
        # (`one member described it as …`: a member of nothing named holds no post.)
        role = "" if bare_member(toks) else text_of(doc, toks) if toks else text
    return article.description(text, role, article.orgs.canonical_org(organization), m.start)


# The nouns a court report calls the one charged by (English usage), and the verbs that charge.
_CHARGED_NOUNS = frozenset({"accused", "defendant", "prisoner"})
_CHARGING_VERBS = frozenset({"charge", "accuse", "summon", "indict", "arraign", "prosecute"})


def _officer_by_collar_number(doc: Doc, article: ArticleEntities, m: Mention, text: str) -> Entity | None:
    """`Sergeant 14 B said`, `said Police-constable 212 K.` (tokens.officer_by_collar_number): an
    unnamed officer whose role is the rank alone, not its number, and no body."""
    officer = officer_by_collar_number(doc[m.head]) if m.head >= 0 else None
    if officer is None:
        return None
    first, rank, _ = officer
    return article.description(text, article.text[first.idx : rank.idx + len(rank)], "", m.start)


def _the_one_charged(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`Thomas Baker was charged with drunkenness. … Accused: “I had only two glasses.”`, `said
    the prisoner`: the accused, the defendant or the prisoner of a court report is the one
    person it says was charged (summoned, indicted) before the words, the passive's subject."""
    if m.head < 0 or doc[m.head].lower_ not in _CHARGED_NOUNS:
        return None
    charged: set[int] = set()
    found = None
    for verb in doc[: m.head]:
        if verb.lemma_.lower() not in _CHARGING_VERBS or verb.tag_ != "VBN":
            continue
        # (`Baker and Moffat were charged`: each of those joined to the subject is charged too.)
        for subject in (s for c in verb.children if c.dep_ == "nsubjpass" for s in (c, *c.conjuncts)):
            ent = entity_at(doc, subject)
            person = article.person_at.get(ent.start_char) if ent is not None else None
            if person is not None:
                charged.add(id(person))
                found = person
    return found if len(charged) == 1 else None


# Verbs in the passive a court or an inquest report brings a witness in by (`was called`, `was
# sworn`); the active verbs of giving evidence are models/evidence_verbs.txt.
_CALLING_VERBS = frozenset({"call", "recall", "swear", "examine"})


def _the_witness_called(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`John Evans, fireman, was called. …. Witness : I did, sir.`: an inquest's or a court's
    `Witness` label, the noun alone, is the person the report last called, swore or had give
    evidence before the turn (the passive's subject, or the subject of `deposed`); a report
    calls its witnesses one after another, so each label is the last one's."""
    if m.head < 0 or doc[m.head].lower_ != "witness" or any(c.dep_ == "det" for c in doc[m.head].children):
        return None
    evidence = lexicon().evidence_verbs
    found = None
    for verb in doc[: m.head]:
        lemma = verb.lemma_.lower()
        if lemma in _CALLING_VERBS and verb.tag_ == "VBN":
            deps: tuple[str, ...] = ("nsubjpass",)
        elif lemma in evidence:
            deps = ("nsubj",)
        else:
            continue
        for subject in (c for c in verb.children if c.dep_ in deps):
            ent = entity_at(doc, subject)
            person = article.person_at.get(ent.start_char) if ent is not None else None
            found = person or found
    return found


def _member_antecedent(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`Perry said … “…,” the Texan said`, `the Wisconsin Republican`: `the` and a party's or a
    people's name in the singular stand for the person the story last made the subject of a
    clause, in this paragraph or the one before, outside quotes and page furniture (`a
    Texan`, `one Republican` are someone new)."""
    if m.head < 0:
        return None
    first, _ = _tokens_of(article, m)
    if doc[first].lower_ != "the" and first > 0 and doc[first - 1].lower_ == "the":
        first -= 1  # (`the Conservative MP`, the tagger's span opening after `the`)
    if doc[first].lower_ != "the":
        return None
    member = names_one_member(doc[m.head]) or _courtesy_epithet(doc[first : _tokens_of(article, m)[1]])
    if not (member or _job_of_someone_named(article, doc[first : m.head + 1])):
        return None
    near = previous_paragraph_start(article.text, m.start)
    context = article.context
    before = [
        p
        for char, p, i in article.person_mentions
        if near <= char < m.start
        and p.kind == "person"
        and article.outside[i]
        and not context.in_furniture(char)
        and (_is_subject(doc[i]) if member else _what_a_sentence_is_about(doc[i]))
    ]
    return before[-1] if before else None


def _courtesy_epithet(words: Span) -> bool:
    """`the hon. member`, `the rev. gentleman`, `the hon. and gallant member for Hull`: a noun of
    parliamentary and archive reporting after its words of courtesy (models/courtesy_epithets.txt),
    which stands for someone the story has just named, as a party's member does."""
    lex = lexicon()
    courteous = False
    for t in words[1:]:
        if courteous and t.lower_ in lex.courtesy_nouns:
            return True
        courteous = courteous or t.lower_ in lex.courtesy_words
    return False


def _what_a_sentence_is_about(tok: Token) -> bool:
    """Whether the name ``tok`` is the subject of its sentence's main verb, or set beside it
    (`The Greens' spokesman, Max Chandler-Mather, said`); not the subject of a clause inside
    (`Rubio is launching his campaign in Florida, where Trump sits ahead.`)."""
    head = head_after(tok, ("compound", "flat", "amod", "det"))
    if head.dep_ == "appos":
        # (`A resident of Lokoja, Mrs Funke Adeyemi, said`: the parser may hang the name on the
        # place after a person's noun; the noun holds the name's place, as for salience.)
        head = phrase_head(head, ("appos",))
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"


def _job_of_someone_named(article: ArticleEntities, words: Span) -> bool:
    """`Exeter boss Gary Tennant was less impressed. “…,” the former Wales midfielder said`;
    `Shadow health secretary Ann Cole ... The Conservative MP for Louth said`: `the former` and
    a job, or `the`, a party or seat and a member's job, where no one in the article is given
    that job, or `the` and a position on a team (models/sports_positions.txt), or `the`, an age
    and a noun (`the 31-year-old opener`), or `the`, a people's name and a job (`the Kenyan
    tactician`), is an epithet for someone the story has just named, as sport, feature and
    political writing use it (`a former minister`, `a Labour MP` are someone new)."""
    head = words[-1]
    lex = lexicon()
    job = _hyphenated_lemma(head)
    # (`the out-half said`, `the 31-year-old opener said`: any words before a position, any
    # noun after an age the story gave.)
    # (`the former opener said`: a position that is an everyday word too, held before, is a player's.)
    former = any(t.lower_ == "former" for t in words[1:-1]) or _held_no_more(head)
    # (`the Stormers pivot said`: so is one after a side's name in capitals, not a body's noun,
    # `the Reagan center`.)
    sided = len(words) > 2 and all(t.pos_ == "PROPN" and capitalised(t.text) for t in words[1:-1])
    sided = sided and job not in lex.organization_nouns
    position = job in lex.sports_positions or ((former or sided) and job in lex.title_positions)
    aged = head.pos_ == "NOUN" and any(is_age_description(t) for t in words[1:-1])
    if not (is_role_noun(head) or position or aged):
        return False
    # (`the Republican nominee` is seldom the last subject: a party's candidate is known by
    # the office sought; a member's party or seat is, and is often untagged. A people's name
    # is, before a job held for no place: `the Kenyan tactician`.)
    member = head.lower_ in lex.seat_holders
    side = job in lex.candidacy_nouns | lex.political_trades | lex.place_offices
    # (`the ODM leader said`, `the SNP leader`: a party's short form in capitals before `leader`
    # is its member's side, as `the Labour leader` is, whose party the tagger calls a people.)
    party = head.lower_ == "leader"
    if not (
        position
        or aged
        or former
        or any(
            (member and t.is_title)
            or (t.ent_type_ == "NORP" and not side)
            or (party and t.ent_type_ == "ORG" and t.is_upper and len(t) >= 2)
            for t in words[1:-1]
        )
    ):
        return False
    if former:
        return _past_holder_unknown(article, job)
    return article.only_holder_of(job) is None and article.only_holder_of(head.lemma_.lower()) is None


def _past_holder_unknown(article: ArticleEntities, job: str) -> bool:
    """Whether `the former <job>` is an epithet for the story's last subject: so when nobody is
    given the job as past (`Ana Ruiz, a former health minister`: her) and, for a job that is no
    office of public life, whoever the story gives the job now is not the one who held it
    (`Fast bowler X … Pakistan coach Y admitted … “…,” the former Australia fast bowler told
    reporters`: Y). An office's title is kept for life (`President Bush`, `Secretary Clinton`),
    so who is given it may yet be its former holder."""
    if _past_holders(article, job):
        return False
    return not _public_office(job) or article.only_holder_of(job) is None


def _public_office(job: str) -> bool:
    """Whether ``job`` is an office of public life (models/offices.txt), whose title news keeps
    for its holder after it is left."""
    lex = lexicon()
    return job in lex.place_offices | lex.seat_holders | lex.candidacy_nouns or job in _LIFELONG_TITLES


# Offices news titles a person by after they leave them (`Secretary Clinton`), beside those of
# models/offices.txt (English usage).
_LIFELONG_TITLES = frozenset({"secretary", "chancellor", "premier", "speaker", "judge", "general"})


def _past_holders(article: ArticleEntities, job: str) -> list[Entity]:
    """The people the article gives ``job`` (or a noun of its family) as one held before
    (`Ana Ruiz, a former health minister`)."""
    same = _same_job(job)
    # (Not one a description gave: `the former minister said` itself.)
    given = [(p, d) for p in article.people() for d in p.descriptors if d.source != "description"]
    # (`an ex-minister`: the job after the hyphen.)
    heads = [(p, role_head(d.role.lower().removeprefix("ex-"))) for p, d in given if held_before(d.role)]
    return list({id(p): p for p, job_held in heads if job_held in same}.values())


def _apposed_person(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`The family's lawyer, Ana Ruiz, said`: a description set beside a person's name is that
    person."""
    if m.head < 0:
        return None
    head = doc[m.head]
    # (`his best friend at Purdue, Bruce Hale,`: the parser may hang the name on the body.)
    bodies = [o for p in head.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    bodies = [o for o in bodies if o.ent_type_ != "PERSON" and o.pos_ == "PROPN"]
    first, end = _tokens_of(article, m)
    for child in [*head.rights, *(c for o in bodies for c in o.rights)]:
        if child.dep_ == "appos":
            # (`Tan's lawyer, Mr Ravi Chandran,`: the name starts after its form of address.)
            left = child.left_edge
            while left.i < child.i and left.lower_.rstrip(".") in lexicon().honorifics:
                left = doc[left.i + 1]
            at = left.idx
            person = article.person_at.get(at)
            if person is not None and person.kind == "person":
                comma = next((t.i for t in doc[end : child.left_edge.i] if t.text == ","), child.left_edge.i)
                role_from_description(article, person, at, list(doc[first:comma]))
                return person
    return name_between_commas(article, first, end)


def role_from_description(article: ArticleEntities, person: Entity, at: int, words: list[Token]) -> None:
    """`Opposition assemblyman for Kampung Baru, Ana Ruiz, said`, read as the description's
    words: the role they give is the person's, when the article gives the name at char ``at``
    none (the parse may leave it to the description)."""
    # (`Schilling's son, Grant,`: kinship is no role.)
    if any(d.role and d.at == at for d in person.descriptors) or not any(is_role_noun(t) for t in words):
        return
    # (Its organisation is left to the readings of the name: a place the description runs on
    # to, `for Kampung Baru`, is no body.)
    role, _ = article.describer.role_of(words)
    if role:
        person.descriptors.append(Descriptor(at, role, "", "apposition"))


# Words a description may run on with before the comma that sets a name beside it: `Its
# vice-president for Wales, X,`, `the union's organiser in the north, X,`.
_DESCRIPTION_TAIL = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "PUNCT", "CCONJ", "PART", "NUM"})


def name_between_commas(article: ArticleEntities, first: int, end: int) -> Entity | None:
    """`Its vice-president for Wales, Dr Ana Rhys, said`: the parser often makes the name a
    second subject of the verb instead of an apposition to the description. A person's name
    between two commas (or a comma and the verb) right after the description's words (tokens
    [``first``, ``end``), and on to the comma a phrase with no verb and no quote) is the person
    the description stands for; its role is theirs when the article gives none there."""
    # (attribution reads this shape too: there the mention (speaker span), here the person and role.)
    doc = article.doc
    i = end
    while i < len(doc) and i < end + 6 and doc[i].text != ",":
        if doc[i].pos_ not in _DESCRIPTION_TAIL or not article.outside[i] or doc[i].is_quote:
            return None
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    for k in range(i + 1, min(i + 4, len(doc))):
        person = article.person_at.get(doc[k].idx)
        if person is not None and person.kind == "person":
            after = k
            while after < len(doc) and (doc[after].ent_type_ == "PERSON" or doc[after].pos_ == "PROPN"):
                after += 1
            # (`said the vice-chair of the chamber, Ana Ruiz.`: or the stop that ends the sentence.)
            closed = after < len(doc) and (doc[after].text in (",", ".") or doc[after].pos_ == "VERB")
            if not closed:
                return None
            role_from_description(article, person, doc[k].idx, list(doc[first:i]))
            return person
        if doc[k].pos_ != "PROPN":
            return None
    return None


def _person_at_head(article: ArticleEntities) -> dict[int, Entity]:
    """The person each name mention's head token names."""
    return {i: p for _, p, i in article.person_mentions}


def _named_pair(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`The two lawmakers said`, `the committee chairmen wrote`: a definite plural of people
    stands for the two the story last named together (`Ana Ruiz and Tom Hale`), as one group
    whose name lists both (ROLES.md: `Ana Ruiz; Tom Hale`), with the role both hold and their
    organisations. Two named in the paragraph before or this one; further back only when both
    hold the role the plural says (`the committee chairmen`)."""
    head = doc[m.head] if m.head >= 0 else None
    if head is None or head.tag_ != "NNS" or not head.is_lower:
        return None
    noun = head.lemma_.lower()
    if not (lexicon().names_a_person(noun) or noun in ("man", "woman")):
        return None
    words = {c.lower_ for c in head.children}
    if "the" not in words and "both" not in words:
        return None
    if any(c.tag_ == "CD" and c.lower_ not in ("two", "2") for c in head.children):
        return None
    head_person = _person_at_head(article)
    near = previous_paragraph_start(article.text, m.start)
    for char, second, i in reversed(article.person_mentions):
        if char >= m.start:
            continue
        tok = doc[i]
        first = head_person.get(tok.head.i) if tok.dep_ == "conj" else None
        if first is None or first is second:
            continue
        # (`Ruiz, Hale and Cole`: three named together are no pair.)
        if (
            tok.head.dep_ == "conj"
            or any(c.dep_ == "conj" and c.i != tok.i for c in tok.head.children)
            or any(c.dep_ == "conj" for c in tok.children)
        ):
            continue
        pair = (first, second)
        profiles = [p.profile() for p in pair]
        holds = all(
            noun in role.lower().split() or noun in person.titled
            for (role, _), person in zip(profiles, pair, strict=True)
        )
        if char < near and not holds:
            return None
        return _group_of(article, pair, profiles, m.start)
    return None


def _bench_named(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`A bench of Justices Surya Kant and Dipankar Datta said …. “…,” the bench observed`: a
    court's bench stands for the two judges it is named by, one group (ROLES.md: several people
    speaking jointly), and a later `the bench` for the last bench so named."""
    head = doc[m.head] if m.head >= 0 else None
    if head is None or head.lemma_.lower() != "bench" or not head.is_lower:
        return None
    head_person = _person_at_head(article)
    for bench in reversed([t for t in doc[: head.i + 1] if t.lower_ == "bench"]):
        for obj in (o for p in bench.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            # (`Justices A, B and C`: a bench of three or more is named by every one.)
            judges = [head_person.get(t.i) for t in (obj, *obj.conjuncts)]
            named = tuple(j for j in judges if j is not None)
            if len(named) >= 2 and len(named) == len(judges) and len({id(j) for j in named}) == len(named):
                return _group_of(article, named, [p.profile() for p in named], m.start)
    return None


def _group_of(
    article: ArticleEntities, people: tuple[Entity, ...], profiles: list[tuple[str, str]], at: int
) -> Entity:
    """The group entity of two people or more (one per set), with the role they share, if one,
    and all their organisations."""
    label = "; ".join(p.name() for p in people)
    group = article.descriptions.get(label)
    if group is None:
        group = Entity("description", label=label)
        article.descriptions[label] = group
        article.entities.append(group)
        roles = [r for r, _ in profiles]
        shared = roles[0] if roles[0] and all(r.lower() == roles[0].lower() for r in roles) else ""
        if not shared and all(roles) and len({r.split()[-1].lower() for r in roles}) == 1:
            shared = roles[0].split()[-1]
        orgs = [article.orgs.canonical_org(o) for _, o in profiles if o]
        body = "; ".join(dict.fromkeys(orgs)) if len(orgs) == len(people) else ""
        if shared or body:
            group.descriptors.append(Descriptor(at, shared, body, "description"))
    group.mentions.append(at)
    return group


def _only_holder(doc: Doc, article: ArticleEntities, m: Mention, text: str) -> Entity | None:
    """`“…,” the minister said` opening a story that names her in the next paragraph
    (`Sunanda Kulkarni, the state’s water supply minister`), `the Minister said` after
    `Industries Minister K. Rajasekaran`: the one person the article gives that role."""
    head = doc[m.head] if m.head >= 0 else None
    if head is None or head.tag_ not in ("NN", "NNP") or not is_role_noun(head):
        return None
    first, _ = _tokens_of(article, m)
    definite = text[:4].lower() == "the " or (first > 0 and doc[first - 1].lower_ == "the")
    # A headline drops its articles (`Mayor Says Bridge Will Reopen`, `…, health minister
    # says`): a bare title in the first paragraph is the article's one holder too.
    bare = doc[first].tag_ != "DT" and (first == 0 or doc[first - 1].tag_ != "DT")
    # (So is one opening a line: a standfirst under the headline, `Judge says defendant …`.)
    paragraphs = article.context.paragraphs
    opening = bool(paragraphs) and m.start < paragraphs[article.context.opening][1]
    words = strip_det(list(doc[first : head.i + 1]))
    headline = bare and (opening or _headline_title(doc, words))
    title = " ".join(t.lower_ for t in words)
    if not (definite or headline):
        return _owners_holder(article, head)
    past = _past_holders(article, head.lemma_.lower()) if _held_no_more(head) else []
    if past:
        # (`Ana Ruiz, an ex-minister, … Health Minister Tom Hale said … the ex-minister said`.)
        return past[0] if len(past) == 1 else None
    holder = article.only_holder_of(head.lemma_.lower(), title)
    if holder is None and definite and (seated := _only_one_seated(article, head.lemma_.lower(), m.start)):
        # (`Mr. JOHN BURNS presiding. … The CHAIRMAN said`, the office a proper noun to the
        # parser: the one seated in the chair, who takes its noun for a role.)
        seated.descriptors.append(Descriptor(m.start, head.text.title(), "", "description"))
        return seated
    if holder is None and definite:
        # (`The Florida senator` is not the Iowa senator just named.)
        proper = [t.lower_ for t in doc[first : head.i] if capitalised(t.text) and t.pos_ != "DET"]
        return _holder_just_named(article, head.lemma_.lower(), m.start, proper)
    return holder


_INITIALISM = re.compile(r"(?:[Tt]he )?([A-Z]{2,5})")
# Words a spelled-out title keeps lower case and its initialism leaves out (`DPP`).
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "&"})


def _initialism_holder(article: ArticleEntities, text: str, at: int) -> Entity | None:
    """`the ASG replied`, `the CS added` after `Additional Solicitor General K. Natarajan`,
    `Health Cabinet Secretary Ibrahim Abdi`: an initialism no body of the article spells out
    stands for the one person already named with a title whose initials end in it."""
    match = _INITIALISM.fullmatch(text.strip())
    if match is None:
        return None
    # (`'We will not back down', says defiant PM`: in the headline, the holder the story names
    # after it.)
    paragraphs = article.context.paragraphs
    headline = bool(paragraphs) and at < paragraphs[article.context.opening][1]
    # (`PM says increase is 'unavoidable'` opening a standfirst's line under the headline: the
    # same, as a bare title opening one is.)
    headline = headline or _opens_a_line_over_the_lede(article.context, at)
    body = article.orgs.spelled_out(text)
    # (`The District Chief Executive (DCE) for Eastvale`, read as a body: an office, not one.)
    if body is not None and body.name().split()[-1].lower() not in lexicon().role_nouns:
        return None
    letters = match.group(1)
    holders = [
        p
        for p in article.people()
        if (headline or min(p.mentions, default=at) < at)
        and any(_initials_end(d.role, letters) for d in p.descriptors)
    ]
    return holders[0] if len(holders) == 1 else None


def _opens_a_line_over_the_lede(context: DocContext, at: int) -> bool:
    """Whether char ``at`` opens a line above the lede's paragraph: a standfirst's first word."""
    line_start = context.text.rfind("\n", 0, at) + 1
    return not context.text[line_start:at].strip() and at < lede(context).start


def _initials_end(role: str, letters: str) -> bool:
    """Whether the capitalised words of ``role`` end in a run whose initials are ``letters``
    (`Health Cabinet Secretary` for `CS`, `Director of Public Prosecutions` for `DPP`, `District
    Chief Executive for Eastvale` for `DCE`)."""
    # (`District Chief Executive for Eastvale`: the title before the place it is for; `Vice-
    # Chancellor of the University of Ibadan` for `VC`: before the body it is of; `Inspector
    # General of Police Punjab` for `IGP`: before the place it serves.)
    before_for, before_of = role.split(" for ")[0], role.split(" of ")[0]
    unplaced = _before_a_closing_place(role)
    return any(_initials_of_tail(r, letters) for r in {role, before_for, before_of, unplaced})


def _before_a_closing_place(role: str) -> str:
    """``role`` without the country's or province's name closing it, as South Asian news writes
    an office (`Inspector General of Police Punjab` for `IGP`); else ``role``."""
    words = role.split()
    places = lexicon().places
    for k in (2, 1):
        if len(words) > k + 1 and " ".join(words[-k:]).lower() in places:
            return " ".join(words[:-k])
    return role


def _initials_of_tail(role: str, letters: str) -> bool:
    """Whether the words of ``role`` end in a run whose initials are ``letters``: each part of
    a word joined by a hyphen has its letter (`Vice-Chancellor` for `VC`, `Inspector-General of
    Police` for `IGP`); in small letters only when they are the whole role (`managing director`
    for `MD`, not `sales and marketing director`); `officer` may go unwritten (`chief executive`
    for `CEO`)."""
    words = [p for w in role.split() if w.lower() not in _SMALL_WORDS for p in w.split("-") if p]
    for run in {letters, letters[:-1] if len(letters) >= 3 and letters.endswith("O") else ""} - {""}:
        tail = words[-len(run) :]
        if len(tail) < len(run) or "".join(w[0].upper() for w in tail) != run:
            continue
        if all(capitalised(w) for w in tail) or len(tail) == len(words):
            return True
    return False


def _holder_just_named(article: ArticleEntities, noun: str, at: int, proper: list[str]) -> Entity | None:
    """`Minister for Health Leela Kurian said … “…,” the Minister said`, with another minister
    named further on: of several people holding the role, the one named in this paragraph or the
    one before (a reader takes `the minister` for the one just met), if only one is. The words in
    capitals before the noun (``proper``: `Florida`) must be in that person's roles."""
    near = previous_paragraph_start(article.text, at)
    holders = [p for p in article.people() if _holds_as_minister(p, noun)]
    named = [p for p in holders if any(near <= c < at for c in p.mentions)]
    if len(named) != 1:
        return None
    said = " ".join(f"{d.role} {d.organization}" for d in named[0].descriptors).lower().split()
    return named[0] if all(w in said for w in proper) else None


def _holds_job(person: Entity, noun: str) -> bool:
    """Whether the article gives ``person`` a job headed by ``noun`` (`minister`), as a role
    or as the noun an abbreviated title before the name stands for, or by another noun of its
    family (models/job_families.txt); any police rank is an officer's (`Det Sgt Ann Cole … the
    officer said`)."""
    heads = person.titled | {role_head(d.role) for d in person.descriptors if d.role} | _house_seat(person)
    heads |= _described_retired(person)
    # (`Rep. Ana Ruiz … the lawmaker said`: a job the article names by another noun of its family.)
    if heads & _same_job(noun):
        return True
    # (`Commissioner of Police X … the top cop said`: the police's everyday nouns are any rank's.)
    if noun != "officer" and lexicon().job_families.get(noun) != "police":
        return False
    return bool(heads & lexicon().police_ranks)


def _described_retired(person: Entity) -> set[str]:
    """`retired` when a role the article gives ``person`` opens with it (`Retired teacher X`), so
    that `the retiree`, `the pensioner` is them (models/job_families.txt, family `retired`), as a
    role's own noun would be; else nothing."""
    opening = {d.role.split()[0].lower() for d in person.descriptors if d.role}
    return {"retired"} if "retired" in opening else set()


def _house_seat(person: Entity) -> set[str]:
    """`legislator` when the article gives ``person`` a seat in a house that makes laws by its
    name (`a member of the Lagos State House of Assembly`, models/legislatures.txt), so that `the
    lawmaker` is them as it is `Rep. X`; else nothing. The house's name ends the role: `a member
    of the White House staff` holds no seat."""
    for d in person.descriptors:
        words = d.role.lower().split()
        if "member" in words and words[-1] in lexicon().legislatures:
            if words[words.index("member") + 1 : words.index("member") + 2] == ["of"]:
                return {"legislator"}
    return set()


def _not_ruled_out_by_title(holders: list[Entity], met: list[Entity], noun: str, title: str) -> list[Entity]:
    """The ``holders`` of the job ``noun`` whom the words of ``title`` before it do not rule out."""
    # (`Rovers boss` is not the `Kingsmere boss` the story names: a body's word before the job
    # rules out a holder the story ties to another body only.)
    qualifier = _words_ruling_out(met, noun, title)
    holders = [p for p in holders if not qualifier or not _tied_to_others_only(p, qualifier)]
    # (`Health minister says …` over a story that names only `Prime Minister X`: a portfolio
    # before the job rules out a holder whose every such post is another one.)
    portfolio = set(title.split()[:-1]) & lexicon().portfolios
    return [p for p in holders if not portfolio or not _another_post_only(p, noun, portfolio)]


def _words_ruling_out(people: list[Entity], noun: str, title: str) -> set[str]:
    """The words of ``title`` before its job ``noun`` that rule out a holder the story ties to
    another body only (`Rovers boss`); none before a member's job (`the Waterford TD`, `the
    Hackney MP`), which are most often the seat, that the story need not give again, unless
    they name a side (a party, or a body the story ties one of ``people`` to)."""
    words = set(title.split()[:-1])
    if noun in lexicon().seat_holders and not _names_a_side(people, words):
        return set()
    return words


def _names_a_side(people: list[Entity], words: set[str]) -> bool:
    """Whether ``words`` (small letters) hold a party's label or a word of the body the article
    ties one of ``people`` to: a side, not a seat."""
    if words & lexicon().party_labels:
        return True
    return any(words & set(d.organization.lower().split()) for p in people for d in p.descriptors)


def _tied_to_others_only(person: Entity, words: set[str]) -> bool:
    """Whether the article ties ``person`` to a body and none of ``words`` (small letters) is in
    the name of a body, or the role, it gives them."""
    tied = [d for d in person.descriptors if d.organization]
    given = {w for d in person.descriptors for w in f"{d.role} {d.organization}".lower().split()}
    return bool(tied) and not words & given


def _another_post_only(person: Entity, noun: str, portfolio: set[str]) -> bool:
    """Whether the article gives ``person`` a role headed by ``noun`` (or a noun of its family)
    with words beside it, and none of those roles has a word of ``portfolio`` (small letters):
    `Prime Minister`, `Finance Minister` are not the `Health minister`, though a later `the
    minister said` is theirs; `Minister of Health` or `Health and Wellness Minister` may be."""
    jobs = _same_job(noun)
    roles = [d.role.lower().split() for d in person.descriptors if d.role and role_head(d.role) in jobs]
    posts = [words for words in roles if len(words) > 1]
    return bool(posts) and not any(portfolio & set(words) for words in posts)


def _holds_as_minister(person: Entity, noun: str) -> bool:
    """Whether ``person`` holds a job `the <noun>` can mean just after they are named: one
    headed by it, or a secretary with a portfolio for `the minister`."""
    return _holds_job(person, noun) or any(
        d.role and _secretary_as_minister(d.role, noun) for d in person.descriptors
    )


def _secretary_as_minister(role: str, noun: str) -> bool:
    """`Health Secretary Neil Gray said … The minister added`: a secretary with a government
    portfolio is a minister (not a union's general secretary, nor a shadow one)."""
    words = role.lower().split()
    return (
        noun == "minister"
        and role_head(role) == "secretary"
        and "shadow" not in words
        and any(w in lexicon().portfolios for w in words)
    )


def named_later(article: ArticleEntities, head: Token) -> Entity | None:
    """`“…,” a judge told him` in the lede, then `Judge Ana Ruiz said` further down: a story
    holds back the name of someone it brings in by their job and gives it later. A description
    `a <role noun>` (``head``) stands for the one person the article gives that role, when it
    names them only after it (named before, `a judge` is someone new)."""
    if head.tag_ != "NN" or not is_role_noun(head):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    holder = article.only_holder_of(head.lemma_.lower())
    if holder is None or min(holder.mentions, default=-1) < head.idx:
        return None
    # Past the lede, `a longtime adviser said` is mostly a source who asked not to be named;
    # not when the next sentences name the holder as `The adviser, Tom Hale,`.
    if head.idx >= lede_end(article.context) and not _named_beside_the_same_noun(article, head, holder):
        return None
    return None if _for_another_body(article, head, holder) else holder


def _named_beside_the_same_noun(article: ArticleEntities, head: Token, holder: Entity) -> bool:
    """`“…,” a Swedish scientist said. | The scientist, Ingrid Berg, said …`: the holder's name
    first set off by commas after `the <noun>` of the description ``head``, in the sentence after
    it or the next: the story takes up the one it brought in and names them."""
    doc = article.doc
    first = _token_at(article, min(holder.mentions)).i
    if first < 3 or doc[first - 1].text != "," or doc[first - 2].lemma_.lower() != head.lemma_.lower():
        return False
    noun = doc[first - 2]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    sentences = list(doc.sents)
    apart = sentences.index(noun.sent) - sentences.index(head.sent) if noun.sent.start > head.i else 99
    return 1 <= apart <= 2


def _for_another_body(article: ArticleEntities, head: Token, holder: Entity) -> bool:
    """`said a spokesman for Kaizer Chiefs` … `Moshe Cohen, a spokesman for the Premier Soccer
    League`: the description names a body after `for`/`of`/`at` that none of the holder's bodies
    is, so the same job is someone else's."""
    bodies = [d.organization.lower() for d in holder.descriptors if d.organization]
    for prep in head.rights:
        obj = proper_object(article.doc, prep) if prep.dep_ == "prep" and prep.lower_ in ORG_PREPS else None
        if obj is not None and obj.label_ not in ("PERSON", "GPE", "LOC", "NORP") and bodies:
            name = org_text(article.context, obj).lower()
            return bool(name) and not any(name in b or b in name for b in bodies)
    return False


def lede_end(context: DocContext) -> int:
    """The char where the paragraph holding the story's lede ends (quotes/lede.py)."""
    return lede(context).end


def _owners_holder(article: ArticleEntities, head: Token) -> Entity | None:
    """`Ruiz's campaign manager said` before or after `Ruiz's campaign manager, Tom Hale,`: the
    one person whose role has that noun, tied to the owner by name (`Ruiz campaign`)."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    noun = head.lemma_.lower()
    holder = article.only_holder_of(noun)
    if holder is None:
        return None
    tied = [d for d in holder.descriptors if d.role and role_head(d.role) == noun]
    return holder if any(owner.lower_ in f"{d.role} {d.organization}".lower().split() for d in tied) else None


def _headline_title(doc: Doc, title: list[Token]) -> bool:
    """`Judge says defendant …`, `Chief Cabinet Secretary says …`: an office's title in capitals
    opening a line with no article, as a headline or standfirst writes one; not a body's
    staff (`DA Gauteng spokesperson`)."""
    # (`Tourism minister says …`, `Prime minister says …`: a headline in sentence case keeps a
    # capital on its first word only, whatever word opens the title.)
    if not title or not capitalised(title[0].text):
        return False
    fields = lexicon().portfolio_words
    sentence_case = all(t.lower_ in fields or t.is_lower for t in title[1:-1]) and is_role_noun(title[-1])
    if not (all(capitalised(t.text) for t in title) or sentence_case):
        return False
    start = title[0].i
    # (`13:55 GMT – Judge says …`: a live page's entry opens on its time.)
    while start > 0 and _stamp_word(doc[start - 1]):
        start -= 1
    return start == 0 or "\n" in doc[start - 1].text_with_ws


def _stamp_word(word: Token) -> bool:
    """A word of the time stamp that opens a live page's entry (`13:55 GMT –`, `9.40am |`)."""
    if "\n" in word.text_with_ws:
        return False
    return (
        word.ent_type_ == "TIME"
        or word.like_num
        or word.tag_ == "CD"
        or word.text in (":", "–", "—", "-", "|")
        or (word.is_upper and word.is_alpha and len(word) <= 4)
    )


def _styled_holder(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`“…,” His Honour said`: a title after `his` or `her` is the style of the one person the
    article gives the office it stands for (models/titles.txt, fourth column: a judge)."""
    if m.head < 0:
        return None
    head = doc[m.head]
    word = title_word(head.text)
    noun = lexicon().title_nouns.get(word, "") or lexicon().styles.get(word, "")
    if not noun or head.i == 0 or doc[head.i - 1].lower_ not in ("his", "her") or not head.is_title:
        return None
    return article.only_holder_of(noun)


def _title_alone(doc: Doc, article: ArticleEntities, m: Mention) -> bool:
    """`the Premier`, `The Taoiseach`, `the Chief Minister`: an office's title alone after
    `the`, or opening a line as headlines write it with no `the` (`Judge says …`), no name of a
    person or a body the article gives."""
    if m.head < 0 or m.start in article.person_at:
        return False
    first, last = _tokens_of(article, m)
    title = strip_det(list(doc[first:last]))
    if not title:
        return False
    if m.kind == "organization" and len(title) > 1 and title[-1].lower_ in lexicon().organization_nouns:
        return False  # `Kent Police said:`, tagged a body: `police` names officers and their force
    if m.kind == "organization" and _newspaper_title(doc, title):
        return False
    start = title[0].i
    # (`Queensland's Chief Health Officer has urged`: a place's possessive, as `the`.)
    owned = start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ == "GPE"
    if not (start > 0 and doc[start - 1].lower_ == "the" or owned) and not _headline_title(doc, title):
        return False
    if len(title) <= 4 and _title_tagged_a_body(doc[first:last]) and capitalised(title[0].text):
        return True  # `The Leader of Opposition`, tagged a body
    return (
        0 < len(title) <= 3
        and all(is_role_noun(t) and (capitalised(t.text) or _headline_title(doc, title)) for t in title[-1:])
        and all(t.pos_ in ("PROPN", "NOUN", "ADJ") and not is_honorific(t) for t in title)
    )


def _newspaper_title(doc: Doc, title: list[Token]) -> bool:
    """`according to the Philippine Star`, `the Daily Star`, tagged a body: a newspaper's title
    word that can name a job (`star`, `examiner`, `observer`) after a place's or a people's name
    (one the tagger tags so anywhere in the story) or another title word is a newspaper's name,
    not an office's title (`the Medical Examiner` stays one)."""
    lex = lexicon()
    if len(title) < 2 or title[-1].lower_ not in lex.masthead_words:
        return False
    placed = {t.lower_ for t in doc if t.ent_type_ in ("GPE", "NORP")}

    def of_a_paper(t: Token) -> bool:
        word = t.lower_
        return word in lex.masthead_words or word in placed or lex.names_a_place_or_people(word)

    return all(of_a_paper(t) for t in title[:-1])


def _titled_person(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """`said Oversight ranking Democrat Elijah Cummings`: a mention that is only a word of the
    title before a person's name stands for that person."""
    if m.head < 0 or m.kind not in ("name", "organization", "description"):
        return None
    if article.person_at.get(m.start) is not None or article.orgs.organization_named(m.start) is not None:
        return None
    if _job_for_someone(doc, article, m):
        return None
    # Along the title's words to the name that follows them (the parse of a long title before
    # a name is often broken: `Oversight ranking Democrat Elijah Cummings`).
    _, i = _tokens_of(article, m)
    for _ in range(5):
        if i >= len(doc) or not article.outside[i]:
            break
        person = article.person_at.get(doc[i].idx)
        if person is not None:
            return person
        word = doc[i]
        if (
            not (word.pos_ in ("PROPN", "NOUN", "ADJ") or (word.tag_ == "VBG" and word.is_lower))
            or word.is_punct
        ):
            break
        i += 1
    tok = doc[m.head]
    for _ in range(6):
        if tok.dep_ not in ("compound", "nmod", "amod") or tok.head.i == tok.i or tok.head.i < tok.i:
            return None
        tok = tok.head
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
            start = tok.i
            while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].i > m.head:
                start -= 1
            person = article.person_at.get(doc[start].idx)
            if person is not None:
                return person
    return None


def _job_for_someone(doc: Doc, article: ArticleEntities, m: Mention) -> bool:
    """`a spokesman for Ontario Premier Doug Ford`, the mention cut at the place the tagger put
    in one body with the title and the name: a job the mention holds `for` or `to` someone, the
    name after it is that someone's, not the speaker's."""
    first, last = _tokens_of(article, m)
    return m.kind == "description" and any(
        t.lower_ in ("for", "to") and t.dep_ == "prep" and t.head.i == m.head for t in doc[first:last]
    )


def _organization_of(doc: Doc, article: ArticleEntities, m: Mention) -> Entity | None:
    """The article's full name for an organisation speaker: `Northline` → `Northline Rail`,
    `the ministry` → `Ministry of Health`, `the company` → the company the story is about."""
    if m.head < 0:
        return None
    head = doc[m.head]
    if head.ent_type_:
        ent = entity_at(doc, head)
        if ent is not None and ent.label_ not in NOT_ORG:
            return article.orgs.organization_named(ent.start_char)
        return None
    first, last = _tokens_of(article, m)
    words = doc[first:last]
    # `the companies` are several: no one name stands for them.
    # (`the Club`, `the Company`, as a club's or a company's own statements write it: tagged a
    # proper noun, still the story's club or company.)
    common = head.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in words)
    if (common or self_capitalised_body_noun(head)) and head.tag_ != "NNS":
        org = article.orgs.organization_for(head.lemma_.lower(), m.start)
        generic = head.lemma_.lower() in lexicon().generic_business_nouns
        if len(words) == 2 and words[0].lower_ == "the" and generic:
            tagged = _body_tagged_a_person(article, m.start, org)
            org = org if tagged is None else _known_for_a_body(tagged)
        if org is not None and not modifiers_fit(head, org.name()):
            return None
        if org is None and len(words) == 2 and words[0].lower_ == "the":
            org = _named_by_called(article, head, m.start)
            if head.lemma_.lower() not in lexicon().business_nouns:
                # (`the company` is a business: a chamber of commerce that spoke just before is none.)
                org = org or _body_that_spoke_just_before(doc, article, m.start)
        return org
    return None


# `a website called “Cape Town Eats”`, `a group named Parents First`: the name the article
# gives a thing when it brings it in (quoted, or a run of capitals).
_CALLED = re.compile(
    r"\b(?:a|an|the|its|his|her|their)\s+(?:new\s+)?([a-z]+)\s*,?\s+(?:called|named|dubbed|titled)\s+"
    r"(?:[“\"‘]([A-Z][^“”\"‘’\n]{0,80}?)[“”\"’]|([A-Z][\w&’'-]*(?:\s+(?:of|the|and|for|[A-Z][\w&’'-]*))*))"
)


def _named_by_called(article: ArticleEntities, head: Token, at: int) -> Entity | None:
    """`He set up a website called “Cape Town Eats” … the website says`: `the <noun>` stands
    for the name the article last gave a <noun> when it brought one in."""
    if lexicon().names_a_person(head.lemma_.lower()):
        return None
    sites = article.context.memo(("called sites",), lambda: list(_CALLED.finditer(article.text)))
    named = [s for s in sites if s.end() <= at and s.group(1) in (head.lower_, head.lemma_.lower())]
    if not named:
        return None
    name = (named[-1].group(2) or named[-1].group(3)).strip()
    # (A website, a report, a group: a thing the article names, not a body it works for.)
    return article.description(name, "", "", at)


def _body_tagged_a_person(article: ArticleEntities, at: int, rival: Entity | None) -> Entity | None:
    """`the company` in a story about a company the tagger took for a person (`Twitter said
    …`): one word, never a given name, with no title, gender or role, named more often before
    ``at`` than the body ``rival`` `the company` would otherwise be, and at least three times."""
    floor = max(2, sum(1 for c in rival.mentions if c < at)) if rival is not None else 2
    fits = [
        p
        for p in article.entities  # (one read as a body before is an organisation now)
        if _one_word_no_one(p) and sum(1 for c in p.mentions if c < at) > floor
    ]
    return fits[0] if len(fits) == 1 else None


def _one_word_no_one(entity: Entity) -> bool:
    """A person the tagger found who is named by one word only, never a given name, and has no
    title, gender or role of their own: as likely a body the tagger misread."""
    first_names = lexicon().first_names
    return (
        bool(entity.people)
        and all(len(m.name.core) == 1 and m.name.core[0] not in first_names for m in entity.people)
        and not (entity.titled or entity.gender or any(d.role for d in entity.descriptors))
    )


def _body_before_others_jobs(article: ArticleEntities, entity: Entity) -> bool:
    """`Zamalek coach Tarek Mansour said …`, then `In a statement, Zamalek said …`: a speaker the
    tagger calls a person, named by one word only (`_one_word_no_one`), is the body the article
    puts before another named person's job; no one is both a person and another's employer."""
    if entity.kind != "person" or not _one_word_no_one(entity):
        return False
    name = entity.name()
    return any(
        d.organization == name for other in article.entities if other is not entity for d in other.descriptors
    )


def _known_for_a_body(entity: Entity) -> Entity:
    """A person the tagger found, made the body the article shows it is: its own name fills
    the organisation column of all its rows."""
    entity.kind = "organization"
    entity.names = entity.names or [(m.at, m.name.text, m.name.key) for m in entity.people]
    return entity


def _body_that_spoke_just_before(doc: Doc, article: ArticleEntities, at: int) -> Entity | None:
    """`Indigenous Services Canada said … The department said`: a body's bare noun stands for
    the body named just before as the subject of a clause."""
    # (`The regulator has opened an inquiry into Northway Bank. “…,” the regulator said`: the
    # subject, not the last body named.)
    for org, char in article.orgs.bodies_just_named(at):
        tok = _token_at(article, char)
        ent = entity_at(doc, tok)
        # (`The Financial Conduct Authority`: its first word is the article, its root the name.)
        tok = ent.root if ent is not None else head_after(tok)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return org
    return None


def _strip_leading_the(name: str) -> str:
    for det in ("the ", "The "):
        if name.startswith(det):
            return name[len(det) :]
    return name


def _trade_of_members(ent: Span, tok: Token) -> bool:
    """`British Airline Pilots' Association`, `Bank Workers Union`: a business noun before the
    body noun that heads the name says whose members it has; the body is no airline or bank."""
    if tok.lemma_.lower() not in lexicon().business_nouns:
        return False
    for later in ent.doc[tok.i + 1 : ent.end]:
        if later.pos_ == "ADP":
            return False
        if later.lemma_.lower() in lexicon().organization_nouns:
            return True
    return False


# The nouns heading a body made of other bodies, and the words that make those bodies unions
# (`Trades Union Congress`, `Confederation of Labour`). General English, by hand.
_FEDERATION_HEADS = frozenset({"congress", "confederation", "federation"})
_LABOUR_WORDS = frozenset({"labour", "labor", "trade", "trades", "union", "unions", "workers"})


# Nouns for where a business works, besides its works (models/works_nouns.txt): general English
# of business news, by hand.
_SITE_NOUNS = frozenset({"operation", "operations", "site", "project"})


def _site_of_its_own(ent: Span) -> bool:
    """`fined … at its Goldfields mine`, `its Pilbara operations`: a name between `its` and the
    business's works or operations is the place they are in, used as a modifier, not a body
    (a business's own name comes with `the`: `the Kestrel Gold mine` is Kestrel Gold's)."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc) or doc[ent.start - 1].lower_ not in ("its", "their"):
        return False
    after = doc[ent.end]
    nouns = {after.lemma_.lower(), after.lower_}
    return after.is_lower and bool(nouns & (lexicon().works_nouns | _SITE_NOUNS))


def _kinds_of(ent: Span, tokens: tuple[str, ...]) -> set[str]:
    """The nouns the article may use for the body named ``ent`` (`the ministry`, `the paper`)."""
    nouns = lexicon().organization_nouns
    kinds = {t.lemma_.lower() for t in ent if t.lemma_.lower() in nouns and not _trade_of_members(ent, t)}
    # `the Des Moines Public Schools board voted … board chair X`: the noun the name modifies.
    # (Not one word, `the Host committee`: the rest of a name the article gives in full; but a
    # short form in capitals is a body's whole name, `the GMB union`.)
    short_form = len(ent) == 1 and ent.label_ == "ORG" and ent[0].is_upper and len(ent[0].text) >= 2
    if (len(ent) >= 2 or short_form) and ent.end < len(ent.doc) and ent.root.head.i == ent.end:
        after = ent.doc[ent.end]
        # (`the Ferguson Marine yard … the yard's chief executive`: the works it runs, too.)
        works = after.lemma_.lower() in lexicon().works_nouns
        if after.is_lower and (after.lemma_.lower() in nouns or works) and not _competition(ent):
            kinds.add(after.lemma_.lower())
    # `The Times of India reported … the paper said`: a newspaper's usual title words.
    # (`The Australian`, `The Namibian`, `The Hindu`: a people's or a faith's word after `The` is a
    # paper's whole title.)
    titled = len(ent) == 2 and ent[0].text == "The" and ent[1].lower_ in lexicon().demonyms
    # (`told The Nation …. the paper said`, `told Dawn`: the title told things before `the paper`.)
    if set(tokens) & lexicon().masthead_words or titled or told_outlet_before_the_paper(ent):
        kinds |= {"newspaper", "paper"}
    # `the Congress of South African Trade Unions … the federation's general secretary`, `the
    # Nigeria Labour Congress … the union's`: a congress of labour is a federation of unions, which
    # news calls by either noun (a member union the story names, headed by `union`, comes first).
    words = {t.lower_ for t in ent}
    if words & _FEDERATION_HEADS and words & _LABOUR_WORDS:
        kinds |= {"federation", "union"}
    # `The Reserve Bank of India kept rates … the regulator said`: a central bank (a bank called
    # `central` or `reserve`) and a body with `regulatory` in its name are `the regulator`.
    if ("bank" in words and words & {"central", "reserve"}) or "regulatory" in words:
        kinds.add("regulator")
    # `Ottawa Police Service … a spokesperson for the force`: a police body is `the force`.
    if kinds & {"police", "constabulary"}:
        kinds.add("force")
    # `Hartfield United … the club said`: a sports club is `the club`, `the side`, `the team`.
    if kinds & lexicon().club_words:
        kinds |= {"club", "side", "team"}
    # `the Serie A club`: a competition is `the league`, never a club the article calls so.
    elif not kinds and _competition(ent):
        kinds.add("league")
    return kinds


def _competition(ent: Span | list[Token]) -> bool:
    """`Serie A`, `the Premier League`: a name holding a word of a league's or a cup's name
    (models/competitions.txt); `the Serie A club` is a club that plays in it, not the body."""
    return any(t.lower_ in lexicon().competition_words for t in ent)


def _body_tagged_a_thing(ent: Span) -> bool:
    """`The Great Barrier Reef Marine Park Authority`, tagged a work of art or a place: a name in
    capitals that ends in a body's noun (`Authority`, `Council`, `Agency`), or that such a noun
    heads before its `of`, is a body's, whatever thing the tagger took it for."""
    last = ent[-1]
    traded = ent.label_ in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC")
    if len(ent) >= 2 and traded and last.lower_ in lexicon().trade_name_words and capitalised(last.text):
        # (`Johannesburg Water said`, tagged a person, `Crown Petroleum`, tagged a product or a
        # work, `Maynilad Water`, tagged a building: a company's name closed by its trade.)
        return names_a_body(name_key(ent.text))
    if ent.label_ != "PERSON":
        # (`The Registered Nurses' Association of Ontario welcomed …`, tagged a work of art: the
        # body's noun heads the name before its `of`.)
        last = next((ent[k - 1] for k in range(1, len(ent) - 1) if ent[k].lower_ == "of"), last)
    if len(ent) < 2 or not capitalised(last.text) or last.lower_ not in lexicon().organization_nouns:
        return False
    if ent.label_ in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT"):
        # (`"…," Lamsal told Parliament.`, tagged a work: a verb in small letters ends a name.)
        return not any(t.is_lower and t.pos_ in ("VERB", "AUX") for t in ent)
    # `remain in Lautoka Hospital`, `the Japan Meteorological Agency`, tagged a place: a body
    # too, so `a nurse at the hospital` can name it; not a building that is often only a place
    # (`Victoria Station`, `the Kennedy Center`: models/facility_nouns.txt).
    return ent.label_ in ("GPE", "LOC", "FAC") and last.lower_ not in lexicon().facility_nouns


# Furniture lines that point to other stories (models/furniture.txt kinds).
_OTHER_STORIES = frozenset({"related", "headlines"})


def _spans_of_no_body(context: DocContext) -> list[tuple[int, int]]:
    """The chars (start, end) where a name the tagger calls a body is none of the story's."""
    # `BENGALURU: The …`: the place a story is filed from is no body of the story.
    places = [(d.start, d.end) for d in context.datelines]
    # (`By Naledi Khoza, City Desk`, the author tagged a body: who wrote the story, not a body in it.)
    places += [(b.start, b.end) for b in byline_people(context.text, context.furniture)]
    # (`Related: Harbour Ferries Cut Winter Sailings`: a link to another story names bodies of
    # that story, none a `business` or `the company` of this one can mean.)
    places += [(f.start, f.end) for f in context.furniture if f.kind in _OTHER_STORIES]
    return places


def _read_organizations(
    context: DocContext,
    ents: list[Span],
    outside: list[bool],
    org_names: frozenset[str],
    person_at: dict[int, Entity],
) -> list[Entity]:
    """Every organisation the article names, short names (`Northline`) joined to the full
    name (`Northline Rail`), with the nouns that say what kind of body each is."""
    doc = context.doc
    orgs: list[Entity] = []
    ents = ents + _untagged_bodies(context, outside) + _service_of_a_place(context, outside)
    places = _spans_of_no_body(context)
    named = [
        e
        for e in ents
        if (e.label_ == "ORG" or org_text(context, e).lower() in org_names or _body_tagged_a_thing(e))
        and outside[e.start]
        and e.start_char not in person_at
        and not any(s <= e.start_char < end for s, end in places)
        and not _title_tagged_a_body(e)
        and not _site_of_its_own(e)
    ]
    # `Republican National Committee`, `British Medical Association` with the first word
    # tagged a people or left out: the body's name starts there.
    named = [Span(doc, _name_start(doc, e), e.end, label=e.label_) for e in named]
    for ent in sorted(named, key=lambda e: (-len(e), e.start_char)):
        name = _body_name_as_written(context, ent)
        tokens = tuple(w.lower() for w in name.split())
        if not tokens:
            continue
        # `Thornbury` beside `Thornbury Borough Council` and `Thornbury Chamber of Commerce`:
        # one word opening the names of two bodies is the place both are in, neither body.
        if len(tokens) == 1 and sum(1 for o in orgs if len(o.key) > 1 and o.key[0] == tokens[0]) > 1:
            continue
        org = _known_body(orgs, name, tokens, ent.start_char)
        if org is None:
            org = Entity("organization", kinds=_kinds_of(ent, tokens))
            orgs.append(org)
        org.names.append((ent.start_char, name, tokens))
        org.mentions.append(ent.start_char)
        if in_page_furniture(context, ent.start_char):
            org.furniture.add(ent.start_char)
        org.kinds |= apposed_kinds(ent)
    _short_names_tagged_places(context, ents, outside, places, person_at, orgs)
    for org in orgs:
        org.mentions += _headline_body_named_again(context, org, outside, person_at)
        org.mentions.sort()
    return orgs


def _short_names_tagged_places(
    context: DocContext,
    ents: list[Span],
    outside: list[bool],
    places: list[tuple[int, int]],
    person_at: dict[int, Entity],
    orgs: list[Entity],
) -> None:
    """A short name the tagger read as a place (`Northline said`) is still the company: each
    that opens the name of one body of ``orgs`` alone, outside the quotes and the spans that
    name no body (``places``, ``_spans_of_no_body``), is a mention of it."""
    for ent in ents:
        if ent.label_ in ("GPE", "LOC", "NORP", "PRODUCT", "FAC") and outside[ent.start]:
            if ent.start_char in person_at or _place_before_a_noun(ent):
                continue
            if any(s <= ent.start_char < end for s, end in places) or _runs_on(ent):
                continue
            tokens = tuple(w.lower() for w in org_text(context, ent).split())
            fits = [o for o in orgs if tokens and len(o.key) > len(tokens) and o.key[: len(tokens)] == tokens]
            if len(fits) == 1:
                fits[0].mentions.append(ent.start_char)


def _place_before_a_noun(ent: Span) -> bool:
    """`A Singapore start-up … the Singapore Food Agency`: a country or region the lists know,
    set before a common noun it qualifies, says where that thing is; it is no short name of a
    body named for the place (`Nevada Democrats` … `the Nevada State Democratic Party` may be)."""
    head = ent.root
    qualifies = head.dep_ in ("compound", "amod", "nmod") and head.head.pos == NOUN
    return qualifies and lexicon().names_a_place_or_people(ent.text.lower())


def _body_name_as_written(context: DocContext, ent: Span) -> str:
    """A body's name as the story writes it: in title case when it is set in a line all in
    capitals, as a headline may be (`THE HARBOUR BOARD.`); `USA TODAY` in a sentence stays."""
    name = org_text(context, ent)
    if in_capitals(name) and context.text[slice(*context.line_of(ent.start_char))].isupper():
        return out_of_capitals(name)
    return name


def _headline_body_named_again(
    context: DocContext, org: Entity, outside: list[bool], person_at: dict[int, Entity]
) -> list[int]:
    """`Air New Zealand cancels flights` heading the story, then `Air New Zealand has cancelled
    40 flights`, the tagger calling `New Zealand` a place there: the body a headline names is
    named again where the story writes its name whole, as words of their own (no longer name in
    capitals runs on from them), outside quotes, where the tagger calls them no place whole;
    the chars of those mentions. Not a place's or a people's name (`Cork` in the headline)."""
    start, end = context.headline
    names = {n[1] for n in org.names if start <= n[0] < end}
    if not names or len(org.mentions) > 1:
        return []
    text, doc, found = context.text, context.doc, []
    for name in names:
        if lexicon().names_a_place_or_people(name.lower()):
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text[end:]):
            at = end + m.start()
            span = doc.char_span(at, at + len(name))
            if span is None or at in person_at or not all(outside[t.i] for t in span):
                continue
            if all(t.ent_type_ in ("GPE", "LOC", "NORP") for t in span):
                continue  # (`in and out of Wellington`: a place there, whatever the headline made of it)
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            runs = [t for t in (before, after) if t is not None and t.pos_ == "PROPN" and capitalised(t.text)]
            if not runs and not context.in_furniture(at):
                found.append(at)
    return found


def _with_place(orgs: ArticleOrganizations, text: str) -> str:
    """`a staff attorney with the ACLU of Ohio` after `The American Civil Liberties Union of
    Ohio`: a short form, then the place the body is `of` or `in`, is the body it spells out with
    the same words after it, where the article writes them so."""
    words = text.split()
    if len(words) < 3 or not words[0].isupper() or words[1].lower() not in ("of", "in"):
        return ""
    body = orgs.spelled_out(words[0])
    if body is None:
        return ""
    whole = f"{body.name()} {' '.join(words[1:])}"
    return whole if whole in orgs.text else ""


def _runs_on(ent: Span) -> bool:
    """`Dubai South, the free zone,` beside `Dubai Chamber of Commerce`: a place the tagger cut
    from the words in capitals after it opens a longer name of its own, no short name of a body
    another name opens with it."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and capitalised(nxt.text) and not nxt.ent_type_


def _title_tagged_a_body(ent: Span) -> bool:
    """`The Leader of Opposition`, `Secretary of State` tagged a body: a role's noun with its
    `of` opens a title, and a title is no body."""
    words = [t for t in ent if t.pos_ != "DET"]
    if len(words) < 3 or words[1].lower_ != "of" or not is_role_noun(words[0]):
        return False
    return words[0].lemma_.lower() not in lexicon().organization_nouns


def _describe_from(
    article: ArticleEntities, people: Salience[Entity], char: int, sentence: int, head: Token
) -> None:
    """`… asked the former secretary of state …`: a definite description with a role noun
    stands for the most prominent person it can fit, who gains its role. It fits a person
    whose roles share its noun, less one whose roles do not, and never the subject of its
    own clause (`Clinton praised the senator`)."""
    if head.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
        return  # `if he is the Republican nominee`: its subject's, whoever that is, not another's
    if head.dep_ == "attr" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.head.children):
        return  # `X had the votes to be the nominee`: the understood subject's, X's, likewise
    lemma = _hyphenated_lemma(head)
    roles_also = [c for c in head.children if c.dep_ == "conj" and shared_article_role(c)]
    if lemma not in lexicon().role_nouns and roles_also:
        lemma = _hyphenated_lemma(roles_also[0])  # `the front-runner and former senator`
    gender = lexicon().noun_genders.get(lemma, "")
    beside = _name_closing(article, head)
    reporter = _reporter_of(article, head)
    own_subject = _whom_it_cannot_be(article, people, (char, sentence), head, lemma, beside) | reporter
    office = _office_held(article, head, lemma, char)
    reported = bool(reporter) or _reported_by_a_description(head)

    def agreement(p: Entity) -> float:
        if id(p) in own_subject or (gender and p.gender and p.gender != gender):
            return 0.0
        return _description_fit(article, p, (head, lemma), office, reported)

    best = beside or _description_winner(people, char, sentence, head, agreement)
    if best is None:
        _holder_or_someone_new(article, people, (char, sentence), head, lemma, agreement)
        return
    _give_the_description(article, people, (char, sentence), head, best, roles_also, agreement)


def _whom_it_cannot_be(
    article: ArticleEntities,
    people: Salience[Entity],
    at: tuple[int, int],
    head: Token,
    lemma: str,
    beside: Entity | None,
) -> set[int]:
    """The ids of the people a definite description (``head``, at (char, sentence) ``at``)
    cannot stand for, of ``_describe_from``: the subject of its own clause, anyone named inside
    it or in its own clause but the name closing it (``beside``), the objects of its own verb,
    whom its words rule out and the speakers it answers (its reporter, which also says whether
    the description is reported, the caller adds)."""
    char, sentence = at
    # `Clinton praised the senator`; `He asked whether it would end, as the minister keeps
    # promising`: a description is not the subject of another clause of its own sentence.
    subjects = people.subjects(char, sentence)
    if is_subject(head):
        # `Cruz defends his record: “…,” the senator says`: a subject the quote stands between
        # is the speaker it introduced, not another clause's.
        # (`… calling for X to be banned after the candidate …`: X, embedded, may be the candidate.)
        bound = [r for r in subjects if not _introduced_quote(article, r.char, head)]
        bound = [r for r in bound if not _subject_a_cause_may_describe(article, r.char, head)]
        own_subject = {id(r.entity) for r in bound}
    else:
        own_subject = {id(r.entity) for r in subjects[:1]}
    # Nor anyone named inside it (`the former secretary of State and Sanders`, parsed with
    # Sanders joined to State), nor in its own clause (`the candidate said of running against
    # Mr. Trump`).
    inside = set(range(head.left_edge.i, head.right_edge.i + 1)) | _own_clause(head) | _acting_subject(head)
    inside |= _addressed_by_subject(head)
    own_subject |= {id(p) for c, p, i in article.person_mentions if i in inside and p is not beside}
    own_subject |= _objects_of_own_verb(people, char, sentence, head) | _words_rule_out(article, head, lemma)
    return own_subject | _speakers_answered(article, people, (char, sentence), head)


def _give_the_description(
    article: ArticleEntities,
    people: Salience[Entity],
    at: tuple[int, int],
    head: Token,
    best: Entity,
    roles_also: list[Token],
    agreement: Callable[[Entity], float],
) -> None:
    """The person ``best`` a definite description (``head``) stands for takes its role, and
    each role joined to it (``roles_also``: `the front-runner and former senator`), and is
    named there in ``people``; the description is theirs outright where they fit it whole."""
    char, sentence = at
    words = _clause_free_phrase(head)
    own = is_role_noun(head) or _hyphenated_lemma(head) in lexicon().role_nouns
    role, organization = _description_role(article, head, words) if own else ("", "")
    for n, conj in enumerate(roles_also):
        also = article.describer.role_of(_clause_free_phrase(conj))
        if also[0]:
            best.descriptors.append(Descriptor(char, also[0], also[1], "description", n + 1))
    if role or roles_also:
        if role:
            best.descriptors.append(Descriptor(char, role, organization, "description"))
        people.add(char, sentence, head, best)
        if agreement(best) == 1.0:
            article.description_at[char] = best


def _held_no_more(head: Token) -> bool:
    """Whether the description headed by ``head`` names a job held before (`the former
    minister`, `the ex-minister`, `the onetime coach`)."""
    words = [t.lower_ for t in head.doc[head.left_edge.i : head.i]]
    # (`ex` only as the word before the hyphen: `the ex-minister`.)
    return bool((PAST_JOB_WORDS - {"ex"}) & set(words)) or "ex" in words[-2:-1]


def _not_the_past_holder(article: ArticleEntities, head: Token, job: str) -> set[int]:
    """The ids of those `the former <job>` (headed by ``head``) cannot be: those the article does
    not give the job as past when someone is given it so; else, for a job that is no office of
    public life (whose title news keeps: `President Bush`), those it gives the job now
    (`_past_holder_unknown`)."""
    if not _held_no_more(head):
        return set()
    past = _past_holders(article, job)
    if past:
        return {id(p) for p in article.people() if all(p is not holder for holder in past)}
    if _public_office(job):
        return set()
    return {id(p) for p in article.people() if _holds_job(p, job)}


# Verbs of saying that answer someone (lemmas): who answers is not who spoke just before.
_ANSWERING_VERBS = frozenset({"reply", "answer", "retort", "respond", "rejoin", "counter"})


def _speakers_answered(
    article: ArticleEntities, people: Salience[Entity], at: tuple[int, int], head: Token
) -> set[int]:
    """`“…,” observed Mr. Hargreaves. | “…,” replied the Chairman.`: a description that answers
    (`replied`, `retorted`) is not who spoke in the sentence before, the subject of its verb of
    saying, whom it answers (as a council's minutes and a debate's report write the exchange);
    one asked (`Ruiz was asked …`, `Hale asked Ruiz …`) may well be who answers."""
    char, sentence = at
    verb = head.head
    # (`“…,” replied the Chairman`, after the quote: the parser may make him the object.)
    inverted = head.dep_ == "dobj" and verb.i < head.i and verb.i > 0 and verb.nbor(-1).is_quote
    if not (head.dep_ == "nsubj" or inverted) or verb.lemma_.lower() not in _ANSWERING_VERBS:
        return set()
    cues = lexicon().cue_verbs
    answered = set()
    for r in people.subjects(char, sentence, back=1):
        tok = head_after(_token_at(article, r.char), ("compound", "flat", "amod", "det"))
        said = tok.head.lemma_.lower()
        if r.sentence == sentence - 1 and tok.dep_ == "nsubj" and said in cues and said != "ask":
            answered.add(id(r.entity))
    return answered


def _holder_or_someone_new(
    article: ArticleEntities,
    people: Salience[Entity],
    at: tuple[int, int],
    head: Token,
    lemma: str,
    agreement: Callable[[Entity], float],
) -> None:
    """Who a definite description that no prominent person fits stands for: the one person met
    so far who holds its job, else someone new, when nobody it could describe is named yet."""
    if not _only_holder_met(article, people, at, head, lemma, agreement):
        _someone_new_described(article, people, at, head, agreement)


def _words_rule_out(article: ArticleEntities, head: Token, lemma: str) -> set[int]:
    """The ids of the people a description's own words rule out: those they name, and for `the
    former <job>`, those who are not its past holder (`_not_the_past_holder`)."""
    return _named_by_its_words(article, head) | _not_the_past_holder(article, head, lemma)


def _named_by_its_words(article: ArticleEntities, head: Token) -> set[int]:
    """The ids of the people a description's own words in capitals name (`Derry lost … “…,” the
    Derry manager said`, `Derry` tagged a person once): whom it names is not whom it describes."""
    qualifiers = {t.lower_ for t in head.doc[head.left_edge.i : head.i] if t.is_title}
    if not qualifiers:
        return set()
    return {id(p) for p in article.people() if qualifiers & {w.lower() for w in p.key}}


def _only_holder_met(
    article: ArticleEntities,
    people: Salience[Entity],
    at: tuple[int, int],
    head: Token,
    lemma: str,
    agreement: Callable[[Entity], float],
) -> bool:
    """`Gov. Ramon Cruz ordered …` and three paragraphs on, `The governor said police would
    patrol`: a definite description, the subject of its sentence, that none is prominent enough
    for is still the one person met so far whom the article gives its job, as `“…,” the
    governor said` would be; the `he said` after it then continues that person, not whoever
    was named last."""
    char, sentence = at
    if not is_main_subject(head) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    # (Only a bare description: `the governor of Cebu`, `the minister who …` may be another.)
    if any(c.i > head.i and c.dep_ not in ("punct", "cc", "conj") for c in head.children):
        return False
    # (`The Minister told the delegation`: a role in capitals is the office the story brought in
    # by that title, among those met so far; not one named at the story's foot.)
    holder = article.only_holder_of(lemma, before=char if _role_in_capitals(head) else -1)
    # (`Ana Ruiz, a former health minister, … Prime Minister Tom Hale said … “…,” the former
    # minister said`: the one given the job as past, though another holds it now.)
    past = _past_holders(article, lemma) if _held_no_more(head) else []
    holder = past[0] if len(past) == 1 else holder
    if holder is None and not past:
        holder = _only_unnamed_holder(article, lemma, char)
    seated = _only_one_seated(article, lemma, char) if holder is None and not past else None
    holder = holder or seated
    if holder is None or min(holder.mentions, default=char) >= char or agreement(holder) != 1.0:
        return False
    # (`the health minister` is not the one named `Finance Minister X`.)
    said = " ".join(f"{d.role} {d.organization}" for d in holder.descriptors).lower().split()
    if not all(w in said for w in [c.lower_ for c in head.lefts if c.dep_ not in ("det", "punct")]):
        return False
    if seated is not None:
        # (`in the chair` told no noun: the description's is the role the seat gave them.)
        role, organization = _description_role(article, head, _clause_free_phrase(head))
        holder.descriptors.append(Descriptor(char, role, organization, "description"))
    # (A job the holder has already: the description adds only where it stands.)
    people.add(char, sentence, head, holder)
    article.description_at[char] = holder
    return True


def _only_unnamed_holder(article: ArticleEntities, lemma: str, char: int) -> Entity | None:
    """`The Earl of Harewood opened the wing …` and paragraphs on, `the earl added`: the one
    person the story has brought in before char ``char`` by an office held for a place (`Earl of
    Harewood`, `Mayor of Lenton`: one holder at a time) and never named, when no person it names
    holds the job. Not a job many hold (`a Mexican official` … `the official`: perhaps another)."""
    if any(_holds_job(p, lemma) for p in article.people()):
        return None
    described = {
        id(e): e
        for e in article.descriptions.values()
        if e.kind != "organization"
        and min(e.mentions, default=char) < char
        and any(role_head(d.role) == lemma and _office_of_a_place(d.role) for d in e.descriptors)
    }
    return next(iter(described.values())) if len(described) == 1 else None


def _office_of_a_place(role: str) -> bool:
    """Whether ``role`` is an office held for a named place (`Earl of Harewood`, `Mayor of
    Lenton`): its `of` right after the job's one or two words, a name in capitals after it."""
    words = role.split()
    joint = next((n for n, w in enumerate(words) if w == "of"), 0)
    return 1 <= joint <= 2 and joint + 1 < len(words) and words[joint + 1][:1].isupper()


def _someone_new_described(
    article: ArticleEntities,
    people: Salience[Entity],
    at: tuple[int, int],
    head: Token,
    agreement: Callable[[Entity], float],
) -> None:
    """`The Chairman said the rates must rise. “…,” said he.`: a definite description, the
    subject of its sentence's main clause, before anyone it could stand for is named (a
    chairman, a judge, a coroner the story never names) is someone new, as `a spokesman`
    would be, whom a `he` or `she` after it can mean. Not after a name it may describe: `the
    actor`, `the businessman` are mostly a name's epithets, however little the article says of
    the person, and then the sieves' own reading stands, as before."""
    char, sentence = at
    if not is_main_subject(head):
        return
    rivals = [p for c, p, _ in article.person_mentions if c < char and agreement(p) > 0]
    if rivals and not _officer_apart(head, rivals, agreement):
        return
    words = _clause_free_phrase(head)
    role, organization = _description_role(article, head, words)
    if not role:
        return
    entity = article.description(text_of(article.doc, words), role, organization, char)
    entity.gender = entity.gender or lexicon().noun_genders.get(_hyphenated_lemma(head), "")
    people.add(char, sentence, head, entity)


def _officer_apart(head: Token, rivals: list[Entity], agreement: Callable[[Entity], float]) -> bool:
    """`Councillor R. Evans said …. The Town Clerk said the matter had been referred`: a definite
    description, the subject of a verb of saying, that everyone named before fits only as the
    holder of another job, is an officer the story names by the office alone (as council minutes
    and court reports do), someone new, though people were named before."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    says = head.head.lemma_.lower() in lexicon().cue_verbs
    return the and says and all(agreement(p) <= DIFFERENT_ROLE for p in rivals)


def _name_closing(article: ArticleEntities, head: Token) -> Entity | None:
    """`The chairman of the traders' association, Musa Bello, said`: the person named between
    commas at the end of a definite description is the one it describes, though the parser
    set the name beside the description's last noun (`association`), not its head."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    doc, end = article.doc, head.right_edge.i
    while end > head.i and doc[end].is_punct:
        end -= 1  # (the comma closing the name may hang on the description's head)
    for _, person, i in article.person_mentions:
        tok = doc[i]
        if not (head.i < i <= end and tok.dep_ == "appos" and person.kind == "person"):
            continue
        closed = tok.right_edge.i == end and end + 1 < len(doc) and doc[end + 1].text == ","
        if doc[tok.left_edge.i - 1].text == "," and closed:
            return person
    return None


def _acting_subject(obj: Token) -> set[int]:
    """The tokens of the subject of the verb ``obj`` is the object of: who is named there acts
    on the description, and is not it (`An article written by Ian Tuller attacked the
    governor`: not Tuller); but for an owner (`Trump's rivals urged the mogul`: he may be)."""
    if obj.dep_ not in ("dobj", "dative"):
        return set()
    verb = obj.head
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < obj.i:
            owned = {t.i for c in child.subtree if c.dep_ == "poss" for t in c.subtree}
            out |= {t.i for t in child.subtree} - owned
    return out


def _own_clause(subject: Token) -> set[int]:
    """The tokens of the clause ``subject`` is the subject of, after its verb, but for the
    clauses it holds (`the senator said Cruz would …`, `…, before clarifying that he, Christie,
    was …`): who is named there is someone the subject acts on or speaks of."""
    verb = subject.head
    if not is_subject(subject) or subject.dep_ not in ("nsubj", "nsubjpass") or verb.i < subject.i:
        return set()
    out: set[int] = set()
    todo = [c for c in verb.rights if c.dep_ not in _CLAUSES]
    while todo:
        tok = todo.pop()
        out.add(tok.i)
        todo += [c for c in tok.children if c.dep_ not in _CLAUSES]
    return out


# Verbs whose `to` names whom the subject speaks to (`Speaking to X, the minister said`), and
# nouns of a talk whose `with` does (`In an interview with X, the coach said`): English usage.
_ADDRESSING_VERBS = frozenset({"speak", "talk", "chat", "write"})
_TALK_NOUNS = frozenset({"interview", "conversation", "chat"})


def _addressed_by_subject(subject: Token) -> set[int]:
    """The tokens of whom the subject ``subject`` speaks to, as a phrase on its own verb says
    (`Talking to Dawn, the official said`, `In an interview with Tom Hale, the coach said`): a
    listener, the paper or the host, is not who speaks."""
    verb = subject.head
    if not is_subject(subject) or verb.i == subject.i:
        return set()
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in _ADDRESSING_VERBS:
            preps = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"]
        elif child.dep_ == "prep":
            talks = [n for n in child.children if n.dep_ == "pobj" and n.lemma_.lower() in _TALK_NOUNS]
            preps = [c for n in talks for c in n.children if c.dep_ == "prep" and c.lower_ == "with"]
        else:
            continue
        out |= {t.i for p in preps for o in p.children if o.dep_ == "pobj" for t in o.subtree}
    return out


def _same_job(noun: str) -> set[str]:
    """The nouns news writes for the job ``noun`` names, in turn (`Legislator X said …`, then
    `the lawmaker said`: models/job_families.txt), singular and plural."""
    families = lexicon().job_families
    family = families.get(noun)
    nouns = {noun} | {w for w, f in families.items() if family and f == family}
    return nouns | {w + "s" for w in nouns}


def _role_fit(p: Entity, head: Token, lemma: str) -> float:
    """How well person ``p`` fits a description headed by ``head`` (role noun ``lemma``): a role
    of theirs with its noun, fully; none known, less; only other roles, least."""
    # (`Police-constable Harris` … `the constable`: a rank joined to the force's noun is the rank.)
    roles = [[*words, *map(job_of_word, words)] for d in p.descriptors if (words := d.role.lower().split())]
    same = _same_job(lemma) | {head.lower_}
    if any(same & set(words) for words in roles) or same & (p.titled | _house_seat(p)):
        return 1.0
    # `the union boss` for the union secretary: another noun for the job, of the same body.
    bodies = {c.lower_ for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if bodies & {w for d in p.descriptors for w in f"{d.role} {d.organization}".lower().split()}:
        return NO_ROLE
    # (`Captain Liam Hart` … `the midfielder said`: who leads a side or a crew also plays or
    # works in it, so a captain fits as one whose job is not yet told; not an office of public
    # life, `the Minister`, whom a boat's skipper meets: models/offices.txt.)
    lex = lexicon()
    captains = roles and all(words[-1:] and words[-1] in lex.team_ranks for words in roles)
    office = lemma in lex.place_offices or lemma in lex.seat_holders or lemma in lex.candidacy_nouns
    if captains and not office:
        return NO_ROLE
    return DIFFERENT_ROLE if roles or p.titled else NO_ROLE


# The nouns for who presides over a meeting, whom minutes seat `in the chair` (``_IN_THE_CHAIR``).
_CHAIR_NOUNS = frozenset({"chairman", "chairwoman", "chairperson", "chair"})
# Who presides over a court: a story names them by the title or not at all.
_BENCH_JOBS = frozenset({"judge", "magistrate", "coroner"})


def _role_or_near_job_fit(article: ArticleEntities, p: Entity, head: Token, lemma: str) -> float:
    """``_role_fit``, but a near job (``_near_job``) fits as none told while nobody holds the job."""
    fit = _role_fit(p, head, lemma)
    if fit == NO_ROLE and lemma in _CHAIR_NOUNS and _seated_in_the_chair(article, p):
        # (`Alderman PRICE in the chair. … The CHAIRMAN: …`: the one the story seats in the
        # chair holds it, as one it called its chairman would.)
        return 1.0
    if fit == NO_ROLE and lemma in _BENCH_JOBS:
        # (`Outside court, 84-year-old Edna Marsh said` … `The judge replied`: a court's judge
        # comes with the court the story tells of; whom it names without the title is not them.)
        return 0.0
    if fit == NO_ROLE and lemma in care_jobs() and _cared_for(article, p):
        # (`Tom Baxter was taken to hospital. “…,” the doctor said`: the one hurt is the
        # patient, not the one who treats them, whom the story names with the title if at all.)
        return 0.0
    if fit == NO_ROLE and _sole_office_in_capitals(head, lemma) and not _seated_in_the_chair(article, p):
        # (`Mr. DAVIES said …. The Mayor said that …`: minutes name the chair or the town's one
        # holder by the office in capitals; whom they name with no office told is another.)
        return 0.0
    if fit == DIFFERENT_ROLE and _near_job(p, lemma) and not _job_held(article, head, lemma):
        return NO_ROLE
    return fit


def _cared_for(article: ArticleEntities, p: Entity) -> bool:
    """Whether the story says person ``p``, by name, was hurt or cared for: the passive subject of
    a verb done to a patient (`Tom Baxter was taken to hospital`, `Ms Obi was treated for burns`,
    `Baxter was injured`)."""
    # (`Dr Sarah Lee was taken to hospital … the doctor said`: a doctor may be a patient too.)
    if any(title_word(m.name.title) in {"dr", "doctor"} for m in p.people):
        return False
    doc = article.doc
    for _, q, i in article.person_mentions:
        token = doc[i]
        if q is p and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in care_verbs():
            return True
    return False


def _sole_office_in_capitals(head: Token, lemma: str) -> bool:
    """`The Mayor`, `the Chairman`: an office one person holds at a time, a place's or a
    meeting's (``_sole_office_held_before``'s lists), written in capitals after `the` alone, or
    all in capitals as minutes print a speaker's label (`The CHAIRMAN:`). (Not a meeting's
    officer that is also a country's office, `The President said`, whom news may name first
    without it.)"""
    lex = lexicon()
    bare = [t.lower_ for t in head.lefts] == ["the"]
    offices = lex.sole_offices | (lex.meeting_officers - lex.place_offices)
    # (`The CHAIRMAN:`, all in capitals as minutes print a speaker's label: the tagger reads it
    # as a common noun, but it is the same office.)
    printed = head.is_alpha and head.text.isupper() and not head.ent_type_
    return bare and lemma in offices and (_role_in_capitals(head) or printed)


# The words right after a name that seat its person in a meeting's chair (`Mr. JOHN BURNS
# presiding`, `Mr. THOMAS HALE in the chair`), as archive reports of meetings write it.
_IN_THE_CHAIR = ("presiding", "presided", "in the chair", "took the chair", "occupied the chair")
_IN_THE_CHAIR_STARTS = re.compile(r"(?<= )(?:" + "|".join(_IN_THE_CHAIR) + r")\b", re.IGNORECASE)


def _seated_in_the_chair(article: ArticleEntities, p: Entity) -> bool:
    """Whether a name of ``p`` is followed by words that put the person in the chair
    (``_IN_THE_CHAIR``): the chair the story has given, though with no role's noun."""
    doc = article.doc
    for _, person, i in article.person_mentions:
        if person is p:
            # (`Alderman THOMAS PRICE presiding`, the mention's head its first name: past the rest.)
            end = i + 1
            while end < min(len(doc), i + 3) and doc[end].text.isupper() and _seated_name_word(doc[end]):
                end += 1
            end += end < len(doc) and doc[end].text == ")"  # (`the Mayor (Alderman PRICE) in the chair`)
            after = " ".join(t.lower_ for t in doc[end : end + 3])
            if after.startswith(_IN_THE_CHAIR):
                return True
    return False


def _only_one_seated(article: ArticleEntities, lemma: str, char: int) -> Entity | None:
    """`Alderman PRICE in the chair. … The CHAIRMAN: …`: for a chair's noun, the one person the
    story seats in the chair before ``char`` (``_seated_in_the_chair``), else None."""
    if lemma not in _CHAIR_NOUNS:
        return None
    before = {id(p): p for at, p, _ in article.person_mentions if at < char}
    seated = {key: p for key, p in before.items() if _seated_in_the_chair(article, p)}
    return next(iter(seated.values())) if len(seated) == 1 else None


def _near_job(p: Entity, lemma: str) -> bool:
    """`Coach Ana Ruiz` … `the Lenton manager added`: every role of ``p`` is a job that the
    family of ``lemma`` may name (models/job_families.txt kind `near`: British pages call a side's
    coach its manager), so ``p`` fits as one whose job is not yet told."""
    family, near = lexicon().job_families.get(lemma), lexicon().near_jobs
    roles = [d.role.lower().split() for d in p.descriptors if d.role]
    return bool(family and roles) and all(words[-1:] and near.get(words[-1]) == family for words in roles)


def _job_held(article: ArticleEntities, head: Token, lemma: str) -> bool:
    """Whether anyone the article names holds the job a description headed by ``head`` names
    (`Team manager X … head coach Y … the manager added`: X's, whom a near job never outranks)."""
    return any(_role_fit(p, head, lemma) == 1.0 for _, p, _ in article.person_mentions)


def _office_held(article: ArticleEntities, head: Token, lemma: str, char: int) -> tuple[bool, bool]:
    """Whether the office the description ``head`` names is held by one the story has given it
    (``_sole_office_held_before``) or owned by a body (`its chief executive`, which is held too),
    and whether it is owned: read once per description, not again for every person weighed."""
    owned = _owned_by_a_body(head)
    return owned or _sole_office_held_before(article, head, lemma, char), owned


def _description_fit(
    article: ArticleEntities,
    p: Entity,
    described: tuple[Token, str],
    office: tuple[bool, bool],
    reported: bool,
) -> float:
    """How well ``p`` fits the description ``described`` (its head and role noun), the office it
    names held by one the story has given it, or not, and owned by a body (`its chief executive`),
    or not (``office``, from ``_office_held``), and said inside another's report, or not."""
    head, lemma = described
    held, owned = office
    # (A job a body owns is held: ``owned`` implies ``held``.)
    if owned and not _given_the_jobs_words(p, head):
        return 0.0
    fit = _role_or_near_job_fit(article, p, head, lemma)
    if held and fit < 1.0:
        # (`the Mayor (Mr. W. Hughes) presiding. … Mr. Wilkins said …. “…,” said the Mayor`:
        # one the story has given the office holds it; another it names, with no role told,
        # is not its holder too.)
        return 0.0
    # (`Police spokesman X said the driver had been arrested`: inside another's report, a
    # description is someone it names only by a role they hold.)
    return fit if fit == 1.0 or not reported else 0.0


def _sole_office_held_before(article: ArticleEntities, head: Token, lemma: str, char: int) -> bool:
    """Whether the bare description ``head`` (`the Mayor`, `the Chairman`) names an office one
    person holds at a time, a place's (models/offices.txt, kind `sole`) or a meeting's chair or
    officer (models/member_jobs.txt, kind `meeting`), that someone the article names before
    ``char`` holds. (Not `the Florida senator`, one of many, nor `the Ohio governor`, whose
    words may tell someone's office the story has not yet.)"""
    lex = lexicon()
    if lemma not in lex.sole_offices | lex.meeting_officers or [t.lower_ for t in head.lefts] != ["the"]:
        return False
    return any(at < char and _role_fit(p, head, lemma) == 1.0 for at, p, _ in article.person_mentions)


def _description_winner(
    people: Salience[Entity], char: int, sentence: int, head: Token, agreement: Callable[[Entity], float]
) -> Entity | None:
    """The person a definite description stands for: the most prominent once weighed by
    ``agreement``, when clearly ahead of the next (`the senator` between two senators names
    neither) and weighed above DESCRIPTION_THRESHOLD; below it, only the one person just named
    that a description giving an age comes back to (``_aged_topic``)."""
    scores = sorted(
        ((w * agreement(p), p) for w, p in people.scores(char, sentence).values()),
        key=lambda x: -x[0],
    )
    if not scores:
        return None
    if scores[0][0] < DESCRIPTION_THRESHOLD:
        return _aged_topic(people, (char, sentence), head, scores)
    top = scores[0][1]
    close = [p for w, p in scores[1:] if w * DESCRIPTION_MARGIN > scores[0][0]]
    if not close:
        return top
    # `Reid blasted Rubio. “…,” the Senate minority leader said`: a description that is the
    # subject of a clause continues the topic, the nearest main-clause subject before it, when
    # the article tells nothing else of the person and no close rival holds its role. (Not one
    # of a pair: `the mogul and the socialist have …`.)
    alone = head.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in head.children)
    topic = [r for r in people.subjects(char, sentence, back=1) if r.main]
    continued = alone and bool(topic) and topic[0].entity is top
    # (`Independent councillor Marc Jones said …. “…,” the Gresford councillor said`: the topic
    # holds the role, and so the description continues it, though a rival holds the role too.)
    if continued and agreement(top) == 1.0:
        return top
    if not alone or top.descriptors or top.titled or any(agreement(p) == 1.0 for p in close):
        return None
    return top if continued else None


def _aged_topic(
    people: Salience[Entity], at: tuple[int, int], head: Token, scores: list[tuple[float, Entity]]
) -> Entity | None:
    """`Aisling Murphy still lives at home. The 29-year-old nurse …`: a description giving an age
    (news's way of coming back to one just named) that is the subject of its clause stands for the
    one person weighed, named in its sentence or the one before, whose job the story had not told;
    a description with no age may be another (`Smith was taken to hospital. The doctor said`)."""
    words = head.doc[head.left_edge.i : head.i].text
    if not _AGED.search(words) or head.dep_ not in ("nsubj", "nsubjpass") or scores[0][0] <= 0:
        return None
    top = scores[0][1]
    alone = len([w for w, _ in scores if w > 0]) == 1
    char, sentence = at
    just_met = any(
        r.entity is top and r.char < char and sentence - r.sentence <= 1 for r in people.since(sentence - 1)
    )
    return top if alone and just_met and not top.descriptors else None


# An age written as news writes it before a noun (`the 29-year-old nurse`, `a 54 year old`).
_AGED = re.compile(r"\b\d+\s*-?\s*years?\s*-?\s*old\b")


# Conjunctions opening a clause that tells what set an action off (`after`, `because`).
_MARKS_OF_A_CAUSE = frozenset({"after", "because", "when", "since"})


def _subject_a_cause_may_describe(article: ArticleEntities, subject: int, description: Token) -> bool:
    """`A lawmaker is calling for Tom Vance to be banned after the presidential candidate
    insulted farmers`: a description, subject of a clause of cause (`after`, `because`), may
    stand for the subject (at char ``subject``) of a clause embedded before it, a complement or
    `for … to`, whom the sentence's frame acts on: no subject of the frame itself. Not where
    the clause of cause names someone by a pronoun (`after the senator mocked him`: not him)."""
    verb = description.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if description.dep_ != "nsubj" or verb.dep_ != "advcl" or not marks & _MARKS_OF_A_CAUSE:
        return False
    if any(t.lower_ in ("him", "her", "them", "himself", "herself") for t in verb.subtree):
        return False
    tok = head_after(_token_at(article, subject), ("compound", "flat"))
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.i < clause.i < verb.i:
        return False
    embedded = clause.dep_ in ("ccomp", "xcomp") or (
        clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    )
    return embedded and clause.head.dep_ == "ROOT"


def _introduced_quote(article: ArticleEntities, subject: int, description: Token) -> bool:
    """Whether the subject mention at char ``subject`` is that of the sentence's main clause
    (or of a clause the description's verb governs, as the parser may read `X: “…,” the
    senator said`) and quoted words lie between it and the ``description``: the quote it
    introduced, not a clause of its own (`Nothing the president said “…,” the senator said`)."""
    tok = _token_at(article, subject)
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    while verb.dep_ in ("ccomp", "parataxis", "conj") and verb.i != description.head.i:
        verb = verb.head
    main = verb.dep_ == "ROOT" or verb.i == description.head.i
    return main and _quote_between(article, subject, description.left_edge.idx)


def _quote_between(article: ArticleEntities, start: int, end: int) -> bool:
    """Whether quoted words lie between chars ``start`` and ``end`` of the article."""
    quoted = article.context.memo(
        ("quoted tokens before", id(article.outside)), lambda: _quoted_before(article.outside)
    )
    starts = article.token_starts
    return quoted[bisect_right(starts, end - 1)] > quoted[bisect_right(starts, start)]


def _quoted_before(outside: list[bool]) -> list[int]:
    """For each token index (and one past the last), how many tokens before it are quoted."""
    counts = [0]
    for out in outside:
        counts.append(counts[-1] + (not out))
    return counts


def gender_agreement(p: Entity, gender: str) -> float:
    """How well person ``p`` fits a pronoun of ``gender`` ("m", "f", or "" for either)."""
    if p.kind == "description" and not (gender and p.gender == gender):
        # An unnamed person takes the pronoun their own noun says (`a spokeswoman` … `she`);
        # another only when nobody else fits: `an official said … he said` is as often
        # someone named before.
        return 0.0 if p.gender else UNNAMED_UNSAID
    if p.gender == gender or not gender:
        return 1.0
    if not p.gender:
        return UNKNOWN_GENDER
    return GUESSED_GENDER_CLASH if p.gender_guessed else 0.0


def _reporter_of(article: ArticleEntities, head: Token) -> set[int]:
    """`The former secretary of state will play the woman card, Fiorina said`: the person whose
    words a description's clause reports is not the description."""
    verb = head.head
    if not is_subject(head) or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return set()
    subjects = {c.i for c in verb.head.children if c.dep_ == "nsubj"}
    return {id(p) for _, p, i in article.person_mentions if i in subjects}


def _reported_by_a_description(head: Token) -> bool:
    """`The Mayor said the surveyor would report`: a description whose clause another description
    reports, by a verb of saying (`The Town Clerk said the surveyor …`), is inside another's
    report as one a name reports is (``_reporter_of``), though no person's mention is the
    reporter: council minutes and court reports name their officers by the office alone."""
    verb = head.head
    if not is_subject(head) or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    said = verb.head
    return said.lemma_.lower() in lexicon().cue_verbs and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and is_role_noun(c) for c in said.children
    )


def _objects_of_own_verb(people: Salience[Entity], char: int, sentence: int, head: Token) -> set[int]:
    """`The governor first named her to the court`: who the object pronoun of a description's
    own verb stands for (the most prominent person of its gender) is not the description."""
    if not is_subject(head) or head.head.i == head.i:
        return set()
    out = set()
    for obj in head.head.children:
        gender = _PRONOUN_KINDS.get(obj.lower_, "")
        if obj.dep_ in ("dobj", "dative") and obj.pos_ == "PRON" and gender in ("m", "f"):
            them = people.best(char, sentence, _of_gender(gender))
            if them is not None:
                out.add(id(them))
    return out


def _of_gender(gender: str) -> Callable[[Entity], float]:
    """An agreement that takes only people of ``gender``."""
    return lambda p: 1.0 if p.gender == gender else 0.0


def _named_here(
    article: ArticleEntities,
    people: Salience[Entity],
    char: int,
    sentence: int,
    agreement: Callable[[Entity], float],
    nominative: bool,
) -> Entity | None:
    """Whoever the pronoun's own sentence names before it (`That left Ted Cruz center stage,
    so that he …`, `Rubio’s strategy, when he says …`). Not, for a subject pronoun, someone
    named before a quote it follows but the subject that brought the quote in (`Choosing
    between Clinton and Sanders is a “false choice,” she said`): a quote's speaker is no name
    of its lead-in."""
    here = [
        r
        for r in people.since(sentence)
        if r.char < char
        and r.sentence == sentence
        and agreement(r.entity) > GUESSED_GENDER_CLASH
        and (not nominative or r.main or not _quote_between(article, r.char, char))
    ]
    if not here:
        return None
    return people.best(char, sentence, lambda p: agreement(p) if any(r.entity is p for r in here) else 0.0)


def _person_for(
    article: ArticleEntities,
    people: Salience[Entity],
    char: int,
    sentence: int,
    pronoun: Token,
    gender: str | None = None,
) -> Entity | None:
    # (`the 58-year-old`, read as a pronoun, may be anyone; `the mother` is a woman.)
    if gender is None:
        gender = _PRONOUN_KINDS.get(pronoun.lower_, "")
    nominative = pronoun.dep_ in ("nsubj", "nsubjpass") or age_before_its_verb(pronoun)
    # `Farid is her brother`, `Clinton praised him`: an object or a possessive in the
    # predicate is not the subject of its own clause.
    # `He said Ruiz had trained twice`: nor is a subject anyone its own verb's clause names.
    if nominative:
        clause_subject = _named_under(article, pronoun)
    else:
        clause_subject = _barred_by_own_clause(people, char, sentence, pronoun)

    def agreement(p: Entity) -> float:
        if id(p) in clause_subject and pronoun.dep_ != "poss":
            return 0.0
        return gender_agreement(p, gender)

    best = _bound_by_its_clause_subject(article, pronoun, agreement)
    if best is None and nominative:
        # `Clinton says she …`, `Mook acknowledged …, he said, …`: the subject of the
        # pronoun's own sentence, when one agrees, before anyone more prominent overall.
        own = [
            r.entity
            for r in people.subjects(char, sentence)
            if agreement(r.entity) > GUESSED_GENDER_CLASH or _newly_met(r.entity, gender)
        ]
        best = next((p for p in own if p.gender == gender), own[0] if own else None)
    if best is None:
        best = _named_here(article, people, char, sentence, agreement, nominative)
    if best is None and nominative:
        # Then the subject of the sentence before, the main clause's first (centering: a
        # subject pronoun continues the topic of the sentence before it).
        before = _subjects_before(article, people, char, sentence, pronoun, agreement, gender)
        if not before:
            best = _owner_of_the_subject_before(article, people, char, sentence, agreement)
        if before:
            # (`… she had joined, and she does not think Carter can fix it`: the subject of a
            # clause the main one governs is no topic, however near.)
            top = max(before, key=lambda r: (r.main, r.weight * agreement(r.entity), r.char))
            best = top.entity
    if best is None:
        best = people.best(char, sentence, agreement)
    # (`Mary Wanjiru said her rent had doubled`: a possessive that agrees with the gender her
    # given name suggests makes it firm, so a later `he` does not take her.)
    confirms = pronoun.dep_ == "poss" and best is not None and best.gender_guessed and best.gender == gender
    if best is not None and (nominative or confirms) and gender:
        speaks = pronoun.head.lemma_.lower() in lexicon().cue_verbs
        _learn_gender(people, char, sentence, best, gender, speaks)
    return best


def _bound_by_its_clause_subject(
    article: ArticleEntities, pronoun: Token, agreement: Callable[[Entity], float]
) -> Entity | None:
    """`Cole said that when Ruiz spoke out from her seat in the Senate`: a possessive in a
    phrase of its own clause is the person that clause names as its subject before it, when
    they agree, before anyone more prominent the sentence names; not one on the object the
    verb acts on (`Ruiz praised her work` may praise another's)."""
    subject = _subject_binding_a_possessive(pronoun)
    if subject is None or subject.i > pronoun.i:
        return None
    named = [p for _, p, i in article.person_mentions if i == subject.i and p.kind == "person"]
    return named[0] if named and agreement(named[0]) >= 1.0 else None


def _named_under(article: ArticleEntities, subject: Token) -> set[int]:
    """The people a subject pronoun cannot be: those named after it in its verb's clause,
    reported clauses too (`the 46-year-old said Mwinyi had trained only twice`, `He told Ruiz
    …`: a name the pronoun commands is someone else); not a name set beside it (`he, Hale,
    said`)."""
    verb = subject.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i < subject.i:
        return set()
    last = verb.right_edge.i
    doc = article.doc
    fronted = _fronted_participle_clauses(verb, subject)
    return {
        id(p)
        for _, p, i in article.person_mentions
        if subject.i < i <= last and doc[i].dep_ != "appos" and doc[i].head.i != subject.i
        or any(c.left_edge.i <= i <= c.right_edge.i for c in fronted)
    }


def _fronted_participle_clauses(verb: Token, subject: Token) -> list[Token]:
    """`Speaking after the loss at Wigan, he said`, `Asked about Ruiz, she said`: a participle's
    clause with no subject of its own, before the subject, has the subject for its own; a name
    inside it is someone else, as a name in the verb's own clause is."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i < subject.i
        and c.tag_ in ("VBG", "VBN")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _barred_by_own_clause(people: Salience[Entity], char: int, sentence: int, pronoun: Token) -> set[int]:
    """The entity an object pronoun cannot be: the nearest subject, when it is the subject of
    the pronoun's own clause."""
    own = _own_clause_subject(pronoun)
    if own is None:
        return set()
    nearest = people.subjects(char, sentence)[:1]
    return {id(r.entity) for r in nearest if own.left_edge.idx <= r.char <= own.idx}


def _own_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun stands in: the one person it cannot be
    (`Clinton praised him`). In `a win that led her to declare`, `the remarks hurt him` that
    subject is no person, and the subject of the sentence's other clause may well be who is
    meant; a relative clause's `who` stands for the noun it describes. Nor in `Hale ran
    through causes important to him`, whose adjective on a noun is a clause of its own: the
    pronoun may well be the verb's subject."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.pos_ == "ADJ" and verb.dep_ == "amod":
            return None
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _owner_of_the_subject_before(
    article: ArticleEntities,
    people: Salience[Entity],
    char: int,
    sentence: int,
    agreement: Callable[[Entity], float],
) -> Entity | None:
    """`Lee's report also attacked Park, accusing him of … He calls it …`: when no person is
    a subject in the sentence before, the owner of its main subject (a report, a letter, a
    campaign) is the topic a subject pronoun continues."""
    for r in people.since(sentence - 1):
        if r.char >= char or r.sentence != sentence - 1 or agreement(r.entity) <= GUESSED_GENDER_CLASH:
            continue
        tok = head_after(_token_at(article, r.char))
        # (The parser may call the owner `nmod`, its `’s` a case marker.)
        owner = tok.dep_ == "poss" or tok.dep_ == "nmod" and any(c.dep_ == "case" for c in tok.children)
        if owner and tok.head.pos_ == "NOUN" and is_main_subject(tok.head):
            return r.entity
    return None


def _subjects_before(
    article: ArticleEntities,
    people: Salience[Entity],
    char: int,
    sentence: int,
    pronoun: Token,
    agreement: Callable[[Entity], float],
    gender: str,
) -> list[Record[Entity]]:
    """The subjects of the sentence before a subject pronoun's that it can stand for."""
    return [
        r
        for r in people.subjects(char, sentence, back=1)
        if r.sentence < sentence
        and (
            agreement(r.entity) > GUESSED_GENDER_CLASH
            or _newly_met(r.entity, gender)
            or _said_just_before(article, r, sentence, pronoun)
        )
    ]


def _said_just_before(article: ArticleEntities, r: Record[Entity], sentence: int, pronoun: Token) -> bool:
    """`A neighbour said the family had lived there for years. “…,” she said`: someone unnamed
    whose noun says no gender and no post, the main subject of a verb of saying in the sentence right
    before, is who a `he` or `she` saying the next words continues (not a woman named further
    back: the story has turned to the neighbour)."""
    p = r.entity
    if p.kind != "description" or p.gender or not r.main or r.sentence != sentence - 1:
        return False
    cues = lexicon().cue_verbs
    # (`"…," said the mother of three`: a description with a gender reads the name first.)
    if _PRONOUN_KINDS.get(pronoun.lower_) not in ("m", "f") or pronoun.head.lemma_.lower() not in cues:
        return False
    subject = head_after(_token_at(article, r.char), ("compound", "amod", "poss", "det"))
    verb = subject.head
    # (`An official said …. "…," she said`: one in a post passing through may speak for
    # someone named before; a neighbour, a son holds no post to speak from.)
    if any(d.role for d in p.descriptors) and not _officer_reporting(article, subject):
        return False
    # (`A reporter asked Sanders how he felt. He replied: …`: a person it spoke to answers.)
    spoken_to = any(
        c.dep_ in ("dobj", "dative") and (c.ent_type_ == "PERSON" or c.lower_ in _PRONOUN_KINDS)
        for c in verb.children
    )
    return verb.lemma_.lower() in cues and not spoken_to


def _officer_reporting(article: ArticleEntities, subject: Token) -> bool:
    """`Councillor R. Evans said …. The Town Clerk said the matter had been referred. “…,” he
    said`: an officer named by the office alone with `the` (as council minutes and court reports
    name them), whose words the sentence before reports after its verb, is the one who goes on,
    though in a post; not `“…,” said the base chief known as Bob`, a description after its quote,
    nor one with a name set off by commas in its phrase (`The mayor of Lyngdal, Dag Olsen, said`)."""
    verb = subject.head
    if any(t.text == "," for t in subject.subtree):
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    reported = any(c.dep_ == "ccomp" and c.i > verb.i and article.outside[c.i] for c in verb.children)
    return definite and subject.i < verb.i and reported


def _newly_met(p: Entity, gender: str) -> bool:
    """Someone unnamed a subject brought in as someone new (`One of the victims, a retired bank
    employee, told …`), whose noun says no gender: the topic a `he` or `she` continues, before
    anyone named further back."""
    return p.newly_met and not p.gender and bool(gender)


def _body_for(bodies: Salience[Entity], char: int, sentence: int) -> Entity | None:
    """`it` or `they`: an organisation, when one is the subject of this sentence or the one
    before (`The union said on Monday that it …`); else nothing (a report, a memo, a plan)."""
    near = {id(r.entity) for r in bodies.subjects(char, sentence, back=1)}
    if not near:
        return None
    return bodies.best(char, sentence, lambda o: 1.0 if id(o) in near else 0.0)


def _nearer_group(article: ArticleEntities, tok: Token, char: int, body: Entity | None) -> Entity | None:
    """`Workers objected to the move. They said …`, `The aides told donors they …`: `they`
    stands for the people a plural subject names in this sentence or the one before (an
    unnamed group, called as the article calls it), when that subject is nearer than the
    organisation ``body`` the pronoun would otherwise go to."""
    doc = article.doc
    context = article.context
    first = context.sentence(tok.i).start
    if first > 0:
        first = context.sentence(first - 1).start
    # (`Analysts said the results beat forecasts. “…,” they wrote`: a thing named since, no
    # body, is not who speaks.)
    speaks = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon().cue_verbs
    for i in range(tok.i - 1, first - 1, -1):
        t = doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass") or not article.outside[i]:
            continue
        if any(c.dep_ == "conj" for c in t.children):
            # `Ana Ruiz and Tom Hale toured the site. “…,” they said`: the two named, as one
            # group; not `He and his partner` (no pair of names).
            return _subject_pair(article, t, char) or body
        main = t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"
        if not main:
            continue  # (a subject inside another clause is no topic: `Critics say nurses …`)
        if not (_plural_noun_of_people(article, t) or _plural_of_a_people(t)):
            continue
        if body is not None and any(t.idx < m < char for m in body.mentions):
            if body.kind == "organization" or not speaks:
                return body
        words = [w for w in doc[t.left_edge.i : t.i + 1] if w.dep_ not in ("punct", "poss")]
        if any(w.tag_ == "CD" or w.ent_type_ == "PERSON" and _owns_next(w) for w in words):
            # (`the two lawmakers`, `Cruz's aides`: the pair and owner rules' own; not `Ruiz
            # supporters`, a group the name only qualifies)
            return body
        return article.description(doc[words[0].i : t.i + 1].text, "", "", doc[words[0].i].idx)
    return body


def _owns_next(word: Token) -> bool:
    """Whether a possessive `'s` follows ``word`` (however the parser hung it)."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ in ("'s", "’s", "'", "’")


def _plural_noun_of_people(article: ArticleEntities, t: Token) -> bool:
    """`Workers`, `the nurses`: a plural common noun that names people."""
    opens = t.i == article.context.sentence(t.i).start  # (`Workers objected …`)
    # (`people` is a plural of its own, no noun of the lists: `People close to her say …`)
    noun = t.lemma_.lower()
    return t.tag_ == "NNS" and (t.is_lower or opens) and (noun == "people" or lexicon().names_a_person(noun))


def _plural_of_a_people(t: Token) -> bool:
    """`Republicans`, `Other Tories`, `Kenyans`: a party's or a people's name in the plural is
    a group of people as much as `voters` is (in the singular it is one member of it)."""
    return t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS")


def _subject_pair(article: ArticleEntities, subject: Token, at: int) -> Entity | None:
    """The group of the two people a subject joins (`Ana Ruiz and Tom Hale`), when both are
    people the article names; else None."""
    conj = [c for c in subject.children if c.dep_ == "conj"]
    if len(conj) != 1 or any(c.dep_ == "conj" for c in conj[0].children):
        return None
    head_person = _person_at_head(article)
    first, second = head_person.get(subject.i), head_person.get(conj[0].i)
    if first is None or second is None or first is second:
        return None
    pair = (first, second)
    return _group_of(article, pair, [p.profile() for p in pair], at)


def _resolve_pronouns(article: ArticleEntities) -> None:
    """Every `he`, `she`, `it` of the story's narrative, in reading order, to the most salient
    entity that agrees with it (quotes/salience.py); each resolved pronoun then adds to its
    entity's salience, and tells the gender of a person the article gave none. Definite
    descriptions (`the former secretary of state`) are read the same way: the person they
    stand for gains the role they give."""
    doc = article.doc
    sentence = narrative_sentences(article.context, article.outside)
    people: Salience[Entity] = Salience()
    bodies: Salience[Entity] = Salience()
    events = _narrative_events(article)
    lex = lexicon()
    for char, i, entity, what in sorted(events, key=lambda e: (e[0], e[2] is None)):
        tok = doc[i]
        if entity is not None:
            pool = people if entity.kind in ("person", "description") and what != "thing" else bodies
            pool.add(char, sentence[i], tok, entity)
            continue
        if what == "description":
            _describe_from(article, people, char, sentence[i], tok)
            continue
        if what == "person noun":
            _name_the_last_named(article, people, char, sentence[i], tok)
            continue
        if what == "epithet":
            # `“…,” the mother-of-two said`: read as a pronoun of the noun's gender.
            gender = lex.epithet_nouns.get(tok.lemma_.lower(), "")
            resolved = _one_called_so_before(article, char, tok) or _person_for(
                article, people, char, sentence[i], tok, gender
            )
            if resolved is not None:
                people.add(char, sentence[i], tok, resolved)
                article.description_at[char] = resolved
                # (`The furious mum, who is a nurse at a local school, added`: what its clause says
                # the person is.)
                _add_descriptors(resolved, char, relative_clause(article.describer, tok.i, tok.i + 1))
            continue
        kind = _PRONOUN_KINDS.get(tok.lower_, "person")
        if kind in ("m", "f", "person"):
            resolved = _person_for(article, people, char, sentence[i], tok)
            if resolved is not None:
                people.add(char, sentence[i], tok, resolved)
                # `… where she is a student`, `He serves as the ambassador`: what the
                # pronoun's clause says its person is.
                owns = _is_its_clause_subject(article, tok, resolved)
                given = subject_predicate(article.describer, tok) + possessed_as(article.describer, tok, owns)
                _add_descriptors(resolved, char, [(role, body, "copula") for role, body in given])
        else:
            organisation = _body_for(bodies, char, sentence[i])
            if organisation is not None:
                bodies.add(char, sentence[i], tok, organisation)
            resolved = _nearer_group(article, tok, char, organisation) if kind == "plural" else organisation
        article.pronoun_at[char] = resolved


def _is_its_clause_subject(article: ArticleEntities, pronoun: Token, person: Entity) -> bool:
    """A possessive pronoun whose clause names `person` as its subject (`when Ruiz spoke out
    from her seat in the Senate`): the pronoun is bound to that subject, whoever else the
    sentence names; not on the object the verb acts on (`Ruiz praised her work in the Senate`
    may praise another's), only in a phrase of its own (`from`, `in`, `with`)."""
    subject = _subject_binding_a_possessive(pronoun)
    return subject is not None and any(p is person and i == subject.i for _, p, i in article.person_mentions)


def _subject_binding_a_possessive(pronoun: Token) -> Token | None:
    """The subject of the clause a possessive pronoun stands in when it owns the noun of a
    phrase (`from her seat`), not the verb's object (`her work`): the person it is bound to."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj":
        return None
    return _own_clause_subject(pronoun)


def _add_descriptors(person: Entity, at: int, given: list[tuple[str, str, str]]) -> None:
    """What a pronoun's or an epithet's clause says its person is (role, body, source), each
    the person does not hold yet."""
    for n, (role, body, source) in enumerate(given):
        if not any((d.role, d.organization) == (role, body) for d in person.descriptors):
            person.descriptors.append(Descriptor(at, role, body, source, n))


def _name_mentions(context: DocContext, mentions: list[Mention]) -> list[Span]:
    """The attributions' mentions that are names the tagger left untagged (`said Ana Ruiz`)."""
    out = []
    for m in mentions:
        while m.refers is not None:
            m = m.refers
        if m.kind != "name":
            continue
        first = bisect_right(context.starts, m.start - 1)
        last = bisect_right(context.starts, m.end - 1)
        if last - first >= 2:
            out.append(context.doc[first:last])
    return out


def _genders(people: list[Entity]) -> None:
    """A person's gender: from a title (`Ms`), a role noun (`spokeswoman`), else the given
    name, when the article names them in full."""
    lex = lexicon()
    for person in people:
        titled = [m.name.gender for m in person.people if m.name.gender]
        if titled:
            person.gender = titled[0]
            continue
        # (The role's head noun: `spokeswoman for the residents' association` says she. One
        # ending in `-man`, `spokesman`, `chairman`, is written of women too in much of the
        # world's news: its gender is a guess, as a given name's is, so `she said` after `Police
        # spokesman Atieno Ochola`, whom alone it fits, is still her.)
        heads = [role_head(d.role) for d in person.descriptors if d.role]
        nouns = [(lex.noun_genders.get(head, ""), head) for head in heads]
        nouns = [(gender, head) for gender, head in nouns if gender]
        if nouns:
            person.gender, head = nouns[0]
            person.gender_guessed = person.gender == "m" and head.endswith("man")
            continue
        full = [m for m in person.people if len(m.name.core) >= 2]
        if full:
            core = full[0].name.core
            # (else a surname or patronymic whose ending says it, in either order of the name)
            given = "" if _syllables_after_a_family_name(core) else lex.first_names.get(core[0], "")
            person.gender = given or next(
                (g for g in map(_gender_of_ending, reversed(core)) if g), ""
            )
            person.gender_guessed = bool(person.gender)


def _syllables_after_a_family_name(core: tuple[str, ...]) -> bool:
    """`Song Seng Wun`, `Kim Jong Un`: three words whose last two are short syllables no given
    name list knows, as Chinese and Korean names are written family name first; the first word
    is then a family name, and a given name spelt alike (`Song`, `Kim`) says no gender."""
    given = lexicon().first_names
    return len(core) == 3 and all(2 <= len(w) <= 5 and w.isalpha() and w not in given for w in core[1:])


def _gender_of_ending(surname: str) -> str:
    """`Jankauskaitė`, `Ospanova`, `Ivanovich`: an ending that says a gender in its language."""
    if len(surname) < 5:
        return ""
    return next((g for ending, g in lexicon().name_endings if surname.endswith(ending)), "")


def _lede_named_after(article: ArticleEntities, resolved: list[Entity | None]) -> list[Entity | None]:
    """`The Chancellor has warned of “…”.` | `Speaking on Sunday, Rachel Reeves said …`: a
    story that opens on a definite description of its speaker (`The Chancellor`, `Ontario's
    health minister says`), as British and Canadian ledes do, names them in the next paragraph.
    The description, the story's first speaker, is the first person named after it, when
    nobody is named before it, that person speaks too, and nothing the article says of them
    gives another role."""
    speakers = list({id(e): e for e in resolved if e is not None}.values())
    lede = speakers[0] if speakers else None
    headline = None
    if lede is not None and len(speakers) > 1 and _headline_description(article, lede):
        # (`Airport cap to stay, minister says` over the story: the lede is the next speaker.)
        headline, lede = lede, speakers[1]
    if lede is None or not _lede_description(article, lede) or not article.person_mentions:
        return resolved
    if _a_meetings_chair(article, lede):
        return resolved
    char, person, _ = min(article.person_mentions, key=lambda m: m[0])
    if char < lede.first:
        return resolved
    apart = _paragraphs_apart(article.context, lede.first, char)
    lede_role = next(d.role for d in lede.descriptors if d.role)
    if plural_role(lede_role):
        # (`The organisers of the festival (who said …)` are several people, not the festival
        # director the next paragraph names.)
        return resolved
    noun = lede_role.lower().split()[-1]
    roles = [d.role.lower().split() for d in person.descriptors if d.role]
    same_job = bool(roles) and any(noun in r for r in roles)
    # (`The Mayor has rejected the report. … Mayor Mark Dalton later told …`: named in the same
    # paragraph, only by the lede's own job.)
    near = 0 < apart <= 2 or (apart == 0 and same_job)
    if not near or person not in resolved or (roles and not same_job):
        return resolved
    if lede.gender and person.gender and lede.gender != person.gender:
        return resolved
    described = [at for at, e in article.description_at.items() if e is lede]
    if any(at > char for at in lede.mentions + described):
        # (`“…,” observed Mr. Hargreaves. | “…,” replied the Chairman.`: a speaker again after
        # the name, and not read as that name there, the description is someone else.)
        return resolved
    person.descriptors.extend(lede.descriptors)
    # (The headline's bare role, `minister says`, is the lede's, `the Minister for Transport`.)
    said = [d.role.lower().split() for d in lede.descriptors if d.role]
    same = headline is not None and any(_token_at(article, headline.first).lower_ in r for r in said)
    return [person if e is lede or (same and e is headline) else e for e in resolved]


# The gender each pronoun of a person says.
_PRONOUN_GENDERS = {"he": "m", "she": "f"}


def _opening_pronoun_named_after(
    article: ArticleEntities, attributions: list[Attribution], resolved: list[Entity | None]
) -> list[Entity | None]:
    """`“We have lost half our herd,” he said, standing beside …` | `Hussein Abdi, 54, has kept
    cattle all his life.`: a feature that opens on a quote its speaker gives as `he` or `she`,
    nobody named before it (a byline is the writer's), names them in the next paragraph: the
    first person named after it, of no other gender, one paragraph on, who speaks again there
    or later, is that pronoun."""
    first = next((n for n, a in enumerate(attributions) if a.mention is not None), None)
    if first is None or resolved[first] is not None:
        return resolved
    m = attributions[first].mention
    assert m is not None
    gender = _PRONOUN_GENDERS.get(article.text[m.start : m.end].lower())
    context = article.context
    named = sorted(
        (c, p) for c, p, _ in article.person_mentions if not context.in_furniture(c) and p.kind == "person"
    )
    if gender is None or not named or named[0][0] < m.start:
        return resolved
    char, person = named[0]
    if _paragraphs_apart(context, m.start, char) != 1 or person.gender not in ("", gender):
        return resolved
    if not any(e is person for e in resolved[first + 1 :]):
        return resolved
    # (Each `he said` before the name is theirs.)
    text, mentions = article.text, [t.mention for t in attributions]
    said = [text[a.start : a.end].lower() if a and a.start < char else "" for a in mentions]
    pronoun = said[first]
    return [person if e is None and w == pronoun else e for w, e in zip(said, resolved, strict=True)]


def _a_meetings_chair(article: ArticleEntities, e: Entity) -> bool:
    """`The Chairman said, “…”` | `Mr. Tillett, who was received with cheers, said: “…”`: a
    report of a meeting calls its chair by the bare office throughout (models/member_jobs.txt,
    a post of kind `meeting`), and whom it names next speaks from the floor, as one named after
    `the chairman of Acme`, a body's, may not."""
    head = head_after(_token_at(article, e.first), ("compound", "amod", "poss", "det"))
    lex, lemma = lexicon(), head.lemma_.lower()
    bare = [t.lower_ for t in head.lefts] == ["the"] and all(t.is_punct for t in head.rights)
    return bare and lemma in lex.meeting_officers and lemma in lex.house_posts


def _lede_subject_named_after(article: ArticleEntities, resolved: list[Entity | None]) -> None:
    """`The Taoiseach has ruled out an early election …` | `Speaking in Cork on Monday, Simon
    Harris said …`: a lede whose subject is a definite description with a role, and which
    quotes nobody, names its holder in the next paragraph as a lede that quotes them does
    (``_lede_named_after``): the first person named after it, within two paragraphs, who
    speaks and whom the article gives no role nor title, holds the description's role."""
    subject = _lede_subject(article)
    if subject is None:
        return
    context = article.context
    named = sorted(
        (c, i, p)
        for c, p, i in article.person_mentions
        if not context.in_furniture(c) and not _in_the_headline(context, c)
    )
    if not named or named[0][0] < subject.idx or _described_where_named(article.doc[named[0][1]]):
        return
    char, _, person = named[0]
    apart = _paragraphs_apart(context, subject.idx, char)
    given = person.titled or any(d.role for d in person.descriptors)
    if not 0 < apart <= 2 or person not in resolved or given:
        return
    gender = lexicon().noun_genders.get(subject.lemma_.lower(), "")
    if gender in ("m", "f") and person.gender and person.gender != gender:
        return
    role, organization = article.describer.role_of(list(subject.subtree))
    if role:
        person.descriptors.append(Descriptor(subject.idx, role, organization, "description"))


def _paragraphs_apart(context: DocContext, first: int, then: int) -> int:
    """How many paragraphs on from char ``first`` char ``then`` lies (0: the same one)."""
    starts = [start for start, _ in context.paragraphs]
    return bisect_right(starts, then) - bisect_right(starts, first)


def _described_where_named(tok: Token) -> bool:
    """Whether the name at ``tok`` comes with words of its own that say who they are (`Resident
    Ann Lee`, `Ann Lee, 54,`): someone new the story meets, not the lede's office holder."""
    head = head_after(tok, ("compound", "flat"))
    first = tok
    while first.i > 0 and first.ent_iob_ == "I":
        first = tok.doc[first.i - 1]
    before = tok.doc[first.i - 1] if first.i > 0 else None
    words = ("NOUN", "PROPN", "ADJ", "NUM")
    modified = before is not None and before.pos_ in words and before.ent_type_ != "PERSON"
    # (`Speaking through his Chief Press Secretary, Mr Tunde Bakare,`: the name set beside a job.)
    beside = head.dep_ == "appos" and is_role_noun(head.head)
    return modified or beside or any(c.dep_ == "appos" for c in head.children)


# What an office holder decides, as a lede reports it (`The Taoiseach has ruled out …`, `The
# minister has defended …`): general English verbs of deciding, by hand.
_VERBS_OF_DECIDING = frozenset(
    "defend reject refuse back unveil approve veto scrap order apologise apologize resign".split()
)


def _lede_subject(article: ArticleEntities) -> Token | None:
    """The subject of the lede's first sentence, when it is a definite description with a role
    (`The Taoiseach has ruled out …`, `Britain's finance minister has warned …`) naming nobody,
    and the lede quotes nobody."""
    context = article.context
    found = lede(context)
    # (A pipeline without a parser sets no sentences: there is no lede subject to read.)
    quoted = any(q in context.text[found.start : found.end] for q in ('"', "“", "”", "‘", "''"))
    if found.sentence < 0 or quoted:
        return None
    root = context.sentence(found.sentence).root
    # (`has warned`, `has ruled out`: the lede reports what its subject said or decided, not
    # what others made of it, `The mayor has angered residents`.)
    ruled_out = root.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in root.children)
    lemma = root.lemma_.lower()
    if not (ruled_out or lemma in _VERBS_OF_DECIDING or lemma in lexicon().speech_verbs):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_role_noun(subject) or subject.tag_ in ("NNS", "NNPS"):
        return None
    definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in subject.lefts)
    if not definite or any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return None
    return subject


def _headline_description(article: ArticleEntities, e: Entity) -> bool:
    """An unnamed person a headline reports by a bare role (`…, minister says`): a description
    in the story's opening paragraph, a line that ends on no full stop; not one the lede rule
    takes for the story's own description (`…, says the Emirati scientist`)."""
    if e.kind != "description" or e.names or e.people or _lede_description(article, e):
        return False
    start, end = article.context.headline
    return start <= e.first < end


def _headline_said_again(
    article: ArticleEntities, attributions: list[Attribution], resolved: list[Entity | None]
) -> list[Entity | None]:
    """`'We will not be silenced,' says union boss` heading the story, then `“We will not be
    silenced,” RMT general secretary Eddie Dempsey said`: a quote at the story's top (its
    headline, or a standfirst above the lede) that an unnamed person says is said again word for
    word (or run on inside a longer quote) further on by someone named, who is that person (of no
    other gender). So is one the top gives nobody (`Water pipes 'at breaking point', council
    told`, `Bus fares 'will double', inquiry hears`, hidden as a headline's, as PolNeAR marks
    none): by anyone named, a body too."""
    out = list(resolved)
    said = [_plain_quote(article.text, a.span.start, a.span.end) for a in attributions]
    opening = article.context.opening
    below = max(lede(article.context).start, article.context.paragraphs[opening][1])
    for n, (att, entity) in enumerate(zip(attributions, resolved, strict=True)):
        if att.span.paragraph < opening or att.span.start >= below or att.kind == "indirect":
            continue
        if entity is None and att.mention is not None:
            continue  # (an unresolved `he`)
        if entity is not None and not _one_unnamed_holder(article, att, entity):
            continue
        kinds = _SAYS_AGAIN[entity is None]
        again = [
            (words == said[n], other)
            for a, other, words in zip(attributions, resolved, said, strict=True)
            if a.span.start >= below and _named_as(other, kinds) and _said_again(said[n], words)
        ]
        # (The same words first; words run on inside longer quotes only when one person says
        # them all: `no return to austerity` in the Chancellor's quote and in her critic's.)
        same = [o for exact, o in again if exact]
        inside = {id(o): o for exact, o in again if not exact}
        named = same[0] if same else next(iter(inside.values())) if len(inside) == 1 else None
        gender = entity.gender if entity is not None else ""
        if named is not None and not (gender and named.gender and gender != named.gender):
            out[n] = named
    return out


def _one_unnamed_holder(article: ArticleEntities, att: Attribution, entity: Entity) -> bool:
    """`says union boss`, `Health minister`: one unnamed person called by a job, whom someone the
    story names may be; not a group (`residents`, `critics`) nor a body (`Bench says`)."""
    if entity.kind != "description" or entity.names or entity.people or att.mention is None:
        return False
    head = article.doc[att.mention.head] if att.mention.head >= 0 else None
    return head is not None and head.tag_ not in ("NNS", "NNPS") and is_role_noun(head)


def _named_as(entity: Entity | None, kinds: frozenset[str]) -> bool:
    """Whether ``entity`` is someone named, of one of ``kinds``."""
    return entity is not None and entity.kind in kinds and bool(entity.names or entity.people)


# Who says a top's quote again: a person for one an unnamed person says there; anyone named
# for one the top gives nobody (`Heatwave 'far from over', UN told`: the agency the story names).
_SAYS_AGAIN = {False: frozenset({"person"}), True: frozenset({"person", "organization"})}
# A headline's bit of a quote found inside a longer one: three words or more (one or two, `'crazy
# system'`, may be anyone's words).
_RUN_ON_WORDS = 3


def _said_again(top: str, later: str) -> bool:
    """Whether ``later`` says the top's quote ``top`` again: the same words, or three or more of
    them run on inside it, as `'a very tough budget'` in `“This will be a very tough budget,”`."""
    if top == later:
        return True
    if len(top.split()) < _RUN_ON_WORDS:
        return False
    return re.search(r"(?<!\w)" + re.escape(top) + r"(?!\w)", later) is not None


def _headline_job(article: ArticleEntities, speaking: list[Entity]) -> None:
    """`The carver who wouldn't give up on his grandfather's waka` over a feature that opens `For
    30 years, Ana Ruiz has been …`: a headline that calls the story's subject by a job, with an
    article and a clause saying what they did (`who …`, `the Lenton welder starting again at
    54`), gives that job to the person the story names first right below it, when that person
    speaks and the story gives them no other (ROLES.md 4: the job the article writes as a noun)."""
    context = article.context
    start, end = context.headline
    if end == 0:
        return
    # (The headline's tokens, found by their first characters: not a token made for each word.)
    words = range(bisect_left(context.starts, start), bisect_left(context.starts, end))
    head = next((article.doc[k] for k in words if _job_in_a_headline(article, article.doc[k])), None)
    below = [m for m in article.person_mentions if m[0] >= end]
    if head is None or not below:
        return
    char, person, _ = min(below, key=lambda m: m[0])
    paragraphs = [s for s, _ in context.paragraphs]
    if bisect_right(paragraphs, char) - bisect_right(paragraphs, start) > 2:
        return
    if not any(e is person for e in speaking) or any(d.role for d in person.descriptors):
        return
    gender = lexicon().noun_genders.get(head.lemma_.lower(), "")
    if (gender and person.gender and gender != person.gender) or _job_left(article.doc, head):
        return
    # (`the Lenton welder`: a headline's word in capitals before the job is mostly the place the
    # person is from, no body they work for; the job alone is theirs.)
    role, _ = _description_role(article, head, _clause_free_phrase(head))
    if role:
        person.descriptors.append(Descriptor(head.idx, role, "", "headline"))


def _job_in_a_headline(article: ArticleEntities, tok: Token) -> bool:
    """`the Lenton welder starting again at 54`, `A Lenton brewer who bet on the young`: a job
    in the singular with `the` or `a` and a clause of its own, or the subject of a headline's
    bare participle, outside quote marks (`praise from the governor`: after a preposition, no)."""
    if tok.tag_ != "NN" or not article.outside[tok.i] or tok.dep_ == "pobj":
        return False
    # (`The carver who …`: a noun in no list that `who` tells is a person's may be a trade, as
    # `role_of` decides.)
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in tok.children)
    if not is_role_noun(tok) and not (who and tok.is_lower):
        return False
    article_first = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.lefts)
    if not article_first or tok.left_edge.lower_ not in ("the", "a", "an"):
        return False
    clause = any(c.dep_ in ("relcl", "acl") for c in tok.children)
    verb = tok.head
    bare = not any(c.dep_ == "aux" for c in verb.children)
    participle = tok.dep_ == "nsubj" and verb.tag_ == "VBG" and bare
    return clause or participle


def _job_left(doc: Doc, head: Token) -> bool:
    """`I was an accountant in Aleppo`: the story says its subject was what the headline calls
    them, a job left behind (the headline's contrast), not the one they hold."""
    return any(
        t.lower_ == head.lower_ and doc[t.i - 1].lower_ in ("a", "an") and doc[t.i - 2].lower_ == "was"
        for t in doc[2:]
    )


def _plain_quote(text: str, start: int, end: int) -> str:
    """A quote's words, in small letters, without the punctuation that closes it."""
    return " ".join(text[start:end].lower().split()).rstrip(".,;:!?")


def _lede_description(article: ArticleEntities, e: Entity) -> bool:
    """An unnamed person the article first calls by a definite description with a role (`the
    Chancellor`, `Ontario's health minister`), not `a spokesperson`."""
    if e.kind != "description" or e.names or e.people or not any(d.role for d in e.descriptors):
        return False
    doc = article.doc
    head = head_after(_token_at(article, e.first), ("compound", "amod", "poss", "det"))
    return any(c.lower_ == "the" or c.dep_ == "poss" for c in head.lefts) or (
        head.i > 0 and doc[head.i - 1].lower_ == "the"
    )


# Words that set another name a person goes by after their name: `Joko Widodo, known as
# Jokowi,`, `Mohammed bin Salman, widely known as MBS`.
_ALIAS_LEAD = re.compile(
    r"(?:,|\()\s*(?:(?:also|better|widely|popularly|commonly) )?"
    r"(?:known as|called|nicknamed|dubbed|a\.k\.a\.?|aka)\s+(?=[A-Z])"
    # (`Joko Widodo (Jokowi)`, `Manuel “Lito” Villanueva`: a name in brackets or quote marks
    # right after a word of a name, closed right after it: ``_alias_closed`` checks the close.)
    r"|(?<=[^\W\d_] )[(\"“‘](?=[A-Z])"
)
# The mark closing each opening one of ``_ALIAS_LEAD``'s bare forms.
_ALIAS_CLOSE = {"(": ")", '"': '"', "“": "”", "‘": "’"}


def _alias_closed(text: str, site: re.Match[str], after: int) -> bool:
    """Whether an alias site's name ends where it should: a bare bracket or quote mark opening
    it closes right after the name (`(Jokowi)`, not `(Jokowi's party)`); the words' forms end
    at any word's end."""
    close = _ALIAS_CLOSE.get(site.group())
    if close is None:
        return after >= len(text) or not text[after].isalnum()
    # (`Municipal Chief Executive (MCE)`: letters in capitals in brackets are a short form,
    # but for the initials of the name right before: `Susilo Bambang Yudhoyono (SBY)`.)
    letters = text[site.end() : after]
    if letters.isupper() and not _opened_by_initials(text, site.start(), letters):
        return False
    return text.startswith(close, after) or (close == '"' and text.startswith("”", after))


def _opened_by_initials(text: str, end: int, letters: str) -> bool:
    """Whether the words right before ``end`` in ``text`` open with ``letters``, one a word, and
    are a name's, no dictionary's (`Municipal Chief Executive (MCE)` is a post's short form)."""
    words = text[:end].split()[-len(letters) :]
    if len(words) != len(letters) or any(is_english_word(w.lower()) for w in words):
        return False
    return all(w[:1] == c for w, c in zip(words, letters, strict=True))


def _alias_of(article: ArticleEntities, mention: NameMention) -> Entity | None:
    """The person ``mention`` names by another name the article gave them when it named them
    (`Joko Widodo, known as Jokowi, said …` | `Jokowi said`): the person named just before
    that name in its sentence, the words between saying it is a name they go by. The alias may
    open the mention with the person's surname after it (`Bienvenido “Ben” Rubio` | `Ben Rubio
    said`: ``_alias_opening``)."""
    text, name = article.text, mention.name.text
    sites = article.context.memo(("alias sites",), lambda: list(_ALIAS_LEAD.finditer(text)))
    for site in sites:
        if site.end() > mention.at:
            continue
        alias = _alias_opening(text, site, name)
        if not alias:
            continue
        after = site.end() + len(alias)
        doc = article.doc
        sentence = doc[_token_at(article, site.end()).sent.start].idx
        named = [(c, p) for c, p in article.person_at.items() if sentence <= c < site.start()]
        if named:
            char, person = max(named, key=lambda x: x[0])
            # (Initials in capitals stand for the name itself, not for words after a comma.)
            initials = text[site.end() : after].isupper() and "," in text[char : site.start()]
            if len(text[char : site.start()].split()) <= 4 and not initials:
                # (`Bienvenido “Ben” Rubio` … `Ben Rubio said`: the words after the alias are
                # the person's surname.)
                rest = name_key(name[len(alias) :])
                if not rest or person.key[-len(rest) :] == rest:
                    return person
    return None


def _alias_opening(text: str, site: re.Match[str], name: str) -> str:
    """The alias set at ``site`` that opens ``name``: the whole name (`Jokowi`), or its first
    words before the rest of it (`Ben` of `Ben Rubio`, after `Bienvenido “Ben” Rubio`, as
    Philippine news calls a person by the nickname and the surname); "" for none."""
    words = name.split()
    for k in range(len(words), 0, -1):
        alias = " ".join(words[:k])
        if text.startswith(alias, site.end()) and _alias_closed(text, site, site.end() + len(alias)):
            return alias
    return ""


def _bodies_ending_with(organizations: list[Entity], key: tuple[str, ...]) -> list[Entity]:
    """The bodies whose longer names end with ``key``, when ``key`` can stand for a body on
    its own (two words or more, or a body noun such as `council`)."""
    # (`Commissioner of Police` tagged a body is a title: `Police` is still the one force named.)
    ending = [
        o
        for o in organizations
        if len(o.key) > len(key) and o.key[-len(key) :] == key and not _titled_name(o.key)
    ]
    if len(key) < 2 and key[0] not in lexicon().organization_nouns:
        # `Leopards coach X` after `AFC Leopards`: a club goes by its name without the letters.
        return [o for o in ending if _opened_by_letters(o.name(), len(key))]
    return ending


def _a_public_body_noun_ending(key: tuple[str, ...], ending: list[Entity]) -> bool:
    """Whether ``key`` is a public body's noun (`Council`, not the firm `Carrier`) that ends one
    named body's name, told whole (`Grayson's Democratic Senate` is a tagger's slip)."""
    lex = lexicon()
    if len(key) != 1 or len(ending) != 1:
        return False
    if key[0] not in lex.organization_nouns or key[0] in lex.business_nouns:
        return False
    return "'" not in ending[0].name().replace("’", "'")


def _opened_by_letters(name: str, kept: int) -> bool:
    """Whether all of ``name`` but its last ``kept`` words are a club's letters in capitals
    (`AFC`, `FC`), which its name carries in full but drops in use (`RJR Nabisco` is a firm)."""
    opening = name.split()[:-kept]
    return bool(opening) and all(w.isupper() and w.lower() in lexicon().club_words for w in opening)


def _a_longer_name(longer: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``longer`` is a name ``short`` opens; not a match's result a headline gives
    (`Lenton 2 Upton Athletic 1` for `Lenton`: a number between the words is a score)."""
    result = any(w.isdigit() for w in longer[1:-1])
    return len(longer) > len(short) and longer[: len(short)] == short and not result
