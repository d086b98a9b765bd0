"""An office's letters (a job in capitals: South Africa's `MEC`, a `CEO`) after a portfolio or a
place in capitals end the title before a name, as a seat's letters do (`Health MEC Thuli
Ndlovu`: *Thuli Ndlovu*, role *Health MEC*), whatever given name opens it. A frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Residents marched on Monday.
#
# Health MEC Thuli Ndlovu said the province would pay.
#
# "We understand the pain," Ndlovu said.
_MEC = """
Residents NOUN NNS nsubj 1 O resident
marched VERB VBD ROOT 1 O march
on ADP IN prep 1 O on
Monday PROPN NNP pobj 2 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Health PROPN NNP compound 7 O Health
MEC PROPN NNP compound 9 O MEC
Thuli PROPN NNP compound 9 O Thuli
Ndlovu PROPN NNP nsubj 10 O Ndlovu
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
province NOUN NN nsubj 14 O province
would AUX MD aux 14 O would
pay VERB VB ccomp 10 O pay _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 19 O we
understand VERB VBP ccomp 25 O understand
the DET DT det 21 O the
pain NOUN NN dobj 19 O pain _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Ndlovu PROPN NNP nsubj 25 O Ndlovu
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _

"""


def test_the_name_starts_after_the_offices_letters() -> None:
    (row,) = Extractor().rows(frozen(_MEC))
    assert (row.speaker, row.role) == ("Thuli Ndlovu", "Health MEC")
