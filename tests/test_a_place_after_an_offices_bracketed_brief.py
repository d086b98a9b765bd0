"""A place between an office's brief in brackets and a name (`Additional Deputy Commissioner
(Revenue) Multan Faisal Raza Bhatti`, as South Asian news writes an office, its brief and the
place it serves) is the office's, not the name's, as it is right after the title (`Commissioner
Lahore X`); so the office's letters later (`the ADC said`) find the name. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# MULTAN: Additional Deputy Commissioner (Revenue) Multan Faisal Raza Bhatti said hoarders would be
# fined. "No one will be allowed to exploit the public," the ADC said.
_BRIEF_IN_BRACKETS = """
MULTAN NOUN NNS ROOT 0 O MULTAN _
: PUNCT : punct 0 O :
Additional PROPN NNP amod 11 O Additional
Deputy PROPN NNP nmod 4 O Deputy
Commissioner PROPN NNP preconj 2 O Commissioner
( PUNCT -LRB- punct 4 O ( _
Revenue PROPN NNP appos 4 O Revenue _
) PUNCT -RRB- punct 4 O )
Multan PROPN NNP compound 9 O Multan
Faisal PROPN NNP compound 11 B-PERSON Faisal
Raza PROPN NNP compound 11 I-PERSON Raza
Bhatti PROPN NNP nsubj 12 I-PERSON Bhatti
said VERB VBD ROOT 12 O say
hoarders NOUN NNS nsubjpass 16 O hoarder
would AUX MD aux 16 O would
be AUX VB auxpass 16 O be
fined VERB VBN ccomp 12 O fin _
. PUNCT . punct 12 O .
" PUNCT `` punct 23 O " _
No DET DT det 20 O no
one NOUN NN nsubjpass 23 O one
will AUX MD aux 23 O will
be AUX VB auxpass 23 O be
allowed VERB VBN ccomp 32 O allow
to PART TO aux 25 O to
exploit VERB VB xcomp 23 O exploit
the DET DT det 27 O the
public NOUN NN dobj 25 O public _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
the DET DT det 31 O the
ADC PROPN NNP nsubj 32 B-ORG ADC
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_place_after_a_bracketed_brief_is_the_offices() -> None:
    assert who(_BRIEF_IN_BRACKETS) == [("Faisal Raza Bhatti", "Additional Deputy Commissioner", "")]
