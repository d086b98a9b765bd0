"""A nickname set in quote marks inside a name (`Governor Manuel "Lito" Villanueva`) or in brackets
right after it (`Raila Amolo Odinga (Baba)`) is a name the person goes by: `"…," Lito said` later
is that person, as after `known as`, and the nickname in quote marks is nobody's quote. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Governor Manuel "Lito" Villanueva toured the flooded town of Calasiao on Sunday. "We will
# rebuild every school before the rains return," Lito said.
_A_NICKNAME_IN_QUOTE_MARKS = """
Governor PROPN NNP compound 1 O Governor
Manuel PROPN NNP nmod 3 B-PERSON Manuel
" PUNCT `` punct 3 O " _
Lito PROPN NNP nmod 5 O Lito _
" PUNCT '' punct 5 O "
Villanueva PROPN NNP nsubj 6 O Villanueva
toured VERB VBD ROOT 6 O tour
the DET DT det 9 O the
flooded ADJ JJ amod 9 O flooded
town NOUN NN dobj 6 O town
of ADP IN prep 9 O of
Calasiao PROPN NNP pobj 10 B-GPE Calasiao
on ADP IN prep 6 O on
Sunday PROPN NNP pobj 12 B-DATE Sunday _
. PUNCT . punct 6 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
rebuild VERB VB ccomp 28 O rebuild
every DET DT det 20 O every
school NOUN NN dobj 18 O school
before SCONJ IN mark 24 O before
the DET DT det 23 O the
rains NOUN NNS nsubj 24 O rain
return VERB VBP advcl 18 O return _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Lito PROPN NNP nsubj 28 B-PERSON Lito
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# Opposition leader Raila Amolo Odinga (Baba) spoke at a rally in Kisumu on Sunday. "We will not
# accept this result," Baba said.
_A_NICKNAME_IN_BRACKETS = """
Opposition NOUN NN compound 1 O opposition
leader NOUN NN compound 4 O leader
Raila PROPN NNP compound 4 B-PERSON Raila
Amolo PROPN NNP compound 4 I-PERSON Amolo
Odinga PROPN NNP nsubj 8 I-PERSON Odinga
( PUNCT -LRB- punct 4 O ( _
Baba PROPN NNP appos 4 O Baba _
) PUNCT -RRB- punct 4 O )
spoke VERB VBD ROOT 8 O speak
at ADP IN prep 8 O at
a DET DT det 11 O a
rally NOUN NN pobj 9 O rally
in ADP IN prep 11 O in
Kisumu PROPN NNP pobj 12 B-GPE Kisumu
on ADP IN prep 8 O on
Sunday PROPN NNP pobj 14 B-DATE Sunday _
. PUNCT . punct 8 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
not PART RB neg 21 O not
accept VERB VB ccomp 27 O accept
this DET DT det 23 O this
result NOUN NN dobj 21 O result _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Baba PROPN NNP nsubj 27 B-PERSON Baba
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_nickname_in_quote_marks_names_the_person() -> None:
    rows = Extractor().rows(frozen(_A_NICKNAME_IN_QUOTE_MARKS))
    assert [(r.speaker, r.role) for r in rows] == [("Manuel Villanueva", "Governor")]


def test_a_nickname_in_brackets_names_the_person() -> None:
    rows = Extractor().rows(frozen(_A_NICKNAME_IN_BRACKETS))
    assert [(r.speaker, r.role) for r in rows] == [("Raila Amolo Odinga", "Opposition leader")]
