"""Readings of tokens and entities that attribution and the who layer share (both read the
same parse; neither owns these)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from quotes.columns import places_of_word, places_of_words, word_test
from quotes.context import DocContext
from quotes.dictionary import coined, is_english_word
from quotes.furniture import is_title_case
from quotes.letters import capitalised
from quotes.lexicon import (
    Lexicon,
    house_papers,
    known_given_name,
    lexicon,
    self_capitalised_body_nouns,
)

# A company's short forms written with their stop after its name (`Toyota Motor Corp.`).
COMPANY_FORMS = frozenset({"Co.", "Corp.", "Inc.", "Ltd.", "Cos.", "Bros."})

# Generational suffixes after a name (`Jr.`, `III`), lower case, as title_word writes them.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The words that join two names, titles or fields as `and` does (`Mr and Mrs Khan`, `co-founder
# and CEO`, `Marks & Spencer`), asked wherever two such are read as one.
AND_WORDS = frozenset({"and", "&"})
# Small words inside an organisation's name (`Bureau of Meteorology`, `Department for Education`).
NAME_JOINERS = frozenset({"of", "for", "on"}) | AND_WORDS
# The letters Kenyan news writes a county's executive committee by (`Nakuru County CEC Member for
# Water X`) and one of its members (`Nakuru County CECM for Trade X`), after the county's name.
COUNTY_EXECUTIVE_LETTERS = "cec"
COUNTY_EXECUTIVE_MEMBER_LETTERS = "cecm"
# The small words inside a name in capitals, `the` too (`Friends of the Earth`).
NAME_SMALL_WORDS = NAME_JOINERS | {"the"}


def article_of_a_title(tok: Token) -> bool:
    """`El` of `El Hadji Ousmane Sarr`: the Arabic article opening a form of address is part of
    the title, no given name (West African French writes the hajj title so)."""
    doc = tok.doc
    return (
        tok.lower_ in ("el", "al")
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_.rstrip(".") in lexicon().honorifics
    )


def _double_given_name(words: list[Token]) -> bool:
    """`María Fernanda Quispe Mamani`: two given names before two surnames, as Spanish and
    Portuguese names are written."""
    return len(words) >= 2 and all(known_given_name(t.lower_) for t in words[:2])


def reads_as_person_name(ent: Span) -> bool:
    """`Claudia Brunner`, `Anne-Marie Cormier`, `K. Venkatesh` tagged as an organisation or a
    place: two or three capitalised proper nouns, the first a given name (a hyphenated one
    counts by its first part), an initial, or any word when a role noun stands in apposition
    (`Calum MacLeod, chief executive of …`), with no organisation noun among them; or any one to
    three such words after a form of address or a title (`Cllr Dev Mistry`, `Mr Okafor`,
    `Councillor Hinewai Parata`)."""
    lex = lexicon()
    nouns = lex.organization_nouns
    # (`BJP MLA Ameet Satam` tagged as a body: a party or a place and a seat before the name.)
    seat = seat_before_name(list(ent))
    if seat:
        ent = ent[seat:]
    if len(ent) >= 3 and article_of_a_title(ent[0]):
        ent = ent[1:]  # `El Hadji Ousmane Sarr`
    # (`Councillor Hinewai Parata` tagged as a body: a title in full is a form of address too.)
    if len(ent) >= 2 and _addresses_the_name_after(ent[0]):
        rest = list(ent)[1:]
        return len(rest) <= 3 and all(
            t.pos_ == "PROPN" and capitalised(t.text) and not {t.lemma_.lower(), t.lower_} & nouns
            for t in rest
        )
    return _reads_as_an_unaddressed_name(ent)


def _addresses_the_name_after(tok: Token) -> bool:
    """Whether ``tok``, opening an entity, is a seat (`MP`), a form of address (`Mr`, `Cllr`)
    or a title in full (`Councillor`), singular or plural, that a person's name follows."""
    lex = lexicon()
    return (
        is_seat(tok)
        or tok.lower_.rstrip(".") in lex.honorifics
        or tok.lower_ in lex.office_titles
        # (`a bench of Justices Ana Ruiz and …`: a title in the plural before the first name.)
        or (tok.lower_.endswith("s") and tok.lower_[:-1] in lex.office_titles)
    )


def _reads_as_an_unaddressed_name(ent: Span) -> bool:
    """Whether ``ent``, with no address before it, reads as a person's name (see
    reads_as_person_name): two or three proper nouns in capitals, the first a given name or
    an initial, or any when a role stands beside them, with no body's noun among them."""
    lex = lexicon()
    nouns = lex.organization_nouns
    # (`Pieter de Boer` tagged as a body: small particles inside the name open its surname.)
    particles = sum(1 for t in ent[1:-1] if is_surname_particle(t))
    if particles > 2:
        return False
    words = [t for t in ent if t.text != "-" and not is_surname_particle(t)]
    hyphens = len(ent) - len(words) - particles
    if not 2 <= len(words) <= (4 if _double_given_name(words) else 3) or hyphens > 1:
        return False
    if hyphens and "-" not in (ent[1].text, ent[-2].text):
        return False  # the hyphen joins the given name's parts or the surname's only
    # (`Sian Davies`, `Megan Jones`: the tagger may take a surname that looks plural for a
    # common noun; after a given name the word lists know, it is a surname.)
    given = words[0].lower_ in lex.first_names
    ends = (words[0], words[-1]) if given else ()  # (`Seán Ó Briain`, `Seán` tagged a plural noun)
    if not all(capitalised(t.text) and (t.pos_ == "PROPN" or t in ends) for t in words):
        return False
    if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in words):
        return False
    first, last = words[0], words[-1]
    # (`Kenya Power`, `Georgia Power`: a given name that is also a place's opens a company named by
    # the place and its trade, as any place does.)
    placed = first.lower_ not in lex.first_names or first.lower_ in lex.places
    if last.lower_ in lex.trade_name_words and placed:
        return False  # (`The contractor, Deccan Infra Projects,`: a company named by its trade)
    initial = len(first.text) == 2 and first.text.endswith(".")
    if last.text.endswith("."):
        return False
    return first.lower_ in lex.first_names or initial or _set_beside_a_role(last) or _subject_of_a_role(last)


def is_seat(tok: Token) -> bool:
    """A seat in a parliament in capitals (`MP`, `TD`, `MS` in `Conservative MS Ann Cole`, a
    Member of the Senedd): a role, never the form of address `Ms` spelled the same."""
    lex = lexicon()
    word = tok.lower_
    return len(word) >= 2 and tok.is_upper and word in lex.post_nominals and word in lex.role_nouns


def is_seat_by_its_letters(tok: Token) -> bool:
    """A member's seat written by its letters in capitals (`MP`, `MLA`, `TD`, `MEP`: models/
    offices.txt, kind `seat`), the word a constituency's name or a party's stands before
    (`Lenton MP`, `Kampala Central MP`, `Dutch MEP`); not `lawmaker`, `senator`, seats in words
    any body or place may qualify. (``is_seat`` reads post-nominal letters, after a name too.)"""
    return tok.is_upper and tok.lower_ in lexicon().seat_holders


def is_post_by_its_letters(tok: Token) -> bool:
    """A post written in capitals by its letters that models/role_nouns.txt lists (`SSP`, `DCP`,
    `OCPD`: `Ghaziabad SSP Ramesh Kumar`): a role, as `MP` is, even where the same letters stand
    for a rank before a name (models/titles.txt), and whatever the tagger made of it (`DCP` is
    often tagged a verb or a preposition)."""
    letters = 2 <= len(tok.text) <= 4 and tok.text.isalpha() and tok.is_upper
    lex = lexicon()
    # (Letters that are also a word, `DJ`, `CS`, `HEAD` in a headline, may be a name's or a word's;
    # not a police rank's letters models/titles.txt also lists, `ASP X`, as `DSP X` is.)
    rank = lex.title_nouns.get(tok.lower_, "") in lex.police_ranks
    return letters and tok.lower_ in lex.role_nouns and (rank or not is_english_word(tok.lower_))


def seat_before_name(words: list[Token]) -> int:
    """The place in ``words`` of a seat set after a party or a place in capitals and before a
    name (`BJP MLA Ameet Satam`: 1), or 0."""
    seat = next((k for k in range(1, len(words) - 1) if is_seat(words[k])), 0)
    return seat if seat and all(capitalised(t.text) for t in words[:seat]) else 0


def _set_beside_a_role(tok: Token) -> bool:
    """`said Calum MacLeod, chief executive of …` or `The union's director-general, Segun
    Ajayi-Kadir, said`: a role noun in apposition (`executive`, not `operator` or `bank`), after
    the words or before them, says they name a person."""
    apposed = [c for c in tok.children if c.dep_ == "appos"]
    for n, c in enumerate(apposed):
        # (`on Channels Television, a former deputy governor of the bank, Kingsley Moghalu,`:
        # the parser hangs both on the body; the role is the person's named after it.)
        named_after = any(later.ent_type_ == "PERSON" for later in apposed[n + 1 :])
        if c.pos_ == "NOUN" and _names_a_role(c) and not named_after:
            return True
    apposed_after = tok.dep_ == "appos" and tok.head.i < tok.i
    return apposed_after and (_names_a_role(tok.head) or _holds_the_job_of_a_body(tok))


def _holds_the_job_of_a_body(tok: Token) -> bool:
    """`The chairman of the Ogun State Waste Management Authority, Adekunle Ogunsanya-Ajayi,
    said`: the parser hangs the name set off by commas on the body after the job's `of`; a body
    already named in capitals (its last word a body's noun) needs no second name, so the words
    name the job's holder (`The chairman of the company, Acme Holdings,`: a common noun, not so)."""
    body, doc = tok.head, tok.doc
    prep = body.head
    body_noun = body.lemma_.lower() in lexicon().organization_nouns
    named_body = body.pos_ == "PROPN" and capitalised(body.text) and body_noun
    set_off = doc[tok.left_edge.i - 1].text == "," and tok.left_edge.i - 1 == body.i + 1
    return (
        named_body
        and set_off
        and body.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and _names_a_role(prep.head)
    )


def _subject_of_a_role(tok: Token) -> bool:
    """`Ulla Marsh is the head of the lab`, the name tagged a body: the subject `be` gives a
    role noun to is a person (`Harbour Water is the supplier` is not: `supplier` names a body's
    trade, no role)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and _names_a_role(c) for c in verb.children)


def _names_a_role(tok: Token) -> bool:
    """Whether ``tok`` heads a role (`executive`; `general` of a split `director-general`)."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    doc = tok.doc
    if hyphen_joined(tok):
        lemma = doc[tok.i - 2].lemma_.lower()
    elif tok.pos_ == "PROPN" and any(c.dep_ == "det" for c in tok.children):
        lemma = tok.lower_  # `The Governor of the Central Bank`: an office in capitals
    elif tok.pos_ != "NOUN":
        return False
    return lemma in lex.role_nouns and lemma not in lex.organization_nouns


def compounds_start(tok: Token) -> int:
    """Where the words the parser hung on ``tok`` as compounds, right before it, begin
    (`Priya` of `Priya Nair`): the first of them, or ``tok`` itself."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
        start -= 1
    return start


def hyphen_joined(tok: Token) -> bool:
    """Whether ``tok`` ends a word the tokenizer split at a hyphen (`director-general`)."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
    )


def hyphen_between_names(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen (or U+2010) joining two words in capitals with no space, as in a
    double-barrelled name (`Shaikh-Pathan`); unlike ``hyphen_joined``, which asks of the word
    after any hyphen, whatever its case."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "\u2010")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _name_cased(doc[i - 1])
        and _name_cased(doc[i + 1])
    )


def _name_cased(tok: Token) -> bool:
    """A word written as a name is: in capitals first, small letters after, though a capital
    may open a part of it (`MacLeod`, `McAllister`, `DeSantis`, not only `Byrne`)."""
    text = tok.text
    return tok.is_title or (capitalised(text) and text.isalpha() and any(c.islower() for c in text))


def close_entity_brackets(doc: Doc) -> None:
    """Cut each entity the tagger ended inside a bracket it opened before that bracket: `The
    Democratic Alliance (DA` of `The Democratic Alliance (DA) said` is the Democratic Alliance
    (and `DA` its short form, in brackets after it). Left whole, the speaker is named `(DA`."""
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        words = [t.text for t in ent]
        opened = max((k for k, w in enumerate(words) if w in ("(", "[")), default=-1)
        if opened < 0 or any(w in (")", "]") for w in words[opened:]):
            mended.append(ent)
            continue
        changed = True
        if opened > 0:
            mended.append(Span(doc, ent.start, ent.start + opened, label=ent.label))
    if changed:
        doc.ents = mended


def branches_after_a_short_form_are_no_people(doc: Doc) -> None:
    """`a spokesperson for the Provincial Disaster Management Authority (PDMA) Sindh said`: one
    word tagged a person right after a body's short form in brackets, the body's name before it,
    is the place of the body's branch, as South Asian news names a body's provincial arm, and no
    person; left a person, it speaks, and the `she added` after it is it."""
    _drop_lone_people(
        doc,
        lambda ent: ent.start >= 4
        and doc[ent.start - 1].text == ")"
        and bracketed_word(doc, ent.start - 2)
        and doc[ent.start - 4].ent_type_ == "ORG",
    )


def _drop_lone_people(doc: Doc, no_person: Callable[[Span], bool]) -> None:
    """Untag each person of one word that ``no_person`` says is none, the tagger's other
    entities kept as they are."""
    _drop_entities(doc, lambda ent: ent.label_ == "PERSON" and len(ent) == 1 and no_person(ent))


def _drop_entities(doc: Doc, unwanted: Callable[[Span], bool]) -> None:
    """Untag each entity ``unwanted`` says is none, the others kept as they are (`doc.ents`, built
    anew on each access, read once, and set only when one goes)."""
    ents = doc.ents
    kept = [ent for ent in ents if not unwanted(ent)]
    if len(kept) != len(ents):
        doc.ents = kept


def end_entities_before_a_full_stop(doc: Doc) -> None:
    """Cut the full stop that ends a sentence from an entity the tagger ran over it (`said
    Puig.` tagged `Puig.`): the speaker's mention is the name, not the name and the stop. A
    stop the tokenizer keeps on its word (`Jr.`, `Corp.`, an initial) is the name's. So a
    person's name ends before a dash set off by spaces (`said Tom Hale - the mayor -` tagged
    `Tom Hale - the`), and a body's name before a match's score the tagger ran it over (`beat
    Rivers United 3-1` tagged `Rivers United 3-1`)."""
    mended = [_before_a_spaced_dash(ent) if ent.label_ == "PERSON" else ent for ent in doc.ents]
    mended = [_before_a_score(_after_a_dateline(ent)) if ent.label_ == "ORG" else ent for ent in mended]
    mended = [
        Span(doc, ent.start, ent.end - 1, label=ent.label)
        if len(ent) > 1
        and ent[-1].text == "."
        and not (ent.label_ == "PERSON" and stop_of_a_suffix(doc, ent.end - 1))
        else ent
        for ent in mended
    ]
    if any(len(m) != len(e) for m, e in zip(mended, doc.ents, strict=True)):
        doc.ents = mended


def stop_of_a_suffix(doc: Doc, i: int, start: int = 0) -> bool:
    """Whether the full stop at token ``i`` closes a generational suffix the tokenizer split
    from it (`Tom Hale Sr` + `.`), the suffix at ``start`` or after: part of the name, as in
    `Jr.` written whole."""
    return i > start and not doc[i - 1].whitespace_ and doc[i - 1].lower_ in ("jr", "sr")


def set_beside(tok: Token) -> list[Token]:
    """The words set beside ``tok`` in apposition: those apposed to it, then the one it is
    apposed to (`her father, Hidetoshi Kuramochi,`: *father* for the name, the name for *father*)."""
    beside = [c for c in tok.children if c.dep_ == "appos"]
    return beside + [tok.head] if tok.dep_ == "appos" else beside


def _before_a_spaced_dash(ent: Span) -> Span:
    doc = ent.doc
    for t in ent[1:]:
        if t.text in ("-", "–", "—") and set_off_by_spaces(doc, t.i):
            return Span(doc, ent.start, t.i, label=ent.label)
    return ent


def _after_a_dateline(ent: Span) -> Span:
    """`Johannesburg - Eskom has warned …`, tagged one body: a paragraph's first words up to a
    dash set off by spaces, one or two words in capitals, are the dateline of wire and South
    African and Indian copy, no word of the body after it."""
    doc = ent.doc
    opens = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws
    for t in ent[1:3]:
        if opens and t.text in ("-", "–", "—") and set_off_by_spaces(doc, t.i) and t.i + 1 < ent.end:
            return Span(doc, t.i + 1, ent.end, label=ent.label)
    return ent


def _before_a_score(ent: Span) -> Span:
    """`Rivers United 3-1`, tagged one body: a score of two numbers joined by a hyphen or a dash
    (`3-1`, `2–2`) closing a body's name after a word in capitals is the match's, no word of it."""
    doc = ent.doc
    if len(ent) < 4 or not ent[-1].like_num or not ent[-3].like_num or ent[-2].text not in ("-", "–", "—"):
        return ent
    if not ent[-4].is_title or ent[-3].whitespace_ or ent[-2].whitespace_:
        return ent
    return Span(doc, ent.start, ent.end - 3, label=ent.label)


def set_off_by_spaces(doc: Doc, i: int) -> bool:
    """Whether token ``i`` has a space on either side (`Tom Hale - the mayor`: a hyphen typed
    for a dash, not one inside a word)."""
    return i > 0 and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


def join_a_body_cut_before_its_noun(doc: Doc) -> None:
    """Join a body's name the tagger cut before its last word, a body's noun in capitals right
    after it, into one body: `the Kilrush Co-operative` + `Society` (the hyphen of
    `Co-operative` ends the tagger's name) is the Kilrush Co-operative Society, not a body
    called `Society`."""
    nouns = lexicon().organization_nouns

    def joins(last: Span, ent: Span) -> str:
        joined = (
            last.label_ == ent.label_ == "ORG"
            and last.end == ent.start
            and len(ent) == 1
            and capitalised(ent[0].text)
            and ent[0].lower_ in nouns
            and last[-1].text[:1].isalpha()
        )
        return "ORG" if joined else ""

    join_neighbours(doc, joins)


def join_a_bodys_name_holding_a_list(doc: Doc) -> None:
    """`the National Union of Rail, Maritime and Transport Workers`, `the Kenya Medical
    Practitioners, Pharmacists and Dentists Union`, which the tagger cuts at the commas: a body's
    name (tagged so) and, after commas and `and`, another body's name (tagged so), with only words
    in capitals tagged no body, person or place between, are one body that lists its fields (after
    `of`) or its members (plurals before the body's noun). `the BBC, Sky and ITV`: three bodies."""
    ents = list(doc.ents)
    mended: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        joined = _list_in_a_bodys_name(doc, ents, k) if ent.label_ == "ORG" else 0
        if joined:
            mended.append(Span(doc, ent.start, ents[joined].end, label="ORG"))
            k = joined + 1
            continue
        mended.append(ent)
        k += 1
    if len(mended) != len(ents):
        doc.ents = mended


