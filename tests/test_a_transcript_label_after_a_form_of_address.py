"""`MR PRICE:` after `MR JONATHAN PRICE QC:` in a court's record: a surname after a form of
address stands for the transcript's label in full that ends with it and opens with the same
form of address (the honour's letters after the name aside), as a bare `PRICE:` does; `MRS
PRICE:` is someone else. Frozen parses of texts written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import JUDGE_ASKS_WHO_WAS_WITH_HIM, minutes_spec
from tests.frozen import frozen

# MR JONATHAN PRICE QC: The defendant was seen leaving the house at eleven.  THE JUDGE: Was
# anybody else with him?  MR PRICE: No, my Lord. He was alone.  MRS PRICE: I was at my sister's
# that night.
_COURT = minutes_spec(
    """
MR PROPN NNP compound 3 O MR
JONATHAN PROPN NNP compound 3 B-PERSON JONATHAN
PRICE PROPN NNP compound 3 O PRICE
QC PROPN NNP ROOT 3 O QC _
: PUNCT : punct 3 O :
The DET DT det 6 O the
defendant NOUN NN nsubjpass 8 O defendant
was AUX VBD auxpass 8 O be
seen VERB VBN acl 3 O see
leaving VERB VBG xcomp 8 O leave
the DET DT det 11 O the
house NOUN NN dobj 9 O house
at ADP IN prep 9 O at
eleven NUM CD pobj 12 B-CARDINAL eleven _
. PUNCT . punct 8 O . _
""",
    JUDGE_ASKS_WHO_WAS_WITH_HIM,
    """
<paragraph> SPACE _SP dep 24 O <paragraph> _
MR PROPN NNP compound 27 O MR
PRICE NOUN NN ROOT 27 O price _
: PUNCT : punct 27 O :
No INTJ UH appos 27 O no _
, PUNCT , punct 29 O ,
my PRON PRP$ poss 32 O my
Lord PROPN NNP appos 29 O Lord _
. PUNCT . punct 27 O .
He PRON PRP nsubj 35 O he
was AUX VBD ROOT 35 O be
alone ADJ JJ acomp 35 O alone _
. PUNCT . punct 35 O . _
<paragraph> SPACE _SP dep 37 O <paragraph> _
MRS PROPN NNP compound 40 O MRS
PRICE NOUN NN dep 43 O price _
: PUNCT : punct 40 O :
I PRON PRP nsubj 43 O I
was AUX VBD ROOT 43 O be
at ADP IN prep 43 O at
my PRON PRP$ poss 46 O my
sister NOUN NN poss 49 O sister _
's PART POS case 46 O 's
that DET DT det 49 O that
night NOUN NN pobj 44 O night _
. PUNCT . punct 43 O . _
""",
)


def test_a_surname_after_a_form_of_address_is_the_label_in_full() -> None:
    rows = Extractor().rows(frozen(_COURT))
    assert [r.speaker for r in rows] == ["Jonathan Price", "the judge", "Jonathan Price", "Price"]
    assert rows[0].speaker_id == rows[2].speaker_id != rows[3].speaker_id
