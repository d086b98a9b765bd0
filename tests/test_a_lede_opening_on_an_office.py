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


# Image caption: Passengers wait at the Ardmore pier. "We waited two days," said one. /
# The chief executive of the ferry firm Islalink has apologised to the islands. /
# Colm Ferris said the firm was "deeply sorry" for the delays.
_A_CAPTION_ABOVE_THE_LEDE = """
Image NOUN NN compound 1 O image
caption NOUN NN ROOT 1 O caption _
: PUNCT : punct 1 O :
Passengers NOUN NNS nsubj 4 O passenger
wait VERB VBP acl 1 O wait
at ADP IN prep 4 O at
the DET DT det 8 O the
Ardmore PROPN NNP compound 8 O Ardmore
pier NOUN NN pobj 5 O pier _
. PUNCT . punct 4 O .
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
waited VERB VBD ccomp 17 O wait
two NUM CD nummod 14 B-DATE two
days NOUN NNS npadvmod 12 I-DATE day _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
one NUM CD nsubj 17 O one _
. PUNCT . punct 17 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
The DET DT det 23 O the
chief ADJ JJ amod 23 O chief
executive NOUN NN nsubj 30 O executive
of ADP IN prep 23 O of
the DET DT det 27 O the
ferry NOUN NN compound 27 O ferry
firm NOUN NN pobj 24 O firm
Islalink PROPN NNP appos 27 B-LAW Islalink
has AUX VBZ aux 30 O have
apologised VERB VBN ROOT 30 O apologise
to ADP IN prep 30 O to
the DET DT det 33 O the
islands NOUN NNS pobj 31 O island _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
Colm PROPN NNP compound 37 B-PERSON Colm
Ferris PROPN NNP nsubj 38 I-PERSON Ferris
said VERB VBD ROOT 38 O say
the DET DT det 40 O the
firm NOUN NN nsubj 41 O firm
was AUX VBD ccomp 38 O be
" PUNCT `` punct 44 O " _
deeply ADV RB advmod 44 O deeply
sorry ADJ JJ acomp 41 O sorry _
" PUNCT '' punct 44 O "
for ADP IN prep 44 O for
the DET DT det 48 O the
delays NOUN NNS pobj 46 O delay _
. PUNCT . punct 38 O . _
"""


def test_the_office_a_lede_opens_on_is_the_next_named_persons() -> None:
    rows = Extractor().rows(frozen(_THE_TAOISEACH_HAS_RULED_OUT))
    assert [(r.speaker, r.role) for r in rows] == [("Ciarán Doyle", "Taoiseach")]


def test_someone_met_with_words_of_their_own_is_not_the_office_holder() -> None:
    rows = Extractor().rows(frozen(_A_RESIDENT_AFTER_THE_MAYOR))
    assert [(r.speaker, r.role) for r in rows] == [("Ann Lee", "")]


def test_a_caption_under_the_top_picture_is_not_the_lede() -> None:
    # The caption reads as a sentence of eight words or more; the lede is the paragraph after it.
    rows = Extractor().rows(frozen(_A_CAPTION_ABOVE_THE_LEDE))
    people = [(r.speaker, r.role, r.organization) for r in rows if r.speaker]
    assert people == [("Colm Ferris", "chief executive of the ferry firm Islalink", "Islalink")]
