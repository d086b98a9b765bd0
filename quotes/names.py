"""Names as an article writes them: the name a mention holds, the key its other mentions
share, and whether a run of capitalised words is a name at all.

`Mr. Netanyahu`, `Sen. Elizabeth Warren’s` and `President Obama` hold the names
*Netanyahu*, *Elizabeth Warren* and *Obama*: titles and a trailing possessive are not part of
a name, while middle initials and suffixes are (*Donald J. Trump*, *Martin Luther King Jr.*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.symbols import GPE, LOC, NORP, PROPN
from spacy.tokens import Doc, Span, Token

from quotes.columns import places_of_word
from quotes.context import DocContext
from quotes.dictionary import coined
from quotes.letters import capitalised, has_tone_letters
from quotes.lexicon import Lexicon, lexicon, offices_addressed
from quotes.tokens import (
    AND_WORDS,
    CLOSING_MARKS,
    OPENING_MARKS,
    POSSESSIVES,
    SUFFIXES,
    article_of_a_title,
    bracketed_word,
    hyphen_between_names,
    hyphen_joined,
    is_initials,
    is_post_by_its_letters,
    is_seat,
    is_seat_by_its_letters,
    is_surname_particle,
    join_neighbours,
    joined_text,
    post_nominal_letters,
    put_in_place_of_overlaps,
    seat_before_name,
    stop_of_a_suffix,
)

DETERMINERS = frozenset({"the", "a", "an"})
# Titles of rank that say a gender for sure (British peerage and honours, by hand): `Lady Ashby`
# is never `Lord Ashby`, where `Mrs Khan` may be a `Mr Khan` read as his wife's.
RANKS_OF_A_GENDER = frozenset({"lord", "lady", "sir", "dame", "baron", "baroness", "earl", "countess"})
# Generational suffixes: part of the full name, never the surname others refer to.


def title_word(word: str) -> str:
    """A word as the title list holds it: lower case, a final full stop dropped (`Sen.` → `sen`)."""
    return word.lower().rstrip(".")


def styles_the_job(title: str, job: str) -> bool:
    """Whether a title before a name (``title``) is only the style of the job the noun ``job``
    names: the same word (`judge` … `Judge X`) or the noun the title stands for
    (models/titles.txt, fourth column: `Justice X`, a judge)."""
    word, noun = title_word(title), job.lower()
    return bool(noun) and (word == noun or lexicon().title_nouns.get(word) == noun)


def is_title(tok: Token) -> bool:
    """A title or honorific that can stand before a name (`Mr`, `Sen.`, `President`)."""
    word = title_word(tok.text)
    lex = lexicon()  # (asked of most capitalised words: the lists are looked up once a call)
    if word in lex.titles:
        return not is_seat(tok)
    return _title_where_it_stands(tok, word, lex)


def plural_title(tok: Token) -> bool:
    """`Justices`, `Judges`, `Senators` before names: a title in the plural, for each name after
    it (`a bench of Justices Ana Ruiz and Tom Hale`)."""
    word = title_word(tok.text)
    # (`Aldermen Jones and Evans`, `Congressmen …`: a title in `-man` makes its plural in `-men`.)
    singular = word[:-1] if word.endswith("s") else word[:-3] + "man" if word.endswith("men") else ""
    return capitalised(tok.text) and singular in lexicon().titles


def is_honorific(tok: Token) -> bool:
    """A form of address (`Mr`, `Dr`, `Sen.`): never a role, whatever stands before it."""
    word = title_word(tok.text)
    lex = lexicon()
    if word in lex.honorifics:
        return not (is_seat(tok) or is_post_by_its_letters(tok))
    return _title_where_it_stands(tok, word, lex)


def _title_where_it_stands(tok: Token, word: str, lex: Lexicon) -> bool:
    """A title only by its place (``word`` is ``tok``'s, as the title list holds it): one only
    right after another (`Det Con Raj Patel`: detective constable; `Con O'Neill` is a given
    name), or a rank's letters only before a name (``rank_letters_before_a_name``); ``lex`` is
    the running extraction's word lists."""
    if word in lex.titles_after_titles:
        return tok.i > 0 and title_word(tok.doc[tok.i - 1].text) in lex.titles
    return rank_letters_before_a_name(tok)


def rank_letters_before_a_name(tok: Token) -> bool:
    """A rank written in capital letters that is a title only before a person's name (`DI Sarah
    Khan`, `DC Amy Reid`): `DC` is also Washington's (`DC United`, `Washington DC Mayor X`), so the
    word after it must be a given name or tagged a person, and no title itself."""
    if not (tok.text.isupper() and tok.lower_ in lexicon().rank_letters) or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    if not capitalised(after.text) or title_word(after.text) in lexicon().titles:
        return False
    # (a surname no dictionary has, tagged one body with the letters: `DC Okonkwo, of …`)
    ends = tok.i + 2 >= len(tok.doc) or not capitalised(tok.doc[tok.i + 2].text)
    if after.ent_iob_ == "I" and ends and coined(after):
        return True
    return after.ent_type_ == "PERSON" or after.lower_ in lexicon().first_names


# What a PDF's or a page's text writes in a word that is no letter of it: a soft hyphen (U+00AD,
# where a long word may break) and the typesetter's ligatures (`ﬁ`, `ﬃ` for fi, ffi).
_PLAIN_LETTERS = str.maketrans(
    {"\xad": None, "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


def plain_letters(text: str) -> str:
    """``text`` without soft hyphens and with its ligatures written out (`Griﬃths` → Griffiths)."""
    return text.translate(_PLAIN_LETTERS)


@dataclass(frozen=True)
class Name:
    """The name one mention holds: tokens [start, end) of the document, without titles."""

    start: int
    end: int
    text: str
    key: tuple[str, ...]  # lower-case words without dots, suffixes kept
    gender: str = ""  # what a title before it says: "m", "f" or ""
    ranked: bool = False  # the gender said by a title of rank (`Lord`, `Dame`), not a form of address
    title: str = ""  # a title before it that says no gender (`Dr`, `Sen.`), as ``title_said`` writes it

    @cached_property
    def core(self) -> tuple[str, ...]:
        """The words that identify the person: the key without `Jr.`, `III`."""
        core = tuple(w for w in self.key if w not in SUFFIXES)
        return core or self.key

    @property
    def surname(self) -> str:
        return self.core[-1]


def story_case(first: Token, text: str, person: bool = False) -> str:
    """``text``, a name opening with token ``first``, with a paragraph's opening word in
    capitals, as British local papers set it (`FIFE Council will raise …`, `JOHN Duncan, 54,
    admitted …`), written as the story writes it elsewhere (`Fife`) or, for a ``person``'s given
    name, in title case; a short form stays (`NHS Fife`: the story never writes `Nhs`; `ERA
    Singapore`, though `Era` is a given name)."""
    word = first.text
    if len(word) < 2 or not (word.isalpha() and word.isupper()) or not text.startswith(word + " "):
        return text
    doc = first.doc
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if nxt is None or not nxt.is_title or doc.text[: first.idx].rstrip(" \t")[-1:] not in ("", "\n"):
        return text
    title = word.title()
    if person and word.lower() in lexicon().first_names or re.search(rf"\b{title}\b", doc.text):
        return title + text[len(word) :]
    return text


@lru_cache(maxsize=8192)
def name_key(text: str) -> tuple[str, ...]:
    """`Donald J. Trump` → (donald, j, trump); `King, Jr.` → (king, jr)."""
    words = (w.strip(",;:()[]") for w in plain_letters(text).replace(".", " ").split())
    return tuple(w.lower() for w in words if w)


def clean_name(context: DocContext, start: int, end: int) -> Name | None:
    """The name in tokens [start, end): titles and determiners before it, a possessive and
    punctuation after it are cut. None when no word is left. Worked out once per span: the
    who layer asks for the same span's name again at each step that looks at it."""
    return context.memo(("name", start, end), lambda: _clean_name(context.doc, start, end))


def _former_member_of_a_side(doc: Doc, start: int, end: int) -> bool:
    """`Former Matilda Lydia Williams`, `ex-Socceroo Robbie Slater`: after `former`, a word in
    capitals whose plural the story writes as a name (`the Matildas`) is the side its holder
    played for, not the first of their names, though it is a given name too."""
    if end - start < 3 or start == 0 or doc[start - 1].lower_ not in ("former", "ex", "ex-"):
        return False
    word = doc[start].text
    if not capitalised(word):
        return False
    plurals = {word + "s", word + "es", word[:-1] + "ies"}
    return any(t.text in plurals for t in doc)


def _adverb_before_name(tok: Token) -> bool:
    """`“Certainly Donald Trump has gone …`: an adverb in small letters or one opening the
    sentence (or its quote) is no name's; `Nguyễn`, tagged one, is a name's (letters no English
    word has, ``has_tone_letters``)."""
    return tok.pos_ == "ADV" and (tok.is_lower or _opens_sentence(tok)) and not has_tone_letters(tok.text)


def _clean_name(doc: Doc, start: int, end: int) -> Name | None:
    first = start
    words = [doc[i] for i in range(start, end)]  # each token object made once
    gender, ranked = _gender_said(doc[start - 1], ("", False)) if start > 0 else ("", False)
    title = title_said(doc[start - 1]) if start > 0 else ""
    # (A word joined by a hyphen to the next opens a double-barrelled name: `Sheikh-Ansari`.)
    while (
        start < end
        and not _barrel_of_a_name(doc, start)
        and (
            is_title(tok := words[start - first])
            or plural_title(tok)
            or article_of_a_title(tok)
            or tok.lower_ in DETERMINERS
            or tok.is_punct
            or _noun_before_name(tok, end - start)
            or ((is_seat(tok) or is_post_by_its_letters(tok)) and end - start > 1)
            or (_adverb_before_name(tok) and end - start > 1)
            or _two_word_honorific(doc, start, end)
            or (numbers_an_office(doc, start) and end - start > 1)
            or _office_word_before_name(doc, start, first, end) or _former_member_of_a_side(doc, start, end)
        )
    ):
        gender, ranked = _gender_said(tok, (gender, ranked))
        title = title_said(tok) or title
        start += 1
    if start == end and (surname := _surname_cut_as_a_title(doc, first, end)) >= 0:
        start, (gender, ranked) = surname, (gender, ranked) if surname > first else ("", False)
    # `BJP MLA Ameet Satam`, tagged whole: a party or a place and a seat before the name.
    rest = words[start - first : end - first]
    seat = seat_before_name(rest) or _office_letters_before(rest)
    if seat:
        start += seat + 1
    start = _past_a_seat(doc, start + _job_before_given_name(words[start - first : end - first]), end)
    end = _end_of_the_name(doc, words, first, start, end)
    kept = _without_nickname(words[start - first : end - first])
    if end <= start or not any(c.isalnum() for t in kept for c in t.text):
        return None
    # (`Oller\xadton`, `Griﬃths`: Ollerton and Griffiths, whom a later `Griffiths` names again.)
    text = story_case(kept[0], plain_letters(joined_text(kept)), person=True)
    for suffix in POSSESSIVES[:2]:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    key = name_key(text)
    if not key:
        return None
    return Name(start, end, text.strip(), key, gender, ranked, title)


def _end_of_the_name(doc: Doc, words: list[Token], first: int, start: int, end: int) -> int:
    """Where the name in tokens [start, end) ends, past what closes it and is none of it: the rest
    of the tagged span after its line, possessives and punctuation, the full stop of a sentence,
    honours and seats written after it. ``words`` are the tokens from ``first`` on, each made once."""
    # (`Ana Ruiz` + a blank line + a byline's `Tom Hale`, tagged one person: a name ends at the
    # end of its line.)
    end = next((k for k in range(start, end) if "\n" in (w := words[k - first]).text and w.is_space), end)
    while end > start and (
        (tok := words[end - 1 - first]).text in POSSESSIVES or tok.is_punct and tok.text != "."
    ):
        end -= 1
    # A full stop closing a sentence is no part of the name, one closing `Jr.` or an initial is.
    if end > start and words[end - 1 - first].text == "." and not stop_of_a_suffix(doc, end - 1, start):
        end -= 1
    # `Jane Cole KC`, `Tom Hale MP`: honours and seats written after the name.
    while end - start > 2 and post_nominal_letters(words[end - 1 - first]):
        end -= 1
    return end


# The numbers a government gives two or three holders of one office (Malaysia's `Finance Minister
# II`, `Deputy Minister III`): no ordinal the tagger knows, and written after the office's title.
_NUMBERS_OF_AN_OFFICE = frozenset({"II", "III", "IV"})


def numbers_an_office(doc: Doc, i: int) -> bool:
    """`Finance Minister II Amir Hamzah said`: a Roman numeral right after a title in capitals (a
    role noun) numbers the office, one of two or three so numbered, and is no word of the name
    after it, which the tagger takes it into (after a name it is the name's, `Charles III`)."""
    if i < 1 or doc[i].text not in _NUMBERS_OF_AN_OFFICE:
        return False
    office = doc[i - 1]
    return office.is_title and office.lower_ in lexicon().role_nouns


def _surname_cut_as_a_title(doc: Doc, first: int, end: int) -> int:
    """Where the surname is in a mention [first, end) cut whole as titles, or -1: a form of
    address alone (`Iftikhar Ahmed Sheikh` … `Sheikh said`), or the last word after another
    (`Helen Barr` … `Ms Barr said`, where `Barr.` is a barrister's title written short: a title
    never ends a name), that ends a full name the story gives; or one after `Mr` alone
    (``_surname_after_an_address``)."""
    if end <= first:
        return -1
    surname = _surname_of_a_full_name(doc, doc[end - 1]) or _surname_after_an_address(doc, first, end)
    return end - 1 if surname else -1


def _surname_after_an_address(doc: Doc, first: int, end: int) -> bool:
    """`Mr Judge said`, `Mrs Major told`: a form of address of everyday use and one word that is
    also a title, no office one speaks to by it (models/offices_addressed.txt), are a surname, as
    `Mr` goes before a name and no office but those."""
    if end - first != 2 or title_word(doc[first].text) not in ("mr", "mrs", "ms", "miss"):
        return False
    word = doc[end - 1]
    return word.is_title and word.is_alpha and word.lower_ not in offices_addressed()


def _surname_of_a_full_name(doc: Doc, tok: Token) -> bool:
    """Whether a form of address standing alone (`Sheikh said`) ends the name of a person the
    article names in full (`Iftikhar Ahmed Sheikh`), as a surname: the word is then that name."""
    return any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ == tok.lower_ and e[0].lower_ != tok.lower_
        for e in doc.ents
    )


def _two_word_honorific(doc: Doc, start: int, end: int) -> bool:
    """Whether token ``start`` is a word of a two-word honour before a name (`Tan Sri Lim Boon
    Keat`)."""
    # (Compared as the list holds them, a final stop off: `Staff Sgt. Ana Ruiz`.)
    word = title_word(doc[start].text)
    pair = (word, title_word(doc[start + 1].text)) if start + 1 < len(doc) else ("", "")
    before = (title_word(doc[start - 1].text), word) if start > 0 else ("", "")
    if start > 1 and doc[start - 1].text in ("'", "’") and not doc[start - 2].whitespace_:
        # (`Dato' Sri Tiong King Sing`: Malay writes `Dato'` with its glottal stop's apostrophe,
        # which the tokenizer splits off.)
        before = (doc[start - 2].lower_, doc[start].lower_)
    honours = lexicon().honour_pairs
    opens = pair in honours and end - start > 2
    return doc[start].is_title and (opens or before in honours and end - start > 1)


def _job_before_given_name(words: list[Token]) -> int:
    """`Mill Treasurer Harold J. Kemp`, tagged whole: words in capitals, a job, then a given
    name or an initial, or a job in small letters then any word in capitals; the name starts
    after the job (the count of words before it). Not `Taylor Mason Smith`, where a given name
    comes before the job's word."""
    lex = lexicon()
    for j in range(len(words) - 1):
        job, after = words[j], words[j + 1]
        # (`Biden spokesperson Karine Jean-Pierre`, tagged whole: a job in small letters is no
        # word of a name, whatever follows it; nor when the tagger opens the name on it,
        # `kaumātua Wiremu Te Awa`, which a later `Te Awa said` must find.)
        small = job.is_lower and job.lemma_ in lex.role_nouns and after.is_title
        if not (j > 0 and capitalised(job.text) and job.lower_ in lex.role_nouns) and not small:
            continue
        if small or after.lower_ in lex.first_names or is_initials(after):
            before = words[:j]
            if all(capitalised(t.text) and t.lower_ not in lex.first_names for t in before):
                return j + 1
    return 0


def _without_nickname(words: list[Token]) -> list[Token]:
    """`Ramon “Mon” Dizon` is Ramon Dizon: a nickname in quote marks inside a name is no part
    of the name the article gives (tokens.join_nicknamed_names made it one entity)."""
    opening = next((k for k, t in enumerate(words) if t.text in OPENING_MARKS and t.is_punct), -1)
    if opening < 1:
        return words
    closing = next((k for k in range(opening + 1, len(words)) if words[k].text in CLOSING_MARKS), -1)
    if closing < 0 or closing == len(words) - 1:
        return words
    return words[:opening] + words[closing + 1 :]


def _whole_barrels(ent: Span) -> Span:
    """A person tagged up to a hyphen (`Shaikh` of `Shaikh-Pathan`, `Anne Matagi` of
    `Kerrie-Anne Matagi`), with the rest of the double-barrelled word."""
    doc, start, end = ent.doc, ent.start, ent.end
    while end < len(doc) - 1 and hyphen_between_names(doc, end) and not doc[end + 1].ent_type_:
        end += 2
    while start > 1 and hyphen_between_names(doc, start - 1) and not doc[start - 2].ent_type_:
        start -= 2
    end = end_after_second_syllable(doc, start, end)
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def end_after_second_syllable(doc: Doc, start: int, end: int) -> int:
    """Where a name in tokens [start, end) ends when the tagger cut a two-syllable given name at
    its hyphen: after the second syllable (`Seo Min` + `-gyu`, `Seo Min-` + `gyu`), else ``end``."""
    if end - start >= 2 and second_syllable_after(doc, end):
        return end + 2
    if end - start >= 3 and second_syllable_after(doc, end - 1):
        return end + 1  # (the tagger took the hyphen in)
    return end


def second_syllable_after(doc: Doc, end: int) -> bool:
    """`Seo Min` tagged a person before `-gyu`: a hyphen, then a short word in small letters the
    parser reads as no English word (`Smith-led`, `Trump-era` are), after a name whose last word is
    a short syllable in capitals, is the second syllable of a Korean or Chinese given name."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "\u2010") or doc[end - 1].whitespace_:
        return False
    last, after = doc[end - 1], doc[end + 1]
    return (
        not doc[end].whitespace_
        and last.is_title
        and len(last) <= 5
        and after.is_alpha
        and after.is_lower
        and len(after) <= 5
        and not after.ent_type_
        and after.tag_ in ("NNP", "NNPS", "UH", "FW")
    )


def _without_portfolio_word(ent: Span) -> Span:
    """`Labour and Employment M. A. Karim Howlader`, the tagger taking the last word of a
    minister's portfolio into the name: a word after `and`, `for` or `of` that is no given
    name, right before the initials that open the name, or a portfolio's word before a given
    name, is not part of it."""
    doc = ent.doc
    if len(ent) < 3 or ent.start == 0 or doc[ent.start - 1].lower_ not in ("and", "for", "of", "&"):
        return ent
    if ent[0].lower_ in lexicon().first_names or is_initials(ent[0]):
        return ent
    # (`Minister of Mines David Ndlovu`: a portfolio's own word before a name of two words.)
    lex = lexicon()
    portfolio = ent[0].lower_ in lex.portfolios and len(ent) >= 3 and ent[1].lower_ in lex.first_names
    if not (is_initials(ent[1]) or portfolio):
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


def syllabled_name(words: Span) -> bool:
    """`Lam Sai-hung`: a family name, then a given name of two syllables joined by a hyphen
    (Chinese and Korean names), the whole of ``words``."""
    return (
        len(words) == 4
        and words[0].is_title
        and words[1].is_title
        and words[2].text == "-"
        and not words[1].whitespace_
        and not words[2].whitespace_
        and words[3].is_lower
        and words[3].is_alpha
    )


def surname_tagged_apart(ent: Span) -> bool:
    """`Shri Vikram Anand` + `Kulkarni` tagged a place or a body: one word in capitals right
    after a person's name that ends in a given name is the surname."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in ("GPE", "ORG", "NORP") or ent.start == 0 or not ent[0].is_title:
        return False
    before = doc[ent.start - 1]
    return before.ent_type_ == "PERSON" and before.lower_ in lexicon().first_names


def joined_people(ents: list[Span]) -> list[Span]:
    """`Shri Rajesh` + `Kumar Patil`: two people the tagger cut from one name, side by side with
    nothing between them, are one name (three-part names of South Asia and Africa are cut so)."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON":
            ent = _whole_barrels(_without_portfolio_word(ent))
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and (ent.label_ == "PERSON" or surname_tagged_apart(ent))
            and last.end == ent.start
            and all(t.is_title and t.is_alpha for t in ent)
            # (`Virac Mayor` + `Samuel Reyes`: a place and an office before a name; `Lenton
            # Grammar's` + `Tom Hale`: his school, its possessive closing it.)
            and not is_title(last[-1])
            and last[-1].text not in POSSESSIVES
            and last[-1].lower_ not in lexicon().role_nouns
            and len(last) + len(ent) <= 5
        ):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        elif (
            last is not None
            and last.label_ == "PERSON"
            and (
                (
                    ent.label_ == "PERSON"
                    and (_one_name_word_between(last, ent) or _particle_between(last, ent))
                )
                or _patronym_between(last, ent)
            )
        ):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        elif last is not None and ent.label_ == "PERSON" and _titled_given_name(last, ent):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _patronym_between(last: Span, ent: Span) -> bool:
    """`Nurul Aina` + `binti` + `Rashid`: a patronymic's joining word between two people's
    names makes one name; so it does before a father's name of one or two words the tagger
    called a place or a body (`Nurul Izzah binti` + `Kamaruddin`, tagged a place)."""
    doc = ent.doc
    joined = doc[last.end].lower_ in lexicon().descent_words
    words = len(ent) <= 2 and all(t.is_title and t.is_alpha for t in ent)
    father = ent.label_ == "PERSON" or (ent.label_ in ("GPE", "ORG", "NORP", "LOC") and words)
    return ent.start == last.end + 1 and joined and father and len(last) + len(ent) <= 5


def _particle_between(last: Span, ent: Span) -> bool:
    """`Dr Pieter` + `ter` + `Horst`: the small words opening a surname, left untagged between
    a given name and the surname, both tagged people, make one name."""
    doc = ent.doc
    between = doc[last.end : ent.start]
    return (
        1 <= len(between) <= 2
        and all(is_surname_particle(t) and t.ent_iob_ == "O" for t in between)
        and last[-1].lower_ in lexicon().first_names
        and len(last) + len(between) + len(ent) <= 5
    )


def start_before_patronym(doc: Doc, first: int) -> int:
    """Where a person's name opens whose father's name the tagger cut off at `bin`/`binti`
    (`Nurul Aina binti` + `Rashid`): at the given names before the joining word."""
    joined = first >= 2 and doc[first - 1].lower_ in lexicon().descent_words
    if not joined or doc[first - 2].ent_type_ != "PERSON":
        return first
    start = first - 2
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    return start


def _titled_given_name(last: Span, ent: Span) -> bool:
    """`Corporal Tevita` + `Kumar`: a title and a given name the tagger called a body or a
    place, right before a person's surname, open that person's name."""
    jobs = lexicon().role_nouns
    return (
        last.label_ != "PERSON"
        and last.end == ent.start
        and 2 <= len(last) <= 3
        and is_title(last[0])
        and all(t.is_title and t.is_alpha and not (is_title(t) or t.lower_ in jobs) for t in last[1:])
        and all(t.is_title and t.is_alpha for t in ent)
    )


def _one_name_word_between(last: Span, ent: Span) -> bool:
    """`Mr Imani` + `Said` + `Kajula insisted`: one untagged word in capitals inside a sentence
    between two people's names, the tagger having read it as a verb, is a word of one name (not
    in a headline in Title Case: `Ruiz Says Cole Lied`)."""
    doc = ent.doc
    if ent.start != last.end + 1 or len(last) + len(ent) > 4 or ent.end >= len(doc):
        return False
    word, after = doc[last.end], doc[ent.end]
    lex = lexicon()
    return (
        word.is_title
        and word.is_alpha
        and not word.ent_type_
        and not word.is_sent_start
        and word.lower_ not in lex.role_nouns
        and not is_title(word)
        and all(t.is_title and t.is_alpha for t in ent)
        and not word.is_stop
        # (A verb in small letters right after: the sentence runs on, no headline's Title Case;
        # or commas setting the three words off: `…'s Minister of State, Ms Riziki Mbaraka Kombo,`.)
        and ((after.is_lower and after.is_alpha) or _set_off_by_commas(last, ent))
    )


def _set_off_by_commas(last: Span, ent: Span) -> bool:
    """A comma right before ``last`` and right after ``ent``: the words between set off as
    one apposition."""
    doc = ent.doc
    return last.start > 0 and doc[last.start - 1].text == "," and doc[ent.end].text == ","


def _barrel_of_a_name(doc: Doc, i: int) -> bool:
    """`Sheikh` of `Sheikh-Ansari`: a word joined by a hyphen to a word in capitals that is no
    title (`Secretary-Treasurer` is a title whole)."""
    if not hyphen_between_names(doc, i + 1):
        return False
    return not is_title(doc[i + 2]) and doc[i + 2].lower_ not in lexicon().role_nouns


def _opens_sentence(tok: Token) -> bool:
    """The first word of its sentence, or of a quote that opens it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return bool(tok.is_sent_start or (before is not None and before.is_sent_start and before.is_punct))


def _past_a_seat(doc: Doc, start: int, end: int) -> int:
    """`MP for Bankstown Tom Hale`, tagged one person from `Bankstown`: after a seat holder's
    `for`, the words in capitals before a given name are the seat's, not the name's; where the
    name starts."""
    lex = lexicon()
    if start < 2 or doc[start - 1].lower_ != "for" or not _holds_a_seat(doc, start - 2):
        return start
    for k in range(start + 1, end - 1):
        # (`MCA for Kiptagich Ward Grace Chebet`: `Ward`, a given name too, closes a ward's name.)
        if doc[k].lower_ == "ward" and k + 2 < end:
            return k + 1
        if doc[k].lower_ in lex.first_names:
            return k
        if not doc[k].is_title:
            break
    return start


def _holds_a_seat(doc: Doc, i: int) -> bool:
    """A seat holder's word ending at ``i`` (`MP`, `MLA`), or one written in full (`Member of
    Parliament`)."""
    if doc[i].lower_ in lexicon().seat_holders:
        return True
    written = [t.lower_ for t in doc[max(i - 2, 0) : i + 1]]
    return written == ["member", "of", "parliament"]


def _office_word_before_name(doc: Doc, start: int, first: int, end: int) -> bool:
    """A word of an office's (its brief's or its place's) before the name, not the name's."""
    return (
        _brief_before_name(doc, start, first, end)
        or (end - start > 1 and place_of_an_office(doc, start))
        or (end - start >= 3 and branch_of_a_letters_post(doc[start]))
        # (`DIG Headquarters Nadeem Akhtar`, tagged whole: the post, then its branch, opens it.)
        or (end - start >= 4 and is_letters_post_with_branch(doc[start].text, doc[start + 1].text))
    )


def branch_of_a_letters_post(tok: Token) -> bool:
    """`SSP Operations Bilal Ahmed`, `DIG Operations X`: a department's word in capitals after a
    post written by its letters (Pakistani and Indian news name a police branch's head so) is
    the post's, not the name's."""
    return tok.i > 0 and is_letters_post_with_branch(tok.doc[tok.i - 1].text, tok.text)


def is_letters_post_with_branch(post: str, branch: str) -> bool:
    """Whether ``post`` is a post written by its letters and ``branch`` a department's word in
    capitals after it, the branch of the force it heads (`DIG Operations`, `SSP Investigation`);
    also a police rank's letters (models/titles.txt) that are no post alone, `SP Traffic X` (a
    superintendent of police; `SP` alone is also a party's letters, `SP leader X`)."""
    lex = lexicon()
    rank = post.isupper() and len(post) >= 2 and lex.title_nouns.get(post.lower(), "") in lex.police_ranks
    return (is_letters_post(post) or rank) and branch.istitle() and branch.lower() in lex.departments


def is_letters_post(word: str) -> bool:
    """A post written in capitals by its letters that models/role_nouns.txt lists (`DIG`, `SSP`,
    `CPO`), even where the letters spell an English word too (`DIG`)."""
    return word.isupper() and len(word) >= 2 and word.lower() in lexicon().role_nouns


def _brief_before_name(doc: Doc, start: int, first: int, end: int) -> bool:
    """`Minister for Health Stephen Donnelly`, `Minister of State Ann Lee`, read from the brief: a
    portfolio's word in capitals after the title's `for` or `of` (or after another such word) is
    the title's, not the name's."""
    tok = doc[start]
    lex = lexicon()
    if end - start < 3 or start == 0 or not tok.is_title or tok.lower_ not in lex.portfolio_words:
        return False
    before = doc[start - 1]
    # (`Minister of Science, Energy and Transport Ana Ruiz`: the last of a brief's listed words.)
    words = lex.portfolio_words
    listed = before.lower_ in ("and", "&", ",") and start >= 2 and doc[start - 2].lower_ in words
    return before.lower_ in ("for", "of") or listed or (start > first and before.lower_ in words)


def place_of_an_office(doc: Doc, i: int) -> bool:
    """`Chief Minister Punjab Maryam Nawaz`, `Commissioner Karachi Syed Hassan Naqvi`: as South
    Asian news writes an office, a place (token ``i``) right after a title and before two words
    in capitals is the office's, not the name's, whatever the tagger took it for. The place is
    one the lists know (a country or a province) or one the tagger calls a place elsewhere in
    the story."""
    tok = doc[i]
    if i == 0 or i + 2 >= len(doc) or not tok.is_title or not _after_a_title(doc, i):
        return False
    if not (doc[i + 1].is_title and doc[i + 2].is_title):
        return False
    # (`Ambassador to France Amina Bello`: after an envoy's `to`, a country's name that is a given
    # name too, `France`, `Kenya`, is the country.)
    sent_to = doc[i - 1].lower_ == "to" and tok.lower_ in lexicon().places
    if tok.lower_ in lexicon().first_names and not sent_to:
        return False
    place = tok.lower_ in lexicon().places or _tagged_a_place_alone(doc, tok.lower_)
    return place or _dateline(doc, tok.text.upper()) or _place_before_a_given_name(doc, i)


def _place_before_a_given_name(doc: Doc, i: int) -> bool:
    """`DIG Islamabad Nasir Khan said`, `SSP Larkana X`: after a post written by its letters, a
    word in capitals the lists know as no given name, title, job or branch (token ``i``), right
    before a given name they know, is the place the post serves, though the story tags it nowhere
    alone; a name's own first word after such letters is mostly a given name the lists know
    (`SSP Nasir Khan`)."""
    tok, lex = doc[i], lexicon()
    if not is_letters_post(doc[i - 1].text) or is_title(tok) or not tok.is_alpha:
        return False
    other = tok.lower_ in lex.first_names or tok.lower_ in lex.departments or tok.lower_ in lex.role_nouns
    return doc[i + 1].lower_ in lex.first_names and not other


def is_envoys_title(tok: Token) -> bool:
    """A title in capitals of an office held for a place (models/offices.txt kinds `civic` and
    `envoy`: `Ambassador`, `High Commissioner`), as it stands before the `to` of the country its
    holder is sent to (`Ambassador to France Amina Bello`, ``country_sent_to``)."""
    return capitalised(tok.text) and tok.lemma_.lower() in lexicon().place_offices


def country_sent_to(tok: Token) -> bool:
    """After an envoy's `to`, a place's name the tagger tags alone or opening one (`Japan`), or a
    country the lists know that it ran into the envoy's name after it (`France Amina Bello`,
    tagged one body or one person)."""
    tagged = tok.ent_type_ in ("GPE", "LOC", "NORP") and tok.ent_iob_ == "B"
    return tagged or (tok.is_title and _country_words_from(tok) > 0)


def _country_words_from(tok: Token) -> int:
    """How many words from ``tok`` on (up to three) name a country the lists know (`France`,
    `United Kingdom`, `United Arab Emirates`), 0 when none."""
    doc, places = tok.doc, lexicon().places
    ends = range(min(tok.i + 3, len(doc)), tok.i, -1)
    return next((end - tok.i for end in ends if doc[tok.i : end].text.lower() in places), 0)


def _name_after_a_country_sent_to(ent: Span) -> Span | None:
    """`High Commissioner to the United Kingdom Tom Hale` tagged one body from `the`: after an
    envoy's `to`, the country the lists know, then two or three plain words in capitals closing
    the span, the envoy's name."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "to" or ent.label_ not in POST_AND_HOLDER_TAGS:
        return None
    if not is_envoys_title(doc[ent.start - 2]):
        return None
    opening = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    name_start = opening + _country_words_from(doc[opening])
    if name_start == opening or not 2 <= ent.end - name_start <= 3:
        return None
    plain = all(t.pos_ == "PROPN" and t.is_title and plain_name_word(t) for t in doc[name_start : ent.end])
    return Span(doc, name_start, ent.end, label="PERSON") if plain else None


def _after_a_title(doc: Doc, i: int) -> bool:
    """A title right before token ``i``, or before its brief in brackets (`Additional Deputy
    Commissioner (Revenue) Lahore X`), as South Asian news writes an office, its brief and the
    place it serves; or an envoy's title and its `to` (`Ambassador to Kenya X`)."""
    before = doc[i - 1]
    if before.text == ")":
        opened = next((k for k in range(i - 2, max(i - 6, 0), -1) if doc[k].text == "("), 0)
        return opened > 0 and is_title(doc[opened - 1])
    # (`Mayor of Pokhara Dhana Raj Acharya`, `Chief District Officer of Lalitpur X`: Nepali news
    # writes the place after the office's `of`, no comma before the name.)
    if before.lower_ == "of" and i >= 2:
        office = doc[i - 2]
        job = capitalised(office.text) and office.lemma_.lower() in lexicon().role_nouns
        return is_title(office) or job
    # (`Ambassador to Kenya Amina Bello`, `High Commissioner to Ghana X`: an envoy's `to` and the
    # country the envoy is sent to.)
    if before.lower_ == "to" and i >= 2:
        return is_envoys_title(doc[i - 2])
    # (`DIG Rawalpindi Khalid Mehmood`, `CPO Rawalpindi X`: Pakistani news writes a police post by
    # its letters before the place it serves as it writes `Commissioner Karachi X`.)
    return is_title(before) or is_letters_post(before.text)


def _tagged_a_place_alone(doc: Doc, word: str) -> bool:
    """Whether the tagger tags ``word`` (lower case) alone as a place somewhere in the story."""
    for k in places_of_word(doc, LOWER, word):
        alone = doc[k].ent_iob_ == "B" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")
        if alone and doc[k].ent_type_ in ("GPE", "LOC"):
            return True
    return False


def _dateline(doc: Doc, place: str) -> bool:
    """Whether the story opens a paragraph on ``place`` in capitals and a colon or a dash, as a
    dateline (`KARACHI: …`), also with the day between them (`KATHMANDU, Dec 6: …`): the word
    names a place, whatever the tagger called it."""
    return any(
        k + 1 < len(doc)
        and (doc[k + 1].text in _DATELINE_MARKS or _day_before_the_mark(doc, k + 1))
        and (k == 0 or "\n" in doc[k - 1].text)
        for k in places_of_word(doc, ORTH, place)
    )


_DATELINE_MARKS = (":", "-", "—", "–")


def _day_before_the_mark(doc: Doc, i: int) -> bool:
    """`, Dec 6:`, `, 6 March -`: a comma, a month in capitals and a day's number, then a
    dateline's mark."""
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 3].text not in _DATELINE_MARKS:
        return False
    day = [t for t in (doc[i + 1], doc[i + 2]) if t.is_digit and len(t.text) <= 2]
    month = [t for t in (doc[i + 1], doc[i + 2]) if t.is_alpha and t.is_title]
    return len(day) == len(month) == 1


