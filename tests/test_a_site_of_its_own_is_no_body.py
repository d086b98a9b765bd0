"""A name between `its` and a business's works or operations (`at its Goldfields mine`) is the
place they are in, not a body: a company spokesman in a story that names no company has no
organisation, not *Goldfields*. Frozen parse of stories written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Western Australia's second biggest gold miner was fined $900,000 over a blast that injured two
# workers at its Goldfields mine.
#
# A company spokesman said the business "accepts the penalty in full".
_MINE = """
Western PROPN NNP compound 1 B-ORG Western
Australia PROPN NNP poss 6 I-ORG Australia _
's PART POS case 1 I-ORG 's
second ADV RB advmod 4 B-ORDINAL second
biggest ADJ JJS amod 6 O big
gold NOUN NN compound 6 O gold
miner NOUN NN nsubjpass 8 O miner
was AUX VBD auxpass 8 O be
fined VERB VBN ROOT 8 O fin
$ SYM $ nmod 10 O $ _
900,000 NUM CD dobj 8 B-MONEY 900,000
over ADP IN prep 8 O over
a DET DT det 13 O a
blast NOUN NN pobj 11 O blast
that PRON WDT nsubj 15 O that
injured VERB VBD relcl 13 O injure
two NUM CD nummod 17 B-CARDINAL two
workers NOUN NNS dobj 15 O worker
at ADP IN prep 15 O at
its PRON PRP$ poss 21 O its
Goldfields PROPN NNP compound 21 B-ORG Goldfields
mine NOUN NN pobj 18 O mine _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
A DET DT det 26 O a
company NOUN NN compound 26 O company
spokesman NOUN NN nsubj 27 O spokesman
said VERB VBD ROOT 27 O say
the DET DT det 29 O the
business NOUN NN nsubj 31 O business
" PUNCT `` punct 31 O " _
accepts VERB VBZ ccomp 27 O accept
the DET DT det 33 O the
penalty NOUN NN dobj 31 O penalty
in ADP IN prep 31 O in
full ADJ JJ amod 34 O full _
" PUNCT '' punct 31 O " _
. PUNCT . punct 27 O . _
"""

# Kestrel Gold was fined $900,000 over a blast at the Kestrel Gold mine.
#
# A company spokesman said the business "accepts the penalty in full".
_NAMED_WORKS = """
Kestrel PROPN NNP compound 1 O Kestrel
Gold PROPN NNP nsubjpass 3 O Gold
was AUX VBD auxpass 3 O be
fined VERB VBN ROOT 3 O fin
$ SYM $ nmod 5 O $ _
900,000 NUM CD dobj 3 B-MONEY 900,000
over ADP IN prep 3 O over
a DET DT det 8 O a
blast NOUN NN pobj 6 O blast
at ADP IN prep 3 O at
the DET DT det 13 O the
Kestrel PROPN NNP compound 12 B-LOC Kestrel
Gold PROPN NNP compound 13 I-LOC Gold
mine NOUN NN pobj 9 O mine _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
A DET DT det 18 O a
company NOUN NN compound 18 O company
spokesman NOUN NN nsubj 19 O spokesman
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
business NOUN NN nsubj 23 O business
" PUNCT `` punct 23 O " _
accepts VERB VBZ ccomp 19 O accept
the DET DT det 25 O the
penalty NOUN NN dobj 23 O penalty
in ADP IN prep 23 O in
full ADJ JJ amod 26 O full _
" PUNCT '' punct 23 O " _
. PUNCT . punct 19 O . _
"""


def test_a_site_after_its_is_no_body() -> None:
    rows = Extractor().rows(frozen(_MINE))
    assert [(r.role, r.organization) for r in rows] == [("spokesman", "")]


def test_the_company_named_still_speaks_through_its_spokesman() -> None:
    rows = Extractor().rows(frozen(_NAMED_WORKS))
    assert [r.organization for r in rows] == ["Kestrel Gold"]
