"""`The housing association Habita said …`, then `said Rita Silva, the association's
spokeswoman`: a body brought into the story with its noun in small letters right before its
name is the body the story's `the association` means, not the description *housing
association* (ROLES.md: a body's name over a description of it). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The housing association Habita said rents had doubled in a year. "People are being evicted every
# day," said Rita Silva, the association's spokeswoman.
_HABITA = """
The DET DT det 2 O the
housing NOUN NN compound 2 O housing
association NOUN NN compound 3 O association
Habita PROPN NNP nsubj 4 B-ORG Habita
said VERB VBD ROOT 4 O say
rents NOUN NNS nsubj 7 O rent
had AUX VBD aux 7 O have
doubled VERB VBN ccomp 4 O double
in ADP IN prep 7 O in
a DET DT det 10 B-DATE a
year NOUN NN pobj 8 I-DATE year _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
People NOUN NNS nsubjpass 16 O People
are AUX VBP aux 16 O be
being AUX VBG auxpass 16 O be
evicted VERB VBN ccomp 21 O evict
every DET DT det 18 B-DATE every
day NOUN NN npadvmod 16 I-DATE day _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Rita PROPN NNP compound 23 B-PERSON Rita
Silva PROPN NNP nsubj 21 I-PERSON Silva _
, PUNCT , punct 23 O ,
the DET DT det 26 O the
association NOUN NN poss 28 O association _
's PART POS case 26 O 's
spokeswoman NOUN NN appos 23 O spokeswoman _
. PUNCT . punct 21 O . _
"""


# The tenants' association Morar Melhor has filed a complaint with the council. "These evictions
# are illegal," said Joana Reis, the association's president.
_TENANTS = """
The DET DT det 1 O the
tenants NOUN NNS poss 3 O tenant _
' PART POS case 1 O '
association NOUN NN compound 5 O association
Morar PROPN NNP compound 5 B-ORG Morar
Melhor PROPN NNP nsubj 7 I-ORG Melhor
has AUX VBZ aux 7 O have
filed VERB VBN ROOT 7 O file
a DET DT det 9 O a
complaint NOUN NN dobj 7 O complaint
with ADP IN prep 7 O with
the DET DT det 12 O the
council NOUN NN pobj 10 O council _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
These DET DT det 16 O these
evictions NOUN NNS nsubj 17 O eviction
are AUX VBP ccomp 21 O be
illegal ADJ JJ acomp 17 O illegal _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
Joana PROPN NNP compound 23 B-PERSON Joana
Reis PROPN NNP nsubj 21 I-PERSON Reis _
, PUNCT , punct 23 O ,
the DET DT det 26 O the
association NOUN NN poss 28 O association _
's PART POS case 26 O 's
president NOUN NN appos 23 O president _
. PUNCT . punct 21 O . _
"""


def test_the_noun_before_the_name_is_what_the_story_calls_it() -> None:
    rows = Extractor().rows(frozen(_HABITA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Rita Silva", "spokeswoman", "Habita")]


def test_a_members_body_brought_in_with_its_noun() -> None:
    rows = Extractor().rows(frozen(_TENANTS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Joana Reis", "president", "Morar Melhor")
    ]