def _office_letters_before(words: list[Token]) -> int:
    """The place in ``words`` of an office's letters (`MEC`, `CEO`: a job in capitals) after a
    portfolio or a place in capitals and before a name of two words or more (`Health MEC Thuli
    Ndlovu`, tagged whole: 1), or 0."""
    jobs = lexicon().role_nouns
    k = next((k for k in range(1, len(words) - 2) if words[k].is_upper and words[k].lower_ in jobs), 0)
    if not k or len(words[k].text) < 2 or not all(t.is_title for t in words[:k]):
        return 0
    return k if all(t.is_title or t.text == "-" for t in words[k + 1 :]) else 0


def _noun_before_name(tok: Token, left: int) -> bool:
    """`Nurse Carla Spence`, `Neighbour Steve Marsh`, `Elder Mary Yunupingu`: a capitalised
    common noun (a job or a relation, no given name) before a name of two words or more; or a
    job only a person holds before a name of one word (`Farmer Sutrisno`, `Teacher Sumarni`:
    Indonesian and Javanese people often have one name only), unless the job's word is the
    surname of a longer name the story gives (`Paul Farmer` … `Farmer Paul`, no job)."""
    if left < 2 or not capitalised(tok.text) or not tok.text[1:].islower():
        return False
    lex = lexicon()
    word = tok.lower_
    if word in lex.first_names:
        return False
    if left == 2:
        return word in lex.person_only_jobs and not _surname_of_a_full_name(tok.doc, tok)
    return lex.names_a_person(word)


