"""`senior adviser to X in the White House`: one who serves a person in a body named right after
them is of that body, and the role stops before `to` (issue 10, ROLES.md). Frozen parses of
sentences written for this file (see tests/frozen.py)."""

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
    people = frozenset({"tess", "lim", "rhys", "cole"})
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), people)
    return [(d.role, d.organization) for d in describer.describe(start, start + len(words))]


def test_adviser_to_a_person_in_a_body_hung_on_the_verb() -> None:
    # "It was a mistake," said Dana Holt, who was senior adviser to Tess Lim in the Home Office.
    spec = """
    " PUNCT `` punct 7 O " _
    It PRON PRP nsubj 2 O it
    was AUX VBD ccomp 7 O be
    a DET DT det 4 O a
    mistake NOUN NN attr 2 O mistake _
    , PUNCT , punct 7 O , _
    " PUNCT '' punct 7 O "
    said VERB VBD ROOT 7 O say
    Dana PROPN NNP compound 9 B-PERSON Dana
    Holt PROPN NNP nsubj 7 I-PERSON Holt _
    , PUNCT , punct 9 O ,
    who PRON WP nsubj 12 O who
    was AUX VBD relcl 9 O be
    senior ADJ JJ amod 14 O senior
    adviser NOUN NN attr 12 O adviser
    to ADP IN prep 14 O to
    Tess PROPN NNP compound 17 B-PERSON Tess
    Lim PROPN NNP pobj 15 I-PERSON Lim
    in ADP IN prep 12 O in
    the DET DT det 21 B-ORG the
    Home PROPN NNP compound 21 I-ORG Home
    Office PROPN NNP pobj 18 I-ORG Office _
    . PUNCT . punct 7 O . _
    """
    assert described(spec, "Dana Holt") == [("former senior adviser", "Home Office")]


def test_aide_to_a_person_at_a_body_hung_on_the_role() -> None:
    # "It is done," said Lara Bell, an aide to Rhys Cole at the Treasury.
    spec = """
    " PUNCT `` punct 6 O " _
    It PRON PRP nsubjpass 3 O it
    is AUX VBZ auxpass 3 O be
    done VERB VBN ccomp 6 O do _
    , PUNCT , punct 6 O , _
    " PUNCT '' punct 6 O "
    said VERB VBD ROOT 6 O say
    Lara PROPN NNP compound 8 B-PERSON Lara
    Bell PROPN NNP nsubj 6 I-PERSON Bell _
    , PUNCT , punct 8 O ,
    an DET DT det 11 O an
    aide NOUN NN appos 8 O aide
    to ADP IN prep 11 O to
    Rhys PROPN NNP compound 14 B-PERSON Rhys
    Cole PROPN NNP pobj 12 I-PERSON Cole
    at ADP IN prep 11 O at
    the DET DT det 17 O the
    Treasury PROPN NNP pobj 15 B-ORG Treasury _
    . PUNCT . punct 6 O . _
    """
    assert described(spec, "Lara Bell") == [("aide", "Treasury")]


def test_a_body_after_a_second_post_is_not_the_first_posts() -> None:
    # "We disagree," said Ian Moss, an aide to Rhys Cole and now a director at Harbour Bank.
    spec = """
    " PUNCT `` punct 5 O " _
    We PRON PRP nsubj 2 O we
    disagree VERB VBP ccomp 5 O disagree _
    , PUNCT , punct 5 O , _
    " PUNCT '' punct 5 O "
    said VERB VBD ROOT 5 O say
    Ian PROPN NNP compound 7 B-PERSON Ian
    Moss PROPN NNP nsubj 5 I-PERSON Moss _
    , PUNCT , punct 7 O ,
    an DET DT det 10 O an
    aide NOUN NN appos 7 O aide
    to ADP IN prep 10 O to
    Rhys PROPN NNP compound 13 B-PERSON Rhys
    Cole PROPN NNP pobj 11 I-PERSON Cole
    and CCONJ CC cc 10 O and
    now ADV RB advmod 17 O now
    a DET DT det 17 O a
    director NOUN NN conj 10 O director
    at ADP IN prep 17 O at
    Harbour PROPN NNP compound 20 B-ORG Harbour
    Bank PROPN NNP pobj 18 I-ORG Bank _
    . PUNCT . punct 5 O . _
    """
    assert not any(role == "aide" for role, _ in described(spec, "Ian Moss"))
