"""The word lists in ``models/``, loaded once.

The lists are data, reviewed apart from the logic that uses them (as negspacy keeps its
termsets). In a source checkout they are read from ``models/``; in an installed package the
same files ship as ``quotes.models``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def models_dir() -> Path:
    """The folder holding the word lists (the checkout's ``models/`` or the installed copy)."""
    checkout = Path(__file__).resolve().parent.parent / "models"
    if (checkout / "cue_verbs.txt").is_file():
        return checkout
    return Path(str(resources.files("quotes.models")))


# The folder of word lists the running extraction reads (the component's ``word_lists``
# setting, ``Extractor.word_lists``); None: the packaged ones. A context variable rather than
# a global, so that two pipelines with lists of their own run side by side in one process,
# in threads too, each seeing its own.
ACTIVE_WORD_LISTS: ContextVar[Path | None] = ContextVar("quotes_word_lists", default=None)


@contextmanager
def word_lists_from(folder: str | Path) -> Iterator[None]:
    """Within the block, the word lists are read from ``folder``: each list it holds replaces
    the packaged one of the same name, the others stay."""
    path = Path(folder)
    if not path.is_dir():
        raise FileNotFoundError(f"word lists: {folder} is not a folder")
    token = ACTIVE_WORD_LISTS.set(path.resolve())
    try:
        yield
    finally:
        ACTIVE_WORD_LISTS.reset(token)


def word_list_path(name: str, folder: Path | None = None) -> Path:
    """The file of the word list ``name``: ``folder``'s own, else the packaged one."""
    if folder is not None and (folder / name).is_file():
        return folder / name
    return models_dir() / name


class WordListError(ValueError):
    """A row of a word list that the code cannot read (a kind missing), named by file and line."""


class ListRow(list[str]):
    """A row of a word list, its columns (tab-separated), and where it stands (`file:line`), so
    that a row the code cannot read is named in the error."""

    def __init__(self, columns: list[str], where: str) -> None:
        super().__init__(columns)
        self.where = where


def _rows(name: str, folder: Path | None) -> list[ListRow]:
    path = word_list_path(name, folder)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(ListRow(line.split("\t"), f"{path}:{number}"))
    return rows


def _kind(row: ListRow, column: int = 1) -> str:
    """The kind ``row`` gives in ``column`` (the second, in most lists with kinds); a row that
    gives none is an error naming its file and line, not a crash nor a silent default."""
    if len(row) <= column or not row[column].strip():
        raise WordListError(f"{row.where}: {row[0]!r} has no kind (column {column + 1})")
    return row[column]


def _kinds(rows: Iterable[ListRow], *kinds: str) -> frozenset[str]:
    """The entries of a list with a kind column that are of one of ``kinds`` (a word of several
    kinds lists them all, space-separated)."""
    wanted = set(kinds)
    return frozenset(r[0] for r in rows if set(_kind(r).split()) & wanted)


def given_name_in_plain_letters(word: str) -> bool:
    """Whether ``word`` (small letters) with accents is a given name the list spells without
    them (`maría` → `maria`): news prints `María`, `José`, `Seán` as the people spell them."""
    return not word.isascii() and without_accents(word) in lexicon().first_names


def known_given_name(word: str) -> bool:
    """Whether ``word`` (small letters) is a given name the lists know, as spelt or with its
    accents folded (`maría`)."""
    return word in lexicon().first_names or given_name_in_plain_letters(word)


@lru_cache(maxsize=4096)
def without_accents(word: str) -> str:
    """``word`` without its accents (`maría` → `maria`); letters with no plain form stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# The kinds of titles.txt that are never a role: forms of address and abbreviated titles.
_HONORIFIC_KINDS = ("address", "honorific", "abbreviation")


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: frozenset[str]
    speech_verbs: frozenset[str]  # the cues of reported speech (indirect.py)
    object_speech_verbs: frozenset[str]  # those whose object is what was said (`announced a plan`)
    question_speech_verbs: frozenset[str]  # verbs of asking (`asked residents if …`)
    clause_speech_verbs: frozenset[str]  # those that report a clause only (`submitted that …`)
    speech_nouns: frozenset[str]  # `his call for …`, `the claim that …` (indirect.py)
    of_speech_nouns: frozenset[str]  # those whose `of` phrase is what was said (`mention of …`)
    utterance_nouns: frozenset[str]  # what someone said as a whole (`her reply`), speech nouns too
    role_nouns: frozenset[str]
    person_nouns: frozenset[str]  # a person, but no role (voter, mother)
    noun_genders: dict[str, str]  # role and person nouns that say a gender (spokeswoman: f)
    role_verbs: dict[str, str]  # `who chairs the committee` → chair
    unwritten_posts: frozenset[str]  # posts a verb names, no row's role (`who chairs it`: `the chair`)
    organization_nouns: frozenset[str]
    business_nouns: frozenset[str]  # the organisation nouns that stand for a company
    club_words: frozenset[str]  # the words that end a sports club's name (`Leeds United`)
    trade_name_words: frozenset[str]  # words that end a company's name by its trade (`Severn Trent Water`)
    trades_before_names: frozenset[str]  # a business's trade before its name (`Retailer Kestrel Home`)
    court_sides: frozenset[str]  # a case's sides written before their lawyer (`Crown prosecutor X`)
    competition_words: frozenset[str]  # words of a league's or a cup's name (`Serie A`): no club
    team_nicknames: frozenset[str]  # plurals closing a team's name (`Orlando Pirates`): no person
    leaders_bodies: frozenset[str]  # bodies named by who leads them (`the Modi government`)
    houses: frozenset[str]  # the nouns ending a house's name (`the Legislative Assembly`)
    titles: dict[str, str]
    honorifics: frozenset[str]  # forms of address (Mr, Dr) and abbreviated titles (Sen.): never a role
    addresses: frozenset[str]  # the forms of address only a person's name follows (Mr, Ms, Dr, Prof)
    office_titles: frozenset[str]  # titles in full (President, Judge): a role when before a name
    title_nouns: dict[str, str]  # an abbreviated title to the noun it stands for (sen → senator)
    rank_letters: frozenset[str]  # ranks in capital letters, titles only before a name (`DI`)
    titles_after_titles: frozenset[str]  # titles only right after another (`Det Con`: constable)
    pronouns: dict[str, str]
    first_names: dict[str, str]
    name_endings: tuple[tuple[str, str], ...]  # (ending, gender), longest first
    sign_nouns: frozenset[str]  # things that carry words but do not speak (a sign, a banner)
    no_business_bodies: frozenset[str]  # bodies of a kind no business is (`union`, `charity`)
    facility_nouns: frozenset[str]  # places often named after a person (a room, an airport)
    works_nouns: frozenset[str]  # a business's works, used for the business (`the yard's chief executive`)
    epithet_nouns: dict[str, str]  # `the mother-of-two said`: in place of a name, with a gender
    post_nominals: frozenset[str]  # letters after a name, no part of it (`KC`, `MP`, `OBE`)
    places: frozenset[str]  # countries and their first-level divisions, lower case: no employer
    demonyms: frozenset[str]  # a people, nationality or faith, lower case (`Emirati`, `Hindu`): no employer
    party_labels: frozenset[str]  # a party or stance before a place (`Independent Vermont`): no employer
    courtesy_words: frozenset[str]  # `the hon. member`, `the noble lord`: courtesy before a person's noun
    courtesy_nouns: frozenset[str]  # the nouns they stand before (`gentleman`, `member`, `lord`)
    styles: dict[str, str]  # `His Lordship`, `Her Worship`: a style after his/her to the office (judge)
    surname_particles: frozenset[str]  # open a surname in small letters (`de`, `van`: name_particles.txt)
    descent_words: frozenset[str]  # join a given name to the father's (`bin`, `binti`, `ibn`)
    name_articles: frozenset[str]  # the Arabic article opening a family name (`al`, `el`)
    name_openers: frozenset[str]  # open an Arabic name in capitals (`Al`, `Bin`, `Abu`, `Abdul`, `Ould`)
    name_particles: frozenset[str]  # any small word inside a name: the three kinds above
    gaelic_particles: frozenset[str]  # open an Irish or Scottish surname in capitals (`Ó`, `Ní`, `Mac`)
    middle_names: frozenset[str]  # Vietnamese middle names after the family name (`Van`, `Thi`)
    person_only_jobs: frozenset[str]  # jobs no body holds: the name after one is a person's
    spokespeople: frozenset[str]  # jobs of speaking for a body (`spokeswoman`)
    own_account_trades: frozenset[str]  # trades plied on one's own account (`farmer`): no employer
    document_nouns: frozenset[str]  # documents news cites as sources (`the memo says`)
    team_ranks: frozenset[str]  # ranks in a side beside a position of its own (captain, skipper)
    portfolios: frozenset[str]  # one-word portfolios of a government (`Minister of Health`)
    fields: frozenset[str]  # fields of work, portfolios and benches: what a person works on, no body
    portfolio_words: frozenset[str]  # the words of a brief after `for`: fields and more
    brief_joiners: frozenset[str]  # words that join or open a long brief (`and`, `natural`)
    brief_words: frozenset[str]  # any word of a brief: the portfolio words and the joiners
    departments: frozenset[str]  # a body's departments, with the fields (`Corporate Communications`)
    department_only: frozenset[str]  # words only a department's name has, no field's (`relations`)
    police_ranks: frozenset[str]  # a police rank's last word (`constable`, `inspector`)
    ranks_of_address: frozenset[str]  # those and the ranks written before a name (`Officer`)
    job_families: dict[str, str]  # a job's noun → the family of nouns that name it (`lawmaker`)
    near_jobs: dict[str, str]  # a job's noun → a family that may name it, after its own (`coach`)
    legislatures: frozenset[str]  # words naming a house that makes laws (`assembly`, `Knesset`)
    police_forces: frozenset[str]  # the words that end a police force's name (`police`)
    member_jobs: frozenset[str]  # jobs in a body that name no body (`frontman`, `staffer`)
    house_posts: frozenset[str]  # posts in a body, tied to one that just acted (`director`, `judge`)
    department_heads: frozenset[str]  # posts over a department a word of it opens (`operations leader`)
    meeting_officers: frozenset[str]  # those who preside or minute a body's meeting (`chairman`, `clerk`)
    court_posts: frozenset[str]  # those of the courts, held only in one (`judge`, `prosecutor`)
    court_words: frozenset[str]  # words of a court's name (`Court`, `Tribunal`)
    prosecuting_posts: frozenset[str]  # the courts' posts held in a prosecution service (`prosecutor`)
    prosecution_words: frozenset[str]  # words of a prosecution service's name (`Prosecution`)
    national_bodies: frozenset[str]  # sports and services a country's body is named for (`parks`)
    place_bodies: frozenset[str]  # bodies a place's name before names (`the Welsh government`)
    local_governments: dict[str, str]  # a local government's name's ending → its head (`corporation`: mayor)
    sports_positions: frozenset[str]  # positions on a team (`the out-half said`)
    title_positions: frozenset[str]  # the same and those only a title before a name (`prop Tom Hale`)
    team_jobs: frozenset[str]  # jobs only a side has: staff, ranks, positions (`coach`, `striker`)
    side_staff: frozenset[str]  # jobs any body has, a side's once the lede ties a side (`assistant`)
    civic_offices: frozenset[str]  # offices that govern a place (`mayor of Linden`)
    town_offices: frozenset[str]  # offices only a town has: the name before is the place (`Tampa Mayor`)
    seat_holders: frozenset[str]  # members of a parliament, who sit for a constituency (`MP for Bath`)
    place_offices: frozenset[str]  # offices held for or in a place: civic ones and envoys (`ambassador`)
    sole_offices: frozenset[str]  # offices a place has one holder of at a time (`mayor`)
    candidacy_nouns: frozenset[str]  # who runs for office: the party before is a side (`contender`)
    political_trades: frozenset[str]  # the party before is a side, not an employer (`strategist`)
    place_openers: frozenset[str]  # words that open a place's name (`Greater`, `West`)
    region_words: frozenset[str]  # those naming part of a people's land (`the Northern Irishman`)
    quarter_words: frozenset[str]  # quarters a school or a side is named for (`Millard North`)
    place_nouns: frozenset[str]  # nouns that say the name beside them is a place (`village`)
    place_features: frozenset[str]  # features closing a place's name (`Tallow Bay`, `Cedar Creek`)
    street_words: frozenset[str]  # words closing a street's name (`Thompson Street`): an address
    marketplace_words: frozenset[str]  # last nouns of a market's name (`Balogun Market`): no employer
    local_government_words: frozenset[str]  # `Municipal`, `District`: a local government's offices
    council_words: frozenset[str]  # `City`, `Shire` before `of` and a place: that place's government
    government_levels: frozenset[str]  # `provincial`, `state`: a tier of government before its body's noun
    masthead_words: frozenset[str]  # words that make a name a newspaper's (`Times`, `Gazette`)
    news_agencies: frozenset[str]  # wire agencies and broadcasters sources speak to (`Reuters`)
    appoint_verbs: frozenset[str]  # verbs that put a person in a post (`appoint`, `elect`)
    remove_verbs: frozenset[str]  # verbs that take a person out of one (`sack`, `resign`)
    post_verbs: frozenset[str]  # verbs that put a person in a post or take them out of one
    placing_verbs: frozenset[str]  # by which a body puts a person in a post or out (`sign`, `axe`)
    issuing_verbs: frozenset[str]  # verbs whose agent issued a document (`a memo released by X`)
    facing_verbs: frozenset[str]  # by which a body hears or acts against another (`hear`, `fine`)
    hearing_verbs: frozenset[str]  # those by which it hears another (`hear`, `grill`)
    campaign_staff: frozenset[str]  # `Clinton spokeswoman` works for the Clinton campaign
    campaign_advisers: frozenset[str]  # those and advisers (`senior adviser to Sanders`)
    campaign_posts: frozenset[str]  # those and the posts a campaign is run by (`campaign manager`)
    rank_words: frozenset[str]  # words of rank before a title (`senior`, `deputy`)
    time_modifiers: frozenset[str]  # words that say when a role was held (`former`, `acting`)
    time_adverbs: frozenset[str]  # adverbs of time around a role (`now director`)
    occasion_openers: frozenset[str]  # words after a role opening when it was held (`since`)
    pointing_adjectives: frozenset[str]  # adjectives that point back, no part of a role (`same`)
    praise_adjectives: frozenset[str]  # evaluative adjectives opening a role (`popular`)
    accolade_spans: frozenset[str]  # what an accolade is for (`player of the match`)
    units_led: frozenset[str]  # bands one leads that are no body (`group leader`)
    honour_pairs: frozenset[tuple[str, str]]  # honours of two words (`Tan Sri`)
    any_body_nouns: frozenset[str]  # nouns for any body, which say nothing of its kind (`company`)
    body_kinds_of_two_words: frozenset[str]  # kinds of body named by two words (`think tank`)
    generic_business_nouns: frozenset[str]  # nouns for a business of any kind (`the firm`)
    service_spans: frozenset[str]  # spans of time a post is held (`for two terms as mayor`)
    author_nouns: frozenset[str]  # who wrote a work: their `of` is a work, no body (`author`)
    evidence_verbs: frozenset[str]  # giving evidence: the subject is a witness (`deposed`)

    @cached_property
    def no_family_names(self) -> frozenset[str]:
        """Words (lower case) that make no family name after a given name: a body's or a place's
        noun, a place or a given name (`Ana Lima Cruz`, `Sarah Jessica Parker`). Built once: made
        at every call, the set of six thousand given names cost more than all name clustering."""
        return self.organization_nouns | self.place_nouns | self.places | frozenset(self.first_names)

    def names_a_person(self, word: str) -> bool:
        """Whether a noun (a lemma, lower case) names a person, with a role (`senator`) or none (`voter`)."""
        return word in self.role_nouns or word in self.person_nouns

    def names_a_place_or_people(self, word: str) -> bool:
        """Whether a word (lower case) is a country's or region's name or a people's (`kenya`,
        `emirati`): no person's name, and no employer."""
        if word in self.places or word in self.demonyms:
            return True
        # (`Independent Vermont`: a party label and a place, the tagger calling the two a body.)
        *labels, place = word.split() or [""]
        return bool(labels) and all(w in self.party_labels for w in labels) and place in self.places


