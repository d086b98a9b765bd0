"""`Superintendent of Police (South) Ankit Chauhan said`, the tagger making one span of it all: the
district or unit in brackets between the title and the name is no part of either, so the name
after the brackets ends the body's words (role *Superintendent of Police*, no organisation; not
*Police (South) Ankit Chauhan*), as it does with no brackets (`Leader of the Opposition Ann
Cole`); a compass point with its hyphen is such a district (`(South-West)`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# NEW DELHI: Police said the call was a hoax. "We are checking every school," Superintendent of
# Police (South) Ankit Chauhan said.
_SP = """
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
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 14 O we
are AUX VBP aux 14 O be
checking VERB VBG ccomp 27 O check
every DET DT det 16 O every
school NOUN NN dobj 14 O school _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Superintendent PROPN NNP nmod 26 B-WORK_OF_ART Superintendent
of ADP IN prep 19 I-WORK_OF_ART of
Police PROPN NNP pobj 20 I-WORK_OF_ART Police
( PUNCT -LRB- punct 21 I-WORK_OF_ART ( _
South PROPN NNP appos 21 I-WORK_OF_ART South _
) PUNCT -RRB- punct 26 I-WORK_OF_ART )
Ankit PROPN NNP compound 26 I-WORK_OF_ART Ankit
Chauhan PROPN NNP nsubj 27 I-WORK_OF_ART Chauhan
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# "The roads are closed," Superintendent of Police (Rural) Priya Nair said on Sunday.
_RURAL = """
" PUNCT `` punct 15 O " _
The DET DT det 2 O the
roads NOUN NNS nsubj 3 O road
are AUX VBP ccomp 15 O be
closed ADJ JJ acomp 3 O closed _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Superintendent PROPN NNP nsubj 15 B-WORK_OF_ART Superintendent
of ADP IN prep 7 I-WORK_OF_ART of
Police PROPN NNP nmod 14 I-WORK_OF_ART Police
( PUNCT -LRB- punct 13 I-WORK_OF_ART ( _
Rural PROPN NNP amod 13 I-WORK_OF_ART Rural _
) PUNCT -RRB- punct 13 O )
Priya PROPN NNP compound 14 O Priya
Nair PROPN NNP pobj 8 O Nair
said VERB VBD ROOT 15 O say
on ADP IN prep 15 O on
Sunday PROPN NNP pobj 16 B-DATE Sunday _
. PUNCT . punct 15 O . _
"""


# "We are checking every school," Deputy Commissioner of Police (South-West) Priya Nair said.
_SOUTH_WEST = """
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
checking VERB VBG ccomp 19 O check
every DET DT det 5 O every
school NOUN NN dobj 3 O school _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Deputy PROPN NNP compound 9 O Deputy
Commissioner PROPN NNP nsubj 19 O Commissioner
of ADP IN prep 9 O of
Police PROPN NNP pobj 10 O Police
( PUNCT -LRB- punct 18 O ( _
South PROPN NNP nmod 15 O South _
- PUNCT HYPH punct 15 O - _
West PROPN NNP nmod 18 O West _
) PUNCT -RRB- punct 18 O )
Priya PROPN NNP compound 18 B-PERSON Priya
Nair PROPN NNP appos 9 I-PERSON Nair
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_the_name_after_a_bracketed_district_is_no_part_of_the_body() -> None:
    rows = Extractor().rows(frozen(_SP))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ankit Chauhan", "Superintendent of Police", "")
    ]


def test_the_name_after_a_bracketed_unit_is_no_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_RURAL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Priya Nair", "Superintendent of Police", "")
    ]


def test_a_district_with_a_hyphen_in_brackets_is_skipped() -> None:
    rows = Extractor().rows(frozen(_SOUTH_WEST))
    assert [(r.speaker, r.role) for r in rows] == [("Priya Nair", "Deputy Commissioner of Police")]
