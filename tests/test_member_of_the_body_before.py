"""A job held in a body that the words do not name (`Band member X`, `staffer X`) right after a
sentence whose subject is a body: that body is the organisation (ROLES.md 5, an adjacent
sentence ties them; issue 10). Frozen parses of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def described(spec: str, name: str) -> list[tuple[str, str]]:
    """The (role, organisation) pairs the article gives the name ``name`` in ``spec``."""
    doc = frozen(spec)
    words = name.split()
    texts = [t.text for t in doc]
    start = next(i for i in range(len(texts)) if texts[i : i + len(words)] == words)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    return [(d.role, d.organization) for d in describer.describe(start, start + len(words))]


def test_a_staffer_after_a_sentence_a_body_is_the_subject_of_is_of_that_body() -> None:
    # Harbour Bank raised its rates again. Staffer Jo Kerr said nobody expected it.
    spec = """
    Harbour PROPN NNP compound 1 B-ORG Harbour
    Bank PROPN NNP nsubj 2 I-ORG Bank
    raised VERB VBD ROOT 2 O raise
    its PRON PRP$ poss 4 O its
    rates NOUN NNS dobj 2 O rate
    again ADV RB advmod 2 O again _
    . PUNCT . punct 2 O .
    Staffer PROPN NNP compound 9 O Staffer
    Jo PROPN NNP compound 9 B-PERSON Jo
    Kerr PROPN NNP nsubj 10 I-PERSON Kerr
    said VERB VBD ROOT 10 O say
    nobody PRON NN nsubj 12 O nobody
    expected VERB VBD ccomp 10 O expect
    it PRON PRP dobj 12 O it _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Jo Kerr") == [("Staffer", "Harbour Bank")]


def test_a_staffer_after_a_sentence_a_person_is_the_subject_of_has_no_body() -> None:
    # Tom Reid raised the rates again. Staffer Jo Kerr said nobody expected it.
    spec = """
    Tom PROPN NNP compound 1 B-PERSON Tom
    Reid PROPN NNP nsubj 2 I-PERSON Reid
    raised VERB VBD ROOT 2 O raise
    the DET DT det 4 O the
    rates NOUN NNS dobj 2 O rate
    again ADV RB advmod 2 O again _
    . PUNCT . punct 2 O .
    Staffer PROPN NNP compound 9 O Staffer
    Jo PROPN NNP compound 9 B-PERSON Jo
    Kerr PROPN NNP nsubj 10 I-PERSON Kerr
    said VERB VBD ROOT 10 O say
    nobody PRON NN nsubj 12 O nobody
    expected VERB VBD ccomp 10 O expect
    it PRON PRP dobj 12 O it _
    . PUNCT . punct 10 O . _
    """
    assert described(spec, "Jo Kerr") == [("Staffer", "")]


def test_a_frontman_in_a_sentence_about_the_bands_record_is_of_that_band() -> None:
    # The new Harbour Lights album is nearly finished, frontman Jo Kerr revealed.
    # (The parse, with the band tagged a body as a known band's name would be.)
    spec = """
    The DET DT det 4 O the
    new ADJ JJ amod 4 O new
    Harbour PROPN NNP compound 3 B-ORG Harbour
    Lights PROPN NNPS compound 4 I-ORG Lights
    album NOUN NN nsubjpass 7 O album
    is AUX VBZ auxpass 7 O be
    nearly ADV RB advmod 7 O nearly
    finished VERB VBN ccomp 12 O finish _
    , PUNCT , punct 12 O ,
    frontman NOUN NN compound 11 O frontman
    Jo PROPN NNP compound 11 B-PERSON Jo
    Kerr PROPN NNP nsubj 12 I-PERSON Kerr
    revealed VERB VBD ROOT 12 O reveal _
    . PUNCT . punct 12 O . _
    """
    assert described(spec, "Jo Kerr") == [("frontman", "Harbour Lights")]
