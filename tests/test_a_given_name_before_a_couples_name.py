"""`Sarah and Tom Whitlam, who farm wheat near Moree. Mrs Whitlam said …`: a given name alone,
then `and` and a given name and a surname, is one who shares that surname (a wife, a husband),
so that `Mrs Whitlam` is Sarah Whitlam, not Tom; a surname the story gave someone before
(`Warren and Hillary Clinton` after `Elizabeth Warren`) is still that person's. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The inquiry heard from Sarah and Tom Whitlam, who farm wheat near Moree. Mrs Whitlam said the
# couple had sold half their stock. "It breaks your heart," she said.
_FARMERS = """
The DET DT det 1 O the
inquiry NOUN NN nsubj 2 O inquiry
heard VERB VBD ROOT 2 O hear
from ADP IN prep 2 O from
Sarah PROPN NNP pobj 3 B-PERSON Sarah
and CCONJ CC cc 4 O and
Tom PROPN NNP compound 7 B-PERSON Tom
Whitlam PROPN NNP conj 4 I-PERSON Whitlam _
, PUNCT , punct 7 O ,
who PRON WP nsubj 10 O who
farm VERB VBP relcl 7 O farm
wheat NOUN NN dobj 10 O wheat
near ADP IN prep 10 O near
Moree PROPN NNP pobj 12 B-GPE Moree _
. PUNCT . punct 2 O .
Mrs PROPN NNP compound 16 O Mrs
Whitlam PROPN NNP nsubj 17 B-ORG Whitlam
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
couple NOUN NN nsubj 21 O couple
had AUX VBD aux 21 O have
sold VERB VBN ccomp 17 O sell
half DET PDT predet 24 B-CARDINAL half
their PRON PRP$ poss 24 O their
stock NOUN NN dobj 21 O stock _
. PUNCT . punct 17 O .
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 28 O it
breaks VERB VBZ ccomp 34 O break
your PRON PRP$ poss 30 O your
heart NOUN NN dobj 28 O heart _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
she PRON PRP nsubj 34 O she
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""

# Among the victims were Anne and David Kelleher, who ran the post office. Mrs Kelleher said they
# had lost everything. "Forty years of work is gone," she said.
_POST_OFFICE = """
Among ADP IN prep 3 O among
the DET DT det 2 O the
victims NOUN NNS pobj 0 O victim
were AUX VBD ROOT 3 O be
Anne PROPN NNP nsubj 3 B-PERSON Anne
and CCONJ CC cc 4 O and
David PROPN NNP compound 7 B-PERSON David
Kelleher PROPN NNP conj 4 I-PERSON Kelleher _
, PUNCT , punct 7 O ,
who PRON WP nsubj 10 O who
ran VERB VBD relcl 4 O run
the DET DT det 13 O the
post NOUN NN compound 13 O post
office NOUN NN dobj 10 O office _
. PUNCT . punct 3 O .
Mrs PROPN NNP compound 16 B-PERSON Mrs
Kelleher PROPN NNP nsubj 17 I-PERSON Kelleher
said VERB VBD ROOT 17 O say
they PRON PRP nsubj 20 O they
had AUX VBD aux 20 O have
lost VERB VBN ccomp 17 O lose
everything PRON NN dobj 20 O everything _
. PUNCT . punct 17 O .
" PUNCT `` punct 33 O " _
Forty NUM CD nummod 25 B-DATE forty
years NOUN NNS nsubj 28 I-DATE year
of ADP IN prep 25 O of
work NOUN NN pobj 26 O work
is AUX VBZ ccomp 33 O be
gone VERB VBN acomp 28 O go _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
she PRON PRP nsubj 33 O she
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

# Senator Elizabeth Warren campaigned in Ohio on Friday. Warren and Hillary Clinton spoke at the
# rally. "We will win," Warren said.
_SENATOR = """
Senator PROPN NNP compound 2 O Senator
Elizabeth PROPN NNP compound 2 B-PERSON Elizabeth
Warren PROPN NNP nsubj 3 I-PERSON Warren
campaigned VERB VBD ROOT 3 O campaign
in ADP IN prep 3 O in
Ohio PROPN NNP pobj 4 B-GPE Ohio
on ADP IN prep 3 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
. PUNCT . punct 3 O .
Warren PROPN NNP nsubj 13 B-PERSON Warren
and CCONJ CC cc 9 O and
Hillary PROPN NNP compound 12 B-PERSON Hillary
Clinton PROPN NNP conj 9 I-PERSON Clinton
spoke VERB VBD ROOT 13 O speak
at ADP IN prep 13 O at
the DET DT det 16 O the
rally NOUN NN pobj 14 O rally _
. PUNCT . punct 13 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 21 O we
will AUX MD aux 21 O will
win VERB VB ccomp 25 O win _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Warren PROPN NNP nsubj 25 B-PERSON Warren
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_mrs_whitlam_is_sarah_not_tom() -> None:
    rows = Extractor().rows(frozen(_FARMERS))
    assert [r.speaker for r in rows] == ["Sarah Whitlam"]


def test_mrs_kelleher_is_anne_not_david() -> None:
    rows = Extractor().rows(frozen(_POST_OFFICE))
    assert [r.speaker for r in rows] == ["Anne Kelleher"]


def test_a_surname_named_before_is_not_a_given_name() -> None:
    rows = Extractor().rows(frozen(_SENATOR))
    assert [(r.speaker, r.role) for r in rows] == [("Elizabeth Warren", "Senator")]
