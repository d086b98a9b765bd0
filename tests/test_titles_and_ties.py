"""Titles and ties to a body as parliaments and papers write them: titles with `of the` or `for`
before a name (`Leader of the Opposition`, `Speaker of the House`, `Minister for Housing`), which
the parser makes the subject with the name the object of its `of`: the person speaks, with the
title for role; a body after `, of` (`Jim Moohan, of the GMB union,`); `who teaches at Y`."""

from __future__ import annotations

from quotes.attribution import mention_at
from quotes.context import DocContext
from tests.frozen import frozen
from tests.rows import row_starting

# Parses by en_core_web_sm 3.8 of sentences written for this file.
LEADER_OF_THE_OPPOSITION = """
Leader NOUN NN nsubj 6 O leader
of ADP IN prep 0 O of
the DET DT det 5 O the
Opposition PROPN NNP compound 5 O Opposition
Peter PROPN NNP compound 5 B-PERSON Peter
Dutton PROPN NNP pobj 1 I-PERSON Dutton
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
budget NOUN NN nsubj 10 O budget
had AUX VBD aux 10 O have
failed VERB VBN ccomp 6 O fail _
. PUNCT . punct 6 O . _
"""

INITIALS_AFTER_TITLE_OF = """
Leader NOUN NN nsubj 7 O leader
of ADP IN prep 0 O of
the DET DT det 6 O the
Opposition PROPN NNP compound 6 O Opposition
V PROPN NNP compound 6 O V
D PROPN NNP compound 6 O D
Rao PROPN NNP pobj 1 O Rao
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
dams NOUN NNS nsubjpass 11 O dam
were AUX VBD auxpass 11 O be
opened VERB VBN ccomp 7 O open
without ADP IN prep 11 O without
notice NOUN NN pobj 12 O notice _
. PUNCT . punct 7 O . _
"""


def _subject_mention(spec: str) -> str:
    doc = frozen(spec)
    mention = mention_at(DocContext(doc), doc[0])
    assert mention is not None
    return doc.text[mention.start : mention.end]


def test_the_name_after_a_title_of_the_body_is_the_speaker_not_the_title() -> None:
    assert _subject_mention(LEADER_OF_THE_OPPOSITION) == "Peter Dutton"


def test_initials_open_a_name_the_tagger_left_untagged() -> None:
    assert _subject_mention(INITIALS_AFTER_TITLE_OF) == "V D Rao"


def test_the_title_with_of_the_is_the_role_and_the_name_no_part_of_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leader of the Opposition Peter Dutton said the budget had failed families.\n\n"
        "\u201cThis is a budget for nobody,\u201d Dutton said.\n\n"
        "Speaker of the House Ana Ruiz said: \u201cThe vote will be held on Friday.\u201d\n"
    )
    rows = extract_rows(text)
    dutton = row_starting(rows, "This is a budget")
    expected = ("Peter Dutton", "Leader of the Opposition", "")
    assert (dutton.speaker, dutton.role, dutton.organization) == expected
    ruiz = row_starting(rows, "The vote will")
    assert (ruiz.speaker, ruiz.role, ruiz.organization) == ("Ana Ruiz", "Speaker of the House", "House")


def test_the_minister_alone_is_the_one_minister_whose_title_runs_on_with_for(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `Minister for Housing` is headed by `Minister`, not by its last word.
    text = (
        "Minister for Housing Ann Cole rejected the criticism. \u201cWe built more homes last year than "
        "in any year since 2008,\u201d the Minister said.\n"
    )
    row = row_starting(extract_rows(text), "We built")
    assert (row.speaker, row.role) == ("Ann Cole", "Minister for Housing")


def test_a_role_in_a_relative_clause_drops_its_relative_word(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The vote was held in Kentucky, where the secretary of state, Ana Ruiz, oversees elections. "
        "\u201cEvery ballot will be counted,\u201d the secretary said.\n"
    )
    row = row_starting(extract_rows(text), "Every ballot")
    assert (row.speaker, row.role) == ("Ana Ruiz", "secretary of state")


def test_a_role_is_headed_by_the_noun_before_of_or_for() -> None:
    from quotes.entities import role_head

    assert role_head("Minister for Housing") == "minister"
    assert role_head("governors of large states") == "governors"
    assert role_head("deputy press secretary") == "secretary"


def test_a_body_after_of_set_off_by_commas_is_the_organisation(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # A body's noun in small letters that a name in capitals says which: not a place.
    text = (
        "Ana Ruiz, of the GMB union, said the yard was closing. \u201cWe are looking at the end,\u201d "
        "she said.\n\nTom Hale, of Derby, said he was sorry. \u201cIt is sad,\u201d he said.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We are looking").organization == "GMB union"
    assert row_starting(rows, "It is sad").organization == ""


def test_who_teaches_at_a_body_ties_the_person_to_it_with_no_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cIt is a hard choice,\u201d said Claire Boudreau, who teaches at Laval University.\n"
    row = row_starting(extract_rows(text), "It is a hard")
    assert (row.speaker, row.role, row.organization) == ("Claire Boudreau", "", "Laval University")


def test_a_person_after_a_bodys_name_with_of_and_a_job_is_the_speaker(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Parsed with the body's `General` for the subject and the person as the object of `of`.
    text = (
        "The flight returned on Sunday.\n\nDirectorate General of Civil Aviation chief Faiz Kidwai said "
        "the regulator had sought a report. \u201cWe are looking at it,\u201d Kidwai said.\n"
    )
    row = row_starting(extract_rows(text), "We are looking")
    assert row.speaker == "Faiz Kidwai"
    assert row.organization != "Faiz Kidwai"