# The folder last asked for and its lists: one slot, a tuple replaced whole (safe in threads).
# lexicon() is called over a million times per 300 articles, and an identity test of the
# folder costs less than the cache's hashing of it.
_LAST_LEXICON: tuple[Path | None, Lexicon] | None = None


def lexicon() -> Lexicon:
    """The word lists of the running extraction (see ``word_lists_from``)."""
    global _LAST_LEXICON
    folder = ACTIVE_WORD_LISTS.get()
    last = _LAST_LEXICON
    if last is not None and last[0] is folder:
        return last[1]
    lex = lexicon_of(folder)
    _LAST_LEXICON = (folder, lex)
    return lex


def peerage_ranks() -> frozenset[str]:
    """The ranks of the peerage of the running extraction's lists (models/offices.txt kind
    `peerage`): what they are `of` is the title's place (`the Duke of Lenton`). Kept out of
    ``Lexicon``, which is at its size limit; read only after an office's `of`."""
    return _peerage_ranks_of(ACTIVE_WORD_LISTS.get())


def body_offices() -> frozenset[str]:
    """The offices only a body has, of the running extraction's lists (models/person_only_jobs.txt
    kind `office`, with the jobs that speak for a body): a people holds none (`Numsa general
    secretary`). Kept out of ``Lexicon``, which is at its size limit."""
    return _body_offices_of(ACTIVE_WORD_LISTS.get())


