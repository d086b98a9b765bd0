"""`Johannesburg - Eskom has warned …`, tagged one body: a paragraph's first words up to a dash set
off by spaces are a dateline, no word of the body after it, which is the organisation of `the
utility's chief executive`. Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Johannesburg - Eskom has warned of further power cuts this winter after two units broke down.
# The utility's chief executive, Dan Marokane, told a briefing that engineers were working. "We
# are not out of the woods yet," Marokane said.
_DATELINE = """
Johannesburg PROPN NNP compound 2 B-ORG Johannesburg
- PUNCT HYPH punct 2 I-ORG -
Eskom PROPN NNP nsubj 4 I-ORG Eskom
has AUX VBZ aux 4 O have
warned VERB VBN ROOT 4 O warn
of ADP IN prep 4 O of
further ADJ JJ amod 8 O further
power NOUN NN compound 8 O power
cuts NOUN NNS pobj 5 O cut
this DET DT det 10 B-DATE this
winter NOUN NN npadvmod 8 I-DATE winter
after SCONJ IN mark 14 O after
two NUM CD nummod 13 B-CARDINAL two
units NOUN NNS nsubj 14 O unit
broke VERB VBD advcl 4 O break
down ADP RP prt 14 O down _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
The DET DT det 19 O the
utility NOUN NN poss 22 O utility _
's PART POS case 19 O 's
chief ADJ JJ amod 22 O chief
executive NOUN NN nsubj 27 O executive _
, PUNCT , punct 22 O ,
Dan PROPN NNP compound 25 B-PERSON Dan
Marokane PROPN NNP appos 22 I-PERSON Marokane _
, PUNCT , punct 22 O ,
told VERB VBD ROOT 27 O tell
a DET DT det 29 O a
briefing NOUN NN dobj 27 O briefing
that PRON WDT dobj 33 O that
engineers NOUN NNS nsubj 33 O engineer
were AUX VBD aux 33 O be
working VERB VBG relcl 29 O work _
. PUNCT . punct 27 O .
" PUNCT `` punct 47 O " _
We PRON PRP nsubj 37 O we
are AUX VBP ccomp 47 O be
not PART RB neg 37 O not
out ADP IN prep 37 O out
of ADP IN prep 39 O of
the DET DT det 42 O the
woods NOUN NNS pobj 40 O wood
yet ADV RB advmod 37 O yet _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
Marokane PROPN NNP nsubj 47 O Marokane
said VERB VBD ROOT 47 O say _
. PUNCT . punct 47 O . _
"""


def test_a_dateline_before_a_spaced_dash_is_no_word_of_the_body() -> None:
    rows = Extractor().rows(frozen(_DATELINE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Dan Marokane", "chief executive", "Eskom")
    ]
