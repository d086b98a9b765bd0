"""`Springbok coach Rassie Erasmus has named uncapped X at flyhalf …`, under a headline: the
parser made `coach` the sentence's root and the rest a relative clause on it (`the coach [that]
Rassie Erasmus has named`), so the title was read as a noun with a clause of its own and gave
no role. A title with no `the` right before a full name is the name's title, whatever the
parse. Frozen parse of a text written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Boks name uncapped flyhalf for Wales test
#
# Springbok coach Rassie Erasmus has named uncapped Sacha Feinberg-Mngomezulu at flyhalf for
# Saturday's test against Wales in Cardiff.
#
# "Sacha has been outstanding for the Stormers and he has earned this," Erasmus said on Tuesday.
_SPRINGBOK = """
Boks NOUN NNS compound 1 B-ORG bok
name NOUN NN nsubj 2 O name
uncapped VERB VBD ROOT 2 O uncap
flyhalf NOUN NN dobj 2 B-CARDINAL flyhalf
for ADP IN prep 2 O for
Wales PROPN NNP pobj 4 B-ORG Wales
test NOUN NN npadvmod 2 O test _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Springbok PROPN NNP compound 9 B-PERSON Springbok
coach NOUN NN ROOT 9 O coach
Rassie PROPN NNP compound 11 B-PERSON Rassie
Erasmus PROPN NNP nsubj 13 I-PERSON Erasmus
has AUX VBZ aux 13 O have
named VERB VBN relcl 9 O name
uncapped ADJ JJ amod 18 O uncapped
Sacha PROPN NNP compound 18 B-PERSON Sacha
Feinberg PROPN NNP compound 18 I-PERSON Feinberg _
- PUNCT HYPH punct 18 I-PERSON - _
Mngomezulu PROPN NNP appos 9 I-PERSON Mngomezulu
at ADP IN prep 9 O at
flyhalf NOUN NN pobj 19 O flyhalf
for ADP IN prep 9 O for
Saturday PROPN NNP poss 24 B-DATE Saturday _
's PART POS case 22 O 's
test NOUN NN pobj 21 O test
against ADP IN prep 24 O against
Wales PROPN NNP pobj 25 B-ORG Wales
in ADP IN prep 26 O in
Cardiff PROPN NNP pobj 27 O Cardiff _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
" PUNCT `` punct 34 O " _
Sacha PROPN NNP nsubj 34 B-GPE Sacha
has AUX VBZ aux 34 O have
been AUX VBN ccomp 47 O be
outstanding ADJ JJ acomp 34 O outstanding
for ADP IN prep 34 O for
the DET DT det 38 O the
Stormers PROPN NNPS pobj 36 O Stormers
and CCONJ CC cc 34 O and
he PRON PRP nsubj 42 O he
has AUX VBZ aux 42 O have
earned VERB VBN conj 34 O earn
this PRON DT dobj 42 O this _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
Erasmus PROPN NNP nsubj 47 O Erasmus
said VERB VBD ROOT 47 O say
on ADP IN prep 47 O on
Tuesday PROPN NNP pobj 48 B-DATE Tuesday _
. PUNCT . punct 47 O . _
"""


def test_a_bare_title_before_a_full_name_is_its_title_whatever_the_parse() -> None:
    rows = Extractor().rows(frozen(_SPRINGBOK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Rassie Erasmus", "coach", "Springbok")]
