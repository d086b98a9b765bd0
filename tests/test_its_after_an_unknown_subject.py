"""What `Its` stands for: a place the tagger cut from the words in capitals after it (`Dubai
South`, `Dubai` tagged a place) is no short name of a body another name opens with it (`the Dubai
Chamber of Commerce`); and where the sentence right before `Its` has for its subject a name in
capitals that is no body the article knows (`Dubai South, the free zone, welcomed the plan`), an
earlier body is not what `Its` means. Frozen parses of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# DUBAI — Dubai South, the free zone that will host the terminus, welcomed the plan. Its chief
# executive, Khalifa Al Zaffin, said: "Connectivity is everything for our investors." An official
# at the Dubai Chamber of Commerce said members had asked for the line.
_PLACE_OPENING_A_NAME = """
DUBAI PROPN NNP ROOT 0 B-GPE DUBAI
— PUNCT : punct 0 O —
Dubai PROPN NNP compound 3 B-GPE Dubai
South PROPN NNP nsubj 14 O South _
, PUNCT , punct 3 O ,
the DET DT det 7 O the
free ADJ JJ amod 7 O free
zone NOUN NN appos 3 O zone
that PRON WDT nsubj 10 O that
will AUX MD aux 10 O will
host VERB VB relcl 7 O host
the DET DT det 12 O the
terminus NOUN NN dobj 10 O terminus _
, PUNCT , punct 3 O ,
welcomed VERB VBD ROOT 14 O welcome
the DET DT det 16 O the
plan NOUN NN dobj 14 O plan _
. PUNCT . punct 14 O .
Its PRON PRP$ poss 20 O its
chief ADJ JJ amod 20 O chief
executive NOUN NN nsubj 26 O executive _
, PUNCT , punct 20 O ,
Khalifa PROPN NNP compound 24 B-PERSON Khalifa
Al PROPN NNP compound 24 I-PERSON Al
Zaffin PROPN NNP appos 20 I-PERSON Zaffin _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
Connectivity NOUN NN nsubj 30 O connectivity
is AUX VBZ ccomp 26 O be
everything PRON NN attr 30 O everything
for ADP IN prep 31 O for
our PRON PRP$ poss 34 O our
investors NOUN NNS pobj 32 O investor _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O "
An DET DT det 38 O an
official NOUN NN nsubj 45 O official
at ADP IN prep 38 O at
the DET DT det 42 B-ORG the
Dubai PROPN NNP compound 42 I-ORG Dubai
Chamber PROPN NNP pobj 39 I-ORG Chamber
of ADP IN prep 42 I-ORG of
Commerce PROPN NNP pobj 43 I-ORG Commerce
said VERB VBD ROOT 45 O say
members NOUN NNS nsubj 48 O member
had AUX VBD aux 48 O have
asked VERB VBN ccomp 45 O ask
for ADP IN prep 48 O for
the DET DT det 51 O the
line NOUN NN pobj 49 O line _
. PUNCT . punct 45 O . _
"""

# The Rail Agency will build the line. Dubai South, the free zone that will host the terminus,
# welcomed the plan. Its chief executive, Khalifa Al Zaffin, said: "Connectivity is everything
# for our investors."
_SUBJECT_UNKNOWN = """
The DET DT det 2 B-ORG the
Rail PROPN NNP compound 2 I-ORG Rail
Agency PROPN NNP nsubj 4 I-ORG Agency
will AUX MD aux 4 O will
build VERB VB ROOT 4 O build
the DET DT det 6 O the
line NOUN NN dobj 4 O line _
. PUNCT . punct 4 O .
Dubai PROPN NNP compound 9 B-GPE Dubai
South PROPN NNP nsubj 20 O South _
, PUNCT , punct 9 O ,
the DET DT det 13 O the
free ADJ JJ amod 13 O free
zone NOUN NN appos 9 O zone
that PRON WDT nsubj 16 O that
will AUX MD aux 16 O will
host VERB VB relcl 13 O host
the DET DT det 18 O the
terminus NOUN NN dobj 16 O terminus _
, PUNCT , punct 9 O ,
welcomed VERB VBD ROOT 20 O welcome
the DET DT det 22 O the
plan NOUN NN dobj 20 O plan _
. PUNCT . punct 20 O .
Its PRON PRP$ poss 26 O its
chief ADJ JJ amod 26 O chief
executive NOUN NN nsubj 32 O executive _
, PUNCT , punct 26 O ,
Khalifa PROPN NNP compound 30 B-PERSON Khalifa
Al PROPN NNP compound 30 I-PERSON Al
Zaffin PROPN NNP appos 26 I-PERSON Zaffin _
, PUNCT , punct 26 O ,
said VERB VBD ROOT 32 O say _
: PUNCT : punct 32 O :
" PUNCT `` punct 32 O " _
Connectivity NOUN NN nsubj 36 O connectivity
is AUX VBZ ccomp 32 O be
everything PRON NN attr 36 O everything
for ADP IN prep 37 O for
our PRON PRP$ poss 40 O our
investors NOUN NNS pobj 38 O investor _
. PUNCT . punct 32 O . _
" PUNCT '' punct 32 O " _
"""


def test_a_place_running_into_a_longer_name_is_no_mention_of_a_body() -> None:
    assert who(_PLACE_OPENING_A_NAME) == [("Khalifa Al Zaffin", "chief executive", "")]


def test_its_after_a_subject_that_is_no_known_body_means_no_earlier_body() -> None:
    assert who(_SUBJECT_UNKNOWN) == [("Khalifa Al Zaffin", "chief executive", "")]
