"""A job held now and one held before, set beside the same mention of a name (`Her coach, Aisling
Byrne, a former physiotherapist at a Cork hospital,`): the job held now says who speaks, *coach*,
and the body of the one held before is no longer the person's. The longer former job used to win
for its length and took its body with it. A former job set beside the name alone keeps its role
and its body (ROLES.md 4: past roles keep `former`). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Her coach, Aisling Byrne, a former physiotherapist at a Cork hospital, said: "We are ready for
# anything."
_COACH = """
Her PRON PRP$ poss 1 O her
coach NOUN NN nsubj 14 O coach _
, PUNCT , punct 1 O ,
Aisling PROPN NNP compound 4 B-PERSON Aisling
Byrne PROPN NNP appos 1 I-PERSON Byrne _
, PUNCT , punct 4 O ,
a DET DT det 8 O a
former ADJ JJ amod 8 O former
physiotherapist NOUN NN appos 4 O physiotherapist
at ADP IN prep 8 O at
a DET DT det 12 O a
Cork PROPN NNP compound 12 B-ORG Cork
hospital NOUN NN pobj 9 O hospital _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 18 O we
are AUX VBP ccomp 14 O be
ready ADJ JJ acomp 18 O ready
for ADP IN prep 19 O for
anything PRON NN pobj 20 O anything _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


# The shop is run by Tom Reilly, a former county councillor at Kerry County Council. "We open every
# day," he said.
_COUNCILLOR = """
The DET DT det 1 O the
shop NOUN NN nsubjpass 3 O shop
is AUX VBZ auxpass 3 O be
run VERB VBN ROOT 3 O run
by ADP IN agent 3 O by
Tom PROPN NNP compound 6 B-PERSON Tom
Reilly PROPN NNP pobj 4 I-PERSON Reilly _
, PUNCT , punct 6 O ,
a DET DT det 11 O a
former ADJ JJ amod 11 O former
county NOUN NN compound 11 O county
councillor NOUN NN appos 6 O councillor
at ADP IN prep 11 O at
Kerry PROPN NNP compound 15 B-ORG Kerry
County PROPN NNP compound 15 I-ORG County
Council PROPN NNP pobj 12 I-ORG Council _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 19 O we
open VERB VBP ccomp 25 O open
every DET DT det 21 O every
day NOUN NN npadvmod 19 O day _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_a_job_held_now_beside_a_former_one_is_the_role() -> None:
    rows = Extractor().rows(frozen(_COACH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Aisling Byrne", "coach", "")]


def test_a_former_job_alone_keeps_its_role_and_body() -> None:
    rows = Extractor().rows(frozen(_COUNCILLOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tom Reilly", "former county councillor at Kerry County Council", "Kerry County Council")
    ]
