"""An initialism standing for the one person named with a title it shortens: each part of a
word joined by a hyphen has its letter, and the title before the body it is `of` counts
(`The Vice-Chancellor of the University of Lenton, Prof. Kayode Bello,` … `the VC said`); a
title in small letters counts when its words are the whole role (`managing director Joseph
Otieno` … `the MD said`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Coastline Power managing director Joseph Otieno apologised for the outage. “We regret the
# inconvenience,” the MD said.
_MD = """
Coastline PROPN NNP compound 1 B-ORG Coastline
Power PROPN NNP compound 3 I-ORG Power
managing VERB VBG compound 3 O manage
director NOUN NN compound 5 O director
Joseph PROPN NNP compound 5 B-PERSON Joseph
Otieno PROPN NNP nsubj 6 I-PERSON Otieno
apologised VERB VBD ROOT 6 O apologise
for ADP IN prep 6 O for
the DET DT det 9 O the
outage NOUN NN pobj 7 O outage _
. PUNCT . punct 6 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 13 O we
regret VERB VBP ccomp 20 O regret
the DET DT det 15 O the
inconvenience NOUN NN dobj 13 O inconvenience _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
the DET DT det 19 O the
MD PROPN NNP nsubj 20 B-ORG MD
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# The Vice-Chancellor of the University of Lenton, Prof. Kayode Bello, commended the police on
# Monday.
#
# “We are grateful for the swift response,” the VC said.
_VC = """
The DET DT det 3 O the
Vice PROPN NNP compound 3 O Vice _
- PROPN NNP compound 3 O - _
Chancellor PROPN NNP nsubj 14 O Chancellor
of ADP IN prep 3 O of
the DET DT det 6 B-ORG the
University PROPN NNP pobj 4 I-ORG University
of ADP IN prep 6 I-ORG of
Lenton PROPN NNP pobj 7 I-ORG Lenton _
, PUNCT , punct 3 O ,
Prof. PROPN NNP compound 12 O Prof.
Kayode PROPN NNP compound 12 B-PERSON Kayode
Bello PROPN NNP appos 3 I-PERSON Bello _
, PUNCT , punct 12 O ,
commended VERB VBD ROOT 14 O commend
the DET DT det 16 O the
police NOUN NN dobj 14 O police
on ADP IN prep 14 O on
Monday PROPN NNP pobj 17 B-DATE Monday _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
“ PUNCT `` punct 23 O " _
We PRON PRP nsubj 23 O we
are AUX VBP ccomp 33 O be
grateful ADJ JJ acomp 23 O grateful
for ADP IN prep 24 O for
the DET DT det 28 O the
swift ADJ JJ amod 28 O swift
response NOUN NN pobj 25 O response _
, PUNCT , punct 33 O , _
” PUNCT '' punct 33 O "
the DET DT det 32 O the
VC PROPN NNP nsubj 33 B-ORG VC
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""


def speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_an_initialism_of_a_title_in_small_letters() -> None:
    assert speakers(_MD) == ["Joseph Otieno"]


def test_an_initialism_of_a_hyphened_title_of_a_body() -> None:
    assert speakers(_VC) == ["Kayode Bello"]
