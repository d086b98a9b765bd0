"""A body's name ends before the street it stands on: `the Blue Door Cafe on Main Street`, which
the tagger tags whole, is the *Blue Door Cafe*; and someone met there who gives only a surname
(`A nurse, who gave only her surname, Okafor,`, `one supporter, who gave only his surname, Kang,`)
is that person. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Business is down by half," said Maria Silva, 45, who owns the Blue Door Cafe on Main Street.
_A_CAFE_ON_ITS_STREET = """
" PUNCT `` punct 8 O " _
Business NOUN NN nsubj 2 O business
is AUX VBZ ccomp 8 O be
down ADV RB advmod 2 O down
by ADP IN prep 3 O by
half NOUN NN pobj 4 B-CARDINAL half _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Maria PROPN NNP compound 10 B-PERSON Maria
Silva PROPN NNP nsubj 8 I-PERSON Silva _
, PUNCT , punct 10 O ,
45 NUM CD appos 10 B-DATE 45 _
, PUNCT , punct 10 O ,
who PRON WP nsubj 15 O who
owns VERB VBZ relcl 10 O own
the DET DT det 19 B-ORG the
Blue PROPN NNP compound 18 I-ORG Blue
Door PROPN NNP compound 19 I-ORG Door
Cafe PROPN NNP dobj 15 I-ORG Cafe
on ADP IN prep 19 I-ORG on
Main PROPN NNP compound 22 I-ORG Main
Street PROPN NNP pobj 20 I-ORG Street _
. PUNCT . punct 8 O . _
"""



def test_a_cafe_is_named_without_its_street() -> None:
    rows = Extractor().rows(frozen(_A_CAFE_ON_ITS_STREET))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Maria Silva", "owner", "Blue Door Cafe")]


# Fans booed the players off the pitch, and one supporter, who gave only his surname, Kang, said
# the club had wasted its money. / "We heard all winter that this was a new team," he said.
_ONE_WHO_GAVE_HIS_SURNAME = """
Fans NOUN NNS nsubj 1 O fan
booed VERB VBD ROOT 1 O boo
the DET DT det 3 O the
players NOUN NNS dobj 1 O player
off ADP IN prep 3 O off
the DET DT det 6 O the
pitch NOUN NN pobj 4 O pitch _
, PUNCT , punct 1 O ,
and CCONJ CC cc 1 O and
one NUM CD nummod 10 B-CARDINAL one
supporter NOUN NN nsubj 20 O supporter _
, PUNCT , punct 10 O ,
who PRON WP nsubj 13 O who
gave VERB VBD relcl 10 O give
only ADV RB advmod 16 O only
his PRON PRP$ poss 16 O his
surname NOUN NN dobj 13 O surname _
, PUNCT , punct 16 O ,
Kang PROPN NNP appos 16 B-PERSON Kang _
, PUNCT , punct 10 O ,
said VERB VBD conj 1 O say
the DET DT det 22 O the
club NOUN NN nsubj 24 O club
had AUX VBD aux 24 O have
wasted VERB VBN ccomp 20 O waste
its PRON PRP$ poss 26 O its
money NOUN NN dobj 24 O money _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 31 O we
heard VERB VBD ccomp 43 O hear
all DET DT det 33 B-DATE all
winter NOUN NN dobj 31 I-DATE winter
that SCONJ IN mark 36 O that
this PRON DT nsubj 36 O this
was AUX VBD ccomp 31 O be
a DET DT det 39 O a
new ADJ JJ amod 39 O new
team NOUN NN attr 36 O team _
, PUNCT , punct 43 O , _
" PUNCT '' punct 43 O "
he PRON PRP nsubj 43 O he
said VERB VBD ROOT 43 O say _
. PUNCT . punct 43 O . _
"""



def test_one_who_gives_his_surname_is_named() -> None:
    rows = Extractor().rows(frozen(_ONE_WHO_GAVE_HIS_SURNAME))
    assert [(r.speaker, r.mention) for r in rows] == [("Kang", "he")]


# A nurse, who gave only her surname, Okafor, said the ward was full. "We have no beds," she said.
_A_NURSE_WHO_GAVE_HER_SURNAME = """
A DET DT det 1 O a
nurse NOUN NN nsubj 11 O nurse _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
gave VERB VBD relcl 1 O give
only ADV RB advmod 7 O only
her PRON PRP$ poss 7 O her
surname NOUN NN dobj 4 O surname _
, PUNCT , punct 7 O ,
Okafor PROPN NNP appos 7 B-PERSON Okafor _
, PUNCT , punct 7 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
ward NOUN NN nsubj 14 O ward
was AUX VBD ccomp 11 O be
full ADJ JJ acomp 14 O full _
. PUNCT . punct 11 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 19 O we
have VERB VBP ccomp 25 O have
no DET DT det 21 O no
beds NOUN NNS dobj 19 O bed _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
she PRON PRP nsubj 25 O she
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_a_nurse_who_gives_her_surname_is_named() -> None:
    rows = Extractor().rows(frozen(_A_NURSE_WHO_GAVE_HER_SURNAME))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [("Okafor", "nurse", "she")]
