"""A party to a case named before a name in capitals (`Petitioner X`, `Plaintiff X`) is no
part of the name and no role: ROLES.md keeps such words, like `defendant`, out of the role
column (models/person_nouns.txt). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Petitioner Ruju Thakker, a lawyer, told the court the figures were false. “Every monsoon we
# hear the same numbers,” she said.
_PARTY = """
Petitioner PROPN NNP compound 2 O Petitioner
Ruju PROPN NNP compound 2 O Ruju
Thakker PROPN NNP nsubj 7 O Thakker _
, PUNCT , punct 2 O ,
a DET DT det 5 O a
lawyer NOUN NN appos 2 O lawyer _
, PUNCT , punct 2 O ,
told VERB VBD ROOT 7 O tell
the DET DT det 9 O the
court NOUN NN dobj 7 O court
the DET DT det 11 O the
figures NOUN NNS nsubj 12 O figure
were AUX VBD ccomp 7 O be
false ADJ JJ acomp 12 O false _
. PUNCT . punct 7 O .
“ PUNCT `` punct 26 O " _
Every DET DT det 17 O every
monsoon NOUN NN npadvmod 19 O monsoon
we PRON PRP nsubj 19 O we
hear VERB VBP ccomp 26 O hear
the DET DT det 22 O the
same ADJ JJ amod 22 O same
numbers NOUN NNS dobj 19 O number _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_a_party_to_a_case_before_a_name_is_no_part_of_it() -> None:
    rows = Extractor().rows(frozen(_PARTY))
    assert [(r.speaker, r.role) for r in rows] == [("Ruju Thakker", "lawyer")]
