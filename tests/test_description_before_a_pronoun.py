"""A definite description in the narrative that nobody is prominent enough for is the one person
met so far whom the article gives its job (`Gov. X` is a governor), and the `he said` after it
continues that person, not whoever was named last. A frozen parse of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Gov. Ramon Tolentino ordered the evacuation of the coast. "We cannot gamble with lives,"
# Tolentino said. A boatman, Nestor Cabral, said he would stay. "The boat will be stolen," the
# boatman said. The governor said police would patrol the villages. "Nobody will lose anything,"
# he said.
_GOVERNOR = """
Gov. PROPN NNP compound 2 O Gov.
Ramon PROPN NNP compound 2 B-PERSON Ramon
Tolentino PROPN NNP nsubj 3 I-PERSON Tolentino
ordered VERB VBD ROOT 3 O order
the DET DT det 5 O the
evacuation NOUN NN dobj 3 O evacuation
of ADP IN prep 5 O of
the DET DT det 8 O the
coast NOUN NN pobj 6 O coast _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
can AUX MD aux 14 O can _
not PART RB neg 14 O not
gamble VERB VB ccomp 20 O gamble
with ADP IN prep 14 O with
lives NOUN NNS pobj 15 O life _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Tolentino PROPN NNP nsubj 20 B-PERSON Tolentino
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O .
A DET DT det 23 O a
boatman NOUN NN nsubj 28 O boatman _
, PUNCT , punct 23 O ,
Nestor PROPN NNP compound 26 B-ORG Nestor
Cabral PROPN NNP appos 23 I-ORG Cabral _
, PUNCT , punct 23 O ,
said VERB VBD ROOT 28 O say
he PRON PRP nsubj 31 O he
would AUX MD aux 31 O would
stay VERB VB ccomp 28 O stay _
. PUNCT . punct 28 O .
" PUNCT `` punct 43 O " _
The DET DT det 35 O the
boat NOUN NN nsubjpass 38 O boat
will AUX MD aux 38 O will
be AUX VB auxpass 38 O be
stolen VERB VBN ccomp 43 O steal _
, PUNCT , punct 43 O , _
" PUNCT '' punct 43 O "
the DET DT det 42 O the
boatman NOUN NN nsubj 43 O boatman
said VERB VBD ROOT 43 O say _
. PUNCT . punct 43 O .
The DET DT det 46 O the
governor NOUN NN nsubj 47 O governor
said VERB VBD ROOT 47 O say
police NOUN NNS nsubj 50 O police
would AUX MD aux 50 O would
patrol VERB VB ccomp 47 O patrol
the DET DT det 52 O the
villages NOUN NNS dobj 50 O village _
. PUNCT . punct 47 O .
" PUNCT `` punct 62 O " _
Nobody PRON NN nsubj 57 O nobody
will AUX MD aux 57 O will
lose VERB VB ccomp 62 O lose
anything PRON NN dobj 57 O anything _
, PUNCT , punct 62 O , _
" PUNCT '' punct 62 O "
he PRON PRP nsubj 62 O he
said VERB VBD ROOT 62 O say _
. PUNCT . punct 62 O . _

"""


def test_he_after_the_governor_is_the_governor() -> None:
    rows = Extractor().rows(frozen(_GOVERNOR))
    last = [r for r in rows if r.quote.startswith("Nobody")][0]
    # (`Gov.` is an abbreviated title, no role: ROLES.md.)
    assert (last.speaker, last.role) == ("Ramon Tolentino", "")
