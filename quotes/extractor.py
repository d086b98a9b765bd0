"""The one way from text to rows: what the parser is given (cleaned, in pieces), and what is
read off each parsed piece (quote spans, attribution, speakers, confidence).

The spaCy component, ``extract()``, the CLI and ``quotes evaluate`` all run an ``Extractor``,
so that a text gives the same rows whichever face it came in by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from quotes.attribution import Attribution, QuoteIndex, attribute
from quotes.confidence import calibrated_confidence
from quotes.context import DocContext
from quotes.dictionary import is_english_word
from quotes.entities import resolve_speakers
from quotes.indirect import in_text_order, reported_attributions, reported_confidence, reported_model
from quotes.lexicon import lexicon, word_lists_from
from quotes.names import (
    addresses_a_name,
    in_capitals,
    join_a_body_spelled_before_its_short_form,
    join_a_surname_tagged_after_a_post,
    plain_letters,
    title_word,
)
from quotes.pieces import MAX_PIECE_CHARS, split_for_parse, text_for_parser
from quotes.spans import find_quote_spans
from quotes.tokens import (
    NAME_JOINERS,
    addressed_names_tagged_bodies,
    bodies_named_by_their_kind,
    bodies_owning_a_job,
    bracketed_short_names_are_bodies,
    branches_after_a_short_form_are_no_people,
    capitalised_body_nouns_are_no_names,
    close_entity_brackets,
    court_sides_are_no_bodies,
    end_entities_before_a_full_stop,
    end_names_on_a_surname_read_as_a_title,
    fields_after_a_chair_are_no_names,
    finish_given_names,
    finish_hyphenated_given_names,
    foreign_bodies_named,
    give_given_names_their_fathers,
    give_particle_surnames_their_given_name,
    give_patronyms_their_given_names,
    holders_named_after_an_office,
    house_papers_are_no_names,
    initials_open_a_name,
    job_titles_of_two_or_three_words_tagged_people_are_no_names,
    jobs_in_small_letters_are_no_names,
    jobs_tagged_people_are_no_names,
    join_a_body_and_its_country,
    join_a_body_cut_before_its_noun,
    join_a_bodys_name_holding_a_list,
    join_a_family_name_written_first,
    join_a_field_joined_before_a_body,
    join_a_given_name_tagged_apart,
    join_a_name_ending_in_an_apostrophe,
    join_a_name_tagged_as_two,
    join_an_english_name_to_a_chinese_one,
    join_an_officeholders_office,
    join_letters_after_a_name,
    join_names_joined_by_hyphens,
    join_nicknamed_names,
    mastheads_are_bodies,
    name_patronyms_tagged_no_person,
    name_untagged_people_addressed_by_surname,
    names_after_a_portfolio,
    outlets_told_are_no_people,
    outlets_told_before_the_paper,
    peers_named_for_a_place,
    peoples_words_after_a_capital_the_are_papers,
    plurals_opening_a_sentence_are_no_bodies,
    saints_name_bodies,
    seats_before_a_member_are_no_people,
    short_forms_read_as_pronouns,
    speaking_names_of_words_are_bodies,
    split_a_name_off_a_body,
    split_a_position_off_a_body,
    split_a_role_noun_off_a_person,
    split_a_surname_off_a_body,
    split_entities_at_a_name_after_a_comma,
    styles_are_no_names,
    surnames_after_a_hyphened_rank_are_people,
    take_in_a_hyphenated_word_before_a_body,
    time_zones_are_no_names,
    trades_open_no_name,
    weekdays_given_as_names,
)
from quotes.types import Quote, Speaker

# Kinds of quote the rows leave out unless every kind is asked for.
HIDDEN_KINDS = frozenset({"scare", "headline", "furniture", "sign"})


def mend_entities(doc: Doc) -> None:
    """The tagger's entities mended where its readings are known to go wrong (bodies, names,
    titles: see each pass), in this order, before anything reads them."""
    close_entity_brackets(doc)
    branches_after_a_short_form_are_no_people(doc)
    end_entities_before_a_full_stop(doc)
    join_letters_after_a_name(doc)
    end_names_on_a_surname_read_as_a_title(doc)
    bodies_named_by_their_kind(doc)
    trades_open_no_name(doc)
    court_sides_are_no_bodies(doc)
    outlets_told_are_no_people(doc)
    outlets_told_before_the_paper(doc)
    mastheads_are_bodies(doc)
    peoples_words_after_a_capital_the_are_papers(doc)
    jobs_tagged_people_are_no_names(doc)
    job_titles_of_two_or_three_words_tagged_people_are_no_names(doc)
    jobs_in_small_letters_are_no_names(doc)
    capitalised_body_nouns_are_no_names(doc)
    house_papers_are_no_names(doc)
    bodies_owning_a_job(doc)
    seats_before_a_member_are_no_people(doc)
    styles_are_no_names(doc)
    saints_name_bodies(doc)
    speaking_names_of_words_are_bodies(doc)
    foreign_bodies_named(doc)
    plurals_opening_a_sentence_are_no_bodies(doc)
    time_zones_are_no_names(doc)
    weekdays_given_as_names(doc)
    surnames_after_a_hyphened_rank_are_people(doc)
    short_forms_read_as_pronouns(doc)
    take_in_a_hyphenated_word_before_a_body(doc)
    join_names_joined_by_hyphens(doc)
    join_a_given_name_tagged_apart(doc)
    addressed_names_tagged_bodies(doc)
    names_after_a_portfolio(doc)
    fields_after_a_chair_are_no_names(doc)
    holders_named_after_an_office(doc)
    peers_named_for_a_place(doc)
    join_a_name_tagged_as_two(doc)
    join_a_surname_tagged_after_a_post(doc)
    join_a_name_ending_in_an_apostrophe(doc)
    finish_hyphenated_given_names(doc)
    join_an_english_name_to_a_chinese_one(doc)
    join_a_body_cut_before_its_noun(doc)
    join_a_bodys_name_holding_a_list(doc)
    join_a_field_joined_before_a_body(doc)
    join_a_body_spelled_before_its_short_form(doc)
    join_a_body_and_its_country(doc)
    join_an_officeholders_office(doc)
    bracketed_short_names_are_bodies(doc)
    split_a_name_off_a_body(doc)
    split_a_surname_off_a_body(doc)
    split_entities_at_a_name_after_a_comma(doc)
    split_a_role_noun_off_a_person(doc)
    split_a_position_off_a_body(doc)
    give_particle_surnames_their_given_name(doc)
    give_given_names_their_fathers(doc)
    give_patronyms_their_given_names(doc)
    name_patronyms_tagged_no_person(doc)


@dataclass(frozen=True)
class Extractor:
    """Rows from texts: ``include_all`` keeps the hidden kinds (scare quotes, headlines, page
    furniture, signs); ``indirect`` adds reported speech without quote marks."""

    include_all: bool = False
    indirect: bool = False
    # A folder of word lists that replace the packaged ones of the same name (``models/``);
    # None: those of the caller's context (``lexicon.word_lists_from``), by default the packaged.
    word_lists: str | None = None

    def pieces(self, text: str, max_chars: int = MAX_PIECE_CHARS) -> list[tuple[int, str]]:
        """``(offset, cleaned piece)`` pairs for the parser, in text order: ``text`` cut at
        paragraph breaks (``split_for_parse``) and cleaned (``text_for_parser``, the same
        length). A piece without quote marks has no quotes: without reported speech, it is
        not worth a parse, and is left out."""
        cleaned = [(offset, text_for_parser(piece)) for offset, piece in split_for_parse(text, max_chars)]
        if self.indirect:
            return cleaned
        return [(offset, piece) for offset, piece in cleaned if find_quote_spans(piece)]

    def parses_as_given(self, text: str) -> bool:
        """Whether the parser would read ``text`` whole and unchanged: else a parse of it as
        given is not the parse the rows are read from."""
        return len(split_for_parse(text)) == 1 and text_for_parser(text) == text

    def rows(self, doc: Doc, *, text: str | None = None, source: str = "", title: str = "") -> list[Quote]:
        """The rows for one parsed piece.

        ``text`` is the piece as read when the parser was given a cleaned copy of it (see
        ``text_for_parser``): the quotes are cut from it, so they hold what the input holds.
        ``title`` is the document's known headline (``Document.title``): a first paragraph
        equal to it is a headline, whose quotes have no speaker.
        """
        if self.word_lists is None:
            return self._rows(doc, text, source, title)
        with word_lists_from(self.word_lists):
            return self._rows(doc, text, source, title)

    def _rows(self, doc: Doc, text: str | None, source: str, title: str) -> list[Quote]:
        mend_entities(doc)
        context = DocContext(doc)
        initials_open_a_name(context)  # (before anything reads the entities)
        join_nicknamed_names(context)
        finish_given_names(context)
        name_untagged_people_addressed_by_surname(doc)
        join_a_family_name_written_first(doc)
        if text is None:
            text = context.text
        if len(text) != len(context.text):
            raise ValueError("the text and the parsed copy differ in length: offsets would not agree")
        spans = find_quote_spans(context.text)
        if not spans and not self.indirect:
            return []
        index = QuoteIndex(context, spans)
        attributions = attribute(index, title=title)
        # Reported speech joins the quotes in text order, so that a pronoun in either finds the
        # person named just before it, and one person is one entity across both kinds. It is
        # read with or without --indirect: `Hatice Yilmaz, 67, said she had signed up …` names
        # the `she` of the quote after it, whether or not the report is a row.
        reported = reported_attributions(index, len(spans), reported_model())
        attributions = in_text_order(attributions, reported)
        speakers = resolve_speakers(context, attributions, [q == -1 for q in index.quote_of])
        rows = [
            _row(att, speaker, text, source)
            for att, speaker in zip(attributions, speakers, strict=True)
            if self.include_all or att.kind not in HIDDEN_KINDS
        ]
        return rows if self.indirect else _numbered_again([q for q in rows if q.kind != "indirect"])


def _numbered_again(rows: list[Quote]) -> list[Quote]:
    """Speaker ids 1, 2, … again, in the order of the article's first mentions, once the rows
    of reported speech are left out (a person named only there had an id)."""
    ids = {old: new for new, old in enumerate(sorted({q.speaker_id for q in rows if q.speaker_id >= 1}), 1)}
    if all(old == new for old, new in ids.items()):
        return rows
    return [replace(q, speaker_id=ids[q.speaker_id]) if q.speaker_id >= 1 else q for q in rows]


def _one_line(field: str) -> str:
    """A name, role or body as one line with single spaces (`Mayor Harold  L. Fenwick`, typed
    with two, or a name broken over a line the parser was not told of): a table's cell."""
    return " ".join(plain_letters(field).split())


