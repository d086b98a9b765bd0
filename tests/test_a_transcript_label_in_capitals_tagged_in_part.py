"""`JAMES OKORO: …` in a transcript, with only `JAMES` tagged a person: a speaker's label in
capitals that the tagger tagged in part is the whole name, not its given name alone (a name in
capitals is otherwise no name the who layer reads, so that `READ MORE` is none). Frozen parses
of texts written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import JUDGE_ASKS_WHO_WAS_WITH_HIM, minutes_spec
from tests.frozen import frozen

# JAMES OKORO: The defendant was seen leaving the house at eleven.  THE JUDGE: Was anybody else
# with him?  JAMES OKORO: No, my Lord. He was alone.
_COURT = minutes_spec(
    """
JAMES PROPN NNP compound 1 B-PERSON JAMES
OKORO PROPN NNP ROOT 1 O OKORO _
: PUNCT : punct 1 O :
The DET DT det 4 O the
defendant NOUN NN nsubjpass 6 O defendant
was AUX VBD auxpass 6 O be
seen VERB VBN ROOT 6 O see
leaving VERB VBG xcomp 6 O leave
the DET DT det 9 O the
house NOUN NN dobj 7 O house
at ADP IN prep 7 O at
eleven NUM CD pobj 10 B-CARDINAL eleven _
. PUNCT . punct 6 O . _
""",
    JUDGE_ASKS_WHO_WAS_WITH_HIM,
    """
<paragraph> SPACE _SP dep 22 O <paragraph> _
JAMES PROPN NNP compound 25 O JAMES
OKORO PROPN NNP ROOT 25 O OKORO _
: PUNCT : punct 25 O :
No INTJ UH ROOT 27 O no _
, PUNCT , punct 27 O ,
my PRON PRP$ poss 30 O my
Lord PROPN NNP npadvmod 27 O Lord _
. PUNCT . punct 27 O .
He PRON PRP nsubj 33 O he
was AUX VBD ROOT 33 O be
alone ADJ JJ acomp 33 O alone _
. PUNCT . punct 33 O . _
""",
)


def test_a_label_in_capitals_tagged_in_part_is_the_whole_name() -> None:
    rows = Extractor().rows(frozen(_COURT))
    assert [r.speaker for r in rows] == ["James Okoro", "the judge", "James Okoro"]
