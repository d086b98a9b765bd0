"""A given name the tagger left untagged as a subject, from a frozen parse of sentences written
for this file: `Ana herself plays down the label.` after `Ana Ruiz` and, between them, another
woman named in full: the given name only one person of the story has is that person, and the
`she says` after it continues her (it went to the other woman, the last one named).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_GIVEN_NAME_BEFORE_HERSELF = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 2 O Ruiz
coaches VERB VBZ ROOT 2 O coach
the DET DT det 5 B-ORG the
Lenton PROPN NNP compound 5 I-ORG Lenton
Rovers PROPN NNP dobj 2 I-ORG Rovers _
, PUNCT , punct 5 O ,
the DET DT det 9 O the
first ADJ JJ amod 9 B-ORDINAL first
woman NOUN NN appos 5 O woman
to PART TO aux 11 O to
do VERB VB relcl 9 O do
so ADV RB advmod 11 O so _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
Her PRON PRP$ poss 17 O her
old ADJ JJ amod 17 O old
teammate NOUN NN nsubj 28 O teammate _
, PUNCT , punct 17 O ,
Greta PROPN NNP compound 20 B-PERSON Greta
Holm PROPN NNP nsubj 28 I-PERSON Holm _
, PUNCT , punct 20 O ,
now ADV RB advmod 24 O now
a DET DT det 24 O a
nurse NOUN NN appos 20 O nurse
in ADP IN prep 24 O in
Oslo PROPN NNP pobj 25 B-GPE Oslo _
, PUNCT , punct 20 O ,
is AUX VBZ ROOT 28 O be
not PART RB neg 28 O not
surprised ADJ JJ acomp 28 O surprised _
. PUNCT . punct 28 O .
“ PUNCT `` punct 41 O " _
Ana PROPN NNP nsubj 36 O Ana
was AUX VBD aux 36 O be
always ADV RB advmod 36 O always
drawing VERB VBG ccomp 41 O draw
plays NOUN NNS dobj 36 O play _
, PUNCT , punct 41 O , _
” PUNCT '' punct 41 O "
Holm PROPN NNP nsubj 41 B-PERSON Holm
said VERB VBD ROOT 41 O say
by ADP IN prep 41 O by
phone NOUN NN pobj 42 O phone _
. PUNCT . punct 41 O . _
<paragraph> SPACE _SP dep 44 O <paragraph> _
The DET DT det 47 O the
club NOUN NN nsubj 48 O club
said VERB VBD ROOT 48 O say
the DET DT det 50 O the
number NOUN NN nsubj 55 O number
of ADP IN prep 50 O of
women NOUN NNS pobj 51 O woman
coaching VERB VBG amod 52 O coach
had AUX VBD aux 55 O have
doubled VERB VBN ccomp 48 O double _
. PUNCT . punct 48 O . _
<paragraph> SPACE _SP dep 56 O <paragraph> _
Ana PROPN NNP nsubj 60 O Ana
herself PRON PRP appos 58 O herself
plays VERB VBZ ROOT 60 O play
down ADP RP prt 60 O down
the DET DT det 63 O the
label NOUN NN pobj 61 O label _
. PUNCT . punct 60 O . _
<paragraph> SPACE _SP dep 64 O <paragraph> _
“ PUNCT `` punct 68 O " _
I PRON PRP nsubj 68 O I
want VERB VBP ccomp 75 O want
to PART TO aux 70 O to
win VERB VB xcomp 68 O win
games NOUN NNS dobj 70 O game _
, PUNCT , punct 75 O , _
” PUNCT '' punct 75 O "
she PRON PRP nsubj 75 O she
says VERB VBZ ROOT 75 O say _
. PUNCT . punct 75 O . _
"""


def test_an_untagged_given_name_keeps_the_pronoun_after_it_on_its_person() -> None:
    rows = [(r.quote[:12], r.speaker) for r in Extractor().rows(frozen(_A_GIVEN_NAME_BEFORE_HERSELF))]
    assert rows == [("Ana was alwa", "Greta Holm"), ("I want to wi", "Ana Ruiz")]
