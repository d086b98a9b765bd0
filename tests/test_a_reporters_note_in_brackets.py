"""`(Laughter.)`, `(Cheers.)`: the note a report of a speech sets in brackets, how the room
answered, is no person, though the tagger may call it one; the `said he` after it is the
speaker met before it (here a magistrate the story never names). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The magistrate, in passing sentence, observed that such conduct could not be tolerated.
# (Laughter.) "You will go to prison for fourteen days," said he.
_SENTENCE = """
The DET DT det 1 O the
magistrate NOUN NN nsubj 7 O magistrate _
, PUNCT , punct 7 O ,
in ADP IN prep 7 O in
passing VERB VBG pcomp 3 O pass
sentence NOUN NN dobj 4 O sentence _
, PUNCT , punct 7 O ,
observed VERB VBD ROOT 7 O observe
that SCONJ IN mark 14 O that
such ADJ JJ amod 10 O such
conduct NOUN NN nsubjpass 14 O conduct
could AUX MD aux 14 O could
not PART RB neg 14 O not
be AUX VB auxpass 14 O be
tolerated VERB VBN ccomp 7 O tolerate _
. PUNCT . punct 7 O .
( PUNCT -LRB- punct 17 O ( _
Laughter PROPN NNP ROOT 17 B-PERSON Laughter _
. PUNCT . punct 17 O . _
) PUNCT -RRB- punct 17 O )
" PUNCT `` punct 23 O " _
You PRON PRP nsubj 23 O you
will AUX MD aux 23 O will
go VERB VB ccomp 31 O go
to ADP IN prep 23 O to
prison NOUN NN pobj 24 O prison
for ADP IN prep 23 O for
fourteen NUM CD nummod 28 B-DATE fourteen
days NOUN NNS pobj 26 I-DATE day _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
said VERB VBD ROOT 31 O say
he PRON PRP nsubj 31 O he _
. PUNCT . punct 31 O . _
"""

# Mr. Tom Hale said the council had been misled about the bridge. (Cheers.) "We were told nothing
# about the cracks," he said.
_CHEERS = """
Mr. PROPN NNP compound 2 O Mr.
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP nsubj 3 I-PERSON Hale
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
council NOUN NN nsubjpass 8 O council
had AUX VBD aux 8 O have
been AUX VBN auxpass 8 O be
misled VERB VBN ccomp 3 O mislead
about ADP IN prep 8 O about
the DET DT det 11 O the
bridge NOUN NN pobj 9 O bridge _
. PUNCT . punct 3 O .
( PUNCT -LRB- punct 14 O ( _
Cheers PROPN NNP ROOT 14 B-PERSON Cheers _
. PUNCT . punct 14 O . _
) PUNCT -RRB- punct 14 O )
" PUNCT `` punct 28 O " _
We PRON PRP nsubjpass 20 O we
were AUX VBD auxpass 20 O be
told VERB VBN ccomp 28 O tell
nothing PRON NN dobj 20 O nothing
about ADP IN prep 21 O about
the DET DT det 24 O the
cracks NOUN NNS pobj 22 O crack _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_laughter_in_brackets_is_no_one_a_pronoun_means() -> None:
    rows = Extractor().rows(frozen(_SENTENCE))
    assert [(r.speaker, r.role) for r in rows] == [("The magistrate", "magistrate")]


def test_cheers_in_brackets_leave_the_speaker_named_before() -> None:
    rows = Extractor().rows(frozen(_CHEERS))
    assert [r.speaker for r in rows] == ["Tom Hale"]
