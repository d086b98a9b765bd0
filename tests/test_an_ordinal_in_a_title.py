"""`First Minister John Swinney`, `Deputy First Minister Kate Forbes`: an ordinal in capitals right
before a role noun in capitals is a word of the title, though the tagger calls it a number.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# First Minister John Swinney said the budget was fair to every part of Scotland. "It protects the
# NHS," Mr Swinney said.
_FIRST = """
First PROPN NNP compound 1 B-ORDINAL First
Minister PROPN NNP compound 3 O Minister
John PROPN NNP compound 3 B-PERSON John
Swinney PROPN NNP nsubj 4 I-PERSON Swinney
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
budget NOUN NN nsubj 7 O budget
was AUX VBD ccomp 4 O be
fair ADJ JJ acomp 7 O fair
to ADP IN prep 8 O to
every DET DT det 11 O every
part NOUN NN pobj 9 O part
of ADP IN prep 11 O of
Scotland PROPN NNP pobj 12 B-GPE Scotland _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
It PRON PRP nsubj 17 O it
protects VERB VBZ ccomp 24 O protect
the DET DT det 19 O the
NHS PROPN NNP dobj 17 B-ORG NHS _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Mr PROPN NNP compound 23 O Mr
Swinney PROPN NNP nsubj 24 B-PERSON Swinney
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Deputy First Minister Kate Forbes said the budget was fair to every part of Scotland. "It
# protects the NHS," Ms Forbes said.
_DEPUTY = """
Deputy PROPN NNP compound 2 O Deputy
First PROPN NNP compound 2 B-ORDINAL First
Minister PROPN NNP compound 4 O Minister
Kate PROPN NNP compound 4 B-PERSON Kate
Forbes PROPN NNP nsubj 5 I-PERSON Forbes
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
budget NOUN NN nsubj 8 O budget
was AUX VBD ccomp 5 O be
fair ADJ JJ acomp 8 O fair
to ADP IN prep 9 O to
every DET DT det 12 O every
part NOUN NN pobj 10 O part
of ADP IN prep 12 O of
Scotland PROPN NNP pobj 13 B-GPE Scotland _
. PUNCT . punct 5 O .
" PUNCT `` punct 18 O " _
It PRON PRP nsubj 18 O it
protects VERB VBZ ccomp 25 O protect
the DET DT det 20 O the
NHS PROPN NNP dobj 18 B-ORG NHS _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Ms PROPN NNP compound 24 B-PERSON Ms
Forbes PROPN NNP nsubj 25 I-PERSON Forbes
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_an_ordinal_opening_a_title_is_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_FIRST))
    assert [(r.speaker, r.role) for r in rows] == [("John Swinney", "First Minister")]


def test_an_ordinal_inside_a_title_is_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_DEPUTY))
    assert [(r.speaker, r.role) for r in rows] == [("Kate Forbes", "Deputy First Minister")]
