"""What the article says a person is: roles and organisations found around one mention.

Each mention of a person can carry a descriptor: a title before the name (`Kenyan general
Amina Odhiambo`), an apposition before or after it (`the judge, Helen Marsh,`; `Josh Ames, a
spokesman for the Port Authority,`), an organisation after it (`Claudia Brunner of ETH
Zurich`). The entity layer gathers them from every mention and picks one per person.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.attribution import doc_text
from quotes.lexicon import lexicon
from quotes.names import DETERMINERS, POSSESSIVES, is_honorific, is_title

_ROLE_STOP_DEPS = {"relcl", "acl", "advcl", "ccomp"}
_MAX_ROLE_TOKENS = 14
# Prepositions that tie a role to its organisation: `head of`, `a nurse at`, `organiser for`.
ORG_PREPS = ("of", "at", "for", "with", "from")
# Entity labels that can never name an organisation.
NOT_ORG = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


@dataclass(frozen=True)
class Descriptor:
    """A role and/or organisation the article gives one mention of a person."""

    at: int  # char offset of the mention described
    role: str
    organization: str
    source: str  # "title", "apposition", "of"


def entity_at(doc: Doc, tok: Token) -> Span | None:
    """The named entity ``tok`` is part of, from the tokens' IOB tags (``doc.ents`` builds
    every entity of the document on each access)."""
    if tok.ent_iob_ not in ("B", "I") or not tok.ent_type:
        return None
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type)


def text_of(doc: Doc, toks: list[Token]) -> str:
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else ""


def strip_det(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].dep_ == "det" or toks[0].lower_ in DETERMINERS or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def has_role_noun(toks: list[Token]) -> bool:
    lex = lexicon()
    return any(
        t.lemma_.lower() in lex.role_nouns
        or t.lower_ in lex.role_nouns
        or (is_title(t) and not is_honorific(t))
        for t in toks
    )


def role_before(doc: Doc, start: int, end: int) -> list[Token]:
    """`Afghan general Mohammad Zaman Waziri`, or `an Afghan general, Mohammad Zaman Waziri,`."""
    i = start - 1
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
        toks = strip_det(toks)
        if toks and has_role_noun(toks):
            return toks
        return []
    while i >= 0 and start - i <= _MAX_ROLE_TOKENS:
        t = doc[i]
        if t.text == "." and i + 1 < len(doc) and doc[i + 1].is_sent_start:
            break  # the end of the sentence before
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text in ("-", ".") or t.tag_ == "HYPH" or is_title(t):
            toks.insert(0, t)
            i -= 1
            continue
        if t.lower_ in ("'s", "’s") and toks:
            toks.insert(0, t)
            i -= 1
            continue
        break
    toks = strip_det(toks)
    # The role must end in a role word or title right before the name; an honorific
    # (`Dr Leila Haddad`, `Labour MP Mr Jones`) is a form of address, not a role.
    while toks and is_honorific(toks[-1]):
        toks = toks[:-1]
    if toks and _occupation_before(toks[-1], start, end):
        return toks[-1:]
    while toks and (is_honorific(toks[-1]) or not has_role_noun(toks[-1:])):
        toks = toks[:-1]
    return toks


def _occupation_before(tok: Token, start: int, end: int) -> bool:
    """`glaciologist Claudia Brunner`: a lower-case noun set before a name as its title."""
    return (
        tok.pos_ == "NOUN"
        and tok.is_lower
        and tok.dep_ == "compound"
        and start <= tok.head.i < end
        and not has_role_noun([tok])
    )


def role_after(doc: Doc, start: int, end: int) -> list[Token]:
    """`Josh Earnest, the White House press secretary, said`, `Paolo Ferri, a climate modeller
    at the University of Padua, who …`."""
    i = end
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
    toks = strip_det(toks)
    if not toks or toks[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
        return []
    if has_role_noun(toks) or _describes_person(doc, start, end, toks, indefinite):
        return toks
    return []


def _describes_person(doc: Doc, start: int, end: int, toks: list[Token], indefinite: bool) -> bool:
    """An apposition that says what the person is, though its noun is in no list.

    `a climate modeller at the University of Padua`: a common noun set beside the name with
    `a`/`an` (what kind of person), or tied to an organisation by `at`/`of`/`for`/`with`.
    """
    span = range(toks[0].i, toks[-1].i + 1)
    heads = [t for t in toks if t.head.i not in span]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.pos_ != "NOUN" or not head.is_lower or head.head.i not in range(start, end):
        return False
    if indefinite:
        return True
    return any(
        t.lower_ in ORG_PREPS and t.head.i == head.i and proper_object(doc, t) is not None for t in toks
    )


def proper_object(doc: Doc, prep: Token) -> Span | None:
    """The proper name a preposition governs (`of Cole Valley`, `at ETH Zurich`), whole."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
            continue
        if obj.ent_type_:
            ent = entity_at(doc, obj)
            if ent is not None:
                return ent
        left = obj
        while left.i > 0 and doc[left.i - 1].pos_ == "PROPN" and doc[left.i - 1].head.i == obj.i:
            left = doc[left.i - 1]
        return doc[left.i : obj.i + 1]
    return None


