"""How prominent a mention makes its person (quotes/salience.py): a name the parser hangs on a
title's `of` (`Leader of the Opposition Tom Akers alleged`) stands where the title stands, the
clause's subject (so a description after it, `the Labour leader`, may stand for that person).
Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.salience import is_main_subject, is_subject, mention_weight
from tests.frozen import frozen


def test_a_name_hung_on_a_titles_of_is_the_subject_the_title_is() -> None:
    # Leader of the Opposition Tom Akers alleged that the government had ignored warnings.
    doc = frozen(
        """
    Leader NOUN NN nsubj 6 O leader
    of ADP IN prep 0 O of
    the DET DT det 5 O the
    Opposition PROPN NNP compound 5 O Opposition
    Tom PROPN NNP compound 5 B-PERSON Tom
    Akers PROPN NNPS pobj 1 I-PERSON Akers
    alleged VERB VBD ROOT 6 O allege
    that SCONJ IN mark 11 O that
    the DET DT det 9 O the
    government NOUN NN nsubj 11 O government
    had AUX VBD aux 11 O have
    ignored VERB VBN ccomp 6 O ignore
    warnings NOUN NNS dobj 11 O warning _
    . PUNCT . punct 6 O . _
        """
    )
    akers = next(t for t in doc if t.text == "Akers")
    assert is_subject(akers) and is_main_subject(akers)
    assert mention_weight(akers) == mention_weight(doc[0])


def test_a_name_after_of_in_small_letters_is_no_subject() -> None:
    # The son of Tom Akers alleged that the government had ignored warnings.
    doc = frozen(
        """
    The DET DT det 1 O the
    son NOUN NN nsubj 5 O son
    of ADP IN prep 1 O of
    Tom PROPN NNP compound 4 B-PERSON Tom
    Akers PROPN NNP pobj 2 I-PERSON Akers
    alleged VERB VBD ROOT 5 O allege
    that SCONJ IN mark 10 O that
    the DET DT det 8 O the
    government NOUN NN nsubj 10 O government
    had AUX VBD aux 10 O have
    ignored VERB VBN ccomp 5 O ignore
    warnings NOUN NNS dobj 10 O warning _
    . PUNCT . punct 5 O . _
        """
    )
    akers = next(t for t in doc if t.text == "Akers")
    assert not is_subject(akers)
