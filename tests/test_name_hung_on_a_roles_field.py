"""A name set beside a role whose field the parser hung it on (`executive member for environment,
Cllr Mohammed Rafique, said`: the name an apposition of `environment`) stands where the role's
noun stands, the subject, so the `he` of the next paragraph is that person and not the one the
paragraph before spoke of. A frozen parse (by the project's pipeline) of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The union's regional organiser, Dave Kershaw, said the council had walked away. "Our members
# want to be back at work," he said.
#
# Leeds City Council's executive member for environment, Cllr Mohammed Rafique, said the offer was
# "the best this council can afford".
#
# "We have been clear," he added.
_FIELD = """
The DET DT det 1 O the
union NOUN NN poss 4 O union _
's PART POS case 1 O 's
regional ADJ JJ amod 4 O regional
organiser NOUN NN nsubj 9 O organiser _
, PUNCT , punct 4 O ,
Dave PROPN NNP compound 7 B-PERSON Dave
Kershaw PROPN NNP appos 4 I-PERSON Kershaw _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
council NOUN NN nsubj 13 O council
had AUX VBD aux 13 O have
walked VERB VBD ccomp 9 O walk
away ADV RB advmod 13 O away _
. PUNCT . punct 9 O .
" PUNCT `` punct 28 O " _
Our PRON PRP$ poss 18 O our
members NOUN NNS nsubj 19 O member
want VERB VBP ccomp 28 O want
to PART TO aux 21 O to
be AUX VB xcomp 19 O be
back ADV RB advmod 21 O back
at ADP IN prep 22 O at
work NOUN NN pobj 23 O work _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
<space> SPACE _SP dep 29 O <space> _
Leeds PROPN NNPS compound 32 B-ORG Leeds
City PROPN NNP compound 33 I-ORG City
Council PROPN NNP poss 36 I-ORG Council _
's PART POS case 33 I-ORG 's
executive ADJ JJ amod 36 O executive
member NOUN NN nsubj 44 O member
for ADP IN prep 36 O for
environment NOUN NN pobj 37 O environment _
, PUNCT , punct 38 O ,
Cllr PROPN NNP compound 42 B-PERSON Cllr
Mohammed PROPN NNP compound 42 I-PERSON Mohammed
Rafique PROPN NNP appos 38 I-PERSON Rafique _
, PUNCT , punct 36 O ,
said VERB VBD ROOT 44 O say
the DET DT det 46 O the
offer NOUN NN nsubj 47 O offer
was AUX VBD ccomp 44 O be
" PUNCT `` punct 47 O " _
the DET DT det 50 O the
best ADJ JJS attr 47 O good
this DET DT det 52 O this
council NOUN NN nsubj 54 O council
can AUX MD aux 54 O can
afford VERB VB relcl 50 O afford _
" PUNCT '' punct 54 O " _
. PUNCT . punct 44 O . _
<space> SPACE _SP dep 56 O <space> _
" PUNCT `` punct 66 O " _
We PRON PRP nsubj 61 O we
have AUX VBP aux 61 O have
been AUX VBN ccomp 66 O be
clear ADJ JJ acomp 61 O clear _
, PUNCT , punct 66 O , _
" PUNCT '' punct 66 O "
he PRON PRP nsubj 66 O he
added VERB VBD ROOT 66 O add _
. PUNCT . punct 66 O . _
"""


def test_a_name_hung_on_a_roles_field_is_the_subject_a_pronoun_goes_to() -> None:
    rows = Extractor().rows(frozen(_FIELD))
    assert [r.speaker for r in rows] == ["Dave Kershaw", "Mohammed Rafique", "Mohammed Rafique"]
