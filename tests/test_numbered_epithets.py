"""An epithet closed by a number (`the mum-of-three added`) that the parser made the number the
subject of, with the noun hung on it, stands for the person the story last made a subject, as
`the mother-of-three` does. Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Neighbour Linda Foster, 55, said the dog had "always been aggressive". "We've complained to the
# council three times," the mum-of-three added.
_MUM_OF_THREE = """
Neighbour PROPN NNP compound 2 O Neighbour
Linda PROPN NNP compound 2 B-PERSON Linda
Foster PROPN NNP nsubj 6 I-PERSON Foster _
, PUNCT , punct 2 O ,
55 NUM CD appos 2 B-DATE 55 _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
dog NOUN NN nsubj 12 O dog
had AUX VBD aux 12 O have
" PUNCT `` punct 12 O " _
always ADV RB advmod 12 O always
been AUX VBN ccomp 6 O be
aggressive ADJ JJ acomp 12 O aggressive _
" PUNCT '' punct 12 O " _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 20 O we _
've AUX VBP aux 20 O have
complained VERB VBN ccomp 34 O complain
to ADP IN prep 20 O to
the DET DT det 23 O the
council NOUN NN pobj 21 O council
three NUM CD nummod 25 B-CARDINAL three
times NOUN NNS npadvmod 20 O time _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
the DET DT det 33 O the
mum NOUN NN compound 33 O mum _
- PUNCT HYPH punct 29 O - _
of ADP IN compound 33 O of _
- PUNCT HYPH punct 33 O - _
three NUM CD nsubj 34 O three
added VERB VBD ROOT 34 O add _
. PUNCT . punct 34 O . _"""


def test_an_epithet_closed_by_a_number_parsed_as_the_subject_is_the_person() -> None:
    rows = Extractor().rows(frozen(_MUM_OF_THREE))
    assert [(r.speaker, r.mention) for r in rows][-1] == ("Linda Foster", "the mum-of-three")