def _role_in_sentence_case(role: str) -> str:
    """`HEALTH Minister Ana Ruiz has promised …`: papers set a story's first word in capitals,
    and a role that opens the story keeps them; a word of English that names a field or a job
    (not an initialism: `NHS chief executive`) is written as a title again. A post's letters
    that the lists hold as a job but no dictionary as a word stay (`OCPD X said`, `CECM Trade X`)."""
    first, _, rest = role.partition(" ")
    words = lexicon()
    known = first.lower() in words.portfolio_words or first.lower() in words.role_nouns
    known = known and is_english_word(first)
    if len(first) < 4 or not (first.isalpha() and first.isupper()) or rest.isupper() or not known:
        return role
    return f"{first.capitalize()} {rest}" if rest else first.capitalize()


def _row(att: Attribution, speaker: Speaker | None, text: str, source: str) -> Quote:
    """One attribution as a row, with the chance its speaker is right: as measured on train
    from what the row carries, or, for reported speech, as its fitted model gives it
    (benchmarks/fit_reported.py)."""
    span, m = att.span, att.mention
    # (A name the story prints only in capitals, `Mr. JOHN BURNS presiding`, an archive's way, is
    # written as a transcript's label is: *John Burns*.)
    if speaker is not None and (att.sieve == "transcript" or _name_only_in_capitals(speaker, text)):
        speaker = in_small_letters(speaker)
    if speaker is not None:
        speaker = _office_in_capitals_as_titles(speaker)
    # A mention that stands for no entity (an unresolved `he`) keeps its offsets and words,
    # with no speaker named.
    named = speaker is not None and bool(speaker.name)
    # (A soft hyphen or a ligature, in a PDF's or a page's text, is no letter of a name, role or
    # body; the quote and the mention keep the text as it is.)
    row = Quote(
        source=source,
        speaker=_one_line(speaker.name) if speaker else "",
        role=_one_line(_role_in_sentence_case(speaker.role)) if speaker else "",
        organization=_one_line(speaker.organization) if speaker else "",
        quote=text[span.start : span.end],
        cue=att.cue,
        kind=att.kind,
        confidence=0.0,
        start=span.start,
        end=span.end,
        speaker_start=m.start if m and speaker else -1,
        speaker_end=m.end if m and speaker else -1,
        utterance=span.utterance,
        sieve=att.sieve,
        mention=text[m.start : m.end] if m and speaker else "",
        speaker_id=speaker.id if named and speaker else -1,
    )
    if row.kind == "indirect" and row.speaker:
        return replace(row, confidence=reported_confidence(att.evidence))
    return replace(row, confidence=calibrated_confidence(row))


