"""`Gwyn Morgan, 79, died … His daughter, Rhian Morgan, said …. "…," she said. … "Mr Morgan was …"`:
of several people who share a surname, `Mr Morgan` is one whose given name says a man or no
gender (models/first_names.txt: Gwyn says none, a man's name in Wales), not the daughter, whose
`she said` then stays hers. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tributes have been paid to a lollipop man who helped children cross the road for 30 years.  Gwyn
# Morgan, 79, died at his home on Friday.  His daughter, Rhian Morgan, said the family had been
# overwhelmed. "Dad knew every child by name," she said.  Headteacher Sian Evans said the school
# would plant a tree. "Mr Morgan was part of the fabric of this school," she said.
_MORGAN = """
Tributes PROPN NNPS nsubjpass 3 B-GPE Tributes
have AUX VBP aux 3 O have
been AUX VBN auxpass 3 O be
paid VERB VBN ROOT 3 O pay
to ADP IN dative 3 O to
a DET DT det 7 O a
lollipop ADJ JJ amod 7 O lollipop
man NOUN NN pobj 4 O man
who PRON WP nsubj 9 O who
helped VERB VBD relcl 7 O help
children NOUN NNS nsubj 11 O child
cross VERB VB ccomp 9 O cross
the DET DT det 13 O the
road NOUN NN dobj 11 O road
for ADP IN prep 11 O for
30 NUM CD nummod 16 B-DATE 30
years NOUN NNS pobj 14 I-DATE year _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Gwyn PROPN NNP compound 20 O Gwyn
Morgan PROPN NNP nsubj 24 O Morgan _
, PUNCT , punct 20 O ,
79 NUM CD appos 20 B-DATE 79 _
, PUNCT , punct 20 O ,
died VERB VBD ROOT 24 O die
at ADP IN prep 24 O at
his PRON PRP$ poss 27 O his
home NOUN NN pobj 25 O home
on ADP IN prep 24 O on
Friday PROPN NNP pobj 28 B-DATE Friday _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 30 O <paragraph> _
His PRON PRP$ poss 33 O his
daughter NOUN NN nsubj 38 O daughter _
, PUNCT , punct 33 O ,
Rhian PROPN NNP compound 36 B-PERSON Rhian
Morgan PROPN NNP appos 33 I-PERSON Morgan _
, PUNCT , punct 33 O ,
said VERB VBD ROOT 38 O say
the DET DT det 40 O the
family NOUN NN nsubjpass 43 O family
had AUX VBD aux 43 O have
been AUX VBN auxpass 43 O be
overwhelmed VERB VBN ccomp 38 O overwhelm _
. PUNCT . punct 38 O .
" PUNCT `` punct 55 O " _
Dad PROPN NNP nsubj 47 O Dad
knew VERB VBD ccomp 55 O know
every DET DT det 49 O every
child NOUN NN dobj 47 O child
by ADP IN prep 47 O by
name NOUN NN pobj 50 O name _
, PUNCT , punct 55 O , _
" PUNCT '' punct 55 O "
she PRON PRP nsubj 55 O she
said VERB VBD ROOT 55 O say _
. PUNCT . punct 55 O . _
<paragraph> SPACE _SP dep 56 O <paragraph> _
Headteacher PROPN NNP compound 60 B-PERSON Headteacher
Sian PROPN NNP compound 60 I-PERSON Sian
Evans PROPN NNP nsubj 61 I-PERSON Evans
said VERB VBD ROOT 61 O say
the DET DT det 63 O the
school NOUN NN nsubj 65 O school
would AUX MD aux 65 O would
plant VERB VB ccomp 61 O plant
a DET DT det 67 O a
tree NOUN NN dobj 65 O tree _
. PUNCT . punct 61 O .
" PUNCT `` punct 83 O " _
Mr PROPN NNP compound 71 O Mr
Morgan PROPN NNP nsubj 72 B-PERSON Morgan
was AUX VBD ccomp 83 O be
part NOUN NN attr 72 O part
of ADP IN prep 73 O of
the DET DT det 76 O the
fabric NOUN NN pobj 74 O fabric
of ADP IN prep 76 O of
this DET DT det 79 O this
school NOUN NN pobj 77 O school _
, PUNCT , punct 83 O , _
" PUNCT '' punct 83 O "
she PRON PRP nsubj 83 O she
said VERB VBD ROOT 83 O say _
. PUNCT . punct 83 O . _
"""


def test_mr_and_the_shared_surname_go_to_the_man_not_the_daughter() -> None:
    rows = Extractor().rows(frozen(_MORGAN))
    assert [r.speaker for r in rows] == ["Rhian Morgan", "Sian Evans"]
