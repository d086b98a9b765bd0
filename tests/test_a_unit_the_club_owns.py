"""`X, who coaches the club's under-19s`: a unit a verb of leading takes (models/role_verbs.txt)
that `the club` or `the side` owns is in the side the story's `the club` stands for (the one it
named before), so that side is the person's organisation; not `a club's`, one the story brings
in without a name. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Fiorentina have promoted three teenagers to the first team. Marco Rossi, who coaches the club's
# under-19s, said the decision was overdue. "They are ready," Rossi said.
_UNDER_19S = """
Fiorentina PROPN NNP nsubj 2 B-ORG Fiorentina
have AUX VBP aux 2 O have
promoted VERB VBN ROOT 2 O promote
three NUM CD nummod 4 B-CARDINAL three
teenagers NOUN NNS dobj 2 O teenager
to ADP IN prep 2 O to
the DET DT det 8 O the
first ADJ JJ amod 8 B-ORDINAL first
team NOUN NN pobj 5 O team _
. PUNCT . punct 2 O .
Marco PROPN NNP compound 11 B-PERSON Marco
Rossi PROPN NNP nsubj 20 I-PERSON Rossi _
, PUNCT , punct 11 O ,
who PRON WP nsubj 14 O who
coaches VERB VBZ relcl 11 O coach
the DET DT det 16 O the
club NOUN NN poss 18 O club _
's PART POS case 16 O 's
under-19s NOUN NNS dobj 14 O under-19 _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
decision NOUN NN nsubj 23 O decision
was AUX VBD ccomp 20 O be
overdue ADJ JJ acomp 23 O overdue _
. PUNCT . punct 20 O .
" PUNCT `` punct 33 O " _
They PRON PRP nsubj 28 O they
are AUX VBP ccomp 33 O be
ready ADJ JJ acomp 28 O ready _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
Rossi PROPN NNP nsubj 33 B-PERSON Rossi
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

# Marco Rossi, who coaches a club's under-19s in Florence, said the rules were unfair. "They are
# ready," Rossi said.
_A_CLUB_OF_ITS_OWN = """
Marco PROPN NNP compound 1 B-PERSON Marco
Rossi PROPN NNP nsubj 12 I-PERSON Rossi _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
coaches VERB VBZ relcl 1 O coach
a DET DT det 6 O a
club NOUN NN poss 8 O club _
's PART POS case 6 O 's
under-19s NOUN NNS dobj 4 O under-19
in ADP IN prep 8 O in
Florence PROPN NNP pobj 9 B-ORG Florence _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
rules NOUN NNS nsubj 15 O rule
were AUX VBD ccomp 12 O be
unfair ADJ JJ acomp 15 O unfair _
. PUNCT . punct 12 O .
" PUNCT `` punct 25 O " _
They PRON PRP nsubj 20 O they
are AUX VBP ccomp 25 O be
ready ADJ JJ acomp 20 O ready _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Rossi PROPN NNP nsubj 25 B-PERSON Rossi
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_a_unit_the_club_owns_is_in_the_side_named_before() -> None:
    rows = Extractor().rows(frozen(_UNDER_19S))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Marco Rossi", "coach", "Fiorentina")]


def test_a_unit_a_club_owns_is_in_no_side_named() -> None:
    rows = Extractor().rows(frozen(_A_CLUB_OF_ITS_OWN))
    assert [(r.speaker, r.organization) for r in rows] == [("Marco Rossi", "")]
