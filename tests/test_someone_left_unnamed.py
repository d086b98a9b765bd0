"""A `who` clause saying someone goes unnamed (`who did not want to be named`, `who asked not
to be identified`, `on condition of anonymity`) brings them in as `a` does, whatever article
opens the noun (`The woman's daughter, who did not want to be named, said …. “…,” she said`:
the daughter, not the chief nurse named before). Frozen parse of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Sarah Penrose, chief nurse at the Lenton Hospitals Trust, said: “We are deeply sorry.”
#
# The woman's daughter, who did not want to be named, said her mother had been left on a
# trolley. “Nobody should be treated like that,” she said.
_UNNAMED = """
Sarah PROPN NNP compound 1 B-PERSON Sarah
Penrose PROPN NNP nsubj 11 I-PERSON Penrose _
, PUNCT , punct 1 O ,
chief ADJ JJ amod 4 O chief
nurse NOUN NN appos 1 O nurse
at ADP IN prep 4 O at
the DET DT det 9 B-ORG the
Lenton PROPN NNP compound 9 I-ORG Lenton
Hospitals PROPN NNPS compound 9 I-ORG Hospitals
Trust PROPN NNP pobj 5 I-ORG Trust _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
“ PUNCT `` punct 11 O " _
We PRON PRP nsubj 15 O we
are AUX VBP ccomp 11 O be
deeply ADV RB advmod 17 O deeply
sorry ADJ JJ acomp 15 O sorry _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
<paragraph> SPACE _SP dep 19 O <paragraph> _
The DET DT det 22 O the
woman NOUN NN poss 24 O woman _
's PART POS case 22 O 's
daughter NOUN NN nsubj 34 O daughter _
, PUNCT , punct 24 O ,
who PRON WP nsubj 29 O who
did AUX VBD aux 29 O do
not PART RB neg 29 O not
want VERB VB relcl 24 O want
to PART TO aux 32 O to
be AUX VB auxpass 32 O be
named VERB VBN xcomp 29 O name _
, PUNCT , punct 24 O ,
said VERB VBD ROOT 34 O say
her PRON PRP$ poss 36 O her
mother NOUN NN nsubjpass 39 O mother
had AUX VBD aux 39 O have
been AUX VBN auxpass 39 O be
left VERB VBN ccomp 34 O leave
on ADP IN prep 39 O on
a DET DT det 42 O a
trolley NOUN NN pobj 40 O trolley _
. PUNCT . punct 34 O .
“ PUNCT `` punct 54 O " _
Nobody PRON NN nsubjpass 48 O nobody
should AUX MD aux 48 O should
be AUX VB auxpass 48 O be
treated VERB VBN ccomp 54 O treat
like ADP IN prep 48 O like
that PRON DT pobj 49 O that _
, PUNCT , punct 54 O , _
” PUNCT '' punct 54 O "
she PRON PRP nsubj 54 O she
said VERB VBD ROOT 54 O say _
. PUNCT . punct 54 O . _
"""


def test_a_clause_leaving_someone_unnamed_brings_them_in() -> None:
    rows = Extractor().rows(frozen(_UNNAMED))
    assert [r.speaker for r in rows] == ["Sarah Penrose", "The woman's daughter"]