def offices_addressed() -> frozenset[str]:
    """The offices a form of address goes before alone to speak to their holder, of the running
    extraction's lists (models/offices_addressed.txt: `Mr Speaker`, `Madam Chairman`). Kept out
    of ``Lexicon``, which is at its size limit."""
    return _first_column_of("offices_addressed.txt", ACTIVE_WORD_LISTS.get())


def university_offices() -> frozenset[str]:
    """The offices only a university has, of the running extraction's lists
    (models/university_offices.txt: `vice-chancellor`, `registrar`). Kept out of ``Lexicon``,
    which is at its size limit."""
    return _first_column_of("university_offices.txt", ACTIVE_WORD_LISTS.get())


def self_capitalised_body_nouns() -> frozenset[str]:
    """The nouns a club or a company capitalises for itself, of the running extraction's lists
    (models/self_capitalised_body_nouns.txt: `the Club`, `the Company`). Kept out of
    ``Lexicon``, which is at its size limit."""
    return _first_column_of("self_capitalised_body_nouns.txt", ACTIVE_WORD_LISTS.get())


def house_papers() -> frozenset[str]:
    """The papers a house debates, capitalised after `the` in its reports, of the running
    extraction's lists (models/house_papers.txt: `the Bill`, `the Motion`). Kept out of
    ``Lexicon``, which is at its size limit."""
    return _first_column_of("house_papers.txt", ACTIVE_WORD_LISTS.get())


