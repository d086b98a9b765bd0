"""`her campaign sent out a fundraising email. "…," read the email`: a document issued by a body
the article calls `his` or `her campaign` is that campaign's, `<Surname> campaign` for the person
the possessive stands for (ROLES.md 2, 3); it was no one's before. Frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Grace Achieng is running for governor of Kisumu. On Saturday, her campaign sent out a
# fundraising email. "Every shilling brings us closer to the lake," read the email.
_EMAIL = """
Grace PROPN NNP compound 1 B-PERSON Grace
Achieng PROPN NNP nsubj 3 I-PERSON Achieng
is AUX VBZ aux 3 O be
running VERB VBG ROOT 3 O run
for ADP IN prep 3 O for
governor NOUN NN pobj 4 O governor
of ADP IN prep 5 O of
Kisumu PROPN NNP pobj 6 B-ORG Kisumu _
. PUNCT . punct 3 O .
On ADP IN prep 14 O on
Saturday PROPN NNP pobj 9 B-DATE Saturday _
, PUNCT , punct 14 O ,
her PRON PRP$ poss 13 O her
campaign NOUN NN nsubj 14 O campaign
sent VERB VBD ROOT 14 O send
out ADP RP prt 14 O out
a DET DT det 18 O a
fundraising NOUN NN compound 18 O fundraising
email NOUN NN dobj 14 O email _
. PUNCT . punct 14 O .
" PUNCT `` punct 31 O " _
Every DET DT det 22 O every
shilling NOUN NN nsubj 23 O shilling
brings VERB VBZ ccomp 31 O bring
us PRON PRP dobj 23 O we
closer ADV RBR advmod 23 O close
to ADP IN prep 25 O to
the DET DT det 28 O the
lake NOUN NN pobj 26 O lake _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
read VERB VB ROOT 31 O read
the DET DT det 33 O the
email NOUN NN dobj 31 O email _
. PUNCT . punct 31 O . _
"""

def test_an_email_her_campaign_sent_is_the_campaigns() -> None:
    rows = Extractor().rows(frozen(_EMAIL))
    assert [(r.speaker, r.organization) for r in rows] == [("the email", "Achieng campaign")]
