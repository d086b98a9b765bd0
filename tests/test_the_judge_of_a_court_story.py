"""`The judge` in a court story stands for no one the story names without a judge's title:
`Outside court, 84-year-old Edna Marsh said` … `The judge replied` gave Edna Marsh the words
and the role. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A carer was jailed at Leeds Crown Court. /  / Outside court, 84-year-old Edna Marsh said: 'I am glad
#  it is over.' /  / The judge replied: 'That is not possible.'
_COURT = """
A DET DT det 1 O a
carer NOUN NN nsubjpass 3 O carer
was AUX VBD auxpass 3 O be
jailed VERB VBN ROOT 3 O jail
at ADP IN prep 3 O at
Leeds PROPN NNPS compound 7 B-ORG Leeds
Crown PROPN NNP compound 7 I-ORG Crown
Court PROPN NNP pobj 4 I-ORG Court _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Outside ADJ JJ amod 11 O outside
court NOUN NN nsubj 20 O court _
, PUNCT , punct 20 O ,
84 NUM CD nummod 15 B-DATE 84 _
- PUNCT HYPH punct 15 I-DATE - _
year NOUN NN npadvmod 17 I-DATE year _
- PUNCT HYPH punct 17 I-DATE - _
old ADJ JJ amod 19 I-DATE old
Edna PROPN NNP compound 19 B-ORG Edna
Marsh PROPN NNP nsubj 20 I-ORG Marsh
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
' PUNCT `` punct 20 O ' _
I PRON PRP nsubj 24 O I
am AUX VBP ccomp 20 O be
glad ADJ JJ acomp 24 O glad
it PRON PRP nsubj 27 O it
is AUX VBZ ccomp 25 O be
over ADV RB advmod 27 O over _
. PUNCT . punct 20 O . _
' PUNCT '' punct 20 O ' _
<paragraph> SPACE _SP dep 30 O <paragraph> _
The DET DT det 33 O the
judge NOUN NN nsubj 34 O judge
replied VERB VBD ROOT 34 O reply _
: PUNCT : punct 34 O :
' PUNCT `` punct 34 O ' _
That PRON DT nsubj 38 O that
is AUX VBZ ccomp 34 O be
not PART RB neg 38 O not
possible ADJ JJ acomp 38 O possible _
. PUNCT . punct 34 O . _
' PUNCT '' punct 34 O ' _
"""


def test_the_judge_is_not_a_witness_named_without_the_title() -> None:
    rows = Extractor().rows(frozen(_COURT))
    assert [(r.speaker, r.role) for r in rows] == [("Edna Marsh", ""), ("The judge", "judge")]
