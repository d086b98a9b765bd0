"""`A spokesperson told Geo News the army had been “deployed”. “…,” the spokesperson said.`: a
broadcaster (a name ending in `News`, `TV`, `Radio`) or a newspaper (a masthead's word,
`Telegraph`, `Times`) that the story only ever tells things to is the outlet it speaks to, the
listener and nobody's employer, as a wire agency already was (`told Reuters`); a spokesperson
`for` the channel keeps it as the body. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A spokesperson told Geo News the army had been "deployed". "We are doing our best," the
# spokesperson said.
_GEO_NEWS = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 2 O spokesperson
told VERB VBD ROOT 2 O tell
Geo PROPN NNP compound 4 B-ORG Geo
News PROPN NNP dobj 2 I-ORG News
the DET DT det 6 O the
army NOUN NN nsubjpass 10 O army
had AUX VBD aux 10 O have
been AUX VBN auxpass 10 O be
" PUNCT `` punct 10 O " _
deployed VERB VBN ccomp 2 O deploy _
" PUNCT '' punct 10 O " _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
are AUX VBP aux 16 O be
doing VERB VBG ccomp 23 O do
our PRON PRP$ poss 18 O our
best ADJ JJS dobj 16 O good _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 22 O the
spokesperson NOUN NN nsubj 23 O spokesperson
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


# A council spokeswoman told the Lisburn Telegraph the road would stay "closed until further
# notice". "Safety comes first," the spokeswoman said.
_TELEGRAPH = """
A DET DT det 2 O a
council NOUN NN compound 2 O council
spokeswoman NOUN NN nsubj 3 O spokeswoman
told VERB VBD ROOT 3 O tell
the DET DT det 6 B-ORG the
Lisburn PROPN NNP compound 6 I-ORG Lisburn
Telegraph PROPN NNP dobj 3 I-ORG Telegraph
the DET DT det 8 O the
road NOUN NN nsubj 10 O road
would AUX MD aux 10 O would
stay VERB VB ccomp 3 O stay
" PUNCT `` punct 12 O " _
closed VERB VBN acomp 10 O close
until ADP IN prep 12 O until
further ADJ JJ amod 15 O further
notice NOUN NN pobj 13 O notice _
" PUNCT '' punct 13 O " _
. PUNCT . punct 3 O .
" PUNCT `` punct 26 O " _
Safety NOUN NN nsubj 20 O safety
comes VERB VBZ ccomp 26 O come
first ADV RB advmod 20 B-ORDINAL first _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
spokeswoman NOUN NN nsubj 26 O spokeswoman
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


# A spokesperson for Samaa TV said the channel had been "taken off air". "We are doing our best,"
# the spokesperson said.
_FOR_THE_CHANNEL = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 5 O spokesperson
for ADP IN prep 1 O for
Samaa PROPN NNP compound 4 B-ORG Samaa
TV PROPN NNP pobj 2 I-ORG TV
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
channel NOUN NN nsubjpass 11 O channel
had AUX VBD aux 11 O have
been AUX VBN auxpass 11 O be
" PUNCT `` punct 11 O " _
taken VERB VBN ccomp 5 O take
off ADP RP prt 11 O off
air NOUN NN dobj 11 O air _
" PUNCT '' punct 11 O " _
. PUNCT . punct 5 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 19 O we
are AUX VBP aux 19 O be
doing VERB VBG ccomp 26 O do
our PRON PRP$ poss 21 O our
best ADJ JJS dobj 19 O good _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
spokesperson NOUN NN nsubj 26 O spokesperson
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_broadcaster_told_is_no_body_of_the_spokesperson() -> None:
    assert who(_GEO_NEWS) == [("A spokesperson", "spokesperson", "")] * 2


def test_a_newspaper_told_is_no_body_of_the_spokeswoman() -> None:
    assert who(_TELEGRAPH) == [("A council spokeswoman", "council spokeswoman", "")] * 2


def test_a_spokesperson_for_the_channel_keeps_it() -> None:
    assert [org for _, _, org in who(_FOR_THE_CHANNEL)] == ["Samaa TV"] * 2