def _gender_said(tok: Token, otherwise: tuple[str, bool]) -> tuple[str, bool]:
    """The gender a title says and whether it is a title of rank (``RANKS_OF_A_GENDER``), or
    ``otherwise`` when it says none (`Dr`: the gender said before it stands)."""
    gender = _title_gender(tok)
    return (gender, title_word(tok.text) in RANKS_OF_A_GENDER) if gender else otherwise


# The short and the full forms of the titles that say no gender, one word for both (`Dr` and
# `Doctor`; models/titles.txt gives the nouns the others stand for, `Sen.` a senator).
_TITLE_IN_FULL = {"dr": "doctor", "prof": "professor"}


def title_said(tok: Token) -> str:
    """The title ``tok`` is, if it says no gender (`Dr.` → `doctor`, `Sen.` → `senator`), as
    the story tells apart two people who share a surname (`Dr. Mary Fitzgerald` and `Prof.
    John Fitzgerald`); "" for none or a form of address of a gender (`Mrs`: ``_gender_said``)."""
    if not is_title(tok) or _title_gender(tok):
        return ""
    word = title_word(tok.text)
    if lexicon().titles.get(word, "") in ("m", "f"):
        return ""
    return _TITLE_IN_FULL.get(word) or lexicon().title_nouns.get(word) or word


