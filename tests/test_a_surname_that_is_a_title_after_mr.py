"""`Mr Judge, the secretary, said … "…," Mr Judge said.`: a surname that is also a title (`Judge`)
after `Mr` was cut away as a title with the form of address, leaving no name, so the speaker
was *Mr Judge* with no role and no tie to the secretary. After an everyday form of address
(`Mr`, `Mrs`, `Ms`, `Miss`) one such word is a surname, unless it is an office one speaks to by
the address (`Mr. Speaker`, `Mr President`). Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Harbour Board met on Monday. Mr Judge, the secretary, said the dock would reopen in May.
# "We have waited long enough," Mr Judge said.  "The order is in the speaker's hands," Mr. Speaker
# said.
_SURNAME = """
The DET DT det 2 B-ORG the
Harbour PROPN NNP compound 2 I-ORG Harbour
Board PROPN NNP nsubj 3 I-ORG Board
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O .
Mr PROPN NNP compound 8 O Mr
Judge PROPN NNP nsubj 13 O Judge _
, PUNCT , punct 8 O ,
the DET DT det 11 O the
secretary NOUN NN appos 8 O secretary _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
dock NOUN NN nsubj 17 O dock
would AUX MD aux 17 O would
reopen VERB VB ccomp 13 O reopen
in ADP IN prep 17 O in
May PROPN NNP pobj 18 B-DATE May _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 25 O we
have AUX VBP aux 25 O have
waited VERB VBN ccomp 32 O wait
long ADV RB advmod 27 O long
enough ADV RB advmod 25 O enough _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Mr PROPN NNP compound 31 O Mr
Judge PROPN NNP nsubj 32 O Judge
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 33 O <paragraph> _
" PUNCT `` punct 48 O " _
The DET DT det 37 O the
order NOUN NN nsubj 38 O order
is AUX VBZ ccomp 48 O be
in ADP IN prep 38 O in
the DET DT det 41 O the
speaker NOUN NN poss 43 O speaker _
's PART POS case 41 O 's
hands NOUN NNS pobj 39 O hand _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
Mr. PROPN NNP compound 47 O Mr.
Speaker PROPN NNP nsubj 48 B-PERSON Speaker
said VERB VBD ROOT 48 O say _
. PUNCT . punct 48 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_a_surname_that_is_a_title_after_mr_is_the_name() -> None:
    assert _rows(_SURNAME)[0] == ("Judge", "secretary")

