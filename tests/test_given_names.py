"""A given name the tagger left out of a person's name, opening the sentence: `Enver Solomon,
chief executive of …, said`, with `Solomon` alone tagged a person."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.entities import with_given_name
from tests.frozen import frozen

# Parse by en_core_web_sm 3.8 of a sentence written for this file.
GIVEN_NAME_OPENS_SENTENCE = """
Enver PROPN NNP compound 1 O Enver
Solomon PROPN NNP nsubj 9 B-PERSON Solomon _
, PUNCT , punct 1 O ,
chief ADJ JJ amod 4 O chief
executive NOUN NN appos 1 O executive
of ADP IN prep 4 O of
the DET DT det 7 O the
charity NOUN NN pobj 5 O charity _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say
so ADV RB advmod 9 O so _
. PUNCT . punct 9 O . _
"""

# The same shape with a title in place of the given name (written by hand from the above).
TITLE_OPENS_SENTENCE = """
Inspector PROPN NNP compound 1 O Inspector
Solomon PROPN NNP nsubj 2 B-PERSON Solomon
said VERB VBD ROOT 2 O say
so ADV RB advmod 2 O so _
. PUNCT . punct 2 O . _
"""


def test_an_untagged_name_word_opening_the_sentence_is_the_given_name() -> None:
    doc = frozen(GIVEN_NAME_OPENS_SENTENCE)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert with_given_name(doc, person).text == "Enver Solomon"


def test_a_title_opening_the_sentence_is_no_given_name() -> None:
    doc = frozen(TITLE_OPENS_SENTENCE)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert with_given_name(doc, person).text == "Solomon"


def test_initials_are_single_capitals_not_short_forms() -> None:
    from quotes.tokens import is_initials

    doc = frozen(
        "V PROPN NNP compound 2 O V\nV.D. PROPN NNP compound 2 O V.D.\nBJP PROPN NNP nsubj 2 O BJP _"
    )
    assert [is_initials(t) for t in doc] == [True, True, False]


# A parse of a sentence written for this file, with the tagger's cut (seen on `Councillor Pedro`
# before `Alves disagreed: „…"`) written in by hand: the surname tagged as nothing.
GIVEN_NAME_ENDS_THE_TAG = """
Councillor PROPN NNP compound 2 B-PERSON Councillor
Pedro PROPN NNP compound 2 I-PERSON Pedro
Alves PROPN NNP nsubj 3 O Alves
disagreed VERB VBD ROOT 3 O disagree
with ADP IN prep 3 O with
the DET DT det 6 O the
plan NOUN NN pobj 4 O plan _
. PUNCT . punct 3 O . _
"""


def test_a_person_tagged_up_to_a_given_name_runs_on_over_the_surname() -> None:
    from quotes.tokens import finish_given_names

    doc = frozen(GIVEN_NAME_ENDS_THE_TAG)
    finish_given_names(DocContext(doc))
    assert [e.text for e in doc.ents] == ["Councillor Pedro Alves"]


def test_a_given_name_runs_on_over_a_surname_with_an_apostrophe() -> None:
    """`Councillor Maria Ndung'u`, `Peter D'Arcy`: an apostrophe inside the surname."""
    from quotes.tokens import finish_given_names

    doc = frozen(GIVEN_NAME_ENDS_THE_TAG.replace("Pedro", "Maria").replace("Alves", "Ndung'u"))
    finish_given_names(DocContext(doc))
    assert [e.text for e in doc.ents] == ["Councillor Maria Ndung'u"]


def test_a_given_name_runs_on_over_no_body_nor_headline_word() -> None:
    from quotes.tokens import finish_given_names

    spec = GIVEN_NAME_ENDS_THE_TAG
    body = frozen(spec.replace("Alves PROPN NNP nsubj 3 O Alves", "Council PROPN NNP nsubj 3 O Council"))
    finish_given_names(DocContext(body))
    assert [e.text for e in body.ents] == ["Councillor Pedro"]
    headline = frozen(
        spec.replace("disagreed VERB VBD ROOT 3 O", "Disagreed VERB VBD ROOT 3 O").replace(
            "plan NOUN NN pobj 4 O plan", "Plan NOUN NN pobj 4 O plan"
        )
    )
    finish_given_names(DocContext(headline))
    assert [e.text for e in headline.ents] == ["Councillor Pedro"]
