"""`The HSE said …`, then `A spokeswoman for the health service`: a body's noun after `the` and the
nouns in small letters compounded before it, whose first letters open or close the one short form
in capitals the article names a body by, stand for that body. Frozen parse of a text written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The HSE said the figures were worrying. A spokeswoman for the health service said: "Stay at home
# if you are unwell."
_INITIALS = """
The DET DT det 1 O the
HSE PROPN NNP nsubj 2 B-ORG HSE
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
figures NOUN NNS nsubj 6 O figure
were AUX VBD aux 6 O be
worrying VERB VBG ccomp 2 O worry _
. PUNCT . punct 2 O .
A DET DT det 9 O a
spokeswoman NOUN NN nsubj 14 O spokeswoman
for ADP IN prep 9 O for
the DET DT det 13 O the
health NOUN NN compound 13 O health
service NOUN NN pobj 10 O service
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
Stay VERB VB xcomp 14 O stay
at ADP IN prep 17 O at
home NOUN NN pobj 18 O home
if SCONJ IN mark 22 O if
you PRON PRP nsubj 22 O you
are AUX VBP advcl 17 O be
unwell ADJ JJ acomp 22 O unwell _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_a_description_whose_first_letters_open_a_short_form() -> None:
    rows = Extractor().rows(frozen(_INITIALS))
    assert [(r.speaker, r.organization) for r in rows] == [("A spokeswoman", "HSE")]
