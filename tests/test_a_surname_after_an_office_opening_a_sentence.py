"""`Alderman Pickering rose to oppose the scheme. "…," said he.`: one untagged word in capitals
after an office's title that opens the sentence, the subject of its verb, is a surname (council
minutes name members so), and the `he` after it is that member; a name of one word was taken only
after a form of address or as a speaker's mention. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Finance Committee met on Monday to consider the estimates for the new baths.  Alderman
# Pickering rose to oppose the scheme. "The ratepayers cannot bear this burden at present," said
# he.  The report was adopted by twelve votes to five.
_ROSE = """
The DET DT det 2 B-ORG the
Finance PROPN NNP compound 2 I-ORG Finance
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
to PART TO aux 7 O to
consider VERB VB advcl 3 O consider
the DET DT det 9 O the
estimates NOUN NNS dobj 7 O estimate
for ADP IN prep 9 O for
the DET DT det 13 O the
new ADJ JJ amod 13 O new
baths NOUN NNS pobj 10 O bath _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Alderman PROPN NNP compound 17 O Alderman
Pickering PROPN NNP nsubj 18 O Pickering
rose VERB VBD ROOT 18 O rise
to PART TO aux 20 O to
oppose VERB VB advcl 18 O oppose
the DET DT det 22 O the
scheme NOUN NN dobj 20 O scheme _
. PUNCT . punct 18 O .
" PUNCT `` punct 36 O " _
The DET DT det 26 O the
ratepayers NOUN NNS nsubj 29 O ratepayer
can AUX MD aux 29 O can _
not PART RB neg 29 O not
bear VERB VB ccomp 36 O bear
this DET DT det 31 O this
burden NOUN NN dobj 29 O burden
at ADP IN prep 29 O at
present NOUN NN pobj 32 O present _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
said VERB VBD ROOT 36 O say
he PRON PRP nsubj 36 O he _
. PUNCT . punct 36 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
The DET DT det 41 O the
report NOUN NN nsubjpass 43 O report
was AUX VBD auxpass 43 O be
adopted VERB VBN ROOT 43 O adopt
by ADP IN agent 43 O by
twelve NUM CD nummod 46 B-CARDINAL twelve
votes NOUN NNS pobj 44 O vote
to ADP IN prep 43 O to
five NUM CD pobj 47 B-CARDINAL five _
. PUNCT . punct 43 O . _
"""


def test_a_title_and_one_surname_opening_a_sentence_is_a_name() -> None:
    rows = Extractor().rows(frozen(_ROSE))
    assert [(r.speaker, r.role) for r in rows] == [("Pickering", "Alderman")]
