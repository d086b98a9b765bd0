"""`Sony Group Corp. Chief Executive Kenichiro Yoshida said`: a company's name that closes on a
body's noun (`Group`) before its short form was read up to that noun, and the form opened the
role: *Corp. Chief Executive* / *Sony Group*. The form opening the role is the name's last word
(descriptors._company_form_to_its_body): *Chief Executive* / *Sony Group Corp.*. The rows from a
frozen parse of a sentence written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will invest more in chips," Sony Group Corp. Chief Executive Kenichiro Yoshida said.
_SONY = """
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
invest VERB VB ccomp 16 O invest
more ADJ JJR dobj 3 O more
in ADP IN prep 3 O in
chips NOUN NNS pobj 5 O chip _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Sony PROPN NNP compound 11 B-ORG Sony
Group PROPN NNP compound 11 I-ORG Group
Corp. PROPN NNP compound 15 I-ORG Corp.
Chief PROPN NNP compound 15 O Chief
Executive PROPN NNP compound 15 O Executive
Kenichiro PROPN NNP compound 15 B-PERSON Kenichiro
Yoshida PROPN NNP nsubj 16 I-PERSON Yoshida
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_the_short_form_is_the_companys_word() -> None:
    (row,) = Extractor().rows(frozen(_SONY))
    expected = ("Kenichiro Yoshida", "Chief Executive", "Sony Group Corp.")
    assert (row.speaker, row.role, row.organization) == expected