def _title_gender(tok: Token) -> str:
    gender = lexicon().titles.get(title_word(tok.text), "")
    if gender in ("m", "f") and _couple(tok):
        return ""  # `Mr. and Mrs. Khan`: both of them, neither's gender
    return gender if gender in ("m", "f") else ""


def _couple(tok: Token) -> bool:
    """Whether the title ``tok`` is the second of two joined by `and` (`Mr and Mrs Khan`)."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].lower_ in AND_WORDS and is_title(doc[tok.i - 2])


def looks_like_name(doc: Doc, name: Name) -> bool:
    """Capitalised words with no verb among them: `Ana Ruiz`, `Bill de Blasio`, not `Conceding`
    or `READ MORE`."""
    toks = doc[name.start : name.end]
    words = [t for t in toks if not t.is_punct]
    if not words:
        return False
    for t in words:
        # (`Ricardo dos Santos`: a particle inside the name the tagger read as a verb is one still.)
        inner_particle = is_surname_particle(t) and words[0] is not t is not words[-1]
        # (`Nguyễn`, tagged a verb: letters no English word has, ``has_tone_letters``, are a name's.)
        verb = (t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX")) and not has_tone_letters(t.text)
        # (Asked of a verb only: ``_name_word_read_as_verb`` reads the words on both sides.)
        misread = verb and (_name_word_read_as_verb(t) or _given_name_read_as_verb(t))
        misread = misread or (verb and family_name_before_a_middle_name(t))
        if verb and not misread and not inner_particle:
            return False
        if t.like_num or any(c.isdigit() for c in t.text):
            return False
        if not capitalised(t.text) and t.lower_ not in lexicon().name_particles and t.text[0].isalpha():
            if not _given_name_syllable(t):
                return False
    # `Team Clinton`, `Team GB`: the people around a person or a country, no one's name.
    if len(words) == 2 and words[0].text == "Team":
        return False
    letters = [c for t in words for c in t.text if c.isalpha()]
    # `READ MORE`: a label in capitals; `IBM` alone may still be a body, not a person.
    in_capitals = len(words) > 1 and letters and all(c.isupper() for c in letters)
    if in_capitals and not _addressed_in_capitals(doc, name):
        return False
    return not _opens_a_place_name(words[-1])


def _addressed_in_capitals(doc: Doc, name: Name) -> bool:
    """`Mr. JOHN BURNS presiding`: a name in capitals right after a form of address written in
    small letters is a person's (archive reports print the names of those present so); a line all
    in capitals, `MR. JOHN BURNS`, is a headline's label still. A title in full or abbreviated
    stands so too (`Alderman JOHN SMITH said`, `Sen. MARY JONES`: council minutes and African
    copy set the name after a title in capitals)."""
    before = doc[name.start - 1] if name.start > 0 else None
    return before is not None and before.is_title and addresses_a_name(title_word(before.text))


def addresses_a_name(word: str) -> bool:
    """Whether a title's word (``title_word``'s form) is one a name follows: a form of address, an
    abbreviated title or an office in full (`Mr.`, `Sen.`, `Alderman`)."""
    lex = lexicon()
    return word in lex.honorifics or word in lex.office_titles


def family_name_before_a_middle_name(tok: Token) -> bool:
    """`Can` of `Can Van Luc`, `Do` of `Do Thi Mai`: a word in capitals right before a Vietnamese
    middle name and a given name in capitals is the family name, whatever English word the
    tagger read it as (`Can` a modal, `Do` a verb); not in a question (`Can Van Gaal stay?`)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or not (tok.is_alpha and capitalised(tok.text)) or is_title(tok):
        return False
    middle, given = doc[tok.i + 1], doc[tok.i + 2]
    if middle.lower_ not in lexicon().middle_names or not middle.is_title:
        return False
    return given.is_alpha and capitalised(given.text) and tok.sent[-1].text != "?"


