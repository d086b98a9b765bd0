"""A quote that opens a sentence right after another sentence's quote closed by a typed
apostrophe on its full stop (`… was 'a scandal.' "Families are leaving," she said.`), or by two
apostrophes as archive scans type them (``` ``a scandal.'' ``Families …,'' she said ```), is a
whole utterance, kind `direct`, as it is after a curly or a straight double mark; before, only
those counted as closing the sentence before, and the quote was `partial`. An apostrophe with
no stop before it may close a plural's possessive (`the tenants' "rent fund"`): the quote
after it is still partial. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ana Ruiz said the rent rise was 'a scandal.' "Families are leaving the town," she said.
_APOSTROPHES = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
said VERB VBD ROOT 2 O say
the DET DT det 5 O the
rent NOUN NN compound 5 O rent
rise NOUN NN nsubj 6 O rise
was AUX VBD ccomp 2 O be
' PUNCT `` punct 6 O ' _
a DET DT det 9 O a
scandal NOUN NN attr 6 O scandal _
. PUNCT . punct 2 O . _
' PUNCT '' punct 2 O '
" PUNCT `` punct 21 O " _
Families NOUN NNS nsubj 15 O family
are AUX VBP aux 15 O be
leaving VERB VBG ccomp 21 O leave
the DET DT det 17 O the
town NOUN NN dobj 15 O town _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
she PRON PRP nsubj 21 O she
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Ana Ruiz said the rent rise was ``a scandal.'' ``Families are leaving the town,'' she said.
_BACKTICKS = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
said VERB VBD ROOT 2 O say
the DET DT det 5 O the
rent NOUN NN compound 5 O rent
rise NOUN NN nsubj 6 O rise
was AUX VBD ccomp 2 O be
` PUNCT `` punct 6 O ` _
` PUNCT `` punct 6 O ` _
a DET DT det 10 O a
scandal NOUN NN attr 6 O scandal _
. PUNCT . punct 2 O . _
'' PUNCT '' punct 2 O ''
` PUNCT `` punct 17 O ` _
` PUNCT `` punct 17 O ` _
Families NOUN NNS nsubj 17 O family
are AUX VBP aux 17 O be
leaving VERB VBG ccomp 23 O leave
the DET DT det 19 O the
town NOUN NN dobj 17 O town _
, PUNCT , punct 23 O , _
'' PUNCT '' punct 23 O ''
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Ana Ruiz said the tenants' "rent fund" was empty.
_POSSESSIVE = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
tenants NOUN NNS poss 8 O tenant _
' PART POS case 4 O '
" PUNCT `` punct 8 O " _
rent NOUN NN compound 8 O rent
fund NOUN NN nsubj 10 O fund _
" PUNCT '' punct 8 O "
was AUX VBD ccomp 2 O be
empty ADJ JJ acomp 10 O empty _
. PUNCT . punct 2 O . _
"""


def test_a_quote_after_one_closed_by_an_apostrophe_and_a_stop_is_direct() -> None:
    rows = Extractor().rows(frozen(_APOSTROPHES))
    assert [(r.quote, r.kind, r.speaker) for r in rows] == [
        ("a scandal.", "partial", "Ana Ruiz"),
        ("Families are leaving the town,", "direct", "Ana Ruiz"),
    ]


def test_a_quote_after_one_closed_by_two_apostrophes_is_direct() -> None:
    rows = Extractor().rows(frozen(_BACKTICKS))
    assert [(r.quote, r.kind, r.speaker) for r in rows] == [
        ("a scandal.", "partial", "Ana Ruiz"),
        ("Families are leaving the town,", "direct", "Ana Ruiz"),
    ]


def test_a_quote_after_a_plurals_possessive_stays_partial() -> None:
    rows = Extractor().rows(frozen(_POSSESSIVE))
    assert [(r.quote, r.kind) for r in rows] == [("rent fund", "partial")]