def care_jobs() -> frozenset[str]:
    """Who treats the sick and the hurt, of the running extraction's lists (models/care_words.txt,
    kind `job`: `doctor`, `nurse`). Kept out of ``Lexicon``, which is at its size limit."""
    return _care_words_of(ACTIVE_WORD_LISTS.get(), "job")


def care_verbs() -> frozenset[str]:
    """What is done to a patient, said in the passive of them, of the running extraction's lists
    (models/care_words.txt, kind `verb`: `take`, `treat`), lemmas."""
    return _care_words_of(ACTIVE_WORD_LISTS.get(), "verb")


def field_forms() -> dict[str, frozenset[str]]:
    """The words a body's name writes a field by, of the running extraction's lists
    (models/field_forms.txt: `weather` → `meteorological`). Kept out of ``Lexicon``, which is at
    its size limit."""
    return _field_forms_of(ACTIVE_WORD_LISTS.get())


@lru_cache(maxsize=8)
def _field_forms_of(folder: Path | None) -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for row in _rows("field_forms.txt", folder):
        forms.setdefault(row[0], set()).add(row[1])
    return {word: frozenset(names) for word, names in forms.items()}


@lru_cache(maxsize=16)
def _care_words_of(folder: Path | None, kind: str) -> frozenset[str]:
    return _kinds(_rows("care_words.txt", folder), kind)


