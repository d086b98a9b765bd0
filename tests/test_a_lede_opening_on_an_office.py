"""A lede whose subject is an office (`The Taoiseach has ruled out an early general election.`)
and which quotes nobody names its holder in the next paragraph, as a lede that quotes them does:
the first person named after it, given no role there, holds it (`Speaking in Cork, Ciarán Doyle
said …`: *Taoiseach*). Not someone the story meets with words of their own (`Resident Ann Lee`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Taoiseach has ruled out an early general election. /
# Speaking in Cork, Ciarán Doyle said the Government would "serve its full term".
_THE_TAOISEACH_HAS_RULED_OUT = """
The DET DT det 1 O the
Taoiseach PROPN NNP nsubj 3 B-ORG Taoiseach
has AUX VBZ aux 3 O have
ruled VERB VBN ROOT 3 O rule
out ADP RP prt 3 O out
an DET DT det 8 O an
early ADJ JJ amod 8 O early
general ADJ JJ amod 8 O general
election NOUN NN dobj 3 O election _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Speaking VERB VBG advcl 17 O speak
in ADP IN prep 11 O in
Cork PROPN NNP pobj 12 O Cork _
, PUNCT , punct 17 O ,
Ciarán PROPN NNP compound 16 B-PERSON Ciarán
Doyle PROPN NNP nsubj 17 I-PERSON Doyle
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
Government PROPN NNP nsubj 22 B-ORG Government
would AUX MD aux 22 O would
" PUNCT `` punct 22 O " _
serve VERB VB ccomp 17 O serve
its PRON PRP$ poss 25 O its
full ADJ JJ amod 25 O full
term NOUN NN dobj 22 O term _
" PUNCT '' punct 22 O " _
. PUNCT . punct 17 O . _
"""


# The mayor has rejected calls to reopen the town library. /
# Resident Ann Lee said the decision was "a disgrace".
_A_RESIDENT_AFTER_THE_MAYOR = """
The DET DT det 1 O the
mayor NOUN NN nsubj 3 O mayor
has AUX VBZ aux 3 O have
rejected VERB VBN ROOT 3 O reject
calls NOUN NNS dobj 3 O call
to PART TO aux 6 O to
reopen VERB VB relcl 4 O reopen
the DET DT det 9 O the
town NOUN NN compound 9 O town
library NOUN NN dobj 6 O library _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Resident PROPN NNP compound 14 O Resident
Ann PROPN NNP compound 14 B-PERSON Ann
Lee PROPN NNP nsubj 15 I-PERSON Lee
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
decision NOUN NN nsubj 18 O decision
was AUX VBD ccomp 15 O be
" PUNCT `` punct 18 O " _
a DET DT det 21 O a
disgrace NOUN NN attr 18 O disgrace _
" PUNCT '' punct 18 O " _
. PUNCT . punct 15 O . _
"""


def test_the_office_a_lede_opens_on_is_the_next_named_persons() -> None:
    rows = Extractor().rows(frozen(_THE_TAOISEACH_HAS_RULED_OUT))
    assert [(r.speaker, r.role) for r in rows] == [("Ciarán Doyle", "Taoiseach")]


def test_someone_met_with_words_of_their_own_is_not_the_office_holder() -> None:
    rows = Extractor().rows(frozen(_A_RESIDENT_AFTER_THE_MAYOR))
    assert [(r.speaker, r.role) for r in rows] == [("Ann Lee", "")]
