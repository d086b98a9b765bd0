"""`Shamrock Rovers have sacked head coach Tom Brady …, with assistant Declan Moran to take charge`:
once the lede's first sentence ties a side's own job (`head coach`) to the side it opens on, a job
any body has that a side's staff hold too (`assistant`, `caretaker`: models/team_jobs.txt, kind
`staff`) before a name in that sentence is held in the side as well; such a job alone names no
side. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Shamrock Rovers have sacked head coach Tom Brady after six defeats in a row, with assistant
# Declan Moran to take charge for the derby. "It is a huge honour," Moran said.
_SACKED = """
Shamrock PROPN NNP compound 1 B-PERSON Shamrock
Rovers PROPN NNPS nsubj 3 I-PERSON Rovers
have AUX VBP aux 3 O have
sacked VERB VBN ROOT 3 O sack
head NOUN NN compound 5 O head
coach NOUN NN compound 7 O coach
Tom PROPN NNP compound 7 B-PERSON Tom
Brady PROPN NNP dobj 3 I-PERSON Brady
after ADP IN prep 3 O after
six NUM CD nummod 10 B-CARDINAL six
defeats NOUN NNS pobj 8 O defeat
in ADP IN prep 10 O in
a DET DT det 13 O a
row NOUN NN pobj 11 O row _
, PUNCT , punct 3 O ,
with SCONJ IN mark 20 O with
assistant ADJ JJ compound 18 O assistant
Declan PROPN NNP compound 18 B-PERSON Declan
Moran PROPN NNP nsubj 20 I-PERSON Moran
to PART TO aux 20 O to
take VERB VB advcl 3 O take
charge NOUN NN dobj 20 O charge
for ADP IN prep 20 O for
the DET DT det 24 O the
derby NOUN NN pobj 22 O derby _
. PUNCT . punct 3 O .
" PUNCT `` punct 35 O " _
It PRON PRP nsubj 28 O it
is AUX VBZ ccomp 35 O be
a DET DT det 31 O a
huge ADJ JJ amod 31 O huge
honour NOUN NN attr 28 O honour _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
Moran PROPN NNP nsubj 35 B-PERSON Moran
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""

# Shamrock Rovers have thanked assistant Declan Moran after six years at the club. "It is time to
# go," Moran said.
_THANKED = """
Shamrock PROPN NNP compound 1 B-PERSON Shamrock
Rovers PROPN NNPS nsubj 3 I-PERSON Rovers
have AUX VBP aux 3 O have
thanked VERB VBN ROOT 3 O thank
assistant ADJ JJ compound 6 O assistant
Declan PROPN NNP compound 6 B-PERSON Declan
Moran PROPN NNP dobj 3 I-PERSON Moran
after ADP IN prep 3 O after
six NUM CD nummod 9 B-DATE six
years NOUN NNS pobj 7 I-DATE year
at ADP IN prep 9 O at
the DET DT det 12 O the
club NOUN NN pobj 10 O club _
. PUNCT . punct 3 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 16 O it
is AUX VBZ ccomp 23 O be
time NOUN NN attr 16 O time
to PART TO aux 19 O to
go VERB VB relcl 17 O go _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Moran PROPN NNP nsubj 23 B-PERSON Moran
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_assistant_of_a_side_the_lede_ties_is_held_in_that_side() -> None:
    rows = Extractor().rows(frozen(_SACKED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Declan Moran", "assistant", "Shamrock Rovers")
    ]


def test_an_assistant_alone_names_no_side() -> None:
    rows = Extractor().rows(frozen(_THANKED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Declan Moran", "assistant", "")]