def _office_in_capitals_as_titles(speaker: Speaker) -> Speaker:
    """`The CHANCELLOR of the EXCHEQUER said`: archive reports print an office's words in
    capitals, joined by small words; each such word of English is written as a title again in
    the role, and in the body and the unnamed speaker that repeat it (*Chancellor of the
    Exchequer* / *Exchequer*, as the office written so gives). A post's letters, no word of
    English (`CHAIRMAN of the LCC`), and a role with no joining word stay as printed."""
    words = speaker.role.split()
    joined = any(w in NAME_JOINERS or w == "the" for w in words[1:-1])
    capitals = [w for w in words if w.isupper()]
    if not joined or not all(w.isupper() or w in NAME_JOINERS or w == "the" for w in words):
        return speaker
    if not all(w.isalpha() and len(w) > 1 and is_english_word(w) for w in capitals):
        return speaker
    titled = {w: w.capitalize() for w in capitals}

    def as_titles(field: str) -> str:
        return " ".join(titled.get(w, w) for w in field.split())

    repeats = (speaker.role.lower(), "the " + speaker.role.lower())
    name = as_titles(speaker.name) if speaker.name.lower() in repeats else speaker.name
    organization = speaker.organization
    if organization and f" {organization}" in f" {speaker.role}":
        organization = as_titles(organization)
    return replace(speaker, role=as_titles(speaker.role), organization=organization, name=name)


