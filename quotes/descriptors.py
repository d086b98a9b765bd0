"""What the article says a person is: roles and organisations found around one mention.

A mention of a person can carry descriptors in several places, and the entity layer gathers
them from every mention:

- a title before the name: `Kenyan general Amina Odhiambo`, `Detective Chief Inspector Ann
  Cole`, `Senate Minority Whip Dick Durbin` (organisation *Senate*), `Whole Foods co-founder
  John Mackey`, `Clinton campaign manager Robby Mook` (organisation *Clinton campaign*),
  `CNN's Jake Tapper` (an organisation alone);
- an apposition before or after it: `the judge, Helen Marsh,`; `Josh Ames, a spokesman for
  the Port Authority,`; `said Irwin Redlener, a pediatrician and director of the National
  Center for Disaster Preparedness`;
- a relative clause: `X, who chairs the Finance Committee`, `X, who is a senior fellow at Y`
  (a relative clause is never part of a role);
- a copula: `X is the chief executive of Y`;
- an organisation right after it: `Claudia Brunner of ETH Zurich`.

Never a role: honorifics and abbreviated titles (`Mr`, `Sen.`, `Gov.`), party labels
(`R-Utah`), ages and numbers, kin, residents and supporters (``models/person_nouns.txt``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from quotes.columns import APPOS, PREP, PROPN, places_of_word, places_of_words
from quotes.context import DocContext, previous_paragraph_start
from quotes.dictionary import coined, is_english_word
from quotes.lede import lede
from quotes.letters import capitalised, in_maori_syllables
from quotes.lexicon import known_given_name, lexicon, peerage_ranks, university_offices
from quotes.names import (
    ACRONYM_SMALL_WORDS,
    DETERMINERS,
    POSSESSIVES,
    NameRuns,
    abbreviates,
    acronym,
    acronym_read_as_a_word,
    branch_of_a_letters_post,
    compact_acronym,
    country_sent_to,
    is_envoys_title,
    is_honorific,
    is_title,
    name_runs,
    numbers_an_office,
    opens_sentence_at,
    place_of_an_office,
    spelled_in_text,
    story_case,
    styles_the_job,
    title_word,
)
from quotes.tokens import (
    COMPANY_FORMS,
    COUNTY_EXECUTIVE_LETTERS,
    COUNTY_EXECUTIVE_MEMBER_LETTERS,
    FIELD_JOBS,
    FIELD_PREPS,
    NAME_JOINERS,
    NAME_SMALL_WORDS,
    ORG_PREPS,
    RELATIVE_PRONOUNS,
    aged_name,
    article_of_a_title,
    bracketed_word,
    end_of_small_words_after,
    entity_at,
    head_after,
    hyphen_joined,
    is_post_by_its_letters,
    is_seat,
    is_seat_by_its_letters,
    job_letters,
    job_of_a_field_before,
    joined_text,
    kind_of_body_after_a_job,
    listed_portfolio,
    name_given_by,
    opens_person_name,
    post_nominal_letters,
    reads_as_person_name,
    saints_word,
    saying_under_as,
    set_off_by_spaces,
    tagged_alone,
)

_MAX_TITLE_TOKENS = 14
_MAX_APPOSITION_TOKENS = 20
# Entity labels that can never name an organisation.
NOT_ORG = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
# Entity labels that name a place or a people: they stay in a role (`Tampa mayor`, `Kenyan
# general`) and are never the organisation a person works for.
_PLACE = frozenset({"GPE", "LOC", "NORP"})
# Entities a title never runs across (`on Tuesday Mayor Tom Holt`).
# (`In Washington the Democratic leader`, `said Tuesday the Labour leader`, `Smith the elder`)
_NOT_A_NAME_BEFORE_THE = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_NOT_IN_TITLE = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
# Verbs whose subject holds the role of their `as` phrase (`serves as chief of staff`).
# (`who doubles as chairman of Y`: a second post, held beside the first.)
_SERVE_VERBS = frozenset({"serve", "work", "act", "double"})
# Participles set by a name whose `as` phrase gives the post the person speaks in (`Speaking as
# chairman of the committee, X said`, `X, writing as the bank's chief economist,`).
_SPEAKING_AS_VERBS = _SERVE_VERBS | {"speak", "write", "address", "talk", "comment"}
# A body's gathering whose officers are the body's (`a meeting of the Board of Guardians`).
_MEETINGS = frozenset({"meeting", "sitting"})
_FOUND_VERBS = frozenset({"found", "co-found", "cofound", "establish"})
# `who worked at the Harbour Board`, `who teaches at Laval University`: the body a person
# works at.
# `took over as`, `stepped in as`: verbs with their particle that take up a post.
_TAKE_UP_VERBS = frozenset({("take", "over"), ("step", "in"), ("step", "up")})
# `stepped down as`, `stood down as`, `stepped aside as`: verbs with their particle that leave one.
_STEP_DOWN_VERBS = frozenset({("step", "down"), ("stand", "down"), ("step", "aside")})
_WORK_VERBS = frozenset({"work", "teach", "lecture"})
_WORK_PREPS = frozenset({"at", "for", "in", "with"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_STOP_TEXT = frozenset(
    {",", ";", ":", ".", "(", ")", "[", "]", "“", "”", '"', "‘", "’", "'", "—", "–", "--", "?", "!"}
)
# `R-Utah`, `D-Ill.`, `(R)`: a party label after a name is no role.
_PARTY_LABEL = re.compile(r"^\(?[RDI](?:-[A-Z][A-Za-z.]*(?:-[A-Z][A-Za-z.]*)?)?\)?$")
# `ranking member`, `ranking Democrat`: the senior seat of a legislature's minority on a
# committee (a party word that is a role only after `ranking`).
_RANKED_SEATS = frozenset({"member", "democrat", "republican", "minority"})
_WHERE = frozenset({"here", "there"})
_BODY_TAGS = ("ORG", "FAC")
# Titles whose `of` phrase is a portfolio, not a body (`Secretary of State`, `Minister of Health`).
_PORTFOLIO_TITLES = frozenset({"secretary", "minister", "undersecretary", "under-secretary"})
# Word endings of occupations (`chemist`, `modeller`, `historian`): with `a`/`an`, a noun in no
# list still says what a person does.
_OCCUPATION_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "eer", "ier", "man", "woman")


@dataclass(frozen=True)
class Descriptor:
    """A role and/or organisation the article gives one mention of a person."""

    at: int  # char offset of the mention described
    role: str
    organization: str
    source: str  # "title", "apposition", "relative", "verb", "office", "copula", "of", "description"
    order: int = 0  # several at one mention (coordinated roles): their order in the text
    # A job held before, set after a name that a job held now is set before (`Her coach, X, a
    # former physiotherapist,`): what the person did, not who speaks.
    background: bool = False


def text_of(doc: Doc, toks: list[Token]) -> str:
    """The text from the first of ``toks`` to the end of the last."""
    if not toks:
        return ""
    if all(t.i == toks[0].i + k for k, t in enumerate(toks)):
        return joined_text(toks)
    return doc[toks[0].i : toks[-1].i + 1].text


def strip_det(toks: list[Token]) -> list[Token]:
    while (
        toks
        and (toks[0].dep_ == "det" or toks[0].lower_ in DETERMINERS or toks[0].is_punct)
        and not determiner_opening_a_name(toks[0])
    ):
        toks = toks[1:]
    # (`deputy vice-chancellor (planning and development)`: a bracket closing one the words
    # open stays.)
    while toks and toks[-1].is_punct and not (toks[-1].text == ")" and any(t.text == "(" for t in toks)):
        toks = toks[:-1]
    return toks


def _opens_a_tagged_body(tok: Token) -> bool:
    """`All Progressives Congress spokesman`, `All Pakistan Textile Mills Association chairman`
    opening a sentence: a determiner in capitals that the tagger puts in a body's name, or right
    before a body's name of two words or more, opens it (not `All Google engineers`)."""
    doc, i = tok.doc, tok.i
    if tok.ent_type_ == "ORG":
        return i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"
    return i + 2 < len(doc) and doc[i + 1].ent_type_ == "ORG" and doc[i + 1].ent_iob_ == "B" and (
        doc[i + 2].ent_iob_ == "I"
    )


def _opens_a_side_before_a_job(tok: Token) -> bool:
    """`All Blacks coach X said` opening a sentence: a determiner in capitals before a plural
    proper noun and a job is the first word of the side's name (not `All Democrats said`)."""
    doc, i = tok.doc, tok.i
    return i + 2 < len(doc) and doc[i + 1].tag_ == "NNPS" and is_role_noun(doc[i + 2])


def determiner_opening_a_name(tok: Token) -> bool:
    """`All` of `All Blacks coach`, `No` of `No Labels co-founder`: a determiner in capitals in
    the middle of a sentence, before a proper noun in capitals, is the first word of a name.
    (`The` and `A` may be a name's too, but are dropped from it as elsewhere.) `An` so placed is
    the Irish article opening an Irish body's name (`with An Taisce`, `An Post`, `An Bord
    Pleanála`), where English writes its `an` small; opening a sentence it is English's."""
    doc = tok.doc
    # (Not a person's: `An` is a Vietnamese given name too, `a colleague of An Nguyen`.)
    irish = tok.text == "An" and not tok.is_sent_start and tok.i + 1 < len(doc)
    irish = irish and "PERSON" not in (tok.ent_type_, doc[tok.i + 1].ent_type_)
    # (The tagger reads the Irish article as a proper noun as often as a determiner.)
    article = tok.pos_ == "DET" or (irish and tok.pos_ == "PROPN")
    if not article or not tok.is_title or (tok.lower_ in DETERMINERS and not irish):
        return False
    if tok.is_sent_start:
        return _opens_a_tagged_body(tok) or _opens_a_side_before_a_job(tok)
    if tok.i + 1 >= len(doc) or tok.i == 0 or doc[tok.i - 1].tag_ == "``":
        return False  # (`"All ...`: opening a quotation, any word has a capital)
    after = doc[tok.i + 1]
    return after.pos_ == "PROPN" and capitalised(after.text)


def is_role_noun(tok: Token) -> bool:
    """A noun that heads a role (`spokeswoman`, `director`) or an office title in full."""
    lex = lexicon()
    word = title_word(tok.text)
    if job_of_two_words(tok):
        return True  # `dinner lady`, where `Lady` is a form of address
    if word in lex.honorifics and is_honorific(tok):
        return False  # `Ms`, where `MS` is a seat
    if tok.lower_ in _RANKED_SEATS and _ranking(tok.doc, tok.i - 1):
        return True  # `the ranking Democrat on the committee`: the minority's senior seat
    if tok.lower_ in FIELD_JOBS and (_field_before(tok) or _field_after_for(tok) or _sides_critic(tok)):
        return True  # `NDP health critic`, `critic for justice`; not `a critic of the plan`
    if _elder_of_a_family(tok) or _someones_partner(tok):
        return False
    if tok.lemma_.lower() in lex.role_nouns or word in lex.role_nouns or word in lex.office_titles:
        return True
    if tok.tag_ == "NNPS" and word.endswith("s") and word[:-1] in lex.office_titles:
        return True  # `a bench of Justices Ana Ruiz and Tom Hale`, the tagger keeping `Justices` whole
    return _hyphened_role(tok)


def job_of_two_words(tok: Token) -> bool:
    """`dinner lady`, `lollipop man`: a job of two words whose head alone is none
    (models/role_nouns.txt lists it whole), the first word hung on the second."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.dep_ not in ("compound", "amod") or before.head.i != tok.i:
        return False
    return f"{before.lower_} {tok.lemma_.lower()}" in lexicon().role_nouns


def _someones_partner(tok: Token) -> bool:
    """`Her partner, Dele, works nights`: a partner a person owns (a pronoun's or a person's
    possessive) at no body (`her partner at the firm`) is kin, no job (ROLES.md: kinship is
    no role)."""
    if tok.lower_ not in ("partner", "partners"):
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    personal = any(c.pos_ == "PRON" or c.ent_type_ == "PERSON" for c in owners)
    return personal and not any(c.dep_ == "prep" for c in tok.children)


def _elder_of_a_family(tok: Token) -> bool:
    """`the elder Lowe says`: `elder` between `the` and a name tells two of one family apart by
    age (a village's or a church's elder is `the village elder, Jon Lowe,`)."""
    if tok.lower_ != "elder":
        return False  # (asked of every role noun: the word first, before the token's doc)
    doc, i = tok.doc, tok.i
    return (
        i > 0
        and doc[i - 1].lower_ == "the"
        and i + 1 < len(doc)
        and capitalised(doc[i + 1].text)
    )


def _hyphened_role(tok: Token) -> bool:
    """``tok`` ends a word split at hyphens that is a role in full (`co-ordinator`, whose
    `ordinator` alone is none): the whole word is the job its last part heads."""
    if not hyphen_joined(tok):
        return False
    return tok.doc[_hyphenated_word_start(tok).i : tok.i + 1].text.lower() in lexicon().role_nouns


def _hyphenated_word_start(tok: Token) -> Token:
    """The first part of the word ``tok`` ends or is inside when the tokenizer split it at its
    hyphens (`co` for `leader` in `co-leader`)."""
    i = tok.i
    while hyphen_joined(tok.doc[i]):
        i -= 2
    return tok.doc[i]


def hyphenated_word_end(tok: Token) -> Token:
    """The last part of the word ``tok`` opens when the tokenizer split it at its hyphens
    (`vice` in `vice-president`): the part that heads the word, whatever the parse made it."""
    doc = tok.doc
    i = tok.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not (doc[i].whitespace_ or doc[i + 1].whitespace_):
        i += 2
    return doc[i]


def _field_before(tok: Token) -> bool:
    """A common noun in small letters right before ``tok`` and modifying it: the field that
    makes a noun like `critic` a job (`health critic`, `restaurant critic`)."""
    if tok.i == 0:
        return False
    field = tok.doc[tok.i - 1]
    return field.pos_ == "NOUN" and field.is_lower and field.head.i == tok.i


def _sides_critic(tok: Token) -> bool:
    """`NDP critic Peter Julian`, `Opposition critic Luc Berthold`: a critic between a party or a
    bench in capitals (its letters tagged a body, a party's word, models/party_labels.txt, or a
    bench, models/portfolios.txt) and a person's name is the party's critic, a post in Canadian
    parliaments, as `NDP health critic` is (not `a Tory critic of the plan`, no name after)."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or not tok.is_lower:
        return False
    side, name = doc[tok.i - 1], doc[tok.i + 1]
    lex = lexicon()
    letters = side.is_upper and side.is_alpha and side.ent_type_ == "ORG"
    named_side = letters or side.is_title and (side.lower_ in lex.party_labels or side.lower_ in lex.fields)
    return named_side and name.ent_type_ == "PERSON" and name.ent_iob_ == "B" and name.is_title


def _field_after_for(tok: Token) -> bool:
    """`the Opposition critic for justice`: a common noun in small letters right after `for`
    names the field a party's critic shadows (not a span of time: `a critic for years`)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "for":
        return False
    field = doc[tok.i + 2]
    # (`Opposition critic for health Luc Berthold`: the field hung on the name after it, the
    # object of the `for`.)
    named = field.dep_ == "compound" and field.head.pos_ == "PROPN" and field.head.head.i == tok.i + 1
    return (
        field.pos_ == "NOUN"
        and field.is_lower
        and (field.head.i == tok.i + 1 or named)
        and field.ent_type_ not in ("DATE", "TIME")
    )


def _ranking(doc: Doc, i: int) -> bool:
    """`ranking` standing alone at ``i`` (not `highest-ranking`, `top-ranking`)."""
    return i >= 0 and doc[i].lower_ == "ranking" and not (i > 0 and doc[i - 1].tag_ == "HYPH")


def _seat_on(prep: Token) -> bool:
    """`the ranking Democrat on the Budget Committee`: `on` after a seat, before its body."""
    i = prep.i
    return (
        prep.lower_ == "on"
        and i > 0
        and prep.doc[i - 1].lower_ in _RANKED_SEATS
        and _ranking(prep.doc, i - 2)
    )


def has_role_noun(toks: list[Token]) -> bool:
    return any(is_role_noun(t) for t in toks)


def _occupation(tok: Token) -> bool:
    """`glaciologist`, `modeller`: a lower-case common noun with an occupation's ending."""
    low = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and tok.is_lower
        and low not in lexicon().person_nouns
        and tok.lemma_.lower() not in lexicon().person_nouns
        and low.endswith(_OCCUPATION_ENDINGS)
        # (`government`, `parliament`, `department` end like `agent`: bodies, no trade; a
        # `publisher` is both.)
        and (low not in lexicon().organization_nouns or is_role_noun(tok))
    )


def org_text(context: DocContext, ent: Span) -> str:
    """An organisation's name as written, without a leading article or trailing possessive;
    worked out once per span, as each entity is read at several steps of the who layer."""
    return context.memo(("organization", ent.start, ent.end), lambda: _org_text(context.doc, ent))


def _org_text(doc: Doc, ent: Span) -> str:
    # The tagger can run a byline's body over the blank line after it (`The Editorial
    # Board\n\n`): a name ends at the line's end and holds no white space at either end.
    parts = [t for t in ent]
    while parts and parts[0].is_space:
        parts = parts[1:]
    broken = [k for k, t in enumerate(parts) if "\n" in t.text_with_ws]
    if broken:
        parts = parts[: broken[0] + (not parts[broken[0]].is_space)]
    while parts and parts[-1].is_space:
        parts = parts[:-1]
    # (`the Blue Door Cafe on Main Street`, tagged whole: the street says where it stands.)
    streets = lexicon().street_words
    if len(parts) > 3 and parts[-1].lower_ in streets:
        at = next((k for k in range(1, len(parts) - 1) if parts[k].lower_ in ("on", "in", "at")), 0)
        if at and all(t.is_title for t in parts[at + 1 :]):
            parts = parts[:at]
    parts = _past_its_kind(doc, _past_a_place_of(parts))
    # `the State Department’s Press Office`: the office belongs to the department; but the
    # possessive is part of `St Brendan’s Hospital` or `King’s College`.
    for k, t in enumerate(parts):
        if t.text in ("’s", "'s") and k > 0:
            owner = strip_det(parts[:k])
            last = k == len(parts) - 1
            # (`Police Patrolmen's Association`, `Children's Hospital`: a plural's body.)
            word = owner[-1]
            plural = _plural_owner(word)
            # (`the District Attorney's Office`: an office's holder owns a body of that name.)
            titled = word.lower_ in lexicon().role_nouns and not _is_org_noun(word)
            # (`Friends of St Margaret’s Hospice Appeal`: a saint's name right before the mark.)
            saint = any(saints_word(w) for w in [owner[0], *owner[-2:-1]])
            # (`Moody's`: the mark is the name's own; so in `vicar of St. Mark's`, a church or
            # school called by its saint's possessive.)
            named_for_a_saint = len(owner) > 1 and saints_word(owner[0])
            if last and (named_for_a_saint or _possessive_in_the_name(doc, owner)):
                return text_of(doc, strip_det(parts))
            if last or (len(owner) > 1 and not (saint or plural or titled)):
                parts = parts[:k]
            break
    while parts and parts[-1].text in POSSESSIVES:
        parts = parts[:-1]
    parts = strip_det(_without_a_titles_opening(doc, parts))
    return story_case(parts[0], text_of(doc, parts)) if parts else ""


def _past_its_kind(doc: Doc, parts: list[Token]) -> list[Token]:
    """`the NGO Ziwa Hai`, `trade union Unite's general secretary`, `Industry body FICCI's
    president`: a body's kind before its name in capitals says what it is, no part of the name."""
    named = strip_det(parts)
    if len(named) > 1 and named[0].i > 0 and doc[named[0].i - 1].lower_ == "the":
        # (A kind in small letters or in capitals, not a name's own word: `the Group Against Hunger`.)
        kind = named[0].lower_ in lexicon().any_body_nouns and (named[0].is_lower or named[0].is_upper)
        if kind and all(capitalised(t.text) for t in named[1:]):
            return named[1:]
    # A kind of several words ends on a body's noun in small letters; only the sentence's first
    # word may be in capitals (`Lobby group X`, but `Group Against Hunger` is a name).
    run = 0
    while run < len(named) and (named[run].is_lower or named[run].text == "-" or (
        run == 0 and named[run].is_sent_start and named[run].is_title
    )):
        run += 1
    rest = [t for t in named[run:] if t.text not in POSSESSIVES]
    if not run or not rest or not named[run - 1].is_lower:
        return parts
    if named[run - 1].lower_ in lexicon().organization_nouns and all(capitalised(t.text) for t in rest):
        return named[run:]
    return parts


def _without_a_titles_opening(doc: Doc, parts: list[Token]) -> list[Token]:
    """`Kenya Ports Authority Acting` + `Managing Director X`: a word of rank or time in capitals
    that the tagger ran into a body's name, right before more of a title in capitals, opens the
    title (a body's name never ends on `Acting` or `Deputy`)."""
    while len(parts) > 1 and parts[-1].is_title and is_rank_word(parts[-1]):
        after = doc[parts[-1].i + 1] if parts[-1].i + 1 < len(doc) else None
        if after is None or not after.is_title:
            break
        parts = parts[:-1]
    return parts


def _past_a_place_of(parts: list[Token]) -> list[Token]:
    """`vice-president for Wales of the Royal College of Emergency Medicine`, tagged a body from
    `Wales` on: a place and `of` opening a name in capitals are the brief of the job before it,
    no body's words (a body's name opens on its own word, `Bank of England`); the body is the
    name after `of`."""
    at = next((k for k, t in enumerate(parts) if t.lower_ == "of"), 0)
    if not at or not all(t.is_title for t in parts[:at]):
        return parts
    if not lexicon().names_a_place_or_people(" ".join(t.lower_ for t in parts[:at])):
        return parts
    rest = strip_det(parts[at + 1 :])
    return rest if len(rest) >= 2 and rest[0].is_title else parts


def _possessive_in_the_name(doc: Doc, owner: list[Token]) -> bool:
    """`Moody's analyst X`, in a story that writes `Moody's said` or `Moody's cut its outlook`:
    a body whose tagged name, with its `'s`, is elsewhere the subject of a verb owns nothing
    there, so the mark is part of its name (`McDonald's`, `Sainsbury's`), not `Moody`."""
    words = [t.lower_ for t in owner]
    n = len(words)
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < n + 1 or ent.end >= len(doc):
            continue
        mark, after = ent[-1], doc[ent.end]
        named = [t.lower_ for t in ent[-n - 1 : -1]] == words
        if not named or mark.text not in ("’s", "'s") or mark.pos_ != "PART":
            continue
        if after.pos_ in ("VERB", "AUX") and after.is_lower and after.tag_ not in ("VBG", "VBN"):
            return True
    return False


def _plural_owner(word: Token) -> bool:
    """A plural that owns a body named after it (`Longshoremen's Association`, `Children's
    Hospital`), as against an owner whose unit is named (`the State Department's Press Office`)."""
    return word.tag_ in ("NNS", "NNPS") or word.lower_.endswith(("men", "children", "people"))


def _plurals_body_goes_on(doc: Doc, mark: int) -> bool:
    """A name in capitals goes on over a plural's possessive mark to the body it owns:
    `Local 12 of the International Longshoremen's Association`, `the Lenton Farmers' Union`."""
    if not 0 < mark < len(doc) - 1 or doc[mark].text not in POSSESSIVES:
        return False
    after = doc[mark + 1]
    plural = _plural_owner(doc[mark - 1]) or _plural_mark(doc[mark])
    return plural and after.pos_ == "PROPN" and capitalised(after.text)


def _is_org_noun(tok: Token, plurals: bool = True) -> bool:
    """A body's noun (`council`); with ``plurals``, also a proper noun's plural (`Trade
    Unions`), whose lemma keeps it."""
    nouns = lexicon().organization_nouns
    if tok.lemma_.lower() in nouns or tok.lower_ in nouns:
        return True
    return plurals and tok.tag_ == "NNPS" and tok.lower_.endswith("s") and tok.lower_[:-1] in nouns


def full_name_end(doc: Doc, end: int) -> int:
    """Where a proper name that ends before token ``end`` really ends: the tagger often cuts an
    organisation short (`the March` of Dimes, `the National Center for Disaster` Preparedness).

    It runs on over capitalised words, and over `of`/`for`/`on` or `and`/`&` followed by them
    (with `and`, only when the name then ends in an organisation noun: not `Apple and Google`).
    A name the tagger cut just after its joining word (`Committee for` a Responsible Federal
    Budget) runs on the same way.
    """
    if 0 < end < len(doc) and doc[end - 1].lower_ in NAME_JOINERS and doc[end - 1].i > 0:
        whole = full_name_end(doc, end - 1)
        return whole if whole > end else end
    while end < len(doc):
        tok = doc[end]
        if tok.pos_ == "PROPN" and capitalised(tok.text) and tok.ent_type_ not in ("PERSON", "GPE", "DATE"):
            end += 1
            continue
        if _numbers_a_body(doc, end):
            end += 1  # `Local 1014` of the United Steelworkers
            continue
        if tok.lower_ in NAME_JOINERS and end + 1 < len(doc):
            k = end + 1
            # (`Citizens for a Safer Street`: an article may open what follows the joiner.)
            if doc[k].lower_ == "the" or (doc[k].lower_ in ("a", "an") and tok.lower_ not in ("and", "&")):
                k += 1
            run = k
            # (`the Homicide and Major Enquiry Team`: a word in capitals the tagger puts in a
            # body's name is one of its words, though the parser reads it as an adjective.)
            # (`named chief executive of Kestrel Bank on Monday`: a day or a date after the
            # joiner says when, and is no word of the name.)
            while run < len(doc) and doc[run].ent_type_ not in ("DATE", "TIME") and (
                (capitalised(doc[run].text) and (doc[run].pos_ == "PROPN" or doc[run].ent_type_ == "ORG"))
                or (run > k and _plurals_body_goes_on(doc, run))
            ):
                run += 1
            if run == k:
                break
            if tok.lower_ in ("and", "&") and not _is_org_noun(doc[run - 1]):
                break
            if doc[run - 1].lower_ in lexicon().street_words:
                break  # `the Blue Door Cafe on Main Street`: where it stands
            end = run
            continue
        listed = _short_formed_name_end(doc, max(0, end - 12), end)
        if listed > 0:
            # (`of the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)`: the
            # short form spells the words past the comma too, so they are the name's.)
            end = listed - 2
        else:
            end = _list_closing_a_name(doc, end)
        break
    return end


def _list_closing_a_name(doc: Doc, end: int) -> int:
    """`of the Kenya Medical Practitioners, Pharmacists and Dentists Union`: a tagged body's name
    cut at a comma goes on over plurals in capitals tagged no body, person or place, `and`, and a
    tagged body's name ending in a body's noun in the singular (as ``_list_inside_a_name`` joins the
    tagger's pieces); where it ends, else ``end``."""
    if doc[end].text != "," or doc[end - 1].ent_type_ != "ORG":
        return end
    k = end
    while k < len(doc) and k - end <= 6 and (doc[k].text == "," or _plural_listed_in_a_name(doc[k])):
        k += 1
    if k == end + 1 or k + 1 >= len(doc) or doc[k].lower_ != "and" or doc[k + 1].ent_iob_ != "B":
        return end
    last = entity_at(doc, doc[k + 1])
    if last is None or last.label_ != "ORG" or last[-1].tag_ != "NNP" or last.end - end > 10:
        return end
    return last.end if _is_org_noun(last[-1], plurals=False) else end


def _plural_listed_in_a_name(tok: Token) -> bool:
    """`Pharmacists` in `Kenya Medical Practitioners, Pharmacists and Dentists Union`: a plural
    in capitals tagged no body, person or place (a people's name at most)."""
    return tok.tag_ == "NNPS" and tok.ent_type_ in ("", "NORP")


def _numbers_a_body(doc: Doc, i: int) -> bool:
    """`Local 1014`, `Lodge 7`: a number in figures right after a word in capitals, no year,
    numbers the body that word names."""
    tok = doc[i]
    year = len(tok.text) == 4 and tok.text[:2] in ("19", "20")
    return tok.text.isdigit() and not year and _numbers_a_name(doc, tok)


def joined_entities(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's entities, with a name it cut after a joining word (`Australian Competition
    and` + `Consumer Commission`) made whole again."""
    out: list[Span] = []
    for ent in ents:
        if _person_before_of_body(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        ent = _body_cut_after_a_plural_possessive(doc, _body_by_its_short_form(doc, ent))
        ent = _named_after_a_body_noun(doc, _body_before_a_title(doc, _body_before_a_job(doc, ent)))
        ent = _company_before_its_spokesperson(doc, _letters_before_its_spokesperson(doc, ent))
        ent = _body_named_for_its_country(doc, ent)
        ent = _person_after_a_title(doc, ent)
        ranked = _person_after_a_rank(doc, ent) or _person_after_a_portfolio(doc, ent)
        if ranked is not None:
            # `Tasmania Police Senior Constable Erin Blake`, tagged as one body.
            out += [b for b in [_body_of_ranked(doc, ent, ranked)] if b is not None]
            out.append(ranked)
            continue
        apposed = _person_after_comma(doc, ent)
        if apposed is not None:
            # `his best friend at Purdue, Bruce Hale,` tagged as one body: a body, then a person.
            out += [Span(doc, ent.start, apposed.start - 1, label="ORG"), apposed]
            continue
        person = _person_of_body(doc, ent)
        if person is not None:
            # `Meenakshi Ganguly of Human Rights Watch`, tagged as one body: a person and theirs.
            out.append(person)
            ent = Span(doc, person.end + 1, ent.end, label="ORG")
        if ent.label_ == "ORG":
            ent = _before_a_person(doc, _spelled_out(doc, _opened_by_a_plural_possessive(doc, ent)))
            # (Its words after `of`, tagged nothing, are none of the title's: no cut there.)
            ent = _body_named_on_past_of(doc, ent)
        listed = _list_inside_a_name(doc, out, ent)
        if listed is not None:
            # `Kenya Medical Practitioners, Pharmacists and Dentists Union`, cut at its commas.
            out = [e for e in out if e.end <= listed] + [Span(doc, listed, ent.end, label="ORG")]
            continue
        ent = _given_name_before_a_particle(doc, out, ent)
        last = out[-1] if out else None
        if last is not None and _address_tagged_apart(doc, last, ent):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if last is not None and (
            (last.end == ent.start and last.label_ == ent.label_ and doc[last.end - 1].lower_ in NAME_JOINERS)
            or _body_opened_under_another_tag(doc, last, ent)
            or _cut_at_and(doc, last, ent)
            or _cut_at_of(doc, last, ent)
            or _cut_at_plural_possessive(doc, last, ent)
            or _place_and_district(doc, last, ent)
        ):
            out[-1] = Span(doc, last.start, ent.end, label=ent.label_)
        elif last is not None and _body_cut_before_its_place(doc, last, ent):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(_untagged_rest(doc, ent))
    out = [_without_a_trailing_joiner(doc, _body_before_its_place(doc, e)) for e in out]
    return _bodies_owning_its(doc, out)


def _bodies_owning_its(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Fonterra cut its forecast`, `Fonterra` tagged a person: one word called a person that is
    the subject of a verb whose object is `its` own is a body, when the article never gives it
    a given name or a form of address (`Ms Fonterra`) that would make it someone's surname."""
    ones = [e for e in ents if e.label_ == "PERSON" and len(e) == 1 and _owns_its_object(e.root)]
    if not ones:
        return ents
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}
    addressed = {t.lower_ for t in doc[1:] if is_honorific(doc[t.i - 1])}
    bodies = {e.start for e in ones if e.root.lower_ not in surnames | addressed}
    return [Span(doc, e.start, e.end, label="ORG") if e.start in bodies else e for e in ents]


def _owns_its_object(subject: Token) -> bool:
    """Whether ``subject`` is the subject of a verb whose direct object is `its` own (`cut its
    forecast`)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "poss" and c.lower_ == "its" for o in objects for c in o.children)


def _body_before_its_place(doc: Doc, ent: Span) -> Span:
    """`Bulls in Cape Town`, `Barclays in Seoul`, tagged as one body: a name with no body's
    noun before `in` and a name in capitals after it is a body and where it is; not `the United
    Nations Mission in Kosovo`, whose noun makes `in` part of its name."""
    if ent.label_ != "ORG":
        return ent
    cut = next((t.i for t in ent[1:-1] if t.lower_ == "in"), None)
    if cut is None or not capitalised(doc[cut + 1].text):
        return ent
    if any(_is_org_noun(t) for t in doc[ent.start : cut]):
        return ent
    return Span(doc, ent.start, cut, label="ORG")


def _without_a_trailing_joiner(doc: Doc, ent: Span) -> Span:
    """`an economist at Barclays in Seoul`, tagged `Barclays in`: a body's name that a small word
    in small letters ends (`in`, `and`, `the`), with no name after it to join, ends before it."""
    if ent.label_ != "ORG":
        return ent
    end = ent.end
    while end - ent.start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
        end -= 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


# Endings of a people's or a side's adjective (`Kenyan`, `Democratic`, `Scottish`,
# `Japanese`, `Emirati`): such a word before a spokesperson is no company's name.
_ADJECTIVE_ENDINGS = ("an", "ic", "ish", "ese", "i")
# The endings of a people's or a region's adjective alone (`Victorian`, `Japanese`, `Cornish`),
# no party's (`Democratic`).
_PEOPLES_ENDINGS = ("an", "ish", "ese")


def _company_before_its_spokesperson(doc: Doc, ent: Span) -> Span:
    """`A Tesla spokesperson said`, `Tesla` tagged a people: one word in capitals, no people's
    or side's adjective, right before a job of speaking for a body is the body's name."""
    if ent.label_ != "NORP" or len(ent) != 1 or ent.end >= len(doc):
        return ent
    word = ent[0]
    low = word.lower_
    if word.pos_ != "PROPN" or low in lexicon().demonyms or low.endswith(_ADJECTIVE_ENDINGS):
        return ent
    if doc[ent.end].lower_ not in lexicon().spokespeople:
        return ent
    return Span(doc, ent.start, ent.end, label="ORG")


# A body's letters written with small letters inside, as British departments write theirs
# (`DfT`, `DfE`, `DoH`, `DfID`): a capital, one or two small letters, one or two capitals.
_MIXED_CASE_LETTERS = re.compile(r"[A-Z][a-z]{1,2}[A-Z]{1,2}")


def _letters_before_its_spokesperson(doc: Doc, ent: Span) -> Span:
    """`A DfT spokesperson said`, `DfT` tagged a person: one word of a body's letters in mixed
    case right before a job of speaking for a body is the body's name (no person's name ends on
    a capital so)."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.end >= len(doc):
        return ent
    if not _MIXED_CASE_LETTERS.fullmatch(ent[0].text) or doc[ent.end].lower_ not in lexicon().spokespeople:
        return ent
    return Span(doc, ent.start, ent.end, label="ORG")


def _address_tagged_apart(doc: Doc, last: Span, ent: Span) -> bool:
    """`Datuk Seri` + `Azlan Khir` + `Rahman Ismail`: forms of address tagged a person alone, then
    up to three untagged capitalised words and a person: one person, whose name the words open."""
    if last.label_ != "PERSON" or ent.label_ != "PERSON" or not 0 <= ent.start - last.end <= 3:
        return False
    if not all(is_title(t) for t in last):
        return False
    return all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in doc[last.end : ent.start])


def _given_name_before_a_particle(doc: Doc, out: list[Span], ent: Span) -> Span:
    """`Maitha Al Suwaidi`, tagged `Maitha` (a place) and `Al Suwaidi` (a body): a given name
    right before a name opened by an Arabic particle is one person's name with it."""
    # (Words that open an Arabic family name or a name by descent: `Al Suwaidi`, `Bin Zayed`,
    # `Abu Bakr`, `Ould Abdallah`; models/name_particles.txt.)
    lex = lexicon()
    opener = doc[ent.start]
    if ent.start < 1 or opener.lower_ not in lex.name_openers:
        return ent
    given = doc[ent.start - 1]
    if given.lower_ not in lex.first_names or not given.is_title:
        return ent
    titled = out[-1] if out and out[-1].end == ent.start and len(out[-1]) > 1 else None
    if titled is not None and titled.label_ == ent.label_ == "PERSON" and is_title(titled[0]):
        # (`Energy Minister Prince Abdulaziz` + `bin Salman`: a person tagged with their style
        # and given name, then a person opened by the joiner of descent, in small letters too.)
        out.pop()
        return Span(doc, titled.start, ent.end, label="PERSON")
    if not capitalised(opener.text) or given.ent_type_ == "PERSON":
        return ent
    if out and out[-1].end == ent.start:
        if len(out[-1]) != 1:
            return ent
        out.pop()
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def _list_inside_a_name(doc: Doc, out: list[Span], ent: Span) -> int | None:
    """Where a body's name with a list inside starts, when the tagger cut it at the list's commas
    (`Kenya Medical Practitioners` + `, Pharmacists and` + `Dentists Union`; `Department of
    Agriculture, Land Reform and Rural Development`): a body, a comma, words in capitals and
    commas, `and`, a body; else None."""
    if ent.label_ != "ORG" or ent.start < 4 or doc[ent.start - 1].lower_ != "and":
        return _list_opening_a_name(doc, out, ent)
    first = next((e for e in reversed(out) if e.end < ent.start - 1), None)
    if first is None or first.label_ != "ORG" or doc[first.end].text != "," or ent.end - first.start > 16:
        return None
    between = doc[first.end : ent.start - 1]
    if not all(t.text == "," or (capitalised(t.text) and t.is_alpha) for t in between):
        return None
    # (`Microsoft, Apple and Google`: bodies, places or people listed are no one name.)
    if any(t.ent_type_ in ("ORG", "PERSON", "GPE") for t in between):
        return None
    return first.start if any(capitalised(t.text) for t in between) else None


def _list_opening_a_name(doc: Doc, out: list[Span], ent: Span) -> int | None:
    """`Rail, Tram and Bus Union secretary X`, only `Tram and Bus Union` tagged: a body's name
    closed by a body's noun with `and` for its second word is the end of a list, and the words in
    capitals before it, each with its comma, no title, place or a person's (a lone word tagged a
    person the article names no one by), are the list's first items: where the name starts."""
    if ent.label_ != "ORG" or len(ent) < 4 or ent[1].lower_ not in ("and", "&"):
        return None
    if not _is_org_noun(ent[-1], plurals=False):
        return None
    start = ent.start
    while start >= 2 and ent.start - start < 6 and doc[start - 1].text == ",":
        if not _item_opening_a_list(doc, out, doc[start - 2]):
            break
        start -= 2
    if start == ent.start or (start > 0 and doc[start - 1].pos_ == "PROPN"):
        return None
    return start


def _item_opening_a_list(doc: Doc, out: list[Span], tok: Token) -> bool:
    """`Rail` of `Rail, Tram and Bus Union`: a word in capitals, no title or job, tagged nothing
    or alone a person whose word names no one else in the article (`Lynch` of `Mick Lynch`)."""
    # (`Food, Beverage and Tobacco Workers Union`: opening a sentence, the first read as a noun.)
    named = tok.pos_ == "PROPN" or (tok.tag_ == "NN" and tok.is_sent_start)
    if not (named and tok.is_title and tok.is_alpha) or is_title(tok) or is_role_noun(tok):
        return False
    if not tok.ent_type_:
        return True
    alone = any(e.label_ == "PERSON" and e.start == tok.i and e.end == tok.i + 1 for e in out)
    return alone and not any(t.text == tok.text and t.i != tok.i and t.ent_type_ for t in doc)


def _cut_at_plural_possessive(doc: Doc, first: Span, second: Span) -> bool:
    """`Harbour Workers'` + `General Union`, `Mumbai Taximen's` + `Union`: a body's name the
    tagger cut after the possessive mark of a plural inside it, the second part ending in a
    body's noun."""
    if first.end != second.start or first.label_ != "ORG" or second.label_ != "ORG" or len(first) < 2:
        return False
    mark = doc[first.end - 1]
    return (_plural_mark(mark) or _irregular_plurals_mark(mark)) and _is_org_noun(second[-1], plurals=False)


def _irregular_plurals_mark(mark: Token) -> bool:
    """`'s` after a plural in capitals that ends in no `s` (`Taximen's`, `Women's`, `People's`),
    not after a place's name (`Yemen's`)."""
    if mark.lower_ not in ("'s", "’s") or mark.i == 0:
        return False
    plural = mark.doc[mark.i - 1]
    word = plural.lower_
    return plural.is_title and word.endswith(("men", "people", "children")) and word not in lexicon().places


def _body_cut_after_a_plural_possessive(doc: Doc, ent: Span) -> Span:
    """`Delhi Commuters'` (tagged a person or a body) | `Forum convener X`: words in capitals
    ending in a plural's possessive mark, then words in capitals tagged nothing that end in a
    body's noun, are one body's name."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 2 or not _plural_mark(doc[ent.end - 1]):
        return ent
    end = ent.end
    while end < len(doc) and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    if end == ent.end or not _is_org_noun(doc[end - 1], plurals=False):
        return ent
    return Span(doc, ent.start, end, label="ORG")


def _name_goes_on_after(tok: Token) -> bool:
    """A word after which a tagged name cut short goes on: a joining word, or a plural's
    possessive mark (`Harbour Workers'` + `General Union`)."""
    return tok.lower_ in NAME_JOINERS or _plural_mark(tok)


def _plural_mark(mark: Token) -> bool:
    """The possessive mark right after a plural (`Workers'`)."""
    if mark.text not in ("'", "’") or mark.i == 0:
        return False
    plural = mark.doc[mark.i - 1]
    return plural.lower_.endswith("s") and not plural.whitespace_


def _opened_by_a_plural_possessive(doc: Doc, ent: Span) -> Span:
    """`The Workers' Party`, `the Farmers' Union`, tagged `Party` / `Union` alone: a plural in
    capitals with its possessive mark opens the body's name (with any words in capitals before
    it), when what was tagged is the body's noun by itself."""
    if len(ent) != 1 or ent.start < 2 or not _is_org_noun(ent[0], plurals=False):
        return ent
    mark, plural = doc[ent.start - 1], doc[ent.start - 2]
    if mark.text not in ("'", "’") or not (plural.is_title and plural.lower_.endswith("s")):
        return ent
    start = plural.i
    while start > 0 and (word := doc[start - 1]).pos_ == "PROPN" and word.is_title and not word.ent_type_:
        start -= 1
    return Span(doc, start, ent.end, label="ORG")


def _person_after_comma(doc: Doc, ent: Span) -> Span | None:
    """The name after the last comma of a tagged body (`Purdue, Bruce Hale`): two or three
    capitalised words from a given name, that read as a person's name."""
    if ent.label_ != "ORG" or len(ent) < 4:
        return None
    comma = max((t.i for t in ent if t.text == ","), default=-1)
    if comma <= ent.start or not 2 <= ent.end - comma - 1 <= 3:
        return None
    name = Span(doc, comma + 1, ent.end, label="PERSON")
    if name[0].lower_ not in lexicon().first_names or not reads_as_person_name(name):
        return None
    return name


def _body_opened_under_another_tag(doc: Doc, first: Span, second: Span) -> bool:
    """`Australian Competition and` (tagged a work of art) + `Consumer Commission` (a body): the
    opening words of a body's name, in capitals up to the joining word that ends them, tagged as
    something no person or place is, right before the rest tagged a body."""
    return (
        first.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
        and second.label_ == "ORG"
        and first.end == second.start
        and len(first) >= 2
        and doc[first.end - 1].lower_ in NAME_JOINERS
        and all(capitalised(t.text) for t in first[:-1])
    )


def _cut_at_and(doc: Doc, first: Span, second: Span) -> bool:
    """`School of Biological` | and | `Behavioural Sciences`, `Ministry of Health` | and |
    `Family Welfare`: a body's `of` name, or one of its members in the plural (`Teachers and
    Lecturers' Federation`), the tagger cut at its `and`, the rest tagged a body too
    (not a second body with its own article or short form: `the Treasury and the FBI`)."""
    # (`New South Wales Teachers` | and | `Lecturers' Federation`: members listed in the plural,
    # the last with its mark before the body's noun.)
    members = first[-1].tag_ == "NNPS" and len(second) >= 3 and _plural_mark(second[1])
    return (
        first.label_ == second.label_ == "ORG"
        and second.start == first.end + 1
        and doc[first.end].lower_ in ("and", "&")
        and (any(t.lower_ in ("of", "for") for t in first[1:]) or members)
        and capitalised(second[0].text)
        and second[0].pos_ == "PROPN"
        and not any(t.is_upper for t in second)
    )


def _cut_at_of(doc: Doc, first: Span, second: Span) -> bool:
    """`The Nigerian Union` | of | `Allied Health Professionals` + `secretary-general`: a body's
    name ending in its noun in capitals, the tagger cut at the `of` naming its members or field,
    the rest tagged a body too and owning a job in small letters right after it (the job is the
    whole body's, so the body is one name)."""
    return (
        first.label_ == second.label_ == "ORG"
        and second.start == first.end + 1
        and doc[first.end].lower_ == "of"
        and first[-1].is_title
        and _is_org_noun(first[-1])
        and second[0].pos_ == "PROPN"
        and capitalised(second[0].text)
        and second.end < len(doc)
        and doc[second.end].is_lower
        and is_role_noun(doc[second.end])
    )


def _body_cut_before_its_place(doc: Doc, body: Span, place: Span) -> bool:
    """`The Association of National Exchanges Members of` | `India`: a body's name the tagger
    ended on `of` or `for`, right before the place it goes on to name, runs on over the place."""
    return (
        body.label_ == "ORG"
        and place.label_ in ("GPE", "LOC")
        and body.end == place.start
        and len(body) >= 3
        and doc[body.end - 1].lower_ in ("of", "for")
    )


def _place_and_district(doc: Doc, place: Span, body: Span) -> bool:
    """`Lenton` | and | `District NHS Foundation Trust`: a British and Commonwealth body named for
    a town `and District`, the tagger taking the town for a place and cutting it off; so a
    council or a police force named for two places (`Limerick City` | and | `County Council`,
    `Devon` | and | `Cornwall Police`), its name in capitals and closed by the body's noun."""
    if place.label_ not in ("GPE", "LOC") or body.label_ != "ORG" or body.start != place.end + 1:
        return False
    if doc[place.end].lower_ != "and" or not capitalised(body[0].text):
        return False
    if body[0].lower_ in ("district", "districts"):
        return True
    words = [t for t in body]
    return (
        len(words) >= 2
        and words[-1].lower_ in lexicon().place_bodies
        and all(t.pos_ == "PROPN" and capitalised(t.text) for t in words)
        and not any(_is_org_noun(t) for t in words[:-1])
    )


def _untagged_rest(doc: Doc, ent: Span) -> Span:
    """A body's name the tagger cut after a joining word, its last words tagged as nothing
    (`the Australian Competition and` | `Consumer Commission (ACCC)`), or before its `and`
    (`Queensland Nurses` | `and Midwives' Union`): the name with them."""
    if ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ in ("and", "&"):
        # (`Queensland Nurses` | `and Midwives' Union secretary X`: the rest after the `and`,
        # tagged nothing, ending in a body's noun; the parser made the holder a conjunct.)
        whole = full_name_end(doc, ent.end)
        if whole > ent.end + 1 and not any(t.ent_type_ for t in doc[ent.end : whole]):
            return Span(doc, ent.start, whole, label="ORG")
    if ent.label_ != "ORG" or doc[ent.end - 1].lower_ not in NAME_JOINERS:
        return ent
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else ent


def _named_after_a_body_noun(doc: Doc, ent: Span) -> Span:
    """`campaign group Transport Focus`, `the consultancy Drewry`, `the charity Shelter`: a name
    right after a body's noun in small letters is that body's, whatever the tagger called it
    (not a given name's: `the company Ana Ruiz founded`); so is a name ending in a club's word
    (`Hartfield United`, read as a town)."""
    if (
        ent.label_ in ("GPE", "LOC", "FAC", "NORP", "PERSON")
        and len(ent) >= 2
        and ent[-1].lower_ in lexicon().club_words
    ):
        return Span(doc, ent.start, ent.end, label="ORG")  # `Hartfield United`, a club, not a town
    if _body_tagged_a_person(ent):
        return Span(doc, ent.start, ent.end, label="ORG")
    if ent.label_ not in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC") or ent.start == 0 or len(ent) > 4:
        return ent
    noun = doc[ent.start - 1]
    if not (noun.is_lower and noun.pos_ in ("NOUN", "PROPN") and _is_org_noun(noun)):
        return ent
    lex = lexicon()
    if ent[0].lower_ in lex.first_names or is_honorific(ent[0]):
        return ent
    if not all(capitalised(t.text) or t.lower_ in NAME_JOINERS for t in ent):
        return ent
    return Span(doc, ent.start, _untagged_name_run(doc, ent.end), label="ORG")


def _body_named_on_past_of(doc: Doc, ent: Span) -> Span:
    """`Dhaka Chamber` | `of Commerce and Industry President X`: a body's name ending in a body's
    noun in capitals, cut by the tagger before its `of`, goes on over the words in capitals after
    it tagged nothing (and the `and` joining them) when a title or a job follows them (`Nepal
    Chamber of Commerce Vice-president X`); else the role would take the rest of the name."""
    if ent.label_ != "ORG" or ent.end + 2 >= len(doc) or not (ent[-1].is_title and _is_org_noun(ent[-1])):
        return ent
    if doc[ent.end].lower_ != "of" or doc[ent.end].ent_type_:
        return ent
    end = ent.end + 1
    while end < len(doc) and not doc[end].ent_type_ and _word_of_a_name_past_of(doc, end, ent.end):
        end += 1
    if end == ent.end + 1 or end >= len(doc) or doc[end - 1].lower_ in NAME_JOINERS:
        return ent
    if not (is_title(doc[end]) or is_role_noun(doc[end])):
        return ent
    return Span(doc, ent.start, end, label="ORG")


def _word_of_a_name_past_of(doc: Doc, i: int, of: int) -> bool:
    """A word in capitals that is no title (`Commerce`, not `President`), or an `and` between two."""
    tok = doc[i]
    if tok.lower_ in ("and", "&"):
        return i > of + 1
    return tok.pos_ == "PROPN" and tok.is_title and not is_title(tok) and not is_role_noun(tok)


def _untagged_name_run(doc: Doc, end: int) -> int:
    """Where a body's name after its noun ends, running on over the words in capitals the tagger
    left out of it (`the charity Shelter Now`, `Now` tagged nothing: *Shelter Now*, not *Shelter*);
    not a job or a title that opens the next name (`the charity Shelter Chief Executive X`)."""
    while end < len(doc) and capitalised(doc[end].text) and not doc[end].ent_type_:
        tok = doc[end]
        if tok.is_sent_start or tok.is_punct or is_role_noun(tok) or is_title(tok) or is_honorific(tok):
            break
        end += 1
    return end


def _body_tagged_a_person(ent: Span) -> bool:
    """`a spokeswoman for LOROS Hospice`, tagged a person: two or three words in capitals that
    end in a body's noun in capitals and open on no given name, title or honorific are a body's
    name (a person's name ends in no such noun)."""
    if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or not ent[-1].is_title or not _is_org_noun(ent[-1]):
        return False
    first = ent[0]
    if first.lower_ in lexicon().first_names or is_honorific(first) or is_title(first):
        return False
    return all(capitalised(t.text) for t in ent)


def _body_before_a_title(doc: Doc, ent: Span) -> Span:
    """`Surrey RCMP Cpl.` Vanessa Munn, tagged a person: a body's name and the abbreviated title
    of the person named after it. The body's words (with a short form in capitals or a body's
    noun among them) are tagged a body; else the tag stands."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or doc[ent.end].pos_ != "PROPN":
        return ent
    if not is_honorific(ent[-1]):
        return ent
    body = ent[:-1]
    while len(body) > 1 and is_honorific(body[-1]):
        body = body[:-1]  # `Victoria Police Det. Sgt.`
    if any((t.is_upper and len(t) >= 2) or _is_org_noun(t) for t in body):
        return Span(doc, body.start, body.end, label="ORG")
    return ent


def _body_before_a_job(doc: Doc, ent: Span) -> Span:
    """`Galway Chamber chief executive Ana Ruiz`, the place and the body's noun tagged a person:
    words in capitals ending in a body's noun, right before a job in small letters, are that
    body's name (not a name opened by a given name: `Ana Chamber, spokeswoman`)."""
    if ent.label_ == "WORK_OF_ART":
        return _maori_body_before_a_job(doc, ent)
    if ent.label_ != "PERSON" or not 2 <= len(ent) <= 4 or ent.end >= len(doc):
        return ent
    # (`Port Lenton Koala Hospital clinical director`: a job's adjectives first.)
    job = _past_adjectives(doc[ent.end : ent.end + 3])
    job = doc[ent.end] if job is None else job
    if not (job.is_lower and is_role_noun(job) and _is_org_noun(ent[-1])) or ent[-1].is_lower:
        return ent
    if ent[0].lower_ in lexicon().first_names or is_honorific(ent[0]):
        return ent
    return Span(doc, ent.start, ent.end, label="ORG")


def _maori_body_before_a_job(doc: Doc, ent: Span) -> Span:
    """`Te Whatu Ora chief executive X`, `Kāinga Ora spokesperson X`: two or three words in capitals
    in Māori syllables (letters.in_maori_syllables) that the tagger called a work, right before a
    job in small letters, are a body's name (New Zealand's public bodies have Māori names); a work
    whose words are English ones stays a work (`Harry Potter author X`, `Top Gun director X`)."""
    if not 2 <= len(ent) <= 3 or ent.end >= len(doc):
        return ent
    job = _past_adjectives(doc[ent.end : ent.end + 3]) or doc[ent.end]
    maori = all(t.is_title and in_maori_syllables(t.text) for t in ent)
    return Span(doc, ent.start, ent.end, label="ORG") if maori and job.is_lower and is_role_noun(job) else ent


def _body_named_for_its_country(doc: Doc, ent: Span) -> Span:
    """`Maritime New Zealand's general manager`, `Sport England spokeswoman`: a word in capitals
    the tagger left untagged (or took into the place), then a place, owning a job or written
    before one, is a body named for the country or the region it serves; the tagger took its
    place for the whole."""
    if ent.label_ not in ("GPE", "LOC") or len(ent) > 3:
        return ent
    lex = lexicon()
    start = ent.start
    if start > 0 and _untagged_name_word(doc[start - 1]) and doc[start - 1].lower_ not in lex.place_openers:
        start -= 1
    elif not (len(ent) >= 2 and _opens_a_place(ent[0]) and " ".join(t.lower_ for t in ent[1:]) in lex.places):
        return ent
    end = ent.end - (doc[ent.end - 1].text in POSSESSIVES)
    # (A field's word before a country names its national body wherever it stands: `Health New
    # Zealand said …`, then `a spokeswoman said` is of it.)
    if start < ent.start and _field_and_country(list(doc[start:end])):
        return Span(doc, start, ent.end, label="ORG")
    after = list(doc[end : end + 4])
    if after and after[0].text in POSSESSIVES:
        after = after[1:]
    head = _past_adjectives(after)
    if head is None or not (head.is_lower and is_role_noun(head)):
        return ent
    return Span(doc, start, ent.end, label="ORG")


def _past_adjectives(words: Iterable[Token]) -> Token | None:
    """The first of ``words`` that is no adjective in small letters: the noun a job's adjectives
    lead to (`interim` of `interim chief executive`), if any."""
    return next((t for t in words if not (t.is_lower and t.pos_ == "ADJ")), None)


def _opens_a_place(tok: Token) -> bool:
    """A proper noun opening a place's tag that is no place, nor a word opening a place's name
    (`Sport` of `Sport Ireland`, not `Northern` of `Northern Ireland`)."""
    lex = lexicon()
    return tok.tag_ == "NNP" and tok.lower_ not in lex.places and tok.lower_ not in lex.place_openers


def _person_after_a_rank(doc: Doc, ent: Span) -> Span | None:
    """The name ending a body's tagged name after a title in capitals (`Tasmania Police Senior
    Constable` + `Erin Blake`): two or three capitalised words with no body's noun."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    # (`NDRF Commandant Ravi` + `Kumar`: the tag may end inside the name, the surname untagged.)
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and _untagged_name_word(doc[end]):
        end += 1
    for k in range(len(ent) - 2, 0, -1):
        rank = _is_rank(ent[k]) or (is_role_noun(ent[k]) and not _is_org_noun(ent[k]))
        if ent[k].is_title and rank:
            name = doc[ent.start + k + 1 : end]
            # (`Police Sergeant Evans`: a rank written whole names the officer by the surname alone.)
            if 1 <= len(name) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and not _is_org_noun(t) for t in name
            ):
                return Span(doc, name.start, name.end, label="PERSON")
            return None
    return None


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised proper noun the tagger left untagged, that no title or body's noun is."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and not tok.ent_type_
        and not is_title(tok)
        and not _is_org_noun(tok)
        and not is_role_noun(tok)
    )


def _person_after_a_portfolio(doc: Doc, ent: Span) -> Span | None:
    """`Minister for National Development` + `Chee Hong Tat`, the portfolio and the name tagged
    one body: the name is the last two or three capitalised words, from a given name or from
    a word the article names the person by elsewhere (`Mr Chee`); else the last two."""
    if ent.label_ != "ORG" or len(ent) < 3 or ent.start < 2:
        return None
    if not (doc[ent.start - 1].lower_ in ("for", "of") and doc[ent.start - 2].lower_ in _PORTFOLIO_TITLES):
        return None
    tail = [
        k
        for k in (len(ent) - 3, len(ent) - 2)
        if k >= 1 and all(t.pos_ == "PROPN" and t.is_title and not _is_org_noun(t) for t in ent[k:])
    ]
    if not tail:
        return None
    names = lexicon().first_names
    k = next((k for k in tail if _named_by_elsewhere(doc, ent, ent[k].text)), -1)
    if k < 0:
        k = next((k for k in tail if ent[k].lower_ in names), tail[-1])
    return Span(doc, ent.start + k, ent.end, label="PERSON")


def _named_by_elsewhere(doc: Doc, ent: Span, word: str) -> bool:
    """Whether ``word`` of ``ent`` names a person elsewhere in the article: after a form of
    address (`Mr Chee`) or in a name the tagger tagged a person."""
    for t in doc:
        if t.text != word or ent.start <= t.i < ent.end:
            continue
        if t.ent_type_ == "PERSON" or (t.i > 0 and is_honorific(doc[t.i - 1])):
            return True
    return False


def _person_after_a_title(doc: Doc, ent: Span) -> Span:
    """`RBI Governor Shaktikanta Das`, the name tagged a body: two or three capitalised words
    with no body's noun, right after a title in capitals or a job in small letters, name a
    person. So do two or three tagged a place that no list knows as one right after a job in
    any case (`said director-general Anong Saelim`): no place stands bare after a job."""
    if ent.label_ not in ("ORG", "GPE") or not 2 <= len(ent) <= 3 or ent.start == 0:
        return ent
    title = doc[ent.start - 1]
    if not (is_role_noun(title) and not _is_org_noun(title)):
        return ent
    # (`Opposition councillor Dev Mistry`, tagged a body: a job in small letters right before;
    # `two of them to winger Ana Ruiz`, a position the tagger made a verb.)
    job = title.is_lower and (title.pos_ == "NOUN" or _position_read_as_a_verb(title))
    if ent.label_ == "ORG" and not (title.is_title or job):
        return ent
    lex = lexicon()
    if ent.label_ == "GPE" and any(lex.names_a_place_or_people(t.lower_) for t in ent):
        return ent
    if all(t.pos_ == "PROPN" and t.is_title and not _is_org_noun(t) for t in ent):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return ent


def _is_rank(tok: Token) -> bool:
    """An abbreviated title that stands for a noun (`Cpl.` → corporal, `Sen.` → senator)."""
    return title_word(tok.text) in lexicon().title_nouns


def _no_body_in_title(toks: list[Token], segment: tuple[int, int], head: int) -> bool:
    return (
        _bench_before(toks, segment, head)
        or _rank_written_whole(toks, segment, head)
        or _seat_before_its_holder(toks, segment, head)
    )


def _place_before_an_own_trade(toks: list[Token], segment: tuple[int, int], head: int) -> bool:
    """`Opuwo farmer X`, `Sefwi Wiawso cocoa farmer X`: a name before a trade plied on one's own
    account is where it is plied, no employer, as after `at` (``_own_account``); a body's name
    closed by its noun still is one (`Meru Dairy Cooperative Union farmer X`)."""
    e = segment[1]
    if head >= len(toks) or toks[head].lemma_.lower() not in lexicon().own_account_trades:
        return False
    return not _is_org_noun(toks[e - 1]) and all(t.is_lower for t in toks[e:head])


def _seat_before_its_holder(toks: list[Token], segment: tuple[int, int], head: int) -> bool:
    """`Kampala Central MP X`, the seat tagged a body: the constituency a member sits for, no
    body's noun in it, is the seat, which stays in the role (ROLES.md: no employer). (The seat
    before its member tagged a person is read before this, by
    tokens.seats_before_a_member_are_no_people and entities._seat_before_its_members_name; here
    it is tagged a body, and the question is the organisation's field, not who speaks.)"""
    s, e = segment
    if e != head or head >= len(toks) or e - s > 3:
        return False
    # (A seat's letters, `MP`, `MLA`: `Independent Vermont senator` keeps reading its labels apart.)
    if not is_seat_by_its_letters(toks[head]):
        return False
    # (`Biju Janata Dal Rajya Sabha MP`: a party's name, the member's body.)
    return all(t.ent_type_ == "ORG" and not _is_org_noun(t) for t in toks[s:e])


def _rank_written_whole(toks: list[Token], segment: tuple[int, int], head: int) -> bool:
    """`Police Sergeant`, `Police Constable`: a force's word alone before a police rank is the
    rank's, no body (`Tasmania Police Senior Constable` names one); so is it joined to the rank
    by a hyphen, as archive text writes it (`Police-constable GREEN`, the hyphen tagged with it)."""
    s, e = segment
    lex = lexicon()
    hyphened = e == 2 and head == 2 and hyphen_joined(toks[head])
    alone = s == 0 and (e == 1 or hyphened) and toks[0].lower_ in lex.police_forces
    return alone and head < len(toks) and toks[head].lower_ in lex.police_ranks


def _body_of_ranked(doc: Doc, ent: Span, person: Span) -> Span | None:
    """The body's words before the rank of the person ``person`` ending ``ent``."""
    toks = list(doc[ent.start : person.start])
    end = _org_noun_end(toks, 0, len(toks))
    if end == len(toks):
        return None
    # (`Police Sergeant Evans`: a force's word alone before a police rank is the rank's, no body.)
    if _rank_written_whole(toks, (0, end), end):
        return None
    return Span(doc, ent.start, ent.start + end, label="ORG")


def _person_of_body(doc: Doc, ent: Span) -> Span | None:
    """The person's name opening a tagged body `<Given> <Surname> of <Body>`, if it does."""
    if ent.label_ != "ORG" or len(ent) < 4:
        return None
    k = next((n for n, t in enumerate(ent) if t.lower_ == "of"), 0)
    if not 2 <= k <= 3 or k + 1 >= len(ent):
        return None
    name = Span(doc, ent.start, ent.start + k, label="PERSON")
    if reads_as_person_name(name):
        return name
    # `said Meenakshi Ganguly of Human Rights Watch`: after an inverted cue, two or three
    # capitalised words with no body's noun, whatever given name they start with.
    cue = ent.start > 0 and doc[ent.start - 1].lemma_.lower() in lexicon().cue_verbs
    shaped = all(t.pos_ == "PROPN" and t.is_title and not _is_org_noun(t) for t in name)
    return name if cue and shaped else None


def _person_before_of_body(doc: Doc, ent: Span) -> bool:
    """`said Upasana Sinha of Kotak Mahindra Bank`, the tagger making the name one body and the
    bank another: two or three capitalised words with no body's noun, after an inverted cue and
    before `of` and a tagged body, are a person's (as _person_of_body reads them tagged as one)."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.start == 0 or ent.end + 1 >= len(doc):
        return False
    cue = doc[ent.start - 1].lemma_.lower() in lexicon().cue_verbs
    body = doc[ent.end].lower_ == "of" and doc[ent.end + 1].ent_type_ == "ORG"
    shaped = all(t.pos_ == "PROPN" and t.is_title and not _is_org_noun(t) for t in ent)
    return cue and body and shaped


def _before_a_person(doc: Doc, ent: Span) -> Span:
    """A body's name that the tagger ran on into the title of the person after it (`Victoria
    Police Senior` Sergeant Rachel Moore) ends at its last organisation noun."""
    after = ent.end
    # (`Victoria Police Senior` Sergeant Ann Rowe: past the rest of the title.)
    while after < min(ent.end + 2, len(doc)) and doc[after].is_title and is_role_noun(doc[after]):
        after += 1
    if after >= len(doc) or doc[after].ent_type_ != "PERSON":
        return ent
    toks = list(ent)
    end = _org_noun_end(toks, 0, len(toks))
    # (`NDRF Commandant` Rajesh Yadav: a short form in capitals, then the title's own words.)
    title = toks[1:]
    if end == len(toks) > 1 and _short_form(toks[0]) and all(t.is_title and is_role_noun(t) for t in title):
        end = 1
    return Span(doc, ent.start, ent.start + end, label=ent.label_) if 0 < end < len(toks) else ent


def _body_by_its_short_form(doc: Doc, ent: Span) -> Span:
    """`said Auckland Transport (AT) director …`, the name tagged a person: a name whose initials
    a short form in brackets right after it spells is a body's (no one's name has one)."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    short = _short_form_in_brackets_after(doc, ent)
    spelled = bool(short) and acronym([t.text for t in ent]) == short
    # (`President Susilo Bambang Yudhoyono (SBY)`: a title before it says a person goes by it.)
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in lexicon().titles
    return Span(doc, ent.start, ent.end, label="ORG") if spelled and not titled else ent


def _short_form_in_brackets_after(doc: Doc, ent: Span) -> str:
    """The short form in brackets right after ``ent`` (`(ACCC)`), as its letters, or ""."""
    if not bracketed_word(doc, ent.end + 1):
        return ""
    return compact_acronym(doc[ent.end + 1].text)


def _spelled_out(doc: Doc, ent: Span) -> Span:
    """A body's name whole when its short form follows in brackets: `Australian Competition
    and Consumer Commission (ACCC)` with only `Consumer Commission` tagged runs back over the
    capitalised words and small words whose initials the short form spells."""
    short = _short_form_in_brackets_after(doc, ent)
    if not short or acronym([t.text for t in ent]) == short:
        return ent
    start = ent.start
    while start > 0 and ent.start - start < 8:
        word = doc[start - 1]
        if not (capitalised(word.text) or word.lower_ in NAME_JOINERS) or word.is_punct:
            break
        start -= 1
        if capitalised(word.text) and acronym([t.text for t in doc[start : ent.end]]) == short:
            return Span(doc, start, ent.end, label=ent.label_)
    return ent


def _named_body_noun(doc: Doc, prep: Token) -> list[Token]:
    """`for the FNV union`, `at the Drewry consultancy`: a body's noun in small letters that a
    name in capitals before it says which body it is; [] when there is none."""
    lex = lexicon()
    for obj in prep.children:
        # (`police`, tagged a plural, is one force.)
        plural = obj.tag_ == "NNS" and obj.lower_ not in lex.police_forces
        body_noun = _is_org_noun(obj) or _community_its_holder_heads(prep, obj)
        if obj.dep_ != "pobj" or not obj.is_lower or not body_noun or plural:
            continue
        members = body_of_its_members(obj)
        if members:
            return members
        words = [obj]
        k = obj.i - 1
        # (`of the Bulacan provincial government`: a tier of government between the place's name
        # and a place's body, the name read as an adjective.)
        place_body = obj.lower_ in lex.place_bodies
        if place_body:
            while k > prep.i + 1 and doc[k].is_lower and doc[k].lower_ in lex.government_levels:
                words.insert(0, doc[k])
                k -= 1
        while k > prep.i and _hangs_on_the_name(doc[k], obj, words) and (
            (doc[k].dep_ in ("compound", "nmod") and capitalised(doc[k].text))
            or (doc[k].dep_ == "amod" and doc[k].pos_ in ("PROPN", "ADJ") and capitalised(doc[k].text)
                and len(words) > 1 and place_body)
            # (`the District 38 board`, `the Ward 5 committee`: a number inside the name)
            or (doc[k].dep_ == "nummod" and doc[k].like_num and capitalised(doc[k - 1].text))
            or _field_of_a_named_body(doc[k], obj)
            or _police_station_word(doc[k], obj)
        ):
            words.insert(0, doc[k])
            k -= 1
        # (`the rail union`: a field with no name before it says no more than the noun.)
        # (`of the police station`: nor does a police force's word.)
        bare = (_field_of_a_named_body, _police_station_word)
        while len(words) > 1 and any(says_no_name(words[0], obj) for says_no_name in bare):
            words.pop(0)
        if len(words) > 1 and (k == prep.i or doc[k].lower_ in DETERMINERS):
            return words
    return []


def _body_named_by_a_noun(describer: Describer, prep: Token) -> list[Token]:
    """The body a job's preposition governs by a noun in small letters, not by a proper name: its
    name beside the noun (`the FNV union`, `the housing charity Shelter`), a union's local branch,
    or the business before its works (`the Volvo plant`); [] when there is none."""
    doc = prep.doc
    return (
        _named_body_noun(doc, prep)
        or _name_beside_body_noun(prep)
        or _local_of_a_union(doc, prep)
        or _business_before_its_works(describer, prep)
    )


def _business_before_its_works(describer: Describer, prep: Token) -> list[Token]:
    """`a welder at the Volvo plant`, `a brewer at the Mori Shuzo sake brewery`: the business
    whose name stands before the works it runs (models/works_nouns.txt), after `the`, is the one
    the worker works for, when the tagger or the article makes the name a body's; a place's name
    there says where the works are (`the Marikana mine`); [] when there is none."""
    doc = prep.doc
    for obj in prep.children:
        if obj.dep_ != "pobj" or not obj.is_lower or obj.lemma_.lower() not in lexicon().works_nouns:
            continue
        k = obj.i - 1
        while k > prep.i + 1 and obj.i - k <= 2 and doc[k].is_lower and doc[k].dep_ == "compound":
            k -= 1  # (`the Mori Shuzo sake brewery`: the trade's word before the works)
        name = entity_at(doc, doc[k]) if k > prep.i else None
        if name is None or name.end != k + 1 or not capitalised(doc[k].text):
            continue
        words = [w for w in name if w.lower_ not in DETERMINERS]  # (`the Tata Steel`, tagged with it)
        the = doc[words[0].i - 1].lower_ == "the" if words and words[0].i - 1 > prep.i else False
        known = org_text(describer.context, doc[words[0].i : k + 1]).lower() in describer.org_names
        if the and (name.label_ == "ORG" or known):
            return words
    return []


def _community_headed(prep: Token, hi: int) -> str:
    """The community named in capitals that a role's `of` says its holder heads (`chief of the
    Moa Wharf community`: *Moa Wharf community*), whatever the tagger called the name (a place,
    a building); "" when the role names none before ``hi``."""
    if not any(c.dep_ == "pobj" and c.lower_ in COMMUNITY_NOUNS for c in prep.children):
        return ""
    named = _named_body_noun(prep.doc, prep)
    return text_of(prep.doc, named) if named and named[-1].i < hi else ""


# A people's or a place's community, a body only as the one its chief or head holds office over
# (`chief of the Moa Wharf community`); no body's noun elsewhere (`the community said`).
COMMUNITY_NOUNS = frozenset({"community"})


def _community_its_holder_heads(prep: Token, obj: Token) -> bool:
    """`chief of the Moa Wharf community`, `tribal head of the Kroo Bay community`: a community a
    chief or a head holds office over, named in capitals, is the body the holder answers to, as a
    village council is (no body's noun elsewhere: `the community said` is no body speaking)."""
    holder = prep.head
    # (`a member of the Kolleh Town community` lives there: membership is no office over it.)
    heads = is_role_noun(holder) and holder.lemma_.lower() != "member"
    return obj.lower_ in COMMUNITY_NOUNS and prep.lower_ == "of" and heads


def body_of_its_members(noun: Token) -> list[Token]:
    """`of the GDL train drivers' union`, `for the Lenton nurses' association`: a body's noun in
    small letters owned by the plural of its members, their words opening on the body's name in
    capitals, names that body; [] when there is none (`the train drivers' union`)."""
    if not (noun.is_lower and _is_org_noun(noun)):
        return []
    members = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "NNS" and c.is_lower), None)
    # (`drivers' union`: only the possessive's mark between the members and the noun.)
    if members is None or members.i + 2 != noun.i or noun.doc[members.i + 1].text not in POSSESSIVES:
        return []
    words = [t for t in noun.doc[members.left_edge.i : noun.i + 1] if t.lower_ not in DETERMINERS]
    name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and capitalised(t.text), words))
    rest = words[len(name) :]
    return words if name and all(t.is_lower or t.text in POSSESSIVES for t in rest) else []


def _police_station_word(tok: Token, noun: Token) -> bool:
    """`police` in `of Tughlak Road police station`: a police force's word in small letters hung
    on a body's noun, between the place's name that says which and it, as Indian and Pakistani
    news name a station's staff."""
    hung = tok.dep_ == "compound" and tok.is_lower and tok.head.i == noun.i
    return hung and tok.lower_ in lexicon().police_forces


def _field_of_a_named_body(tok: Token, noun: Token) -> bool:
    """`rail` in `the EVG rail union`, `transport` in `the RMT transport union`: a common noun
    in small letters hung on a body's noun, saying its field, between the body's name and it;
    not a body's noun itself (`the Labour campaign team`: a campaign's team)."""
    field = tok.dep_ == "compound" and tok.is_lower and tok.pos_ == "NOUN" and tok.head.i == noun.i
    return field and not _is_org_noun(tok)


def _hangs_on_the_name(tok: Token, noun: Token, words: list[Token]) -> bool:
    """Whether ``tok`` hangs on the body's ``noun`` or, inside one body the tagger tagged with
    the noun, on a word of its name before it (`of the Yesh Atid party`: `Yesh` on `Atid`)."""
    if tok.head.i == noun.i:
        return True
    one_body = tok.ent_type_ == noun.ent_type_ == "ORG" and words[0].ent_iob_ == "I"
    # (`of the Denham Town police`: a force named by a place of two words, its first word hung
    # on its second; `for the Cebu city government`: a place's name hung on its tier.)
    lex = lexicon()
    placed = noun.lower_ in lex.police_forces or (noun.lower_ in lex.place_bodies and len(words) > 1)
    placed = placed or any(_police_station_word(w, noun) for w in words)
    # (`of the Moa Wharf community`: a community is named by its place as a council is.)
    placed = placed or noun.lower_ in COMMUNITY_NOUNS
    name = tok.dep_ == "compound" and tok.pos_ == "PROPN" and placed
    # (`the RMT transport union`: the name hung on the field's word before the noun.)
    field = tok.dep_ == "compound" and any(_field_of_a_named_body(w, noun) for w in words)
    return (one_body or name or field) and tok.head.i in {w.i for w in words}


def _places_body(prep: Token, hi: int) -> str:
    """`a spokesman for Kenya's health ministry`: a body's noun in small letters that a place's
    possessive opens names that body, in those words, when the article names it no other way."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.i >= hi or not obj.is_lower or obj.tag_ == "NNS":
            continue
        if not _is_org_noun(obj):
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is None:
            words = _peoples_body(obj)
            if words:
                return text_of(obj.doc, words)
            continue
        if owner.ent_type_ != "GPE":
            continue
        words = list(obj.doc[owner.left_edge.i : obj.i + 1])
        if all(t.is_lower or t.pos_ == "PROPN" or t.tag_ == "POS" for t in words):
            return text_of(obj.doc, words)
    return ""


def _peoples_body(noun: Token) -> list[Token]:
    """`for the German finance ministry`, `the Kenyan health ministry`: a people's adjective, a
    field in small letters and a body's noun that a country has (a ministry, its government, its
    army), which name that body; [] when the words are no such name."""
    if noun.lower_ not in lexicon().place_bodies | {"ministry"}:
        return []
    words = [t for t in noun.subtree if t.i <= noun.i and t.lower_ not in DETERMINERS]
    if len(words) < 2 or words[0].ent_type_ not in ("NORP", "GPE") or words[0].head.i != noun.i:
        return []
    return words if all(t.is_lower for t in words[1:]) and words[0].i + len(words) == noun.i + 1 else []


def _local_of_a_union(doc: Doc, prep: Token) -> list[Token]:
    """`a spokeswoman for the Amalgamated Transit Union local`: a union's local branch, as North
    American news calls it in small letters after the union's tagged name, is that union's
    (`Transit Union Local 1505`, in capitals with its number, is a name of its own); [] else."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None or obj.lower_ != "local" or not obj.is_lower or obj.i == 0:
        return []
    ent = entity_at(doc, doc[obj.i - 1]) if doc[obj.i - 1].ent_type_ == "ORG" else None
    if ent is None or ent.end != obj.i or ent[-1].lower_ not in ("union", "unions"):
        return []
    return [t for t in ent if t.lower_ != "the"]


def _name_beside_body_noun(prep: Token) -> list[Token]:
    """`at Dakar-based consultancy Sahel Risk Partners`, `for the housing charity Shelter`: the
    name in capitals the parser set beside a body's noun in small letters; [] when there is
    none."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or not obj.is_lower or not _is_org_noun(obj) or obj.tag_ == "NNS":
            continue
        name = next((c for c in obj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None:
            # (`at consultancy Brightline Advisory`, the parser hanging the name elsewhere: the
            # body's name tagged right after the noun.)
            after = entity_at(prep.doc, prep.doc[obj.i + 1]) if obj.i + 1 < len(prep.doc) else None
            # (`of the union Amcu`, `Amcu` tagged a person: a name right after a body's noun
            # is the body's, as `_named_after_a_body_noun` reads it.)
            after = _named_after_a_body_noun(prep.doc, after) if after is not None else None
            if after is not None and after.label_ == "ORG" and after.start == obj.i + 1:
                return list(after)
            continue
        # (The name's own words only, right after the noun: `consultancy Sahel Risk Partners`;
        # a body's name the tagger tagged whole, past its `&`: `the firm Strand & Okafor`.)
        words = [t for t in name.subtree if t.i <= name.i]
        ent = entity_at(prep.doc, name) if name.ent_type_ == "ORG" else None
        if ent is not None and ent.start == words[0].i and ent.end > name.i + 1:
            words = list(ent)
        named = all(t.text == "&" or (t.pos_ == "PROPN" and capitalised(t.text)) for t in words)
        if words[0].i == obj.i + 1 and named:
            return words
    return []


def proper_object(doc: Doc, prep: Token) -> Span | None:
    """The proper name a preposition governs (`of Cole Valley`, `at ETH Zurich`, `of the National
    Korean American Service and Education Consortium`), whole."""
    for obj in prep.children:
        # (`of Mic.com`: a body's name the tagger tags a body but reads as a common noun.)
        named = obj.pos_ == "PROPN" or (obj.ent_type_ == "ORG" and capitalised(obj.text))
        named = named or _capitals_and_figures(obj)
        # (`for the super PAC America Rising`, its last word read as a verb: a word in
        # capitals that ends names before it is a name's last word.)
        # (`of the charity Shelter`, read as a common noun: after a body's noun, that body's name.)
        named = named or (
            obj.is_title
            and not obj.is_sent_start
            and (_after_a_body_noun(obj) or any((c.dep_, c.pos_) == ("compound", "PROPN") for c in obj.lefts))
        )
        if obj.dep_ != "pobj" or not named:
            continue
        ent = entity_at(doc, obj) if obj.ent_type_ else None
        label = ent.label_ if ent is not None else ""
        start = _proper_object_start(doc, obj, ent)
        end = max(obj.i + 1, ent.end if ent is not None else 0)
        if label not in ("PERSON", "GPE", "LOC", "NORP"):
            end = _firm_of_partners_end(doc, full_name_end(doc, end))
        elif label == "NORP" and end < len(doc) and doc[end].lower_ in ("for", "of"):
            # `director of Democrats for Life`: a people's name opening a body's.
            whole = full_name_end(doc, end)
            if whole > end:
                end, label = whole, ""
        elif label == "PERSON":
            # (`of the charity Shelter Now`: a name after a body's noun runs on as that reads it.)
            read = _named_after_a_body_noun(doc, Span(doc, start, end, label=label))
            end = _untagged_name_run(doc, end) if read.label_ == "ORG" else end
        end, label = _run_on_over_a_bodys_name(doc, start, end, label)
        return Span(doc, start, end, label=label)
    return _body_tagged_after(doc, prep)


def _proper_object_start(doc: Doc, obj: Token, ent: Span | None) -> int:
    """Where the proper name ending at ``obj`` opens: the object's subtree up to it, when that is
    all capitals and the small words between them; else the tagger's entity (``ent``); else the
    words in capitals the object heads."""
    left = obj.left_edge
    # (`with An Taisce`: the Irish article is the name's first word.)
    while (
        left.i < obj.i
        and (left.lower_ in DETERMINERS or left.is_punct)
        and not determiner_opening_a_name(left)
    ):
        left = doc[left.i + 1]
    words = doc[left.i : obj.i + 1]
    if all(
        t.pos_ == "PROPN" or _capitals_and_figures(t) or t.lower_ in NAME_SMALL_WORDS or t.is_punct
        or determiner_opening_a_name(t)
        for t in words
    ):
        return left.i
    if ent is not None:
        return ent.start
    start = obj.i
    # (`the drivers' union Aslef`: a word in small letters is no word of the name.)
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].head.i == obj.i
        and not doc[start - 1].is_lower
    ):
        start -= 1
    return start


def _run_on_over_a_bodys_name(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a proper object ends and its tag, run on over the rest of a body's name the tagger
    cut it from, the whole a body's name of no tag: a brand's maker after `by` (see
    ``_brand_by_its_maker_end``), or the second of two people a body is named for after a given
    name the tagger tagged alone, a place or a person (`a fellow at the Anna and Louis Brandt
    Foundation`: not *Anna*; `and` then words in capitals ending in a body's noun, as
    ``full_name_end`` reads them; not `the` after `and`, a second body)."""
    maker = _brand_by_its_maker_end(doc, end)
    if maker > end:
        return maker, ""
    portfolios = _last_portfolio_end(doc, start, end, label)
    if portfolios > end:
        return portfolios, label
    given = end == start + 1 and known_given_name(doc[start].lower_) and label in ("PERSON", "GPE", "LOC")
    if given and end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].lower_ != "the":
        whole = full_name_end(doc, end)
        if whole > end + 1:
            return whole, ""
    return end, label


def _last_portfolio_end(doc: Doc, start: int, end: int, label: str) -> int:
    """`the Department of Agriculture, Food` + `and the Marine`: a department or a ministry named
    for the portfolios it holds, listed with commas, which the tagger tagged up to the comma's
    last item, runs on over `and`, a `the` and the last portfolio's words in capitals (up to
    three: `and Rural Affairs`, `and Heritage`). Else ``end``."""
    if label != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    words = [t for t in doc[start:end] if t.lower_ not in DETERMINERS]
    if not words or words[0].lower_ not in ("department", "ministry") or "," not in (t.text for t in words):
        return end
    first = end + 1 + (doc[end + 1].lower_ == "the")
    last = first
    while (
        last < min(len(doc), first + 3)
        and doc[last].pos_ == "PROPN"
        and capitalised(doc[last].text)
        and doc[last].ent_type_ != "PERSON"
    ):
        last += 1
    return last if last > first else end


def _brand_by_its_maker_end(doc: Doc, end: int) -> int:
    """`head of research at Optimus by Afrinvest,`: a brand named with `by` and the firm that
    runs it (`Courtyard by Marriott`) is one body's name, whatever the tagger called its words;
    where it ends, or ``end``. Only one to three words in capitals, no person's or a date's, that
    close the clause (a comma, a stop, the text's end, `in` and where it stands): `at Acme by
    Friday`, `by President Ruto` are no makers."""
    if end + 1 >= len(doc) or doc[end].lower_ != "by":
        return end
    k = end + 1
    while (
        k < len(doc)
        and k - end <= 3
        and doc[k].pos_ == "PROPN"
        and capitalised(doc[k].text)
        and doc[k].ent_type_ not in ("PERSON", "DATE", "TIME")
        and doc[k].lower_ not in lexicon().titles
    ):
        k += 1
    closed = k == len(doc) or doc[k].is_punct or doc[k].lower_ == "in"
    return k if k > end + 1 and closed else end


def _firm_of_partners_end(doc: Doc, end: int) -> int:
    """`of Musoke and Nabirye Advocates`: a name, `and`, and words in capitals closed by the trade
    a firm sells (models/trade_name_words.txt) are one firm named by its partners, the first of
    them perhaps a person the story names; where that name ends, or ``end``."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return end
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    return k if k > end + 2 and doc[k - 1].lower_ in lexicon().trade_name_words else end


def _after_a_body_noun(tok: Token) -> bool:
    """Whether a body's noun in small letters stands right before ``tok`` (`the charity Shelter`)."""
    noun = tok.doc[tok.i - 1] if tok.i > 0 else tok
    return noun.i < tok.i and noun.is_lower and noun.dep_ == "compound" and _is_org_noun(noun)


def _body_tagged_after(doc: Doc, prep: Token) -> Span | None:
    """`chief economist at ICRA Ltd. Nayar added`, the parser hanging `Ltd.` on the next
    sentence and leaving `at` no object: the body the tagger tags right after the preposition
    (past `the`) is its object."""
    if any(c.dep_ == "pobj" for c in prep.children):
        return None
    k = prep.i + 1
    k += k < len(doc) and doc[k].lower_ == "the" and doc[k].ent_iob_ != "B"
    if k >= len(doc) or doc[k].ent_type_ != "ORG" or doc[k].ent_iob_ != "B":
        return None
    return entity_at(doc, doc[k])


def _capitals_and_figures(tok: Token) -> bool:
    """`Fullers360`, `Studio54`: a word in capitals with figures in it, a name's whatever the
    tagger calls it (a common noun)."""
    # (Three letters at least: `F1 driver`, `U21 coach`, `G7 leaders` name no body.)
    letters = sum(c.isalpha() for c in tok.text)
    return capitalised(tok.text) and any(c.isdigit() for c in tok.text) and letters >= 3


def organization_names(context: DocContext, ents: list[Span]) -> frozenset[str]:
    """Names the article shows to be organisations, whatever the tagger called them.

    A name in apposition to an organisation noun (`the drivers’ union, Aslef`), and the proper
    name a role is `of`/`at`/`with` (`general manager of Saffron Lane`), or a person is
    `at`/`with`/`of` (`Claudia Brunner of ETH Zurich`), unless it starts with a known given
    name (`a spokesman for Hillary Clinton`) or is a place (`Betsy Sharp of Burke County`).
    """
    doc = context.doc
    lex = lexicon()
    kinds = NOT_ORG - {"PERSON"}
    # (`Shirin Parveen, 31, a machine operator`: an age says a person, whatever noun follows.)
    apposed = [e for e in ents if e.label_ not in kinds and apposed_kinds(e) and not aged_name(e)]
    names = {org_text(context, e).lower() for e in apposed}
    names |= _coined_words_apposed(context)
    for i, dep in enumerate(context.columns.dep):
        if dep != PREP:
            continue
        prep = doc[i]
        if prep.lower_ not in ORG_PREPS or prep.dep_ != "prep":
            continue
        head = prep.head
        person = head.ent_type_ == "PERSON"
        if not (person or head.lower_ in lex.role_nouns or head.lemma_ in lex.role_nouns):
            continue
        obj = proper_object(doc, prep)
        if obj is None or obj.label_ in NOT_ORG - {"PERSON"} or _region(obj):
            continue
        # `a spokesman for Hillary Clinton` is a person's; `with Kent Fire and Rescue Service`
        # ends in an organisation noun, whatever the tagger and its first word say.
        if obj[0].lower_ in lex.first_names and obj.label_ in ("PERSON", "") and not _is_org_noun(obj[-1]):
            continue
        # `a spokeswoman for Prime Minister Anthony Albanese`: a person with their title.
        if prep.lower_ in ("to", "for") and any(t.ent_type_ == "PERSON" for t in obj):
            if not _is_org_noun(obj[-1]):
                continue
        if person and (head.i >= obj.start or obj.label_ in _PLACE or obj.label_ == "FAC"):
            continue
        # `Directorate General of Civil Aviation chief Faiz Kidwai`, parsed with the person as
        # the object of the body's `of`: a person's name after a job is no body.
        # (`Coastal Sharks director of rugby Viliami Tonga`: so is one after the field a job is of.)
        between = doc[prep.i + 1 : obj.start]
        after_job = any(t.is_lower and (is_role_noun(t) or t.pos_ == "NOUN") for t in between)
        if obj.label_ == "PERSON" and after_job:
            continue
        # (`Mayor of Lalitpur Ram Prasad Sharma`, tagged one person: the place the office
        # serves and its holder's name, no body.)
        if obj.label_ == "PERSON" and place_of_an_office(doc, obj.start):
            continue
        names.add(org_text(context, obj).lower())
    names |= {org_text(context, e).lower() for e in ents if _side_before_a_job_of_a_field(e)}
    names |= _short_forms_read_as_words(doc, context.text)
    names.discard("")
    return frozenset(names - place_names(context))


_BRACKETED_WORD = re.compile(r"\((\w+)\)")


def _short_forms_read_as_words(doc: Doc, text: str) -> set[str]:
    """`The Securities and Exchange Board of India (Sebi)`: a short form read as a word, one
    capital then small letters, in brackets right after the name in capitals it abbreviates, is
    that body's, lower-cased, so `Sebi said`, tagged a person, is the body."""
    found: set[str] = set()
    # (Found in the text first: walking every token of every article for a bracket cost 2% of
    # extraction.)
    for m in _BRACKETED_WORD.finditer(text):
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or len(span) != 1 or span.start < 2 or span.end >= len(doc):
            continue
        t = span[0]
        if not bracketed_word(doc, t.i):
            continue
        short = acronym_read_as_a_word(t.text)
        k = t.i - 2
        while short and k > 0 and (capitalised(doc[k - 1].text) or doc[k - 1].lower_ in ACRONYM_SMALL_WORDS):
            k -= 1
        if short and capitalised(doc[k].text) and abbreviates(short, doc[k : t.i - 1].text):
            found.add(t.lower_)
    return found


def _side_before_a_job_of_a_field(ent: Span) -> bool:
    """`Moana Toa director of rugby Sione Tapu`, the side tagged a person: a name right
    before a job whose field (after `of`) stands before a name of its own is the body the job
    is at, since that other name is the holder's (tokens.job_of_a_field_before)."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or end + 4 >= len(doc) or not doc[end].is_lower:
        return False
    holder = doc[end + 3]
    return holder.pos_ == "PROPN" and holder.is_title and bool(job_of_a_field_before(holder))


def place_names(context: DocContext) -> set[str]:
    """Names the article sets beside a place noun (`Wadgaon, a village of 2,600 people`, `the
    town of Kempsey`): places, whatever the tagger called them, never a body one works for."""
    doc = context.doc
    out = set()
    for i, dep in enumerate(context.columns.dep):
        if dep != APPOS:
            continue
        tok = doc[i]
        pair = (tok, tok.head)
        for name, noun in (pair, pair[::-1]):
            if name.pos_ == "PROPN" and noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon().place_nouns:
                out.add(name.text.lower())
    return out


def apposed_kinds(ent: Span) -> set[str]:
    """`The drivers’ union, Aslef`, `Aslef, the drivers’ union`: what the apposition calls it."""
    lex = lexicon()
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    # `Paul Kelly, chief economist at Westpac, the country’s biggest bank`: a person set beside
    # a role is one; the body noun after it is their employer's.
    if any(n.pos_ == "NOUN" and is_role_noun(n) and not _is_org_noun(n) for n in nouns):
        return set()
    # `The chairman of the traders' association, Musa Bello,`: a person's name the parser set
    # beside the body a role is of names the role's holder, not the body.
    if ent.label_ == "PERSON" and any(_body_of_a_role(n) for n in nouns):
        return set()
    # `Mara Quint of the Tenants' Alliance, a housing charity`: the body after a person's name
    # and `of`/`at` stands between; the apposition after it describes the body.
    if ent.label_ == "PERSON" and any(_body_between(root, n) for n in nouns):
        return set()
    # `Tomas "Tiny" Ferreira, a taxi operator,`: a noun that names a trade as well as a business
    # names the trade of a person's name, one opening on a given name.
    if ent.label_ == "PERSON" and ent[0].lower_ in lex.first_names and any(is_role_noun(n) for n in nouns):
        return set()
    # The noun must be a phrase of its own (`the union`, `her restaurant`): a bare `court` in
    # `Outside court, Anita Desai, …` is the parser's slip, not an apposition.
    kinds = {
        n.lemma_.lower()
        for n in nouns
        # (`the country's largest union federation`, the parser making the nouns proper ones.)
        if (n.pos_ == "NOUN" or (n.pos_ == "PROPN" and n.is_lower))
        and n.lemma_.lower() in lex.organization_nouns
        and any(c.dep_ in ("det", "poss", "nmod") for c in n.children)
    }
    # (`Bruegel, a think tank,`: a kind of two words, whose last alone names no body's kind.)
    kinds |= {
        kind
        for n in nouns
        if (kind := kind_of_two_words(n)) and any(c.dep_ in ("det", "poss") for c in n.children)
    }
    return kinds | trade_before(ent) | _kind_named_before(ent) | _kind_of_two_words_before(ent)


def _kind_named_before(ent: Span) -> set[str]:
    """`The housing association Habita said`, `the charity Shelter`: a body's noun in small
    letters after `the` and right before the name it modifies says what kind of body it is, what
    the story's `the association` means (a business's noun: ``trade_before``; not a job's title,
    `the committee Chairman X`)."""
    if ent.label_ != "ORG" or ent.start < 2 or any(is_role_noun(t) or is_title(t) for t in ent):
        return set()
    noun = ent.doc[ent.start - 1]
    lemma = noun.lemma_.lower()
    root = ent.root
    # (`The housing charity Threshold said`, parsed as two subjects of the verb: the noun is the
    # name's all the same.)
    twin = noun.dep_ == root.dep_ == "nsubj" and noun.head.i == root.head.i
    # (`The farmers' cooperative Agrovale`: a body's noun that is an adjective too, read as one.)
    kind = noun.pos_ == "NOUN" or (noun.pos_ == "ADJ" and noun.dep_ == "amod")
    if not (noun.is_lower and kind and (noun.head.i == root.i or twin) and _is_org_noun(noun)):
        return set()
    # (`The charity Shelter said`, parsed with `The` on the name, or the noun's own words before
    # it, `The farmers'`: the article opens the noun all the same.)
    opened = ent.doc[noun.left_edge.i].lower_ == "the" or ent.doc[root.left_edge.i].lower_ == "the"
    return {lemma} if opened and lemma not in lexicon().any_body_nouns else set()


def kind_of_two_words(noun: Token) -> str:
    """`think tank`, `rights group`: the kind of body (models/body_kinds_of_two_words.txt) that
    ``noun`` names with the word in small letters compounded right before it, or ""."""
    if noun.i == 0 or not noun.is_lower or noun.pos_ != "NOUN":
        return ""
    before = noun.doc[noun.i - 1]
    if before.dep_ != "compound" or before.head.i != noun.i or not before.is_lower:
        return ""
    kind = f"{before.lower_} {noun.lemma_.lower()}"
    return kind if kind in lexicon().body_kinds_of_two_words else ""


def _kind_of_two_words_before(ent: Span) -> set[str]:
    """`The think tank Bruegel said`, `the rights group Amnesty International`: a kind of body
    named by two words (``kind_of_two_words``), after `the` and right before the name it goes
    with, says what the story's `the think tank` means, whatever the tagger called the name
    (the noun alone, `group` or `tank`, says nothing of it)."""
    if ent.start < 3 or ent.doc[ent.start - 3].lower_ != "the":
        return set()
    noun = ent.doc[ent.start - 1]
    kind = kind_of_two_words(noun)
    # (`The lobby group Crestwater Alliance said`: the parser may set the name beside the noun.)
    hangs = noun.head.i == ent.root.i or (ent.root.dep_ == "appos" and ent.root.head.i == noun.i)
    return {kind} if kind and hangs else set()


def _body_between(root: Token, noun: Token) -> bool:
    """Whether a proper name after `of`/`at`/`with` hangs on the name ``root`` before its
    apposition ``noun`` does."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in ORG_PREPS and root.i < prep.i < noun.i
        for prep in root.children
        if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)
    )


def _body_of_a_role(noun: Token) -> bool:
    """Whether ``noun`` is the object of `of`/`at`/`for` after a role noun (`chairman of the
    association`)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ in ORG_PREPS and is_role_noun(prep.head) and prep.head.i < noun.i
    )


def trade_before(ent: Span) -> set[str]:
    """`German chipmaker Halvorsen Semiconductors`, `power utility Eskom`: a business's noun in
    small letters right before its name says what kind of business it is (not a job's title:
    `campaign Chairman John Podesta`; nor a people's: `committee Democrats`)."""
    if ent.label_ != "ORG" or ent.start == 0 or any(is_role_noun(t) or is_title(t) for t in ent):
        return set()
    noun = ent.doc[ent.start - 1]
    lemma = noun.lemma_.lower()
    if not (noun.is_lower and noun.pos_ == "NOUN" and lemma in lexicon().business_nouns):
        return set()
    return set() if lemma in lexicon().any_body_nouns else {lemma}


class Describer:
    """What the article knows that its descriptors depend on (the tokens outside quotes, the
    names it shows are organisations, its people's names, and where to ask for the body a noun
    or a pronoun stands for), read by the functions below, one per place a descriptor can stand
    (titles, appositions, clauses, the organisation within a role); ``describe`` gathers them."""

    def __init__(
        self,
        context: DocContext,
        outside: list[bool],
        org_names: frozenset[str],
        person_words: frozenset[str] = frozenset(),
        org_for_noun: Callable[[str, int], str] | None = None,
        org_before: Callable[[int, bool], str] | None = None,
        campaign_of: Callable[[int], str] | None = None,
        people_shown: frozenset[str] | None = None,
    ) -> None:
        self.context = context
        self.doc = context.doc
        # `Her campaign manager`: the campaign of the person the pronoun at a char stands for.
        self.campaign_of = campaign_of or (lambda at: "")
        self.outside = outside
        self.org_names = org_names
        self.person_words = person_words  # the article's people's names, lower case
        # The words of the names the article shows are people's (a given name or a title
        # before one, two words or more): a single word tagged a person that is none of them
        # may be a body's (`Twitter’s`).
        self.people_shown = person_words if people_shown is None else people_shown
        self._campaigning: bool | None = None  # whether the story speaks of a campaign
        self._propers: Counter[str] | None = None
        # `dean of the journalism school`: the name of the body the article calls so, if any.
        self.org_for_noun = org_for_noun or (lambda noun, at: "")
        # `Its chief economist`: the organisation the article named last before a char.
        self.org_before = org_before or (lambda at, reach: "")

    def is_person(self, tok: Token) -> bool:
        """A person's name, whatever the tagger called it (`Trump’s running mate`)."""
        return tok.ent_type_ == "PERSON" or tok.lower_ in self.person_words

    def owner_reads_as_body(self, owner: list[Token]) -> bool:
        """`Twitter’s director of policy`, `Sinn Féin’s health spokesman`: an owner the tagger
        calls a person, though the article shows no person by that name (no given name opens
        it, no title stands before it) and names it as a body elsewhere; a single word, also
        when no person's name of two words or more holds it."""
        owner = strip_det(owner)
        if (
            not owner
            or len(owner) > 3
            or not all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in owner)
        ):
            return False
        if any(not capitalised(t.text) or not self.outside[t.i] for t in owner):
            return False
        # (`Golden Dragon’s chairman` after `Golden Dragon Holdings`: a body's name cut short,
        # though it opens on a given name.)
        name = _clean_org(self.context, owner).lower()
        if len(owner) >= 2 and any(n.startswith(f"{name} ") for n in self.org_names):
            return True
        if owner[0].lower_ in lexicon().first_names or (
            owner[0].i > 0 and is_title(self.doc[owner[0].i - 1])
        ):
            return False
        if name in self.org_names:
            return True
        # (`Walsh’s chief of staff`, named once: too little to say it is no person.)
        word = owner[0].lower_
        return len(owner) == 1 and word not in self.people_shown and self._proper_counts()[word] >= 2

    def _proper_counts(self) -> Counter[str]:
        """How often each word in capitals stands outside quotes (counted once per article)."""
        if self._propers is None:
            capitals = self.context.columns.is_title
            self._propers = Counter(
                t.lower_
                for t, title, out in zip(self.doc, capitals, self.outside, strict=True)
                if title and out
            )
        return self._propers

    def describe(self, start: int, end: int) -> list[Descriptor]:
        """The descriptors the article gives the name in tokens [start, end)."""
        doc = self.doc
        at = doc[start].idx
        found: list[tuple[str, str, str]] = []
        found += [(r, o, "title") for r, o in title_before(self, start)]
        found += [(r, o, "title") for r, o in office_letters_after(self, end)]
        before = apposition_before(self, start)
        found += [(r, o, "apposition") for r, o in before]
        opened = len(found)
        found += [(r, o, "apposition") for r, o in apposition_after(self, end)]
        held_now = any(r and not held_before(r) for r, _ in before)
        behind = set(range(opened, len(found))) if held_now else set()
        # `who heads the department` gives a role by a verb: a title the article writes as a
        # noun says more (ROLES.md), so it ranks after one.
        verb_roles = set(lexicon().role_verbs.values())
        found += [
            (r, o, "verb" if r and r in verb_roles and source == "relative" else source)
            for r, o, source in relative_clause(self, start, end)
        ]
        found += [(r, o, "copula") for r, o in copula(self, start, end)]
        found += [(r, o, "office") for r, o in appointed_as(self, start, end)]
        found += [(r, o, "office") for r, o in appointed_in_apposition(self, start, end)]
        after = (
            organization_after(self, start, end)
            or founded_by(self, start, end)
            or represented_by(self, start, end)
        )
        if after:
            if _body_noun_and_its_name_after(doc, end):
                found = [_opening_word_in_the_role(doc, start, x) for x in found]
            # (`Okello's lawyer, Peter Musoke of Musoke & Co Advocates,`: the owner of a lawyer's
            # job is the client; the firm after the name is the body the lawyer works for.)
            found = [(r, after if o and _a_lawyers_job(r) else o, s) for r, o, s in found]
            found.append(("", after, "of"))
        return [
            Descriptor(at, role, org, source, n, background=n in behind and held_before(role))
            for n, (role, org, source) in enumerate(found)
        ]

    def role_of(self, toks: list[Token]) -> tuple[str, str]:
        """The role and organisation a description gives (`a spokesman for the ministry`)."""
        if _one_of_several(toks):
            # (`one of the party's advisers`: one of several holders of a role, as in apposition.)
            return _role_and_organization(self, toks[2:], singular=True)
        return _role_and_organization(self, toks)

    def campaign_story(self) -> bool:
        """Whether the story speaks of a campaign (worked out once per article)."""
        if self._campaigning is None:
            self._campaigning = any(t.lower_ in ("campaign", "campaigns") for t in self.doc)
        return self._campaigning


def held_before(role: str) -> bool:
    """Whether a role is one held before (`former governor`, `ex-minister`)."""
    return role.lower().startswith(("former ", "ex-"))


def _a_lawyers_job(role: str) -> bool:
    """`lawyer`, `defence counsel`, `solicitor`: a role whose last word is a lawyer's
    (models/job_families.txt)."""
    words = role.lower().split()
    return bool(words) and lexicon().job_families.get(words[-1]) == "lawyer"


def _body_noun_and_its_name_after(doc: Doc, end: int) -> bool:
    """`Pablo Rosales of the group Pamalakaya`, `X, of the union Amcu,`: the name after the
    person is set beside a body's noun in small letters, which says it is the body they are of."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k + 2 >= len(doc) or doc[k].lower_ != "of":
        return False
    noun = doc[k + 2] if doc[k + 1].lower_ in DETERMINERS else doc[k + 1]
    name = doc[noun.i + 1] if noun.i + 1 < len(doc) else noun
    return noun.is_lower and _is_org_noun(noun) and capitalised(name.text) and name.pos_ == "PROPN"


def _opening_word_in_the_role(doc: Doc, start: int, found: tuple[str, str, str]) -> tuple[str, str, str]:
    """`Fisherfolk leader Pablo Rosales of the group Pamalakaya`: a word opening the sentence
    before a job is in capitals only because it opens it, so it is a guess at a body; the body
    named after the person says whose job it is, and the word is the job's (*Fisherfolk
    leader*), as `Farmers leader` is."""
    role, org, source = found
    opening = doc[doc[start].sent.start : start].text
    if source != "title" or not org or not role or opening != f"{org} {role}" or " " in org:
        return found
    return opening, "", source


def _one_of_several(toks: list[Token]) -> bool:
    """`one of the party's advisers`, `another of the bank's founders`: words that make their
    holder one of several holders of the role after `of` (read in the singular)."""
    return len(toks) > 2 and toks[0].lower_ in ("one", "another") and toks[1].lower_ == "of"


# --- titles before the name ---------------------------------------------------------------


def title_before(describer: Describer, start: int) -> list[tuple[str, str]]:
    """`Senate Minority Whip Dick Durbin` → (Minority Whip, Senate)."""
    run = _title_run(describer, start) or _shared_title(describer, start)
    if not run:
        body = body_before_rank(describer, _words_before_rank(describer, start))
        return [("", body)] if body else []
    run, body = _past_forms_of_address(describer, run)
    if body:
        return [("", body)]
    if len(run) >= 2 and numbers_an_office(describer.doc, run[-1].i):
        return _numbered_office(describer, run[-1])
    run = _without_an_academic_address(_without_a_spokespersons_rank(run))
    # (`Former Secretary of State and Democratic frontrunner X is calling`, parsed with the
    # noun a subject too: titles joined by `and` are titles, not a clause's own subject.)
    joined = any(t.lower_ == "and" and t.pos_ == "CCONJ" for t in run)
    if not run or (_subject_of_its_own(describer, run[-1], start) and not joined):
        return []
    last = run[-1]
    # (`junior forward Ana Ruiz`: a position on a team written as a title right before a name.)
    position = last.i == start - 1 and last.is_lower and last.lemma_ in lexicon().title_positions
    run = _opened_by_its(describer.doc, run)
    if _held_title(run):
        return [x for x in [_role_and_organization(describer, run, singular=True)] if x[0]]
    held_at = _job_at_the_body(describer, run) or _letters_post_and_its_branch(describer, run)
    if held_at:
        return held_at
    if not (is_role_noun(last) or (_occupation(last) and (last.dep_ == "compound" or joined)) or position):
        # `CNN’s Jake Tapper`: an organisation alone.
        if len(run) >= 2 and run[-1].text in POSSESSIVES:
            owner = _organization_span(describer, run[:-1]) or body_of_the_noun(describer, run[:-1])
            if owner:
                return [("", owner)]
        return []
    return _roles_of_the_titles_joined(describer, run, start, position)


def _past_forms_of_address(describer: Describer, run: list[Token]) -> tuple[list[Token], str]:
    """The title run before a name without the honorifics and abbreviated titles next to the
    name, which are forms of address (`Committee Chairman Rep. Jason Chaffetz`, `Labour MP Mr
    Jones`), nor the place an abbreviated title goes with (`Trump’s running mate Indiana Gov.
    Mike Pence`); and, when a rank among them follows no job, the body the rank is held in,
    which is then all the run says (the second of the pair; "" when there is none)."""
    if not _ends_on_a_form_of_address(run):
        return run, ""
    ranked = False
    while _ends_on_a_form_of_address(run):
        ranked = ranked or _is_rank(run[-1])
        run = run[:-1]
    # (`police` may name a job, but not in front of a rank.)
    if ranked and run and not any(is_role_noun(t) and not _is_org_noun(t) for t in run):
        body = body_before_rank(describer, run)
        if body:
            return run, body
    # (`ranking Democrat Sen. Ann Cole`: a seat the tagger calls a people is no place.)
    while run and run[-1].ent_type_ in _PLACE and run[-1].pos_ == "PROPN" and not is_role_noun(run[-1]):
        run = run[:-1]
    return (_past_service(run) if ranked else run), ""


def _roles_of_the_titles_joined(
    describer: Describer, run: list[Token], start: int, position: bool
) -> list[tuple[str, str]]:
    """The role and body of each title of a run before a name, the titles joined by `and`
    (`Former Secretary of State and Democratic front-runner X`); ``position``: the run ends on
    a position on a team written as a title (`junior forward Ana Ruiz`)."""
    last = run[-1]
    out = []
    parts = conjuncts(run)
    for n, conjunct in enumerate(parts):
        # (`Former Secretary of State and Democratic front-runner X`: a title held `of` a
        # portfolio may open the run.)
        held = is_role_noun(conjunct[-1]) or _occupation(conjunct[-1]) or _held_title(conjunct)
        if conjunct and (held or position and conjunct[-1] == last):
            out.append(_role_and_scorers_side(describer, conjunct, start, position))
        elif n + 1 < len(parts) and _body_alone(describer, conjunct) and is_role_noun(parts[n + 1][-1]):
            # `Yahoo News and former TV network anchor X`: the body's own anchor too.
            out.append((parts[n + 1][-1].text, _clean_org(describer.context, conjunct)))
    return [x for x in out if x[0]]


def _numbered_office(describer: Describer, number: Token) -> list[tuple[str, str]]:
    """`Finance Minister II Amir Hamzah`: the title before an office's number, with the number,
    which says which of the office's holders the person is (*Finance Minister II*)."""
    return [(f"{role} {number.text}", org) for role, org in title_before(describer, number.i) if role]


# Words that make `Professor` after them a chair of its own, not a form of address (`Emeritus
# Professor X`, `Chair Professor X` of Hong Kong and Chinese universities), with the words of rank.
_PROFESSORSHIPS = frozenset({"emeritus", "chair"})
# The academic posts held `of` a field (`Professor of Obstetrics and Gynaecology`).
_CHAIRS = frozenset({"professor", "lecturer"})


def _without_an_academic_address(run: list[Token]) -> list[Token]:
    """`Co-author Professor X`, `Vice-Chancellor Professor X`: `Professor` in capitals between a
    job and the name is the academic's form of address, as `Dr` is, and the job is the role; not
    `Associate Professor X` or `Emeritus Professor X`, where the word before opens the title. So
    after an office and its portfolio (`Secretary for Labour and Welfare Professor X`)."""
    if len(run) < 2 or run[-1].text != "Professor":
        return run
    job = run[-2]
    portfolio = len(run) >= 4 and is_role_noun(run[0]) and run[1].lower_ in ("for", "of") and job.is_title
    if not portfolio and (not is_role_noun(job) or job.lower_ in lexicon().rank_words):
        return run
    return run if job.lower_ in _PROFESSORSHIPS else run[:-1]


# Verbs whose subject side scores or leads through a player's score (`led behind 22 points from
# X`); `go`, `pull`, `draw`, `move` only with a word of going in front (`went ahead`).
_SCORING_VERBS = frozenset({"score", "lead", "win", "level", "equalise", "equalize"})
# The words between a score and its verb (`went ahead through a try from X`, `led behind 22 points`).
_WAYS_TO_A_SCORE = frozenset({"through", "behind", "via", "after", "from", "by"})
# Verbs by which the subject side lets a score in (`conceded a goal from X`), or, in the passive,
# is beaten through one (`were beaten by a try from X`).
_CONCEDING_VERBS = frozenset({"concede", "lose", "ship", "leak", "trail", "allow"})
_BEATING_VERBS = frozenset({"beat", "defeat", "down", "sink", "stun", "edge", "thrash"})
_GOING_IN_FRONT = {
    "go": ("ahead", "clear"),
    "pull": ("ahead", "clear"),
    "move": ("ahead",),
    "draw": ("level",),
}


def _role_and_scorers_side(
    describer: Describer, run: list[Token], start: int, position: bool
) -> tuple[str, str]:
    """The role and organisation of a title before a name; a position on a team with no body of
    its own takes the side that scored through the player (``_scorers_side``)."""
    role, org = _role_and_organization(describer, run, singular=True)
    return role, org or (_scorers_side(describer, start) if position else "")


def verb_of_a_score(doc: Doc, start: int) -> Token | None:
    """The verb a score the player whose name starts at ``start`` made hangs on, the name after
    `from` (`went ahead through a header from X`, `lost 2-1 after two goals from X`, `were beaten
    by a try from X`); None if the name is no scorer's or the way up leaves the score's own words
    (`with Galway's points from X`: another side's score)."""
    name = doc[start]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.dep_ != "pobj" or name.head.lower_ != "from":
        return None
    return _verb_above_a_score(name.head.head)


def _verb_above_a_score(word: Token) -> Token | None:
    """The verb a score (``word``, or a word of the way up from it) hangs on, climbing through the
    score's own words only; None past another side's score (`Galway's points`)."""
    while word.pos_ != "VERB":
        owned = any(c.dep_ == "poss" for c in word.children)
        way = word.dep_ in ("pobj", "dobj") or word.lower_ in _WAYS_TO_A_SCORE
        if owned or not way or word.head.i == word.i:
            return None
        word = word.head
    return word


def scored_against_the_subject(doc: Doc, start: int) -> bool:
    """`Kestrel Vale conceded a late goal from midfielder X`, `Gor Mahia lost 2-1 after two goals
    from striker Y`, `The Bulls were beaten by a hat-trick from winger Z`: the player scored
    against the subject side, so is not its player."""
    verb = verb_of_a_score(doc, start)
    if verb is None:
        return _conceded_to(doc, start)
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return lemma in _CONCEDING_VERBS or (passive and lemma in _BEATING_VERBS)


def _conceded_to(doc: Doc, start: int) -> bool:
    """`Kestrel Vale conceded two late tries to winger X`: the player the subject side let a score
    in `to` scored against it. The tagger may read `to winger` as an infinitive (`winger` a verb
    over the name, `to` its aux): the position word right before the name, so taken as one."""
    name = doc[start]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    head = name.head
    as_infinitive = (
        name.dep_ == "dobj"
        and head.i == start - 1
        and head.dep_ in ("acl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )
    if not (as_infinitive or (name.dep_ == "pobj" and head.lower_ == "to")):
        return False
    verb = _verb_above_a_score(head.head)
    return verb is not None and verb.lemma_.lower() in _CONCEDING_VERBS


def _scorers_side(describer: Describer, start: int) -> str:
    """`Rovers went ahead through a header from defender X`, `Lincoln North had led behind 22
    points from center Y`: a player named after `from`, under a verb by which its subject side
    scores or leads, plays for that side (a body the tagger or the article names, or a side's
    plural); not a side scored against (`conceded a try to X`, `scored against the Sharks`: no
    such verb, or `against` on the way)."""
    word = verb_of_a_score(describer.doc, start)
    if word is None:
        return ""
    lemma = word.lemma_.lower()
    children = {c.lower_ for c in word.children}
    took_the_lead = lemma == "take" and "lead" in children
    going = any(w in children for w in _GOING_IN_FRONT.get(lemma, ()))
    if word.pos_ != "VERB" or "not" in children or not (lemma in _SCORING_VERBS or took_the_lead or going):
        return ""
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not subjects[0].text[:1].isupper():
        return ""
    subject = subjects[0]
    ent = entity_at(describer.doc, subject)
    if ent is not None and ent.label_ == "ORG":
        return org_text(describer.context, ent)
    if ent is not None and org_text(describer.context, ent).lower() in describer.org_names:
        return org_text(describer.context, ent)
    # (`The Sharks`, a side called by its players, which the tagger may call a person.)
    one_word = ent is None or (ent.label_ == "PERSON" and len(ent) == 1)
    return subject.text if one_word and _sides_plural(describer, subject) else ""


def _job_at_the_body(describer: Describer, run: list[Token]) -> list[tuple[str, str]]:
    """`Associate professor of law at Lenton University Sarah Jones`: a body's tagged name alone
    before the name, after `at`, is where the title before the `at` is held (the run of a title
    stops at `at`, which in a title of its own joins no words: `Secretary at War` is rare)."""
    at = run[0].i - 1
    if at < 1 or describer.doc[at].lower_ != "at" or not _body_alone(describer, run):
        return []
    # (`Head of Research at Lenton Bank`: the body is the one after `at`; the words after the
    # title's `of` are a department, a field or a subject of it.)
    body = _clean_org(describer.context, run)
    return [(role, body) for role, _ in title_before(describer, at) if role][:1]


def _letters_post_and_its_branch(describer: Describer, run: list[Token]) -> list[tuple[str, str]]:
    """`DIG Operations Kashif Alam`, `SSP Operations X`: a post written by its letters, then
    the branch of the force it heads in capitals, right before the name, is one post (Pakistani
    and Indian news name the deputy inspector general of a city's operations so); the role is
    both words, which read alone stopped at the branch, no role noun. A rank's letters that are
    a form of address alone (`SP Traffic X`, models/titles.txt) are the post's words all the same."""
    if len(run) < 2 or not branch_of_a_letters_post(run[-1]):
        return []
    if is_honorific(run[-2]):
        role, organization = " ".join(t.text for t in run[:-1]), ""  # (`Lahore SP Traffic X`)
    else:
        role, organization = _role_and_organization(describer, run[:-1], singular=True)
    return [(f"{role} {run[-1].text}", organization)] if role else []


def _without_a_spokespersons_rank(run: list[Token]) -> list[Token]:
    """`police spokesperson Officer Dana Reyes`, `harbour master Captain Ewan Shaw`, `committee
    chairman Senator Erwin Cruz`: a rank or a member's seat in capitals between a job in small
    letters (of speaking for a body, or any job no body's noun names: not `police Sergeant X`)
    and the name is the person's form of address, no part of the role (which was *spokesperson
    Officer*, *harbour master Captain*); so is a title that is the style of the job before it
    (`High Court judge Justice X`, which was *judge Justice*)."""
    if _services_rank_of_two_words(run):
        # (Read as the one word of the pair that is a rank alone: `Brigadier`, `Admiral`.)
        rank = run[-1] if run[-1].lower_ in lexicon().ranks_of_address else run[-2]
        return run[:-2] if len(_without_a_spokespersons_rank([*run[:-2], rank])) == len(run) - 2 else run
    if len(run) < 2 or not run[-1].is_title or not run[-2].is_lower:
        return run
    job, words = run[-2], lexicon()
    # (`High Court judge Justice X`: the judge's style after the job it is the style of.)
    if styles_the_job(run[-1].text, job.lemma_):
        return run[:-1]
    # (Not a rank's own word before it, `deputy chief Officer`, nor `Officer` after any other
    # job, `press Officer`: a job's own words.)
    other_job = is_role_noun(job) and not _is_org_noun(job) and job.lower_ not in words.rank_words
    if not (_speaks_for_a_body(run[:-1]) or (other_job and run[-1].lower_ not in ("officer", "agent"))):
        return run
    # (`committee chairman Senator X`: a member's seat is a form of address there too.)
    address = words.ranks_of_address | (words.seat_holders if other_job else frozenset())
    return run[:-1] if run[-1].lower_ in address else run


# The first words of the services' ranks of two words (`Rear Admiral`, `Vice Admiral`), which are
# no rank alone; and `General` closing them (`Brigadier General`, `Major General`), which alone is
# an office too (`Attorney General`).
_OPENERS_OF_A_RANK = frozenset({"rear", "vice"})


def _services_rank_of_two_words(run: list[Token]) -> bool:
    """`PNP spokesperson Brigadier General X`, `navy spokesperson Rear Admiral X`: the run closes
    on a rank of two words in capitals after a job in small letters (models/police.txt), both
    words the person's form of address as one rank is."""
    if len(run) < 3 or not (run[-1].is_title and run[-2].is_title and run[-3].is_lower):
        return False
    address = lexicon().ranks_of_address
    first, last = run[-2].lower_, run[-1].lower_
    return first in address | _OPENERS_OF_A_RANK and (last in address or last == "general")


def _held_title(run: list[Token]) -> bool:
    """`secretary of state`, `minister of finance`, `Minister for Primary Education`: the role
    noun heads the words after `of` (`for` after a portfolio title)."""
    held = max(
        (
            n
            for n in range(1, len(run) - 1)
            if (
                is_role_noun(run[n - 1])
                and (run[n].lower_ == "of" or _portfolio_for(run, n) or _brief_on(run, n)
                     or _field_for(run, n) or _region_for(run, n) or _ward_for(run, n)
                     or _envoy_to(run, n) or _staff_to_a_body(run, n) or _seat_held_for(run, n))
            )
            or _of_state_for(run, n)
        ),
        default=0,
    )
    # (`director of environmental public health`: a field of three words in small letters.)
    field = len(run) - held == 4 and all(t.is_lower and t.is_alpha for t in run[held + 1 :])
    short = len(run) - held <= 3 or field or _envoy_to(run, held)
    short = short or _long_portfolio(run[held + 1 :]) or _named_body(run[held + 1 :])
    short = short or _field_of_a_chair(run, held)
    return bool(held) and not is_role_noun(run[-1]) and short


def _field_of_a_chair(run: list[Token], n: int) -> bool:
    """`Professor of Obstetrics and Gynaecology X`: an academic's chair and its field after the
    `of` at ``n``, two words in capitals joined by `and`, no name's or place's: a field the lists
    need not know."""
    field = run[n + 1 :]
    if n < 1 or run[n - 1].lower_ not in _CHAIRS or run[n].lower_ != "of" or len(field) != 3:
        return False
    ends = (field[0], field[2])
    named = any(t.ent_type_ in ("PERSON", *_PLACE) or is_role_noun(t) for t in ends)
    return field[1].lower_ in ("and", "&") and all(t.is_title and t.is_alpha for t in ends) and not named


def _of_a_chairs_field(t: Token) -> bool:
    """Whether ``t`` is the `of` of an academic's chair before its field (`Professor of Medicine`,
    `Professor of Obstetrics and Gynaecology`): a field, no body (`Professor of the University of
    Lagos` has its `the`)."""
    doc = t.doc
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    chair = t.i > 0 and doc[t.i - 1].lower_ in _CHAIRS
    return t.lower_ == "of" and chair and after is not None and after.is_title and after.lower_ != "the"


def _envoy_to(run: list[Token], n: int) -> bool:
    """`Ambassador to the United States`, `High Commissioner to the United Kingdom`: an envoy's
    `to` and the country they are sent to, tagged a place whole after its `the`, or one the lists
    know that the tagger ran into the name after it (`Ambassador to France X`: ``country_sent_to``)
    (models/offices.txt kind `envoy`, with the civic offices)."""
    if run[n].lower_ != "to" or run[n - 1].lemma_.lower() not in lexicon().place_offices:
        return False
    country = run[n + 2 :] if run[n + 1].lower_ == "the" else run[n + 1 :]
    # (`Ambassador to France X`, `France` tagged with the name after it a body: one the lists know.)
    known = country_sent_to(country[0]) if country else False
    return bool(country) and len(country) <= 3 and (known or all(t.ent_type_ in _PLACE for t in country))


def _staff_to_a_body(run: list[Token], n: int) -> bool:
    """`Secretary to the Cabinet`, `Secretary to the Government of the Federation`: a title in
    capitals `to the` body it serves, named by a body's noun in capitals (as `of the Cabinet`)."""
    if run[n].lower_ != "to" or n + 2 >= len(run) or run[n + 1].lower_ != "the":
        return False
    return capitalised(run[n - 1].text) and _body_served(run[n + 2 : n + 4])


def _body_served(words: list[Token]) -> bool:
    """Whether ``words`` (after a staff job's `to the`) open with a body's noun in capitals
    (models/organization_nouns.txt), or one word in capitals and the noun (`Cabinet`, `State
    Government`, `Government of the Federation`)."""
    nouns = lexicon().organization_nouns
    head = next((k for k, t in enumerate(words[:2]) if t.lower_ in nouns), -1)
    return head >= 0 and all(t.is_title for t in words[: head + 1])


def _named_body(words: list[Token]) -> bool:
    """`Head of the Food Safety Authority X`, `Chief executive of the Irish Farmers Association
    X`: after the title's `of`, one body's tagged name (its `the` with it) closing the run (not
    one run on over the name after it: `the National Gallery Mark Dunne` tagged a body)."""
    if not words or words[0].ent_iob_ != "B" or not all(t.ent_type_ == "ORG" for t in words):
        return False
    after = words[-1].nbor() if words[-1].i + 1 < len(words[-1].doc) else None
    return after is None or after.ent_iob_ != "I"


def _body_alone(describer: Describer, words: list[Token]) -> bool:
    """Whether ``words`` are one body's tagged name and nothing else (not a person's name the
    tagger took for a body: `Goodlatte and Benghazi Committee Chairman X`)."""
    if any(describer.is_person(t) for t in words):
        return False
    return bool(words) and all(t.ent_type_ in ("ORG", "FAC") and not is_role_noun(t) for t in words) and (
        words[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in words[1:])
    )


def _past_service(run: list[Token]) -> list[Token]:
    """`Pentagon spokesman Navy Capt.`: the service a rank is held in, between a job in small
    letters and the rank, goes with the rank; the job before it is the role."""
    k = len(run)
    while k > 0 and len(run) - k < 2 and run[k - 1].pos_ == "PROPN" and not is_role_noun(run[k - 1]):
        k -= 1
    if k < len(run) and k > 0 and run[k - 1].is_lower and is_role_noun(run[k - 1]):
        return run[:k]
    return run


def _portfolio_for(run: list[Token], n: int) -> bool:
    """`Minister for Primary Education`, `Commissioner for Trade`: `for` after a portfolio
    title; after any title in capitals, `for` a brief in capitals (`MEC for Health`,
    `Mayoral Committee Member for Transport`, `County Executive Member for Water`)."""
    if run[n].lower_ != "for":
        return False
    before = run[n - 1]
    if before.lower_ in _PORTFOLIO_TITLES | {"commissioner"}:
        return True
    brief = run[n + 1 :]
    lex = lexicon()
    # (`County Executive Member for Water, Roads and Public Works`: a brief of several words
    # in capitals listed with commas.)
    return (
        capitalised(before.text)
        and is_role_noun(before)
        and (
            1 <= len(brief) <= 4
            and capitalised(brief[-1].text)
            and all(t.lower_ in lex.brief_words or t.lower_ in ("and", "&", ",") for t in brief)
            or _long_portfolio(brief)
        )
    )


def _field_for(run: list[Token], n: int) -> bool:
    """`spokesperson for health`, `spokesman on justice`: `for` or `on` between a job and the
    one word in small letters of the field it covers, or two joined by `and`, ending the title."""
    # (`MEC for health`: a job's letters in capitals cover a field in small letters too.)
    job = run[n - 1].is_lower or job_letters(run[n - 1])
    if n == len(run) - 4 and _joins_two_fields(run, n + 2):
        return run[n].lower_ in FIELD_PREPS and job
    if n == len(run) - 3 and _field_with_its_adjective(run[n + 1], run[n + 2]):
        return run[n].lower_ in FIELD_PREPS and job
    return n == len(run) - 2 and run[n].lower_ in FIELD_PREPS and job and run[-1].is_lower


def _field_with_its_adjective(adjective: Token, field: Token) -> bool:
    """`national security`, `foreign affairs`: a field of two words in small letters, the first
    an adjective on the second (`spokesman on national security Peter Bunting`)."""
    described = adjective.dep_ == "amod" and adjective.head.i == field.i and adjective.pos_ == "ADJ"
    return described and adjective.is_lower and field.is_lower and field.pos_ == "NOUN"


def _region_for(run: list[Token], n: int) -> bool:
    """`Regional Director for Europe`, `Special Envoy for the Horn of Africa`: `for` after a title
    in capitals, before the place or region the post covers, closing the title (the tagger
    often leaves a continent untagged)."""
    region = [t for t in run[n + 1 :] if t.lower_ not in ("the", "of", "and")]
    if run[n].lower_ != "for" or not capitalised(run[n - 1].text) or not 1 <= len(region) <= 3:
        return False
    places = lexicon().places
    named = " ".join(t.lower_ for t in run[n + 1 :] if t.lower_ != "the")
    return named in places or all(t.ent_type_ in ("GPE", "LOC") for t in region)


def _ward_for(run: list[Token], n: int) -> bool:
    """`MCA for Kapseret Ward` (a member of a Kenyan county assembly): `for` after a seat's holder
    in capitals (models/offices.txt), before the ward in capitals it is held for, closing the
    title; a ward is no body, so nothing else the words can be. (Not any seat's place, `MP for
    Bankstown`, which may run on into more words in capitals.)"""
    ward = run[n + 1 :]
    holder = capitalised(run[n - 1].text) and run[n - 1].lower_ in lexicon().seat_holders
    named = 2 <= len(ward) <= 3 and all(t.is_title for t in ward) and ward[-1].lower_ == "ward"
    return run[n].lower_ == "for" and holder and named


def _seat_held_for(run: list[Token], n: int) -> bool:
    """`MP for Bankstown Karen Walsh said`, `Member of Parliament for Kilifi North X`: `for` after
    a seat's holder in capitals (models/offices.txt), before one to three words in capitals
    closing the run right where the tagger opens a person's name, the seat it is held for. (The
    seat's words are no given name the lists know, which would open the name the tagger cut
    short: `MP for Bankstown Jihad` + `Dib`.)"""
    seat, lex = run[n + 1 :], lexicon()
    # (`Opposition assemblyman for Pulau Betong X`: the holder in small letters too.)
    holder = run[n - 1].lower_ in lex.seat_holders
    # (`Member of Parliament for X`: the seat's holder written out in full.)
    words = [t.lower_ for t in run[max(n - 3, 0) : n]]
    holder = holder or (words == ["member", "of", "parliament"] and capitalised(run[n - 1].text))
    if run[n].lower_ != "for" or not holder or not 1 <= len(seat) <= 3:
        return False
    if not all(t.is_title and t.lower_ not in lex.first_names and not is_role_noun(t) for t in seat):
        return False
    doc = seat[-1].doc
    after = doc[seat[-1].i + 1] if seat[-1].i + 1 < len(doc) else None
    return after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and after.is_title


def _brief_on(run: list[Token], n: int) -> bool:
    """`Spokesman on National Security`, `Rapporteur on Human Rights`: `on` after a title in
    capitals, before the brief in capitals."""
    return run[n].lower_ == "on" and capitalised(run[n - 1].text) and capitalised(run[n + 1].text)


def _long_portfolio(words: list[Token]) -> bool:
    """`for Roads and Highways`, `for Lands, Forests and Natural Resources`: after a
    portfolio title's `for`, words in capitals joined by commas and `and` name one brief."""
    # (A word of no brief, `Arvind` in `for Roads and Highways Arvind Sethi`, is a name the
    # tagger left out of the person.)
    lex = lexicon()
    # (`for Transport and Logistics`: a department's word joined to a brief names it too.)
    brief = lex.brief_words | lex.department_only
    # (`for Children, Equality, Disability, Integration and Youth`: nine words; the title run's
    # own limit bounds a longer list.)
    return (
        2 <= len(words) <= 12
        and capitalised(words[-1].text)
        and all(capitalised(t.text) or t.lower_ in ("and", "&", ",", "the") for t in words)
        and all(t.lower_ in lex.brief_words or _plural_word(t) for t in words[:1])
        and all(t.lower_ in brief or _plural_word(t) for t in words)
    )


def _plural_word(t: Token) -> bool:
    return t.tag_ == "NNPS" or (t.lower_.endswith("s") and t.lemma_.lower() != t.lower_)


def _of_state_for(run: list[Token], n: int) -> bool:
    """`Minister of State for Employment Affairs`, `Secretary of State for Health`: the `for`
    after a junior or senior minister's `of State` opens the portfolio."""
    return (
        n >= 3
        and run[n].lower_ == "for"
        and [t.lower_ for t in run[n - 2 : n]] == ["of", "state"]
        and run[n - 3].lower_ in _PORTFOLIO_TITLES
    )


def _subject_of_its_own(describer: Describer, word: Token, start: int) -> bool:
    """`The federal judge Trump was referring to`: a noun before a name, both subjects of the
    name's verb or the name's clause hung on the noun, heads a clause of which the name is the
    subject, and is no title of it."""
    if start > 0 and describer.doc[start - 1].text == ")":
        return False  # (`general secretary (communications) X`: a brief in brackets between)
    name = head_after(describer.doc[start], ("compound",))
    verb = name.head
    if name.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.i == word.i:
        # (parsed as it reads: the name's clause hangs on the noun; not a title with no `the`
        # before a full name, `Springbok coach Rassie Erasmus has named X`, the parser taking
        # the title for a noun a relative clause describes, nor one whose clause has no gap
        # the noun could fill.)
        bare = not any(c.dep_ == "det" for c in word.children) and name.i - start >= 1
        return _clause_with_a_gap(verb) and not bare
    # (Not a title with no `the` right before a full name, the parser making both subjects:
    # `Lenton Municipality spokesperson Gugu Sisilana said`.)
    bare = not any(c.dep_ == "det" for c in word.children) and name.i - start >= 1
    return word.dep_ == name.dep_ == "nsubj" and word.head.i == verb.i and verb.i > name.i and not bare


def _clause_with_a_gap(verb: Token) -> bool:
    """Whether a relative clause with no relative word leaves a place for the noun it hangs on:
    no object of its verb (`the judge Trump attacked`) or a preposition with none (`the judge
    Trump was referring to`)."""
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children):
        return True
    stranded = (c for c in children if c.dep_ == "prep")
    return any(not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in stranded)


def body_before_rank(describer: Describer, words: list[Token]) -> str:
    """`RCMP Cpl. Vanessa Munn`, `Surrey RCMP Cpl.`, `Victoria Police Sgt.`: the body named by
    the capitalised ``words`` right before a rank in short (the tagger often takes them for a
    person), or "". A short form in capitals or a body's noun says they name a body, and so
    does a name of two words or more the article gives a body (`State Rep. Ann Cole`: one
    capitalised word is the place the office is in)."""
    if not words or not all((t.pos_ == "PROPN" or t.is_upper) and capitalised(t.text) for t in words):
        return ""
    body = _clean_org(describer.context, words)
    shaped = any((t.is_upper and len(t) >= 2) or _is_org_noun(t) for t in words)
    known = len(words) > 1 and (body.lower() in describer.org_names or words[-1].ent_type_ == "ORG")
    return body if shaped or known else ""


def _words_before_rank(describer: Describer, start: int) -> list[Token]:
    """The capitalised words (up to four, in the sentence, outside quotes) before the ranks in
    short right before token ``start`` (`NYPD Sgt. Tom Ray`), or none when no rank stands there."""
    doc = describer.doc
    i = start - 1
    while i >= 0 and _is_rank(doc[i]) and describer.outside[i]:
        i -= 1
    if i == start - 1:
        return []
    words: list[Token] = []
    while i >= 0 and len(words) < 4 and doc[i].pos_ == "PROPN" and capitalised(doc[i].text):
        if not describer.outside[i] or "\n" in doc[i].text:
            break
        words.insert(0, doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    return words


def _past_brackets(doc: Doc, close: int, in_title: bool) -> int:
    """Where a title run goes on before the bracket token ``close`` ends, or -1: past a body's
    short form inside the title (`Chennai Metro Rail Limited (CMRL) managing director`,
    `(Busa) chief executive`, `Tenants Federation of Ghana (Tefog) secretary-general`, the short
    form untagged after the tagged body), or past a unit in brackets between the title and the name
    (`Deputy Commissioner of Police (Economic Offences Wing) Smartana Patil`), no part of
    either."""
    short = doc[close - 1] if close >= 1 else doc[close]
    opening = _hyphenated_short_opening(doc, close)
    if in_title and opening >= 1 and doc[opening - 1].ent_type_ == "ORG":
        return opening - 1  # (`Maharashtra Metro Rail Corporation Limited (Maha-Metro) managing director`)
    tagged = close >= 3 and "ORG" in (short.ent_type_, doc[close - 3].ent_type_)
    if (
        in_title
        and close >= 3
        and doc[close - 2].text == "("
        and (short.text.isupper() or (capitalised(short.text) and (tagged or _clipped_from(doc, close - 2))))
    ):
        return close - 3
    opening = -1 if in_title else _bracketed_unit(doc, close)
    return opening - 1 if opening > 0 else -1


def _hyphenated_short_opening(doc: Doc, close: int) -> int:
    """Where `(` opens a bracket ending at token ``close`` that holds one short form written with
    a hyphen, its parts in capitals (`(Maha-Metro)`, `(Pak-EPA)`); else -1."""
    k = close - 4
    if k < 0 or doc[k].text != "(" or doc[k + 2].text != "-":
        return -1
    parts = (doc[k + 1], doc[k + 3])
    joined = not doc[k + 1].whitespace_ and not doc[k + 2].whitespace_
    return k if joined and all(t.is_alpha and capitalised(t.text) for t in parts) else -1


def _clipped_from(doc: Doc, opening: int) -> bool:
    """`Consumers Federation of Kenya (Cofek)`, untagged: a short form in brackets made of the
    first letters of the words in capitals before it, in their order (clipped words, not only
    initials)."""
    short = doc[opening + 1].text.upper()
    initials: list[str] = []
    k = opening - 1
    while k >= 0 and (capitalised(doc[k].text) or doc[k].lower_ in ACRONYM_SMALL_WORDS) and opening - k <= 8:
        if doc[k].lower_ not in ACRONYM_SMALL_WORDS:
            initials.insert(0, doc[k].text[0])
        k -= 1
    if not short.isalpha():
        return False
    # (`The Dairy Farmers Union of Kenya (Dafuk)`: the name may open after the sentence's first
    # words.)
    for n in range(len(initials) - 1):
        letters = iter(short)
        if initials[n] == short[0] and all(c in letters for c in initials[n:]):
            return True
    return False


def _bracketed_unit(doc: Doc, close: int) -> int:
    """Where `(` opens the bracket that token ``close`` (`)`) ends, when it holds one to five
    capitalised words or numbers (`(Economic Offences Wing)`, `(Zone 1)`) after a title word;
    else -1."""
    for k in range(close - 1, max(close - 7, 0), -1):
        if doc[k].text == "(":
            inner = doc[k + 1 : close]
            # (`Rear Admiral (Retd.)`: a rank's retired mark, with its full stop; a district's
            # compass point with its hyphen, `(South-West)`.)
            if len(inner) and all(capitalised(t.text) or t.like_num or t.text in (".", "-") for t in inner):
                return k if k > 0 and (is_role_noun(doc[k - 1]) or capitalised(doc[k - 1].text)) else -1
            # (`general secretary (communications) X`: a brief in small letters after the job.)
            brief = len(inner) <= 3 and all(t.is_alpha and t.is_lower for t in inner)
            return k if brief and k > 0 and is_role_noun(doc[k - 1]) and doc[k - 1].is_lower else -1
    return -1


def _shared_title(describer: Describer, start: int) -> list[Token]:
    """`Democratic presidential candidates Hillary Clinton and Bernie Sanders`: a plural title
    before the first of two names joined by `and` is the second's title too; so it is of each
    name of a list of three or more (`Justices A. Kant, B. Nath and C. Karol`)."""
    doc = describer.doc
    joiners: tuple[str, ...] = ("and", "&", ",") if _listed_on(doc, start) else ("and", "&")
    for _ in range(_MOST_NAMES_LISTED):
        if start < 2 or doc[start - 1].lower_ not in joiners:
            return []
        first = doc[start - 2]
        ent = entity_at(doc, first) if first.ent_type_ == "PERSON" else None
        opening = ent.start if ent is not None else _untagged_name_start(first)
        if opening < 0:
            return []
        run = _title_run(describer, opening)
        if run and run[-1].tag_ in ("NNS", "NNPS"):
            return run
        # (a name before this one, set off by a comma: the list goes on back.)
        start, joiners = opening, (",",)
    return []


# The most names of a list, past the first, a plural title before it is shared by.
_MOST_NAMES_LISTED = 5


def _listed_on(doc: Doc, start: int) -> bool:
    """Whether the name tagged a person at ``start`` is followed by `and` or a comma and another
    such name: one inside a list (`A. Kant, B. Nath and C. Karol`), not one set off after a comma."""
    ent = entity_at(doc, doc[start]) if doc[start].ent_type_ == "PERSON" else None
    if ent is None or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("and", "&", ","):
        return False
    return doc[ent.end + 1].ent_type_ == "PERSON"


def _untagged_name_start(last: Token) -> int:
    """Where a name the tagger left untagged, ending on ``last``, opens: its run of words in
    capitals (`Justices S.V. Kulkarni and Meera Raghavan`, only the second tagged), past the
    title in the plural before it; -1 if ``last`` is no such name."""
    doc = last.doc
    k = last.i
    while k >= 0 and doc[k].pos_ == "PROPN" and not doc[k].ent_type_ and capitalised(doc[k].text):
        if is_role_noun(doc[k]):
            break
        k -= 1
    plural_title = k >= 0 and doc[k].tag_ == "NNPS" and is_role_noun(doc[k])
    return k + 1 if plural_title and k < last.i else -1


def _opened_by_its(doc: Doc, run: list[Token]) -> list[Token]:
    """`The corporation will raise fares, its managing director X said`: a title run with the
    `its` before it, which says whose the title is (see _organization_apart)."""
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    return [before, *run] if before is not None and before.lower_ == "its" else run


def _title_run(describer: Describer, start: int) -> list[Token]:
    """The words of a title right before token ``start`` (`Former FBI Director` + `James Comey`),
    read back from it while each may be one of a title's, in the text's order."""
    doc, outside = describer.doc, describer.outside
    toks: list[Token] = []
    i, limit = _before_an_offices_place(doc, start), _MAX_TITLE_TOKENS
    while i >= 0 and start - i <= limit:
        t = doc[i]
        if t.is_space and "\n" not in t.text and toks:
            i -= 1  # `New York Times  columnist`: a doubled space inside the title
            continue
        # A name inside a quote (`I met FBI Director James Comey`) keeps a title inside it.
        numbered = _numbers_a_name(doc, t) or _word_taken_for_a_number(t)  # (`NSW Farmers chief`)
        numbered = numbered or _capitals_and_figures(t)  # (`Fullers360 spokesperson`)
        numbered = (numbered and bool(toks)) or _position_with_a_number_word(t) or numbers_an_office(doc, i)
        if outside[i] != outside[start] or t.is_space or "\n" in t.text:
            break
        if t.ent_type_ in _NOT_IN_TITLE and not numbered and not _ordinal_in_a_title(t, toks):
            # (`Local 1505 president`: a number after a name in capitals is part of it.)
            break
        past = _past_brackets(doc, i, bool(toks)) if t.text == ")" else -1
        if past >= 0:
            i, limit = past, limit + _spelled_name_length(doc, past)
            continue
        if t.text in POSSESSIVES and (toks or (i > 0 and capitalised(doc[i - 1].text))):
            pass
        elif numbered:
            pass
        elif _title_word(describer, t):
            # (`tweet_id="…">Responsible`: markup left in a page's text is no word of a title.)
            if t.text in _STOP_TEXT or any(c in t.text for c in '<>="'):
                break
        elif _title_word_misread(doc, i, toks, start):
            pass
        elif the_inside_a_name(doc, i, toks):
            toks[:0] = [doc[i - 1], t]  # `Unite the Union regional officer`, `Meet the Press host`
            if doc[i - 1].is_sent_start:
                break
            i -= 2
            continue
        elif t.lower_ in ("of", "for", "on", "and", "&") and toks and i > 0:
            if not _joins_title(doc, i, toks, start):
                break
        elif _the_of_a_style(doc, i, toks):
            i -= 1  # `Vatican spokesman the Rev. X`: the style's own `the`, no word of the title
            continue
        else:
            break
        toks.insert(0, t)
        if t.is_sent_start and not _sentence_start_inside_a_title(doc, i):
            break
        i -= 1
    return _without_opening_joiners(toks)


def _the_of_a_style(doc: Doc, i: int, toks: list[Token]) -> bool:
    """Whether token ``i`` is the `the` a style takes (`the Rev.`, `the Hon.`) between a job
    and the name (`Vatican spokesman the Rev. Federico Lombardi`, `Council leader the Hon. X`):
    only forms of address after it and a job's noun right before it, which is the title."""
    t = doc[i]
    if t.lower_ != "the" or not toks or i == 0 or t.is_sent_start:
        return False
    return all(is_honorific(w) for w in toks) and is_role_noun(doc[i - 1])


def _title_word_misread(doc: Doc, i: int, toks: list[Token], start: int) -> bool:
    """Whether token ``i``, before the words ``toks`` of a title run ending before ``start``,
    is a word of the title that the tagger or the parser read as something else (a verb, a
    determiner, a joiner outside it) or that the title's own `the`, `to` or body opens."""
    t = doc[i]
    if not toks and _field_read_as_a_verb(doc, i):
        return True  # `head of planning Ana Ruiz`, `planning` tagged a verb
    if not toks and i == start - 1 and (_team_job_read_as_a_verb(t) or _job_read_as_a_verb(t)):
        return True  # `said Pirates coach Ana Ruiz`, `coach` tagged a verb
    if _ranking(doc, i) and toks and toks[0].lower_ in _RANKED_SEATS:
        return True  # `ranking Democrat Ana Ruiz`, with `ranking` tagged a verb
    if _inside_title(t, toks, start) or _participle_in_a_title(t, toks):
        return True  # `shadow health secretary`, with `shadow` tagged a verb; `Editor-in-Chief`
    if toks and (determiner_opening_a_name(t) or _portfolio_comma(doc, i, toks)):
        return True  # `All Blacks coach Ana Ruiz`, `Agriculture, Forestry and Fisheries Minister Ana Ruiz`
    if _the_in_title_of(doc, i, toks) or _to_the_office(doc, i, toks):
        return True  # `Leader of the Opposition X`, `Speaker of the House`, `Secretary to the President X`
    # `Harbour SC head coach Ana Ruiz`, `Harbour` tagged a verb inside the body's name
    return bool(toks) and t.ent_type_ == toks[0].ent_type_ == "ORG" and toks[0].ent_iob_ == "I"


def _spelled_name_length(doc: Doc, end: int) -> int:
    """How many more words a title may run to for the body's tagged name that ends at token
    ``end``, before its short form in brackets: the name counts as one word of the title
    (`National Agency for Food and Drug Administration and Control (NAFDAC) director-general`)."""
    body = entity_at(doc, doc[end]) if doc[end].ent_type_ == "ORG" else None
    return end - body.start if body is not None else 0


def _ordinal_in_a_title(tok: Token, toks: list[Token]) -> bool:
    """`First Minister John Swinney`, `Second Minister for Finance X`: an ordinal in capitals,
    whatever the tagger made of it, right before a role noun in capitals is a word of the title
    (Scotland's and Wales's First Minister, Singapore's Second Minister)."""
    after = toks[0] if toks else None
    ordinal = tok.ent_type_ == "ORDINAL" and tok.is_title and tok.is_alpha
    return ordinal and after is not None and after.i == tok.i + 1 and after.is_title and is_role_noun(after)


def _before_an_offices_place(doc: Doc, start: int) -> int:
    """Where a title before the name at ``start`` ends: past the place the office serves
    (`Chief Minister Punjab Maryam Nawaz`: no role word, no body), and past its `of` (`Chief
    District Officer of Kathmandu X`); not past a country an envoy is sent `to`, which the
    title holds (`Ambassador to France X`)."""
    if start < 2 or not place_of_an_office(doc, start - 1) or doc[start - 2].lower_ == "to":
        return start - 1
    return start - 3 if doc[start - 2].lower_ == "of" else start - 2


def _field_read_as_a_verb(doc: Doc, i: int) -> bool:
    """`head of planning Ana Ruiz`, `director of marketing X`: a field in small letters ending
    in -ing right after a role noun's `of`, and right before the name, which the tagger made a
    verb."""
    t = doc[i]
    after_of = i >= 2 and doc[i - 1].lower_ == "of" and is_role_noun(doc[i - 2])
    return t.tag_ == "VBG" and t.is_lower and after_of


def _team_job_read_as_a_verb(t: Token) -> bool:
    """`Pirates coach Ana Ruiz`: a side's job in small letters (models/team_jobs.txt) that the
    tagger made a present-tense verb, right before a name and after a word in capitals."""
    before = _job_made_a_verb(t, lexicon().team_jobs)
    return before is not None and capitalised(before.text)


def _position_read_as_a_verb(t: Token) -> bool:
    """`scored three tries, two of them to winger X`: a position on a team (models/
    sports_positions.txt, not one that is an everyday word too) in small letters that the
    tagger made a verb after `to`: no verb but `forward` and `batter` is one of these, so it is
    the title of the name after it."""
    if t.i == 0 or t.doc[t.i - 1].lower_ != "to" or t.lower_ in _POSITIONS_ALSO_VERBS:
        return False
    return _job_made_a_verb(t, lexicon().sports_positions) is not None


# Positions on a team that are verbs too (`to forward the letter`, `to batter the door`).
_POSITIONS_ALSO_VERBS = frozenset({"forward", "batter"})


def _job_read_as_a_verb(t: Token) -> bool:
    """`"…," harbourmaster Colin Reed told the court`: a job in small letters (models/
    role_nouns.txt) the tagger made a present-tense verb, right after the quote's close, or set
    off by a comma after a description the parser hung it on (`Her colleague, engineer John
    Smith, said`)."""
    before = _job_made_a_verb(t, lexicon().role_nouns)
    # (The apposition is the parser's own word that the job names the description's person.)
    return before is not None and (before.is_quote or before.text == "," and t.dep_ == "appos")


def _job_made_a_verb(t: Token, jobs: frozenset[str]) -> Token | None:
    """The word before ``t`` when ``t`` is one of ``jobs`` in small letters that the tagger
    made a present-tense verb; else None."""
    if t.i == 0 or t.tag_ not in ("VBP", "VB") or not t.is_lower or t.lower_ not in jobs:
        return None
    return t.doc[t.i - 1]


def _joins_title(doc: Doc, i: int, toks: list[Token], start: int) -> bool:
    """Whether `of`, `for`, `on`, `and` at token ``i`` joins the words of the title ``toks``
    after it to the words before it, for the name at token ``start``."""
    t = doc[i]
    before, after = doc[i - 1], toks[1] if toks[0].lower_ == "the" and len(toks) > 1 else toks[0]
    joins = before.pos_ in ("PROPN", "NOUN", "ADJ") and after.pos_ in ("PROPN", "NOUN", "ADJ")
    joins = joins or (before.pos_ == "NOUN" and _field_read_as_a_verb(doc, after.i))
    # (`Nakuru County CECM for Water X`: a post's letters, which the tagger may read as a verb.)
    joins = joins or (is_post_by_its_letters(before) and after.pos_ in ("PROPN", "NOUN", "ADJ"))
    # `Secretary of State Hillary Clinton`: `of` inside a title in capitals; in small
    # letters only right after a role noun (`former secretary of state Ann Cole`).
    capitals = capitalised(before.text) and capitalised(after.text)
    # (`spokesperson for health Wes Tamihana`: a job's field in small letters before the name.)
    # (`executive for trade Dr Ana Ruiz`: the field stands before the form of address.)
    name = start
    while name - 1 > i and is_honorific(doc[name - 1]):
        name -= 1
    field = i == name - 2 and bool(job_of_a_field_before(doc[name]))
    field = field or (i == name - 4 and _two_fields_before(doc, name))
    # (`Opposition spokesman on national security X`: a field of an adjective and its noun.)
    adjective_field = i == name - 3 and _field_with_its_adjective(doc[name - 2], doc[name - 1])
    field = field or (adjective_field and before.is_lower and is_role_noun(before))
    # (`opposition assemblyman for Pulau Betong X`: a seat in capitals after its holder in small
    # letters, as `MP for Bath` is in capitals.)
    seat = t.lower_ == "for" and before.lower_ in lexicon().seat_holders and capitalised(after.text)
    if _joiner_stops(t, before, capitals) and not (field or seat):
        return False
    # (`President Xi Jinping and Secretary of State John Kerry`: two titles; but a title the
    # tagger took into a person's name, `Gauteng MEC` + `for Health`, is still a title.)
    # (`Law and Justice Minister`: a brief's word the tagger took for a person's name.)
    person = before.ent_type_ == "PERSON" and not is_role_noun(before)
    person = person and not listed_portfolio([before, t, *toks])
    return joins and not (t.lower_ != "of" and person)


def _two_fields_before(doc: Doc, start: int) -> bool:
    """`State exco for infrastructure and transport Ana Ruiz`, `spokesperson for health and
    housing X`: a job in small letters, its `for`, and two fields joined by `and` before a name."""
    if start < 5 or doc[start - 2].lower_ != "and":
        return False
    job = doc[start - 5]
    fields = _joins_two_fields(list(doc[start - 4 : start]), 2)
    return fields and job.is_lower and job.lower_ in lexicon().role_nouns


def _portfolio_comma(doc: Doc, i: int, toks: list[Token]) -> bool:
    """A comma inside a portfolio listed before a title's noun (`Agriculture, Forestry and
    Fisheries Minister`) or after its `of` (`Minister of Youth, Sports and Community Empowerment`)."""
    if doc[i].text != "," or i < 1:
        return False
    # (`Minister of Science, Energy, Telecommunications and Transport`: back past the words listed.)
    k = i
    while k >= 5 and doc[k - 2].text == "," and capitalised(doc[k - 1].text):
        k -= 2
    after_of = k >= 3 and doc[k - 2].lower_ in ("of", "for") and is_role_noun(doc[k - 3])
    if not _first_part_a_brief(doc, k):
        return False
    # (`Member for Water, Roads and Public Works Ms X`: a form of address before the name is
    # no word of the portfolio.)
    while toks and is_honorific(toks[-1]):
        toks = toks[:-1]
    words = [doc[i - 1], doc[i], *toks]
    return listed_portfolio(words) or after_of and _long_portfolio(words)


def _first_part_a_brief(doc: Doc, comma: int) -> bool:
    """Whether the words in capitals before a portfolio list's first comma are all a brief's
    (`Local Government, Housing and Public Works Minister`), no other name the list comes after:
    `rehabilitate the Morton Jaffray Water Treatment Works, Local Government and Public Works
    Minister X has said` set the works' name before the title, which is no part of it."""
    start = comma - 1
    while start > 0 and doc[start - 1].is_alpha and capitalised(doc[start - 1].text):
        start -= 1
    brief_words = lexicon().brief_words
    return all(t.lower_ in brief_words or is_rank_word(t) for t in doc[start : comma - 1])


def _sentence_start_inside_a_title(doc: Doc, i: int) -> bool:
    """`Interior` + `Cabinet Secretary X`: a sentence the parser starts right after a word in
    capitals on the same line, with no stop between, is none (after a caption in capitals it
    may cut a title so), nor one it starts after a body's short form in brackets (`… Exporters
    Association (HGMEA)` + `President X`)."""
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text == ")":
        return _past_brackets(doc, i - 1, True) >= 0
    return before is not None and before.is_alpha and capitalised(before.text)


def _joiner_stops(t: Token, before: Token, capitals: bool) -> bool:
    """Whether `of`, `for` or `on` ends a title run rather than joining its words: `of` joins
    in capitals, or in small letters right after a role noun (`former secretary of state Ann
    Cole`); `for` in capitals only; `on` in capitals right after a title word, before the brief
    it covers (`Opposition Spokesman on National Security X`)."""
    if t.lower_ == "on":
        return not (capitals and is_role_noun(before))
    after_role = t.lower_ == "of" and is_role_noun(before)
    return t.lower_ in ("of", "for") and not (capitals or after_role)


def _title_word(describer: Describer, t: Token) -> bool:
    """A word a title may hold: a noun, a name, an adjective, a title, a hyphen, or a body's
    short form the tagger took for a verb (`BMRCL managing director`), or a post by its letters
    it took for one (`Delhi DCP Anil Mehta`, `DCP` tagged a preposition or a verb)."""
    if t.pos_ in ("PROPN", "NOUN", "ADJ") or is_title(t) or t.tag_ == "HYPH" or is_post_by_its_letters(t):
        return True
    if t.is_lower and t.lower_ in lexicon().title_positions:
        return True  # (`junior forward`, `forward` read as an adverb)
    return t.is_upper and t.is_alpha and t.lower_ in describer.org_names


def _without_opening_joiners(toks: list[Token]) -> list[Token]:
    """A title run without the joining words, articles and possessives it opens with."""
    while toks and (toks[0].lower_ in ("of", "for", "and", "&") or toks[0].text in POSSESSIVES):
        toks = toks[1:]
    while toks and (toks[0].lower_ in DETERMINERS or toks[0].lower_ in _POSSESSIVE_PRONOUNS):
        toks = toks[1:]
    return toks


def _the_in_title_of(doc: Doc, i: int, toks: list[Token]) -> bool:
    """Whether token ``i`` is the `the` of a title in capitals with `of the` in it (`Leader of
    the Opposition`, `Speaker of the House`), or a portfolio's `for the` (`Minister for the
    Environment`, `Minister for Sustainability and the Environment`, `Minister of State for the
    Environment`), before the capitalised word ``toks`` opens with."""
    if doc[i].lower_ != "the" or not toks or not capitalised(toks[0].text) or i < 2:
        return False
    k = i - 1
    # (Back past the brief's words listed before its `and the …`.)
    if doc[k].lower_ == "and":
        k -= 1
        while k > 1 and capitalised(doc[k].text) and doc[k].lower_ in lexicon().brief_words:
            k -= 1
        if k == i - 2 or doc[k].lower_ != "for":
            return False
    office = k - 1
    # (`Minister of State for the Environment`, `Secretary of State for the Home Department`.)
    of_state = office >= 2 and doc[office].text == "State" and doc[office - 1].lower_ == "of"
    if doc[k].lower_ == "for" and of_state:
        office -= 2
    if doc[k].lower_ == "to":
        return _office_a_staff_job_is_to(doc, k, toks)
    return doc[k].lower_ in ("of", "for") and capitalised(doc[office].text) and is_role_noun(doc[office])


def _to_the_office(doc: Doc, k: int, toks: list[Token]) -> bool:
    """Whether the `to` at ``k`` joins a job to `the` office in full ``toks`` opens with, or an
    envoy to the country ``toks`` opens with, tagged a place, that takes no `the` (`Ambassador to
    Japan Ann Cole`; a person's title takes it: `to President Ann Cole` names the president)."""
    if doc[k].lower_ != "to" or not toks:
        return False
    if country_sent_to(toks[0]):
        return _office_a_staff_job_is_to(doc, k, toks)
    return len(toks) > 1 and toks[0].lower_ == "the" and _office_a_staff_job_is_to(doc, k, toks[1:])


def _office_a_staff_job_is_to(doc: Doc, k: int, toks: list[Token]) -> bool:
    """`Press Secretary to the President Ann Cole`, `Chief of Staff to the Premier X`: a job in
    capitals `to the` office in full (no name of its holder between) is one title, held by the
    one named after it (`to President Ann Cole`, with no `the`, names the president)."""
    job = doc[k - 1]
    if k >= 3 and doc[k - 2].lower_ == "of" and capitalised(job.text):
        job = doc[k - 3]  # (`Chief of Staff to the Premier X`, `Director of Communications to the …`)
    office = title_word(toks[0].text) in lexicon().office_titles and toks[0].is_title
    # (`Ambassador to the United States Ann Cole`: the country an envoy is sent to, tagged a place.)
    # (`Ambassador to France Amina Bello`, the country tagged with the name a body: one the lists know.)
    country = toks[0].ent_type_ in _PLACE or country_sent_to(toks[0])
    office = office or (country and is_envoys_title(job))
    # (`Secretary to the Cabinet X`, `Secretary to the Government of the Federation X`: a body served.)
    office = office or _body_served(toks[:2])
    return k >= 1 and office and capitalised(job.text) and is_role_noun(job)


def the_inside_a_name(doc: Doc, i: int, toks: list[Token]) -> bool:
    """Whether token ``i`` is a small `the` inside a name in capitals (`Unite the Union`, `Meet
    the Press`), with a proper noun in capitals opening ``toks`` after it and a word in capitals
    before it that is no person, place, date or title (`said Monday the Labour leader`)."""
    if doc[i].text != "the" or i < 1 or not toks or toks[0].pos_ != "PROPN" or not capitalised(toks[0].text):
        return False
    before = doc[i - 1]
    # (`Save the Children country director X`: a name opening with a verb's bare form, which the
    # tagger took with its `the` for a person's name; a person's `the` follows a name, `Alfred
    # the Great`.)
    tagged_a_person = before.ent_type_ == "PERSON" and before.tag_ == "VB" and doc[i].ent_iob_ == "I"
    return (
        before.is_title
        and before.is_alpha
        and before.pos_ in ("PROPN", "NOUN", "VERB", "ADJ")  # (not `As the Hollywood columnist`)
        and (before.ent_type_ not in _NOT_A_NAME_BEFORE_THE or tagged_a_person)
        and not is_role_noun(before)
        and not is_title(before)
    )


def _participle_in_a_title(t: Token, toks: list[Token]) -> bool:
    """`ICC Presiding Judge X`, `Visiting Professor X`: a participle in capitals that the tagger
    made a verb, inside the sentence, right before a title's word in capitals, is the title's
    first word (`Addressing Judge X` opening a sentence is a verb of its own)."""
    if not toks or t.tag_ != "VBG" or not t.is_title or t.is_sent_start or len(t) < 5:
        return False
    return toks[0].is_title and is_role_noun(toks[0])


def _inside_title(t: Token, toks: list[Token], start: int) -> bool:
    """A word of a title the tagger did not make a noun: a modifier of a later title word
    (`shadow` in `shadow health secretary`), or a small word between hyphens (`in` of
    `Editor-in-Chief`)."""
    if not toks or not t.is_alpha:
        return False
    hyphenated = toks[0].tag_ == "HYPH" and t.i > 0 and t.doc[t.i - 1].tag_ == "HYPH"
    # (`Blues head coach X`: a role noun in small letters the tagger made a verb before another.)
    verbed_role = t.is_lower and t.pos_ == "VERB" and is_role_noun(t) and is_role_noun(toks[0])
    # (`Newly appointed Transport Cabinet Secretary X`: when one took the office, no word of it.)
    when_taken = t.tag_ == "VBN" and any(c.dep_ == "advmod" and c.i < t.i for c in t.children)
    modifier = t.dep_ in ("compound", "amod") and t.i < t.head.i < start and not when_taken
    # (`Munster out-half X`: the first part of a position written with a hyphen, `out` an adverb.)
    opens_a_role = toks[0].text == "-" and not t.whitespace_ and _hyphened_role(hyphenated_word_end(t))
    return hyphenated or verbed_role or modifier or opens_a_role


# --- a role and the organisation standing apart in it ---------------------------------


def _role_and_organization(
    describer: Describer, toks: list[Token], singular: bool = False
) -> tuple[str, str]:
    """Split a title or an apposition into its role and the organisation standing apart in it
    (`Senate Minority Whip` → Minority Whip / Senate, `State Department’s spokesman` →
    spokesman / State Department, `Clinton campaign manager` → manager / Clinton campaign,
    `former FBI Director` → former Director / FBI)."""
    doc = describer.doc
    toks = _before_an_occasion(_without_address(doc, toks))
    its = next((t for t in toks[:2] if t.lower_ == "its"), None)
    owner_pronoun = next((t for t in toks[:2] if t.lower_ in ("his", "her", "their")), None)
    toks = _role_words(toks)
    if not toks:
        return "", ""
    if owner_pronoun is not None and any(t.lower_ == "campaign" for t in toks[:-1]):
        return _own_campaign_role(describer, toks, owner_pronoun)
    council = _council_apart(doc, toks, singular)
    if council is not None:
        return council
    words, owned = toks, _owned_by_a_person(describer, toks) or _owned_by_a_noun(toks)
    toks, organization = _side_of_a_league(describer, *_organization_apart(describer, toks, its))
    toks, organization = _company_form_to_its_body(toks, organization)
    role = _without_the_office_holder(describer, _role_words(_without_residence(toks)))
    if organization and _trade_for_a_body(role):
        # `a Labour pollster for Redfield Analytics`: the party says which side, the body
        # after `for` who employs them (ROLES.md keeps `Republican pollster` as the role).
        whole = _role_words(_without_residence(words))
        employer = _organization_within(describer, whole)
        if employer:
            role, organization = whole, employer
    if _judgement(doc, _without_praise(role)):
        return "", ""
    for step in (_staff_in_a_body, _persons_campaign, _body_before_its_spokesperson, _body_beside_the_job):
        if not organization:
            role, organization = step(describer, role)
    if not organization:
        organization = _organization_within(describer, role)
    role, organization = _body_from_the_story(describer, role, organization, words, owned)
    if not organization and owner_pronoun is not None and _campaign_job(describer, role):
        # `her senior policy adviser, Jake Sullivan`: on the campaign of the person she is.
        organization = describer.campaign_of(owner_pronoun.idx)
    return _role_through_its_body(doc, role, singular, _unless_no_business(role, organization))


def _company_form_to_its_body(role: list[Token], organization: str) -> tuple[list[Token], str]:
    """`Sony Group Corp. Chief Executive X`: a company's short form the body's name was read up
    to (it closes on a body's noun, `Group`) opening the role is the name's last word, not the
    job's (before role *Corp. Chief Executive*, organisation *Sony Group*)."""
    if not role or role[0].text not in COMPANY_FORMS or not organization:
        return role, organization
    if not role[0].doc.text[: role[0].idx].rstrip().endswith(organization):
        return role, organization
    return role[1:], f"{organization} {role[0].text}"


def _body_from_the_story(
    describer: Describer, role: list[Token], organization: str, words: list[Token], owned: bool
) -> tuple[list[Token], str]:
    """``role`` and ``organization`` (see _role_and_organization) with the body the story
    around them gives a role whose words name none: the body named before that a spokesperson,
    a body's staff or a police rank serves, one a placing finds, or the story's own body; the
    body the sentence before names for a unit's head. A role owned by a person or a noun
    (``owned``) takes no body named before (``words``: the role's words as written)."""
    if not organization and role and _speaks_for_a_body(role) and not owned:
        # `The Treasury said … “…,” a spokeswoman said`: one speaks for the body the story
        # has just named (ROLES.md: the adjacent sentence ties them).
        organization = describer.org_before(role[0].idx, False)
        if organization.islower() and organization not in described_bodies(describer.context):
            # (`Uganda's health ministry said`, `health ministry` tagged a body: words in small
            # letters the who layer keeps for no name, which the sentence before describes.)
            organization = ""
    spokes = _speaks_or_acts_for_a_body(describer, role) if role else False
    police = bool(role) and role[-1].lower_ in lexicon().police_ranks
    police = police and not _post_alone(role) and not _post_of_a_tier(role) and not _heads_a_department(role)
    if role and _heads_a_unit(describer, role):
        # (`Head of Health Protection Dr X`: the unit, tagged a body with the honorific, is none.)
        organization = _body_subject_before(describer, role[0]) or organization
    if not organization and role and (_job_in_a_body(role, words) or spokes or police) and not owned:
        # (`The Treasury said …` closing one paragraph, `a spokeswoman said` in the next; not
        # `Trump spokesperson`, whose words say whom they speak for. A police rank goes only
        # with a police force: `Cumbria Police have declared … Chief Constable X said`.)
        role, organization = _staff_of_a_body_before(describer, role, police)
    for placing in _PLACINGS:
        if not organization and role:
            organization = placing(describer, role)
    if not organization and role and not owned:
        organization = _post_of_the_story_body(describer, role, words)
    return role, organization


def _without_the_office_holder(describer: Describer, role: list[Token]) -> list[Token]:
    """`spokesperson for Mayor Ana Ruiz` → `spokesperson`: the job alone (see
    _office_holder_served)."""
    served = _office_holder_served(describer, role)
    return role[:served] if served else role


def _office_holder_served(describer: Describer, role: list[Token]) -> int:
    """Where a job's `for`/`to` stands before an office in full and its holder's name, closing
    the role (`spokesperson for Mayor Ana Ruiz`, `press secretary to Health Minister Tom
    Hale`): the holder is a person, not a body, and the job is the role; 0 if none. A bare name
    stays (`spokesman for Ann Cole`), as does a body opened by a title's word (`Premier League`)."""
    for k, prep in enumerate(role[1:-1], start=1):
        if prep.lower_ not in ("for", "to"):
            continue
        rest = role[k + 1 :]
        # (`spokesman for Ontario Premier Doug Ford`, tagged one body: the role stops at the
        # place the parser made the object; the tagged whole runs on to the holder.)
        tagged = entity_at(describer.doc, rest[-1]) if rest[-1].ent_type_ == "ORG" else None
        if tagged is not None and tagged.end > rest[-1].i + 1:
            rest = rest + list(describer.doc[rest[-1].i + 1 : tagged.end])
        title = _office_before_its_holder(rest)
        name = rest[title + 1 :]
        written = all(t.is_title and t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in name)
        if title < 0 or not name or not written:
            return 0
        if not all(t.is_title or t.lower_ in NAME_JOINERS for t in rest[:title]):
            return 0
        holder = describer.is_person(name[-1]) or known_given_name(name[0].lower_)
        return k if holder and not _is_org_noun(name[-1]) else 0
    return 0


def _office_before_its_holder(words: list[Token]) -> int:
    """The last word of the office before a holder's name in ``words``: the one before the
    name the tagger marked a person (`Secretary of State John Kerry`), else the last office
    title in full (`Mayor Ana Ruiz`, untagged); -1 if none."""
    offices = lexicon().office_titles
    last = words[-1]
    if last.ent_type_ == "PERSON":
        opening = next((j for j, t in enumerate(words) if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), -1)
        # (`Opposition Leader Peter Dutton`: a job in capitals right before the tagged name is
        # the office too, though `Leader` alone is no title in full.)
        job = opening > 0 and words[opening - 1].is_title and is_role_noun(words[opening - 1])
        if opening > 0 and (job or any(title_word(t.text) in offices for t in words[:opening])):
            return opening - 1
    return max((j for j, t in enumerate(words) if title_word(t.text) in offices and t.is_title), default=-1)


def _unless_no_business(role: list[Token], organization: str) -> str:
    """`The Magistrates Court heard … A company spokeswoman said`: a job a business noun in
    small letters opens (`company`, `firm`) is in a business, never a body of a kind no business
    is (models/no_business_bodies.txt: a court, a union) that the story named just before."""
    lex = lexicon()
    business = len(role) >= 2 and role[0].is_lower and role[0].lower_ in lex.generic_business_nouns
    no_business = bool(organization) and organization.split()[-1].lower() in lex.no_business_bodies
    return "" if business and no_business else organization


def _side_of_a_league(describer: Describer, toks: list[Token], organization: str) -> tuple[list[Token], str]:
    """`as the Serie A club sacked coach X`: a league's name and a side's noun before a job name no
    body (models/competitions.txt); the side the story's `the club` means is the job's, if any."""
    words = organization.lower().split()
    competition = lexicon().competition_words
    if len(words) < 2 or words[-1] not in ("club", "side", "team") or not set(words[:-1]) & competition:
        return toks, organization
    return toks, describer.org_for_noun(words[-1], toks[0].idx if toks else 0)


def _own_campaign_role(describer: Describer, toks: list[Token], owner_pronoun: Token) -> tuple[str, str]:
    """`Her campaign manager, Robby Mook`: the campaign of the person she is; `her campaign’s
    spokesman`: the role after the campaign's possessive."""
    role = _role_words(_without_residence(toks))
    cut = next((n for n, t in enumerate(role) if t.text in POSSESSIVES), -1)
    return text_of(describer.doc, role[cut + 1 :]), describer.campaign_of(owner_pronoun.idx)


def _council_apart(doc: Doc, toks: list[Token], singular: bool) -> tuple[str, str] | None:
    """`City of Sydney chief executive`: a local government's name opening a role in small
    letters (``_council_opening``) is the body standing apart from it, no place; None if none."""
    council = _council_opening(toks)
    if 0 < council < len(toks) and all(t.is_lower for t in toks[council:]) and is_role_noun(toks[-1]):
        return _role_through_its_body(doc, toks[council:], singular, text_of(doc, toks[:council]))
    return None


def _council_opening(toks: list[Token]) -> int:
    """How many of ``toks`` a local government's name opening them takes: a word in capitals for
    a place's own government (place_words.txt, kind `council`), `of`, and the place's name in
    capitals (`the City of Johannesburg's`, `Shire of Esperance`), whatever the tagger calls it
    (mostly a place); 0 when they open on none."""
    lex = lexicon()
    if len(toks) < 3 or not capitalised(toks[0].text) or toks[0].lower_ not in lex.council_words:
        return 0
    if toks[1].lower_ != "of":
        return 0
    k = 2
    while k < len(toks) and toks[k].pos_ == "PROPN" and capitalised(toks[k].text):
        if is_role_noun(toks[k]) or is_title(toks[k]):
            break
        k += 1
    return k if k > 2 else 0


def _role_through_its_body(doc: Doc, role: list[Token], singular: bool, organization: str) -> tuple[str, str]:
    """`spokesperson for the Department for Environment, Food and Rural Affairs`: a role that
    ends inside its body's name, cut at a comma of that name (or at a plural's apostrophe,
    `organiser for the Transport Workers’ Union`), runs on to the name's end rather than show a
    name the article never gave. A bare member's role with no body is none."""
    if not organization and bare_member(role):
        return "", ""
    text = _role_text(role, singular)
    # (`Secretary for Health Dr Vivian Cheung`: the name's form of address, which the parser ran
    # into the portfolio's name, is no word the role runs on to.)
    named = _without_a_names_address(organization)
    if not role or not named or text.endswith(named):
        return text, organization
    end = role[-1].idx + len(role[-1].text)
    for cut in range(len(named) - 1, 2, -1):
        rest, opening = named[cut:], named[:cut]
        if not text.endswith(opening) or not doc.text.startswith(rest, end):
            continue
        if len(text) == len(opening) or text[-len(opening) - 1] == " ":
            return text + rest, organization
    return text, organization


def _without_a_names_address(organization: str) -> str:
    """A body's name read up to a form of address opening the person's name after it (`Health
    Dr`, `Health Professor`), without the address."""
    head, _, last = organization.rpartition(" ")
    address = last.lower().rstrip(".") in _NAMES_ADDRESSES or last == "Professor"
    return head if head and address else organization


# The forms of address a name may open on that the parser runs into the office before it.
_NAMES_ADDRESSES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof"})


def bare_member(role: list[Token]) -> bool:
    """`Long-time member X`, `one member said`: a member of no body or board the words name
    holds no post (a club's or a party's rank and file, as a supporter; ROLES.md)."""
    if not role or role[-1].lemma_.lower() != "member":
        return False
    doc = role[0].doc
    # (`Long-time`: a noun inside a hyphened word is an adjective's part.)
    hyphened = {t.i + d for t in role if t.tag_ == "HYPH" for d in (-1, 1)}
    # (`several hon. members`, `the right hon. member`: a word of courtesy in small letters,
    # models/courtesy_epithets.txt, is an address as `honourable` is, though tagged a name.)
    modifying = hyphened | {t.i for t in role if t.is_lower and t.lower_ in lexicon().courtesy_words}
    return all(t.pos_ in ("ADJ", "ADV", "NUM", "PUNCT", "DET") or t.i in modifying for t in role[:-1]) and (
        doc[role[-1].i - 1].tag_ != "HYPH"
    )



def _body_the_sentence_opens_at(describer: Describer, role: list[Token]) -> str:
    """`At Harbour Foods on Main Street, manager Luis Ortega said`: a sentence that opens at a
    body (a name tagged so) places there the person whose job comes right after the comma."""
    doc = describer.doc
    first = role[0].i
    while first > 0 and doc[first - 1].lower_ in DETERMINERS:
        first -= 1
    if first == 0 or doc[first - 1].text != ",":
        return ""
    opener = doc[role[0].sent.start]
    while opener.is_space or opener.is_punct:
        opener = doc[opener.i + 1]
    if opener.lower_ != "at" or opener.dep_ != "prep" or opener.i >= first:
        return ""
    obj = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ != "ORG" or obj.i >= first - 1:
        return ""
    start = obj.i
    while start > opener.i + 1 and doc[start].ent_iob_ == "I":
        start -= 1
    return org_text(describer.context, doc[start : obj.i + 1])


def _body_met(describer: Describer, role: list[Token]) -> str:
    """`At a meeting of the Board of Guardians on Tuesday, the chairman, Mr. X, said`: one who
    presides at or minutes a meeting (models/member_jobs.txt, kind `meeting`) is an officer of
    the body the meeting is of, named in the role's sentence before it or in the sentence before
    (`A meeting of the Harbour Trust was held … The chairman said`), when that is one body."""
    if len(role) > 3 or _post_word(role[-1]) not in lexicon().meeting_officers:
        return ""
    names = set[str]()
    for t in _sentence_before_and_up_to(role[0]):
        if t.lemma_.lower() not in _MEETINGS or t.pos_ != "NOUN":
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            body = next((entity_at(describer.doc, c) for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.label_ == "ORG":
                names.add(org_text(describer.context, body))
    return names.pop() if len(names) == 1 else ""


# The posts that chair a body, and the nouns for a body of members a chair presides over
# (general English, by hand).
_CHAIR_POSTS = frozenset({"chairman", "chairwoman", "chairperson", "chair"})
_PANELS = frozenset({"committee", "subcommittee", "panel", "commission"})


def _panel_its_chair_speaks_of(describer: Describer, role: list[Token]) -> str:
    """`Chairman Tom Baker said the panel would report in May`: a chair with no body of their
    own, whose own sentence speaks of `the committee` or `the panel` outside quotes, chairs the
    one body the article names that the noun stands for (ROLES.md 5: the words beside tie
    them, noted as inferred); two such bodies in the sentence leave it open."""
    if len(role) > 2 or _post_word(role[-1]) not in _CHAIR_POSTS:
        return ""
    doc, names = describer.doc, set[str]()
    for t in role[-1].sent:
        panel = t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in _PANELS
        if not panel or not describer.outside[t.i]:
            continue
        if t.i == 0 or doc[t.i - 1].lower_ != "the":
            continue
        # (News calls a committee `the panel` too: `the panel` stands for the committee named.)
        nouns = ("panel", "committee") if t.lemma_.lower() == "panel" else (t.lemma_.lower(),)
        named = next((n for noun in nouns if (n := describer.org_for_noun(noun, t.idx))), "")
        if named:
            names.add(named)
    return names.pop() if len(names) == 1 else ""


def _body_that_placed(describer: Describer, role: list[Token]) -> str:
    """`Harbour United have sacked head coach Ana Ruiz`: the body, the subject of a verb of
    hiring or firing, whose post the person it acts on holds (or held); else ""."""
    person = role[-1]
    while person.dep_ == "compound" and person.head.i > person.i:
        person = person.head
    if person.dep_ == "appos":
        person = person.head  # `sacked its head coach, Ana Ruiz,`
    verb = person.head
    placing = verb.lemma_.lower() in lexicon().placing_verbs
    if person.dep_ != "dobj" or not placing or not describer.outside[verb.i]:
        return ""
    for subject in verb.children:
        # (`Trump recently hired Paul Manafort`, `Trump` tagged a body: a person hires for
        # no body the words name.)
        if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or describer.is_person(subject):
            continue
        ent = entity_at(describer.doc, subject)
        if ent is not None and ent.label_ == "ORG":
            return org_text(describer.context, ent)
        return _untagged_body(describer, subject)
    return ""


def _court_sat_in(describer: Describer, role: list[Token]) -> str:
    """`Judge Orla Crowe told Dublin Circuit Criminal Court`, `Judge X said at Leeds Crown Court`,
    `Sitting at Cork District Court, Judge X said`: a judge's body is the court their own clause
    names where they speak (ROLES.md 5's `at`); not a barrister's, who speaks to a court and works
    for a client, nor a prosecutor's."""
    lex = lexicon()
    post = _post_word(role[-1])
    if post not in lex.court_posts or post in lex.prosecuting_posts:
        return ""
    person = role[-1]
    while person.dep_ in ("compound", "appos") and person.head.i != person.i:
        person = person.head
    verb = person.head
    if person.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return ""
    places = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    fronted = [a for a in verb.children if a.dep_ == "advcl" and a.i < person.i]  # `Sitting at …,`
    for prep in (c for head in (verb, *fronted) for c in head.children if c.dep_ == "prep"):
        if prep.lower_ in ("at", "in", "to", "before"):
            places += [c for c in prep.children if c.dep_ == "pobj"]
    for place in places:
        ent = entity_at(describer.doc, place)
        name = org_text(describer.context, ent) if ent is not None and ent.label_ in ("ORG", "FAC") else ""
        if court := _court_for_a_court_post(role, name):  # (a court by its words, as a judge's body must be)
            return court
    return ""


def political_trade(role: str) -> bool:
    """Whether ``role`` is a political trade (`Democratic pollster`, `GOP strategist`)."""
    words = role.lower().split()
    return bool(words) and words[-1] in lexicon().political_trades


def _trade_for_a_body(role: list[Token]) -> bool:
    """A political trade done for a body named after it (`pollster for X`, `strategist at Y`)."""
    for t in role:
        after = t.nbor().lower_ if t.i + 1 < len(t.doc) else ""
        if t.lemma_.lower() in lexicon().political_trades and after in ("for", "at", "with"):
            return True
    return False


def _campaign_job(describer: Describer, role: list[Token]) -> bool:
    """A job on a person's campaign (`spokeswoman`, `senior adviser`), now held, in a story
    about a campaign."""
    if not role or any(t.lower_ in lexicon().time_modifiers for t in role):
        return False
    return role[-1].lemma_.lower() in lexicon().campaign_advisers and describer.campaign_story()


def _staff_in_a_body(describer: Describer, role: list[Token]) -> tuple[list[Token], str]:
    """`senior adviser to Obama in the White House`: one who serves a person in a body named
    after them is of that body, and the role stops before `to` (ROLES.md: `former senior
    adviser` / White House); `ambassador to Japan`, `adviser to the minister` stay whole."""
    doc = describer.doc
    for n, to in enumerate(role):
        if n == 0 or to.lower_ != "to" or to.dep_ != "prep":
            continue
        people = [o for o in to.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and describer.is_person(o)]
        if not people:
            continue
        for prep in [*people[0].children, *to.head.children, *to.head.head.children]:
            # (`in the White House` hangs on the name, the role or the clause's verb.)
            # (Right after the name: `aide to Clinton and vice president at Third Way` is two posts.)
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or prep.i != people[0].i + 1:
                continue
            body = proper_object(doc, prep)
            if body is None or body.label_ in NOT_ORG or describer.is_person(body[-1]):
                continue
            text = org_text(describer.context, body)
            named = (
                body.label_ in ("ORG", "FAC") or text.lower() in describer.org_names or _is_org_noun(body[-1])
            )
            if text and named and not (body.label_ in _PLACE and not _is_org_noun(body[-1])):
                return role[:n], text
    return role, ""


def _body_beside_the_job(describer: Describer, role: list[Token]) -> tuple[list[Token], str]:
    """`A spokeswoman for the developer, Meriton Group, said`, the parser hanging the name on the
    job, not the noun: a body's name set off by commas right after a noun for a body or a
    business is that body still (as _body_named_beside_its_noun reads it when the parser hangs
    the name on the noun), unless it reads as a person's name (hers); the role keeps its words."""
    doc, k = describer.doc, role[-1].i + 1
    if len(role) < 3 or not kind_of_body_after_a_job(role[-1]) or k + 1 >= len(doc) or doc[k].text != ",":
        return role, ""
    after = doc[k + 1]
    body = entity_at(doc, after) if after.ent_iob_ == "B" and after.ent_type_ == "ORG" else None
    if body is None or not describer.outside[after.i] or reads_as_person_name(body):
        return role, ""
    if not any(t.dep_ == "appos" for t in body):
        return role, ""
    closed = body.end < len(doc) and (doc[body.end].text in (",", ")") or doc[body.end].is_sent_end)
    return role, org_text(describer.context, body) if closed else ""


def _heads_a_unit(describer: Describer, role: list[Token]) -> bool:
    """`Head of Health Protection`, `Director of Public Health`: a post over a unit named in
    capitals after `of`, no body's name (no body's noun in it, not named as a body elsewhere),
    held in the body the story is about."""
    of = next((n for n, t in enumerate(role) if t.lower_ == "of"), 0)
    unit = [t for t in role[of + 1 :] if t.lower_ not in NAME_JOINERS]
    return (
        0 < of < len(role) - 1
        and is_role_noun(role[of - 1])
        and role[of - 1].lower_ not in _PORTFOLIO_TITLES | {"commissioner"}  # (an office's portfolio)
        and bool(unit)
        and all(capitalised(t.text) and t.pos_ != "PRON" and not _is_org_noun(t) for t in unit)
        and text_of(describer.doc, role[of + 1 :]).lower() not in describer.org_names
        # (A name tagged whole inside the role is a body's: `Head of Greenpeace`; one that runs
        # on past it, into the honorific, is the tagger's slip.)
        and not any(t.ent_type_ and t.ent_iob_ == "B" and _entity_end(t) <= role[-1].i + 1 for t in unit)
    )


def _entity_end(tok: Token) -> int:
    """Where the tagged name ``tok`` opens ends."""
    k = tok.i + 1
    while k < len(tok.doc) and tok.doc[k].ent_iob_ == "I":
        k += 1
    return k


def _job_in_a_body(role: list[Token], words: list[Token]) -> bool:
    """A member's job or a post held inside a body, which the words do not name."""
    return _member_job(role) or _post_in_a_body(role, words)


def _speaks_or_acts_for_a_body(describer: Describer, role: list[Token]) -> bool:
    """One speaking for a body in small letters (`a spokeswoman`) or acting for one unnamed (`a
    senior official`), whose body an adjacent sentence may give."""
    return _speaks_for_a_body(role) and _in_small_letters(role) or _official_of_a_rank(describer, role)


def _official_of_a_rank(describer: Describer, role: list[Token]) -> bool:
    """`an official`, `a senior official`, `officials`: one who acts for a body and names none, whose
    body is the one the sentence before has speak or act (`The Ministry of Health said … “…,” a
    senior official said`, the adjacent tie of ROLES.md 5); a word of rank alone may stand before
    it, not a people's or a body's word (`a Palestinian official`, `a union official`). Not in a
    standfirst above the lede (`Officials say …` under the headline `Health Ministry urges …`):
    a headline over the story ties nobody in the lines under it."""
    if role[-1].lemma_.lower() != "official" or role[0].i < lede(describer.context).sentence:
        return False
    return all(t.lower_ in lexicon().rank_words for t in role[:-1])


def _post_in_a_body(role: list[Token], words: list[Token]) -> bool:
    """A post held inside a body (`finance director`, `presiding judge`, `a senior prosecutor`),
    that the body the sentence before has act ties to it (ROLES.md 5: an adjacent sentence),
    with no owner in the role's ``words`` to say whose post it is."""
    # (`Board of trustees chairwoman X`, the run cut at `of`: a post of the people named before
    # it, `trustees`, `governors`, is the chair of their own board, no post in another body.)
    group = len(role) == 2 and role[0].tag_ == "NNS" and lexicon().names_a_person(role[0].lemma_.lower())
    post = len(role) <= 2 and _post_word(role[-1]) in lexicon().house_posts or _heads_a_department(role)
    return post and not _owned(words) and not group


def _heads_a_department(role: list[Token]) -> bool:
    """`operations leader`, `compliance officer`: a post over a department a word of a body's
    department opens is held in a body, the one an adjacent sentence has act (ROLES.md 5), where
    `leader` or `officer` alone is no post of any body's (models/member_jobs.txt, kind `department`)."""
    lex = lexicon()
    if len(role) == 3 and role[1].lower_ == "of" and role[0].lower_ in lex.department_heads:
        # (`the head of safety`, in small letters: a department's head; `head of state` is none.)
        return role[2].is_lower and role[2].lower_ in lex.departments and role[2].lower_ not in lex.portfolios
    heads = len(role) == 2 and role[1].lemma_.lower() in lex.department_heads
    return heads and role[0].lower_ in lex.department_only


def _post_word(tok: Token) -> str:
    """A post's word as the lists hold it: its lemma, and a proper noun's plural the lemmatiser
    kept whole made one (`a bench of Justices Ana Ruiz and Tom Hale`: each a justice)."""
    lemma = tok.lemma_.lower()
    plural = tok.tag_ == "NNPS" and lemma == tok.lower_ and lemma.endswith("s")
    return lemma[:-1] if plural and lemma[:-1] in lexicon().office_titles else lemma


def _post_alone(role: list[Token]) -> bool:
    """A post held in a body standing alone as the whole role: `Commissioner X` is a post in the
    body that just acted, a commission's as well as a police force's (`The Competition Commission
    has fined … Commissioner X said`), where `Assistant Commissioner` is a police rank only."""
    return len(role) == 1 and _post_word(role[0]) in lexicon().house_posts


def _post_of_a_tier(role: list[Token]) -> bool:
    """`municipal commissioner`, `county commissioner`: a post a tier of government qualifies is
    held in that government's body (`The Pune Municipal Corporation will demolish … municipal
    commissioner X said`), not a police rank, which no tier's word opens."""
    levels = lexicon().government_levels
    return len(role) == 2 and role[0].lower_ in levels and _post_word(role[1]) in lexicon().house_posts


def _owned(words: list[Token]) -> bool:
    """Whether a possessive owns a role's words (`The appeal’s chairwoman`, `its director`): the
    owner says whose post it is, not the sentence before."""
    return any(t.text in POSSESSIVES or t.lower_ in _POSSESSIVE_PRONOUNS for t in words)


def _member_job(role: list[Token]) -> bool:
    """A job held in a body that the words do not name (`Band member`, `frontman`, `staffer`)."""
    return len(role) <= 2 and role[-1].lemma_.lower() in lexicon().member_jobs


def _owned_by_a_person(describer: Describer, toks: list[Token]) -> bool:
    """`Khumalo's spokesperson`, `a spokesperson for Mayor Ana Ruiz`: a job a person's
    possessive owns, or one for an office-holder, is on that person's staff, so no body the
    story named before is its organisation."""
    owner = any(
        t.text in POSSESSIVES and k > 0 and describer.is_person(toks[k - 1]) for k, t in enumerate(toks)
    )
    return owner or _office_holder_served(describer, toks) > 0


def _owned_by_a_noun(toks: list[Token]) -> bool:
    """`the yard's chief executive`: a job a noun in small letters owns is of the body that noun
    stands for; where the article names none for it (_owner_organization gave none), the body
    the story named last may be any other (the committee she speaks to), so it is no fallback."""
    return any(
        t.text in POSSESSIVES and k > 0 and toks[k - 1].pos_ == "NOUN" and toks[k - 1].is_lower
        for k, t in enumerate(toks)
    )


def _sentences_before_and_up_to(tok: Token, count: int) -> list[Token]:
    """The words of the ``count`` sentences right before ``tok``'s (past any white space
    between) and of its own sentence before it."""
    doc, words = tok.doc, [t for t in tok.sent if t.i < tok.i]
    k = tok.sent.start - 1
    for _ in range(count):
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            break
        sent = doc[k].sent
        words = list(sent) + words
        k = sent.start - 1
    return words


# How far back a medium a reporter works for is still named with the reporter: the parser
# cuts a broadcast's date or the story's quote into sentences of their own.
_REPORTER_SENTENCES_BACK = 3


def _sentence_before_and_up_to(tok: Token) -> list[Token]:
    """The words of the sentence right before ``tok``'s (past any white space between) and of
    its own sentence before it: where a body that ties a job to it speaks or is the subject."""
    return _sentences_before_and_up_to(tok, 1)


def _body_subject_before(
    describer: Describer, tok: Token, police: bool = False, job: Token | None = None
) -> str:
    """`Harbour Lights announced a tour. Band member Ana Ruiz said …`: the body that is the
    subject in the sentence right before (ROLES.md 5, an adjacent sentence ties them), when
    it is the one body so placed; with ``police``, the one police force so placed."""
    # (`The new Harbour Lights album is nearly done, frontman Ana Ruiz said`: the body that
    # owns the subject of the sentence the job is in, before it.)
    words = _sentence_before_and_up_to(tok)
    names = _subject_bodies(describer, words, job)
    if police:
        names = {n for n in names if lexicon().police_forces & set(n.lower().split())}
    if not names and not police and not _job_with_its_own_body(tok):
        names = _bodies_called_so_before(describer, words)
    return names.pop() if len(names) == 1 else ""


def _subject_bodies(describer: Describer, words: list[Token], job: Token | None = None) -> set[str]:
    """The bodies the subjects among ``words`` name or are owned by (see _body_subject_before),
    with _FACES_ANOTHER beside one facing another party whose staff ``job`` may be."""
    doc = describer.doc
    names = set[str]()
    for t in words:
        if t.dep_ not in ("nsubj", "nsubjpass") or not describer.outside[t.i] or _paper_passing_on_words(t):
            continue
        if _paper_reporting(t):
            continue
        if _quotes_another_as_saying(t):
            continue
        # (`CalMac, which runs the ferries, said`: a word no dictionary has, read as a common noun.)
        coined_name = t.pos_ == "NOUN" and capitalised(t.text) and coined(t)
        owned = [c for c in t.children if c.dep_ in ("compound", "poss")]
        # (`Celtic have signed …`, a side's name read as an adjective: tagged a body, it is one.)
        misread = t.pos_ == "ADJ" and t.ent_type_ == "ORG" and capitalised(t.text)
        owners = [t] if t.pos_ == "PROPN" or coined_name or misread else owned
        found = set[str]()
        for owner in owners:
            ent = entity_at(doc, owner) if owner.pos_ == "PROPN" or misread else None
            # (`Mthembu said …`, the tagger calling the surname of the article's Lwazi Mthembu a
            # body: a person's name is no body.)
            surname = ent is not None and len(ent) == 1 and describer.is_person(owner)
            if ent is not None and ent.label_ == "ORG" and not surname:
                found.add(org_text(describer.context, ent))
            elif ent is not None and ent.label_ == "PERSON" and len(ent) >= 2:
                # (`Kestrel Mining will close the shaft, chief executive X said`, the company
                # tagged a person: a name the article reads as a body's is one.)
                text = org_text(describer.context, ent)
                found.add(text if text.lower() in describer.org_names else "")
            elif ent is None and (owner.pos_ == "PROPN" or owner is t and coined_name):
                found.add(
                    _untagged_body(describer, owner)
                    or _named_with_which(owner)
                    or _coined_name_speaking(describer, owner)
                )
            elif ent is not None and len(ent) == 1 and owner.lower_ not in describer.people_shown:
                # (tagged a person, though `which` follows it; a coined name tagged a place)
                found.add(_named_with_which(owner) or _coined_name_speaking(describer, owner))
        found.discard("")
        names |= found | ({_FACES_ANOTHER} if found and _faces_another_party(t, found, job) else set())
    return names


def _quotes_another_as_saying(subject: Token) -> bool:
    """`The Tribune cited the commissioner as saying`, `the paper quoted a mill manager as
    saying`: a subject passing on another's words is not the body of the one it quotes."""
    return subject.dep_ == "nsubj" and saying_under_as(subject.head).i != subject.head.i


def _paper_passing_on_words(subject: Token) -> bool:
    """`The Tribune said the commissioner told reporters: “…”`: a paper or a news agency (a
    masthead's word or an agency in its name, models/masthead_words.txt, news_agencies.txt)
    reporting a clause whose verb of saying has a subject of its own passes on that one's words;
    it is no body of theirs."""
    lex = lexicon()
    name = {w.lower_ for w in subject.subtree if w.i <= subject.i}
    if subject.dep_ != "nsubj" or not name & (lex.masthead_words | lex.news_agencies):
        return False
    return any(
        verb.dep_ == "ccomp"
        and verb.lemma_.lower() in lex.speech_verbs
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        for verb in subject.head.children
    )


# A newspaper's nouns in small letters (`the paper reported`): general English.
_PAPER_NOUNS = frozenset({"paper", "newspaper"})


def _paper_reporting(subject: Token) -> bool:
    """`The municipality denied it, the paper reported. “…,” said spokesperson X`: a paper or a
    news agency (`the paper`, a masthead's word or an agency in its name) that reports passes
    on the news; whoever speaks next speaks for the body the news is about, not for the paper
    (`The Herald said it stood by the story. A spokeswoman said …` may still be its own)."""
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() != "report":
        return False
    lex = lexicon()
    name = {w.lower_ for w in subject.subtree if w.i <= subject.i}
    return bool(subject.is_lower and subject.lemma_.lower() in _PAPER_NOUNS or name & lex.masthead_words)


def _coined_name_speaking(describer: Describer, subject: Token) -> str:
    """`Eskom said load shedding would go on.`, `Codelco said …` (tagged a place): one word in
    capitals that no dictionary has, the subject of a verb of saying, is a body's name when the
    article names no person and no place by it; a place speaks by its government (`Kenya said`)
    and its name is a dictionary's or in models/places.txt."""
    word = subject.lower_
    if subject.dep_ != "nsubj" or subject.ent_type_ not in ("", "GPE") or not capitalised(subject.text):
        return ""
    if subject.head.lemma_.lower() not in lexicon().cue_verbs or not coined(subject):
        return ""
    if any(c.dep_ == "compound" for c in subject.children) or describer.is_person(subject):
        return ""
    if word in describer.people_shown or word in lexicon().places or word in place_names(describer.context):
        return ""
    return subject.text


# What _subject_bodies adds beside a body that faces another party, so the bodies it gives are
# never one alone: which side a job in the next sentence is on is not said.
_FACES_ANOTHER = "\x00"


def _faces_another_party(subject: Token, bodies: set[str], job: Token | None) -> bool:
    """`A Holyrood committee heard …`, `The regulator fined Acme …`: a body, the subject of a verb
    by which it hears or acts against another named (models/facing_verbs.txt), faces a party whose
    staff speak next as often as its own; not a court (`Leeds Crown Court heard`), a judge's, nor
    a body whose name a job's word opens (`The Competition Commission fined …`, `Commissioner X`)."""
    verb = subject.head
    # (`fined` lemmatised `fin`: the past of a verb ending in `e` drops only its `d`.)
    forms = {verb.lemma_.lower(), verb.lower_[:-1] if verb.lower_.endswith("ed") else ""}
    if subject.dep_ != "nsubj" or not forms & lexicon().facing_verbs:
        return False
    # (`The Law Society condemned the police response. Its president said`: one acts against
    # another party only when its object names one, a proper noun.)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    party = any(w.pos_ == "PROPN" for c in objects for w in c.subtree)
    if not (party or forms & lexicon().hearing_verbs):
        return False
    words = {w for b in bodies for w in re.findall(r"\w+", b.lower())}
    own = job is not None and any(len(w) > 3 and job.lower_.startswith(w) for w in words)
    return not (own or words & lexicon().court_words)


def _local_government_beside(describer: Describer, role: list[Token]) -> str:
    """`walked out of the Greater Chennai Corporation council meeting after Mayor S. Kalaivani
    refused`: a mayor or a governor titled before a name, the one word, heads the one local
    government of the office's kind (models/local_governments.txt) the sentence names, or
    else the sentence before; none if it names two local governments."""
    doc, office = describer.doc, role[-1]
    after = doc[office.i + 1] if office.i + 1 < len(doc) else office
    heads = lexicon().local_governments
    if len(role) > 1 or not office.is_title or office.lower_ not in heads.values():
        return ""
    if after.pos_ != "PROPN" or not describer.is_person(after):
        return ""
    sent, k = office.sent, office.sent.start - 1
    for _ in range(2):
        bodies = _local_governments_in(describer, sent)
        if bodies:
            # (Two local governments in one sentence: which the office heads is not said.)
            body, head = bodies.popitem() if len(bodies) == 1 else ("", "")
            return body if head == office.lower_ else ""
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return ""
        sent, k = doc[k].sent, doc[k].sent.start - 1
    return ""


# What places the holder of a role with no body of its own in one the words around it name, in
# the order they are asked.
def _body_named_beside_its_noun(describer: Describer, role: list[Token]) -> str:
    """`A spokesperson for the developer, Vista Holdings Ltd, said`: a role closed by a job's
    preposition to its body, `the` and a common noun for a kind of body or business
    (tokens.kind_of_body_after_a_job, as _body_beside_the_job asks), with a body's name set
    beside that noun as its apposition: the name is the body the noun stands for, the
    organisation (ROLES.md 5)."""
    noun = role[-1]
    if len(role) < 4 or role[-2].lower_ != "the" or not kind_of_body_after_a_job(noun):
        return ""
    if not noun.is_lower or noun.pos_ != "NOUN":
        return ""
    for child in noun.children:
        if child.dep_ == "appos" and child.ent_type_ == "ORG" and describer.outside[child.i]:
            body = entity_at(describer.doc, child)
            if body is not None:
                return org_text(describer.context, body)
    return ""


def _body_the_job_represents(describer: Describer, role: list[Token]) -> str:
    """`Sipho Dlamini, a lawyer representing the National Union of Metalworkers,`: a job
    whose noun a participle of representing follows, its object a body's name outside quotes,
    represents that body (ROLES.md 5: the body the person works for or represents); not a
    person's or a noun's client (`a lawyer representing the family`) nor a lawmaker's seat
    (`the member representing Kano Central`, represents_a_seat). The role may hold the
    participle itself (`Counsel representing the Kenya Revenue Authority, Ms X,`)."""
    verbs = {v.i: v for t in role for v in (t, *t.children)}
    for verb in verbs.values():
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() != "represent":
            continue
        # (A lawmaker's seat, tagged a body or not, is where the member sits, no employer.)
        if represents_a_seat(verb):
            continue
        for obj in verb.children:
            body = entity_at(describer.doc, obj) if obj.dep_ == "dobj" and obj.pos_ == "PROPN" else None
            if body is not None and body.label_ == "ORG" and describer.outside[obj.i]:
                return org_text(describer.context, body)
    return ""


# A newsroom's jobs, which a medium holds (general English).
_NEWS_JOBS = frozenset({"reporter", "correspondent", "anchor", "presenter"})


def _medium_before_its_reporter(describer: Describer, role: list[Token]) -> str:
    """`… reported live on KTN's evening bulletin. Reporter Amina Otieno says:`: a reporter, a
    correspondent or an anchor, the job alone, works for the one medium (a name holding a word
    of models/news_agencies.txt or masthead_words.txt) the job's own sentence or the few right
    before it name outside quotes (ROLES.md 5: the story ties them where it names the medium
    and then its reporter, `NBC News reported the meeting first. Officials declined to
    comment. … Correspondent X said`); none if they name two."""
    if len(role) != 1 or role[0].lemma_.lower() not in _NEWS_JOBS or _name_tied_to_a_body_after(role[0]):
        return ""
    lex, doc = lexicon(), describer.doc
    medium = lex.news_agencies | lex.masthead_words
    media = set[str]()
    # (`NBC News has proof: “…?” a reporter can be heard asking`: a reporter the story does not
    # name may be anyone's; only the sentence right before ties one to a medium.)
    indefinite = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in role[0].children)
    for t in _sentences_before_and_up_to(role[0], 1 if indefinite else _REPORTER_SENTENCES_BACK):
        body = entity_at(doc, t) if t.ent_type_ == "ORG" and t.ent_iob_ == "B" else None
        if body is not None and describer.outside[t.i] and {w.lower_ for w in body} & medium:
            media.add(org_text(describer.context, body))
    return media.pop() if len(media) == 1 else ""


def _name_tied_to_a_body_after(job: Token) -> bool:
    """`reporter Tom Ellis of the Guardian`: a job before a name that `of`, `at`, `for` or
    `with` ties to a body after it, whose body that one is, not a medium named before."""
    name = job.head
    if job.dep_ != "compound" or name.pos_ != "PROPN":
        return False
    return any(
        obj.dep_ == "pobj" and obj.ent_type_ == "ORG"
        for prep in name.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with")
        for obj in prep.children
    )


_PLACINGS = (
    _body_that_placed,
    _body_the_sentence_opens_at,
    _local_government_beside,
    _court_sat_in,
    _body_met,
    _panel_its_chair_speaks_of,
    _body_named_beside_its_noun,
    _medium_before_its_reporter,
    _body_the_job_represents,
)


def _local_governments_in(describer: Describer, sent: Span) -> dict[str, str]:
    """The local governments a sentence names outside quotes (a name tagged a body or place ending in a
    word of models/local_governments.txt, no trade's or business's word before it: not `Harbour
    Steel Corporation`), each with the office that heads it."""
    lex, found = lexicon(), dict[str, str]()
    for ent in sent.ents:
        # (`the City of Tshwane Metropolitan Municipality`: tagged a place, named a body.)
        if ent.label_ not in ("ORG", "GPE") or not describer.outside[ent.start]:
            continue
        name = org_text(describer.context, ent)
        words = name.lower().split()
        for ending, head in lex.local_governments.items():
            n = len(ending.split())
            before = set(words[:-n])
            business = before & (lex.organization_nouns | lex.trade_name_words)
            if len(words) > n and words[-n:] == ending.split() and not business:
                found[name] = head
        if _county_governing_itself(describer, name):
            found[name] = "governor"
    return found


def _county_governing_itself(describer: Describer, name: str) -> bool:
    """`Nakuru County`, where the article names `the Nakuru County Assembly` or `… County
    Government` too: a county with a government and an assembly of its own (Kenya's, Liberia's),
    which its governor heads; a US county has neither, and no governor."""
    if len(name.split()) < 2 or name.split()[-1] != "County":
        return False
    return re.search(rf"\b{re.escape(name)} (?:Assembly|Government)\b", describer.context.text) is not None


def _body_the_story_is_on(describer: Describer, tok: Token) -> str:
    """`Ridgeway Foods cut its forecast. The maker now expects … Analysts had expected … “…,”
    Chief Executive X said`: a post or a member's job with no body of its own, when the
    sentence before has no body for its subject, is of the body that is the subject of the
    nearest sentence before that has one, a few sentences back at most, where the story
    is still about that body and no other has acted since."""
    doc = describer.doc
    k = tok.sent.start - 1
    for n in range(_SENTENCES_BACK + 1):
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return ""
        sent = doc[k].sent
        names = _subject_bodies(describer, list(sent)) | _bodies_called_so_before(describer, list(sent))
        if names:
            # (The sentence right before was read already: a body there ties it or none.)
            return names.pop() if len(names) == 1 and n > 0 and _the_lede(describer, sent) else ""
        k = sent.start - 1
    return ""


def _the_lede(describer: Describer, sent: Span) -> bool:
    """Whether ``sent`` is the story's lede (quotes/lede.py)."""
    return sent.start == lede(describer.context).sentence


# How far back the body a story opened on still ties a post with none of its own to it: the
# lede, the figures or the charge it goes on to give, then the person.
_SENTENCES_BACK = 3


def _job_with_its_own_body(tok: Token) -> bool:
    """`A spokesperson for the union local in Dayton`: a job whose noun a `for`, `of`, `at` or
    `with` phrase follows says whose it is, even where no body there was read."""
    head = tok
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with") for c in head.rights)


def _bodies_called_so_before(describer: Describer, words: list[Token]) -> set[str]:
    """`Harju County Court jailed him. … The court found that … “…,” Judge X said`: a subject
    that is a body's noun in small letters after `the`, with nothing owning it, stands for the
    body the article names under that noun (the adjacent-sentence tie of ROLES.md 5 reaches
    the body through the noun), when no subject there is a name."""
    names = set()
    for t in words:
        if t.dep_ not in ("nsubj", "nsubjpass") or not describer.outside[t.i] or not t.is_lower:
            continue
        if t.tag_ != "NN" or t.lemma_.lower() not in lexicon().organization_nouns:
            continue
        if _quotes_another_as_saying(t) or _paper_reporting(t):
            continue
        left = [c for c in t.children if c.i < t.i]
        if [c.lower_ for c in left] != ["the"]:
            continue
        names.add(describer.org_for_noun(t.lemma_.lower(), t.idx))
    names.discard("")
    return names


def _body_described_speaking_before(describer: Describer, tok: Token) -> str:
    """`The health ministry said … “…,” a spokeswoman said`, `The police said …`: the one public
    body the sentence before ``tok``'s (or its own, before it) has for its subject described in
    small letters, not named, is the body an unnamed spokesperson or official speaks for (the
    adjacent tie of ROLES.md 5, as `The Ministry of Health said` gives); its fullest words in the
    article (``_body_a_noun_stands_for``), and `the police` the one force named near, else
    *police*. Only when no subject there is a name (``_body_subject_before`` found none)."""
    words = _sentence_before_and_up_to(tok)
    if _subject_bodies(describer, words):
        return ""
    found = set[str]()
    for t in words:
        if t.dep_ not in ("nsubj", "nsubjpass") or not describer.outside[t.i] or not t.is_lower:
            continue
        if _quotes_another_as_saying(t) or _paper_reporting(t):
            continue
        left = [c.lower_ for c in t.lefts]
        if t.lower_ == "police" and left == ["the"]:
            found.add(_the_police_near(describer, t))
        elif t.lemma_.lower() in lexicon().no_business_bodies and len(left) > 1:
            found.add(_named_or_described(describer, t))
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _named_or_described(describer: Describer, noun: Token) -> str:
    """The body a subject's noun in small letters stands for: the name the article gives it
    (``_body_a_noun_stands_for``), else the words describing it there, a country's possessive
    kept (`Uganda's health ministry`, the tagger calling only `health ministry` a body)."""
    body = _body_a_noun_stands_for(describer, noun)
    if body and not body.islower():
        return body
    return _description_of_a_body(describer, noun) or body


def _the_police_near(describer: Describer, police: Token) -> str:
    """The force `the police` stands for: the one named in its paragraph or the one before, else
    *police* (as `a police spokesman` speaks for), kept by the who layer as a described body."""
    forces = forces_named_near(describer, police.idx)
    if len(forces) == 1:
        return forces.popitem()[1]
    if forces:
        return ""
    described_bodies(describer.context).add("police")
    return "police"


def _named_with_which(head: Token) -> str:
    """`CalMac, which runs the ferry network, said`: a name in capitals the tagger left untagged
    that a relative clause on `which` follows is a thing's or a body's, never a person's; as a
    subject that speaks, a body's; so is a subject whose verb's object is `its` own."""
    subjects = ("nsubj", "nsubjpass")
    which = any(
        c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in subjects for w in c.children)
        for c in head.children
    )
    # (`Fonterra cut its forecast`: `its` own object makes its subject a body as well.)
    return text_of(head.doc, _with_its_compounds(head)) if which or _owns_its_object(head) else ""


def _with_its_compounds(head: Token) -> list[Token]:
    """A proper noun with the proper nouns compounded before it (`Cumbria` + `Police`)."""
    return [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]


def closes_a_kind_of_body(toks: list[Token], n: int) -> bool:
    """`the coast guard spokesperson Dana Reyes`: a noun that can name a job (`guard`) right after
    a word in small letters with which it names a kind of body (models/body_kinds_of_two_words.txt)
    is the body's noun, not the job: the job is the word after it. (Not opening a sentence,
    `Coast guard spokesperson`: the tagger tags those words a body, which gives it already.)"""
    if n == 0 or n + 1 >= len(toks) or not toks[n].is_lower:
        return False
    before = toks[n - 1]
    if not before.is_lower or before.i + 1 != toks[n].i:
        return False
    return f"{before.lower_} {toks[n].lemma_.lower()}" in lexicon().body_kinds_of_two_words


def _body_noun_before_a_job(toks: list[Token], n: int, head: int) -> bool:
    """Whether ``toks[n]``, before the job at ``head``, is a body's noun in small letters (`a
    council spokesman`, `the company spokeswoman`)."""
    return (
        (toks[n].is_lower or (n == 0 and toks[n].is_title and toks[n].tag_ == "NN"))
        and toks[n].tag_ in ("NN", "NNP")
        and (_is_org_noun(toks[n]) or closes_a_kind_of_body(toks, n))
        # (`Western Cape police spokesperson`: `police` is also who speaks, `police said`.)
        and (not is_role_noun(toks[n]) or _place_body_named(toks, n) or closes_a_kind_of_body(toks, n))
        and not hyphen_joined(toks[n])  # (`a small-business owner`: a kind of owner, no body)
        and not _unit_led(toks, n, head)
        # (`the business mogul`, `a business leader`: a field of work, as `business editor`, no body)
        and toks[n].lower_ not in lexicon().fields
    )


def _body_a_noun_stands_for(describer: Describer, noun: Token) -> str:
    """The body `a council spokesman`'s noun stands for: one the article names so, else the
    owned body the sentence before has speak (`_owned_body_speaking_before`), else a public
    body the article only describes in small letters (`_public_body_described`)."""
    named = describer.org_for_noun(noun.lemma_.lower(), noun.idx)
    if named and _another_body_than_described_here(noun, named):
        named = ""
    if named and named.islower() and len(named.split()) >= 2:
        # (`according to the farm ministry`, then `a senior ministry official`: the body's
        # description is the fullest name the article gives it, ROLES.md 5.)
        described_bodies(describer.context).add(named)
    body = named or _owned_body_speaking_before(describer, noun) or _public_body_described(describer, noun)
    if body and _another_body_than_described_here(noun, body):
        # (`the foreign ministry said …`, then `a defence ministry spokesman`: the job's own words
        # say which ministry; the one the article named or described before is another.)
        return _described_here(describer, noun)
    return body


def _another_body_than_described_here(noun: Token, named: str) -> bool:
    """Whether ``named``, the body the article calls by ``noun`` elsewhere, leaves out a word of
    the description in small letters the job's own words give it here (`a defence ministry
    spokesman` after `the foreign ministry`), which then says which body it is; `Ministry of
    Defence` named before holds `defence`, and is the same."""
    here = _public_body_description(noun)
    if not here:
        return False
    words_named = set(named.lower().replace("'s", " ").split())
    return any(w not in words_named for w in here.lower().split()[:-1])


def _public_body_described(describer: Describer, noun: Token) -> str:
    """`The city government will cut …`, then `city government spokeswoman X`: a public body
    (no company, campaign or party: `the oil company` says what any firm is) that the article
    describes in small letters before, by nouns saying which (`_described_before`)."""
    word = noun.lemma_.lower()
    if not noun.is_lower or noun.tag_ == "NNS" or word in lexicon().business_nouns | {"campaign", "party"}:
        return ""
    return (
        _described_before(describer, noun)
        or _government_speaking_here(describer, noun)
        or _described_here(describer, noun)
    )


def _government_speaking_here(describer: Describer, noun: Token) -> str:
    """`city government spokeswoman X`, `a provincial government spokesman`: a tier of government
    and its noun in small letters right before a spokesperson's job name the body the job speaks
    for, named before or not (ROLES.md 5: a pre-modifier ties it), as `a police spokesman` does."""
    doc, lex = noun.doc, lexicon()
    if noun.lower_ not in ("government", "council") or noun.i == 0 or noun.i + 1 >= len(doc):
        return ""
    level, job = doc[noun.i - 1], doc[noun.i + 1]
    if not (level.is_lower and level.lower_ in lex.government_levels and job.lower_ in lex.spokespeople):
        return ""
    body = f"{level.text} {noun.text}"
    described_bodies(describer.context).add(body)
    return body


def _owned_body_speaking_before(describer: Describer, noun: Token) -> str:
    """`Harbouria's foreign ministry said … , ministry spokesman X said`: the body a role's noun
    names in small letters is the one the sentence before, or the role's own sentence, has
    speak under that noun with a name owning it (ROLES.md 5: an adjacent sentence ties them), as
    the article writes it; not a body the words it reports name (`that Lentonia had refused`)."""
    doc, lemma = describer.doc, noun.lemma_.lower()
    cues = lexicon().cue_verbs
    for t in _sentence_before_and_up_to(noun):
        if t.dep_ != "nsubj" or not t.is_lower or t.lemma_.lower() != lemma or not describer.outside[t.i]:
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and t.head.lemma_.lower() in cues:
            return text_of(doc, [owner.left_edge, t])
        its = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if its is not None and t.head.lemma_.lower() in cues:
            return _body_its_owns(describer, its, t)
    return ""


def _body_its_owns(describer: Describer, its: Token, noun: Token) -> str:
    """`Lentonia expelled two diplomats, its foreign ministry said`: the body `its` owns, named by
    the words in small letters between them (a noun alone names no body), owned by the country
    that is the subject of that sentence before it, if one is (*Lentonia's foreign ministry*)."""
    words = noun.doc[its.i + 1 : noun.i + 1]
    if len(words) < 2 or not all(w.is_lower and w.is_alpha for w in words):
        return ""
    country = [t for t in noun.sent[: its.i - noun.sent.start] if t.dep_ == "nsubj" and t.ent_type_ == "GPE"]
    body = f"{text_of(noun.doc, _with_its_compounds(country[-1]))}'s {words.text}" if country else words.text
    described_bodies(describer.context).add(body)
    return body


def _holder_of_a_body_named_after(describer: Describer, role: list[Token]) -> bool:
    """`Superintendent Carl Ferguson of the St Andrew South police`: a title before a name that
    `of` a body follows; the body after the name is the holder's (the apposition gives it), not
    the one the sentence before is about."""
    doc, j = describer.doc, role[-1].i + 1
    if j >= len(doc) or doc[j].ent_type_ != "PERSON":
        return False
    while j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ != "O":
        j += 1
    if j + 2 >= len(doc) or doc[j].lower_ != "of":
        return False
    body = doc[j + 2] if doc[j + 1].lower_ == "the" else doc[j + 1]
    return capitalised(body.text)


def _untagged_name_owning_a_subject(describer: Describer, tok: Token) -> str:
    """`The next Red Hot Chili Peppers record is almost complete, frontman Anthony Kiedis
    revealed`: the one name in capitals the tagger left untagged that qualifies the subject of
    the sentence a member's job is in, before it, or of the sentence before (ROLES.md 5, as
    ``_body_subject_before`` reads a tagged body); two words or more, none a given name, and no
    place's, people's or street's name, and not ending on a title."""
    lex, names = lexicon(), set()
    for t in _sentence_before_and_up_to(tok):
        if t.dep_ not in ("nsubj", "nsubjpass") or not describer.outside[t.i]:
            continue
        for owner in (c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
            run = list(owner.subtree)
            if len(run) < 2 or any(w.ent_type_ or w.pos_ != "PROPN" or not capitalised(w.text) for w in run):
                continue
            text = text_of(describer.doc, run)
            if run[0].lower_ in lex.first_names or run[-1].lower_ in lex.street_words:
                continue
            # (`Chairman Professor Tim Lee said`, `Health Minister Ana Ruiz said`: titles before a
            # name, ending on a title or a role's noun, are the person's, no body's name.)
            if is_title(run[-1]) or is_role_noun(run[-1]):
                continue
            if not lex.names_a_place_or_people(text.lower()):
                names.add(text)
    return names.pop() if len(names) == 1 else ""


def _staff_of_a_body_before(describer: Describer, role: list[Token], police: bool) -> tuple[list[Token], str]:
    """The body a member, a spokesperson or a police officer with none of their own is of: the
    one the sentence before is about (see _body_subject_before); else, for a police officer or
    a `police` spokesperson, the one police force named in their paragraph or the one before
    (`Kent Police arrested …` then `a police spokesman said`: the adjacent tie of ROLES.md 5),
    `police` leaving the role then."""
    if _holder_of_a_body_named_after(describer, role):
        return role, ""
    organization = _body_subject_before(describer, role[0], police, role[-1])
    if not organization and not police and _speaks_or_acts_for_a_body(describer, role):
        organization = _body_described_speaking_before(describer, role[0])
    if not organization and _member_job(role):
        organization = _untagged_name_owning_a_subject(describer, role[0])
    organization = _tier_for_a_tier_post(role, _court_for_a_court_post(role, organization))
    called_police = len(role) > 1 and role[0].lower_ == "police"
    if organization or not (police or called_police):
        return role, organization
    at = role[0].idx
    named = describer.context.memo(("police forces",), lambda: _police_forces(describer))
    forces = forces_named_near(describer, at)
    after = describer.doc[role[-1].i + 1] if role[-1].i + 1 < len(describer.doc) else None
    titled = after is not None and after.ent_type_ == "PERSON"
    if not forces and called_police and titled and all(t.is_lower for t in role[1:]):
        # (`Troms Police District said …`, paragraphs before `said police press officer X`: the
        # one force the story has named is the one the title `police` opens means, before a
        # name; not `Police Commissioner`, an office of its own, nor `a police spokesman`,
        # tied to a force only by an adjacent sentence.)
        forces = {name.lower(): name for name, idx in named if idx < at}
    spokes = len(role) == 2 and _speaks_for_a_body(role) and _in_small_letters(role)
    if not named and called_police and spokes:
        # (`a police spokesman said`, the story naming no force: the police speak through them,
        # and the body is the one the role's own word names; ROLES.md strips the body from the
        # role. A force named further back than the paragraph before ties them to none.)
        described_bodies(describer.context).add("police")
        return role[1:], "police"
    if len(forces) != 1:
        return role, ""
    return (role[1:] if called_police else role), forces.popitem()[1]


def _tier_for_a_tier_post(role: list[Token], organization: str) -> str:
    """``organization`` if a tier's post (`municipal commissioner`) may be held in it: a body
    whose name holds the tier's word (`Pune Municipal Corporation`), not the police force or the
    firm the sentence before is about."""
    if organization and _post_of_a_tier(role):
        return organization if role[0].lower_ in re.findall(r"\w+", organization.lower()) else ""
    return organization


def _court_for_a_court_post(role: list[Token], organization: str) -> str:
    """``organization`` if it can hold the post ``role`` ends on, else ""."""
    post = _post_word(role[-1])
    if organization and post in lexicon().court_posts:
        # (`Severn Water pleaded guilty … Judge X said`: a judge's body is a court, not the
        # defendant the sentence before is about; `The High Court refused bail … Public
        # prosecutor X said`: a prosecutor's is a prosecution service, not the court.)
        prosecuting = post in lexicon().prosecuting_posts
        words = lexicon().prosecution_words if prosecuting else lexicon().court_words
        return organization if words & set(re.findall(r"\w+", organization.lower())) else ""
    return organization


def _post_of_the_story_body(describer: Describer, role: list[Token], words: list[Token]) -> str:
    """A post or a member's job written as a title or after `the` (`Chief Executive X`, `The
    trial judge, X,`), none of its own: of the body the story is on (_body_the_story_is_on);
    not `a warehouse manager`, one of any body, nor members in the plural."""
    before = describer.doc[role[0].i - 1].lower_ if role[0].i > 0 else ""
    if before in ("a", "an", "another", "one") or role[-1].tag_ in ("NNS", "NNPS"):
        return ""
    if role[-1].lower_ in lexicon().police_ranks or not _job_in_a_body(role, words):
        return ""
    body = _body_the_story_is_on(describer, role[0])
    if _post_word(role[-1]) in lexicon().court_posts:
        return _court_for_a_court_post(role, body)
    # (So far back, only a body of the post's kind: a company's (`Ridgeway Foods Inc`) for its
    # executives, not the regulator that fined it, `The Competition Commission fined Acme …`.)
    ending = body.split()[-1].lower().strip(".") if body else ""
    return body if ending in lexicon().business_nouns else ""


def forces_named_near(describer: Describer, at: int) -> dict[str, str]:
    """The police forces the article names before char ``at`` in its paragraph or the one
    before (the adjacent tie of ROLES.md 5), by their names in small letters."""
    start = previous_paragraph_start(describer.doc.text, at)
    named = describer.context.memo(("police forces",), lambda: _police_forces(describer))
    return {name.lower(): name for name, idx in named if start <= idx < at}


def _police_forces(describer: Describer) -> list[tuple[str, int]]:
    """The police forces the article names outside quotes, by their longest name, with the char
    of each mention: `Kent Police`, `Troms Police District`, `the Garda`, `Brussels police` (a
    place's name before the word); not `police` or `Police` alone."""
    doc, forces = describer.doc, lexicon().police_forces
    found: list[tuple[str, int]] = []
    for t in doc:
        if t.lower_ not in forces or not describer.outside[t.i] or _rank_hyphened_to(t):
            continue
        ent = entity_at(doc, t) if t.ent_type_ == "ORG" else None
        if ent is not None:
            name = org_text(describer.context, ent)
        else:
            before = [c for c in t.lefts if c.dep_ == "compound" and capitalised(c.text) and c.i < t.i]
            # (`the Garda`, a force's own name, alone; `Police` alone names none.)
            alone = capitalised(t.text) and t.lower_ != "police"
            name = text_of(doc, [*before, t]) if before or alone else ""
        if name and (len(name.split()) > 1 or name.lower() != "police"):
            found.append((name, t.idx))
    names = {n for n, _ in found}
    longest = {n: next((m for m in names if n != m and n.lower() in m.lower()), n) for n in names}
    return [(longest[n], idx) for n, idx in found]


def _rank_hyphened_to(force: Token) -> bool:
    """`Police-constable GREEN`, tagged one body: a force's word joined by a hyphen to a police
    rank after it is the rank's word, as archive text writes it, and names no force."""
    doc, i = force.doc, force.i
    rank = doc[i + 2] if i + 2 < len(doc) else force
    return rank.lower_ in lexicon().police_ranks and hyphen_joined(rank) and rank.i == i + 2


def _untagged_body(describer: Describer, head: Token) -> str:
    """`Cumbria Police have declared …`, left untagged: the proper noun with the names before
    it, when the article reads those words as a body's name."""
    # (`The Ministry of Health and Medical Services has confirmed …`: a body's noun in capitals
    # heads a name in capitals after `of`; `The Anti-Corruption Division of the High Court
    # declined …`: the whole name, past `the` and a hyphen, though the article knows its first
    # part as a body's name.)
    whole = strip_det(list(head.subtree))
    joins = NAME_JOINERS | {"the", "-"}
    capitals = all(capitalised(t.text) or t.lower_ in joins for t in whole)
    if _is_org_noun(head) and len(whole) > 1 and capitals:
        return text_of(describer.doc, whole)
    name = text_of(describer.doc, _with_its_compounds(head))
    return name if name.lower() in describer.org_names else ""


def _in_small_letters(role: list[Token]) -> bool:
    """Whether a role's words are in small letters, but for a capital that only opens the
    sentence (`Police spokeswoman X said`)."""
    return not any(capitalised(t.text) and not (n == 0 and t.is_sent_start) for n, t in enumerate(role))


def _spokesperson_of_a_seat(prefix: list[Token], k: int, head: Token | None) -> bool:
    """`a Downing Street spokesperson`: a seat of government tagged a location, in capitals right
    before a job of speaking for a body, stands for the body that sits there."""
    if prefix[k].ent_type_ != "LOC" or head is None:
        return False
    return _speaks_for_a_body([head]) and all(t.is_title for t in prefix[k:])


def _force_before_its_spokesperson(describer: Describer, role: list[Token]) -> tuple[list[Token], str]:
    """`A Garda spokeswoman`, `a Constabulary spokesman`: a police force's own word in capitals
    opening a spokesperson's role (the tagger often calls `Garda` a person) names the force they
    speak for: the one force the article names with that word (`the Garda Síochána`), else the
    word itself, and leaves the role (ROLES.md strips the body). `police` has its own rule (a
    police spokesman speaks for the force named near: ``_staff_of_a_body_before``)."""
    first = role[0] if role else None
    if first is None or len(role) != 2 or not _speaks_for_a_body(role[1:]) or not capitalised(first.text):
        return role, ""
    if first.lower_ not in lexicon().police_forces or first.lower_ == "police":
        return role, ""
    named = describer.context.memo(("police forces",), lambda: _police_forces(describer))
    fits = {n for n, _ in named if first.lower_ in n.lower().split()}
    return role[1:], fits.pop() if len(fits) == 1 else first.text


def _group_before_its_spokesperson(describer: Describer, role: list[Token]) -> tuple[list[Token], str]:
    """`Friends of Victoria Park spokeswoman`, `Save Victoria Park spokeswoman`: two words or more
    in capitals (and a name's small words) right before a job of speaking for a body, in small
    letters, are the name of the body spoken for, whatever the tagger made of them (a place, a
    person's name, a verb): no one is a spokesperson for a place, and a person's spokesperson is
    named by the person alone (`Ana Ruiz spokeswoman`, left as it is)."""
    k = next((n for n, t in enumerate(role) if t.is_lower and t.lower_ not in NAME_SMALL_WORDS), len(role))
    name, job = role[:k], role[k:]
    if len(name) < 2 or not job or not all(t.is_lower for t in job):
        return role, ""
    if not (_speaks_for_a_body(job) or is_role_noun(job[-1]) and _ends_in_a_coined_word(describer, name)):
        return role, ""
    if not (capitalised(name[0].text) and capitalised(name[-1].text)):
        return role, ""
    if any(not capitalised(t.text) and t.lower_ not in NAME_SMALL_WORDS for t in name):
        return role, ""
    if any(is_role_noun(t) or is_title(t) for t in name):
        return role, ""
    person = entity_at(describer.doc, name[0]) if name[0].ent_type_ == "PERSON" else None
    if person is not None and person.end >= name[-1].i + 1:
        return role, ""
    # (`Rita West spokesperson`: a person's name, opened by a given name or one the story shows.)
    given = lexicon().first_names
    if all(t.lower_ in describer.person_words or t.lower_ in given for t in name):
        return role, ""
    text = _clean_org(describer.context, name)
    return (job, text) if text and text.lower() not in lexicon().places else (role, "")



def _ends_in_a_coined_word(describer: Describer, name: list[Token]) -> bool:
    """`Markazi Anjuman Tajiran president`, `Bangladesh Dokan Malik Samity president`: a name in
    capitals closed by a word no English dictionary has (a body's noun in another language), no
    place, people, given name or word of the article's people's names, names a body before any
    job, not only a spokesperson's."""
    last, lex = name[-1], lexicon()
    if not coined(last) or lex.names_a_place_or_people(last.lower_) or last.lower_ in lex.first_names:
        return False
    # (Not a place the tagger knows, `Boca Raton lawyer`; nor a short form, `RNC member`.)
    if not all(t.is_title for t in name) or last.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "NORP"):
        return False
    return last.lower_ not in describer.person_words


def _body_before_its_spokesperson(describer: Describer, role: list[Token]) -> tuple[list[Token], str]:
    """The body a spokesperson's role names before the job: a police force's word, or a body's
    name in capitals."""
    role, force = _force_before_its_spokesperson(describer, role)
    return (role, force) if force else _group_before_its_spokesperson(describer, role)


def _speaks_for_a_body(role: list[Token]) -> bool:
    """A job of speaking for a body (`spokeswoman`, `press secretary`, `press officer`)."""
    pair = " ".join(t.lower_ for t in role[-2:])
    return role[-1].lemma_.lower() in lexicon().spokespeople or pair in lexicon().spokespeople


def _without_address(doc: Doc, toks: list[Token]) -> list[Token]:
    """A title's words without ages (`a 26-year-old teacher`) and honorifics, no part of a role.
    `Lady` before a name is a form of address, `lady` in `dinner lady` part of a job, and `Lord`
    in `Lord Mayor` part of an office."""
    address = [t for t in toks if is_honorific(t) and not _inside_a_job(doc, t)]
    if len(toks) >= 2 and _style_after_an_office(toks[-2], toks[-1]):
        address.append(toks[-1])
    return [t for t in toks if t not in address and not _count_or_age(doc, t)]


# A royal family's styles, ranks by birth and no post (`Energy Minister Prince X`).
_ROYAL_STYLES = frozenset({"prince", "princess"})


def _style_after_an_office(office: Token, style: Token) -> bool:
    """`Energy Minister Prince Abdulaziz bin Salman`: a royal style right after an office and
    before the name is the holder's rank by birth, as `Sheikh` is a form of address, and no
    part of the office (`Crown Prince X` is an office of its own)."""
    return style.lower_ in _ROYAL_STYLES and style.i == office.i + 1 and is_role_noun(office)


def _inside_a_job(doc: Doc, t: Token) -> bool:
    """Whether ``t`` and the word before or after it make a job of two words (`dinner lady`,
    `Lord Mayor`: models/role_nouns.txt)."""
    roles = lexicon().role_nouns
    before = t.i > 0 and f"{doc[t.i - 1].lower_} {t.lower_}" in roles
    return before or (t.i + 1 < len(doc) and f"{t.lower_} {doc[t.i + 1].lower_}" in roles)


_COUNTS = frozenset({"DATE", "CARDINAL", "QUANTITY"})


def _count_or_age(doc: Doc, t: Token) -> bool:
    """A number or date no role holds (`a 26-year-old teacher`, `nominee for the Nov. 8
    election`), dropped whole; not the number of a name (`Local 1505`) nor one that opens a
    hyphened word it does not take in (`three-man board`, `five-justice wing`), which would
    leave `-man board`, nor one whose `of` phrase it heads (`one of the candidates`)."""
    ent = entity_at(doc, t) if t.ent_type_ in _COUNTS else None
    if ent is None or _name_taken_for_a_number(ent):
        return False
    first, last = ent.start, ent.end - 1
    if first == last and _numbers_a_name(doc, doc[first]):
        return False
    if _position_with_a_number_word(t):
        return False  # `first-five`, `five-eighth`: a position written with a number word
    if last + 1 < len(doc) and doc[last + 1].lower_ == "of":
        return False  # `strategist for one of the candidates`: the number is the phrase's head
    if first == last and doc[first].lower_ == "zero" and first > 0 and doc[first - 1].lower_ == "net":
        return False  # `net zero secretary`: a brief's words, no count
    return not (last + 1 < len(doc) and doc[last + 1].tag_ == "HYPH" and not doc[last + 1].whitespace_)


def _judgement(doc: Doc, role: list[Token]) -> bool:
    """`the most hawkish candidate`, `the best candidate to beat him`: a judgement, no role; nor
    an accolade for a span of play (`was named player of the match`, `coach of the year`), nor
    one of a number (`the elder of the two`)."""
    compound = {t.i for t in role if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "HYPH"}  # best-selling
    judged = any(t.tag_ in ("JJS", "RBS") and t.i not in compound for t in role)
    return judged or _accolade(role) or _one_of_a_number(doc, role)


def _one_of_a_number(doc: Doc, role: list[Token]) -> bool:
    """`the elder of the two`, `the first of three`: one of a number of people, no role (the
    number may have been cut off the role's words already); not a body counted by its members
    (`chair of the 12-member panel`)."""
    for t in role:
        # (A noun right before the `of`: not `attorney for one of the two groups`.)
        if t.lower_ != "of" or t.i == 0 or doc[t.i - 1].pos_ != "NOUN" or doc[t.i - 1].like_num:
            continue
        k = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        # (Not a title in capitals, `co-author of Three's a Crowd`.)
        if k < len(doc) and doc[k].like_num and not doc[k].is_title and not _before_a_hyphen(doc, k):
            return True
    return False


def _before_a_hyphen(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].tag_ == "HYPH"


def _accolade(role: list[Token]) -> bool:
    """`player of the match`: a role's words ending in `of the` and what an accolade is for."""
    words = [t.lower_ for t in role]
    return len(words) >= 3 and words[-3:-1] == ["of", "the"] and words[-1] in lexicon().accolade_spans


def _before_an_occasion(toks: list[Token]) -> list[Token]:
    """The words of a role before the words opening when it was held (`a nurse at the time of
    the outbreak`, `teacher since the school opened`): the occasion, and all after it, is no
    part of the role, nor of its organisation (models/role_modifiers.txt, kind `occasion`)."""
    openers = lexicon().occasion_openers
    for k in range(1, len(toks)):
        for n in (1, 2, 3):
            run = toks[k : k + n]
            if len(run) == n and " ".join(t.lower_ for t in run) in openers:
                return toks[:k]
    return toks


def _role_text(role: list[Token], singular: bool) -> str:
    """The role as written; ``singular``: one of a plural title's holders (`Democratic
    presidential candidates Clinton and Sanders`: each is a candidate)."""
    # `the author of “…”`: a preposition whose object the role lost (a title in quote marks)
    # is no part of it.
    # (`the governor there`, `governor since` 2011: where and since when are no part of it.)
    when_or_where = _WHERE | lexicon().time_adverbs
    # (`Delhi DCP`: a post by its letters the tagger made a preposition is the role's own noun.)
    while len(role) > 1 and not is_post_by_its_letters(role[-1]) and (
        role[-1].pos_ in ("ADP", "SCONJ") or role[-1].tag_ == "TO" or role[-1].lower_ in when_or_where
    ):
        role = role[:-1]
    # (`now director of the institute`: when it is held is no part of the role.)
    while len(role) > 1 and role[0].lower_ in lexicon().time_adverbs:
        role = role[1:]
    role = _without_courtesy(_without_praise(role))
    # (A word followed by a space token of its own, a no-break space, keeps a space; so does one
    # whose next word in the role is not the next in the text: `Traders' Association chair`
    # without its possessive mark is never `TradersAssociation chair`.)
    words = [
        t.text_with_ws
        if t.whitespace_ or (not _space_after(t) and (k + 1 == len(role) or role[k + 1].i == t.i + 1))
        else t.text + " "
        for k, t in enumerate(role)
    ]
    # (`director of operations`: only the title's own noun, not the field after its `of`.)
    if singular and role and role[-1].tag_ in ("NNS", "NNPS") and role[-1].lemma_ and is_role_noun(role[-1]):
        lemma = role[-1].lemma_
        if lemma == role[-1].text and title_word(lemma)[:-1] in lexicon().office_titles:
            lemma = lemma[:-1]  # (`Justices`, a proper noun's plural the lemmatiser kept whole)
        words[-1] = (lemma[:1].upper() + lemma[1:] if capitalised(role[-1].text) else lemma) + role[
            -1
        ].whitespace_
    return "".join(words).strip()


def _without_praise(role: list[Token]) -> list[Token]:
    """A role without the evaluative adjective opening it (`a popular columnist`, `one of the
    paper's best-known columnists`, `veteran Democratic strategist`): ROLES.md 4 drops it, as
    praise says nothing of the post. Written whole, a hyphened one is three tokens."""
    praise = lexicon().praise_adjectives
    # (`one of the paper's most respected columnists`: `most` before praise is praise too, for
    # one of many holding the job; `the most popular candidate in the race` is a standing.)
    start = int(len(role) > 2 and role[0].lower_ in ("most", "highly") and role[1].lower_ in praise)
    start = start if start and (role[0].lower_ == "highly" or _one_of_many(role[2:])) else 0
    for n in (3, 1):
        words = role[start : start + n]
        n += start
        glued = all(not t.whitespace_ for t in words[:-1])
        if len(role) > n and glued and "".join(t.lower_ for t in words) in praise:
            # (`Veteran columnist X` opening a sentence, not the rank `Leading Seaman X`.)
            opens = words[0].is_lower or (words[0].is_sent_start and role[n].is_lower)
            return role[n:] if opens and role[n].pos_ in ("NOUN", "PROPN", "ADJ") else role
    return role


def _without_courtesy(role: list[Token]) -> list[Token]:
    """A role without the words of courtesy in small letters opening it (`the hon. and gallant
    member for Hull`, `the learned counsel`: models/courtesy_epithets.txt), which say how the
    House or the court addresses the holder, not the post (ROLES.md 4); `right` only before
    another (`the right hon. member`), being a side's too (`right back`)."""
    courtesy = lexicon().courtesy_words
    n = 0
    while n + 1 < len(role) and role[n].is_lower and role[n].lower_ in courtesy | {"and"}:
        after = role[n].doc[role[n].i + 1].lower_  # (the next word, if an address took it from the role)
        if role[n].lower_ in ("right", "and") and after not in courtesy:
            break
        n += 1
    return role[n:] if n and role[n].pos_ in ("NOUN", "PROPN") else role


def _one_of_many(toks: list[Token]) -> bool:
    """`one of the paper's … political columnists`: the first noun, plural, after `one of`."""
    noun = next((t for t in toks if t.pos_ == "NOUN"), None)
    if noun is None or noun.tag_ != "NNS" or noun.dep_ != "pobj":
        return False
    return noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


def _space_after(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_space


def _head_of_the_role(toks: list[Token]) -> int:
    """Where the head of a role's words stands (see _organization_apart): the first job's noun
    that owns nothing and is no body's noun with more of the title after it, moved past a
    body's name to the job after it (`Deputy FBI Director`); the last word when none."""
    # (`Victoria Police Senior Sergeant`: a body's noun that can name a job, `police`, is not
    # the head when more of the title follows.)
    # (`The regulator’s director`: a noun owning the role is no head of it, even one that can
    # name a job.)
    head = next(
        (
            n
            for n, t in enumerate(toks)
            if ((is_role_noun(t) and not (_is_org_noun(t) and n + 1 < len(toks))) or _occupation(t))
            and not _owner_or_inside_a_name(toks, n)
            and not closes_a_kind_of_body(toks, n)
        ),
        len(toks) - 1,
    )
    # `Deputy FBI Director`: a role word before a body's name, and the role's head after it.
    # (Not across a preposition, a possessive or `and`: `co-director of the X Program at Y's
    # Z Center for Justice`, `a fellow with Y's Program and author of books` keep their head.)
    later = next((n for n in range(head + 2, len(toks)) if is_role_noun(toks[n])), 0)
    between = toks[head + 1 : later]
    if (
        later
        and any(t.ent_type_ == "ORG" and not is_role_noun(t) for t in between)
        and not any(t.pos_ in ("ADP", "CCONJ", "PUNCT") or t.text in POSSESSIVES for t in between)
    ):
        head = later
    head = _job_after_a_body_ending_in_a_role_word(toks, head)
    if (
        0 < head < len(toks)
        and _ranking(toks[0].doc, toks[head].i - 1)
        and toks[head].lower_ in _RANKED_SEATS
    ):
        head -= 1  # `Senate Intelligence Ranking Democrat`: `ranking` opens the role
    return head


def _organization_apart(
    describer: Describer, toks: list[Token], its: Token | None
) -> tuple[list[Token], str]:
    """The organisation a role's words name before its head, and the words left for the role:
    an owner (`the State Department’s`, `Its`), a person's campaign staff (`Clinton
    spokeswoman`), or a body's name or noun before the head (`FBI Director`, `a council
    spokesman`)."""
    head = _head_of_the_role(toks)
    # (`The Karori Residents' Association president`: a possessive inside a body's tagged name
    # is part of the name.)
    owner_end = next(
        (
            n
            for n in range(head - 1, 0, -1)
            if toks[n].text in POSSESSIVES and _inside_a_name(toks[n]) is None
        ),
        0,
    )
    if its is not None and not owner_end:
        # `Its chief economist, Laura Kim,`: the body named just before.
        return toks, _body_for_its(describer, its)
    if owner_end:
        # A possessive: `the State Department’s spokesman`, `Trump’s running mate`.
        return _owner_apart(describer, toks[:owner_end], toks[owner_end + 1 :])
    if _staff_of(describer, toks, head):
        # `Clinton spokeswoman`, `a Sanders volunteer`: the person's campaign (ROLES.md).
        organization = f"{toks[head - 1].text} campaign"
        return [t for t in toks[: head - 1] if not describer.is_person(t)] + toks[head:], organization
    return _organization_before_head(describer, toks, head)


def _owner_apart(describer: Describer, owner: list[Token], toks: list[Token]) -> tuple[list[Token], str]:
    """The role's words after an owner's possessive, and the body the owner names or describes."""
    members = _members_body(describer, owner, toks)
    if members:
        return toks[1:], members
    organization = _owner_organization(describer, owner, toks)
    if organization or not _a_countrys_name(strip_det(owner)):
        return toks, organization
    return _countrys_body_before_the_job(describer, strip_det(owner), toks)


def _a_countrys_name(owner: list[Token]) -> bool:
    """Whether an owner is a place's name in capitals the tagger tags a place (`China`,
    `South Africa`)."""
    return bool(owner) and all(capitalised(t.text) and t.ent_type_ in ("GPE", "LOC") for t in owner)


def _countrys_body_before_the_job(
    describer: Describer, owner: list[Token], toks: list[Token]
) -> tuple[list[Token], str]:
    """`China's foreign ministry spokesman`, `Nigeria's health ministry spokesman`: a place owns
    no job, but a body's noun before the job is the body, and the place says whose it is (as
    `a spokesman for China's foreign ministry` reads); a body the article names in full is
    that name (`Ministry of Foreign Affairs`)."""
    role, organization = _organization_before_head(describer, toks, _head_of_the_role(toks))
    # (`France's far-right National Front party leader`: words kept before the body, the role
    # read round it, are left as they were; the body stands right before the job.)
    if not organization or not role or role != toks[len(toks) - len(role) :] or role == toks:
        return toks, ""
    if organization.islower():
        organization = f"{_clean_org(describer.context, owner)}'s {organization}"
    return role, organization


def _members_body(describer: Describer, owner: list[Token], toks: list[Token]) -> str:
    """`Traders' association chairwoman Mercy Adjei`: a plural of its members owning a body's noun
    in small letters before a job describes the body (*Traders' association*), as `the hotel
    owners' association` does; the job is the words after the noun."""
    owner = strip_det(owner)
    if len(owner) != 1 or len(toks) < 2 or not is_role_noun(toks[-1]):
        return ""
    noun, members = toks[0], owner[0]
    # (`Fishermen's union secretary X`: a plural not ending in `s`, opening the sentence in
    # capitals, the tagger reads as a proper name.)
    irregular = members.tag_ == "NNP" and members.is_sent_start and _plural_owner(members)
    if members.tag_ != "NNS" and not irregular:
        return ""
    if not (noun.is_lower and _is_org_noun(noun) and (members.is_lower or members.is_sent_start)):
        return ""
    return text_of(describer.doc, [members, noun])


def _owner_or_inside_a_name(toks: list[Token], n: int) -> bool:
    """Whether a word that can name a job is no head of the role: it owns it (`The regulator’s
    director`), or, in capitals right before a body's noun in capitals that names no job, it is
    a word of the body's name, with a job's head after it (`Premier` in `Northern Premier
    League chief executive`)."""
    if n + 1 < len(toks) and toks[n + 1].text in POSSESSIVES:
        return True
    if _compounded_into_an_owner(toks, n) or _side_named_for_its_players(toks, n):
        return True
    if _inside_a_body_owning_it(toks[n]) or _brief_before_its_title(toks, n):
        return True
    if n + 2 >= len(toks) or not capitalised(toks[n].text):
        return False
    after = toks[n + 1]
    body = capitalised(after.text) and _is_org_noun(after) and not is_role_noun(after)
    return body and any(is_role_noun(t) for t in toks[n + 2 :])


def _brief_before_its_title(toks: list[Token], n: int) -> bool:
    """`Law and Justice Minister`, `Social Justice Minister`: a word of a brief in capitals that
    can name a job too (`Justice`, `Police`) right before a title's noun in capitals is the
    brief the title holds, not the role's head."""
    t = toks[n]
    after = toks[n + 1] if n + 1 < len(toks) else None
    if after is None or not (t.is_title and after.is_title) or t.lower_ not in lexicon().brief_words:
        return False
    return is_role_noun(after)


def _inside_a_body_owning_it(tok: Token) -> bool:
    """`Doctors` in `Doctors Without Borders' medical director`, `Doctors Without Borders medical
    director`: a word that can name a job inside a body's tagged name of several words that
    closes on a possessive mark (kept inside the name or right after it), or right before a job
    in small letters, is a word of the owner's name."""
    doc = tok.doc
    body = entity_at(doc, tok) if tok.ent_type_ == "ORG" and capitalised(tok.text) else None
    if body is None or len(body) < 2 or body.end >= len(doc):
        return False
    if body[-1].text in POSSESSIVES or doc[body.end].text in POSSESSIVES:
        return True
    return any(t.is_lower and is_role_noun(t) for t in doc[body.end : body.end + 3])


def _side_named_for_its_players(toks: list[Token], n: int) -> bool:
    """`Rangers manager Jan Kowalski` opening a sentence: a plural that can name a job, in
    capitals only as it opens the sentence and read as the noun (`ranger`), right before a job,
    is the side's name when the article tags it a body elsewhere inside a sentence (`left
    Rangers fourth`), as it does a side named for its players (`Senators`, `Cardinals`); else it
    stays the job's word (`Farmers leader`)."""
    tok = toks[n]
    if not (tok.is_sent_start and tok.tag_ == "NNS" and tok.is_title and n + 1 < len(toks)):
        return False
    # (`Police spokeswoman X`: a body's own noun, `Kestrel Valley Police` elsewhere, is no side.)
    if _is_org_noun(tok) or toks[n + 1].i != tok.i + 1 or not is_role_noun(toks[n + 1]):
        return False
    # (Not a person's name read as a plural, `Sanders strategist X`: tagged a person elsewhere.)
    kinds = {t.ent_type_ for t in tok.doc if t.text == tok.text and not t.is_sent_start}
    return "ORG" in kinds and "PERSON" not in kinds


def _side_of_a_people(tok: Token) -> bool:
    """`Kiwis coach Stacey Jones`, `the Aarhus coach`: a name the tagger calls a people, right
    before a job only a side has, is the side (see ``side_tagged_a_people``)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not side_tagged_a_people(tok):
        return False
    return doc[tok.i + 1].lemma_.lower() in lexicon().team_jobs


def side_tagged_a_people(tok: Token) -> bool:
    """Whether ``tok``, before a job only a side has, names the side though the tagger calls it
    a people: in capitals and no people's own word (`Kiwis`, `Aarhus`; not `Kiwi`, `Kenyan`,
    `Danish`: models/demonyms.txt)."""
    people = lexicon().names_a_place_or_people(tok.lower_)
    return tok.ent_type_ == "NORP" and capitalised(tok.text) and not people


def _compounded_into_an_owner(toks: list[Token], n: int) -> bool:
    """`The power utility’s chief executive`, `the cement maker’s`: a noun in small letters the
    parser compounds into the noun that owns the role is part of the owner, though its ending
    reads like a trade's (`power`, `cement`), so no head of the role (a word that names a job
    is left to the role: `A State Department inspector general’s report`)."""
    tok = toks[n]
    if not tok.is_lower or tok.dep_ != "compound" or tok.pos_ != "NOUN" or is_role_noun(tok):
        return False
    owner = tok.head
    end = toks[-1].i
    return (
        owner.i > tok.i
        and owner.dep_ == "poss"
        and owner.i + 1 <= end
        and owner.doc[owner.i + 1].text in POSSESSIVES
        and all(t.is_lower for t in owner.doc[tok.i : owner.i + 1])
    )


def _job_after_a_body_ending_in_a_role_word(toks: list[Token], head: int) -> int:
    """`Philippine Coast Guard spokesman`, `Revolutionary Guards commander`: a word that can name
    a job ending a body's tagged name is the body's, and the job is the role noun in small
    letters after the name; where the role's head is."""
    tok = toks[head] if head < len(toks) else None
    if tok is None or tok.ent_type_ != "ORG" or tok.ent_iob_ != "I" or not capitalised(tok.text):
        return head
    for n in range(head + 1, len(toks)):
        if not toks[n].is_lower or toks[n].ent_iob_ == "I":
            return head
        if is_role_noun(toks[n]):
            return n
    return head


def _body_for_its(describer: Describer, its: Token) -> str:
    """The body `its` stands for: the one its sentence has just called by a body's noun and a
    name (`an indictment of the Obama administration and, by extension, its secretary of
    state`); else the body named just before (`the committee`, with no name, may be another
    body than the one the article names)."""
    doc = describer.doc
    for k in range(its.i - 1, its.sent.start - 1, -1):
        t = doc[k]
        if t.ent_type_ == "ORG" or not describer.outside[k]:
            break
        named = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if t.pos_ == "NOUN" and _is_org_noun(t, plurals=False) and named:
            return text_of(doc, [*named, t])
    # (`CalMac, which runs the ferries, said …. Its managing director, X, said`: a sentence that
    # opens on `its` after one whose subject is a body means that body, named or not by the tagger.)
    subject = _body_subject_before(describer, its) if its.i == its.sent.start else ""
    if not subject and _FACES_ANOTHER in _subject_bodies(describer, _sentence_before_and_up_to(its)):
        # (`The Commission fined the carmaker Volkar. Its chief executive said`: the body that fined
        # and the one fined are as likely `its`; the body named last is no answer.)
        return ""
    return subject or describer.org_before(its.idx, True)


def _name_through_a_possessive(prefix: list[Token], k: int) -> tuple[int, int] | None:
    """`Traders' Association`, `Farmers' Union`: a word in capitals, a plural's mark inside a
    body's name and the words up to the body's noun, even where the first word could name a job
    (`traders`) and the tagger left the name untagged."""
    if not (capitalised(prefix[k].text) and k + 2 < len(prefix) and prefix[k + 1].text in POSSESSIVES):
        return None
    known = _inside_a_name(prefix[k + 1])
    if known is None:
        return None
    # (The words before the one the name is known to run to need no second look; a role's
    # words may have lost one, an honorific or a number, so it is found by position.)
    end = k + 2
    while end < len(prefix) and prefix[end].i < known.i:
        end += 1
    while end < len(prefix) and not _is_org_noun(prefix[end]):
        end += 1
    return (k, end + 1) if end < len(prefix) else None


def _inside_a_name(mark: Token) -> Token | None:
    """How far a possessive mark is known to be part of a body's name (`The Karori Residents'
    Association`): to the next word, inside a tagged name; to the body's noun, between
    capitalised words; None outside a name."""
    doc = mark.doc
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    if after is None:
        return None
    if mark.ent_type_ == "ORG" and after.ent_iob_ == "I":
        return after
    if _members_union_opening_the_sentence(mark, after):
        return after
    if not (doc[mark.i - 1].is_title and after.is_title):
        return None
    # (`Harbour Workers' General Union`: a plural's mark, then words in capitals up to the
    # body's noun.)
    k = after.i
    while _plural_mark(mark) and k + 1 < len(doc) and not _is_org_noun(doc[k]) and doc[k + 1].is_title:
        k += 1
    return doc[k] if _is_org_noun(doc[k]) else None


def _members_union_opening_the_sentence(mark: Token, after: Token) -> bool:
    """`Nurses' union secretary X said`: a plural in capitals opening the sentence or the words
    after a quote, its plural's mark and a body's noun in small letters before a job are the body the members
    make, as `the Teachers' union` the tagger names is (not *Nurses*, read as a name)."""
    members = mark.doc[mark.i - 1]
    # (Opening the sentence, or the words after a quote that name its speaker: `"…," Nurses' …`.)
    opens = members.is_sent_start or (members.i > 0 and members.nbor(-1).is_quote)
    return (
        opens
        and _plural_mark(mark)
        and members.is_title
        and after.is_lower
        and _is_org_noun(after, plurals=False)
        and after.i + 1 < len(mark.doc)
        and is_role_noun(mark.doc[after.i + 1])
    )


def _named_with(describer: Describer, surname: Token, noun: str) -> bool:
    """Whether the article writes `<surname> <noun>` (`the Cole campaign`, `the Cole
    administration`) somewhere."""
    return (surname.text, noun) in describer.context.memo(("word pairs",), lambda: _word_pairs(describer.doc))


def _word_pairs(doc: Doc) -> frozenset[tuple[str, str]]:
    """Every word of the article with the next one in small letters, read once per document."""
    return frozenset((doc[i].text, doc[i + 1].lower_) for i in range(len(doc) - 1))


def _portfolio_spokesperson_of_a_side(describer: Describer, owner: list[Token], role: list[Token]) -> bool:
    """`Sinn Féin’s health spokesman`, the party tagged a person: a spokesperson for a portfolio
    in small letters speaks for a party or a body, not for one person (`Cole’s spokesman`), so an
    owner of two words or more in capitals that opens on no given name and follows no title is
    that body."""
    lex = lexicon()
    if len(owner) < 2 or len(role) < 2 or role[-1].lower_ not in lex.spokespeople:
        return False
    if not all(t.is_lower and t.lower_ in lex.portfolios for t in role[:-1]):
        return False
    if not all(t.ent_type_ == "PERSON" and capitalised(t.text) and describer.outside[t.i] for t in owner):
        return False
    first = owner[0]
    return first.lower_ not in lex.first_names and not (first.i > 0 and is_title(first.doc[first.i - 1]))


def _owner_organization(describer: Describer, owner: list[Token], role: list[Token]) -> str:
    """The organisation of a role's owner before a possessive (`the State Department’s`), or a
    person's campaign (`Trump’s campaign manager`). Not a plural common noun in capitals only
    because it opens the sentence, whatever the tagger calls it (`Farmers' leader X said`)."""
    bare = strip_det(owner)
    # (A plural only: `Victory's football director`, a club's name a noun opening the sentence;
    # but one that owns a position on a team is a side's, `Rangers' striker X`.)
    plural = bare and bare[0].is_sent_start and all(t.tag_ == "NNS" and not coined(t) for t in bare)
    if plural and not _side_owning_a_position(bare, role):
        return ""
    body = (
        describer.owner_reads_as_body(owner)
        or _body_tagged_here(describer, owner)
        or _portfolio_spokesperson_of_a_side(describer, bare, role)
        or _short_form_and_its_branch(bare)
    )
    if body and not (role and role[0].lower_ == "campaign"):
        return _clean_org(describer.context, bare)
    if _side_owning_a_position(bare, role):
        return _clean_org(describer.context, bare)
    if describer.is_person(owner[-1]):
        if role and role[0].lower_ == "campaign":
            return f"{owner[-1].text} campaign"
        # `Tandy's spokeswoman`, in a story about a campaign: on their campaign (ROLES.md:
        # `X staffer` is `X campaign`); not `Obama's former aide`, who may have served in office.
        # (`Trump’s running mate` shares the candidate's campaign, a ticket of two.)
        running = [t.lower_ for t in role[-2:]] == ["running", "mate"]
        staff = role and (role[-1].lemma_.lower() in lexicon().campaign_staff or running)
        now = not any(t.lower_ in lexicon().time_modifiers for t in role)
        if staff and now and describer.campaign_story():
            return f"{owner[-1].text} campaign"
        # `Mrs. Cole's communications director`, where the article speaks of `the Cole campaign`.
        post = role and now and role[-1].lemma_.lower() in lexicon().campaign_posts
        if post and _named_with(describer, owner[-1], "campaign"):
            return f"{owner[-1].text} campaign"
        # `Mr. Cole's deputy national security adviser`, where the article speaks of `the Cole
        # administration`: on the staff of that administration (ROLES.md's `X campaign` rule).
        if role and _named_with(describer, owner[-1], "administration"):
            return f"{owner[-1].text} administration"
        return ""
    side = _side_by_its_last_word(describer, bare)
    if side:
        return side
    if role and _named_short(describer, bare, 0, role[0]) == (0, len(bare)):
        # `Halden's chief executive` after `Halden Foods`, the tagger calling `Halden` a place:
        # the words open the one company's name the article gives.
        return _clean_org(describer.context, bare)
    return _organization_span(describer, owner) or body_of_the_noun(describer, owner)


def _side_owning_a_position(owner: list[Token], role: list[Token]) -> bool:
    """`Kerry's full-back`, `Munster's winger`: a name in capitals that owns a position on a team
    (models/sports_positions.txt, not a title alone: `the president's guard`) is a side, whatever
    the tagger calls it; a person has no winger. Not a job a person's own staff hold too
    (`Serena's coach`). A plural in capitals opening the sentence, which the tagger reads as a
    common noun, is a side's name before a position too (`Rangers' striker X`, `Pirates'
    goalkeeper X`): a ranger has no striker."""
    if not owner or not role or not all(t.is_title and _names_a_side(t) for t in owner):
        return False
    # (`full-back`, split at its hyphen by the tokenizer: the whole word is the position.)
    word = role[-1].doc[_hyphenated_word_start(role[-1]).i : role[-1].i + 1]
    position = word.text if len(word) > 1 else word.lemma_
    return word.text.islower() and position.lower() in lexicon().sports_positions


def places_owning_a_position(doc: Doc) -> frozenset[str]:
    """`Munster's winger X`, `Canterbury's flanker X`: the places and peoples the lists know that
    own a position on a team in the article (``_side_owning_a_position``), lower-cased; each is a
    side there, no place, though the lists keep places out of the organisation column. (The
    possessive marks are found by their hashes: a token is made only for them.)"""
    names = set()
    for k in places_of_words(doc, ORTH, POSSESSIVES):
        start, end = k, k + 1
        while start > 0 and k - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        # (`out-half`, split at its hyphens by the tokenizer: the position is the whole word.)
        while end + 2 < len(doc) and doc[end + 1].tag_ == "HYPH" and not doc[end].whitespace_:
            end += 2
        if start == k or end >= len(doc):
            continue
        owner = list(doc[start:k])
        if _side_owning_a_position(owner, list(doc[k + 1 : end + 1])):
            names.add(" ".join(t.lower_ for t in owner))
    return frozenset(n for n in names if lexicon().names_a_place_or_people(n))


def _names_a_side(word: Token) -> bool:
    """Whether ``word``, in capitals before a position's possessive, can be a side's name: a
    proper noun, or a plural opening the sentence alone (`Rangers'`, read as `ranger`)."""
    plural = word.tag_ == "NNS" and bool(word.is_sent_start) and word.doc[word.i + 1].text in ("'", "’")
    return word.pos_ == "PROPN" or plural


def _side_by_its_last_word(describer: Describer, owner: list[Token]) -> str:
    """`Victory's assistant coach`, in a story whose `the club` is Melbourne Victory: one word in
    capitals that ends the side's name is that side called short, as fans and papers call it."""
    if len(owner) != 1 or not owner[0].is_title:
        return ""
    side = describer.org_for_noun("club", owner[0].idx)
    words = side.split()
    return side if len(words) >= 2 and words[-1] == owner[0].text else ""


def _short_form_and_its_branch(owner: list[Token]) -> bool:
    """`ERA Singapore's key executive officer`, `BBC Scotland's political editor`: a short form
    and the country or region of its branch, the place alone tagged, are one body's name (as
    ``_short_form_and_branch`` reads them in a title with no possessive)."""
    if len(owner) != 2 or not _short_form_alone(owner[0]):
        return False
    place = owner[1]
    return place.pos_ == "PROPN" and (place.ent_type_ == "GPE" or place.lower_ in lexicon().places)


def body_of_the_noun(describer: Describer, owner: list[Token]) -> str:
    """`the council’s chief engineer`, `The appeal’s chairwoman`: the body the article names
    that an owner in small letters stands for (a body's noun, or any noun after `the`: see
    ArticleOrganizations.organization_for)."""
    noun = owner[-1]
    if not noun.is_lower or noun.tag_ in ("NNS", "NNPS") or noun.pos_ != "NOUN":
        return ""
    if _leaders_body(describer, owner):
        # `the Obama administration’s top lawyer`, `the Modi government’s adviser`: the body
        # is named by its leader (ROLES.md's `X campaign`).
        return f"{owner[-2].text} {noun.lower_}"
    # (`the think tank's director`, after `The think tank Bruegel said`: a kind of two words.)
    kind = kind_of_two_words(noun)
    if kind and (named := describer.org_for_noun(kind, noun.idx)):
        return named
    if not (_is_org_noun(noun) or (noun.i > 0 and noun.doc[noun.i - 1].lower_ == "the")):
        return ""
    lemma = noun.lemma_.lower()
    # (`The brewer's managing director`: a business's trade, which news writes before its name,
    # stands for a business as `the company` does, though it can name a person's trade too.)
    trade = lemma in lexicon().trades_before_names and not _is_org_noun(noun)
    named = describer.org_for_noun("company" if trade else lemma, noun.idx)
    if named or not _is_org_noun(noun):
        return named
    before = _described_before(describer, noun)
    # (`the rights group's director` after `The pressure group Save Our Shores staged …`: a kind
    # of two words is no body described by another kind.)
    if kind and not before.lower().endswith(kind):
        before = ""
    described = before or _a_peoples_public_body(owner)
    return described or _described_here(describer, noun)


def _described_here(describer: Describer, noun: Token) -> str:
    """`the ambulance service's chief executive`, `a spokesman for the finance ministry`, `a
    health ministry spokesman`: a public body the article describes, where the job is, by nouns
    in small letters before its own noun and names no other way, is that description (ROLES.md 5:
    its fullest name in the article); not a company (`the oil company`: any firm), a campaign
    or a party, and not a noun alone (`the ministry`), which says nothing of which body. The
    body is definite (`owner of a shopping center` is any), or its words stand right before a
    spokesperson's or an official's job (`customer service representative` is a trade)."""
    body = _public_body_description(noun)
    if body:
        described_bodies(describer.context).add(body)
    return body


def _public_body_description(noun: Token) -> str:
    """The description `_described_here` reads for ``noun`` (see there), else ""."""
    lex = lexicon()
    if not noun.is_lower or noun.tag_ == "NNS" or not _is_org_noun(noun):
        return ""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    spoken_for = noun.dep_ == "compound" and after.lower_ in lex.spokespeople | {"official"}
    if not (spoken_for or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
        return ""
    if noun.lemma_.lower() in lex.business_nouns | {"campaign", "party"}:
        return ""
    doc, first = noun.doc, noun.left_edge.i
    while first < noun.i and (doc[first].lower_ in DETERMINERS or doc[first].pos_ == "ADJ"):
        if spoken_for and _field_of_a_government_office(doc, first, noun):
            break
        first += 1
    # (`interior ministry spokesman`, `interior` hung on the job: the field still names the ministry.)
    while spoken_for and first > 0 and doc[first - 1].head == after:
        if not _field_of_a_government_office(doc, first - 1, noun):
            break
        first -= 1
    words = doc[first : noun.i + 1]
    described = all(
        (_describes_a_body(w) and w.dep_ == "compound")
        or (spoken_for and _field_of_a_government_office(doc, w.i, noun))
        for w in words[:-1]
    )
    if first == noun.i or not described:
        return ""
    return words.text


def _field_of_a_government_office(doc: Doc, i: int, noun: Token) -> bool:
    """`foreign ministry spokesman`, `interior ministry official`: a field of government written
    as an adjective (`foreign`, `interior`: models/portfolios.txt) says which ministry or
    department speaks, as `health` does; `national` or `senior` says nothing."""
    return noun.lemma_.lower() in ("ministry", "department") and _peoples_portfolio(doc, i, noun.i)


def _a_peoples_public_body(owner: list[Token]) -> str:
    """`The Scottish government's transport secretary`, `the Kenyan government's spokesman`: a
    public body the article describes by its people or place and its noun in small letters, and
    names no more, is that description (ROLES.md 5: its fullest name in the article); not a
    company (`the Kenyan company`: any firm there), a campaign or a party."""
    words = [t for t in owner if t.lower_ not in DETERMINERS]
    noun = words[-1]
    lex = lexicon()
    if len(words) != 2 or noun.lemma_.lower() in lex.business_nouns | {"campaign", "party"}:
        return ""
    people = words[0]
    if not (capitalised(people.text) and people.ent_type_ in ("NORP", "GPE") and people.i + 1 == noun.i):
        return ""
    return f"{people.text} {noun.text}"


def _described_before(describer: Describer, noun: Token) -> str:
    """`The hotel owners' association said … the association's president`: a body the article
    never names, by the words in small letters it last described it with (a noun among them),
    *hotel owners' association*; a country's name and possessive may open them, saying which
    (`Uganda's health ministry`: ``_after_a_places_possessive``)."""
    doc = describer.doc
    for k in range(noun.i - 1, -1, -1):
        t = doc[k]
        if t.lemma_.lower() != noun.lemma_.lower() or not t.is_lower or not describer.outside[k]:
            continue
        words = _description_of_a_body(describer, t)
        if words:
            return words
    return ""


def _description_of_a_body(describer: Describer, t: Token) -> str:
    """The words in small letters (a noun among them, and a country's possessive perhaps) that
    describe the body whose noun is ``t`` (`the hotel owners' association`, `Uganda's health
    ministry`), kept as a described body (``_described_before``), or ""."""
    doc, k = describer.doc, t.i
    first = t.left_edge.i
    # (`the national tourism board`: *tourism board*, an adjective describing any body.)
    while first < k and (doc[first].lower_ in DETERMINERS or doc[first].pos_ == "ADJ"):
        if _peoples_portfolio(doc, first, k):
            break
        first += 1
    words = doc[first : k + 1]
    # (`Uganda's health ministry`: a country owning the body says which, as a people's name does.)
    owned = _after_a_places_possessive(doc, first, k)
    if owned < k and all(_describes_a_body(w) or _peoples_portfolio(doc, w.i, k) for w in doc[owned:k]):
        described_bodies(describer.context).add(words.text)
        return words.text
    return ""


def _after_a_places_possessive(doc: Doc, first: int, noun: int) -> int:
    """Where the words describing a body start past a place's name and its possessive that open
    them (`Uganda's health ministry`: `health`), else ``first``."""
    k = first
    while k < noun and doc[k].ent_type_ == "GPE" and capitalised(doc[k].text):
        k += 1
    return k + 1 if first < k < noun and doc[k].text in POSSESSIVES else first


def _peoples_portfolio(doc: Doc, i: int, noun: int) -> bool:
    """`The Chinese foreign ministry`, as wire copy writes a ministry in small letters: a field
    of government written as an adjective (`foreign`, `interior`), and the people's name in
    capitals right before it, say which ministry, where `national` says nothing."""
    lex = lexicon()
    tok = doc[i]
    field = tok.is_lower and (tok.lower_ in lex.fields or _opens_a_plural_field(doc, i)) and i < noun
    people = i + 1 < noun and tok.lower_ in lex.demonyms and doc[i + 1].lower_ in lex.fields
    return field or (people and capitalised(tok.text) and doc[i + 1].is_lower)


def _opens_a_plural_field(doc: Doc, i: int) -> bool:
    """`external affairs`, `internal affairs`, `public works`: a word in small letters qualifying
    the field in the plural right after it (models/portfolios.txt) is one field of government with
    it, so `India's external affairs ministry` is that ministry, not the *affairs ministry*."""
    if i + 1 >= len(doc):
        return False
    tok, field = doc[i], doc[i + 1]
    plural = field.is_lower and field.tag_ in ("NNS", "NNPS") and field.lower_ in lexicon().fields
    return plural and tok.head == field and tok.dep_ in ("amod", "compound") and tok.is_alpha


def described_bodies(context: DocContext) -> set[str]:
    """The bodies of the article found by their descriptions in small letters (see
    ``_described_before``), which the who layer keeps though no name in capitals is theirs."""
    return context.memo(("described bodies",), set)


def _describes_a_body(tok: Token) -> bool:
    """A word in small letters of a body's description (`hotel`, `owners`, `'`): nouns, what
    the body is about, not adjectives (`federal`, `national`), which describe any body."""
    return tok.text in POSSESSIVES or (tok.is_lower and tok.pos_ in ("NOUN", "PROPN"))


def _leaders_body(describer: Describer, owner: list[Token]) -> bool:
    """`the Obama administration`, `the Modi government`: a person's surname before the body
    they lead, in small letters."""
    return (
        len(owner) >= 2
        and owner[-1].is_lower
        and owner[-1].lower_ in lexicon().leaders_bodies
        and describer.is_person(owner[-2])
    )


def _body_tagged_here(describer: Describer, owner: list[Token]) -> bool:
    """`Eskom’s group executive`, the tagger calling `Eskom` a person elsewhere: an owner tagged
    a body here, named as one in the article, and no word of a name the article shows is a
    person's."""
    owner = strip_det(owner)
    return (
        bool(owner)
        and all(t.ent_type_ == "ORG" and t.lower_ not in describer.people_shown for t in owner)
        and _clean_org(describer.context, owner).lower() in describer.org_names
    )


def _organization_before_head(describer: Describer, toks: list[Token], head: int) -> tuple[list[Token], str]:
    """A body named among the words before a role's head (`FBI Director`, `Clinton campaign
    manager`), or a body's noun standing for the one the article names (`a council spokesman`)."""
    team = _team_before_its_job(describer, toks) or _party_before_its_group_leader(describer, toks, head)
    if team is not None:
        s, e = team
        return [t for t in toks[:s] if _modifies_role(t)] + toks[e:], _clean_org(describer.context, toks[s:e])
    organization = ""
    segment = _segment_before_head(describer, toks, head)
    if segment is not None and _tier_alone(describer, toks[segment[0] : segment[1]], toks[head : head + 1]):
        segment = None
    bodies = [n for n in range(head) if _body_noun_before_a_job(toks, n, head)]
    if segment is None and _committee_before_ranking(describer, toks, head):
        # `Oversight ranking Democrat`: the words before the seat name its committee.
        organization, toks = _clean_org(describer.context, toks[:head]), toks[head:]
    elif segment is None and bodies and not _body_named_after(describer, toks[head:]):
        # `a council spokesman`, `the company spokeswoman`: the council the article names.
        toks, organization = _role_past_a_bodys_noun(describer, toks, bodies[-1])
    elif segment is not None and _party_label(describer, toks[segment[0] : segment[1]], toks[head]):
        pass  # `a GOP strategist`: the party says which side, not who employs them
    elif segment is not None and _place_before_an_own_trade(toks, segment, head):
        toks = toks[: segment[0]] + toks[segment[1] :]  # (where one lives is no role: ROLES.md 4)
    elif segment is not None and _no_body_in_title(toks, segment, head):
        pass  # `Opposition leader X` (the bench a leader leads), `Police Sergeant X` (a rank whole)
    elif segment is not None and _portfolio_before(toks, segment, head):
        pass  # `Defense Secretary`, `Homeland Security Secretary`: the title names its portfolio
    elif segment is not None:
        toks, organization = _role_past_a_named_body(describer, toks, segment, head)
    return toks, organization


def _role_past_a_bodys_noun(describer: Describer, toks: list[Token], n: int) -> tuple[list[Token], str]:
    """`a council spokesman`, `the company spokeswoman`: the words of a role without the body's
    noun at ``n`` before its head, and the body the noun stands for (the one the article names);
    the words as they were when it stands for none."""
    noun = toks[n]
    organization = _body_a_noun_stands_for(describer, noun)
    # `a Scottish government spokesperson`, `Jupiter police spokesman`: the words in
    # capitals before a place's body name the place, no part of the role; they name the
    # body where the article names it no more.
    named = _place_body_start(toks, n) if noun.is_lower else n
    if not organization and named < n:
        organization = _clean_org(describer.context, toks[named : n + 1])
    # (`Board member`, a title in capitals, keeps its noun, like `campaign manager`.)
    if organization and noun.lemma_ != "campaign" and noun.is_lower and not _squad_of_a_side(toks, n):
        toks = toks[: min(named, _body_words_start(toks, n))] + toks[n + 1 :]
    return toks, organization


def _role_past_a_named_body(
    describer: Describer, toks: list[Token], segment: tuple[int, int], head: int
) -> tuple[list[Token], str]:
    """`FBI Director`, `Clinton campaign manager`: the words of a role without the body named
    by ``segment`` before its head, and that body."""
    s, e = segment
    if e + 1 == head and toks[e].is_lower and toks[e].lower_ in lexicon().place_bodies:
        e += 1  # `a Welsh government spokesperson`: the people's name and the body's noun
    organization = _clean_org(describer.context, toks[s:e])
    # (`said foreign ministry spokesman X`, `foreign ministry` tagged a body: a public body's
    # description in small letters is the body, as where the tagger leaves it untagged.)
    if organization.islower() and organization == _public_body_description(toks[e - 1]):
        described_bodies(describer.context).add(organization)
    # Words before the organisation stay in the role when they modify it (`former`);
    # a campaign's staff keep it in their role (`Clinton campaign manager`).
    keep = toks[e - 1 : e] if toks[e - 1].is_lower and toks[e - 1].lemma_ == "campaign" else []
    # `Board member Luis Ortega`: a body's bare noun, not its name, stays in the role, and
    # stands for the body the article names so (`Club captain`: none, when it names none).
    # (`The Group Chief Executive Officer of NNPC Ltd`, `Group` tagged a body alone: still
    # the noun, no name.)
    if e - s == 1 and _is_org_noun(toks[s]) and (not toks[s].ent_type_ or _group_tagged_alone(toks[s])):
        # (`Ministry spokesperson X`: one speaks for the body the noun stands for, whose noun is
        # no part of the job, as in `a ministry spokesperson`; the noun alone if the story names none.)
        spokes = _speaks_for_a_body(toks[head:]) and toks[s].is_title
        keep = [] if spokes else toks[s:e]
        organization = _body_of_a_bare_noun(describer, toks[s]) or (toks[s].text if spokes else "")
    elif head < len(toks) and _tier_and_its_body(toks[s:e], toks[head]):
        keep = toks[s:e]
        organization = _body_a_tier_names(describer, toks[s:e])
    elif head < len(toks) and (tier := _place_before_its_executive(toks[s:e], toks[head])):
        keep = toks[s + tier : e]
        organization = _clean_org(describer.context, toks[s : s + tier + 1])
    # (`Former FBI Director`: `former` in capitals at the head of a sentence.)
    # (`Deputy FBI Director`: a role word; not `the same way FBI Director`.)
    role = [t for t in toks[:s] if _modifies_role(t)] + keep + toks[_past_its_short_form(toks, e) :]
    return role, organization


def _party_before_its_group_leader(
    describer: Describer, toks: list[Token], head: int
) -> tuple[int, int] | None:
    """`Scottish Conservative group leader X`, `Labour group leader X`, `SNP group leader X`: a
    party's name in capitals before `group leader` is the body (the party whose councillors the
    group is), and `group leader` the job, whatever the tagger made of a people's adjective
    opening the name (ROLES.md 4 and 5: `group leader for the Greens` gives *group leader* /
    *Greens*). Where the party's name stands among ``toks``; None when they are not of that shape."""
    if not 1 < head < len(toks) or toks[head].lemma_.lower() != "leader" or toks[head - 1].lower_ != "group":
        return None
    s, lex = head - 1, lexicon()
    while s > 0 and capitalised(toks[s - 1].text) and toks[s - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        s -= 1
    words = toks[s : head - 1]
    if not words or len(words) > 3 or any(is_role_noun(t) or is_rank_word(t) for t in words):
        return None
    # (Not a people's adjective alone, `Scottish group leader`, nor a company's, `Linden`.)
    party = any(
        t.lower_ in lex.party_labels
        or (t.ent_type_ == "NORP" and t.lower_ not in lex.demonyms)
        or (t.ent_type_ == "ORG" and t.is_upper)  # (`SNP`, `DUP`: a party's short form)
        for t in words
    )
    # (`Scottish Lib Dem group leader X`: a party's short form the tagger calls a person.)
    person = describer.is_person(words[-1]) and words[-1].lower_ not in lex.party_labels
    return (s, head - 1) if party and not person else None


def _past_its_short_form(toks: list[Token], e: int) -> int:
    """`a Department of Health (DoH) spokesperson`: the body's short form in brackets right after
    its name, before the role's head, is the body's and no word of the role (not *DoH)
    spokesperson*); where the role's words go on, past the brackets, or ``e``."""
    if e + 3 < len(toks) and bracketed_word(toks, e + 1):
        short = toks[e + 1].text
        if short.isalpha() and capitalised(short) and not toks[e + 1].is_lower:
            return e + 3
    return e


def _tier_alone(describer: Describer, words: list[Token], title: list[Token]) -> bool:
    """`State Revenue Minister K. Rajan`, `State` tagged a body alone: a tier of government in
    capitals before a title names no body by itself, only whose minister it is, and stays in the
    role; unless it opens a body's name the article gives (`State spokesman` after `the State
    Department`). Not `City` or `County`, which may be a side's name cut short (`County manager`).
    So is a place's own noun tagged a body alone (`Barangay Captain X`, `Village Chief X`): the
    title of whoever heads one, a role with no body named. So is a local government's own word
    (`Borough`) when the title itself is tagged a body with it (`the Borough Engineer`, an office
    of any borough)."""
    if len(words) != 1:
        return False
    lex, word = lexicon(), words[0].lower_
    if word in _SCOPES_OF_AN_OFFICE:
        return True
    itself = " ".join([word, *(t.lower_ for t in title)])
    local = word in lex.council_words & lex.government_levels and itself in describer.org_names
    place = word in lex.place_nouns and word not in _PLACES_SIDES_ARE_NAMED_FOR
    if word not in _TIERS and not place and not local:
        return False
    others = (name for name in describer.org_names if not (local and name == itself))
    return not any(name.startswith(word + " ") for name in others)


def _tier_and_its_body(words: list[Token], head: Token) -> bool:
    """`County Executive Committee Member for Health`, `City Council Member`: a tier of
    government and a governing body's nouns, all in capitals before a title in capitals, name
    no body (every county has one), only the office: the words stay in the title (ROLES.md 4:
    the full title), as a bare `Board` does."""
    tier = len(words) > 1 and words[0].lower_ in lexicon().government_levels
    nouns = all(t.lower_ in _GOVERNING_NOUNS for t in words[1:])
    return tier and nouns and all(capitalised(t.text) for t in [*words, head])


def _place_before_its_executive(words: list[Token], head: Token) -> int:
    """`Nairobi County Executive Committee Member for Trade`: a place's name before a tier of
    government and its executive's nouns (`County Executive Committee`), all in capitals before a
    title in capitals, is the place's government, as its governor is (organisation *Nairobi
    County*); the executive's words stay in the title (ROLES.md 4: the full title). Where the tier
    stands among ``words``, 0 when they are not of that shape. (Not a council or an assembly, a
    body of its own: `Lenton City Council Member`.)"""
    lex = lexicon()
    tier = next((k for k, t in enumerate(words) if k and t.lower_ in lex.government_levels), 0)
    place, nouns = words[:tier], [t.lower_ for t in words[tier + 1 :]]
    if not tier or not nouns or "executive" not in nouns or not all(n in _GOVERNING_NOUNS for n in nouns):
        return 0
    levels = lex.government_levels
    named = all(t.pos_ == "PROPN" and capitalised(t.text) and t.lower_ not in levels for t in place)
    return tier if named and capitalised(head.text) else 0


def _segment_before_head(describer: Describer, toks: list[Token], head: int) -> tuple[int, int] | None:
    """Where the body named before a role's head stands among ``toks``: a county before its
    executive's letters (``_county_before_its_executives_letters``), else the last body named
    there (``_organization_segment``)."""
    county = _county_before_its_executives_letters(toks, head)
    return county or _organization_segment(describer, toks[:head], toks[head] if head < len(toks) else None)


def _county_before_its_executives_letters(toks: list[Token], head: int) -> tuple[int, int] | None:
    """`Nakuru County CEC Member for Water X`, `Nakuru County CECM for Trade X`: a place's name and
    its tier in capitals before the letters of the county's executive committee (Kenyan news's
    `CEC`) and a title in capitals, or before its member's letters (`CECM`), name the county's
    government, as the words written in full do (``_place_before_its_executive``): where its name
    stands among ``toks``, None when they are not of that shape."""
    if head >= len(toks):
        return None
    levels = lexicon().government_levels
    tier = next((k for k in range(head - 1, 0, -1) if toks[k].lower_ in levels and toks[k].is_title), 0)
    start = next((k for k in range(tier) if not is_rank_word(toks[k])), tier)  # (`Former`)
    named = all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in levels for t in toks[start:tier])
    letters = [t.text for t in toks[tier + 1 : head + 1]]
    member = letters == [COUNTY_EXECUTIVE_MEMBER_LETTERS.upper()]
    committee = len(letters) == 2 and letters[0] == COUNTY_EXECUTIVE_LETTERS.upper() and toks[head].is_title
    return (start, tier + 1) if start < tier and named and (member or committee) else None


def _body_a_tier_names(describer: Describer, words: list[Token]) -> str:
    """The body the article names whose name ends in a tier's body's words (`Lenton City Council`
    for `City Council Member`), none when it names only those words (the title's own, tagged).
    It is sought from the title's first word, so that the title's own words, tagged a body, are
    not the body named before it."""
    body = describer.org_for_noun(words[-1].lemma_.lower(), words[0].idx)
    tier = " ".join(t.lower_ for t in words)
    return body if body.lower().endswith(" " + tier) else ""


# The nouns of a body that governs a tier's place (`County Assembly`, `City Council`).
_GOVERNING_NOUNS = frozenset({"council", "committee", "executive", "assembly", "board", "cabinet"})


# The tiers of government that never stand for a body alone (see ``_tier_alone``).
_TIERS = frozenset({"state", "provincial", "regional", "federal", "prefectural"})
# The scope of a body's own office before its title (`The National Chairman of the Cocoa Farmers
# Association`, `Zonal Coordinator`): never a body's name cut short (`National Assembly` named in
# the story or not), so tagged a body alone it stays in the role.
_SCOPES_OF_AN_OFFICE = frozenset({"national", "zonal"})
# (`County manager`: a side named for its county or city, cut short.)
_PLACES_SIDES_ARE_NAMED_FOR = frozenset({"city", "county"})


def _body_words_start(toks: list[Token], n: int) -> int:
    """Where the words in small letters that make the body's noun ``toks[n]`` a kind of body
    start (`a central bank official`, `a health ministry spokesman`): they go with the noun
    when the body stands apart, so no `central official` is left (ROLES.md: the organisation is
    stripped from the role). The parser hangs such an adjective on the body's noun or on the
    role's head as it pleases, so adjacency decides. A rank or a time word stays the role's
    (`senior`, `former`)."""
    start = n
    while (
        start > 0
        and toks[start - 1].is_lower
        and toks[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")  # (`foreign` tagged a proper noun)
        and not is_rank_word(toks[start - 1])
        and not is_role_noun(toks[start - 1])
    ):
        start -= 1
    return start


def _bench_before(toks: list[Token], segment: tuple[int, int], head: int) -> bool:
    """Whether the body found right before `leader` is one word of the fields that is no
    portfolio (models/portfolios.txt: `Opposition`, `Shadow`), the bench a leader leads, as in
    `Leader of the Opposition`, and no body, whatever the tagger called it."""
    s, e = segment
    leader = head < len(toks) and toks[head].lemma_.lower() == "leader"
    # (Not a portfolio's word, which may name a party as well: `Labour leader X`.)
    word, lex = toks[s].lower_, lexicon()
    return leader and e - s == 1 and word in lex.fields and word not in lex.portfolios


def _portfolio_before(toks: list[Token], segment: tuple[int, int], head: int) -> bool:
    """Whether the body found right before the role's head is its portfolio (``_portfolio``),
    with the brief's words in capitals before it (`Local Government Minister X` opening a
    sentence, `Local` read as an adjective and left out of the body found at `Government`), or
    after the name of the place whose minister it is (`Sindh Local Government Minister`), or
    the first word of a brief listed before it."""
    s, e = segment
    lex = lexicon()
    while s > 0 and capitalised(toks[s - 1].text) and toks[s - 1].lower_ in lex.brief_words:
        s -= 1
    # (Not `Lagos State Commissioner for Health`: the place's own noun after it makes a body.)
    while (
        s < e - 1
        and (toks[s].ent_type_ in _PLACE or toks[s].lower_ in lex.places)
        and toks[s + 1].lower_ not in lex.place_nouns
    ):
        s += 1
    # (`Transport and Infrastructure Minister`: the body found is the first word of a listed brief.)
    return (e == head and _portfolio(toks[s:head], toks[head])) or listed_portfolio(toks[s : head + 1])


def _body_named_after(describer: Describer, words: list[Token]) -> bool:
    """`a former group economist at RBC`: the role names its body after its head (a name after
    `at`, `of`, `with`), so a body's bare noun before the head (`group`) is the job's word."""
    for prep in words[1:]:
        if prep.lower_ in ("at", "of", "with") and prep.head.i == words[0].i:
            obj = proper_object(describer.doc, prep)
            if obj is not None and obj.label_ == "ORG":
                return True
    return False


def _body_of_a_bare_noun(describer: Describer, noun: Token) -> str:
    """The body the article names by a bare noun before a title (`Board member`), none when
    that is the noun itself, tagged alone and taken for a body's whole name (`Group`)."""
    organization = describer.org_for_noun(noun.lemma_.lower(), noun.idx)
    return "" if organization.lower() == noun.lower_ else organization


def _group_tagged_alone(tok: Token) -> bool:
    """`The Group Chief Executive Officer of NNPC Ltd`: a noun for any business (`Group`,
    `Company`; models/generic_body_nouns.txt) tagged a body on its own before a title is the
    title's word (the whole business's, not a unit's), no body's name."""
    return tagged_alone(tok) and tok.is_title and tok.lower_ in lexicon().generic_business_nouns


# The nouns for one of a club's sides (`the youth team`, `the reserve side`, `the women's squad`).
_SQUAD_NOUNS = frozenset({"team", "side", "squad"})


def _squad_of_a_side(toks: list[Token], n: int) -> bool:
    """`youth team coach Davide Rinaldi`, `reserve side manager`: a side's noun with a word in
    small letters before it names one of the club's sides, a part of the job's name (ROLES.md:
    the role as written); the club it stands for is still the organisation."""
    before = toks[n - 1] if n > 0 else None
    return (
        toks[n].lower_ in _SQUAD_NOUNS
        and before is not None
        and before.is_lower
        and before.pos_ in ("ADJ", "NOUN", "NUM", "PART")
    )


def _unit_led(toks: list[Token], n: int, head: int) -> bool:
    """`group leader for the Greens`, `a team leader at the plant`: the band the leader leads,
    part of the job's name; not the `group` the article names (a company's `the group`)."""
    led = toks[n].lower_ in lexicon().units_led
    return led and n + 1 == head < len(toks) and toks[head].lemma_.lower() == "leader"


def _team_before_its_job(describer: Describer, toks: list[Token]) -> tuple[int, int] | None:
    """`Arsenal head coach`, `the Redhill Wanderers captain`, `Spartans striker`: words in
    capitals right before a job only a side has (models/team_jobs.txt, with a side's ranks and
    positions) name the side, whatever the tagger calls them (a club's name is read as a place,
    a person's, an adjective or nothing); where they are. Not a people (`Brazilian striker`), a
    country or its region (`England captain`: no place is a body), one of the article's people
    (`Djokovic coach`), nor a word in capitals only because it opens the sentence."""
    lex = lexicon()
    if len(toks) < 2 or not toks[-1].is_lower:
        return None
    if toks[-1].lemma_.lower() not in lex.team_jobs and not _position_as_a_title(toks[-1]):
        return _side_before_any_job(toks)
    e = len(toks) - 1
    # (`head coach`, `assistant coach`, `first-team coach`: the job's own words in small letters.)
    while e > 0 and (toks[e - 1].is_lower or toks[e - 1].tag_ == "HYPH") and not _is_org_noun(toks[e - 1]):
        e -= 1
    s = e
    runs = name_runs(describer.context)
    while (
        s > 0
        and capitalised(toks[s - 1].text)
        and not (is_role_noun(toks[s - 1]) or is_rank_word(toks[s - 1]) or is_title(toks[s - 1]))
        and toks[s - 1].lower_ not in lex.time_modifiers
    ):
        s -= 1
    if s == e and e > 0 and _side_named_for_its_people(runs, toks[e - 1]):
        s -= 1
    opens = e - s >= 2 and opens_sentence_at(describer.context, toks[s].i)
    if opens and _capitalised_only_as_the_sentence_opens(runs, toks, s):
        s += 1  # (`Veteran Arsenal striker`: a word in capitals as it opens the sentence)
    words = toks[s:e]
    # (A side's plural name is often tagged a people, `Spartans`; a people's adjective is none.)
    people = describer.people_shown
    # (`Jonathan McKinstry, the Gor Mahia coach,`: a side's name of two words or more tagged a
    # person only here, before the job, shows no person.)
    person_here = len(words) >= 2 and not runs.named_elsewhere(words) and _one_tagged_person(words)
    people = frozenset() if person_here else people
    if not words or any(t.ent_type_ == "NORP" and t.tag_ != "NNPS" or t.lower_ in people for t in words):
        return None
    if _clean_org(describer.context, words).lower() in lex.places or words[0].lower_ in lex.first_names:
        return None
    opening = opens_sentence_at(describer.context, words[0].i)
    if len(words) == 1 and opening and not runs.named_elsewhere(words):
        return (s, e) if _side_opening_the_sentence(describer, runs, words[0], toks[-1]) else None
    return s, e


def _capitalised_only_as_the_sentence_opens(runs: NameRuns, toks: list[Token], s: int) -> bool:
    """Whether ``toks[s]``, opening the sentence before a side's name and its job, is in
    capitals only because it opens it (`Veteran Arsenal striker`), no word of the side's name."""
    first = toks[s]
    # (`Harbour SC head coach`: a verb opens no title, `Harbour` opens the body's tagged name;
    # `Veteran Arsenal striker`, tagged one body, is a striker of some years.)
    tagged = first.pos_ == "VERB" and first.ent_type_ == "ORG" and toks[s + 1].ent_iob_ == "I"
    common = first.pos_ != "PROPN" and not runs.proper_elsewhere(first) and not tagged
    # (`NAIROBI - Gor Mahia head coach`: a proper noun no dictionary has is a name's word.)
    plain = not first.ent_type_ and not runs.named_elsewhere([first]) and not _coined_name(first)
    return (common or plain) and not determiner_opening_a_name(first)


def _side_opening_the_sentence(describer: Describer, runs: NameRuns, first: Token, job: Token) -> bool:
    """Whether ``first``, one word opening the sentence before ``job`` and named nowhere else,
    is a side's name rather than a word in capitals only because it opens the sentence."""
    lex = lexicon()
    side = _sides_plural(describer, first) or _plural_before_a_named_holder(describer, job, first)
    # (`Harbour United won … United boss X`: the last word of a name the story gives in full.)
    side = side or (first.tag_ == "NNP" and runs.ends_longer(first.lower_))
    # (`Yanga coach X`, the name read as an adjective: a word the tagger calls a place is a
    # name, not a word in capitals only because it opens the sentence; no place or people
    # the lists know, so a side's.)
    side = side or (first.ent_type_ == "GPE" and not lex.names_a_place_or_people(first.lower_))
    return side or _a_side_elsewhere(first) or _side_in_a_result(first)


def _position_as_a_title(job: Token) -> bool:
    """`Blues opener Sam Konstas`, `Brumbies prop X`: a position that is an everyday word too
    (models/sports_positions.txt, kind `title`) is a side's job where it is written as a title,
    right before a name in capitals."""
    doc = job.doc
    named = job.i + 1 < len(doc) and doc[job.i + 1].pos_ == "PROPN" and capitalised(doc[job.i + 1].text)
    return named and job.lemma_.lower() in lexicon().title_positions


def _coined_name(first: Token) -> bool:
    """Whether ``first``, opening a sentence, is a proper noun no English dictionary has
    (`Gor` of `Gor Mahia`), so a name's word, not one in capitals only as it opens the sentence."""
    return first.pos_ == "PROPN" and coined(first)


def _one_tagged_person(words: list[Token]) -> bool:
    """Whether ``words`` are the whole of one name the tagger tagged a person."""
    first, last = words[0], words[-1]
    whole = first.ent_iob_ == "B" and (last.i + 1 >= len(last.doc) or last.doc[last.i + 1].ent_iob_ != "I")
    return whole and all(t.ent_type_ == "PERSON" for t in words)


def _side_before_any_job(toks: list[Token]) -> tuple[int, int] | None:
    """`Rovers manager X`, `Phoenix general manager Y`, `former Phoenix player Z`: a job any body
    has (in small letters, after a word or two of its own), where the story calls the word in
    capitals before it a side elsewhere (`Former Rovers striker W`, `Phoenix coach V`)."""
    at = 1 if len(toks) > 2 and toks[0].lower_ in lexicon().time_modifiers else 0
    rest = toks[at + 1 :]
    if not rest or len(rest) > 3 or not capitalised(toks[at].text) or not is_role_noun(toks[-1]):
        return None
    # (`Clinton campaign chairman`: a body's noun of its own; `Djokovic coach`: a person's.)
    if not all(t.is_lower and t.pos_ in ("ADJ", "NOUN") and not _is_org_noun(t) for t in rest):
        return None
    side = toks[at]
    if side.ent_type_ == "PERSON":
        return None
    return (at, at + 1) if _a_side_elsewhere(side) or _side_in_a_result(side) else None


def _side_named_for_its_people(runs: NameRuns, word: Token) -> bool:
    """`Rangers boss X`, `Chiefs coach Y` opening a sentence: a side called by a plural of
    people whose singular is a job (`ranger`, `chief`) is the side's name when the story also
    writes it in capitals mid-sentence as a name of its own (`as Rangers beat Celtic`), or makes
    it a side in a match's result (`Rangers drew 1-1 with Hibs`)."""
    plural = word.tag_ in ("NNS", "NNPS") and word.lower_.endswith("s") and word.is_title
    return plural and (runs.named_elsewhere([word]) or _side_in_a_result(word))


def _a_side_elsewhere(word: Token) -> bool:
    """`Rovers captain Sam Reid` opening a sentence where the story also writes `Former Rovers
    striker Ian Cole`: the word in capitals stands elsewhere, not opening its sentence, right
    before a job only a side has, so it is the side's name here too."""
    doc, jobs = word.doc, lexicon().team_jobs
    for t in (doc[k] for k in places_of_word(doc, ORTH, word.text)):
        if t.i == word.i or t.i + 1 >= len(doc):
            continue
        nxt = doc[t.i + 1]
        # (Opening a sentence, only a proper noun: `Veteran coach X` is a coach of some years.)
        opening = t.i == 0 or t.is_sent_start or doc[t.i - 1].is_punct
        if nxt.is_lower and nxt.lemma_.lower() in jobs and (t.pos_ == "PROPN" or not opening):
            return True
    return False


def _side_in_a_result(word: Token) -> bool:
    """`Hearts were beaten 3-0 at Tynecastle … Hearts manager X said`: a word in capitals that
    the story elsewhere makes the subject or object of a sentence giving a match's score (two
    small numbers joined by a hyphen, no unit after them: not `rose 2-3 per cent`) is a side's
    name, though it only ever opens sentences (`Sales manager X` names none). The word stands
    alone there (`The Millbrook School Board voted 5-2`: a body's last word, and a vote's tally)."""
    doc = word.doc
    for t in (doc[k] for k in places_of_word(doc, ORTH, word.text)):
        if t.i == word.i or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        if any(c.dep_ == "compound" for c in t.children) or any(w.lemma_ == "vote" for w in t.sent):
            continue
        if any(_score_at(doc, k) for k in range(t.sent.start, t.sent.end - 2)):
            return True
    return False


def _score_at(doc: Doc, k: int) -> bool:
    """Whether tokens ``k``… are a match's score (`3-0`, `24–17`), with no unit after it."""
    first, dash, second = doc[k], doc[k + 1], doc[k + 2]
    small = all(t.is_digit and len(t.text) <= 3 for t in (first, second))
    joined = dash.text in ("-", "–") and not first.whitespace_ and not dash.whitespace_
    after = doc[k + 3] if k + 3 < len(doc) else None
    unit = after is not None and (after.pos_ == "NOUN" or after.lower_ in ("per", "%", "percent"))
    return small and joined and not unit


def _plural_before_a_named_holder(describer: Describer, job: Token, word: Token) -> bool:
    """`Springboks coach Rassie Erasmus`, `Crusaders winger X`: a plural in capitals opening the
    sentence, the tagger's plural common noun, before a job only a side has whose holder is
    named at once, is the side, when the article never writes the word in small letters
    (`Nurses`, in a story about nurses), its singular names no person (`Veterans`, `Juniors`,
    `Officers`: a kind of people), and it ends no longer name (`the Riverton Comets`, no body
    to the tagger: the side's full name, which only a body's tag gives)."""
    if name_runs(describer.context).ends_longer(word.lower_):
        return False
    doc, holder = job.doc, job.i + 1
    if holder >= len(doc) or doc[holder].ent_type_ != "PERSON" or doc[holder].ent_iob_ != "B":
        return False
    if word.tag_ != "NNS" or not word.is_title or word.i + 1 != job.i - _job_words_before(job):
        return False
    low, lex = word.lower_, lexicon()
    if lex.names_a_person(word.lemma_.lower()) or low in lex.demonyms or low[:-1] in lex.demonyms:
        return False
    return not any(t.lower_ == low and t.is_lower for t in doc)


def _job_words_before(job: Token) -> int:
    """How many words in small letters stand before the job's own noun (`head coach`: one)."""
    n, doc = 0, job.doc
    while job.i - n - 1 >= 0 and (doc[job.i - n - 1].is_lower or doc[job.i - n - 1].tag_ == "HYPH"):
        n += 1
    return n


def _sides_plural(describer: Describer, word: Token) -> bool:
    """`Hawks coach`, `Comets coach` opening a sentence: a plural in capitals is a side's name (a
    side is called by its players, `the Hawks`) when the tagger makes it a plural proper noun, or
    it ends the name of a body the article gives (`the Riverton Comets`); not a people's plural
    (`Americans`), nor a plural common noun that only opens the sentence."""
    if not word.lower_.endswith("s") or word.lower_[:-1] in lexicon().demonyms:
        return False
    if word.tag_ == "NNPS":
        return True
    return word.tag_ == "NNS" and any(n.endswith(" " + word.lower_) for n in describer.org_names)


def _place_body_named(toks: list[Token], noun: int) -> bool:
    """`Western Cape police`, `the Welsh government`: a place's body after the place's name."""
    return toks[noun].lower_ in lexicon().place_bodies and _capitals_before(toks, noun) < noun


def _place_body_start(toks: list[Token], noun: int) -> int:
    """Where the name of a place's body before a job starts (``noun`` if none): the place's
    name before the body's noun (`Western Cape police`), or before a field's word and a
    department (`Western Cape education department spokesperson`, `Ohio health department`)."""
    if _place_body_named(toks, noun):
        return _capitals_before(toks, noun)
    field = noun - 1
    if toks[noun].lower_ not in ("department", "ministry") or field < 1 or not toks[field].is_lower:
        return noun
    start = _capitals_before(toks, field) if toks[field].lower_ in lexicon().brief_words else field
    return start if start < field else noun


def _adjective_opening_the_sentence(tok: Token) -> bool:
    return bool(tok.is_sent_start) and tok.tag_ == "JJ" and not tok.ent_type_ and not coined(tok)


def _capitals_before(toks: list[Token], noun: int) -> int:
    """Where the run of words in capitals right before ``toks[noun]`` starts (``noun`` if none):
    a people's or a place's name, no role word (`Deputy`) nor party label, nor an adjective in
    capitals only because it opens the sentence (`Local council leader X`: no body *Local
    council*, as in `said local council leader X`)."""
    start = noun
    while (
        start > 0
        and capitalised(toks[start - 1].text)
        and toks[start - 1].ent_type_ in ("NORP", "GPE", "LOC", "")
        and not is_role_noun(toks[start - 1])
        and not is_rank_word(toks[start - 1])
        and not _adjective_opening_the_sentence(toks[start - 1])
    ):
        start -= 1
    return start


def _committee_before_ranking(describer: Describer, toks: list[Token], head: int) -> bool:
    """`Oversight ranking Democrat`, `Judiciary ranking member`: words in capitals before
    `ranking` that name the committee the seat is on."""
    if not 0 < head < len(toks) - 1 or not _ranking(describer.doc, toks[head].i):
        return False
    before = toks[:head]
    return all(
        capitalised(t.text) and not describer.is_person(t) and t.ent_type_ not in _PLACE for t in before
    ) and not any(_modifies_role(t) for t in before)


def _modifies_role(tok: Token) -> bool:
    """A word before a body's name in a title that belongs to the role: `former`, `senior`,
    `Deputy`; not a noun of the sentence the title runs into (`the same way FBI Director`)."""
    if tok.lower_ in lexicon().time_modifiers or is_role_noun(tok):
        return True
    return tok.is_lower and tok.pos_ == "ADJ" and tok.lower_ not in lexicon().pointing_adjectives


def is_rank_word(tok: Token) -> bool:
    """A word of rank or of time before a title (`Senior`, `Deputy`, `Acting`), no part of a
    body's name."""
    return tok.lower_ in lexicon().rank_words or tok.lower_ in lexicon().time_modifiers


def _party_is_a_side(word: str) -> bool:
    """Whether the party before the job ``word`` only says which side its holder is on: who runs
    for office, a political trade, an office held for a place."""
    lex = lexicon()
    return word in lex.candidacy_nouns | lex.political_trades | lex.place_offices


def _short_form_and_branch(prefix: list[Token], k: int) -> tuple[tuple[int, int], int]:
    """The short form at ``prefix[k]`` with the country of its branch after it, when more of the
    title follows (`ERA Singapore key executive officer`, `KPMG India partner`)."""
    # (`NHS England spokesperson`: a country the lists know, though the tagger left it untagged.)
    after = prefix[k + 1] if k + 1 < len(prefix) else None
    country = after is not None and after.pos_ == "PROPN" and after.lower_ in lexicon().places
    tagged = after is not None and after.ent_type_ == "GPE" and after.pos_ == "PROPN"
    branch = country or (k + 2 < len(prefix) and (tagged or _region_of_a_branch(prefix, k + 1)))
    end = k + 2 if branch else k + 1
    if k + 2 < len(prefix) and _faction_letter_after(prefix[k]):
        end = k + 3  # `MQM-P leader`
    end = _short_form_opening_a_name(prefix, k) or end
    return (k, end), end


def _region_of_a_branch(prefix: list[Token], k: int) -> bool:
    """`Lothian` in `NHS Lothian director`, tagged an adjective: a word in capitals no
    dictionary has in any form, after a short form, names the region of the body's branch
    (where `IMF Managing Director` has a dictionary's word)."""
    t = prefix[k]
    if not (t.is_title and t.is_alpha) or is_role_noun(t) or is_rank_word(t):
        return False
    # (`Managing`, `Presiding`, tagged proper nouns with themselves for lemma: a verb's form.)
    stem = t.lower_[:-3] if t.lower_.endswith("ing") else ""
    return coined(t) and not (stem and (is_english_word(stem) or is_english_word(stem + "e")))


def _short_form_opening_a_name(prefix: list[Token], k: int) -> int:
    """`NHS Confederation Wales director`, untagged: a short form opening words in capitals that
    end on a body's noun opens that body's name, with a country or a province closing the
    title's words for its branch; where the name ends, or 0."""
    j = k + 1
    while j < len(prefix) and prefix[j].pos_ == "PROPN" and prefix[j].is_title and not (
        is_role_noun(prefix[j]) or is_rank_word(prefix[j])
    ):
        j += 1
    end = next((n + 1 for n in range(j - 1, k, -1) if _is_org_noun(prefix[n])), 0)
    if end and end < len(prefix) == j:
        rest = " ".join(t.lower_ for t in prefix[end:])
        end = len(prefix) if rest in lexicon().places else end
    return end


def _unit_of_the_body(prefix: list[Token], e: int) -> int:
    """`Keswick mountain rescue team leader`: a name in capitals, then words in small letters up
    to the title's head that end in a body's noun, name that body (the town's rescue team),
    not the one the name alone is; where the body's name ends. A noun for any business is the
    job's word, no unit (`Eskom group chief executive`: the whole group's)."""
    j, last = e, e
    generic = lexicon().generic_business_nouns
    while j < len(prefix) and prefix[j].is_lower and prefix[j].pos_ in ("NOUN", "ADJ", "PROPN"):
        if _is_org_noun(prefix[j]) and not is_role_noun(prefix[j]) and prefix[j].lower_ not in generic:
            last = j + 1
        j += 1
    return last if j == len(prefix) and last > e else e


def _organization_segment(
    describer: Describer, prefix: list[Token], head: Token | None = None
) -> tuple[int, int] | None:
    """The last organisation named among the words before a role's head: a body's entity (`FBI`), a name
    the article shows is one (`Whole Foods`), or a person's name with a body's noun (`Clinton campaign`)."""
    segments = _bodies_named_before_the_head(describer, prefix, head)
    if not segments:
        return None
    s, e = segments[-1]
    s, e = _whole_body_name(prefix, _with_peoples_adjective(prefix, s, e), e)
    if _side_before_an_adjective(prefix, s, e, head):
        return None
    return s, e


def _bodies_named_before_the_head(
    describer: Describer, prefix: list[Token], head: Token | None
) -> list[tuple[int, int]]:
    """Every run of ``prefix`` that names a body (see _organization_segment), in order, as
    (start, end) in ``prefix``."""
    segments: list[tuple[int, int]] = []
    envoy = head is not None and head.lemma_.lower() in lexicon().place_offices
    k = 0
    while k < len(prefix):
        t = prefix[k]
        found: tuple[int, int] | None = None
        alone = _body_of_one_word_before_the_head(prefix, k, head)
        if spelled := _short_form_set_beside_its_name(describer, prefix, k, head):
            found, after = spelled, spelled[1]
        elif _short_form_shown(describer, t) or _coined_body_shown(describer, t) or alone:
            found, after = (k, k + 1), k + 1
        elif named := _named_in_capitals(describer, prefix, k, head):
            found, after = named, named[1]
        elif _job_word_opening_no_body(t) or is_rank_word(t) or _opens_a_body(prefix, k):
            after = k + 1  # `Deputy FBI Director`: a role word opens no body's name
        elif _dotted_acronym(t) and t.ent_type_ in ("GPE", "") and not envoy:
            # `F.B.I. director`, tagged a place: a country's short form has two letters, a body's more.
            found, after = (k, k + 1), k + 1
        elif short := _untagged_short_form(prefix, k, envoy):
            found, after = short
        elif _capitals_and_figures(t) and not t.ent_type_:
            found, after = _figured_segment(prefix, k)
        elif t.ent_type_ in ("ORG", "FAC") or _spokesperson_of_a_seat(prefix, k, head):
            found, after = _tagged_segment(describer, prefix, k)
            if found is not None and _town_before_its_office(prefix, found, head):
                found = None
        elif (
            describer.is_person(t)
            and k + 1 < len(prefix)
            and prefix[k + 1].is_lower
            and _is_org_noun(prefix[k + 1])
        ):
            found, after = (k, k + 2), k + 2
        elif t.pos_ in ("PROPN", "ADJ", "NOUN") and capitalised(t.text):
            found, after = _capitalised_segment(describer, prefix, k, head)
        else:
            after = k + 1
        if found is not None and not _common_nouns_in_capitals(describer.context, prefix[slice(*found)]):
            segments.append(found)
        k = after
    return segments


def _side_before_an_adjective(prefix: list[Token], s: int, e: int, head: Token | None) -> bool:
    """`GOP presidential contender`: a party before an adjective only says which side a
    candidate is on, so ``prefix[s:e]`` names no body the role is in; `BBC political editor`
    works for the BBC."""
    if not (e < len(prefix) and prefix[e].pos_ == "ADJ"):
        return False
    word = head.lemma_.lower() if head is not None else ""
    if len(prefix) >= 2 and prefix[-1].tag_ == "HYPH":
        word = f"{prefix[-2].lower_}-{word}"  # `front-runner`
    if head is None or _party_is_a_side(word):
        return True
    return any(x.ent_type_ == "NORP" or x.lower_ == "party" for x in prefix[s:e])


def _job_word_opening_no_body(tok: Token) -> bool:
    """`Deputy` in `Deputy FBI Director`: a word that can name a job, no body's noun, opens no
    body's name; but a plural opening a body's tagged name that owns a job does (`Doctors Without
    Borders medical director`)."""
    if not is_role_noun(tok) or _is_org_noun(tok):
        return False
    return not (tok.tag_ == "NNS" and tok.ent_iob_ == "B" and _inside_a_body_owning_it(tok))


def _short_form_set_beside_its_name(
    describer: Describer, prefix: list[Token], k: int, head: Token | None
) -> tuple[int, int] | None:
    """`JR East official X` after `East Japan Railway Company, or JR East, says`: two or three
    words in capitals right before the title's words in small letters that the article sets after
    a body's name in brackets or after `, or` are that body's short form, whatever the tagger made
    of them here (a place, a person, a noun and an adjective: `NEXCO Central official`); the
    entity layer gives the name in full (ROLES.md 5)."""
    for e in (k + 3, k + 2):
        if e > len(prefix) or not all(capitalised(x.text) and x.is_alpha for x in prefix[k:e]):
            continue
        after = prefix[e] if e < len(prefix) else head
        if after is None or not after.is_lower or prefix[e - 1].i - prefix[k].i != e - 1 - k:
            continue
        if spelled_in_text(describer.context.text, text_of(describer.doc, prefix[k:e])):
            return k, e
    return None


def _figured_segment(prefix: list[Token], k: int) -> tuple[tuple[int, int], int]:
    """`Fullers360 spokesperson`, `Studio54 Media chief executive`: a name with figures in it
    that the tagger took for a number, run on over the words in capitals after it up to a role's
    word, and where to read on."""
    after = k + 1
    while after < len(prefix) and prefix[after].is_title and not is_role_noun(prefix[after]):
        after += 1
    return (k, after), after


def _named_short(
    describer: Describer, prefix: list[Token], k: int, head: Token | None
) -> tuple[int, int] | None:
    """`Kestrel Chief Financial Officer` after `Kestrel Foods Inc`: capitalised words before a
    title, tagged as no body or as a person, that open the name of one body the article names
    are that body named short (the entity layer gives its full name); not a given name, a
    surname, a place, a field or a place's noun (`District Judge`), nor words that open several
    bodies' names or a body's bare noun (`Tallow Bay Council`: the town it serves)."""
    lex = lexicon()
    e = _short_name_end(prefix, k, loose=False)
    loose = e == k
    if loose:
        e = _short_name_end(prefix, k, loose=True)
    after = prefix[e] if e < len(prefix) else head
    if e == k or after is None or not (after.is_lower or is_role_noun(after) or is_rank_word(after)):
        return None
    if k > 0 and capitalised(prefix[k - 1].text) and not _modifies_role(prefix[k - 1]):
        return None  # (the end of a longer name)
    words = prefix[k:e]
    common = lex.places | lex.fields
    # (`Harbour City chairman`, loose: a club may be named after its town, `City` and all.)
    places = frozenset() if loose else lex.place_nouns
    if any(t.lower_ in lex.first_names or t.lower_ in common or t.lemma_.lower() in places for t in words):
        return None  # (`Health Principal Secretary`, `District Judge`: a field, a place's noun)
    runs = name_runs(describer.context)
    if len(words) == 1 and runs.ends_longer(words[0].lower_):
        return None  # (`Obama adviser`, with `Barack Obama` named)
    # (`Surrey Mayor` beside `Surrey RCMP`: a town the tagger calls a place elsewhere, or before
    # an office only a town has, is the place.)
    # (Words the tagger read as a place here, `loose`, are weighed by the body they open below.)
    placed = not loose and runs.places.get(tuple(t.lower_ for t in words), 0)
    if placed or after.lemma_.lower() in lex.town_offices:
        return None
    opened = " ".join(t.lower_ for t in words) + " "
    following = {n[len(opened) :].split()[0] for n in describer.org_names if n.startswith(opened)}
    # (`Thornbury` opening `Thornbury Borough Council` and `Thornbury Chamber of Commerce` is the
    # town both are in; before a body's bare noun, `Port of Spain City Corporation`, `Tallow Bay
    # Council`, the words name the place the body serves.)
    if len(following) != 1:
        return None
    word = following.pop()
    # (`Meridian chairman` after `Meridian Bank`, `Harbour City chairman` after `Harbour City FC`,
    # `Halden chief executive` after `Halden Foods`: a company's or a club's noun, or the trade a
    # company's name ends in, closes the name of no place's body.)
    if word in lex.business_nouns or word in lex.club_words or word in lex.trade_name_words:
        return k, e
    if loose:
        return None
    generic = lex.organization_nouns | lex.role_nouns | lex.place_nouns | NAME_JOINERS
    return None if word in generic or word.rstrip("s") in generic else (k, e)


def _short_name_end(prefix: list[Token], k: int, loose: bool) -> int:
    """Where the words in capitals from ``k`` that may open a body's name end, before a title's
    words; ``loose`` lets in words the tagger called a people or a place or read as an adjective
    (`Meridian chairman`, `Harbour City chairman`), which only a company's or a club's name the
    article gives makes a body (not a people's adjective: `British chairman`)."""
    tags = ("", "PERSON", "NORP", "GPE", "LOC") if loose else ("", "PERSON")
    kinds = ("PROPN", "ADJ") if loose else ("PROPN",)
    demonyms = lexicon().demonyms if loose else frozenset()
    e = k
    while (
        e < len(prefix)
        and prefix[e].pos_ in kinds
        and capitalised(prefix[e].text)
        and prefix[e].ent_type_ in tags
        and prefix[e].lower_ not in demonyms
        and not (is_role_noun(prefix[e]) or is_rank_word(prefix[e]) or is_title(prefix[e]))
    ):
        e += 1
    return e


def _town_before_its_office(prefix: list[Token], found: tuple[int, int], head: Token | None) -> bool:
    """`Borongo Mayor`, the town tagged a body: one proper name in capitals, no body's noun and no
    short form, right before an office only a town or a district has, is the place it serves."""
    s, e = found
    if head is None or e - s != 1 or e != len(prefix):
        return False
    # (`Tallinn deputy mayor`: a word of rank between the town and its office.)
    ranked = is_rank_word(head) and head.i + 1 < len(head.doc)
    office = head.doc[head.i + 1] if ranked else head
    if office.lemma_.lower() not in lexicon().town_offices:
        return False
    t = prefix[s]
    # (`Harare mayor`: the tagger may read a town it tags a body as an adjective of the office;
    # a people's adjective is no town, `Kenyan mayor`.)
    named = t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.lower_ not in lexicon().demonyms)
    return named and t.is_title and not _is_org_noun(t) and t.i + 1 == head.i


def _opens_a_body(prefix: list[Token], k: int) -> bool:
    """`NSW` + `Farmers`: a place's short form the tagger took for a number, before a body's
    tagged name or its short form left untagged (`NSW` + `SES`: see _untagged_short_form), is
    read with that name (see _tagged_segment), not as a name of its own."""
    body = k + 1 < len(prefix) and (prefix[k + 1].ent_type_ in _BODY_TAGS or _untagged_acronym(prefix[k + 1]))
    return body and _word_taken_for_a_number(prefix[k])


def _whole_body_name(prefix: list[Token], s: int, e: int) -> tuple[int, int]:
    """Where the body's name found at ``prefix[s:e]`` starts and ends: run on over a hyphen
    (``_hyphened_on``), over small name words, and to its unit (``_unit_of_the_body``).
    `Dar es Salaam city director`: a small word the parser reads as a proper noun, between two
    words in capitals, is inside one name, however the tagger cut it (*Salaam* alone, or *Dar*
    alone where a headline made it a body)."""
    s = _hyphened_on(prefix, s)
    def small_name_word(k: int) -> bool:
        return prefix[k].pos_ == "PROPN" and prefix[k].is_lower and prefix[k].is_alpha

    def in_capitals(k: int) -> bool:
        return prefix[k].pos_ == "PROPN" and capitalised(prefix[k].text)

    while s >= 2 and small_name_word(s - 1) and in_capitals(s - 2):
        s -= 2
    while e + 1 < len(prefix) and small_name_word(e) and in_capitals(e + 1):
        e += 2
    return s, _unit_of_the_body(prefix, e)


def _hyphened_on(prefix: list[Token], s: int) -> int:
    """`Sibanye-Stillwater spokesperson`: words in capitals joined by a hyphen with no space are
    one name, however the tagger cut it (it tagged *Stillwater* alone, or nothing); where the
    body's name starts."""
    while s >= 2 and hyphen_joined(prefix[s]):
        part = prefix[s - 2]
        if part.pos_ != "PROPN" or not capitalised(part.text):
            break
        s -= 2
    return s


def _with_peoples_adjective(prefix: list[Token], s: int, e: int) -> int:
    """`Indian` + `Farmers Fertiliser Cooperative`: a people's adjective the tagger cut from the
    name of a body that ends in a body's noun (or a region's it tags nothing, `Victorian` +
    `Farmers Federation`: ``_regions_adjective``) opens that name (not a party's before one noun:
    `Republican Senate majority leader`); where the body's name starts."""
    # (`Irish` + `Farmers' Association`, the adjective left untagged: a people's by the list.)
    people = s > 0 and (
        prefix[s - 1].ent_type_ == "NORP"
        or prefix[s - 1].lower_ in lexicon().demonyms
        or _regions_adjective(prefix[s - 1])
    )
    if people and e - s >= 2 and capitalised(prefix[s - 1].text):
        if prefix[s - 1].i + 1 == prefix[s].i and _is_org_noun(prefix[e - 1], plurals=False):
            return s - 1
    return s


def _regions_adjective(tok: Token) -> bool:
    """`Victorian` + `Farmers Federation`: an adjective in capitals the tagger tags nothing, ending
    as a people's or a region's does (`-an`, `-ese`, `-ish`: `Victorian`, `Tasmanian`, `Albertan`,
    the lists holding only the countries'), which opens the name of the body after it."""
    return tok.tag_ == "JJ" and not tok.ent_type_ and tok.lower_.endswith(_PEOPLES_ENDINGS)


def _short_form_shown(describer: Describer, t: Token) -> bool:
    """`INMO general secretary`: a short form the article shows is a body's, tagged as a common
    noun or, with the name after it, as a person (`ACCC chair Gina Cass-Gottlieb`)."""
    return len(t.text) >= 2 and t.text.isupper() and t.lower_ in describer.org_names and t.ent_type_ != "ORG"


def _coined_words_apposed(context: DocContext) -> set[str]:
    """`Kumirai, the country's largest union federation,`: one word in capitals that no English
    dictionary has, which the tagger left untagged, set beside a body's noun."""
    doc, cols = context.doc, context.columns
    # (Filtered on the columns first: a token object for every word of the article was most
    # of this check's cost.)
    words = (
        doc[i] for i, pos in enumerate(cols.pos) if pos == PROPN and cols.is_title[i] and not cols.ent_type[i]
    )
    return {
        t.lower_
        for t in words
        if any(c.dep_ == "appos" for c in t.children)
        and coined(t)
        and apposed_kinds(Span(doc, t.i, t.i + 1, label="ORG"))
    }


def _coined_body_shown(describer: Describer, t: Token) -> bool:
    """`Rengo President X`, after `Rengo, the country's largest union federation,`: a word in
    capitals no English dictionary has, tagged as no body, that the article shows to be a body
    (set beside a body's noun) and never as a person's name, and that no list knows as a place
    or a people."""
    return (
        t.ent_type_ in ("NORP", "GPE", "PRODUCT", "PERSON", "")
        and t.lower_ not in describer.people_shown
        and t.is_title
        and t.lower_ in describer.org_names
        and coined(t)
        and not lexicon().names_a_place_or_people(t.lower_)
    )


def _named_in_capitals(
    describer: Describer, prefix: list[Token], k: int, head: Token | None
) -> tuple[int, int] | None:
    """A body's name in capitals opening at ``prefix[k]`` that its tags do not show: through a
    possessive, named short, or named whole with `of` inside."""
    return (
        _name_through_a_possessive(prefix, k)
        or _named_short(describer, prefix, k, head)
        or _body_named_with_of(describer, prefix, k)
    )


def _body_named_with_of(describer: Describer, prefix: list[Token], k: int) -> tuple[int, int] | None:
    """`Ports of Auckland chief executive X`, `Bank of Valletta chairman X`, untagged before the
    job: words in capitals with `of` inside that are the whole name of a body the article names
    elsewhere (the capitalised run alone stops at the `of`)."""
    if not capitalised(prefix[k].text) or not any(t.lower_ == "of" for t in prefix[k + 1 :]):
        return None
    for e in range(len(prefix), k + 2, -1):
        words = prefix[k:e]
        if not capitalised(words[-1].text) or not any(t.lower_ == "of" for t in words[1:-1]):
            continue
        if text_of(describer.doc, words).lower() in describer.org_names:
            return k, e
    return None


def _capitalised_segment(
    describer: Describer, prefix: list[Token], k: int, head: Token | None
) -> tuple[tuple[int, int] | None, int]:
    """The body named by capitalised words starting at ``prefix[k]`` that the tagger calls no
    body, if they name one, and where to read on."""
    t = prefix[k]
    if _coined_body_before_a_holder(describer, prefix, k, head):
        return (k, k + 1), k + 1
    if k == 0 and t.tag_ == "NNS" and t.is_title and t.lower_ in describer.org_names:
        return (k, k + 1), k + 1  # `Blues captain X said`, the side named so, a plural opening the sentence
    # (`Retail NZ chief executive`, `Universities UK`: a sector's word before a country's name is
    # a national body's, whatever the tagger makes of the sector's word.)
    e = k + 1
    while e < len(prefix) and capitalised(prefix[e].text):
        e += 1
    after = prefix[e] if e < len(prefix) else head
    if t.pos_ in ("ADJ", "NOUN") and after is not None and after.is_lower and _field_and_country(prefix[k:e]):
        return (k, e), e
    # `Kerrow chief economist`: a name opening the title that the tagger, not knowing it, makes
    # an adjective or a common noun (as it does `Presumptive`, never a proper noun elsewhere).
    guessed = (
        t.pos_ in ("ADJ", "NOUN")
        and k == 0
        and not t.ent_type_
        # (`GLASGOW — Celtic manager X`, `Celtic` an adjective tagged nothing after the
        # dateline: the article tags it a body elsewhere, `left Celtic second`.)
        and (name_runs(describer.context).proper_elsewhere(t) or _tagged_a_body_elsewhere(describer, t))
    )
    # (`Maynilad president X`: a body's short name the tagger calls a person's and reads as an
    # adjective, as it reads words of names it does not know.)
    # (Not an English word opening the sentence: `Rickshaw driver X`, `Rickshaw` a person's.)
    taken = t.pos_ == "ADJ" and t.ent_type_ == "PERSON" and t.is_title and (coined(t) or t.i > t.sent.start)
    if t.pos_ != "PROPN" and not guessed and not taken:
        return None, k + 1
    if describer.is_person(t):
        return _body_taken_for_a_person(describer, prefix, k, head)
    if guessed:
        after = prefix[1] if len(prefix) > 1 else head
        return ((0, 1) if _named_apart(describer, [t], after) else None), 1
    return _named_segment(describer, prefix, k, head)


def _tagged_a_body_elsewhere(describer: Describer, tok: Token) -> bool:
    """`Celtic` after a dateline, tagged nothing, that the article tags a body elsewhere (`left
    Celtic second`); not a person's name the tagger also takes for a body (`Sanders strategist`)."""
    return tok.lower_ in describer.org_names and tok.lower_ not in describer.person_words


def _coined_body_before_a_holder(
    describer: Describer, prefix: list[Token], k: int, head: Token | None
) -> bool:
    """`Numsa spokesperson Phakamile Hlubi-Majola`, `Seifsa chief executive X`, `Pagasa weather
    specialist X`: one word in capitals that no English dictionary has (quotes/dictionary.py), right
    before a job in small letters that a person named at once holds, is the body they work for,
    whatever the tagger calls it (a word it does not know opening a sentence is often a common
    noun or a people to it). Not a place, a people, a given name or one of the article's people
    (a surname), nor before a seat or a political trade (a party there is a side taken)."""
    t, lex = prefix[k], lexicon()
    if head is None or not all(x.is_lower for x in prefix[k + 1 :]):
        return False
    if not (coined(t) or _speaks_as_a_name(t)):
        return False
    if any(x.lower_ not in lex.time_modifiers for x in prefix[:k]):
        return False
    word = t.lower_
    # (A short form in capitals is no person's name, whatever the tagger calls it: `NDRRMC`; a
    # word the tagger took for a person's elsewhere, only ever alone and untitled, is none either:
    # `Eskom warns …` heading the story, then `Eskom spokesperson X`. The people the article shows
    # are left out below.)
    person = t.ent_type_ == "PERSON" and not _short_form_alone(t)
    if person or t.ent_type_ in ("GPE", "LOC", "FAC") or word in lex.first_names:
        return False
    if lex.names_a_place_or_people(word) or word in describer.people_shown:
        return False
    if name_runs(describer.context).ends_longer(word):
        return False
    # (`spokesperson`, `head coach`, `weather specialist`, `chief executive officer`)
    doc, j = describer.doc, end_of_small_words_after(t)
    job = doc[j - 1]
    if j == t.i + 1 or not (is_role_noun(job) or job.lemma_.lower() in lex.team_jobs):
        return False
    if _party_is_a_side(job.lemma_.lower()):
        return False
    return j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].ent_type_ not in _PLACE


def _speaks_as_a_name(tok: Token) -> bool:
    """`Unite regional officer X`, after `Unite said …`: an English word in capitals that the
    article elsewhere makes, alone and with no article, the subject of a verb of saying (a common
    noun needs one: `the union said`), so a name, though the tagger knows it as a verb; not a
    body's or a job's noun (`Police said`), a plural, a field or a place."""
    lex, word = lexicon(), tok.lower_
    if _is_org_noun(tok) or is_role_noun(tok) or word in lex.fields or lex.names_a_place_or_people(word):
        return False
    return any(
        u.i != tok.i
        and u.lower_ == word
        and u.tag_ == "NNP"
        and u.dep_ == "nsubj"
        and u.head.lemma_.lower() in lex.cue_verbs
        and not any(c.dep_ in ("det", "poss", "compound") for c in u.children)
        and not u.ent_type_
        # (The word's places, found at C speed: a token is made only for the same word.)
        for u in (tok.doc[k] for k in places_of_word(tok.doc, LOWER, word))
    )


def _body_of_one_word_before_the_head(prefix: list[Token], k: int, head: Token | None) -> bool:
    """Whether ``prefix[k]`` alone names the body of a title's head: a side named for its players
    or tagged a people before a side's job (`Kiwis coach`), or a university named short opening
    the title (`Unilag Vice-Chancellor Professor X`: see ``university_before_its_office``)."""
    if head is not None and _side_named_for_its_players([*prefix, head], k) or _side_of_a_people(prefix[k]):
        return True
    return head is not None and k == 0 and university_before_its_office(prefix[k])


def university_before_its_office(tok: Token) -> bool:
    """`Unilag Vice-Chancellor Professor X`, `Uniben Registrar X`: one word in capitals right before
    an office only a university has, whatever the tagger called it (a people, nothing), is the
    university's short name, as Nigerian and Kenyan news write them; not a place's or a people's
    word the lists know (`Kenyan Vice-Chancellor`), nor a person's (`Obi Registrar`, `Obi` named so
    elsewhere). A word tagged a person by itself there is the university all the same when no other
    person the story tags holds it and the lists know no given name of it (`said Makerere
    Vice-Chancellor X`, Uganda's university by its hill: ``_person_tag_on_a_university``)."""
    if not (capitalised(tok.text) and tok.is_alpha) or tok.ent_type_ in ("GPE", "LOC", "DATE"):
        return False
    if tok.ent_type_ == "PERSON" and not _person_tag_on_a_university(tok):
        return False
    if lexicon().names_a_place_or_people(tok.lower_) or is_role_noun(tok):
        return False
    doc = tok.doc
    offices = university_offices()
    words: list[str] = []
    for k in range(tok.i + 1, min(len(doc), tok.i + 5)):
        words.append(doc[k].lower_)
        if " ".join(words).replace(" - ", "-") in offices:
            return True
    return False


def _person_tag_on_a_university(tok: Token) -> bool:
    """Whether the one word ``tok``, tagged a person alone, is no person's: no other person the
    story tags holds the word, and the lists know no given name of it."""
    if tok.ent_iob_ != "B" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return False
    if known_given_name(tok.lower_):
        return False
    word = tok.lower_
    return not any(
        e.label_ == "PERSON" and e.start != tok.i and word in (t.lower_ for t in e) for e in tok.doc.ents
    )


def _untagged_short_form(prefix: list[Token], k: int, envoy: bool) -> tuple[tuple[int, int], int] | None:
    """`KMRL managing director`, `DA Western Cape spokesperson`: a body's short form the tagger
    left untagged, with its branch's place, and where to read on; None if ``prefix[k]`` is none.
    A place's short form the tagger took for a number right before it opens it (`NSW SES Chief
    Superintendent`: *NSW SES*, see _opens_a_body)."""
    province = _two_letters_and_a_province(prefix, k)
    if province:
        return (k, k + 1 + province), k + 1 + province
    if not _untagged_acronym(prefix[k]) or envoy:
        return None
    (s, e), after = _short_form_and_branch(prefix, k)
    return (s - 1 if s > 0 and _opens_a_body(prefix, s - 1) else s, e), after


def _two_letters_and_a_province(prefix: list[Token], k: int) -> int:
    """`DA Gauteng spokesperson for health`, `DA Western Cape leader`: a short form of two capitals
    the tagger left untagged, no place's own (`US`, `UK`), then a country's or a province's name
    (models/places.txt) and more of the title, is a party's or a union's branch there, as `ANC
    Gauteng` is; how many words the place takes (0: none)."""
    t, places = prefix[k], lexicon().places
    if len(t.text) != 2 or not (t.text.isupper() and t.is_alpha) or t.ent_type_ or t.lower_ in places:
        return 0
    for n in (2, 1):
        words = prefix[k + 1 : k + 1 + n]
        if len(words) == n and all(capitalised(w.text) for w in words):
            if " ".join(w.lower_ for w in words) in places:
                return n
    return 0


def _untagged_acronym(tok: Token) -> bool:
    """`KMRL`, `NHAI`: three to six capitals that the tagger tagged as nothing, standing on
    their own (not `anti-GOP`, `GOP/Obama`)."""
    doc, i = tok.doc, tok.i
    joined = (i > 0 and doc[i - 1].text in ("-", "/")) or (
        i + 1 < len(doc) and doc[i + 1].text in ("-", "/") and not _faction_letter_after(tok)
    )
    # (`ICC Presiding Judge`: the tagger, reading `Presiding` as a verb, tags `ICC Presiding` a
    # work's title; a title's words run into, no work.)
    into_title = tok.ent_type_ == "WORK_OF_ART" and tok.ent_iob_ == "B"
    # (`NNPC Acting Managing Director`: so too one run on into a word of rank or time.)
    into_title = into_title and i + 1 < len(doc) and (doc[i + 1].tag_ == "VBG" or is_rank_word(doc[i + 1]))
    untagged = not tok.ent_type_ or _opens_a_place_it_is_not(tok) or into_title
    return 3 <= len(tok.text) <= 6 and tok.text.isupper() and tok.is_alpha and untagged and not joined


def _opens_a_place_it_is_not(tok: Token) -> bool:
    """`NHS` in `NHS England`, which the tagger tagged one place: a short form no list knows
    for a place, opening a place's tagged name, is a body's, the place its branch's."""
    doc, i = tok.doc, tok.i
    opens = tok.ent_iob_ == "B" and tok.ent_type_ in ("GPE", "LOC") and i + 1 < len(doc)
    return opens and doc[i + 1].ent_iob_ == "I" and tok.lower_ not in lexicon().places


def _faction_letter_after(tok: Token) -> bool:
    """`MQM-P`, `PML-N`: a party's short form with its faction's letter joined by a hyphen."""
    doc, i = tok.doc, tok.i
    return (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not tok.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
        and doc[i + 2].text.isupper()
        and len(doc[i + 2].text) <= 2
    )


def _dotted_acronym(tok: Token) -> bool:
    """`F.B.I.`, `C.I.A.`: three or more capitals, each with its full stop."""
    return re.fullmatch(r"(?:[A-Z]\.){3,}", tok.text) is not None


def _tagged_segment(describer: Describer, prefix: list[Token], k: int) -> tuple[tuple[int, int] | None, int]:
    """The organisation entity starting at ``prefix[k]``, if it names a body (with the places
    before it and its own noun after it), and where the entity ends."""
    t = prefix[k]
    whole = k + 1
    while whole < len(prefix) and prefix[whole].ent_type_ == t.ent_type_:
        # `Australian Competition and` + `Consumer Commission`: a tagged name cut after a
        # joining word goes on into the next.
        if prefix[whole].ent_iob_ != "I" and not _name_goes_on_after(prefix[whole - 1]):
            break
        whole += 1
    # `University of South` + `Carolina` (tagged a place): a place's name right after a body's
    # cut-short name ends it.
    while (
        whole < len(prefix)
        and prefix[whole].ent_type_ in ("GPE", "LOC")
        and prefix[whole].pos_ == "PROPN"
        and prefix[whole - 1].pos_ == "PROPN"
        and not _is_org_noun(prefix[whole - 1])
    ):
        whole += 1
    if whole == k + 1 < len(prefix) and _short_form_alone(t) and _region_of_a_branch(prefix, whole):
        whole += 1  # `NHS Lothian director`: the branch of a body named by its short form
    after = t.doc[prefix[-1].i + 1] if prefix[-1].i + 1 < len(t.doc) else None
    whole = _of_a_place_after(prefix, whole, after)
    whole = _untagged_end(prefix, whole, after)
    if whole == len(prefix) and _tag_runs_into_the_title(prefix[k:whole], after):
        return None, whole
    if _unit_of_a_title(prefix[k:whole]):
        return None, whole
    if prefix[k].is_sent_start and all(x.pos_ == "NOUN" for x in prefix[k:whole]):
        # `State party chairman John Burton`: a common noun in capitals because it
        # opens the sentence names no body (unless it ends a body's longer name the article
        # gives: `Storm coach` after `Melbourne Storm`; nor a short form in capitals the tagger
        # made a noun: `NDRRMC spokesperson`).
        alone = whole - k == 1
        if not (alone and (name_runs(describer.context).ends_longer(t.lower_) or _short_form_alone(t))):
            return None, whole
    e = _org_noun_end(prefix, k, whole)
    # (`Amalgamated Transit Union Local 1505 president`: a union's numbered local is in its name.)
    if e + 1 < len(prefix) and prefix[e].lower_ == "local" and prefix[e + 1].like_num:
        e += 2
    elif 0 < e < len(prefix) and prefix[e - 1].lower_ == "local" and prefix[e].like_num:
        e += 1
    elif (
        0 < e < len(prefix) and prefix[e].like_num and prefix[e - 1].is_title and _is_org_noun(prefix[e - 1])
    ):
        e += 1  # (`Police Regional Office 7 director`: the number a body's noun in capitals takes)
    # `Congress party spokesperson`: the body's own noun after its name is part of it.
    if e == whole and e < len(prefix) and prefix[e].is_lower and _is_org_noun(prefix[e]):
        if not is_role_noun(prefix[e]):
            e += 1
    else:
        # (`Local Government` + `NSW president`, the tagged name cut at its noun, the place
        # run into it untagged: `_untagged_end`.)
        e = _country_branch(prefix, e, after)
    return (_segment_start(prefix, k), e), whole


def _common_nouns_in_capitals(context: DocContext, words: list[Token]) -> bool:
    """Words opening a sentence that are a thing's common nouns, which the
    tagger made a name though the story writes them in small letters elsewhere and in capitals
    nowhere but at a sentence's head (`Lighthouse keeper X`, `Ferry captain X` under a headline
    `Island ferry to keep sailing`: no body *Ferry*; not `Shell spokesman`, when the story also
    writes `a Shell depot`)."""
    if not words[0].is_sent_start or name_runs(context).ends_longer(words[-1].lower_):
        return False
    small, lex = context.small_words, lexicon()
    # (A body's own noun is left to the rules for it: `Police spokesman`, `Treasury official`.)
    bodies = lex.place_bodies | lex.departments
    return all(
        x.lower_ in small
        and not _is_org_noun(x)
        and x.lower_ not in bodies
        and not _in_capitals_inside_a_sentence(context, x.text)
        for x in words
    )


def _in_capitals_inside_a_sentence(context: DocContext, word: str) -> bool:
    """Whether the story writes ``word`` (in capitals) anywhere but at a sentence's or line's head."""

    def make() -> bool:
        doc = context.doc
        return any(
            t.text == word and not t.is_sent_start and t.i > 0 and not doc[t.i - 1].is_space
            for t in doc
        )

    return context.memo(("capitals inside", word), make)


def _unit_of_a_title(words: list[Token]) -> bool:
    """`Police Public Relations Officer`, `Corporate Communications Manager`, the tag stopping
    before the office: a department's words, alone or after `Police`, are the title's, no body's
    name (not `Senate Foreign Relations Chairman`: a house's committee named short; nor a field
    alone, which may be a party's or a ministry's short name: `a Labor member`)."""
    lex = lexicon()
    if words and words[0].lower_ in lex.police_forces:
        words = words[1:]
    if not any(t.lower_ in lex.department_only for t in words):
        return False
    return all(t.lower_ in lex.departments or t.lower_ in ("and", "&") for t in words)


def _name_opening_before_its_the(prefix: list[Token], k: int) -> int:
    """Where a body's name whose word in capitals ``prefix[k]`` follows a small `the` inside the
    name starts: at the word before the `the` (`Unite the Union`, `Save the Children`)."""
    t = prefix[k]
    if k >= 2 and prefix[k - 1].text == "the" and the_inside_a_name(t.doc, prefix[k - 1].i, [t]):
        return k - 2
    return k


def _segment_start(prefix: list[Token], k: int) -> int:
    """Where the body whose tagged name starts at ``prefix[k]`` starts, with the words before it
    that belong to it."""
    s = _name_opening_before_its_the(prefix, k)
    # Places before the organisation belong to it (`UK Independence Party`, `NSW Farmers`
    # with NSW tagged a number); a rank in capitals does not (`Senior Supreme Court advocate`).
    if s > 0 and determiner_opening_a_name(prefix[s - 1]):
        s -= 1  # `All Progressives Congress`
    while (
        s > 0
        and prefix[s - 1].pos_ == "PROPN"
        and (prefix[s - 1].ent_type_ in _PLACE | {""} or _word_taken_for_a_number(prefix[s - 1]))
        and not is_role_noun(prefix[s - 1])
        and prefix[s - 1].lower_ not in lexicon().rank_words | lexicon().time_modifiers
    ):
        s -= 1
    return s


def _country_branch(prefix: list[Token], whole: int, after: Token | None) -> int:
    """`Local Government` + `New Zealand president`, `Amnesty International` + `Kenya director`:
    a country or a province (models/places.txt) right after a body's tagged name, closing the
    words before a job in small letters, is the body's, as a national body or branch is called
    (`Football Australia`); where the body's name ends. The place may be untagged, as the tagger
    leaves a state's short form (`Local Government` + `NSW president`), or tagged with the body's
    name, which its noun cut short (`Local Government New Zealand` tagged whole)."""
    end = whole
    while end < len(prefix) and prefix[end].pos_ == "PROPN" and _place_of_a_branch(prefix[end]):
        end += 1
    if end == whole or end != len(prefix) or after is None or not after.is_lower:
        return whole
    return end if " ".join(t.lower_ for t in prefix[whole:end]) in lexicon().places else whole


def _place_of_a_branch(tok: Token) -> bool:
    """Whether ``tok`` may be a word of a country's or a province's name after a body's: tagged a
    place, untagged, or inside the body's tagged name."""
    return tok.ent_type_ in _PLACE or not tok.ent_type_ or (tok.ent_type_ == "ORG" and tok.ent_iob_ == "I")


def _tag_runs_into_the_title(words: list[Token], after: Token | None) -> bool:
    """`Fire Chief Marcus Webb` with `Fire Chief` tagged a body: the tag runs on into the role's
    own noun, so the words are the title, not an employer. Not a short form in capitals (`NDRF
    Commandant Ravi Kumar`, tagged as one body): that is a body's."""
    return (
        after is not None
        and after.ent_iob_ == "I"
        and after.ent_type_ == words[0].ent_type_
        and is_role_noun(after)
        and not any(_is_org_noun(x) for x in words)
        and not (len(words) == 1 and _short_form(words[0]))
    )


def _short_form_alone(tok: Token) -> bool:
    """`NDRRMC`: two to seven capitals, not beside another word in capitals (a line of a
    headline set in capitals)."""
    doc, i = tok.doc, tok.i
    beside = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return _short_form(tok) and len(tok.text) <= 7 and not any(_short_form(x) for x in beside)


def _short_form(tok: Token) -> bool:
    return len(tok.text) >= 2 and tok.text.isupper() and tok.is_alpha


def _of_a_place_after(prefix: list[Token], whole: int, after: Token | None) -> int:
    """`Maritime Union` + `of Australia`, `Reserve Bank` + `of India`: a body's name tagged up to
    its own noun (or its `of`: `Consumer Federation of` + `Kenya`) goes on over `of` and the
    place it is of; or over words in capitals the tagger left untagged, when they run on to the
    title's own words (`Kenya Association` + `of Manufacturers chief executive`)."""
    of = whole - 1 if 1 < whole < len(prefix) and prefix[whole - 1].lower_ == "of" else whole
    if not (0 < of < len(prefix) - 1 and prefix[of].lower_ == "of" and _is_org_noun(prefix[of - 1])):
        return whole
    end = of + 1
    while end < len(prefix) and prefix[end].ent_type_ in _PLACE and prefix[end].pos_ == "PROPN":
        end += 1
    if end == of + 1:
        end = _untagged_end(prefix, end, after)
        named = all(t.pos_ == "PROPN" and capitalised(t.text) for t in prefix[of + 1 : end])
        if end < len(prefix) or not named:
            end = of + 1
    return end if end > of + 1 else whole


def _untagged_end(prefix: list[Token], whole: int, head: Token | None) -> int:
    """`Metro` + `Transit spokeswoman`, `Coastal` + `Rugby chief executive`: a body's name the
    tagger cut before its last capitalised words (tagged as nothing, no role or rank among
    them) ends where the role's words in small letters begin."""
    end = whole
    while (
        end < len(prefix)
        and prefix[end].pos_ == "PROPN"
        and capitalised(prefix[end].text)
        and not prefix[end].ent_type_
        and not (is_role_noun(prefix[end]) or _is_rank(prefix[end]) or is_rank_word(prefix[end]))
    ):
        end += 1
    after = prefix[end] if end < len(prefix) else head
    return end if end > whole and after is not None and after.is_lower else whole


def _end_of_a_name_in_capitals(prefix: list[Token], k: int) -> int:
    """Where the run of proper nouns in capitals from ``prefix[k]`` ends, taking in a number
    after them and the small words inside a name (`of`, `the`, a possessive)."""
    e = k
    while e < len(prefix):
        if prefix[e].pos_ == "PROPN" and capitalised(prefix[e].text):
            e += 1
        elif prefix[e].tag_ == "CD" and e > k and prefix[e - 1].pos_ == "PROPN":
            e += 1  # `Amalgamated Transit Union Local 1505`
        # `City of Cape Town`, `Bureau of Meteorology`, `Eastside Traders' Association`: small
        # words inside a name.
        elif (
            (prefix[e].lower_ in NAME_JOINERS or _inside_a_name(prefix[e]) is not None)
            and e + 1 < len(prefix)
            and prefix[e + 1].pos_ == "PROPN"
            and capitalised(prefix[e + 1].text)
        ):
            e += 1
        elif e > k and e + 1 < len(prefix) and the_inside_a_name(prefix[e].doc, prefix[e].i, [prefix[e + 1]]):
            e += 1  # `Feed the Children chief executive`
        else:
            break
    return e


def _named_segment(
    describer: Describer, prefix: list[Token], k: int, head: Token | None = None
) -> tuple[tuple[int, int] | None, int]:
    """The run of capitalised words starting at ``prefix[k]``, if it names a body, and where
    the run ends (``head``: the role's head after ``prefix``)."""
    e = _end_of_a_name_in_capitals(prefix, k)
    # `Tasman Police Senior` Sergeant: a body's name ends at its own noun (one that can also
    # name a job), and the words after it belong to the title.
    cut = _org_noun_end(prefix, k, e) if e - k >= 2 else e
    if k < cut < e and (is_role_noun(prefix[cut - 1]) or _participles_opening_a_title(prefix[cut:e])):
        return (k, cut), cut
    # `Benghazi Committee Chairman`: capitalised words ending in an organisation noun;
    # `Whole Foods co-founder`: a name in capitals before a role in small letters
    # (not a place: `Tampa mayor`; not one word opening the sentence).
    known = _clean_org(describer.context, prefix[k:e]).lower() in describer.org_names
    org_noun = _ends_in_a_body_noun(prefix[k:e], head)
    before_role = (
        # Right before the role's head, a name says it is a body (`Bureau of
        # Meteorology hydrologist`), unlike a portfolio (`Public Safety Minister`).
        (
            prefix[e].is_lower
            if e < len(prefix)
            else any(x.lower_ in NAME_JOINERS or x.text == "the" or _is_org_noun(x) for x in prefix[k:e])
        )
        and not any(x.ent_type_ in _PLACE or is_role_noun(x) for x in prefix[k:e])
        and (e - k >= 2 or not prefix[k].is_sent_start)
    )
    after = prefix[e] if e < len(prefix) else head
    national = after is not None and after.is_lower and _field_and_country(prefix[k:e])
    body = (
        known
        or org_noun
        or before_role
        or national
        or _named_apart(describer, prefix[k:e], after)
        or (e == len(prefix) and _before_a_named_holder(describer, prefix[k:e], head))
        or (e == len(prefix) == k + 1 and _speaks_for_the_word(describer, prefix[k], head))
        or (e == len(prefix) and _county_before_its_governor(prefix[k:e], head))
    )
    # (`Save the Children country director`: the words before the name's `the` are the name's.)
    return ((_name_opening_before_its_the(prefix, k), e) if body else None), e


def _county_before_its_governor(words: list[Token], head: Token | None) -> bool:
    """`Nakuru County Governor X`: a county's name in capitals right before `Governor` is the
    county government the governor heads (ROLES.md 5, a pre-modifier); no US county has a
    governor (`Ohio Governor` is a state's, a place: see `_local_government_beside`). So are
    the other posts of a county government that has a governor (`Deputy Governor`, `Chief
    Officer for Health`: Kenya's)."""
    if head is None or not head.is_title or len(words) < 2:
        return False
    doc = head.doc
    post = " ".join(t.lower_ for t in doc[head.i : head.i + 2])
    if head.lower_ != "governor" and post not in _POSTS_OF_A_COUNTY_WITH_A_GOVERNOR:
        return False
    return words[-1].text == "County" and words[-1].i + 1 == head.i


# The posts of a county government that has a governor, besides the governor (Kenya's counties).
_POSTS_OF_A_COUNTY_WITH_A_GOVERNOR = frozenset({"deputy governor", "chief officer"})


def _speaks_for_the_word(describer: Describer, word: Token, head: Token | None) -> bool:
    """`An Uber spokesperson said`, `Uber` left untagged: one proper noun inside the sentence right
    before a spokesperson's job is the body they speak for; not a given name, a place, a people or
    one of the article's people (`a Starmer spokesperson` speaks for a person)."""
    lex = lexicon()
    if head is None or head.lower_ not in lex.spokespeople or word.ent_type_ or word.is_sent_start:
        return False
    low = word.lower_
    return not (low in lex.first_names or lex.names_a_place_or_people(low) or low in describer.people_shown)


def _participles_opening_a_title(words: list[Token]) -> bool:
    """`Kestrel Bank Managing Director`, `High Court Presiding Judge`, `Lenton Council Planning
    Officer`: one or two words in capitals ending in -ing after a body's noun open the title
    (a body's name ends in a noun, not in a participle or a field's -ing word)."""
    # (`Kenya Ports Authority Acting Managing Director`: a word of rank or time before it too.)
    ing = [t for t in words if not is_rank_word(t)]
    return 0 < len(ing) <= 2 and all(
        t.is_title and t.is_alpha and t.lower_.endswith("ing") and len(t) > 4 and not _is_org_noun(t)
        for t in ing
    )


def _ends_in_a_body_noun(words: list[Token], head: Token | None) -> bool:
    """`Benghazi Committee`: capitalised words ending in a body's noun that names no job; so
    `Wessex Police` right before a police rank (`Superintendent`, `Assistant Commissioner`), where
    `police` is the force, the place's short form tagged a number or not (`NSW Police`)."""
    if not words:
        return False
    last, lex = words[-1], lexicon()
    if _is_org_noun(last) and not is_role_noun(last):
        return True
    if len(words) < 2 or head is None or not _police_rank_from(head):
        return False
    # (`Police Scotland Chief Superintendent`: a force named by its word and a country's name.)
    country = words[0].lower_ in lex.police_forces and " ".join(t.lower_ for t in words[1:]) in lex.places
    return last.lower_ in lex.police_forces or country


def _police_rank_from(head: Token) -> bool:
    """Whether the title in capitals opening on ``head`` is a police rank: its last word one
    (models/police.txt), after up to two words of it (`Superintendent`, `Assistant Commissioner`,
    `Detective Chief Inspector`); the words before it of rank or address, no office of their own
    (not `Police Commander Chief Inspector X`: the commander's office and his rank)."""
    lex = lexicon()
    for t in head.doc[head.i : head.i + 3]:
        if not t.is_title:
            return False
        if t.lower_ in lex.police_ranks:
            return True
        if not (is_rank_word(t) or t.lower_ in lex.ranks_of_address):
            return False
    return False


def _before_a_named_holder(describer: Describer, words: list[Token], head: Token | None) -> bool:
    """`Spartans coach Renee Gulbranson`, `Transparency International Nederland director Jeroen
    Smulders`: capitalised words the tagger calls no body, right before a job in small letters
    that a person named at once holds, name the body that person works for (a writer names the
    side or the body there, not a place: those the tagger knows, `Ohio governor`), when they are
    no field (`Energy analyst`), nor a person's or a place's name, nor a title's words."""
    if head is None or not head.is_lower or not is_role_noun(head) or not words:
        return False
    if _party_is_a_side(head.lemma_.lower()):
        return False  # (`Presumptive GOP nominee`: the words say which side, not who employs)
    doc, lex = describer.doc, lexicon()
    j = head.i + 1
    while j < len(doc) and j - head.i <= 2 and doc[j].is_lower and is_role_noun(doc[j]):
        j += 1  # `head coach`, `managing director`
    if j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return False
    first = words[0].i
    # (`The Plaid Cymru leader X said`: the article opening the sentence is no name's word.)
    before = doc[first - 1] if first > 0 else None
    capital = before is not None and capitalised(before.text) and before.pos_ != "DET"
    if capital and not opens_sentence_at(describer.context, first):
        return False  # (the end of a longer name, or a title's words before it)
    if any(
        t.pos_ != "PROPN"
        or t.ent_type_ in _PLACE | {"PERSON"}
        or t.lower_ in lex.first_names
        or t.lower_ in lex.rank_words | lex.time_modifiers
        or t.lemma_.lower() in lex.place_nouns
        or is_role_noun(t)
        for t in words
    ):
        return False
    # (One word alone is as often a place, a party or a surname the tagger did not know; so
    # are words closing on a feature of the land, `Tallow Bay`.)
    if words[-1].lower_ in lex.place_features:
        return False
    if len(words) == 1 and _plural_named_with_the(words[0]):
        return True
    return 2 <= len(words) <= 4 and not all(t.lower_ in lex.fields for t in words)


def _plural_named_with_the(word: Token) -> bool:
    """`The Sharks have sacked their coach`, then `Sharks chief executive X`: one plural word in
    capitals that the story elsewhere makes, after `the`, the subject of a clause is a side's or a
    body's name (a place or a surname rarely takes `the` and a plural verb)."""
    if not (word.text.endswith("s") and word.text[:1].isupper() and word.text[1:].islower()):
        return False
    doc = word.doc
    places = places_of_word(doc, ORTH, word.text)
    subjects = (k for k in places if doc[k].dep_ in ("nsubj", "nsubjpass"))
    return any(k > 0 and doc[k - 1].lower_ == "the" and doc[k - 1].head.i == k for k in subjects)


def _service_area(words: list[Token]) -> bool:
    """`Murrumbidgee Local Health District`, `Eastvale Water District`: a service's word before a
    place's noun closing words in capitals names the body that runs the service there."""
    lex = lexicon()
    return (
        len(words) >= 3
        and words[-1].lower_ in lex.place_nouns
        and words[-2].lower_ in lex.portfolio_words
        and all(capitalised(t.text) for t in words)
    )


def _field_and_country(words: list[Token]) -> bool:
    """`Football Australia`, `Health Canada`, `Sport England`: a field or a sport before a
    country's name is a national body's name (a place's own first word is not: `South
    Australia`, `New England`)."""
    lex = lexicon()
    if not 2 <= len(words) <= 4:
        return False
    # (`Local Government New Zealand`: a sector of two words the list knows, `local government`.)
    if len(words) > 2 and " ".join(t.lower_ for t in words[:2]) in lex.national_bodies:
        return " ".join(t.lower_ for t in words[2:]) in lex.places
    # (`Cricket Ireland`, the tagger taking the two for a person's name or a place, `Chess
    # South Africa`: the first word, a sport, is never a place's.)
    country = " ".join(t.lower_ for t in words[1:]) in lex.places
    if not (country or len(words) == 2 and words[1].ent_type_ in _PLACE):
        return False
    return words[0].lower_ in lex.fields | lex.national_bodies and words[0].lower_ not in lex.place_openers


def _body_taken_for_a_person(
    describer: Describer, prefix: list[Token], k: int, head: Token | None
) -> tuple[tuple[int, int] | None, int]:
    """`Morningstar analyst`, `Sinn Féin housing spokesperson`: a body's name the tagger takes
    for a person's, before a role in small letters, when no given name opens it, no title
    stands before it, the article shows no person by its words, and it names the body elsewhere
    (as a body, or on its own); and where to read on after it."""
    e = k + 1
    while e < len(prefix) and prefix[e].pos_ == "PROPN" and capitalised(prefix[e].text):
        e += 1
    words = prefix[k:e]
    if k > 0 and describer.is_person(prefix[k - 1]) and re.fullmatch(r"[A-Z]\.", words[0].text):
        return None, e  # (`Former John F. Kennedy aide`: a middle initial opens no body's name)
    if _service_area(words) or (len(words) == 1 and _plural_named_with_the(words[0])):
        return (k, e), e
    # (A name of two words or more the tagger calls a person's is shown as one: `Sinn Féin`
    # is no person's when the article never refers to anyone by its last word.)
    if len(words) > 3 or len(words) == 1 and words[0].lower_ in describer.people_shown:
        return None, k + 1
    runs = name_runs(describer.context)
    branch = _short_form_and_province(describer, words)
    known = _clean_org(describer.context, words).lower() in describer.org_names
    # (`Manchester United manager X` … `United captain Y`: the last word alone is the body's
    # short name where the article's bodies hold the whole, no surname of a person.)
    if len(words) > 1 and runs.stands_alone(words[-1].lower_) and not branch and not known:
        return None, k + 1
    if len(words) == 1 and runs.ends_longer(words[0].lower_):
        return None, k + 1  # (`Obama water-carrying`, with `Barack Obama` elsewhere)
    if _place_before_its_office(describer, words, head):
        return None, e
    first = words[0].i
    # (`Former Mombasa Water managing director X`: a word of when the post was held is no title
    # before a person's name.)
    before = describer.doc[first - 1] if first > 0 else None
    titled = before is not None and is_title(before) and before.lower_ not in lexicon().time_modifiers
    if titled or not all(describer.outside[t.i] for t in words):
        return None, k + 1
    after = prefix[e] if e < len(prefix) else head
    national = after is not None and after.is_lower and _field_and_country(words)
    if known or national or branch or _named_apart(describer, words, after):
        return (k, e), e
    if _before_a_holder(describer, words, after, head):
        return (k, e), e
    return None, k + 1


def _place_before_its_office(describer: Describer, words: list[Token], head: Token | None) -> bool:
    """`Lisbon mayor Carlos Moedas`, `Lisbon` tagged a person there and a place elsewhere in the
    story, never a body: a place before the office that governs it (models/offices.txt, `civic`)
    says where the office is, no body one works for (ROLES.md: a place is no organisation)."""
    if head is None or head.lemma_.lower() not in lexicon().place_offices:
        return False

    def tagged() -> tuple[frozenset[str], frozenset[str]]:
        ents = describer.doc.ents
        places = frozenset(e.text.lower() for e in ents if e.label_ in ("GPE", "LOC"))
        return places, frozenset(e.text.lower() for e in ents if e.label_ == "ORG")

    places, bodies = describer.context.memo(("places and bodies tagged",), tagged)
    name = " ".join(t.lower_ for t in words)
    return name in places and name not in bodies


def _short_form_and_province(describer: Describer, words: list[Token]) -> bool:
    """`Pranu Manitoba regional secretary`, the tagger making the words a person's name: one word
    naming a body of the article (`the Prairie Nurses Guild (Pranu)`), then a country or a
    province (models/places.txt), is the body's branch there; the entity layer gives the body's
    full name."""
    if not 2 <= len(words) <= 3:
        return False
    # (The short form in brackets after the body's name, `(Pranu)`, may have joined that body.)
    if words[0].lower_ not in describer.org_names and f"({words[0].text})" not in describer.context.text:
        return False
    places = lexicon().places
    return " ".join(t.lower_ for t in words[1:]) in places and words[0].lower_ not in places


def _before_a_holder(
    describer: Describer, words: list[Token], after: Token | None, head: Token | None
) -> bool:
    """`Sinn Féin health spokesperson David Cullinane`, `Cosatu spokesperson Matthew Parks`: words
    the tagger calls a person's, before a job in small letters that a person named at once
    holds, name their body when the article names them nowhere else and no given name opens
    them (`Obama adviser David Axelrod`, with Obama named elsewhere, is a person's adviser)."""
    doc = describer.doc
    if after is None or head is None or not after.is_lower or not head.is_lower or head.i + 1 >= len(doc):
        return False
    if doc[head.i + 1].ent_type_ != "PERSON" or words[0].lower_ in lexicon().first_names:
        return False
    return not name_runs(describer.context).named_elsewhere(words)


def _named_apart(describer: Describer, words: list[Token], after: Token | None) -> bool:
    """`Westpac chief economist`, `Metro Transit spokeswoman`, `New Zealand Rugby chief
    executive`: capitalised words the tagger calls no body, before a role in small letters,
    that the article names on their own elsewhere as well (any word has a capital opening a
    sentence: `Presumptive`). Not a field (`Energy analyst`, `Defence minister`), nor a place
    or a people (`British analyst`, `Ohio governor`), nor the end of a longer name (`State` of
    `Islamic State fighters`)."""
    if after is None or not after.is_lower or not words:
        return False
    doc = describer.doc
    first = words[0].i
    if first > 0 and not opens_sentence_at(describer.context, first):
        before = doc[first - 1]
        if capitalised(before.text) and not (
            is_role_noun(before) or before.lower_ in lexicon().rank_words | lexicon().time_modifiers
        ):
            return False
        if before.text in ("/", "-") or before.like_num or before.ent_type_ == "ORDINAL":
            return False  # (`anti-GOP/Obama`, `the 7th District chairman`: part of a longer name)
    # (`Maple Foods`, `Ruby Holdings`: a plural closing the words, not tagged a person's, is
    # no surname, whatever given name opens them.)
    plural = len(words) > 1 and words[-1].tag_ == "NNPS" and words[-1].ent_type_ != "PERSON"
    given = not plural and not _named_for_a_given_name(describer, words) and any(
        t.lower_ in lexicon().first_names for t in words
    )
    if given or any(is_role_noun(t) or _is_rank(t) for t in words):
        return False
    # (`the District chairman`, `State fighters`: a place's noun names no body; nor does a body's
    # bare noun alone, `Carrier worker`, read as the body the article calls so, elsewhere.)
    lex = lexicon()
    if any(t.lemma_.lower() in lex.place_nouns for t in words) or len(words) == 1 and _is_org_noun(words[0]):
        return False
    fields = lex.fields
    if words[-1].ent_type_ in _PLACE or all(t.lower_ in fields or t.ent_type_ in _PLACE for t in words):
        return False
    return name_runs(describer.context).named_elsewhere(words)


def _named_for_a_given_name(describer: Describer, words: list[Token]) -> bool:
    """`Millard North senior guard`, `Lincoln East coach`: a school or a side named for a person
    and a quarter (models/place_words.txt, kind `quarter`) opens on a given name, but no person's
    name ends in a quarter the article never refers to anyone by alone (`North said`)."""
    last, lex = words[-1].lower_, lexicon()
    if len(words) != 2 or words[0].lower_ not in lex.first_names or last not in lex.quarter_words:
        return False
    return not name_runs(describer.context).stands_alone(last)


# --- the organisation within a role ---------------------------------------------------


def _party_label(describer: Describer, body: list[Token], head: Token) -> bool:
    """`GOP strategist`, `SNP pollster`, `BJP MLA`: a short name in capitals before a political
    trade or a seat is a side taken (ROLES.md keeps it in the role), not a body the person works
    for; unless it is the short form of a body the article names that is no party (`UNH pollster` after `a
    University of New Hampshire poll`)."""
    seat = head.lemma_.lower() in lexicon().seat_holders | lexicon().town_offices
    if len(body) > 1 and body[-1].lower_ == "party" and seat:
        # (`Green Party councillor`, `Labour Party MP`: a party before a seat is a side taken;
        # ROLES.md fills the field with a party only where it is named as the person's body.)
        return True
    if len(body) == 1 and body[0].is_title and is_seat_by_its_letters(head):
        return True  # (`a Labour MP`, `Tory MSP`: no body employs a member; a party is a side.)
    if len(body) != 1 or not body[0].text.isupper() or len(body[0].text) > 4:
        return False
    if body[0].ent_type_ not in ("NORP", "GPE") and _spelled_out_in(describer.org_names, body[0].lower_):
        return False
    # (`BJP MLA`, `SNP MP`: a member sits for a seat, on a party's side.)
    return head.lemma_.lower() in lexicon().political_trades or head.lower_ in lexicon().seat_holders


def _spelled_out_in(org_names: frozenset[str], short: str) -> bool:
    """Whether one of the article's bodies of two words or more, no party, has ``short`` (in
    small letters) for its initials (`university of new hampshire` → unh)."""
    for name in org_names:
        words = [w for w in name.split() if w not in ACRONYM_SMALL_WORDS]
        if len(words) >= 2 and words[-1] != "party" and "".join(w[0] for w in words) == short:
            return True
    return False


def _secretary_general(head: Token) -> bool:
    """`Nato Secretary-General`, `Interpol secretary general`: the head of the body the words
    before it name, no portfolio's secretary."""
    doc, i = head.doc, head.i
    words = [t.lower_ for t in doc[i + 1 : i + 3] if t.text != "-"]
    return bool(words) and words[0] == "general"


def _portfolio(body: list[Token], head: Token) -> bool:
    """`Defense Secretary`, `Homeland Security Secretary`, `Home Affairs Minister`: the words
    before a secretary or minister name the portfolio, part of the title, unless they are a
    body's short form (`UN Secretary-General`) or end in a body's noun (`Cabinet Office
    minister`)."""
    # (`Agriculture Commissioner`: a commissioner's brief in a portfolio's words, as the EU's
    # and a government's commissioners hold; `Police Commissioner` heads the police.)
    title = head.lemma_.lower()
    commissioner = title == "commissioner"
    if title not in _PORTFOLIO_TITLES and not commissioner or not body or _secretary_general(head):
        return False
    # (`Emergency Services Minister`: a plural is the portfolio's; `Council of Trade Unions
    # secretary`: a body's noun anywhere in a name with `of` makes it a body.)
    named = any(t.lower_ == "of" for t in body) and any(_is_org_noun(t) for t in body)
    short_form = len(body) == 1 and compact_acronym(body[0].text)
    # (`Agriculture Cabinet Secretary`, `Health Cabinet Minister`: a seat in the cabinet is a
    # title, the cabinet no employer of its own.)
    seat = body[-1].lower_ == "cabinet"
    # (`Rural and Local Government Minister`: a brief's words, though `government` can
    # name a body.)
    brief = all(t.lower_ in lexicon().portfolio_words | {"and", "&"} for t in body) and not all(
        _is_org_noun(t) for t in body
    )
    if commissioner:
        return brief and not short_form and not named
    # (`Cosatu Western Cape secretary`: a place closing the words after others names a body's
    # branch, not a brief.)
    named = named or (not brief and _branch_place(body))
    return not short_form and (seat or brief or not _is_org_noun(body[-1], plurals=False)) and not named


def _branch_place(words: list[Token]) -> bool:
    """Whether ``words`` end in a country's or a province's name after other words (`Cosatu
    Western Cape`: a body's branch in that place)."""
    places = lexicon().places
    return any(" ".join(t.lower_ for t in words[-k:]) in places for k in range(1, min(3, len(words) - 1) + 1))


# Words before a job that put it in the past (`former minister`, `ex-minister`, `onetime
# coach`; closed-class English).
PAST_JOB_WORDS = frozenset({"former", "ex", "onetime", "one-time"})


def _staff_of(describer: Describer, toks: list[Token], head: int) -> bool:
    """Whether the role is a job on a person's campaign written with their surname before it
    (`Clinton spokeswoman`, `a senior Cruz adviser`), in a story that speaks of a campaign."""
    # (An adviser named by the surname serves the campaign as one `to` the person does.)
    if head < 1 or toks[head].lemma_.lower() not in lexicon().campaign_advisers:
        return False
    # `a former Clinton pollster` may have served them in office, not on a campaign.
    if any(t.lower_ in PAST_JOB_WORDS for t in toks[:head]):
        return False
    owner = toks[head - 1]
    if owner.pos_ != "PROPN" or not capitalised(owner.text) or not describer.is_person(owner):
        return False
    # (`a Tavner spokesperson` after `Supermarket giant Tavner`: a name the article shows is a
    # body's, and never a person's, speaks for that body, whatever the tagger calls it here.)
    body = owner.lower_ in describer.org_names and owner.lower_ not in describer.people_shown
    return not body and describer.campaign_story()


def _persons_campaign(describer: Describer, role: list[Token]) -> tuple[list[Token], str]:
    """`a senior aide with Sen. Marco Rubio’s presidential campaign`, `strategist for the
    Obama campaign`: a person's campaign is the body, written `<Surname> campaign` (ROLES.md),
    and the role is what comes before it."""
    for n, t in enumerate(role):
        if n == 0 or (t.lower_ not in ORG_PREPS and t.lower_ != "on"):
            continue
        for obj in t.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() != "campaign" or obj.i > role[-1].i:
                continue
            owners = [
                c for c in obj.children if c.dep_ in ("poss", "compound", "nmod") and describer.is_person(c)
            ]
            if owners:
                owner = owners[-1]
                surname = owner.text if owner.text not in POSSESSIVES else owner.head.text
                return _role_words(role[:n]), f"{surname.rstrip('’').rstrip(chr(39))} campaign"
    return role, ""


# What the tagger may call a name in capitals that owns a job: untagged, a body, a product, or
# a title (`Thornbury Water’s head of customer services`, tagged as a work of art; not the
# job word of `Editor’s Note`).
_OWNER_KINDS = frozenset({"", "ORG", "PRODUCT", "WORK_OF_ART"})


def _organization_span(describer: Describer, toks: list[Token]) -> str:
    """The organisation named by ``toks`` (an owner before a possessive), or ""."""
    toks = strip_det(toks)
    # `the band Blue Horizon’s singer`, `the charity Shelter’s director`: the noun that says
    # what kind of body it is is no part of its name.
    while len(toks) > 1 and toks[0].is_lower and _is_org_noun(toks[0]) and capitalised(toks[1].text):
        toks = toks[1:]
    # `The Podesta Group’s CEO` in an article that also names a Podesta: a name the tagger
    # calls an organisation, ending in no person's word, is the body.
    tagged = len(toks) >= 2 and toks[-1].ent_type_ == "ORG" and not describer.is_person(toks[-1])
    if not toks or any(describer.is_person(t) and not (tagged and t.ent_type_ == "ORG") for t in toks):
        return ""
    text = _clean_org(describer.context, toks)
    if {t.ent_type_ for t in toks} & {"ORG", "FAC"} or text.lower() in describer.org_names:
        return text
    if _council_opening(toks) == len(toks):
        return text  # (`the City of Johannesburg's mayoral committee member`: the city's government.)
    # `RealClearPolitics’ David Byler`: a name in capitals owning a person is their employer;
    # so is a longer one (`Pershing Square’s founder`, `the Podesta Group’s CEO`), when it
    # is no place and starts with no given name.
    if toks[0].lower_ in lexicon().first_names or not capitalised(toks[0].text):
        return ""
    if len(toks) == 1 and toks[0].ent_type_ in _OWNER_KINDS and not is_role_noun(toks[0]):
        return text
    if 2 <= len(toks) <= 6 and all(capitalised(t.text) and t.pos_ == "PROPN" for t in toks):
        if all(t.ent_type_ in _OWNER_KINDS for t in toks[:-1]):
            # (`Cycling UK’s head of campaigns`: a body's name may end in a place, when it does
            # not open with a word that makes a place of it, as in `Greater Manchester’s`.)
            if toks[-1].ent_type_ in _OWNER_KINDS:
                return text
            opener = toks[0].lower_ in lexicon().place_openers or toks[0].ent_type_
            if toks[-1].ent_type_ in _PLACE and not opener:
                return text
    return ""


def _role_words(toks: list[Token]) -> list[Token]:
    """A role's own words: no leading article or possessive pronoun, no trailing punctuation."""
    while toks and toks[0].tag_ in ("WRB", "WDT", "WP"):
        toks = toks[1:]  # `…, where the secretary of state, Ann Cole, …`
    toks = strip_det(_without_sentence_opener(toks))
    while toks and (toks[0].lower_ in _POSSESSIVE_PRONOUNS or toks[0].text in POSSESSIVES):
        toks = toks[1:]
    return toks


def _without_sentence_opener(toks: list[Token]) -> list[Token]:
    """`Later the mayor, Bo Li,`, `On Friday the mayor`, `In a statement the mayor`: an adverb
    or a phrase before the article opens the sentence, whatever the parser hung it on; a role
    starts at its article (`newly elected mayor` keeps its adverb)."""
    if len(toks) < 3:
        return toks
    rest = toks
    if toks[0].pos_ == "ADV":
        rest = toks[1:]
    elif toks[0].pos_ == "ADP":
        pobj = next((c for c in toks[0].children if c.dep_ == "pobj"), None)
        if pobj is None:
            return toks
        rest = [t for t in toks if t.i > pobj.right_edge.i]
    if len(rest) > 1 and rest[0].pos_ == "DET" and rest[0].i < toks[-1].i:
        return rest
    return toks


def _staff_of_a_candidate(describer: Describer, role: list[Token], prep: Token, obj: Span, hi: int) -> bool:
    """`senior adviser to Sanders`, `a spokeswoman for Ann Cole`: on their campaign, in a
    story about one (ROLES.md); not `adviser to Obama in the White House`, nor a `former top
    aide to` the senator, who served the office rather than a campaign running now."""
    doc = describer.doc
    if prep.lower_ not in ("to", "for") or prep.i == 0:
        return False
    if doc[prep.i - 1].lemma_.lower() not in lexicon().campaign_advisers:
        return False
    if any(w.lower_ in lexicon().time_modifiers for w in role if w.i < prep.i):
        return False
    if obj.end < hi or not describer.is_person(obj[-1]) or _is_org_noun(obj[-1]):
        return False
    if _serves_office(doc, prep, obj):
        return False  # `adviser to then-President Ann Cole`
    return describer.campaign_story()


def _serves_office(doc: Doc, prep: Token, obj: Span) -> bool:
    """Whether the person a staff job is `to` is named with an office in full or a past one
    (`adviser to then-President Ann Cole`, `aide to Governor Tom Holt`): the adviser serves the
    office, not a campaign."""
    words = list(doc[prep.i + 1 : obj.start]) + list(obj)
    return any(w.lower_ == "then" or w.lower_.rstrip(".") in lexicon().office_titles for w in words)


def _organization_within(describer: Describer, role: list[Token]) -> str:
    """The organisation a role names after `of`/`at`/`for`/… (`head coach of Cole Valley`),
    or the body the article means by `the school` in `dean of the school`."""
    if not role:
        return ""
    doc = describer.doc
    hi = role[-1].i + 1
    place = ""
    for t in role:
        if t.lower_ == "in":
            body = _body_in(describer, t, hi)
            if body:
                return body
            continue
        if t.lower_ not in ORG_PREPS and not _seat_on(t) or _of_a_chairs_field(t):
            continue
        if _inside_a_seat_name(t):
            continue
        if t.ent_iob_ == "I" and t.ent_type_ == "ORG":
            continue  # (the `of` of `School of Biological Sciences`, inside the body's name)
        # (`chair of the BMA's GP committee`: the body owning the unit, not the unit's noun read
        # as a body the article calls so.)
        named = _owner_of_object(describer, t, hi) or _body_described(describer, t) or _places_body(t, hi)
        if named or (named := _community_headed(t, hi)):
            return named
        obj = proper_object(doc, t)
        if obj is None:
            # `spokesman for the FNV union`: a name before a body's noun.
            noun_named = _body_named_by_a_noun(describer, t)
            if noun_named and noun_named[-1].i < hi:
                return text_of(doc, noun_named)
            continue
        obj = _object_within(describer, obj, hi)
        text = org_text(describer.context, obj) if obj is not None else ""
        # `ambassador to the U.S.`, `envoy to France`: a country one is sent to; `secretary
        # of state` names no body.
        if obj is None or not text or (t.lower_ == "to" and obj.label_ in _PLACE) or text.islower():
            continue
        if _of_a_work(t) or _own_account(t, obj) or _department(obj, hi) or _department_at_a_body(obj, hi):
            continue
        if _office_object(t, obj):
            continue
        if _staff_of_a_candidate(describer, role, t, obj, hi):
            return f"{obj[-1].text} campaign"
        if _local_government_for(t) and all(capitalised(x.text) for x in obj):
            return text
        short = _body_whatever_its_tag(describer, t, obj)
        if not short and _person_object(describer, obj, text):
            continue
        if obj.label_ in _PLACE and t.lower_ == "for" and not place:
            # `head of research for Africa at Barclays Bank`: a region the job covers gives way
            # to a body named after it; one with no government (`for the Gulf`) is never one.
            place = "" if _region(obj) else text
            continue
        if text.lower() in describer.org_names:
            return text
        if obj.label_ in NOT_ORG and not (short or _name_taken_for_a_number(obj)):
            continue
        return text
    return place


def _region(obj: Span) -> bool:
    """`the Gulf`, `the Pacific`, `the Sahel` after a job's `for`: a name the tagger calls a
    place with no government of its own (LOC), not closed by a body's noun (`the Great Barrier
    Reef Marine Park Authority`, tagged so too) nor holding letters in capitals (`RT America`,
    a broadcaster's arm), is a region the job covers, never a body."""
    lettered = any(t.is_upper and len(t) > 1 for t in obj)
    return obj.label_ == "LOC" and not lettered and not _is_org_noun(obj[-1])


def _own_account(prep: Token, obj: Span) -> bool:
    """`a trader at Balogun Market`, `a cocoa farmer at Sefwi Wiawso`, `a fisherman in Hagonoy`:
    a market one sells at, or where one plies a trade on one's own account, is a place, no
    body one works for (a body's name is: `a farmer at the Kisii Growers' Cooperative`)."""
    lex = lexicon()
    if prep.lower_ == "at" and obj[-1].lower_ in lex.marketplace_words:
        return True
    own = prep.head.lemma_.lower() in lex.own_account_trades
    return prep.lower_ in ("at", "in", "from") and own and not _is_org_noun(obj[-1])


def _local_government_for(prep: Token) -> bool:
    """`The Municipal Chief Executive for Korle Klottey`: what a local government's office in
    capitals is `for` is the municipality it heads, whatever the tagger called its name."""
    if prep.lower_ != "for":
        return False
    title = []
    k = prep.i - 1
    while k >= 0 and (capitalised(prep.doc[k].text) or prep.doc[k].text in "()"):
        title.append(prep.doc[k])
        k -= 1
    local = lexicon().local_government_words
    return any(t.lower_ in local for t in title) and any(is_role_noun(t) for t in title)


def _inside_a_seat_name(prep: Token) -> bool:
    """`MP for Port of Spain South`: an `of` between words in capitals right after a seat
    holder's `for` is inside the constituency's name, and what follows it no body."""
    doc, i = prep.doc, prep.i - 1
    if prep.lower_ != "of" or i < 0 or not capitalised(doc[i].text):
        return False
    while i > 0 and doc[i].pos_ == "PROPN" and capitalised(doc[i].text):
        i -= 1
    return i > 0 and doc[i].lower_ == "for" and doc[i - 1].lower_ in lexicon().seat_holders


def _body_called_short(describer: Describer, obj: Span) -> bool:
    """`A spokesman for Ardcarrig`, tagged a person, in a story about `Ardcarrig Homes Ltd`: a
    name opening a longer body's name the article gives, and no person's, is that body called
    short (as an owner may be: Describer.owner_reads_as_body)."""
    key = obj.text.lower() + " "
    return (
        obj.label_ == "PERSON"
        and any(n.startswith(key) for n in describer.org_names)
        and describer.owner_reads_as_body(list(obj))
    )


def _person_object(describer: Describer, obj: Span, text: str) -> bool:
    """`a spokesman for Ann Cole`, `adviser to Hale` in an article that also tags a `Hale` as a
    body: a person, no organisation; but `head coach of Ridge Valley` names the team, whatever
    its tag (`from Boston` does not: see _without_residence)."""
    doc = describer.doc
    known = text.lower() in describer.org_names
    person = any(describer.is_person(x) for x in obj) and not _is_org_noun(obj[-1])
    # (`chief executive of the housing charity Shelter`: a name after a body's noun is the
    # body's, whatever the tagger called it.)
    named_body = _named_after_a_body_noun(doc, Span(doc, obj.start, obj.end, label="PERSON"))
    person = person and named_body.label_ != "ORG"
    return person and (len(obj) == 1 or not known)


def _body_whatever_its_tag(describer: Describer, prep: Token, obj: Span) -> bool:
    """Whether a preposition's object the tagger may call a person is a body's name: its short
    form, a firm named after its founder, or a name its kind is compounded on."""
    return (
        _body_called_short(describer, obj)
        or _surname_taken_for_a_person(describer, prep, obj)
        or _kind_compounded_on(obj[-1], obj.start)
    )


def _kind_compounded_on(obj: Token, start: int) -> bool:
    """`a partner at law firm Arthur Cox`: a body's noun in small letters right before the name
    the preposition governs, hung on it as a compound, says the name is that body's, though the
    tagger read a founder's name in it (where `the company Ana Ruiz founded` makes the name the
    subject of a clause, no object of the preposition)."""
    noun = obj.doc[start - 1] if start > 0 else obj
    compound = noun.head == obj and noun.dep_ == "compound"
    return noun.i < start and noun.is_lower and compound and _is_org_noun(noun)


def _surname_taken_for_a_person(describer: Describer, prep: Token, obj: Span) -> bool:
    """`an analyst at Berenberg`, the tagger taking the bank for a person: one word one works `at`
    or `with` that the article never shows as a person's (no given name or title with it) is a
    body, a firm named after its founder."""
    return (
        prep.lower_ in ("at", "with")
        and len(obj) == 1
        and obj[0].ent_type_ == "PERSON"
        and obj[0].is_title
        and obj[0].lower_ not in describer.people_shown
        and obj[0].lower_ not in lexicon().first_names
    )


def _name_taken_for_a_number(obj: Span) -> bool:
    """`director for MoveOn.org`, tagged a number: a name in capitals with no figure or number
    word in it is no number."""
    return obj.label_ in ("CARDINAL", "ORDINAL", "QUANTITY") and all(_word_taken_for_a_number(t) for t in obj)


def _position_with_a_number_word(t: Token) -> bool:
    """`first-five`, `five-eighth`: a part of a position written with a hyphen that the tagger
    calls a number, the whole word a role (models/role_nouns.txt)."""
    if t.ent_type_ not in _NOT_IN_TITLE or t.i + 1 >= len(t.doc):
        return False
    return _hyphened_role(hyphenated_word_end(t.nbor(1) if t.text == "-" else t))


def _word_taken_for_a_number(t: Token) -> bool:
    """A proper noun in capitals with no figure, tagged a number (`MoveOn.org`)."""
    return (
        t.ent_type_ in ("CARDINAL", "ORDINAL", "QUANTITY")
        and t.pos_ == "PROPN"
        and capitalised(t.text)
        and not t.like_num
        and not any(c.isdigit() for c in t.text)
    )


# The words tying a unit to the body it is part of (`Head of Research at X`).
_UNIT_OWNER_PREPS = ("of", "for", "at")


def _department(obj: Span, hi: int) -> bool:
    """`Head of Corporate Communications at the Water Corporation`, `Professor of Economics at
    X`, `Director of Finance of the Port Authority`: a department or a field of work in capitals
    after `of`, with a body named after it in the role, is a unit of that body, never the body
    (ROLES.md names the body one works for). Not a body's whole name the tagger reads so
    (`Transport for London`); alone, the field stands for its ministry (`Director General of
    Health`), not before the office one serves (`Director of Communications to the President`)."""
    words: list[Token] = []
    for t in obj:
        if words and t.lower_ in _UNIT_OWNER_PREPS:
            break
        words.append(t)
    if not words:
        return False
    # (`the commission's Head of Media and Publicity`: a word only a department's name has says
    # so with no body after it.)
    own = any(t.lower_ in lexicon().department_only for t in [*words, *obj.root.conjuncts])
    # (`Director of Communications to the President`: the office one serves after `to` says
    # whose the department is, as a body after `at` does.)
    owners = (*_UNIT_OWNER_PREPS, "to")
    if not own and not any(t.lower_ in owners for t in obj.doc[words[-1].i + 1 : hi]):
        return False
    ent = entity_at(obj.doc, words[-1]) if words[-1].ent_type_ else None
    if ent is not None and ent.end > words[-1].i + 1:
        return False
    content = [t for t in words if t.lower_ not in ("and", "&", "the") and not t.is_punct]
    return bool(content) and all(t.lower_ in lexicon().departments for t in content)


def _department_at_a_body(obj: Span, hi: int) -> bool:
    """`head of the Department of Surgery at Lenton General Hospital`, `at a private hospital`:
    a department named in full, then `at` a body (tagged, or a body's noun: a hospital, a
    university), is a unit of that body, never the body one works for (ROLES.md 5); the body
    after `at` is, or none when the article does not name it. Not `the Department of Justice at
    the hearing`, a place and a time."""
    words = [t for t in obj if t.lower_ != "the"]
    if len(words) < 3 or words[0].lower_ not in _UNITS_OF_A_BODY or words[1].lower_ != "of":
        return False
    if not words[0].is_title or obj.end >= hi or obj.doc[obj.end].lower_ != "at":
        return False
    at = obj.doc[obj.end]
    owner = next((o for o in at.children if o.dep_ == "pobj"), None)
    return owner is not None and owner.i < hi and (owner.ent_type_ == "ORG" or _is_org_noun(owner))


# The nouns of a unit of a hospital, a university or a company, named `<noun> of <field>`.
_UNITS_OF_A_BODY = frozenset({"department", "division", "unit", "faculty"})


def _body_in(describer: Describer, prep: Token, hi: int) -> str:
    """The body a job is `in`, before token ``hi``, by its own noun (`an official in the Ruto
    administration`); not `a lecturer in Economics`, `an analyst in Nairobi`. (A tagged name
    after `in`, `a researcher in the university's School of …`, was tried: it filled two train
    speakers' organisations and lost one on the check split, role and organisation both; only
    a name its own body's noun opens is read, `principal secretary in the Ministry of X`.)"""
    within = _named_body_noun(describer.doc, prep)
    if within and within[-1].i < hi:
        return text_of(describer.doc, within)
    house = proper_object(describer.doc, prep)
    named = house is not None and house.label_ == "ORG" and house.end <= hi
    if house is not None and named and house[-1].lower_ in lexicon().houses:
        # `Leader of the Opposition in the Legislative Council`: an office held in a house.
        return org_text(describer.context, house)
    # `Leader of Opposition in the corporation`: the body the article names so.
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.i < hi), None)
    public = noun is not None and _public_body_by_name(house, noun) or named and _opened_by_its_noun(house)
    if house is not None and house.end <= hi and public:
        # (`a lecturer in the School of Economics at the University of Lagos`: a unit of the
        # body named after it.)
        unit = house.end < hi and describer.doc[house.end].lower_ in ORG_PREPS
        return "" if unit else org_text(describer.context, house)
    if noun is None or not _is_org_noun(noun, plurals=False):
        return ""
    return body_of_the_noun(describer, [noun]) if any(c.lower_ == "the" for c in noun.children) else ""


def _opened_by_its_noun(name: Span | None) -> bool:
    """`principal secretary in the Ministry of Agriculture`: a body's tagged name that its own
    noun opens, as a ministry's or a department's does (not one the tagger ran on past `at`, `the
    School of Law at Moi University`)."""
    opening = strip_det(list(name)) if name is not None else []
    if not opening or not capitalised(opening[0].text) or not _is_org_noun(opening[0], plurals=False):
        return False
    return all(t.pos_ != "ADP" or t.lower_ in ("of", "for") for t in opening)


def _public_body_by_name(name: Span | None, noun: Token) -> bool:
    """`secretary in the Ministry of Health and Family Welfare`, `an official in the Union Health
    Ministry`: a name in capitals headed by the noun of a body no business is
    (models/no_business_bodies.txt), itself in capitals, is a body's name after `in`."""
    if name is None or not noun.is_title or noun.lemma_.lower() not in lexicon().no_business_bodies:
        return False
    return all(capitalised(t.text) or t.lower_ in NAME_JOINERS for t in name)


def _office_object(prep: Token, obj: Span) -> bool:
    """Whether ``obj``, after ``prep`` in a role, is what an office is of or for rather than a
    body: a place governed, a seat, a portfolio."""
    if prep.i == 0:
        return False
    # (`a spokeswoman for the local MP`, `an aide to the Mayor`: a job in capitals, untagged,
    # names the one who holds it, a person and no body.)
    if not obj.label_ and obj[-1].lower_ in lexicon().role_nouns and not _is_org_noun(obj[-1]):
        return True
    office = prep.doc[prep.i - 1]
    return _place_or_seat_of_the_office(prep, office, obj) or _portfolio_of_the_office(prep, office, obj)


def _place_or_seat_of_the_office(prep: Token, office: Token, obj: Span) -> bool:
    """Whether ``obj``, after the ``prep`` of ``office``, is a place the office governs or is
    named for, a seat, or the office's own word (see _office_object)."""
    # `mayor of Linden`, `premier of Nova Scotia`: the place an office governs is no body
    # (`head coach of Cole Valley`, a team tagged a place, is one).
    if obj.label_ in _PLACE and office.lemma_.lower() in lexicon().civic_offices:
        return True
    # (`the Mayor of Kandara`, the town left untagged: what an office only a town has is `of`,
    # with no body's noun, is the town.)
    town = office.lemma_.lower() in lexicon().town_offices and not _is_org_noun(obj[-1])
    if prep.lower_ == "of" and town and not obj.label_:
        return True
    # `the Duke of Lenton`, tagged a work whole or the place nothing: a peer's `of` names the
    # title's place, whatever the tagger read it as.
    peer = office.lemma_.lower() in peerage_ranks() and not _is_org_noun(obj[-1])
    if prep.lower_ == "of" and peer:
        return True
    if prep.lower_ == "for" and _seat_sat_for(prep, office, obj):
        return True
    # `Chief of Staff`: the staff a chief heads is the office's own word, no body.
    if prep.lower_ == "of" and len(obj) == 1 and obj[0].lower_ == "staff" and office.lower_ == "chief":
        return True
    # `mayor of the nearby town of Collie`: a name a place's noun in small letters is `of` is
    # the place's.
    return prep.lower_ == "of" and office.is_lower and office.lemma_.lower() in lexicon().place_nouns


def _portfolio_of_the_office(prep: Token, office: Token, obj: Span) -> bool:
    """Whether ``obj``, after the ``prep`` of ``office``, is the office's portfolio or bench,
    part of the title rather than a body (see _office_object)."""
    # `secretary of State`, `Commissioner for Health`: a minister's portfolio is part of
    # the title, not a body (`regional secretary of Aslef` names one).
    if prep.lower_ in ("of", "for") and len(obj) == 1 and obj[0].lower_ in lexicon().portfolios:
        # (`H.M. Inspector of Mines`: the field an inspector inspects, no body.)
        if office.lower_ in _PORTFOLIO_TITLES | {"commissioner", "inspector"}:
            return True
    # `Leader of the Opposition, Ana Ruiz,`: the bench a leader leads, one word of the fields
    # (models/portfolios.txt), is where they sit, no body, unless tagged one (`Director General
    # of Health` heads a ministry the word stands for).
    bench = len(obj) == 1 and obj.label_ != "ORG" and obj[0].lower_ in lexicon().fields
    if prep.lower_ == "of" and office.lemma_.lower() == "leader" and bench:
        return True
    # `Minister of State for Employment`, `Secretary of State for Health`: the rank of a
    # minister and their portfolio, however the tagger reads them.
    if prep.lower_ == "of" and obj[0].lower_ == "state" and office.lower_ in _PORTFOLIO_TITLES:
        return True
    if prep.i >= 3 and _of_state_for(list(prep.doc[prep.i - 3 : prep.i + 1]), 3):
        return True
    # `Minister for Primary Education`, `minister of women and child development`: what
    # follows a minister is always the portfolio; so is what follows `Commissioner for`
    # unless it is a body (`Commissioner for Physical Planning`, `for Trade`), its last word
    # or its head a body's noun (`commissioner for the Department of Labour` works there).
    body = _is_org_noun(obj[-1]) or _is_org_noun(obj.root)
    if office.lemma_.lower() == "commissioner" and prep.lower_ == "for" and not body:
        return True
    if prep.lower_ == "for" and _in_portfolio_words(obj):
        return True
    return office.lemma_.lower() == "minister" and prep.lower_ in ("of", "for")


def _seat_sat_for(prep: Token, office: Token, obj: Span) -> bool:
    """Whether ``obj`` after the `for` of ``office`` is the seat one sits for."""
    # `the Conservative MP for Bath`, `senator for Victoria`: the seat one sits for is a
    # constituency, whatever the tagger calls it.
    if office.lower_ in lexicon().seat_holders and not _is_org_noun(obj[-1]):
        return True
    if office.lemma_.lower() != "member":
        return False
    # (`the Senedd member for Carmarthen West`, `Assembly member for X`: a member of a house
    # named in capitals sits for a seat too.)
    house = prep.i >= 2 and capitalised(prep.doc[prep.i - 2].text) and not prep.doc[prep.i - 2].is_sent_start
    if house and not _is_org_noun(obj[-1]):
        return True
    # (`Mr. Chamberlain, the member for Birmingham,`, `the hon. member for Bath`: a bare member
    # for a place the tagger tags a place sits for it, a house's member in parliamentary reports;
    # not `a staff member for Maryland Republicans`, a people, whose staff he was.)
    bare = not any(c.dep_ == "compound" for c in office.lefts)
    if bare and obj.label_ in ("GPE", "LOC"):
        return True
    # (`the hon. member for Bath`, the place untagged: the member courtesy calls so sits in a house.)
    courteous = any(t.lower_ in lexicon().courtesy_words for t in office.lefts)
    return courteous and not _is_org_noun(obj[-1])

def _in_portfolio_words(obj: Span) -> bool:
    """`Chief Officer for Urban Planning`, `Director for Housing`: an office `for` a brief
    written in a portfolio's words is part of the title (`spokesman for Acme`, `director for
    Asia at Oxfam` name a body or a region, not a brief)."""
    words = [t for t in obj if t.lower_ not in ("and", "&", ",", "the")]
    return bool(words) and all(t.lower_ in lexicon().portfolio_words and not _is_org_noun(t) for t in words)


def _object_within(describer: Describer, obj: Span, hi: int) -> Span | None:
    """The part before token ``hi`` (the role's end) of a preposition's object ``obj``, or
    None. `Leader of the Opposition Ann Cole`: the object runs on into the name after the
    title, which is no body's; the words before it are the body only when the article or the
    tagger makes them one."""
    if obj.start >= hi:
        return None
    if obj.end <= hi or not _opens_person_name(describer.doc, _past_a_bracketed_unit(obj, hi), obj.end):
        return obj
    body = describer.doc[obj.start : hi]
    known = org_text(describer.context, body).lower() in describer.org_names
    return body if body[-1].ent_type_ == "ORG" or known else None


def _past_a_bracketed_unit(obj: Span, i: int) -> int:
    """Token ``i`` of ``obj``, or the token after the brackets that open there and close inside
    ``obj``: a unit or a district between a title and the name (`Superintendent of Police
    (South) Ankit Chauhan`, the tagger's one span of it all), no part of either."""
    doc = obj.doc
    if doc[i].text != "(":
        return i
    close = next((j for j in range(i + 1, min(obj.end, i + 8)) if doc[j].text == ")"), -1)
    return close + 1 if 0 < close < obj.end - 1 else i


def _opens_person_name(doc: Doc, i: int, end: int) -> bool:
    """A person's name starts at token ``i`` (before ``end``), after any form of address
    (`Rep. Ann Cole`)."""
    while i < end - 1 and is_honorific(doc[i]):
        i += 1
    return opens_person_name(doc[i])


def _of_a_work(prep: Token) -> bool:
    """`author of Unlikeable`: what an author or writer wrote is a work, no body."""
    return prep.lower_ == "of" and prep.i > 0 and prep.nbor(-1).lemma_.lower() in lexicon().author_nouns


def _owner_of_object(describer: Describer, prep: Token, hi: int) -> str:
    """`director of the Bipartisan Policy Center's immigration project`: the body that owns
    what a role is `of`, when the article names it."""
    for obj in prep.children:
        # (`the finance committee`, the noun tagged a proper one in small letters.)
        common = obj.pos_ == "NOUN" or (obj.pos_ == "PROPN" and obj.is_lower)
        if obj.dep_ != "pobj" or not common or obj.i >= hi:
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is None:
            held = _body_a_unit_is_of(describer, obj)
            if held:
                return held
        if owner is None or owner.lower_ in _POSSESSIVE_PRONOUNS:
            continue
        if capitalised(obj.text) and obj.ent_iob_ == "I" and owner.ent_type_ == obj.ent_type_ == "ORG":
            continue  # (`the Kilrush Fishermen's Co-operative`: one body's name, owned by none)
        if owner.pos_ == "NOUN":
            # `an official at the agency's forecasting division`: the agency the article names.
            body = _body_described_by(describer, owner)
            if body:
                return body
            continue
        toks = [t for t in owner.subtree if t.i <= owner.i and t.text not in POSSESSIVES]
        return _organization_span(describer, toks)
    return ""


def _body_described(describer: Describer, prep: Token) -> str:
    """`of the journalism school`, `for the ministry`: a body the article names elsewhere."""
    for obj in prep.children:
        if obj.dep_ == "pobj":
            body = _body_described_by(describer, obj) or _government_spoken_for(describer, prep, obj)
            if not body and prep.lower_ == "for" and prep.i > 0:
                # (`a spokesperson for the finance ministry`; not `a professor at the law school`,
                # where the words may say only what kind of body it is.)
                spoken_for = prep.doc[prep.i - 1].lower_ in lexicon().spokespeople
                body = _described_here(describer, obj) or _police_alone(describer, obj) if spoken_for else ""
            if body and not _named_otherwise(describer.doc, prep, body):
                return body
    return ""


def _police_alone(describer: Describer, noun: Token) -> str:
    """`a spokeswoman for police`, as `a police spokeswoman`: `police` alone after a
    spokesperson's `for` is the force the story names so, else *police*."""
    if noun.lower_ != "police" or any(True for _ in noun.children):
        return ""
    named = _body_a_noun_stands_for(describer, noun)
    if not named:
        described_bodies(describer.context).add(noun.text)
    return named or noun.text


def _government_spoken_for(describer: Describer, prep: Token, noun: Token) -> str:
    """`a spokesman for the provincial government`, as `a provincial government spokesman`
    (``_government_speaking_here``): a tier of government and its noun in small letters after a
    spokesperson's `for` name the body the job speaks for, named before or not."""
    doc, lex = noun.doc, lexicon()
    if prep.lower_ != "for" or prep.i == 0 or noun.lower_ not in ("government", "council"):
        return ""
    level = doc[noun.i - 1]
    if not (doc[prep.i - 1].lower_ in lex.spokespeople and level.i > prep.i):
        return ""
    if not (level.is_lower and level.lower_ in lex.government_levels):
        return ""
    body = f"{level.text} {noun.text}"
    described_bodies(describer.context).add(body)
    return body


def _named_otherwise(doc: Doc, prep: Token, body: str) -> bool:
    """`for the RMT transport union`, after `the GDL union`: a name in capitals before the
    body's noun that is no word of the body the noun would stand for says which body it is."""
    named = _named_body_noun(doc, prep)
    words = {w.lower() for w in body.split()}
    capitals = [t for t in named if capitalised(t.text)]
    return bool(capitals) and not any(t.lower_ in words for t in capitals)


def _body_described_by(describer: Describer, noun: Token) -> str:
    """The body the article names that a definite body's noun in small letters stands for
    (`the ministry`, `the journalism school`), or ""."""
    if noun.pos_ != "NOUN" or not noun.is_lower or not _is_org_noun(noun) or noun.tag_ == "NNS":
        return ""
    # (`organizer of a group`: an indefinite body is one the article has not named.)
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "another"))
        for c in noun.children
    )
    return describer.org_for_noun(noun.lemma_.lower(), noun.idx) if definite else ""


# --- appositions -----------------------------------------------------------------------


def _past_titles_before(doc: Doc, i: int) -> int:
    """`Trump’s running mate — Indiana Gov. Mike Pence —`: from token ``i`` before a name, back
    past a form of address and the place it goes with, to the comma or dash that sets an
    apposition off (`the CQC's chief inspector, Professor Sir Ann Cole,`: past a title in full
    too; `The Minister of National Security, the Hon. Dudley Thompson,`: past the `the` a form of
    address takes in Commonwealth style)."""
    if i >= 1 and _job_in_small_letters(doc[i]) and doc[i - 1].text in (",", "—", "–", "--"):
        # (`The co-operative's new chair, baker Tom Reeves,`: past a job in small letters too.)
        return i - 1
    if i < 0 or not is_title(doc[i]):
        return i
    # (`Its secretary general, El Hadji Ousmane Sarr,`: the article opening the title too.)
    while i >= 0 and (is_title(doc[i]) or article_of_a_title(doc[i]) or _part_of_an_honour(doc, i)):
        i -= 1
        # (`the officer commanding the station, Chief Inspector X,`: past the word of rank
        # opening the title, no title alone.)
        if i >= 0 and doc[i].is_title and doc[i].lower_ in lexicon().rank_words:
            i -= 1
    while i >= 0 and doc[i].ent_type_ in _PLACE and doc[i].pos_ == "PROPN":
        i -= 1
    if i >= 1 and doc[i].lower_ == "the" and doc[i - 1].text in (",", "—", "–", "--", "("):
        i -= 1
    return i


def _job_in_small_letters(tok: Token) -> bool:
    """`baker`, `nurse`: one word in small letters naming a job, whatever the tagger made of it
    before a name (`baker` a proper noun in `baker Tom Reeves`)."""
    if not (tok.is_lower and tok.is_alpha) or tok.lower_ in lexicon().person_nouns:
        return False
    return is_role_noun(tok) or tok.lower_.endswith(_OCCUPATION_ENDINGS)


def _holder_in_brackets(doc: Doc, i: int, start: int) -> bool:
    """`opened by the Mayor of Lenton (Alderman J. R. Hughes)`: a name alone in brackets right
    after an office, as local papers of old set it, is the office's holder (the bracket closes
    within a name's length, nothing but the name inside)."""
    if doc[i].text != "(" or doc[i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    for tok in doc[start : start + 6]:
        # (`The Minister for Health (Mr. Declan Moran): …`, a debate's label: the tokenizer
        # keeps `):` whole, as the emoticon it can be.)
        if tok.text in (")", "):"):
            return True
        if not (tok.ent_type_ == "PERSON" or is_title(tok) or tok.text[:1].isupper()):
            return False
    return False


def _ends_on_a_form_of_address(run: list[Token]) -> bool:
    """Whether the run of a title ends on a form of address, which title_before takes off it word
    by word: an honorific (`Rep.`, `Mr`), the words of an honour of two (`Tan Sri`), or the
    apostrophe closing one (`Dato'`)."""
    return bool(run) and (is_honorific(run[-1]) or _closes_an_honour(run) or _apostrophe_of_an_honorific(run))


def _closes_an_honour(run: list[Token]) -> bool:
    """`former police chief Tan Sri Ana Ruiz`: the run of a title ends on an honour of two words
    (models/titles.txt, `Tan Sri`, `Toh Puan`) whose words are no title alone, so the form of
    address is taken off it word by word as a one-word honorific is."""
    if not run:
        return False
    doc, i = run[-1].doc, run[-1].i
    pairs, word = lexicon().honour_pairs, title_word(run[-1].text)
    second = i + 1 < len(doc) and (run[-1].lower_, title_word(doc[i + 1].text)) in pairs
    return (i > 0 and (doc[i - 1].lower_, word) in pairs) or second


def _apostrophe_of_an_honorific(run: list[Token]) -> bool:
    """`Defence Minister Dato' Seri X`, `Minister Dato' X`: the run of a title ends on the
    apostrophe the tokenizer split off a Malaysian `Dato'` (its glottal stop), which goes with the
    honorific it closes."""
    closing = len(run) >= 2 and run[-1].text in ("'", "’") and not run[-2].whitespace_
    return closing and is_honorific(run[-2])


def _part_of_an_honour(doc: Doc, i: int) -> bool:
    """`Speaker of the House, Rt. Hon. Ana Ruiz,`: the stop the tokenizer split off an
    abbreviation in capitals (`Rt` `.`), and the first word of an honour of two words whose
    second follows, past that stop (`Rt Hon`, `Rt. Hon.`)."""
    tok = doc[i]
    if tok.text == "." and i > 0 and not doc[i - 1].whitespace_ and capitalised(doc[i - 1].text):
        return True
    k = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "." else i + 1
    return k < len(doc) and (tok.lower_, title_word(doc[k].text)) in lexicon().honour_pairs


def apposition_before(describer: Describer, start: int) -> list[tuple[str, str]]:
    """`the judge, Helen Marsh,`, `her senior policy adviser, Jake Sullivan,`."""
    doc = describer.doc
    if (named := _description_naming(describer, start)) is not None:
        return named
    i = _past_titles_before(doc, start - 1)
    if i < 1 or not (doc[i].text in (",", "—", "–", "--") or _holder_in_brackets(doc, i, start)):
        return []
    gathered = _words_apposed_before_the_comma(describer, start, i)
    if gathered is None:
        return []
    toks, j = gathered
    if (held := _office_comma_body(describer, toks, j)) is not None:
        return [held]
    toks = _past_the_thing_of(describer, toks, start)
    toks = _without_joining_words(describer, _portfolio_list_before(describer, toks, j), start)
    if toks and toks[0].tag_ in ("VBG", "VBN") and toks[0].dep_ == "advcl" and _holder_of_as(toks[0]):
        # (`Speaking in his capacity as president of the chamber, X said`: the participle's
        # words are no apposition; only the post it speaks `as` is the name's, and `Known as
        # the king of highlife, X` gives none.)
        return _speaking_as(describer, toks[0]) if _speaks_as(toks[0]) else []
    toks = _past_a_span_of_time_as(toks)
    toks = _past_an_encounter_with(describer, toks, start)
    if not toks:
        return []
    # `Preceded by Joe Arpaio, the Arizona sheriff, Trump spoke`: a description set after an
    # earlier name is that name's.
    if any(t.dep_ == "appos" and t.head.i < toks[0].i and describer.is_person(t.head) for t in toks):
        return []
    # `One of the bank's founders, Ana Ruiz,`, `Another of …`: one of several holders of a role.
    if len(toks) > 3 and _one_of_several(toks) and is_role_noun(toks[-1]):
        return [x for x in [describer.role_of(toks)] if x[0]]
    # Only a noun phrase of its own: `Outside court, Anita Desai` is no apposition.
    # (`One weaver, Anna Kowalski,`: `one` is its article.)
    articled = any(t.dep_ in ("det", "poss") or t.text in POSSESSIVES or _one_as_article(t) for t in toks)
    if not toks or not articled:
        # (`Lagos State Commissioner for Health, Dr Tunde Bello,`: an office heads it.)
        # (`…, Minister of Local Government and Community Development, Hon. X,`: an office held
        # for a portfolio, whatever word of it the parser made the head.)
        office = toks and (is_role_noun(toks[-1]) or _office_phrase(toks) or _held_title(toks))
        if not (office and len(toks) > 1):
            return []
    return _appositive(describer, toks)


def _office_comma_body(describer: Describer, body: list[Token], j: int) -> tuple[str, str] | None:
    """`The Permanent Secretary, Ministry of Health, Dr X,` (Nigerian and Ghanaian house style):
    an office in capitals after `the`, a comma at ``j``, and a body's tagged name whole up to the
    comma before the name are the office held at that body, its role and organisation."""
    doc = describer.doc
    if not body or j < 2 or doc[j].text != "," or body[0].ent_iob_ != "B" or body[0].ent_type_ != "ORG":
        return None
    ent = entity_at(doc, body[0])
    if ent is None or ent.end != body[-1].i + 1 or not is_role_noun(doc[j - 1]):
        return None
    opening = (k for k in range(j - 1, max(j - 5, -1), -1) if not doc[k].is_title or doc[k].lower_ == "the")
    the = next(opening, -1)
    if the < 0 or doc[the].lower_ != "the" or not describer.outside[the]:
        return None
    role = describer.role_of(list(doc[the + 1 : j]))[0]
    return (role, ent.text) if role else None


def _words_apposed_before_the_comma(
    describer: Describer, start: int, i: int
) -> tuple[list[Token], int] | None:
    """The words before the comma or dash at ``i`` (before the name opening at ``start``)
    back to where the apposition opens (a verb, a passive's `by`, the sentence's start), and
    the token the gathering stopped at (a comma there may open a portfolio's list); None when
    the words are a verb's object the parse does not set beside the name."""
    doc = describer.doc
    toks: list[Token] = []
    j = i - 1
    while j >= 0 and i - j <= _MAX_APPOSITION_TOKENS:
        t = doc[j]
        if t.text == ")" and (past := _before_brackets(doc, j)) >= 0:
            j = past
            continue
        if not describer.outside[j] or "\n" in t.text or _stop_outside_a_body(doc, j):
            break
        # (`was opened by the Mayor of Swansea, X`: a passive's `by` ends it as a verb does.)
        if (t.dep_ == "agent" and toks) or _verb_outside_a_name(t):
            # `voters support the president, Ms Cole said`: the object of a verb before the
            # name is an apposition of it only when the parse says so (`included the mayor's
            # deputy, Ann Ruiz, who`); the subject of an inverted cue (`said the judge, Helen
            # Marsh,`) is one.
            if toks and t.lemma_.lower() not in lexicon().cue_verbs:
                if not _apposed(describer, toks, start):
                    return None
            break
        toks.insert(0, t)
        if t.is_sent_start:
            break
        j -= 1
    return toks, j


def _verb_outside_a_name(tok: Token) -> bool:
    """Whether ``tok`` is a verb in a tense (no participle) that ends an apposition's words before
    it; a verb in capitals inside a body's tagged name that goes on after it is a word of the name
    (`Save the Children's country director, X,`)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBG"):
        return False
    doc = tok.doc
    inside = tok.ent_type_ == "ORG" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
    return not (inside and capitalised(tok.text))


def _past_the_thing_of(describer: Describer, toks: list[Token], start: int) -> list[Token]:
    """`was the answer of the union secretary, Mr. John Burns`: a job after `of` that ends the
    words before a name set off by a comma, after a noun that names no job, body nor person (an
    answer, the words, a letter), is the name's apposition alone, whichever of the two nouns the
    parse sets the name beside (the words were *the answer of the union secretary*, no role)."""
    name, noun = head_after(describer.doc[start]), toks[-1] if toks else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or not is_role_noun(noun):
        return toks
    thing = noun.head.head
    if name.dep_ != "appos" or name.head not in (noun, thing) or thing.pos_ != "NOUN" or thing.i < toks[0].i:
        return toks
    if is_role_noun(thing) or _is_org_noun(thing) or thing.lemma_.lower() in lexicon().person_nouns:
        return toks
    return [t for t in toks if t.i >= noun.left_edge.i]


def _one_as_article(tok: Token) -> bool:
    """`one` counting the noun right after it (`One weaver, Anna Kowalski,`), as `a` would."""
    return tok.lower_ == "one" and tok.dep_ == "nummod" and tok.head.i == tok.i + 1


def _description_naming(describer: Describer, start: int) -> list[tuple[str, str]] | None:
    """`a retired teacher named Sita Devi`, `a local farmer called Ramesh Kumar`: the noun
    phrase that `named`/`called` hangs on describes the person the name after it names, as an
    apposition would (None when no such participle stands right before the name)."""
    doc = describer.doc
    verb = doc[start - 1] if start >= 2 else None
    name = name_given_by(verb) if verb is not None else None
    if verb is None or name is None or name.i < start:
        return None
    return _appositive(describer, list(doc[verb.head.left_edge.i : verb.i]))


def _without_joining_words(describer: Describer, toks: list[Token], start: int) -> list[Token]:
    """An apposition before a name without the words joining it to what went before."""
    # `…, and the finance minister, Tom Reyes,`, `came as the auditor-general, Ruth Okafor,`:
    # the word joining the apposition to what went before is no part of it.
    # (Not `As a young reporter, Ana Ruiz covered …`: a past role, unless the parse makes the
    # name an apposition of the noun.)
    while toks and toks[0].pos_ == "CCONJ":
        toks = toks[1:]
    # (`According to the city's mayoral committee member for health, Cllr X,`.)
    if len(toks) > 2 and toks[0].lower_ == "according" and toks[1].lower_ == "to":
        toks = toks[2:]
    toks = _past_the_preposition_of_the_job(describer, toks, start)
    if toks and (toks[0].pos_ == "SCONJ" or toks[0].lower_ == "as") and _apposed(describer, toks[1:], start):
        toks = toks[1:]
    return toks


# The prepositions one speaks through another by (`through his spokesman`, `via her lawyer`, `a
# statement from his press secretary`): general English, by hand.
_GO_BETWEENS = frozenset({"through", "via", "from"})


def _past_the_preposition_of_the_job(describer: Describer, toks: list[Token], start: int) -> list[Token]:
    """`Speaking through his Chief Press Secretary, Mr Tunde Bakare,`, `The governor spoke through
    his spokesman, Tom Hale.`: a job the parser makes the object of a preposition one speaks
    through and sets the name beside is the name's; the words up to it are not. (Only those
    prepositions: `lost Ohio to the state's governor, John Kasich` says less than his title.)"""
    name = head_after(describer.doc[start])
    job = name.head
    if name.dep_ != "appos" or job.dep_ != "pobj" or not is_role_noun(job):
        return toks
    if job.head.lower_ not in _GO_BETWEENS:
        return toks
    if not toks or job.head.i < toks[0].i or job.i != toks[-1].i:
        return toks
    return [t for t in toks if t.i >= job.left_edge.i]


def _past_a_span_of_time_as(toks: list[Token]) -> list[Token]:
    """`For four years as secretary of state, X`: a span of time opening the words, then `as`
    and the office: the office alone (the role was *For as secretary of state*)."""
    if len(toks) < 3 or toks[0].pos_ != "ADP":
        return toks
    for n, t in enumerate(toks[1:], 1):
        if is_role_noun(t):
            return toks
        if t.lower_ == "as" and t.pos_ == "ADP" and n + 1 < len(toks):
            return toks[n + 1 :]
    return toks


_ENCOUNTER_PREPOSITIONS = frozenset({"with", "between", "from", "and"})


def _past_an_encounter_with(describer: Describer, toks: list[Token], start: int) -> list[Token]:
    """`An interview with the chief executive of Harbour Water, Lena Okafor,`, `a conversation
    between Radio Lenton's Tom Becker and the mayor of Lenton, Priya Nair,`: the words name an
    encounter (no role noun) and then, after `with`/`between`/`from`/`and`, the office of the
    person apposed: the office alone. When the name is not set off (`Speaking in an interview
    with the mayor, Priya Nair said`), the name is the sentence's subject, not the office's
    holder: no role."""
    for n, t in enumerate(toks[:-2]):
        if t.lower_ not in _ENCOUNTER_PREPOSITIONS or n == 0 or any(is_role_noun(w) for w in toks[:n]):
            continue
        rest = toks[n + 1 :]
        if not (rest[0].dep_ in ("det", "poss") or rest[0].text in POSSESSIVES) or not any(
            is_role_noun(w) for w in rest
        ):
            continue
        if t.lower_ == "and" and toks[n - 1].ent_type_ != "PERSON":
            continue  # `the president and the chief executive of X`: two offices
        return rest if _set_off_after(describer.doc, start) or _apposed(describer, toks, start) else []
    return toks


def _set_off_after(doc: Doc, start: int) -> bool:
    """Whether the name opening at ``start`` closes with a comma, a dash or its line (a
    headline's `An interview with the mayor, X`)."""
    end = start
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_iob_ == "I"):
        end += 1
    return end == len(doc) or doc[end].text in (",", "—", "–", "--", ")") or "\n" in doc[end].text


def _before_brackets(doc: Doc, close: int) -> int:
    """Where an apposition's words go on before the bracket token ``close`` ends, or -1: past a
    body's short form (`The Australian Council of Trade Unions (ACTU) secretary,`, `The Media
    Relations Manager of the Harbour Cocoa Board (Hacobod), Mrs X,`) or a unit (`The Minister of
    State for Finance (General Duties), Mr X,`)."""
    past = _past_brackets(doc, close, True)
    return past if past == close - 3 else _past_brackets(doc, close, False)


def _office_phrase(toks: list[Token]) -> bool:
    """`Lagos State Commissioner for Health`: an office in capitals heads the words; or a
    role noun in small letters or initials heads words opening the sentence (`Opposition
    councillor for Kampung Baru, Ana Ruiz,`)."""
    span = {t.i for t in toks}
    if any(is_role_noun(t) and t.head.i not in span and t.is_title for t in toks):
        return True
    # (`Opposition MP for Leeds East, Ana Ruiz,`: a seat's initials are its title in small letters.)
    return bool(
        toks and toks[0].is_sent_start and any(is_role_noun(t) and (t.is_lower or t.is_upper) for t in toks)
    )


def _portfolio_list_before(describer: Describer, toks: list[Token], comma: int) -> list[Token]:
    """`The Minister of Finance, Budget and National Planning, Wale Edun,`: an office whose
    portfolio lists its parts with commas; ``toks`` (`Budget and National Planning`) stop at
    the comma at token ``comma``. The office with its whole list, when the words before the
    commas are an office `of`/`for` a portfolio in capitals; else ``toks``."""
    doc = describer.doc
    # (`Food and the Marine`: a portfolio's `the` is in small letters.)
    if not toks or not all(capitalised(t.text) or t.lower_ in ("and", "&", "the") for t in toks):
        return toks
    run = list(toks)
    j = comma
    for _ in range(2):  # at most two commas inside the list
        if j < 2 or doc[j].text != "," or not describer.outside[j]:
            return toks
        k = j - 1
        words: list[Token] = []
        while k >= 0 and capitalised(doc[k].text) and doc[k].ent_type_ != "PERSON" and describer.outside[k]:
            words.insert(0, doc[k])
            k -= 1
        if not words:
            return toks
        run = words + [doc[j]] + run
        if k >= 1 and doc[k].lower_ in ("of", "for") and is_role_noun(doc[k - 1]):
            m = k - 1
            while m > 0 and (doc[m - 1].pos_ in ("DET", "ADJ") or is_role_noun(doc[m - 1])):
                m -= 1
            return list(doc[m : k + 1]) + run
        j = k
    return toks


def _apposed(describer: Describer, toks: list[Token], start: int) -> bool:
    """Whether the parse links the noun phrase ``toks`` and the name at ``start`` as
    apposition (either way round)."""
    span = {t.i for t in toks}
    name = head_after(describer.doc[start])
    return (name.dep_ == "appos" and name.head.i in span) or any(
        t.dep_ == "appos" and t.head.i == name.i for t in toks
    ) or _apposition_misread(toks, name)


def _apposition_misread(toks: list[Token], name: Token) -> bool:
    """`thanked the Town Clerk, Mr. T. H. Rees.`, parsed as two objects of one verb, and `the
    Town Clerk, Mr. Rees, and his staff`, the name parsed a conjunct of the title: a job set off
    by a comma from the name right after it is its apposition all the same (no verb takes an
    object a comma after the one it governs; a name closed off by a comma before `and` is set
    off, not listed)."""
    if not toks or not is_role_noun(toks[-1]) or name.ent_type_ != "PERSON":
        return False
    head, doc = toks[-1], name.doc
    if name.dep_ == "dobj" and head.dep_ in ("dobj", "pobj") and name.head in head.ancestors:
        return True
    closed = name.i + 2 < len(doc) and doc[name.i + 1].text == "," and doc[name.i + 2].lower_ == "and"
    return name.dep_ == "conj" and name.head.i == head.i and closed


def office_letters_after(describer: Describer, end: int) -> list[tuple[str, str]]:
    """`Tony Gregory TD said`, `said Jane Hutt MS`: a seat's letters in capitals right after a
    name (a parliament's member: MP, TD, MSP, MLA, MEP, MPP; ``tokens.is_seat``) are its holder's
    role, as a title before the name is, with the seat that `for` gives after them (`X MP for
    Leeds North`)."""
    doc = describer.doc
    if not 0 < end < len(doc) or doc[end - 1].is_upper or doc[end - 1].ent_type_ != "PERSON":
        return []
    if not is_seat(doc[end]):
        return []
    last = end
    if end + 2 < len(doc) and doc[end + 1].lower_ == "for" and doc[end + 2].is_title:
        last = end + 2
        seat = doc[end + 2].ent_type_
        while last + 1 < len(doc) and doc[last + 1].is_title and doc[last + 1].ent_type_ == seat:
            last += 1
    return [(doc[end : last + 1].text, "")]


def apposition_after(describer: Describer, end: int) -> list[tuple[str, str]]:
    """`Josh Earnest, the White House press secretary, said`, `said Dante Scala, a political
    science professor at the University of New Hampshire.`"""
    doc = describer.doc
    i = end
    # (`Ann Ruiz OBE, the charity's founder,`: honours after the name come before the role.)
    while i < len(doc) and post_nominal_letters(doc[i]):
        i += 1
    # `Dick Durbin (D-Ill.)`, `Jason Chaffetz, R-Utah,`, `Priya Raman, 29,`: party labels and
    # ages come before the role.
    for _ in range(2):
        i = _skip_label(describer, i)
    if i < len(doc) and _aside_opener(doc, i):
        return _apposition_in_an_aside(describer, i)
    if i < len(doc) and (bare := _apposition_without_commas(describer, end, i)):
        return _appositive(describer, bare)
    if i >= len(doc) or doc[i].text != ",":
        return []
    toks = _words_apposed_after_the_comma(describer, end, i)
    if toks is None:
        return []
    toks = _without_a_closing_short_form(toks)
    # `Maria Santos, and the finance minister, Tom Reyes,`: the next person's title, not hers.
    if toks and toks[0].pos_ == "CCONJ":
        return []
    if toks and toks[0].pos_ == "ADP":
        return _body_set_off(describer, toks[0])
    if len(toks) > 3 and _one_of_several(toks) and (several := _one_of_a_bodys_people(describer, toks)):
        return several
    if any(t.text == "(" and _brief_in_brackets(doc, t.i) > 0 for t in toks):  # (hung anywhere by the parser)
        return [post for post in [_role_and_organization(describer, toks)] if post[0]]
    return _appositive(describer, toks)


def _words_apposed_after_the_comma(describer: Describer, end: int, i: int) -> list[Token] | None:
    """The words after the comma at ``i`` (after the name ending at ``end``) up to where the
    apposition stops (a relative, a clause's verb, a new sentence, a body's bracket it cannot
    close); None when a verb of its own shows the words are no apposition."""
    doc = describer.doc
    toks: list[Token] = []
    j = i + 1
    while j < len(doc) and j - i <= _MAX_APPOSITION_TOKENS:
        t = doc[j]
        # (`the WHO representative`: the World Health Organization's letters are no relative.)
        relative = t.lower_ in RELATIVE_PRONOUNS and not t.text.isupper()
        if not describer.outside[j] or "\n" in t.text or relative:
            break
        if _stop_outside_a_body(doc, j):
            close = _short_formed_name_end(doc, i + 1, j)
            if close < 0 and toks and t.text == "(":  # (`dean (academic) at X`, `… Union (KMPDU) head`)
                close = max(_brief_in_brackets(doc, j), _short_form_after_a_body(doc, j))
            if close < 0:
                break
            toks += list(doc[j : close + 1])  # (the rest of the name and its short form)
            j = close + 1
            continue
        clause = t.dep_ in ("relcl", "acl", "advcl", "ccomp") and t.pos_ in ("VERB", "AUX")
        if clause and not represents_a_seat(t):  # (`the member representing Kano Central`: a seat)
            break
        if toks and t.is_sent_start and doc[j - 1].text.endswith(".") and doc[j - 1].whitespace_:
            break  # (`…, chief economist at ICRA Ltd. Nayar added`: the stop of `Ltd.` ends it too.)
        if t.pos_ in ("VERB", "AUX") and _verb_of_apposed(doc, end, toks, t):
            break  # `Sam Lee, the director for the Ohio Party said`: no comma before the verb
        if _verb_of_its_own(t):
            # `said Mike Purdy, a presidential historian and runs a website`: a verb joined
            # by `and` starts a clause of its own; the apposition ends before it.
            if toks and toks[-1].lower_ in ("and", "but") and len(toks) > 1:
                toks = toks[:-1]
                break
            return None
        toks.append(t)
        j += 1
    return toks


# Words in small letters a lawmaker's seat may hold after its place's name, as Nigerian and
# Ghanaian news write it (`Ikeja federal constituency`, `Lagos Central senatorial district`).
_SEAT_WORDS = frozenset(
    {"federal", "senatorial", "constituency", "district", "ward", "east", "west", "north", "south"}
)


def represents_a_seat(verb: Token) -> bool:
    """`the member representing Kano Central`, `the senator representing Lagos Central
    Senatorial District`: `representing` hung on a lawmaker's noun (a seat's holder,
    models/offices.txt, or `member`), before a seat named in capitals with no article, is the
    seat the lawmaker sits for, as `MP for X` is, and so part of the role (Nigerian and Ghanaian
    news write a member of a house so). Not `a member representing the union` (a body, with
    its article) nor a person's name."""
    holder = verb.head
    if verb.lower_ != "representing" or verb.dep_ != "acl" or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    if holder.lemma_.lower() not in lexicon().seat_holders | {"member"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].ent_type_ == "PERSON" or len(list(verb.children)) != 1:
        return False
    seat = list(objects[0].subtree)
    words_of_a_seat = all(capitalised(t.text) or t.tag_ == "HYPH" or t.lower_ in _SEAT_WORDS for t in seat)
    return 1 <= len(seat) <= 5 and capitalised(seat[0].text) and words_of_a_seat


def _brief_in_brackets(doc: Doc, opening: int) -> int:
    """Where the brackets opening at ``opening`` right after a role noun close, when they hold
    only the brief of the post, a field or a department (`deputy vice-chancellor (academic) at
    Moi University`, `Deputy Vice-Chancellor (Finance, Planning and Development)`), as university
    and civil-service titles write it; else -1."""
    if opening < 1 or not is_role_noun(doc[opening - 1]):
        return -1
    words = lexicon().departments
    for k in range(opening + 1, min(opening + 8, len(doc))):
        if doc[k].text == ")":
            return k if k > opening + 1 else -1
        if doc[k].text != "," and doc[k].lower_ not in words:
            return -1
    return -1


# Nouns for the people of a body taken together (`one of Victory's staff`), and its members
# (ROLES.md: membership is no role): one of them is of the body, with no job named. General
# English, by hand.
_A_BODYS_PEOPLE = frozenset({"staff", "squad", "crew", "workforce", "member"})


def _one_of_a_bodys_people(describer: Describer, toks: list[Token]) -> list[tuple[str, str]]:
    """`said Dan Price, one of Victory's staff`, `…, one of three club members selected for the
    championships`: one of a body's people is of that body, with no role; `…, one of the
    union's shop stewards` is one of several holders of a role, as before a name (the plural
    closing it: `one of the candidates vanquished by X` may be a past one)."""
    noun = next((c for c in toks[1].children if c.dep_ == "pobj"), None)
    if noun is None or noun.i not in {t.i for t in toks}:
        return []
    if noun.lemma_.lower() not in _A_BODYS_PEOPLE:
        if is_role_noun(noun) and noun.i == toks[-1].i and noun.right_edge.i == noun.i:
            return [x for x in [describer.role_of(toks)] if x[0]]
        return []
    owner = [t for t in toks if t.i < noun.i and t.head.i == noun.i and t.dep_ in ("poss", "compound")]
    if len(owner) != 1:
        return []
    words = [t for t in owner[0].subtree if t.tag_ != "POS" and t.text not in POSSESSIVES]
    body = _owner_organization(describer, words, [noun])
    return [("", body)] if body else []


def _without_a_closing_short_form(toks: list[Token]) -> list[Token]:
    """An apposition without the short form in brackets that closes it (`the county secretary of
    the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)`): the body's name
    says it, and it is no word of the role."""
    short = len(toks) > 3 and toks[-3].text == "(" and toks[-1].text == ")"
    return toks[:-3] if short and compact_acronym(toks[-2].text) else toks


def _apposition_without_commas(describer: Describer, end: int, i: int) -> list[Token]:
    """`“…,” Tom Briggs the club's captain said`: a job with `the` right after a name, set in
    apposition to it by the parser though no comma sets it off, and right before the cue verb
    or the sentence's end, is the name's apposition (not `told Tom Briggs the news`: no job)."""
    doc = describer.doc
    if doc[i].lower_ != "the" or end < 1 or not describer.outside[i]:
        return []
    job = next((t for t in doc[end - 1].rights if t.dep_ == "appos" and t.i > i), None)
    if job is None or not is_role_noun(job) or job.left_edge.i != i:
        return []
    if not describer.outside[job.right_edge.i]:
        return []
    after = job.right_edge.i + 1
    closes = after >= len(doc) or doc[after].pos_ == "VERB" or doc[after].text in (".", "!", "?")
    return list(doc[i:after]) if closes else []


# The marks that set an aside off on both sides (`Tom Hale – the mayor – said`): a dash, a
# hyphen typed for one with a space on either side, or brackets.
_ASIDE_CLOSERS = {"—": "—", "–": "–", "--": "--", "-": "-", "(": ")"}


def _aside_opener(doc: Doc, i: int) -> bool:
    if doc[i].text not in _ASIDE_CLOSERS or i == 0:
        return False
    return doc[i].text != "-" or set_off_by_spaces(doc, i)


def _apposition_in_an_aside(describer: Describer, i: int) -> list[tuple[str, str]]:
    """`Tom Hale – the mayor of Lenton – said`, `Tom Hale (the mayor of Lenton) said`: a noun
    phrase with its article set off by dashes or brackets right after the name is an
    apposition, as one set off by commas is."""
    doc = describer.doc
    closer = _ASIDE_CLOSERS[doc[i].text]
    close = next(
        (k for k in range(i + 1, min(i + 2 + _MAX_APPOSITION_TOKENS, len(doc))) if doc[k].text == closer), -1
    )
    if close < 0 and closer != ")":
        close = _aside_closed_by_the_sentence(doc, i)
    bare = list(doc[i + 1 : close]) if close > i + 1 and doc[i].text == "(" else []
    # (`(vice-chairman)`: the hyphen inside the word, which the tagger may call a noun.)
    small = all(t.is_lower or t.tag_ == "HYPH" or hyphen_joined(doc[t.i + 1]) for t in bare)
    if 0 < len(bare) <= 3 and small and is_role_noun(bare[-1]):
        # `Mr. T. H. Rees (chairman) said`: a job alone in brackets, as minutes write it.
        return _appositive(describer, bare) if describer.outside[i + 1] else []
    if _office_in_capitals(bare) and describer.outside[i + 1]:
        return _appositive(describer, bare)
    if close < i + 3 or "\n" in doc[i:close].text:
        return []
    toks = list(doc[i + 1 : close])
    opened = toks[0].dep_ in ("det", "poss") or toks[0].text in POSSESSIVES or _bare_post(toks)
    if not opened or not describer.outside[i + 1]:
        return []
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in toks):
        return []  # `Tom Hale (who was there) said`: a clause, not a noun phrase
    return _appositive(describer, toks)


def _aside_closed_by_the_sentence(doc: Doc, i: int) -> int:
    """`"…," said John Smith – chief executive of Lenton Foods.`: a dash after a name at the end
    of a sentence sets off what is left of it, which its closing stop ends as a second dash would;
    where that stop is, or -1 (a quote mark or a line's end first, or the sentence going on)."""
    for k in range(i + 1, min(i + 2 + _MAX_APPOSITION_TOKENS, len(doc))):
        t = doc[k]
        if t.is_quote or "\n" in t.text:
            return -1
        if t.text in (".", "!", "?"):
            return k if k + 1 == len(doc) or doc[k + 1].is_sent_start or "\n" in doc[k + 1].text else -1
    return -1


def _bare_post(toks: list[Token]) -> bool:
    """`John Smith – chief executive of Lenton Foods – said`: a post with no article set off by
    dashes or brackets, as it is by commas (`Ana Ruiz, head of X,`): one to three words in small
    letters closed by a role's noun, then its `of`, `at` or `for` and more words."""
    cut = next((n for n, t in enumerate(toks) if t.lower_ in ("of", "at", "for")), 0)
    if not 0 < cut <= 3 or cut + 1 >= len(toks) or not is_role_noun(toks[cut - 1]):
        return False
    return all((t.is_lower and t.is_alpha) or t.tag_ == "HYPH" for t in toks[:cut])


def _office_in_capitals(bare: list[Token]) -> bool:
    """`Mr. GREENWOOD (Minister of Health), moving the second reading,`, `Sir John Simon (Home
    Secretary)`: an office in capitals alone in brackets after a name, as parliamentary reports
    set it; its head is a role's noun before any `of` or `for` (not a party, `(Labour)`, nor a seat)."""
    cut = next((n for n, t in enumerate(bare) if t.lower_ in ("of", "for")), len(bare))
    if not 0 < cut <= len(bare) <= 8 or not is_role_noun(bare[cut - 1]):
        return False
    return all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "the", "and") for t in bare)


def _body_set_off(describer: Describer, prep: Token) -> list[tuple[str, str]]:
    """`Senior state counsel Grace Wanjiru, for the Office of the Director of Public
    Prosecutions, said`: a body set off by commas after a preposition is whom the person acts
    for or works at; no role (an office inside the body's name, `Director`, is none of theirs)."""
    if prep.lower_ not in ("for", "at", "with"):
        return []
    obj = proper_object(describer.doc, prep)
    if obj is None or obj.label_ != "ORG":
        return []
    return [("", _clean_org(describer.context, list(obj)))]


def _verb_of_apposed(doc: Doc, end: int, toks: list[Token], verb: Token) -> bool:
    """Whether ``verb`` is the one the name ending at ``end`` is the subject of, with the words
    read so far set beside the name by the parser: the apposition is whole, its comma left out."""
    name = doc[end - 1]
    return (
        name.dep_ == "nsubj"
        and name.head.i == verb.i
        and any(t.dep_ == "appos" and t.head.i == name.i for t in toks)
    )


def _stop_outside_a_body(doc: Doc, i: int) -> bool:
    """A stop (a comma, a bracket, a quote mark) at token ``i`` that may end an apposition: not
    a possessive's mark, nor a comma inside a body's tagged name, read before the name or after."""
    return doc[i].text in _STOP_TEXT and doc[i].tag_ != "POS" and not _inside_a_body(doc, i)


def _verb_of_its_own(tok: Token) -> bool:
    """A verb in an apposition that is no participle and no word of a tagged name: a clause's.
    A word in capitals the tagger puts inside a name after its first word is the name's, whatever
    the parser reads it as (`chairman of the Hong Kong Scheduled Public Light Bus Operators
    Association`, `Scheduled` a past tense)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBG"):
        return False
    return not (tok.ent_iob_ == "I" and tok.ent_type_ and capitalised(tok.text))


def _inside_a_body(doc: Doc, i: int) -> bool:
    """A comma inside a body's tagged name (`the Department for Environment, Food and Rural
    Affairs`), which goes on after it: no end of the apposition."""
    return (
        doc[i].text == ","
        and 0 < i < len(doc) - 1
        and doc[i].ent_iob_ == "I"
        and doc[i].ent_type_ == "ORG"
        and doc[i + 1].ent_iob_ == "I"
    )


def _short_formed_name_end(doc: Doc, start: int, i: int) -> int:
    """`X, the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch
    secretary,`: a comma at token ``i`` inside a name in capitals, from token ``start``, that
    its short form in brackets right after spells out, is no end of the apposition; the index
    of the bracket that closes the short form, else -1."""
    if doc[i].text != "," or i == start:
        return -1
    k = i + 1
    while k < len(doc) and k - i <= 8 and (doc[k].is_title or doc[k].lower_ in ("and", "&", "of", ",")):
        k += 1
    if k + 2 >= len(doc) or k == i + 1 or doc[k].text != "(" or doc[k + 2].text != ")":
        return -1
    first = _name_opening_before(doc, start, i)
    words = [t.text for t in doc[first:k] if not t.is_punct]
    short = compact_acronym(doc[k + 1].text)
    if not all(capitalised(w) or w in ("and", "of", "&") for w in words):
        return -1
    return k + 2 if short and abbreviates(short, " ".join(words)) else -1


def _short_form_after_a_body(doc: Doc, opening: int) -> int:
    """`X, the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch
    secretary,`, the name tagged one body with its commas: a short form in brackets at
    ``opening``, right after the body's tagged name, that spells the name is no end of the
    apposition (the commas inside the name are none either); the index of the closing bracket,
    else -1."""
    body = entity_at(doc, doc[opening - 1]) if opening > 0 else None
    if body is None or body.label_ != "ORG" or body.end != opening or not bracketed_word(doc, opening + 1):
        return -1
    words = " ".join(t.text for t in body if not t.is_punct and t.lower_ != "the")
    return opening + 2 if abbreviates(compact_acronym(doc[opening + 1].text), words) else -1


def _name_opening_before(doc: Doc, start: int, i: int) -> int:
    """Where the name in capitals that runs up to the comma at ``i`` opens, no earlier than
    ``start``: `the county secretary of the Kenya Medical Practitioners,` opens at `Kenya` (the
    words of the role before it are in small letters and are none of the short form's)."""
    first = i
    while first > start and (capitalised(doc[first - 1].text) or doc[first - 1].lower_ in ("and", "&")):
        first -= 1
        # (`the Kenya Union of Clinical Officers,`: an `of` between words in capitals is the
        # name's own.)
        inner_of = first - 1 > start and doc[first - 1].lower_ == "of" and capitalised(doc[first - 2].text)
        if inner_of and capitalised(doc[first].text):
            first -= 1
    return first + 1 if doc[first].lower_ == "the" else first


def _skip_label(describer: Describer, i: int) -> int:
    """Past a party label, an age, a home place or a picture's pointer after a name: `(D-Ill.)`,
    `, R-Utah,`, `, 29,`, `, of Lenton,`, `(pictured)`."""
    doc = describer.doc
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(i + 8, len(doc))) if doc[k].text == ")"), -1)
        inner = "".join(t.text for t in doc[i + 1 : close]) if close > 0 else ""
        if close > 0 and (_PARTY_LABEL.match(inner) or inner.isdigit() or _named_label(doc[i + 1 : close])):
            return close + 1
        return close + 1 if close > 0 and _points_to_a_picture(doc[i + 1 : close]) else i
    if i + 1 < len(doc) and doc[i].text == ",":
        close = next((k for k in range(i + 1, min(i + 8, len(doc))) if _closes_a_label(doc, k)), -1)
        inner = "".join(t.text for t in doc[i + 1 : close]) if close > 0 else ""
        if close > 0 and doc[close].text == "," and (_PARTY_LABEL.match(inner) or inner.isdigit()):
            return close
        # (`John Smith, of Lenton, head of X,`: the home place set off by commas, as US local
        # papers write it.)
        if doc[i + 1].lower_ == "of" and (past := _past_home_place_or_body(doc, i + 1)) > i + 1:
            return past
    return _past_home_place_or_body(doc, i)


# Words in brackets after a name that point a reader to the person in a picture beside the text
# (`Ana Ruiz (pictured)`, `(left)`, `(far right)`, `(pictured above)`): everyday English of captions.
_PICTURE_POINTERS = frozenset(
    {"pictured", "left", "right", "centre", "center", "middle", "above", "below", "inset"}
)
# (`(far left)`, `(second right)`, `(top row, left)`: words that only narrow the pointer.)
_PICTURE_POINTER_QUALIFIERS = frozenset({"far", "second", "third", "top", "bottom", "front", "back", "row"})


def _points_to_a_picture(words: Span) -> bool:
    """`John Smith (pictured), the chairman of X, said`, `Mary Cole (left), head of X,`: words in
    small letters in brackets after a name that only say where the person is in a picture are
    no part of what the article says they are; the apposition after them is theirs."""
    said = {t.lower_ for t in words}
    if not said or not all(t.is_lower for t in words):
        return False
    return said <= _PICTURE_POINTERS | _PICTURE_POINTER_QUALIFIERS and bool(said & _PICTURE_POINTERS)


def _closes_a_label(doc: Doc, k: int) -> bool:
    """Whether token ``k`` ends a label set off after a name: a comma or a semicolon, or a full
    stop that ends the sentence; not the stop of a state's abbreviation the tokenizer split off
    (`Sen. Ada Voss, D-Vt., chair of …`: `Vt` + `.` + `,`)."""
    tok = doc[k]
    if tok.text in (",", ";"):
        return True
    return tok.text == "." and (bool(tok.whitespace_) or k + 1 == len(doc))


def _past_home_place_or_body(doc: Doc, i: int) -> int:
    """`Sen. Ada Voss of Lenton, a presidential contender,`: the place a person comes from or
    stands for is a label (ROLES.md), not a body; the apposition after it is theirs. So is one
    after the body a person is of (`Ben Orr of the Harbour Group, a risk analyst,`), which
    ``organization_after`` gives. Only a place or body the tagger names so, before a comma."""
    if i + 2 >= len(doc) or doc[i].lower_ != "of":
        return i
    first = i + 2 if doc[i + 1].lower_ == "the" and not doc[i + 1].ent_type_ else i + 1
    kind = doc[first].ent_type_
    if kind not in ("GPE", "ORG") or doc[first].ent_iob_ != "B":
        return i
    k = first + 1
    while k < len(doc) and doc[k].ent_type_ == kind and doc[k].ent_iob_ == "I":
        k += 1
    return k if k < len(doc) and doc[k].text == "," else i


def _named_label(words: Span) -> bool:
    """`(Liberal Democrats)`, `(Congress)`: a party or a seat named in brackets after a name,
    before its role (`Amara Singh (Liberal Democrats), chair of the health committee`); not an
    office (`(Minister of Health)`)."""
    if _office_in_capitals(list(words)):
        return False
    return 0 < len(words) <= 4 and all(
        (t.pos_ == "PROPN" and capitalised(t.text)) or t.lower_ in ("of", "and", "the") for t in words
    )


# Adverbs opening an apposition that put its post in the past (`X, then a deputy director at Y,`,
# `X, once a senior official at Y,`): everyday English, as `former` is.
_PAST_ADVERBS = frozenset({"then", "once", "formerly", "previously"})


def _appositive(describer: Describer, toks: list[Token]) -> list[tuple[str, str]]:
    """The role(s) an apposition gives: one per coordinated noun (`a pediatrician and
    director of X`), each with its organisation; one an adverb puts in the past (`then a
    deputy director at Y`) is *former* (ROLES.md 4), as `who was mayor` is."""
    toks = [t for t in toks if not t.is_space]
    posts = _apposed_posts(describer, toks)
    if not (toks and toks[0].lower_ in _PAST_ADVERBS and toks[0].pos_ == "ADV"):
        return posts
    # (`once a senior official at Y and now an adviser to Z`: the posts after `now` are held
    # now and say who speaks.)
    if len(posts) > 1 and any(t.lower_ in ("now", "currently") for t in toks[1:]):
        return posts[1:]
    return [(_former_post(r), o) for r, o in posts]


def _former_post(role: str) -> str:
    """``role`` as a post held before: `former` put before it unless it says so already (`then
    ambassador to Israel` keeps the article's own word)."""
    said_so = role.lower().startswith(("former", "ex-")) or role.split()[0].lower() in _PAST_ADVERBS
    return role if said_so else "former " + role


def _apposed_posts(describer: Describer, toks: list[Token]) -> list[tuple[str, str]]:
    """The (role, organisation) pairs of an apposition's words, one per coordinated noun."""
    if not toks:
        return []
    indefinite = toks[0].lower_ in ("a", "an") or _one_as_article(toks[0])
    span = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in span or t.head.i == t.i]
    if not roots:
        return []
    # `the company’s vice-president`, with `vice`, `-` and `president` each parsed as an
    # apposition of the name: the role noun among them heads it.
    # (`its vice-president`, parsed with `vice` as the head: the word's last part heads it.)
    roots = [hyphenated_word_end(r) for r in roots]
    root = next((r for r in roots if is_role_noun(r) and r.pos_ in ("NOUN", "PROPN")), roots[0])
    root = _job_after_its_field(root)
    root = _job_owned_by_a_body_the_parse_split(toks, root) or root
    if not is_role_noun(root):
        # (`the state Police Public Relations Officer, SP X`, parsed with `state` the head and
        # the office its apposition: the office heads it.)
        root = next((c for c in root.children if c.dep_ == "appos" and c.i in span and is_role_noun(c)), root)
    # (A plural heading it is a body's word: `the Kenya Medical Practitioners, … (KMPDU) branch
    # secretary`.)
    if (not is_role_noun(root) or root.tag_ in ("NNS", "NNPS")) and (
        _title_phrase(toks) or _title_phrase_for_a_field(toks)
    ):
        # `A City of Cape Town spokesperson, Luyanda Mbete,`, parsed as `A City of …`: a
        # phrase ending in a role noun is a title, whatever the parse made its head.
        role, organization = _role_and_organization(describer, toks)
        return [(role, organization)] if role else []
    # (`The Senior Minister for Environment Protection and Climate Change`, parsed with a word
    # of the portfolio as the head: an office held for a portfolio is the role whole.)
    bare = strip_det(toks)
    if (not is_role_noun(root) or bare and root.i == bare[0].i) and _held_title(bare):
        role, organization = _role_and_organization(describer, toks)
        return [(role, organization)] if role else []
    joined = [t for t in toks if t.dep_ == "conj" and t.head.i == root.i] + _job_hung_on_a_count(root, span)
    heads = _whole_words([root] + joined, span)
    if _coordinated_field(toks, root, heads) or _joined_offices(toks, heads):
        role, organization = _role_and_organization(describer, toks)
        return [(role, organization)] if role else []
    out = []
    for n, head in enumerate(heads):
        # (`director-general`, its last part parsed as an adjective.)
        if head.pos_ not in ("NOUN", "PROPN") and not hyphen_joined(head):
            continue
        if not (is_role_noun(head) or (indefinite and _occupation(head))):
            continue
        if head.tag_ in ("NNS", "NNPS"):
            continue  # `To Sanders, his aides and those in attendance`: a list, not one person
        lo = toks[0].i if n == 0 else _hyphenated_word_start(head).left_edge.i
        hi = _hyphenated_word_start(heads[n + 1]).left_edge.i if n + 1 < len(heads) else toks[-1].i + 1
        words = [t for t in toks if lo <= t.i < hi and not (t.dep_ == "cc" and t.head.i == root.i)]
        while words and (words[-1].dep_ == "cc" or words[-1].is_punct):
            words = words[:-1]
        role, organization = _role_and_organization(describer, words)
        if role:
            out.append((role, organization))
    return _without_past_after_one_held_now(out)


def _job_hung_on_a_count(root: Token, span: set[int]) -> list[Token]:
    """`a mother of four and a nurse`, parsed with `nurse` a second object of `of` after the
    number and `and`: the job is a conjunct of the apposition's head, as in `a nurse and mother
    of four` (the number after `of` counts the children; a job is never counted)."""
    jobs = []
    for prep in root.children:
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.i in span]
        if prep.lower_ != "of" or len(objects) != 2:
            continue
        count, job = objects
        joined = any(c.dep_ == "cc" for c in count.children) or any(
            t.dep_ == "cc" for t in root.doc[count.i + 1 : job.i]
        )
        if count.like_num and joined and job.pos_ == "NOUN" and is_role_noun(job):
            jobs.append(job)
    return jobs


def _job_owned_by_a_body_the_parse_split(toks: list[Token], root: Token) -> Token | None:
    """`Friends of the Earth's climate officer, X,`, `Doctors Without Borders' medical director,
    X,`: a body's name with a small word inside (`of`, `without`) owning the job that ends the
    apposition, which the parser splits at that word, hanging the job on it as its object and
    making the name's first word the head: the job heads the apposition, when its owner and that
    head are words of one body's tagged name (a person's name holds no `of` or `without`)."""
    # (`Doctors Without Borders' head of mission`: the job owned, whatever words end it.)
    owners = [t for t in toks if t.dep_ == "poss" and t.ent_type_ == "ORG" and t.head.i > t.i]
    job = owners[0].head if len(owners) == 1 else None
    if job is None or job == root or not (job.is_lower and job.pos_ == "NOUN" and is_role_noun(job)):
        return None
    body = entity_at(job.doc, owners[0])
    if body is None or not body.start <= root.i < owners[0].i:
        return None
    return job if root.is_ancestor(job) else None


def _without_past_after_one_held_now(posts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (role, organisation) pairs one apposition joins, without the past posts after a
    first held now (`Ann Cole, the union's president and a former nurse`: *president*)."""
    # (A post held now, put first, says who speaks; a past one after it only what she was. Not
    # `a former governor and presidential candidate`, whose writer put the past first.)
    if posts and not held_before(posts[0][0]):
        return [x for x in posts if not held_before(x[0])]
    return posts


def _whole_words(heads: list[Token], span: set[int]) -> list[Token]:
    """The conjuncts as words: `co-leader`, split at its hyphen and each part parsed as a
    conjunct of `leader` (`the group leader and co-leader of the council`), is one conjunct,
    headed by its last part (when the words at hand reach it)."""
    out: list[Token] = []
    for head in heads:
        if head.text == "-" and out:
            continue
        end = hyphenated_word_end(_hyphenated_word_start(head))
        end = end if end.i in span else head
        if all(end.i != o.i for o in out):
            out.append(end)
    return out


def _joined_offices(toks: list[Token], heads: list[Token]) -> bool:
    """`president and CEO of Acme Holdings`: two offices joined by `and`, with no article of
    their own and the body after the second (or owning the first: `the association's president
    and CEO`), are one post held at that body (not `a pediatrician and director of X`, two
    things the person is)."""
    if len(heads) != 2 or any(t.lower_ in ("a", "an") for t in toks):
        return False
    first, second = heads
    if not (is_role_noun(first) and is_role_noun(second)) or first.tag_ in ("NNS", "NNPS"):
        return False
    between = [t for t in toks if first.i < t.i < _hyphenated_word_start(second).left_edge.i]
    if [t.lower_ for t in between] not in (["and"], ["&"]):
        return False
    after = [t for t in toks if t.i > second.i]
    if not after:
        # (`the association's president and CEO`: the body owning the first owns both; not
        # `the party's president and Uganda's justice minister`, the second owned apart.)
        own = any(c.dep_ in ("poss", "det") for c in second.subtree if c.i < second.i)
        return any(c.dep_ == "poss" for c in first.children) and not own
    # (`the party's deputy leader and co-founder of the movement`, `the SNP group leader and
    # co-leader of the council`: a body before the first and one after the second, two posts.)
    owned = any(c.dep_ == "poss" or c.ent_type_ == "ORG" for c in first.subtree if c.i < first.i)
    return after[0].lower_ in ("of", "at") and not owned and not any(t.pos_ == "CCONJ" for t in after)


def _job_after_its_field(root: Token) -> Token:
    """`an infectious diseases specialist`, parsed with the plural field as the head and the
    job as its modifier: the job noun right after the field heads the apposition."""
    nxt = root.nbor(1) if root.i + 1 < len(root.doc) else None
    if root.tag_ != "NNS" or nxt is None or nxt.head.i != root.i:
        return root
    if nxt.dep_ not in ("amod", "compound", "appos", "acl"):
        return root
    return nxt if nxt.tag_ == "NN" and is_role_noun(nxt) else root


def _coordinated_field(toks: list[Token], root: Token, heads: list[Token]) -> bool:
    """`Facebook's global politics and government outreach director`, parsed as `politics`
    and `director` side by side: fields joined by `and` before one job are one title, when the
    first is a field (a plural that is no job) and nothing but nouns and modifiers come
    between."""
    if len(heads) != 2 or heads[-1].i != toks[-1].i or not is_role_noun(heads[-1]):
        return False
    # (A plural in small letters is a field, never the person: not `a Democrat and former
    # state senator`, `a friend and adviser`.)
    if is_role_noun(root) or _occupation(root) or root.tag_ != "NNS" or not root.is_lower:
        return False
    return all(
        t.pos_ in ("PROPN", "ADJ", "NOUN") or t.tag_ in ("HYPH", "POS") or t.lower_ in ("and", "&")
        for t in toks
        if t.lower_ not in DETERMINERS
    )


# --- clauses ---------------------------------------------------------------------------


def relative_clause(describer: Describer, start: int, end: int) -> list[tuple[str, str, str]]:
    """`X, who chairs the Finance Committee`; `X, who is a longtime committeeman`; `X, who
    served as chief of staff`: (role, organisation, source), the source "office" for a post a
    verb of holding, taking or founding one gives (a weaker witness than a noun the article
    sets by the name: `former governor X, who serves as chairman of Y`)."""
    name_root = _root_of(describer.context, start, end)
    out = []
    # `Morton Blackwell, the conservative icon who … is a longtime committeeman`: the
    # clause may hang on the apposition.
    nouns = [name_root, *(c for c in name_root.children if c.dep_ == "appos")]
    clauses = [c for n in nouns for c in n.children] + _who_after_a_thing(nouns[1:])
    for clause in clauses + _set_off_by_the_verb(describer.doc, name_root, end):
        if clause.i >= end and _speaks_as(clause):
            # `X, speaking as chairman of the finance committee, said`.
            out += [(r, o, "relative") for r, o in _speaking_as(describer, clause)]
            continue
        if clause.i >= end and _working_at(clause):
            # `X, an engineer working for Harbour Bank,`; `Judge X, sitting at Lenton Crown Court,`.
            out += [(r, o, "relative") for r, o in _predicate(describer, clause)]
            continue
        if clause.dep_ != "relcl" or clause.i < end:
            continue
        if any(c.lower_ in ("who", "whom") and c.dep_ == "dobj" for c in clause.children):
            # `whom the premier fired as campaign manager`, `whom she named as her deputy`.
            out += [(r, o, "office") for r, o in _office_given(describer, clause)]
            continue
        if not any(c.lower_ in ("who", "that") and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        for verb in [clause, *(c for c in clause.children if c.dep_ == "conj")]:
            joined = _joined_as(describer, verb)
            if joined:
                out += [(r, o, "relative") for r, o in joined]
                continue
            side = _side_played_for(describer, verb) or _side_come_on_for(describer, verb)
            side = side or _side_whose_academy_raised(describer, verb)
            if side:
                out.append(("", side, "relative"))
                continue
            if _takes_over(verb):
                # (a post taken up is held now: its body is the person's, whatever the role)
                out += [(r, o, "relative") for r, o in _serving_as(describer, verb, former=False)]
                continue
            office = _office_held(describer, verb)
            if clause.head.i != name_root.i:
                # `a veteran of the CIA who retired as acting director`: the body the noun the
                # clause hangs on names is the office's.
                office = [(r, o or _body_of_noun(describer, clause.head)) for r, o in office]
            out += [(r, o, "office") for r, o in office]
            if not office:
                out += [(r, o, "relative") for r, o in _predicate(describer, verb)]
                body = _body_studied_at(describer, verb)
                out += [("", body, "relative")] if body else []
    return out


def _speaks_as(verb: Token) -> bool:
    """A participle of speaking or serving set off beside a name, with an `as` phrase of its own
    (`Speaking as chairman of X,`, `, writing as the bank's chief economist,`, `Speaking in his
    capacity as …,`); not a title opened by one (`Acting Chief Executive of X, Y,`: no `as`)."""
    if verb.dep_ not in ("advcl", "acl") or _holder_of_as(verb) is None:
        return False
    # (`Sworn in as governor last year, X said`, `X, elected as the union's president in 2020,`:
    # a participle of putting in a post, or of taking out of one.)
    return verb.lemma_.lower() in (_SPEAKING_AS_VERBS if verb.tag_ == "VBG" else lexicon().post_verbs)


def _holder_of_as(word: Token) -> Token | None:
    """The word whose `as` phrase names the post: ``word`` itself, or the `capacity` or `role` of
    its `in` (`in his capacity as president of the chamber`, `in her role as head of X`)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in word.children):
        return word
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in ("capacity", "role"):
                    return noun if any(c.dep_ == "prep" and c.lower_ == "as" for c in noun.children) else None
    return None


def _speaking_as(describer: Describer, word: Token) -> list[tuple[str, str]]:
    """The post a participle of speaking gives its person `as` (`as chairman
    of the finance committee`, `as the union's general secretary`); `as a former diplomat` with
    no body says what they speak as, no post (as an opening `As an investor,` gives none)."""
    holder = _holder_of_as(word)
    if holder is None:
        return []
    if word.tag_ == "VBN":
        return _office_given(describer, word)
    objects = [o for p in holder.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    indefinite = any(d.dep_ == "det" and d.lower_ in ("a", "an") for o in objects for d in o.children)
    return [(r, o) for r, o in _serving_as(describer, holder, former=False) if o or not indefinite]


def _set_off_by_the_verb(doc: Doc, name_root: Token, end: int) -> list[Token]:
    """A participle set off right after the name that the parse hangs on the sentence's verb
    (`Judge X, sitting at Lenton Crown Court, told him`)."""
    if end >= len(doc) - 1 or doc[end].text != "," or name_root.dep_ != "nsubj":
        return []
    return [c for c in name_root.head.children if c.dep_ == "advcl" and c.i == end + 1]


def _working_at(clause: Token) -> bool:
    """A participle of working at a body (`working for`, `teaching at`), or of a judge's sitting
    at a court."""
    lemma = clause.lemma_.lower()
    if clause.dep_ == "acl" and lemma == "employ":
        return True  # (`an engineer employed by Y`: the participle of being employed)
    if clause.dep_ not in ("acl", "advcl") or clause.tag_ != "VBG":
        return False
    if lemma == "sit":
        at = [p for p in clause.children if p.dep_ == "prep" and p.lower_ in ("at", "in")]
        return any(o.lemma_.lower() in _COURT_NOUNS for p in at for o in p.children)
    return lemma in _WORK_VERBS


# A judge sits at a court (`sitting at Lenton Crown Court`).
_COURT_NOUNS = frozenset({"court", "tribunal", "bench"})


def _who_after_a_thing(apposed: list[Token]) -> list[Token]:
    """`X, the author of a book on spies, who studies …`: a `who` clause the parse hangs on a
    thing inside the apposition (no person, no role) is about the person the apposition is."""
    out = []
    for noun in apposed:
        for t in noun.subtree:
            if t.i == noun.i or t.pos_ != "NOUN" or t.ent_type_ == "PERSON":
                continue
            if is_role_noun(t) or lexicon().names_a_person(t.lemma_.lower()):
                continue
            out += [
                c
                for c in t.children
                if c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
            ]
    return out


# Verbs of work at a body that name no post (`who studies cyber issues at the X Council`).
_STUDY_VERBS = frozenset({"study", "research", "teach", "lecture"})


def _body_studied_at(describer: Describer, verb: Token) -> str:
    """`who studies cyber issues at the Council on Foreign Relations`, `who now teaches at Y`:
    the body one works at now, by a verb of study or teaching; not one studied at before."""
    if verb.lemma_.lower() not in _STUDY_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for unit in (verb, *objects):
        body = _body_at_verb(describer, unit)
        if body:
            return body
    return ""


def _body_of_noun(describer: Describer, noun: Token) -> str:
    """The tagged body a noun puts its person `at` or `of` (`a veteran of the CIA`), or ""."""
    for body in _bodies_at(describer, list(noun.children)):
        if body.label_ in ("ORG", "FAC"):
            return org_text(describer.context, body)
    return ""


def _office_held(describer: Describer, verb: Token) -> list[tuple[str, str]]:
    """`who served as his chief of staff`, `who was appointed the council's finance director`,
    `who founded the advocacy group Fair Votes`: an office (or a body) a verb of holding,
    taking or founding one gives the clause's subject."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    if lemma in _SERVE_VERBS:
        return _serving_as(describer, verb, former=verb.tag_ == "VBD")
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if (passive and lemma in lexicon().post_verbs) or lemma in ("resign", "retire"):
        return _office_given(describer, verb)
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if any((lemma, p) in _STEP_DOWN_VERBS for p in particles):
        # `who stepped down as finance minister`; `who will step down as …` holds the post still.
        return _serving_as(describer, verb, former=verb.tag_ in ("VBD", "VBN"))
    if lemma in _FOUND_VERBS and not passive:
        body = _founded_body(describer, verb)
        return [("", body)] if body else []
    return []


def _takes_over(verb: Token) -> bool:
    """`who took over as head of Y`, `who steps in as coach`: a post taken up, and held since
    (unlike `served as`, past though the verb is)."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    # (`who took office as mayor of X`, `who assumed charge as district collector`.)
    lemma = verb.lemma_.lower()
    taken = any(c.dep_ == "dobj" and c.lower_ in ("office", "charge") for c in verb.children)
    return (lemma, *particles) in _TAKE_UP_VERBS or (lemma in ("take", "assume") and taken)


def _joined_as(describer: Describer, verb: Token) -> list[tuple[str, str]]:
    """`X joined Harbour Bank as chief economist`, `who joined the club as an assistant coach`:
    the post taken up on joining a body is held since (as one taken over), at the body joined
    when the role names none."""
    if verb.lemma_.lower() != "join" or any(c.dep_ == "neg" for c in verb.children):
        return []
    served = _serving_as(describer, verb, former=False)
    body, named = "", ""
    for obj in verb.children:
        ent = entity_at(describer.doc, obj) if obj.dep_ == "dobj" and obj.pos_ == "PROPN" else None
        if ent is not None and ent.label_ == "ORG":
            body = org_text(describer.context, ent)
        elif ent is not None and ent.label_ not in _PLACE:
            # (`Harbour United`, a club tagged a person; `the Crusaders`, tagged a body elsewhere.)
            text = org_text(describer.context, ent)
            known = text.lower() in describer.org_names
            named = text if known or (ent.label_ == "PERSON" and _is_org_noun(obj)) else named
    if not served:
        # `X, who joined Harbour United from Kestrel Vale last year`: the body joined is the
        # person's since (ROLES.md 5 ties them by the verb); not a party joined (a member's
        # side), nor one only to be joined (`will join`, `if she joins`). `joined the bank in
        # 2010`: the body the article names so.
        nouns = [o for o in verb.children if o.dep_ == "dobj" and _is_org_noun(o, plurals=False)]
        body = body or named or (body_of_the_noun(describer, nouns[:1]) if nouns else "")
        body = body or _owner_of_a_side_joined(describer, verb) or _untagged_side_joined(describer, verb)
        party = body.lower().split()[-1:] == ["party"]
        return [("", body)] if body and not party and _joined_now(verb) else []
    return [(r, o or body) for r, o in served]


# The people of a side one joins (`joined Victory's staff`, `joined the club's squad`).
_SIDES_PEOPLE = frozenset({"staff", "squad"})


# What the tagger may call a side's name it took for no body: nothing, or a thing made (`the
# Crusaders`, a product; `the Hurricanes`, a work).
_SIDE_KINDS = frozenset({"", "PRODUCT", "WORK_OF_ART"})


def _untagged_side_joined(describer: Describer, verb: Token) -> str:
    """`X, who joined the Stormers from the Sharks last year`: a name in capitals the tagger left
    untagged, joined `from` another name in capitals, is the body moved to (a transfer between
    two sides; the one left is no longer the person's); not a person (`joined Hale from …`).
    So is one the tagger called a thing made (`the Crusaders`, a product), no body, person or place."""
    doc = describer.doc
    came_from = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
    if not any(proper_object(doc, p) is not None for p in came_from):
        return ""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "PROPN" or obj.ent_type_ not in _SIDE_KINDS:
            continue
        if not capitalised(obj.text):
            continue
        words = [t for t in obj.subtree if t.i <= obj.i and t.lower_ not in DETERMINERS]
        kinds = {t.ent_type_ for t in words}
        untagged = kinds <= _SIDE_KINDS and all(t.pos_ == "PROPN" and capitalised(t.text) for t in words)
        if untagged and not any(describer.is_person(t) for t in words):
            return _clean_org(describer.context, words)
    return ""


def _owner_of_a_side_joined(describer: Describer, verb: Token) -> str:
    """`who joined Victory's staff in 2023`, `joined the club's coaching staff`: the body owning
    the staff or the squad joined (the side `Victory` calls short, the one `the club` stands
    for) is the person's."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _SIDES_PEOPLE:
            continue
        for owner in (c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")):
            words = [t for t in owner.subtree if t.text not in POSSESSIVES]
            body = _owner_organization(describer, words, [obj])
            if not body and owner.lemma_.lower() in ("club", "side") and owner.is_lower:
                body = describer.org_for_noun(owner.lemma_.lower(), owner.idx)
            if body:
                return body
    return ""




def _side_whose_academy_raised(describer: Describer, verb: Token) -> str:
    """`X, who was promoted from Al Ahly's youth academy`: a player promoted to the first team is
    in the side owning the academy, tagged a body or one the article names so (``_owner_organization``);
    not `who came through` or `graduated from` an academy, often a side since left."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() != "promote" or not passive or any(c.dep_ == "neg" for c in verb.children):
        return ""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for academy in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "academy"):
            for owner in (c for c in academy.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
                ent = entity_at(describer.doc, owner)
                if ent is not None and ent.label_ == "ORG":
                    return org_text(describer.context, ent)
                words = [t for t in owner.subtree if t.text not in POSSESSIVES]
                return _owner_organization(describer, words, [academy])
    return ""


# Verbs of a player's games for a side (`who plays for Y`, `who has scored 40 goals for Y`).
_PLAY_VERBS = frozenset({"play", "score"})


def _side_played_for(describer: Describer, verb: Token) -> str:
    """`X, who has played 180 games for the club`, `who plays for the club`, `who has made 200
    appearances for the side`: the side the story's `the club` stands for, which a player plays
    for now (ROLES.md 5 ties them by `for`), by the present or the present perfect; not `who
    played for the club in the 1990s`, a side left."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    appearances = lemma == "make" and any(o.lemma_.lower() == "appearance" for o in objects)
    if not (lemma in _PLAY_VERBS or appearances) or any(c.dep_ in ("neg", "mark") for c in verb.children):
        return ""
    present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)
    if not (present or _held_until_now(verb)):
        return ""
    fors = [p for w in (verb, *objects) for p in w.children if p.dep_ == "prep" and p.lower_ == "for"]
    sides = [o for p in fors[:1] for o in p.children if o.dep_ == "pobj"]
    if len(sides) != 1 or any(c.dep_ == "conj" for c in sides[0].children):
        return ""
    # (Only `the club` or `the side`, the one the story is about: a name after `for` may be a
    # side played for before, or a country's, not the one the speaker serves now.)
    side = sides[0]
    if side.pos_ != "NOUN" or side.lemma_.lower() not in ("club", "side"):
        return ""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in side.children)
    return describer.org_for_noun(side.lemma_.lower(), side.idx) if definite else ""


def _side_come_on_for(describer: Describer, verb: Token) -> str:
    """`X came on as a substitute for Al Ahly`, `X, who came off the bench for Enyimba,`: the side
    a player came on for in the match the story reports is theirs (ROLES.md 5 ties them by
    `for`); a side the article names or the tagger calls a body, not a person replaced (`came on
    for Tom Hale`), nor a side come on against."""
    if verb.lemma_.lower() != "come" or any(c.dep_ in ("neg", "mark", "aux") for c in verb.children):
        return ""
    on = any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    benched = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "off" for o in p.children]
    if not (on or any(o.lemma_.lower() == "bench" for o in benched)):
        return ""
    # (`came on as a substitute for Al Ahly`: the parse hangs the `for` on the noun after `as`.)
    held = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    fors = [p for w in (verb, *held) for p in w.children if p.dep_ == "prep" and p.lower_ == "for"]
    sides = [o for p in fors[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    ent = entity_at(describer.doc, sides[0]) if len(sides) == 1 else None
    if ent is None or ent.label_ in NOT_ORG:
        return ""
    name = org_text(describer.context, ent)
    return name if ent.label_ == "ORG" or name.lower() in describer.org_names else ""


def _joined_now(verb: Token) -> bool:
    """`joined`, `has joined`, `joins`: a body joined and not left since, as the verb says; not
    `will join`, `if she joins`, `before joining`."""
    if any(c.dep_ == "mark" or c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return _held_until_now(verb)  # (its one caller has already turned away a denied `join`)
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)


def _office_given(describer: Describer, verb: Token) -> list[tuple[str, str]]:
    """The office a verb of appointing or removing gives its person: `as` a role, or the role
    as the verb's complement (`was named chief executive of Y`); removed, it is `former`."""
    lemma = verb.lemma_.lower()
    former = lemma in lexicon().remove_verbs
    if not (former or lemma in lexicon().appoint_verbs) or not describer.outside[verb.i]:
        return []
    served = _serving_as(describer, verb, former=former)
    found = [(r, o or _appointers_campaign(describer, verb, r)) for r, o in served]
    if found or former or not _taken(verb):
        return found
    for obj in verb.children:
        if obj.dep_ in ("oprd", "attr") and obj.pos_ == "NOUN" and is_role_noun(obj):
            role, organization = _role_and_organization(describer, _clause_free(obj))
            return [(role, organization)] if role else []
    return []


def _appointers_campaign(describer: Describer, verb: Token, role: str) -> str:
    """`whom Ruto fired as campaign manager`: a campaign post given by a person is on their
    campaign (ROLES.md: `<Surname> campaign`)."""
    if "campaign" not in role.lower().split()[:-1]:
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or not describer.is_person(subject):
        return ""
    return f"{subject.text} campaign"


def appointed_as(describer: Describer, start: int, end: int) -> list[tuple[str, str]]:
    """`The mayor has picked Dana Reyes as her deputy`, `Ruto fired X as campaign manager`: the
    office an active verb of appointing or removing gives the name that is its object (a
    weaker witness than a noun set by the name, as a relative clause's office is). Not one
    only hoped for or weighed (`will name X as`, `is expected to pick X as`, `consider X as`)."""
    name_root = _root_of(describer.context, start, end)
    verb = name_root.head
    if name_root.dep_ != "dobj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    if any(c.dep_ in ("mark", "neg") or c.tag_ == "MD" for c in verb.children):
        return []
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    perfect = verb.tag_ == "VBN" and bool(aux) and all(a in ("has", "have", "had", "'s", "’s") for a in aux)
    if not (verb.tag_ == "VBD" and not aux) and not perfect:
        return []
    return _office_given(describer, verb)


def appointed_in_apposition(describer: Describer, start: int, end: int) -> list[tuple[str, str]]:
    """`Brian Otieno, elected chairperson of the branch last year, said`, `Sam Kiptoo, named
    coach in June,`: a participle of appointing set off by a comma right after the name gives
    the office its complement names (a post taken: the participle stands for `who was`). The
    parser hangs the participle on the name (`acl`) or, reading it as a past tense, makes the
    name its subject; either way the comma between them, and no auxiliary, mark the apposition
    (`Otieno elected a chairperson` has none)."""
    doc = describer.doc
    if end + 1 >= len(doc) or doc[end].text != "," or not describer.outside[end]:
        return []
    verb, name_root = doc[end + 1], _root_of(describer.context, start, end)
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in lexicon().appoint_verbs:
        return []
    hung = (verb.dep_ == "acl" and verb.head == name_root) or (
        name_root.dep_ == "nsubj" and name_root.head == verb
    )
    helped = any(c.dep_ in ("aux", "auxpass", "neg", "mark", "dobj") and c.i < verb.i for c in verb.children)
    if not hung or helped:
        return []
    complement = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") and c.i > verb.i), None)
    if complement is None or complement.pos_ != "NOUN" or not is_role_noun(complement):
        return []
    role, organization = _role_and_organization(describer, _clause_free(complement))
    return [(role, organization)] if role else []


def _taken(verb: Token) -> bool:
    """A post taken, not one hoped for: `was named chief executive`, `has been elected
    mayor`; not `if he is elected president`, `will be named coach`."""
    if any(c.dep_ in ("mark", "neg") for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ == "been" for c in aux)


def _founded_body(describer: Describer, verb: Token) -> str:
    """The body a person founded, when the article names it (`founded Fair Votes Now`,
    `founded the advocacy group Fair Votes Now`)."""
    doc = describer.doc
    for obj in verb.children:
        if obj.dep_ != "dobj" or not describer.outside[obj.i]:
            continue
        named = [obj, *(c for c in obj.children if c.dep_ == "appos")]
        for noun in named:
            if noun.pos_ != "PROPN":
                continue
            ent = entity_at(doc, noun)
            if ent is not None and (ent.label_ in NOT_ORG or ent.label_ in _PLACE):
                continue
            span = ent if ent is not None else doc[noun.left_edge.i : noun.i + 1]
            name = org_text(describer.context, doc[span.start : full_name_end(doc, span.end)])
            if name and (span.label_ == "ORG" or _is_org_noun(obj) or name.lower() in describer.org_names):
                return name
    return ""


def copula(describer: Describer, start: int, end: int) -> list[tuple[str, str]]:
    """`Blackwell is a Republican National Committeeman`, `She serves as the county's chief
    medical officer`: the name as subject of `be`, or of `serve`/`work` `as` a role."""
    root = _root_of(describer.context, start, end)
    return subject_predicate(describer, root) + possessed_as(describer, root)


def subject_predicate(describer: Describer, subject: Token) -> list[tuple[str, str]]:
    """The role a clause gives its subject (a name's head, or a pronoun standing for one):
    `X is a Y` in the present, or `X serves as Y`."""
    verb = subject.head
    lemma = verb.lemma_.lower()
    if subject.dep_ in ("nsubj", "nsubjpass") and lemma in lexicon().post_verbs:
        # `X was appointed as chief executive`, `X was dismissed as campaign manager`.
        if subject.dep_ == "nsubjpass" or lemma in ("resign", "retire"):
            return _office_given(describer, verb)
        return []
    if subject.dep_ != "nsubj":
        return []
    if _held_since(verb):
        return _predicate(describer, verb)
    if verb.lemma_ in _SERVE_VERBS and verb.tag_ in ("VBZ", "VBP", "VBD"):
        served = _serving_as(describer, verb, former=verb.tag_ == "VBD")
        now = verb.tag_ != "VBD"
        return served or (_works_at_now(describer, verb) or _house_sat_in(describer, verb) if now else [])
    if verb.lemma_ in _SERVE_VERBS and _held_until_now(verb):
        # `has worked as a tour guide for years`, `has worked at Harbour Bank since 2010`.
        served = _serving_as(describer, verb, former=False) or _works_at_now(describer, verb)
        return served or _house_sat_in(describer, verb)
    if verb.lemma_ == "sit" and (verb.tag_ in ("VBZ", "VBP") or _held_until_now(verb)):
        # `X sits in the House of Lords`, `has sat in the Dáil since 2016`.
        return _house_sat_in(describer, verb)
    joined = _joined_as(describer, verb)
    if joined:
        return joined
    side = _side_come_on_for(describer, verb)
    if side:
        return [("", side)]
    # `As a senior correspondent for the Record, Ana Ruiz has covered six elections`: what
    # the subject does it as, set before the clause.
    fronted = _fronted_as(describer, subject)
    if fronted:
        return fronted
    # `Clinton used one account as secretary of state`: what the subject did it as.
    return _serving_as(describer, verb, former=False, bare=True) if verb.pos_ == "VERB" else []


def _works_at_now(describer: Describer, verb: Token) -> list[tuple[str, str]]:
    """`Tom Berg works for Kestrel Capital`, `has worked at Y since 2010`: the body a person works
    at now, with no role (a verb is none); not one worked at before (`worked for Y`)."""
    if verb.lemma_.lower() not in _WORK_VERBS or any(c.dep_ in ("neg", "mark") for c in verb.children):
        return []
    return _predicate(describer, verb)


def _held_until_now(verb: Token) -> bool:
    """A verb in the present perfect, and not denied: `has served`, `have worked`."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    perfect = bool(aux) and all(a in ("has", "have", "'s", "’s", "'ve", "’ve") for a in aux)
    return verb.tag_ == "VBN" and perfect and not any(c.dep_ == "neg" for c in verb.children)


def _held_since(verb: Token) -> bool:
    """A verb by which its subject holds the post its complement names now: `is`, `has been`
    (`Ruiz has been the club's captain for six years`), `became` or `has become`; not one
    only hoped for or denied (`could become mayor`, `has never been a minister`), nor `was`."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and verb.tag_ in ("VBZ", "VBP"):
        return True  # (a denial is the predicate's to see: `is not a natural politician`)
    if lemma not in ("be", "become") or any(c.dep_ in ("neg", "mark") for c in verb.children):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ == "VBN":
        return bool(aux) and all(a in ("has", "have", "'s", "’s", "'ve", "’ve") for a in aux)
    return lemma == "become" and verb.tag_ in ("VBZ", "VBP", "VBD") and not aux  # not `will become`


def _fronted_as(describer: Describer, subject: Token) -> list[tuple[str, str]]:
    """The role of an `As …,` phrase opening the subject's sentence: an office with no article
    (`As mayor,`) or a role tied to a body (`As a correspondent for the Record,`); `As an
    investor,` says what they do, no role."""
    for prep in _fronted_as_preps(subject):
        if not describer.outside[prep.i]:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and is_role_noun(obj):
                role, organization = _role_and_organization(describer, _clause_free(obj))
                bare = not any(c.dep_ in ("det", "poss") for c in obj.children)
                return [(role, organization)] if role and (bare or organization) else []
    return []


def _fronted_as_preps(subject: Token) -> list[Token]:
    """The `as` of an `As …,` phrase opening the subject's sentence, or of one on the span of
    time that opens it (`For four years as secretary of state,`, `During her terms as mayor,`):
    the subject held the post then. (Not `After the election of X as president,`: the post is
    X's, and `election` is no span of time.)"""
    verb = subject.head
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > subject.i or not prep.is_sent_start:
            continue
        if prep.lower_ == "as":
            out.append(prep)
            continue
        for span in prep.children:
            timed = span.ent_type_ == "DATE" or span.lemma_.lower() in lexicon().service_spans
            owner = [c for c in span.children if c.dep_ == "poss"]
            if span.dep_ != "pobj" or not timed or any(c.pos_ != "PRON" for c in owner):
                continue  # `During Obama's years as president, Clinton …`: the post is the owner's
            out += [c for c in span.children if c.dep_ == "prep" and c.lower_ == "as"]
    return out


def possessed_as(describer: Describer, owner: Token, owns_as_subject: bool = False) -> list[tuple[str, str]]:
    """`her record as secretary of state`, `Ruiz’s years as mayor`: the role of the owner
    of a noun the role is given with; `her seat in the Senate`: the house the owner sits in.
    ``owns_as_subject``: the possessive pronoun's person is the one its clause names as subject."""
    if owner.dep_ != "poss" or owner.head.pos_ != "NOUN":
        return []
    served = _serving_as(describer, owner.head, former=False, bare=True)
    if served or owner.head.lemma_.lower() not in _PLACES_IN_A_HOUSE:
        return served
    # (`Cole said of the cuts that Ruiz had fought them from her seat in the Senate`: with
    # two people named in the sentence, `her` may be either one's, unless its person is the
    # subject of the clause the seat stands in: `when Ruiz spoke out from her seat` is Ruiz's.)
    named = {e.text for e in owner.sent.ents if e.label_ == "PERSON"}
    bound = owner.pos_ != "PRON" or len(named) <= 1 or owns_as_subject
    return _house_sat_in(describer, owner.head) if bound else []


# The nouns of a place one holds in a house that makes laws (`her seat in the Senate`, `his job
# in Parliament`), held now; not a span of time (`his years in the Senate` may be over).
_PLACES_IN_A_HOUSE = frozenset({"seat", "job", "perch", "place", "post", "role", "work"})


def _house_sat_in(describer: Describer, head: Token) -> list[tuple[str, str]]:
    """`serves in the Senate`, `her seat in the Dáil`, `sits in the House of Commons`: the house
    that makes laws (models/legislatures.txt) the word's `in` names, in capitals, as the body of
    one who sits in it now (ROLES.md 5 ties them by `in`); no role (the verb gives none)."""
    if not describer.outside[head.i] or any(c.dep_ == "neg" for c in head.children):
        return []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        ent = entity_at(describer.doc, obj) if obj is not None and obj.ent_type_ else None
        # (`in the House of Commons`, `in the Lagos State House of Assembly`: the house's name
        # ends the tagged name, or the proper name the tagger left; `in the Senate race` is no
        # house, nor `in the house`, a home.)
        body = ent if ent is not None else proper_object(describer.doc, prep)
        if body is not None and capitalised(body[-1].text) and body[-1].lower_ in lexicon().legislatures:
            return [("", org_text(describer.context, body))]
    return []


def _serving_as(describer: Describer, verb: Token, former: bool, bare: bool = False) -> list[tuple[str, str]]:
    """`serves as the British ambassador to Y` → British ambassador to Y (`former` when past,
    or when the verb takes the person out of the post). ``bare``: only an office named with
    no article (`used an account as secretary of state`; not `sees her as the candidate`,
    `as a candidate`), and not when the verb has a person for its object (`consider Kasich
    as running mate`)."""
    if not describer.outside[verb.i]:
        return []
    if bare and any(c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in prep.children:
            if bare and any(c.dep_ == "det" for c in obj.children):
                continue
            # (`resigned as finance minister last year`, `minister` tagged a proper noun.)
            noun = obj.pos_ == "NOUN" or (obj.pos_ == "PROPN" and obj.is_lower)
            if obj.dep_ == "pobj" and noun and is_role_noun(obj):
                role, organization = _role_and_organization(describer, _clause_free(obj))
                if role and former:
                    role = _former_post(role)
                return [(role, organization)] if role else []
    return []


def _predicate(describer: Describer, verb: Token) -> list[tuple[str, str]]:
    """The role a clause gives its subject: `is a senior fellow at Y` or `chairs Y`."""
    doc, lex = describer.doc, lexicon()
    if not describer.outside[verb.i]:
        return []
    lemma = verb.lemma_.lower()
    past = verb.tag_ == "VBD" and lemma != "become"  # (`became mayor`: held still; `was mayor`: no more)
    if lemma in ("be", "become"):
        if any(c.dep_ == "neg" for c in verb.children) or (lemma == "become" and not _held_since(verb)):
            return []  # `Clinton is not a natural politician`
        for attr in verb.children:
            # (`she's “not a natural politician”`: words in quote marks are someone's, no role.)
            if not describer.outside[attr.i] or any(c.dep_ == "neg" for c in attr.children):
                continue
            if attr.dep_ == "attr" and attr.pos_ in ("NOUN", "PROPN") and is_role_noun(attr):
                role, organization = _role_and_organization(describer, _clause_free(attr))
                if role and past:
                    role = _former_post(role)
                if role and not organization:
                    # `who was coordinator for counterterrorism at the State Department`: the
                    # parser may hang `at` on the verb.
                    organization = _body_at_verb(describer, verb)
                return [(role, organization)] if role else []
            if attr.dep_ == "attr" and not is_role_noun(attr):
                first = _first_to_serve_as(describer, attr, past)
                if first:
                    return first
            if lemma == "become" and _foreign_post(attr):
                # `X became toji at Tanabe Shuzo`: a word no English dictionary has, bare after
                # `became` (no article: a post, one holder), at a body, is the post held there.
                held_at = _body_at_verb(describer, verb)
                return [(attr.text, held_at)] if held_at else []
        return []
    if lemma in _WORK_VERBS or (lemma == "sit" and verb.tag_ == "VBG"):
        # `who worked at the Harbour Board`: the body, with no role (a verb is none).
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _WORK_PREPS:
                body = proper_object(doc, prep)
                if body is None or body.label_ in NOT_ORG or body.label_ in _PLACE:
                    continue
                text = org_text(describer.context, body)
                if text and (body.label_ in ("ORG", "FAC") or text.lower() in describer.org_names):
                    return [("", text)]
        return []
    if lemma in lex.role_verbs and not past:
        return _post_of_a_verb(describer, verb, lex.role_verbs[lemma])
    if lemma == "employ":
        return _employed_by(describer, verb)
    if lemma in ("serve", "sit") and (verb.tag_ in ("VBZ", "VBP") or _held_until_now(verb)):
        # `who has served in the Senate since 2013`, `who sits in the Lords`: held now.
        return _house_sat_in(describer, verb)
    return []


def _employed_by(describer: Describer, verb: Token) -> list[tuple[str, str]]:
    """`who is employed by Kestrel Capital`, `an engineer employed by Y`: the body tagged a body
    that employs the person now (ROLES.md 5: the body one works for), with no role (a verb is
    none); not `was employed by` (left since), `will be`, nor a denial."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
        return []
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux and aux not in (["is"], ["are"], ["has", "been"], ["have", "been"]):
        return []
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        body = proper_object(describer.doc, agent)
        if body is not None and body.label_ == "ORG":
            return [("", org_text(describer.context, body))]
    return []


def _foreign_post(word: Token) -> bool:
    """`became toji`: one word in small letters that no English dictionary has, the verb's own
    complement with nothing before it (the tagger calls such a word an adjective or a noun)."""
    return (
        word.dep_ in ("acomp", "attr", "oprd")
        and word.is_lower
        and coined(word)
        and not any(c.i < word.i for c in word.children)
    )


def _first_to_serve_as(describer: Describer, noun: Token, past: bool) -> list[tuple[str, str]]:
    """`she became the first woman to work as an assistant coach at X`, `is the only Briton to
    serve as its president`: a person's noun with `to` and a verb of serving `as` a role gives
    the subject that role."""
    if not lexicon().names_a_person(noun.lemma_.lower()):
        return []
    for verb in noun.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ in ("relcl", "acl") and verb.lemma_ in _SERVE_VERBS and infinitive:
            return _serving_as(describer, verb, former=past)
    return []


def _post_of_a_verb(describer: Describer, verb: Token, role: str) -> list[tuple[str, str]]:
    """`who chairs the committee`, `who heads the liver unit at X`, `who runs Y`: the post a verb
    of leading gives (``role``, models/role_verbs.txt) and the body led."""
    doc = describer.doc
    for obj in verb.children:
        # `who chairs the committee` (small letters, whatever the tag): the body the article names.
        if obj.dep_ == "dobj" and obj.pos_ in ("NOUN", "PROPN") and obj.is_lower and _is_org_noun(obj):
            if any(c.dep_ in ("det", "poss") for c in obj.children) and obj.tag_ != "NNS":
                # (`who has run a business on the prom for years`: a body of one's own the story
                # brings in, none it named before.)
                named = "" if _brought_in_new(obj) else _body_of_unit(describer, obj)
                # (`who leads the operations team at X`: else the body the unit is at.)
                at = _bodies_at(describer, [*obj.children, *verb.children])
                if named or next(at, None) is None:
                    return [(role, named)]
        # `who heads the union branch`: a unit the noun of the body it belongs to qualifies is
        # that body's, the one the article calls so (`the Korean Metal Workers' Union`).
        kind = _body_noun_of_unit(obj) if obj.dep_ == "dobj" else None
        named = describer.org_for_noun(kind.lemma_.lower(), obj.idx) if kind is not None else ""
        # (`who heads the branch`, after `the Harbour Workers' Union branch`: the unit named before.)
        named = named or (_owner_of_the_unit_named_before(describer, obj) if obj.dep_ == "dobj" else "")
        if named:
            return [(role, named)]
        # (`who leads the World Health Organization's malaria programme`: the body owning it.)
        owner = _body_owning_the_unit(describer, obj) if obj.dep_ == "dobj" else ""
        if owner:
            return [(role, owner)]
        # (`who has run a chicken rice stall at X Food Centre`: a business of one's own, one
        # of many at a place, is no unit of a body.)
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.is_lower and not _brought_in_new(obj):
            # `who heads the liver unit at Coimbra University Hospital`: the body it is at.
            for body in _bodies_at(describer, [*obj.children, *verb.children]):
                name = org_text(describer.context, body)
                if name and (body.label_ in ("ORG", "FAC") or _is_org_noun(body[-1])):
                    return [(role, name)]
        if obj.dep_ == "dobj" and obj.pos_ == "PROPN":
            ent = entity_at(doc, obj)
            span = ent if ent is not None else doc[obj.left_edge.i : obj.i + 1]
            person = span.label_ == "PERSON" and not _led_body_taken_for_a_person(describer, verb, span)
            if span.label_ in _PLACE or person:
                continue
            name = org_text(describer.context, doc[span.start : full_name_end(doc, span.end)])
            if name:
                return [(role, name)]
    return []


def _body_owning_the_unit(describer: Describer, unit: Token) -> str:
    """`the World Health Organization's malaria vaccine programme`: the body tagged before the
    possessive that owns a unit in small letters."""
    if unit.pos_ != "NOUN" or not unit.is_lower:
        return ""
    for owner in (c for c in unit.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        ent = entity_at(describer.doc, owner)
        if ent is not None and ent.label_ == "ORG":
            return org_text(describer.context, ent)  # (which cuts a trailing possessive)
    # (`who coaches the club's under-19s`: the side the story's `the club` stands for.)
    for owner in (c for c in unit.children if c.dep_ == "poss" and c.lemma_.lower() in ("club", "side")):
        if owner.is_lower and any(d.dep_ == "det" and d.lower_ == "the" for d in owner.children):
            return describer.org_for_noun(owner.lemma_.lower(), owner.idx)
    return ""


# Verbs of leading whose object is never a person (`who coaches X`, `who manages X`, `who
# represents X` may take one); from models/role_verbs.txt.
_LEADING_A_BODY = frozenset({"head", "chair", "lead", "run", "direct", "oversee", "edit"})


def _led_body_taken_for_a_person(describer: Describer, verb: Token, span: Span) -> bool:
    """`who heads Ofgem`, the tagger taking the regulator for a person: one word that a verb of
    leading a body takes, and that the article never shows as a person's (no given name or title
    with it), is the body led, as `an analyst at Berenberg` is (`_surname_taken_for_a_person`)."""
    word = span[0]
    return (
        verb.lemma_.lower() in _LEADING_A_BODY
        and len(span) == 1
        and word.is_title
        and word.lower_ not in describer.people_shown
        and word.lower_ not in lexicon().first_names
    )


def _body_noun_of_unit(unit: Token) -> Token | None:
    """`the union branch`, `the party's youth wing`: the body's noun in small letters before a
    unit's noun that names no body itself, the unit `the` or a possessive sets as one the
    article knows."""
    if unit.pos_ != "NOUN" or not unit.is_lower or unit.tag_ == "NNS" or _is_org_noun(unit):
        return None
    if _brought_in_new(unit) or not any(c.dep_ in ("det", "poss") for c in unit.children):
        return None
    return next((c for c in unit.children if c.dep_ == "compound" and c.is_lower and _is_org_noun(c)), None)


def _brought_in_new(noun: Token) -> bool:
    """`a business`, `an agency`: a noun the indefinite article opens is a body the story brings
    in here, not one it has named."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _body_of_unit(describer: Describer, unit: Token) -> str:
    """The body a unit one leads is of: its owner's, else the body the article calls by the
    unit's noun (`the committee`), else a body's noun a place opens (`the Uig community
    council`)."""
    owner = _owner_of_unit(describer, unit)
    named = owner or describer.org_for_noun(unit.lemma_.lower(), unit.idx) or _place_s_body(unit)
    return named or _owner_of_the_unit_named_before(describer, unit)


def _owner_of_the_unit_named_before(describer: Describer, unit: Token) -> str:
    """`The Nakuru County Assembly's health committee has summoned … X, who chairs the
    committee,`: `the committee` is the unit the story named last by that noun, in this
    paragraph or the one before, and the body that owned it there (by a possessive or `of`) is
    the one X serves; the noun used as a word before another (`the county executive committee
    member`) names no unit."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children):
        return ""
    doc, lemma = describer.doc, unit.lemma_.lower()
    start = previous_paragraph_start(doc.text, unit.idx)
    for tok in reversed(doc[: unit.i]):
        if tok.idx < start:
            return ""
        if tok.lower_ not in (lemma, unit.lower_) or tok.dep_ == "compound":
            continue
        owner = _owner_of_unit(describer, tok) if tok.pos_ == "NOUN" else ""
        bare = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "amod", "compound")] == ["the"]
        # (`the committee had acted fairly`: the unit named again, its owner given further back;
        # any other wording is the unit meant, whether or not its owner is given.)
        if owner or not bare:
            return owner
    return ""


def _body_a_unit_is_of(describer: Describer, unit: Token) -> str:
    """`the Accra office of Deloitte`, `the Lagos bureau of Reuters`: a unit's noun in small
    letters (an organisation's noun) and `of` a tagged body's name: that body, which the person
    works for; else ""."""
    if not (unit.is_lower and _is_org_noun(unit, plurals=False)):
        return ""
    for prep in unit.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            ent = entity_at(describer.doc, obj) if obj is not None else None
            if ent is not None and ent.label_ == "ORG":
                return org_text(describer.context, ent)
    return ""


def _owner_of_unit(describer: Describer, unit: Token) -> str:
    """`who chairs Leeds City Council's housing committee`, `the assembly's committee on
    roads`: the body that owns the unit a person leads, by a possessive before it: a tagged
    body's name, or a body's noun standing for the one the article names; else ""."""
    # (`the Lagos State House of Assembly’s health committee`: the parser may hang a long name
    # with its `'s` on the unit as a modifier, not as a possessive.)
    owner = next((c for c in unit.children if c.dep_ == "poss" or (c.dep_ == "nmod" and _owns(c))), None)
    if owner is None:
        return _body_a_unit_is_of(describer, unit) or _body_named_before_unit(describer, unit)
    if owner.pos_ == "PROPN":
        ent = entity_at(describer.doc, owner)
        return org_text(describer.context, ent) if ent is not None and ent.label_ in ("ORG", "FAC") else ""
    if owner.pos_ == "NOUN" and owner.is_lower and _is_org_noun(owner, plurals=False):
        return describer.org_for_noun(owner.lemma_.lower(), owner.idx)
    return ""


def _body_named_before_unit(describer: Describer, unit: Token) -> str:
    """`the Harbour Workers' Union branch`: a tagged body's name right before a unit's noun in
    small letters is the body the unit belongs to."""
    prev = unit.doc[unit.i - 1] if unit.i > 0 else None
    if not unit.is_lower or prev is None or prev.dep_ != "compound" or prev.head.i != unit.i:
        return ""
    ent = entity_at(describer.doc, prev)
    if ent is None or ent.label_ != "ORG" or ent.end != unit.i:
        return ""
    return org_text(describer.context, ent)


def _owns(word: Token) -> bool:
    """Whether a possessive's `'s` hangs on ``word``."""
    return any(c.dep_ == "case" and c.tag_ == "POS" for c in word.children)


def _place_s_body(noun: Token) -> str:
    """`the Uig community council`, `the Kilburn residents' association`: a body's noun in small
    letters that a name in capitals opens names that body, in those words; else ""."""
    doc, start = noun.doc, noun.left_edge.i
    while start < noun.i and doc[start].pos_ == "DET":
        start += 1
    if start == noun.i or doc[start].pos_ != "PROPN" or not capitalised(doc[start].text):
        return ""
    words = doc[start : noun.i + 1]
    if not all(t.is_lower or t.pos_ == "PROPN" or t.tag_ == "POS" for t in words):
        return ""
    # (`Trump's transition team` → `Trump transition team`, as ROLES.md writes a person's body.)
    return " ".join(t.text for t in words if t.tag_ != "POS")


def _body_at_verb(describer: Describer, verb: Token) -> str:
    """The body a copula puts its subject `at`, when the tagger calls it one (`was coordinator
    for trade at the State Department`)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            body = proper_object(describer.doc, prep)
            if body is not None and body.label_ in ("ORG", "FAC"):
                return org_text(describer.context, body)
    return ""


def _bodies_at(describer: Describer, words: list[Token]) -> Iterator[Span]:
    """The names ``words`` (a unit's and its verb's dependents) put it `at` or `of`, that
    the tagger calls no place, person or other thing than a body; a place's name ending in a
    body's noun is a body's (`the sustainability unit at Dubai Municipality`)."""
    for prep in words:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of"):
            body = proper_object(describer.doc, prep)
            if body is None or (body.label_ in _PLACE and not _is_org_noun(body[-1])):
                continue
            if body.label_ in _PLACE or body.label_ not in NOT_ORG:
                yield body


def organization_after(describer: Describer, start: int, end: int) -> str:
    """`glaciologist Claudia Brunner of ETH Zurich`: the organisation right after the name.

    Only a name known to be an organisation: `Jane Doe of Boston` says where she lives.
    """
    doc = describer.doc
    # `Detective Superintendent Jane Cole, of Greater Manchester Police, said`; but `Jane
    # Cole, of Derby,` says where she lives: set off by commas, only a name ending in a
    # body's own noun, or a tagged body of two words or more, will do.
    # (`Dr Anna Berg, from Kestrel Capital, said`: `from` set off so says whom she works for
    # under the same test, `Anna Berg, from Lenton,` where she lives.)
    set_off = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("of", "from")
    if set_off:
        end += 1
    elif end + 1 < len(doc) and doc[end].text == ",":
        # (`Tom Hale, speaking on behalf of the Fire Brigades Union,`: whom he speaks for.)
        behalf = _on_behalf_of(doc, end + 1)
        set_off, end = behalf > 0, behalf or end
    if end >= len(doc) or doc[end].lower_ not in ("of", "at", "from"):
        return ""
    # `worked for Mrs. Clinton at the State Department`: `at` hangs on the verb, and the
    # body is where the work was done, not the named person's.
    if doc[end].lower_ == "at" and not start <= doc[end].head.i < end:
        return ""
    obj = proper_object(doc, doc[end])
    if obj is None and doc[end].lower_ == "of":
        # `Jim Moohan, of the GMB union,`: a body's noun that a name in capitals says which, or
        # that a name is set beside (`of the firm Strand & Okafor`); `Prof Ann Hale, of Kerrow
        # University's reef studies centre,`: the body that owns it.
        named = _named_body_noun(doc, doc[end]) or _name_beside_body_noun(doc[end])
        if named:
            return text_of(doc, named)
        # (`Tom Hale, of the union,`: the body the article means by the noun.)
        return _owner_of_object(describer, doc[end], len(doc)) or _body_described(describer, doc[end])
    if obj is not None and _named_for_its_saint(obj):
        return obj.text
    if set_off and obj is not None:
        if _body_a_title_kinds(doc, start, obj):
            return obj.text
        if (firm := _lawyers_firm(doc, start, obj)) is not None:
            return firm.text
        if not (_is_org_noun(obj[-1]) or (obj.label_ == "ORG" and len(obj) >= 2)):
            return ""
    # (`Joan Petrie, of Thompson Street,`: a street says where she lives, whatever the tagger called it;
    # so does a name closed by a land's feature, `Tashana Brown of Duhaney Park`, or one the tagger
    # calls a place more often than a body, `Lusia Tauvela of Vaitele`.)
    lex = lexicon()
    if obj is not None and (obj[-1].lower_ in lex.street_words | lex.place_features or _mostly_a_place(obj)):
        return ""
    # `of the City of London Police`: a name ending in an organisation noun is a body,
    # whatever place the tagger saw in it.
    if obj is None or (obj.label_ in _PLACE and not _is_org_noun(obj[-1])):
        return ""
    text = org_text(describer.context, obj)
    if text and (obj.label_ == "ORG" or text.lower() in describer.org_names or _is_org_noun(obj[-1])):
        return text
    return ""


def _lawyers_firm(doc: Doc, start: int, obj: Span) -> Span | None:
    """`Lawyer Hannah Price, of Russell Kennedy, who acted for the growers`, `Solicitor Mark
    Doyle, of Slater and Gordon,`: a law firm is named for its founders, so a name the tagger
    calls a person's, set off after a lawyer (models/job_families.txt) with `, of`, is the firm
    the lawyer works for; not a place (`of Brisbane`), which the tagger calls no person."""
    if obj.label_ != "PERSON" or not all(t.ent_type_ == "PERSON" for t in obj):
        return None
    families = lexicon().job_families
    comma = obj.start - 2
    titles = doc[max(0, start - 2) : comma]
    if not any(families.get(t.lower_) == "lawyer" for t in titles if "\n" not in t.text):
        return None
    end = obj.end
    # (`Slater and Gordon`, `Clayton & Utz`: the founders joined, one firm.)
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].ent_type_ == "PERSON":
        end += 1
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN":
            end += 1
    if end < len(doc) and doc[end].text not in (",", ".", ";"):
        return None
    return doc[obj.start : end]


def _named_for_its_saint(obj: Span) -> bool:
    """`Father Tom Kelly, of St. Patrick's,`: a saint's name in the possessive with no noun after
    it is a church, school or hospital named for the saint, as British and Irish news writes
    them (a town is written with no apostrophe: `of St Helens` says where he lives)."""
    doc = obj.doc
    noun_after = obj.end < len(doc) and doc[obj.end].pos_ in ("NOUN", "PROPN")
    return len(obj) >= 3 and saints_word(obj[0]) and obj[-1].text in POSSESSIVES and not noun_after


def _body_a_title_kinds(doc: Doc, start: int, obj: Span) -> bool:
    """`Union official Dave Kerr, of Unite,`: a one-word name set off after a person whose title
    opens with a body's noun (`union`, `council`) is that body, though one word alone and
    perhaps tagged a place, unless a list knows it as a country, a region or a people."""
    if len(obj) != 1 or start < 2 or not obj[0].is_title:
        return False
    title = doc[start - 2 : start]
    # (A name in capitals before the title is the body already: `Unite official`; not one
    # opening the sentence.)
    common = title[0].pos_ != "PROPN" or title[0].is_sent_start
    if not (is_role_noun(title[-1]) and _is_org_noun(title[0]) and common):
        return False
    return not lexicon().names_a_place_or_people(obj[0].lower_)


def _on_behalf_of(doc: Doc, k: int) -> int:
    """The token of `of` in `speaking on behalf of` or `on behalf of` from token ``k``, or 0."""
    if doc[k].lower_ == "speaking":
        k += 1
    words = [t.lower_ for t in doc[k : k + 3]]
    return k + 2 if words == ["on", "behalf", "of"] else 0


def _mostly_a_place(name: Span) -> bool:
    """Whether the tagger calls ``name``'s words a place (a country, a town, a region) more often
    in the article than a body, and no body's noun closes it."""
    if _is_org_noun(name[-1]):
        return False
    words = name.text.lower()
    labels = [e.label_ for e in name.doc.ents if e.text.lower() == words]
    return sum(label in ("GPE", "LOC") for label in labels) > labels.count("ORG")


def represented_by(describer: Describer, start: int, end: int) -> str:
    """`Representing Harwell Council, Tom Hale said`: counsel's client written as the object of a
    participle of representing that opens the speaker's sentence is the body they represent
    (ROLES.md 5); no role, as no noun is written. The tagger may run the body's name back over
    the participle (`Representing Harwell Council` one body), so the name starts after it."""
    doc = describer.doc
    name = _root_of(describer.context, start, end)
    client = _client_set_off_after(describer, name)
    if client or name.dep_ != "nsubj":
        return client
    for verb in name.head.children:
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() != "represent":
            continue
        # (Opening the sentence: a participle in mid-sentence may say what the speaker did. Asked
        # last: finding the sentence walks it, and few verbs here are a participle of representing.)
        if not all(t.is_space or t.is_punct for t in doc[verb.sent.start : verb.i]):
            continue
        for obj in verb.children:
            ent = entity_at(doc, obj) if obj.dep_ == "dobj" and obj.pos_ == "PROPN" else None
            if ent is None or ent.label_ != "ORG" or verb.i >= name.i:
                continue
            return org_text(describer.context, doc[max(ent.start, verb.i + 1) : ent.end])
    return ""


def _client_set_off_after(describer: Describer, name: Token) -> str:
    """`Anil Sakhare, appearing for the BMC,`, `Ann Cole, representing the council,`, `acting for
    Kestrel Bank`: counsel's client, in a participle set off after the name, is the body they
    represent (ROLES.md 5), where the article names it."""
    doc = describer.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return ""
    verb = doc[name.i + 2]
    # (The parser hangs it on the name or on the name's own verb.)
    on_name = verb.dep_ == "acl" and verb.head.i == name.i
    hung = on_name or (verb.dep_ == "advcl" and verb.head.i == name.head.i)
    if verb.tag_ == "VBG" and hung and name.dep_ in ("nsubj", "nsubjpass", "appos"):
        lemma = verb.lemma_.lower()
        objs = []
        if lemma == "represent":
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma in ("appear", "act"):
            objs = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
        for obj in (o for o in objs if o.dep_ in ("dobj", "pobj")):
            ent = entity_at(doc, obj) if obj.pos_ == "PROPN" else None
            if ent is not None and ent.label_ == "ORG":
                return org_text(describer.context, ent)
            if ent is None and obj.pos_ == "NOUN":
                return _body_described_by(describer, obj)
    return ""


def founded_by(describer: Describer, start: int, end: int) -> str:
    """`Ruiz Partners, a fund founded by Ana Ruiz,`: the body the named person founded, when
    the article names it (their own firm, whatever role the article gives them)."""
    doc = describer.doc
    name = _root_of(describer.context, start, end)
    agent = name.head
    if name.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() not in _FOUND_VERBS:
        return ""
    verb = agent.head
    if verb.dep_ != "acl":
        return ""
    body = verb.head
    # (`a hedge fund founded by`: the fund is the name it is set beside.)
    if body.pos_ == "NOUN" and body.dep_ == "appos":
        body = body.head
    ent = entity_at(doc, body) if body.pos_ == "PROPN" else None
    if ent is None or not describer.outside[body.i]:
        return ""
    text = org_text(describer.context, ent)
    return text if ent.label_ == "ORG" or text.lower() in describer.org_names else ""


def _root_of(context: DocContext, start: int, end: int) -> Token:
    """The syntactic head of tokens [start, end)."""
    doc = context.doc
    heads = context.columns.head
    for i in range(start, end):
        if not start <= heads[i] < end or heads[i] == i:
            return doc[i]
    return doc[end - 1]


def _clause_free(noun: Token) -> list[Token]:
    """A noun's phrase without the clauses hanging on it (`a professor at Purdue whose research
    …` → `a professor at Purdue`)."""
    cut = {t.i for c in noun.subtree if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
    # `head coach on Monday`, `chief of staff during the Clinton administration`, `counsel
    # under President Bush`: when is no part of a role; nor why (`running mate in an
    # apparent effort to …`).
    cut |= {
        t.i
        for c in noun.children
        if c.dep_ == "prep"
        and any(
            (o.ent_type_ in _NOT_IN_TITLE and not _word_taken_for_a_number(o))
            or c.lower_ == "during"
            or (c.lower_ == "under" and o.ent_type_ == "PERSON")
            or (c.lower_ == "in" and o.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in o.children))
            for o in c.children
        )
        for t in c.subtree
    }
    words = [t for t in noun.subtree if t.i not in cut]
    # Stop at a comma: what follows is another phrase. (Not at a plural's apostrophe, `of the
    # firefighters' union`, which is no quote mark.)
    out = []
    for t in words:
        if t.text in _STOP_TEXT and t.tag_ != "POS" and t.i > noun.i:
            break
        out.append(t)
    return out


def _after_a_short_form(last: Token) -> Token | None:
    """The word after ``last``, past a short form in brackets (`… and Industry (KCCI) president`)."""
    doc, i = last.doc, last.i + 1
    if bracketed_word(doc, i + 1):
        i += 3
    return doc[i] if i < len(doc) else None


def _before_its_short_form(tok: Token) -> bool:
    """`… Administration and Control (NAFDAC) director-general`: a short form in brackets right
    after the tagged name closes it, whatever nouns it ends on."""
    return bracketed_word(tok.doc, tok.i + 2)


def _org_noun_end(toks: list[Token], start: int, end: int) -> int:
    """Where an organisation entity among a title's words ends: the tagger may run it into the
    role (`Department of Health Public Information` Officer), so it ends at its last organisation
    noun and the `of X` after it, when it has one."""
    span = toks[start:end]
    nouns = [n for n, t in enumerate(span) if _is_org_noun(t) and (not is_role_noun(t) or n < len(span) - 1)]
    if not nouns or nouns[-1] == len(span) - 1 or _before_its_short_form(span[-1]):
        return end
    if nouns[-1] == 0 and span[1].lower_ != "of":
        return end  # `Business Unity South Africa`: a noun opening the name does not end it
    cut = nouns[-1] + 1
    # (`Consumer Council for Water spokesman`: `for` joins a body's name as `of` does.)
    if cut + 1 < len(span) and span[cut].lower_ in ("of", "for") and span[cut + 1].pos_ == "PROPN":
        cut += 2
        # (`Confederation of Indian Industry President`: a people's word after `of` names no
        # field alone; the noun after it, tagged with the name, is the name's.)
        if cut < len(span) and span[cut - 1].lower_ in lexicon().demonyms and span[cut].pos_ == "PROPN":
            cut += 1
        # (`Federation of Kenya Employers chairman`: the members a federation is of, a plural in
        # capitals tagged with the name, close it; it names no job.)
        elif cut == len(span) - 1 and _members_closing_a_name(span[cut]):
            cut += 1
        # (`University of South Carolina political science professor`: the whole name after
        # `of`, when a role in small letters follows it; not `Department of Health Public
        # Information Officer`.)
        after = _after_a_short_form(span[-1])
        # (`Department of Planning and Environment`: a small word joining its names; `Chamber of
        # Commerce, Industry and Agriculture`: a list of them, tagged with the name.)
        joins = NAME_JOINERS | {","}
        named = all((t.pos_ == "PROPN" or t.lower_ in joins) and t.ent_iob_ == "I" for t in span[cut:])
        named = named and span[-1].pos_ == "PROPN"
        # (`… and Industry (LCCI) President`: a short form in brackets closes the name, also
        # before a title in capitals.)
        shortened = after is not None and after.i > span[-1].i + 1 and is_role_noun(after)
        # (`Chamber of Commerce and Industry President`: no title opens on the joining word,
        # so the tagged name goes on past it, also before a title in capitals.)
        joined = cut < len(span) and span[cut].lower_ in ("and", "&")
        if after is not None and (after.is_lower or shortened or joined) and named:
            cut = len(span)
    elif _name_goes_on_past_its_noun(span[cut:]):
        cut = len(span)
    return start + cut


def _members_closing_a_name(tok: Token) -> bool:
    """`Employers` in `Federation of Kenya Employers`, `Manufacturers` in `Association of Ghana
    Manufacturers`: a plural noun in capitals, tagged inside a body's name and naming no job."""
    plural = tok.tag_ in ("NNPS", "NNS") and tok.is_title and tok.is_alpha
    return plural and tok.ent_iob_ == "I" and not is_role_noun(tok) and not _is_org_noun(tok)


def _name_goes_on_past_its_noun(rest: list[Token]) -> bool:
    """`EE Business Intelligence managing director`: a word in capitals tagged inside the name
    after its body's noun, with the role in small letters after it, is the name's (the tagger
    ran no role into it, as in `Department of Health Public Information Officer`). One word:
    two may be a beat of the role's (`Fox News Channel White House correspondent`)."""
    if len(rest) != 1 or rest[0].i + 1 >= len(rest[0].doc):
        return False
    word, after = rest[0], rest[0].doc[rest[0].i + 1]
    if not (after.is_lower and after.is_alpha) or is_role_noun(word) or _is_org_noun(word):
        return False
    return word.pos_ == "PROPN" and word.ent_iob_ == "I"


def _title_phrase(toks: list[Token]) -> bool:
    """`A City of Cape Town spokesperson`: an article, then names and modifiers, then one role
    noun: a title as a noun phrase, whatever its parse."""
    # (`a shop steward`, `steward` tagged an adverb: a role noun closing the phrase in small
    # letters is its noun whatever its tag.)
    misread = toks[-1].is_lower and toks[-1].tag_ in ("RB", "VB", "VBP", "JJ")
    if len(toks) < 3 or toks[0].lower_ not in DETERMINERS or not (toks[-1].tag_ == "NN" or misread):
        return False
    if not is_role_noun(toks[-1]):
        return False
    for n, t in enumerate(toks[1:-1], 1):
        # (`The Royal College of Nursing's regional director`: an owner's possessive too.)
        if t.pos_ in ("PROPN", "ADJ", "NOUN") or t.tag_ in ("HYPH", "POS"):
            continue
        if t.lower_ in NAME_JOINERS and capitalised(toks[n - 1].text) and capitalised(toks[n + 1].text):
            continue
        # (`the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch
        # secretary`: a comma between words in capitals, a short form in brackets.)
        if t.text in ("(", ")") or (t.text == "," and capitalised(toks[n + 1].text)):
            continue
        return False
    return True


def _title_phrase_for_a_field(toks: list[Token]) -> bool:
    """`the City of Lenton's mayoral committee member for roads and transport services`: a title
    as a noun phrase (``_title_phrase``), then `for` and the field it covers in small letters."""
    k = next((n for n, t in enumerate(toks) if t.lower_ == "for"), -1)
    field = toks[k + 1 :]
    return (
        k > 2
        and _title_phrase(toks[:k])
        and 1 <= len(field) <= 5
        and all(t.is_lower and (t.pos_ == "NOUN" or t.lower_ in ("and", "&", ",")) for t in field)
        and field[-1].pos_ == "NOUN"
    )


def _without_residence(toks: list[Token]) -> list[Token]:
    """A role without where the person lives or works: `benefits manager from Derry` → benefits
    manager, `a retiree in Carthage` → retiree."""
    for n, t in enumerate(toks):
        if t.lower_ == "from" and n > 0:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs and (
                objs[0].ent_type_ in _PLACE
                or objs[0].ent_type_ in ("", "ORG", "PERSON") and objs[0].pos_ == "PROPN"
                or _named_ground(objs[0])
            ) and not _body_by_its_noun(objs[0]):
                return toks[:n]
        # `a retiree in Carthage`, `metals analyst at Baltica Capital in London`: where they are.
        if t.lower_ == "in" and n > 0 and toks[n - 1].tag_ != "HYPH":  # (not `Editor-in-Chief`)
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ == "PROPN" and objs[0].ent_type_ in _PLACE | {""}:
                return toks[:n]
            # (`a trader in Mubende town`: a place's noun after its name.)
            if objs and objs[0].lower_ in lexicon().place_nouns and _named_by_a_proper_noun(objs[0]):
                return toks[:n]
    return toks


def _named_by_a_proper_noun(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts)


def _named_ground(obj: Token) -> bool:
    """`a taxi driver from Harlow Park`: a name the tagger calls a facility that ends in a land's
    feature or a street's word is a neighbourhood, where the person lives."""
    lex = lexicon()
    return obj.ent_type_ == "FAC" and obj.lower_ in lex.place_features | lex.street_words


def _body_by_its_noun(obj: Token) -> bool:
    """`a glaciologist from Uppsala University`: a name tagged a body that holds a body's own
    noun is where the person works, not where they come from (`a manager from Derry`)."""
    return obj.ent_type_ == "ORG" and _is_org_noun(obj)


def conjuncts(run: list[Token]) -> list[list[Token]]:
    """`GOP presidential contender and former neurosurgeon` → its two titles."""
    parts: list[list[Token]] = [[]]
    for n, t in enumerate(run):
        if (
            t.lower_ in ("and", "&")
            and t.pos_ == "CCONJ"
            and not _joins_a_name(parts[-1], run[n + 1 :])
            and not _joins_two_fields(run, n)
        ):
            parts.append([])
        else:
            parts[-1].append(t)
    return _modifiers_joined([p for p in parts if p])


def _joins_two_fields(run: list[Token], n: int) -> bool:
    """`exco for infrastructure and transport`: the `and` at ``n`` joins the last two words of
    a title, fields in small letters after a job's `for`."""
    if n < 2 or n + 2 != len(run) or run[n].lower_ not in ("and", "&"):
        return False
    if run[n - 2].lower_ not in FIELD_PREPS:
        return False
    return all(t.is_lower and t.pos_ == "NOUN" for t in (run[n - 1], run[n + 1]))


def _modifiers_joined(parts: list[list[Token]]) -> list[list[Token]]:
    """`acute and community care director`: a part that is only modifiers in small letters of
    a word in the part after it (no noun naming a person: `billionaire and climate activist`
    are two) is that part's, with its `and`, not a title of its own."""
    out: list[list[Token]] = []
    for part in parts:
        if out and (_modifiers_only(out[-1], part) or _departments_joined(out[-1], part)):
            joiner = part[0].doc[out[-1][-1].i + 1]
            out[-1] = out[-1] + [joiner] + part
        else:
            out.append(part)
    return out


def _departments_joined(part: list[Token], after: list[Token]) -> bool:
    """`Harbour Bank sales and marketing director`, `corporate communications and marketing
    manager`: a body's departments in small letters (the words of models' departments) ending a
    part, joined by `and` to one that opens a job's words, are that job's, however the parser
    hung them (it reads `sales` as a subject)."""
    departments = lexicon().departments
    k = len(part)
    while k > 0 and part[k - 1].is_lower and part[k - 1].lower_ in departments:
        k -= 1
    opens = after[0].is_lower and after[0].lower_ in departments
    return k < len(part) and len(after) >= 2 and opens and is_role_noun(after[-1])


def _modifiers_only(part: list[Token], after: list[Token]) -> bool:
    last, lex = part[-1], lexicon()
    modifiers = (t.is_lower and t.pos_ in ("ADJ", "NOUN", "PROPN") for t in part)
    return (
        all(modifiers)
        and not any(lex.names_a_person(t.lemma_.lower()) for t in part)
        and last.dep_ in ("amod", "compound", "nmod")
        and after[0].i <= last.head.i <= after[-1].i
    )


def _joins_a_name(before: list[Token], after: list[Token]) -> bool:
    """`Department of Planning and Environment`, `Minister for Health and Ageing`: `and`
    between words in capitals, inside a name with `of` or `for` in it or tagged one whole."""
    if not before or not after or not (capitalised(before[-1].text) and capitalised(after[0].text)):
        return False
    if listed_portfolio([*before, before[0].doc[before[-1].i + 1], *after]):
        return True
    # `Secretary of State and Democratic presidential frontrunner`, `Minister for Health and
    # Labour leader`: a title held `of`/`for` a portfolio, then a second title.
    title = [t for t in before if t.lower_ not in lexicon().time_modifiers][:1]
    if after[0].ent_type_ == "NORP" or after[0].lower_ in lexicon().time_modifiers:
        return False
    if title and is_role_noun(title[0]) and after[-1].is_lower and is_role_noun(after[-1]):
        return False
    inside = after[0].ent_iob_ == "I" and after[0].ent_type_ in ("ORG", "FAC")
    return inside or any(t.lower_ in ("of", "for") for t in before)


def _numbers_a_name(doc: Doc, t: Token) -> bool:
    """`Local 1505`, `District 9`: a number right after a word in capitals, part of a name."""
    return t.tag_ == "CD" and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and capitalised(doc[t.i - 1].text)


def _clean_org(context: DocContext, toks: list[Token]) -> str:
    doc = context.doc
    toks = strip_det(toks)
    while toks and toks[-1].text in POSSESSIVES:
        toks = toks[:-1]
    if not toks:
        return ""
    return org_text(context, doc[toks[0].i : toks[-1].i + 1])
