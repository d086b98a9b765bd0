"""`Reacting, the Kano chapter of the Nigerian Union of Traders said …`, `Reacting` read as a common
noun and the sentence's subject: a verb's form in `-ing` is a dictionary's word though its lemma
is itself, no coined body's name for `Its chairman` to be of. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Chairman of Fagge Local Government Area, Hon. Ibrahim Abdullahi Muhammad, appealed for calm,
# saying affected persons would be compensated.  Reacting, the Kano chapter of the Nigerian Union
# of Traders said it would approach the court. Its chairman, Alhaji Sani Garba, said: "This is
# wickedness."
_REACTING = """
The DET DT det 1 O the
Chairman PROPN NNP nsubj 13 O Chairman
of ADP IN prep 1 O of
Fagge PROPN NNP compound 6 B-ORG Fagge
Local PROPN NNP compound 5 I-ORG Local
Government PROPN NNP compound 6 I-ORG Government
Area PROPN NNP pobj 2 I-ORG Area _
, PUNCT , punct 1 O ,
Hon. PROPN NNP compound 11 O Hon.
Ibrahim PROPN NNP compound 11 B-PERSON Ibrahim
Abdullahi PROPN NNP compound 11 I-PERSON Abdullahi
Muhammad PROPN NNP appos 1 I-PERSON Muhammad _
, PUNCT , punct 1 O ,
appealed VERB VBD ROOT 13 O appeal
for ADP IN prep 13 O for
calm ADJ JJ pobj 14 O calm _
, PUNCT , punct 13 O ,
saying VERB VBG advcl 13 O say
affected ADJ JJ amod 19 O affected
persons NOUN NNS nsubjpass 22 O person
would AUX MD aux 22 O would
be AUX VB auxpass 22 O be
compensated VERB VBN ccomp 17 O compensate _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Reacting NOUN NN nsubj 36 O reacting _
, PUNCT , punct 25 O ,
the DET DT det 29 O the
Kano PROPN NNP compound 29 O Kano
chapter NOUN NN appos 25 O chapter
of ADP IN prep 29 O of
the DET DT det 33 B-ORG the
Nigerian PROPN NNP compound 33 I-ORG Nigerian
Union PROPN NNP pobj 30 I-ORG Union
of ADP IN prep 33 I-ORG of
Traders PROPN NNP pobj 34 I-ORG Traders
said VERB VBD ROOT 36 O say
it PRON PRP nsubj 39 O it
would AUX MD aux 39 O would
approach VERB VB ccomp 36 O approach
the DET DT det 41 O the
court NOUN NN dobj 39 O court _
. PUNCT . punct 36 O .
Its PRON PRP$ poss 44 O its
chairman NOUN NN nsubj 50 O chairman _
, PUNCT , punct 44 O ,
Alhaji PROPN NNP compound 48 B-PERSON Alhaji
Sani PROPN NNP compound 48 I-PERSON Sani
Garba PROPN NNP appos 44 I-PERSON Garba _
, PUNCT , punct 44 O ,
said VERB VBD ROOT 50 O say _
: PUNCT : punct 50 O :
" PUNCT `` punct 50 O " _
This PRON DT nsubj 54 O this
is AUX VBZ ccomp 50 O be
wickedness ADJ JJ attr 54 O wickedness _
. PUNCT . punct 50 O . _
" PUNCT '' punct 50 O " _
"""


def test_a_participle_read_as_the_subject_names_no_body() -> None:
    rows = Extractor().rows(frozen(_REACTING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sani Garba", "chairman", "Nigerian Union of Traders")
    ]
