"""`'We will fight on,' union vows` heading a plain story whose lede names `the National Union of
Metalworkers`: the headline's bare `union` is the union the lede names, as `the union said` further
on is; before, the speaker was the bare noun *union*. Frozen parse of a story written for this file,
through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# 'We will fight on,' union vows  Members of the National Union of Metalworkers voted on Friday
# to extend their strike at the Durban car plants. "The offer is an insult," the union said in a
# statement.
_UNION_IN_THE_HEADLINE = """
' PUNCT `` punct 8 O ' _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
fight VERB VB ccomp 8 O fight
on ADP IN prep 3 O on _
, PUNCT , punct 3 O , _
' PUNCT '' punct 8 O '
union NOUN NN nsubj 8 O union
vows VERB VBZ ROOT 8 O vow _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Members NOUN NNS nsubj 17 O member
of ADP IN prep 10 O of
the DET DT det 14 B-ORG the
National PROPN NNP compound 14 I-ORG National
Union PROPN NNP pobj 11 I-ORG Union
of ADP IN prep 14 I-ORG of
Metalworkers PROPN NNP pobj 15 I-ORG Metalworkers
voted VERB VBD ROOT 17 O vote
on ADP IN prep 17 O on
Friday PROPN NNP pobj 18 B-DATE Friday
to PART TO aux 21 O to
extend VERB VB xcomp 17 O extend
their PRON PRP$ poss 23 O their
strike NOUN NN dobj 21 O strike
at ADP IN prep 21 O at
the DET DT det 28 O the
Durban PROPN NNP compound 28 B-ORG Durban
car NOUN NN compound 28 O car
plants NOUN NNS pobj 24 O plant _
. PUNCT . punct 17 O .
" PUNCT `` punct 40 O " _
The DET DT det 32 O the
offer NOUN NN nsubj 33 O offer
is AUX VBZ ccomp 40 O be
an DET DT det 35 O an
insult NOUN NN attr 33 O insult _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
the DET DT det 39 O the
union NOUN NN nsubj 40 O union
said VERB VBD ROOT 40 O say
in ADP IN prep 40 O in
a DET DT det 43 O a
statement NOUN NN pobj 41 O statement _
. PUNCT . punct 40 O . _
"""


def test_the_headlines_bare_body_noun_is_the_body_the_lede_names() -> None:
    rows = Extractor().rows(frozen(_UNION_IN_THE_HEADLINE))
    union = "National Union of Metalworkers"
    assert [(r.speaker, r.organization) for r in rows] == [(union, union), (union, union)]