def join_a_field_joined_before_a_body(doc: Doc) -> None:
    """`the Rail and Maritime Union`: the tagger tags only `Maritime Union` and the parser makes
    `Rail` a word of its own joined to `Union` by `and`. A body's name (tagged so) ending on a
    body's noun in capitals, after `and` and a word in capitals tagged nothing that the parser
    joins to the body (a conjunct), is one body naming two fields; left are a word the parser
    joins to no word of the body and a body opened by `the` (`Rail and the Maritime Union`, two)."""
    nouns = lexicon().organization_nouns
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "ORG" and ent[-1].is_title and ent[-1].lower_ in nouns and start >= 2:
            field = doc[start - 2]
            # (`Border Patrol and the Drug Enforcement Administration`, `the` tagged with the
            # second: two bodies; a field is one word, no word in capitals before it, nor a
            # comma, `Energy, Mines and Climate Change Ministry` being a list read elsewhere.)
            before = doc[start - 3] if start >= 3 else None
            if (
                doc[start - 1].lower_ in AND_WORDS
                and ent[0].is_title
                and (before is None or not capitalised(before.text) or before.lower_ == "the")
                and (before is None or before.text != ",")
                and field.is_title
                and not field.ent_type_
                and field.pos_ == "PROPN"
                and any(t in field.conjuncts for t in ent)
            ):
                start -= 2
                changed = True
        mended.append(ent if start == ent.start else Span(doc, start, ent.end, label="ORG"))
    if changed:
        doc.ents = mended


def _list_in_a_bodys_name(doc: Doc, ents: list[Span], first: int) -> int:
    """The index of the entity closing the body whose name entity ``first`` opens and a list
    goes on, or 0 (see ``join_a_bodys_name_holding_a_list``)."""
    head = ents[first]
    at, items = head.end, [head[-1]]
    for _ in range(4):
        if at + 1 >= len(doc) or doc[at].text != ",":
            return 0
        at += 1
        if doc[at].lower_ in AND_WORDS:
            break
        start = at
        while at < len(doc) and at - start < 3 and _listed_field_word(doc[at]):
            at += 1
        if at == start:
            return 0
        items.append(doc[at - 1])
        if at < len(doc) and doc[at].lower_ in AND_WORDS:
            break
    if at >= len(doc) or doc[at].lower_ not in AND_WORDS:
        return 0
    last = next((j for j in range(first + 1, len(ents)) if ents[j].start == at + 1), 0)
    between = ents[first + 1 : last]
    if not last or ents[last].label_ != "ORG" or any(e.label_ != "NORP" for e in between):
        return 0
    close = ents[last]
    # (`the Bank of Ireland, Citibank and Sainsbury Bank`: a word no dictionary has, in the list
    # or opening its last name, is a firm's own name, listed beside the others, no field.)
    if not all(_word_of_english(t.lower_) for t in [*items[1:], close[0]]):
        return 0
    nouns = lexicon().organization_nouns
    # (`the Bank of Scotland, Nationwide and Lloyds Bank`: a last name ending on a body's own noun
    # is another body; a field is no body, `Transport Workers`, `Engineering and Medicine`.)
    fields = (
        any(t.lower_ == "of" for t in head)
        and all(t.is_title for t in close)
        and not {close[-1].lower_, close[-1].lemma_.lower()} & nouns
    )
    members = close[-1].lower_ in nouns and all(
        t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") for t in [*items, close[0]]
    )
    return last if fields or members else 0


# What a word listed inside a body's name may be tagged (`Pharmacists`, read as a people).
_LISTED_FIELD_TAGS = frozenset({"", "NORP"})


def _listed_field_word(tok: Token) -> bool:
    """A word in capitals listed inside a body's name, tagged nothing or a people."""
    return tok.is_title and tok.ent_type_ in _LISTED_FIELD_TAGS


def _word_of_english(word: str) -> bool:
    """Whether ``word`` (small letters) or, for a plural, its singular is in the dictionary
    (`pharmacists`, `fisheries`, `sciences`: the lemmatizer's tables hold the singular only)."""
    singulars = [word]
    if word.endswith("s"):
        singulars.append(word[:-1])
    if word.endswith("es"):
        singulars.append(word[:-2])
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    return any(is_english_word(w) for w in singulars)


def join_neighbours(doc: Doc, joins: Callable[[Span, Span], str]) -> None:
    """Join each entity to the one before it (and what lies between) where ``joins`` gives the
    joined name's label."""
    ents = list(doc.ents)
    mended: list[Span] = []
    for ent in ents:
        label = joins(mended[-1], ent) if mended else ""
        if label:
            mended[-1] = Span(doc, mended[-1].start, ent.end, label=label)
        else:
            mended.append(ent)
    if len(mended) != len(ents):
        doc.ents = mended


def join_letters_after_a_name(doc: Doc) -> None:
    """`Judge Simon Phillips KC told her`: honours and seats in capitals right after a person's
    name are the person's, though the tagger calls them a body of their own (`KC`) or leaves them
    out; the parser makes the letters the subject, so the name must reach them to speak. (The
    name itself is read without them: see ``names``.)"""

    def joins(last: Span, ent: Span) -> str:
        letters = len(ent) == 1 and post_nominal_letters(ent[0])
        return "PERSON" if last.label_ == "PERSON" and ent.start == last.end and letters else ""

    join_neighbours(doc, joins)
    mended = list(doc.ents)
    for k, ent in enumerate(mended):
        end = ent.end
        while ent.label_ == "PERSON" and len(ent) >= 2 and end < len(doc) and doc[end].ent_iob_ == "O":
            if not post_nominal_letters(doc[end]):
                break
            end += 1
        mended[k] = Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent
    if [(e.start, e.end) for e in mended] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = mended


def end_names_on_a_surname_read_as_a_title(doc: Doc) -> None:
    """`President Iftikhar Ahmed Sheikh said`: a title word right after a person's name, left
    out by the tagger, whom the name's words hang on as the head of their compound and that no
    word in capitals follows, is the name's last word (a surname, as `Sheikh`, `Lord`, `King`
    are), not a title opening another name."""
    mended = list(doc.ents)
    for k, ent in enumerate(mended):
        end = ent.end
        if ent.label_ != "PERSON" or len(ent) < 2 or end >= len(doc) or doc[end].ent_iob_ != "O":
            continue
        word = doc[end]
        if not (capitalised(word.text) and word.lower_ in lexicon().titles and word.pos_ == "PROPN"):
            continue
        after = doc[end + 1] if end + 1 < len(doc) else None
        hangs = ent[-1].dep_ == "compound" and ent[-1].head.i == end
        if hangs and word.dep_ != "compound" and not (after is not None and capitalised(after.text)):
            mended[k] = Span(doc, ent.start, end + 1, label="PERSON")
    if [(e.start, e.end) for e in mended] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = mended


def post_nominal_letters(tok: Token) -> bool:
    """Letters after a name that are no part of it, in capitals (`KC`, `OBE`; `PhD`)."""
    return (tok.is_upper or tok.text == "PhD") and tok.lower_ in lexicon().post_nominals


def bodies_named_by_their_kind(doc: Doc) -> None:
    """`Software company Brightwave`, `Brightwave, a software company,`: a name in capitals that
    a business's noun in small letters introduces or stands beside is that business's, though
    the tagger calls it a person or leaves it out (a person's name opens with a given name)."""
    found: list[Span] = []
    for tok in (doc[k] for k in word_test(lexicon().business_nouns).places(doc, LEMMA)):
        run = _name_a_business_noun_introduces(tok)
        if run is not None and not any(f.start < run[1] and run[0] < f.end for f in found):
            found.append(Span(doc, run[0], run[1], label="ORG"))
    put_in_place_of_overlaps(doc, found)


def _name_a_business_noun_introduces(noun: Token) -> tuple[int, int] | None:
    """The tokens [start, end) of the name ``noun`` introduces (`company Brightwave`) or stands
    beside (`Brightwave, a software company`), when that name is one the tagger did not call a
    body: a run of words in capitals, no given name first."""
    lex = lexicon()
    if not (noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.business_nouns):
        return None
    doc = noun.doc
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        start = noun.i + 1
    elif _opens_a_name_after(noun):
        start = noun.i + 1  # `a director at consultancy Brightline Advisory`, parsed apart
    elif noun.dep_ == "appos" and noun.head.i < noun.i and any(c.dep_ == "det" for c in noun.children):
        head = noun.head
        if doc[head.i + 1].text != ",":
            return None
        start = head.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            return None  # (a longer name in capitals the parser did not join)
    else:
        return None
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and capitalised(doc[end].text) and end - start < 4:
        end += 1
    if end == start or (noun.dep_ == "compound" and noun.head.i != end - 1):
        return None
    if start == noun.i + 1 and noun.dep_ == "pobj" and end < len(doc) and not _closes_a_name(doc[end]):
        return None
    words = doc[start:end]
    if words[0].lower_ in lex.first_names or any(t.ent_type_ not in ("", "PERSON") for t in words):
        return None
    return start, end


def _closes_a_name(tok: Token) -> bool:
    return tok.is_punct or tok.pos_ in ("VERB", "AUX", "PART", "CCONJ")


def _opens_a_name_after(noun: Token) -> bool:
    """`at consultancy Brightline Advisory`: a business's noun, the object of a preposition with
    no word before it, set right before words in capitals (the parser may hang them elsewhere)."""
    doc = noun.doc
    bare = noun.dep_ == "pobj" and noun.head.i == noun.i - 1
    return bare and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN" and doc[noun.i + 1].is_title


def join_a_body_and_its_country(doc: Doc) -> None:
    """`The Law Society` + `of` + `Kenya`, the tagger ending the body's name before `of` and
    calling the place a place: a body's noun in capitals, then `of` and a place the parser hangs
    on it, is one body's name (`the Law Society of Kenya`, `the Central Bank of Nigeria`), not a
    body called `Law Society` in Kenya; also when the tagger took the country for a body of its
    own (`the Central Bank` + `of` + `Lesotho`, both tagged bodies)."""
    lex = lexicon()
    nouns = lex.organization_nouns

    def joins(last: Span, ent: Span) -> str:
        joined = (
            last.label_ == "ORG"
            and (ent.label_ == "GPE" or (ent.label_ == "ORG" and ent.text.lower() in lex.places))
            and last.end + 1 == ent.start
            and doc[last.end].lower_ == "of"
            and doc[last.end].head.i == last.end - 1
            and last[-1].is_title
            and last[-1].lower_ in nouns
        )
        return "ORG" if joined else ""

    join_neighbours(doc, joins)


def trades_open_no_name(doc: Doc) -> None:
    """`Retailer Kestrel Home said`, `Lender Santander said`: a business's trade written before
    its name as the sentence opens (models/trades_before_names.txt) is no word of the name the
    tagger joins it to, and the name after a trade is a business's, whatever the tagger called it
    (a person's name opens with a given name: `Publisher Ann Cole` is left as it is)."""
    lex = lexicon()
    mended: list[Span] = []
    for ent in doc.ents:
        first = ent[0]
        trade = len(ent) >= 2 and first.is_title and first.lower_ in lex.trades_before_names
        named = trade and capitalised(ent[1].text) and ent[1].lower_ not in lex.first_names
        if trade and first.is_sent_start and named:
            ent = Span(doc, ent.start + 1, ent.end, label="ORG")
        mended.append(ent)
    if [(e.start, e.end) for e in mended] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = mended


def mastheads_are_bodies(doc: Doc) -> None:
    """`according to the Sydney Morning Herald`, tagged an event or a work of art: a run of words
    in capitals ending in a masthead's word (models/masthead_words.txt, `Herald`, `Times`) and not
    set off by quote marks, as a book's or a film's title is, names a newspaper, a body that `the
    newspaper said` after it goes on with."""
    masthead = lexicon().masthead_words
    mended: list[Span] = []
    for ent in doc.ents:
        titled = all(t.is_title or t.lower_ in ("the", "of") for t in ent) and ent[-1].is_title
        quoted = ent.start > 0 and doc[ent.start - 1].is_quote or ent.end < len(doc) and doc[ent.end].is_quote
        if ent.label_ in _TITLE_LABELS and ent[-1].lower_ in masthead and titled and not quoted:
            ent = Span(doc, ent.start, ent.end, label="ORG")
        mended.append(ent)
    if [e.label_ for e in mended] != [e.label_ for e in doc.ents]:
        doc.ents = mended


def peoples_words_after_a_capital_the_are_papers(doc: Doc) -> None:
    """`according to The Australian`, `told The Hindu`, the tagger tagging a people's word: one
    such word right after `The` in capitals inside a sentence, qualifying no word after it, is a
    title, a newspaper's (`The Australian government` is the people's word qualifying a noun)."""
    mended: list[Span] = []
    for ent in doc.ents:
        the = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        qualifies = after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        titled = the is not None and the.text == "The" and not the.is_sent_start and ent[0].is_title
        if ent.label_ == "NORP" and len(ent) == 1 and titled and not qualifies:
            ent = Span(doc, ent.start - 1, ent.end, label="ORG")
        mended.append(ent)
    if [e.label_ for e in mended] != [e.label_ for e in doc.ents]:
        doc.ents = mended


# What the tagger calls a newspaper's name it does not know for a body (`the Sydney Morning Herald`).
_TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT"})


def court_sides_are_no_bodies(doc: Doc) -> None:
    """`Crown prosecutor Emma Lyons said`, `Crown` tagged a body: a side of a criminal case
    (models/court_sides.txt) tagged by itself right before a lawyer's noun in small letters is
    part of the lawyer's role (*Crown prosecutor*, as `Defence counsel` is), no body."""
    lex = lexicon()

    def lawyer(tok: Token) -> bool:
        noun = tok.lemma_.lower()
        return tok.is_lower and (lex.job_families.get(noun) == "lawyer" or noun == "prosecutor")

    _drop_entities(
        doc,
        lambda ent: len(ent) == 1
        and ent[0].lower_ in lex.court_sides
        and ent.end < len(doc)
        and lawyer(doc[ent.end]),
    )


def outlets_told_are_no_people(doc: Doc) -> None:
    """`A shopkeeper told Dawn that the ban would ruin traders. "…," he said`, `Dawn` (Pakistan's
    newspaper) tagged a person: a name of one word the story only ever tells things to, or speaks
    to (`speaking to Dawn`), by someone who is the clause's subject, and never gives in full, is the
    outlet the reporter works for, so no person a later `he` can be."""
    full = {w.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e}
    _drop_lone_people(
        doc,
        lambda ent: ent[0].lower_ not in full
        and all(told_by_a_subject(doc[k]) for k in places_of_word(doc, ORTH, ent[0].text)),
    )


def told_by_a_subject(tok: Token) -> bool:
    """Whether ``tok`` is whom the clause's subject tells or speaks to (`a trader told Dawn`,
    `a conductor, speaking to Dawn, said`, `Speaking to The Citizen, Ana Ruiz said`: the
    participle's speaker is the noun it qualifies or the subject of the clause it opens).
    (Stricter than entities._told_or_spoken_to, on purpose: this decides whether a word tagged a
    person is an outlet at all, by how the story uses it, so the teller must be the clause's
    subject, and `an interview with Ana` is left out, as it names a person as often; that one
    reads bodies already known as outlets by their names, where any telling will do.)"""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    told = tok.dep_ in ("dobj", "dative") and verb.lemma_ == "tell"
    spoken = tok.dep_ == "pobj" and verb.lemma_ in ("speak", "talk")
    if any(c.dep_ == "nsubj" for c in verb.children):
        return told or spoken
    if not spoken or verb.tag_ != "VBG":
        return False
    return verb.dep_ == "acl" or verb.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in verb.head.children)


def the_paper_after(doc: Doc, start: int) -> bool:
    """Whether `the paper` or `the newspaper` in small letters comes after token ``start``."""
    papers = places_of_words(doc, LOWER, ("paper", "newspaper"))
    return any(i > start and doc[i - 1].lower_ == "the" and doc[i].is_lower for i in papers)


def told_outlet_before_the_paper(ent: Span) -> bool:
    """`A trader told The Nation that …. "…," the paper said`, `told Dawn …`: a title of one
    word in capitals (after a capital `The` inside a sentence, or alone) that the clause's subject
    tells or speaks to, with `the paper` after it, is the newspaper `the paper` goes on with."""
    the = len(ent) == 2 and ent[0].text == "The" and not ent[0].is_sent_start
    # (After a capital `The` a noun too: the tagger reads `The Nation` as the common noun.)
    noun = ent[-1].pos_ == "PROPN" or the and ent[-1].pos_ == "NOUN"
    if not (len(ent) == 1 or the) or not ent[-1].is_title or not noun:
        return False
    return told_by_a_subject(ent[-1]) and the_paper_after(ent.doc, ent.end)


def outlets_told_before_the_paper(doc: Doc) -> None:
    """`A trader told The Nation that sales fell. "…," the paper said`, `The Star`, `Dawn` left
    untagged (by the tagger, or by ``outlets_told_are_no_people``): the title the clause's subject
    tells things to, with `the paper` after it, is tagged a body, the one `the paper` stands for
    (``told_outlet_before_the_paper``); as a listener it is still nobody's employer
    (entities._only_told) and, no person, no `he`."""
    tagged = {t.i for e in doc.ents for t in e}
    added: list[Span] = []
    for verb in places_of_words(doc, LEMMA, ("tell", "speak", "talk")):
        heard = [c for c in doc[verb].children if c.dep_ in ("dobj", "dative")]
        heard += [t for c in doc[verb].children if c.lower_ == "to" for t in c.children]
        for tok in heard:
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "The" else tok.i
            name_goes_on = tok.i + 1 < len(doc) and doc[tok.i + 1].is_title
            if tagged & set(range(start, tok.i + 1)) or name_goes_on:
                continue
            if told_outlet_before_the_paper(doc[start : tok.i + 1]):
                added.append(Span(doc, start, tok.i + 1, label="ORG"))
                tagged |= set(range(start, tok.i + 1))
    if added:
        doc.ents = sorted([*doc.ents, *added], key=lambda e: e.start)


def jobs_tagged_people_are_no_names(doc: Doc) -> None:
    """`Convener of selectors Patrick Moroney said`, `Convener` tagged a person alone: a job's
    noun in capitals that no list holds as a given name, tagged a person by itself before the
    `of` or `for` of its field, is the title of the name after it, no person."""
    lex = lexicon()
    _drop_lone_people(
        doc,
        lambda ent: ent.end < len(doc)
        and doc[ent.end].lower_ in ("of", "for")
        and (ent[0].lower_ in lex.role_nouns or ent[0].lemma_.lower() in lex.role_nouns)
        and ent[0].lower_ not in lex.first_names,
    )


