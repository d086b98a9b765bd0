"""`Cllr Ana Ruiz, who chairs the council's planning committee, said` (local government, issue
10), from a frozen parse of sentences written for this file: the verb names the post but writes
no noun for it, so the row has no role (ROLES.md 4: a role is written as a noun; the gold of
world rounds 2 and 6 and of polnear-train leaves `who chairs` empty), while the body stays the
speaker's and `The committee's chair` later is still her (models/role_verbs.txt, `unwritten`)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lenton Council met on Monday. Cllr Ana Ruiz, who chairs the council's planning committee, said: "The
# plan is sound." The committee's chair added: "We will vote in May."
_CHAIRS = """
Lenton PROPN NNP compound 1 B-ORG Lenton
Council PROPN NNP nsubj 2 I-ORG Council
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O .
Cllr PROPN NNP compound 8 B-PERSON Cllr
Ana PROPN NNP compound 8 I-PERSON Ana
Ruiz PROPN NNP nsubj 18 O Ruiz _
, PUNCT , punct 8 O ,
who PRON WP nsubj 11 O who
chairs VERB VBZ relcl 8 O chair
the DET DT det 13 O the
council NOUN NN poss 16 O council _
's PART POS case 13 O 's
planning NOUN NN compound 16 O planning
committee NOUN NN dobj 11 O committee _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
The DET DT det 22 O the
plan NOUN NN nsubj 23 O plan
is AUX VBZ ccomp 18 O be
sound ADJ JJ acomp 23 O sound _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O "
The DET DT det 28 O the
committee NOUN NN poss 30 O committee _
's PART POS case 28 O 's
chair NOUN NN nsubj 31 O chair
added VERB VBD ROOT 31 O add _
: PUNCT : punct 31 O :
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 36 O we
will AUX MD aux 36 O will
vote VERB VB ccomp 31 O vote
in ADP IN prep 36 O in
May PROPN NNP pobj 37 B-DATE May _
. PUNCT . punct 31 O . _
" PUNCT '' punct 31 O " _
"""


def test_who_chairs_gives_the_body_and_the_later_chair_but_no_role() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CHAIRS))]
    assert rows == [("Ana Ruiz", "", "Lenton Council")] * 2
