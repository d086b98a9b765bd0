"""From mentions to speakers: one person or organisation per name, with role and affiliation.

Surnames and honorifics resolve to the fullest name the article gives (`Ms Trudeau` →
Elizabeth Trudeau), pronouns to the nearest earlier person of a compatible gender, and the
role and organisation found beside any mention are carried to every later one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from quotes.attribution import Attribution, Mention, _entity_of, doc_text
from quotes.lexicon import lexicon
from quotes.types import Speaker

_POSSESSIVE = ("’s", "'s", "’", "'")
_ROLE_STOP_DEPS = {"relcl", "acl", "advcl", "ccomp"}
_MAX_ROLE_TOKENS = 14
# Entity labels the tagger often gives a person's name by mistake.
_MISLABELLED = {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    gender: str = ""
    role: str = ""
    organization: str = ""
    mentions: list[int] = field(default_factory=list)  # char starts of the mentions


@dataclass
class _Organization:
    name: str
    tokens: tuple[str, ...]
    kinds: set[str] = field(default_factory=set)  # `ministry`, `union`: what the article calls it
    mentions: list[int] = field(default_factory=list)  # char starts of the mentions


def _clean_name(ent: Span) -> tuple[str, str]:
    """The name without leading titles or a trailing possessive, and the gender a title gave."""
    lex = lexicon()
    toks = [t for t in ent]
    gender = ""
    while toks and toks[0].lower_ in lex.titles or (toks and toks[0].lower_ in ("the", "a", "an")):
        g = lex.titles.get(toks[0].lower_, "-")
        if g in ("m", "f"):
            gender = g
        toks = toks[1:]
    while toks and (toks[-1].text in _POSSESSIVE or toks[-1].is_punct):
        toks = toks[:-1]
    # `Ms «`: what is left after the title must hold a word to be a name.
    if not any(c.isalnum() for t in toks for c in t.text):
        return "", gender
    doc = ent.doc
    name = doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])]
    for suffix in _POSSESSIVE:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return name.strip(), gender


def _title_gender(doc: Doc, ent: Span) -> str:
    lex = lexicon()
    if ent.start > 0:
        g = lex.titles.get(doc[ent.start - 1].lower_, "-")
        if g in ("m", "f"):
            return g
    return ""


def _apposed_kinds(ent: Span) -> set[str]:
    """`The drivers’ union, Aslef`, `Aslef, the drivers’ union`: what the apposition calls it."""
    lex = lexicon()
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    # The noun must be a phrase of its own (`the union`, `her restaurant`): a bare `court` in
    # `Outside court, Anita Desai, …` is the parser's slip, not an apposition.
    return {
        n.lemma_.lower()
        for n in nouns
        if n.pos_ == "NOUN"
        and n.lemma_.lower() in lex.organization_nouns
        and any(c.dep_ in ("det", "poss", "nmod") for c in n.children)
    }


def _after_honorific(doc: Doc, ent: Span) -> bool:
    """`Ms Lyons`, with the honorific inside the entity or right before it."""
    if _is_honorific(ent[0]) and len(ent) > 1:
        return True
    return ent.start > 0 and _is_honorific(doc[ent.start - 1])


def _strip_det(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].dep_ == "det" or toks[0].lower_ in ("a", "an", "the") or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _has_role_noun(toks: list[Token]) -> bool:
    lex = lexicon()
    return any(
        t.lemma_.lower() in lex.role_nouns
        or t.lower_ in lex.role_nouns
        or (t.lower_ in lex.titles and t.lower_ not in lex.honorifics)
        for t in toks
    )


def _is_honorific(tok: Token) -> bool:
    return tok.lower_ in lexicon().honorifics


def _text_of(doc: Doc, toks: list[Token]) -> str:
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else ""


def _role_before(doc: Doc, ent: Span) -> list[Token]:
    """`Afghan general Mohammad Zaman Waziri`, or `an Afghan general, Mohammad Zaman Waziri,`."""
    i = ent.start - 1
    toks: list[Token] = []
    if i >= 0 and doc[i].text == ",":
        # apposition before the name: back to the previous comma or clause start
        j = i - 1
        while j >= 0 and i - j <= _MAX_ROLE_TOKENS:
            t = doc[j]
            if t.text in (",", ";", ":", "(", "“", '"') or t.is_sent_start and j != i - 1:
                if t.is_sent_start and t.text not in (",", ";", ":", "(", "“", '"'):
                    toks.insert(0, t)
                break
            if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and t.tag_ != "VBG":
                break
            toks.insert(0, t)
            j -= 1
        toks = _strip_det(toks)
        if toks and _has_role_noun(toks):
            return toks
        return []
    while i >= 0 and ent.start - i <= _MAX_ROLE_TOKENS:
        t = doc[i]
        if t.text == "." and i + 1 < len(doc) and doc[i + 1].is_sent_start:
            break  # the end of the sentence before
        if (
            t.pos_ in ("PROPN", "NOUN", "ADJ")
            or t.text in ("-", ".")
            or t.tag_ == "HYPH"
            or (t.lower_ in lexicon().titles)
        ):
            toks.insert(0, t)
            i -= 1
            continue
        if t.lower_ in ("'s", "’s") and toks:
            toks.insert(0, t)
            i -= 1
            continue
        break
    toks = _strip_det(toks)
    # The role must end in a role word or title right before the name; an honorific
    # (`Dr Leila Haddad`, `Labour MP Mr Jones`) is a form of address, not a role.
    while toks and _is_honorific(toks[-1]):
        toks = toks[:-1]
    if toks and _occupation_before(toks[-1], ent):
        return toks[-1:]
    while toks and (_is_honorific(toks[-1]) or not _has_role_noun(toks[-1:])):
        toks = toks[:-1]
    return toks if toks else []


def _occupation_before(tok: Token, ent: Span) -> bool:
    """`glaciologist Claudia Brunner`: a lower-case noun set before a name as its title."""
    return (
        tok.pos_ == "NOUN"
        and tok.is_lower
        and tok.dep_ == "compound"
        and ent.start <= tok.head.i < ent.end
        and not _has_role_noun([tok])
    )


def _role_after(doc: Doc, ent: Span) -> list[Token]:
    """`Josh Earnest, the White House press secretary, said`, `Paolo Ferri, a climate modeller
    at the University of Padua, who …`."""
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return []
    # `Priya Raman, 29, a primary school teacher, said`: the age comes before the role.
    if i + 2 < len(doc) and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2
    toks: list[Token] = []
    j = i + 1
    while j < len(doc) and j - i <= _MAX_ROLE_TOKENS:
        t = doc[j]
        if t.text in (",", ";", ":", ".", ")", "”", '"', "“") or t.dep_ in _ROLE_STOP_DEPS:
            break
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return []
        if t.lower_ in ("who", "which", "that"):
            break
        toks.append(t)
        j += 1
    indefinite = bool(toks) and toks[0].lower_ in ("a", "an")
    toks = _strip_det(toks)
    if not toks or toks[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
        return []
    if _has_role_noun(toks) or _describes_person(doc, ent, toks, indefinite):
        return toks
    return []


def _describes_person(doc: Doc, ent: Span, toks: list[Token], indefinite: bool) -> bool:
    """An apposition that says what the person is, though its noun is in no list.

    `a climate modeller at the University of Padua`: a common noun set beside the name with
    `a`/`an` (what kind of person), or tied to an organisation by `at`/`of`/`for`/`with`.
    """
    span = range(toks[0].i, toks[-1].i + 1)
    heads = [t for t in toks if t.head.i not in span]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.pos_ != "NOUN" or not head.is_lower or head.head.i not in range(ent.start, ent.end):
        return False
    if indefinite:
        return True
    return any(
        t.lower_ in _ORG_PREPS and t.head.i == head.i and _proper_object(doc, t) is not None for t in toks
    )


# Prepositions that tie a role to its organisation: `head of`, `a nurse at`, `organiser for`.
_ORG_PREPS = ("of", "at", "for", "with", "from")
# Entity labels that can never name an organisation.
_NOT_ORG = {"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}


def _proper_object(doc: Doc, prep: Token) -> Span | None:
    """The proper name a preposition governs (`of Cole Valley`, `at ETH Zurich`), whole."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
            continue
        if obj.ent_type_:
            ent = _entity_of(doc, obj)
            if ent is not None:
                return ent
        left = obj
        while left.i > 0 and doc[left.i - 1].pos_ == "PROPN" and doc[left.i - 1].head.i == obj.i:
            left = doc[left.i - 1]
        return doc[left.i : obj.i + 1]
    return None


