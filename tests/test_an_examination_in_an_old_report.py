"""A court examination as old reports print it, each question and answer opening its line with
`Q.--` / `A.--` (a typed dash, or a long one, `A.—`) rather than `Q.` and a space: the answers are
turns of a transcript, the witness's whom the paragraph before has speak, and the questions give
no row. Frozen parses of sentences written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.transcripts import opens_a_turn
from tests.frozen import frozen

# Henry Dobbs, a carter, examined by Mr. HALL, said:  Q.--Where were you on the night of the 3rd?
# A.--At the Black Bull, in Castle-street.  Q.--Did you see the prisoner there? A.--I did. He was
# standing close to me at the bar.
_AN_EXAMINATION_IN_AN_OLD_REPORT = """
Henry PROPN NNP compound 1 B-PERSON Henry
Dobbs PROPN NNP nsubj 11 I-PERSON Dobbs _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
carter NOUN NN appos 1 O carter _
, PUNCT , punct 1 O ,
examined VERB VBN acl 1 O examine
by ADP IN agent 6 O by
Mr. PROPN NNP compound 9 O Mr.
HALL PROPN NNP pobj 7 B-PERSON HALL _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O : _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Q. PROPN NNP ROOT 14 O Q. _
-- PUNCT : punct 14 O -- _
Where SCONJ WRB advmod 17 O where
were AUX VBD relcl 14 O be
you PRON PRP nsubj 17 O you
on ADP IN prep 17 O on
the DET DT det 21 B-TIME the
night NOUN NN pobj 19 I-TIME night
of ADP IN prep 21 I-TIME of
the DET DT det 24 I-TIME the
3rd ADJ JJ pobj 22 I-TIME 3rd _
? PUNCT . punct 17 O ? _
<newline> SPACE _SP dep 25 O <newline> _
A. NOUN NN ROOT 27 O a. _
-- PUNCT : punct 27 O -- _
At ADP IN prep 28 O at
the DET DT det 32 B-FAC the
Black PROPN NNP compound 32 I-FAC Black
Bull PROPN NNP pobj 29 I-FAC Bull _
, PUNCT , punct 27 O ,
in ADP IN prep 27 O in
Castle PROPN NNP compound 37 B-GPE Castle _
- PUNCT HYPH punct 37 I-GPE - _
street NOUN NN pobj 34 I-GPE street _
. PUNCT . punct 27 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
Q. PROPN NNP ROOT 40 O Q. _
-- PUNCT : punct 40 O -- _
Did AUX VBD aux 44 O do
you PRON PRP nsubj 44 O you
see VERB VB ROOT 44 O see
the DET DT det 46 O the
prisoner NOUN NN dobj 44 O prisoner
there ADV RB advmod 44 O there _
? PUNCT . punct 44 O ? _
<newline> SPACE _SP dep 48 O <newline> _
A. PROPN NNP npadvmod 53 O A. _
-- PUNCT : punct 53 O -- _
I PRON PRP nsubj 53 O I
did VERB VBD ROOT 53 O do _
. PUNCT . punct 53 O .
He PRON PRP nsubj 57 O he
was AUX VBD aux 57 O be
standing VERB VBG ROOT 57 O stand
close ADV RB advmod 57 O close
to ADP IN prep 58 O to
me PRON PRP pobj 59 O I
at ADP IN prep 57 O at
the DET DT det 63 O the
bar NOUN NN pobj 61 O bar _
. PUNCT . punct 57 O . _
"""


# The witness, Mary Lowe, said:  Q.—Did you know the deceased? A.—Yes, for many years. He lodged
# with my mother.  Q.—When did you last see him? A.—On the Monday evening, at the gate.
_AN_EXAMINATION_WITH_LONG_DASHES = """
The DET DT det 1 O the
witness NOUN NN nsubj 6 O witness _
, PUNCT , punct 1 O ,
Mary PROPN NNP compound 4 B-PERSON Mary
Lowe PROPN NNP appos 1 I-PERSON Lowe _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O : _
<paragraph> SPACE _SP dep 7 O <paragraph> _
Q.—Did VERB VBD ROOT 9 O Q.—Did
you PRON PRP nsubj 11 O you
know VERB VBP ROOT 11 O know
the DET DT det 13 O the
deceased ADJ JJ dobj 11 O deceased _
? PUNCT . punct 13 O ? _
<newline> SPACE _SP dep 14 O <newline> _
A.—Yes PROPN NNP ROOT 16 O A.—Yes _
, PUNCT , punct 16 O ,
for ADP IN prep 16 O for
many ADJ JJ amod 20 B-DATE many
years NOUN NNS pobj 18 I-DATE year _
. PUNCT . punct 16 O .
He PRON PRP nsubj 23 O he
lodged VERB VBD ROOT 23 O lodge
with ADP IN prep 23 O with
my PRON PRP$ poss 26 O my
mother NOUN NN pobj 24 O mother _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
Q.—When PROPN NNP dep 33 O Q.—When
did AUX VBD aux 33 O do
you PRON PRP nsubj 33 O you
last ADV RB advmod 33 O last
see VERB VB ROOT 33 O see
him PRON PRP dobj 33 O he _
? PUNCT . punct 33 O ? _
<newline> SPACE _SP dep 35 O <newline> _
A.—On PROPN NNP ROOT 37 O A.—On
the DET DT det 40 O the
Monday PROPN NNP compound 40 B-DATE Monday
evening NOUN NN npadvmod 37 B-TIME evening _
, PUNCT , punct 37 O ,
at ADP IN prep 37 O at
the DET DT det 44 O the
gate NOUN NN pobj 42 O gate _
. PUNCT . punct 37 O . _
"""


def test_answers_after_a_typed_dash_are_the_witnesss() -> None:
    rows = Extractor().rows(frozen(_AN_EXAMINATION_IN_AN_OLD_REPORT))
    assert [(r.speaker, r.role, r.quote) for r in rows] == [
        ("Henry Dobbs", "carter", "At the Black Bull, in Castle-street."),
        ("Henry Dobbs", "carter", "I did. He was standing close to me at the bar."),
    ]


def test_answers_after_a_long_dash_are_the_witnesss() -> None:
    rows = Extractor().rows(frozen(_AN_EXAMINATION_WITH_LONG_DASHES))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Mary Lowe", "Yes, for many years. He lodged with my mother."),
        ("Mary Lowe", "On the Monday evening, at the gate."),
    ]


def test_the_dashed_labels_open_a_turn() -> None:
    assert opens_a_turn("Q.--Where were you?")
    assert opens_a_turn("A.-- At home.")
    assert opens_a_turn("A.—At home.")
    assert not opens_a_turn("Q.E.D. was all he wrote.")
