"""`Ghaziabad DSP Ramesh Kumar said`, tagged one work of art (`Lucknow DSP Anil Mishra`, one
body): a rank written short in capital letters (a deputy superintendent of police, in Indian and
Pakistani news) after the place it serves and before a name, inside a span the tagger tagged a
body or a thing, opens its holder's name, as an office title written in full does; it gave the
whole span for the speaker. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have arrested two men and the investigation is continuing," Ghaziabad DSP Ramesh Kumar said.
_WORK = """
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
arrested VERB VBN ccomp 17 O arrest
two NUM CD nummod 5 B-CARDINAL two
men NOUN NNS dobj 3 O man
and CCONJ CC cc 3 O and
the DET DT det 8 O the
investigation NOUN NN nsubj 10 O investigation
is AUX VBZ aux 10 O be
continuing VERB VBG conj 3 O continue _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Ghaziabad PROPN NNP compound 16 B-WORK_OF_ART Ghaziabad
DSP PROPN NNP compound 16 I-WORK_OF_ART DSP
Ramesh PROPN NNP compound 16 I-WORK_OF_ART Ramesh
Kumar PROPN NNP nsubj 17 I-WORK_OF_ART Kumar
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# "The area is quiet and the shops will open tomorrow," said Lucknow DSP Anil Mishra.
_BODY = """
" PUNCT `` punct 13 O " _
The DET DT det 2 O the
area NOUN NN nsubj 3 O area
is AUX VBZ ccomp 13 O be
quiet ADJ JJ acomp 3 O quiet
and CCONJ CC cc 3 O and
the DET DT det 7 O the
shops NOUN NNS nsubj 9 O shop
will AUX MD aux 9 O will
open VERB VB conj 3 O open
tomorrow NOUN NN npadvmod 9 B-DATE tomorrow _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Lucknow PROPN NNP compound 15 B-ORG Lucknow
DSP PROPN NNP compound 17 I-ORG DSP
Anil PROPN NNP compound 17 I-ORG Anil
Mishra PROPN NNP nsubj 13 I-ORG Mishra _
. PUNCT . punct 13 O . _
"""


def test_a_rank_in_capitals_inside_a_work_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_WORK))
    assert [r.speaker for r in rows] == ["Ramesh Kumar"]


def test_a_rank_in_capitals_inside_a_body_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_BODY))
    assert [r.speaker for r in rows] == ["Anil Mishra"]
