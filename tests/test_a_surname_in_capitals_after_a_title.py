"""`Mr. BURNS said`: council minutes and old reports print a member's surname alone in capitals
after a form of address or a title (`Mr. BURNS`, `Alderman SMITH`). Printed after one, a word
in capitals is a surname, written as a name is (*Burns*, *Smith*; the mention as printed), as
two words in capitals already are (`Mr. JOHN BURNS`, *John Burns*). A one-word acronym the
tagger calls a person, with no form of address before it anywhere (`said NAPTIP`), stays as
printed. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Council met at the Town Hall on Monday. Mr. BURNS said "the rates were far too high." "We
# cannot bear it," said Mr. BURNS.
_BURNS = """
The DET DT det 1 O the
Council PROPN NNP nsubj 2 B-ORG Council
met VERB VBD ROOT 2 O meet
at ADP IN prep 2 O at
the DET DT det 6 B-FAC the
Town PROPN NNP compound 6 I-FAC Town
Hall PROPN NNP pobj 3 I-FAC Hall
on ADP IN prep 2 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 2 O .
Mr. PROPN NNP compound 11 O Mr.
BURNS PROPN NNP nsubj 12 B-PERSON BURNS
said VERB VBD ROOT 12 O say
" PUNCT `` punct 12 O " _
the DET DT det 15 O the
rates NOUN NNS nsubj 16 O rate
were AUX VBD ccomp 12 O be
far ADV RB advmod 19 O far
too ADV RB advmod 19 O too
high ADJ JJ acomp 16 O high _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O "
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 26 O we
can AUX MD aux 26 O can _
not PART RB neg 26 O not
bear VERB VB ccomp 30 O bear
it PRON PRP dobj 26 O it _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
said VERB VBD ROOT 30 O say
Mr. PROPN NNP compound 32 O Mr.
BURNS PROPN NNP nsubj 30 B-PERSON BURNS _
. PUNCT . punct 30 O . _
"""


# Alderman SMITH moved the motion. "The road is a disgrace," said Alderman SMITH.
_SMITH = """
Alderman PROPN NNP compound 1 O Alderman
SMITH PROPN NNP nsubj 2 O SMITH
moved VERB VBD ROOT 2 O move
the DET DT det 4 O the
motion NOUN NN dobj 2 O motion _
. PUNCT . punct 2 O .
" PUNCT `` punct 14 O " _
The DET DT det 8 O the
road NOUN NN nsubj 9 O road
is AUX VBZ ccomp 14 O be
a DET DT det 11 O a
disgrace NOUN NN attr 9 O disgrace _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Alderman PROPN NNP compound 16 B-PERSON Alderman
SMITH PROPN NNP nsubj 14 I-PERSON SMITH _
. PUNCT . punct 14 O . _
"""


# "We are ready," said NAPTIP.
_NAPTIP = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 6 O be
ready ADJ JJ acomp 2 O ready _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
NAPTIP PROPN NNP nsubj 6 B-PERSON NAPTIP _
. PUNCT . punct 6 O . _
"""


def test_a_surname_in_capitals_after_mr_is_written_as_a_name() -> None:
    rows = Extractor().rows(frozen(_BURNS))
    assert [(r.speaker, r.mention) for r in rows] == [("Burns", "BURNS")] * 2


def test_a_surname_in_capitals_after_a_title_is_written_as_a_name() -> None:
    rows = Extractor().rows(frozen(_SMITH))
    assert [(r.speaker, r.role) for r in rows] == [("Smith", "Alderman")]


def test_an_acronym_tagged_a_person_stays_as_printed() -> None:
    rows = Extractor().rows(frozen(_NAPTIP))
    assert [r.speaker for r in rows] == ["NAPTIP"]