def org_text(doc: Doc, ent: Span) -> str:
    """An organisation's name as written, without a leading article or trailing possessive."""
    parts = [t for t in ent]
    # `the State Department’s Press Office`: the office belongs to the department; but the
    # possessive is part of `St Brendan’s Hospital` or `King’s College`.
    for k, t in enumerate(parts):
        if t.text in ("’s", "'s") and k > 0:
            owner = strip_det(parts[:k])
            last = k == len(parts) - 1
            if last or (len(owner) > 1 and owner[0].lower_ not in ("st", "st.", "saint")):
                parts = parts[:k]
            break
    while parts and parts[-1].text in POSSESSIVES:
        parts = parts[:-1]
    parts = strip_det(parts)
    return text_of(doc, parts)


def org_entities(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The ORG entities overlapping tokens [lo, hi), in order."""
    ents: list[Span] = []
    for t in doc[lo:hi]:
        if t.ent_type_ == "ORG" and not (ents and t.i < ents[-1].end):
            ent = entity_at(doc, t)
            if ent is not None and ent.label_ == "ORG":
                ents.append(ent)
    return ents


def organization_in(doc: Doc, toks: list[Token], org_names: frozenset[str] = frozenset()) -> str:
    """The organisation a role names: its ORG entity, else the proper name after `of`/`at`/…

    (`head coach of Cole Valley`, whatever label the tagger gave the team; a name tagged as a
    person counts only when the article shows it is an organisation, ``org_names``.)
    """
    if not toks:
        return ""
    lo, hi = toks[0].i, toks[-1].i + 1
    for ent in org_entities(doc, lo, hi):
        text = org_text(doc, ent)
        if text:
            return text
    for t in toks:
        if t.lower_ not in ORG_PREPS:
            continue
        obj = proper_object(doc, t)
        if obj is None or obj.end > hi:
            continue
        text = org_text(doc, obj)
        if text and (obj.label_ not in NOT_ORG or text.lower() in org_names):
            return text
    return ""


def organization_after(doc: Doc, start: int, end: int, org_names: frozenset[str]) -> str:
    """`glaciologist Claudia Brunner of ETH Zurich`: the organisation right after the name.

    Only a name known to be an organisation: `Jane Doe of Boston` says where she lives.
    """
    if end >= len(doc) or doc[end].lower_ not in ("of", "at", "from"):
        return ""
    obj = proper_object(doc, doc[end])
    if obj is None:
        return ""
    text = org_text(doc, obj)
    if text and (obj.label_ == "ORG" or text.lower() in org_names):
        return text
    return ""


def apposed_kinds(ent: Span) -> set[str]:
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


def organization_names(doc: Doc, ents: list[Span]) -> frozenset[str]:
    """Names the article shows to be organisations, whatever the tagger called them.

    A name in apposition to an organisation noun (`the drivers’ union, Aslef`), and the proper
    name a role or a person is `of`/`at`/`with` (`general manager of Saffron Lane`, `Claudia
    Brunner of ETH Zurich`) unless it starts with a known given name (`a spokesman for Hillary
    Clinton`).
    """
    lex = lexicon()
    names = {
        org_text(doc, e).lower() for e in ents if e.label_ not in NOT_ORG - {"PERSON"} and apposed_kinds(e)
    }
    for prep in doc:
        if prep.lower_ not in ORG_PREPS or prep.dep_ != "prep":
            continue
        head = prep.head
        if not (head.ent_type_ == "PERSON" or head.lower_ in lex.role_nouns or head.lemma_ in lex.role_nouns):
            continue
        obj = proper_object(doc, prep)
        if obj is None or obj[0].lower_ in lex.first_names or obj.label_ in NOT_ORG - {"PERSON"}:
            continue
        if head.ent_type_ == "PERSON" and head.i >= obj.start:
            continue
        names.add(org_text(doc, obj).lower())
    names.discard("")
    return frozenset(names)


def describe(doc: Doc, start: int, end: int, org_names: frozenset[str]) -> list[Descriptor]:
    """The descriptors the article gives the name in tokens [start, end)."""
    at = doc[start].idx
    out: list[Descriptor] = []
    role = role_before(doc, start, end)
    source = "title"
    if not role:
        role = role_after(doc, start, end)
        source = "apposition"
    if role:
        out.append(Descriptor(at, text_of(doc, role), organization_in(doc, role, org_names), source))
    after = organization_after(doc, start, end, org_names)
    if after:
        out.append(Descriptor(at, "", after, "of"))
    return out
