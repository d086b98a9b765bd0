"""A title whose first word the parser made a modifier rather than a compound (`The Municipal
Chief Executive (MCE) for Ashaiman, Mrs Ama Boateng, described …`, `Municipal` an nmod, the name in
apposition to the place, not to the title): the mention is the whole title, which the article's
entities read as an office held by the one named in it; cut to `Chief Executive` it read as a
person of that name. A title whose words are all compounds keeps its reading. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The clinic is full.
#
# The Municipal Chief Executive (MCE) for Ashaiman, Mrs Ama Boateng, described the gutters as "a
# danger to every child".
_MCE = """
The DET DT det 1 O the
clinic NOUN NN nsubj 2 O clinic
is AUX VBZ ROOT 2 O be
full ADJ JJ acomp 2 O full _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 9 O the
Municipal PROPN NNP nmod 9 O Municipal
Chief PROPN NNP compound 9 O Chief
Executive PROPN NNP nsubj 20 O Executive
( PUNCT -LRB- punct 9 O ( _
MCE PROPN NNP appos 9 O MCE _
) PUNCT -RRB- punct 9 O )
for ADP IN prep 9 O for
Ashaiman PROPN NNP pobj 13 B-PERSON Ashaiman _
, PUNCT , punct 14 O ,
Mrs PROPN NNP compound 18 B-PERSON Mrs
Ama PROPN NNP compound 18 I-PERSON Ama
Boateng PROPN NNP appos 14 I-PERSON Boateng _
, PUNCT , punct 9 O ,
described VERB VBD ROOT 20 O describe
the DET DT det 22 O the
gutters NOUN NNS dobj 20 O gutter
as ADP IN prep 20 O as
" PUNCT `` punct 23 O " _
a DET DT det 26 O a
danger NOUN NN pobj 23 O danger
to ADP IN prep 26 O to
every DET DT det 29 O every
child NOUN NN pobj 27 O child _
" PUNCT '' punct 20 O " _
. PUNCT . punct 20 O . _
"""


# The clinic is full.
#
# The Regional Health Director, Dr Kwesi Boateng, described the gutters as "a danger to every
# child".
_TITLE = """
The DET DT det 1 O the
clinic NOUN NN nsubj 2 O clinic
is AUX VBZ ROOT 2 O be
full ADJ JJ acomp 2 O full _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
The DET DT det 9 O the
Regional PROPN NNP compound 9 O Regional
Health PROPN NNP compound 9 O Health
Director PROPN NNP nsubj 15 O Director _
, PUNCT , punct 9 O ,
Dr PROPN NNP compound 13 O Dr
Kwesi PROPN NNP compound 13 B-PERSON Kwesi
Boateng PROPN NNP appos 9 I-PERSON Boateng _
, PUNCT , punct 9 O ,
described VERB VBD ROOT 15 O describe
the DET DT det 17 O the
gutters NOUN NNS dobj 15 O gutter
as ADP IN prep 15 O as
" PUNCT `` punct 18 O " _
a DET DT det 21 O a
danger NOUN NN pobj 18 O danger
to ADP IN prep 21 O to
every DET DT det 24 O every
child NOUN NN pobj 22 O child _
" PUNCT '' punct 15 O " _
. PUNCT . punct 15 O . _
"""


def test_a_title_opened_by_a_modifier_word_stands_for_the_one_named_in_it() -> None:
    rows = Extractor().rows(frozen(_MCE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ama Boateng", "Municipal Chief Executive for Ashaiman", "Ashaiman")
    ]


def test_a_title_of_compounds_keeps_its_reading() -> None:
    rows = Extractor().rows(frozen(_TITLE))
    assert [r.speaker for r in rows] == ["Kwesi Boateng"]