def _name_only_in_capitals(speaker: Speaker, text: str) -> bool:
    """Whether a person's fullest name, of two words or more, is set all in capitals; or, of
    one word, is printed in capitals after a form of address (`Mr. BURNS said`: a surname, where
    a one-word acronym the tagger calls a person, `NUPENG`, has no `Mr.` and stays as printed)."""
    name = speaker.name
    if speaker.kind != "person" or not name.isupper():
        return False
    if in_capitals(name):
        return True
    one_word = len(name) > 1 and name.isalpha() and name.lower() not in lexicon().role_nouns
    return one_word and _addressed(name, text)


def _addressed(name: str, text: str) -> bool:
    """Whether ``name`` follows a form of address or a title somewhere in ``text`` (`Mr. BURNS`,
    `Alderman SMITH`, also in brackets after an office: `the Mayor (Alderman SMITH)`)."""
    before = (title_word(m.group(1)) for m in re.finditer(rf"([^\s(\[]+)\s+{re.escape(name)}\b", text))
    return any(addresses_a_name(word) for word in before)


_AFTER_A_LETTER = re.compile(r"(?<=[^\W\d_])[^\W\d_]+")


def in_small_letters(speaker: Speaker) -> Speaker:
    """A transcript's speaker as its label writes it, all in capitals, written as the story
    would: a name as a name, without a form of address (`MS. ADLER` is *Adler*, `JAKE TAPPER`
    *Jake Tapper*), a description or a part in small letters (`THE COURT` is *the court*,
    `REPORTER` *reporter*, no body)."""
    name = speaker.name
    if not name.isupper() or not all(len(w) > 1 for w in name.split()):
        return speaker
    words = name.split()
    lex = lexicon()
    if words[0] == "THE" or (len(words) == 1 and words[0].lower() in lex.role_nouns):
        small = name.lower()
        role = "" if speaker.role.lower() == small else speaker.role
        return replace(speaker, name=small, role=role, organization="", kind="person")
    while len(words) > 1 and words[0].lower().rstrip(".") in lex.honorifics:
        words = words[1:]
    # (A letter after a letter goes small: `O'NEILL-HART` is `O'Neill-Hart`.)
    return replace(speaker, name=_AFTER_A_LETTER.sub(lambda m: m.group().lower(), " ".join(words)))
