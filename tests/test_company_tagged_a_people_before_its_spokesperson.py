"""One word in capitals the tagger calls a people, right before a job of speaking for a body
(`A Tesla spokesperson said`), is that body's name when it is no people's or side's adjective:
the spokesperson's organisation, and the company a later `the company` stands for (not the
analyst's firm named before it). Frozen parse of sentences written for this file (see
tests/frozen.py), with the tags the model gives a like story, through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Halvern shares fell on Tuesday.
#
# "The numbers speak for themselves," said Dan Ives of Wedmore Securities.
#
# A Halvern spokesperson said the company expected "modest growth" next year.
#
# The company said in a filing that it expected "further gains".
_SPOKESPERSON = """
Halvern PROPN NNP compound 1 O Halvern
shares NOUN NNS nsubj 2 O share
fell VERB VBD ROOT 2 O fall
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 3 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
" PUNCT `` punct 15 O " _
The DET DT det 9 O the
numbers NOUN NNS nsubj 10 O number
speak VERB VBP ccomp 15 O speak
for ADP IN prep 10 O for
themselves PRON PRP pobj 11 O themselves _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Dan PROPN NNP compound 17 B-PERSON Dan
Ives PROPN NNPS nsubj 15 I-PERSON Ives
of ADP IN prep 17 O of
Wedmore PROPN NNP compound 20 B-ORG Wedmore
Securities PROPN NNPS pobj 18 I-ORG Securities _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
A DET DT det 25 O a
Halvern PROPN NNP compound 25 B-NORP Halvern
spokesperson NOUN NN nsubj 26 O spokesperson
said VERB VBD ROOT 26 O say
the DET DT det 28 O the
company NOUN NN nsubj 29 O company
expected VERB VBD ccomp 26 O expect
" PUNCT `` punct 32 O " _
modest ADJ JJ amod 32 O modest
growth NOUN NN dobj 29 O growth _
" PUNCT '' punct 32 O "
next ADJ JJ amod 35 B-DATE next
year NOUN NN npadvmod 29 I-DATE year _
. PUNCT . punct 26 O . _
<paragraph> SPACE _SP dep 36 O <paragraph> _
The DET DT det 39 O the
company NOUN NN nsubj 40 O company
said VERB VBD ROOT 40 O say
in ADP IN prep 40 O in
a DET DT det 43 O a
filing NOUN NN pobj 41 O filing
that PRON WDT mark 46 O that
it PRON PRP nsubj 46 O it
expected VERB VBD ccomp 40 O expect
" PUNCT `` punct 49 O " _
further ADJ JJ amod 49 O further
gains NOUN NNS dobj 46 O gain _
" PUNCT '' punct 49 O " _
. PUNCT . punct 40 O . _
"""


def test_a_company_tagged_a_people_before_its_spokesperson_is_the_company() -> None:
    rows = Extractor().rows(frozen(_SPOKESPERSON))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Dan Ives", "", "Wedmore Securities"),
        ("A Halvern spokesperson", "spokesperson", "Halvern"),
        ("Halvern", "", "Halvern"),
    ]