def job_titles_of_two_or_three_words_tagged_people_are_no_names(doc: Doc) -> None:
    """`said Special Adviser to the President on Media Femi Adesina`, `Special Adviser` tagged
    a person: two or three words in capitals ending on a job's noun (models/role_nouns.txt), no
    word a given name the lists know, tagged a person before the `of`, `for` or `to` after the
    job, are the title of the name after it, no person. (The words before the noun are not
    checked: `Special`, `Chief Press`, any words in capitals.)"""
    lex = lexicon()

    def graded_job(ent: Span) -> bool:
        job = ent[-1]
        return (
            ent.label_ == "PERSON"
            and 1 < len(ent) <= 3
            and ent.end < len(doc)
            and doc[ent.end].lower_ in ("of", "for", "to")
            and (job.lower_ in lex.role_nouns or job.lemma_.lower() in lex.role_nouns)
            and all(t.is_title and t.lower_ not in lex.first_names for t in ent)
        )

    _drop_entities(doc, graded_job)


def end_of_small_words_after(tok: Token) -> int:
    """Where the one to three words in small letters right after ``tok`` end (the job after a
    body's word: `Numsa general secretary`, `Pagasa weather specialist`): the index past the
    last, ``tok.i + 1`` when none."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and j - tok.i <= 3 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    return j


def jobs_in_small_letters_are_no_names(doc: Doc) -> None:
    """`“…,” the earl said`, `earl` tagged a person (`Earl` a given name too): one word in small
    letters that is a job's noun (models/role_nouns.txt), tagged a person by itself after a
    determiner, is the description's noun, no name; `the earl` is then read as a description."""
    roles = lexicon().role_nouns
    _drop_lone_people(
        doc,
        lambda ent: ent.start > 0
        and doc[ent.start - 1].tag_ == "DT"
        and ent[0].is_lower
        and (ent[0].lower_ in roles or ent[0].lemma_.lower() in roles),
    )


def capitalised_body_nouns_are_no_names(doc: Doc) -> None:
    """`Celtic have sacked their manager. “…,” the Club said.`: a club's or a company's noun in
    capitals after `the`, tagged a body or a person by itself, is the description `the club` its
    own statements capitalise, no body called `Club`; read so, it names the story's club."""
    # (The pass runs on every article: the nouns are found by their hashes, and the entities,
    # which `doc.ents` builds anew on each access, only read where one stands.)
    nouns = places_of_words(doc, LOWER, self_capitalised_body_nouns())
    found = {k for k in nouns if self_capitalised_body_noun(doc[k])}
    if found:
        _drop_entities(doc, lambda ent: len(ent) == 1 and ent.start in found)


def house_papers_are_no_names(doc: Doc) -> None:
    """`The Bill was then considered. “…,” said the hon. member for Leeds.`, `Bill` tagged a
    person: a paper a house debates (models/house_papers.txt: `the Bill`, `the Motion`) in
    capitals after `the`, tagged a person by itself, is the paper, no one called `Bill`; read as
    a person it was the one `the hon. member` after it went back to."""
    papers = places_of_words(doc, LOWER, house_papers())
    found = {k for k in papers if k > 0 and doc[k - 1].lower_ == "the" and doc[k].is_title}
    if found:
        _drop_lone_people(doc, lambda ent: ent.start in found)


def bodies_owning_a_job(doc: Doc) -> None:
    """`Friends of the Earth's climate officer, X, said`, `Save the Children's country director`,
    `said Doctors Without Borders' medical director`: words in capitals joined by a small word
    (`of`, `the`, `without`) that own a job in small letters are a body's name, whatever the
    tagger made of them (`Earth` a place, `Save` a verb, `Borders` nothing): a person's name
    holds no such word, and a body owns the job. So are such words right before a job in small
    letters and a person's name (`Friends of the Earth climate officer Sarah Lyons said`). (Not
    an office's holder, `Secretary of State's special adviser`, nor a name with a person's word
    in it, nor a work's or an event's, `Game of Thrones star X`.)"""
    marks = places_of_words(doc, ORTH, POSSESSIVES)
    ends = [k for k in marks if doc[k].tag_ == "POS" and _owns_a_job(doc, k)]
    ends += [k for e in doc.ents if e.label_ == "PERSON" and (k := _job_before(doc, e.start)) is not None]
    found = [span for k in ends if (span := _body_ending_at(doc, k)) is not None]
    if not found:
        return
    ents = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
    doc.ents = sorted([*ents, *found], key=lambda e: e.start)


def _body_ending_at(doc: Doc, end: int) -> Span | None:
    """The body's name in capitals with a small word inside that ends right before token
    ``end`` (see ``bodies_owning_a_job``), or None."""
    start = end
    while start > 0 and not doc[start].is_sent_start and (
        doc[start - 1].is_title or doc[start - 1].lower_ in _JOINING_WORDS
    ):
        start -= 1
    # (`the head of the Bank of England's`: the small words before the name are none of it.)
    while start < end and doc[start].lower_ in _JOINING_WORDS:
        start += 1
    words = doc[start:end]
    # (The run opens the sentence or follows a word in small letters, `said`: no word in
    # capitals before it may open a person's name. `Tamale Chamber of Commerce, Trade and
    # Industry president`: a name tagged from before the run is the tagger's, whole.)
    if start < end and doc[start].ent_iob_ == "I":
        return None
    if len(words) < 3 or not words[0].is_title or not words[-1].is_title:
        return None
    if not any(t.lower_ in _JOINING_WORDS for t in words[1:]):
        return None
    # (`Secretary of State's special adviser`, `former Alaska Gov. and Republican vice
    # presidential candidate X`: an office's holder owns the job, no body; `As the Hollywood
    # columnist X`: a small word in capitals opening the sentence is none of a name.)
    first = words[1] if words[0].lower_ == "the" else words[0]
    office = first.tag_ in ("NN", "NNP") and first.lower_ in lexicon().role_nouns
    if office or first.pos_ in _NO_NAMES_OPENING:
        return None
    if any(t.is_title and t.lower_.rstrip(".") in lexicon().titles for t in words):
        return None
    # (`Catherine of Aragon's lady-in-waiting`: a person named for a place opens on a given name;
    # one inside a body's name may be a country's too, `Friends of the Earth Kenya's`.)
    if known_given_name(first.lower_) or any(t.ent_type_ == "PERSON" for t in words):
        return None
    # (`Game of Thrones star X`: a work's name, tagged so whole; a body's the tagger calls a work
    # runs on over its possessive, `Citizens for Clean Air's`.)
    tagged = entity_at(doc, words[0])
    if tagged is not None and tagged.label_ in _NO_BODYS_KINDS and (tagged.start, tagged.end) == (start, end):
        return None
    return Span(doc, start, end, label="ORG")


def _owns_a_job(doc: Doc, mark: int) -> bool:
    """Whether a job in small letters (up to three words, its head a role noun) follows the
    possessive mark at ``mark`` (`'s climate officer`)."""
    role_nouns = lexicon().role_nouns
    for tok in doc[mark + 1 : mark + 4]:
        if not tok.is_lower:
            return False
        if tok.lower_ in role_nouns:
            return True
    return False


def _job_before(doc: Doc, name: int) -> int | None:
    """Where a job in small letters (up to three words) ending in a role noun right before the
    person's name at token ``name`` opens, after a word in capitals (`Earth climate officer`)."""
    if name < 2 or doc[name - 1].lower_ not in lexicon().role_nouns or not doc[name - 1].is_lower:
        return None
    start = name - 1
    while start > 0 and name - start < 3 and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        if doc[start - 1].lower_ in _JOINING_WORDS:
            return None
        start -= 1
    return start if start > 0 and doc[start - 1].is_title else None


# The parts of speech no body's name opens on (`As`, `If`, `When`, `It`).
_NO_NAMES_OPENING = frozenset({"ADP", "SCONJ", "CCONJ", "ADV", "PRON", "DET", "AUX", "PART"})
# The kinds of name tagged whole that own a job and are no body: a work's, an event's, a law's.
_NO_BODYS_KINDS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


# Small words inside a body's name in capitals (`Friends of the Earth`, `Doctors Without Borders`).
_JOINING_WORDS = frozenset({"of", "the", "for", "without", "and"})


def self_capitalised_body_noun(tok: Token) -> bool:
    """`the Club`, `the Company`: a club's or a company's noun in capitals right after `the`."""
    after_the = tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
    return after_the and tok.is_title and tok.lower_ in self_capitalised_body_nouns()


def seats_before_a_member_are_no_people(doc: Doc) -> None:
    """`Lenton MP Ana Ruiz said`, `Lenton` tagged a person and the name nothing: one word tagged
    a person right before a member's seat in letters (`MP`, `MLA`, `TD`) and an untagged given
    name is the seat the member sits for; the person is the name after the letters. (The
    first of three readings of a seat before its member, each mending what the layer it runs in
    is given: here the tags, before anything reads them; entities._seat_before_its_members_name
    when the tagger did tag the member, so the seat names no one speaking; descriptors.
    _seat_before_its_holder when the seat is tagged a body, so that it stays in the role.)"""
    lex = lexicon()
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        name = _member_after_a_seat(doc, ent, lex) if ent.label_ == "PERSON" and len(ent) == 1 else None
        mended.append(name if name is not None else ent)
        changed |= name is not None
    if changed:
        doc.ents = mended


def _member_after_a_seat(doc: Doc, ent: Span, lex: Lexicon) -> Span | None:
    post = ent.end
    if post + 2 >= len(doc) or not is_seat_by_its_letters(doc[post]):
        return None
    given = doc[post + 1]
    if not (given.is_title and given.lower_ in lex.first_names and not given.ent_type_):
        return None
    end = post + 2
    while end < len(doc) and end - post <= 4 and doc[end].is_title and doc[end].pos_ == "PROPN":
        if doc[end].ent_type_:
            return None
        end += 1
    return Span(doc, post + 1, end, label="PERSON") if end > post + 2 else None


def styled_after_his_or_her(doc: Doc, tok: Token) -> bool:
    """`His Lordship`, `Her Worship`, `His Honour`: a judge's or magistrate's style in capitals
    after `his` or `her` (models/courtesy_epithets.txt, kind `style`)."""
    return (
        tok.lower_ in lexicon().styles
        and tok.is_title
        and tok.i > 0
        and doc[tok.i - 1].lower_ in ("his", "her")
    )


def styles_are_no_names(doc: Doc) -> None:
    """`“Take him down,” His Lordship said`, `His Honour said`: a judge's or magistrate's style
    after `his` or `her` (models/courtesy_epithets.txt, kind `style`), which the tagger tags a
    person or a work's title, stands in place of a name and is none (the style is read as a
    description, the one judge the article names where it names one)."""
    dropped = {
        ent.start
        for ent in doc.ents
        if ent.label_ in ("PERSON", "WORK_OF_ART", "ORG")
        and ent.end - ent.start <= 2
        and styled_after_his_or_her(doc, ent[-1])
    }
    if dropped:
        doc.ents = [e for e in doc.ents if e.start not in dropped]


def saints_word(tok: Token) -> bool:
    """`St`, `St.`, `Saint`: the word that opens a saint's name, in any case."""
    return tok.lower_.rstrip(".") in ("st", "saint")


def saints_name_bodies(doc: Doc) -> None:
    """`St Luke's Hospital`, `St Mary's Primary School`, the saint tagged a person and the rest
    left out: a saint's name with its possessive, then words in capitals ending in a body's noun,
    is that body's name (a hospital, a school, a church), no one in the story."""
    nouns = lexicon().organization_nouns
    found: list[Span] = []
    for ent in doc.ents:
        saint = saints_word(ent[0]) and ent[0].is_title
        if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2 or not saint:
            continue
        end = ent.end if ent[-1].text in POSSESSIVES else ent.end + 1
        if end > len(doc) or doc[end - 1].text not in POSSESSIVES:
            continue
        last = end
        # (the words after it untagged, or a body's name of their own: `St Mary's` + `Primary School`)
        while last < len(doc) and last - end < 3 and doc[last].is_title:
            if doc[last].ent_type_ not in ("", "ORG"):
                break
            last += 1
        if last > end and doc[last - 1].lower_ in nouns:
            found.append(Span(doc, ent.start, last, label="ORG"))
    put_in_place_of_overlaps(doc, found)


def speaking_names_of_words_are_bodies(doc: Doc) -> None:
    """`National Grid says engineers are working …`, `Thames Water said`, the tagger tagging
    nothing: two words in capitals or more, each a word of English and none a given name, a
    title or a job, that are the subject of a verb of saying, name a body (a person's name holds
    a given name or a word no dictionary has), so `A spokesperson said` after it is its."""
    lex = lexicon()
    found: list[Span] = []
    for verb in (doc[k] for k in word_test(lex.cue_verbs).places(doc, LEMMA)):
        subject = None if verb.pos_ != "VERB" else next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if subject is None or subject.ent_type_ or subject.pos_ != "PROPN":
            continue
        start = subject.i
        while start > 0 and subject.i - start < 5 and doc[start - 1].dep_ == "compound":
            start -= 1
        words = doc[start : subject.i + 1]
        # (A word in capitals before the run, `East` + `Nippon Expressway Company`: the name may
        # start there, which the parse does not say.)
        opened_before = start > 0 and doc[start - 1].is_title
        # (Nor where a joining word or a word in capitals goes on with it: `Harbour Association`
        # + `of Small Scale Miners`.)
        after = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
        goes_on = after is not None and (after.lower_ in NAME_JOINERS or after.is_title)
        if len(words) < 2 or opened_before or goes_on or any(t.ent_type_ or not t.is_title for t in words):
            continue
        if any(_no_word_of_a_bodys_name(t) for t in words):
            continue
        found.append(Span(doc, start, subject.i + 1, label="ORG"))
    put_in_place_of_overlaps(doc, found)


def _no_word_of_a_bodys_name(tok: Token) -> bool:
    """A word no body's name of plain English words holds: a given name, a title, a job, a
    place, or a word no dictionary has (a surname's)."""
    lex, low = lexicon(), tok.lower_
    job = low in lex.role_nouns or low in lex.titles or tok.lemma_.lower() in lex.role_nouns
    return job or low in lex.first_names or low in lex.places or not is_english_word(tok.text)


def foreign_bodies_named(doc: Doc) -> None:
    """`The Collectif des pêcheurs de Kayar, which represents …`: after `the`, a word in capitals,
    words of another language in small letters (tagged foreign) and a last word in capitals,
    set off by `, which` or opening a clause on its verb, name a body the tagger cut (`de
    Kayar`, a person), not a person (no given name opens on `the`)."""
    found: list[Span] = []
    end = 0
    # (Only a `the` can open one: its places, found at C speed, spare a token for every word.)
    for i in places_of_word(doc, LOWER, "the"):
        if i < end or i + 3 >= len(doc):
            continue  # inside the body found last, or too near the end for one
        if not (capitalised(doc[i + 1].text) and doc[i + 1].is_alpha):
            continue
        end = i + 2
        while end < len(doc) and doc[end].is_alpha and _in_a_foreign_name(doc[end]):
            end += 1
        while end > i + 2 and not capitalised(doc[end - 1].text):
            end -= 1
        words = doc[i + 1 : end]
        foreign = any(t.tag_ == "FW" and t.is_lower for t in words)
        after = doc[end : end + 2]
        set_off = len(after) == 2 and after[0].text == "," and after[1].lower_ == "which"
        acts = len(after) >= 1 and after[0].pos_ in ("VERB", "AUX")
        if foreign and capitalised(words[-1].text) and (set_off or acts):
            found.append(Span(doc, i + 1, end, label="ORG"))
    put_in_place_of_overlaps(doc, found)


def plurals_opening_a_sentence_are_no_bodies(doc: Doc) -> None:
    """`Islanders said …`, `Farmers said …`: a plural common noun in the dictionary, in capitals
    only because it opens its sentence and nowhere else in the story, names people, not a body,
    whatever the tagger calls it (a side's name, `the Chiefs`, `Rangers beat …`, stands in capitals
    inside a sentence too, or is no plural noun to the tagger)."""
    dropped = []
    for ent in doc.ents:
        tok = ent[0]
        if ent.label_ != "ORG" or len(ent) != 1 or not tok.is_sent_start or tok.tag_ != "NNS":
            continue
        if not tok.is_title or not tok.is_alpha or coined(tok):
            continue
        if any(t.text == tok.text and not t.is_sent_start for t in doc):
            continue
        dropped.append(ent)
    if dropped:
        doc.ents = [e for e in doc.ents if not any(e.start == d.start for d in dropped)]


def short_forms_read_as_pronouns(doc: Doc) -> None:
    """`“…,” WHO said`: a relative pronoun's word in capitals inside a sentence in small letters is a
    body's short form (the World Health Organization), which the tagger reads as the pronoun
    (`who`) and leaves untagged: made a proper noun and a body, so that it can speak."""
    found = []
    for tok in doc:
        # (A relative's or a question's word only: `YOU` or `THEY` in capitals is a word shouted.)
        if tok.tag_ not in ("WP", "WDT") or len(tok) < 3 or not tok.text.isupper() or tok.ent_type_:
            continue
        beside = [doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc) and doc[k].is_alpha]
        if beside and all(b.is_lower or b.is_title for b in beside):
            tok.pos_, tok.tag_ = "PROPN", "NNP"
            found.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    if found:
        doc.ents = [*doc.ents, *found]


def time_zones_are_no_names(doc: Doc) -> None:
    """`09.05 BST: ‘…’`, `14:10 GMT –`: a word of two to four capitals right after a time of day
    is its time zone, no person's or body's name, whatever the tagger calls it (a live page's
    time stamp otherwise gives its entry a speaker `BST`)."""
    dropped = [
        ent
        for ent in doc.ents
        if len(ent) == 1
        and ent.start > 0
        and ent[0].is_upper
        and ent[0].is_alpha
        and 2 <= len(ent[0]) <= 4
        and _TIME_OF_DAY.fullmatch(doc[ent.start - 1].text) is not None
    ]
    if dropped:
        doc.ents = [e for e in doc.ents if not any(e.start == d.start for d in dropped)]


def weekdays_given_as_names(doc: Doc) -> None:
    """`The State Chairman of the party, Sunday Ehindero, said`, `Sunday` tagged a date: a day of
    the week set off after a comma, the surname after it a word in capitals no dictionary has,
    is a given name (Nigerian and Ghanaian news: `Sunday`, `Monday`, `Friday`), the two one
    person; `on Sunday Ehindero said` and `the Sunday Times` stay as they are."""
    mended, changed = [], False
    for ent in doc.ents:
        end = ent.end
        day = ent.label_ == "DATE" and len(ent) == 1 and ent[0].lower_ in _WEEKDAYS and ent[0].is_title
        if day and ent.start > 0 and doc[ent.start - 1].text == "," and end < len(doc):
            surname = doc[end]
            if surname.ent_iob_ in ("O", "B") and surname.is_title and coined(surname):
                whole = doc[end].ent_type_ == "PERSON"
                stop = end + 1 if not whole else next(e.end for e in doc.ents if e.start == end)
                mended.append(Span(doc, ent.start, stop, label="PERSON"))
                changed = True
                continue
        mended.append(ent)
    if changed:
        doc.ents = [e for e in mended if not any(m.start < e.start < m.end for m in mended)]


