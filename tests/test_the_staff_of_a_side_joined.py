"""`X, who joined Victory's staff in 2023`: the body owning the staff or the squad a person joined
(a side called short by the last word of its name, the one `the club` stands for, a tagged body)
is the person's organisation; a person's own staff (`joined Tom Hale's staff`) names none.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Melbourne Victory have sacked their head coach. Ana Ruiz, who joined Victory's staff in 2023,
# took training on Wednesday. "We fix the defence first," Ruiz said.
_STAFF = """
Melbourne PROPN NNP compound 1 B-ORG Melbourne
Victory PROPN NNP nsubj 3 I-ORG Victory
have AUX VBP aux 3 O have
sacked VERB VBN ROOT 3 O sack
their PRON PRP$ poss 6 O their
head NOUN NN compound 6 O head
coach NOUN NN dobj 3 O coach _
. PUNCT . punct 3 O .
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 19 O Ruiz _
, PUNCT , punct 9 O ,
who PRON WP nsubj 12 O who
joined VERB VBD relcl 9 O join
Victory PROPN NNP poss 15 O Victory _
's PART POS case 13 O 's
staff NOUN NN dobj 12 O staff
in ADP IN prep 12 O in
2023 NUM CD pobj 16 B-DATE 2023 _
, PUNCT , punct 9 O ,
took VERB VBD ROOT 19 O take
training NOUN NN dobj 19 O training
on ADP IN prep 19 O on
Wednesday PROPN NNP pobj 21 B-DATE Wednesday _
. PUNCT . punct 19 O .
" PUNCT `` punct 33 O " _
We PRON PRP nsubj 26 O we
fix VERB VBP ccomp 33 O fix
the DET DT det 28 O the
defence NOUN NN dobj 26 O defence
first ADV RB advmod 26 B-ORDINAL first _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
Ruiz PROPN NNP nsubj 33 O Ruiz
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

# Ann Cole, who joined Tom Hale's staff in 2019, said the office was busy. "We never stopped,"
# Cole said.
_PERSONS_STAFF = """
Ann PROPN NNP compound 1 B-PERSON Ann
Cole PROPN NNP nsubj 12 I-PERSON Cole _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
joined VERB VBD relcl 1 O join
Tom PROPN NNP compound 6 B-PERSON Tom
Hale PROPN NNP poss 8 I-PERSON Hale _
's PART POS case 6 I-PERSON 's
staff NOUN NN dobj 4 O staff
in ADP IN prep 4 O in
2019 NUM CD pobj 9 B-DATE 2019 _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
office NOUN NN nsubj 15 O office
was AUX VBD ccomp 12 O be
busy ADJ JJ acomp 15 O busy _
. PUNCT . punct 12 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 21 O we
never ADV RB neg 21 O never
stopped VERB VBD ccomp 25 O stop _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Cole PROPN NNP nsubj 25 B-PRODUCT Cole
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_the_side_owning_the_staff_joined_is_the_persons() -> None:
    rows = Extractor().rows(frozen(_STAFF))
    assert [(r.speaker, r.organization) for r in rows] == [("Ana Ruiz", "Melbourne Victory")]


def test_a_persons_staff_joined_names_no_body() -> None:
    rows = Extractor().rows(frozen(_PERSONS_STAFF))
    assert [(r.speaker, r.organization) for r in rows] == [("Ann Cole", "")]
