"""`Ann Cole, of the union,` set off by commas after a name is of the union the article names
so. Frozen parse of a text written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Metro Drivers Union backed the walkout on Tuesday. Ann Cole, of the union, said: "We stand with
# them."
_NAMED = """
The DET DT det 3 B-ORG the
Metro PROPN NNP compound 3 I-ORG Metro
Drivers PROPN NNPS compound 3 I-ORG Drivers
Union PROPN NNP nsubj 4 I-ORG Union
backed VERB VBD ROOT 4 O back
the DET DT det 6 O the
walkout NOUN NN dobj 4 O walkout
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 4 O .
Ann PROPN NNP compound 11 B-PERSON Ann
Cole PROPN NNP nsubj 17 I-PERSON Cole _
, PUNCT , punct 11 O ,
of ADP IN prep 11 O of
the DET DT det 15 O the
union NOUN NN pobj 13 O union _
, PUNCT , punct 11 O ,
said VERB VBD ROOT 17 O say _
: PUNCT : punct 17 O :
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 21 O we
stand VERB VBP ccomp 17 O stand
with ADP IN prep 21 O with
them PRON PRP pobj 22 O they _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""



def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_names_of_the_union_set_off_is_the_union_named_so() -> None:
    assert _who(_NAMED) == [("Ann Cole", "Metro Drivers Union")]