def surnames_after_a_hyphened_rank_are_people(doc: Doc) -> None:
    """`said Police-constable GREEN.`, `Police-sergeant White said`, left untagged: one word in
    capitals right after a police rank joined by a hyphen to the force's word in capitals before
    it, as older British court reports print an officer, is the officer's surname (a word of
    no job, untagged, and no name going on after it)."""
    lex = lexicon()
    found: list[Span] = []
    for k in places_of_words(doc, LOWER, lex.police_ranks):
        rank = doc[k]
        if k + 1 >= len(doc) or not hyphen_joined(rank) or not doc[k - 2].is_title:
            continue
        surname = doc[k + 1]
        shaped = surname.is_alpha and len(surname) > 1 and (surname.is_upper or surname.is_title)
        if not shaped or surname.ent_type_ or surname.lower_ in lex.role_nouns:
            continue
        if k + 2 < len(doc) and capitalised(doc[k + 2].text):
            continue
        found.append(Span(doc, k + 1, k + 2, label="PERSON"))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)


_DIVISION_LETTER = re.compile(r"[A-Z]\.?")


def officer_by_collar_number(tok: Token) -> tuple[Token, Token, Token] | None:
    """`Sergeant 14 B said`, `said Police-constable 212 K.`: older British court reports give a
    police officer by the rank, the collar number and the division's letter, which name no one
    (the tagger reads the letter, or the whole, as a body, a product or a person). The first
    word, the rank and the last word when ``tok`` is one of them; the letter may be left out."""
    doc = tok.doc
    ranks = lexicon().police_ranks
    for k in range(max(tok.i - 1, 1), min(tok.i + 2, len(doc))):
        number, rank = doc[k], doc[k - 1]
        if not number.is_digit or rank.lower_ not in ranks or not (rank.is_title or hyphen_joined(rank)):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        lettered = after is not None and bool(number.whitespace_) and _DIVISION_LETTER.fullmatch(after.text)
        last = after if lettered and after is not None else number
        if not rank.i <= tok.i <= last.i:
            continue
        if not lettered and after is not None and after.is_alpha and after.pos_ != "VERB":
            return None  # (`Sergeant 14 years ago`: a number of something, no collar's.)
        return (doc[rank.i - 2] if hyphen_joined(rank) else rank), rank, last
    return None


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}(?:[:.]\d{2})?[ap]\.?m\.?", re.IGNORECASE)


def _in_a_foreign_name(tok: Token) -> bool:
    """A word that goes on a name in another language: a foreign word, a word in capitals, or a
    word in small letters right after a foreign one (`des boulangers`)."""
    return tok.tag_ == "FW" or capitalised(tok.text) or (tok.is_lower and tok.nbor(-1).tag_ == "FW")


def join_an_officeholders_office(doc: Doc) -> None:
    """`the Lenton County District Attorney's Office`, `the Attorney General's Office`, `the
    Sheriff's Department`: an office in capitals, its possessive and a body's noun are one body's
    name, which the tagger leaves untagged or cuts at a word of the title (`General's Office`)."""
    lex = lexicon()
    found: list[Span] = []
    for tok in (doc[k] for k in places_of_words(doc, ORTH, ("'s", "’s"))):
        if tok.i < 1 or tok.i + 1 >= len(doc):
            continue
        title, noun = doc[tok.i - 1], doc[tok.i + 1]
        if not (title.is_title and title.lower_ in lex.role_nouns):
            continue
        if not (noun.is_title and noun.lower_ in lex.organization_nouns):
            continue
        start = tok.i - 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].ent_type_ != "PERSON":
            if doc[start - 1].is_sent_start or doc[start - 1].lower_ in lex.honorifics:
                break
            start -= 1
        found.append(Span(doc, start, tok.i + 2, label="ORG"))
    put_in_place_of_overlaps(doc, found)


def put_in_place_of_overlaps(doc: Doc, found: list[Span]) -> None:
    """Set the names ``found`` as the document's entities, in place of every entity they overlap."""
    if not found:
        return
    kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
    doc.ents = sorted(kept + found, key=lambda e: e.start)


def take_in_a_hyphenated_word_before_a_body(doc: Doc) -> None:
    """Give a body's name back the hyphenated word in capitals the tagger left out before it
    (`the Co-operative Group`, `the Anglo-Irish Council`: a body called `Group`, with `Co` for
    the role's body); not a place's word for where it is (`the Paris-based OECD`)."""
    mended: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        if (
            ent.label_ == "ORG"
            and _hyphenated_word_before(doc, start)
            and not (mended and mended[-1].end > start - 3)
        ):
            start -= 3
        mended.append(ent if start == ent.start else Span(doc, start, ent.end, label="ORG"))
    if any(m.start != e.start for m, e in zip(mended, doc.ents, strict=True)):
        doc.ents = mended


# The small joining words of Urdu, Persian and Arabic names written with hyphens: the izafat
# (`Tehreek-e-Insaf`, `Tehreek-i-Labbaik`), which joins a body's name, and the Arabic article
# (`Zia-ul-Haq`, `Hizb-ut-Tahrir`), mostly a person's.
_IZAFAT = frozenset({"e", "i"})
_JOINED_BY_HYPHENS = _IZAFAT | frozenset({"ul", "ud", "us", "ut", "ur", "un", "al", "el"})


def join_names_joined_by_hyphens(doc: Doc) -> None:
    """`Pakistan Tehreek-e-Insaf`, `Jamaat-e-Islami`, `Inzamam-ul-Haq`: a name whose words a small
    joining word links with hyphens is one word, so the entity the tagger cut at a hyphen (a body
    called `Insaf`, `Islami`, a person `Inzamam`) or left out runs over all of it, with a name in
    capitals right before it (`Pakistan`); a body's name when the izafat joins it, else the
    label of the entity its first word has, or a person's."""
    # (Asked only where the small joining word stands, found by its hash at C speed: asking at
    # every word made two tokens a word.)
    middles = places_of_words(doc, LOWER, _JOINED_BY_HYPHENS)
    joins = [k - 2 for k in middles if 2 <= k < len(doc) - 2 and _joined_by_hyphens(doc, k - 2)]
    if not joins:
        return
    ents = list(doc.ents)
    for i in joins:
        touched = [e for e in ents if e.start <= i + 4 and e.end > i]
        before = [e for e in ents if e.end == i and doc[i - 1].pos_ == "PROPN"] if i > 0 else []
        izafat = doc[i + 2].lower_ in _IZAFAT
        first = next((e.label_ for e in touched if e.start <= i < e.end), "")
        label = "ORG" if izafat else first or (touched[-1].label_ if touched else "PERSON")
        merged = touched + (before if label == "ORG" else [])
        start = min([i, *(e.start for e in merged)])
        end = max([i + 5, *(e.end for e in merged)])
        ents = [e for e in ents if e not in merged] + [Span(doc, start, end, label=label)]
    doc.ents = sorted(ents, key=lambda e: e.start)


def join_a_given_name_tagged_apart(doc: Doc) -> None:
    """`Belinda` (tagged a people) + `Kayser-Echeozonjoku` (tagged a body): a given name the lists
    know, tagged alone as no person, right before one to three words in capitals tagged as a
    body or a people, none of them a body's noun, a trade or a place, is a person's name (a
    country or a state that is also a given name, `Jordan`, `Georgia`, opens none)."""
    lex = lexicon()

    def joins(given: Span, rest: Span) -> str:
        word = given[0]
        if len(given) != 1 or given.label_ not in ("NORP", "ORG") or rest.label_ not in ("ORG", "NORP"):
            return ""
        if word.lower_ not in lex.first_names or lex.names_a_place_or_people(word.lower_):
            return ""
        if rest.start != given.end or not word.whitespace_ or not word.is_title:
            return ""
        names = [t for t in rest if t.text != "-"]
        if not 1 <= len(names) <= 3 or not all(t.is_title and t.is_alpha for t in names):
            return ""
        if any(t.lower_ in lex.organization_nouns or t.lower_ in lex.trade_name_words for t in names):
            return ""
        return "" if any(lex.names_a_place_or_people(t.lower_) for t in names) else "PERSON"

    join_neighbours(doc, joins)


def addressed_names_tagged_bodies(doc: Doc) -> None:
    """`Mrs Folake Adeyemi-Bakare`, the surname tagged a body and the given name nothing: after
    a form of address (`Mr`, `Mrs`, `Dr`), one or two untagged given names (the lists' or
    coined words) and one to three words in capitals tagged a body, a people or a place, none
    a body's noun, a trade or a place's noun, are one person's name. Left a body, the person
    is `Adeyemi-Bakare` alone and the body's name is her organisation."""
    lex = lexicon()
    found: list[Span] = []
    for k in word_test(lex.addresses, unstopped=True).places(doc, LOWER):
        given = k + 1
        end = given
        while end < len(doc) and end - given < 2 and _untagged_given_word(doc[end]):
            end += 1
        ent = entity_at(doc, doc[end]) if given < end < len(doc) else None
        if ent is None or ent.start != end or ent.label_ not in ("ORG", "NORP", "GPE", "PRODUCT"):
            continue
        names = [t for t in ent if t.text != "-"]
        if not 1 <= len(names) <= 3 or not all(t.is_alpha and capitalised(t.text) for t in names):
            continue
        nouns = (lex.organization_nouns, lex.trade_name_words, lex.place_nouns, lex.role_nouns)
        if any(t.lower_ in words for t in names for words in nouns):
            continue
        found.append(Span(doc, given, ent.end, label="PERSON"))
    if found:
        put_in_place_of_overlaps(doc, found)


def names_after_a_portfolio(doc: Doc) -> None:
    """The holder's name after a title's portfolio (`Minister for Transport X`): first one
    written family name first that the tagger left untagged or cut, then one the tagger ran
    into a body with the portfolio (each pass sees the names the one before it set)."""
    names_after_a_portfolio_written_family_name_first(doc)
    names_after_a_portfolio_tagged_a_body(doc)


def names_after_a_portfolio_tagged_a_body(doc: Doc) -> None:
    """`Secretary for Transport and Logistics Mable Chan said`, the portfolio and the name after
    it tagged one body: after a title in capitals and `for` (Hong Kong's style of its secretaries),
    a run of words in capitals tagged a body that ends on a given name the lists know (no word of a
    portfolio) and one or two words in capitals is the portfolio and the holder's name. Left a
    body, the holder has no title; the name is made a person, the portfolio left to the title."""
    lex = lexicon()
    found: list[Span] = []
    for ent in doc.ents:
        s = ent.start
        title = doc[s - 2] if s > 1 and doc[s - 1].lower_ == "for" else None
        if title is None or title.lower_ not in lex.role_nouns or ent.label_ not in ("ORG", "PERSON"):
            continue
        # (A lawmaker's title may be in small letters or short, `assemblyman`, `MP`.)
        if not title.is_title and lex.job_families.get(title.lower_) != "legislator":
            continue
        if ent.label_ == "ORG" and _ends_on_a_chinese_name(ent):
            found.append(Span(doc, ent.end - 4, ent.end, label="PERSON"))
            continue
        given = [t.i for t in ent[1:] if t.lower_ in lex.first_names and t.lower_ not in lex.portfolios]
        end = _end_of_a_surname_left_out(ent) if given and ent.label_ == "PERSON" else ent.end
        if not given or not 1 <= end - given[0] - 1 <= 2:
            continue
        # (A person must open on the seat, `for Pulau Betong Muhamad Hafiz Yusof`: a person
        # opening on the given name is the name alone, `Lawyer for John Paul Smith`.)
        if ent.label_ == "PERSON" and not _a_seat_or_a_brief(title, ent[: given[0] - s]):
            continue
        name = doc[given[0] : end]
        # (`Director for Grace Hospital`: a body's noun is no word of a person's name.)
        bodys = any(t.lower_ in lex.organization_nouns or t.lower_ in lex.place_nouns for t in name)
        joined = doc[given[0] - 1].lower_ in NAME_JOINERS
        if all(t.is_title and t.is_alpha for t in name) and not joined and not bodys:
            found.append(Span(doc, given[0], end, label="PERSON"))
    put_in_place_of_overlaps(doc, found)