def _name_word_read_as_verb(tok: Token) -> bool:
    """`Said` in `Imani Said Kajula`: a word in capitals inside a sentence between two words the
    tagger calls a person's is a word of the name (see ``joined_people``)."""
    doc = tok.doc
    inside = 0 < tok.i < len(doc) - 1 and not tok.is_sent_start and not tok.ent_type_ and not tok.is_stop
    # (Two people tagged apart, the word between them in neither: not a headline tagged whole.)
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    apart = after.ent_iob_ == "B" and before.ent_type_ == after.ent_type_ == "PERSON"
    return inside and apart and tok.is_title


def _given_name_read_as_verb(tok: Token) -> bool:
    """`Sipho` in `said Chiefs boss Sipho Nkosi after the win`, tagged VBZ: a listed given name
    in capitals that the tagger puts inside a person's name, right before the rest of it, is
    the name's word whatever verb it read it as."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    inside = tok.ent_type_ == "PERSON" and after is not None and after.ent_iob_ == "I"
    return inside and tok.is_title and tok.lower_ in lexicon().first_names


def _given_name_syllable(tok: Token) -> bool:
    """`fai` of `Lau Ka-fai`, `un` of `Kim Jong-un`: the second syllable of a given name
    written with a hyphen, in small letters after one in capitals (Cantonese and Korean
    romanisations write them so)."""
    before = tok.doc[tok.i - 2] if tok.i >= 2 else tok
    return tok.is_alpha and hyphen_joined(tok) and before.is_title and before.is_alpha


def _opens_a_place_name(last: Token) -> bool:
    """`the White House James S. Brady briefing room`, `Ronald Reagan Washington National
    Airport`: a name that is the first words of a place named after the person."""
    head = last.head
    if last.dep_ != "compound" or head.i <= last.i or head.i - last.i > 4:
        return False
    between = last.doc[last.i + 1 : head.i]
    if not all(t.dep_ == "compound" for t in between):
        return False
    return head.lemma_.lower() in lexicon().facility_nouns


_SENTENCE_END = re.compile(r"[.!?…:;][”’\"')\]]*\s*$")


def is_title_case_line(line: str) -> bool:
    """A short line of capitalised words with no sentence punctuation at its end: a headline,
    a related-story link, a section label or a byline, not a sentence of the story."""
    words = line.split()
    if not words or len(words) > 15 or _SENTENCE_END.search(line):
        return False
    in_capitals = sum(1 for w in words if capitalised(w) or not w[:1].isalpha())
    return in_capitals >= max(2, 0.7 * len(words))


def in_page_furniture(context: DocContext, char: int) -> bool:
    """Whether ``char`` sits in a line that is page furniture (a headline, a byline, a photo
    credit, a related-story link or a label) rather than a sentence of the story."""
    start, end = context.line_of(char)
    # (A picture's credit run on after the story line's last sentence, `… Photograph: Ana Ruiz`,
    # is furniture on a line of story.)
    credit = any(c.start <= char < c.end for c in context.run_on_credits)
    return credit or _furniture_line(context.text[start:end].strip())


# A label over a summary of the story (`ABSTRACT.`, `Key points:`): the paragraph under it is
# a précis, often written apart from the story and less carefully.
_SUMMARY_LABEL = re.compile(r"(?i)(?:abstract|summary|in brief|at a glance|key points|highlights)[.:]?")


def in_summary(context: DocContext, char: int) -> bool:
    """Whether ``char`` is in the paragraph right under a summary label (`ABSTRACT.`): a name
    spelt there gives way to the story's own spelling when both are given as often."""
    # (The line before, past blank lines, found without copying the text up to it: this is
    # asked for every name in the article.)
    text = context.text
    end, _ = context.line_of(char)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return bool(_SUMMARY_LABEL.fullmatch(text[text.rfind("\n", 0, end) + 1 : end].strip()))


