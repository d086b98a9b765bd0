"""A share of the people a poll asked speaks through the poll named before it in its sentence
(PolNeAR's outer source, as with `according to`): `In a Harbour Times poll released Monday, 31% of
voters said they were "very angry"` is the poll's, not *31% of voters*'; a share with no poll
named keeps its words (`72 percent of fishermen said it was "a disaster"`). Frozen parses of
sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# In a Harbour Times poll released Monday, 31% of voters said they were “very angry” about the tolls.
_A_SHARE_AFTER_A_POLL = """
In ADP IN prep 12 O in
a DET DT det 4 O a
Harbour PROPN NNP compound 3 B-ORG Harbour
Times PROPN NNP compound 4 I-ORG Times
poll NOUN NN pobj 0 O poll
released VERB VBN acl 4 O release
Monday PROPN NNP npadvmod 5 B-DATE Monday _
, PUNCT , punct 12 O ,
31 NUM CD nummod 9 B-PERCENT 31 _
% NOUN NN nsubj 12 I-PERCENT %
of ADP IN prep 9 O of
voters NOUN NNS pobj 10 O voter
said VERB VBD ROOT 12 O say
they PRON PRP nsubj 14 O they
were AUX VBD ccomp 12 O be
“ PUNCT `` punct 17 O " _
very ADV RB advmod 17 O very
angry ADJ JJ acomp 14 O angry _
” PUNCT '' punct 17 O "
about ADP IN prep 17 O about
the DET DT det 21 O the
tolls NOUN NNS pobj 19 O toll _
. PUNCT . punct 12 O . _
"""


# Asked about the port, 72 percent of fishermen said it was “a disaster for the town.”
_A_SHARE_WITH_NO_POLL = """
Asked VERB VBN advcl 9 O ask
about ADP IN prep 0 O about
the DET DT det 3 O the
port NOUN NN pobj 1 O port _
, PUNCT , punct 9 O ,
72 NUM CD nummod 6 B-PERCENT 72
percent NOUN NN nsubj 9 I-PERCENT percent
of ADP IN prep 6 O of
fishermen NOUN NNS pobj 7 O fisherman
said VERB VBD ROOT 9 O say
it PRON PRP nsubj 11 O it
was AUX VBD ccomp 9 O be
“ PUNCT `` punct 11 O " _
a DET DT det 14 O a
disaster NOUN NN attr 11 O disaster
for ADP IN prep 14 O for
the DET DT det 17 O the
town NOUN NN pobj 15 O town _
. PUNCT . punct 9 O . _
” PUNCT '' punct 9 O " _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_a_share_of_voters_speaks_through_the_poll_before_it() -> None:
    assert _speakers(_A_SHARE_AFTER_A_POLL) == ["a Harbour Times poll"]


def test_a_share_with_no_poll_keeps_its_words() -> None:
    assert _speakers(_A_SHARE_WITH_NO_POLL) == ["72 percent of fishermen"]
