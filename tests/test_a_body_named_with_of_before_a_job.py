"""`Hundreds of workers at the Ports of Taranaki walked off … Ports of Taranaki chief executive
Anna Brook said`: a body's name with `of` inside, untagged (or tagged in part) before a job, is
the organisation when the article names that body whole elsewhere; the words in capitals alone
stop at the `of`, which left the whole run as the role. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Hundreds of workers at the Ports of Taranaki walked off the job on Friday. Ports of Taranaki
# chief executive Anna Brook said the strike was a mistake. "We have made a fair offer," Ms Brook
# said.
_TARANAKI = """
Hundreds NOUN NNS nsubj 8 B-CARDINAL hundred
of ADP IN prep 0 O of
workers NOUN NNS pobj 1 O worker
at ADP IN prep 0 O at
the DET DT det 5 B-ORG the
Ports PROPN NNPS pobj 3 I-ORG Ports
of ADP IN prep 5 I-ORG of
Taranaki PROPN NNP pobj 6 I-ORG Taranaki
walked VERB VBD ROOT 8 O walk
off ADP IN prep 8 O off
the DET DT det 11 O the
job NOUN NN pobj 9 O job
on ADP IN prep 8 O on
Friday PROPN NNP pobj 12 B-DATE Friday _
. PUNCT . punct 8 O .
Ports NOUN NNS nsubj 22 O port
of ADP IN prep 15 O of
Taranaki PROPN NNP compound 19 B-ORG Taranaki
chief ADJ JJ amod 19 O chief
executive NOUN NN compound 21 O executive
Anna PROPN NNP compound 21 B-PERSON Anna
Brook PROPN NNP pobj 16 I-PERSON Brook
said VERB VBD ROOT 22 O say
the DET DT det 24 O the
strike NOUN NN nsubj 25 O strike
was AUX VBD ccomp 22 O be
a DET DT det 27 O a
mistake NOUN NN attr 25 O mistake _
. PUNCT . punct 22 O .
" PUNCT `` punct 40 O " _
We PRON PRP nsubj 32 O we
have AUX VBP aux 32 O have
made VERB VBN ccomp 40 O make
a DET DT det 35 O a
fair ADJ JJ amod 35 O fair
offer NOUN NN dobj 32 O offer _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
Ms PROPN NNP compound 39 B-PERSON Ms
Brook PROPN NNP nsubj 40 I-PERSON Brook
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _
"""


def test_a_body_named_with_of_before_a_job() -> None:
    doc = frozen(_TARANAKI)
    [row] = Extractor().rows(doc, text=doc.text)
    assert (row.speaker, row.role, row.organization) == ("Anna Brook", "chief executive", "Ports of Taranaki")