@lru_cache(maxsize=32)
def _first_column_of(name: str, folder: Path | None) -> frozenset[str]:
    return frozenset(r[0] for r in _rows(name, folder))


@lru_cache(maxsize=8)
def _body_offices_of(folder: Path | None) -> frozenset[str]:
    rows = _rows("person_only_jobs.txt", folder)
    return frozenset(r[0] for r in rows if r[1:2] in (["office"], ["speaks"]))


@lru_cache(maxsize=8)
def _peerage_ranks_of(folder: Path | None) -> frozenset[str]:
    return _kinds(_rows("offices.txt", folder), "peerage")


@lru_cache(maxsize=8)
def lexicon_of(folder: Path | None) -> Lexicon:
    """The word lists of ``folder`` (None: the packaged ones), read once."""

    def listed(name: str) -> list[ListRow]:
        return _rows(name, folder)

    return Lexicon(
        **_lists_of_speech(listed),
        role_nouns=frozenset(r[0] for r in listed("role_nouns.txt")),
        person_nouns=frozenset(r[0] for r in listed("person_nouns.txt")),
        noun_genders={r[0]: r[1] for r in listed("role_nouns.txt") + listed("person_nouns.txt") if r[1:2]},
        role_verbs={r[0]: "" if r[1] == "-" else r[1] for r in listed("role_verbs.txt")},
        unwritten_posts=frozenset(r[1] for r in listed("role_verbs.txt") if r[2:3] == ["unwritten"]),
        organization_nouns=frozenset(r[0] for r in listed("organization_nouns.txt")),
        business_nouns=frozenset(r[0] for r in listed("organization_nouns.txt") if r[1:2] == ["business"]),
        club_words=frozenset(r[0] for r in listed("organization_nouns.txt") if r[1:2] == ["club"]),
        trade_name_words=frozenset(r[0] for r in listed("trade_name_words.txt")),
        trades_before_names=frozenset(r[0] for r in listed("trades_before_names.txt")),
        court_sides=frozenset(r[0] for r in listed("court_sides.txt")),
        competition_words=frozenset(r[0] for r in listed("competitions.txt")),
        team_nicknames=frozenset(r[0] for r in listed("team_nicknames.txt")),
        leaders_bodies=frozenset(r[0] for r in listed("organization_nouns.txt") if r[1:2] == ["led"]),
        houses=frozenset(r[0] for r in listed("organization_nouns.txt") if r[1:2] == ["house"]),
        brief_words=_kinds(listed("portfolios.txt"), *_BRIEF_KINDS),
        departments=_kinds(listed("portfolios.txt"), *_DEPARTMENT_KINDS),
        department_only=_kinds(listed("portfolios.txt"), "department"),
        pronouns={r[0]: r[1] for r in listed("pronouns.txt")},
        first_names={r[0]: r[1] if r[1] in ("m", "f") else "" for r in listed("first_names.txt")},
        name_endings=tuple(
            sorted(((r[0], r[1]) for r in listed("name_endings.txt")), key=lambda e: -len(e[0]))
        ),
        sign_nouns=frozenset(r[0] for r in listed("sign_nouns.txt")),
        no_business_bodies=frozenset(r[0] for r in listed("no_business_bodies.txt")),
        facility_nouns=frozenset(r[0] for r in listed("facility_nouns.txt")),
        works_nouns=frozenset(r[0] for r in listed("works_nouns.txt")),
        epithet_nouns={r[0]: (r[1] if r[1:2] else "") for r in listed("epithet_nouns.txt")},
        post_nominals=frozenset(r[0] for r in listed("post_nominals.txt")),
        places=frozenset(r[0].lower() for r in listed("places.txt")),
        news_agencies=frozenset(r[0] for r in listed("news_agencies.txt")),
        demonyms=frozenset(r[0].lower() for r in listed("demonyms.txt") + listed("faith_words.txt")),
        party_labels=frozenset(r[0] for r in listed("party_labels.txt")),
        surname_particles=_kinds(listed("name_particles.txt"), "surname"),
        descent_words=_kinds(listed("name_particles.txt"), "descent"),
        name_articles=_kinds(listed("name_particles.txt"), "article"),
        name_openers=_kinds(listed("name_particles.txt"), "article", "descent", "opening"),
        name_particles=_kinds(listed("name_particles.txt"), "surname", "descent", "article"),
        gaelic_particles=_kinds(listed("name_particles.txt"), "gaelic"),
        middle_names=_kinds(listed("name_particles.txt"), "middle"),
        person_only_jobs=frozenset(r[0] for r in listed("person_only_jobs.txt")),
        spokespeople=frozenset(r[0] for r in listed("person_only_jobs.txt") if r[1:2] == ["speaks"]),
        own_account_trades=frozenset(r[0] for r in listed("person_only_jobs.txt") if r[1:2] == ["own"]),
        document_nouns=frozenset(r[0] for r in listed("document_nouns.txt")),
        **_lists_of_public_life(listed),
        **_lists_of_places(listed),
        **_lists_of_address(listed),
    )


