"""`Mr. Chamberlain objected. "…," said the hon. member for Bath, Mr. Tite.`: a noun of
parliamentary and archive reporting after its words of courtesy stands for the one the story last
made the subject of a clause only when no name is set beside it; the name set beside it (which
the parser hangs on the constituency) is whom it describes. It gave the speaker *Chamberlain*.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. Chamberlain objected to the clause. "We shall divide the House," said the hon. member for
# Bath, Mr. Tite.
_BATH = """
Mr. PROPN NNP compound 1 O Mr.
Chamberlain PROPN NNP nsubj 2 B-PERSON Chamberlain
objected VERB VBD ROOT 2 O object
to ADP IN prep 2 O to
the DET DT det 5 O the
clause NOUN NN pobj 3 O clause _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
shall AUX MD aux 10 O shall
divide VERB VB ccomp 15 O divide
the DET DT det 12 O the
House PROPN NNP dobj 10 B-ORG House _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
the DET DT det 18 O the
hon. NOUN NN compound 18 O hon.
member NOUN NN nsubj 15 O member
for ADP IN prep 18 O for
Bath PROPN NNP pobj 19 O Bath _
, PUNCT , punct 20 O ,
Mr. PROPN NNP compound 23 O Mr.
Tite PROPN NNP appos 20 B-PERSON Tite _
. PUNCT . punct 15 O . _
"""


def test_the_hon_member_with_a_name_beside_it_is_that_name() -> None:
    rows = Extractor().rows(frozen(_BATH))
    assert [r.speaker for r in rows] == ["Tite"]

