"""`A spokesperson for the developer, Harbour Homes Ltd, said …`, then `"…," the spokesperson
said` in the next paragraph: a role closed by `for the developer` (`of`/`at` a common noun
after `the`), the body's name set beside the noun as its apposition. The name is the body the
noun stands for, the speaker's organisation (ROLES.md 5). Before, the organisation came only
from the sentence before when the quote was in the same paragraph, and was empty across a
paragraph break. Frozen parse of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A spokesperson for the developer, Harbour Homes Ltd, said the tower would bring jobs to the
# town.  "We have listened to residents and cut the height twice," the spokesperson said.
_DEVELOPER = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 10 O spokesperson
for ADP IN prep 1 O for
the DET DT det 4 O the
developer NOUN NN pobj 2 O developer _
, PUNCT , punct 4 O ,
Harbour PROPN NNP compound 8 B-ORG Harbour
Homes PROPN NNPS compound 8 I-ORG Homes
Ltd PROPN NNP appos 4 I-ORG Ltd _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
tower NOUN NN nsubj 14 O tower
would AUX MD aux 14 O would
bring VERB VB ccomp 10 O bring
jobs NOUN NNS dobj 14 O job
to ADP IN dative 14 O to
the DET DT det 18 O the
town NOUN NN pobj 16 O town _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 24 O we
have AUX VBP aux 24 O have
listened VERB VBN ccomp 36 O listen
to ADP IN prep 24 O to
residents NOUN NNS pobj 25 O resident
and CCONJ CC cc 24 O and
cut VERB VB conj 24 O cut
the DET DT det 30 O the
height NOUN NN dobj 28 O height
twice ADV RB advmod 28 O twice _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
the DET DT det 35 O the
spokesperson NOUN NN nsubj 36 O spokesperson
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""


def test_the_name_beside_the_bodys_noun_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_DEVELOPER))
    assert [(r.role, r.organization) for r in rows] == [
        ("spokesperson for the developer", "Harbour Homes Ltd")
    ]
