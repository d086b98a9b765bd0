"""`The National Chairman of the Cocoa Farmers Association of Ghana, Nana Kwadwo Asare,`, `National`
tagged a body alone: the scope of a body's own office before its title (`National`, `Zonal`) names no
body, even where the story names the `National Assembly`; it stays in the role, and the body is the
one after `of`. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The National Chairman of the Cocoa Farmers Association of Ghana, Nana Kwadwo Asare, said farmers
# were losing money. "We are ready," he said.
_NATIONAL = """
The DET DT det 2 O the
National PROPN NNP compound 2 B-ORG National
Chairman PROPN NNP nsubj 15 O Chairman
of ADP IN prep 2 O of
the DET DT det 7 B-ORG the
Cocoa PROPN NNP compound 6 I-ORG Cocoa
Farmers PROPN NNPS compound 7 I-ORG Farmers
Association PROPN NNP pobj 3 I-ORG Association
of ADP IN prep 7 I-ORG of
Ghana PROPN NNP pobj 8 I-ORG Ghana _
, PUNCT , punct 9 O ,
Nana PROPN NNP compound 13 B-ORG Nana
Kwadwo PROPN NNP compound 13 I-ORG Kwadwo
Asare PROPN NNP appos 9 I-ORG Asare _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 15 O say
farmers NOUN NNS nsubj 18 O farmer
were AUX VBD aux 18 O be
losing VERB VBG ccomp 15 O lose
money NOUN NN dobj 18 O money _
. PUNCT . punct 15 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 23 O we
are AUX VBP ccomp 28 O be
ready ADJ JJ acomp 23 O ready _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# The National Assembly passed the cocoa bill on Tuesday. The National Chairman of the Cocoa
# Farmers Association of Ghana, Nana Kwadwo Asare, said farmers were losing money. "We are ready,"
# he said.
_ASSEMBLY = """
The DET DT det 2 B-ORG the
National PROPN NNP compound 2 I-ORG National
Assembly PROPN NNP nsubj 3 I-ORG Assembly
passed VERB VBD ROOT 3 O pass
the DET DT det 6 O the
cocoa NOUN NN compound 6 O cocoa
bill NOUN NN dobj 3 O bill
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 3 O .
The DET DT det 12 O the
National PROPN NNP compound 12 B-ORG National
Chairman PROPN NNP nsubj 25 O Chairman
of ADP IN prep 12 O of
the DET DT det 17 B-ORG the
Cocoa PROPN NNP compound 16 I-ORG Cocoa
Farmers PROPN NNPS compound 17 I-ORG Farmers
Association PROPN NNP pobj 13 I-ORG Association
of ADP IN prep 17 I-ORG of
Ghana PROPN NNP pobj 18 I-ORG Ghana _
, PUNCT , punct 19 O ,
Nana PROPN NNP compound 23 B-ORG Nana
Kwadwo PROPN NNP compound 23 I-ORG Kwadwo
Asare PROPN NNP appos 19 I-ORG Asare _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 25 O say
farmers NOUN NNS nsubj 28 O farmer
were AUX VBD aux 28 O be
losing VERB VBG ccomp 25 O lose
money NOUN NN dobj 28 O money _
. PUNCT . punct 25 O .
" PUNCT `` punct 38 O " _
We PRON PRP nsubj 33 O we
are AUX VBP ccomp 38 O be
ready ADJ JJ acomp 33 O ready _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
he PRON PRP nsubj 38 O he
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""

_WHO = (
    "Nana Kwadwo Asare",
    "National Chairman of the Cocoa Farmers Association of Ghana",
    "Cocoa Farmers Association of Ghana",
)


def test_national_before_a_title_is_no_body() -> None:
    rows = Extractor().rows(frozen(_NATIONAL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [_WHO]


def test_national_is_no_body_named_national_elsewhere() -> None:
    rows = Extractor().rows(frozen(_ASSEMBLY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [_WHO]
