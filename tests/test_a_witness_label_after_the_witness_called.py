"""`John Evans, fireman, was called. …. Witness : I did, sir.`: an inquest's or a court's `Witness`
label is the person the report last called, swore or had depose before the turn, as `Accused:` is
the one it says was charged. Before, the label was someone unnamed, *Witness*. With no witness
called, it stays so. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# An inquest was held at Bala on Monday before the district coroner.  John Evans, fireman, was
# called.  The CORONER : Did you examine the place where the deceased was working on Saturday
# morning?  Witness : I did, sir. I found the roof to be quite safe at six o'clock.
_CALLED = """
An DET DT det 1 O an
inquest NOUN NN nsubjpass 3 O inquest
was AUX VBD auxpass 3 O be
held VERB VBN ROOT 3 O hold
at ADP IN prep 3 O at
Bala PROPN NNP pobj 4 B-PERSON Bala
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday
before ADP IN prep 3 O before
the DET DT det 11 O the
district NOUN NN compound 11 O district
coroner NOUN NN pobj 8 O coroner _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
John PROPN NNP compound 15 B-PERSON John
Evans PROPN NNP nsubjpass 20 I-PERSON Evans _
, PUNCT , punct 15 O ,
fireman NOUN NN appos 15 O fireman _
, PUNCT , punct 20 O ,
was AUX VBD auxpass 20 O be
called VERB VBN ROOT 20 O call _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
The DET DT det 24 O the
CORONER PROPN NNP nsubj 28 O CORONER
: PUNCT : punct 24 O :
Did AUX VBD aux 28 O do
you PRON PRP nsubj 28 O you
examine VERB VB ROOT 28 O examine
the DET DT det 30 O the
place NOUN NN dobj 28 O place
where SCONJ WRB advmod 35 O where
the DET DT det 33 O the
deceased VERB VBN nsubj 35 O decease
was AUX VBD aux 35 O be
working VERB VBG relcl 30 O work
on ADP IN prep 35 O on
Saturday PROPN NNP compound 38 B-DATE Saturday
morning NOUN NN pobj 36 B-TIME morning _
? PUNCT . punct 28 O ? _
<paragraph> SPACE _SP dep 39 O <paragraph> _
Witness NOUN NN ROOT 41 O witness
: PUNCT : punct 41 O :
I PRON PRP nsubj 44 O I
did AUX VBD acl 41 O do _
, PUNCT , punct 44 O ,
sir PROPN NNP npadvmod 44 O sir _
. PUNCT . punct 41 O .
I PRON PRP nsubj 49 O I
found VERB VBD ROOT 49 O find
the DET DT det 51 O the
roof NOUN NN nsubj 53 O roof
to PART TO aux 53 O to
be AUX VB ccomp 49 O be
quite ADV RB advmod 55 O quite
safe ADJ JJ acomp 53 O safe
at ADP IN prep 53 O at
six NUM CD nummod 58 B-TIME six
o'clock NOUN NN pobj 56 I-TIME o'clock _
. PUNCT . punct 49 O . _
"""


# An inquest was held at Bala on Monday before the district coroner.  Ann Evans, the widow,
# deposed that her husband went to work as usual.  The CORONER : Did he complain of anything when
# he left the house that morning?  Witness : No, sir. He was in good health.
_DEPOSED = """
An DET DT det 1 O an
inquest NOUN NN nsubjpass 3 O inquest
was AUX VBD auxpass 3 O be
held VERB VBN ROOT 3 O hold
at ADP IN prep 3 O at
Bala PROPN NNP pobj 4 B-PERSON Bala
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday
before ADP IN prep 3 O before
the DET DT det 11 O the
district NOUN NN compound 11 O district
coroner NOUN NN pobj 8 O coroner _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Ann PROPN NNP compound 15 B-PERSON Ann
Evans PROPN NNP nsubj 20 I-PERSON Evans _
, PUNCT , punct 15 O ,
the DET DT det 18 O the
widow NOUN NN appos 15 O widow _
, PUNCT , punct 15 O ,
deposed VERB VBD ROOT 20 O depose
that SCONJ IN mark 24 O that
her PRON PRP$ poss 23 O her
husband NOUN NN nsubj 24 O husband
went VERB VBD ccomp 20 O go
to PART TO aux 26 O to
work VERB VB advcl 24 O work
as ADP IN prep 26 O as
usual ADJ JJ amod 27 O usual _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
The DET DT det 32 O the
CORONER PROPN NNP dep 36 O CORONER
: PUNCT : punct 36 O :
Did AUX VBD aux 36 O do
he PRON PRP nsubj 36 O he
complain VERB VB ROOT 36 O complain
of ADP IN prep 36 O of
anything PRON NN pobj 37 O anything
when SCONJ WRB advmod 41 O when
he PRON PRP nsubj 41 O he
left VERB VBD advcl 36 O leave
the DET DT det 43 O the
house NOUN NN dobj 41 O house
that DET DT det 45 B-TIME that
morning NOUN NN npadvmod 41 I-TIME morning _
? PUNCT . punct 36 O ? _
<paragraph> SPACE _SP dep 46 O <paragraph> _
Witness NOUN NN ROOT 48 O witness
: PUNCT : punct 48 O :
No INTJ UH appos 48 O no _
, PUNCT , punct 50 O ,
sir NOUN NN npadvmod 50 O sir _
. PUNCT . punct 48 O .
He PRON PRP nsubj 55 O he
was AUX VBD ROOT 55 O be
in ADP IN prep 55 O in
good ADJ JJ amod 58 O good
health NOUN NN pobj 56 O health _
. PUNCT . punct 55 O . _
"""


# An inquest was held at Bala on Monday before the district coroner.  The CORONER : Did you
# examine the place where the deceased was working on Saturday morning?  Witness : I did, sir. I
# found the roof to be quite safe at six o'clock.
_NONE_CALLED = """
An DET DT det 1 O an
inquest NOUN NN nsubjpass 3 O inquest
was AUX VBD auxpass 3 O be
held VERB VBN ROOT 3 O hold
at ADP IN prep 3 O at
Bala PROPN NNP pobj 4 B-PERSON Bala
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday
before ADP IN prep 3 O before
the DET DT det 11 O the
district NOUN NN compound 11 O district
coroner NOUN NN pobj 8 O coroner _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
The DET DT det 15 O the
CORONER PROPN NNP nsubj 19 O CORONER
: PUNCT : punct 15 O :
Did AUX VBD aux 19 O do
you PRON PRP nsubj 19 O you
examine VERB VB ROOT 19 O examine
the DET DT det 21 O the
place NOUN NN dobj 19 O place
where SCONJ WRB advmod 26 O where
the DET DT det 24 O the
deceased VERB VBN nsubj 26 O decease
was AUX VBD aux 26 O be
working VERB VBG relcl 21 O work
on ADP IN prep 26 O on
Saturday PROPN NNP compound 29 B-DATE Saturday
morning NOUN NN pobj 27 B-TIME morning _
? PUNCT . punct 19 O ? _
<paragraph> SPACE _SP dep 30 O <paragraph> _
Witness NOUN NN ROOT 32 O witness
: PUNCT : punct 32 O :
I PRON PRP nsubj 35 O I
did AUX VBD acl 32 O do _
, PUNCT , punct 35 O ,
sir PROPN NNP npadvmod 35 O sir _
. PUNCT . punct 32 O .
I PRON PRP nsubj 40 O I
found VERB VBD ROOT 40 O find
the DET DT det 42 O the
roof NOUN NN nsubj 44 O roof
to PART TO aux 44 O to
be AUX VB ccomp 40 O be
quite ADV RB advmod 46 O quite
safe ADJ JJ acomp 44 O safe
at ADP IN prep 44 O at
six NUM CD nummod 49 B-TIME six
o'clock NOUN NN pobj 47 I-TIME o'clock _
. PUNCT . punct 40 O . _
"""


def _witness(spec: str) -> list[tuple[str, str]]:
    rows = Extractor().rows(frozen(spec))
    return [(r.speaker, r.role) for r in rows if r.quote.startswith(("I did", "No, sir"))]


def test_the_witness_called_answers() -> None:
    assert _witness(_CALLED) == [("John Evans", "fireman")]


def test_the_witness_who_deposed_answers() -> None:
    assert _witness(_DEPOSED) == [("Ann Evans", "")]


def test_with_no_witness_called_the_label_stays() -> None:
    assert _witness(_NONE_CALLED) == [("Witness", "")]
