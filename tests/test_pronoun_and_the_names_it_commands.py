"""A subject pronoun is none of the people its own verb's clause names after it, reported
clauses too (binding: a name the pronoun commands is someone else), from a frozen parse of
sentences written for this file: `Asked about the decision, he said Mwangi had trained only
twice. “…,” he said.` after `For Okello, the result raises questions about his decision to leave
top scorer Peter Mwangi on the bench`: the `he` is Okello, the coach, not Mwangi, the last one
named (the quote went to Mwangi).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_NAME_UNDER_THE_PRONOUNS_VERB = """
Harbour NOUN NN compound 1 B-NORP harbour
coach NOUN NN compound 4 O coach
Tomas PROPN NNP compound 4 B-PERSON Tomas
J. PROPN NNP compound 4 I-PERSON J.
Okello PROPN NNP nsubj 5 I-PERSON Okello
said VERB VBD ROOT 5 O say
his PRON PRP$ poss 7 O his
players NOUN NNS nsubj 9 O player
had AUX VBD aux 9 O have
prepared VERB VBN ccomp 5 O prepare
well ADV RB advmod 9 O well _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Striker PROPN NNP compound 15 O Striker
Peter PROPN NNP compound 15 B-PERSON Peter
Mwangi PROPN NNP nsubj 16 I-PERSON Mwangi
scored VERB VBD ROOT 16 O score
twice ADV RB advmod 16 O twice
for ADP IN prep 16 O for
the DET DT det 20 O the
visitors NOUN NNS pobj 18 O visitor _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
For ADP IN prep 28 O for
Okello PROPN NNP pobj 23 B-ORG Okello _
, PUNCT , punct 28 O ,
the DET DT det 27 O the
result NOUN NN nsubj 28 O result
raises VERB VBZ ROOT 28 O raise
questions NOUN NNS dobj 28 O question
about ADP IN prep 29 O about
his PRON PRP$ poss 32 O his
decision NOUN NN pobj 30 O decision
to PART TO aux 34 O to
leave VERB VB acl 32 O leave
top ADJ JJ amod 36 O top
scorer NOUN NN compound 38 O scorer
Peter PROPN NNP compound 38 B-PERSON Peter
Mwangi PROPN NNP dobj 34 I-PERSON Mwangi
on ADP IN prep 34 O on
the DET DT det 41 O the
bench NOUN NN pobj 39 O bench
until ADP IN prep 34 O until
the DET DT det 45 B-TIME the
hour NOUN NN compound 45 I-TIME hour
mark NOUN NN pobj 42 O mark _
. PUNCT . punct 28 O . _
<paragraph> SPACE _SP dep 46 O <paragraph> _
Asked VERB VBN advcl 54 O ask
about ADP IN prep 48 O about
the DET DT det 51 O the
decision NOUN NN pobj 49 O decision _
, PUNCT , punct 54 O ,
he PRON PRP nsubj 54 O he
said VERB VBD ROOT 54 O say
Mwangi PROPN NNP nsubj 57 B-PERSON Mwangi
had AUX VBD aux 57 O have
trained VERB VBN ccomp 54 O train
only ADV RB advmod 59 O only
twice ADV RB advmod 57 O twice _
. PUNCT . punct 54 O .
“ PUNCT `` punct 72 O " _
If SCONJ IN mark 64 O if
I PRON PRP nsubj 64 O I
start VERB VBP advcl 72 O start
him PRON PRP dobj 64 O he
and CCONJ CC cc 64 O and
he PRON PRP nsubj 68 O he
breaks VERB VBZ conj 64 O break
down ADP RP prt 68 O down _
, PUNCT , punct 72 O ,
you PRON PRP nsubj 72 O you
call VERB VBP ccomp 79 O call
me PRON PRP dobj 72 O I
a DET DT det 75 O a
gambler NOUN NN oprd 72 O gambler _
, PUNCT , punct 79 O , _
” PUNCT '' punct 79 O "
he PRON PRP nsubj 79 O he
said VERB VBD ROOT 79 O say _
. PUNCT . punct 79 O . _
"""


def test_a_subject_pronoun_is_nobody_its_own_clause_names() -> None:
    rows = [(r.quote[:12], r.speaker) for r in Extractor().rows(frozen(_A_NAME_UNDER_THE_PRONOUNS_VERB))]
    assert rows == [("If I start h", "Tomas J. Okello")]
