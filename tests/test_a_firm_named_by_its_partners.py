"""`said Peter Musoke of Musoke and Nabirye Advocates`: a name, `and`, and words in capitals closed
by the trade a firm sells (models/trade_name_words.txt: advocates, solicitors, associates) are one
firm named by its partners, though the first of them is the speaker's own surname, so the firm is
the speaker's body. Frozen parses of texts written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The arrest was unlawful," said Peter Musoke of Musoke and Nabirye Advocates.
_FIRM = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
arrest NOUN NN nsubj 3 O arrest
was AUX VBD ccomp 7 O be
unlawful ADJ JJ acomp 3 O unlawful _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Peter PROPN NNP compound 9 B-PERSON Peter
Musoke PROPN NNP nsubj 7 I-PERSON Musoke
of ADP IN prep 9 O of
Musoke PROPN NNP pobj 10 O Musoke
and CCONJ CC cc 11 O and
Nabirye PROPN NNP compound 14 O Nabirye
Advocates PROPN NNPS appos 9 O Advocates _
. PUNCT . punct 7 O . _
"""

# "The deal is fair," said Tom Hale of Kenya and Uganda.
_PLACES = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
deal NOUN NN nsubj 3 O deal
is AUX VBZ ccomp 7 O be
fair ADJ JJ acomp 3 O fair _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Tom PROPN NNP compound 9 B-PERSON Tom
Hale PROPN NNP nsubj 7 I-PERSON Hale
of ADP IN prep 9 O of
Kenya PROPN NNP pobj 10 B-GPE Kenya
and CCONJ CC cc 11 O and
Uganda PROPN NNP conj 11 B-GPE Uganda _
. PUNCT . punct 7 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_law_firm_named_by_its_partners() -> None:
    assert _rows(_FIRM) == [("Peter Musoke", "", "Musoke and Nabirye Advocates")]


def test_two_places_joined_are_no_firm() -> None:
    assert _rows(_PLACES) == [("Tom Hale", "", "")]
