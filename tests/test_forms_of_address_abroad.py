"""Nigerian English writes a barrister's and an architect's style short before the name (`Barr.`,
`Arc.`): the word is no person of its own, also where the parser ends a sentence at its full
stop; so are Tamil `Thiru` and `Tmt`, and Urdu `Janab`, before a name. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The state will clear the drains, the commissioner for the environment, Tokunbo Bello, said.
# Barr. Ngozi Eze, who represents the traders, said they would go to court. "We have written
# letters," she said. The commissioner insisted the plan was fair. "Every stakeholder was
# invited," he said.
_BARRISTER = """
The DET DT det 1 O the
state NOUN NN nsubj 3 O state
will AUX MD aux 3 O will
clear VERB VB ccomp 16 O clear
the DET DT det 5 O the
drains NOUN NNS dobj 3 O drain _
, PUNCT , punct 16 O ,
the DET DT det 8 O the
commissioner NOUN NN nsubj 16 O commissioner
for ADP IN prep 8 O for
the DET DT det 11 O the
environment NOUN NN pobj 9 O environment _
, PUNCT , punct 8 O ,
Tokunbo PROPN NNP compound 14 B-PERSON Tokunbo
Bello PROPN NNP appos 8 I-PERSON Bello _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O .
Barr PROPN NNP ROOT 18 B-PERSON Barr _
. PUNCT . punct 18 O .
Ngozi PROPN NNP compound 21 B-PERSON Ngozi
Eze PROPN NNP nsubj 28 I-PERSON Eze _
, PUNCT , punct 21 O ,
who PRON WP nsubj 24 O who
represents VERB VBZ relcl 21 O represent
the DET DT det 26 O the
traders NOUN NNS dobj 24 O trader _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 28 O say
they PRON PRP nsubj 31 O they
would AUX MD aux 31 O would
go VERB VB ccomp 28 O go
to ADP IN prep 31 O to
court NOUN NN pobj 32 O court _
. PUNCT . punct 28 O .
" PUNCT `` punct 43 O " _
We PRON PRP nsubj 38 O we
have AUX VBP aux 38 O have
written VERB VBN ccomp 43 O write
letters NOUN NNS dobj 38 O letter _
, PUNCT , punct 43 O , _
" PUNCT '' punct 43 O "
she PRON PRP nsubj 43 O she
said VERB VBD ROOT 43 O say _
. PUNCT . punct 43 O .
The DET DT det 46 O the
commissioner NOUN NN nsubj 47 O commissioner
insisted VERB VBD ROOT 47 O insist
the DET DT det 49 O the
plan NOUN NN nsubj 50 O plan
was AUX VBD ccomp 47 O be
fair ADJ JJ acomp 50 O fair _
. PUNCT . punct 47 O .
" PUNCT `` punct 61 O " _
Every DET DT det 55 O every
stakeholder NOUN NN nsubjpass 57 O stakeholder
was AUX VBD auxpass 57 O be
invited VERB VBN ccomp 61 O invite _
, PUNCT , punct 61 O , _
" PUNCT '' punct 61 O "
he PRON PRP nsubj 61 O he
said VERB VBD ROOT 61 O say _
. PUNCT . punct 61 O . _

"""


def test_a_barristers_style_is_nobody() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_BARRISTER))]
    assert rows == [("Ngozi Eze", ""), ("Tokunbo Bello", "commissioner for the environment")]


# The dam was inspected on Monday.
#
# Thiru K. Selvaraj, the district collector, said the gates would open.
#
# "There is no danger," Selvaraj said.
_THIRU = """
The DET DT det 1 O the
dam NOUN NN nsubjpass 3 O dam
was AUX VBD auxpass 3 O be
inspected VERB VBN ROOT 3 O inspect
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Thiru PROPN NNP compound 10 B-PERSON Thiru
K. PROPN NNP compound 10 I-PERSON K.
Selvaraj PROPN NNP nsubj 16 I-PERSON Selvaraj _
, PUNCT , punct 10 O ,
the DET DT det 14 O the
district NOUN NN compound 14 O district
collector NOUN NN appos 10 O collector _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
gates NOUN NNS nsubj 20 O gate
would AUX MD aux 20 O would
open VERB VB ccomp 16 O open _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
" PUNCT `` punct 31 O " _
There PRON EX expl 25 O there
is VERB VBZ ccomp 31 O be
no DET DT det 27 O no
danger NOUN NN attr 25 O danger _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Selvaraj PROPN NNP nsubj 31 B-PERSON Selvaraj
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _

"""


def test_thiru_is_a_form_of_address() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_THIRU))]
    assert rows == [("K. Selvaraj", "district collector")]
