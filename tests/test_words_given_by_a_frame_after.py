"""A whole quoted sentence, then a sentence that gives the words to a person by a frame and no verb
of saying (`That was the verdict of Mayor Pieter Jansen, …`; `The words came from Siobhan McCann,
…` opening the next paragraph), is that person's. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The club announced the sale on Friday. "It is the end of an era." That was the verdict of
# Mayor Pieter Jansen, who has supported the club since boyhood.
_THE_VERDICT_OF = """
The DET DT det 1 O the
club NOUN NN nsubj 2 O club
announced VERB VBD ROOT 2 O announce
the DET DT det 4 O the
sale NOUN NN dobj 2 O sale
on ADP IN prep 2 O on
Friday PROPN NNP pobj 5 B-DATE Friday _
. PUNCT . punct 2 O .
" PUNCT `` punct 10 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ROOT 10 O be
the DET DT det 12 O the
end NOUN NN attr 10 O end
of ADP IN prep 12 O of
an DET DT det 15 O an
era NOUN NN pobj 13 O era _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O "
That PRON DT nsubj 19 O that
was AUX VBD ROOT 19 O be
the DET DT det 21 O the
verdict NOUN NN attr 19 O verdict
of ADP IN prep 21 O of
Mayor PROPN NNP compound 25 O Mayor
Pieter PROPN NNP compound 25 B-PERSON Pieter
Jansen PROPN NNP pobj 22 I-PERSON Jansen _
, PUNCT , punct 25 O ,
who PRON WP nsubj 29 O who
has AUX VBZ aux 29 O have
supported VERB VBN relcl 25 O support
the DET DT det 31 O the
club NOUN NN dobj 29 O club
since SCONJ IN prep 29 O since
boyhood NOUN NN pobj 32 O boyhood _
. PUNCT . punct 19 O . _
"""

# The council voted to close the library on Tuesday. /  / "This is a sad day for every child in
# Ballymena who loves books." /  / The words came from Siobhan McCann, a teacher at the town
# primary school, who has campaigned for two years.
_THE_WORDS_CAME_FROM = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
voted VERB VBD ROOT 2 O vote
to PART TO aux 4 O to
close VERB VB xcomp 2 O close
the DET DT det 6 O the
library NOUN NN dobj 4 O library
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 13 O " _
This PRON DT nsubj 13 O this
is AUX VBZ ROOT 13 O be
a DET DT det 16 O a
sad ADJ JJ amod 16 O sad
day NOUN NN attr 13 O day
for ADP IN prep 16 O for
every DET DT det 19 O every
child NOUN NN pobj 17 O child
in ADP IN prep 19 O in
Ballymena PROPN NNP pobj 20 B-ORG Ballymena
who PRON WP nsubj 23 O who
loves VERB VBZ relcl 19 O love
books NOUN NNS dobj 23 O book _
. PUNCT . punct 13 O . _
" PUNCT `` ROOT 26 O " _
<paragraph> SPACE _SP dep 26 O <paragraph> _
The DET DT det 29 O the
words NOUN NNS nsubj 30 O word
came VERB VBD ROOT 30 O come
from ADP IN prep 30 O from
Siobhan PROPN NNP compound 33 B-PERSON Siobhan
McCann PROPN NNP pobj 31 I-PERSON McCann _
, PUNCT , punct 33 O ,
a DET DT det 36 O a
teacher NOUN NN appos 33 O teacher
at ADP IN prep 36 O at
the DET DT det 41 O the
town NOUN NN nmod 41 O town
primary ADJ JJ amod 41 O primary
school NOUN NN pobj 37 O school _
, PUNCT , punct 41 O ,
who PRON WP nsubj 45 O who
has AUX VBZ aux 45 O have
campaigned VERB VBN relcl 36 O campaign
for ADP IN prep 45 O for
two NUM CD nummod 48 B-DATE two
years NOUN NNS pobj 46 I-DATE year _
. PUNCT . punct 30 O . _
"""


def test_the_verdict_of_a_person_after_the_quote() -> None:
    rows = Extractor().rows(frozen(_THE_VERDICT_OF))
    assert [(r.speaker, r.role) for r in rows] == [("Pieter Jansen", "Mayor")]


def test_the_words_came_from_a_person_in_the_next_paragraph() -> None:
    rows = Extractor().rows(frozen(_THE_WORDS_CAME_FROM))
    assert [r.speaker for r in rows] == ["Siobhan McCann"]
