"""`“…,” a trader said. | The trader, Mary Wanjiku, said …`: past the lede, `a <noun>` is mostly a
source who is never named; but when the sentence after it (or the next) names someone set off by
commas after `the <same noun>`, the story has taken up the one it brought in, and the description
is that person. Named three sentences on or more, it stays someone unnamed. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# NAIROBI - Traders at Gikomba market counted their losses on Sunday after a night fire destroyed
# hundreds of stalls.  "We have lost everything we had," a trader said.  The trader, Mary Wanjiku,
# said she had sold clothes at the market for twenty years.
_TRADER = """
NAIROBI PROPN NNP ROOT 0 B-GPE NAIROBI
- PUNCT HYPH punct 0 O -
Traders PROPN NNP nsubj 6 O Traders
at ADP IN prep 2 O at
Gikomba PROPN NNP compound 5 B-ORG Gikomba
market NOUN NN pobj 3 O market
counted VERB VBD ROOT 6 O count
their PRON PRP$ poss 8 O their
losses NOUN NNS dobj 6 O loss
on ADP IN prep 6 O on
Sunday PROPN NNP pobj 9 B-DATE Sunday
after SCONJ IN mark 15 O after
a DET DT det 14 O a
night NOUN NN compound 14 O night
fire NOUN NN nsubj 15 O fire
destroyed VERB VBD advcl 6 O destroy
hundreds NOUN NNS dobj 15 B-CARDINAL hundred
of ADP IN prep 16 O of
stalls NOUN NNS pobj 17 O stall _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 24 O we
have AUX VBP aux 24 O have
lost VERB VBN ccomp 32 O lose
everything PRON NN dobj 24 O everything
we PRON PRP nsubj 27 O we
had VERB VBD relcl 25 O have _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
a DET DT det 31 O a
trader NOUN NN nsubj 32 O trader
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 33 O <paragraph> _
The DET DT det 36 O the
trader NOUN NN nsubj 41 O trader _
, PUNCT , punct 36 O ,
Mary PROPN NNP compound 39 B-PERSON Mary
Wanjiku PROPN NNP appos 36 I-PERSON Wanjiku _
, PUNCT , punct 36 O ,
said VERB VBD ROOT 41 O say
she PRON PRP nsubj 44 O she
had AUX VBD aux 44 O have
sold VERB VBN ccomp 41 O sell
clothes NOUN NNS dobj 44 O clothe
at ADP IN prep 44 O at
the DET DT det 48 O the
market NOUN NN pobj 46 O market
for ADP IN prep 44 O for
twenty NUM CD nummod 51 B-DATE twenty
years NOUN NNS pobj 49 I-DATE year _
. PUNCT . punct 41 O . _
"""


# MUMBAI: Commuters were stranded for hours after heavy rain flooded the tracks on Monday.  "We
# are pumping out the water and services will resume by evening," said a railway official.  The
# official, Rajesh Kumar, told reporters that two pumps had failed overnight.
_OFFICIAL = """
MUMBAI PROPN NNP ROOT 0 B-ORG MUMBAI _
: PUNCT : punct 0 O :
Commuters NOUN NNS nsubjpass 4 B-ORG commuter
were AUX VBD auxpass 4 O be
stranded VERB VBN ROOT 4 O strand
for ADP IN prep 4 O for
hours NOUN NNS pobj 5 B-TIME hour
after SCONJ IN mark 10 O after
heavy ADJ JJ amod 9 O heavy
rain NOUN NN nsubj 10 O rain
flooded VERB VBD advcl 4 O flood
the DET DT det 12 O the
tracks NOUN NNS dobj 10 O track
on ADP IN prep 10 O on
Monday PROPN NNP pobj 13 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 20 O we
are AUX VBP aux 20 O be
pumping VERB VBG ccomp 32 O pump
out ADP RP prt 20 O out
the DET DT det 23 O the
water NOUN NN nsubj 27 O water
and CCONJ CC cc 23 O and
services NOUN NNS conj 23 O service
will AUX MD aux 27 O will
resume VERB VB dobj 20 O resume
by ADP IN prep 27 O by
evening NOUN NN pobj 28 B-TIME evening _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
said VERB VBD ROOT 32 O say
a DET DT det 35 O a
railway NOUN NN compound 35 O railway
official NOUN NN nsubj 32 O official _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 36 O <paragraph> _
The DET DT det 39 O the
official NOUN NN nsubj 44 O official _
, PUNCT , punct 39 O ,
Rajesh PROPN NNP compound 42 B-PERSON Rajesh
Kumar PROPN NNP appos 39 I-PERSON Kumar _
, PUNCT , punct 39 O ,
told VERB VBD ROOT 44 O tell
reporters NOUN NNS dobj 44 O reporter
that SCONJ IN mark 50 O that
two NUM CD nummod 48 B-CARDINAL two
pumps NOUN NNS nsubj 50 O pump
had AUX VBD aux 50 O have
failed VERB VBN ccomp 44 O fail
overnight ADV RB advmod 50 B-TIME overnight _
. PUNCT . punct 44 O . _
"""


# MUMBAI: Commuters were stranded for hours after heavy rain flooded the tracks on Monday.  "We
# are pumping out the water and services will resume by evening," said a railway official.  Trains
# on the harbour line were cancelled. Buses were sent to the stations. Schools closed early.  The
# official, Rajesh Kumar, told reporters that two pumps had failed overnight.
_OFFICIAL_FAR_ON = """
MUMBAI PROPN NNP ROOT 0 B-ORG MUMBAI _
: PUNCT : punct 0 O :
Commuters NOUN NNS nsubjpass 4 B-ORG commuter
were AUX VBD auxpass 4 O be
stranded VERB VBN ROOT 4 O strand
for ADP IN prep 4 O for
hours NOUN NNS pobj 5 B-TIME hour
after SCONJ IN mark 10 O after
heavy ADJ JJ amod 9 O heavy
rain NOUN NN nsubj 10 O rain
flooded VERB VBD advcl 4 O flood
the DET DT det 12 O the
tracks NOUN NNS dobj 10 O track
on ADP IN prep 10 O on
Monday PROPN NNP pobj 13 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 20 O we
are AUX VBP aux 20 O be
pumping VERB VBG ccomp 32 O pump
out ADP RP prt 20 O out
the DET DT det 23 O the
water NOUN NN nsubj 27 O water
and CCONJ CC cc 23 O and
services NOUN NNS conj 23 O service
will AUX MD aux 27 O will
resume VERB VB dobj 20 O resume
by ADP IN prep 27 O by
evening NOUN NN pobj 28 B-TIME evening _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
said VERB VBD ROOT 32 O say
a DET DT det 35 O a
railway NOUN NN compound 35 O railway
official NOUN NN nsubj 32 O official _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 36 O <paragraph> _
Trains NOUN NNS nsubjpass 44 B-PERSON train
on ADP IN prep 38 O on
the DET DT det 42 O the
harbour NOUN NN compound 42 O harbour
line NOUN NN pobj 39 O line
were AUX VBD auxpass 44 O be
cancelled VERB VBN ROOT 44 O cancel _
. PUNCT . punct 44 O .
Buses NOUN NNS nsubjpass 48 O bus
were AUX VBD auxpass 48 O be
sent VERB VBN ROOT 48 O send
to ADP IN prep 48 O to
the DET DT det 51 O the
stations NOUN NNS pobj 49 O station _
. PUNCT . punct 48 O .
Schools NOUN NNS nsubj 54 B-PERSON school
closed VERB VBD ROOT 54 O close
early ADV RB advmod 54 O early _
. PUNCT . punct 54 O . _
<paragraph> SPACE _SP dep 56 O <paragraph> _
The DET DT det 59 O the
official NOUN NN nsubj 64 O official _
, PUNCT , punct 59 O ,
Rajesh PROPN NNP compound 62 B-PERSON Rajesh
Kumar PROPN NNP appos 59 I-PERSON Kumar _
, PUNCT , punct 59 O ,
told VERB VBD ROOT 64 O tell
reporters NOUN NNS dobj 64 O reporter
that SCONJ IN mark 70 O that
two NUM CD nummod 68 B-CARDINAL two
pumps NOUN NNS nsubj 70 O pump
had AUX VBD aux 70 O have
failed VERB VBN ccomp 64 O fail
overnight ADV RB advmod 70 B-TIME overnight _
. PUNCT . punct 64 O . _
"""


def test_the_trader_named_in_the_next_sentence_is_who_spoke() -> None:
    rows = Extractor().rows(frozen(_TRADER))
    assert [(r.speaker, r.role) for r in rows] == [("Mary Wanjiku", "trader")]


def test_the_official_named_in_the_next_sentence_is_who_spoke() -> None:
    rows = Extractor().rows(frozen(_OFFICIAL))
    assert [r.speaker for r in rows] == ["Rajesh Kumar"]


def test_named_three_sentences_on_the_official_stays_unnamed() -> None:
    rows = Extractor().rows(frozen(_OFFICIAL_FAR_ON))
    assert [r.speaker for r in rows] == ["a railway official"]
