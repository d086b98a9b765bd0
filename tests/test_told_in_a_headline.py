"""`Pipes "at breaking point", MPs told`: a headline writes `X told` for `X was told`, so `told`
with no one and nothing told after it, closing its line, has the hearer for its subject, and no
one in the headline speaks; `told MPs` after a quote keeps its subject as the speaker. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Pipes "at breaking point", MPs told  The network is leaking, engineers say.
_PIPES = """
Pipes NOUN NNS nsubj 8 O pipe
" PUNCT `` punct 8 O " _
at ADP IN prep 8 O at
breaking VERB VBG amod 4 O break
point NOUN NN pobj 2 O point _
" PUNCT '' punct 8 O " _
, PUNCT , punct 8 O ,
MPs NOUN NNS nsubj 8 B-PERSON mp
told VERB VBD ROOT 8 O tell _
<paragraph> SPACE _SP dep 8 O <paragraph> _
The DET DT det 11 O the
network NOUN NN nsubj 13 O network
is AUX VBZ aux 13 O be
leaking VERB VBG ccomp 16 O leak _
, PUNCT , punct 16 O ,
engineers NOUN NNS nsubj 16 O engineer
say VERB VBP ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# "We are fixing leaks as fast as we can," Tonia Haskell told MPs.
_TOLD = """
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
fixing VERB VBG ccomp 14 O fix
leaks NOUN NNS dobj 3 O leak
as ADV RB advmod 6 O as
fast ADV RB advmod 3 O fast
as SCONJ IN mark 9 O as
we PRON PRP nsubj 9 O we
can AUX MD advcl 6 O can _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Tonia PROPN NNP compound 13 B-PERSON Tonia
Haskell PROPN NNP nsubj 14 I-PERSON Haskell
told VERB VBD ROOT 14 O tell
MPs PROPN NNP dobj 14 O MPs _
. PUNCT . punct 14 O . _
"""


def test_the_hearer_a_headline_names_before_told_is_no_speaker() -> None:
    rows = Extractor().rows(frozen(_PIPES))
    assert [r.speaker for r in rows if "breaking point" in r.quote] in ([], [""])


def test_told_with_its_hearer_after_it_keeps_the_speaker() -> None:
    rows = Extractor().rows(frozen(_TOLD))
    assert [r.speaker for r in rows] == ["Tonia Haskell"]
