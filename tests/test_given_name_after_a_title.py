"""A given name the lists lack, left untagged between a title and a surname of two words tagged
without it (`TGMA President Shafiqur` + `Rahman Chowdhury`), opens the name. Frozen parse of a
sentence written for this file (see tests/frozen.py; the tags set by hand as the tagger tags
such names), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Our margins are razor-thin," TGMA President Shafiqur Rahman Chowdhury said on Sunday.
_CHOWDHURY = """
" PUNCT `` punct 14 O " _
Our PRON PRP$ poss 2 O our
margins NOUN NNS nsubj 3 O margin
are AUX VBP ccomp 14 O be
razor NOUN NN npadvmod 6 O razor _
- PUNCT HYPH punct 6 O - _
thin ADJ JJ acomp 3 O thin _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
TGMA PROPN NNP compound 10 B-ORG TGMA
President PROPN NNP compound 11 O President
Shafiqur PROPN NNP compound 13 O Shafiqur
Rahman PROPN NNP compound 13 B-PERSON Rahman
Chowdhury PROPN NNP nsubj 14 I-PERSON Chowdhury
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Sunday PROPN NNP pobj 15 B-DATE Sunday _
. PUNCT . punct 14 O . _
"""


def test_an_unknown_given_name_after_a_title_opens_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_CHOWDHURY))]
    assert rows == [("Shafiqur Rahman Chowdhury", "President")]