# A line is asked about once for each name on it.
@lru_cache(maxsize=4096)
def _furniture_line(line: str) -> bool:
    if re.match(r"(?i)by\s+[A-Z]", line) and len(line.split()) <= 10:
        return True
    if re.search(r"\w\s*/\s*(?:AFP|AP|Getty|Reuters|EPA|PA)\b", line):
        return True
    return is_title_case_line(line)


def span_of(doc: Doc, name: Name) -> Span:
    return doc[name.start : name.end]


# Small words a name's initials skip (`Securities and Exchange Commission` → SEC).
ACRONYM_SMALL_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "&", "at", "to"})


def in_capitals(name: str) -> bool:
    """A name of two words or more set all in capitals, as a headline sets it: `HARBOUR BOARD`."""
    words = name.split()
    return len(words) >= 2 and all(w.isupper() for w in words if any(c.isalpha() for c in w))


def out_of_capitals(name: str) -> str:
    """A name in capitals written as a name is: `HARBOUR BOARD OF OTAGO` → `Harbour Board of
    Otago`. A word of three letters or fewer that is no small word is a short form and stays
    (`NZ HARBOUR BOARD` → `NZ Harbour Board`)."""
    words = name.split()
    return " ".join(
        w.lower() if n and w.lower() in ACRONYM_SMALL_WORDS else w.title() if len(w) > 3 else w
        for n, w in enumerate(words)
    )


def acronym(words: list[str]) -> str:
    """The initials of a spelled-out name: `Securities and Exchange Commission` → SEC,
    `UK Independence Party` → UKIP. Small words are skipped; a word in capitals counts whole;
    each capitalised part of a hyphenated word counts, as short forms spell them (`Ethics and
    Anti-Corruption Commission` → EACC), whether the hyphen is a word of its own or not."""
    out = []
    for w in _hyphen_parts(words):
        if w.lower() in ACRONYM_SMALL_WORDS or w in _HYPHENS:
            continue
        if w.isupper() and len(w) <= 4:
            out.append(w)
        elif capitalised(w):
            out.append(w[0])
        else:
            return ""
    return "".join(out) if len(out) >= 2 else ""


_HYPHENS = frozenset({"-", "‐", "–"})


def _hyphen_parts(words: list[str]) -> list[str]:
    """``words`` with a hyphenated word whose parts are all capitalised cut into them
    (`Anti-Corruption` → `Anti`, `Corruption`; `Co-operative` stays whole)."""
    out: list[str] = []
    for w in words:
        parts = w.split("-")
        if len(parts) > 1 and all(capitalised(p) for p in parts):
            out.extend(parts)
        else:
            out.append(w)
    return out


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` (`SEC`, `SES`) is the acronym of ``name`` (`Securities and Exchange
    Commission`), or of the name after a place or body in capitals before it (`NSW State
    Emergency Service` → SES)."""
    words = name.split()
    if not short:
        return False
    if acronym(words) == short or _initials(words) == short:
        return True
    for k in range(1, len(words) - 1):
        if not (words[k - 1].isupper() or words[k - 1].lower() == "the"):
            break
        if acronym(words[k:]) == short:
            return True
    return _one_word_left_out(short, acronym([w.strip(",") for w in words]))


def _one_word_left_out(short: str, initials: str) -> bool:
    """`KMPDU` for `Kenya Medical Practitioners, Pharmacists and Dentists Union`: a short form
    of four letters or more that leaves out one word inside the name, not its first or last."""
    if len(short) < 4 or len(initials) != len(short) + 1:
        return False
    if initials[0] != short[0] or initials[-1] != short[-1]:
        return False
    return any(initials[:k] + initials[k + 1 :] == short for k in range(1, len(initials) - 1))


_MIXED_ACRONYM = re.compile(r"[A-Z]+(?:o[A-Z]+)+")


def _initials(words: list[str]) -> str:
    """The initials of every word but `the` and `and`, small words included: `Ministry of
    Manpower` → MOM, `Department of Justice` → DOJ (as `MoD`, `DoJ`, `MOM` are written)."""
    if len(words) < 3 or not all(w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words if w.lower() not in ("the", "and")).upper()


# A run of capitalised words with the small words a body's name holds between them
# (`Highland Office and Rural Fisheries Board`), on one line.
CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|for|the|on|&)[ \t]+)*[A-Z][\w’'-]*)*")


@lru_cache(maxsize=4096)
def spelled_in_text(text: str, short: str) -> str:
    """The body's name the article spells out for a short form it uses but no tagged name
    gives: the name in capitals the short form follows in brackets (`Northern Rivers Authority
    (NRA)`, `Lowland Water Conservancy (Lowcon)`), else the one name in capitals whose initials a
    short form in capitals, or read as a word (`Sebi`), spells (`HORFB` for `the Highland Office
    and Rural Fisheries Board`, which the tagger cut in two at `and`); or ""."""
    # (`NH Rail`: a short form of two words is one only in brackets or after `, or`.)
    if not short.replace(" ", "").isalpha() or len(short) < 3 or short.count(" ") > 1:
        return ""
    # (Read once per article and short form, as the body's nouns ask it again and again; the
    # runs before a bracket only where the text holds the short form in one. `East Harbour
    # Railway Company, or EH Rail, says`: the short form set beside the name after `or`, or
    # after `known as` (`The Ghana Cocoa Board, known as COCOBOD,`), which no acronym spells.)
    quoted = re.escape(short)
    beside = r",[ \t]+(?:or|(?:(?:also|better|commonly|popularly|locally)[ \t]+)?known[ \t]+as)[ \t]+"
    in_brackets = re.compile(r"[ \t]*(?:\(" + quoted + r"\)|" + beside + quoted + r",)")
    held = f"({short})" in text or f" {short}," in text
    bracketed = {
        without_opening_small_words(m.group(0), short)
        for m in (CAPITALISED_RUN.finditer(text) if held else ())
        if in_brackets.match(text, m.end())
    }
    bracketed = {n for n in bracketed if len(n.split()) >= 2}
    if len(bracketed) == 1:
        return bracketed.pop()
    # (`a Sebi official` after `The Securities and Exchange Board of India`, which the tagger cut
    # before `of India`: a short form read as a word, one capital and small letters, spells its
    # name's initials as one in capitals does.)
    letters = short if short.isupper() else acronym_read_as_a_word(short)
    if bracketed or not letters or " " in short:
        return ""
    spelled = set()
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        for k in range(len(words) - 1):
            for e in range(k + 2, len(words) + 1):
                ends = (words[k], words[e - 1])
                if not {w.lower() for w in ends} & ACRONYM_SMALL_WORDS and acronym(words[k:e]) == letters:
                    spelled.add(" ".join(words[k:e]))
    return spelled.pop() if len(spelled) == 1 else ""


def without_opening_small_words(name: str, short: str) -> str:
    words = name.split()
    while words and words[0].lower() in ACRONYM_SMALL_WORDS:
        words = words[1:]
    # (`A National Disaster Management Organisation (NADMO) official`: an article opening the
    # sentence, in capitals, is no part of the name its short form spells.)
    if len(words) > 2 and words[0].lower() in ("a", "an") and short[:1] not in ("A", "a"):
        words = words[1:]
    return " ".join(words)


