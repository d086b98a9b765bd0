"""Readings of tokens and entities that attribution and the who layer share (both read the
same parse; neither owns these)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import lexicon


def reads_as_person_name(ent: Span) -> bool:
    """`Claudia Brunner`, `Anne-Marie Cormier`, `K. Venkatesh` tagged as an organisation or a
    place: two or three capitalised proper nouns, the first a given name (a hyphenated one
    counts by its first part), an initial, or any word when a role noun stands in apposition
    (`Calum MacLeod, chief executive of …`), with no organisation noun among them; or any one to
    three such words after a form of address (`Cllr Dev Mistry`, `Mr Okafor`)."""
    nouns = lexicon().organization_nouns
    if len(ent) >= 2 and ent[0].lower_.rstrip(".") in lexicon().honorifics:
        rest = list(ent)[1:]
        return len(rest) <= 3 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not {t.lemma_.lower(), t.lower_} & nouns
            for t in rest
        )
    words = [t for t in ent if t.text != "-"]
    if not 2 <= len(words) <= 3 or len(ent) - len(words) > 1:
        return False
    if len(words) < len(ent) and ent[1].text != "-":
        return False  # the hyphen joins the given name's parts only
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in words):
        return False
    first, last = words[0], words[-1]
    initial = len(first.text) == 2 and first.text.endswith(".")
    if last.text.endswith("."):
        return False
    return first.lower_ in lexicon().first_names or initial or _set_beside_a_role(last)


def _set_beside_a_role(tok: Token) -> bool:
    """`said Calum MacLeod, chief executive of …`: a role noun in apposition (`executive`, not
    `operator` or `bank`) says the words before it name a person."""
    lex = lexicon()
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in lex.role_nouns
        and c.lemma_.lower() not in lex.organization_nouns
        for c in tok.children
    )


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


def joined_text(toks: list[Token]) -> str:
    """The text of consecutive tokens, as ``doc.text`` holds it: from the tokens themselves,
    without building the document's text or a Span (both cost more than a short name)."""
    return "".join([t.text_with_ws for t in toks[:-1]]) + toks[-1].text if toks else ""
