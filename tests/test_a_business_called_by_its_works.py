"""A business's works written right after its name (`the Inverkip Marine yard`) is a noun the
story uses for the business itself: `the yard's chief executive` is the business's
(models/works_nouns.txt), not the committee's the lede named after it. Frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Two ferries built at the Inverkip Marine yard in Greenock are three years late, a Holyrood
# committee heard. Ann Mercer, the yard's chief executive, told MSPs the first would sail in
# spring. "We are doing everything we can," Ms Mercer said.
_YARD = """
Two NUM CD nummod 1 B-CARDINAL two
ferries NOUN NNS nsubj 10 O ferry
built VERB VBN acl 1 O build
at ADP IN prep 2 O at
the DET DT det 7 O the
Inverkip PROPN NNP compound 6 B-ORG Inverkip
Marine PROPN NNP compound 7 I-ORG Marine
yard NOUN NN pobj 3 O yard
in ADP IN prep 7 O in
Greenock PROPN NNP pobj 8 B-GPE Greenock
are AUX VBP ccomp 18 O be
three NUM CD nummod 12 B-DATE three
years NOUN NNS npadvmod 13 I-DATE year
late ADV RB advmod 10 I-DATE late _
, PUNCT , punct 18 O ,
a DET DT det 17 O a
Holyrood PROPN NNP compound 17 B-ORG Holyrood
committee NOUN NN nsubj 18 O committee
heard VERB VBD ROOT 18 O hear _
. PUNCT . punct 18 O .
Ann PROPN NNP compound 21 B-PERSON Ann
Mercer PROPN NNP nsubj 29 I-PERSON Mercer _
, PUNCT , punct 21 O ,
the DET DT det 24 O the
yard NOUN NN poss 27 O yard _
's PART POS case 24 O 's
chief ADJ JJ amod 27 O chief
executive NOUN NN appos 21 O executive _
, PUNCT , punct 21 O ,
told VERB VBD ROOT 29 O tell
MSPs NOUN NNS dobj 29 O msp
the DET DT det 32 O the
first ADJ JJ nsubj 34 B-ORDINAL first
would AUX MD aux 34 O would
sail VERB VB ccomp 29 O sail
in ADP IN prep 34 O in
spring NOUN NN pobj 35 B-DATE spring _
. PUNCT . punct 29 O .
" PUNCT `` punct 49 O " _
We PRON PRP nsubj 41 O we
are AUX VBP aux 41 O be
doing VERB VBG ccomp 49 O do
everything PRON NN dobj 41 O everything
we PRON PRP nsubj 44 O we
can AUX MD relcl 42 O can _
, PUNCT , punct 49 O , _
" PUNCT '' punct 49 O "
Ms PROPN NNP compound 48 B-PERSON Ms
Mercer PROPN NNP nsubj 49 I-PERSON Mercer
said VERB VBD ROOT 49 O say _
. PUNCT . punct 49 O . _
"""


def test_the_works_a_business_runs_stand_for_it() -> None:
    (row,) = Extractor().rows(frozen(_YARD))
    assert (row.speaker, row.role, row.organization) == ("Ann Mercer", "chief executive", "Inverkip Marine")
