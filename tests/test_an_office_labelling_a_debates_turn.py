"""`The Minister for Education (Ms. Niamh Corrigan): …`: a parliament's record labels a turn with
the office and, in brackets, its holder; the office is the holder's role. The tokenizer keeps the
bracket's close and the label's colon, `):`, as one token (the emoticon), and the bracket read
as the holder's had to close on `)` alone. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Minister for Education (Ms. Niamh Corrigan): Forty new schools will open their doors this
# September.  Mr. Tierney: The Minister promised the same thing last year and not one of them
# opened.  Ms. Corrigan: I have the figures here and the Deputy is quite wrong.
_LABEL = """
The DET DT det 1 O the
Minister PROPN NNP nsubj 13 O Minister
for ADP IN prep 1 O for
Education PROPN NNP pobj 2 O Education
( PUNCT -LRB- punct 1 O ( _
Ms. PROPN NNP compound 7 O Ms.
Niamh PROPN NNP compound 7 B-PERSON Niamh
Corrigan PROPN NNP appos 1 I-PERSON Corrigan _
): PUNCT : punct 1 O ):
Forty NUM CD nummod 11 B-DATE forty
new ADJ JJ amod 11 O new
schools NOUN NNS nsubj 13 O school
will AUX MD aux 13 O will
open VERB VB ROOT 13 O open
their PRON PRP$ poss 15 O their
doors NOUN NNS dobj 13 O door
this DET DT det 17 B-DATE this
September PROPN NNP npadvmod 13 I-DATE September _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
Mr. PROPN NNP compound 21 O Mr.
Tierney PROPN NNP nsubj 25 B-PERSON Tierney _
: PUNCT : punct 21 O :
The DET DT det 24 O the
Minister PROPN NNP nsubj 25 O Minister
promised VERB VBD ROOT 25 O promise
the DET DT det 28 O the
same ADJ JJ amod 28 O same
thing NOUN NN dobj 25 O thing
last ADJ JJ amod 30 B-DATE last
year NOUN NN npadvmod 25 I-DATE year
and CCONJ CC cc 25 O and
not PART RB neg 33 O not
one NUM CD nsubj 36 B-CARDINAL one
of ADP IN prep 33 O of
them PRON PRP pobj 34 O they
opened VERB VBD conj 25 O open _
. PUNCT . punct 36 O . _
<paragraph> SPACE _SP dep 37 O <paragraph> _
Ms. PROPN NNP compound 40 O Ms.
Corrigan PROPN NNP dep 43 B-PERSON Corrigan _
: PUNCT : punct 40 O :
I PRON PRP nsubj 43 O I
have VERB VBP ROOT 43 O have
the DET DT det 45 O the
figures NOUN NNS dobj 43 O figure
here ADV RB advmod 45 O here
and CCONJ CC cc 43 O and
the DET DT det 49 O the
Deputy PROPN NNP nsubj 50 O Deputy
is AUX VBZ conj 43 O be
quite ADV RB advmod 52 O quite
wrong ADJ JJ acomp 50 O wrong _
. PUNCT . punct 50 O . _
"""


def test_the_office_before_the_bracket_is_the_holders_role() -> None:
    rows = Extractor().rows(frozen(_LABEL))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Niamh Corrigan", "Minister for Education"),
        ("Tierney", ""),
        ("Niamh Corrigan", "Minister for Education"),
    ]
