"""`ranking member`, `ranking Democrat`: the minority's senior seat on a committee is a role
(issue 10), though a party word alone is none; the committee is its organisation. Frozen parses of
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
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    return [(d.role, d.organization) for d in describer.describe(start, start + len(words))]


def test_a_committee_in_capitals_before_ranking_is_the_organisation() -> None:
    # "Shame," said Oversight ranking Democrat Omar Tate (D-Ill.).
    spec = """
    " PUNCT `` punct 4 O " _
    Shame PROPN NNP nsubj 4 O Shame _
    , PUNCT , punct 4 O , _
    " PUNCT '' punct 4 O "
    said VERB VBD ROOT 4 O say
    Oversight NOUN NN npadvmod 6 O oversight
    ranking VERB VBG nsubj 4 O rank
    Democrat PROPN NNP nmod 9 B-NORP Democrat
    Omar PROPN NNP nmod 9 B-PERSON Omar
    Tate PROPN NNP dobj 6 I-PERSON Tate
    ( PUNCT -LRB- punct 9 O ( _
    D PROPN NNP compound 13 O D _
    - PUNCT HYPH punct 11 O - _
    Ill. PROPN NNP appos 9 O Ill. _
    ) PUNCT -RRB- punct 9 O ) _
    . PUNCT . punct 4 O . _
    """
    assert described(spec, "Omar Tate") == [("ranking Democrat", "Oversight")]


def test_the_ranking_democrat_on_a_committee_is_of_that_committee() -> None:
    # "We wait," said Sen. Ana Ruiz, the ranking Democrat on the Senate Budget Committee.
    spec = """
    " PUNCT `` punct 5 O " _
    We PRON PRP nsubj 2 O we
    wait VERB VBP ccomp 5 O wait _
    , PUNCT , punct 5 O , _
    " PUNCT '' punct 5 O "
    said VERB VBD ROOT 5 O say
    Sen. PROPN NNP compound 8 O Sen.
    Ana PROPN NNP compound 8 B-PERSON Ana
    Ruiz PROPN NNP nsubj 5 I-PERSON Ruiz _
    , PUNCT , punct 8 O ,
    the DET DT det 12 O the
    ranking ADJ JJ amod 12 O ranking
    Democrat PROPN NNP appos 8 B-NORP Democrat
    on ADP IN prep 12 O on
    the DET DT det 17 B-ORG the
    Senate PROPN NNP compound 17 I-ORG Senate
    Budget PROPN NNP compound 17 I-ORG Budget
    Committee PROPN NNP pobj 13 I-ORG Committee _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Ana Ruiz") == [
        ("ranking Democrat on the Senate Budget Committee", "Senate Budget Committee")
    ]


def test_ranking_and_a_party_word_before_a_name_is_a_role() -> None:
    # "Nobody listened," said ranking Republican Lena Ortiz.
    spec = """
    " PUNCT `` punct 5 O " _
    Nobody PRON NN nsubj 2 O nobody
    listened VERB VBD ccomp 5 O listen _
    , PUNCT , punct 5 O , _
    " PUNCT '' punct 5 O "
    said VERB VBD ROOT 5 O say
    ranking VERB VBG xcomp 5 O rank
    Republican PROPN NNP compound 9 B-NORP Republican
    Lena PROPN NNP compound 9 B-PERSON Lena
    Ortiz PROPN NNP dobj 6 I-PERSON Ortiz _
    . PUNCT . punct 5 O . _
    """
    assert described(spec, "Lena Ortiz") == [("ranking Republican", "")]


def test_highest_ranking_does_not_make_a_party_word_a_role() -> None:
    # Premier Ted Moss, the province's highest-ranking Republican, said no on Monday.
    spec = """
    Premier PROPN NNP compound 2 O Premier
    Ted PROPN NNP compound 2 B-PERSON Ted
    Moss PROPN NNP nsubj 12 I-PERSON Moss _
    , PUNCT , punct 2 O ,
    the DET DT det 5 O the
    province NOUN NN poss 10 O province _
    's PART POS case 5 O 's
    highest ADV RBS advmod 9 O highest _
    - PUNCT HYPH punct 9 O - _
    ranking VERB VBG amod 10 O rank
    Republican PROPN NNP appos 2 B-NORP Republican _
    , PUNCT , punct 2 O ,
    said VERB VBD ROOT 12 O say
    no INTJ UH intj 12 O no
    on ADP IN prep 12 O on
    Monday PROPN NNP pobj 14 B-DATE Monday _
    . PUNCT . punct 12 O . _
    """
    assert described(spec, "Ted Moss") == [("Premier", "")]