def _end_of_a_surname_left_out(ent: Span) -> int:
    """Where a person's name ends, taking in the one word the tagger left out after it
    (`Pulau Betong Muhamad Hafiz` tagged, `Yusof` not): untagged, in capitals and no word of
    the dictionary."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.ent_type_ or not after.is_title or not after.is_alpha:
        return ent.end
    return ent.end if is_english_word(after.lower_) else ent.end + 1


def _a_seat_or_a_brief(title: Token, words: Span) -> bool:
    """The words between `<title> for` and a holder's name tagged with them one person: a
    lawmaker's seat in capitals (`Assemblyman for Pulau Betong`, `MP for Ludlow`), or for any
    other title words of a brief only (`Minister for Women`); not a family name (`Lawyer for
    Tan Wei Ming`, whose `for` is the client's)."""
    lex = lexicon()
    if not all(t.is_title and t.is_alpha for t in words):
        return False
    # (`MCA for Kiptagich Ward Grace Chebet`: a seat named by its noun, `Ward` a given name too,
    # is read with the title, descriptors' own rule for wards.)
    if any(t.lower_ in ("ward", "constituency") for t in words.doc[words.start : words.end + 1]):
        return False
    if lex.job_families.get(title.lower_) == "legislator":
        return True
    return all(t.lower_ in lex.brief_words for t in words)


def _field_word_before_a_name(tok: Token) -> bool:
    """A word of a field in capitals (`Medicine`, `Obstetrics`) or `and` joining two: a word of
    the dictionary and no given name, form of address, place or body's noun (`Ghana Water Mr
    Kofi Boakye` is a body and a person)."""
    lex = lexicon()
    word = tok.lower_
    if word == "and":
        return True
    if not tok.is_title or not tok.is_alpha or not is_english_word(word) or lex.names_a_place_or_people(word):
        return False
    lists = (lex.first_names, lex.addresses, lex.titles, lex.organization_nouns, lex.place_nouns)
    return not any(word in words for words in lists)


def _words_of_a_holders_name(words: Span) -> bool:
    """Two to four words in capitals, each a given name the lists know or a word no dictionary
    has, none a place, people or body's, place's or job's noun (`Makhan Singh Bhullar`, `Anna
    Kowalska`; not `Homeland Security`, `Health Canada`)."""
    lex = lexicon()
    if not 2 <= len(words) <= 4:
        return False
    nouns = (lex.organization_nouns, lex.place_nouns, lex.role_nouns)
    for t in words:
        word = t.lower_
        if not t.is_title or not t.is_alpha or lex.names_a_place_or_people(word):
            return False
        if any(word in ws for ws in nouns) or (is_english_word(word) and word not in lex.first_names):
            return False
    return True


def _tagged_a_place_elsewhere(doc: Doc, tok: Token) -> bool:
    """Whether ``tok``'s word is tagged a place somewhere in ``doc`` (`in Kathmandu`)."""
    return any(t.lower_ == tok.lower_ and t.ent_type_ in ("GPE", "LOC") for t in doc)


def fields_after_a_chair_are_no_names(doc: Doc) -> None:
    """`said Professor of Medicine Lo Chung-mau`, the chair's field tagged with the holder's
    name as one person: after a title in capitals and `of`, the words of the dictionary opening
    a person (no given name) are the field of the title, the person the words after them. Left
    in the name, the speaker is *Medicine Lo Chung-mau* and the title is lost. The tagger may
    call the whole a body (`Professor of Agronomy Makhan Singh Bhullar`): then the words after
    the field must read as a person's name (``_words_of_a_holders_name``), else the body stays."""
    lex = lexicon()
    found: list[Span] = []
    for ent in doc.ents:
        s = ent.start
        of = s - 1
        # (`Professor of Obstetrics and Gynaecology Ann Wong`: the field's first words untagged.)
        while of > s - 4 and of > 0 and not doc[of].ent_type_ and _field_word_before_a_name(doc[of]):
            of -= 1
        if ent.label_ not in ("PERSON", "ORG") or of < 1 or doc[of].lower_ != "of":
            continue
        title = doc[of - 1]
        if not title.is_title or (title.lower_ not in lex.titles and title.lower_ not in lex.role_nouns):
            continue
        start = s
        while start < ent.end - 1 and _field_word_before_a_name(doc[start]):
            start += 1
        # (`Officer of Kathmandu Ram Prasad Sharma`, the place tagged alone elsewhere: a place
        # the office serves, not a field, which the rule for places after `of` reads.)
        placed = any(_tagged_a_place_elsewhere(doc, t) for t in doc[s:start])
        named = ent.label_ == "PERSON" or (_words_of_a_holders_name(doc[start : ent.end]) and not placed)
        if start > s and doc[start - 1].lower_ != "and" and doc[start].is_title and named:
            found.append(Span(doc, start, ent.end, label="PERSON"))
    if found:
        put_in_place_of_overlaps(doc, found)


def _untagged_word_of_a_name(tok: Token) -> bool:
    """A word in capitals tagged nothing that is no title, job, body's or place's noun, place or
    people: a word a person's name may hold (`Ram`, `Bahadur`)."""
    lex = lexicon()
    word = tok.lower_
    if tok.ent_type_ or not tok.is_title or not tok.is_alpha or lex.names_a_place_or_people(word):
        return False
    lists = (lex.titles, lex.role_nouns, lex.organization_nouns, lex.place_nouns, lex.addresses)
    return not any(word in words for words in lists)


# The force a police title is of (`Superintendent of Police`).
_POLICE = frozenset({"police"})


def _untagged_name_at(doc: Doc, start: int) -> Span | None:
    """Two to four untagged words in capitals from ``start``, closed by a comma, a stop or a
    word in small letters: a holder's name the tagger left out after an office; else None."""
    end = start
    while end < len(doc) and end - start <= 3 and _untagged_word_of_a_name(doc[end]):
        end += 1
    closed = end < len(doc) and (doc[end].text in (",", ".", ";") or doc[end].is_lower)
    return Span(doc, start, end, label="PERSON") if 2 <= end - start <= 4 and closed else None


def names_after_a_police_title_untagged(doc: Doc) -> None:
    """`Senior Superintendent of Police Ram Bahadur Karki, chief of ...,` with nothing tagged
    (or the surname alone a body): after a title ending `of Police`, two to four words in
    capitals a name may hold, closed by a comma, a stop or a word in small letters, are the holder's
    name. Left untagged, the speaker is the rank and a later `Karki added` speaks for *Karki*."""
    lex = lexicon()
    found: list[Span] = []
    for k in word_test(_POLICE).places(doc, LOWER):
        rank = doc[k - 2] if k > 1 and doc[k - 1].lower_ == "of" else None
        if rank is None or not doc[k].is_title or not rank.is_title or rank.lower_ not in lex.titles:
            continue
        if (name := _untagged_name_at(doc, k + 1)) is not None:
            found.append(name)
    if found:
        put_in_place_of_overlaps(doc, found)

_FOR = frozenset({"for"})
# The small words and stops between a portfolio's brief words (`Culture, Community and Youth`,
# `Sustainability and the Environment`).
_BRIEF_JOINERS = frozenset({"and", "the", ",", "&"})


def names_after_a_portfolio_written_family_name_first(doc: Doc) -> None:
    """`Minister for Transport Chee Hong Tat said`, with no `Mr Chee` to show where the name
    opens: the tagger leaves such a name untagged, tags its given names alone (`Leng` of `Tan See
    Leng`) or runs the portfolio into it as one body. After a title in capitals and `for` (also
    `Minister of State for`), the portfolio is its run of brief words in capitals and their
    joiners; the two or three words in capitals right after it that close the run are the
    holder's name, as Singapore and Malaysia write a Chinese name, family name first. Left as
    the tagger had it, the speaker is *Hong Tat* with the role *Minister for Transport Chee*."""
    found: list[Span] = []
    for k in word_test(_FOR).places(doc, LOWER):
        start = _name_after_a_brief(doc, k) if _a_title_before_for(doc, k) else None
        if start is None:
            continue
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        closed = end == len(doc) or not (doc[end].is_title or doc[end].pos_ == "PROPN")
        if end - start >= 2 and closed and _a_holders_name_family_name_first(doc[start:end]):
            if not _tagged_across(doc, start, end) and not (found and found[-1].end > start):
                found.append(Span(doc, start, end, label="PERSON"))
    put_in_place_of_overlaps(doc, found)


def _a_title_before_for(doc: Doc, k: int) -> bool:
    """Whether a title in capitals comes right before the `for` at ``k`` (`Minister for`), or
    `Minister of State` does (a junior minister's title in Singapore, Malaysia, India)."""
    lex = lexicon()
    title = doc[k - 1] if k > 0 else None
    if title is not None and title.lower_ == "state" and k > 2 and doc[k - 2].lower_ == "of":
        title = doc[k - 3]
    return title is not None and title.is_title and title.lower_ in lex.role_nouns


def _name_after_a_brief(doc: Doc, k: int) -> int | None:
    """Where the words after the portfolio that the `for` at ``k`` opens begin: the portfolio
    is one or more brief words in capitals (`Transport`, `Trade and Industry`, `Culture,
    Community and Youth`) with `and`, `the` and commas between them; None if it has none."""
    lex = lexicon()
    j = k + 1
    while j < len(doc):
        word = doc[j]
        if word.is_title and word.lower_ in lex.brief_words:
            j += 1
        elif word.lower_ in _BRIEF_JOINERS and j + 1 < len(doc):
            j += 1
        else:
            break
    return j if j > k + 1 and doc[j - 1].is_title and doc[j - 1].lower_ in lex.brief_words else None


def _a_holders_name_family_name_first(words: Span) -> bool:
    """Two or three words in capitals that read as a person's name: none a brief's, title's,
    body's, place's or job's word, nor a place or a people; one a given name the lists know or
    a word no dictionary has (`Chee Hong Tat`, `Tan See Leng`, `Ong Ye Kung`)."""
    lex = lexicon()
    barred = (lex.brief_words, lex.titles, lex.organization_nouns, lex.place_nouns, lex.role_nouns)
    for t in words:
        if any(t.lower_ in ws for ws in barred) or lex.names_a_place_or_people(t.lower_):
            return False
    return any(t.lower_ in lex.first_names or coined(t) for t in words)


def _tagged_across(doc: Doc, start: int, end: int) -> bool:
    """Whether an entity other than a person's or a body's holds a word of ``start``..``end``,
    or a person's or body's runs on past ``end`` (then the words are no name closing the run)."""
    for t in doc[start:end]:
        if t.ent_type_ and t.ent_type_ not in ("PERSON", "ORG"):
            return True
    return end < len(doc) and doc[end].ent_iob_ == "I"

# The styles that open an office of two words (`Lord Mayor`, `Lady Mayoress`: models/role_nouns.txt).
_STYLES_OPENING_AN_OFFICE = frozenset({"lord", "lady"})


def offices_opened_by_a_style_are_no_names(doc: Doc) -> None:
    """`Brisbane Lord Mayor Adrian Schrinner said`, `Brisbane Lord` tagged a person: a person
    tagged up to the style that opens an office of two words (`Lord Mayor`, `Lord Provost`:
    models/role_nouns.txt) is the office's place and style, no one; the holder is the name
    after the office. Left tagged, the phantom `Brisbane Lord` speaks or takes a later `she`.
    The name after the office, untagged, two to four words in capitals closed by a comma, a
    stop or a word in small letters, is tagged a person (as after `of Police`)."""
    roles = lexicon().role_nouns
    found: list[Span] = []
    phantoms: list[Span] = []
    for i in word_test(_STYLES_OPENING_AN_OFFICE).places(doc, LOWER):
        if i + 2 >= len(doc):
            continue
        style, office = doc[i], doc[i + 1]
        if not (style.is_title and office.is_title) or office.ent_type_:
            continue
        if f"{style.lower_} {office.lower_}" not in roles:
            continue
        # (A style tagged inside a body's name, `Lord Mayor's Fund`, or inside a person's
        # name that goes on past it is not this tagger's slip.)
        tagged = entity_at(doc, style) if style.ent_type_ else None
        if tagged is not None and (tagged.label_ != "PERSON" or tagged.end != i + 1):
            continue
        holder = doc[i + 2]
        if (name := _untagged_name_at(doc, i + 2)) is not None:
            found.append(name)
        elif holder.ent_type_ != "PERSON" or holder.ent_iob_ != "B":
            continue
        phantoms += [tagged] if tagged is not None else []
    if found or phantoms:
        kept = [e for e in doc.ents if e not in phantoms]
        doc.ents = sorted(kept + found, key=lambda e: e.start)


def holders_named_after_an_office(doc: Doc) -> None:
    """The holder's name after an office the tagger misread: after `of Police`, and after an
    office a style opens (see each pass)."""
    names_after_a_police_title_untagged(doc)
    offices_opened_by_a_style_are_no_names(doc)


def _ends_on_a_chinese_name(ent: Span) -> bool:
    """`Transport and Logistics Lam Sai-hung`: a portfolio of a word or more, then a family name
    and a given name of two syllables joined by a hyphen (Hong Kong's style), the family name no
    word of a brief or a body."""
    if len(ent) < 5 or not _chinese_name(Span(ent.doc, ent.end - 4, ent.end, label="PERSON")):
        return False
    lex = lexicon()
    family = ent[-4].lower_
    return family not in lex.brief_words and family not in lex.organization_nouns


# The ranks of the peerage whose holder's name a place may follow (`Lord Smith of Finsbury`); not
# `Sir` and `Dame`, whose `of` may be an employer's (`Sir Ana Ruiz of Acme`).
PEERS_RANKS = frozenset(
    {"lord", "lady", "baron", "baroness", "viscount", "viscountess", "countess", "marquess", "marchioness"}
)


def peers_named_for_a_place(doc: Doc) -> None:
    """`Lord Smith of Finsbury`, `Baroness Cole of Lenton` tagged one body: after a peer's rank,
    one or two words in capitals and `of` are the peer's name, the place after it the title's
    (its territorial designation), no body the peer is of. Left a body, the peer is `Smith of
    Finsbury` and *Finsbury* the organisation."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ not in PEERS_RANKS or not doc[ent.start - 1].is_title:
            continue
        of = next((t.i for t in ent[1:3] if t.lower_ == "of"), -1)
        if of < 0 or of + 1 >= ent.end:
            continue
        if not all(t.pos_ == "PROPN" and t.is_title for t in doc[ent.start : of]):
            continue
        found += [Span(doc, ent.start, of, label="PERSON"), Span(doc, of + 1, ent.end, label="GPE")]
    if found:
        put_in_place_of_overlaps(doc, found)


def _untagged_given_word(tok: Token) -> bool:
    """A word in capitals tagged nothing that is a given name, one the lists know or a coined
    one (`Folake`), and no title or job."""
    lex = lexicon()
    if tok.ent_iob_ != "O" or not tok.is_alpha or not capitalised(tok.text) or not tok.whitespace_:
        return False
    if tok.lower_ in lex.titles or tok.lower_ in lex.role_nouns:
        return False
    return known_given_name(tok.lower_) or coined(tok)


def join_a_name_tagged_as_two(doc: Doc) -> None:
    """`Francisco Tiu` + `Laurel Jr.`, two names tagged side by side with nothing between: where
    every word of the first hangs on the second as a compound (the parser reads one name) and the
    second ends on a generational suffix (`Jr.`, `III`), they are one person's name, so `Tiu
    Laurel told reporters` later is that person."""

    def joins(first: Span, second: Span) -> str:
        if first.label_ != "PERSON" or second.label_ != "PERSON" or second.start != first.end:
            return ""
        if second[-1].lower_.rstrip(".") not in SUFFIXES or len(first) + len(second) > 6:
            return ""
        hung = all(t.dep_ == "compound" and second.start <= t.head.i < second.end for t in first)
        return "PERSON" if hung and first[-1].whitespace_ else ""

    join_neighbours(doc, joins)


def join_a_name_ending_in_an_apostrophe(doc: Doc) -> None:
    """`Peter Anyang'` + `Nyong'o said`: Luo names of Kenyan news end a word on an apostrophe,
    which the tagger reads as a possessive's and so ends the person there. A person's name
    ending on an apostrophe written close to it, with a word in capitals right after that no
    dictionary has and that is no longer name's first word, runs on over that word, when the
    story writes it alone again as a name (`Nyong'o said`); so `Tom Jones' Mercedes` stays a
    possessive."""
    found = [
        Span(doc, e.start, e.end + 1, label="PERSON")
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) >= 2 and _name_runs_past_its_apostrophe(doc, e.end - 1)
    ]
    put_in_place_of_overlaps(doc, found)


def finish_hyphenated_given_names(doc: Doc) -> None:
    """`Vice Finance Minister Kim Beom-seok said`: Korean and Chinese given names of two
    syllables are written with a hyphen and the second in small letters (`Beom-seok`,
    `Duck-soo`, `Ing-wen`), and the tagger may end the person at the hyphen, leaving the
    syllable to stand alone as the subject. A person's name of two or three words, a hyphen
    written close on both sides, then a short word in small letters that is no word of English,
    runs on over it (`Kim-led` and `Moon Jae-in` are left as they are)."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or ent.end + 1 >= len(doc):
            continue
        hyphen, rest = doc[ent.end], doc[ent.end + 1]
        if hyphen.text != "-" or doc[ent.end - 1].whitespace_ or hyphen.whitespace_:
            continue
        if rest.ent_type_ not in ("", "PERSON") or not (rest.is_alpha and rest.is_lower and len(rest) <= 5):
            continue
        if not is_english_word(rest.text):
            found.append(Span(doc, ent.start, ent.end + 2, label="PERSON"))
    put_in_place_of_overlaps(doc, found)


def _name_runs_past_its_apostrophe(doc: Doc, i: int) -> bool:
    mark = doc[i]
    if mark.text not in ("'", "’") or doc[i - 1].whitespace_ or not mark.whitespace_ or i + 2 >= len(doc):
        return False
    word, after = doc[i + 1], doc[i + 2]
    if not (capitalised(word.text) and word.pos_ == "PROPN") or word.ent_type_ not in ("", "PERSON"):
        return False
    if is_english_word(word.text) or (capitalised(after.text) and after.pos_ == "PROPN"):
        return False
    return any(
        t.text == word.text and t.i != word.i and doc[t.i - 1].text not in ("'", "’") and not t.n_lefts
        for t in doc
    )


def first_word_of_a_joined_name(word: str) -> str:
    """`misbah` of `misbah-ul-haq`: the first word of a person's name written as one word that
    the Arabic article links with hyphens (the name such a person is called by alone), or ""."""
    parts = word.split("-")
    if len(parts) != 3 or parts[1] in _IZAFAT or parts[1] not in _JOINED_BY_HYPHENS:
        return ""
    return parts[0]


def _joined_by_hyphens(doc: Doc, i: int) -> bool:
    """Whether tokens ``i`` to ``i + 4`` are one name joined by hyphens around a small word."""
    return (
        doc[i + 2].lower_ in _JOINED_BY_HYPHENS
        and hyphen_joined(doc[i + 2])
        and hyphen_joined(doc[i + 4])
        and all(t.is_alpha and capitalised(t.text) for t in (doc[i], doc[i + 4]))
    )


def _hyphenated_word_before(doc: Doc, i: int) -> bool:
    """Whether the three tokens before token ``i`` are one word in capitals joined by a hyphen
    (`Co-operative`), and not a participle after a place (`Paris-based`, `state-run`)."""
    if i < 3:
        return False
    first, second = doc[i - 3], doc[i - 1]
    joined = hyphen_joined(second)
    participle = second.tag_ in ("VBN", "VBD", "VBG") or second.lower_.endswith(("ed", "ing", "run"))
    return joined and capitalised(first.text) and first.is_alpha and second.is_alpha and not participle


def bracketed_short_names_are_bodies(doc: Doc) -> None:
    """Make a body of a short form in capitals the tagger called a person, in brackets right
    after a body's name or noun: `BNPB` of `the national disaster agency (BNPB), Suharyanto,
    said` is the agency's, never someone who speaks."""
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and _short_form_in_brackets(doc, ent.start):
            changed = True
            mended.append(Span(doc, ent.start, ent.end, label="ORG"))
        else:
            mended.append(ent)
    if changed:
        doc.ents = mended


def _short_form_in_brackets(doc: Doc, i: int) -> bool:
    word = doc[i].text
    if not (2 <= len(word) <= 8 and word.isupper() and word.isalpha()) or not 2 <= i < len(doc) - 1:
        return False
    before = doc[i - 2]
    body = before.ent_type_ == "ORG" or before.lemma_.lower() in lexicon().organization_nouns
    return bracketed_word(doc, i) and body


def bracketed_word(words: Doc | Sequence[Token], i: int) -> bool:
    """Whether word ``i`` of ``words`` (a doc, or the tokens of a phrase in order) stands alone
    between brackets, `(` before it and `)` after (a body's short form, `(NAFDAC)`, most often)."""
    return 0 < i < len(words) - 1 and words[i - 1].text == "(" and words[i + 1].text == ")"


def split_a_name_off_a_body(doc: Doc) -> None:
    """Cut a body's name the tagger ran on over the name of the person after it: `the National
    Assembly Moses Cheboi` of `Deputy Speaker of the National Assembly Moses Cheboi said` is the
    body and then the person, a known given name right after the body's noun and a surname or two
    (read as a person's name). Left whole, the title before it holds no body and no person."""
    lex = lexicon()
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        k = next((k for k in range(1, len(ent) - 1) if _given_name_after_a_bodys_noun(ent, k, lex)), -1)
        person = ent[k:] if k > 0 else _given_name_closing_a_body(ent, lex)
        k = person.start - ent.start if person is not None else k
        if person is not None and len(person) <= 3 and reads_as_person_name(person):
            if not _field_a_jobs_on_opens(ent, k):
                found.append(Span(doc, ent.start, ent.start + k, label="ORG"))
            found.append(Span(doc, person.start, person.end, label="PERSON"))
    put_in_place_of_overlaps(doc, found)


# Prepositions that tie a role to its organisation: `head of`, `a nurse at`, `adviser to`.
ORG_PREPS = ("of", "at", "for", "with", "from", "to")


def kind_of_body_after_a_job(noun: Token) -> bool:
    """`A spokeswoman for the developer`, `an adviser to the ministry`: ``noun`` is the object of
    a job's preposition to its body (one of ORG_PREPS) and a common noun for a kind of body or
    business (names_a_kind_of_body), so a body's name set beside it names the job's body; read so
    by attribution (the job's holder speaks) and descriptors (the name is the organisation)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ORG_PREPS and names_a_kind_of_body(noun)


def names_a_kind_of_body(noun: Token) -> bool:
    """A common noun for a body (`the ministry`, `the newspaper`) or a business by its trade (`the
    developer`, `the insurer`), not a field (`education`) or a person's people (`the family`)."""
    lemma = noun.lemma_.lower()
    lex = lexicon()
    return lemma in lex.organization_nouns or lemma in lex.trades_before_names


def names_a_body_or_a_job(tok: Token) -> bool:
    """`Council`, `Ministries`, `Spokesman`: the word or its lemma is a body's noun or a job's
    noun, so it is no word of a person's name (nor a surname the tagger read as a noun)."""
    lex, words = lexicon(), {tok.lower_, tok.lemma_.lower()}
    return not (words.isdisjoint(lex.organization_nouns) and words.isdisjoint(lex.role_nouns))


def split_a_surname_off_a_body(doc: Doc) -> None:
    """`Analyst Ana Ruiz of Maybank said`, tagged `Ruiz of Maybank` a body: a known given name
    left untagged right before a body's name whose first word is no body's noun, trade or place
    and is followed by `of` or `at` opens a person's name; the surname goes to the person and the
    words after `of` stay the body (*Ana Ruiz* of *Maybank*, not a body *Ruiz of Maybank*)."""
    lex = lexicon()
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 3 or ent.start == 0 or ent[1].lower_ not in ("of", "at"):
            continue
        given, surname = doc[ent.start - 1], ent[0]
        if given.ent_type_ or not given.is_title or not known_given_name(given.lower_):
            continue
        if not (surname.is_title and surname.is_alpha) or surname.lower_ in lex.organization_nouns:
            continue
        if surname.lower_ in lex.trade_name_words or lex.names_a_place_or_people(surname.lower_):
            continue
        found.append(Span(doc, ent.start - 1, ent.start + 1, label="PERSON"))
        found.append(Span(doc, ent.start + 2, ent.end, label="ORG"))
    put_in_place_of_overlaps(doc, found)


def _given_name_closing_a_body(ent: Span, lex: Lexicon) -> Span | None:
    """`the National Assembly Moses` + `Wetang'ula` (a surname with an apostrophe, left untagged):
    a known given name closing a body's name right after its noun, before a word in capitals the
    tagger left out, opens the person's name of the two (else None)."""
    doc, k = ent.doc, len(ent) - 1
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.ent_type_ or after.pos_ != "PROPN" or not capitalised(after.text):
        return None
    return Span(doc, ent.end - 1, ent.end + 1) if _given_name_after_a_bodys_noun(ent, k, lex) else None


def _given_name_after_a_bodys_noun(ent: Span, k: int, lex: Lexicon) -> bool:
    noun = ent[k - 1]
    if not known_given_name(ent[k].lower_):
        return False
    # (`Executive vice-president of operations at DEWA Khalid Al Mansoori said`: a body's short
    # form in capitals after the `at` or `of` of a job, the whole body's name, ends before a name.)
    short_form = k == 1 and noun.is_upper and noun.is_alpha and len(noun) >= 2
    after_a_job = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("at", "of")
    # (`Head of research at Shore Capital Tom Hale said`: so does a company's name closed by
    # the word of its trade, `Capital`, `Securities`, `Power`, there.)
    trade = k > 1 and noun.is_title and noun.lower_ in lex.trade_name_words
    named_body = noun.is_title and noun.lemma_.lower() in lex.organization_nouns
    # (`Special Adviser to the President on Media Femi Adesina said`: the field in capitals a
    # job's `on` opens, Nigerian news's `on Media and Publicity`, ends before a name too.)
    return named_body or _field_a_jobs_on_opens(ent, k) or (short_form or trade) and after_a_job


def _field_a_jobs_on_opens(ent: Span, k: int) -> bool:
    """Whether the first ``k`` words of ``ent`` are the field in capitals a job's `on` opens
    (`on Media and Publicity`), no body."""
    doc, start = ent.doc, ent.start
    # (`on Media and` + `Publicity Femi Adesina`: the tagger's body may open after the `and`.)
    while start > 1 and doc[start - 1].lower_ in AND_WORDS and doc[start - 2].is_title:
        start -= 2
    words = doc[start : ent.start + k]
    return start > 0 and doc[start - 1].lower_ == "on" and all(
        t.is_title or t.lower_ in AND_WORDS for t in words
    )


def split_entities_at_a_name_after_a_comma(doc: Doc) -> None:
    """Cut an entity the tagger ran over a comma into a form of address and a name:
    `Tamale, Hajia Ayishetu Seidu` of `The Municipal Chief Executive for Tamale, Hajia Ayishetu
    Seidu, said` is the place and then the person (so is one opening on a given name). Left
    whole, the person is a body, and the `she` after it has nobody to be."""
    lex = lexicon()
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        comma = next((k for k in range(1, len(ent) - 2) if ent[k].text == ","), -1)
        # (`Head of Media and Publicity, Hadiza Bello-Yusuf,`: a given name after it opens one too.)
        opening = ent[comma + 1].lower_.rstrip(".") if comma >= 0 else ""
        named = opening in lex.honorifics or opening in lex.first_names
        if comma < 0 or ent.label_ == "PERSON" or not named:
            mended.append(ent)
            continue
        person = ent[comma + 1 :]
        if not reads_as_person_name(person):
            mended.append(ent)
            continue
        changed = True
        mended.append(Span(doc, ent.start, ent.start + comma, label=ent.label))
        mended.append(Span(doc, person.start, person.end, label="PERSON"))
    if changed:
        doc.ents = mended


def split_a_role_noun_off_a_person(doc: Doc) -> None:
    """Cut a person the tagger ran over a role noun in small letters before the name:
    `Ngāti Whātua kaumātua Hone Te Rangi` is the iwi, the elder's role and the person (the words
    before the noun a body), `kuia Mere Tāwhiri` the role and the person. Left whole, no role is
    read and the name is wrong."""
    roles = lexicon().role_nouns
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        # (`Harlow spokesperson Karine Dubois`, the noun a compound of the name: the title before
        # a name is read there, and the mention stays whole.)
        cut = [k for k in range(len(ent) - 2) if ent[k].is_lower and ent[k].lower_ in roles]
        k = next((k for k in cut if ent[k].dep_ != "compound"), -1)
        rest = ent[k + 1 :] if k >= 0 else ent
        if ent.label_ != "PERSON" or k < 0 or not all(capitalised(t.text) for t in rest):
            mended.append(ent)
            continue
        changed = True
        if k > 0:
            mended.append(Span(doc, ent.start, ent.start + k, label="ORG"))
        mended.append(Span(doc, rest.start, rest.end, label="PERSON"))
    if changed:
        doc.ents = mended


def split_a_position_off_a_body(doc: Doc) -> None:
    """`Winger Aphelele Fassi said`, tagged one body: a position on a team (models/
    sports_positions.txt) in capitals opening the sentence, then two or three plain words in
    capitals opening on a given name or a word no dictionary has, is the player's title and name;
    left whole, the player is a body speaking for itself."""
    positions, nouns = lexicon().sports_positions, lexicon().organization_nouns
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        first, rest = ent[0], ent[1:]
        position = first.is_sent_start and first.is_title and first.lower_ in positions
        words = all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in nouns for t in rest)
        # (A person's name opens on a given name or a word no dictionary has: `Forward Harbour
        # Trust` is a body's name, `forward` an everyday word too.)
        named = 2 <= len(rest) <= 3 and (rest[0].lower_ in lexicon().first_names or coined(rest[0]))
        plain = words and named
        if ent.label_ != "ORG" or not position or not plain:
            mended.append(ent)
            continue
        changed = True
        mended.append(Span(doc, rest.start, rest.end, label="PERSON"))
    if changed:
        doc.ents = mended