def compact_acronym(text: str) -> str:
    """`U.N.` → UN, `SEC` → SEC, `MoD` → MOD; "" when ``text`` is no acronym."""
    letters = text.replace(".", "").replace("&", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters
    # (`MoD`, `DoJ`: capitals with a small `o` for `of` between them.)
    if 3 <= len(letters) <= 6 and _MIXED_ACRONYM.fullmatch(letters):
        return letters.upper()
    return ""


# A short form in brackets: `(DPWH)`, `(Nafdac)`.
_BRACKETED_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
# How far back a spelled-out name may open before its short form, in tokens.
_MAX_SPELLED_NAME = 14


def join_a_body_spelled_before_its_short_form(doc: Doc) -> None:
    """`Department of Public Works and Highways (DPWH) Secretary X`, tagged `Department of Public
    Works` and `DPWH` apart: the words in capitals before a short form in brackets whose initials
    it spells are one body's name, wherever the tagger cut it (most often at `and`), and the
    short form is that body's."""
    if "(" not in doc.text:
        return
    found: list[Span] = []
    for m in _BRACKETED_SHORT_FORM.finditer(doc.text):
        opening = doc.char_span(m.start(), m.start() + 1)
        if opening is None or not bracketed_word(doc, opening.end):
            continue
        i = opening.start
        start = _spelled_out_before(doc, i, m.group(1).upper())
        if start < 0 or not _body_cut_short(doc, start, i):
            continue
        if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].ent_type_ == "ORG":
            start -= 1  # (the tagger's `The` opening the body's name stays in it)
        found += [Span(doc, start, i, label="ORG"), Span(doc, i + 1, i + 2, label="ORG")]
    put_in_place_of_overlaps(doc, found)


def _body_cut_short(doc: Doc, start: int, end: int) -> bool:
    """Whether the tagger read the name in capitals at tokens ``start``-``end`` as no one body:
    it holds a body's tag or noun (a person's initials in brackets are no short form), is not
    already one body's tagged name, and has no job in the words the tagger left out of it (`United
    Nations High Commissioner for Refugees (UNHCR)` is an office of the body tagged before it)."""
    lex = lexicon()
    words = doc[start:end]
    if not any(t.ent_type_ == "ORG" or t.lemma_.lower() in lex.organization_nouns for t in words):
        return False
    one = all(t.ent_type_ == "ORG" and (t.ent_iob_ == "I" or t.i == start) for t in words)
    if one and (end == len(doc) or doc[end].ent_iob_ != "I"):
        return False
    left_out = [t for t in words if t.ent_type_ != "ORG"]
    return not any(t.lower_ in lex.role_nouns and t.lower_ not in lex.organization_nouns for t in left_out)


def _spelled_out_before(doc: Doc, i: int, short: str) -> int:
    """Where the fullest name in capitals ending before token ``i`` opens whose initials are
    ``short``, within the sentence; -1 when none does."""
    start = -1
    k = i - 1
    while k >= 0 and i - k <= _MAX_SPELLED_NAME:
        t = doc[k]
        small = t.lower_ in ACRONYM_SMALL_WORDS or t.text in ("-", "–")
        if not (small or capitalised(t.text)) or (small and k == i - 1):
            break
        if not small and acronym([w.text for w in doc[k:i]]).upper() == short:
            start = k
        if t.is_sent_start:
            break
        k -= 1
    return start


def acronym_read_as_a_word(text: str) -> str:
    """`Untu`, `Cosatu`, `Unesco` → UNTU, COSATU, UNESCO: an acronym read aloud as a word, which
    British, African and Commonwealth news writes with one capital; "" for any other text. Only
    a name the article spells out with those initials makes it one (the callers check)."""
    if 4 <= len(text) <= 7 and text.isalpha() and text[0].isupper() and text[1:].islower():
        return text.upper()
    return ""


# Entity labels of places and peoples, as ids.
_PLACES = frozenset({GPE, LOC, NORP})
# Small words that join the parts of one longer name (`Department of Energy`, `Bank of England`).
_JOINERS = frozenset({"of", "for", "and", "&", "de", "du", "la"})


@dataclass(frozen=True)
class NameRuns:
    """How often each run of capitalised words stands as a name of its own in an article:
    not inside a longer name (`Energy` in `Department of Energy`, `State` in `Islamic State`),
    counted apart where the run opens a sentence (where any word has a capital)."""

    anywhere: dict[tuple[str, ...], int]
    mid_sentence: dict[tuple[str, ...], int]
    runs: dict[int, tuple[int, bool]]  # first token of each counted run: (its end, opens a sentence)
    alone: frozenset[str]  # proper nouns standing alone or after a title (`Starmer`, `Mr Starmer`)
    ending_longer: frozenset[str]  # the last words of runs of two words or more (`Barack Obama`)
    proper_mid: frozenset[tuple[str, ...]]  # runs tagged proper nouns somewhere mid-sentence
    places: dict[tuple[str, ...], int]  # how often each run is tagged a place or a people

    def named_elsewhere(self, words: list[Token]) -> bool:
        """Whether the capitalised ``words`` stand as a name of their own elsewhere in the
        article, besides here: anywhere, for two words or more; mid-sentence, for one word
        (`Westpac` in `… said Westpac.`), as any word may have a capital opening a sentence."""
        key = tuple(t.lower_ for t in words)
        here = self.runs.get(words[0].i)
        counted = here is not None and here[0] == words[-1].i + 1
        if len(key) >= 2:
            return self.anywhere.get(key, 0) - counted >= 1
        mid_here = counted and here is not None and not here[1]
        return self.mid_sentence.get(key, 0) - mid_here >= 1

    def proper_elsewhere(self, word: Token) -> bool:
        """Whether ``word``, opening a sentence as an adjective or a common noun (`Kerrow chief
        economist`, the tagger's guess at a word it does not know), stands mid-sentence
        elsewhere as a proper noun of its own, not always tagged a place or a people (`puts
        Kerrow at odds`); `Presumptive` never does."""
        key = (word.lower_,)
        here = self.runs.get(word.i)
        others = self.anywhere.get(key, 0) - (here is not None and here[0] == word.i + 1)
        return key in self.proper_mid and self.places.get(key, 0) < others

    def stands_alone(self, word: str) -> bool:
        """Whether ``word`` (lower case) stands as a proper noun on its own, or after a title,
        in the article: a surname the article refers to by (`Starmer`, `Mr Starmer`; not
        `Dairy` opening `Dairy prices fell`)."""
        return word in self.alone

    def ends_longer(self, word: str) -> bool:
        """Whether ``word`` (lower case) ends a longer name in the article, as a surname ends a
        person's (`Obama` of `Barack Obama`; not `Pfizer` of `Pfizer Inc.`)."""
        return word in self.ending_longer


def name_runs(context: DocContext) -> NameRuns:
    """The article's runs of capitalised words (worked out once per document)."""
    return context.memo(("name runs",), lambda: _name_runs(context))


def _name_runs(context: DocContext) -> NameRuns:
    doc, cols = context.doc, context.columns
    strings = doc.vocab.strings
    words = [strings[o] for o in cols.orth]
    capital = [
        not (cols.is_lower[i] or cols.is_punct[i] or cols.is_space[i])
        and capitalised(w)
        and w.replace("-", "").replace(".", "").isalpha()
        for i, w in enumerate(words)
    ]
    anywhere: dict[tuple[str, ...], int] = {}
    mid: dict[tuple[str, ...], int] = {}
    runs: dict[int, tuple[int, bool]] = {}
    alone: set[str] = set()
    longer: set[str] = set()
    proper: set[tuple[str, ...]] = set()
    places: dict[tuple[str, ...], int] = {}
    i = 0
    while i < len(doc):
        if not capital[i]:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and capital[end] and not cols.sent_start[end]:
            end += 1
        if not (_joined_on(words, capital, i - 1, -1) or _joined_on(words, capital, end, 1)):
            key = tuple(w.lower() for w in words[i:end])
            anywhere[key] = anywhere.get(key, 0) + 1
            opens = opens_sentence_at(context, i)
            if not opens:
                mid[key] = mid.get(key, 0) + 1
                if all(cols.pos[k] == PROPN for k in range(i, end)):
                    proper.add(key)
            if all(cols.ent_type[k] in _PLACES for k in range(i, end)):
                places[key] = places.get(key, 0) + 1
            runs[i] = (end, opens)
            if end - i == 2 and title_word(words[i]) in lexicon().titles:
                alone.add(key[1])
            elif end - i == 1 and cols.pos[i] == PROPN:
                alone.add(key[0])
            # (`ACF Fiorentina`, `AFC Wimbledon`: a short form in capitals opening a run is a
            # club's or a firm's, no given name, so its last word ends no person's name.)
            if end - i >= 2 and not (len(words[i]) >= 3 and words[i].isupper()):
                longer.add(key[-1])
        i = end
    return NameRuns(anywhere, mid, runs, frozenset(alone), frozenset(longer), frozenset(proper), places)


def _joined_on(words: list[str], capital: list[bool], k: int, step: int) -> bool:
    """Whether word ``k`` is a joining word with a capitalised word beyond it (``step``: the
    direction away from the run), so that the run is part of a longer name."""
    far = k + step
    if not (0 <= k < len(words) and 0 <= far < len(words)):
        return False
    return capital[far] and words[k].lower() in _JOINERS


def opens_sentence_at(context: DocContext, i: int) -> bool:
    """Whether token ``i`` opens its sentence, a line, or a quote that opens one."""
    cols = context.columns
    if i == 0 or cols.sent_start[i]:
        return True
    before = context.doc[i - 1]
    return "\n" in before.text or (before.is_punct and (i - 1 == 0 or bool(cols.sent_start[i - 1])))


