"""`The Kestrel High Court refused bail … Public prosecutor Meena Rao said` (Indian, British and
Commonwealth court reporting, issue 10), from a frozen parse of sentences written for this file:
a prosecutor argues before the court and does not work for it, so the court the sentence before
has act is not her body (models/member_jobs.txt, kind `prosecuting`: only a prosecution service
is). Counsel's part written as a participle opening the sentence (`Defending, Tom Hale told the
court`) gives no role: no noun is written (ROLES.md)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_PROSECUTOR = """
The DET DT det 3 O the
Kestrel PROPN NNP compound 3 O Kestrel
High PROPN NNP compound 3 O High
Court PROPN NNP nsubj 4 O Court
refused VERB VBD ROOT 4 O refuse
bail NOUN NN dobj 4 O bail
to ADP IN prep 4 O to
a DET DT det 8 O a
builder NOUN NN pobj 6 O builder
on ADP IN prep 4 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 4 O .
Public ADJ JJ amod 13 O public
prosecutor NOUN NN compound 15 O prosecutor
Meena PROPN NNP compound 15 B-PERSON Meena
Rao PROPN NNP nsubj 16 I-PERSON Rao
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
The DET DT det 20 O the
accused VERB VBN nsubj 22 O accuse
may AUX MD aux 22 O may
flee VERB VB ccomp 16 O flee _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O "
Defending VERB VBG advcl 29 O defend _
, PUNCT , punct 29 O ,
Tom PROPN NNP compound 28 B-PERSON Tom
Hale PROPN NNP nsubj 29 I-PERSON Hale
told VERB VBD ROOT 29 O tell
the DET DT det 31 O the
court NOUN NN dobj 29 O court _
: PUNCT : punct 29 O :
" PUNCT `` punct 37 O " _
My PRON PRP$ poss 35 O my
client NOUN NN nsubj 37 O client
has AUX VBZ aux 37 O have
cooperated VERB VBN ccomp 29 O cooperate _
. PUNCT . punct 29 O . _
" PUNCT '' punct 29 O " _
"""


def test_a_prosecutor_is_not_the_courts() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_PROSECUTOR))]
    assert rows == [("Meena Rao", "Public prosecutor", ""), ("Tom Hale", "", "")]
