"""`The charity Shelter said …`, then `the charity's spokeswoman, Jo Bell`: a body's noun in
small letters after `the` right before a name says what the story's `the charity` means, also
where the parser hangs `The` on the name rather than on the noun, or reads the noun and the name
as two subjects of the verb (`The housing charity Threshold said`). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The charity Shelter said on Tuesday that evictions had risen. "Families are being pushed out,"
# the charity's spokeswoman, Jo Bell, said.
_THE_ON_THE_NAME = """
The DET DT det 2 O the
charity NOUN NN compound 2 O charity
Shelter PROPN NNP nsubj 3 B-PERSON Shelter
said VERB VBD ROOT 3 O say
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday
that SCONJ IN mark 9 O that
evictions NOUN NNS nsubj 9 O eviction
had AUX VBD aux 9 O have
risen VERB VBN ccomp 3 O rise _
. PUNCT . punct 3 O .
" PUNCT `` punct 27 O " _
Families NOUN NNS nsubjpass 15 O family
are AUX VBP aux 15 O be
being AUX VBG auxpass 15 O be
pushed VERB VBN ccomp 27 O push
out ADP RP prt 15 O out _
, PUNCT , punct 15 O , _
" PUNCT '' punct 22 O "
the DET DT det 20 O the
charity NOUN NN poss 22 O charity _
's PART POS case 20 O 's
spokeswoman NOUN NN nsubj 27 O spokeswoman _
, PUNCT , punct 22 O ,
Jo PROPN NNP compound 25 B-PERSON Jo
Bell PROPN NNP appos 22 I-PERSON Bell _
, PUNCT , punct 22 O ,
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# The housing charity Threshold said rents had risen. "Families are being pushed out," said John-
# Mark McCafferty, the charity's chief executive.
_TWO_SUBJECTS = """
The DET DT det 2 O the
housing NOUN NN compound 2 O housing
charity NOUN NN nsubj 4 O charity
Threshold PROPN NNP nsubj 4 B-PERSON Threshold
said VERB VBD ROOT 4 O say
rents NOUN NNS nsubj 7 O rent
had AUX VBD aux 7 O have
risen VERB VBN ccomp 4 O rise _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
Families NOUN NNS nsubjpass 13 O family
are AUX VBP aux 13 O be
being AUX VBG auxpass 13 O be
pushed VERB VBN ccomp 17 O push
out ADP RP prt 13 O out _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
John PROPN NNP compound 20 B-PERSON John _
- PUNCT HYPH punct 20 I-PERSON - _
Mark PROPN NNP compound 21 I-PERSON Mark
McCafferty PROPN NNP nsubj 17 I-PERSON McCafferty _
, PUNCT , punct 21 O ,
the DET DT det 24 O the
charity NOUN NN poss 27 O charity _
's PART POS case 24 O 's
chief ADJ JJ amod 27 O chief
executive NOUN NN appos 21 O executive _
. PUNCT . punct 17 O . _
"""



def test_the_article_hung_on_the_name_still_opens_the_bodys_noun() -> None:
    rows = Extractor().rows(frozen(_THE_ON_THE_NAME))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Jo Bell", "spokeswoman", "Shelter")]


def test_the_noun_and_the_name_read_as_two_subjects() -> None:
    rows = Extractor().rows(frozen(_TWO_SUBJECTS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("John-Mark McCafferty", "chief executive", "Threshold")
    ]