def is_surname_particle(tok: Token) -> bool:
    """A small word in small letters that opens a surname (`de` of `Pieter de Boer`:
    models/name_particles.txt)."""
    return tok.is_lower and tok.lower_ in lexicon().surname_particles


def opens_a_gaelic_surname(tok: Token) -> bool:
    """`Ó`, `Ní`, `Mac` in capitals opening an Irish or Scottish surname (`Donnchadh Ó Laoghaire`)."""
    return capitalised(tok.text) and tok.lower_ in lexicon().gaelic_particles


# A possessive's ending as the tokenizer splits it off a name (`Moody` + `'s`, `Jones` + `'`).
POSSESSIVES = ("’s", "'s", "’", "'")
# The words that open a relative clause (`who`, `which`): a clause of its own, never a job's or a
# subject's words.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# The marks around a nickname inside a name (`Ramon “Mon” Dizon`, `Dave "Tiny" Fa'amausili`).
# (The plain ones of furniture.QUOTE_OPENERS, those a mark of CLOSING_MARKS closes.)
OPENING_MARKS = frozenset("“‘\"'")
CLOSING_MARKS = frozenset("”’\"'")
_NICKNAME_SHAPE = re.compile(r"\b[A-Z][^\W\d_]+ [“‘\"'][A-Z]")


def join_nicknamed_names(context: DocContext) -> None:
    """Make one person of a name with a nickname in quote marks inside it: `Ramon “Mon”
    Dizon`, `Jacobus “Kobus” van der Merwe`, which the tagger cuts at the quote mark (the
    given name and the nickname read as a body, or as nothing). Left cut, the speaker of
    `Ramon “Mon” Dizon said` is `Dizon`. (The name drops the nickname: names.clean_name.)"""
    doc = context.doc
    joined: list[tuple[int, int]] = []
    # (Only where the text has a capitalised word, a space and a quote mark before a capital:
    # reading every token of every article for this would cost more than the rest of it.)
    for match in _NICKNAME_SHAPE.finditer(context.text):
        given, _ = context.token_range(match.start(), match.start() + 1)
        if (joined and given < joined[-1][1]) or given >= len(doc) - 4:
            continue
        end = _nicknamed_name_end(doc, given)
        if end > 0:
            joined.append((_first_given_name(doc, given), end))
    if not joined:
        return
    put_in_place_of_overlaps(doc, [Span(doc, start, end, label="PERSON") for start, end in joined])


def _first_given_name(doc: Doc, i: int) -> int:
    """Where a nicknamed name opens when the given name at ``i`` follows another: `Maria Teresa
    “Tessie” Ramos` is all one person, not `Teresa Ramos` (the text is matched at the word right
    before the quote mark). The person the tagger found holding both given names, else given
    names before it that the list of first names knows."""
    ent = entity_at(doc, doc[i])
    lex = lexicon()
    if ent is not None and ent.label_ == "PERSON" and ent.start < i:
        # (`Senator Maria Teresa`, the title taken in: the title is the person's role, not name.)
        start = ent.start
        while start < i and doc[start].lower_ in lex.titles:
            start += 1
        return start
    start = i
    while start > 0 and i - start < 2:
        word = doc[start - 1]
        given = word.is_title and word.lower_ in lex.first_names and word.whitespace_
        if not given or word.lower_ in lex.titles:
            break
        start -= 1
    return start


def _nicknamed_name_end(doc: Doc, i: int) -> int:
    """The end of `Given “Nick” Surname…` opening at token ``i``, the surname a person's name
    the tagger found; else 0."""
    given, mark = doc[i], doc[i + 1]
    if not (given.is_alpha and given.is_title and given.whitespace_ and mark.text in OPENING_MARKS):
        return 0
    lex = lexicon()
    if given.lower_ in lex.titles or given.lower_ in lex.role_nouns or given.lower_ in lex.organization_nouns:
        return 0
    close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text in CLOSING_MARKS), -1)
    nickname = doc[i + 2 : close] if close > i + 2 else None
    if nickname is None or not all(t.is_alpha and t.is_title for t in nickname) or not doc[close].whitespace_:
        return 0
    if mark.whitespace_ or doc[close - 1].whitespace_ or close + 1 >= len(doc):
        return 0
    surname = entity_at(doc, doc[close + 1])
    # (`Trevor "Shorty" Campbell`: the tagger may open the person at the nickname.)
    if surname is not None and surname.label_ == "PERSON" and i + 2 <= surname.start <= close + 1:
        return surname.end
    return _surname_after_nickname(doc, close + 1)


def _surname_after_nickname(doc: Doc, k: int) -> int:
    """The end of the surname opening at token ``k`` after a nickname, which the tagger called
    something else or nothing (`Pieter “Piet” de Villiers`, read as a product): particles in
    small letters, then one or two capitalised words that are no body's noun; else 0."""
    lex = lexicon()
    end = k
    while end < len(doc) and end - k < 2 and is_surname_particle(doc[end]):
        end += 1
    first = end
    while end < len(doc) and end - first < 2 and doc[end].is_alpha and doc[end].is_title:
        if doc[end].lower_ in lex.organization_nouns or doc[end].lower_ in lex.role_nouns:
            return 0
        end += 1
    if end == first or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
        return 0  # no surname, or a longer run of capitals: a title, not a name
    return end


def _given_names_alone(ent: Span) -> bool:
    """A person's name the tagger ended on a given name, holding nothing else (`Maria José`,
    `Jan-Willem`): no title, no surname of its own."""
    words = [t for t in ent if t.tag_ != "HYPH"]
    given = all(known_given_name(t.lower_) for t in words)
    return ent.label_ == "PERSON" and given and all(capitalised(t.text) for t in words)


def give_particle_surnames_their_given_name(doc: Doc) -> None:
    """`Eduardo` + `dela Cruz`, `Donnchadh` + `Ó Laoghaire`: a person's name the tagger opened on
    a surname's particle (small, or Gaelic in capitals) takes the given name right before it,
    which the tagger left to a body or to nothing. Left cut, the person is `dela Cruz` or nobody,
    and the `he` after them goes to someone else."""
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        if _gaelic_surname_tagged_a_body(ent):
            ent, changed = Span(doc, ent.start, ent.end, label="PERSON"), True
        # (`Ricardo` + `dos` + `Santos Ferreira`, `Frans` + `van der` + `Berg`: the particles
        # left untagged between them.)
        start = ent.start - _untagged_particles_before(ent)
        given = doc[start - 1] if start > 0 else None
        if _surname_tagged_apart(ent, mended, ent.start - start):
            # (`Rhun` + `ap` + `Iorwerth`, the surname tagged a place: the person the tagger
            # opened on the given name runs on over it.)
            previous = mended.pop()
            mended.append(Span(doc, previous.start, ent.end, label="PERSON"))
            changed = True
            continue
        if (
            ent.label_ != "PERSON"
            or not (is_surname_particle(doc[start]) or opens_a_gaelic_surname(doc[start]))
            or given is None
            or not _given_name_before_a_particle(given)
        ):
            mended.append(ent)
            continue
        changed = True
        opening = start - 1
        if opening > 0 and _untagged_first_given_name(doc[opening - 1]):
            opening -= 1  # (`Ana` + `Paula` + `dos Santos`, both given names untagged)
        if mended and mended[-1].end == start:
            previous = mended.pop()
            if _given_names_alone(previous):
                opening = previous.start  # (`Jan-Willem`, `Maria José` + `dela Cruz`: all its given names)
            elif len(previous) > 1:
                mended.append(Span(doc, previous.start, previous.end - 1, label=previous.label))
        mended.append(Span(doc, opening, ent.end, label="PERSON"))
    if changed:
        doc.ents = mended


def _untagged_first_given_name(word: Token) -> bool:
    """Whether ``word``, tagged nothing before a given name that opens a particle's surname, is
    a first given name the list knows (`Ana Paula dos Santos`; left out, the person is `Paula
    dos Santos`)."""
    known = known_given_name(word.lower_)
    plain = word.ent_iob_ == "O" and word.is_title and word.whitespace_ == " "
    return known and plain and word.lower_ not in lexicon().titles


def _given_name_before_a_particle(given: Token) -> bool:
    """Whether ``given``, right before a surname's particle, is the person's given name: one the
    list knows, or a coined word in capitals the tagger called a person or nothing (`Mukami wa
    Njeri`, `Mũkoma wa Ngũgĩ`: Kikuyu given names no list of first names holds; left out, the
    speaker of `wa Njeri said` is a bare `Njeri`). Not an English word (`But de Klerk said`)."""
    if given.whitespace_ != " " or not capitalised(given.text):
        return False
    if known_given_name(given.lower_):
        return True
    return given.ent_type_ in ("", "PERSON") and coined(given) and given.lower_ not in lexicon().titles


def _gaelic_surname_tagged_a_body(ent: Span) -> bool:
    """`“…,” Ó Cuív said`, the surname tagged a body alone: a name of two or three words in
    capitals opened by `Ó`, `Ní`, `Nic`, `Uí` (not `Mac`, which opens the names of things, `Mac
    Pro`) is a person's surname; left a body, the quote is the body's."""
    first = ent[0]
    return (
        ent.label_ == "ORG"
        and 2 <= len(ent) <= 3
        and first.lower_ != "mac"
        and opens_a_gaelic_surname(first)
        and all(t.is_alpha and capitalised(t.text) for t in ent[1:])
    )


def _surname_tagged_apart(ent: Span, before: list[Span], untagged: int) -> bool:
    """Whether ``ent``, one word in capitals tagged no person, follows the ``untagged`` small
    particles (one or two) that follow a person's name (`Rhun ap Iorwerth` with `Iorwerth` a
    place)."""
    return (
        untagged > 0
        and len(ent) == 1
        and ent.label_ in ("GPE", "ORG", "NORP", "LOC")
        and ent[0].is_title
        and bool(before)
        and before[-1].label_ == "PERSON"
        and before[-1].end == ent.start - untagged
    )


def _untagged_particles_before(ent: Span) -> int:
    """How many of a surname's small particles, untagged, stand right before ``ent`` (one or
    two, as Dutch and German write them: `van der`, `von der`); 0 for none."""
    doc = ent.doc
    count = 0
    while count < 2 and ent.start - count >= 2:
        before = doc[ent.start - count - 1]
        if not (is_surname_particle(before) and not before.ent_type and before.whitespace_ == " "):
            break
        count += 1
    return count


def give_patronyms_their_given_names(doc: Doc) -> None:
    """`Noraini` (tagged a people) + `binti` + `Wan Ismail`, `Dr Siti Noraini binti` +
    `Ismail`: a person's name the tagger opened on the father's name after `bin` or `binti`
    takes the given names before the joining word, one to three words in capitals the tagger
    left untagged or tagged alone as something else (no title, form of address or job). So does
    one the tagger tagged whole from its second given name, `said Nor` + `Hisham bin Ismail`
    (`Nor`, the Malay given name, read as the conjunction): it takes the untagged given names
    in capitals before it."""
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        start = _joining_word_of_a_patronym(ent)
        if start < 1:
            mended.append(ent)
            continue
        opening = first = min(start, ent.start)
        while first > 0 and start - first < 3 and _given_word_opening_a_patronym(doc[first - 1], ent):
            first -= 1
        previous = mended[-1] if mended else None
        if first == opening or (previous is not None and previous.end > first and previous.start < first):
            mended.append(ent)
            continue
        while mended and mended[-1].start >= first:
            mended.pop()
        mended.append(Span(doc, first, ent.end, label="PERSON"))
        changed = True
    if changed:
        doc.ents = mended


def _joining_word_of_a_patronym(ent: Span) -> int:
    """Where the `bin` or `binti` of a person's name ``ent`` stands: right before it or inside
    it after its first word; -1 when it has none."""
    descent = lexicon().descent_words
    if ent.label_ != "PERSON":
        return -1
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in descent:
        return ent.start - 1
    return next((t.i for t in ent[1:] if t.lower_ in descent), -1)


def _given_word_opening_a_patronym(tok: Token, ent: Span) -> bool:
    """A given name before the patronymic name ``ent``; before one the tagger tagged whole
    from its second given name, an untagged one, and one that opens its sentence no small
    word of English (`When Hisham bin Ismail …`)."""
    if not _given_word_before_patronym(tok):
        return False
    if tok.i < ent.start - 1:
        return True
    return tok.ent_iob_ == "O" and not (tok.is_sent_start and tok.is_stop)


def initials_open_a_name(context: DocContext) -> None:
    """`councillor R. Venkatesh`, `K.R. Meena said`: initials with their full stops and a word
    in capitals after them are a person's name, as South Asian news and older copy everywhere
    write names; the tagger often misses it (`R.` tagged a people, the surname nothing, or the
    surname alone a body). Not a country's letters (`U.S. Navy`, tagged a place) and not before
    a title, a job or a body's noun (`D.C. Council`)."""
    doc, done = context.doc, 0
    found: list[Span] = []
    # (Only where the text has an initial and its stop before a word in capitals: a walk over
    # every token cost a millisecond an article.)
    for match in _INITIALS_BEFORE_A_WORD.finditer(context.text):
        i = context.token_range(match.start(), match.start() + 1)[0]
        if i < done or i >= len(doc) or not _initial_with_its_stop(doc[i]) or doc[i].ent_type_ == "PERSON":
            continue
        first = i
        while i + 1 < len(doc) and _initial_with_its_stop(doc[i + 1]) and doc[i + 1].ent_type_ != "PERSON":
            i += 1
        end = _surname_after_initials(doc, i + 1)
        if end:
            found.append(Span(doc, first, end, label="PERSON"))
        done = max(i + 1, end)
    put_in_place_of_overlaps(doc, found)


_INITIALS_BEFORE_A_WORD = re.compile(r"(?<![\w.])[A-Z]\.(?:[A-Z]\.)*\s+[A-Z]")


def _initial_with_its_stop(tok: Token) -> bool:
    if not (is_initials(tok) and tok.text.endswith(".")):
        return False
    return len(tok.text) == 2 or tok.ent_type_ not in ("GPE", "ORG", "LOC", "NORP")


