"""`Mr. JOHN BURNS presiding, Mr. JOHN BURNS said`, `said Mr. BEN TILLETT`: an archive prints a
speaker's name in capitals after a title. A person whose fullest name is printed only in
capitals is written in the table as a transcript's label in capitals is (`JAKE TAPPER` is *Jake
Tapper*): *John Burns*, the mention left as printed. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# At a meeting of the dock labourers last evening, Mr. JOHN BURNS presiding, Mr. JOHN BURNS said
# "The men must have their wages."
_BURNS = """
At ADP IN prep 18 O at
a DET DT det 2 O a
meeting NOUN NN pobj 0 O meeting
of ADP IN prep 2 O of
the DET DT det 6 O the
dock NOUN NN compound 6 O dock
labourers NOUN NNS pobj 3 O labourer
last ADJ JJ amod 8 B-TIME last
evening NOUN NN npadvmod 2 I-TIME evening _
, PUNCT , punct 18 O ,
Mr. PROPN NNP compound 12 O Mr.
JOHN PROPN NNP compound 12 B-PERSON JOHN
BURNS PROPN NNP compound 13 I-PERSON BURNS
presiding NOUN NN dep 18 O presiding _
, PUNCT , punct 18 O ,
Mr. PROPN NNP compound 17 O Mr.
JOHN PROPN NNP compound 17 B-PERSON JOHN
BURNS PROPN NNP nsubj 18 I-PERSON BURNS
said VERB VBD ROOT 18 O say
" PUNCT `` punct 18 O " _
The DET DT det 21 O the
men NOUN NNS nsubj 23 O man
must AUX MD aux 23 O must
have VERB VB ccomp 18 O have
their PRON PRP$ poss 25 O their
wages NOUN NNS dobj 23 O wage _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


# "We shall not yield," said Mr. BEN TILLETT.
_TILLETT = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 4 O we
shall AUX MD aux 4 O shall
not PART RB neg 4 O not
yield VERB VB ccomp 7 O yield _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Mr. PROPN NNP compound 10 O Mr.
BEN PROPN NNP compound 10 B-PERSON BEN
TILLETT PROPN NNP nsubj 7 O TILLETT _
. PUNCT . punct 7 O . _
"""


def test_a_name_in_capitals_after_a_title_is_written_as_a_name() -> None:
    rows = Extractor().rows(frozen(_BURNS))
    assert [(r.speaker, r.mention) for r in rows] == [("John Burns", "JOHN BURNS")]


def test_a_name_in_capitals_after_the_cue_is_written_as_a_name() -> None:
    rows = Extractor().rows(frozen(_TILLETT))
    assert [(r.speaker, r.mention) for r in rows] == [("Ben Tillett", "Mr. BEN TILLETT")]