def _lists_of_titles(rows: list[ListRow]) -> dict[str, Any]:
    """The fields of titles.txt, by kind (see its header)."""
    return {
        "titles": {r[0]: r[1] for r in rows if _kind(r, 2) not in ("letters", "after")},
        "honorifics": frozenset(r[0] for r in rows if _kind(r, 2) in _HONORIFIC_KINDS),
        "addresses": frozenset(r[0] for r in rows if _kind(r, 2) == "address"),
        "office_titles": frozenset(r[0] for r in rows if r[2:3] == ["office"]),
        "title_nouns": {r[0]: r[3] for r in rows if len(r) > 3},
        "rank_letters": frozenset(r[0] for r in rows if _kind(r, 2) == "letters"),
        "titles_after_titles": frozenset(r[0] for r in rows if _kind(r, 2) == "after"),
    }


def _lists_of_speech(listed: Callable[[str], list[ListRow]]) -> dict[str, Any]:
    """The fields of the words of speech: cue_verbs.txt, speech_verbs.txt (by mark),
    speech_nouns.txt and utterance_nouns.txt."""
    verbs, nouns = listed("speech_verbs.txt"), listed("speech_nouns.txt")
    return {
        "cue_verbs": frozenset(r[0] for r in listed("cue_verbs.txt")),
        "speech_verbs": frozenset(r[0] for r in verbs),
        "object_speech_verbs": frozenset(r[0] for r in verbs if r[1:2] == ["object"]),
        "question_speech_verbs": frozenset(r[0] for r in verbs if "question" in r[1:]),
        "clause_speech_verbs": frozenset(r[0] for r in verbs if r[1:2] == ["clause"]),
        "speech_nouns": frozenset(r[0] for r in nouns),
        "of_speech_nouns": frozenset(r[0] for r in nouns if r[1:2] == ["of"]),
        "utterance_nouns": frozenset(r[0] for r in listed("utterance_nouns.txt") + nouns),
    }


