"""`Energy Minister Prince Abdulaziz bin Salman said`, tagged `Prince Abdulaziz` and `bin Salman`:
a person tagged with their style and given name, then a person opened by the joiner of descent
in small letters (`bin`, `binti`, `ibn`), is one person, whose title before is their role, not
a person `bin Salman` with none. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will do whatever is necessary to keep the market stable," Energy Minister Prince Abdulaziz
# bin Salman said on Monday.
_MINISTER = """
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
do VERB VB ccomp 20 O do
whatever PRON WDT nsubj 5 O whatever
is AUX VBZ ccomp 3 O be
necessary ADJ JJ acomp 5 O necessary
to PART TO aux 8 O to
keep VERB VB xcomp 6 O keep
the DET DT det 10 O the
market NOUN NN dobj 8 O market
stable ADJ JJ oprd 8 O stable _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Energy PROPN NNP compound 15 O Energy
Minister PROPN NNP compound 19 O Minister
Prince PROPN NNP compound 19 B-PERSON Prince
Abdulaziz PROPN NNP compound 19 I-PERSON Abdulaziz
bin PROPN NNP compound 19 B-PERSON bin
Salman PROPN NNP nsubj 20 I-PERSON Salman
said VERB VBD ROOT 20 O say
on ADP IN prep 20 O on
Monday PROPN NNP pobj 21 B-DATE Monday _
. PUNCT . punct 20 O . _
"""


def test_a_name_cut_before_its_joiner_of_descent_is_one_person() -> None:
    rows = Extractor().rows(frozen(_MINISTER))
    assert [r.speaker for r in rows] == ["Abdulaziz bin Salman"]
    assert rows[0].role.startswith("Energy Minister")
