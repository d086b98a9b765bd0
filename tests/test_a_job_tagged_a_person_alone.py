"""A job's noun in capitals tagged a person by itself before the `of` or `for` of its field
(`Convener of selectors Patrick Moroney said`, `Convener` tagged a person alone) is the title of
the name after it, no person: the speaker is *Patrick Moroney*, not *Convener*. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Uncapped fast bowler Tshepo Moreki has been named in South Africa's squad for the two-Test tour
# of New Zealand.
#
# Convener of selectors Patrick Moroney said Moreki had “earned his chance”.
_CONVENER = """
Uncapped VERB VBN amod 2 O uncap
fast ADJ JJ amod 2 O fast
bowler NOUN NN compound 4 O bowler
Tshepo PROPN NNP compound 4 B-LOC Tshepo
Moreki PROPN NNP nsubjpass 7 I-LOC Moreki
has AUX VBZ aux 7 O have
been AUX VBN auxpass 7 O be
named VERB VBN ROOT 7 O name
in ADP IN prep 7 O in
South PROPN NNP compound 10 B-GPE South
Africa PROPN NNP poss 12 I-GPE Africa _
's PART POS case 10 I-GPE 's
squad NOUN NN pobj 8 O squad
for ADP IN prep 12 O for
the DET DT det 18 O the
two NUM CD nummod 17 B-CARDINAL two _
- PUNCT HYPH punct 17 O - _
Test NOUN NN compound 18 O test
tour NOUN NN pobj 13 O tour
of ADP IN prep 18 O of
New PROPN NNP compound 21 B-GPE New
Zealand PROPN NNP pobj 19 I-GPE Zealand _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
Convener PROPN NNP nsubj 29 B-PERSON Convener
of ADP IN prep 24 O of
selectors NOUN NNS pobj 25 O selector
Patrick PROPN NNP compound 28 B-PERSON Patrick
Moroney PROPN NNP appos 24 I-PERSON Moroney
said VERB VBD ROOT 29 O say
Moreki PROPN NNP nsubj 33 B-PERSON Moreki
had AUX VBD aux 33 O have
“ PUNCT `` punct 33 O " _
earned VERB VBN ccomp 29 O earn
his PRON PRP$ poss 35 O his
chance NOUN NN dobj 33 O chance _
” PUNCT '' punct 33 O " _
. PUNCT . punct 29 O . _
"""


def test_a_job_tagged_a_person_alone_is_no_name() -> None:
    rows = Extractor().rows(frozen(_CONVENER))
    assert [(r.speaker, r.role) for r in rows] == [("Patrick Moroney", "Convener of selectors")]