def _lists_of_address(listed: Callable[[str], list[ListRow]]) -> dict[str, Any]:
    """The fields of the words that stand before or for a name: titles.txt and
    courtesy_epithets.txt."""
    return {**_lists_of_titles(listed("titles.txt")), **_courtesy_epithets(listed("courtesy_epithets.txt"))}


def _courtesy_epithets(rows: list[ListRow]) -> dict[str, Any]:
    """The fields of courtesy_epithets.txt, by kind (see its header)."""
    return {
        "courtesy_words": _kinds(rows, "courtesy"),
        "courtesy_nouns": _kinds(rows, "person"),
        "styles": {r[0]: r[2] for r in rows if _kind(r) == "style"},
    }


# A brief's words (`Lands, Forests and Natural Resources`): the portfolio words and the joiners.
_BRIEF_KINDS = ("portfolio", "field", "brief", "joiner")
# A department's words: every kind of portfolios.txt, the briefs' words and the departments' own.
_DEPARTMENT_KINDS = (*_BRIEF_KINDS, "department")


def _posts_in_bodies(listed: Callable[[str], list[ListRow]]) -> dict[str, Any]:
    """The jobs held in a body that name none, and the courts' posts and words
    (``Lexicon``'s fields from ``member_jobs`` to ``prosecution_words``)."""
    # member_jobs.txt: a job alone on its row is a member's; one with a kind is a post.
    posts = [r for r in listed("member_jobs.txt") if r[1:]]
    return {
        "member_jobs": frozenset(r[0] for r in listed("member_jobs.txt") if not r[1:]),
        "house_posts": _kinds(posts, "post"),
        "department_heads": _kinds(posts, "department"),
        "meeting_officers": _kinds(posts, "meeting"),
        "court_posts": _kinds(posts, "court"),
        "court_words": _kinds(posts, "bench"),
        "prosecuting_posts": _kinds(posts, "prosecuting"),
        "prosecution_words": _kinds(posts, "prosecution"),
    }


def _offices(rows: list[ListRow]) -> dict[str, Any]:
    """The kinds of offices of public life (models/offices.txt), ``Lexicon``'s fields from
    ``civic_offices`` to ``political_trades``."""
    return {
        "civic_offices": _kinds(rows, "civic"),
        "town_offices": _kinds(rows, "town"),
        "seat_holders": _kinds(rows, "seat"),
        "place_offices": _kinds(rows, "civic", "envoy"),
        "sole_offices": _kinds(rows, "sole"),
        "candidacy_nouns": _kinds(rows, "candidacy"),
        "political_trades": _kinds(rows, "trade"),
    }


