"""A post held now and a past one joined in one apposition, from a frozen parse of a sentence
written for this file: `said Tom Reed, the hospital's president and a former surgeon.` gives
*president* (was *former surgeon*, the longer role): the post put first and held now says who
speaks.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# "The ward is full every night," said Tom Reed, the hospital's president and a former surgeon.
_NOW_FIRST = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
ward NOUN NN nsubj 3 O ward
is AUX VBZ ccomp 9 O be
full ADJ JJ acomp 3 O full
every DET DT det 6 O every
night NOUN NN npadvmod 3 O night _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Tom PROPN NNP compound 11 B-PERSON Tom
Reed PROPN NNP nsubj 9 I-PERSON Reed _
, PUNCT , punct 11 O ,
the DET DT det 14 O the
hospital NOUN NN poss 16 O hospital _
's PART POS case 14 O 's
president NOUN NN appos 11 O president
and CCONJ CC cc 16 O and
a DET DT det 20 O a
former ADJ JJ amod 20 O former
surgeon NOUN NN conj 16 O surgeon _
. PUNCT . punct 9 O . _
"""


def test_the_post_held_now_beats_a_past_one_after_it() -> None:
    assert who(_NOW_FIRST) == [("Tom Reed", "president", "")]
