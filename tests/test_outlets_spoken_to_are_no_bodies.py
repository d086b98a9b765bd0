"""`A spokesman, speaking to Geo News, said …`, `told Dawn.com`, `in an interview with the Express
Tribune`: an outlet the story only ever speaks to, by a verb of speaking and `to`, an interview
`with` it, or a news site by its address, is the listener, no body of the spokesman's, as one
`told` was. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from tests.frozen import frozen

# A spokesman, speaking to Geo News, said the road had been "cleared". "We worked all night," the
# spokesman said.
_SPEAKING_TO = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 8 O spokesman _
, PUNCT , punct 1 O ,
speaking VERB VBG acl 1 O speak
to ADP IN prep 3 O to
Geo PROPN NNP compound 6 B-ORG Geo
News PROPN NNP pobj 4 I-ORG News _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
road NOUN NN nsubjpass 14 O road
had AUX VBD aux 14 O have
been AUX VBN auxpass 14 O be
" PUNCT `` punct 14 O " _
cleared VERB VBN ccomp 8 O clear _
" PUNCT '' punct 14 O " _
. PUNCT . punct 8 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 19 O we
worked VERB VBD ccomp 26 O work
all DET DT det 21 B-TIME all
night NOUN NN npadvmod 19 I-TIME night _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
spokesman NOUN NN nsubj 26 O spokesman
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


# A spokesman told Dawn.com the road had been "cleared". "We worked all night," the spokesman
# said.
_DOT_COM = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 2 O spokesman
told VERB VBD ROOT 2 O tell
Dawn.com PROPN NNP dobj 2 B-ORG Dawn.com
the DET DT det 5 O the
road NOUN NN nsubjpass 9 O road
had AUX VBD aux 9 O have
been AUX VBN auxpass 9 O be
" PUNCT `` punct 9 O " _
cleared VERB VBN ccomp 2 O clear _
" PUNCT '' punct 9 O " _
. PUNCT . punct 2 O .
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 14 O we
worked VERB VBD ccomp 21 O work
all DET DT det 16 B-TIME all
night NOUN NN npadvmod 14 I-TIME night _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
the DET DT det 20 O the
spokesman NOUN NN nsubj 21 O spokesman
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


# A spokesman said in an interview with the Express Tribune that the road had been "cleared". "We
# worked all night," the spokesman said.
_INTERVIEW = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 2 O spokesman
said VERB VBD ROOT 2 O say
in ADP IN prep 2 O in
an DET DT det 5 O an
interview NOUN NN pobj 3 O interview
with ADP IN prep 5 O with
the DET DT det 9 B-ORG the
Express PROPN NNP compound 9 I-ORG Express
Tribune PROPN NNP pobj 6 I-ORG Tribune
that SCONJ IN mark 16 O that
the DET DT det 12 O the
road NOUN NN nsubjpass 16 O road
had AUX VBD aux 16 O have
been AUX VBN auxpass 16 O be
" PUNCT `` punct 16 O " _
cleared VERB VBN ccomp 2 O clear _
" PUNCT '' punct 16 O " _
. PUNCT . punct 2 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 21 O we
worked VERB VBD ccomp 28 O work
all DET DT det 23 B-TIME all
night NOUN NN npadvmod 21 I-TIME night _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
spokesman NOUN NN nsubj 28 O spokesman
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


@pytest.mark.parametrize("spec", [_SPEAKING_TO, _DOT_COM, _INTERVIEW], ids=["speaking", "site", "interview"])
def test_an_outlet_spoken_to_is_no_body_of_the_spokesman(spec: str) -> None:
    assert who(spec) == [("A spokesman", "spokesman", "")] * 2