def _lists_of_public_life(listed: Callable[[str], list[ListRow]]) -> dict[str, Any]:
    """The lists of jobs, offices and fields that say whether words around a person
    name the body they work for (``Lexicon``'s fields from ``team_ranks`` on)."""
    return {
        **_posts_in_bodies(listed),
        "team_ranks": frozenset(r[0] for r in listed("team_ranks.txt")),
        "portfolios": _kinds(listed("portfolios.txt"), "portfolio"),
        "fields": _kinds(listed("portfolios.txt"), "portfolio", "field"),
        "portfolio_words": _kinds(listed("portfolios.txt"), "portfolio", "field", "brief"),
        "brief_joiners": _kinds(listed("portfolios.txt"), "joiner"),
        "police_ranks": _kinds(listed("police.txt"), "rank"),
        "ranks_of_address": _kinds(listed("police.txt"), "rank", "address"),
        "job_families": {r[0]: r[1] for r in listed("job_families.txt") if "near" not in r[2:]},
        "near_jobs": {r[0]: r[1] for r in listed("job_families.txt") if "near" in r[2:]},
        "legislatures": frozenset(r[0] for r in listed("legislatures.txt")),
        "police_forces": _kinds(listed("police.txt"), "force"),
        "national_bodies": frozenset(r[0] for r in listed("national_bodies.txt")),
        "sports_positions": frozenset(r[0] for r in listed("sports_positions.txt") if "title" not in r[1:]),
        "title_positions": frozenset(r[0] for r in listed("sports_positions.txt")),
        "team_jobs": frozenset(
            r[0]
            for name in ("team_jobs.txt", "team_ranks.txt", "sports_positions.txt")
            for r in listed(name)
            if "title" not in r[1:] and "staff" not in r[1:]
        ),
        "side_staff": frozenset(r[0] for r in listed("team_jobs.txt") if "staff" in r[1:]),
        **_offices(listed("offices.txt")),
        "masthead_words": frozenset(r[0] for r in listed("masthead_words.txt")),
        "appoint_verbs": _kinds(listed("post_verbs.txt"), "appoint"),
        "remove_verbs": _kinds(listed("post_verbs.txt"), "remove"),
        "post_verbs": _kinds(listed("post_verbs.txt"), "appoint", "remove"),
        "placing_verbs": _kinds(listed("post_verbs.txt"), "appoint", "remove", "place"),
        "issuing_verbs": frozenset(r[0] for r in listed("issuing_verbs.txt")),
        "facing_verbs": frozenset(r[0] for r in listed("facing_verbs.txt")),
        "hearing_verbs": _kinds(listed("facing_verbs.txt"), "hear"),
        "campaign_staff": _kinds(listed("campaign_jobs.txt"), "staff"),
        "campaign_advisers": _kinds(listed("campaign_jobs.txt"), "staff", "adviser"),
        "campaign_posts": _kinds(listed("campaign_jobs.txt"), "staff", "adviser", "post"),
        "rank_words": _kinds(listed("role_modifiers.txt"), "rank"),
        "time_modifiers": _kinds(listed("role_modifiers.txt"), "time"),
        "time_adverbs": _kinds(listed("role_modifiers.txt"), "adverb"),
        "occasion_openers": _kinds(listed("role_modifiers.txt"), "occasion"),
        "pointing_adjectives": _kinds(listed("role_modifiers.txt"), "pointing"),
        "praise_adjectives": _kinds(listed("role_modifiers.txt"), "praise"),
        "accolade_spans": _kinds(listed("role_modifiers.txt"), "accolade"),
        "units_led": _kinds(listed("role_modifiers.txt"), "unit"),
        "honour_pairs": frozenset(
            (pair[0], pair[1])
            for r in listed("titles.txt")
            if _kind(r, 2) == "honour" and len(pair := r[0].split()) == 2
        ),
        "any_body_nouns": _kinds(listed("generic_body_nouns.txt"), "any"),
        "body_kinds_of_two_words": frozenset(r[0] for r in listed("body_kinds_of_two_words.txt")),
        "generic_business_nouns": _kinds(listed("generic_body_nouns.txt"), "business"),
        "service_spans": frozenset(r[0] for r in listed("service_spans.txt")),
        "author_nouns": frozenset(r[0] for r in listed("author_nouns.txt")),
        "evidence_verbs": frozenset(r[0] for r in listed("evidence_verbs.txt")),
    }


def _lists_of_places(listed: Callable[[str], list[ListRow]]) -> dict[str, Any]:
    """The lists that say whether words name a place, and which of a place's bodies (``Lexicon``'s
    place fields)."""
    return {
        "place_bodies": frozenset(r[0] for r in listed("place_bodies.txt")),
        "local_governments": {r[0]: r[1] for r in listed("local_governments.txt")},
        "place_openers": _kinds(listed("place_words.txt"), "opener"),
        "region_words": _kinds(listed("place_words.txt"), "region"),
        "quarter_words": _kinds(listed("place_words.txt"), "quarter"),
        "place_nouns": _kinds(listed("place_words.txt"), "noun"),
        "place_features": _kinds(listed("place_words.txt"), "feature"),
        "street_words": _kinds(listed("place_words.txt"), "street"),
        "marketplace_words": _kinds(listed("place_words.txt"), "market"),
        "local_government_words": _kinds(listed("place_words.txt"), "local"),
        "council_words": _kinds(listed("place_words.txt"), "council"),
        "government_levels": _kinds(listed("place_words.txt"), "level"),
    }