def _surname_after_initials(doc: Doc, k: int) -> int:
    """The end of the surname at ``k`` after initials, or 0 when no surname stands there: a
    word in capitals, not all capitals, that names no title, job or body, tagged as nothing or
    alone (a person's name it opens runs on to the name's end)."""
    if k >= len(doc) or not doc[k - 1].whitespace_:
        return 0
    word, lex = doc[k], lexicon()
    plain = word.text.replace("'", "").replace("\u2019", "").replace("-", "")
    if word.pos_ != "PROPN" or not (plain.isalpha() and capitalised(word.text)) or word.is_upper:
        return 0
    low = word.lower_
    if low in lex.titles or low in lex.organization_nouns or low in lex.role_nouns or low in lex.place_nouns:
        return 0
    ent = entity_at(doc, word)
    if ent is None:
        return k + 1
    if ent.label_ == "PERSON" and ent.start == k:
        return ent.end
    return k + 1 if len(ent) == 1 else 0


def give_given_names_their_fathers(doc: Doc) -> None:
    """`Siti Nurhaliza` + `binti` + `Tarudin` (tagged a product, or nothing): a person's name the
    tagger ended on the word before `bin` or `binti` runs on over the father's name after it, one
    or two words in capitals (no title, job or body's noun) that the tagger left untagged or
    tagged, whole, as something other than a person (a person's is joined to it later, as two
    people cut from one name are)."""
    lex = lexicon()
    found: list[Span] = []
    for ent in doc.ents:
        joiner = ent.end
        if ent.label_ != "PERSON" or joiner + 1 >= len(doc) or doc[joiner].lower_ not in lex.descent_words:
            continue
        end = _fathers_name_end(doc, joiner)
        # (Not into a longer name the tagger tagged whole: `binti` + `Wan Ismail Holdings`.)
        if end > joiner + 1 and (end == len(doc) or doc[end].ent_iob_ != "I"):
            found.append(Span(doc, ent.start, end, label="PERSON"))
    put_in_place_of_overlaps(doc, found)


def name_patronyms_tagged_no_person(doc: Doc) -> None:
    """`Noraini` (tagged a people) + `binti` + `Yusof` (untagged): one to three given names in
    capitals and one or two words of the father's name, joined by `bin` or `binti` in small
    letters, none of them tagged a person's (nor a title, job or body's noun), are one person's
    name; the joining word, which no English sentence writes between two proper nouns, says so."""
    found: list[Span] = []
    # (The joining words' places at C speed: most articles have none.)
    for k in places_of_words(doc, ORTH, lexicon().descent_words):
        if k < 1 or doc[k].ent_type_ == "PERSON":
            continue
        first = k
        while first > 0 and k - first < 3 and _given_word_of_a_patronym(doc[first - 1]):
            first -= 1
        end = _fathers_name_end(doc, k)
        inside = doc[first].ent_iob_ == "I" or (end < len(doc) and doc[end].ent_iob_ == "I")
        if first < k < end - 1 and not inside:
            found.append(Span(doc, first, end, label="PERSON"))
    put_in_place_of_overlaps(doc, found)