# Labels the tagger gives a place's post and its holder's name run together (`Ghaziabad DSP
# Ramesh Kumar`, a work of art): not a person, and read as one by ``person_after_a_title_inside``.
POST_AND_HOLDER_TAGS = frozenset({"ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "NORP", "EVENT"})


def join_a_surname_tagged_after_a_post(doc: Doc) -> None:
    """`Ghaziabad SSP Ramesh` + `Kumar said`: the tagger may tag a place, a post in capitals
    written by its letters and the holder's given name as one thing, and the surname after it
    as a body of its own. Where every word of the first hangs on the surname as a compound (the
    parser reads one name), the first closes on plain words in capitals after such a post, and
    the surname is one plain word in capitals, the two are one span, read as the span tagged
    whole is (``person_after_a_title_inside``); the surname alone gave the speaker."""

    def joins(first: Span, second: Span) -> str:
        if second.start != first.end or len(second) != 1 or first.label_ not in POST_AND_HOLDER_TAGS:
            return ""
        surname = second[0]
        if second.label_ not in POST_AND_HOLDER_TAGS | {"PERSON"} or not _plain_capitalised(surname):
            return ""
        if not all(t.dep_ == "compound" and t.head.i == surname.i for t in first):
            return ""
        return first.label_ if _closes_on_a_name_after_a_post(first) else ""

    join_neighbours(doc, joins)


def _closes_on_a_name_after_a_post(ent: Span) -> bool:
    """`Ghaziabad SSP Ramesh`: a span closing on one or two plain words in capitals right after
    a post written by its letters in capitals (a rank, a seat, an office) inside it."""
    lex = lexicon()
    for k in (len(ent) - 2, len(ent) - 3):
        if k < 1:
            continue
        post = ent[k]
        letters = post.is_upper and post.is_alpha and len(post) > 1
        if letters and (is_title(post) or post.lower_ in lex.role_nouns or post.lower_ in lex.seat_holders):
            return all(_plain_capitalised(t) for t in ent[k + 1 :])
    return False


def _plain_capitalised(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and plain_name_word(tok)


def person_after_a_title_inside(ent: Span) -> Span | None:
    """`Niigata Governor Morimoto Tatsuya` tagged one body: two or three plain words in
    capitals closing a body's span right after an office title in capitals inside it are the
    holder's name (no body's or place's noun among them: `Governor Phillip Tower` is a building);
    so are those after the place the office serves, opening the span (``person_after_an_office_place``),
    and after the country an envoy is sent to, the envoy's title and `to` before the span (`High
    Commissioner to the United Kingdom Tom Hale`, ``_name_after_a_country_sent_to``)."""
    placed = person_after_an_office_place(ent) or _name_after_a_country_sent_to(ent)
    if placed is not None:
        return placed
    if (surname := _surname_after_a_hyphened_rank(ent)) is not None:
        return surname
    if ent.label_ not in POST_AND_HOLDER_TAGS or len(ent) < 3:
        return None
    for k in range(len(ent) - 2, 0, -1):
        word = _before_a_unit_in_brackets(ent, k - 1)
        # (`Dutch MEP Anke van Dijk`: a seat's letters are a title too.)
        seat = is_seat_by_its_letters(word)
        # (`Ghaziabad DSP Ramesh Kumar`: so is a rank written short in capitals, a deputy
        # superintendent of police; and a post by its letters, `Lagos DCP Fatai Owoseni`.)
        rank = (word.is_upper and len(word) > 1 and is_title(word)) or is_post_by_its_letters(word)
        opening_job = k == 1 and _persons_job_opening_a_name(ent)
        if not (is_title(word) and word.is_title and not is_honorific(word) or seat or rank or opening_job):
            continue
        name = ent[k:]
        # (`van` inside the name opens its surname; `bin` joins the father's name to it:
        # `Crown Prince Mohammed bin Salman`, tagged a work.)
        # (`Mayor Ana Marchand-Vasseur`: a hyphen joins a double-barrelled surname.)
        joined = [t for t in name[1:-1] if hyphen_between_names(ent.doc, t.i)]
        inner = [t for t in name[1:-1] if not _small_word_inside_a_name(t) and t not in joined]
        words = [name[0], *inner, name[-1]]
        # (`Councillor JOHN SMITH`: archive and African copy print the name in capitals after a
        # title in small letters.)
        capitals = all(_name_word_in_capitals(t) for t in words)
        plain = capitals or all(t.pos_ == "PROPN" and t.is_title and plain_name_word(t) for t in words)
        short = len(name) - 2 * len(joined) <= 4
        return Span(ent.doc, ent.start + k, ent.end, label="PERSON") if plain and short else None
    return None


def _persons_job_opening_a_name(ent: Span) -> bool:
    """`Lawyer Ahmednasir Abdullahi said`, tagged one body: a job no body holds
    (models/person_only_jobs.txt), written in capitals as it opens the span (as a sentence's first
    word, or as Kenyan and Nigerian copy writes a job before a name), is no word of a body's name,
    as `lawyer` in small letters is none (a firm is `solicitors X`, never `Lawyer X`); not when a
    body's noun, in the plural too, closes the words after it (`Teacher Training Services`)."""
    job, lex = ent[0], lexicon()
    if not (job.is_title and job.is_alpha and job.lower_ in lex.person_only_jobs):
        return False
    nouns = lex.organization_nouns
    return not any(t.lower_ in nouns or (t.lower_.endswith("s") and t.lower_[:-1] in nouns) for t in ent[1:])


def _name_word_in_capitals(tok: Token) -> bool:
    """`JOHN`, `SMITH`: a word of a name printed in capitals (letters with a vowel among them, so
    no body's short form such as `EFCC`; no title, role, body's or place's noun)."""
    vowel = any(c in "AEIOUY" for c in tok.text)
    name_word = plain_name_word(tok) and tok.lower_ not in lexicon().role_nouns
    return tok.is_upper and len(tok.text) >= 2 and vowel and name_word


def _surname_after_a_hyphened_rank(ent: Span) -> Span | None:
    """`said Detective-Sergeant Ward`, tagged one body: a police rank joined to the word before it
    by a hyphen, as older British reports write it (`Police-constable`, `Detective-Inspector`),
    then one plain word in capitals closing the span, is the holder's surname; two such words
    are the holder's name (`Police-constable GREEN Evans`, the words that tell him from another
    of the name, as older Welsh reports print a constable). (The rank may be in small letters,
    `Police-constable GREEN`, the force's word in capitals before it.)"""
    if ent.label_ not in POST_AND_HOLDER_TAGS or len(ent) not in (4, 5):
        return None
    rank, name = ent[2], ent[3:]
    if not (hyphen_joined(rank) and ent[0].is_title) or rank.lower_ not in lexicon().police_ranks:
        return None
    if not all(t.pos_ == "PROPN" and plain_name_word(t) for t in name):
        return None
    return Span(ent.doc, name.start, ent.end, label="PERSON")


def _small_word_inside_a_name(tok: Token) -> bool:
    """A small word in small letters inside a name: one opening its surname (`van`) or joining
    the father's name to it (`bin`)."""
    return is_surname_particle(tok) or (tok.is_lower and tok.lower_ in lexicon().descent_words)


def person_after_an_office_place(ent: Span) -> Span | None:
    """`Chief District Officer of Kathmandu Ram Prasad Sharma` tagged one body from the place
    on: two or three plain words in capitals after the place an office serves
    (``place_of_an_office``: after the title, or after its `of`) are the holder's name."""
    if ent.label_ not in ("ORG", "GPE", "FAC", "NORP") or not 3 <= len(ent) <= 4:
        return None
    if not place_of_an_office(ent.doc, ent.start):
        return None
    name = ent[1:]
    plain = all(t.pos_ == "PROPN" and t.is_title and plain_name_word(t) for t in name)
    return Span(ent.doc, ent.start + 1, ent.end, label="PERSON") if plain else None


def _before_a_unit_in_brackets(ent: Span, k: int) -> Token:
    """`Additional Municipal Commissioner (Projects) Abhijit Bangar` tagged one body: the word
    before a unit in brackets of one to three words that ``ent[k]`` closes, else ``ent[k]``."""
    if ent[k].text != ")":
        return ent[k]
    opening = next((j for j in range(k - 1, max(k - 5, 0), -1) if ent[j].text == "("), 0)
    return ent[opening - 1] if opening > 0 else ent[k]


def plain_name_word(tok: Token) -> bool:
    """A word that can be one of a name's: letters only, no title, no body's or place's noun."""
    lex = lexicon()
    return (
        tok.is_alpha
        and not is_title(tok)
        and tok.lower_ not in lex.organization_nouns
        and tok.lower_ not in lex.place_nouns
    )


def name_read_as_a_small_word(tok: Token) -> bool:
    """`“Business is slow,” An said` in a story about Nguyen Van An: a name that is also a small
    word (`An`, `Do`), in capitals inside a sentence as the subject of a verb, is read as that
    word (a determiner, a preposition) by the tagger; there, when it closes the name of a person
    the story names, it is that name."""
    small = tok.pos_ in ("DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART") and tok.is_title
    if not small or tok.dep_ not in ("nsubj", "nsubjpass") or tok.is_sent_start or tok.head.pos_ != "VERB":
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text for e in tok.doc.ents)
