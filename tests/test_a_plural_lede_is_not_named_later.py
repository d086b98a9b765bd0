"""A lede's plural description (`The organisers of the festival`) is several people: the
person the next paragraph names (`Festival director Owen Price`) is not who it stands for, though
the last word of its role (`festival`) is in theirs. Frozen parse of a story written for this
file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The organisers of the Lakeside Folk Festival (who said last year the weekend would "never be
# cancelled again") apologised to ticket holders on Friday.
#
# Festival director Owen Price said: "We are deeply sorry and every fan will get a refund."
_ORGANISERS = """
The DET DT det 1 O the
organisers NOUN NNS nsubj 22 O organiser
of ADP IN prep 1 O of
the DET DT det 6 B-ORG the
Lakeside PROPN NNP compound 6 I-ORG Lakeside
Folk PROPN NNP compound 6 I-ORG Folk
Festival PROPN NNP pobj 2 I-ORG Festival
( PUNCT -LRB- punct 1 O ( _
who PRON WP nsubj 9 O who
said VERB VBD relcl 1 O say
last ADJ JJ amod 11 B-DATE last
year NOUN NN npadvmod 9 I-DATE year
the DET DT det 13 I-DATE the
weekend NOUN NN nsubjpass 18 I-DATE weekend
would AUX MD aux 18 O would
" PUNCT `` punct 18 O " _
never ADV RB neg 18 O never
be AUX VB auxpass 18 O be
cancelled VERB VBN ccomp 9 O cancel
again ADV RB advmod 18 O again _
" PUNCT '' punct 18 O " _
) PUNCT -RRB- punct 1 O )
apologised VERB VBD ROOT 22 O apologise
to ADP IN prep 22 O to
ticket NOUN NN compound 25 O ticket
holders NOUN NNS pobj 23 O holder
on ADP IN prep 22 O on
Friday PROPN NNP pobj 26 B-DATE Friday _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Festival PROPN NNP compound 31 O Festival
director NOUN NN compound 33 O director
Owen PROPN NNP compound 33 B-PERSON Owen
Price PROPN NNP nsubj 34 I-PERSON Price
said VERB VBD ROOT 34 O say _
: PUNCT : punct 34 O :
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 38 O we
are AUX VBP ccomp 34 O be
deeply ADV RB advmod 40 O deeply
sorry ADJ JJ acomp 38 O sorry
and CCONJ CC cc 38 O and
every DET DT det 43 O every
fan NOUN NN nsubj 45 O fan
will AUX MD aux 45 O will
get VERB VB conj 38 O get
a DET DT det 47 O a
refund NOUN NN dobj 45 O refund _
. PUNCT . punct 34 O . _
" PUNCT '' punct 34 O " _
"""


def test_the_organisers_keep_their_bracketed_words() -> None:
    rows = Extractor().rows(frozen(_ORGANISERS))
    assert [(r.speaker, r.kind) for r in rows] == [
        ("The organisers of the Lakeside Folk Festival", "partial"),
        ("Owen Price", "direct"),
    ]
