"""`"…," Deputy Commissioner of Police (South) Ankit Chauhan said`, nothing tagged: the parser makes
the title the subject and the name after the district in brackets its conjunct; the person named
speaks, and the mention is the name, not *Deputy Commissioner*; so when the parser makes the name
the object of the title's `of` (`Superintendent of Police (Economic Offences Wing) X`), the unit in
brackets closing the body's words. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# NEW DELHI: Police said the call was a hoax. "It appears to be a hoax," Deputy Commissioner of
# Police (South) Ankit Chauhan said.
_DCP = """
NEW ADJ JJ amod 1 B-GPE new
DELHI PROPN NNP ROOT 1 I-GPE DELHI _
: PUNCT : punct 1 O :
Police NOUN NNS nsubj 4 O Police
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
call NOUN NN nsubj 7 O call
was AUX VBD ccomp 4 O be
a DET DT det 9 O a
hoax NOUN NN attr 7 O hoax _
. PUNCT . punct 4 O .
" PUNCT `` punct 29 O " _
It PRON PRP nsubj 13 O it
appears VERB VBZ ccomp 29 O appear
to PART TO aux 15 O to
be AUX VB xcomp 13 O be
a DET DT det 17 O a
hoax ADJ JJ attr 15 O hoax _
, PUNCT , punct 17 O , _
" PUNCT '' punct 18 O "
Deputy PROPN NNP compound 21 O Deputy
Commissioner PROPN NNP nsubj 29 O Commissioner
of ADP IN prep 21 O of
Police PROPN NNP pobj 22 O Police
( PUNCT -LRB- punct 23 O ( _
South PROPN NNP appos 23 O South _
) PUNCT -RRB- punct 28 O )
Ankit PROPN NNP compound 28 O Ankit
Chauhan PROPN NNP conj 21 O Chauhan
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


# "We are checking every bank," Superintendent of Police (Economic Offences Wing) Ankit Chauhan
# said.
_EOW = """
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
checking VERB VBG ccomp 18 O check
every DET DT det 5 O every
bank NOUN NN dobj 3 O bank _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Superintendent PROPN NNP nsubj 18 B-WORK_OF_ART Superintendent
of ADP IN prep 8 I-WORK_OF_ART of
Police PROPN NNP nmod 17 I-WORK_OF_ART Police
( PUNCT -LRB- punct 10 I-WORK_OF_ART ( _
Economic PROPN NNP nmod 13 I-WORK_OF_ART Economic
Offences PROPN NNPS nmod 17 I-WORK_OF_ART Offences
Wing PROPN NNP nmod 17 I-WORK_OF_ART Wing _
) PUNCT -RRB- punct 17 O )
Ankit PROPN NNP compound 17 O Ankit
Chauhan PROPN NNP pobj 9 O Chauhan
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_the_name_after_a_bracketed_district_is_the_mention() -> None:
    rows = Extractor().rows(frozen(_DCP))
    assert [(r.speaker, r.mention, r.role) for r in rows] == [
        ("Ankit Chauhan", "Ankit Chauhan", "Deputy Commissioner of Police")
    ]


def test_the_name_after_a_bracketed_unit_is_the_object_of_the_titles_of() -> None:
    rows = Extractor().rows(frozen(_EOW))
    assert [(r.speaker, r.mention, r.role) for r in rows] == [
        ("Ankit Chauhan", "Ankit Chauhan", "Superintendent of Police")
    ]
