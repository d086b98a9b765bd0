"""`Orlando Pirates were fined … “…,” the club said.`: a side named for its town, the subject of
a passive in the lede with no job after it, is the side the story's `the club` means
(entities._lede_side), also where the tagger calls the town a place and the town is a given
name too (`Orlando`), when the verb agrees with a plural as British and South African news write
a side. Before, the speaker was the bare word *club*. `Orlando Bloom was fined` stays no side.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.types import Quote
from tests.frozen import frozen

# Orlando Pirates were fined R50,000 by the league on Tuesday after crowd trouble at the derby.
# "We accept the sanction and will work with the police to identify those responsible," the club
# said.
_PIRATES_FINED = """
Orlando PROPN NNP compound 1 B-GPE Orlando
Pirates PROPN NNPS nsubjpass 3 O Pirates
were AUX VBD auxpass 3 O be
fined VERB VBN ROOT 3 O fin
R50,000 PROPN NNP dobj 3 O R50,000
by ADP IN agent 3 O by
the DET DT det 7 O the
league NOUN NN pobj 5 O league
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday
after SCONJ IN mark 11 O after
crowd NOUN NN advcl 3 O crowd
trouble NOUN NN dobj 11 O trouble
at ADP IN prep 11 O at
the DET DT det 15 O the
derby NOUN NN pobj 13 O derby _
. PUNCT . punct 3 O .
" PUNCT `` punct 36 O " _
We PRON PRP nsubj 19 O we
accept VERB VBP ccomp 36 O accept
the DET DT det 21 O the
sanction NOUN NN dobj 19 O sanction
and CCONJ CC cc 19 O and
will AUX MD aux 24 O will
work VERB VB conj 19 O work
with ADP IN prep 24 O with
the DET DT det 27 O the
police NOUN NN pobj 25 O police
to PART TO aux 29 O to
identify VERB VB advcl 24 O identify
those PRON DT dobj 29 O those
responsible ADJ JJ amod 30 O responsible _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
the DET DT det 35 O the
club NOUN NN nsubj 36 O club
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""

# Leeds Rhinos were fined £20,000 by the Rugby Football League on Friday. "We will not appeal, but
# we are disappointed," the club said.
_RHINOS_FINED = """
Leeds PROPN NNPS compound 1 B-PERSON Leeds
Rhinos PROPN NNP nsubjpass 3 I-PERSON Rhinos
were AUX VBD auxpass 3 O be
fined VERB VBN ROOT 3 O fin
£ SYM $ nmod 5 O £ _
20,000 NUM CD dobj 3 B-MONEY 20,000
by ADP IN agent 3 O by
the DET DT det 10 B-ORG the
Rugby PROPN NNP compound 10 I-ORG Rugby
Football PROPN NNP compound 10 I-ORG Football
League PROPN NNP pobj 6 I-ORG League
on ADP IN prep 3 O on
Friday PROPN NNP pobj 11 B-DATE Friday _
. PUNCT . punct 3 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
not PART RB neg 18 O not
appeal VERB VB ccomp 28 O appeal _
, PUNCT , punct 18 O ,
but CCONJ CC cc 18 O but
we PRON PRP nsubj 22 O we
are AUX VBP conj 18 O be
disappointed VERB VBN acomp 22 O disappoint _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
club NOUN NN nsubj 28 O club
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# Orlando Bloom was fined by a court in Los Angeles on Tuesday. "We accept the sanction," the club
# said.
_BLOOM_FINED = """
Orlando PROPN NNP compound 1 B-PERSON Orlando
Bloom PROPN NNP nsubjpass 3 I-PERSON Bloom
was AUX VBD auxpass 3 O be
fined VERB VBN ROOT 3 O fin
by ADP IN agent 3 O by
a DET DT det 6 O a
court NOUN NN pobj 4 O court
in ADP IN prep 6 O in
Los PROPN NNP compound 9 B-GPE Los
Angeles PROPN NNP pobj 7 I-GPE Angeles
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday _
. PUNCT . punct 3 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 15 O we
accept VERB VBP ccomp 22 O accept
the DET DT det 17 O the
sanction NOUN NN dobj 15 O sanction _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
the DET DT det 21 O the
club NOUN NN nsubj 22 O club
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def _only_row(spec: str) -> Quote:
    rows = Extractor().rows(frozen(spec))
    assert len(rows) == 1
    return rows[0]


def test_a_side_named_for_a_town_read_as_a_place_is_the_club() -> None:
    row = _only_row(_PIRATES_FINED)
    assert (row.speaker, row.organization) == ("Orlando Pirates", "Orlando Pirates")


def test_a_side_tagged_a_person_fined_is_the_club() -> None:
    row = _only_row(_RHINOS_FINED)
    assert (row.speaker, row.organization) == ("Leeds Rhinos", "Leeds Rhinos")


def test_a_person_fined_is_no_side() -> None:
    assert _only_row(_BLOOM_FINED).speaker != "Orlando Bloom"
