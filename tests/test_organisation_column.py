"""What may stand in the organisation column. A place or a people is no organisation a person
works for (ROLES.md: state and party labels go to the note): `the former governor of Queensland`
has no organisation, `the sheriff of Clark County` keeps the county, whose government employs
them. Words cut from a sentence are no body's name (`fellow with Acme University`,
`Committee for`). Sentences written for this file, through the real pipeline (what a user
sees)."""

from __future__ import annotations

import pytest

from quotes import extract
from quotes.context import DocContext
from quotes.entities import ArticleEntities, not_a_name
from quotes.lexicon import lexicon
from tests.frozen import frozen


def who(text: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," said Ana Ruiz, the former governor of Queensland.',
        '"We will win," said Ana Ruiz, a Florida senator.',
        '"It is over," said Ana Ruiz, a minister in the government of France.',
    ],
)
def test_a_place_is_no_organisation(text: str) -> None:
    rows = who(text)
    assert rows and rows[0][0] == "Ana Ruiz" and rows[0][1]
    assert rows[0][2] == ""


def test_a_region_the_job_covers_gives_way_to_the_body_after_it() -> None:
    text = (
        '"Rates will rise again," said Ana Ruiz, head of research for Africa and the Middle East '
        "at Kerrow Bank."
    )
    assert who(text) == [
        ("Ana Ruiz", "head of research for Africa and the Middle East at Kerrow Bank", "Kerrow Bank")
    ]


def test_a_body_named_by_its_leader_owns_a_job() -> None:
    text = 'Ana Ruiz, the Hale administration\'s chief economist, said: "Rates will rise again."'
    assert who(text) == [("Ana Ruiz", "chief economist", "Hale administration")]


# "Scientists have warned of more bleaching. The Great Barrier Reef Marine Park Authority said
# aerial surveys would begin next week.", the body's name tagged a work of art (as the tagger
# did in a longer story of ours).
_AUTHORITY = """
Scientists NOUN NNS nsubj 2 O scientist
have AUX VBP aux 2 O have
warned VERB VBN ROOT 2 O warn
of ADP IN prep 2 O of
more ADJ JJR amod 5 O more
bleaching ADJ JJ pobj 3 O bleaching _
. PUNCT . punct 2 O .
The DET DT det 13 B-WORK_OF_ART the
Great PROPN NNP compound 9 I-WORK_OF_ART Great
Barrier PROPN NNP compound 13 I-WORK_OF_ART Barrier
Reef PROPN NNP compound 13 I-WORK_OF_ART Reef
Marine PROPN NNP compound 13 I-WORK_OF_ART Marine
Park PROPN NNP compound 13 I-WORK_OF_ART Park
Authority PROPN NNP nsubj 14 I-WORK_OF_ART Authority
said VERB VBD ROOT 14 O say
aerial ADJ JJ amod 16 O aerial
surveys NOUN NNS nsubj 18 O survey
would AUX MD aux 18 O would
begin VERB VB ccomp 14 O begin
next ADJ JJ amod 20 B-DATE next
week NOUN NN npadvmod 18 I-DATE week _
. PUNCT . punct 14 O . _
"""


def test_a_body_the_tagger_took_for_a_work_of_art_is_a_body() -> None:
    doc = frozen(_AUTHORITY)
    article = ArticleEntities(DocContext(doc), [True] * len(doc))
    assert [o.name() for o in article.organizations] == ["Great Barrier Reef Marine Park Authority"]


def test_the_body_owning_what_a_person_is_of() -> None:
    text = '"We see heat stress early," said Prof Ana Ruiz, of Kerrow University\'s reef studies centre.'
    assert who(text) == [("Ana Ruiz", "", "Kerrow University")]


def test_a_county_is_a_body() -> None:
    assert who('"We will win," said Ana Ruiz, the sheriff of Clark County.') == [
        ("Ana Ruiz", "sheriff of Clark County", "Clark County")
    ]


def test_the_place_list_holds_countries_and_states_in_lower_case() -> None:
    places = lexicon().places
    assert {"france", "queensland", "florida", "tamil nadu", "ontario"} <= places
    assert "clark county" not in places


@pytest.mark.parametrize(
    "words",
    [
        "fellow with Acme University",
        "Twitter junkie",
        "Committee for",
        "Institute of the",
        "Vox Populi (Voice of the People",
    ],
)
def test_words_cut_from_a_sentence_are_no_name(words: str) -> None:
    assert not_a_name(words)


@pytest.mark.parametrize(
    "words",
    [
        "convention Rules Committee",
        "Committee for a Responsible Budget",
        "Acme (UK)",
        "fivethirtyeight",
        "Servant House Church",
    ],
)
def test_names_of_bodies_stand(words: str) -> None:
    assert not not_a_name(words)


def test_a_body_tagged_without_the_bracket_it_opened_is_named_without_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # The tagger often ends `The Civic Alliance (CA) said` inside the brackets; forced here so
    # the test does not hang on what the model tags.
    from spacy.tokens import Span

    from quotes.extractor import Extractor

    doc = nlp.make_doc('The Civic Alliance (CA) said the plan was "too little, too late".')
    for _, proc in nlp.pipeline:
        if not isinstance(proc, type(nlp.get_pipe("quotes"))):
            doc = proc(doc)
    doc.ents = [Span(doc, 0, 5, label="ORG")]  # `The Civic Alliance (CA`
    (row,) = Extractor().rows(doc)
    assert (row.speaker, row.organization) == ("Civic Alliance", "Civic Alliance")
    assert [(e.text, e.label_) for e in doc.ents] == [("The Civic Alliance", "ORG")]


def test_an_of_inside_a_body_s_name_ties_no_body_of_its_own() -> None:
    rows = who(
        '"They learned quickly," said Dr Ana Ruiz, a research fellow in the university\'s School of '
        "Biological and Chemical Sciences."
    )
    assert rows[0][0] == "Ana Ruiz" and rows[0][2] not in ("Biological", "Chemical Sciences")
