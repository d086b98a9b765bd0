"""A title in the plural that the tagger keeps whole as a proper noun (`Justices`, lemma
`Justices`) before names joined by `and` is each name's title in the singular, also when the
tagger left the first name untagged (`A bench of Justices R.K. Mehra and Ruth Kamau said`), and
a justice so titled is of the court the sentence before has for its subject. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Delay is no answer," the High Court observed on Tuesday as it sought a reply from the state
# government.
#
# A bench of Justices R.K. Mehra and Ruth Kamau said the State had ignored the notice period.
#
# "We are not here," Kamau said. "We will rule," Mehra said.
_BENCH = """
" PUNCT `` punct 10 O " _
Delay PROPN NNP nsubj 2 B-PERSON Delay
is AUX VBZ ccomp 10 O be
no DET DT det 4 O no
answer NOUN NN attr 2 O answer _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
the DET DT det 9 B-ORG the
High PROPN NNP compound 9 I-ORG High
Court PROPN NNP nsubj 10 I-ORG Court
observed VERB VBD ROOT 10 O observe
on ADP IN prep 10 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday
as SCONJ IN mark 15 O as
it PRON PRP nsubj 15 O it
sought VERB VBD advcl 10 O seek
a DET DT det 17 O a
reply NOUN NN dobj 15 O reply
from ADP IN prep 17 O from
the DET DT det 21 O the
state NOUN NN compound 21 O state
government NOUN NN pobj 18 O government _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
A DET DT det 25 O a
bench NOUN NN nsubj 33 O bench
of ADP IN prep 25 O of
Justices PROPN NNPS compound 29 O Justices
R.K. PROPN NNP compound 29 B-PERSON R.K.
Mehra PROPN NNP pobj 26 I-PERSON Mehra
and CCONJ CC cc 29 O and
Ruth PROPN NNP compound 32 B-PERSON Ruth
Kamau PROPN NNP conj 29 I-PERSON Kamau
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
State PROPN NNP nsubj 37 B-ORG State
had AUX VBD aux 37 O have
ignored VERB VBN ccomp 33 O ignore
the DET DT det 40 O the
notice NOUN NN compound 40 O notice
period NOUN NN dobj 37 O period _
. PUNCT . punct 33 O . _
<paragraph> SPACE _SP dep 41 O <paragraph> _
" PUNCT `` punct 51 O " _
We PRON PRP nsubj 45 O we
are AUX VBP ccomp 51 O be
not PART RB neg 45 O not
here ADV RB advmod 45 O here _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
Kamau PROPN NNP nsubj 51 B-ORG Kamau
said VERB VBD ROOT 51 O say _
. PUNCT . punct 51 O .
" PUNCT `` punct 56 O " _
We PRON PRP nsubj 56 O we
will AUX MD aux 56 O will
rule VERB VB ccomp 60 O rule _
, PUNCT , punct 60 O , _
" PUNCT '' punct 60 O "
Mehra PROPN NNP nsubj 60 B-PERSON Mehra
said VERB VBD ROOT 60 O say _
. PUNCT . punct 60 O . _
"""


def test_a_bench_of_justices_of_the_court_before() -> None:
    rows = Extractor().rows(frozen(_BENCH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("High Court", "", "High Court"),
        ("Ruth Kamau", "Justice", "High Court"),
        ("R.K. Mehra", "Justice", "High Court"),
    ]
