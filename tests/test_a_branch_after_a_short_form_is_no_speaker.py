"""`"…," a spokesperson for the Provincial Disaster Management Authority (PDMA) Sindh said`: the
place right after a body's short form in brackets (a body's provincial arm, as South Asian news
names it), which the parser makes the subject and the tagger may call a person, is no speaker:
the person whose job at the body comes before it speaks, as before `(RBI) said` alone. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Heavy rain lashed Karachi for a third day on Tuesday.  "We have moved 3,000 families to relief
# camps," a spokesperson for the Provincial Disaster Management Authority (PDMA) Sindh said. "More
# tents are on the way," she added.
_CAMPS = """
Heavy ADJ JJ amod 1 O heavy
rain NOUN NN nsubj 2 O rain
lashed VERB VBD ROOT 2 O lash
Karachi PROPN NNP dobj 2 B-ORG Karachi
for ADP IN prep 2 O for
a DET DT det 7 B-DATE a
third ADJ JJ amod 7 I-DATE third
day NOUN NN pobj 4 I-DATE day
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 15 O we
have AUX VBP aux 15 O have
moved VERB VBN ROOT 15 O move
3,000 NUM CD nummod 17 B-CARDINAL 3,000
families NOUN NNS dobj 15 O family
to ADP IN prep 15 O to
relief NOUN NN compound 20 O relief
camps NOUN NNS pobj 18 O camp _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
a DET DT det 24 O a
spokesperson NOUN NN npadvmod 15 O spokesperson
for ADP IN prep 24 O for
the DET DT det 30 B-ORG the
Provincial PROPN NNP compound 28 I-ORG Provincial
Disaster PROPN NNP compound 30 I-ORG Disaster
Management PROPN NNP compound 30 I-ORG Management
Authority PROPN NNP pobj 25 I-ORG Authority
( PUNCT -LRB- punct 30 O ( _
PDMA PROPN NNP appos 30 O PDMA _
) PUNCT -RRB- punct 15 O )
Sindh PROPN NNP nsubj 35 B-PERSON Sindh
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O .
" PUNCT `` punct 47 O " _
More ADJ JJR amod 39 O More
tents NOUN NNS nsubj 40 O tent
are AUX VBP ccomp 47 O be
on ADP IN prep 40 O on
the DET DT det 43 O the
way NOUN NN pobj 41 O way _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
she PRON PRP nsubj 47 O she
added VERB VBD ROOT 47 O add _
. PUNCT . punct 47 O . _
"""

# Schools in Lahore will stay shut until Monday, officials said.  "The canal banks are not safe
# for children," a spokeswoman for the Provincial Disaster Management Authority (PDMA) Punjab told
# reporters on Sunday.
_CANAL = """
Schools NOUN NNS nsubj 4 O school
in ADP IN prep 0 O in
Lahore PROPN NNP pobj 1 B-GPE Lahore
will AUX MD aux 4 O will
stay VERB VB ccomp 10 O stay
shut ADJ JJ acomp 4 O shut
until ADP IN prep 4 O until
Monday PROPN NNP pobj 6 B-DATE Monday _
, PUNCT , punct 10 O ,
officials NOUN NNS nsubj 10 O official
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 17 O " _
The DET DT det 16 O the
canal NOUN NN compound 16 O canal
banks NOUN NNS nsubj 17 O bank
are AUX VBP ROOT 17 O be
not PART RB neg 17 O not
safe ADJ JJ acomp 17 O safe
for ADP IN prep 19 O for
children NOUN NNS pobj 20 O child _
, PUNCT , punct 17 O , _
" PUNCT '' punct 25 O "
a DET DT det 25 O a
spokeswoman NOUN NN dep 17 O spokeswoman
for ADP IN prep 25 O for
the DET DT det 31 B-ORG the
Provincial PROPN NNP compound 29 I-ORG Provincial
Disaster PROPN NNP compound 31 I-ORG Disaster
Management PROPN NNP compound 31 I-ORG Management
Authority PROPN NNP pobj 26 I-ORG Authority
( PUNCT -LRB- punct 31 O ( _
PDMA PROPN NNP appos 31 O PDMA _
) PUNCT -RRB- punct 31 O )
Punjab PROPN NNP nsubj 36 O Punjab
told VERB VBD ROOT 36 O tell
reporters NOUN NNS dobj 36 O reporter
on ADP IN prep 36 O on
Sunday PROPN NNP pobj 38 B-DATE Sunday _
. PUNCT . punct 36 O . _
"""


_PDMA = "Provincial Disaster Management Authority"


def test_the_spokesperson_speaks_not_the_branchs_place_tagged_a_person() -> None:
    rows = Extractor().rows(frozen(_CAMPS))
    assert [(r.role, r.organization) for r in rows][:1] == [(f"spokesperson for the {_PDMA}", _PDMA)]
    assert "Sindh" not in [r.speaker for r in rows]


def test_the_spokeswoman_speaks_not_the_branchs_place() -> None:
    rows = Extractor().rows(frozen(_CANAL))
    assert [(r.role, r.organization) for r in rows] == [(f"spokeswoman for the {_PDMA}", _PDMA)]