def _org_text(doc: Doc, ent: Span) -> str:
    parts = [t for t in ent]
    # `the State Department’s Press Office`: the office belongs to the department; but the
    # possessive is part of `St Brendan’s Hospital` or `King’s College`.
    for k, t in enumerate(parts):
        if t.text in ("’s", "'s") and k > 0:
            owner = _strip_det(parts[:k])
            last = k == len(parts) - 1
            if last or (len(owner) > 1 and owner[0].lower_ not in ("st", "st.", "saint")):
                parts = parts[:k]
            break
    parts = _strip_det(parts)
    return _text_of(doc, parts)


def _org_entities(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The ORG entities overlapping tokens [lo, hi), in order: found from the tokens' entity
    tags, since doc.ents builds every entity of the document on each access."""
    ents: list[Span] = []
    for t in doc[lo:hi]:
        if t.ent_type_ == "ORG" and not (ents and t.i < ents[-1].end):
            ent = _entity_of(doc, t)
            if ent is not None and ent.label_ == "ORG":
                ents.append(ent)
    return ents


def _organization_in(doc: Doc, toks: list[Token], org_names: frozenset[str] = frozenset()) -> str:
    """The organisation a role names: its ORG entity, else the proper name after `of`/`at`/…

    (`head coach of Cole Valley`, whatever label the tagger gave the team; a name tagged as a
    person counts only when the article shows it is an organisation, ``org_names``.)
    """
    if not toks:
        return ""
    lo, hi = toks[0].i, toks[-1].i + 1
    for ent in _org_entities(doc, lo, hi):
        text = _org_text(doc, ent)
        if text:
            return text
    for t in toks:
        if t.lower_ not in _ORG_PREPS:
            continue
        obj = _proper_object(doc, t)
        if obj is None or obj.end > hi:
            continue
        text = _org_text(doc, obj)
        if text and (obj.label_ not in _NOT_ORG or text.lower() in org_names):
            return text
    return ""


def _organization_after(doc: Doc, ent: Span, org_names: frozenset[str]) -> str:
    """`glaciologist Claudia Brunner of ETH Zurich`: the organisation right after the name.

    Only a name known to be an organisation: `Jane Doe of Boston` says where she lives.
    """
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("of", "at", "from"):
        return ""
    obj = _proper_object(doc, doc[ent.end])
    if obj is None:
        return ""
    text = _org_text(doc, obj)
    if text and (obj.label_ == "ORG" or text.lower() in org_names):
        return text
    return ""


def _organization_names(doc: Doc) -> frozenset[str]:
    """Names the article shows to be organisations, whatever the tagger called them.

    A name in apposition to an organisation noun (`the drivers’ union, Aslef`), and the proper
    name a role or a person is `of`/`at`/`with` (`general manager of Saffron Lane`, `Claudia
    Brunner of ETH Zurich`) unless it starts with a known given name (`a spokesman for Hillary
    Clinton`).
    """
    lex = lexicon()
    # `The pilots’ union, Balpa`: a name set beside an organisation noun names one.
    names = {
        _org_text(doc, e).lower()
        for e in doc.ents
        if e.label_ not in _NOT_ORG - {"PERSON"} and _apposed_kinds(e)
    }
    for prep in doc:
        if prep.lower_ not in _ORG_PREPS or prep.dep_ != "prep":
            continue
        head = prep.head
        if not (head.ent_type_ == "PERSON" or head.lower_ in lex.role_nouns or head.lemma_ in lex.role_nouns):
            continue
        obj = _proper_object(doc, prep)
        if obj is None or obj[0].lower_ in lex.first_names or obj.label_ in _NOT_ORG - {"PERSON"}:
            continue
        if head.ent_type_ == "PERSON" and head.i >= obj.start:
            continue
        names.add(_org_text(doc, obj).lower())
    names.discard("")
    return frozenset(names)


class SpeakerIndex:
    """Every person the article names, merged by surname, with role, organisation, gender."""

    def __init__(self, doc: Doc, outside: list[bool]) -> None:
        self.doc = doc
        self.people: list[_Person] = []
        self.person_at: dict[int, _Person] = {}  # ent.start_char -> person
        self.person_mentions: list[tuple[int, _Person, bool]] = []  # (char, person, is_subject)
        self.token_starts: list[int] = doc.to_array(IDX).tolist()  # each t.idx, at C speed
        lex = lexicon()
        # `a spokeswoman for Clinton` does not make Clinton a body when Hillary Clinton is named.
        org_names = _organization_names(doc)
        full_names = {_org_text(doc, e).lower() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        full_names = {n for n in full_names if n.split() and n not in org_names}
        self.org_names = org_names - full_names - {n.split()[-1] for n in full_names}
        others = [e for e in doc.ents if e.label_ in _MISLABELLED and outside[e.start]]
        # A name after an honorific is a person whatever the tagger called it (`Ms Lyons` as ORG).
        addressed = [e for e in others if _after_honorific(doc, e)]
        # A name tagged as a person that the article shows to be an organisation (`general
        # manager of Saffron Lane`) is not one.
        ents = [
            e
            for e in doc.ents
            if e.label_ == "PERSON" and outside[e.start] and _org_text(doc, e).lower() not in self.org_names
        ] + addressed
        # Longest names first so surnames join the full name they belong to.
        for ent in sorted(ents, key=lambda e: (-len(e), e.start_char)):
            name, gender = _clean_name(ent)
            if not name:
                continue
            gender = gender or _title_gender(doc, ent)
            tokens = tuple(w.lower() for w in name.replace(".", " ").split())
            person = self._match(tokens)
            if person is None:
                person = _Person(name, tokens)
                first = tokens[0] if tokens else ""
                person.gender = lex.first_names.get(first, "")
                self.people.append(person)
            if gender and not person.gender:
                person.gender = gender
            self.person_at[ent.start_char] = person
            person.mentions.append(ent.start_char)
        # A person's full name or surname tagged as a place or organisation (`Crowe` as GPE)
        # is still that person.
        for ent in others:
            if ent.start_char in self.person_at:
                continue
            name, _ = _clean_name(ent)
            tokens = tuple(w.lower() for w in name.replace(".", " ").split())
            known = self._known_name(tokens, ent.start_char)
            if known is not None:
                self.person_at[ent.start_char] = known
                known.mentions.append(ent.start_char)
                ents.append(ent)
        # A surname the tagger missed (`Raman thanked the volunteers`) is still a mention of
        # the person it belongs to: it keeps pronouns on the right person.
        tagged = {i for e in doc.ents for i in range(e.start, e.end)}
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in tagged or not outside[tok.i] or not tok.is_title:
                continue
            known = self._known_name((tok.lower_,), tok.idx)
            if known is not None and tok.idx not in self.person_at:
                self.person_at[tok.idx] = known
                known.mentions.append(tok.idx)
                ents.append(doc[tok.i : tok.i + 1])
        # Roles and organisations, in reading order, so the first description wins.
        for ent in sorted(ents, key=lambda e: e.start_char):
            person = self.person_at.get(ent.start_char)
            if person is None:
                continue
            if not person.role:
                role = _role_before(doc, ent) or _role_after(doc, ent)
                if role:
                    person.role = _text_of(doc, role)
                    person.organization = _organization_in(doc, role, self.org_names)
            if not person.organization:
                person.organization = _organization_after(doc, ent, self.org_names)
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)
            self.person_mentions.append((ent.start_char, person, subject))
        self.person_mentions.sort(key=lambda x: x[0])
        self.organizations = self._organizations(outside)

    def _organizations(self, outside: list[bool]) -> list[_Organization]:
        """Every organisation the article names, short names (`Northline`) joined to the full
        name (`Northline Rail`), with the nouns that say what kind of body each is."""
        doc, lex = self.doc, lexicon()
        orgs: list[_Organization] = []
        named = [
            e
            for e in doc.ents
            if (e.label_ == "ORG" or _org_text(doc, e).lower() in self.org_names)
            and outside[e.start]
            and e.start_char not in self.person_at
        ]
        for ent in sorted(named, key=lambda e: (-len(e), e.start_char)):
            name = _org_text(doc, ent)
            tokens = tuple(w.lower() for w in name.split())
            if not tokens:
                continue
            org = next((o for o in orgs if o.tokens[: len(tokens)] == tokens), None)
            if org is None:
                org = _Organization(name, tokens)
                org.kinds = {t.lemma_.lower() for t in ent if t.lemma_.lower() in lex.organization_nouns}
                orgs.append(org)
            org.mentions.append(ent.start_char)
            org.kinds |= _apposed_kinds(ent)
        # A short name the tagger read as a place (`Northline said`) is still the company.
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "NORP", "PRODUCT", "FAC") and outside[ent.start]:
                if ent.start_char in self.person_at:
                    continue
                tokens = tuple(w.lower() for w in _org_text(doc, ent).split())
                fits = [
                    o
                    for o in orgs
                    if tokens and len(o.tokens) > len(tokens) and o.tokens[: len(tokens)] == tokens
                ]
                if len(fits) == 1:
                    fits[0].mentions.append(ent.start_char)
        for org in orgs:
            org.mentions.sort()
        return orgs

    def organization_named(self, start: int) -> _Organization | None:
        """The organisation whose mention starts at char ``start``."""
        for org in self.organizations:
            if start in org.mentions:
                return org
        return None

    def organization_for(self, noun: str, at: int) -> _Organization | None:
        """The organisation `the <noun>` at char ``at`` stands for, if the article names it.

        `the ministry` is the last-named body called a ministry (`Ministry of Health`); `the
        company` is the most-named body not known to be something else (a union, a school).
        """
        kind = [o for o in self.organizations if noun in o.kinds]
        if kind:
            before = [o for o in kind if o.mentions[0] < at]
            if before:
                return max(before, key=lambda o: max(c for c in o.mentions if c < at))
            return min(kind, key=lambda o: o.mentions[0])
        if noun not in lexicon().business_nouns:
            return None
        business = lexicon().business_nouns
        pool = [o for o in self.organizations if not o.kinds or o.kinds & business]
        scored = [
            (sum(1 for c in o.mentions if c < at), max((c for c in o.mentions if c < at), default=-1), o)
            for o in pool
        ]
        scored = [x for x in scored if x[0] > 0]
        if not scored:
            return None
        return max(scored, key=lambda x: (x[0], x[1]))[2]

    def _match(self, tokens: tuple[str, ...], at: int = -1) -> _Person | None:
        if not tokens:
            return None
        for person in self.people:
            if tokens == person.tokens:
                return person
        # `Trudeau` or `Elizabeth Trudeau` joins `Elizabeth Trudeau`
        fits = [p for p in self.people if tokens[-1] == p.tokens[-1] and set(tokens) <= set(p.tokens)]
        if not fits and len(tokens) == 1:
            fits = [p for p in self.people if tokens[0] in p.tokens[1:]]
        return self._latest_before(fits, at) or (fits[0] if fits else None)

    def _latest_before(self, people: list[_Person], at: int) -> _Person | None:
        """Of several people who share a surname, the one the article named last before ``at``."""
        if at < 0:
            return None
        best: tuple[int, _Person] | None = None
        for person in people:
            before = [c for c in person.mentions if c < at]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), person)
        return best[1] if best else None

    def _known_name(self, tokens: tuple[str, ...], at: int) -> _Person | None:
        """The person whose full name, or surname alone, is exactly ``tokens``.

        When two share the surname, the one named last before ``at``; else nobody.
        """
        if not tokens:
            return None
        fits = [
            p for p in self.people if len(p.tokens) > 1 and (tokens == p.tokens or tokens == p.tokens[-1:])
        ]
        if len(fits) == 1:
            return fits[0]
        return self._latest_before(fits, at)

    def person_for(self, start: int) -> _Person | None:
        return self.person_at.get(start)

    def resolve_pronoun(self, pronoun: str, at: int, recent: list[tuple[int, _Person]]) -> _Person | None:
        """The person a `he` or `she` at char ``at`` most likely stands for.

        The subject of the pronoun's own sentence first (`Clinton says she …`), then the
        nearest person of the paragraph (subjects and an exact gender first), and only then
        the last person of that gender anywhere before: an older mention of a woman does
        not beat the one the paragraph is about.
        """
        want = lexicon().pronouns.get(pronoun.lower(), "")
        if want not in ("m", "f", "person"):
            return None

        def fits(p: _Person) -> bool:
            return want == "person" or not p.gender or p.gender == want

        def exact(p: _Person) -> bool:
            return want == "person" or p.gender == want

        before = [(c, p, subject) for c, p, subject in reversed(self.person_mentions) if c < at]
        sentence_start, paragraph_start = self._sentence_start(at), self._paragraph_start(at)
        for c, person, subject in before:
            if c < sentence_start:
                break
            if subject and fits(person):
                return person
        in_paragraph = [(p, subject) for c, p, subject in before if c >= paragraph_start and fits(p)]
        for wanted in (
            lambda p, subj: subj and exact(p),
            lambda p, subj: subj,
            lambda p, subj: exact(p),
            lambda p, subj: True,
        ):
            for person, subject in in_paragraph:
                if wanted(person, subject):
                    return person
        # The last speaker who fits, when they were quoted recently, is the strongest guess.
        candidates: list[tuple[int, _Person]] = [(c, p) for c, p, _ in before]
        candidates += [(c, p) for c, p in recent if c < at]
        candidates.sort(key=lambda x: x[0], reverse=True)
        for _, person in candidates:
            if fits(person) and exact(person):
                return person
        for _, person in candidates:
            if fits(person):
                return person
        return None

    def _sentence_start(self, at: int) -> int:
        i = bisect_right(self.token_starts, at) - 1
        return self.doc[i].sent.start_char if i >= 0 else 0

    def _paragraph_start(self, at: int) -> int:
        return doc_text(self.doc).rfind("\n", 0, at) + 1


def resolve_speakers(doc: Doc, attributions: list[Attribution], outside: list[bool]) -> list[Speaker | None]:
    """The Speaker for each attribution (None when it has no mention)."""
    index = SpeakerIndex(doc, outside)
    out: list[Speaker | None] = []
    recent: list[tuple[int, _Person]] = []
    last_org: tuple[int, Speaker] | None = None
    ids: dict[tuple[str, str], int] = {}
    for att in attributions:
        m = att.mention
        if m is None:
            out.append(None)
            continue
        speaker = _speaker_for(doc, index, m, recent, last_org)
        if speaker is not None and speaker.kind == "organization":
            last_org = (m.start, speaker)
        if speaker is not None and speaker.kind != "unknown":
            key = (speaker.kind, speaker.name)
            speaker = replace(speaker, id=ids.setdefault(key, len(ids) + 1))
        out.append(speaker)
    return out


def _speaker_for(
    doc: Doc,
    index: SpeakerIndex,
    m: Mention,
    recent: list[tuple[int, _Person]],
    last_org: tuple[int, Speaker] | None,
) -> Speaker | None:
    if m.refers is not None:
        return _speaker_for(doc, index, m.refers, recent, last_org)
    text = doc_text(doc)[m.start : m.end]
    if m.kind == "pronoun":
        low = text.lower()
        if low == "it" and last_org is not None:
            return last_org[1]
        person = index.resolve_pronoun(low, m.start, recent)
        if person is not None:
            recent.append((m.start, person))
            return Speaker(person.name, person.role, person.organization, "person")
        return Speaker(text, "", "", "unknown")
    if m.kind == "person":
        person = index.person_for(m.start)
        if person is None:
            tokens = tuple(w.lower() for w in text.replace(".", " ").split())
            person = index._match(tokens, m.start)
        if person is not None:
            recent.append((m.start, person))
            return Speaker(person.name, person.role, person.organization, "person")
    if m.kind == "organization":
        person = index.person_for(m.start)
        if person is not None:
            recent.append((m.start, person))
            return Speaker(person.name, person.role, person.organization, "person")
        org = _organization_of(doc, index, m)
        if org is not None:
            return Speaker(org.name, "", org.name, "organization")
        name = _strip_leading_the(text)
        for suffix in _POSSESSIVE:
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        return Speaker(
            name, "", name if m.head >= 0 and doc[m.head].ent_type_ == "ORG" else "", "organization"
        )
    if m.kind == "description":
        toks = _strip_det([t for t in doc[doc[m.head].left_edge.i : m.head + 1] if t.idx >= m.start])
        role = _text_of(doc, toks) if toks else text
        starts = doc.to_array(IDX).tolist()
        org_toks = list(doc[bisect_left(starts, m.start) : bisect_left(starts, m.end)])
        return Speaker(text, role, _organization_in(doc, org_toks, index.org_names), "person")
    # an unrecognised proper name
    tokens = tuple(w.lower() for w in text.replace(".", " ").split())
    person = index._match(tokens, m.start)
    if person is not None:
        recent.append((m.start, person))
        return Speaker(person.name, person.role, person.organization, "person")
    return Speaker(text, "", "", "unknown")


def _organization_of(doc: Doc, index: SpeakerIndex, m: Mention) -> _Organization | None:
    """The article's full name for an organisation speaker: `Northline` → `Northline Rail`,
    `the ministry` → `Ministry of Health`, `the company` → the company the story is about."""
    if m.head < 0:
        return None
    head = doc[m.head]
    if head.ent_type_:
        for ent in doc.ents:
            if ent.start <= head.i < ent.end:
                return index.organization_named(ent.start_char)
        return None
    words = [t for t in doc if m.start <= t.idx < m.end]
    # `the companies` are several: no one name stands for them.
    if head.pos_ == "NOUN" and head.tag_ != "NNS" and not any(t.pos_ == "PROPN" for t in words):
        return index.organization_for(head.lemma_.lower(), m.start)
    return None


def _strip_leading_the(name: str) -> str:
    for det in ("the ", "The "):
        if name.startswith(det):
            return name[len(det) :]
    return name
