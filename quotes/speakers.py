"""From mentions to speakers: one person or organisation per name, with role and affiliation.

Surnames and honorifics resolve to the fullest name the article gives (`Ms Trudeau` →
Elizabeth Trudeau), pronouns to the nearest earlier person of a compatible gender, and the
role and organisation found beside any mention are carried to every later one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.attribution import Attribution, Mention
from quotes.lexicon import lexicon
from quotes.types import Speaker

_POSSESSIVE = ("’s", "'s", "’", "'")
_ROLE_STOP_DEPS = {"relcl", "acl", "advcl", "ccomp"}
_MAX_ROLE_TOKENS = 14


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    gender: str = ""
    role: str = ""
    organization: str = ""
    mentions: list[int] = field(default_factory=list)  # char starts of the mentions


# Doc.text joins every token of the document on each access; the rules slice it per mention,
# so the text is built once per document and kept here (a Doc's text never changes).
_last_text: tuple[Doc | None, str] = (None, "")


def _doc_text(doc: Doc) -> str:
    global _last_text
    if _last_text[0] is not doc:
        _last_text = (doc, doc.text)
    return _last_text[1]


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
    if not toks:
        return "", gender
    doc = ent.doc
    name = _doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])]
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


def _strip_det(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].dep_ == "det" or toks[0].lower_ in ("a", "an", "the") or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _has_role_noun(toks: list[Token]) -> bool:
    lex = lexicon()
    return any(
        t.lemma_.lower() in lex.role_nouns or t.lower_ in lex.role_nouns or t.lower_ in lex.titles
        for t in toks
    )


def _text_of(doc: Doc, toks: list[Token]) -> str:
    return _doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else ""


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
    # The role must end in a role word or title right before the name; `Mr` or `Dr` is how
    # the name is written, not a role.
    while toks and (not _has_role_noun(toks[-1:]) or toks[-1].lower_ in lexicon().honorifics):
        toks = toks[:-1]
    return toks if toks else []


def _role_after(doc: Doc, ent: Span) -> list[Token]:
    """`Josh Earnest, the White House press secretary, said`."""
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return []
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
    toks = _strip_det(toks)
    if toks and toks[0].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and _has_role_noun(toks):
        return toks
    return []


def _organization_in(doc: Doc, toks: list[Token]) -> str:
    if not toks:
        return ""
    lo, hi = toks[0].i, toks[-1].i + 1
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start < hi and ent.end > lo:
            parts = [t for t in ent]
            # `the State Department’s Press Office`: the office belongs to the department.
            for k, t in enumerate(parts):
                if t.text in ("’s", "'s") and k > 0:
                    parts = parts[:k]
                    break
            parts = _strip_det(parts)
            if parts:
                return _text_of(doc, parts)
    return ""


class SpeakerIndex:
    """Every person the article names, merged by surname, with role, organisation, gender."""

    def __init__(self, doc: Doc, outside: list[bool]) -> None:
        self.doc = doc
        self.people: list[_Person] = []
        self.person_at: dict[int, _Person] = {}  # ent.start_char -> person
        self.person_mentions: list[tuple[int, _Person, bool]] = []  # (char, person, is_subject)
        lex = lexicon()
        ents = [e for e in doc.ents if e.label_ == "PERSON" and outside[e.start]]
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
        # Roles and organisations, in reading order, so the first description wins.
        for ent in sorted(ents, key=lambda e: e.start_char):
            person = self.person_at.get(ent.start_char)
            if person is None or person.role:
                continue
            role = _role_before(doc, ent) or _role_after(doc, ent)
            if role:
                person.role = _text_of(doc, role)
                person.organization = _organization_in(doc, role)
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)
            self.person_mentions.append((ent.start_char, person, subject))
        self.person_mentions.sort(key=lambda x: x[0])

    def _match(self, tokens: tuple[str, ...]) -> _Person | None:
        if not tokens:
            return None
        for person in self.people:
            if tokens == person.tokens:
                return person
        for person in self.people:
            # `Trudeau` or `Elizabeth Trudeau` joins `Elizabeth Trudeau`
            if tokens[-1] == person.tokens[-1] and set(tokens) <= set(person.tokens):
                return person
        if len(tokens) == 1:
            for person in self.people:
                if tokens[0] in person.tokens[1:]:
                    return person
        return None

    def person_for(self, start: int) -> _Person | None:
        return self.person_at.get(start)

    def resolve_pronoun(self, pronoun: str, at: int, recent: list[tuple[int, _Person]]) -> _Person | None:
        """The person a `he` or `she` at char ``at`` most likely stands for."""
        want = lexicon().pronouns.get(pronoun.lower(), "")
        if want not in ("m", "f", "person"):
            return None

        def fits(p: _Person) -> bool:
            return want == "person" or not p.gender or p.gender == want

        # The last speaker who fits, when they were quoted recently, is the strongest guess.
        candidates: list[tuple[int, _Person]] = [(c, p) for c, p, _ in self.person_mentions if c < at]
        candidates += [(c, p) for c, p in recent if c < at]
        candidates.sort(key=lambda x: x[0], reverse=True)
        # Someone named earlier in the same paragraph beats anyone further back: a person of
        # the right gender first, then one whose gender the article does not tell.
        paragraph_start = _doc_text(self.doc).rfind("\n", 0, at) + 1
        near = [p for c, p in candidates if c >= paragraph_start]
        everyone = [p for _, p in candidates]
        for pool in (near, everyone):
            for person in pool:
                if fits(person) and (person.gender == want or want == "person"):
                    return person
            for person in pool:
                if fits(person):
                    return person
        return None


def resolve_speakers(doc: Doc, attributions: list[Attribution], outside: list[bool]) -> list[Speaker | None]:
    """The Speaker for each attribution (None when it has no mention)."""
    index = SpeakerIndex(doc, outside)
    out: list[Speaker | None] = []
    recent: list[tuple[int, _Person]] = []
    last_org: tuple[int, Speaker] | None = None
    for att in attributions:
        m = att.mention
        if m is None:
            out.append(None)
            continue
        speaker = _speaker_for(doc, index, m, recent, last_org)
        if speaker is not None and speaker.kind == "organization":
            last_org = (m.start, speaker)
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
    text = _doc_text(doc)[m.start : m.end]
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
            person = index._match(tokens)
        if person is not None:
            recent.append((m.start, person))
            return Speaker(person.name, person.role, person.organization, "person")
    if m.kind == "organization":
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
        org_toks = [t for t in doc if m.start <= t.idx < m.end]
        return Speaker(text, role, _organization_in(doc, org_toks), "person")
    # an unrecognised proper name
    tokens = tuple(w.lower() for w in text.replace(".", " ").split())
    person = index._match(tokens)
    if person is not None:
        recent.append((m.start, person))
        return Speaker(person.name, person.role, person.organization, "person")
    return Speaker(text, "", "", "unknown")


def _strip_leading_the(name: str) -> str:
    for det in ("the ", "The "):
        if name.startswith(det):
            return name[len(det) :]
    return name
