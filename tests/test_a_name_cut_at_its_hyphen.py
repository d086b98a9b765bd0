"""`said Choi Young-sook, who heads the union branch`, the tagger taking `Choi Young` for a body
and `sook` for a noun: the two words in capitals and the small syllable joined by a hyphen are a
person's name, and the clause after it is read as any name's is. Frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Members of the Korean Metal Workers' Union at the Hanil Motors plant walked out. "We will not
# accept these cuts," said Choi Young-sook, who heads the union branch.
_CUT_AT_THE_HYPHEN = """
Members NOUN NNS nsubj 13 O member
of ADP IN prep 0 O of
the DET DT det 5 B-ORG the
Korean PROPN NNP compound 5 I-ORG Korean
Metal PROPN NNP compound 5 I-ORG Metal
Workers PROPN NNPS poss 7 I-ORG Workers _
' PART POS case 5 I-ORG '
Union PROPN NNP pobj 1 I-ORG Union
at ADP IN prep 7 O at
the DET DT det 12 O the
Hanil PROPN NNP compound 11 B-ORG Hanil
Motors PROPN NNPS compound 12 I-ORG Motors
plant NOUN NN pobj 8 O plant
walked VERB VBD ROOT 13 O walk
out ADV RB advmod 13 O out _
. PUNCT . punct 13 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
not PART RB neg 20 O not
accept VERB VB ccomp 25 O accept
these DET DT det 22 O these
cuts NOUN NNS dobj 20 O cut _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
said VERB VBD ROOT 25 O say
Choi PROPN NNP compound 29 B-ORG Choi
Young PROPN NNP compound 29 I-ORG Young _
- PUNCT HYPH punct 29 O - _
sook NOUN NN nsubj 25 O sook _
, PUNCT , punct 29 O ,
who PRON WP nsubj 32 O who
heads VERB VBZ relcl 29 O head
the DET DT det 35 O the
union NOUN NN compound 35 O union
branch NOUN NN dobj 32 O branch _
. PUNCT . punct 25 O . _
"""


def test_a_given_name_cut_at_its_hyphen_keeps_its_clause() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CUT_AT_THE_HYPHEN))]
    assert rows == [("Choi Young-sook", "", "Korean Metal Workers' Union")]
