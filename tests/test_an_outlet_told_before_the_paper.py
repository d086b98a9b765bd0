"""`A trader told The Nation that …. "…," the paper said`, `A bus conductor told Dawn …. "…," the
newspaper said`: a title of one word in capitals (after a capital `The`, or alone) that the clause's
subject tells things to, with `the paper` after it, is the newspaper `the paper` stands for; it is
still nobody's organisation for being told things, and no `he` the quote after it can be. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Traders in Nairobi's Gikomba market say the new levy will drive them out of business. A trader
# told The Nation that sales had fallen by half since January. "We cannot survive like this," he
# said.  "The county never consulted the traders before the levy was passed," the paper said.
_NATION = """
Traders NOUN NNS nsubj 6 O trader
in ADP IN prep 0 O in
Nairobi PROPN NNP poss 5 B-GPE Nairobi _
's PART POS case 2 O 's
Gikomba PROPN NNP compound 5 B-FAC Gikomba
market NOUN NN pobj 1 O market
say VERB VBP ROOT 6 O say
the DET DT det 9 O the
new ADJ JJ amod 9 O new
levy NOUN NN nsubj 11 O levy
will AUX MD aux 11 O will
drive VERB VB ccomp 6 O drive
them PRON PRP dobj 11 O they
out ADP IN prep 11 O out
of ADP IN prep 13 O of
business NOUN NN pobj 14 O business _
. PUNCT . punct 6 O .
A DET DT det 18 O a
trader NOUN NN nsubj 19 O trader
told VERB VBD ROOT 19 O tell
The DET DT det 21 O the
Nation NOUN NN dobj 19 O nation
that SCONJ IN mark 25 O that
sales NOUN NNS nsubj 25 O sale
had AUX VBD aux 25 O have
fallen VERB VBN ccomp 19 O fall
by ADP IN prep 25 O by
half NOUN NN pobj 26 B-CARDINAL half
since SCONJ IN prep 27 O since
January PROPN NNP pobj 28 B-DATE January _
. PUNCT . punct 19 O .
" PUNCT `` punct 41 O " _
We PRON PRP nsubj 35 O we
can AUX MD aux 35 O can _
not PART RB neg 35 O not
survive VERB VB ccomp 41 O survive
like ADP IN prep 35 O like
this PRON DT pobj 36 O this _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
he PRON PRP nsubj 41 O he
said VERB VBD ROOT 41 O say _
. PUNCT . punct 41 O . _
<paragraph> SPACE _SP dep 42 O <paragraph> _
" PUNCT `` punct 60 O " _
The DET DT det 46 O the
county NOUN NN nsubj 48 O county
never ADV RB neg 48 O never
consulted VERB VBD ccomp 60 O consult
the DET DT det 50 O the
traders NOUN NNS dobj 48 O trader
before SCONJ IN mark 55 O before
the DET DT det 53 O the
levy NOUN NN nsubjpass 55 O levy
was AUX VBD auxpass 55 O be
passed VERB VBN advcl 48 O pass _
, PUNCT , punct 60 O , _
" PUNCT '' punct 60 O "
the DET DT det 59 O the
paper NOUN NN nsubj 60 O paper
said VERB VBD ROOT 60 O say _
. PUNCT . punct 60 O . _
"""

# Fuel queues stretched for kilometres in Karachi on Monday. A bus conductor told Dawn that fares
# would double. "Nobody can pay this," he said.  "The ministry has promised new supplies by
# Friday," the newspaper said.
_DAWN = """
Fuel NOUN NN compound 1 O fuel
queues NOUN NNS nsubj 2 O queue
stretched VERB VBD ROOT 2 O stretch
for ADP IN prep 2 O for
kilometres NOUN NNS pobj 3 O kilometre
in ADP IN prep 2 O in
Karachi PROPN NNP pobj 5 B-GPE Karachi
on ADP IN prep 2 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 2 O .
A DET DT det 12 O a
bus NOUN NN compound 12 O bus
conductor NOUN NN nsubj 13 O conductor
told VERB VBD ROOT 13 O tell
Dawn PROPN NNP dobj 13 B-PERSON Dawn
that SCONJ IN mark 18 O that
fares NOUN NNS nsubj 18 O fare
would AUX MD aux 18 O would
double VERB VB ccomp 13 O double _
. PUNCT . punct 13 O .
" PUNCT `` punct 28 O " _
Nobody PRON NN nsubj 23 O nobody
can AUX MD aux 23 O can
pay VERB VB ccomp 28 O pay
this PRON DT dobj 23 O this _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
" PUNCT `` punct 44 O " _
The DET DT det 33 O the
ministry NOUN NN nsubj 35 O ministry
has AUX VBZ aux 35 O have
promised VERB VBN ccomp 44 O promise
new ADJ JJ amod 37 O new
supplies NOUN NNS dobj 35 O supply
by ADP IN prep 35 O by
Friday PROPN NNP pobj 38 B-DATE Friday _
, PUNCT , punct 44 O , _
" PUNCT '' punct 44 O "
the DET DT det 43 O the
newspaper NOUN NN nsubj 44 O newspaper
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.role, q.organization) for q in Extractor().rows(frozen(spec))]


def test_the_paper_after_the_nation_is_the_nation() -> None:
    rows = _rows(_NATION)
    assert rows[0] == ("A trader", "trader", "")
    assert rows[1][0] == "Nation"
    assert rows[1][2] == "Nation"


def test_the_newspaper_after_dawn_is_dawn() -> None:
    rows = _rows(_DAWN)
    assert rows[0] == ("A bus conductor", "bus conductor", "")
    assert rows[1][0] == "Dawn"
    assert rows[1][2] == "Dawn"
