"""`The CORONER : Did you examine …?`: an office in capitals after `the` is a transcript's label
the same way on every turn, whether or not the parser hangs the turn's colon on it. Before, a label
with the colon for a child was read as a name (*coroner*, no role) and one without it as the office
(*The CORONER*, role *Coroner*), two speakers for one coroner. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# An inquest was held at Bala on Monday before the district coroner.  The CORONER : Did you
# examine the place where the deceased was working on Saturday morning?  Witness : I did, sir. I
# found the roof to be quite safe at six o'clock.  The CORONER : Then how do you account for the
# accident?  Witness : I cannot account for it, sir.
_INQUEST = """
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
<paragraph> SPACE _SP dep 50 O <paragraph> _
The DET DT det 53 O the
CORONER PROPN NNP dep 59 O CORONER
: PUNCT : punct 59 O :
Then ADV RB advmod 59 O then
how SCONJ WRB advmod 59 O how
do AUX VBP aux 59 O do
you PRON PRP nsubj 59 O you
account VERB VB ROOT 59 O account
for ADP IN prep 59 O for
the DET DT det 62 O the
accident NOUN NN pobj 60 O accident _
? PUNCT . punct 59 O ? _
<paragraph> SPACE _SP dep 63 O <paragraph> _
Witness NOUN NN ROOT 65 O witness
: PUNCT : punct 65 O :
I PRON PRP nsubj 70 O I
can AUX MD aux 70 O can _
not PART RB neg 70 O not
account VERB VB acl 65 O account
for ADP IN prep 70 O for
it PRON PRP pobj 71 O it _
, PUNCT , punct 70 O ,
sir NOUN NN npadvmod 70 O sir _
. PUNCT . punct 70 O . _
"""


def test_the_coroner_is_one_speaker_on_every_turn() -> None:
    rows = [r for r in Extractor().rows(frozen(_INQUEST)) if not r.speaker.startswith("Witness")]
    assert len(rows) == 2
    coroner = ("The CORONER", "Coroner", rows[0].speaker_id)
    assert {(r.speaker, r.role, r.speaker_id) for r in rows} == {coroner}
