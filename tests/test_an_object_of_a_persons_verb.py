"""`King Abdullah sacked the Amman Water Authority finance director`: a definite description that
is the object of a verb by which a person (a name, a pronoun, a role noun) puts someone in a
post or takes them out of one brings in the one acted on, not the person named last. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “We were never told,” Farah Haddad said. King Abdullah sacked the Amman Water Authority finance director.
_KING = """
“ PUNCT `` punct 9 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
never ADV RB neg 4 O never
told VERB VBN ccomp 9 O tell _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
Farah PROPN NNP compound 8 B-PERSON Farah
Haddad PROPN NNP nsubj 9 I-PERSON Haddad
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O .
King PROPN NNP compound 12 B-PERSON King
Abdullah PROPN NNP nsubj 13 I-PERSON Abdullah
sacked VERB VBD ROOT 13 O sack
the DET DT det 19 B-ORG the
Amman PROPN NNP compound 17 I-ORG Amman
Water PROPN NNP compound 17 I-ORG Water
Authority PROPN NNP compound 19 I-ORG Authority
finance NOUN NN compound 19 O finance
director NOUN NN dobj 13 O director _
. PUNCT . punct 13 O . _
"""

# “We were never told,” Farah Haddad said. They sacked the finance director of the Amman Water Authority.
_THEY = """
“ PUNCT `` punct 9 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
never ADV RB neg 4 O never
told VERB VBN ccomp 9 O tell _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
Farah PROPN NNP compound 8 B-PERSON Farah
Haddad PROPN NNP nsubj 9 I-PERSON Haddad
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O .
They PRON PRP nsubj 12 O they
sacked VERB VBD ROOT 12 O sack
the DET DT det 15 O the
finance NOUN NN compound 15 O finance
director NOUN NN dobj 12 O director
of ADP IN prep 15 O of
the DET DT det 20 B-ORG the
Amman PROPN NNP compound 20 I-ORG Amman
Water PROPN NNP compound 20 I-ORG Water
Authority PROPN NNP pobj 16 I-ORG Authority _
. PUNCT . punct 12 O . _
"""

# “No one has come to help us,” Grace Kila said. Prime Minister James Marape has suspended the
# disaster coordinator of the Morobe Provincial Government.
_MARAPE = """
“ PUNCT `` punct 12 O " _
No DET DT det 2 O no
one NOUN NN nsubj 4 O one
has AUX VBZ aux 4 O have
come VERB VBN ccomp 12 O come
to PART TO aux 6 O to
help VERB VB advcl 4 O help
us PRON PRP dobj 6 O we _
, PUNCT , punct 12 O , _
” PUNCT '' punct 12 O "
Grace PROPN NNP compound 11 B-PERSON Grace
Kila PROPN NNP nsubj 12 I-PERSON Kila
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O .
Prime PROPN NNP compound 15 O Prime
Minister PROPN NNP compound 17 O Minister
James PROPN NNP compound 17 B-PERSON James
Marape PROPN NNP nsubj 19 I-PERSON Marape
has AUX VBZ aux 19 O have
suspended VERB VBN ROOT 19 O suspend
the DET DT det 22 O the
disaster NOUN NN compound 22 O disaster
coordinator NOUN NN dobj 19 O coordinator
of ADP IN prep 22 O of
the DET DT det 27 B-ORG the
Morobe PROPN NNP compound 27 I-ORG Morobe
Provincial PROPN NNP compound 27 I-ORG Provincial
Government PROPN NNP pobj 23 I-ORG Government _
. PUNCT . punct 19 O . _
"""


def test_a_person_sacking_someone_names_no_ones_role() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_KING))]
    assert rows == [("Farah Haddad", "", "")]


def test_a_pronoun_sacking_someone_names_no_ones_role() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_THEY))]
    assert rows == [("Farah Haddad", "", "")]


def test_a_titled_person_suspending_someone_names_no_ones_role() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_MARAPE))]
    assert rows == [("Grace Kila", "", "")]
