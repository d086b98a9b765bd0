"""A reflexive pronoun is its own clause's subject (`Varga himself struck a defiant tone`):
read as a pronoun of someone else it made that other person the topic, and the `he said` after
went to them."""

from __future__ import annotations

# Sentences written for this file, parsed by en_core_web_sm 3.8 as they came.
EMPHATIC_REFLEXIVE_AFTER_THE_SUBJECT = """
Coach PROPN NNP compound 2 O Coach
Tom PROPN NNP compound 2 B-PERSON Tom
Varga PROPN NNP nsubjpass 4 I-PERSON Varga
was AUX VBD auxpass 4 O be
sacked VERB VBN ROOT 4 O sack
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 4 O .
The DET DT det 9 O the
favourite NOUN NN nsubj 10 O favourite
is AUX VBZ ROOT 10 O be
former ADJ JJ amod 13 O former
Italy PROPN NNP compound 13 B-GPE Italy
defender NOUN NN compound 15 O defender
Luca PROPN NNP compound 15 B-PERSON Luca
Sarti PROPN NNP attr 10 I-PERSON Sarti _
, PUNCT , punct 15 O ,
who PRON WP nsubj 19 O who
has AUX VBZ aux 19 O have
been AUX VBN relcl 15 O be
without ADP IN prep 19 O without
a DET DT det 22 O a
club NOUN NN pobj 20 O club
since SCONJ IN prep 19 O since
October PROPN NNP pobj 23 B-DATE October _
. PUNCT . punct 10 O . _
<space> SPACE _SP dep 25 O <space> _
Varga PROPN NNP nsubj 29 B-PERSON Varga
himself PRON PRP appos 27 O himself
struck VERB VBD ROOT 29 O strike
a DET DT det 32 O a
defiant ADJ JJ amod 32 O defiant
tone NOUN NN dobj 29 O tone
in ADP IN prep 29 O in
a DET DT det 36 O a
farewell ADJ JJ amod 36 O farewell
message NOUN NN pobj 33 O message _
. PUNCT . punct 29 O .
" PUNCT `` punct 48 O " _
I PRON PRP nsubj 40 O I
leave VERB VBP ccomp 48 O leave
with ADP IN prep 40 O with
my PRON PRP$ poss 43 O my
head NOUN NN pobj 41 O head
high ADJ JJ oprd 40 O high _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
he PRON PRP nsubj 48 O he
said VERB VBD ROOT 48 O say _
. PUNCT . punct 48 O . _
"""


def test_an_emphatic_reflexive_leaves_the_subject_the_topic() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (row,) = Extractor().rows(frozen(EMPHATIC_REFLEXIVE_AFTER_THE_SUBJECT))
    assert (row.speaker, row.mention) == ("Tom Varga", "he")