def _given_word_of_a_patronym(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and _given_word_before_patronym(tok)


# What the tagger may call a father's name after `bin` or `binti` (a name of no dictionary's
# words looks like a place's, a body's, a people's, a product's or a work's to it), or nothing.
_FATHERS_MISREAD = frozenset({"", "NORP", "GPE", "ORG", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"})


def _fathers_name_end(doc: Doc, joiner: int) -> int:
    """Where the father's name after the `bin` or `binti` at token ``joiner`` ends: one or two
    words of it (``joiner + 1`` when none stands there)."""
    end = joiner + 1
    while end < len(doc) and end - joiner <= 2 and _fathers_word(doc[end]):
        end += 1
    return end


def _fathers_word(tok: Token) -> bool:
    lex = lexicon()
    word = tok.lower_
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and tok.ent_type_ in _FATHERS_MISREAD
        and word not in lex.titles
        and word not in lex.role_nouns
        and word not in lex.organization_nouns
    )


def _given_word_before_patronym(tok: Token) -> bool:
    lex = lexicon()
    word = tok.lower_.rstrip(".")
    return (
        tok.is_title
        and tok.is_alpha
        and tok.ent_type_ in ("", "NORP", "GPE", "ORG", "PERSON")
        and word not in lex.titles
        and word not in lex.role_nouns
        and word not in lex.organization_nouns
    )


def finish_given_names(context: DocContext) -> None:
    """Run a person's name the tagger ended on a given name on over the surname after it:
    `Councillor Pedro` + `Alves disagreed` is Pedro Alves. Only a given name the word lists know,
    and a capitalised word after it that is tagged as nothing and names no body or job (not
    `Obama Administration`). Left cut, the speaker is `Pedro` and `Mr Alves` someone else. So
    with the small particles opening the surname (`Mayor Edgardo` + `dela Peña`)."""
    doc, lex = context.doc, lexicon()
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        end = ent.end
        # (`dela`, `van der`: untagged, as the surname after them must be.)
        while end < min(ent.end + 2, len(doc)) and is_surname_particle(doc[end]) and not doc[end].ent_type:
            end += 1
        after = doc[end] if end < len(doc) and doc[end - 1].whitespace_ == " " else None
        if (
            ent.label_ == "PERSON"
            and after is not None
            and ent[-1].lower_ in lex.first_names
            and after.ent_iob_ == "O"
            and after.pos_ == "PROPN"
            # (`Ndung'u`, `D'Souza`: an apostrophe inside a surname.)
            and after.text.replace("'", "").replace("\u2019", "").isalpha()
            and capitalised(after.text)
            and not after.is_upper
            and after.lower_ not in lex.organization_nouns
            and not lex.names_a_person(after.lower_)
            and after.lower_ not in lex.titles
            # (`… Ferrera Sent Donald Trump a Letter`: in a headline every word has a capital.)
            and not is_title_case(context.text[slice(*context.line_of(ent.start_char))])
        ):
            changed = True
            mended.append(Span(doc, ent.start, end + 1, label=ent.label))
        elif (hung := _surname_an_addressed_name_hangs_on(ent)) > ent.end:
            changed = True
            mended.append(Span(doc, ent.start, hung, label=ent.label))
        elif (surname := _surname_after_a_titled_given_name(ent)) > ent.end:
            # (The office's words before the given name are left untagged, for the title's reading.)
            changed = True
            mended.append(Span(doc, ent.end - 1, surname, label="PERSON"))
        else:
            mended.append(ent)
    if changed:
        doc.ents = mended


def _surname_after_a_titled_given_name(ent: Span) -> int:
    """`Agriculture Sec. Francisco` (tagged a work) + `Tiu Laurel told reporters`: a span the
    tagger tagged a body or a thing, closed by a given name the lists know right after a title,
    is a name cut short; where its surname ends, one or two untagged words in capitals compounded
    into the verb's subject after it (``ent.end`` when no such surname stands there)."""
    doc, lex = ent.doc, lexicon()
    if ent.label_ == "PERSON" or len(ent) < 2 or ent[-1].lower_ not in lex.first_names:
        return ent.end
    if ent[-2].lower_.rstrip(".") not in lex.titles or not ent[-1].whitespace_:
        return ent.end
    end = ent.end
    while end < min(ent.end + 2, len(doc)) and _untagged_surname_word(doc[end], lex):
        end += 1
    last = doc[end - 1]
    closes = end < len(doc) and doc[end].pos_ in ("VERB", "AUX", "PUNCT")
    return end if end > ent.end and closes and last.dep_ in ("nsubj", "appos", "dobj") else ent.end


def _untagged_surname_word(tok: Token, lex: Lexicon) -> bool:
    word = tok.lower_
    plain = tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_alpha and capitalised(tok.text)
    if not plain or tok.is_upper or word in lex.titles or lex.names_a_person(word):
        return False
    return word not in lex.organization_nouns and word not in lex.place_nouns


def _surname_an_addressed_name_hangs_on(ent: Span) -> int:
    """`The Kano State Governor, Alhaji Abba` + `Kabir Yusuf,`: a person's name the tagger
    opened on a form of address (`Alhaji`, `Chief`, `Mr`) and ended before the word the parser
    hangs its last word on, with the words between and that word in capitals, untagged and
    compounded into it, runs on to that word: the tagger, thrown by a form of address it does
    not know, cuts a name of three or four words short. Where the name ends (``ent.end`` when
    it runs on over nothing). No body's noun, job, title or street closes it (`Mr Abba Street`)."""
    doc, lex = ent.doc, lexicon()
    last = ent[-1]
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].lower_.rstrip(".") not in lex.honorifics:
        return ent.end
    head = last.head
    if last.dep_ != "compound" or not ent.end <= head.i < ent.end + 3 or not last.whitespace_:
        return ent.end
    for t in doc[ent.end : head.i + 1]:
        word = t.lower_
        plain = t.ent_iob_ == "O" and t.pos_ == "PROPN" and t.is_alpha
        plain = plain and capitalised(t.text) and not t.is_upper
        if not plain or (t.i < head.i and (t.head.i != head.i or not t.whitespace_)):
            return ent.end
        if word in lex.organization_nouns or lex.names_a_person(word) or word in lex.titles:
            return ent.end
        if word in lex.facility_nouns or word in lex.street_words or word in lex.place_nouns:
            return ent.end
    return head.i + 1


def name_untagged_people_addressed_by_surname(doc: Doc) -> None:
    """`Minister for Sugar Charan Jeath Singh defended the bill. … Mr Singh told reporters`, the
    name tagged nowhere: a surname the story writes after a form of address (`Mr`, `Ms`, `Dr`)
    is a person's, so where it closes a run of untagged words in capitals that no dictionary
    has or that are given names (`Charan Jeath`), the run and the surname are that person's
    name. A word of English (`Sugar`, `Industry`), a title, a job or a body's noun opens none."""
    found = _names_at_addressed_words(doc, _given_words_before)
    if found:
        doc.ents = [*doc.ents, *found]


def _names_at_addressed_words(doc: Doc, name_at: Callable[[Token], Span | None]) -> list[Span]:
    """The names ``name_at`` reads at each place the story writes a word it also writes after a
    form of address (`Mr`, `Ms`, `Dr`), in order and not overlapping."""
    # (The forms of address and the surnames are found at C speed: this runs on every article,
    # most with no name that needs it.)
    addressed = set()
    for k in word_test(lexicon().addresses, unstopped=True).places(doc, LOWER):
        t = doc[k + 1] if k + 1 < len(doc) else None
        if t is not None and t.pos_ == "PROPN" and capitalised(t.text):
            addressed.add(t.text)
    found: list[Span] = []
    for t in (doc[k] for k in places_of_words(doc, ORTH, addressed)) if addressed else ():
        span = name_at(t)
        if span is not None and not (found and found[-1].end > span.start):
            found.append(span)
    return found


def join_a_family_name_written_first(doc: Doc) -> None:
    """`Second Minister for Manpower Tan See Leng said … Dr Tan said`: Chinese, Korean and
    Vietnamese names put the family name first, and the tagger may tag only the given names
    after it (`Leng`). A word in capitals the story writes after a form of address, untagged
    right before one or two words in capitals that end a person's name of one or two words, is
    that name's first word, the family name the story calls the person by."""
    put_in_place_of_overlaps(doc, _names_at_addressed_words(doc, _family_name_first))
    put_in_place_of_overlaps(doc, _names_opened_by_an_ng_word(doc))


# A word in title case opening on `Ng`, which no English word does (`Ng`, `Nguyen`, `Ngozi`).
_NG_WORD = re.compile(r"(?<![\w'’-])Ng[a-z]*(?![\w'’-])")


def _names_opened_by_an_ng_word(doc: Doc) -> list[Span]:
    """`said NTUC secretary-general Ng Chee Meng`: the tagger may leave out a name's first word
    when it is no word it knows, as `Ng` (a Cantonese and Hokkien family name written first) is
    not; an untagged word opening on `Ng`, which no English word opens on, right before a
    person's name of one or two words, is that name's first word (found by the text's letters:
    most articles have none)."""
    found: list[Span] = []
    for site in _NG_WORD.finditer(doc.text) if "Ng" in doc.text else ():
        word = doc.char_span(site.start(), site.end())
        if word is not None and len(word) == 1:
            name = _name_after_its_family_name(word[0]) or _untagged_name_after_ng(word[0])
            if name is not None and not (found and found[-1].end > name.start):
                found.append(name)
    return found


def _untagged_name_after_ng(family: Token) -> Span | None:
    """`said union chief Ng Eng Hen`, none of it tagged: the untagged `Ng` word ``family`` and
    the one or two untagged words in capitals after it that end a run of proper nouns."""
    doc, end = family.doc, family.i + 1
    if family.ent_iob_ != "O" or family.pos_ != "PROPN" or not family.whitespace_:
        return None
    while end < len(doc) and end - family.i <= 2 and _untagged_capitalised_word(doc[end]):
        end += 1
    if end == family.i + 1 or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return None
    return Span(doc, family.i, end, label="PERSON")


def _untagged_capitalised_word(tok: Token) -> bool:
    """A proper noun in capitals, all letters, that the tagger put in no entity."""
    return tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_alpha and capitalised(tok.text)


def _family_name_first(family: Token) -> Span | None:
    """The name the addressed word ``family`` opens: before a person the tagger names, or before
    given names it left untagged."""
    return _name_after_its_family_name(family) or _untagged_given_names_after(family)


def _untagged_given_names_after(family: Token) -> Span | None:
    """`Minister for Transport Chee Hong Tat said … Mr Chee said`, none of the name tagged: the
    untagged word ``family`` the story writes after a form of address, then one or two untagged
    words in capitals that close the run of proper nouns, one of them a given name or a word no
    dictionary has and none a title's, a brief's or a body's, are one person's name written
    family name first (so the portfolio's words before it stay out of the name)."""
    doc, lex = family.doc, lexicon()
    if not _untagged_capitalised_word(family) or not family.whitespace_ or family.lower_ in lex.titles:
        return None
    end = family.i + 1
    while end < len(doc) and end - family.i <= 2 and _untagged_capitalised_word(doc[end]):
        end += 1
    if end == family.i + 1 or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return None
    given = doc[family.i + 1 : end]
    barred = (lex.titles, lex.portfolio_words, lex.organization_nouns, lex.role_nouns)
    if any(t.lower_ in words for t in given for words in barred):
        return None
    if not any(t.lower_ in lex.first_names or coined(t) for t in given):
        return None
    return Span(doc, family.i, end, label="PERSON")


def _name_after_its_family_name(family: Token) -> Span | None:
    """The person's name that the untagged word ``family`` opens, or None."""
    doc = family.doc
    if family.ent_iob_ != "O" or family.pos_ != "PROPN" or not family.is_alpha or not family.whitespace_:
        return None
    if family.lower_ in lexicon().titles:
        return None  # (`Mr Justice Pemberton` … `Justice Pemberton`: a title, no family name)
    for k in range(family.i + 1, min(family.i + 3, len(doc))):
        t = doc[k]
        if not (t.pos_ == "PROPN" and capitalised(t.text) and t.is_alpha):
            return None
        ent = entity_at(doc, t)
        if ent is not None:
            person = ent.label_ == "PERSON" and ent.start == k and len(ent) <= 2
            return Span(doc, family.i, ent.end, label="PERSON") if person else None
    return None


def _given_words_before(surname: Token) -> Span | None:
    """The untagged surname ``surname`` with the given names or coined words before it, if any."""
    doc, lex = surname.doc, lexicon()
    if surname.ent_iob_ != "O" or surname.pos_ != "PROPN":
        return None
    start = surname.i
    while start > 0 and surname.i - start < 3:
        word = doc[start - 1]
        plain = word.ent_iob_ == "O" and word.pos_ == "PROPN" and capitalised(word.text) and word.is_alpha
        named = word.lower_ in lex.first_names or coined(word)
        if not plain or not named or word.lower_ in lex.titles or word.lower_ in lex.portfolio_words:
            break
        start -= 1
    return Span(doc, start, surname.i + 1, label="PERSON") if start < surname.i else None


def tagged_alone(tok: Token) -> bool:
    """Whether ``tok`` is an entity of one word: the tagger opened one there and closed it at once."""
    doc = tok.doc
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")


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


def start_of_cut_body(doc: Doc, first: int) -> int:
    """Where a body's name starts whose last words, untagged, begin at token ``first``: the
    tagger cut the name after a joining word (`the Australian Competition and` | `Consumer
    Commission`), and the tagged part is its start. ``first`` when there is none."""
    if first < 1 or doc[first - 1].lower_ not in NAME_JOINERS or doc[first - 1].ent_type_ != "ORG":
        return first
    ent = entity_at(doc, doc[first - 1])
    return ent.start if ent is not None and ent.end == first else first


def after_job_or_address(first: Token) -> bool:
    """Whether a name starting at ``first`` follows a job in small letters or a form of
    address (`Eskom spokesperson Sikonathi Mantshantsha`, `Mr Mantshantsha`): a person,
    whatever place the tagger took the name for."""
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    lex = lexicon()
    job = before.lower_ in lex.role_nouns and before.dep_ == "compound"
    # (`Union secretary-general Pieter de Boer`: the parser hangs a job written with a hyphen
    # any way it likes; the whole word in small letters is the job.)
    joined = hyphenated_job_before(first)
    if joined and (joined in lex.role_nouns or any(w in lex.role_nouns for w in joined.split("-"))):
        return True
    if job_of_a_field_before(first):
        return True
    return (job and (before.is_lower or job_letters(before))) or before.lower_.rstrip(".") in lex.honorifics


# The words between a job and the field it is in (`director of rugby`, `spokesperson for health`,
# `spokesman on justice`).
FIELD_PREPS = frozenset({"of", "for", "on"})
# Nouns that name a person by what they do to others (`a critic of the plan`) and a job only
# with the field they do it in (`the party's health critic`, `a film critic`, `the Opposition
# critic for justice`).
FIELD_JOBS = frozenset({"critic", "critics"})


def job_of_a_field_before(first: Token) -> str:
    """The job in small letters (or in letters, `MEC`) whose field of work, after `of` (or `for`,
    `on`), stands right before ``first`` (`director of rugby Sione Tapu`, `head of security Ana
    Ruiz`, `spokesperson for health Wes Tamihana`): a name after it is its holder's, as after the
    job itself; "" when there is none (`a spokesman for Ann Cole` has no field: she is his
    employer)."""
    doc, i = first.doc, first.i
    if i < 3 or doc[i - 2].lower_ not in FIELD_PREPS:
        return ""
    field, job = doc[i - 1], doc[i - 3]
    a_job = job.lower_ in lexicon().role_nouns or (job.lower_ in FIELD_JOBS and doc[i - 2].lower_ == "for")
    # (`Gauteng MEC for health Ana Ruiz`: a job's letters in capitals have a field in small letters too.)
    # (The field in small letters whatever its tag: `director of rugby`, `rugby` tagged a proper noun.)
    field_word = field.is_lower and field.pos_ in ("NOUN", "PROPN")
    if not (field_word and (job.is_lower or job_letters(job)) and a_job):
        return ""
    return job.lower_


def hyphenated_job_before(first: Token) -> str:
    """The word in small letters written with a hyphen right before ``first``
    (`secretary-general`), or ""."""
    doc, i = first.doc, first.i
    if i < 3 or doc[i - 2].text != "-" or doc[i - 3].whitespace_ or doc[i - 2].whitespace_:
        return ""
    left, right = doc[i - 3], doc[i - 1]
    return f"{left.lower_}-{right.lower_}" if left.is_lower and right.is_lower and left.is_alpha else ""


def job_letters(tok: Token) -> bool:
    """`MLA`, `MP`, `CEO`: a job written in capitals, which only a person holds."""
    return tok.is_upper and len(tok) > 1 and tok.lower_ in lexicon().role_nouns


def person_after_a_job(ent: Span) -> Span | None:
    """A person's name the tagger took for a place or a body (`spokesperson Sikonathi
    Mantshantsha`, `BJP spokesperson Sambit Patra`, `managing director M A Siddique`): the name,
    with the untagged capitalised words or initials the parser joins to it, when a job in small
    letters or a form of address stands before it; else None. A body's noun among the words
    (`chief executive Acme Holdings`) keeps it a body."""
    if ent.label_ not in ("GPE", "ORG"):
        return None
    portfolio_holder = person_after_a_portfolio(ent)
    if portfolio_holder is not None or len(ent) > 3:
        return portfolio_holder
    if ent.label_ == "GPE" and len(ent) > 1:
        return None
    # (`Anneke de Vries`: a small particle inside the name opens its surname.)
    words = [t for t in ent[:1]] + [t for t in ent[1:] if not is_surname_particle(t)]
    if ent.label_ == "ORG" and not all(t.pos_ == "PROPN" and t.is_title and not _body_noun(t) for t in words):
        return None
    doc = ent.doc
    first = ent.start
    while first > 0 and ent.start - first < 2:
        word = doc[first - 1]
        name_word = word.pos_ == "PROPN" and word.dep_ == "compound" and word.is_title
        if word.ent_type_ or not (is_initials(word) or name_word):
            break
        first -= 1
    # (`property developer Lendlease`, `rail operator Northern Trains`: a body after a trade; a
    # person's name opens with a given name or initials, or follows a job no body holds,
    # models/person_only_jobs.txt: `BJP spokesperson Sambit Patra`, `chief executive X Y`.)
    before = doc[first - 1] if first > 0 else None
    jobs = lexicon().person_only_jobs
    joined = hyphenated_job_before(doc[first]).split("-")
    persons_job = before is not None and (before.lower_ in jobs or job_letters(before) or joined[0] in jobs)
    persons_job = persons_job or bool(job_of_a_field_before(doc[first]))
    # (`veteran broadcaster Linus Kaikai`: a trade a company plies too, held by a person here.)
    persons_job = persons_job or _job_a_person_holds_before(doc[first])
    if ent.label_ == "ORG" and not (first < ent.end - 1 and (opens_person_name(doc[first]) or persons_job)):
        return None
    return Span(doc, first, ent.end, label="PERSON") if after_job_or_address(doc[first]) else None


def _job_a_person_holds_before(first: Token) -> bool:
    """`veteran broadcaster Linus Kaikai`, `woman lawyer`, `citizen journalist`: a job in small
    letters right before ``first`` that a person's noun in small letters qualifies
    (models/person_nouns.txt) is a person's, though its trade is a company's too (a broadcaster,
    a publisher): no body is a veteran, a woman or a citizen, so the name after is its holder's."""
    i = first.i
    if i < 2:
        return False
    job, holder = first.doc[i - 1], first.doc[i - 2]
    lex = lexicon()
    # (`Veteran broadcaster X said`: the qualifier in capitals as the sentence opens.)
    qualifier = holder.is_lower or (bool(holder.is_sent_start) and holder.is_title)
    return job.is_lower and job.lower_ in lex.role_nouns and qualifier and holder.lower_ in lex.person_nouns


def person_after_a_portfolio(ent: Span) -> Span | None:
    """`Secretary of Agriculture Ezra Taft Benson` tagged as one body from `Agriculture`: the
    portfolio's words stay the title's and the name opens at the first given name or initial
    after them; so does a seat's after its holder's letters (`MP for Cootamundra Steph Cooke`);
    else None."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "for"):
        return None
    if not (_office_at(doc[ent.start - 2]) or _office_of_two_words_before(doc, ent.start - 1)):
        return None
    start = next((k for k in range(ent.start + 1, ent.end - 1) if opens_person_name(doc[k])), None)
    return None if start is None else Span(doc, start, ent.end, label="PERSON")


def _office_at(title: Token) -> bool:
    return (title.is_title or title.is_upper) and title.lower_ in lexicon().role_nouns


def _office_of_two_words_before(doc: Doc, prep: int) -> bool:
    """`Member of Parliament` + `for`, `Minister of State` + `for`: an office written with `of`
    between two words in capitals, right before the preposition at ``prep``."""
    return (
        prep >= 3
        and doc[prep - 1].is_title
        and doc[prep - 2].lower_ == "of"
        and _office_at(doc[prep - 3])
    )


def _body_noun(tok: Token) -> bool:
    return tok.lower_ in lexicon().organization_nouns


def is_initials(tok: Token) -> bool:
    """`V`, `J.`, `V.D.`: one capital letter, or capitals each with its full stop."""
    text = tok.text
    if len(text) == 1:
        return text.isalpha() and text.isupper()
    parts = text.rstrip(".").split(".")
    return "." in text and all(len(p) == 1 and p.isalpha() and p.isupper() for p in parts)


def opens_person_name(tok: Token) -> bool:
    """Where a person's name starts in a run of capitalised words: a name the tagger gives, a
    given name, or initials (`V D Rao`)."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in lexicon().first_names or is_initials(tok)


def names_one_member(tok: Token) -> bool:
    """A party's or a people's name in the singular (`Republican`, `Texan`, `Tory`): with an
    article before it (`a New Hampshire Democrat`, `the Texan`) it describes one person."""
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNP", "NN")


def head_after(tok: Token, deps: tuple[str, ...] = ("compound", "flat")) -> Token:
    """The word ``tok`` leads up to through ``deps`` (`Akers` from `Tom` in `Tom Akers said`):
    only through heads after it, as a name's words and a noun's modifiers stand before their
    head (unlike ``salience.phrase_head``, which also climbs to a head before the word)."""
    while tok.dep_ in deps and tok.head.i > tok.i:
        tok = tok.head
    return tok


def aged_name(ent: Span) -> bool:
    """`said Shirin Parveen, 31, a machine operator`: a name of one to three words in capitals
    set off by an age between commas is a person's (no body has an age), whatever the tagger
    called it."""
    doc = ent.doc
    if not 1 <= len(ent) <= 3 or ent.end + 2 >= len(doc):
        return False
    if not all(capitalised(t.text) and t.is_alpha for t in ent):
        return False
    # (`Sutrisno, 54, a fruit seller`: one name is all some people have; a country or a
    # people's word is none.)
    if len(ent) == 1 and lexicon().names_a_place_or_people(ent[0].lower_):
        return False
    comma, age, after = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    return comma.text == "," and age.text.isdigit() and 1 <= int(age.text) <= 110 and after.text == ","


def demonym_epithet(tok: Token) -> bool:
    """`the Englishman`, `the Kiwi`: a one-person demonym in capitals after `the`, which a story
    puts in place of the name of someone it has named (models/epithet_nouns.txt); the tagger
    calls it a proper noun and often a body or a people."""
    lex = lexicon()
    doc = tok.doc
    # (`the Northern Irishman`, `the New Zealander`, `the South African`: a region's word or two
    # in capitals before the people's word are the same epithet's.)
    start = tok.i
    while start > 0 and tok.i - start < 2 and _region_word(doc[start - 1]):
        start -= 1
    # (`the Uruguayan said`: a people's adjective alone after `the` stands for one of them too.)
    return (
        (tok.tag_ == "NNP" or _invariant_demonym_of_one(tok))
        and (tok.lower_ in lex.epithet_nouns or tok.lower_ in lex.demonyms)
        and start > 0
        and doc[start - 1].lower_ == "the"
    )


def _invariant_demonym_of_one(tok: Token) -> bool:
    """`"…," the Portuguese said`: a people's word ending in -ese or -ss is the same for one and
    for many, and the tagger reads it as a plural (NNPS); with no plural verb after it (`the
    Japanese were`, `say`) it is as likely the one player or envoy the story has named."""
    if tok.tag_ != "NNPS" or not tok.lower_.endswith(("ese", "ss")):
        return False
    verb = tok.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    plural = verb.tag_ == "VBP" or any(c.tag_ == "VBP" or c.lower_ == "were" for c in auxes)
    return not plural


def _region_word(tok: Token) -> bool:
    return tok.is_title and tok.lower_ in lexicon().region_words


def listed_portfolio(words: list[Token]) -> bool:
    """`Agriculture, Forestry and Fisheries Minister`: a portfolio's words in capitals listed with
    commas and one `and` before the title's noun are one brief; so are two joined by `and` alone
    (`Transport and Infrastructure Minister`)."""
    words_of_a_brief = lexicon().brief_words
    noun = next((n for n, t in enumerate(words) if _plain_role_noun(t)), 0)
    brief = words[:noun]
    # (`Agriculture and Livestock Cabinet Secretary`: `Cabinet` between the brief and a title's
    # noun in capitals is the title's, as Kenya's cabinet secretaries are written; not another
    # body's noun, `Infrastructure and Transport Committee chairman`, whose body it names.)
    if brief and brief[-1].text == "Cabinet" and words[noun].is_title:
        brief = brief[:-1]
    # (Without commas, two sides of one or two words joined by `and`: `Agriculture and
    # Livestock Development`, `Public Health and Sanitation`, `Rural Development and Local
    # Government`.)
    # (A side may be a brief of two words joined by `of` between them: `Domestic Trade and Cost of
    # Living`.)
    linked = [k for k, t in enumerate(brief) if t.lower_ == "of" and 0 < k < len(brief) - 1]
    brief = [t for k, t in enumerate(brief) if k not in linked]
    joiner = next((k for k, t in enumerate(brief) if t.lower_ == "and"), 0)
    joined = 1 <= joiner <= 2 and 1 <= len(brief) - joiner - 1 <= 2
    return (
        len(brief) >= 3
        and len(linked) <= 1
        and (joined or any(t.text == "," for t in brief))
        and sum(t.lower_ == "and" for t in brief) == 1
        and all(
            t.text in (",", "and") or capitalised(t.text) and t.lower_ in words_of_a_brief for t in brief
        )
    )


def person_after_listed_portfolio(doc: Doc, first: Token) -> Span | None:
    """`Land, Infrastructure and Transport Minister Ana Ruiz said`, parsed with the portfolio's
    first word the subject: the person the listed portfolio's title stands before. The subject
    is a word in capitals, whatever the parser called it (`Women`, a noun)."""
    if not capitalised(first.text) or first.pos_ not in ("PROPN", "NOUN"):
        return None
    end = first.i
    while end < len(doc) and end - first.i < 12 and not _plain_role_noun(doc[end]):
        end += 1
    if end + 1 >= len(doc) or not listed_portfolio(list(doc[first.i : end + 1])):
        return None
    person = entity_at(doc, doc[end + 1])
    return person if person is not None and person.label_ == "PERSON" and person.start == end + 1 else None


def person_after_a_listed_body(doc: Doc, first: Token) -> Span | None:
    """`said Rail, Tram and Bus Union general secretary Tom Hughes`, parsed with the body's first
    word the subject: a body's name in capitals listing its trades with commas and one `and`,
    closed by a body's noun (`Union`, `Association`), then a job in small letters and a person's
    name: the person, who holds the job at the body, speaks."""
    if not capitalised(first.text) or first.pos_ not in ("PROPN", "NOUN"):
        return None
    nouns, k = lexicon().organization_nouns, first.i
    while k < len(doc) and k - first.i < 10 and doc[k].lower_ not in nouns:
        if not (capitalised(doc[k].text) or doc[k].text == "," or doc[k].lower_ == "and"):
            return None
        k += 1
    listed = [t.lower_ for t in doc[first.i : k]]
    if k >= len(doc) or not doc[k].is_title or "," not in listed or listed.count("and") != 1:
        return None
    if (job := _end_of_a_job_in_small_letters(doc, k + 1)) is None:
        return None
    person = entity_at(doc, doc[job])
    return person if person is not None and person.label_ == "PERSON" and person.start == job else None


def person_after_a_body_and_job(doc: Doc, first: Token) -> Span | None:
    """`Federation of Kenya Employers chief executive Jacqueline Mugo said`, parsed with the
    body's first word the subject and the name tagged a body: a body's name in capitals holding
    a body's noun, a job in small letters, then two or three words in capitals right before the
    verb, none a body's noun: the person, who holds the job at the body, speaks (a body's name
    is never followed by a job and then the body again)."""
    if not first.is_title or first.pos_ != "PROPN" or first.head.pos_ != "VERB":
        return None
    nouns, k = lexicon().organization_nouns, first.i
    while k < len(doc) and k - first.i < 8 and (doc[k].is_title or doc[k].lower_ in ("of", "and", "for")):
        k += 1
    if not any(t.lower_ in nouns for t in doc[first.i : k]):
        return None
    if (job := _end_of_a_job_in_small_letters(doc, k)) is None:
        return None
    end = job
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in nouns:
        end += 1
    if not 2 <= end - job <= 3 or end >= len(doc) or doc[end] != first.head:
        return None
    return doc[job:end] if all(t.ent_type_ in ("PERSON", "ORG") for t in doc[job:end]) else None


def _end_of_a_job_in_small_letters(doc: Doc, start: int) -> int | None:
    """Where a job of one to three words in small letters from ``start`` ends (`general
    secretary`, `chief executive`), its last word a role noun, with a word after it; else None."""
    job = start
    while job < len(doc) and job - start < 3 and doc[job].is_lower and doc[job].is_alpha:
        job += 1
    if job == start or job >= len(doc) or not _plain_role_noun(doc[job - 1]):
        return None
    return job


def _plain_role_noun(tok: Token) -> bool:
    lex = lexicon()
    nouns = lex.role_nouns
    return tok.lower_ not in lex.portfolio_words and (tok.lower_ in nouns or tok.lemma_.lower() in nouns)


def numbered_epithet(tok: Token) -> Token | None:
    """`the mum-of-three added`, parsed with the number as the subject and the noun hung on it:
    the noun a number closes by hyphens (`mum` - `of` - `three`), if it names a person in place
    of their name (models/epithet_nouns.txt); else None."""
    doc = tok.doc
    i = tok.i
    if tok.pos_ != "NUM" or i < 4 or [t.text for t in doc[i - 3 : i]] != ["-", "of", "-"]:
        return None
    if any(t.whitespace_ for t in doc[i - 4 : i]):
        return None
    noun = doc[i - 4]
    return noun if noun.lemma_.lower() in lexicon().epithet_nouns else None


def _chinese_name(ent: Span) -> bool:
    """`Leung Mei-fun`, `Lau Wong Pui-man`: a family name (a married woman's two), then a given
    name of two syllables joined by a hyphen (the second in small letters), as Hong Kong writes
    Cantonese names."""
    if ent.label_ != "PERSON" or len(ent) not in (4, 5):
        return False
    first, hyphen, second = ent[-3:]
    joined = not first.whitespace_ and not hyphen.whitespace_ and hyphen.text == "-"
    syllables = first.is_title and second.is_lower and second.is_alpha
    return all(t.is_title and t.is_alpha for t in ent[:-3]) and syllables and joined


def _english_given_name(tok: Token) -> bool:
    lex = lexicon()
    return tok.is_title and tok.lower_ in lex.first_names and not lex.names_a_place_or_people(tok.lower_)


def join_an_english_name_to_a_chinese_one(doc: Doc) -> None:
    """`Priscilla` + `Leung Mei-fun`, `Regina Ip` + `Lau Suk-yee`, `Carrie Lam` + `Cheng
    Yuet-ngor`: Hong Kong news writes a person's English given name (and a married family name)
    before the Cantonese name; the tagger tags the Cantonese name alone, or apart, and the
    English given name is lost. A given name the lists know, then at most one more word in
    capitals, untagged or tagged a person with it, right before such a name, opens it."""
    lex = lexicon()
    mended: list[Span] = []
    changed = False
    for ent in doc.ents:
        start = ent.start
        last = mended[-1] if mended else None
        if _chinese_name(ent) and last is not None and last.label_ == "PERSON" and last.end == start:
            # (`Carrie Lam` + `Cheng Yuet-ngor`: her English name, then her Cantonese one.)
            if len(last) == 2 and _english_given_name(last[0]) and last[-1].whitespace_:
                mended[-1] = Span(doc, last.start, ent.end, label="PERSON")
                changed = True
                continue
        elif _chinese_name(ent):
            words = [t for t in doc[max(0, start - 2) : start] if not t.ent_type_]
            while words and not _english_given_name(words[0]):
                words = words[1:]
            plain = all(t.is_title and t.is_alpha and t.lower_ not in lex.titles for t in words)
            if words and plain and words[-1].i == start - 1:
                ent = Span(doc, words[0].i, ent.end, label="PERSON")
                changed = True
        mended.append(ent)
    if changed:
        doc.ents = mended


# Participles that give the person a noun describes their name (`a teacher named Sita Devi`).
_NAMING_PARTICIPLES = frozenset({"name", "call"})


def name_given_by(verb: Token) -> Token | None:
    """`a retired teacher named Sita Devi`, `a farmer called Ramesh Kumar`: the head of the name
    that a participle hung on a noun before it gives the person the noun describes. Not `one
    lawmaker called Trump "the orange prince"`, a verb the parser read as a participle: a second
    complement makes it one calling somebody something."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _NAMING_PARTICIPLES:
        return None
    if verb.head.pos_ != "NOUN" or verb.head.i >= verb.i:
        return None
    objects = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "ccomp", "xcomp")]
    return objects[0] if len(objects) == 1 and objects[0].i > verb.i else None


# Verbs by which a paper passes on another's words (`was quoted as saying`, `is reported as
# saying`, `cited him as saying`): the saying under their `as` is that person's own report.
QUOTING_VERBS = frozenset({"quote", "cite", "report", "record"})


def quoted_as_saying(cue: Token) -> Token | None:
    """The verb of quoting over ``cue`` in `X was quoted as saying that …` (no quote marks, as
    UK, Irish, Indian and African papers write it), or None. The model was fitted on `as
    saying` in other senses (`such as saying …`, a participle: kept at 0.1-0.3); here the
    saying is X's report, as finite as the verb of quoting, and is weighed as that verb."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.lower_ != "as":
        return None
    quoting = cue.head.head
    return quoting if quoting.lemma_.lower() in QUOTING_VERBS and quoting.i != cue.head.i else None


def saying_under_as(verb: Token) -> Token:
    """`cited the commissioner as saying`: the saying under the verb's `as`, else the verb."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            saying = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if saying is not None and saying.lemma_.lower() == "say":
                return saying
    return verb
